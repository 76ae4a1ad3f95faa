/** The CLI's `--json` output (DESIGN §5), with a schema so consumers and tests can check it. */
import * as z from "zod";
import {
  describeProblem,
  formatQuarter,
  normaliseWeights,
  annualValueOf,
  paybackMonthsOf,
  valueSettingsOf,
} from "../model";
import { keptOffReasonText, type PortfolioComparison } from "../plan";
import { UNASSIGNED_OWNER, type ScoringResult } from "../score";

const axisNumbers = z.object({
  value: z.number(),
  feasibility: z.number(),
  dataReadiness: z.number(),
  regulatoryRisk: z.number(),
});

export const JsonReportSchema = z.object({
  /** The weights used, normalised to sum to 1. */
  weights: axisNumbers,
  /** The pairwise comparisons' consistency ratio when the weights came from them, else null. */
  consistencyRatio: z.number().nullable(),
  ranked: z.array(
    z.object({
      rank: z.number().int().min(1),
      row: z.number().int().min(1),
      id: z.string(),
      name: z.string(),
      score: z.number().min(0).max(100),
      value: z.number(),
      feasibility: z.number(),
      dataReadiness: z.number(),
      regulatoryRisk: z.number(),
      owner: z.string().nullable(),
      budget: z.number().nullable(),
      flags: z.array(z.string()),
      /** With several raters: how many scored it, and max − min per axis. */
      raters: z.number().int().optional(),
      spread: axisNumbers.optional(),
      /** Hours saved × rate × weeks; null when the hours are not given. */
      annualValue: z.number().nullable(),
      /** Budget ÷ (annual value ÷ 12); null without a budget or a positive value. */
      paybackMonths: z.number().nullable(),
      /** With --stability: share of draws in the top K, the 5th–95th percentile rank, a label. */
      stability: z
        .object({
          pTop: z.number().min(0).max(1),
          p5: z.number().int().min(1),
          p95: z.number().int().min(1),
          label: z.enum(["stable", "contested", "unlikely"]),
          /** With --annual-budget: share of draws whose rank-order funding funds it. */
          pFunded: z.number().min(0).max(1).optional(),
        })
        .optional(),
    }),
  ),
  /** With an annual budget: the funded set against plain rank order, same money. */
  portfolio: z
    .object({
      method: z.enum(["optimal", "rank"]),
      objective: z.enum(["score", "value"]),
      annualBudget: z.number(),
      funded: z.array(z.string()),
      totalScore: z.number(),
      totalValue: z.number(),
      totalBudget: z.number(),
      rankOrder: z.object({
        funded: z.array(z.string()),
        totalScore: z.number(),
        totalValue: z.number(),
        totalBudget: z.number(),
      }),
      cutBy10Percent: z.object({
        annualBudget: z.number(),
        funded: z.array(z.string()),
        dropped: z.array(z.string()),
        added: z.array(z.string()),
      }),
      notFunded: z.array(z.object({ id: z.string(), reason: z.string() })),
    })
    .optional(),
  /** With --stability: the settings of the run. */
  stability: z
    .object({
      draws: z.number(),
      top: z.number(),
      seed: z.number(),
      concentration: z.number(),
      /** With --annual-budget: each draw's ranking was funded in rank order within it. */
      annualBudget: z.number().optional(),
    })
    .optional(),
  notScored: z.array(
    z.object({ row: z.number().int(), name: z.string(), problems: z.array(z.string()) }),
  ),
  roadmap: z.array(
    z.object({
      id: z.string(),
      start: z.string(),
      end: z.string(),
      owner: z.string(),
      budget: z.number().nullable(),
    }),
  ),
  keptOff: z.array(z.object({ id: z.string(), reason: z.string() })),
  problems: z.array(z.object({ cell: z.string(), message: z.string() })),
});

export type JsonReport = z.infer<typeof JsonReportSchema>;

const NO_SPREAD = { value: 0, feasibility: 0, dataReadiness: 0, regulatoryRisk: 0 };

function portfolioJson(portfolio: PortfolioComparison) {
  const { method, objective, annualBudget, funded, totalScore, totalValue, totalBudget } =
    portfolio;
  return {
    method,
    objective,
    annualBudget,
    funded: [...funded],
    totalScore,
    totalValue,
    totalBudget,
    rankOrder: { ...portfolio.rankOrder, funded: [...portfolio.rankOrder.funded] },
    cutBy10Percent: {
      annualBudget: portfolio.cutBy10Percent.annualBudget,
      funded: [...portfolio.cutBy10Percent.funded],
      dropped: [...portfolio.cutBy10Percent.dropped],
      added: [...portfolio.cutBy10Percent.added],
    },
    notFunded: portfolio.notFunded.map((entry) => ({ ...entry })),
  };
}

function stabilityOf(result: ScoringResult, row: number) {
  const stability = result.stability?.byKey.get(row);
  return stability ? { stability: { ...stability } } : {};
}

export function toJsonReport(result: ScoringResult): JsonReport {
  const valueSettings = valueSettingsOf(result.settings);
  return {
    weights: { ...normaliseWeights(result.settings.weights) },
    consistencyRatio: result.settings.pairwise?.consistencyRatio ?? null,
    ranked: result.ranked.map(({ useCase, rank, score, flags }) => ({
      rank,
      row: useCase.row,
      id: useCase.id,
      name: useCase.name,
      score,
      value: useCase.scores.value,
      feasibility: useCase.scores.feasibility,
      dataReadiness: useCase.scores.dataReadiness,
      regulatoryRisk: useCase.scores.regulatoryRisk,
      owner: useCase.owner ?? null,
      budget: useCase.budget ?? null,
      flags: [...flags],
      annualValue: annualValueOf(useCase.hoursSaved, valueSettings) ?? null,
      paybackMonths:
        paybackMonthsOf(useCase.budget, annualValueOf(useCase.hoursSaved, valueSettings)) ?? null,
      ...(result.read.hasRaters && {
        raters: useCase.raters?.raters ?? 0,
        spread: { ...(useCase.raters?.spread ?? NO_SPREAD) },
      }),
      ...stabilityOf(result, useCase.row),
    })),
    notScored: result.read.notScored.map((row) => ({
      row: row.row,
      name: row.name,
      problems: row.problems.map(describeProblem),
    })),
    roadmap: result.roadmap.placed.map(({ ranked, start, end }) => ({
      id: ranked.useCase.id,
      start: formatQuarter(start),
      end: formatQuarter(end),
      owner: ranked.useCase.owner ?? UNASSIGNED_OWNER,
      budget: ranked.useCase.budget ?? null,
    })),
    keptOff: result.roadmap.keptOff.map(({ ranked, reason }) => ({
      id: ranked.useCase.id,
      reason: keptOffReasonText(reason),
    })),
    problems: result.problems.map(({ cell, message }) => ({ cell, message })),
    ...(result.stability && { stability: { ...result.stability.run } }),
    ...(result.portfolio && { portfolio: portfolioJson(result.portfolio) }),
  };
}
