import { parseScore } from "../../../src/core/read/parseCells";
import type { RawCell } from "../../../src/core/model";

const scoreOf = (cell: RawCell): number | string => {
  const reading = parseScore(cell);
  return reading.ok ? reading.value : reading.problem;
};

describe("reading an axis score", () => {
  it.each([
    [1, 1],
    [3, 3],
    [5, 5],
    [2.5, 2.5],
    [4.75, 4.75],
    [1.0001, 1.0001],
  ])("accepts the number %p as %p", (cell, score) => {
    expect(parseScore(cell)).toEqual({ ok: true, value: score });
  });

  it.each([
    ["4", 4],
    [" 4.5 ", 4.5],
    ["1", 1],
    ["5.0", 5],
  ])("accepts the text %j as %p", (cell, score) => {
    expect(parseScore(cell)).toEqual({ ok: true, value: score });
  });

  it.each([
    ["4 - High", 4],
    ["4 – High", 4],
    ["4: High", 4],
    ["4. High", 4],
    ["4 High", 4],
    ["4-High", 4],
    ["2.5 - Medium-low", 2.5],
    ["  5 – Very high  ", 5],
    ["1 (very low)", 1],
  ])("accepts %j, a number followed by a label, as %p", (cell, score) => {
    expect(parseScore(cell)).toEqual({ ok: true, value: score });
  });

  it.each([
    ["very low", 1],
    ["low", 2],
    ["medium", 3],
    ["med", 3],
    ["moderate", 3],
    ["high", 4],
    ["very high", 5],
    ["Very Low", 1],
    ["LOW", 2],
    ["Medium", 3],
    ["MED", 3],
    ["Moderate", 3],
    ["High", 4],
    ["VERY HIGH", 5],
    ["  high  ", 4],
    [" Very high ", 5],
    ["very   high", 5],
  ])("accepts the word %j as %p", (cell, score) => {
    expect(parseScore(cell)).toEqual({ ok: true, value: score });
  });

  it.each<[string, RawCell]>([
    ["a blank cell", null],
    ["a cell of spaces", "   "],
    ["an empty text", ""],
    ["0", 0],
    ["6", 6],
    ["5.5", 5.5],
    ["0.5", 0.5],
    ["-3", -3],
    ["n/a", "n/a"],
    ["the error #N/A", { error: "#N/A" }],
    ["a typo", "hihg"],
    ["two decimal points", "4.5.6"],
    ["TRUE", true],
    ["a dangling separator", "4-"],
    ["a dangling separator after a space", "4 -"],
    ["a dangling colon", "4 : "],
    ["two separators and no label", "4 - - "],
    ["a range written with spaces", "3 - 4"],
    ["a range written with an en dash", "3 – 4"],
    ["a number glued to its label", "4High"],
    ["a range", "3-4"],
    ["the text 6", "6"],
    ["the text 0 - None", "0 - None"],
    ["a label before the number", "High - 4"],
    ["extremely high", "extremely high"],
  ])("rejects %s", (_, cell) => {
    expect(parseScore(cell).ok).toBe(false);
  });

  it("says what it found and what it expected", () => {
    expect(scoreOf("hihg")).toBe(
      'found "hihg"; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high',
    );
  });

  it.each<[RawCell, string]>([
    [null, "found a blank cell; expected a score from 1 to 5"],
    [6, "found 6, outside 1 to 5; expected a score from 1 to 5"],
    ["0 - None", 'found "0 - None", outside 1 to 5; expected a score from 1 to 5'],
    [{ error: "#N/A" }, "found the error #N/A; expected a score from 1 to 5"],
    [true, "found TRUE; expected a score from 1 to 5"],
    ["4.5.6", 'found "4.5.6"; expected a score from 1 to 5'],
  ])("quotes %p back in its message", (cell, start) => {
    expect(scoreOf(cell)).toMatch(new RegExp(`^${escape(start)}`));
  });

  it("shortens a very long text it quotes back", () => {
    const message = scoreOf("x".repeat(500)) as string;

    expect(message).toBe(`found "${"x".repeat(57)}…"; ${message.split("; ").slice(1).join("; ")}`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("a score written as text, read as numbers written as text are", () => {
  it.each([
    ["4,5", 4.5],
    [" 4,5 ", 4.5],
    ["4,5 - High", 4.5],
    ["2,25: low-ish", 2.25],
  ])("reads %j with a comma decimal as %p", (cell, score) => {
    expect(parseScore(cell)).toEqual({ ok: true, value: score });
    expect(parseScore(cell, ",")).toEqual({ ok: true, value: score });
  });

  it("reads 4.500 by the declared separator, and calls it ambiguous with none", () => {
    expect(parseScore("4.500", ".")).toEqual({ ok: true, value: 4.5 });
    expect(scoreOf("4.500")).toMatch(
      /^found "4\.500", which reads as 4500 with "\." separating thousands or as 4\.5 with "\." as the decimal separator; say which with the locale/,
    );
  });

  it.each(["3 to 4", "3-4", "3 - 4", "3 – 4", "3 or 4", "2,5 to 3,5", "3..4", "3 TO 4"])(
    "calls the range %j a problem, not its first number",
    (cell) => {
      expect(scoreOf(cell)).toBe(
        `found "${cell}", a range; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high, not a range`,
      );
    },
  );

  it("says a formula with no saved value is one, not a blank cell", () => {
    expect(scoreOf({ unsavedFormula: "AVERAGE(H2:J2)" })).toBe(
      "found the formula =AVERAGE(H2:J2) with no saved value: the file was saved without calculating; open it in Excel and save it, so its values are saved too",
    );
    expect(scoreOf({ unsavedFormula: "" })).toMatch(/^found a formula with no saved value: /);
  });
});
