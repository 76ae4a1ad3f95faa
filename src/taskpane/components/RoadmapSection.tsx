/** Step 3: the roadmap's start, pace and quarterly budget cap. */
import { Field, Input, makeStyles, Select, SpinButton, tokens } from "@fluentui/react-components";
import { useState } from "react";
import {
  formatQuarter,
  parseBudget,
  parseQuarter,
  quarterOf,
  type RoadmapSettings,
} from "../../core";
import { useNumberFormat } from "../culture";
import { Section } from "./Section";
import { UnderstoodAmount } from "./UnderstoodAmount";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  wide: { gridColumn: "1 / 3" },
});

export interface RoadmapSectionProps {
  /** Its number among the pane's sections, which the session view orders. */
  readonly step: number;
  readonly roadmap: RoadmapSettings;
  readonly today: Date;
  readonly onChange: (roadmap: RoadmapSettings) => void;
}

/** The quarter `today` is in and the next eight, plus the chosen one if it is elsewhere. */
function quarterOptions(today: Date, chosen: string): string[] {
  const current = quarterOf(today);
  const quarters = Array.from({ length: 9 }, (_, offset) => formatQuarter(current + offset));
  return quarters.includes(chosen)
    ? quarters
    : [chosen, ...quarters].sort((a, b) => parseQuarter(a) - parseQuarter(b));
}

export function RoadmapSection({ step, roadmap, today, onChange }: RoadmapSectionProps) {
  const styles = useStyles();
  const { amount, culture } = useNumberFormat();
  const decimal = { decimal: culture.decimalSeparator };
  // Undefined until typed: the cap as set, in the workbook's culture.
  const [typed, setTyped] = useState<string>();
  const budgetText =
    typed ?? (roadmap.quarterBudget === undefined ? "" : amount(roadmap.quarterBudget));
  const budgetReading = parseBudget(budgetText, decimal);
  const budgetError = budgetReading.ok
    ? undefined
    : `Type an amount such as ${amount(250_000)} or 250k, or leave it empty.`;

  return (
    <Section
      step={step}
      title="Roadmap"
      hint="Best rank first, each in the earliest quarter it fits."
    >
      <div className={styles.grid}>
        <Field label="Start quarter">
          <Select
            value={roadmap.start}
            onChange={(_, data) => onChange({ ...roadmap, start: data.value })}
          >
            {quarterOptions(today, roadmap.start).map((quarter) => (
              <option key={quarter}>{quarter}</option>
            ))}
          </Select>
        </Field>
        <Field label="Use cases per quarter">
          <SpinButton
            min={1}
            max={20}
            value={roadmap.slotsPerQuarter}
            onChange={(_, data) => {
              const value = data.value ?? Number(data.displayValue);
              if (value !== null && Number.isInteger(value) && value >= 1)
                onChange({ ...roadmap, slotsPerQuarter: value });
            }}
          />
        </Field>
        <Field
          className={styles.wide}
          label="Budget cap per quarter"
          {...(budgetError
            ? { validationMessage: budgetError }
            : { hint: "Optional; empty means no cap." })}
        >
          <Input
            value={budgetText}
            placeholder="No cap"
            {...(budgetReading.ok &&
              budgetReading.value !== undefined && {
                contentAfter: <UnderstoodAmount text={amount(budgetReading.value)} />,
              })}
            onChange={(_, data) => {
              setTyped(data.value);
              const reading = parseBudget(data.value, decimal);
              if (!reading.ok) return;
              const { quarterBudget: _old, ...rest } = roadmap;
              onChange(
                reading.value === undefined ? rest : { ...rest, quarterBudget: reading.value },
              );
            }}
          />
        </Field>
      </div>
    </Section>
  );
}
