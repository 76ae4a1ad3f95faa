/**
 * The task pane, run against the adapter it is given. Until a source is read it is a list of
 * steps from the source down; once read, it is the session view: the weights pinned at the top,
 * the whole ranking right below them, then the setup, the chart, the problems and the write.
 */
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { DEFAULT_CULTURE } from "../core";
import type { ExcelAdapter } from "../excel";
import { BudgetSection } from "./components/BudgetSection";
import { ChartSection } from "./components/ChartSection";
import { ProblemsSection } from "./components/ProblemsSection";
import { RankingSection } from "./components/RankingSection";
import { RoadmapSection } from "./components/RoadmapSection";
import { SourceSection } from "./components/SourceSection";
import { WeightsSection } from "./components/WeightsSection";
import { WriteSection } from "./components/WriteSection";
import { CultureContext } from "./culture";
import type { SettingsStore } from "./settingsStore";
import { fluentTheme } from "./theme";
import { defaultPortfolioRunner, type PortfolioRunner } from "./engine/portfolioRunner";
import type { PresenterHost } from "./presenter";
import { usePresent } from "./usePresent";
import { useRankMoves } from "./useRankMoves";
import { useScoringSession } from "./useScoringSession";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Excel on the Mac opens panes at 270 px; nothing may need more.
    minWidth: "260px",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    paddingBlock: tokens.spacingVerticalM,
    gap: tokens.spacingHorizontalS,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  // Reserve the spinner's space so nothing below jumps when it appears.
  status: { width: "20px", height: "20px" },
  // The weights stay in view however far the pane is scrolled: a weight and the ranking it
  // moves are on screen together.
  pinned: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

type SectionName =
  "source" | "weights" | "ranking" | "roadmap" | "budget" | "chart" | "problems" | "write";

/** Before a source is read: the steps from the source down. */
const SETUP_ORDER: readonly SectionName[] = [
  "source",
  "weights",
  "ranking",
  "roadmap",
  "budget",
  "problems",
  "write",
];

/** Once read: the session view, weights and ranking first. */
const SESSION_ORDER: readonly SectionName[] = [
  "weights",
  "ranking",
  "source",
  "roadmap",
  "budget",
  "chart",
  "problems",
  "write",
];

export interface AppProps {
  readonly adapter: ExcelAdapter;
  readonly store: SettingsStore;
  readonly dark: boolean;
  readonly today?: Date;
  /** Opens the ranking in a window for the projector; none outside Excel. */
  readonly presenter?: PresenterHost;
  /** Where the portfolio search runs; a Web Worker when the browser has them. */
  readonly portfolioRunner?: PortfolioRunner;
}

export function App({
  adapter,
  store,
  dark,
  today = new Date(),
  presenter,
  portfolioRunner,
}: AppProps) {
  const styles = useStyles();
  const errorBar = useRef<HTMLDivElement>(null);
  // The exact portfolio search runs in a Web Worker in the browser, on this thread in tests.
  const [runner] = useState(() => portfolioRunner ?? defaultPortfolioRunner());
  useEffect(() => () => runner.dispose(), [runner]);
  const session = useScoringSession(adapter, store, today, runner);
  const busy = session.activity.kind === "loading" || session.activity.kind === "writing";
  const moves = useRankMoves(session.result);
  const present = usePresent(presenter, session.result, moves, session.culture ?? DEFAULT_CULTURE);

  // The error shows at the top while the button pressed may be far below: bring it into view
  // and move focus to it, so neither eyes nor a screen reader miss it.
  useEffect(() => {
    if (!session.error) return;
    errorBar.current?.scrollIntoView?.({ block: "nearest" });
    errorBar.current?.focus();
  }, [session.error]);

  // Once a source is read, the pane is laid out for the scoring session (see the JSX below).
  const inSession = session.result !== undefined;
  const source = (step: number) => (
    <SourceSection
      step={step}
      {...(session.sources && { sources: session.sources })}
      {...(session.choice && { choice: session.choice })}
      {...(session.read && { read: session.read })}
      {...(session.header && { header: session.header })}
      {...(session.sheet?.hiddenRows && { hiddenRows: session.sheet.hiddenRows })}
      {...(session.unusable !== undefined && { unusable: session.unusable })}
      overrides={session.overrides}
      busy={busy}
      onChoose={session.chooseSource}
      onReload={session.reload}
      onOverride={session.setOverride}
      {...(session.scoresSheet !== undefined && { scoresSheet: session.scoresSheet })}
      aggregate={session.aggregate}
      onChooseScores={session.chooseScoresSheet}
      onAggregate={session.setAggregate}
    />
  );
  const weights = (step: number) => (
    <WeightsSection
      step={step}
      weights={session.weights}
      onChange={session.setWeights}
      {...(session.pairwise && { pairwise: session.pairwise })}
      onPairwise={session.setPairwise}
    />
  );
  const ranking = (step: number) => (
    <RankingSection
      step={step}
      {...(session.result && { result: session.result })}
      moves={moves}
      present={present}
      portfolioPending={session.portfolioPending}
    />
  );
  const roadmap = (step: number) => (
    <RoadmapSection
      step={step}
      roadmap={session.roadmap}
      today={today}
      onChange={session.setRoadmap}
    />
  );
  const budget = (step: number) => (
    <BudgetSection
      step={step}
      text={session.annualBudgetText}
      budget={session.annualBudget}
      choice={session.portfolioChoice}
      {...(session.read && { read: session.read })}
      {...(session.result && { result: session.result })}
      {...(session.portfolioError !== undefined && {
        portfolioError: session.portfolioError,
      })}
      onText={session.setAnnualBudgetText}
      onChoice={session.setPortfolioChoice}
    />
  );
  const chart = (step: number) =>
    session.result ? <ChartSection step={step} result={session.result} /> : null;
  const problems = (step: number) => (
    <ProblemsSection
      step={step}
      read={session.result !== undefined}
      problems={session.result?.problems ?? []}
      onSelect={session.selectCell}
    />
  );
  const write = (step: number) => (
    <WriteSection
      step={step}
      activity={session.activity}
      by={session.by}
      onBy={session.setBy}
      canWrite={session.result !== undefined}
      onWrite={session.write}
      onOpenSheet={session.activateSheet}
      {...(session.unansweredWrite && { unansweredWrite: session.unansweredWrite })}
      onDismissUnansweredWrite={session.dismissUnansweredWrite}
    />
  );

  const sections: Record<SectionName, (step: number) => ReactNode> = {
    source,
    weights,
    ranking,
    roadmap,
    budget,
    chart,
    problems,
    write,
  };

  return (
    <FluentProvider theme={fluentTheme(dark)}>
      <CultureContext.Provider value={session.culture ?? DEFAULT_CULTURE}>
        <main className={styles.root}>
          <header className={styles.header}>
            <Text size={400} className={styles.title} as="h1">
              Opportunity Scorer
            </Text>
            <div className={styles.status} aria-live="polite">
              {busy && <Spinner size="tiny" aria-label="Working" />}
            </div>
          </header>
          {session.error && (
            <div ref={errorBar} tabIndex={-1}>
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{session.error.title}</MessageBarTitle>
                  {session.error.message}
                </MessageBarBody>
                <MessageBarActions>
                  {session.error.retry && <Button onClick={session.error.retry}>Try again</Button>}
                  <Button appearance="subtle" onClick={session.dismissError}>
                    Dismiss
                  </Button>
                </MessageBarActions>
              </MessageBar>
            </div>
          )}
          {/* In the session view the weights stay on screen with the ranking right below them,
              and everything else comes after, never between a weight and the list. The keys
              keep each section (and what is open in it) when the order changes. */}
          {(inSession ? SESSION_ORDER : SETUP_ORDER).map((name, index) => (
            <div key={name} className={name === "weights" && inSession ? styles.pinned : undefined}>
              {sections[name](index + 1)}
            </div>
          ))}
        </main>
      </CultureContext.Provider>
    </FluentProvider>
  );
}
