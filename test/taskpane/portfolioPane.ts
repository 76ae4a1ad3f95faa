/**
 * The Annual budget section as a test sees it (its box, options and tables), and what the
 * engine makes of the same sheet and settings: the pane must show exactly that.
 */
import { fireEvent, within } from "@testing-library/react";
import {
  DEFAULT_WEIGHTS,
  PortfolioSettingsSchema,
  scoreWorkbook,
  withPortfolio,
  type PortfolioComparison,
  type ScoringResult,
  type ScoringSettings,
  type SheetInput,
  type Weights,
} from "../../src/core";
import { section } from "./renderPane";
import { aSheet, sampleHeader, sampleRows } from "./sheets";

export const budget = () => within(section("Annual budget"));

export function budgetBox(): HTMLInputElement {
  return budget().getByRole("textbox", { name: "Annual budget" }) as HTMLInputElement;
}

export function typeBudget(text: string): void {
  fireEvent.change(budgetBox(), { target: { value: text } });
}

export function radio(name: string): HTMLInputElement {
  return budget().getByRole("radio", { name }) as HTMLInputElement;
}

export function roadmapFromFunded(): HTMLInputElement {
  return budget().getByRole("checkbox", {
    name: "Draft the roadmap from the funded set",
  }) as HTMLInputElement;
}

export interface FundedRow {
  readonly rank: string;
  readonly id: string;
  readonly name: string;
  readonly budget: string;
}

/** The funded table as shown: one entry per use case, in rank order. */
export function fundedRows(): FundedRow[] {
  const table = budget().queryByRole("table", { name: /^Funded/ });
  if (!table) return [];
  return [...table.querySelectorAll("tbody tr")].map((row) => {
    const [rank = "", id = "", name = "", amount = ""] = [...row.querySelectorAll("td")].map(
      (cell) => cell.textContent ?? "",
    );
    return { rank, id, name, budget: amount };
  });
}

export const fundedIds = (): string[] => fundedRows().map((row) => row.id);

export function fundedTotal(): string {
  const table = budget().getByRole("table", { name: /^Funded/ });
  return table.querySelector("tfoot td")?.textContent ?? "";
}

/** The not funded table as shown: id and the reason under the name. */
export function notFundedRows(): { id: string; reason: string }[] {
  const table = budget().queryByRole("table", { name: /^Not funded/ });
  if (!table) return [];
  return [...table.querySelectorAll("tbody tr")].map((row) => {
    const cells = [...row.querySelectorAll("td")];
    return {
      id: cells[1]?.textContent ?? "",
      reason: cells[2]?.querySelector("span:last-child")?.textContent ?? "",
    };
  });
}

/** Opens the whole not funded list when it is longer than the first ten. */
export function showAllNotFunded(): void {
  const more = budget().queryByRole("button", { name: /^Show all \d+ not funded$/ });
  if (more) fireEvent.click(more);
}

const DEFAULT_SETTINGS: ScoringSettings = {
  weights: DEFAULT_WEIGHTS,
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
  aggregate: "median",
};

/** What the engine makes of `sheet` with a portfolio: the pane must show exactly this. */
export function engine(
  annualBudget: number,
  options: {
    objective?: "score" | "value";
    method?: "optimal" | "rank";
    roadmapFrom?: string;
  } = {},
  weights: Weights = DEFAULT_WEIGHTS,
  sheet: SheetInput = aSheet({ tableName: "UseCases" }),
): ScoringResult & { portfolio: PortfolioComparison } {
  const scored = scoreWorkbook({ sheets: [sheet] }, { ...DEFAULT_SETTINGS, weights });
  const result = withPortfolio(scored, PortfolioSettingsSchema.parse({ annualBudget, ...options }));
  if (!result.portfolio) throw new Error("withPortfolio attached no portfolio");
  return { ...result, portfolio: result.portfolio };
}

export const money = (amount: number): string => amount.toLocaleString("en-US");

/** The sample without its hours saved column: annual value cannot be worked out. */
export function withoutHours(): SheetInput {
  return aSheet({
    header: sampleHeader().slice(0, -1),
    rows: sampleRows().map((row) => row.slice(0, -1)),
  });
}
