/**
 * What a screen reader hears of the ranking: the new top five, once the weights have stood
 * still for a moment, not at every step of a drag (a live region that changes at every tick is
 * read out at every tick, or not at all).
 */
import { useEffect, useState } from "react";
import type { ScoringResult } from "../core";

export const ANNOUNCE_AFTER_MS = 800;

export function topFiveSentence(result: ScoringResult): string {
  const names = result.ranked.slice(0, 5).map(({ rank, useCase }) => `${rank}. ${useCase.name}`);
  return names.length === 0 ? "Nothing ranked." : `Top ${names.length}: ${names.join(", ")}.`;
}

export function useSettledAnnouncement(result: ScoringResult | undefined): string {
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    if (!result) return undefined;
    const timer = setTimeout(() => setAnnounced(topFiveSentence(result)), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [result]);
  return announced;
}
