/**
 * The enums the adapter may touch, with the values @types/office-js 1.0.612 declares. Kept apart
 * from `index.ts` so that proxy modules can check assigned enum strings without an import cycle.
 */

import { DoubleErrorCodes } from "./errors";

export const ExcelEnums = {
  ErrorCodes: {
    ...DoubleErrorCodes,
    apiNotFound: "ApiNotFound",
    conflict: "Conflict",
    insertDeleteConflict: "InsertDeleteConflict",
    invalidBinding: "InvalidBinding",
    invalidSelection: "InvalidSelection",
    notImplemented: "NotImplemented",
    unsupportedOperation: "UnsupportedOperation",
  },
  RangeValueType: {
    unknown: "Unknown",
    empty: "Empty",
    string: "String",
    integer: "Integer",
    double: "Double",
    boolean: "Boolean",
    error: "Error",
    richValue: "RichValue",
  },
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  ConditionalDataBarDirection: {
    context: "Context",
    leftToRight: "LeftToRight",
    rightToLeft: "RightToLeft",
  },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  HorizontalAlignment: {
    general: "General",
    left: "Left",
    center: "Center",
    right: "Right",
    fill: "Fill",
    justify: "Justify",
    centerAcrossSelection: "CenterAcrossSelection",
    distributed: "Distributed",
  },
  VerticalAlignment: {
    top: "Top",
    center: "Center",
    bottom: "Bottom",
    justify: "Justify",
    distributed: "Distributed",
  },
  RangeUnderlineStyle: {
    none: "None",
    single: "Single",
    double: "Double",
    singleAccountant: "SingleAccountant",
    doubleAccountant: "DoubleAccountant",
  },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
    diagonalDown: "DiagonalDown",
    diagonalUp: "DiagonalUp",
  },
  BorderLineStyle: {
    none: "None",
    continuous: "Continuous",
    dash: "Dash",
    dashDot: "DashDot",
    dashDotDot: "DashDotDot",
    dot: "Dot",
    double: "Double",
    slantDashDot: "SlantDashDot",
  },
  ClearApplyTo: {
    all: "All",
    formats: "Formats",
    contents: "Contents",
    hyperlinks: "Hyperlinks",
    removeHyperlinks: "RemoveHyperlinks",
    resetContents: "ResetContents",
  },
} as const;

/**
 * Whether `value` is one of an enum's strings. Office.js refuses any other string assigned to an
 * enum-typed property with `InvalidArgument` when the batch runs.
 */
export function isEnumValue(values: Readonly<Record<string, string>>, value: unknown): boolean {
  return typeof value === "string" && Object.values(values).includes(value);
}
