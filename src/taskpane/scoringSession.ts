/**
 * What a scoring session is, as the pane's sections see it: its state and what can be done to
 * it. Kept by useScoringSession (./useScoringSession.ts).
 */
import type {
  HeaderOverrides,
  HeaderRow,
  NumberCulture,
  RankMove,
  RaterAggregate,
  ReadResult,
  RoadmapSettings,
  ScoringResult,
  SheetInput,
  Weights,
} from "../core";
import type { SourceChoice, SourceList } from "../excel";
import type { AnnualBudgetReading, PortfolioChoice } from "./portfolioChoice";
import type { PaneError } from "./sessionSources";

export type { PaneError } from "./sessionSources";

export type WriteStep = "read" | "score" | "write";

export type Activity =
  | { readonly kind: "idle" }
  | { readonly kind: "loading" }
  | { readonly kind: "writing"; readonly step: WriteStep }
  | {
      readonly kind: "written";
      readonly sheets: readonly string[];
      readonly placed: number;
      readonly ranked: number;
      /** Use cases funded and the annual budget, when the Summary carries a portfolio. */
      readonly portfolio?: { readonly funded: number; readonly annualBudget: number };
      /** What moved since the last logged run of the same source. */
      readonly moves: readonly RankMove[];
    };

/**
 * After Excel left a write unanswered, which may still land: `rereading` until the workbook has
 * been read again (no write is offered meanwhile), then `reread`.
 */
export type UnansweredWrite = "rereading" | "reread";

export interface ScoringSession {
  readonly sources?: SourceList;
  readonly choice?: SourceChoice;
  readonly sheet?: SheetInput;
  readonly read?: ReadResult;
  /** The header row read, or the row closest to one when the sheet cannot be scored yet. */
  readonly header?: HeaderRow;
  /** Why the chosen source cannot be scored (no header row), in a sentence. */
  readonly unusable?: string;
  readonly result?: ScoringResult;
  /** The long-form ratings sheet in use, if any. */
  readonly scoresSheet?: string;
  readonly aggregate: RaterAggregate;
  /** The six judgements while the weights come from comparing the axes in pairs. */
  readonly pairwise?: readonly number[];
  readonly weights: Weights;
  readonly roadmap: RoadmapSettings;
  /** The annual budget box's text as typed, and what it reads as. */
  readonly annualBudgetText: string;
  readonly annualBudget: AnnualBudgetReading;
  readonly portfolioChoice: PortfolioChoice;
  /** Why a budget is set but there is no portfolio (the search ran past its limits). */
  readonly portfolioError?: string;
  /** The portfolio shown is for earlier settings; the one for these is being worked out. */
  readonly portfolioPending: boolean;
  readonly overrides: HeaderOverrides;
  /** How the workbook writes numbers; undefined while unknown (Excel could not say). */
  readonly culture?: NumberCulture;
  readonly activity: Activity;
  readonly error?: PaneError;
  readonly unansweredWrite?: UnansweredWrite;
  chooseSource(choice: SourceChoice): void;
  reload(): void;
  /** A sheet of ratings (Rater, ID, Axis, Score), or undefined for none. */
  chooseScoresSheet(name: string | undefined): void;
  setAggregate(aggregate: RaterAggregate): void;
  /** Who is running the session, written in the Scoring log. */
  readonly by: string;
  setBy(name: string): void;
  /** Weights from six pairwise judgements; undefined goes back to the sliders. */
  setPairwise(judgements: number[] | undefined): void;
  setWeights(weights: Weights): void;
  setRoadmap(roadmap: RoadmapSettings): void;
  setAnnualBudgetText(text: string): void;
  setPortfolioChoice(choice: PortfolioChoice): void;
  /** Names the column headed `header` for a field by hand, as `--map` does; undefined forgets it. */
  setOverride(header: string, field: HeaderOverrides[string] | undefined): void;
  write(): void;
  dismissUnansweredWrite(): void;
  selectCell(address: string): void;
  activateSheet(sheetName: string): void;
  dismissError(): void;
}
