import { JsonReportSchema } from "../../../src/core/report/jsonReport";
import { toJsonReport } from "../../../src/core/report";
import { aRow, scoreRows, scoringSettings } from "../builders";

const result = scoreRows(
  [
    aRow({
      id: "UC-07",
      name: "Invoice triage",
      value: 4,
      feasibility: 5,
      dataReadiness: 4,
      regulatoryRisk: 2,
      budget: "$120,000",
    }),
    aRow({ id: 19, name: "Claims chatbot", owner: null, regulatoryRisk: 4, dependsOn: "UC-04" }),
    aRow({ id: null, name: "Churn model", value: "n/a" }),
    aRow({
      id: "UC-20",
      name: "Contract search",
      owner: "  ",
      value: 1.1,
      feasibility: 4.3,
      dataReadiness: 1,
      regulatoryRisk: 5,
    }),
  ],
  {
    above: [["FY27 candidates"], []],
    settings: scoringSettings({ roadmap: { start: "2027-Q1" } }),
  },
);
const report = toJsonReport(result);

describe("the JSON report", () => {
  it("has the shape the command line documents", () => {
    expect(JsonReportSchema.safeParse(report).success).toBe(true);
  });

  it("reads like the example in the contract", () => {
    expect(report).toMatchInlineSnapshot(`
      {
        "consistencyRatio": null,
        "keptOff": [
          {
            "id": "19",
            "reason": "dependency UC-04",
          },
        ],
        "notScored": [
          {
            "name": "Churn model",
            "problems": [
              "Candidates!D6: Business value: found "n/a"; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high",
            ],
            "row": 6,
          },
        ],
        "problems": [
          {
            "cell": "Candidates!D6",
            "message": "Business value: found "n/a"; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high",
          },
          {
            "cell": "Candidates!C7",
            "message": "Owner: found a blank cell; every use case on the roadmap needs a named owner (shown as Unassigned)",
          },
        ],
        "ranked": [
          {
            "annualValue": null,
            "budget": 120000,
            "dataReadiness": 4,
            "feasibility": 5,
            "flags": [],
            "id": "UC-07",
            "name": "Invoice triage",
            "owner": "Ana Ruiz",
            "paybackMonths": null,
            "rank": 1,
            "regulatoryRisk": 2,
            "row": 4,
            "score": 81.25,
            "value": 4,
          },
          {
            "annualValue": null,
            "budget": null,
            "dataReadiness": 3,
            "feasibility": 3,
            "flags": [
              "governance-review",
            ],
            "id": "19",
            "name": "Claims chatbot",
            "owner": null,
            "paybackMonths": null,
            "rank": 2,
            "regulatoryRisk": 4,
            "row": 5,
            "score": 43.75,
            "value": 3,
          },
          {
            "annualValue": null,
            "budget": null,
            "dataReadiness": 1,
            "feasibility": 4.3,
            "flags": [
              "governance-review",
            ],
            "id": "UC-20",
            "name": "Contract search",
            "owner": null,
            "paybackMonths": null,
            "rank": 3,
            "regulatoryRisk": 5,
            "row": 7,
            "score": 21.25,
            "value": 1.1,
          },
        ],
        "roadmap": [
          {
            "budget": 120000,
            "end": "2027-Q1",
            "id": "UC-07",
            "owner": "Ana Ruiz",
            "start": "2027-Q1",
          },
          {
            "budget": null,
            "end": "2027-Q2",
            "id": "UC-20",
            "owner": "Unassigned",
            "start": "2027-Q2",
          },
        ],
        "weights": {
          "dataReadiness": 0.25,
          "feasibility": 0.25,
          "regulatoryRisk": 0.25,
          "value": 0.25,
        },
      }
    `);
  });

  it("gives the sheet's own row number, counting the title rows above the header", () => {
    expect(report.ranked.map((entry) => entry.row)).toEqual([4, 5, 7]);
    expect(report.notScored.map((entry) => entry.row)).toEqual([6]);
  });

  it("writes every id as a string, a numeric one included", () => {
    expect(report.ranked.map((entry) => entry.id)).toEqual(["UC-07", "19", "UC-20"]);
    expect(typeof report.keptOff[0]?.id).toBe("string");
  });

  it("writes a blank owner as null in the ranked list and as Unassigned on the roadmap", () => {
    expect(report.ranked.map((entry) => entry.owner)).toEqual(["Ana Ruiz", null, null]);
    expect(report.roadmap.map((entry) => entry.owner)).toEqual(["Ana Ruiz", "Unassigned"]);
  });

  it("gives scores at full precision", () => {
    expect(report.ranked.map((entry) => entry.score)).toEqual(
      result.ranked.map((entry) => entry.score),
    );
  });

  it("lists the roadmap by start quarter, then rank", () => {
    const staggered = toJsonReport(
      scoreRows([
        aRow({ id: "A", value: 5, dependsOn: "B" }),
        aRow({ id: "B", value: 4 }),
        aRow({ id: "C", value: 3 }),
      ]),
    );

    expect(staggered.roadmap.map((entry) => `${entry.start} ${entry.id}`)).toEqual([
      "2027-Q1 B",
      "2027-Q1 C",
      "2027-Q2 A",
    ]);
  });
});
