/**
 * Links to a place in the workbook (`{ text, hyperlink: "#'Use cases'!B7" }`, exceljs's documented
 * form), written as Office Open XML has them: a `<hyperlink>` with a `location` and nothing else.
 *
 * exceljs 4.4 writes such a link as an outside address as well: an External relationship to
 * `#'Use cases'!B7` and `location="#'Use cases'!B7"`. LibreOffice reads that as
 * `<this file>#'Use cases'!B7##'Use cases'!B7`, and Excel shows the same doubled address
 * (exceljs/exceljs#3027, #749): a link that goes nowhere. exceljs keeps its XML writers private,
 * so the two steps that get it wrong are wrapped here: after a worksheet is prepared, its
 * in-workbook links lose their relationship and keep their place as a location, and the
 * `<hyperlink>` of such a link is written with that location alone.
 *
 * exceljs reads a link that has only a location as plain text (exceljs/exceljs#920): a scored
 * workbook read again sees "Row 7", which is what the engine reads from a link anyway.
 */

interface HyperlinkModel {
  address: string;
  target?: string;
  rId?: string;
  tooltip?: string;
  /** Set here: the place in the workbook, for a link that has no relationship. */
  location?: string;
}

interface WorksheetModel {
  hyperlinks?: HyperlinkModel[];
  rels?: { Id: string }[];
}

interface XmlStream {
  leafNode(name: string, attributes: Record<string, string | undefined>): void;
}

interface WorksheetXform {
  prepare(model: WorksheetModel, options: unknown): void;
}

interface HyperlinkXform {
  render(xmlStream: XmlStream, model: HyperlinkModel): void;
}

/* eslint-disable @typescript-eslint/no-require-imports -- exceljs does not export its XML writers */
const worksheetXform = (
  require("exceljs/lib/xlsx/xform/sheet/worksheet-xform") as { prototype: WorksheetXform }
).prototype;
const hyperlinkXform = (
  require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform") as { prototype: HyperlinkXform }
).prototype;
/* eslint-enable @typescript-eslint/no-require-imports */

let installed = false;

/** From now on, exceljs writes `#…` links as links to a place in the workbook. Idempotent. */
export function writeInWorkbookLinksAsLocations(): void {
  if (installed) return;
  installed = true;

  const prepare = worksheetXform.prepare;
  worksheetXform.prepare = function (this: WorksheetXform, model, options) {
    prepare.call(this, model, options);
    // Every relationship was numbered in the call above and nothing numbers one later, so
    // dropping some leaves the others' ids unique and the references to them intact.
    const dropped = new Set<string>();
    for (const hyperlink of model.hyperlinks ?? []) {
      if (!hyperlink.target?.startsWith("#") || hyperlink.rId === undefined) continue;
      dropped.add(hyperlink.rId);
      hyperlink.location = hyperlink.target.slice(1);
      delete hyperlink.rId;
    }
    if (dropped.size > 0 && model.rels) {
      model.rels = model.rels.filter((relationship) => !dropped.has(relationship.Id));
    }
  };

  const render = hyperlinkXform.render;
  hyperlinkXform.render = function (this: HyperlinkXform, xmlStream, model) {
    if (model.location === undefined) {
      render.call(this, xmlStream, model);
      return;
    }
    xmlStream.leafNode("hyperlink", {
      ref: model.address,
      location: model.location,
      tooltip: model.tooltip,
    });
  };
}
