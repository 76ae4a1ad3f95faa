/**
 * The session view's ranking: every use case in its own scrolling list, right under the
 * weights, so the room sees the list move as a weight moves. Each row carries what people argue
 * about: where it starts or why it is off, its badges, how far it just moved, whether it is tied,
 * and, once known, the range of ranks it holds when the weights are drawn around the chosen ones.
 */
import { Badge, Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import {
  describeStability,
  formatQuarter,
  formatScore,
  keptOffExplanation,
  type KeptOffReason,
  type ScoringResult,
} from "../../core";
import { useState } from "react";
import { useNumberFormat } from "../culture";
import type { Present } from "../usePresent";
import { useSettledAnnouncement } from "../useSettledAnnouncement";
import { useStability, type StabilityState } from "../useStability";
import { RankingRow, useRankingRowStyles } from "./RankingRow";
import { Section } from "./Section";

/** What the row says when a use case is off the roadmap; the whole sentence is its title. */
const OFF_REASONS: Readonly<Record<KeptOffReason["kind"], string>> = {
  cycle: "dependency loop",
  dependency: "waits on a dependency",
  horizon: "past the last quarter",
  slots: "quarters full",
  budget: "over the quarter cap",
  "not funded": "not funded",
};

/**
 * Rows drawn at first, and added at a time: a session ranks 20–60 use cases, all drawn; a sheet
 * of thousands would cost every slider step the drawing of thousands of rows.
 */
export const RANKING_PAGE = 100;

const offReasonText = (reason: KeptOffReason): string =>
  reason.kind === "dependency" ? `needs ${reason.id}` : OFF_REASONS[reason.kind];

const useStyles = makeStyles({
  aside: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  // Read by screen readers, not shown: the ranking itself is on screen.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  // The list scrolls by itself: the weights above it never leave the screen.
  scroller: {
    maxHeight: "max(240px, calc(100vh - 330px))",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
  fundingLine: {
    listStyle: "none",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: "2px",
    paddingInline: tokens.spacingHorizontalXS,
    color: tokens.colorBrandForeground1,
    borderTop: `2px dashed ${tokens.colorBrandStroke1}`,
    borderBottom: `2px dashed ${tokens.colorBrandStroke1}`,
  },
});

export interface RankingSectionProps {
  /** Its number among the pane's sections, which the session view orders. */
  readonly step: number;
  readonly result?: ScoringResult;
  /** Places each use case moved with the last change (see useRankMoves), by source row. */
  readonly moves: ReadonlyMap<number, number>;
  /** The Present window, when this Excel can open one. */
  readonly present?: Present;
  /** The funding line drawn is for earlier settings; the new one is being worked out. */
  readonly portfolioPending?: boolean;
}

export function RankingSection({
  step,
  result,
  moves,
  present,
  portfolioPending = false,
}: RankingSectionProps) {
  const styles = useStyles();
  const rowStyles = useRankingRowStyles();
  const { number, amount, culture } = useNumberFormat();
  const stability = useStability(result);
  const announcement = useSettledAnnouncement(result);
  const [shownRows, setShownRows] = useState(RANKING_PAGE);
  if (!result) {
    return (
      <Section step={step} title="Ranking">
        <Text size={200}>Choose a sheet with use cases to see the ranking.</Text>
      </Section>
    );
  }
  const scoreText = (score: number): string => formatScore(score, culture);
  const startOf = new Map(result.roadmap.placed.map((p) => [p.ranked.useCase.row, p.start]));
  const keptOff = new Map(result.roadmap.keptOff.map((k) => [k.ranked.useCase.row, k.reason]));
  const portfolio = result.portfolio;
  const funded = new Set(portfolio?.funded ?? []);
  const notFundedWhy = new Map((portfolio?.notFunded ?? []).map((n) => [n.id, n.reason]));
  // The funding line sits under the last funded use case, in rank order.
  const lastFunded = portfolio
    ? Math.max(0, ...result.ranked.filter((e) => funded.has(e.useCase.id)).map((e) => e.rank))
    : 0;
  const { ranked } = result;

  return (
    <Section
      step={step}
      title="Ranking"
      aside={
        <div className={styles.aside}>
          <StabilityStatus state={stability} />
          {present?.available && (
            <Button
              size="small"
              onClick={present.open}
              disabled={present.state !== "closed"}
              title="Opens the ranking in a window to drag to the projector; it follows the weights"
            >
              {present.state === "open" ? "Presenting" : "Present"}
            </Button>
          )}
        </div>
      }
    >
      {present?.error && (
        <Text size={200} role="alert">
          {present.error}
        </Text>
      )}
      <div className={styles.counts} aria-live="polite">
        <Badge appearance="tint" color="brand">
          {ranked.length} scored
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
      <div className={styles.visuallyHidden} aria-live="polite" data-testid="ranking-announcement">
        {announcement}
      </div>
      <div className={styles.scroller} tabIndex={0} aria-label="Ranking, scrolls">
        <ol className={styles.list} aria-label="Ranking">
          {ranked.slice(0, shownRows).map((entry, index) => {
            const { rank, score, flags, useCase } = entry;
            const moved = moves.get(useCase.row);
            const tied = ranked[index - 1]?.score === score || ranked[index + 1]?.score === score;
            const start = startOf.get(useCase.row);
            const off = keptOff.get(useCase.row);
            const held =
              stability?.kind === "known" ? stability.report.byKey.get(useCase.row) : undefined;
            const notFunded = portfolio && !funded.has(useCase.id);
            return [
              <RankingRow
                key={useCase.row}
                styles={rowStyles}
                rank={rank}
                id={useCase.id}
                name={useCase.name}
                score={score}
                scoreText={scoreText(score)}
                moved={moved}
                tied={tied}
                governance={flags.includes("governance-review")}
                contested={flags.includes("contested")}
                {...(held &&
                  stability?.kind === "known" && {
                    stability: {
                      sentence: describeStability(held, stability.report.run.top),
                      text:
                        (held.p5 === held.p95 ? `holds #${held.p5}` : `#${held.p5}–${held.p95}`) +
                        (held.pFunded === undefined
                          ? ""
                          : ` · ${number(held.pFunded * 100)}% funded`),
                    },
                  })}
                {...(notFunded && {
                  notFunded: notFundedWhy.get(useCase.id) ?? "over budget",
                })}
                {...(start !== undefined && { starts: formatQuarter(start) })}
                {...(start === undefined &&
                  off && { off: { short: offReasonText(off), why: keptOffExplanation(off) } })}
              />,
              portfolio && rank === lastFunded && (
                <li
                  key="funding-line"
                  className={styles.fundingLine}
                  data-testid="funding-line"
                  aria-busy={portfolioPending}
                >
                  <Text size={100} weight="semibold">
                    Funding line: {amount(portfolio.totalBudget)} of{" "}
                    {amount(portfolio.annualBudget)} spent above it
                    {portfolioPending && " (updating)"}
                  </Text>
                </li>
              ),
            ];
          })}
        </ol>
        {ranked.length > shownRows && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => setShownRows(shownRows + RANKING_PAGE)}
          >
            Show {Math.min(RANKING_PAGE, ranked.length - shownRows)} more of{" "}
            {ranked.length - shownRows} ranked lower
          </Button>
        )}
      </div>
    </Section>
  );
}

function StabilityStatus({ state }: { readonly state: StabilityState | undefined }) {
  if (!state) return null;
  if (state.kind === "waiting") {
    return <Spinner size="extra-tiny" aria-label="Checking how stable the ranking is" />;
  }
  return (
    <Badge
      appearance="outline"
      color="informative"
      title="2,000 rankings with the weights drawn around these"
    >
      stability checked
    </Badge>
  );
}
