/**
 * A pivot table as Excel writes one over a table: the cache definition with its shared items,
 * the cache records, and the table that shows a sum of one field per value of another.
 */
import { DECLARATION, MAIN_NS, REL_NS, escapeXml, type SampleCell } from "./realisticParts";

/** What the pivot table shows: a row per distinct value of one field, a sum of another. */
export interface PivotPlan {
  readonly headers: readonly string[];
  readonly records: readonly (readonly SampleCell[])[];
  readonly rowField: number;
  readonly dataField: number;
  /** The distinct values of the row field, in first-seen order (the cache's shared items). */
  readonly items: readonly string[];
}

export function pivotPlanOf(
  headers: readonly string[],
  records: readonly (readonly SampleCell[])[],
  rowField: number,
  dataField: number,
): PivotPlan {
  const items = [...new Set(records.map((record) => String(record[rowField] ?? "")))];
  return { headers, records, rowField, dataField, items };
}

/** The cache definition of a pivot table over the table `source`; its records are rId1. */
export function pivotCacheDefinitionPart(plan: PivotPlan, source: string): string {
  const fields = plan.headers.map((header, field) => {
    const cells = plan.records.map((record) => record[field]);
    const blank = cells.some((cell) => cell === undefined) ? ' containsBlank="1"' : "";
    if (field === plan.rowField) {
      const items = plan.items.map((item) => `<s v="${escapeXml(item)}"/>`).join("");
      return `<cacheField name="${escapeXml(header)}" numFmtId="0"><sharedItems count="${plan.items.length}">${items}</sharedItems></cacheField>`;
    }
    const numbers = cells.filter((cell): cell is number => typeof cell === "number");
    if (numbers.length > 0 && numbers.length === cells.filter((c) => c !== undefined).length) {
      const integer = numbers.every(Number.isInteger) ? ' containsInteger="1"' : "";
      return (
        `<cacheField name="${escapeXml(header)}" numFmtId="0"><sharedItems containsSemiMixedTypes="0" ` +
        `containsString="0" containsNumber="1"${integer}${blank} minValue="${Math.min(...numbers)}" ` +
        `maxValue="${Math.max(...numbers)}"/></cacheField>`
      );
    }
    return `<cacheField name="${escapeXml(header)}" numFmtId="0"><sharedItems${blank}/></cacheField>`;
  });
  return (
    DECLARATION +
    `<pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" r:id="rId1" refreshedBy="Dana Whitfield" ` +
    `refreshedDate="45366.612" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${plan.records.length}">` +
    `<cacheSource type="worksheet"><worksheetSource name="${escapeXml(source)}"/></cacheSource>` +
    `<cacheFields count="${fields.length}">${fields.join("")}</cacheFields></pivotCacheDefinition>`
  );
}

export function pivotCacheRecordsPart(plan: PivotPlan): string {
  const records = plan.records.map((record) => {
    const values = plan.headers.map((_, field) => {
      const cell = record[field];
      if (field === plan.rowField) return `<x v="${plan.items.indexOf(String(cell ?? ""))}"/>`;
      if (cell === undefined) return "<m/>";
      return typeof cell === "number" ? `<n v="${cell}"/>` : `<s v="${escapeXml(cell)}"/>`;
    });
    return `<r>${values.join("")}</r>`;
  });
  return (
    DECLARATION +
    `<pivotCacheRecords xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" count="${records.length}">` +
    `${records.join("")}</pivotCacheRecords>`
  );
}

/** The totals of the data field per item, then the grand total: what the pivot sheet shows. */
export function pivotTotals(plan: PivotPlan): number[] {
  const totals = plan.items.map((item) =>
    plan.records
      .filter((record) => String(record[plan.rowField] ?? "") === item)
      .reduce((sum, record) => sum + Number(record[plan.dataField] ?? 0), 0),
  );
  return [...totals, totals.reduce((sum, total) => sum + total, 0)];
}

/** The pivot table, its top-left corner at A3 of its sheet; its cache is `cacheId`. */
export function pivotTablePart(plan: PivotPlan, cacheId: number): string {
  const lastRow = 3 + plan.items.length + 1;
  const fields = plan.headers.map((_, field) => {
    if (field === plan.rowField) {
      const items = plan.items.map((_, index) => `<item x="${index}"/>`).join("");
      return `<pivotField axis="axisRow" showAll="0"><items count="${plan.items.length + 1}">${items}<item t="default"/></items></pivotField>`;
    }
    return field === plan.dataField
      ? '<pivotField dataField="1" showAll="0"/>'
      : '<pivotField showAll="0"/>';
  });
  const rowItems = plan.items
    .map((_, index) => (index === 0 ? "<i><x/></i>" : `<i><x v="${index}"/></i>`))
    .join("");
  const dataName = `Sum of ${plan.headers[plan.dataField] ?? ""}`;
  return (
    DECLARATION +
    `<pivotTableDefinition xmlns="${MAIN_NS}" name="PivotTable1" cacheId="${cacheId}" ` +
    'applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" ' +
    'applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" ' +
    'minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" ' +
    'outline="1" outlineData="1" multipleFieldFilters="0">' +
    `<location ref="A3:B${lastRow}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    `<pivotFields count="${fields.length}">${fields.join("")}</pivotFields>` +
    `<rowFields count="1"><field x="${plan.rowField}"/></rowFields>` +
    `<rowItems count="${plan.items.length + 1}">${rowItems}<i t="grand"><x/></i></rowItems>` +
    '<colItems count="1"><i/></colItems>' +
    `<dataFields count="1"><dataField name="${escapeXml(dataName)}" fld="${plan.dataField}" baseField="0" baseItem="0"/></dataFields>` +
    '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" ' +
    'showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>'
  );
}
