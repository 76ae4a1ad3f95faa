/**
 * Step 5: the ranking as it stands, re-ranked in memory as weights move, and the value vs
 * feasibility chart of the same use cases.
 */
import { Badge, Button, makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import {
  AXES,
  AXIS_LABELS,
  formatQuarter,
  keptOffExplanation,
  type RaterSummary,
  type ScoringResult,
} from "../../core";
import { Section } from "./Section";
import { StabilityPanel } from "./StabilityPanel";
import { ValueFeasibilityChart } from "./ValueFeasibilityChart";
import { useNumberFormat } from "../culture";

const TOP = 10;

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
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  item: {
    display: "grid",
    gridTemplateColumns: "24px minmax(0, 1fr) 40px",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    paddingBlock: "3px",
  },
  rank: {
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
  name: { display: "flex", flexDirection: "column", minWidth: 0 },
  // The governance badge sits beside the name, not beside the bar: every bar then has the same
  // length (so bars compare across rows) and every row the same height.
  titleLine: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  title: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  badge: { flexShrink: 0 },
  meta: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", minWidth: 0 },
  bar: {
    height: "4px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground5,
  },
  fill: {
    height: "100%",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground,
  },
  score: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  // As wide as `2027-Q1`, so "off" does not lengthen its row's bar.
  quarter: {
    color: tokens.colorNeutralForeground3,
    flexShrink: 0,
    width: "7.5ch",
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
});

export interface PreviewSectionProps {
  readonly result?: ScoringResult;
}

export function PreviewSection({ result }: PreviewSectionProps) {
  const styles = useStyles();
  const { number } = useNumberFormat();
  const scoreText = (score: number): string =>
    number(score, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const [showAll, setShowAll] = useState(false);
  const [view, setView] = useState<"ranking" | "chart">("ranking");
  if (!result) {
    return (
      <Section step={5} title="Preview">
        <Text size={200}>Choose a sheet with use cases to see the ranking.</Text>
      </Section>
    );
  }
  // Why a use case is off the roadmap, on hover and for screen readers: "off" alone reads as a bug.
  const keptOffWhy = new Map(
    result.roadmap.keptOff.map((kept) => [
      kept.ranked.useCase.row,
      keptOffExplanation(kept.reason),
    ]),
  );
  const startOf = new Map(
    result.roadmap.placed.map((placed) => [placed.ranked.useCase.row, placed.start]),
  );
  const shown = showAll ? result.ranked : result.ranked.slice(0, TOP);
  // Where the raters are two or more points apart, the room should talk before it ranks.
  const contested = result.ranked.filter((entry) => entry.flags.includes("contested"));

  const ranking = (
    <>
      <ol className={styles.list} aria-label="Ranking">
        {shown.map(({ rank, score, flags, useCase }) => {
          const start = startOf.get(useCase.row);
          return (
            <li key={useCase.row} className={styles.item} data-testid="preview-item">
              <Text size={200} className={styles.rank}>
                {rank}
              </Text>
              <div className={styles.name}>
                <div className={styles.titleLine}>
                  <Text size={200} className={styles.title} title={useCase.name}>
                    {useCase.name}
                  </Text>
                  {flags.includes("governance-review") && (
                    <Badge
                      size="small"
                      appearance="tint"
                      color="warning"
                      className={styles.badge}
                      title="Regulatory risk 4 or 5"
                    >
                      governance
                    </Badge>
                  )}
                </div>
                <div className={styles.meta}>
                  <div className={styles.bar} style={{ flexGrow: 1 }} aria-hidden>
                    <div className={styles.fill} style={{ width: `${score}%` }} />
                  </div>
                  {start === undefined ? (
                    <Text
                      size={100}
                      className={styles.quarter}
                      title={keptOffWhy.get(useCase.row)}
                      aria-label={`off the roadmap: ${keptOffWhy.get(useCase.row) ?? ""}`}
                    >
                      off
                    </Text>
                  ) : (
                    <Text size={100} className={styles.quarter}>
                      {formatQuarter(start)}
                    </Text>
                  )}
                </div>
              </div>
              <Text size={200} className={styles.score} aria-label={`score ${scoreText(score)}`}>
                {scoreText(score)}
              </Text>
            </li>
          );
        })}
      </ol>
      {result.ranked.length > TOP && (
        <Button size="small" appearance="subtle" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the top ${TOP}` : `Show all ${result.ranked.length}`}
        </Button>
      )}
      <StabilityPanel result={result} />
    </>
  );

  return (
    <Section step={5} title="Preview">
      <div className={styles.counts} aria-live="polite">
        <Badge appearance="tint" color="brand">
          {result.ranked.length} scored
        </Badge>
        <Badge
          appearance="tint"
          color={result.read.notScored.length > 0 ? "danger" : "informative"}
        >
          {result.read.notScored.length} not scored
        </Badge>
        <Badge appearance="tint" color="success">
          {result.roadmap.placed.length} on the roadmap
        </Badge>
      </div>
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
      <TabList
        size="small"
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value === "chart" ? "chart" : "ranking")}
        aria-label="Show the ranking or the chart"
      >
        <Tab value="ranking">Ranking</Tab>
        <Tab value="chart">Chart</Tab>
      </TabList>
      {view === "chart" ? <ValueFeasibilityChart result={result} /> : ranking}
    </Section>
  );
}
