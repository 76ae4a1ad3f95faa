/**
 * The state of a scoring session: which source, the rows last read from it, the weights,
 * roadmap and portfolio settings, and the result. The result (with its portfolio, when there is
 * an annual budget) is recomputed in memory from the last read on every change, so the preview
 * re-ranks and the portfolio moves as a slider moves, without a workbook round trip.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  bestHeaderRow,
  DEFAULT_WEIGHTS,
  quarterAfter,
  scoreRead,
  UnusableInputError,
  weightsFromPairwise,
  withColumnMapped,
  type NumberCulture,
  type RaterAggregate,
  type ReadResult,
  type RoadmapSettings,
  type SheetInput,
  type Weights,
} from "../core";
import { ExcelAdapterError, type ExcelAdapter, type SourceChoice, type SourceList } from "../excel";
import { numberReadingOf } from "./culture";
import { portfolioSettingsFor, withChosenPortfolio } from "./portfolioChoice";
import {
  defaultChoice,
  defaultScoresSheet,
  pairwiseWeightsInPoints,
  paneError,
  readSheets,
  type PaneError,
} from "./sessionSources";
import { flushWhenHidden, settlingSaver, type SettingsStore } from "./settingsStore";
import type { PortfolioRunner } from "./engine/portfolioRunner";
import { useAnnualBudget } from "./useAnnualBudget";
import { useSettledPortfolio } from "./useSettledPortfolio";

import type { Activity, ScoringSession, UnansweredWrite, WriteStep } from "./scoringSession";

export type {
  Activity,
  PaneError,
  ScoringSession,
  UnansweredWrite,
  WriteStep,
} from "./scoringSession";

export function useScoringSession(
  adapter: ExcelAdapter,
  store: SettingsStore,
  today: Date,
  portfolioRunner: PortfolioRunner,
): ScoringSession {
  // Loaded once, on opening: a document store takes what it loads as its last save.
  const [loaded] = useState(() => store.load());
  const remembered = useRef(loaded);
  const [sources, setSources] = useState<SourceList>();
  const [choice, setChoice] = useState<SourceChoice>();
  const [sheet, setSheet] = useState<SheetInput>();
  // Several raters in long form: the sheet holding one row per rating, read with the source.
  const [scoresSheetName, setScoresSheetName] = useState<string>();
  const [scoresSheet, setScoresSheet] = useState<SheetInput>();
  const [weights, setWeightsState] = useState<Weights>(
    remembered.current.weights ?? DEFAULT_WEIGHTS,
  );
  const [roadmap, setRoadmapState] = useState<RoadmapSettings>(() => {
    const { horizon = 4, slotsPerQuarter = 3, quarterBudget } = remembered.current.roadmap ?? {};
    return {
      start: quarterAfter(today),
      horizon,
      slotsPerQuarter,
      ...(quarterBudget !== undefined && { quarterBudget }),
    };
  });
  const [overridesBySheet, setOverridesBySheet] = useState(remembered.current.headerOverrides);
  const [aggregate, setAggregateState] = useState<RaterAggregate>("median");
  // Who is running the session, for the Scoring log: typed once, remembered for this person.
  const [by, setByState] = useState(() => store.loadUserName());
  // The six judgements while the weights come from comparing the axes in pairs.
  const [judgements, setJudgements] = useState<readonly number[] | undefined>(
    remembered.current.pairwise,
  );
  const pairwise = useMemo(
    () =>
      judgements && {
        judgements: [...judgements],
        consistencyRatio: weightsFromPairwise(judgements).consistencyRatio,
      },
    [judgements],
  );
  const [activity, setActivity] = useState<Activity>({ kind: "loading" });
  const [error, setError] = useState<PaneError>();
  const [unansweredWrite, setUnansweredWrite] = useState<UnansweredWrite>();
  // The workbook's culture, asked once: numbers written as text are read by it.
  const [culture, setCulture] = useState<NumberCulture>();
  const cultureAsked = useRef<Promise<NumberCulture | undefined>>(undefined);
  const numbers = useMemo(() => numberReadingOf(culture), [culture]);

  // Saved once a control settles, and at the latest when the pane is hidden or closed.
  const saver = useMemo(() => settlingSaver(store), [store]);
  useEffect(() => flushWhenHidden(saver), [saver]);
  const remember = useCallback(
    (patch: Partial<typeof remembered.current>) => {
      remembered.current = { ...remembered.current, ...patch };
      saver.schedule(remembered.current);
    },
    [saver],
  );

  const annual = useAnnualBudget(
    remembered.current.portfolio,
    (portfolio) => remember({ portfolio }),
    culture,
  );

  const load = useCallback(
    /** `wantedScores`: a sheet name, "" for none, or undefined to take the default. */
    async (wanted?: SourceChoice, wantedScores?: string, keepError = false) => {
      setActivity({ kind: "loading" });
      if (!keepError) setError(undefined);
      try {
        // A culture Excel cannot give is not a failure: the pane then declares none.
        cultureAsked.current ??= adapter.readCulture().catch(() => undefined);
        const [list, workbookCulture] = await Promise.all([
          adapter.listSources(),
          cultureAsked.current,
        ]);
        setCulture(workbookCulture);
        setSources(list);
        const next = wanted ?? defaultChoice(list);
        setChoice(next);
        const ratingsFrom =
          wantedScores === undefined ? defaultScoresSheet(list, next) : wantedScores || undefined;
        setScoresSheetName(ratingsFrom);
        const [source, scores] = await Promise.all([
          next ? adapter.readSource(next) : undefined,
          ratingsFrom ? adapter.readSource({ sheetName: ratingsFrom }) : undefined,
        ]);
        setSheet(source);
        setScoresSheet(scores);
        setActivity({ kind: "idle" });
        setUnansweredWrite((current) => current && "reread");
      } catch (caught) {
        setActivity({ kind: "idle" });
        setError(paneError(caught, () => void load(wanted, wantedScores)));
      }
    },
    [adapter],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const overrides = useMemo(
    () => (choice ? (overridesBySheet[choice.sheetName] ?? {}) : {}),
    [choice, overridesBySheet],
  );

  const reading = useMemo((): { read?: ReadResult; unusable?: string } => {
    if (!sheet) return {};
    try {
      return { read: readSheets(sheet, scoresSheet, overrides, aggregate, numbers) };
    } catch (caught) {
      if (caught instanceof UnusableInputError) return { unusable: caught.message };
      throw caught;
    }
  }, [sheet, scoresSheet, overrides, aggregate, numbers]);

  const header = useMemo(
    () =>
      reading.read?.header ??
      (sheet ? bestHeaderRow(sheet, overrides, scoresSheet !== undefined) : undefined),
    [reading.read, sheet, overrides, scoresSheet],
  );

  // The ranking follows every move at once; the portfolio (an exact search) is worked out off
  // the UI thread for the latest weights, and the last one stays shown until it is.
  const settings = useMemo(
    () => ({ weights, roadmap, aggregate, ...(pairwise && { pairwise }) }),
    [weights, roadmap, aggregate, pairwise],
  );
  const scored = useMemo(
    () => reading.read && scoreRead(reading.read, settings),
    [reading.read, settings],
  );
  const funding = useMemo(
    () => scored && portfolioSettingsFor(scored, annual.budget, annual.choice),
    [scored, annual.budget, annual.choice],
  );
  const scoring = useSettledPortfolio(scored, funding, portfolioRunner);
  const result = scoring?.result;
  // What is written is worked out again from the rows read at write time, with the same settings.
  const score = useCallback(
    (read: ReadResult) =>
      withChosenPortfolio(scoreRead(read, settings), annual.budget, annual.choice),
    [settings, annual.budget, annual.choice],
  );

  const write = useCallback(async () => {
    if (!choice) return;
    setError(undefined);
    setUnansweredWrite(undefined);
    void saver.flush(); // so the workbook's settings match what is written
    let step: WriteStep = "read";
    try {
      // Co-authors may have changed the sheet since it was read: read it again first.
      setActivity({ kind: "writing", step });
      const [fresh, freshScores] = await Promise.all([
        adapter.readSource(choice),
        scoresSheetName ? adapter.readSource({ sheetName: scoresSheetName }) : undefined,
      ]);
      setSheet(fresh);
      setScoresSheet(freshScores);
      step = "score";
      setActivity({ kind: "writing", step });
      const read = readSheets(fresh, freshScores, overrides, aggregate, numbers);
      // With its portfolio, so the Summary sheet carries it (and its roadmap, if drafted from it).
      const { result: scored } = score(read);
      step = "write";
      setActivity({ kind: "writing", step });
      const written = await adapter.writeResult(scored, {
        by: by.trim() || "someone",
        time: new Date(),
        sources: freshScores ? [fresh, freshScores] : [fresh],
      });
      setActivity({
        kind: "written",
        sheets: written.sheets.map((s) => s.name),
        placed: scored.roadmap.placed.length,
        ranked: scored.ranked.length,
        ...(scored.portfolio && {
          portfolio: {
            funded: scored.portfolio.funded.length,
            annualBudget: scored.portfolio.annualBudget,
          },
        }),
        moves: written.moves ?? [],
      });
    } catch (caught) {
      setActivity({ kind: "idle" });
      if (step === "write" && caught instanceof ExcelAdapterError && caught.problem === "timeout") {
        // Excel may still carry the write out. Offering Write now could write twice, or over a
        // result about to land: read what the workbook holds first.
        setError(paneError(caught));
        setUnansweredWrite("rereading");
        void load(choice, scoresSheetName ?? "", true);
        return;
      }
      setError(paneError(caught, () => void write()));
      return;
    }
    // The sheets are written. Refreshing the list (so it marks them as scorer output) must not
    // turn that success into an error, nor offer to write again, when only the refresh fails.
    try {
      setSources(await adapter.listSources());
    } catch {
      // The list stays as it was; the next Reload refreshes it.
    }
  }, [adapter, choice, scoresSheetName, overrides, aggregate, numbers, score, by, saver, load]);

  const guarded = useCallback(
    (action: () => Promise<void>) => () => {
      action().catch((caught: unknown) => setError(paneError(caught)));
    },
    [],
  );

  // "Wrote …" describes the workbook as written; once a setting moves it no longer does.
  const staleSummary = (): void =>
    setActivity((current) => (current.kind === "written" ? { kind: "idle" } : current));

  return {
    ...(sources && { sources }),
    ...(choice && { choice }),
    ...(sheet && { sheet }),
    ...(reading.read && { read: reading.read }),
    ...(header && { header }),
    ...(reading.unusable !== undefined && { unusable: reading.unusable }),
    ...(result && { result }),
    ...(scoresSheetName !== undefined && { scoresSheet: scoresSheetName }),
    aggregate,
    ...(judgements && { pairwise: judgements }),
    weights,
    roadmap,
    annualBudgetText: annual.text,
    annualBudget: annual.budget,
    portfolioChoice: annual.choice,
    ...(scoring?.portfolioError !== undefined && { portfolioError: scoring.portfolioError }),
    portfolioPending: scoring?.pending ?? false,
    overrides,
    ...(culture && { culture }),
    activity,
    ...(error && { error }),
    ...(unansweredWrite && { unansweredWrite }),
    chooseSource: (next) => void load(next),
    reload: () => void load(choice, scoresSheetName ?? ""),
    chooseScoresSheet: (name) => void load(choice, name ?? ""),
    setPairwise: (next) => {
      setJudgements(next);
      staleSummary();
      if (!next) {
        remember({ pairwise: undefined });
        return;
      }
      const asPoints = pairwiseWeightsInPoints(next);
      setWeightsState(asPoints);
      remember({ weights: asPoints, pairwise: next });
    },
    by,
    setBy: (next) => {
      setByState(next);
      void store.saveUserName(next);
    },
    setAggregate: (next) => {
      setAggregateState(next);
      staleSummary();
    },
    setWeights: (next) => {
      setWeightsState(next);
      setJudgements(undefined);
      staleSummary();
      remember({ weights: next, pairwise: undefined });
    },
    setRoadmap: (next) => {
      setRoadmapState(next);
      staleSummary();
      // The start quarter is not remembered: next month's session should not open in the past.
      const { start: _start, ...lasting } = next;
      remember({ roadmap: lasting });
    },
    setAnnualBudgetText: (text) => {
      annual.setText(text);
      staleSummary();
    },
    setPortfolioChoice: (next) => {
      annual.setChoice(next);
      staleSummary();
    },
    setOverride: (header, field) => {
      if (!choice) return;
      const current = withColumnMapped(overridesBySheet[choice.sheetName] ?? {}, header, field);
      const next = { ...overridesBySheet, [choice.sheetName]: current };
      setOverridesBySheet(next);
      staleSummary();
      remember({ headerOverrides: next });
    },
    write: () => void write(),
    dismissUnansweredWrite: () => setUnansweredWrite(undefined),
    selectCell: (address) => guarded(() => adapter.selectCell(address))(),
    activateSheet: (name) => guarded(() => adapter.activateSheet(name))(),
    dismissError: () => setError(undefined),
  };
}
