import { cellAddress, columnLetters, quoteSheetName } from "../../../src/core/model";

describe("writing a cell address", () => {
  it.each([
    [1, "A"],
    [5, "E"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("writes column %p as %j", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it.each([
    ["Candidates", "Candidates"],
    ["Use_cases", "Use_cases"],
    ["FY2027plan", "FY2027plan"],
    ["Données", "Données"],
    ["FY27 inventory", "'FY27 inventory'"],
    ["Ana's list", "'Ana''s list'"],
    ["Q1-Q2", "'Q1-Q2'"],
    ["Ranked (2)", "'Ranked (2)'"],
  ])("writes the sheet name %j as %j", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it.each([
    ["2027", "'2027'"],
    ["A1", "'A1'"],
    ["FY27", "'FY27'"],
    ["XFD100", "'XFD100'"],
    ["R1C1", "'R1C1'"],
  ])("quotes %j, which Excel would otherwise read as a number or a cell", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it("joins the sheet, the column letters and the row", () => {
    expect(cellAddress("Candidates", 7, 5)).toBe("Candidates!E7");
    expect(cellAddress("FY27 inventory", 7, 5)).toBe("'FY27 inventory'!E7");
  });
});
