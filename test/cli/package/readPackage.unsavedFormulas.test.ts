/**
 * A formula saved with no value (a file written by a library and never calculated) is read as
 * such, so the engine can say what is wrong with the cell instead of calling it blank
 * (DESIGN §1). A formula whose saved value is empty text stays blank.
 */
import { handMadeWorkbook, readByPackage, row } from "./packageFiles";

describe("a formula cell in the package", () => {
  it("is read as a formula saved without its value when it has no <v>", () => {
    const bytes = handMadeWorkbook({
      sheets: [
        {
          name: "Candidates",
          body:
            "<sheetData>" +
            row(1, '<c r="A1" t="inlineStr"><is><t>Value</t></is></c>') +
            row(2, '<c r="A2"><f>SUM(B2:C2)</f></c>') +
            row(3, '<c r="A3"><f>B3&amp;"x"</f><v>4</v></c>') +
            row(4, '<c r="A4" t="str"><f>""</f><v></v></c>') +
            "</sheetData>",
        },
      ],
    });
    const [sheet] = readByPackage(bytes).sheets;
    expect(sheet?.values.map((cells) => cells[0])).toEqual([
      "Value",
      { unsavedFormula: "SUM(B2:C2)" },
      4,
    ]);
    // A formula whose saved value is empty text is a blank cell: the row holds nothing.
    expect(sheet?.values).toHaveLength(3);
  });
});
