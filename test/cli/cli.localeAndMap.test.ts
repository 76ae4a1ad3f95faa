import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { parseColumnMap, parseCommandLine } from "../../src/cli/args";
import { USAGE } from "../../src/cli/options";
import { JsonReportSchema } from "../../src/core/report/jsonReport";
import { runCli, temporaryFolder } from "./cliHarness";

const TODAY = new Date("2026-11-23T12:00:00Z");

function csvFile(name: string, text: string): string {
  const file = path.join(temporaryFolder(), name);
  writeFileSync(file, text);
  return file;
}

async function scoreJson(args: readonly string[], env: Record<string, string> = {}) {
  const run = await runCli(["score", ...args, "--start", "2027-Q1", "--json"], TODAY, env);
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return JsonReportSchema.parse(JSON.parse(run.stdout));
}

const COMMA_CSV =
  'ID,Use case,Owner,Value,Feasibility,Data,Risk,Budget\nA-1,Triage,Ana,4,4,4,2,"€ 120.000"\nA-2,Chatbot,Bo,"4,5",3,3,2,"1,2M"\n';

describe("--locale: how numbers written as text are read", () => {
  it("reads € 120.000 as 120,000 under --locale de-DE, and as 120 under en-US", async () => {
    const input = csvFile("inventory.csv", COMMA_CSV);

    const german = await scoreJson([input, "--locale", "de-DE"]);
    expect(german.ranked.map((item) => [item.id, item.budget, item.value])).toEqual([
      ["A-1", 120000, 4],
      ["A-2", 1200000, 4.5],
    ]);
    expect(german.problems).toEqual([]);

    const english = await scoreJson([input, "--locale", "en-US"]);
    expect(english.ranked.find((item) => item.id === "A-1")?.budget).toBe(120);
  });

  it("with no locale declared, reports € 120.000 with both readings instead of guessing", async () => {
    const report = await scoreJson([csvFile("inventory.csv", COMMA_CSV)]);

    expect(report.ranked.find((item) => item.id === "A-1")?.budget).toBeNull();
    expect(report.problems).toEqual([
      {
        cell: "inventory!H2",
        message:
          'Budget: found "€ 120.000", which reads as 120000 with "." separating thousands or as 120 with "." as the decimal separator; ' +
          "say which with the locale (--locale de-DE for 1.234,56, --locale en-US for 1,234.56; in Excel, the workbook's language); counted as unknown",
      },
    ]);
  });

  it("takes the environment's LC_ALL, LC_NUMERIC or LANG when no --locale is given", async () => {
    const input = csvFile("inventory.csv", COMMA_CSV);

    const german = await scoreJson([input], { LANG: "de_DE.UTF-8" });
    expect(german.ranked.find((item) => item.id === "A-1")?.budget).toBe(120000);
    const overridden = await scoreJson([input, "--locale", "en-GB"], { LC_ALL: "de_DE.UTF-8" });
    expect(overridden.ranked.find((item) => item.id === "A-1")?.budget).toBe(120);
    const posix = await scoreJson([input], { LC_ALL: "C", LANG: "de_DE.UTF-8" });
    expect(posix.ranked.find((item) => item.id === "A-1")?.budget).toBeNull();
  });

  it("reads a CSV saved with ; between fields as declaring , for decimals, before the environment", async () => {
    const input = csvFile(
      "semicolons.csv",
      "ID;Use case;Owner;Value;Feasibility;Data;Risk;Budget\nS-1;Triage;Ana;4,5;4;4;2;80.000\n",
    );

    const report = await scoreJson([input], { LANG: "en_US.UTF-8" });
    expect(report.ranked.map((item) => [item.value, item.budget])).toEqual([[4.5, 80000]]);
  });

  it("says in the text summary how numbers were read, and writes amounts that way", async () => {
    const input = csvFile("inventory.csv", COMMA_CSV);
    const run = await runCli(
      ["score", input, "--start", "2027-Q1", "--locale", "de-DE", "--annual-budget", "1.500.000"],
      TODAY,
    );

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Numbers written as text read with "," as the decimal separator (--locale de-DE).',
    );
    expect(run.stdout).toContain("Portfolio within an annual budget of 1.500.000:");
  });

  it("reads amounts given as arguments by the locale, and refuses one that could be read two ways", async () => {
    const german = parseCommandLine(
      [
        "score",
        "x.xlsx",
        "--locale",
        "de-DE",
        "--annual-budget",
        "600.000",
        "--quarter-budget",
        "1,5M",
      ],
      TODAY,
    );
    expect(
      german.kind === "score" && [
        german.portfolio?.annualBudget,
        german.settings.roadmap.quarterBudget,
      ],
    ).toEqual([600000, 1500000]);

    const run = await runCli(["score", "x.xlsx", "--annual-budget", "600.000"], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'opportunity-scorer: --annual-budget: "600.000" which reads as 600000 with "." separating thousands or as 600 with "." as the decimal separator; ' +
        "say which with the locale (--locale de-DE for 1.234,56, --locale en-US for 1,234.56; in Excel, the workbook's language) (see --help)\n",
    );
  });

  it.each([
    [["--locale", "xx-YY"], '--locale needs a locale such as de-DE, fr-FR or en-US, got "xx-YY"'],
    [["--locale", "de_DE"], '--locale needs a locale such as de-DE, fr-FR or en-US, got "de_DE"'],
    [["--locale"], "--locale"],
  ])("refuses %j in one line, exit 2", async (args, message) => {
    const run = await runCli(["score", "x.csv", ...args], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("--map FIELD=HEADER: naming a column for a field by hand", () => {
  const UNKNOWN_HEADERS =
    "Ref,Idea,Lead,Gain,Doable,Inputs,Exposure,Impact\nU-1,Triage,Ana,4,5,3,2,1\nU-2,Chatbot,Bo,2,3,3,4,5\n";

  it("reads the columns named, over what their headers say, as the pane's mapping does", async () => {
    const report = await scoreJson([
      csvFile("ideas.csv", UNKNOWN_HEADERS),
      "--map",
      "name=Idea",
      "--map",
      "value=Gain",
      "--map",
      "feasibility=Doable",
      "--map",
      "data-readiness=Inputs",
      "--map",
      "RegulatoryRisk=Exposure",
    ]);

    expect(
      report.ranked.map((item) => [item.id, item.name, item.value, item.regulatoryRisk]),
    ).toEqual([
      ["U-1", "Triage", 4, 2],
      ["U-2", "Chatbot", 2, 4],
    ]);
    // Impact would have been business value by its synonym; mapped by hand, Gain is.
    expect(report.problems).toEqual([]);
  });

  it("makes the same header overrides as the pane's column mapping", () => {
    expect(parseColumnMap(["value=Gain (1-5)", "dataReadiness= Data\nquality "])).toEqual({
      gain: "value",
      "data quality": "dataReadiness",
    });
  });

  it("stops with exit 1 when a mapped header is not on the header row", async () => {
    const run = await runCli(
      ["score", csvFile("ideas.csv", UNKNOWN_HEADERS), "--map", "name=Idea", "--map", "value=Gian"],
      TODAY,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^opportunity-scorer: No (sheet has|column on)/);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it.each([
    [["--map", "value"], '--map needs FIELD=HEADER, such as value="Impact (1-5)", got "value"'],
    [["--map", "value="], '--map needs FIELD=HEADER, such as value="Impact (1-5)", got "value="'],
    [
      ["--map", "profit=Gain"],
      '--map: "profit" is not a field; the fields are id, name, description',
    ],
    [
      ["--map", "value=Gain", "--map", "value=Impact"],
      '--map names value twice, as "Gain" and "Impact"',
    ],
    [
      ["--map", "value=Gain", "--map", "feasibility=gain"],
      '--map gives the header "gain" to both value and feasibility',
    ],
    [
      ["--map", "value=(1-5)"],
      '--map: the header in "value=(1-5)" has no letters or digits to match',
    ],
  ])("checks %j, one line and exit 2 when wrong", async (args, message) => {
    const run = await runCli(["score", "x.csv", ...args], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("documents both options in --help", () => {
    expect(USAGE).toContain("--locale TAG");
    expect(USAGE).toContain("--map FIELD=HEADER");
    expect(USAGE).toContain("dataReadiness, regulatoryRisk");
  });
});
