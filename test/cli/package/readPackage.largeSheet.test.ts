import { unzipSync, zipSync } from "fflate";
import { readByExceljs, readByPackage, writtenByExceljs } from "./packageFiles";

/** Numbers that do not compress, so the sheet's part spans many inflated chunks. */
function* noise(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

describe("a sheet larger than the pieces it is read in", () => {
  // The shared strings hold characters of two to four bytes, which the pieces split.
  it("reads every cell, characters split between pieces included, deflated or stored", async () => {
    const random = noise(7);
    const deflated = await writtenByExceljs((workbook) => {
      const sheet = workbook.addWorksheet("Large");
      sheet.getRow(1).values = ["Use case", "Value", "Feasibility", "Budget", "Notes"];
      for (let row = 2; row <= 4000; row++) {
        sheet.getRow(row).values = [
          `Prüfung ${row} 日本語 😀`,
          random.next().value as number,
          random.next().value as number,
          random.next().value as number,
          { richText: [{ text: `Anmerkung ${row} — ü` }] },
        ];
      }
    });
    const parts = unzipSync(deflated);
    expect(parts["xl/worksheets/sheet1.xml"]?.length).toBeGreaterThan(256 * 1024);
    const stored = zipSync(parts, { level: 0 });

    const expected = await readByExceljs(deflated);
    expect(readByPackage(deflated)).toStrictEqual(expected);
    expect(readByPackage(stored)).toStrictEqual(expected);
    expect(expected.sheets[0]?.values).toHaveLength(4000);
  }, 30_000);
});
