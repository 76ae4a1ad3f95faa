/**
 * The Present window's life in the pane: opened on request, fed the ranking as it stands each
 * time it changes (so the projector follows the sliders), forgotten once closed.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { formatNumber, formatScore, type NumberCulture, type ScoringResult } from "../core";
import { presentSnapshotOf } from "./present/snapshotOf";
import type { PresenterHost, PresentWindow } from "./presenter";

export type PresentState = "closed" | "opening" | "open";

export interface Present {
  readonly available: boolean;
  readonly state: PresentState;
  /** Why the window could not open, in a sentence. */
  readonly error?: string;
  open(): void;
}

export function usePresent(
  host: PresenterHost | undefined,
  result: ScoringResult | undefined,
  moves: ReadonlyMap<number, number>,
  culture: NumberCulture,
): Present {
  const [state, setState] = useState<PresentState>("closed");
  const [error, setError] = useState<string>();
  const [ready, setReady] = useState(0);
  const presentWindow = useRef<PresentWindow | undefined>(undefined);

  // Each new ranking (and each time the window says it is listening) goes to the window.
  useEffect(() => {
    if (state !== "open" || !presentWindow.current || !result) return;
    presentWindow.current.show(
      presentSnapshotOf(result, {
        moves,
        score: (value) => formatScore(value, culture),
        percent: (share) => `${formatNumber(share, culture)}%`,
      }),
    );
  }, [state, result, moves, culture, ready]);

  const open = useCallback(() => {
    if (!host?.available || state !== "closed") return;
    setState("opening");
    setError(undefined);
    host
      .open({
        onReady: () => setReady((count) => count + 1),
        onClosed: () => {
          presentWindow.current = undefined;
          setState("closed");
        },
      })
      .then(
        (opened) => {
          presentWindow.current = opened;
          setState("open");
        },
        (reason: unknown) => {
          setState("closed");
          setError(
            `The ranking window did not open: ${reason instanceof Error ? reason.message : String(reason)}`,
          );
        },
      );
  }, [host, state]);

  return {
    available: host?.available ?? false,
    state,
    ...(error !== undefined && { error }),
    open,
  };
}
