// Pure logic over a fake Office.Settings: Node is enough, no DOM needed.
import {
  createDocumentStore,
  createMemoryStore,
  emptyMemory,
  LEGACY_KEY,
  SETTING_KEYS,
  type PaneMemory,
} from "../../src/taskpane/settingsStore";
import { SharedWorkbook } from "./documentSettings";

const aSessionsMemory: PaneMemory = {
  headerOverrides: { "Use cases": { gain: "value", "team lead": "owner", notes: "ignore" } },
  weights: { value: 40, feasibility: 25, dataReadiness: 20, regulatoryRisk: 15 },
  roadmap: { horizon: 4, slotsPerQuarter: 5, quarterBudget: 250000 },
};

const aPortfolio: NonNullable<PaneMemory["portfolio"]> = {
  annualBudget: 600000,
  objective: "value",
  method: "rank",
  roadmapFrom: "portfolio",
};

/** A pane on `workbook` that has loaded its settings, as the pane does on opening. */
function aPaneOn(workbook: SharedWorkbook, options?: Parameters<SharedWorkbook["open"]>[0]) {
  const fake = workbook.open(options);
  const store = createDocumentStore(fake.settings);
  const memory = store.load();
  return { fake, store, memory };
}

describe("the workbook's settings store", () => {
  it("gives back what it saved, in a later session on the same workbook", async () => {
    const workbook = new SharedWorkbook();
    const first = aPaneOn(workbook);

    await first.store.save(aSessionsMemory);

    expect(aPaneOn(workbook).memory).toEqual(aSessionsMemory);
    expect(first.fake.saves).toBe(1);
  });

  it("keeps each setting under its own name", async () => {
    const workbook = new SharedWorkbook();

    await aPaneOn(workbook).store.save({ ...aSessionsMemory, pairwise: [4, 3, 7, 1 / 3, 3, 5] });

    expect(Object.keys(workbook.stored).sort()).toEqual([
      "opportunityScorer.headerOverrides",
      "opportunityScorer.pairwise",
      "opportunityScorer.roadmap",
      "opportunityScorer.weights",
    ]);
    expect(workbook.stored["opportunityScorer.weights"]).toEqual(aSessionsMemory.weights);
  });

  it("starts empty in a workbook that has never been scored", () => {
    expect(aPaneOn(new SharedWorkbook()).memory).toEqual(emptyMemory());
  });

  it("gives back the annual budget and how to spend it", async () => {
    const workbook = new SharedWorkbook();
    const memory: PaneMemory = { ...aSessionsMemory, portfolio: aPortfolio };

    await aPaneOn(workbook).store.save(memory);

    expect(aPaneOn(workbook).memory).toEqual(memory);
  });

  it("sets only the settings that changed since the last save", async () => {
    const workbook = new SharedWorkbook();
    const pane = aPaneOn(workbook);
    await pane.store.save(aSessionsMemory);
    pane.fake.setNames.length = 0;

    await pane.store.save({
      ...aSessionsMemory,
      weights: { value: 10, feasibility: 30, dataReadiness: 30, regulatoryRisk: 30 },
    });

    expect(pane.fake.setNames).toEqual(["opportunityScorer.weights"]);
  });

  it("counts a setting built in another key order as unchanged", async () => {
    const workbook = new SharedWorkbook({ [SETTING_KEYS.weights]: aSessionsMemory.weights });
    const pane = aPaneOn(workbook);

    await pane.store.save({
      ...pane.memory,
      weights: { regulatoryRisk: 15, dataReadiness: 20, feasibility: 25, value: 40 },
    });

    expect(pane.fake.setNames).toEqual([]);
    expect(pane.fake.saves).toBe(0);
  });

  it("removes a setting that was cleared, such as the pairwise judgements", async () => {
    const workbook = new SharedWorkbook();
    const pane = aPaneOn(workbook);
    await pane.store.save({ ...aSessionsMemory, pairwise: [4, 3, 7, 1 / 3, 3, 5] });

    await pane.store.save(aSessionsMemory);

    expect(workbook.stored).not.toHaveProperty(SETTING_KEYS.pairwise);
    expect(aPaneOn(workbook).memory).toEqual(aSessionsMemory);
  });

  it("keeps a co-author's change to another setting, saved since this pane opened", async () => {
    const workbook = new SharedWorkbook({
      [SETTING_KEYS.weights]: aSessionsMemory.weights,
      [SETTING_KEYS.roadmap]: aSessionsMemory.roadmap,
    });
    const mine = aPaneOn(workbook);
    const theirs = aPaneOn(workbook);

    await theirs.store.save({ ...theirs.memory, roadmap: { horizon: 4, slotsPerQuarter: 1 } });
    await mine.store.save({
      ...mine.memory,
      weights: { value: 10, feasibility: 30, dataReadiness: 30, regulatoryRisk: 30 },
    });

    expect(workbook.stored[SETTING_KEYS.roadmap]).toEqual({ horizon: 4, slotsPerQuarter: 1 });
    expect(workbook.stored[SETTING_KEYS.weights]).toEqual({
      value: 10,
      feasibility: 30,
      dataReadiness: 30,
      regulatoryRisk: 30,
    });
    expect(mine.fake.refreshes).toBe(1);
  });

  it("still saves where the settings cannot be refreshed", async () => {
    const workbook = new SharedWorkbook();
    const pane = aPaneOn(workbook, { refresh: false });

    await pane.store.save(aSessionsMemory);

    expect(aPaneOn(workbook).memory).toEqual(aSessionsMemory);
  });

  it("saves nothing when nothing changed", async () => {
    const pane = aPaneOn(new SharedWorkbook({ [SETTING_KEYS.weights]: aSessionsMemory.weights }));

    await pane.store.save(pane.memory);

    expect(pane.fake.saves).toBe(0);
  });

  it("leaves settings stored by other add-ins alone", async () => {
    const workbook = new SharedWorkbook({ otherAddIn: { theme: "green" } });

    await aPaneOn(workbook).store.save(aSessionsMemory);

    expect(workbook.stored.otherAddIn).toEqual({ theme: "green" });
  });

  it("carries on when the workbook could not save, and sets the same settings next time", async () => {
    const workbook = new SharedWorkbook();
    const failing = aPaneOn(workbook, { saveStatus: "failed" });

    await expect(failing.store.save(aSessionsMemory)).resolves.toBeUndefined();
    await failing.store.save(aSessionsMemory);

    expect(failing.fake.saves).toBe(2);
    expect(failing.fake.setNames.filter((name) => name === SETTING_KEYS.weights)).toHaveLength(2);
  });

  it("saves one change after another, never two at once", async () => {
    const workbook = new SharedWorkbook();
    const pane = aPaneOn(workbook);
    const later = { ...aSessionsMemory, roadmap: { horizon: 4, slotsPerQuarter: 2 } };

    await Promise.all([pane.store.save(aSessionsMemory), pane.store.save(later)]);

    expect(aPaneOn(workbook).memory).toEqual(later);
  });
});

/** A workbook holding every setting under its own name. */
const everySetting: PaneMemory = {
  ...aSessionsMemory,
  pairwise: [4, 3, 7, 1 / 3, 3, 5],
  portfolio: aPortfolio,
};

function storedUnderOwnNames(memory: PaneMemory): Record<string, unknown> {
  return Object.fromEntries(
    (Object.keys(SETTING_KEYS) as (keyof PaneMemory)[]).map((setting) => [
      SETTING_KEYS[setting],
      memory[setting],
    ]),
  );
}

describe("one bad value in the workbook", () => {
  it.each([
    ["weights", { value: -1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 }],
    ["weights", "25,25,25,25"],
    ["roadmap", { slotsPerQuarter: 0 }],
    ["pairwise", [1, 2, 3]],
    ["portfolio", { annualBudget: "600k" }],
    ["portfolio", { annualBudget: 600000, objective: "profit" }],
  ] as const)("drops the %s stored as %j and keeps every other setting", (setting, bad) => {
    const workbook = new SharedWorkbook({
      ...storedUnderOwnNames(everySetting),
      [SETTING_KEYS[setting]]: bad,
    });

    const loaded = aPaneOn(workbook).memory;

    expect(loaded[setting]).toBeUndefined();
    expect({ ...loaded, [setting]: everySetting[setting] }).toEqual(everySetting);
  });

  it("drops header mappings to no known field and keeps the weights", () => {
    const workbook = new SharedWorkbook({
      [SETTING_KEYS.headerOverrides]: { "Use cases": { gain: "profit" } },
      [SETTING_KEYS.weights]: aSessionsMemory.weights,
    });

    expect(aPaneOn(workbook).memory).toEqual({
      headerOverrides: {},
      weights: aSessionsMemory.weights,
    });
  });

  it("is left in the workbook, not rewritten, while this pane does not change that setting", async () => {
    const workbook = new SharedWorkbook({ [SETTING_KEYS.roadmap]: { slotsPerQuarter: 0 } });
    const pane = aPaneOn(workbook);

    await pane.store.save({ ...pane.memory, weights: aSessionsMemory.weights });

    expect(pane.fake.setNames).toEqual([SETTING_KEYS.weights]);
    expect(workbook.stored[SETTING_KEYS.roadmap]).toEqual({ slotsPerQuarter: 0 });
  });
});

describe("a workbook saved by a version that kept everything in one setting", () => {
  it("is read as it was", () => {
    const workbook = new SharedWorkbook({
      [LEGACY_KEY]: { ...aSessionsMemory, portfolio: aPortfolio },
    });

    expect(aPaneOn(workbook).memory).toEqual({ ...aSessionsMemory, portfolio: aPortfolio });
  });

  it("fills in what the older version did not store", () => {
    const workbook = new SharedWorkbook({
      [LEGACY_KEY]: { weights: { value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 } },
    });

    expect(aPaneOn(workbook).memory).toEqual({
      headerOverrides: {},
      weights: { value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 },
    });
  });

  it("moves to one setting per name at the first save, and the old setting goes", async () => {
    const workbook = new SharedWorkbook({ [LEGACY_KEY]: aSessionsMemory });
    const pane = aPaneOn(workbook);

    await pane.store.save({ ...pane.memory, roadmap: { horizon: 4, slotsPerQuarter: 2 } });

    expect(workbook.stored).toEqual({
      [SETTING_KEYS.headerOverrides]: aSessionsMemory.headerOverrides,
      [SETTING_KEYS.weights]: aSessionsMemory.weights,
      [SETTING_KEYS.roadmap]: { horizon: 4, slotsPerQuarter: 2 },
    });
  });

  it("prefers a setting already under its own name to the old one", () => {
    const workbook = new SharedWorkbook({
      [LEGACY_KEY]: aSessionsMemory,
      [SETTING_KEYS.roadmap]: { horizon: 4, slotsPerQuarter: 1 },
    });

    expect(aPaneOn(workbook).memory).toEqual({
      ...aSessionsMemory,
      roadmap: { horizon: 4, slotsPerQuarter: 1 },
    });
  });

  it("does not overwrite what a co-author has moved already with the old values", async () => {
    const workbook = new SharedWorkbook({ [LEGACY_KEY]: aSessionsMemory });
    const mine = aPaneOn(workbook);
    const theirs = aPaneOn(workbook);
    await theirs.store.save({ ...theirs.memory, roadmap: { horizon: 4, slotsPerQuarter: 1 } });

    await mine.store.save({ ...mine.memory, weights: { ...aSessionsMemory.weights!, value: 10 } });

    expect(workbook.stored[SETTING_KEYS.roadmap]).toEqual({ horizon: 4, slotsPerQuarter: 1 });
    expect(workbook.stored[SETTING_KEYS.weights]).toEqual({
      ...aSessionsMemory.weights,
      value: 10,
    });
    expect(workbook.stored).not.toHaveProperty(LEGACY_KEY);
  });

  it.each([
    ["text", "hello"],
    ["a number", 42],
    ["a list", [1, 2, 3]],
    [
      "a negative weight",
      { weights: { value: -1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 } },
    ],
    [
      "all weights zero",
      { weights: { value: 0, feasibility: 0, dataReadiness: 0, regulatoryRisk: 0 } },
    ],
    [
      "a weight written as text",
      { weights: { value: "25", feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 } },
    ],
    ["a header mapped to no known field", { headerOverrides: { "Use cases": { gain: "profit" } } }],
    ["zero use cases a quarter", { roadmap: { slotsPerQuarter: 0 } }],
    ["a negative quarterly budget", { roadmap: { quarterBudget: -5 } }],
  ])("ignores %s stored under the old name by someone else", (_what, garbage) => {
    const workbook = new SharedWorkbook({ [LEGACY_KEY]: garbage });

    expect(aPaneOn(workbook).memory).toEqual(emptyMemory());
  });

  it.each([
    ["a negative annual budget", { annualBudget: -5 }],
    ["an objective it does not know", { annualBudget: 600000, objective: "profit" }],
    ["a budget written as text", { annualBudget: "600k" }],
  ])("drops %s but keeps the weights and mappings", (_what, portfolio) => {
    const workbook = new SharedWorkbook({ [LEGACY_KEY]: { ...aSessionsMemory, portfolio } });

    const loaded = aPaneOn(workbook).memory;

    expect(loaded.portfolio).toBeUndefined();
    expect(loaded).toEqual(aSessionsMemory);
  });
});

describe("the session-only store used outside Excel", () => {
  it("remembers what was saved until the pane closes", async () => {
    const store = createMemoryStore();
    expect(store.load()).toEqual(emptyMemory());

    await store.save(aSessionsMemory);

    expect(store.load()).toEqual(aSessionsMemory);
  });
});
