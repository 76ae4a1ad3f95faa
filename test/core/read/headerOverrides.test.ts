import {
  chooseSourceSheet,
  headersNotFound,
  readUseCases,
  withColumnMapped,
} from "../../../src/core/read";
import { fieldNamed, HeaderOverridesSchema, type SheetInput } from "../../../src/core/model";
import { scoreWorkbook } from "../../../src/core/score";
import { ScoringSettingsSchema } from "../../../src/core/model/settings";

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

describe("naming a column for a field by hand (the pane's mapping and --map)", () => {
  it("keys a mapping by the header as it matches, and forgets it on request", () => {
    const mapped = withColumnMapped({}, "Gain (1-5)", "value");
    expect(mapped).toEqual({ gain: "value" });
    expect(withColumnMapped(mapped, "GAIN", "ignore")).toEqual({ gain: "ignore" });
    expect(withColumnMapped(mapped, "Gain", undefined)).toEqual({});
  });

  it("gives the field to the column named by hand, and carries along the one the synonyms would take", () => {
    const source = chooseSourceSheet(
      { sheets: [sheet] },
      undefined,
      withColumnMapped({}, "Gain", "value"),
    );
    const read = readUseCases(source);
    expect(source.header.fieldColumns.value).toBe(2);
    expect(read.useCases[0]?.scores.value).toBe(5);
    expect(read.carriedColumns.map((column) => column.header)).toEqual(["Value"]);
    expect(source.header.problems).toEqual([]);
  });

  it("finds no header named by hand that the header row does not have", () => {
    const source = chooseSourceSheet({ sheets: [sheet] }, undefined, { gain: "value" });
    expect(headersNotFound(source.header, { gain: "value", "data qual": "dataReadiness" })).toEqual(
      ["data qual"],
    );
  });

  it("refuses a mapping named for the run that matches no column, rather than ignore it", () => {
    const settings = ScoringSettingsSchema.parse({ roadmap: { start: "2027-Q1" } });
    const run = (): unknown =>
      scoreWorkbook({ sheets: [sheet] }, settings, {
        headerOverrides: withColumnMapped({}, "Data qual", "dataReadiness"),
        overridesMustMatch: true,
      });
    expect(run).toThrow(
      'No column on Session row 1 is headed "data qual", as mapped; the headers there are Name, Gain, Feasibility, Data, Risk, Value.',
    );
  });

  it.each([
    ["dataReadiness", "dataReadiness"],
    ["DataReadiness", "dataReadiness"],
    ["data-readiness", "dataReadiness"],
    ["hours_saved", "hoursSaved"],
    ["name", "name"],
    ["data", undefined],
    ["profit", undefined],
  ])("knows the field named %j", (name, field) => {
    expect(fieldNamed(name)).toBe(field);
  });
});
