/** The add-in logs every write in the Scoring log, appending one row and changing nothing else. */
import { scoreWorkbook, type ScoringSettings } from "../../src/core";
import { createWorkbookState, sheetNames, sheetSnapshot, type SeedCell } from "./double";
import { adapterOver, removeDouble } from "./excelHarness";

const settings: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

const cells: SeedCell[][] = [
  ["ID", "Use case", "Owner", "Value", "Feasibility", "Data", "Risk"],
  ["A", "Chatbot", "Ana", 5, 4, 3, 2],
  ["B", "=looks like a formula", "Bo", 3, 3, 5, 3],
];

afterEach(removeDouble);

describe("the Scoring log in Excel", () => {
  it("grows by one row per write; earlier rows stay exactly as they were", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Candidates", cells }] });
    const adapter = adapterOver(state);
    const write = async (by: string, weights = settings.weights) => {
      const sheet = await adapter.readSource({ sheetName: "Candidates" });
      const result = scoreWorkbook({ sheets: [sheet] }, { ...settings, weights });
      return adapter.writeResult(result, {
        by,
        time: new Date("2026-11-23T09:00:00Z"),
        sources: [sheet],
      });
    };

    const first = await write("Ana");
    expect(first.moves).toEqual([]);
    expect(sheetNames(state)).toEqual([
      "Candidates",
      "Ranked",
      "Roadmap",
      "Summary",
      "Scoring log",
    ]);
    const afterFirst = sheetSnapshot(state, "Scoring log").values;
    expect(afterFirst).toHaveLength(4);

    const second = await write("Bo", {
      value: 0,
      feasibility: 0,
      dataReadiness: 1,
      regulatoryRisk: 0,
    });
    const afterSecond = sheetSnapshot(state, "Scoring log");
    expect(afterSecond.values).toHaveLength(5);
    expect(afterSecond.values.slice(0, 4)).toEqual(afterFirst);
    expect(afterSecond.values[4]?.[1]).toBe("Bo");
    expect(afterSecond.valueTypes[4]?.[0]).toBe("String");
    expect(second.moves?.map((move) => `${move.id} ${move.from}→${move.to}`)).toEqual([
      "B 2→1",
      "A 1→2",
    ]);
    expect(String(afterSecond.values[4]?.[9])).toMatch(/^B 2→1/);
    // The log is neither replaced nor duplicated, and the other sheets keep their places.
    expect(sheetNames(state)).toEqual([
      "Candidates",
      "Ranked",
      "Roadmap",
      "Summary",
      "Scoring log",
    ]);
  });

  it("writes nothing to the log when no log is asked for", async () => {
    const state = createWorkbookState({ sheets: [{ name: "Candidates", cells }] });
    const adapter = adapterOver(state);
    const sheet = await adapter.readSource({ sheetName: "Candidates" });
    await adapter.writeResult(scoreWorkbook({ sheets: [sheet] }, settings));
    expect(sheetNames(state)).toEqual(["Candidates", "Ranked", "Roadmap", "Summary"]);
  });
});
