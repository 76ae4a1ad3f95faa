import {
  formatQuarter,
  parseQuarter,
  quarterAfter,
  quarterOf,
  RoadmapSettingsSchema,
} from "../../../src/core/model";
import { isQuarter } from "../../../src/core/model/quarter";
import { QuarterSchema } from "../../../src/core/model/settings";

describe("the default start quarter", () => {
  it.each([
    [new Date(2026, 10, 23), "2027-Q1"],
    [new Date(2026, 11, 31), "2027-Q1"],
    [new Date(2027, 0, 1), "2027-Q2"],
    [new Date(2027, 2, 31), "2027-Q2"],
    [new Date(2027, 3, 1), "2027-Q3"],
    [new Date(2027, 6, 15), "2027-Q4"],
    [new Date(2027, 9, 1), "2028-Q1"],
  ])("is the quarter after the one %p falls in: %s", (today, quarter) => {
    expect(quarterAfter(today)).toBe(quarter);
  });
});

describe("the quarter a date falls in", () => {
  it.each([
    [new Date(2026, 10, 23), "2026-Q4"],
    [new Date(2027, 0, 1), "2027-Q1"],
    [new Date(2027, 2, 31), "2027-Q1"],
    [new Date(2027, 3, 1), "2027-Q2"],
  ])("is counted from the local month of %p: %s", (today, quarter) => {
    expect(formatQuarter(quarterOf(today))).toBe(quarter);
  });
});

describe("quarters", () => {
  it("counts on from one quarter to the next, across years", () => {
    expect(formatQuarter(parseQuarter("2027-Q4") + 1)).toBe("2028-Q1");
    expect(parseQuarter("2028-Q1") - parseQuarter("2027-Q1")).toBe(4);
  });

  it.each(["2027-Q1", "2030-Q4"])("reads %j and writes it back the same", (quarter) => {
    expect(formatQuarter(parseQuarter(quarter))).toBe(quarter);
  });

  it.each(["2027-Q5", "2027-Q0", "2027Q1", "27-Q1", "2027-q1", " 2027-Q1", ""])(
    "refuses %j",
    (text) => {
      expect(isQuarter(text)).toBe(false);
      expect(QuarterSchema.safeParse(text).success).toBe(false);
      expect(() => parseQuarter(text)).toThrow(RangeError);
    },
  );
});

describe("roadmap settings", () => {
  it("plans four quarters, three use cases a quarter and no budget cap by default", () => {
    expect(RoadmapSettingsSchema.parse({ start: "2027-Q1" })).toEqual({
      start: "2027-Q1",
      horizon: 4,
      slotsPerQuarter: 3,
    });
  });

  it.each([
    { slotsPerQuarter: 0 },
    { slotsPerQuarter: 1.5 },
    { quarterBudget: -1 },
    { horizon: 0 },
  ])("refuses %p", (overrides) => {
    expect(RoadmapSettingsSchema.safeParse({ start: "2027-Q1", ...overrides }).success).toBe(false);
  });
});
