import {
  outputSheetNames,
  ownershipMarkerName,
  roleOfMarker,
  type ExistingSheet,
  describeOutputSheets,
} from "../../../src/core/sheets";
import { outputTableName } from "../../../src/core/sheets/outputSheetNames";
import { aRow, scoreRows } from "../builders";

// Ranked and Roadmap: the naming rule is the same for every role (Summary has its own test).
const namesFor = (existing: ExistingSheet[]): string[] =>
  outputSheetNames(existing, ["ranked", "roadmap"]).map(({ name, replaces }) =>
    replaces ? `${name} (replaced)` : name,
  );

describe("naming the output sheets", () => {
  it("writes Ranked, Roadmap and Summary by default, a Summary (2) beside a person's Summary", () => {
    expect(outputSheetNames([{ name: "Candidates" }]).map(({ name }) => name)).toEqual([
      "Ranked",
      "Roadmap",
      "Summary",
    ]);
    expect(outputSheetNames([{ name: "summary" }]).map(({ name }) => name)).toEqual([
      "Ranked",
      "Roadmap",
      "Summary (2)",
    ]);
    expect(roleOfMarker("OpportunityScorer.Summary")).toBe("summary");
  });

  it("writes Ranked and Roadmap into a workbook that has neither", () => {
    expect(namesFor([{ name: "Candidates" }])).toEqual(["Ranked", "Roadmap"]);
  });

  it("writes Ranked (2) when a person has a sheet of their own called Ranked", () => {
    expect(namesFor([{ name: "Candidates" }, { name: "Ranked" }])).toEqual([
      "Ranked (2)",
      "Roadmap",
    ]);
  });

  it("writes Ranked (3) when Ranked and Ranked (2) are both taken", () => {
    expect(namesFor([{ name: "Ranked" }, { name: "Ranked (2)" }, { name: "Roadmap" }])).toEqual([
      "Ranked (3)",
      "Roadmap (2)",
    ]);
  });

  it("compares sheet names ignoring case, as Excel does", () => {
    expect(namesFor([{ name: "RANKED" }, { name: "ranked (2)" }, { name: "roadmap" }])).toEqual([
      "Ranked (3)",
      "Roadmap (2)",
    ]);
  });

  it("replaces its own sheets on a re-run", () => {
    expect(
      namesFor([
        { name: "Candidates" },
        { name: "Ranked", ownRole: "ranked" },
        { name: "Roadmap", ownRole: "roadmap" },
      ]),
    ).toEqual(["Ranked (replaced)", "Roadmap (replaced)"]);
  });

  it("replaces its own sheet under whatever name it now has, leaving a person's Ranked alone", () => {
    expect(
      namesFor([
        { name: "Ranked" },
        { name: "Ranked (2)", ownRole: "ranked" },
        { name: "Plan FY27", ownRole: "roadmap" },
      ]),
    ).toEqual(["Ranked (2) (replaced)", "Plan FY27 (replaced)"]);
  });

  it("recognises its own sheets by their marker names, ignoring case", () => {
    expect(ownershipMarkerName("ranked")).toBe("OpportunityScorer.Ranked");
    expect(roleOfMarker("opportunityscorer.roadmap")).toBe("roadmap");
    expect(roleOfMarker("Ranked")).toBeUndefined();
  });
});

describe("naming the Ranked table", () => {
  it("uses RankedUseCases when no table has that name", () => {
    expect(outputTableName("ranked", ["Candidates"])).toBe("RankedUseCases");
  });

  it("picks a name no other table in the workbook has, ignoring case", () => {
    expect(outputTableName("ranked", ["rankedusecases"])).toBe("RankedUseCases2");
    expect(outputTableName("ranked", ["RankedUseCases", "RANKEDUSECASES2"])).toBe(
      "RankedUseCases3",
    );
  });

  it("gives the described Ranked sheet that unique name", () => {
    const [ranked] = describeOutputSheets(scoreRows([aRow()]), {
      sheets: [{ name: "Candidates" }, { name: "Ranked" }],
      tableNames: ["RankedUseCases"],
    });

    expect([ranked?.name, ranked?.tables.map((table) => table.name)]).toEqual([
      "Ranked (2)",
      ["RankedUseCases2"],
    ]);
  });
});
