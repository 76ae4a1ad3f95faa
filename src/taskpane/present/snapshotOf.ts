/** The Present window's snapshot of a result, as the pane shows it (see ./presentSnapshot.ts). */
import { formatQuarter, type ScoringResult } from "../../core";
import { PRESENT_ROWS, type PresentSnapshot } from "./presentSnapshot";

export function presentSnapshotOf(
  result: ScoringResult,
  options: {
    readonly moves: ReadonlyMap<number, number>;
    readonly score: (value: number) => string;
    readonly percent: (share: number) => string;
  },
): PresentSnapshot {
  const start = new Map(result.roadmap.placed.map((p) => [p.ranked.useCase.row, p.start]));
  const funded = result.portfolio ? new Set(result.portfolio.funded) : undefined;
  const { value, feasibility, dataReadiness, regulatoryRisk } = result.settings.weights;
  const total = value + feasibility + dataReadiness + regulatoryRisk || 1;
  const share = (weight: number): string => options.percent((weight / total) * 100);
  return {
    title: `Ranking of ${result.ranked.length} use cases from ${result.read.sheetName}`,
    weights:
      `Value ${share(value)} · Feasibility ${share(feasibility)} · ` +
      `Data ${share(dataReadiness)} · Risk ${share(regulatoryRisk)}`,
    rows: result.ranked.slice(0, PRESENT_ROWS).map(({ rank, score, flags, useCase }) => {
      const starts = start.get(useCase.row);
      return {
        rank,
        id: useCase.id,
        name: useCase.name,
        score: options.score(score),
        bar: Math.max(0, Math.min(100, score)),
        when: starts === undefined ? "off" : formatQuarter(starts),
        moved: options.moves.get(useCase.row) ?? 0,
        governance: flags.includes("governance-review"),
        ...(funded && { funded: funded.has(useCase.id) }),
      };
    }),
    more: Math.max(0, result.ranked.length - PRESENT_ROWS),
  };
}
