/**
 * The fields a use-case sheet can hold and the header texts that name them (DESIGN §1).
 * A header matches a field only after normalisation and only exactly: "Value at risk" is
 * not "value", so a stray column never silently feeds the score.
 */
import type { Axis } from "./axes";

export type Field =
  | "id"
  | "name"
  | "description"
  | "owner"
  | Axis
  | "budget"
  | "duration"
  | "dependsOn"
  | "facing"
  | "hoursSaved";

export const FIELD_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  id: ["id", "ref", "key", "use case id", "uc id"],
  name: [
    "use case",
    "name",
    "title",
    "use case name",
    "use case title",
    "ai use case",
    "initiative",
    "opportunity",
  ],
  description: ["description", "summary", "details"],
  owner: ["owner", "accountable owner", "lead", "dri"],
  value: ["business value", "value", "impact", "biz value"],
  feasibility: ["technical feasibility", "feasibility", "tech feasibility"],
  dataReadiness: ["data readiness", "data", "data availability"],
  regulatoryRisk: [
    "regulatory risk",
    "risk",
    "reg risk",
    "compliance risk",
    "regulatory compliance risk",
    "regulatory and compliance risk",
  ],
  budget: ["budget", "cost", "estimated cost", "est budget", "rough budget"],
  duration: ["duration", "quarters", "duration quarters"],
  dependsOn: ["depends on", "dependencies", "prerequisites"],
  facing: ["facing", "audience"],
  hoursSaved: ["hours saved", "hours saved per week", "hours saved week"],
};

/** How fields are called in messages and output headers. */
export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  id: "ID",
  name: "Use case",
  description: "Description",
  owner: "Owner",
  value: "Business value",
  feasibility: "Technical feasibility",
  dataReadiness: "Data readiness",
  regulatoryRisk: "Regulatory risk",
  budget: "Budget",
  duration: "Duration",
  dependsOn: "Depends on",
  facing: "Facing",
  hoursSaved: "Hours saved per week",
};

const FIELD_BY_SYNONYM: ReadonlyMap<string, Field> = new Map(
  (Object.entries(FIELD_SYNONYMS) as [Field, readonly string[]][]).flatMap(([field, synonyms]) =>
    synonyms.map((synonym) => [synonym, field] as const),
  ),
);

/**
 * DESIGN §1: drop any `(…)` or `[…]` part, lowercase, turn every run of characters that are
 * neither letters nor digits into one space, trim, then drop a leading list number (`2.`, `2)`,
 * `Q2.`) and a trailing `score`, `rating` or `level` — so `2. Use Case Name` is `use case name`
 * and `Business Value Score` is `business value`.
 */
export function normaliseHeader(header: string): string {
  return (
    header
      .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
      .toLowerCase()
      // The list number goes before punctuation becomes spaces: `2.` is a number, `2` a word.
      .replace(/^\s*q?\d+\s*[.)](?!\d)/u, " ")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
      .replace(/ (?:score|rating|level)$/u, "")
  );
}

/** The field a header names, if any. */
export function fieldOfHeader(header: string): Field | undefined {
  return FIELD_BY_SYNONYM.get(normaliseHeader(header));
}

const FIELD_BY_NAME: ReadonlyMap<string, Field> = new Map(
  (Object.keys(FIELD_SYNONYMS) as Field[]).map((field) => [field.toLowerCase(), field] as const),
);

/**
 * A field by its name in DESIGN §1's table (`dataReadiness`), ignoring case and any `-`, `_`
 * or space in it (`data-readiness`), as `--map FIELD=HEADER` names one.
 */
export function fieldNamed(name: string): Field | undefined {
  return FIELD_BY_NAME.get(name.replace(/[\s_-]+/g, "").toLowerCase());
}
