/**
 * The command line's output: the user's workbook package with the scorer's sheets added
 * (DESIGN §5). Every part the scorer does not own is carried over byte for byte; only the
 * workbook's sheet list and defined names, its relationships, the content types and the style
 * table change, and only by adding to them, or by replacing the scorer's own earlier sheets,
 * which its defined names identify. The Scoring log gets one more row at its end.
 */
import {
  cellReference,
  ownershipMarkerName,
  quoteSheetName,
  type OutputRole,
  type ScoringLogPlan,
  type SheetDescription,
  type WorkbookShape,
} from "../../core";
import { chartPicturePng } from "../chartPicture";
import {
  REL_NS,
  cellXml,
  drawingXml,
  looksOf,
  relationshipsXml,
  tableXml,
  worksheetXml,
} from "./sheetPart";
import { MINIMAL_STYLES, addLooks, type Look } from "./stylesPart";
import {
  appendInto,
  applySplices,
  escapeAttribute,
  escapeText,
  firstElement,
  prefixOf,
  setAttribute,
  xmlElements,
  type Splice,
} from "./xmlEdits";
import { PackageParts, partRelsPath, resolveTarget, relativeTarget } from "./packageParts";

const TYPES = {
  worksheet: `${REL_NS}/worksheet`,
  table: `${REL_NS}/table`,
  drawing: `${REL_NS}/drawing`,
  image: `${REL_NS}/image`,
  styles: `${REL_NS}/styles`,
  calcChain: `${REL_NS}/calcChain`,
  officeDocument: `${REL_NS}/officeDocument`,
} as const;

const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/**
 * Adds `sheets` (and the log's new row) to `parts`, in place. `shape` is the workbook as the
 * reader found it: its sheets marked as the scorer's own are the ones replaced.
 */
export function graftScorerSheets(
  parts: PackageParts,
  shape: WorkbookShape,
  sheets: readonly SheetDescription[],
  log?: ScoringLogPlan,
): void {
  const workbookPath = parts.officeDocument();
  const workbookRelsPath = partRelsPath(workbookPath);
  let workbookXml = parts.text(workbookPath);
  const workbookRels = parts.relationships(workbookRelsPath);

  // The scorer's own sheets, as the reader found them by their markers.
  const own = new Map<OutputRole, string>();
  for (const sheet of shape.sheets) {
    if (sheet.ownRole) own.set(sheet.ownRole, sheet.name.toLowerCase());
  }
  const wb = xmlElements(workbookXml);
  const sheetElements = wb.filter((e) => e.local === "sheet");

  // Styles: the user's table, grown by the looks these sheets use.
  const stylesRel = workbookRels.byType(TYPES.styles);
  const stylesPath = stylesRel ? resolveTarget(workbookPath, stylesRel.target) : "xl/styles.xml";
  if (!stylesRel) {
    parts.setText(stylesPath, MINIMAL_STYLES);
    workbookRels.add(TYPES.styles, relativeTarget(workbookPath, stylesPath));
    parts.contentTypes.override(stylesPath, CONTENT_TYPES.styles);
  }
  const looks: Look[] = sheets.flatMap(looksOf);
  const logCells = log && !log.newSheet ? log.cells : [];
  for (const cell of logCells)
    if (cell) looks.push({ numberFormat: cell.numberFormat, style: cell.style });
  const styled = addLooks(parts.text(stylesPath), looks);
  parts.setText(stylesPath, styled.xml);

  const splices: Splice[] = [];
  let replacedAny = false;
  let nextSheetId =
    Math.max(0, ...sheetElements.map((e) => Number(e.attributes["sheetId"] ?? 0))) + 1;
  const sheetsElement = firstElement(wb, "sheets");
  if (sheetsElement === undefined) throw new Error(`${workbookPath} has no sheets`);
  const p = prefixOf(sheetsElement);
  const appended: string[] = [];

  for (const sheet of sheets) {
    const ownName = own.get(sheet.role);
    const old =
      ownName === undefined
        ? undefined
        : sheetElements.find((e) => (e.attributes["name"] ?? "").toLowerCase() === ownName);
    const relAttribute = old
      ? (Object.keys(old.attributes).find((k) => k.endsWith(":id")) ?? "r:id")
      : "r:id";
    if (old) {
      // Its parts go first, so the new sheet can take their names and the package keeps its size.
      const oldRel = workbookRels.byId(old.attributes[relAttribute] ?? "");
      if (oldRel) {
        removeSheetParts(parts, resolveTarget(workbookPath, oldRel.target));
        workbookRels.remove(oldRel.id);
      }
    }
    const sheetPath = parts.freshPath("xl/worksheets/sheet", ".xml");
    writeSheetParts(parts, sheet, sheetPath, styled.indexOf);
    const relId = workbookRels.add(TYPES.worksheet, relativeTarget(workbookPath, sheetPath));
    parts.contentTypes.override(sheetPath, CONTENT_TYPES.worksheet);
    if (old) {
      // The replacement takes the old sheet's place in the list, and so among the tabs.
      splices.push(setAttribute(workbookXml, old, "name", sheet.name));
      splices.push(setAttribute(workbookXml, old, relAttribute, relId));
      replacedAny = true;
    } else {
      appended.push(
        `<${p}sheet name="${escapeAttribute(sheet.name)}" sheetId="${nextSheetId++}" r:id="${relId}"/>`,
      );
    }
  }
  if (appended.length > 0) splices.push(appendInto(workbookXml, sheetsElement, appended.join("")));

  // Markers: the roles written now point at the new sheets.
  const markers = sheets.map(
    (sheet) =>
      `<${p}definedName name="${ownershipMarkerName(sheet.role)}">${escapeText(`${quoteSheetName(sheet.name)}!$A$1`)}</${p}definedName>`,
  );
  const roles = new Set(sheets.map((sheet) => ownershipMarkerName(sheet.role).toLowerCase()));
  const definedNames = firstElement(wb, "definedNames");
  if (definedNames) {
    for (const element of wb) {
      if (
        element.local === "definedName" &&
        roles.has((element.attributes["name"] ?? "").toLowerCase())
      ) {
        splices.push({ at: element.start, remove: element.end - element.start, insert: "" });
      }
    }
    if (markers.length > 0) splices.push(appendInto(workbookXml, definedNames, markers.join("")));
  } else if (markers.length > 0) {
    // definedNames follows sheets (and any functionGroups, externalReferences after it).
    const after =
      [...wb]
        .reverse()
        .find(
          (e) =>
            e.parent === sheetsElement.parent &&
            ["externalReferences", "functionGroups", "sheets"].includes(e.local),
        ) ?? sheetsElement;
    splices.push({
      at: after.end,
      remove: 0,
      insert: `<${p}definedNames>${markers.join("")}</${p}definedNames>`,
    });
  }
  workbookXml = applySplices(workbookXml, splices);
  parts.setText(workbookPath, workbookXml);

  // Excel's calculation chain lists the replaced sheets' formulas; it rebuilds it when absent.
  if (replacedAny) {
    const chain = workbookRels.byType(TYPES.calcChain);
    if (chain) {
      const chainPath = resolveTarget(workbookPath, chain.target);
      parts.remove(chainPath);
      workbookRels.remove(chain.id);
    }
  }
  parts.setText(workbookRelsPath, workbookRels.xml());

  if (log && !log.newSheet) appendLogRow(parts, workbookPath, workbookRels, log, styled.indexOf);
}

function writeSheetParts(
  parts: PackageParts,
  sheet: SheetDescription,
  sheetPath: string,
  styleOf: (look: Look) => number,
): void {
  const rels: { id: string; type: string; target: string }[] = [];
  const tables = sheet.tables.map((table, index) => {
    const tablePath = parts.freshPath("xl/tables/table", ".xml");
    const id = parts.nextTableId();
    parts.setText(tablePath, tableXml(table, id));
    parts.contentTypes.override(tablePath, CONTENT_TYPES.table);
    const relId = `rId${rels.length + 1}`;
    rels.push({ id: relId, type: TYPES.table, target: relativeTarget(sheetPath, tablePath) });
    return { relId, id, index };
  });
  let drawingRelId: string | undefined;
  const charts = sheet.charts ?? [];
  if (charts.length > 0) {
    const drawingPath = parts.freshPath("xl/drawings/drawing", ".xml");
    const imageRels = charts.map((chart, index) => {
      const imagePath = parts.freshPath("xl/media/image", ".png");
      parts.setBytesLater(imagePath, chartPicturePng(chart.scene));
      return {
        id: `rId${index + 1}`,
        type: TYPES.image,
        target: relativeTarget(drawingPath, imagePath),
      };
    });
    parts.contentTypes.defaultFor("png", "image/png");
    parts.setText(
      drawingPath,
      drawingXml(
        charts,
        imageRels.map((rel) => rel.id),
      ),
    );
    parts.setText(partRelsPath(drawingPath), relationshipsXml(imageRels));
    parts.contentTypes.override(drawingPath, CONTENT_TYPES.drawing);
    drawingRelId = `rId${rels.length + 1}`;
    rels.push({
      id: drawingRelId,
      type: TYPES.drawing,
      target: relativeTarget(sheetPath, drawingPath),
    });
  }
  parts.setText(
    sheetPath,
    worksheetXml(sheet, styleOf, { tables, ...(drawingRelId && { drawingRelId }) }),
  );
  if (rels.length > 0) parts.setText(partRelsPath(sheetPath), relationshipsXml(rels));
}

/** A replaced sheet's part and what only it used: its tables, drawings and their pictures. */
function removeSheetParts(parts: PackageParts, sheetPath: string): void {
  const removeWithRels = (path: string): void => {
    const relsPath = partRelsPath(path);
    if (parts.has(relsPath)) {
      for (const rel of parts.relationships(relsPath).all()) {
        if (rel.external) continue;
        const target = resolveTarget(path, rel.target);
        if (rel.type === TYPES.image && parts.referencedElsewhere(target, relsPath)) continue;
        if ([TYPES.table, TYPES.drawing, TYPES.image].includes(rel.type as never))
          removeWithRels(target);
      }
      parts.remove(relsPath);
    }
    parts.remove(path);
  };
  removeWithRels(sheetPath);
}

/** The Scoring log's new row, after its last; its table, if any, grows to hold it. */
function appendLogRow(
  parts: PackageParts,
  workbookPath: string,
  workbookRels: ReturnType<PackageParts["relationships"]>,
  log: ScoringLogPlan,
  styleOf: (look: Look) => number,
): void {
  const workbookXml = parts.text(workbookPath);
  const sheet = xmlElements(workbookXml).find(
    (e) =>
      e.local === "sheet" &&
      (e.attributes["name"] ?? "").toLowerCase() === log.sheetName.toLowerCase(),
  );
  const rel =
    sheet &&
    workbookRels.byId(Object.entries(sheet.attributes).find(([k]) => k.endsWith(":id"))?.[1] ?? "");
  if (!rel) throw new RangeError(`the scoring log "${log.sheetName}" is missing`);
  const sheetPath = resolveTarget(workbookPath, rel.target);
  const xml = parts.text(sheetPath);
  const elements = xmlElements(xml);
  const sheetData = firstElement(elements, "sheetData");
  if (!sheetData) throw new RangeError(`the scoring log "${log.sheetName}" has no cells`);
  const p = prefixOf(sheetData);
  const cells = log.cells
    .map((cell, index) =>
      cell === undefined
        ? ""
        : cellXml(
            cellReference(log.appendAt, index + 1),
            cell,
            styleOf({ numberFormat: cell.numberFormat, style: cell.style }),
          ),
    )
    .join("");
  const row = `<${p}row r="${log.appendAt}">${p === "" ? cells : cells.replace(/<(\/?)(c|f|v|is|t)([ >])/g, `<$1${p}$2$3`)}</${p}row>`;
  parts.setText(sheetPath, applySplices(xml, [appendInto(xml, sheetData, row)]));

  // A table that ended on the row above now takes the new row in.
  const relsPath = partRelsPath(sheetPath);
  if (!parts.has(relsPath)) return;
  for (const tableRel of parts.relationships(relsPath).all()) {
    if (tableRel.type !== TYPES.table) continue;
    const tablePath = resolveTarget(sheetPath, tableRel.target);
    const tableXmlText = parts.text(tablePath);
    const tableElements = xmlElements(tableXmlText);
    const grown: Splice[] = [];
    for (const element of tableElements) {
      if (element.local !== "table" && element.local !== "autoFilter") continue;
      const ref = element.attributes["ref"];
      const match = ref && /^([A-Z]+\d+):([A-Z]+)(\d+)$/.exec(ref);
      if (!match || Number(match[3]) !== log.appendAt - 1) continue;
      grown.push(
        setAttribute(tableXmlText, element, "ref", `${match[1]}:${match[2]}${log.appendAt}`),
      );
    }
    if (grown.length > 0) parts.setText(tablePath, applySplices(tableXmlText, grown));
  }
}
