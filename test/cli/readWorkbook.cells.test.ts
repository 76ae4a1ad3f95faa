import { onlySheet, useScratchFolder } from "./workbookFiles";

const scratch = useScratchFolder();

describe("turning cells into what Excel shows", () => {
  async function cellsOf(values: readonly unknown[]): Promise<readonly unknown[]> {
    const sheet = await onlySheet(scratch(), (workbook) => {
      const worksheet = workbook.addWorksheet("Cells");
      worksheet.getCell("A1").value = "first";
      values.forEach((value, index) => {
        // exceljs's CellValue type has no room for every shape it accepts; these are its shapes.
        worksheet.getCell(index + 2, 1).value = value as never;
      });
      // The used range ends at the last value: this keeps a blank last cell inside it.
      worksheet.getCell(values.length + 2, 1).value = "last";
    });
    return sheet.values.slice(1, -1).map((row) => (row.length === 0 ? null : row[0]));
  }

  it("keeps numbers, text and booleans, and reads an empty string as blank", async () => {
    expect(await cellsOf([4.5, -2, "Chatbot", true, false, ""])).toEqual([
      4.5,
      -2,
      "Chatbot",
      true,
      false,
      null,
    ]);
  });

  it("reads a formula as the result Excel cached, and as blank when it has none", async () => {
    expect(
      await cellsOf([
        { formula: "2+2", result: 4 },
        { formula: 'A1&"!"', result: "first!" },
        { formula: "1/0", result: { error: "#DIV/0!" } },
        { formula: "TRUE()", result: true },
        { formula: "NOW()" },
      ]),
    ).toEqual([4, "first!", { error: "#DIV/0!" }, true, null]);
  });

  it("reads a shared formula's copies as their cached results", async () => {
    const sheet = await onlySheet(scratch(), (workbook) => {
      const worksheet = workbook.addWorksheet("Shared");
      worksheet.getCell("A1").value = { formula: "ROW()*10", result: 10 };
      worksheet.getCell("A2").value = { sharedFormula: "A1", result: 20 };
      worksheet.getCell("A3").value = { sharedFormula: "A1", result: 30 };
    });
    expect(sheet.values).toEqual([[10], [20], [30]]);
  });

  it("reads rich text and hyperlinks as their plain text", async () => {
    expect(
      await cellsOf([
        { richText: [{ text: "Invoice " }, { text: "capture", font: { bold: true } }] },
        { text: "Support triage", hyperlink: "https://example.com/uc/2" },
      ]),
    ).toEqual(["Invoice capture", "Support triage"]);
  });

  it("reads a date as ISO date text, with the time only when it has one", async () => {
    expect(
      await cellsOf([
        new Date(Date.UTC(2027, 0, 15)),
        new Date(Date.UTC(2027, 0, 15, 9, 30)),
        { formula: "DATE(2027,3,31)", result: new Date(Date.UTC(2027, 2, 31)) },
      ]),
    ).toEqual(["2027-01-15", "2027-01-15T09:30:00", "2027-03-31"]);
  });

  it("keeps every Excel error, not only the common ones", async () => {
    expect(await cellsOf([{ error: "#N/A" }, { error: "#REF!" }])).toEqual([
      { error: "#N/A" },
      { error: "#REF!" },
    ]);
  });
});
