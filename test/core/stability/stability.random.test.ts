import {
  bootstrapMedianTable,
  dirichletSample,
  exp,
  ln,
  logGammaSample,
  Xoshiro128,
} from "../../../src/core/stability/random";

function firstNumbers(random: Xoshiro128, count: number): number[] {
  return Array.from({ length: count }, () => random.nextUint32());
}

describe("the seeded generator", () => {
  it("matches the reference xoshiro128** from the state 1, 2, 3, 4", () => {
    // Printed by the reference C (prng.di.unimi.it/xoshiro128starstar.c) with s = {1, 2, 3, 4}.
    expect(firstNumbers(new Xoshiro128(1, 2, 3, 4), 8)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849,
    ]);
  });

  it("gives the same numbers for the same seed and stream, and others for any other", () => {
    const numbers = (seed: number, stream = 0) =>
      firstNumbers(Xoshiro128.fromSeed(seed, stream), 4);
    expect(numbers(1)).toEqual(numbers(1));
    const variants = [numbers(1), numbers(2), numbers(1, 1), numbers(2 ** 32 + 1), numbers(-1)];
    expect(new Set(variants.map((list) => list.join())).size).toBe(variants.length);
  });

  it("keeps uniform numbers strictly between 0 and 1, and integers below their bound", () => {
    const random = Xoshiro128.fromSeed(7);
    for (let i = 0; i < 10_000; i++) {
      const u = random.nextOpen();
      expect(u > 0 && u < 1).toBe(true);
      const k = random.nextBelow(5);
      expect(Number.isInteger(k) && k >= 0 && k < 5).toBe(true);
    }
  });
});

describe("the logarithm and exponential built from exact arithmetic", () => {
  const inputs = [1e-300, 5e-324, 2.5e-310, 1e-9, 0.001, 0.3, 0.5, 0.7071, 1, 1.4142, 2, Math.E];
  const more = [10, 123.456, 1e10, 1.7e308];

  it.each([...inputs, ...more])("ln(%p) agrees with Math.log to 15 significant digits", (x) => {
    const expected = Math.log(x);
    expect(Math.abs(ln(x) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 2e-15 + 1e-300);
  });

  it("ln(1) is exactly 0", () => {
    expect(ln(1)).toBe(0);
  });

  it.each([-800, -745, -700, -20, -1, -1e-9, 0, 1e-9, 0.5, 1, 20, 700])(
    "exp(%p) agrees with Math.exp to 15 significant digits",
    (x) => {
      const expected = Math.exp(x);
      expect(Math.abs(exp(x) - expected)).toBeLessThanOrEqual(expected * 2e-15);
    },
  );
});

describe("gamma and Dirichlet samples", () => {
  it.each([0.05, 0.5, 1, 3, 25, 1e6])(
    "Gamma(%p) samples have mean and variance near the shape",
    (shape) => {
      const random = Xoshiro128.fromSeed(11);
      const count = 20_000;
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < count; i++) {
        const sample = Math.exp(logGammaSample(random, shape));
        sum += sample;
        squares += sample * sample;
      }
      const mean = sum / count;
      const variance = squares / count - mean * mean;
      // Mean of Gamma(a, 1) is a with a standard error of √(a / count); allow five of them.
      expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / count));
      expect(variance / shape).toBeGreaterThan(0.85);
      expect(variance / shape).toBeLessThan(1.15);
    },
  );

  it("draws weights around equal shares with the documented spread at concentration 100", () => {
    const random = Xoshiro128.fromSeed(3);
    const alphas = Float64Array.of(25, 25, 25, 25);
    const weights = new Float64Array(4);
    const count = 20_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < count; i++) {
      dirichletSample(random, alphas, weights);
      expect(Math.abs(weights.reduce((total, w) => total + w, 0) - 1)).toBeLessThan(1e-15);
      sum += weights[0] as number;
      squares += (weights[0] as number) ** 2;
    }
    const mean = sum / count;
    // √(0.25 × 0.75 / 101) = 0.0431; the estimate from 20,000 draws is good to about 1.5%.
    expect(mean).toBeCloseTo(0.25, 2);
    expect(Math.abs(Math.sqrt(squares / count - mean * mean) - 0.0431)).toBeLessThan(0.0015);
  });

  it("keeps a weight of 0 at exactly 0, however small the other shapes", () => {
    const random = Xoshiro128.fromSeed(5);
    const weights = new Float64Array(4);
    for (let i = 0; i < 1000; i++) {
      dirichletSample(random, Float64Array.of(0.001, 0, 0.002, 0), weights);
      expect(weights[1]).toBe(0);
      expect(weights[3]).toBe(0);
      expect((weights[0] as number) + (weights[2] as number)).toBeCloseTo(1, 15);
    }
  });

  it("draws the same first weights for seed 1 on every platform", () => {
    const weights = new Float64Array(4);
    dirichletSample(Xoshiro128.fromSeed(1), Float64Array.of(25, 25, 25, 25), weights);
    expect([...weights]).toMatchInlineSnapshot(`
      [
        0.2507403071908159,
        0.2500099497403414,
        0.25131289768114257,
        0.24793684538770017,
      ]
    `);
  });
});

describe("the bootstrap median table", () => {
  /** The exact distribution of the middle positions, from every one of the k^k resamples. */
  function enumerated(k: number): Map<string, number> {
    const result = new Map<string, number>();
    const total = k ** k;
    for (let code = 0; code < total; code++) {
      const picks: number[] = [];
      for (let i = 0, rest = code; i < k; i++, rest = Math.floor(rest / k)) picks.push(rest % k);
      picks.sort((a, b) => a - b);
      const key = `${picks[Math.ceil(k / 2) - 1]},${picks[Math.floor(k / 2)]}`;
      result.set(key, (result.get(key) ?? 0) + 1 / total);
    }
    return result;
  }

  it.each([1, 2, 3, 4, 5, 6])("gives the exact distribution for %p raters", (k) => {
    const table = bootstrapMedianTable(k);
    const expected = enumerated(k);
    const found = new Map<string, number>();
    let previous = 0;
    table.cumulative.forEach((cumulative, index) => {
      found.set(`${table.low[index]},${table.high[index]}`, cumulative - previous);
      previous = cumulative;
    });
    expect([...found.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, p] of expected) expect(found.get(key)).toBeCloseTo(p, 10);
    expect(table.cumulative[table.cumulative.length - 1]).toBe(1);
  });
});
