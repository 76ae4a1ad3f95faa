import { chooseSourceSheet } from "../../../src/core/read";
import { UnusableInputError } from "../../../src/core/model";
import { scoreWorkbook } from "../../../src/core/score";
import { aRow, aSheet, aUseCaseSheet, aWorkbook, scoringSettings } from "../builders";

const notes = aSheet({ name: "Notes", values: [["Read me first"], ["Scores are 1 to 5"]] });
const candidates = aUseCaseSheet([aRow({ name: "From Candidates" })], { name: "Candidates" });
const backlog = aUseCaseSheet([aRow({ name: "From Backlog" })], { name: "Backlog" });

const chosen = (...args: Parameters<typeof chooseSourceSheet>): string =>
  chooseSourceSheet(...args).sheet.name;

describe("choosing the sheet to read", () => {
  it("reads the first sheet, in workbook order, that has a header row", () => {
    expect(chosen(aWorkbook(notes, backlog, candidates))).toBe("Backlog");
    expect(chosen(aWorkbook(notes, candidates, backlog))).toBe("Candidates");
  });

  it("reads the sheet it is told to, even when an earlier one has a header row", () => {
    expect(chosen(aWorkbook(backlog, candidates), "Candidates")).toBe("Candidates");
  });

  it("prefers the sheet whose name matches exactly over one that matches ignoring case", () => {
    const lower = aUseCaseSheet([aRow()], { name: "candidates" });

    expect(chosen(aWorkbook(lower, candidates), "Candidates")).toBe("Candidates");
    expect(chosen(aWorkbook(candidates, lower), "candidates")).toBe("candidates");
  });

  it("finds the named sheet ignoring case when no name matches exactly", () => {
    expect(chosen(aWorkbook(notes, candidates), "CANDIDATES")).toBe("Candidates");
  });

  it("refuses a sheet name that no sheet has, listing the sheets there are", () => {
    const workbook = aWorkbook(notes, candidates, aSheet({ name: "FY27 inventory", values: [] }));

    expect(() => chooseSourceSheet(workbook, "Shortlist")).toThrow(UnusableInputError);
    expect(() => chooseSourceSheet(workbook, "Shortlist")).toThrow(
      `No sheet is named "Shortlist"; the sheets are Notes, Candidates, 'FY27 inventory'.`,
    );
  });

  it("never picks its own Ranked or Roadmap sheet by itself, so a re-run reads the same source", () => {
    const ownRanked = {
      ...aUseCaseSheet([aRow({ name: "Copied into Ranked" })], { name: "Ranked" }),
      ownRole: "ranked" as const,
    };
    const ownRoadmap = {
      ...aUseCaseSheet([aRow()], { name: "Roadmap" }),
      ownRole: "roadmap" as const,
    };

    expect(chosen(aWorkbook(ownRanked, ownRoadmap, candidates))).toBe("Candidates");
    expect(() => chooseSourceSheet(aWorkbook(ownRanked, ownRoadmap))).toThrow(UnusableInputError);
  });

  it("reads a person's own sheet called Ranked like any other", () => {
    const theirRanked = aUseCaseSheet([aRow()], { name: "Ranked" });

    expect(chosen(aWorkbook(theirRanked, candidates))).toBe("Ranked");
  });

  it("scores the rows of the chosen sheet only", () => {
    const result = scoreWorkbook(aWorkbook(backlog, candidates), scoringSettings(), {
      sheetName: "candidates",
    });

    expect(result.read.sheetName).toBe("Candidates");
    expect(result.ranked.map((entry) => entry.useCase.name)).toEqual(["From Candidates"]);
  });
});
