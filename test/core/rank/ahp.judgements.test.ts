import { AXIS_PAIRS, parsePairwiseList } from "../../../src/core/rank";
import { parseJudgement } from "../../../src/core/rank/ahpJudgements";

const readingOf = (text: string | number): number | string => {
  const reading = parseJudgement(text);
  return reading.ok ? reading.value : reading.problem;
};

describe("reading one pairwise judgement", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])("accepts the whole number %p", (judgement) => {
    expect(parseJudgement(judgement)).toEqual({ ok: true, value: judgement });
    expect(parseJudgement(String(judgement))).toEqual({ ok: true, value: judgement });
  });

  it.each([2, 3, 4, 5, 6, 7, 8, 9])("accepts the reciprocal 1/%p", (denominator) => {
    expect(parseJudgement(`1/${denominator}`)).toEqual({ ok: true, value: 1 / denominator });
  });

  it.each([
    ["0.2", 0.2],
    ["2.5", 2.5],
    [" 3 ", 3],
    ["1 / 5", 1 / 5],
    [".5", 0.5],
    ["3/4", 3 / 4],
    ["9.0", 9],
  ])("accepts the text %j as %p", (text, value) => {
    expect(parseJudgement(text)).toEqual({ ok: true, value });
  });

  it("accepts the ends of the scale, 1/9 and 9, typed as numbers", () => {
    expect(parseJudgement(1 / 9)).toEqual({ ok: true, value: 1 / 9 });
    expect(parseJudgement(0.5)).toEqual({ ok: true, value: 0.5 });
  });

  it.each(["10", "0", "1/10", "0.1", "0/5", "1/0", "12/1"])(
    "refuses %j, which lies outside 1/9 to 9",
    (text) => {
      expect(readingOf(text)).toMatch(/^found "[^"]+", outside 1\/9 to 9; expected a comparison/);
    },
  );

  it.each(["-3", "three", "2,5", "1/", "/5", "1/2/3", "3x", "1e1"])(
    "refuses %j, which is not a comparison",
    (text) => {
      expect(readingOf(text)).toBe(
        `found "${text}"; expected a comparison on Saaty's scale: a whole number from 1 to 9 (such as 3), its reciprocal (such as 1/5), or a decimal between 1/9 and 9 (such as 2.5)`,
      );
    },
  );

  it("refuses nothing at all, and numbers that are not finite", () => {
    expect(readingOf("  ")).toMatch(/^found nothing; expected a comparison/);
    expect(readingOf(NaN)).toMatch(/^found NaN; expected a comparison/);
    expect(readingOf(Infinity)).toMatch(/^found Infinity; expected a comparison/);
    expect(readingOf(-2)).toMatch(/^found -2, outside 1\/9 to 9/);
  });
});

describe("reading the --ahp list of six judgements", () => {
  it("reads six comma-separated judgements in the pairs' order, spaces allowed", () => {
    expect(parsePairwiseList(" 4, 3 ,7,1/3,3, 5 ")).toEqual({
      ok: true,
      value: [4, 3, 7, 1 / 3, 3, 5],
    });
  });

  it.each([
    ["4,3,7,1/3,3", 5],
    ["4,3,7,1/3,3,5,2", 7],
    ["4,3,7,1/3,3,5,", 7],
    ["", 1],
  ])("refuses %j, which holds %p items, in one line listing the pairs", (text, count) => {
    const reading = parsePairwiseList(text);
    expect(reading).toEqual({
      ok: false,
      problem: `expected 6 comparisons separated by commas (${AXIS_PAIRS.map((p) => p.label).join(", ")}); found ${count}`,
    });
    if (!reading.ok) expect(reading.problem).not.toContain("\n");
  });

  it("names the position and the pair of the first bad judgement", () => {
    expect(parsePairwiseList("4,3,7,10,3,5")).toEqual({
      ok: false,
      problem: expect.stringMatching(
        /^comparison 4 \(technical feasibility vs data readiness\): found "10", outside 1\/9 to 9; /,
      ),
    });
    expect(parsePairwiseList("4,3,7,1/3,3,")).toEqual({
      ok: false,
      problem: expect.stringMatching(
        /^comparison 6 \(data readiness vs regulatory risk\): found nothing; expected/,
      ),
    });
    expect(parsePairwiseList("high,3,7,1/3,3,x")).toEqual({
      ok: false,
      problem: expect.stringMatching(
        /^comparison 1 \(business value vs technical feasibility\): found "high"; expected/,
      ),
    });
  });
});
