/** Walks over the "needs" graph of the portfolio search. */
import { UNDECIDED } from "./portfolioSelection";

/**
 * Per undecided use case, the cost of it and everything it needs; the count stops once it is
 * past the capacity, so this is the exact cost or some number above the capacity.
 */
export function closureCosts(
  count: number,
  needs: readonly (readonly number[])[],
  costOf: (item: number) => number,
  status: Uint8Array,
  capacity: number,
): Float64Array {
  const result = new Float64Array(count);
  const seen = new Int32Array(count).fill(-1);
  const stack: number[] = [];
  for (let item = 0; item < count; item++) {
    if (status[item] !== UNDECIDED) continue;
    let total = 0;
    stack.length = 0;
    stack.push(item);
    seen[item] = item;
    while (stack.length > 0 && total <= capacity) {
      const next = stack.pop() as number;
      total += costOf(next);
      for (const need of needs[next] ?? []) {
        if (seen[need] === item) continue;
        seen[need] = item;
        stack.push(need);
      }
    }
    result[item] = total;
  }
  return result;
}

/** The use cases of `items` with what they need (among `items`) before them. */
export function topologicalOrder(
  items: readonly number[],
  needs: readonly (readonly number[])[],
): number[] {
  const count = needs.length;
  const member = new Uint8Array(count);
  for (const item of items) member[item] = 1;
  const placed = new Uint8Array(count);
  const result: number[] = [];
  const stack: [item: number, next: number][] = [];
  for (const root of items) {
    if (placed[root]) continue;
    stack.push([root, 0]);
    placed[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as [number, number];
      const itemNeeds = needs[frame[0]] ?? [];
      if (frame[1] < itemNeeds.length) {
        const need = itemNeeds[frame[1]++] as number;
        if (member[need] && !placed[need]) {
          placed[need] = 1;
          stack.push([need, 0]);
        }
        continue;
      }
      stack.pop();
      result.push(frame[0]);
    }
  }
  return result;
}
