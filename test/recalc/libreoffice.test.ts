import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { LIBREOFFICE_MISSING, parseCsv, recalculateWithLibreOffice } from "../support/libreoffice";

const RANKED = "Ranked (2)";

/** Cell text at an A1-style address in rows as returned by the helper (row 0/col 0 = A1). */
function cell(rows: string[][] | undefined, address: string): string | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match || rows === undefined) return undefined;
  const [, letters = "", digits = ""] = match;
  let col = 0;
  for (const letter of letters) col = col * 26 + (letter.charCodeAt(0) - 64);
  return rows[Number(digits) - 1]?.[col - 1];
}

async function buildWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();

  const inputs = workbook.addWorksheet("Inputs");
  inputs.getCell("A1").value = "Item";
  inputs.getCell("B1").value = "Value";
  inputs.getCell("A2").value = "alpha";
  inputs.getCell("B2").value = 2;
  inputs.getCell("A3").value = "beta";
  inputs.getCell("B3").value = 3.5;
  inputs.getCell("A4").value = "gamma";
  inputs.getCell("B4").value = 0.25;
  // Formulas with no cached result: only a recalculation can give them a value.
  inputs.getCell("B5").value = { formula: "SUM(B2:B4)" };
  inputs.getCell("B7").value = { formula: `'${RANKED}'!A1+1` };
  // A deliberately wrong cached result: the helper must not read 999 back.
  inputs.getCell("B6").value = { formula: "B2*B3", result: 999 };
  // Text that needs CSV quoting: comma, double quotes, line break.
  inputs.getCell("C1").value = 'Say "hi", then\nleave';

  const ranked = workbook.addWorksheet(RANKED);
  ranked.getCell("A1").value = { formula: "Inputs!B5*2" };
  ranked.getCell("A2").value = { formula: "1/3" };
  // A number format that shows 2 decimals: the helper must still return the raw value.
  ranked.getCell("A3").value = { formula: "PI()" };
  ranked.getCell("A3").numFmt = "0.00";
  ranked.getCell("B1").value = { formula: 'IF(Inputs!B6>5,"high","low")' };
  ranked.getCell("B2").value = { formula: '"x, ""y"""&Inputs!A2' };
  ranked.getCell("C3").value = { formula: "1/0" };

  await workbook.xlsx.writeFile(file);
}

describe("recalculateWithLibreOffice", () => {
  let dir: string;
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "recalc-test-"));
    // A file name with spaces and parentheses too: the helper must not care.
    const file = path.join(dir, "two sheets (draft).xlsx");
    await buildWorkbook(file);
    sheets = await recalculateWithLibreOffice(file);
  });

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it("returns every sheet by its real name, in workbook order", () => {
    expect([...sheets.keys()]).toEqual(["Inputs", RANKED]);
  });

  it("computes formulas that were written without cached results", () => {
    const inputs = sheets.get("Inputs");
    expect(cell(inputs, "A1")).toBe("Item");
    expect(Number(cell(inputs, "B5"))).toBeCloseTo(5.75, 12);
    const ranked = sheets.get(RANKED);
    expect(Number(cell(ranked, "A1"))).toBeCloseTo(11.5, 12);
    // Cross-sheet reference into a sheet whose name needs quoting.
    expect(Number(cell(inputs, "B7"))).toBeCloseTo(12.5, 12);
  });

  it("recomputes a formula whose cached result is wrong", () => {
    const inputs = sheets.get("Inputs");
    expect(cell(inputs, "B6")).not.toBe("999");
    expect(Number(cell(inputs, "B6"))).toBeCloseTo(7, 12);
    expect(cell(sheets.get(RANKED), "B1")).toBe("high");
  });

  it("writes raw values, not what the number format shows", () => {
    const ranked = sheets.get(RANKED);
    // LibreOffice 7.4 rounds to 15 significant digits: compare with a tolerance.
    expect(Number(cell(ranked, "A2"))).toBeCloseTo(1 / 3, 14);
    expect(cell(ranked, "A3")).not.toBe("3.14");
    expect(Number(cell(ranked, "A3"))).toBeCloseTo(Math.PI, 13);
  });

  it("reads quoted text, errors and empty cells back exactly", () => {
    const inputs = sheets.get("Inputs");
    expect(cell(inputs, "C1")).toBe('Say "hi", then\nleave');
    expect(cell(inputs, "C2")).toBe("");
    const ranked = sheets.get(RANKED);
    expect(cell(ranked, "B2")).toBe('x, "y"alpha');
    expect(cell(ranked, "C3")).toBe("#DIV/0!");
    // Every row spans the used range A1:C3.
    expect(ranked).toHaveLength(3);
    expect(ranked?.every((row) => row.length === 3)).toBe(true);
  });

  it("says how to install LibreOffice when soffice is not on PATH", async () => {
    const savedPath = process.env["PATH"];
    process.env["PATH"] = dir;
    try {
      await expect(recalculateWithLibreOffice(path.join(dir, "any.xlsx"))).rejects.toThrow(
        LIBREOFFICE_MISSING,
      );
    } finally {
      process.env["PATH"] = savedPath;
    }
  });
});

describe("parseCsv", () => {
  it("splits fields and records", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("handles quoted commas, doubled quotes and line breaks inside quotes", () => {
    expect(parseCsv('"a,b","say ""hi""","two\nlines",""\n')).toEqual([
      ["a,b", 'say "hi"', "two\nlines", ""],
    ]);
  });

  it("accepts CRLF, a missing final line break and empty fields", () => {
    expect(parseCsv(",x,\r\ny,,")).toEqual([
      ["", "x", ""],
      ["y", "", ""],
    ]);
  });

  it("gives no rows for an empty sheet", () => {
    expect(parseCsv("\n")).toEqual([]);
    expect(parseCsv("")).toEqual([]);
  });

  it("rejects an unterminated quoted field", () => {
    expect(() => parseCsv('"open\n')).toThrow(/unterminated/);
  });
});
