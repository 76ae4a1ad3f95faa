/** Step 7: write the ranked list and roadmap, with progress and the sheets it wrote. */
import {
  Button,
  Field,
  Input,
  makeStyles,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { describeMove } from "../../core";
import type { Activity, WriteStep } from "../useScoringSession";
import { Section } from "./Section";

const STEPS: Readonly<Record<WriteStep, { label: string; value: number }>> = {
  read: { label: "Reading the sheet again (co-authors may have changed it)…", value: 0.2 },
  score: { label: "Scoring…", value: 0.45 },
  write: { label: "Writing Ranked and Roadmap…", value: 0.75 },
};

const useStyles = makeStyles({
  done: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  moves: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface WriteSectionProps {
  readonly activity: Activity;
  readonly by: string;
  readonly onBy: (name: string) => void;
  readonly canWrite: boolean;
  readonly onWrite: () => void;
  readonly onOpenSheet: (name: string) => void;
}

export function WriteSection({
  activity,
  by,
  onBy,
  canWrite,
  onWrite,
  onOpenSheet,
}: WriteSectionProps) {
  const styles = useStyles();
  const writing = activity.kind === "writing";
  return (
    <Section
      step={7}
      title="Write to the workbook"
      hint="Adds the sheets Ranked, Roadmap and Summary, and a row in the Scoring log; your sheets are never changed."
    >
      <Field label="Your name, for the Scoring log">
        <Input
          value={by}
          placeholder="e.g. Dana Whitfield"
          onChange={(_, data) => onBy(data.value)}
        />
      </Field>
      <Button
        appearance="primary"
        disabled={!canWrite || writing || activity.kind === "loading"}
        onClick={onWrite}
      >
        Write ranked list and roadmap
      </Button>
      {writing && (
        <Field validationMessage={STEPS[activity.step].label} validationState="none">
          <ProgressBar value={STEPS[activity.step].value} aria-label="Writing progress" />
        </Field>
      )}
      {activity.kind === "written" && (
        <div className={styles.done} role="status">
          <Text size={200}>
            {activity.portfolio
              ? `Wrote ${activity.ranked} ranked use cases, a roadmap of ${activity.placed} and ` +
                `a portfolio of ${activity.portfolio.funded} within ` +
                `${activity.portfolio.annualBudget.toLocaleString("en-US")}.`
              : `Wrote ${activity.ranked} ranked use cases and a roadmap of ${activity.placed}.`}
          </Text>
          {activity.moves.length > 0 && (
            <>
              <Text size={200} weight="semibold">
                What moved since the last run
              </Text>
              <ul className={styles.moves} aria-label="What moved since the last run">
                {activity.moves.slice(0, 8).map((move) => (
                  <li key={`${move.id}:${String(move.from)}`}>
                    <Text size={200}>{describeMove(move)}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className={styles.buttons}>
            {activity.sheets.map((sheet) => (
              <Button key={sheet} size="small" onClick={() => onOpenSheet(sheet)}>
                Open {sheet}
              </Button>
            ))}
          </div>
        </div>
      )}
    </Section>
  );
}
