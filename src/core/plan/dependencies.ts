/**
 * Which scored use case each listed dependency means, shared by the roadmap and the portfolio
 * so both read `Depends on` the same way: ids trimmed and ignoring case, the first row with an
 * id is the one meant, and a dependency on an unknown or not-scored row is node -1 (never met).
 */
import type { RankedUseCase } from "../rank";

export interface ListedDependency {
  /** The scored use case's own id, or the id as written when it has no scored row. */
  readonly id: string;
  /** Index into the ranking; -1 when it can never be met. */
  readonly node: number;
}

const NO_DEPENDENCIES: readonly ListedDependency[] = Object.freeze([]);

export function listedDependencies(
  ranked: readonly RankedUseCase[],
  notScored: readonly { readonly row: number; readonly id: string }[],
): (readonly ListedDependency[])[] {
  // Each id keeps the entry with the lowest row, without sorting every row.
  const entryOfId = new Map<string, { row: number; node: number }>();
  const claim = (id: string, row: number, node: number): void => {
    const key = id.trim().toLowerCase();
    const earlier = entryOfId.get(key);
    if (earlier === undefined || row < earlier.row) entryOfId.set(key, { row, node });
  };
  ranked.forEach(({ useCase }, node) => claim(useCase.id, useCase.row, node));
  notScored.forEach(({ id, row }) => claim(id, row, -1));
  return ranked.map(({ useCase }) =>
    useCase.dependsOn.length === 0
      ? NO_DEPENDENCIES
      : useCase.dependsOn.map((written) => {
          const node = entryOfId.get(written.trim().toLowerCase())?.node ?? -1;
          return {
            id: node >= 0 ? (ranked[node] as RankedUseCase).useCase.id : written.trim(),
            node,
          };
        }),
  );
}
