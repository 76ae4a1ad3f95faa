/** The task pane: seven steps from top to bottom, run against the adapter it is given. */
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
import { useEffect, useRef } from "react";
import { DEFAULT_CULTURE } from "../core";
import type { ExcelAdapter } from "../excel";
import { BudgetSection } from "./components/BudgetSection";
import { PreviewSection } from "./components/PreviewSection";
import { ProblemsSection } from "./components/ProblemsSection";
import { RoadmapSection } from "./components/RoadmapSection";
import { SourceSection } from "./components/SourceSection";
import { WeightsSection } from "./components/WeightsSection";
import { WriteSection } from "./components/WriteSection";
import { CultureContext } from "./culture";
import type { SettingsStore } from "./settingsStore";
import { fluentTheme } from "./theme";
import { useScoringSession } from "./useScoringSession";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: "280px",
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
});

export interface AppProps {
  readonly adapter: ExcelAdapter;
  readonly store: SettingsStore;
  readonly dark: boolean;
  readonly today?: Date;
}

export function App({ adapter, store, dark, today = new Date() }: AppProps) {
  const styles = useStyles();
  const errorBar = useRef<HTMLDivElement>(null);
  const session = useScoringSession(adapter, store, today);
  const busy = session.activity.kind === "loading" || session.activity.kind === "writing";

  // The error shows at the top while the button pressed may be far below: bring it into view
  // and move focus to it, so neither eyes nor a screen reader miss it.
  useEffect(() => {
    if (!session.error) return;
    errorBar.current?.scrollIntoView?.({ block: "nearest" });
    errorBar.current?.focus();
  }, [session.error]);

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
          <SourceSection
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
          <WeightsSection
            weights={session.weights}
            onChange={session.setWeights}
            {...(session.pairwise && { pairwise: session.pairwise })}
            onPairwise={session.setPairwise}
          />
          <RoadmapSection roadmap={session.roadmap} today={today} onChange={session.setRoadmap} />
          <BudgetSection
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
          <PreviewSection {...(session.result && { result: session.result })} />
          <ProblemsSection
            problems={session.result?.problems ?? []}
            onSelect={session.selectCell}
          />
          <WriteSection
            activity={session.activity}
            by={session.by}
            onBy={session.setBy}
            canWrite={session.result !== undefined}
            onWrite={session.write}
            onOpenSheet={session.activateSheet}
            {...(session.unansweredWrite && { unansweredWrite: session.unansweredWrite })}
            onDismissUnansweredWrite={session.dismissUnansweredWrite}
          />
        </main>
      </CultureContext.Provider>
    </FluentProvider>
  );
}
