/** Command-line arguments (DESIGN §5), checked once here so the rest works on valid values. */
import { parseArgs } from "node:util";
import * as z from "zod";
import { ArgumentError, FIELD_NAMES, parseArgsOptions } from "./options";

export { ArgumentError };
import {
  ambiguityText,
  decimalSeparatorOfLocale,
  DEFAULT_WEIGHTS,
  fieldNamed,
  normaliseHeader,
  oneLine,
  parsePairwiseList,
  readAmountText,
  separatorOfEnvironment,
  withColumnMapped,
  weightsFromPairwise,
  quarterAfter,
  RoadmapSettingsSchema,
  PortfolioSettingsSchema,
  StabilitySettingsSchema,
  ValueSettingsSchema,
  WeightsSchema,
  type Axis,
  type DecimalSeparator,
  type DeclaredSeparator,
  type Field,
  type HeaderOverrides,
  type LocaleEnvironment,
  type NumberReading,
  type ScoringSettings,
  type PortfolioSettings,
  type StabilitySettings,
  type ValueSettings,
  type Weights,
} from "../core";

/** How the input is read: the declared decimal separator, and columns named by `--map`. */
export interface InputReading {
  readonly numbers: NumberReading;
  readonly headerOverrides?: HeaderOverrides;
  /** Columns named with `--map` must be there: a typo is an error, not a mapping unused. */
  readonly overridesMustMatch?: boolean;
}

export type CliCommand =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | {
      readonly kind: "score";
      readonly input: string;
      readonly out?: string;
      readonly sheet?: string;
      readonly scoresSheet?: string;
      readonly json: boolean;
      readonly reading: InputReading;
      readonly settings: ScoringSettings;
      readonly stability?: StabilitySettings;
      readonly portfolio?: PortfolioSettings;
      /** Who ran it, for the scoring log. */
      readonly by: string;
      /** Things to tell the person that do not stop the run (an inconsistent --ahp). */
      readonly notes: readonly string[];
    };

const WEIGHT_KEYS: Readonly<Record<string, Axis>> = {
  value: "value",
  feasibility: "feasibility",
  data: "dataReadiness",
  risk: "regulatoryRisk",
};

export function parseWeights(list: string): Weights {
  const weights: Partial<Record<Axis, number>> = {};
  for (const part of list.split(",")) {
    const [key = "", amount = "", ...extra] = part.split("=").map((piece) => piece.trim());
    const axis = WEIGHT_KEYS[key.toLowerCase()];
    if (!axis || extra.length > 0) {
      throw new ArgumentError(
        `--weights: "${part}" is not one of value=N, feasibility=N, data=N, risk=N`,
      );
    }
    if (weights[axis] !== undefined) throw new ArgumentError(`--weights names ${key} twice`);
    const weight = Number(amount);
    if (amount === "" || !Number.isFinite(weight)) {
      throw new ArgumentError(`--weights: ${key} needs a number, got "${amount}"`);
    }
    weights[axis] = weight;
  }
  const missing = Object.entries(WEIGHT_KEYS)
    .filter(([, axis]) => weights[axis] === undefined)
    .map(([key]) => key);
  if (missing.length > 0) {
    throw new ArgumentError(`--weights must name all four axes; missing ${missing.join(", ")}`);
  }
  const checked = WeightsSchema.safeParse(weights);
  if (!checked.success) throw new ArgumentError(`--weights: ${firstIssue(checked.error)}`);
  return checked.data;
}

/** `--locale de-DE` → the decimal separator it declares. */
export function parseLocale(tag: string): DeclaredSeparator {
  const decimalSeparator = decimalSeparatorOfLocale(tag.trim());
  if (decimalSeparator === undefined) {
    throw new ArgumentError(
      `--locale needs a locale such as de-DE, fr-FR or en-US, got "${oneLine(tag, 40)}"`,
    );
  }
  return { decimalSeparator, declaredBy: `--locale ${tag.trim()}`, locale: tag.trim() };
}

/**
 * `--map dataReadiness="Data quality"`, repeatable: the same header overrides the pane's
 * column mapping makes, so the two name a column for a field the same way.
 */
export function parseColumnMap(entries: readonly string[]): HeaderOverrides {
  let overrides: HeaderOverrides = {};
  const fieldsMapped = new Map<Field, string>();
  for (const entry of entries) {
    const equals = entry.indexOf("=");
    const name = equals < 0 ? entry : entry.slice(0, equals);
    const header = equals < 0 ? "" : entry.slice(equals + 1).trim();
    const field = fieldNamed(name.trim());
    const shown = oneLine(entry, 60);
    if (equals < 0 || header === "") {
      throw new ArgumentError(
        `--map needs FIELD=HEADER, such as value="Impact (1-5)", got "${shown}"`,
      );
    }
    if (field === undefined) {
      throw new ArgumentError(
        `--map: "${oneLine(name, 30)}" is not a field; the fields are ${FIELD_NAMES.join(", ")}`,
      );
    }
    const key = normaliseHeader(header);
    if (key === "") {
      throw new ArgumentError(`--map: the header in "${shown}" has no letters or digits to match`);
    }
    const earlier = fieldsMapped.get(field);
    if (earlier !== undefined) {
      throw new ArgumentError(
        `--map names ${field} twice, as "${earlier}" and "${oneLine(header, 40)}"`,
      );
    }
    const taken = overrides[key];
    if (taken !== undefined) {
      throw new ArgumentError(
        `--map gives the header "${oneLine(header, 40)}" to both ${taken} and ${field}`,
      );
    }
    fieldsMapped.set(field, oneLine(header, 40));
    overrides = withColumnMapped(overrides, header, field);
  }
  return overrides;
}

/**
 * An amount given as an argument (`--annual-budget 600.000`), read with the declared decimal
 * separator; an amount that could be read two ways is refused, never guessed.
 */
function amountArgument(
  flag: string,
  text: string,
  decimal: DecimalSeparator | undefined,
  example: string,
): number {
  const reading = readAmountText(text, decimal);
  if (reading.kind === "ambiguous") {
    throw new ArgumentError(`${flag}: "${oneLine(text, 40)}" ${ambiguityText(reading)}`);
  }
  if (reading.kind !== "number") {
    throw new ArgumentError(
      `${flag} needs an amount such as ${example}, got "${oneLine(text, 40)}"`,
    );
  }
  return reading.value;
}

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? "invalid value";
}

function wholeNumber(flag: string, text: string): number {
  if (!/^\s*\d+\s*$/.test(text))
    throw new ArgumentError(`${flag} needs a whole number, got "${text}"`);
  return Number(text);
}

export function parseCommandLine(
  argv: readonly string[],
  today: Date,
  userName: () => string = () => "",
  environment: LocaleEnvironment = process.env,
): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: parseArgsOptions(),
    });
  } catch (error) {
    // node:util explains unknown or incomplete options well; keep its first sentence.
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    throw new ArgumentError(message.replace(/\. To specify.*$/, ""));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const [command, input, ...rest] = positionals;
  if (command === undefined)
    throw new ArgumentError("missing the command: opportunity-scorer score <input.xlsx|input.csv>");
  if (command !== "score")
    throw new ArgumentError(`unknown command "${command}"; the command is score`);
  if (input === undefined)
    throw new ArgumentError(
      "missing the input file: opportunity-scorer score <input.xlsx|input.csv>",
    );
  if (rest.length > 0) throw new ArgumentError(`unexpected argument "${rest[0]}"`);

  const fromEnvironment =
    values.locale === undefined ? separatorOfEnvironment(environment) : undefined;
  const numbers: NumberReading = {
    ...(values.locale !== undefined && { declared: parseLocale(values.locale) }),
    ...(fromEnvironment && { environment: fromEnvironment }),
  };
  // A CSV's own declaration is not known yet: amounts in arguments go by --locale, else the
  // environment.
  const decimal = (numbers.declared ?? numbers.environment)?.decimalSeparator;
  const headerOverrides = values.map === undefined ? undefined : parseColumnMap(values.map);
  const reading: InputReading = {
    numbers,
    ...(headerOverrides && { headerOverrides, overridesMustMatch: true }),
  };

  const quarterBudget =
    values["quarter-budget"] === undefined
      ? undefined
      : amountArgument("--quarter-budget", values["quarter-budget"], decimal, "250000 or 250k");
  const roadmap = RoadmapSettingsSchema.safeParse({
    start: values.start ?? quarterAfter(today),
    ...(values.slots !== undefined && { slotsPerQuarter: wholeNumber("--slots", values.slots) }),
    ...(quarterBudget !== undefined && { quarterBudget }),
  });
  if (!roadmap.success) {
    const issue = roadmap.error.issues[0];
    const flag = {
      start: "--start",
      slotsPerQuarter: "--slots",
      quarterBudget: "--quarter-budget",
    }[String(issue?.path[0]) as "start"];
    throw new ArgumentError(`${flag ?? "settings"}: ${issue?.message ?? "invalid value"}`);
  }

  if (values.weights !== undefined && values.ahp !== undefined) {
    throw new ArgumentError("give either --weights or --ahp, not both");
  }
  let pairwise:
    | { judgements: number[]; consistencyRatio: number; weights: Weights; warning?: string }
    | undefined;
  if (values.ahp !== undefined) {
    const judgements = parsePairwiseList(values.ahp);
    if (!judgements.ok) throw new ArgumentError(`--ahp: ${judgements.problem}`);
    const derived = weightsFromPairwise(judgements.value);
    pairwise = {
      judgements: judgements.value,
      consistencyRatio: derived.consistencyRatio,
      ...(derived.warning !== undefined && { warning: derived.warning }),
      // Shown as points out of 100 in the weights cells; the shares are what count.
      weights: {
        value: derived.weights.value * 100,
        feasibility: derived.weights.feasibility * 100,
        dataReadiness: derived.weights.dataReadiness * 100,
        regulatoryRisk: derived.weights.regulatoryRisk * 100,
      },
    };
  }

  let stability: StabilitySettings | undefined;
  const stabilityFlags = (["top", "draws", "seed"] as const).filter(
    (flag) => values[flag] !== undefined,
  );
  if (!values.stability && stabilityFlags.length > 0) {
    throw new ArgumentError(`--${stabilityFlags[0]} goes with --stability`);
  }
  if (values.stability) {
    const checked = StabilitySettingsSchema.safeParse({
      ...(values.top !== undefined && { top: wholeNumber("--top", values.top) }),
      ...(values.draws !== undefined && { draws: wholeNumber("--draws", values.draws) }),
      ...(values.seed !== undefined && { seed: wholeNumber("--seed", values.seed) }),
    });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new ArgumentError(
        `--${String(issue?.path[0] ?? "stability")}: ${issue?.message ?? "invalid value"}`,
      );
    }
    stability = checked.data;
  }

  let value: ValueSettings | undefined;
  if (values.rate !== undefined || values.weeks !== undefined) {
    const amount = (flag: string, text: string | undefined): number | undefined => {
      if (text === undefined) return undefined;
      const number = Number(text);
      if (text.trim() === "" || !Number.isFinite(number)) {
        throw new ArgumentError(`${flag} needs a number, got "${text}"`);
      }
      return number;
    };
    const rate = amount("--rate", values.rate);
    const weeks = amount("--weeks", values.weeks);
    const checked = ValueSettingsSchema.safeParse({
      ...(rate !== undefined && { hourlyRate: rate }),
      ...(weeks !== undefined && { weeksPerYear: weeks }),
    });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const flag = issue?.path[0] === "hourlyRate" ? "--rate" : "--weeks";
      throw new ArgumentError(`${flag}: ${issue?.message ?? "invalid value"}`);
    }
    value = checked.data;
  }

  let portfolio: PortfolioSettings | undefined;
  if (values["annual-budget"] === undefined) {
    const stray =
      values.portfolio !== undefined
        ? "--portfolio"
        : values.maximise !== undefined
          ? "--maximise"
          : values["roadmap-from"] !== undefined
            ? "--roadmap-from"
            : undefined;
    if (stray) throw new ArgumentError(`${stray} goes with --annual-budget`);
  } else {
    const annualBudget = amountArgument(
      "--annual-budget",
      values["annual-budget"],
      decimal,
      "600000 or 600k",
    );
    const checked = PortfolioSettingsSchema.safeParse({
      annualBudget,
      ...(values.portfolio !== undefined && { method: values.portfolio }),
      ...(values.maximise !== undefined && { objective: values.maximise }),
      ...(values["roadmap-from"] !== undefined && { roadmapFrom: values["roadmap-from"] }),
    });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const flag =
        issue?.path[0] === "method"
          ? "--portfolio is optimal or rank"
          : issue?.path[0] === "objective"
            ? "--maximise is score or value"
            : issue?.path[0] === "roadmapFrom"
              ? "--roadmap-from is ranking or portfolio"
              : `--annual-budget: ${issue?.message ?? "invalid"}`;
      throw new ArgumentError(flag);
    }
    portfolio = checked.data;
  }

  const aggregate = values.aggregate;
  if (aggregate !== undefined && aggregate !== "median" && aggregate !== "mean") {
    throw new ArgumentError(`--aggregate is median or mean, got "${aggregate}"`);
  }

  return {
    kind: "score",
    input,
    ...(values.out !== undefined && { out: values.out }),
    ...(values.sheet !== undefined && { sheet: values.sheet }),
    ...(values["scores-sheet"] !== undefined && { scoresSheet: values["scores-sheet"] }),
    json: values.json,
    reading,
    ...(stability && { stability }),
    ...(portfolio && { portfolio }),
    by: values.by?.trim() || userName() || "unknown",
    notes: pairwise?.warning === undefined ? [] : [pairwise.warning],
    settings: {
      weights:
        pairwise?.weights ??
        (values.weights === undefined ? DEFAULT_WEIGHTS : parseWeights(values.weights)),
      ...(pairwise && {
        pairwise: { judgements: pairwise.judgements, consistencyRatio: pairwise.consistencyRatio },
      }),
      roadmap: roadmap.data,
      ...(aggregate !== undefined && { aggregate }),
      ...(value && { value }),
    },
  };
}
