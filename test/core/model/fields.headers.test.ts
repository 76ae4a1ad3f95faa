import { fieldOfHeader, normaliseHeader } from "../../../src/core/model";
import { SYNONYMS_IN_THE_CONTRACT } from "../builders";

/** "use case id" → "Use Case Id": how a person might capitalise it in a sheet. */
const titleCase = (text: string): string => text.replace(/\b\w/g, (letter) => letter.toUpperCase());

describe("matching a column header to a field", () => {
  it.each(SYNONYMS_IN_THE_CONTRACT)("reads a %s column headed %j", (field, synonym) => {
    expect(fieldOfHeader(synonym)).toBe(field);
  });

  it.each(SYNONYMS_IN_THE_CONTRACT)(
    "reads a %s column headed %j in title case",
    (field, synonym) => {
      expect(fieldOfHeader(titleCase(synonym))).toBe(field);
    },
  );

  it.each(SYNONYMS_IN_THE_CONTRACT)(
    "reads a %s column headed %j in capitals, with a unit in brackets and stray spaces",
    (field, synonym) => {
      expect(fieldOfHeader(`  ${synonym.toUpperCase()} (see notes) `)).toBe(field);
    },
  );

  it.each([
    ["Feasibility (1-5)", "feasibility"],
    ["Business value [1–5]", "value"],
    ["  DATA—readiness ", "dataReadiness"],
    ["Hours saved / week", "hoursSaved"],
    ["Reg. risk", "regulatoryRisk"],
    ["Use-case ID", "id"],
    ["use_case_name", "name"],
    ["Est. budget ($)", "budget"],
    ["Depends on (IDs)", "dependsOn"],
    ["Value:", "value"],
    ["2. Use Case Name", "name"],
    ["AI Use Case", "name"],
    ["Use case title", "name"],
    ["Business Value Score", "value"],
    ["Data Readiness Rating", "dataReadiness"],
    ["Regulatory/Compliance Risk", "regulatoryRisk"],
    ["Regulatory & compliance risk", "regulatoryRisk"],
    ["Risk score", "regulatoryRisk"],
    ["Risk Level (1-5)", "regulatoryRisk"],
    ["Q2. Feasibility", "feasibility"],
    ["2) Owner", "owner"],
    ["12. Budget ($)", "budget"],
    ["3.Impact score", "value"],
  ] as const)("reads %j as the %s column", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each([
    "Value at risk",
    "Data readiness notes",
    "Owner email",
    "Score",
    "Rating",
    "2024 budget",
    "Q3 2027 plan",
    "Business",
    "Use",
    "Cost centre",
    "Notes",
    "",
    "(value)",
  ])("carries %j along without reading it as a field", (header) => {
    expect(fieldOfHeader(header)).toBeUndefined();
  });
});

describe("normalising a header", () => {
  it.each([
    ["Feasibility (1-5)", "feasibility"],
    ["Business value [1–5]", "business value"],
    ["  DATA—readiness ", "data readiness"],
    ["Hours saved / week", "hours saved week"],
    ["Value (1-5) [weighted]", "value"],
    ["Hours   saved\tper\nweek", "hours saved per week"],
    ["Données prêtes", "données prêtes"],
    ["Q3 2027 plan", "q3 2027 plan"],
    ["2. Use Case Name", "use case name"],
    ["Q2. Feasibility", "feasibility"],
    ["2) Owner", "owner"],
    ["2.5 rating", "2 5"],
    ["Business Value Score", "business value"],
    ["Data Readiness Rating", "data readiness"],
    ["Maturity level", "maturity"],
    ["Score", "score"],
    ["***", ""],
  ])("turns %j into %j", (header, normalised) => {
    expect(normaliseHeader(header)).toBe(normalised);
  });
});
