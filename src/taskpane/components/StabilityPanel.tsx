/**
 * "Would the top 5 change if we weighted things a bit differently?" — 2,000 rankings under
 * weights (and raters' scores) drawn around the chosen ones, run on demand: 60 use cases take
 * tens of milliseconds, so the pane does it in place.
 */
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import {
  DEFAULT_STABILITY_SETTINGS,
  describeStability,
  PortfolioSettingsSchema,
  rankingStability,
  type ScoringResult,
  type StabilityLabel,
  type StabilityReport,
} from "../../core";
import { useNumberFormat } from "../culture";

const BADGE_COLOURS: Readonly<Record<StabilityLabel, "success" | "warning" | "informative">> = {
  stable: "success",
  contested: "warning",
  unlikely: "informative",
};

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
  },
  sentence: { color: tokens.colorNeutralForeground3, gridColumn: "1 / 3" },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/** With an annual budget, each draw is also funded down its ranking: how often each stays funded. */
function stabilityOf(result: ScoringResult): StabilityReport {
  const funding =
    result.portfolio &&
    PortfolioSettingsSchema.parse({ annualBudget: result.portfolio.annualBudget });
  return rankingStability(result, DEFAULT_STABILITY_SETTINGS, funding);
}

export interface StabilityPanelProps {
  readonly result: ScoringResult;
}

export function StabilityPanel({ result }: StabilityPanelProps) {
  const styles = useStyles();
  const { number } = useNumberFormat();
  const [checked, setChecked] = useState<{ of: ScoringResult; report: StabilityReport }>();
  const top = DEFAULT_STABILITY_SETTINGS.top;
  const current = checked?.of === result ? checked.report : undefined;
  const shown = result.ranked.slice(0, top + 3);

  return (
    <div className={styles.panel}>
      <Button size="small" onClick={() => setChecked({ of: result, report: stabilityOf(result) })}>
        {checked && !current ? "Settings changed: check again" : `How stable is the top ${top}?`}
      </Button>
      {current && (
        <>
          <Text size={200}>
            {number(current.run.draws)} rankings with the weights drawn around yours
            {result.read.hasRaters ? " and the raters' scores resampled" : ""}:
          </Text>
          <ul className={styles.list} aria-label={`How stable the top ${top} is`}>
            {shown.map(({ rank, useCase }) => {
              const stability = current.byKey.get(useCase.row);
              if (!stability) return null;
              return (
                <li key={useCase.row} className={styles.item}>
                  <Text size={200} className={styles.name}>
                    {rank}. {useCase.name}
                  </Text>
                  <Badge size="small" appearance="tint" color={BADGE_COLOURS[stability.label]}>
                    {stability.label}
                  </Badge>
                  <Text size={100} className={styles.sentence}>
                    {describeStability(stability, current.run.top)}
                  </Text>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
