/** Step 6: write the ranked list and roadmap, with progress and the sheets it wrote. */
import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { Activity, WriteStep } from "../useScoringSession";
import { Section } from "./Section";

const STEPS: Readonly<Record<WriteStep, { label: string; value: number }>> = {
  read: { label: "Reading the sheet again (co-authors may have changed it)…", value: 0.2 },
  score: { label: "Scoring…", value: 0.45 },
  write: { label: "Writing Ranked and Roadmap…", value: 0.75 },
};

const useStyles = makeStyles({
  done: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface WriteSectionProps {
  readonly activity: Activity;
  readonly canWrite: boolean;
  readonly onWrite: () => void;
  readonly onOpenSheet: (name: string) => void;
}

export function WriteSection({ activity, canWrite, onWrite, onOpenSheet }: WriteSectionProps) {
  const styles = useStyles();
  const writing = activity.kind === "writing";
  return (
    <Section
      step={6}
      title="Write to the workbook"
      hint="Adds the sheets Ranked and Roadmap; your sheets are never changed."
    >
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
            Wrote {activity.ranked} ranked use cases and a roadmap of {activity.placed}.
          </Text>
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
