/** Step 6: every problem with its cell; clicking one selects that cell in Excel. */
import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Problem } from "../../core";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", flexDirection: "column" },
  message: { color: tokens.colorNeutralForeground2 },
});

export interface ProblemsSectionProps {
  /** Its number among the pane's sections, which the session view orders. */
  readonly step: number;
  /** Whether rows were read and scored: until then there is nothing to say about them. */
  readonly read: boolean;
  readonly problems: readonly Problem[];
  readonly onSelect: (address: string) => void;
}

export function ProblemsSection({ step, read, problems, onSelect }: ProblemsSectionProps) {
  const styles = useStyles();
  return (
    <Section
      step={step}
      title={`Problems (${problems.length})`}
      {...(problems.length > 0 && {
        hint: "Select a cell to go to it, fix it, then press Reload.",
      })}
    >
      {!read ? (
        <Text size={200}>Nothing read yet.</Text>
      ) : problems.length === 0 ? (
        <Text size={200}>None: every row was read cleanly.</Text>
      ) : (
        <ul className={styles.list} aria-label="Problems">
          {problems.map((problem) => (
            <li key={`${problem.cell}:${problem.message}`} className={styles.item}>
              <Link
                as="button"
                onClick={() => onSelect(problem.cell)}
                aria-label={`Select ${problem.cell}`}
              >
                {problem.cell}
              </Link>
              <Text size={200} className={styles.message}>
                {problem.message}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
