/** The plain-text report the command line prints when `--json` is not given. */
import {
  budgetCutSentence,
  cultureOfReading,
  formatAmount,
  formatNumber,
  formatScore,
  describeProblem,
  portfolioComparisonSentence,
  describeStability,
  formatQuarter,
  keptOffReasonText,
  quoteSheetName,
  UNASSIGNED_OWNER,
  type ScoringResult,
} from "../core";

const TOP_COUNT = 10;
const PROBLEMS_SHOWN = 10;
// A long sheet funds or keeps off thousands: the terminal names the first few, the sheets all.
const IDS_SHOWN = 15;

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function formatSummary(
  result: ScoringResult,
  outputPath: string,
  sheetNames: readonly string[],
): string {
  const { read, ranked, roadmap, problems } = result;
  // Amounts are written back as the input's numbers were read: 600.000 for --locale de-DE.
  const culture = cultureOfReading(read.numbers);
  const amount = (value: number): string => formatNumber(value, culture);
  const lines: string[] = [];
  const table = read.tableName === undefined ? "" : ` (table ${read.tableName})`;
  lines.push(
    `Scored ${ranked.length} use cases from ${quoteSheetName(read.sheetName)}${table}; ` +
      `${read.notScored.length} not scored.`,
  );
  if (read.numbers) {
    lines.push(
      `Numbers written as text read with "${read.numbers.decimalSeparator}" as the decimal ` +
        `separator (${read.numbers.declaredBy}).`,
    );
  }
  lines.push("");

  if (ranked.length > 0) {
    lines.push(`Top ${Math.min(TOP_COUNT, ranked.length)} of ${ranked.length}:`);
    lines.push(
      `  ${"Rank".padStart(4)}  ${pad("ID", 8)}  ${pad("Use case", 32)}  ${"Score".padStart(5)}  Owner`,
    );
    for (const { rank, score, flags, useCase } of ranked.slice(0, TOP_COUNT)) {
      const flag = flags.length > 0 ? `  [${flags.join(", ")}]` : "";
      lines.push(
        `  ${String(rank).padStart(4)}  ${pad(useCase.id, 8)}  ${pad(useCase.name, 32)}  ` +
          `${formatScore(score, culture).padStart(5)}  ${useCase.owner ?? UNASSIGNED_OWNER}${flag}`,
      );
    }
    lines.push("");
  }

  if (result.stability) {
    const { top, draws } = result.stability.run;
    lines.push(`How stable the top ${top} is (${draws} draws of the weights around yours):`);
    for (const { useCase, rank } of ranked.slice(0, Math.min(ranked.length, top + 3))) {
      const stability = result.stability.byKey.get(useCase.row);
      if (!stability) continue;
      lines.push(
        `  ${String(rank).padStart(4)}  ${pad(useCase.id, 8)}  ${describeStability(stability, top)}`,
      );
    }
    lines.push("");
  }

  if (result.portfolio) {
    lines.push(
      `Portfolio within an annual budget of ${formatAmount(result.portfolio.annualBudget, culture)}:`,
    );
    lines.push(`  ${portfolioComparisonSentence(result.portfolio, culture)}`);
    const { funded, totalBudget } = result.portfolio;
    const more = funded.length - IDS_SHOWN;
    const ids = funded.slice(0, IDS_SHOWN).join(", ") || "none";
    const rest = more > 0 ? ` … and ${more} more, listed in the Summary sheet` : "";
    lines.push(`  Funded: ${ids}${rest} (${amount(totalBudget)}).`);
    lines.push(`  ${budgetCutSentence(result.portfolio)}`);
    lines.push("");
  }

  const first = formatQuarter(roadmap.start);
  const last = formatQuarter(roadmap.start + roadmap.horizon - 1);
  lines.push(
    `Roadmap ${first} to ${last}: ${roadmap.placed.length} placed, ${roadmap.keptOff.length} kept off.`,
  );
  for (const load of roadmap.quarters) {
    const starting = roadmap.placed
      .filter((placed) => placed.start === load.quarter)
      .map((placed) => placed.ranked.useCase.id);
    lines.push(
      `  ${formatQuarter(load.quarter)}  ${String(load.count).padStart(2)} running  ` +
        `${amount(load.budget).padStart(11)}  starts: ${starting.length > 0 ? starting.join(", ") : "none"}`,
    );
  }
  if (roadmap.keptOff.length > 0) {
    // A long sheet keeps thousands off: the terminal gets the first few, the sheet has them all.
    const reasons = roadmap.keptOff
      .slice(0, IDS_SHOWN)
      .map(({ ranked: entry, reason }) => `${entry.useCase.id} (${keptOffReasonText(reason)})`);
    const more = roadmap.keptOff.length - reasons.length;
    const rest = more > 0 ? ` … and ${more} more, listed in the Roadmap sheet` : "";
    lines.push(`  Kept off: ${reasons.join(", ")}${rest}`);
  }
  lines.push("");

  if (problems.length > 0) {
    lines.push(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the input:`);
    for (const problem of problems.slice(0, PROBLEMS_SHOWN))
      lines.push(`  ${describeProblem(problem)}`);
    if (problems.length > PROBLEMS_SHOWN) {
      lines.push(`  … and ${problems.length - PROBLEMS_SHOWN} more, listed in the Ranked sheet.`);
    }
    lines.push("");
  }
  lines.push(`Wrote ${outputPath} (sheets ${sheetNames.join(", ")}).`);
  return `${lines.join("\n")}\n`;
}
