/**
 * Which sheet names the output may take. A sheet this product did not create is never
 * overwritten: when a person's own `Ranked` exists, the output goes to `Ranked (2)`, and so
 * on. This product's own sheets are found by a workbook-scoped defined name that points at
 * them (it follows the sheet when renamed) and are replaced on every run.
 */
import type { OutputRole } from "../model";

/** The sheets replaced on every run. */
export const OUTPUT_ROLES: readonly OutputRole[] = ["ranked", "roadmap", "summary"];

/** Every sheet this product marks as its own, the append-only scoring log included. */
const MARKED_ROLES: readonly OutputRole[] = [...OUTPUT_ROLES, "scoringLog"];

const BASE_NAMES: Readonly<Record<OutputRole, string>> = {
  ranked: "Ranked",
  roadmap: "Roadmap",
  summary: "Summary",
  scoringLog: "Scoring log",
};

const TABLE_BASE_NAMES: Readonly<Record<OutputRole, string>> = {
  ranked: "RankedUseCases",
  roadmap: "RoadmapPlan",
  summary: "SummaryTable",
  scoringLog: "ScoringLogTable",
};

/** The defined name that marks a sheet as this product's output for `role`. */
export function ownershipMarkerName(role: OutputRole): string {
  // A defined name may not hold a space.
  return `OpportunityScorer.${BASE_NAMES[role].replace(/ /g, "")}`;
}

/** The role a defined name marks, if it is one of this product's markers. */
export function roleOfMarker(definedName: string): OutputRole | undefined {
  return MARKED_ROLES.find(
    (role) => ownershipMarkerName(role).toLowerCase() === definedName.toLowerCase(),
  );
}

export interface ExistingSheet {
  readonly name: string;
  readonly ownRole?: OutputRole;
}

export interface OutputSheetName {
  readonly role: OutputRole;
  readonly name: string;
  /** True when this product's own earlier output of that name is to be replaced. */
  readonly replaces: boolean;
}

/**
 * Picks a name per role: this product's own sheet of that role if there is one (replaced),
 * else the first of `Ranked`, `Ranked (2)`, `Ranked (3)`, … that no sheet has. Excel compares
 * sheet names ignoring case, so this does too.
 */
export function outputSheetNames(
  existing: readonly ExistingSheet[],
  roles: readonly OutputRole[] = OUTPUT_ROLES,
): OutputSheetName[] {
  const taken = new Set(existing.map((sheet) => sheet.name.toLowerCase()));
  return roles.map((role) => {
    const own = existing.find((sheet) => sheet.ownRole === role);
    if (own) return { role, name: own.name, replaces: true };
    const base = BASE_NAMES[role];
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return { role, name, replaces: false };
  });
}

/**
 * A table name no other table in the workbook has (Excel table names are workbook-wide and
 * case-insensitive). Tables on the sheet being replaced go with it, so they do not count.
 */
export function outputTableName(role: OutputRole, tableNamesInUse: readonly string[]): string {
  const inUse = new Set(tableNamesInUse.map((name) => name.toLowerCase()));
  const base = TABLE_BASE_NAMES[role];
  let name = base;
  for (let n = 2; inUse.has(name.toLowerCase()); n++) name = `${base}${n}`;
  return name;
}
