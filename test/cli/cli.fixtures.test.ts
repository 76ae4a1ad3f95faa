import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ValueType } from "exceljs";
import { JsonReportSchema, type JsonReport } from "../../src/core/report/jsonReport";
import { fixtureCopy, loadWorkbook, runCli, sheetValues, temporaryFolder } from "./cliHarness";

const sha256 = (file: string): string =>
  createHash("sha256").update(readFileSync(file)).digest("hex");

async function scoreAsJson(input: string, ...args: string[]): Promise<JsonReport> {
  const run = await runCli(["score", input, "--start", "2027-Q1", "--json", ...args]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JsonReportSchema.parse(JSON.parse(run.stdout));
}

describe("scoring the sample workbook", () => {
  it("writes Ranked and Roadmap into a copy and leaves the input file and its sheet untouched", async () => {
    const input = fixtureCopy("sample-use-cases.xlsx");
    const before = sha256(input);
    const run = await runCli(["score", input, "--start", "2027-Q1"]);
    expect(run.code).toBe(0);
    expect(sha256(input)).toBe(before);

    const output = input.replace(/\.xlsx$/, "-scored.xlsx");
    expect(run.stdout).toContain(`Wrote ${output}`);
    const original = await loadWorkbook(input);
    const scored = await loadWorkbook(output);
    expect(scored.worksheets.map((sheet) => sheet.name)).toEqual([
      "Use cases",
      "Ranked",
      "Roadmap",
      "Summary",
      "Scoring log",
    ]);
    expect(sheetValues(scored, "Use cases")).toEqual(sheetValues(original, "Use cases"));
  });

  it("stores every score as a live formula whose cached result is the engine's score", async () => {
    const input = fixtureCopy("sample-use-cases.xlsx");
    const report = await scoreAsJson(input);
    const ranked = (await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx"))).getWorksheet(
      "Ranked",
    );
    expect(report.ranked).toHaveLength(24);
    report.ranked.forEach((item, index) => {
      const row = 7 + index;
      expect(ranked?.getCell(row, 2).value).toBe(item.id);
      const score = ranked?.getCell(row, 9);
      expect(score?.type).toBe(ValueType.Formula);
      expect(score?.formula).toMatch(/^100\*\(\$E\$4\*\(\(E\d+-1\)\/4\)/);
      expect(score?.result).toBe(item.score);
    });
    expect(
      ranked
        ?.getTables()
        .map((table) => (table as unknown as { table: { name: string } }).table.name),
    ).toEqual(["RankedUseCases"]);
  });

  it("prints the ranking in rank order with full-precision scores and the roadmap by start quarter", async () => {
    const report = await scoreAsJson(fixtureCopy("sample-use-cases.xlsx"));
    expect(report.ranked.map((item) => item.rank)).toEqual(
      report.ranked.map((_, index) => index + 1),
    );
    expect(report.ranked[0]).toEqual({
      rank: 1,
      row: 2,
      id: "AI-01",
      name: "Invoice data capture",
      score: 81.25,
      value: 5,
      feasibility: 4,
      dataReadiness: 4,
      regulatoryRisk: 2,
      owner: "Dana Whitfield",
      budget: 85000,
      flags: [],
      // 32 hours a week × 85 an hour × 46 weeks; 85,000 ÷ (125,120 ÷ 12) months.
      annualValue: 125120,
      paybackMonths: 85000 / (125120 / 12),
    });
    const starts = report.roadmap.map((item) => item.start);
    expect(starts).toEqual([...starts].sort());
    expect(report.ranked.find((item) => item.id === "AI-24")?.owner).toBeNull();
    const placedOrKept = [
      ...report.roadmap.map((item) => item.id),
      ...report.keptOff.map((item) => item.id),
    ];
    expect(placedOrKept.sort()).toEqual(report.ranked.map((item) => item.id).sort());
  });
});

describe("scoring the messy session", () => {
  it("accounts for every data row, reading synonyms, words and labelled scores", async () => {
    // Its budgets are written as text ("$85,000"): read as en-US, the session's locale.
    const report = await scoreAsJson(fixtureCopy("messy-session.xlsx"), "--locale", "en-US");
    const rows = [
      ...report.ranked.map((item) => item.row),
      ...report.notScored.map((item) => item.row),
    ].sort((a, b) => a - b);
    // Header on row 4; data on rows 5–21 with row 11 left blank.
    expect(rows).toEqual([5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(report.notScored).toEqual([]);
    const invoice = report.ranked.find((item) => item.id === "AI-01");
    expect(invoice).toMatchObject({
      value: 5,
      feasibility: 4,
      dataReadiness: 4,
      regulatoryRisk: 2,
      budget: 85000,
    });
    expect(report.ranked.find((item) => item.id === "AI-02")?.budget).toBe(60000);
  });
});

describe("scoring bad input", () => {
  it("lists each problem with its cell and still scores rows whose only problem is the budget", async () => {
    const input = fixtureCopy("bad-input.xlsx");
    const report = await scoreAsJson(input);
    expect(report.problems.map((problem) => problem.cell)).toEqual([
      "Candidates!D3",
      "Candidates!E4",
      "Candidates!F5",
      "Candidates!B6",
      "Candidates!H8",
      "Candidates!E9",
    ]);
    expect(report.problems[0]?.message).toMatch(/found 7, outside 1 to 5/);
    expect(report.problems[1]?.message).toMatch(/found "hihg"/);
    expect(report.problems[5]?.message).toMatch(/#DIV\/0!/);
    expect(report.notScored.map((row) => row.row)).toEqual([3, 4, 5, 6, 9]);
    expect(report.notScored[0]?.problems[0]).toMatch(/^Candidates!D3: /);
    expect(report.ranked.map((item) => item.id).sort()).toEqual(["B-1", "B-6", "B-7"]);
    expect(report.ranked.find((item) => item.id === "B-7")?.budget).toBeNull();
  });

  it("writes a name that looks like a formula as text, never as a formula", async () => {
    const input = fixtureCopy("bad-input.xlsx");
    const report = await scoreAsJson(input);
    const ranked = (await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx"))).getWorksheet(
      "Ranked",
    );
    const rank = report.ranked.find((item) => item.id === "B-6")?.rank ?? 0;
    const nameCell = ranked?.getCell(6 + rank, 3);
    expect(nameCell?.type).toBe(ValueType.String);
    expect(nameCell?.value).toBe("=SUM(1,2) looks like a formula");
  });

  it("lists the rows it could not score below the ranked list with their problems", async () => {
    const input = fixtureCopy("bad-input.xlsx");
    await scoreAsJson(input);
    const values = sheetValues(
      await loadWorkbook(input.replace(/\.xlsx$/, "-scored.xlsx")),
      "Ranked",
    );
    const heading = values.findIndex((row) => String(row[0] ?? "").startsWith("Not scored (5)"));
    expect(heading).toBeGreaterThan(6 + 3);
    const listed = values.slice(heading + 2, heading + 7);
    expect(listed.map((row) => row[1])).toEqual(["B-2", "B-3", "B-4", "B-5", "B-8"]);
    expect(String(listed[3]?.[4])).toContain("Candidates!B6: Use case: found a blank cell");
  });
});

describe("scoring a CSV file", () => {
  it("makes a workbook whose first sheet is the CSV, named after the file", async () => {
    const folder = temporaryFolder();
    const input = path.join(folder, "FY27 candidates.csv");
    writeFileSync(
      input,
      'ID,Use case,Owner,Value,Feasibility,Data,Risk,Budget\nC-1,"Quotes, with ""commas""",Ana,4,4,3,2,"$1,000"\nC-2,+1-555,Bo,5,3,3,4,2k\n',
    );
    // "$1,000" could be a thousand or one: the locale says which.
    const report = await scoreAsJson(input, "--locale", "en-US");
    expect(report.ranked.map((item) => item.name)).toEqual(['Quotes, with "commas"', "+1-555"]);
    expect(report.ranked.map((item) => item.budget)).toEqual([1000, 2000]);
    const scored = await loadWorkbook(path.join(folder, "FY27 candidates-scored.xlsx"));
    expect(scored.worksheets.map((sheet) => sheet.name)).toEqual([
      "FY27 candidates",
      "Ranked",
      "Roadmap",
      "Summary",
      "Scoring log",
    ]);
    const nameCell = scored.getWorksheet("Ranked")?.getCell(8, 3);
    expect(nameCell?.type).toBe(ValueType.String);
    expect(nameCell?.value).toBe("+1-555");
  });
});
