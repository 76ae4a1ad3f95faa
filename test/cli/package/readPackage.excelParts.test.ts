import { strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbookPackageBytes } from "../../../src/cli/package/readPackage";
import type { SheetInput } from "../../../src/core/model";
import { excelStyleWorkbook } from "../workbookBytes";
import { handMadeWorkbook, readByExceljs, readByPackage, row, tableXml } from "./packageFiles";

function onlySheet(bytes: Uint8Array): SheetInput {
  const [sheet] = readByPackage(bytes).sheets;
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

const number = (ref: string, value: string | number, style = ""): string =>
  `<c r="${ref}"${style}><v>${value}</v></c>`;
const shared = (ref: string, index: number): string => `<c r="${ref}" t="s"><v>${index}</v></c>`;
const inline = (ref: string, xml: string): string =>
  `<c r="${ref}" t="inlineStr"><is>${xml}</is></c>`;

describe("reading cells as Excel stores them", () => {
  it("reads the workbook Excel-style writer makes as the exceljs reader does", async () => {
    const bytes = new Uint8Array(excelStyleWorkbook());
    expect(readByPackage(bytes)).toStrictEqual(await readByExceljs(bytes));
  });

  it("shows a merged area's value once, in its top-left cell, even when others hold one", () => {
    const sheet = onlySheet(
      handMadeWorkbook({
        sheets: [
          {
            name: "Merged",
            body:
              `<sheetData>${row(1, inline("A1", "<t>Scores</t>") + number("B1", 9))}` +
              `${row(2, number("A2", 1) + number("B2", 2))}</sheetData>` +
              `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`,
          },
        ],
      }),
    );
    expect(sheet.values).toStrictEqual([["Scores"], [1, 2]]);
  });

  it("joins rich text runs, leaves out phonetic guides and decodes _xHHHH_ escapes", () => {
    const sheet = onlySheet(
      handMadeWorkbook({
        sheets: [
          {
            name: "Text",
            body: `<sheetData>${row(1, shared("A1", 0) + shared("B1", 1) + shared("C1", 2) + shared("D1", 3))}${row(
              2,
              inline("A2", "<r><t>Invoice </t></r><r><rPr><b/></rPr><t>capture</t></r>") +
                inline("B2", "<t><![CDATA[a < b & c]]></t>") +
                inline("C2", "<t>One_x000D_\nTwo</t>"),
            )}</sheetData>`,
          },
        ],
        sharedStrings: [
          "<si><r><t>Support </t></r><r><rPr><i/></rPr><t>triage</t></r></si>",
          `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>`,
          "<si><t>_x005F_x0041_ is literal, _x0041_ is A</t></si>",
          "<si><t></t></si>",
        ],
      }),
    );
    expect(sheet.values).toStrictEqual([
      ["Support triage", "東京", "_x0041_ is literal, A is A"],
      ["Invoice capture", "a < b & c", "One\r\nTwo"],
    ]);
  });

  it("reads a formula as the value Excel saved with it, and as saved without one when it has none", () => {
    const sheet = onlySheet(
      handMadeWorkbook({
        sheets: [
          {
            name: "Formulas",
            body: `<sheetData>${row(
              1,
              `<c r="A1"><f>2+2</f><v>4</v></c>` +
                `<c r="B1"><f>0*1</f><v>0</v></c>` +
                `<c r="C1" t="b"><f>1=2</f><v>0</v></c>` +
                `<c r="D1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c>` +
                `<c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
                `<c r="F1"><f>NOW()</f></c>` +
                `<c r="G1"><f t="shared" ref="G1:G2" si="0">ROW()</f><v>1</v></c>`,
            )}${row(2, `<c r="G2"><f t="shared" si="0"/><v>2</v></c>`)}</sheetData>`,
          },
        ],
      }),
    );
    // exceljs reads B1 and C1 as blank: it keeps only a truthy saved result. F1 was never
    // calculated: it is a formula saved without its value (DESIGN §1), not a blank.
    expect(sheet.values).toStrictEqual([
      [4, 0, false, "&lt;", { error: "#DIV/0!" }, { unsavedFormula: "NOW()" }, 1],
      [null, null, null, null, null, null, 2],
    ]);
  });

  it("reads booleans, errors, blanks and a shared string it cannot find", () => {
    const sheet = onlySheet(
      handMadeWorkbook({
        sheets: [
          {
            name: "Kinds",
            body: `<sheetData>${row(
              1,
              `<c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1" s="0"/>` +
                `<c r="D1" t="s"><v>7</v></c><c r="E1" t="str"><v></v></c><c r="F1"><v>-2.5E-3</v></c>`,
            )}</sheetData>`,
          },
        ],
        sharedStrings: ["<si><t>only one</t></si>"],
      }),
    );
    expect(sheet.values).toStrictEqual([[true, { error: "#N/A" }, null, null, null, -0.0025]]);
  });

  it("places rows and cells written without their references one after another", () => {
    const sheet = onlySheet(
      handMadeWorkbook({
        sheets: [
          {
            name: "Bare",
            body:
              `<sheetData><row r="3"><c><v>1</v></c><c><v>2</v></c></row>` +
              `<row><c r="C4"><v>3</v></c><c><v>4</v></c></row></sheetData>`,
          },
        ],
      }),
    );
    expect(sheet).toMatchObject({
      top: 3,
      left: 1,
      values: [
        [1, 2],
        [null, null, 3, 4],
      ],
    });
  });

  it("reads SpreadsheetML written with a namespace prefix", () => {
    const bytes = handMadeWorkbook({ sheets: [{ name: "Prefixed", body: "" }] });
    const parts = unzipSync(bytes);
    parts["xl/worksheets/sheet1.xml"] = strToU8(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Use case</x:t></x:is></x:c>` +
        `<x:c r="B1"><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    expect(onlySheet(zipSync(parts)).values).toStrictEqual([["Use case", 4]]);
  });

  it("reads a part saved as UTF-16", () => {
    const bytes = handMadeWorkbook({
      sheets: [{ name: "Wide", body: `<sheetData>${row(1, shared("A1", 0))}</sheetData>` }],
      sharedStrings: ["<si><t>Prüfung</t></si>"],
    });
    const parts = unzipSync(bytes);
    const xml = new TextDecoder().decode(parts["xl/sharedStrings.xml"]);
    parts["xl/sharedStrings.xml"] = new Uint8Array(Buffer.from(`\ufeff${xml}`, "utf16le"));
    expect(onlySheet(zipSync(parts)).values).toStrictEqual([["Prüfung"]]);
  });
});

describe("reading dates", () => {
  const styles =
    `<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>` +
    `<numFmt numFmtId="165" formatCode="0.0&quot; days&quot;"/>` +
    `<numFmt numFmtId="166" formatCode="[Red]#,##0.00"/><numFmt numFmtId="167" formatCode="[h]:mm"/></numFmts>` +
    `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
    `<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>` +
    `<xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="22"/></cellXfs>` +
    `<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00"/></dxf></dxfs>`;
  const style = (index: number): string => ` s="${index}"`;
  const cells =
    number("A1", 46402, style(0)) +
    number("B1", 46402, style(1)) +
    number("C1", 46402, style(2)) +
    number("D1", 2.5, style(3)) +
    number("E1", 2.5, style(4)) +
    number("F1", 1.5, style(5)) +
    number("G1", 46402.75, style(6));

  it("reads numbers in date and time formats as ISO text, and others as numbers", () => {
    const sheet = onlySheet(
      handMadeWorkbook({
        sheets: [{ name: "Dates", body: `<sheetData>${row(1, cells)}</sheetData>` }],
        styles,
      }),
    );
    expect(sheet.values).toStrictEqual([
      [46402, "2027-01-15", "2027-01-15", 2.5, 2.5, "1899-12-31T12:00:00", "2027-01-15T18:00:00"],
    ]);
  });

  it("counts from 1904 in a workbook saved in the 1904 date system", () => {
    const sheet = onlySheet(
      handMadeWorkbook({
        sheets: [
          { name: "Mac", body: `<sheetData>${row(1, number("A1", 0, style(1)))}</sheetData>` },
        ],
        styles,
        workbookProperties: `<workbookPr date1904="1"/>`,
      }),
    );
    expect(sheet.values).toStrictEqual([["1904-01-01"]]);
  });

  it("reads a cell stored as an ISO date", () => {
    const sheet = onlySheet(
      handMadeWorkbook({
        sheets: [
          {
            name: "Iso",
            body: `<sheetData>${row(1, `<c r="A1" t="d"><v>2027-01-15T09:30:00</v></c><c r="B1" t="d"><v>2027-03-31</v></c>`)}</sheetData>`,
          },
        ],
      }),
    );
    expect(sheet.values).toStrictEqual([["2027-01-15T09:30:00", "2027-03-31"]]);
  });
});

describe("reading tables and sheets", () => {
  const grid = `<sheetData>${row(1, number("A1", 1) + number("B1", 2))}${row(2, number("A2", 3))}${row(
    3,
    number("A3", 4),
  )}</sheetData>`;

  it("takes the first table the sheet lists, by the name Excel shows, without its totals row", () => {
    const sheet = onlySheet(
      handMadeWorkbook({
        sheets: [
          {
            name: "Two tables",
            body: `${grid}<tableParts count="2"><tablePart r:id="rT2"/><tablePart r:id="rT1"/></tableParts>`,
            tables: {
              rT1: tableXml(`name="Other" displayName="Other" ref="B1:B3"`),
              rT2: tableXml(`name="Table1" displayName="UseCases" ref="A1:A3" totalsRowCount="1"`),
            },
          },
        ],
      }),
    );
    expect(sheet).toStrictEqual({
      name: "Two tables",
      top: 1,
      left: 1,
      tableName: "UseCases",
      tableSize: { rows: 3, columns: 1 },
      besideTable: [{ column: 2, value: 2 }],
      values: [[1], [3]],
    });
  });

  it("tells the writer every sheet name, own roles, and the tables on sheets that stay", () => {
    const contents = readWorkbookPackageBytes(
      handMadeWorkbook({
        sheets: [
          {
            name: "Candidates",
            body: `${grid}<tableParts count="1"><tablePart r:id="rT1"/></tableParts>`,
            tables: { rT1: tableXml(`name="Table1" displayName="UseCases" ref="A1:B3"`) },
          },
          { name: "Chart", body: "", chart: true },
          {
            name: "Ranked",
            body: `${grid}<tableParts count="1"><tablePart r:id="rT1"/></tableParts>`,
            tables: { rT1: tableXml(`name="RankedUseCases" ref="A1:B3"`) },
          },
          { name: "Ranked (2)", body: grid },
        ],
        definedNames:
          `<definedName name="OpportunityScorer.Ranked">Ranked!$C$9</definedName>` +
          `<definedName name="OpportunityScorer.Ranked" localSheetId="3">'Ranked (2)'!$A$1</definedName>`,
      }),
    );
    expect(contents?.input.sheets.map((sheet) => [sheet.name, sheet.ownRole])).toEqual([
      ["Candidates", undefined],
      ["Ranked", "ranked"],
      ["Ranked (2)", undefined],
    ]);
    expect(contents?.shape).toStrictEqual({
      sheets: [
        { name: "Candidates" },
        { name: "Chart" },
        { name: "Ranked", ownRole: "ranked" },
        { name: "Ranked (2)" },
      ],
      tableNames: ["UseCases", "Table1"],
    });
  });

  it("finds no workbook in a package whose only sheet is a chart", () => {
    const bytes = handMadeWorkbook({ sheets: [{ name: "Chart", body: "", chart: true }] });
    expect(readWorkbookPackageBytes(bytes)).toBeUndefined();
  });
});
