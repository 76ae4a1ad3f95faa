/**
 * Ranked links each row back to its use case's name cell as a cell hyperlink to a place in the
 * workbook (`location` alone, no outside address), which Excel on the web follows too.
 */
import * as path from "node:path";
import { readWorkbookFile } from "../support/exceljsReader/readWorkbook";
import { fixtureCopy, loadWorkbook, runCli, sheetValues } from "./cliHarness";
import { sheetHyperlinks, sheetRelationshipTypes } from "./workbookXml";

async function scoredSample(): Promise<string> {
  const input = fixtureCopy("sample-use-cases.xlsx");
  const output = path.join(path.dirname(input), "scored.xlsx");
  expect((await runCli(["score", input, "--out", output, "--start", "2027-Q1"])).code).toBe(0);
  return output;
}

describe("links back to the source rows", () => {
  it("are written as links to the name cells in the source sheet, showing the row", async () => {
    const output = await scoredSample();
    const links = sheetHyperlinks(output, "Ranked");
    const scored = await loadWorkbook(output);
    const ranked = sheetValues(scored, "Ranked");
    const source = sheetValues(scored, "Use cases");

    expect(links).toHaveLength(24);
    expect(links[0]).toEqual({ ref: "M7", location: "'Use cases'!B2" });
    for (const link of links) {
      const row = Number(/^M(\d+)$/.exec(link.ref)?.[1]);
      const sourceRow = Number(/^'Use cases'!B(\d+)$/.exec(link.location ?? "")?.[1]);
      expect(ranked[row - 1]?.[12]).toBe(`Row ${sourceRow}`);
      // The cell it leads to holds the use case named on the linked row.
      expect(source[sourceRow - 1]?.[1]).toBe(ranked[row - 1]?.[2]);
    }
  });

  it("carry no outside address, which Excel and LibreOffice would follow instead", async () => {
    const output = await scoredSample();

    expect(sheetHyperlinks(output, "Ranked").filter((link) => link.target !== undefined)).toEqual(
      [],
    );
    expect(sheetRelationshipTypes(output, "Ranked").map((type) => type.split("/").pop())).toEqual([
      "table",
    ]);
  });

  it("read as their text when the scored workbook is scored again, and are written anew", async () => {
    const first = await scoredSample();
    const loaded = await readWorkbookFile(first);
    const ranked = loaded.input.sheets.find((sheet) => sheet.name === "Ranked");
    expect(ranked?.ownRole).toBe("ranked");
    // M7, the first ranked row's link, in the area read (Ranked's table, from its header row).
    const top = ranked?.top ?? 1;
    const left = ranked?.left ?? 1;
    expect(ranked?.values[7 - top]?.[13 - left]).toBe("Row 2");

    const second = first.replace(/\.xlsx$/, "-again.xlsx");
    expect((await runCli(["score", first, "--out", second, "--start", "2027-Q1"])).code).toBe(0);
    expect(sheetHyperlinks(second, "Ranked")).toEqual(sheetHyperlinks(first, "Ranked"));
  });
});
