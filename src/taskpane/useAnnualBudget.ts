/**
 * The annual budget box and how to spend the budget, remembered in the workbook like the other
 * settings. The box keeps the text as typed ("600k"); the workbook keeps the last amount that
 * read as one, so a typo being corrected never wipes the remembered budget. Until something is
 * typed, the box shows the remembered amount in the workbook's culture (`600.000` in German),
 * and it is read by that culture too.
 */
import { useMemo, useRef, useState } from "react";
import type { NumberCulture } from "../core";
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
  culture: NumberCulture | undefined,
): AnnualBudgetState {
  // Undefined until the person types: the remembered amount, shown in the culture of the day.
  const [typed, setTyped] = useState<string>();
  const [choice, setChoiceState] = useState(() => portfolioChoiceOf(remembered));
  const saved = useRef(remembered?.annualBudget);
  const decimal = culture?.decimalSeparator;
  const text = typed ?? formatAnnualBudget(saved.current, culture);
  const budget = useMemo(() => readAnnualBudget(text, decimal), [text, decimal]);

  return {
    text,
    budget,
    choice,
    setText: (next) => {
      setTyped(next);
      const reading = readAnnualBudget(next, decimal);
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
