import {
  chooseSourceSheet,
  HeaderOverridesSchema,
  readUseCases,
  type SheetInput,
} from "../../src/core";

const sheet: SheetInput = {
  name: "Session",
  top: 1,
  left: 1,
  values: [
    ["Name", "Gain", "Feasibility", "Data", "Risk", "Value"],
    ["Chatbot", 5, 4, 3, 2, "n/a"],
  ],
};

describe("a person's own reading of the headers", () => {
  it("maps a header the synonyms do not know to the field chosen for it", () => {
    const source = chooseSourceSheet({ sheets: [sheet] }, undefined, {
      gain: "value",
      value: "ignore",
    });
    const read = readUseCases(source);
    expect(read.useCases[0]?.scores.value).toBe(5);
    expect(read.carriedColumns.map((column) => column.header)).toEqual(["Value"]);
  });

  it("without overrides, reads the columns by their synonyms", () => {
    const read = readUseCases(chooseSourceSheet({ sheets: [sheet] }));
    expect(read.useCases).toHaveLength(0);
    expect(read.notScored[0]?.problems[0]?.cell).toBe("Session!F2");
  });

  it("finds a header row that only the overrides complete", () => {
    const unknown: SheetInput = {
      ...sheet,
      values: [
        ["Idea", "Gain", "Doable", "Inputs", "Exposure"],
        ["X", 1, 2, 3, 4],
      ],
    };
    expect(() => chooseSourceSheet({ sheets: [unknown] })).toThrow(/No sheet has a header row/);
    const overrides = {
      idea: "name",
      gain: "value",
      doable: "feasibility",
      inputs: "dataReadiness",
      exposure: "regulatoryRisk",
    } as const;
    expect(
      readUseCases(chooseSourceSheet({ sheets: [unknown] }, undefined, overrides)).useCases,
    ).toHaveLength(1);
  });

  it("accepts only known fields when stored overrides are read back", () => {
    expect(HeaderOverridesSchema.safeParse({ gain: "value", x: "ignore" }).success).toBe(true);
    expect(HeaderOverridesSchema.safeParse({ gain: "profit" }).success).toBe(false);
  });
});
