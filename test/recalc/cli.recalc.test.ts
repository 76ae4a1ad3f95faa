/**
 * A second spreadsheet engine checks the live formulas: LibreOffice opens what the command
 * line wrote, recalculates every formula, and each score and quarterly total must equal the
 * engine's own number.
 */
import * as path from "node:path";
import { JsonReportSchema, type JsonReport } from "../../src/core/report/jsonReport";
import { ROADMAP_LAYOUT, roadmapTotalsRows } from "../../src/core/sheets/roadmapSheet";
import { fixtureCopy, loadWorkbook, runCli } from "../cli/cliHarness";
import { recalculateWithLibreOffice } from "../support/libreoffice";

// LibreOffice writes numbers with 15 significant digits.
const closeTo = (expected: number) => expect.closeTo(expected, 9);

interface Recalculated {
  report: JsonReport;
  sheets: Map<string, string[][]>;
}

async function scoreAndRecalculate(fixture: string, ...args: string[]): Promise<Recalculated> {
  const input = fixtureCopy(fixture);
  const output = path.join(path.dirname(input), "scored.xlsx");
  const run = await runCli([
    "score",
    input,
    "--out",
    output,
    "--start",
    "2027-Q1",
    "--json",
    ...args,
  ]);
  expect(run.code).toBe(0);
  return {
    report: JsonReportSchema.parse(JSON.parse(run.stdout)),
    sheets: await recalculateWithLibreOffice(output),
  };
}

function expectScoresRecalculate({ report, sheets }: Recalculated): void {
  const ranked = sheets.get("Ranked") ?? [];
  report.ranked.forEach((item, index) => {
    const row = ranked[6 + index] ?? [];
    expect(row[1]).toBe(item.id);
    expect(Number(row[8])).toEqual(closeTo(item.score));
  });
}

function expectRoadmapTotalsRecalculate(
  { report, sheets }: Recalculated,
  quarters: string[],
): void {
  const roadmap = sheets.get("Roadmap") ?? [];
  const totals = roadmapTotalsRows(report.roadmap.length);
  const running = roadmap[totals.running - 1] ?? [];
  const budget = roadmap[totals.budget - 1] ?? [];
  quarters.forEach((quarter, q) => {
    const column = ROADMAP_LAYOUT.columns.firstQuarter - 1 + q;
    expect(roadmap[ROADMAP_LAYOUT.headerRow - 1]?.[column]).toBe(quarter);
    const inQuarter = report.roadmap.filter((item) => item.start <= quarter && quarter <= item.end);
    expect(Number(running[column])).toBe(inQuarter.length);
    const spend = inQuarter.reduce((sum, item) => {
      const quartersRun = Number(item.end.slice(-1)) - Number(item.start.slice(-1)) + 1;
      return sum + (item.budget ?? 0) / quartersRun;
    }, 0);
    expect(Number(budget[column])).toEqual(closeTo(spend));
  });
  const total = report.roadmap.reduce((sum, item) => sum + (item.budget ?? 0), 0);
  expect(Number(budget[ROADMAP_LAYOUT.columns.budget - 1])).toEqual(closeTo(total));
}

const QUARTERS_2027 = ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"];

describe("live formulas recalculated by LibreOffice", () => {
  it("give the engine's scores and quarterly totals for the sample with default settings", async () => {
    const recalculated = await scoreAndRecalculate("sample-use-cases.xlsx");
    expectScoresRecalculate(recalculated);
    expectRoadmapTotalsRecalculate(recalculated, QUARTERS_2027);
  });

  it("give the engine's numbers with uneven weights, more slots and a budget cap", async () => {
    const recalculated = await scoreAndRecalculate(
      "sample-use-cases.xlsx",
      "--weights",
      "value=40,feasibility=30,data=20,risk=10",
      "--slots",
      "5",
      "--quarter-budget",
      "300k",
    );
    expect(recalculated.report.roadmap.some((item) => item.start !== item.end)).toBe(true);
    expectScoresRecalculate(recalculated);
    expectRoadmapTotalsRecalculate(recalculated, QUARTERS_2027);
  });

  it("give the engine's numbers for the messy session and for bad input", async () => {
    for (const fixture of ["messy-session.xlsx", "bad-input.xlsx"]) {
      const recalculated = await scoreAndRecalculate(fixture);
      expectScoresRecalculate(recalculated);
      expectRoadmapTotalsRecalculate(recalculated, QUARTERS_2027);
    }
  });

  it("recompute every score when a person changes a weight cell in the workbook", async () => {
    const input = fixtureCopy("sample-use-cases.xlsx");
    const output = path.join(path.dirname(input), "scored.xlsx");
    expect((await runCli(["score", input, "--out", output, "--start", "2027-Q1"])).code).toBe(0);
    const workbook = await loadWorkbook(output);
    const weights = workbook.getWorksheet("Ranked");
    if (!weights) throw new Error("no Ranked sheet");
    weights.getCell("E3").value = 70; // business value
    weights.getCell("H3").value = 10; // regulatory risk
    const edited = path.join(path.dirname(input), "edited.xlsx");
    await workbook.xlsx.writeFile(edited);

    const expected = await runCli([
      "score",
      input,
      "--out",
      path.join(path.dirname(input), "expected.xlsx"),
      "--start",
      "2027-Q1",
      "--weights",
      "value=70,feasibility=25,data=25,risk=10",
      "--json",
    ]);
    const scoreById = new Map(
      JsonReportSchema.parse(JSON.parse(expected.stdout)).ranked.map((item) => [
        item.id,
        item.score,
      ]),
    );
    const ranked = (await recalculateWithLibreOffice(edited)).get("Ranked") ?? [];
    const rows = ranked.slice(6, 6 + scoreById.size);
    expect(rows).toHaveLength(24);
    for (const row of rows)
      expect(Number(row[8])).toEqual(closeTo(scoreById.get(row[1] ?? "") ?? NaN));
  });

  it("give the engine's annual value and payback, and blanks where no value is claimed", async () => {
    const recalculated = await scoreAndRecalculate("sample-use-cases.xlsx", "--rate", "90");
    const ranked = recalculated.sheets.get("Ranked") ?? [];
    const header = ranked[5] ?? [];
    const valueColumn = header.indexOf("Annual value");
    const paybackColumn = header.indexOf("Payback (months)");
    expect(valueColumn).toBeGreaterThan(0);
    recalculated.report.ranked.forEach((item, index) => {
      const row = ranked[6 + index] ?? [];
      if (item.annualValue === null) expect(row[valueColumn] ?? "").toBe("");
      else expect(Number(row[valueColumn])).toEqual(closeTo(item.annualValue));
      if (item.paybackMonths === null) expect(row[paybackColumn] ?? "").toBe("");
      else expect(Number(row[paybackColumn])).toEqual(closeTo(item.paybackMonths));
    });
  });

  it("give Summary totals equal to the sums of Roadmap and the engine's numbers", async () => {
    const recalculated = await scoreAndRecalculate("sample-use-cases.xlsx", "--slots", "4");
    const summary = recalculated.sheets.get("Summary") ?? [];
    const roadmap = recalculated.sheets.get("Roadmap") ?? [];
    const totals = roadmapTotalsRows(recalculated.report.roadmap.length);
    const firstQuarter = summary.findIndex((row) => row[0] === "2027-Q1");
    expect(firstQuarter).toBeGreaterThan(0);
    let yearBudget = 0;
    QUARTERS_2027.forEach((quarter, q) => {
      const line = summary[firstQuarter + q] ?? [];
      const column = ROADMAP_LAYOUT.columns.firstQuarter - 1 + q;
      expect(line[0]).toBe(quarter);
      expect(Number(line[1])).toBe(Number(roadmap[totals.running - 1]?.[column]));
      expect(Number(line[3])).toEqual(closeTo(Number(roadmap[totals.budget - 1]?.[column])));
      const starting = recalculated.report.roadmap.filter((item) => item.start === quarter).length;
      expect(Number(line[2])).toBe(starting);
      yearBudget += Number(line[3]);
    });
    const year = summary[firstQuarter + 4] ?? [];
    expect(year[0]).toBe("Year");
    expect(Number(year[3])).toEqual(closeTo(yearBudget));
    const engineTotal = recalculated.report.roadmap.reduce(
      (sum, item) => sum + (item.budget ?? 0),
      0,
    );
    expect(Number(year[3])).toEqual(closeTo(engineTotal));
    expect(Number(year[2])).toBe(recalculated.report.roadmap.length);

    const annual = summary.find((row) => row[0] === "Annual value") ?? [];
    const onRoadmap = new Set(recalculated.report.roadmap.map((item) => item.id));
    const engineValue = recalculated.report.ranked
      .filter((item) => onRoadmap.has(item.id))
      .reduce((sum, item) => sum + (item.annualValue ?? 0), 0);
    expect(Number(annual[1])).toEqual(closeTo(engineValue));
  });

  it("give the portfolio's totals and the chart's data as the engine funded and drew them", async () => {
    const recalculated = await scoreAndRecalculate(
      "sample-use-cases.xlsx",
      "--annual-budget",
      "600000",
      "--roadmap-from",
      "portfolio",
    );
    const { report } = recalculated;
    const summary = recalculated.sheets.get("Summary") ?? [];
    const portfolio = report.portfolio;
    expect(portfolio).toBeDefined();

    // The funded list: one row per funded use case, then a total of SUM formulas.
    const heading = summary.findIndex((row) => row[0]?.startsWith("Portfolio within"));
    expect(heading).toBeGreaterThan(0);
    const firstFunded = heading + 4;
    const funded = summary.slice(firstFunded, firstFunded + (portfolio?.funded.length ?? 0));
    expect(funded.map((row) => row[1])).toEqual(portfolio?.funded);
    const byId = new Map(report.ranked.map((item) => [item.id, item]));
    for (const row of funded) {
      const item = byId.get(row[1] as string);
      expect(Number(row[4])).toEqual(closeTo(item?.score ?? NaN));
      expect(Number(row[5])).toEqual(closeTo(item?.budget ?? NaN));
    }
    const total = summary[firstFunded + funded.length] ?? [];
    expect(total[0]).toBe("Funded");
    expect(Number(total[4])).toEqual(closeTo(portfolio?.totalScore ?? NaN));
    expect(Number(total[5])).toEqual(closeTo(portfolio?.totalBudget ?? NaN));
    const fundedValue = (portfolio?.funded ?? []).reduce(
      (sum, id) => sum + (byId.get(id)?.annualValue ?? 0),
      0,
    );
    expect(Number(total[6])).toEqual(closeTo(fundedValue));
    const payback = summary[firstFunded + funded.length + 1] ?? [];
    expect(payback[0]).toBe("Payback (months)");
    expect(Number(payback[1])).toEqual(
      closeTo((portfolio?.totalBudget ?? NaN) / (fundedValue / 12)),
    );

    // Drafted from the funded set: the roadmap spends only on funded use cases.
    const fundedIds = new Set(portfolio?.funded);
    expect(report.roadmap.every((item) => fundedIds.has(item.id))).toBe(true);
    const year = summary.find((row) => row[0] === "Year") ?? [];
    const spend = report.roadmap.reduce((sum, item) => sum + (item.budget ?? 0), 0);
    expect(Number(year[3])).toEqual(closeTo(spend));
    expect(spend).toBeLessThanOrEqual(portfolio?.totalBudget ?? NaN);

    // Every bubble's cells recalculate to its use case's scores and budget.
    const chartHeader = summary.findIndex((row) => row[0] === "ID" && row[2] === "Feasibility");
    expect(chartHeader).toBeGreaterThan(heading);
    const bubbles = summary.slice(chartHeader + 1).filter((row) => byId.has(row[0] as string));
    expect(bubbles.length).toBe(report.ranked.filter((item) => (item.budget ?? 0) > 0).length);
    for (const row of bubbles) {
      const item = byId.get(row[0] as string);
      expect(row[1]).toBe(item?.name);
      expect(Number(row[2])).toBe(item?.feasibility);
      expect(Number(row[3])).toBe(item?.value);
      expect(Number(row[4])).toEqual(closeTo(item?.budget ?? NaN));
      expect(row[5] ?? "").toBe(item?.flags.includes("governance-review") ? "yes" : "");
    }
  });
});
