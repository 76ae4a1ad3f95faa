import { aggregateScores, raterColumnOf } from "../../../src/core/read/raters";
import { chooseSourceSheet, readUseCases } from "../../../src/core/read";
import { scoreWorkbook } from "../../../src/core/score";
import { toJsonReport } from "../../../src/core/report";
import type { ScoringSettings, SheetInput, WorkbookInput } from "../../../src/core/model";

const settings: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

function sheet(name: string, values: SheetInput["values"]): SheetInput {
  return { name, top: 1, left: 1, values };
}

describe("rater columns in the use-case sheet (wide form)", () => {
  it.each([
    ["Business value (CFO)", { axis: "value", rater: "CFO" }],
    ["Business value - COO", { axis: "value", rater: "COO" }],
    ["Risk [General Counsel]", { axis: "regulatoryRisk", rater: "General Counsel" }],
    ["Data readiness – Head of Data", { axis: "dataReadiness", rater: "Head of Data" }],
  ])("reads %j as a rater's column", (header, expected) => {
    expect(raterColumnOf(header)).toEqual(expected);
  });

  it.each(["Feasibility (1-5)", "Business value", "Comments (CFO)", "Value (2026)"])(
    "does not read %j as a rater's column",
    (header) => expect(raterColumnOf(header)).toBeUndefined(),
  );

  const wide = sheet("Session", [
    ["ID", "Use case", "Value (CFO)", "Value (COO)", "Value (CEO)", "Feasibility", "Data", "Risk"],
    ["A", "Chatbot", 5, 3, 4, 4, 4, 2],
    ["B", "Forecast", 2, "n/a", "", 3, 3, 3],
    ["C", "Nobody agrees", "", "", "", 3, 3, 3],
  ]);

  it("scores each axis with the median of its raters and records the spread", () => {
    const result = scoreWorkbook({ sheets: [wide] }, settings);
    const chatbot = result.ranked.find((entry) => entry.useCase.id === "A");
    expect(chatbot?.useCase.scores.value).toBe(4);
    expect(chatbot?.useCase.raters?.spread.value).toBe(2);
    expect(chatbot?.useCase.raters?.raters).toBe(3);
    expect(chatbot?.flags).toEqual(["contested"]);
  });

  it("reports a bad rater cell with its address and scores from the valid ones", () => {
    const result = scoreWorkbook({ sheets: [wide] }, settings);
    const forecast = result.ranked.find((entry) => entry.useCase.id === "B");
    expect(forecast?.useCase.scores.value).toBe(2);
    expect(forecast?.useCase.raters?.counts.value).toBe(1);
    expect(result.problems.map((problem) => problem.cell)).toContain("Session!D3");
    expect(result.problems.find((problem) => problem.cell === "Session!D3")?.message).toMatch(
      /^Business value \(COO\): found "n\/a"/,
    );
  });

  it("does not score a use case no rater scored on an axis", () => {
    const result = scoreWorkbook({ sheets: [wide] }, settings);
    expect(result.read.notScored.map((row) => row.id)).toEqual(["C"]);
    expect(result.read.notScored[0]?.problems[0]?.message).toBe(
      "Business value: no rater gave a score",
    );
  });

  it("uses the mean when asked", () => {
    const result = scoreWorkbook({ sheets: [wide] }, { ...settings, aggregate: "mean" });
    expect(result.ranked.find((entry) => entry.useCase.id === "A")?.useCase.scores.value).toBe(4);
    expect(aggregateScores([1, 2, 5], "mean")).toBeCloseTo(8 / 3);
    expect(aggregateScores([1, 2, 5, 5], "median")).toBe(3.5);
  });
});

describe("a Scores sheet (long form)", () => {
  const useCases = sheet("Use cases", [
    ["ID", "Use case", "Owner", "Value"],
    ["A", "Chatbot", "Ana", 1],
    ["B", "Forecast", "Bo", 1],
  ]);
  const ratings: [string, string, string, unknown][] = [
    ["CEO", "A", "Business value", 5],
    ["CFO", "a", "value", 3],
    ["CEO", "A", "Feasibility", 4],
    ["CEO", "A", "Data readiness", "High"],
    ["CEO", "A", "Regulatory risk", 2],
    ["CFO", "A", "Regulatory risk", 5],
    ["CEO", "B", "Business value", 4],
    ["CEO", "B", "Feasibility", 9],
    ["CEO", "B", "Data", 3],
    ["CEO", "B", "Risk", 1],
    ["CEO", "Z", "Risk", 1],
    ["CEO", "B", "Charisma", 1],
    ["CEO", "A", "Business value", 1],
  ];
  const scores = sheet("Scores", [
    ["Rater", "ID", "Axis", "Score"],
    ...(ratings as SheetInput["values"]),
  ]);
  const workbook: WorkbookInput = { sheets: [useCases, scores] };

  it("needs only a name column on the use-case sheet and ignores its axis columns", () => {
    const source = chooseSourceSheet(workbook);
    expect(source.sheet.name).toBe("Use cases");
    expect(source.scores?.sheetName).toBe("Scores");
    const read = readUseCases(source);
    expect(read.useCases.find((useCase) => useCase.id === "A")?.scores).toEqual({
      value: 4,
      feasibility: 4,
      dataReadiness: 4,
      regulatoryRisk: 3.5,
    });
  });

  it("lists every rating it could not use, with its cell on the Scores sheet", () => {
    const result = scoreWorkbook(workbook, settings);
    const messages = result.problems.map((problem) => `${problem.cell}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Scores!D9: Score: found 9, outside 1 to 5/),
        expect.stringMatching(/^Scores!C13: Axis: found "Charisma"/),
        expect.stringMatching(
          /^Scores!D14: Score: CEO already scored A on business value on row 2/,
        ),
        expect.stringMatching(/^Scores!B12: ID: no use case on 'Use cases' has the ID "Z"/),
        expect.stringMatching(
          /^'Use cases'!A3: Technical feasibility: no rater gave B a valid score on Scores/,
        ),
      ]),
    );
    expect(result.read.notScored.map((row) => row.id)).toEqual(["B"]);
  });

  it("flags a use case whose raters are two or more points apart as contested, in the JSON too", () => {
    const report = toJsonReport(scoreWorkbook(workbook, settings));
    const chatbot = report.ranked.find((item) => item.id === "A");
    expect(chatbot?.flags).toEqual(["contested"]);
    expect(chatbot?.raters).toBe(2);
    expect(chatbot?.spread).toEqual({
      value: 2,
      feasibility: 0,
      dataReadiness: 0,
      regulatoryRisk: 3,
    });
  });

  it("is read from a sheet named on request, and says so when that sheet lacks the columns", () => {
    const renamed = { sheets: [useCases, { ...scores, name: "Votes" }] };
    expect(
      chooseSourceSheet(renamed, undefined, {}, { scoresSheet: "Votes" }).scores?.sheetName,
    ).toBe("Votes");
    expect(() => chooseSourceSheet(renamed, undefined, {}, { scoresSheet: "Use cases" })).toThrow(
      /'Use cases' has no header row with Rater, ID, Axis and Score/,
    );
    expect(() => chooseSourceSheet(renamed, undefined, {}, { scoresSheet: "Nope" })).toThrow(
      /No sheet is named "Nope" for the scores/,
    );
  });

  it("reads its scores written as text with the declared decimal separator, as the source sheet's", () => {
    const european = sheet("Scores", [
      ["Rater", "ID", "Axis", "Score"],
      // Three decimals, as some exports write them: only the declared separator settles it.
      ["CEO", "A", "Business value", "3,500"],
      ["CFO", "A", "Business value", "4,500"],
      ["CEO", "A", "Feasibility", "4"],
      ["CEO", "A", "Data readiness", "2,500"],
      ["CEO", "A", "Regulatory risk", "2"],
    ]);
    const german = {
      declared: { decimalSeparator: ",", declaredBy: "--locale de-DE", locale: "de-DE" },
    } as const;
    const read = scoreWorkbook({ sheets: [useCases, european] }, settings, {
      numbers: german,
    }).read;
    expect(read.useCases.find((useCase) => useCase.id === "A")?.scores).toEqual({
      value: 4,
      feasibility: 4,
      dataReadiness: 2.5,
      regulatoryRisk: 2,
    });
    expect(read.otherProblems).toEqual([]);
    // Undeclared, "3,500" could be 3.5 or 3500: it is listed with both readings, never guessed.
    const undeclared = scoreWorkbook({ sheets: [useCases, european] }, settings).read;
    expect(undeclared.otherProblems.map((problem) => problem.cell)).toContain("Scores!D2");
  });

  it("without raters, adds no rater fields to the JSON", () => {
    const plain = sheet("S", [
      ["Use case", "Value", "Feasibility", "Data", "Risk"],
      ["X", 3, 3, 3, 3],
    ]);
    const item = toJsonReport(scoreWorkbook({ sheets: [plain] }, settings)).ranked[0];
    expect(item).not.toHaveProperty("raters");
    expect(item).not.toHaveProperty("spread");
  });
});
