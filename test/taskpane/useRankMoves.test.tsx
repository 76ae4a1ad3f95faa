/** @jest-environment jsdom */
import "./setup";
import { renderHook } from "@testing-library/react";
import { scoreRead, scoreWorkbook, type ScoringResult, type Weights } from "../../src/core";
import { SETTLED_AFTER_MS, useRankMoves } from "../../src/taskpane/useRankMoves";
import { aSheet } from "./sheets";

const roadmap = { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 } as const;
const EQUAL: Weights = { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 };
let base: ScoringResult;
beforeAll(() => {
  base = scoreWorkbook({ sheets: [aSheet()] }, { weights: EQUAL, roadmap });
});
const withWeights = (weights: Weights): ScoringResult => scoreRead(base.read, { weights, roadmap });
const rankOf = (result: ScoringResult, id: string): number =>
  result.ranked.find((entry) => entry.useCase.id === id)?.rank ?? 0;

describe("the places each use case moved", () => {
  it("compare a drag's last ranking with the one before the drag began, not with the last tick", () => {
    let now = 0;
    const step1 = withWeights({
      value: 40,
      feasibility: 25,
      dataReadiness: 25,
      regulatoryRisk: 25,
    });
    const step2 = withWeights({
      value: 80,
      feasibility: 25,
      dataReadiness: 25,
      regulatoryRisk: 25,
    });
    const { result: moves, rerender } = renderHook(
      ({ result }: { result: ScoringResult }) => useRankMoves(result, () => now),
      { initialProps: { result: base } },
    );
    expect(moves.current.size).toBe(0);

    now = 5_000;
    rerender({ result: step1 });
    now = 5_000 + SETTLED_AFTER_MS / 2; // the same drag
    rerender({ result: step2 });
    for (const entry of step2.ranked) {
      const moved = rankOf(base, entry.useCase.id) - entry.rank;
      expect(moves.current.get(entry.useCase.row) ?? 0).toBe(moved);
    }

    // A new change after the ranking stood still starts from where it stood.
    now += SETTLED_AFTER_MS * 2;
    rerender({ result: base });
    for (const entry of base.ranked) {
      const moved = rankOf(step2, entry.useCase.id) - entry.rank;
      expect(moves.current.get(entry.useCase.row) ?? 0).toBe(moved);
    }
  });

  it("start again when the rows are read again", () => {
    const reread = scoreWorkbook({ sheets: [aSheet()] }, { ...base.settings });
    const step = withWeights({ value: 80, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 });
    const { result: moves, rerender } = renderHook(
      ({ result }: { result: ScoringResult }) => useRankMoves(result, () => 0),
      { initialProps: { result: step } },
    );
    rerender({ result: reread });
    expect(moves.current.size).toBe(0);
  });
});
