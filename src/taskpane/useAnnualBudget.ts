/**
 * The annual budget box and how to spend the budget, remembered in the workbook like the other
 * settings. The box keeps the text as typed ("600k"); the workbook keeps the last amount that
 * read as one, so a typo being corrected never wipes the remembered budget.
 */
import { useMemo, useRef, useState } from "react";
import {
  formatAnnualBudget,
  portfolioChoiceOf,
  readAnnualBudget,
  type AnnualBudgetReading,
  type PortfolioChoice,
} from "./portfolioChoice";
import type { PaneMemory } from "./settingsStore";

export type PortfolioMemory = NonNullable<PaneMemory["portfolio"]>;

export interface AnnualBudgetState {
  readonly text: string;
  readonly budget: AnnualBudgetReading;
  readonly choice: PortfolioChoice;
  setText(text: string): void;
  setChoice(choice: PortfolioChoice): void;
}

function memoryOf(amount: number | undefined, choice: PortfolioChoice): PortfolioMemory {
  return amount === undefined ? { ...choice } : { ...choice, annualBudget: amount };
}

export function useAnnualBudget(
  remembered: PortfolioMemory | undefined,
  remember: (portfolio: PortfolioMemory) => void,
): AnnualBudgetState {
  const [text, setTextState] = useState(() => formatAnnualBudget(remembered?.annualBudget));
  const budget = useMemo(() => readAnnualBudget(text), [text]);
  const [choice, setChoiceState] = useState(() => portfolioChoiceOf(remembered));
  const saved = useRef(remembered?.annualBudget);

  return {
    text,
    budget,
    choice,
    setText: (next) => {
      setTextState(next);
      const reading = readAnnualBudget(next);
      if (reading.kind === "invalid") return;
      saved.current = reading.kind === "amount" ? reading.amount : undefined;
      remember(memoryOf(saved.current, choice));
    },
    setChoice: (next) => {
      setChoiceState(next);
      remember(memoryOf(saved.current, next));
    },
  };
}
