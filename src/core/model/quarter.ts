/** Calendar quarters written `2027-Q1`, and arithmetic on them. */

/** Quarters counted from year 0: `2027-Q1` is 2027 × 4. Adding 1 moves one quarter on. */
export type QuarterIndex = number;

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export function isQuarter(text: string): boolean {
  return QUARTER_PATTERN.test(text);
}

export function parseQuarter(text: string): QuarterIndex {
  const match = QUARTER_PATTERN.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a quarter like 2027-Q1`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
}

export function formatQuarter(index: QuarterIndex): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter `today` falls in, in local time: a date in November 2026 is `2026-Q4`. */
export function quarterOf(today: Date): QuarterIndex {
  return today.getFullYear() * 4 + Math.floor(today.getMonth() / 3);
}

/** The quarter after the one `today` falls in: the default roadmap start. */
export function quarterAfter(today: Date): string {
  return formatQuarter(quarterOf(today) + 1);
}
