import { PortfolioSettingsSchema } from "../../../src/core/plan";
import { withPortfolio } from "../../../src/core/score";
import { logEntryOf, NO_EARLIER_RUN } from "../../../src/core/log/scoringLog";
import {
  LOG_COLUMNS,
  loggedRunOf,
  logRowOf,
  MAX_LOGGED_RANKS,
  parseLoggedRun,
  type LogCell,
} from "../../../src/core/log/scoringLogRun";
import { sha256Hex } from "../../../src/core/log/sha256";
import { aRow, scoreRows, scoringSettings } from "../builders";

const FINGERPRINT = sha256Hex("the input");
const CONTEXT = {
  time: new Date("2027-01-15T09:30:00.250Z"),
  by: "Ana Ruiz",
  fingerprint: FINGERPRINT,
};

// Ranked AI-01 (value 5), AI-02 (4), AI-03 (3); AI-04 has no name and is not scored.
const result = scoreRows(
  [
    aRow({ id: "AI-02", value: 4, regulatoryRisk: 4 }),
    aRow({ id: "AI-01", value: 5 }),
    aRow({ id: "AI-03" }),
    aRow({ id: "AI-04", name: null }),
  ],
  {
    settings: scoringSettings({
      weights: { value: 40, feasibility: 20, dataReadiness: 20, regulatoryRisk: 20 },
      roadmap: { quarterBudget: 250000 },
    }),
  },
);

describe("a Scoring log row", () => {
  it("holds the run's time, who, source, fingerprint, weights, settings, counts, top 5 and ranks", () => {
    const row = logEntryOf(result, CONTEXT);

    expect(LOG_COLUMNS.map((column, index) => `${column}: ${row[index]}`)).toMatchInlineSnapshot(`
      [
        "Time: 2027-01-15T09:30:00Z",
        "By: Ana Ruiz",
        "Source: Candidates",
        "Input SHA-256: 65d1a0fe71d083171eb4a5662f92b5a29e061bc5f563411a6dc38dce2f14141c",
        "Weights: value 40, feasibility 20, data 20, risk 20",
        "Settings: start 2027-Q1, slots 3, cap 250000, median",
        "Scored: 3",
        "Not scored: 1",
        "Top 5: AI-01, AI-02, AI-03",
        "What moved: No earlier run to compare with",
        "Ranks: [["AI-01",1,5,3,3,3],["AI-02",2,4,3,3,4],["AI-03",3,3,3,3,3]]",
      ]
    `);
  });

  it("has one value per column, text or a number", () => {
    const row = logEntryOf(result, CONTEXT);

    expect(row).toHaveLength(LOG_COLUMNS.length);
    expect(row.every((value) => typeof value === "string" || typeof value === "number")).toBe(true);
  });

  it("is the same row, byte for byte, every time it is made from the same run", () => {
    expect(JSON.stringify(logEntryOf(result, CONTEXT))).toBe(
      JSON.stringify(logEntryOf(result, CONTEXT)),
    );
  });

  it("writes the horizon, the raters' mean and the pairwise CR only when they apply", () => {
    const settings = scoringSettings({ roadmap: { horizon: 6, slotsPerQuarter: 2 } });
    const pairwise = {
      ...settings,
      aggregate: "mean" as const,
      pairwise: { judgements: [1, 1, 1, 1, 1, 1], consistencyRatio: 0.0412 },
    };
    const row = logEntryOf(scoreRows([aRow({ id: "A" })], { settings: pairwise }), CONTEXT);

    expect(row[LOG_COLUMNS.indexOf("Settings")]).toBe(
      "start 2027-Q1, horizon 6, slots 2, cap none, mean, pairwise CR 0.041",
    );
  });

  it("writes the rate and weeks, the annual budget and a roadmap drafted from it, only when given", () => {
    const settings = {
      ...scoringSettings(),
      value: { hourlyRate: 90, weeksPerYear: 48 },
    };
    const scored = scoreRows([aRow({ id: "A", budget: 10 })], { settings });
    const funded = withPortfolio(
      scored,
      PortfolioSettingsSchema.parse({ annualBudget: 600_000, roadmapFrom: "portfolio" }),
    );
    expect(logEntryOf(funded, CONTEXT)[LOG_COLUMNS.indexOf("Settings")]).toBe(
      "start 2027-Q1, slots 3, cap none, median, rate 90, weeks 48, annual budget 600000 optimal score, roadmap from the funded set",
    );
    const ranked = withPortfolio(
      scored,
      PortfolioSettingsSchema.parse({ annualBudget: 5, method: "rank", objective: "value" }),
    );
    expect(logEntryOf(ranked, CONTEXT)[LOG_COLUMNS.indexOf("Settings")]).toBe(
      "start 2027-Q1, slots 3, cap none, median, rate 90, weeks 48, annual budget 5 rank value",
    );
  });

  it("writes pairwise weights to six significant digits", () => {
    const weights = {
      value: 0.4671234567,
      feasibility: 0.2779,
      dataReadiness: 0.16,
      regulatoryRisk: 0.0949765433,
    };
    const row = logEntryOf(
      scoreRows([aRow()], { settings: scoringSettings({ weights }) }),
      CONTEXT,
    );

    expect(row[LOG_COLUMNS.indexOf("Weights")]).toBe(
      "value 0.467123, feasibility 0.2779, data 0.16, risk 0.0949765",
    );
  });

  it("keeps the ranks of the first 200 use cases and says how many it left out", () => {
    const many = scoreRows(
      Array.from({ length: 250 }, (_, index) => aRow({ id: `UC-${index + 1}` })),
    );
    const run = parseLoggedRun(logEntryOf(many, CONTEXT));

    expect(run?.ranks).toHaveLength(MAX_LOGGED_RANKS);
    expect(run?.ranks.at(-1)).toMatchObject({ id: "UC-200", rank: 200 });
    expect(run?.ranksLeftOut).toBe(50);
    expect(String(logEntryOf(many, CONTEXT).at(-1))).toMatch(
      /\["UC-200",200,3,3,3,3\],"\+50 more"\]$/,
    );
  });

  it("keeps the Ranks cell within what an Excel cell holds, however long the ids", () => {
    const longIds = scoreRows(
      Array.from({ length: 200 }, (_, index) => aRow({ id: `${"X".repeat(300)}-${index}` })),
    );
    const ranks = String(logEntryOf(longIds, CONTEXT).at(-1));
    const run = parseLoggedRun(logEntryOf(longIds, CONTEXT));

    expect(ranks.length).toBeLessThanOrEqual(32_767);
    expect((run?.ranks.length ?? 0) + (run?.ranksLeftOut ?? 0)).toBe(200);
    expect(run?.ranksLeftOut).toBeGreaterThan(100);
  });
});

describe("reading a log row back", () => {
  it("gives back the run it was written from", () => {
    const run = loggedRunOf(result, CONTEXT, "AI-01 2→1 (value 4→5)");

    expect(parseLoggedRun(logRowOf(run))).toEqual(run);
  });

  it("reads a row whose blank cells came back as blanks, and numbers typed as text", () => {
    const row: LogCell[] = [...logEntryOf(result, { ...CONTEXT, by: "" })];
    row[1] = null;
    row[2] = 2027; // a sheet named 2027, read back as a number

    expect(parseLoggedRun(row)).toMatchObject({ by: "", source: "2027", scored: 3 });
  });

  it("passes over the header, a note, and rows a person typed into", () => {
    const good = logEntryOf(result, CONTEXT);
    const withCell = (index: number, cell: LogCell): LogCell[] => {
      const row: LogCell[] = [...good];
      row[index] = cell;
      return row;
    };

    expect(parseLoggedRun([...LOG_COLUMNS])).toBeUndefined();
    expect(parseLoggedRun(["Reviewed with the CFO, see minutes"])).toBeUndefined();
    expect(parseLoggedRun([])).toBeUndefined();
    expect(parseLoggedRun(withCell(0, "yesterday"))).toBeUndefined();
    expect(parseLoggedRun(withCell(3, "not a hash"))).toBeUndefined();
    expect(parseLoggedRun(withCell(4, "value 25, feasibility 25, data 25"))).toBeUndefined();
    expect(parseLoggedRun(withCell(4, "value 0, feasibility 0, data 0, risk 0"))).toBeUndefined();
    expect(parseLoggedRun(withCell(6, "three"))).toBeUndefined();
    expect(parseLoggedRun(withCell(10, '[["AI-01",1,5,3,3'))).toBeUndefined();
    expect(parseLoggedRun(withCell(10, '[["AI-01",1,9,3,3,3]]'))).toBeUndefined();
    expect(parseLoggedRun(withCell(10, '["+3 more",["AI-01",1,5,3,3,3]]'))).toBeUndefined();
  });

  it("says there was no earlier run on the first one", () => {
    expect(logEntryOf(result, CONTEXT)[LOG_COLUMNS.indexOf("What moved")]).toBe(NO_EARLIER_RUN);
  });
});
