import * as path from "node:path";
import { fixtureCopy, loadWorkbook, runCli, sheetValues } from "./cliHarness";

async function withUserSheet(sheetName: string): Promise<string> {
  const input = fixtureCopy("sample-use-cases.xlsx");
  const workbook = await loadWorkbook(input);
  const own = workbook.addWorksheet(sheetName);
  own.addRow(["My own notes", 42]);
  own.addRow(["=not a formula", "kept"]);
  const withSheet = path.join(path.dirname(input), "with-user-sheet.xlsx");
  await workbook.xlsx.writeFile(withSheet);
  return withSheet;
}

describe("output sheet names", () => {
  it("keeps a person's own Ranked sheet and writes Ranked (2) beside it", async () => {
    const input = await withUserSheet("Ranked");
    const before = sheetValues(await loadWorkbook(input), "Ranked");
    const run = await runCli(["score", input, "--start", "2027-Q1"]);
    expect(run.code).toBe(0);

    const scored = await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx"));
    expect(scored.worksheets.map((sheet) => sheet.name)).toEqual([
      "Use cases",
      "Ranked",
      "Ranked (2)",
      "Roadmap",
      "Summary",
      "Scoring log",
    ]);
    expect(sheetValues(scored, "Ranked")).toEqual(before);
    expect(scored.getWorksheet("Ranked (2)")?.getCell("A1").value).toBe("Ranked use cases");
    // The roadmap's budgets point at the sheet that was written, not the person's own.
    const budget = scored.getWorksheet("Roadmap")?.getCell("H5");
    expect(budget?.formula).toBe("'Ranked (2)'!$J$7");
  });

  it("replaces its own sheets on a re-run instead of adding more", async () => {
    const input = await withUserSheet("Ranked");
    const first = input.replace(/\.xlsx$/, "-scored.xlsx");
    expect((await runCli(["score", input, "--start", "2027-Q1"])).code).toBe(0);
    const second = first.replace(/\.xlsx$/, "-again.xlsx");
    const run = await runCli(["score", first, "--out", second, "--start", "2027-Q2", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).ranked).toHaveLength(24);

    const rescored = await loadWorkbook(second);
    expect(rescored.worksheets.map((sheet) => sheet.name)).toEqual([
      "Use cases",
      "Ranked",
      "Ranked (2)",
      "Roadmap",
      "Summary",
      "Scoring log",
    ]);
    expect(rescored.getWorksheet("Roadmap")?.getCell("I4").value).toBe("2027-Q2");
    expect(sheetValues(rescored, "Ranked")[1]).toEqual(["=not a formula", "kept"]);
  });

  it("never takes its own output as the source when no sheet is named", async () => {
    const input = fixtureCopy("bad-input.xlsx");
    expect((await runCli(["score", input, "--start", "2027-Q1"])).code).toBe(0);
    const scored = input.replace(/\.xlsx$/, "-scored.xlsx");
    const run = await runCli([
      "score",
      scored,
      "--out",
      scored.replace("-scored", "-twice"),
      "--json",
    ]);
    const report = JSON.parse(run.stdout) as { notScored: unknown[]; ranked: unknown[] };
    expect(report.ranked).toHaveLength(3);
    expect(report.notScored).toHaveLength(5);
  });
});
