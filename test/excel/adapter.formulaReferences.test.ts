/**
 * The add-in's formulas name its sheets as they end up. Excel binds `=Ranked!B7` to the sheet
 * called Ranked when the formula is entered (the double does too, see `formulaReferences.ts`):
 * a formula entered while the new Ranked still has its temporary name would point at the old
 * Ranked, or at nothing, and read `#REF!` once the old output is gone.
 */
import { cellReference, scoreWorkbook, type ScoringSettings } from "../../src/core";
import { sheetNames, sheetSnapshot, type WorkbookState } from "./double";
import { adapterOver, doubleOfFixture, removeDouble } from "./excelHarness";

const settings: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

afterEach(removeDouble);

/** Each sheet a formula names (`Ranked`, `'Q1 plan'` unquoted, `#REF`), outside its strings. */
function sheetsNamedIn(formula: string): string[] {
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const prefixes = outsideStrings.matchAll(/('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*|#REF)!/gu);
  return [...prefixes].map(([, name = ""]) =>
    name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name,
  );
}

/** `Summary!B4 names Ranked` for every reference to another sheet on the written sheets. */
function referencesOn(state: WorkbookState, sheetName: string): string[] {
  return sheetSnapshot(state, sheetName).formulas.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      typeof cell === "string" && cell.startsWith("=")
        ? sheetsNamedIn(cell).map(
            (named) => `${sheetName}!${cellReference(r + 1, c + 1)} names ${named}`,
          )
        : [],
    ),
  );
}

function expectFormulasToNameLiveOutputSheets(state: WorkbookState): void {
  expect(sheetNames(state)).toEqual(expect.arrayContaining(["Ranked", "Roadmap", "Summary"]));
  expect(sheetNames(state).filter((name) => name.startsWith("OppScorer temp"))).toEqual([]);
  for (const [sheetName, allowed] of [
    ["Roadmap", ["Ranked"]],
    ["Summary", ["Ranked", "Roadmap"]],
  ] as const) {
    const references = referencesOn(state, sheetName);
    const strays = references.filter(
      (reference) => !allowed.some((name) => reference.endsWith(` names ${name}`)),
    );
    expect(strays).toEqual([]);
    // Guard against passing on a sheet that no longer links anywhere.
    expect(references.some((reference) => reference.endsWith(" names Ranked"))).toBe(true);
    const brokenValues = sheetSnapshot(state, sheetName)
      .values.flat()
      .filter((v) => v === "#REF!");
    expect(brokenValues).toEqual([]);
  }
}

describe("the formulas on the written Roadmap and Summary", () => {
  it("name the live Ranked and Roadmap after a first write and after a re-run replacing them", async () => {
    const state = await doubleOfFixture("sample-use-cases.xlsx");
    const adapter = adapterOver(state);
    const source = (await adapter.listSources()).sheets[0];
    if (!source) throw new Error("The sample has no source sheet.");
    const sheet = await adapter.readSource({
      sheetName: source.name,
      ...(source.tables[0] !== undefined && { tableName: source.tables[0] }),
    });
    const result = scoreWorkbook({ sheets: [sheet] }, settings);

    await adapter.writeResult(result);
    expectFormulasToNameLiveOutputSheets(state);

    await adapter.writeResult(result);
    expect(sheetNames(state)).toEqual([source.name, "Ranked", "Roadmap", "Summary"]);
    expectFormulasToNameLiveOutputSheets(state);
  });
});
