/**
 * Beside the ranking, for the argument about it: where the raters disagree, and value against
 * feasibility as a chart (the same scene the Summary sheet pictures).
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { AXES, AXIS_LABELS, type RaterSummary, type ScoringResult } from "../../core";
import { Section } from "./Section";
import { ValueFeasibilityChart } from "./ValueFeasibilityChart";

/** The axis the raters are furthest apart on, e.g. "regulatory risk 2 to 5". */
export function widestDisagreement(raters: RaterSummary | undefined): string {
  if (!raters) return "";
  const axis = AXES.reduce((widest, candidate) =>
    raters.spread[candidate] > raters.spread[widest] ? candidate : widest,
  );
  const scores = raters.scores[axis];
  return `${AXIS_LABELS[axis].toLowerCase()} ${Math.min(...scores)} to ${Math.max(...scores)}`;
}

const useStyles = makeStyles({
  discuss: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  discussList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ChartSectionProps {
  readonly step: number;
  readonly result: ScoringResult;
}

export function ChartSection({ step, result }: ChartSectionProps) {
  const styles = useStyles();
  // Where the raters are two or more points apart, the room should talk before it ranks.
  const contested = result.ranked.filter((entry) => entry.flags.includes("contested"));
  return (
    <Section step={step} title="Chart">
      {contested.length > 0 && (
        <div className={styles.discuss}>
          <Text size={200} weight="semibold" id="to-discuss">
            To discuss ({contested.length}): the raters disagree
          </Text>
          <ul className={styles.discussList} aria-labelledby="to-discuss">
            {contested.map(({ rank, useCase }) => (
              <li key={useCase.row}>
                <Text size={200}>
                  #{rank} {useCase.name}: {widestDisagreement(useCase.raters)}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ValueFeasibilityChart result={result} />
    </Section>
  );
}
