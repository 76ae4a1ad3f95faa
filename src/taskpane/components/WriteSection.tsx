/** Step 7: write the ranked list and roadmap, with progress and the sheets it wrote. */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { describeMove } from "../../core";
import type { Activity, UnansweredWrite, WriteStep } from "../useScoringSession";
import { Section } from "./Section";
import { useNumberFormat } from "../culture";

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
  /** Its number among the pane's sections, which the session view orders. */
  readonly step: number;
  readonly activity: Activity;
  readonly by: string;
  readonly onBy: (name: string) => void;
  readonly canWrite: boolean;
  readonly onWrite: () => void;
  readonly onOpenSheet: (name: string) => void;
  /** Set after Excel left a write unanswered: no write is offered until the pane has read again. */
  readonly unansweredWrite?: UnansweredWrite;
  readonly onDismissUnansweredWrite: () => void;
}

export function WriteSection({
  step,
  activity,
  by,
  onBy,
  canWrite,
  onWrite,
  onOpenSheet,
  unansweredWrite,
  onDismissUnansweredWrite,
}: WriteSectionProps) {
  const styles = useStyles();
  const { amount } = useNumberFormat();
  const writing = activity.kind === "writing";
  const rereading = unansweredWrite === "rereading";
  return (
    <Section
      step={step}
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
        disabled={!canWrite || writing || rereading || activity.kind === "loading"}
        onClick={onWrite}
      >
        Write ranked list and roadmap
      </Button>
      {rereading && (
        <Text size={200} role="status">
          {activity.kind === "loading"
            ? "Reading the workbook again before another write, as the last one may still finish in Excel…"
            : "Writing comes back once the workbook has been read again: press Try again at the top, or Reload."}
        </Text>
      )}
      {unansweredWrite === "reread" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The last write may still complete</MessageBarTitle>
            Excel did not answer in time and may still finish that write. The workbook has been read
            again, so a new write starts from what it holds now.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="subtle" onClick={onDismissUnansweredWrite}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
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
                `${amount(activity.portfolio.annualBudget)}.`
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
