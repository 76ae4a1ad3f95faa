/**
 * What an annual budget buys: the best portfolio against rank order with the same money, what a
 * 10% cut would drop, the use cases funded with their budgets and totals, and the rest with the
 * reason each is left out. The numbers are the engine's, as the Summary sheet writes them.
 */
import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import {
  budgetCutSentence,
  notFundedReasonText,
  portfolioComparisonSentence,
  type PortfolioComparison,
  type ScoringResult,
} from "../../core";
import { hasHoursSaved } from "../portfolioChoice";
import { useNumberFormat } from "../culture";
import { useListStyles } from "./listStyles";

/** Not funded rows shown before "Show all": a long tail of `over budget` says little more. */
const SHOWN = 10;

const useStyles = makeStyles({
  sentences: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  // A real table (rank, id, name, budget), so a screen reader reads each number with its column;
  // the name column takes what is left of the pane's width and cuts long names with an ellipsis.
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  head: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: "2px",
    paddingInlineEnd: tokens.spacingHorizontalS,
  },
  cell: {
    paddingBlock: "3px",
    paddingInlineEnd: tokens.spacingHorizontalS,
    verticalAlign: "top",
    ":last-child": { paddingInlineEnd: 0 },
  },
  rank: {
    width: "24px",
    textAlign: "end",
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: "tabular-nums",
  },
  id: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  // max-width 0 with width 100%: the column gets the leftover width and no more.
  name: { width: "100%", maxWidth: 0 },
  line: {
    display: "block",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  reason: { display: "block", color: tokens.colorNeutralForeground3 },
  money: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  total: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  totalLabel: { textAlign: "start" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PortfolioViewProps {
  readonly result: ScoringResult;
  readonly portfolio: PortfolioComparison;
}

export function PortfolioView({ result, portfolio }: PortfolioViewProps) {
  const styles = useStyles();
  const list = useListStyles();
  const { amount: money, number, culture } = useNumberFormat();
  /** Points to two decimals, as the sentences write them. */
  const points = (score: number): string => number(score, { maximumFractionDigits: 2 });
  const [showAll, setShowAll] = useState(false);
  const { chosen } = portfolio.portfolios;
  const left = Math.max(0, portfolio.annualBudget - chosen.totalBudget);
  const notFunded = showAll ? chosen.notFunded : chosen.notFunded.slice(0, SHOWN);
  const cell = (...classes: string[]) => mergeClasses(styles.cell, ...classes);

  return (
    <div className={list.column}>
      <div className={styles.sentences} aria-live="polite">
        <Text size={200} weight="semibold">
          {portfolioComparisonSentence(portfolio, culture)}
        </Text>
        <Text size={200}>{budgetCutSentence(portfolio)}</Text>
      </div>
      {chosen.funded.length === 0 ? (
        <Text size={200}>No use case fits within this budget.</Text>
      ) : (
        <table className={styles.table}>
          <caption className={styles.caption}>Funded ({chosen.funded.length})</caption>
          <ColumnHeads
            heads={[
              ["#", mergeClasses(styles.head, styles.rank)],
              ["ID", styles.head],
              ["Use case", styles.head],
              ["Budget", mergeClasses(styles.head, styles.money)],
            ]}
          />
          <tbody>
            {chosen.funded.map(({ rank, useCase }) => (
              <tr key={useCase.row}>
                <UseCaseCells rank={rank} useCase={useCase} />
                <td className={cell(styles.money)}>{money(useCase.budget ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className={styles.total}>
              <th scope="row" colSpan={3} className={cell(styles.totalLabel)}>
                Total
              </th>
              <td className={cell(styles.money)}>{money(chosen.totalBudget)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <Text size={200}>
        Total score {points(chosen.totalScore)}
        {hasHoursSaved(result.read) && `; annual value ${money(chosen.totalValue)}`}.{" "}
        <span className={styles.muted}>
          {money(left)} of {money(portfolio.annualBudget)} left.
        </span>
      </Text>
      {chosen.notFunded.length > 0 && (
        <table className={styles.table}>
          <caption className={styles.caption}>Not funded ({chosen.notFunded.length})</caption>
          <ColumnHeads
            heads={[
              ["#", mergeClasses(styles.head, styles.rank)],
              ["ID", styles.head],
              ["Use case, and why not", styles.head],
            ]}
          />
          <tbody>
            {notFunded.map(({ ranked: { rank, useCase }, reason }) => (
              <tr key={useCase.row}>
                <UseCaseCells
                  rank={rank}
                  useCase={useCase}
                  underName={<span className={styles.reason}>{notFundedReasonText(reason)}</span>}
                />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen.notFunded.length > SHOWN && (
        <Button size="small" appearance="subtle" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${SHOWN}` : `Show all ${chosen.notFunded.length} not funded`}
        </Button>
      )}
    </div>
  );
}

/**
 * The rank, ID and name cells a funded and a not funded row both start with; `underName` goes
 * below the name, in its cell (the reason a use case is not funded).
 */
function UseCaseCells({
  rank,
  useCase,
  underName,
}: {
  readonly rank: number;
  readonly useCase: { readonly id: string; readonly name: string };
  readonly underName?: ReactNode;
}) {
  const styles = useStyles();
  const cell = (...classes: string[]) => mergeClasses(styles.cell, ...classes);
  return (
    <>
      <td className={cell(styles.rank)}>{rank}</td>
      <td className={cell(styles.id)}>{useCase.id}</td>
      <td className={cell(styles.name)}>
        <span className={styles.line} title={useCase.name}>
          {useCase.name}
        </span>
        {underName}
      </td>
    </>
  );
}

/** A table's header row: each column's heading and its class. */
function ColumnHeads({ heads }: { heads: readonly (readonly [string, string])[] }) {
  return (
    <thead>
      <tr>
        {heads.map(([heading, className]) => (
          <th key={heading} scope="col" className={className}>
            {heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}
