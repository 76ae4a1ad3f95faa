/** The command line's options (DESIGN §5): one table, from which parsing and --help are made. */
import { FIELD_SYNONYMS, oneLine, type Field } from "../core";

/** A mistake in the arguments: the CLI prints the message on one line and exits 2. */
export class ArgumentError extends Error {
  override readonly name = "ArgumentError";

  constructor(message: string) {
    // An argument may hold a line break (a header pasted into --map): the message stays one line.
    super(oneLine(message));
  }
}

export const FIELD_NAMES = Object.keys(FIELD_SYNONYMS) as Field[];

/**
 * Every option, once: node:util's parseArgs options and the --help text are both made from
 * this table, so an option cannot be parsed without being listed or listed without being
 * parsed. `value` names the value an option takes (none: a flag); `help` is its description,
 * one entry a line of the help, defaults included.
 */
export const OPTIONS = [
  {
    name: "sheet",
    value: "NAME",
    help: ["sheet to read (default: the first sheet with a header row)"],
  },
  {
    name: "out",
    value: "FILE",
    help: ["output workbook (default: <input>-scored.xlsx)"],
  },
  {
    name: "locale",
    value: "TAG",
    help: [
      "how numbers written as text are read, as a BCP 47 locale: de-DE reads",
      "1.234,56 and € 120.000; en-US reads 1,234.56 and $120,000",
      "(default: a CSV with ; between fields reads 4,5 as a decimal; else",
      "the locale LC_ALL, LC_NUMERIC or LANG names; else a number such as",
      "120.000 that could be either is reported, never guessed)",
    ],
  },
  {
    name: "map",
    value: "FIELD=HEADER",
    multiple: true,
    help: [
      "read the column headed HEADER as FIELD, whatever its header says",
      `(repeatable); FIELD is one of ${FIELD_NAMES.join(", ")}`,
    ],
  },
  {
    name: "weights",
    value: "LIST",
    help: ["axis weights, all four: value=25,feasibility=25,data=25,risk=25"],
  },
  {
    name: "ahp",
    value: "LIST",
    help: [
      "weights from six pairwise comparisons on Saaty's 1-9 scale, in the",
      "order value/feasibility, value/data, value/risk, feasibility/data,",
      "feasibility/risk, data/risk; e.g. 4,3,7,1/3,3,5",
    ],
  },
  {
    name: "start",
    value: "QUARTER",
    help: ["first roadmap quarter, e.g. 2027-Q1 (default: the quarter after today)"],
  },
  {
    name: "slots",
    value: "N",
    help: ["use cases that may run in one quarter (default 3)"],
  },
  {
    name: "quarter-budget",
    value: "N",
    help: ["most to spend in one quarter, e.g. 250000 or 250k (default: no cap)"],
  },
  {
    name: "scores-sheet",
    value: "NAME",
    help: [
      "several raters, one row per rating (Rater, ID, Axis, Score)",
      "(default: a sheet called Scores, when there is one)",
    ],
  },
  {
    name: "aggregate",
    value: "METHOD",
    help: ["how raters' scores combine: median (default) or mean"],
  },
  {
    name: "rate",
    value: "N",
    help: ["loaded hourly rate for the expected value (default 85)"],
  },
  {
    name: "weeks",
    value: "N",
    help: ["working weeks a year for the expected value (default 46)"],
  },
  {
    name: "stability",
    help: [
      "how stable the ranking is: draws weights (and raters' scores)",
      "around the chosen ones and counts how often each use case makes",
      "the top K",
    ],
  },
  {
    name: "top",
    value: "K",
    help: ["with --stability: the top how many (default 5)"],
  },
  {
    name: "draws",
    value: "N",
    help: ["with --stability: how many draws (default 2000)"],
  },
  {
    name: "seed",
    value: "S",
    help: ["with --stability: the random seed (default 1; same seed, same numbers)"],
  },
  {
    name: "annual-budget",
    value: "N",
    help: [
      "the year's money for AI: chooses the best portfolio within it and",
      "compares it with funding in rank order (e.g. 600000 or 600k)",
    ],
  },
  {
    name: "portfolio",
    value: "METHOD",
    help: ["optimal (default) or rank, with --annual-budget"],
  },
  {
    name: "maximise",
    value: "WHAT",
    help: ["what the portfolio maximises: score (default) or value"],
  },
  {
    name: "roadmap-from",
    value: "SET",
    help: [
      "ranking (default): the roadmap drafts every scored use case;",
      'portfolio: only those the portfolio funds (the rest "not funded")',
    ],
  },
  {
    name: "by",
    value: "NAME",
    help: ["who is running it, for the Scoring log (default: your user name)"],
  },
  {
    name: "json",
    help: ["print the ranking, roadmap and problems as JSON on stdout"],
  },
  {
    name: "help",
    short: "h",
    help: ["show this help"],
  },
  {
    name: "version",
    short: "v",
    help: ["show the version"],
  },
] as const satisfies readonly CliOption[];

interface CliOption {
  readonly name: string;
  readonly short?: string;
  readonly value?: string;
  readonly multiple?: boolean;
  readonly help: readonly string[];
}

type ParseArgsOptions = {
  [O in (typeof OPTIONS)[number] as O["name"]]: O extends { value: string }
    ? O extends { multiple: true }
      ? { type: "string"; multiple: true }
      : { type: "string" }
    : { type: "boolean"; default: false; short?: string };
};

export function parseArgsOptions(): ParseArgsOptions {
  const options: Record<string, object> = {};
  for (const option of OPTIONS as readonly CliOption[]) {
    options[option.name] =
      option.value === undefined
        ? { type: "boolean", default: false, ...(option.short && { short: option.short }) }
        : { type: "string", ...(option.multiple && { multiple: true }) };
  }
  return options as ParseArgsOptions;
}

// The help's description column.
const HELP_COLUMN = 26;

function optionHelp(option: CliOption): string {
  const flag =
    (option.short ? `-${option.short}, ` : "") +
    `--${option.name}` +
    (option.value ? ` ${option.value}` : "");
  const [first = "", ...more] = option.help;
  return [
    `  ${flag.padEnd(HELP_COLUMN - 3)} ${first}`,
    ...more.map((line) => " ".repeat(HELP_COLUMN) + line),
  ].join("\n");
}

export const USAGE = `Usage: opportunity-scorer score <input.xlsx|input.csv> [options]

Scores the use cases in a sheet, ranks them and drafts a 12-month quarterly roadmap.
Writes the sheets Ranked, Roadmap and Summary, and a row in the Scoring log, into a copy
of the workbook; never into the input.

Options:
${(OPTIONS as readonly CliOption[]).map(optionHelp).join("\n")}

Exit status: 0 output written (even with row problems), 1 input unusable, 2 bad arguments.`;
