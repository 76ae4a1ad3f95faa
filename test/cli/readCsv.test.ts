import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import {
  csvCellValue,
  csvDelimiter,
  csvSheetName,
  decodeCsvText,
  parseCsv,
  readCsvBytes,
  type CsvDelimiter,
} from "../../src/cli/readCsv";
import { InputFileError, readWorkbookFile } from "../support/exceljsReader/readWorkbook";

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "readCsv-"));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function records(text: string, delimiter: CsvDelimiter = ","): string[][] {
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) throw new Error(`unclosed quote on line ${parsed.unclosedQuoteLine}`);
  return parsed.records;
}

/** Fields quoted the way Excel quotes them: only when they hold a delimiter, quote or break. */
function writeCsv(grid: readonly (readonly string[])[], lineBreak = "\r\n"): string {
  const quoted = (field: string): string =>
    /[",;\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
  return grid.map((row) => row.map(quoted).join(",")).join(lineBreak) + lineBreak;
}

describe("splitting CSV text into records", () => {
  it("reads quoted fields holding commas, doubled quotes and line breaks", () => {
    const text = 'Use case,Notes\r\n"Triage, support","Say ""hi""\r\nthen route"\r\n';
    expect(records(text)).toEqual([
      ["Use case", "Notes"],
      ["Triage, support", 'Say "hi"\r\nthen route'],
    ]);
  });

  it.each([
    ["LF", "a,b\nc,d\n"],
    ["CRLF", "a,b\r\nc,d\r\n"],
    ["CR (old Mac)", "a,b\rc,d\r"],
    ["no final line break", "a,b\nc,d"],
  ])("ends records at %s, and a final line break adds no empty row", (_, text) => {
    expect(records(text)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("keeps a blank line and empty fields where they are", () => {
    expect(records('a,b\n\n,\n"",x,\n')).toEqual([["a", "b"], [""], ["", ""], ["", "x", ""]]);
  });

  it("reads an empty file as no records", () => {
    expect(records("")).toEqual([]);
  });

  it("is lenient with stray quotes, as Excel is", () => {
    expect(records('27" monitor,"5" screen,x"y\n')).toEqual([['27" monitor', "5 screen", 'x"y']]);
  });

  it("reports the line where a quoted field is never closed", () => {
    expect(parseCsv('a,b\n"ok\nstill ok",1\n"never closed,2\n', ",")).toEqual({
      ok: false,
      unclosedQuoteLine: 4,
    });
  });

  it("splits on semicolons when told to, leaving commas in the fields", () => {
    expect(records("Use case;Value\nChatbot;4,5\n", ";")).toEqual([
      ["Use case", "Value"],
      ["Chatbot", "4,5"],
    ]);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", ",", ";", '"', "\r", "\n", " ") }),
        (text) => {
          const parsed = parseCsv(text, csvDelimiter(text));
          expect(typeof parsed.ok).toBe("boolean");
        },
      ),
    );
  });
});

describe("choosing the delimiter", () => {
  it.each([
    ["Use case,Value\n", ","],
    ["Use case;Value\n", ";"],
    ["Use case;Value,Budget\n", ","],
    ['"Triage, support";4\n', ";"],
    ['"a;b",c\n', ","],
    ["Use case\nChatbot;x\n", ","],
    ["", ","],
  ])("reads %j as %s-separated", (text, delimiter) => {
    expect(csvDelimiter(text)).toBe(delimiter);
  });
});

describe("turning a field into what Excel would show", () => {
  it.each([
    ["4", 4],
    ["4.5", 4.5],
    ["-2", -2],
    ["0", 0],
    ["-0", 0],
    ["0.25", 0.25],
    ["120000", 120000],
    ["123456789012345", 123456789012345],
  ])("reads %j as a number", (field, number) => {
    expect(csvCellValue(field, ",")).toBe(number);
  });

  it.each([
    "007",
    "1e5",
    "+4",
    " 4",
    "4 ",
    ".5",
    "4.",
    "1,000",
    "$120,000",
    "4 - High",
    "1234567890123456",
    "=SUM(1,2)",
    "#N/A",
    "TRUE",
  ])("keeps %j as text", (field) => {
    expect(csvCellValue(field, ",")).toBe(field);
  });

  it("reads an empty field as blank", () => {
    expect(csvCellValue("", ",")).toBeNull();
    expect(csvCellValue("", ";")).toBeNull();
  });

  it("reads decimal commas in a semicolon file and leaves points as text", () => {
    expect(csvCellValue("4,5", ";")).toBe(4.5);
    expect(csvCellValue("120000", ";")).toBe(120000);
    expect(csvCellValue("1.200", ";")).toBe("1.200");
    expect(csvCellValue("4,5", ",")).toBe("4,5");
  });

  it("reads back any plain integer or decimal it is given", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.nat(999), (whole, cents) => {
        expect(csvCellValue(String(whole), ",")).toBe(whole);
        const decimal = `${whole}.${String(cents).padStart(3, "0")}`;
        expect(csvCellValue(decimal, ",")).toBe(Number(decimal));
      }),
    );
  });
});

describe("decoding the file's bytes", () => {
  it("drops a UTF-8 byte order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Use case,Value")]);
    expect(decodeCsvText(bytes)).toBe("Use case,Value");
  });

  it("reads a Windows code page file, as Excel's plain CSV saves it", () => {
    const quotes = [0x93, 0x51, 0x31, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x30, 0x6b, 0x92];
    expect(decodeCsvText(Buffer.from(quotes))).toBe("\u201cQ1\u201d \u2013 \u20ac50k\u2019");
    expect(decodeCsvText(Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x80]))).toBe("Résumé€");
  });

  it("reads UTF-16 with its byte order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zoë,4", "utf16le")]);
    expect(decodeCsvText(bytes)).toBe("Zoë,4");
  });
});

describe("naming the sheet after the file", () => {
  it.each([
    ["/data/candidates.csv", "candidates"],
    ["C:/exports/FY27 inventory.v2.csv", "FY27 inventory.v2"],
    ["/data/Q1: plan [draft]?.csv", "Q1_ plan _draft__"],
    ["/data/a*b.csv", "a_b"],
    ["/data/'quoted'.csv", "quoted"],
    ["/data/a very long export name from the finance team.csv", "a very long export name from th"],
    ["/data/.csv", ".csv"],
    ["/data/''.csv", "Sheet1"],
    ["/data/history.csv", "history_"],
  ])("names %s %j", (filePath, sheetName) => {
    expect(csvSheetName(filePath)).toBe(sheetName);
    expect(csvSheetName(filePath).length).toBeLessThanOrEqual(31);
  });

  it("cuts a long name to 31 characters without splitting an emoji", () => {
    const name = csvSheetName(`/data/${"x".repeat(30)}😀.csv`);
    expect(name).toBe("x".repeat(30));
  });
});

describe("reading a CSV file", () => {
  function writeScratch(name: string, content: string | Buffer): string {
    const filePath = path.join(scratch, name);
    writeFileSync(filePath, content);
    return filePath;
  }

  it("becomes one sheet named after the file, starting at A1", async () => {
    const filePath = writeScratch(
      "week 3.csv",
      '\uFEFFID,Use case,Value,Budget\r\nUC-07,"Triage, support",4,"$120,000"\r\n007,Chatbot,,120000\r\n',
    );
    const loaded = await readWorkbookFile(filePath);
    expect(loaded).toEqual({
      kind: "csv",
      sheetName: "week 3",
      input: {
        sheets: [
          {
            name: "week 3",
            top: 1,
            left: 1,
            values: [
              ["ID", "Use case", "Value", "Budget"],
              ["UC-07", "Triage, support", 4, "$120,000"],
              ["007", "Chatbot", null, 120000],
            ],
          },
        ],
      },
    });
  });

  it("reads a semicolon-separated European export", async () => {
    const filePath = writeScratch(
      "europe.csv",
      "Use case;Value;Budget;;\nChatbot;4,5;€ 50 000;;\n",
    );
    const loaded = await readWorkbookFile(filePath);
    expect(loaded.input.sheets[0]?.values).toEqual([
      ["Use case", "Value", "Budget", null, null],
      ["Chatbot", 4.5, "€ 50 000", null, null],
    ]);
  });

  it("says a workbook renamed to .csv is not a CSV file", async () => {
    const filePath = writeScratch("workbook.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    await expect(readWorkbookFile(filePath)).rejects.toThrow(
      new InputFileError(
        "not-a-csv",
        filePath,
        `${filePath} is not a CSV file: it looks like an Excel workbook. Rename it to .xlsx.`,
      ),
    );
  });

  it("says where a quoted field is never closed", async () => {
    const filePath = writeScratch("broken.csv", 'Use case,Value\n"Chatbot,4\n');
    await expect(readWorkbookFile(filePath)).rejects.toMatchObject({
      problem: "not-a-csv",
      message: `${filePath} is not a valid CSV file: the quoted field starting on line 2 is never closed (a " is missing).`,
    });
  });

  it("gives back any grid of strings written as CSV", () => {
    const field = fc
      .string({
        unit: fc.constantFrom("a", "Z", " ", ",", ";", '"', "\n", "\r", "é", "1", ".", "-"),
      })
      // A leading letter keeps the field text (no number, never empty): this is about framing.
      .map((text) => `x${text}`);
    const grid = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.array(fc.array(field, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 6,
      }),
    );
    fc.assert(
      fc.property(grid, fc.constantFrom("\r\n", "\n"), (rows, lineBreak) => {
        const sheet = readCsvBytes("grid.csv", Buffer.from(writeCsv(rows, lineBreak)));
        expect(sheet.values).toEqual(rows);
      }),
    );
  });

  it("reads 100,000 rows of 15 columns in one pass", () => {
    const header = Array.from({ length: 15 }, (_, column) => `Column ${column + 1}`).join(",");
    const row = 'UC-1,"Triage, support",4,3.5,text,5,6,7,8,9,10,11,12,13,14';
    const text = [header, ...Array.from({ length: 100_000 }, () => row)].join("\r\n");
    const started = Date.now();
    const sheet = readCsvBytes("big.csv", Buffer.from(text));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(sheet.values).toHaveLength(100_001);
    expect(sheet.values[100_000]?.[1]).toBe("Triage, support");
  });
});
