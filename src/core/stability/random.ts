/**
 * Seeded randomness for the stability analysis (DESIGN §2, ranking stability): a generator of
 * uniform numbers, and from it normal, gamma and Dirichlet samples.
 *
 * The same seed gives the same numbers on every JavaScript engine. ECMAScript defines integer
 * operations (`Math.imul`, shifts), the four arithmetic operations and `Math.sqrt` exactly, but
 * leaves `Math.log`, `Math.exp` and `Math.cos` "implementation-approximated": V8 (Node, Excel on
 * Windows), JavaScriptCore (Excel on Mac) and SpiderMonkey may differ in the last bit. So this
 * file carries its own `ln` and `exp`, built from exact operations only.
 */

const TWO_POW_32 = 4294967296;

/** MurmurHash3's 32-bit finaliser (Appleby): a bijection that scatters every input bit. */
function fmix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/**
 * xoshiro128** 1.1 (Blackman and Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021; reference C at https://prng.di.unimi.it/xoshiro128starstar.c): 128 bits
 * of state, period 2^128 − 1, a few integer operations per number. Its period leaves room for
 * the hundreds of millions of numbers that resampling raters over 10,000 use cases takes.
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * From any safe integer `seed` and a `stream` number, so that one seed gives independent
   * streams for independent purposes. The four state words hash distinct inputs through a
   * bijection, so at most one is zero and the state is never all zero.
   */
  static fromSeed(seed: number, stream = 0): Xoshiro128 {
    const low = seed >>> 0;
    const high = Math.floor(seed / TWO_POW_32) | 0;
    const salt = fmix32(high ^ fmix32(Math.imul(stream, 0x9e3779b9) ^ 0x6a09e667));
    const word = (index: number): number =>
      fmix32((low + Math.imul(index + 1, 0x9e3779b9)) ^ Math.imul(salt, index + 1));
    return new Xoshiro128(word(0), word(1), word(2), word(3));
  }

  /** From the raw state, as the reference implementation takes it. */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
  }

  /** The next 32 random bits, as an integer in [0, 2^32). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform on the open interval (0, 1): never 0, so its logarithm is always finite. */
  nextOpen(): number {
    return (this.nextUint32() + 0.5) / TWO_POW_32;
  }

  /**
   * A uniform integer in [0, n) for 1 ≤ n ≤ 2^21, by multiplying 32 random bits by n (Lemire's
   * method without the rejection step): the bias is below n / 2^32, under 2e-9 for 8 raters.
   */
  nextBelow(n: number): number {
    return Math.floor((this.nextUint32() * n) / TWO_POW_32);
  }
}

// ---------------------------------------------------------------------------------------------
// ln and exp from exact operations only (see the top of the file). Both are within a few units
// in the last place of the true value, which is far below anything the sampling can notice.

const bits = new DataView(new ArrayBuffer(8));
// ln 2 split so that k × LN2_HI is exact for |k| < 2^11 (the constants of fdlibm's e_log.c).
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const SQRT2 = Math.SQRT2;

/** 2^k for an integer −1022 ≤ k ≤ 1023, from its bits. */
function powerOfTwo(k: number): number {
  bits.setUint32(0, (k + 1023) << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

/** The natural logarithm of a positive, finite x. */
export function ln(x: number): number {
  let exponentShift = 0;
  if (x < 2.2250738585072014e-308) {
    // Subnormal: bring it into the normal range first.
    x *= 18014398509481984; // 2^54
    exponentShift = -54;
  }
  bits.setFloat64(0, x);
  const high = bits.getUint32(0);
  let exponent = ((high >>> 20) & 0x7ff) - 1023 + exponentShift;
  bits.setUint32(0, (high & 0x000fffff) | 0x3ff00000);
  let mantissa = bits.getFloat64(0); // in [1, 2)
  if (mantissa > SQRT2) {
    mantissa /= 2;
    exponent += 1;
  }
  // ln m = 2 atanh s = 2 (s + s³/3 + s⁵/5 + …), s = (m − 1)/(m + 1), |s| < 0.172: eleven
  // terms bring the remainder under 1e-17.
  const s = (mantissa - 1) / (mantissa + 1);
  const z = s * s;
  const series =
    1 +
    z *
      (1 / 3 +
        z *
          (1 / 5 +
            z *
              (1 / 7 +
                z *
                  (1 / 9 +
                    z *
                      (1 / 11 +
                        z *
                          (1 / 13 +
                            z *
                              (1 / 15 + z * (1 / 17 + z * (1 / 19 + z * (1 / 21 + z / 23))))))))));
  return exponent * LN2_HI + (exponent * LN2_LO + 2 * s * series);
}

/** e^x for a finite x; 0 below −745, where the true value is under the smallest double. */
export function exp(x: number): number {
  if (x < -745.2) return 0;
  if (x > 709.7) return Infinity;
  // x = k ln 2 + r with |r| ≤ ln 2 / 2, then e^r by its Taylor series to r¹⁴/14!.
  const k = Math.round(x / (LN2_HI + LN2_LO));
  const r = x - k * LN2_HI - k * LN2_LO;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 14; n++) {
    term = (term * r) / n;
    sum += term;
  }
  // 2^k in two steps when it is below the normal range.
  return k < -1022 ? sum * powerOfTwo(k + 600) * powerOfTwo(-600) : sum * powerOfTwo(k);
}

// ---------------------------------------------------------------------------------------------
// Normal, gamma and Dirichlet samples.

/** A standard normal sample by Marsaglia and Bray's polar method (SIAM Review 6(3), 1964). */
export function normalSample(random: Xoshiro128): number {
  for (;;) {
    const u = 2 * random.nextOpen() - 1;
    const v = 2 * random.nextOpen() - 1;
    const s = u * u + v * v;
    if (s < 1 && s > 0) return u * Math.sqrt((-2 * ln(s)) / s);
  }
}

/**
 * The logarithm of a Gamma(shape, 1) sample, shape > 0, by Marsaglia and Tsang, "A simple
 * method for generating gamma variables", ACM TOMS 26(3), 2000. Below shape 1 it uses their
 * boost, Gamma(a) = Gamma(a + 1) × U^(1/a), taken in logs so a tiny shape cannot underflow to 0.
 */
export function logGammaSample(random: Xoshiro128, shape: number): number {
  if (shape < 1) return logGammaSample(random, shape + 1) + ln(random.nextOpen()) / shape;
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalSample(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.nextOpen();
    const x2 = x * x;
    // The squeeze accepts about 98% of samples without a logarithm.
    if (u < 1 - 0.0331 * x2 * x2) return ln(d) + ln(v);
    if (ln(u) < 0.5 * x2 + d * (1 - v + ln(v))) return ln(d) + ln(v);
  }
}

/**
 * A Dirichlet(alphas) sample written into `into`: independent Gamma(alpha_i, 1) samples scaled
 * to sum to 1. An alpha of 0 gives exactly 0 (the degenerate limit), so an axis weighted 0 stays
 * out. At least one alpha must be above 0. Allocates nothing.
 */
export function dirichletSample(
  random: Xoshiro128,
  alphas: Float64Array,
  into: Float64Array,
): void {
  let largest = -Infinity;
  for (let i = 0; i < alphas.length; i++) {
    const alpha = alphas[i] as number;
    const logSample = alpha > 0 ? logGammaSample(random, alpha) : -Infinity;
    into[i] = logSample;
    if (logSample > largest) largest = logSample;
  }
  let total = 0;
  for (let i = 0; i < into.length; i++) {
    const logSample = into[i] as number;
    const scaled = logSample === -Infinity ? 0 : exp(logSample - largest);
    into[i] = scaled;
    total += scaled;
  }
  for (let i = 0; i < into.length; i++) into[i] = (into[i] as number) / total;
}

// ---------------------------------------------------------------------------------------------
// The bootstrap median in one draw.

/** x^e for a whole e ≥ 0, by multiplication (Math.pow and ** are implementation-approximated). */
function power(x: number, e: number): number {
  let result = 1;
  for (let i = 0; i < e; i++) result *= x;
  return result;
}

/** Binomial coefficients C(n, 0..n), from Pascal's triangle. */
function binomials(n: number): Float64Array {
  const row = new Float64Array(n + 1);
  row[0] = 1;
  for (let i = 1; i <= n; i++)
    for (let j = i; j > 0; j--) row[j] = (row[j] as number) + (row[j - 1] as number);
  return row;
}

/** P(Binomial(n, p) = c) for each c in 0..n. */
function binomialMasses(n: number, p: number): Float64Array {
  const choose = binomials(n);
  return Float64Array.from(
    { length: n + 1 },
    (_, c) => (choose[c] as number) * power(p, c) * power(1 - p, n - c),
  );
}

/**
 * The median of a bootstrap resample (k draws with replacement) of k sorted scores, drawn with
 * one uniform number instead of k. The median is the mean of the order statistics at sorted
 * positions `low` and `high` (the same position when k is odd), and their joint distribution
 * depends on k alone, so it is worked out once per k: with N(t) the number of draws at positions
 * ≤ t, `low` is the first t with N(t) ≥ ⌈k/2⌉ and `high` the first with N(t) ≥ ⌊k/2⌋ + 1; N is
 * a Markov chain whose step at position t is Binomial(k − N(t − 1), 1 / (k − t + 1)). Entries
 * are kept most likely first, so the search for a uniform's entry is short.
 */
export interface BootstrapMedianTable {
  /** Cumulative probability, ending at exactly 1. */
  readonly cumulative: Float64Array;
  /** 0-based sorted positions of the two middle scores. */
  readonly low: Int32Array;
  readonly high: Int32Array;
}

export function bootstrapMedianTable(k: number): BootstrapMedianTable {
  const middle = Math.ceil(k / 2); // draws needed at or below `low`
  const second = Math.floor(k / 2) + 1; // draws needed at or below `high`: middle, or middle + 1
  const entries: { low: number; high: number; p: number }[] = [];
  for (let a = 1; a <= k; a++) {
    const before = binomialMasses(k, (a - 1) / k); // P(N(a − 1) = c)
    const steps = Array.from({ length: middle }, (_, c) => binomialMasses(k - c, 1 / (k - a + 1)));
    for (let b = a; b <= k; b++) {
      let p = 0;
      steps.forEach((step, c) => {
        const start = before[c] as number;
        if (b === a) {
          // N(a − 1) < middle and position a takes N to `second` or beyond.
          let reach = 0;
          for (let s = second - c; s <= k - c; s++) reach += step[s] as number;
          p += start * reach;
        } else if (second > middle) {
          // N(a) = middle exactly; the other k − middle draws, uniform over a + 1..k, miss
          // a + 1..b − 1 and hit b at least once.
          const rest = k - middle;
          const miss = power((k - b + 1) / (k - a), rest);
          const hit = 1 - power((k - b) / (k - b + 1), rest);
          p += start * (step[middle - c] as number) * miss * hit;
        }
      });
      if (p > 0) entries.push({ low: a - 1, high: b - 1, p });
    }
  }
  entries.sort((x, y) => y.p - x.p || x.low - y.low || x.high - y.high);
  const total = entries.reduce((sum, entry) => sum + entry.p, 0);
  const cumulative = new Float64Array(entries.length);
  let running = 0;
  entries.forEach((entry, index) => {
    running += entry.p;
    cumulative[index] = running / total;
  });
  cumulative[entries.length - 1] = 1;
  return {
    cumulative,
    low: Int32Array.from(entries, (entry) => entry.low),
    high: Int32Array.from(entries, (entry) => entry.high),
  };
}
