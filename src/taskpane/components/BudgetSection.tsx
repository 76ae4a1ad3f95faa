/**
 * Step 4: an annual budget and how to spend it — the best set of use cases it buys (or rank
 * order's), what a 10% cut would drop, and whether the roadmap is drafted from that set.
 */
import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import type { ReadResult, ScoringResult } from "../../core";
import {
  hasHoursSaved,
  objectiveFor,
  type AnnualBudgetReading,
  type PortfolioChoice,
} from "../portfolioChoice";
import { useNumberFormat } from "../culture";
import { PortfolioView } from "./PortfolioView";
import { UnderstoodAmount } from "./UnderstoodAmount";
import { Section } from "./Section";

const useStyles = makeStyles({
  // Two short options side by side fit at 320 px; below that they wrap rather than overflow.
  options: { display: "flex", flexWrap: "wrap" },
});

const METHOD_HINTS: Readonly<Record<PortfolioChoice["method"], string>> = {
  optimal: "The largest total the budget can buy, whatever the ranks.",
  rank: "Down the ranking, skipping what no longer fits.",
};

export interface BudgetSectionProps {
  /** Its number among the pane's sections, which the session view orders. */
  readonly step: number;
  /** The budget box's text as typed, and what it reads as. */
  readonly text: string;
  readonly budget: AnnualBudgetReading;
  readonly choice: PortfolioChoice;
  readonly read?: ReadResult;
  readonly result?: ScoringResult;
  /** Why a budget is set but there is no portfolio. */
  readonly portfolioError?: string;
  readonly onText: (text: string) => void;
  readonly onChoice: (choice: PortfolioChoice) => void;
}

export function BudgetSection(props: BudgetSectionProps) {
  const { text, budget, choice, read, result, portfolioError, onText, onChoice } = props;
  const styles = useStyles();
  const hours = hasHoursSaved(read);
  const { amount } = useNumberFormat();

  return (
    <Section
      step={props.step}
      title="Annual budget"
      hint="The best set of use cases a year's money can fund, against rank order."
    >
      <Field
        label="Annual budget"
        {...(budget.kind === "invalid"
          ? { validationMessage: budget.message }
          : { hint: "Optional; empty means no portfolio." })}
      >
        <Input
          value={text}
          placeholder={`e.g. ${amount(600_000)} or 600k`}
          inputMode="decimal"
          onChange={(_, data) => onText(data.value)}
          {...(budget.kind === "amount" && {
            contentAfter: <UnderstoodAmount text={amount(budget.amount)} />,
          })}
        />
      </Field>
      {text.trim() !== "" && (
        <>
          <Field
            label="Maximise"
            {...(!hours && { hint: "Annual value needs an Hours saved per week column." })}
          >
            <RadioGroup
              layout="horizontal"
              className={styles.options}
              value={objectiveFor(choice, read)}
              onChange={(_, data) =>
                onChoice({ ...choice, objective: data.value === "value" ? "value" : "score" })
              }
            >
              <Radio value="score" label="Total score" />
              <Radio value="value" label="Total annual value" disabled={!hours} />
            </RadioGroup>
          </Field>
          <Field label="Fund by" hint={METHOD_HINTS[choice.method]}>
            <RadioGroup
              layout="horizontal"
              className={styles.options}
              value={choice.method}
              onChange={(_, data) =>
                onChoice({ ...choice, method: data.value === "rank" ? "rank" : "optimal" })
              }
            >
              <Radio value="optimal" label="Best portfolio" />
              <Radio value="rank" label="Rank order" />
            </RadioGroup>
          </Field>
          <Checkbox
            label="Draft the roadmap from the funded set"
            checked={choice.roadmapFrom === "portfolio"}
            onChange={(_, data) =>
              onChoice({ ...choice, roadmapFrom: data.checked === true ? "portfolio" : "ranking" })
            }
          />
        </>
      )}
      {budget.kind === "amount" && portfolioError !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{portfolioError}</MessageBarBody>
        </MessageBar>
      )}
      {result?.portfolio && <PortfolioView result={result} portfolio={result.portfolio} />}
    </Section>
  );
}
