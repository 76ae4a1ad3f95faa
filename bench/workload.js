// The use cases every benchmark scores: a deterministic sheet of `count` candidates with the
// mix a real inventory has (axis scores as numbers, words and "4 - High" labels; budgets as
// "120k"; a few blank owners; one in five depending on an earlier one).
"use strict";

const HEADER = [
  "ID",
  "Use case",
  "Owner",
  "Business value",
  "Feasibility",
  "Data",
  "Risk",
  "Budget",
  "Duration",
  "Depends on",
];

const AXIS_WORDS = ["low", "medium", "high", "4 - High", "2", 3.5];

/** The header row, then `count` use-case rows; the same count always gives the same rows. */
function useCaseRows(count) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rows = [HEADER];
  for (let i = 1; i <= count; i++) {
    const dependsOn = i > 10 && random() < 0.2 ? `UC-${1 + Math.floor(random() * (i - 1))}` : null;
    rows.push([
      `UC-${i}`,
      `Use case ${i}`,
      random() < 0.95 ? `Owner ${i % 37}` : null,
      1 + Math.floor(random() * 5),
      pick(AXIS_WORDS),
      1 + Math.floor(random() * 5),
      1 + Math.floor(random() * 5),
      `${10 + Math.floor(random() * 300)}k`,
      1 + Math.floor(random() * 2),
      dependsOn,
    ]);
  }
  return rows;
}

/** The engine's input: one sheet called Candidates holding `useCaseRows(count)`. */
function useCaseWorkbook(count) {
  return { sheets: [{ name: "Candidates", top: 1, left: 1, values: useCaseRows(count) }] };
}

const START = "2027-Q1";

/** Equal weights, three slots a quarter from 2027-Q1: the defaults, with the start fixed. */
const SETTINGS = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: START, horizon: 4, slotsPerQuarter: 3 },
};

module.exports = { HEADER, START, SETTINGS, useCaseRows, useCaseWorkbook };
