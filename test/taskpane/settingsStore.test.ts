// Pure logic over a fake Office.Settings: Node is enough, no DOM needed.
import {
  createDocumentStore,
  createMemoryStore,
  emptyMemory,
  type PaneMemory,
} from "../../src/taskpane/settingsStore";

const KEY = "opportunityScorer";

/**
 * Office.context.document.settings in memory: values go through JSON as they do in a real
 * workbook, `get` answers null for a missing name, and each saveAsync is counted.
 */
function aDocumentSettings(initial: Record<string, unknown> = {}, saveStatus = "succeeded") {
  const values = new Map<string, unknown>(Object.entries(initial));
  const fake = {
    saves: 0,
    get: (name: string): unknown => values.get(name) ?? null,
    set: (name: string, value: unknown): void => {
      values.set(name, JSON.parse(JSON.stringify(value)));
    },
    remove: (name: string): void => {
      values.delete(name);
    },
    saveAsync: (callback?: (result: Office.AsyncResult<void>) => void): void => {
      fake.saves++;
      callback?.({ status: saveStatus, value: undefined } as unknown as Office.AsyncResult<void>);
    },
  };
  // The fake has every member the store uses; Office.Settings has more (event handlers).
  return { fake, settings: fake as unknown as Office.Settings };
}

const aSessionsMemory: PaneMemory = {
  headerOverrides: { "Use cases": { gain: "value", "team lead": "owner", notes: "ignore" } },
  weights: { value: 40, feasibility: 25, dataReadiness: 20, regulatoryRisk: 15 },
  roadmap: { horizon: 4, slotsPerQuarter: 5, quarterBudget: 250000 },
};

describe("the workbook's settings store", () => {
  it("gives back what it saved, in a later session on the same workbook", async () => {
    const { fake, settings } = aDocumentSettings();

    await createDocumentStore(settings).save(aSessionsMemory);

    expect(createDocumentStore(settings).load()).toEqual(aSessionsMemory);
    expect(fake.saves).toBe(1);
  });

  it("starts empty in a workbook that has never been scored", () => {
    const { settings } = aDocumentSettings();

    expect(createDocumentStore(settings).load()).toEqual(emptyMemory());
  });

  it("fills in what an older version did not store", () => {
    const { settings } = aDocumentSettings({
      [KEY]: { weights: { value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 } },
    });

    expect(createDocumentStore(settings).load()).toEqual({
      headerOverrides: {},
      weights: { value: 1, feasibility: 1, dataReadiness: 1, regulatoryRisk: 1 },
    });
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
  ])("ignores %s stored under its name by someone else", (_what, garbage) => {
    const { settings } = aDocumentSettings({ [KEY]: garbage });

    expect(createDocumentStore(settings).load()).toEqual(emptyMemory());
  });

  it("gives back the annual budget and how to spend it", async () => {
    const { settings } = aDocumentSettings();
    const memory: PaneMemory = {
      ...aSessionsMemory,
      portfolio: {
        annualBudget: 600000,
        objective: "value",
        method: "rank",
        roadmapFrom: "portfolio",
      },
    };

    await createDocumentStore(settings).save(memory);

    expect(createDocumentStore(settings).load()).toEqual(memory);
  });

  it.each([
    ["a negative annual budget", { annualBudget: -5 }],
    ["an objective it does not know", { annualBudget: 600000, objective: "profit" }],
    ["a budget written as text", { annualBudget: "600k" }],
  ])("drops %s but keeps the weights and mappings", (_what, portfolio) => {
    const { settings } = aDocumentSettings({ [KEY]: { ...aSessionsMemory, portfolio } });

    const loaded = createDocumentStore(settings).load();

    expect(loaded.portfolio).toBeUndefined();
    expect(loaded).toEqual(aSessionsMemory);
  });

  it("leaves settings stored by other add-ins alone", async () => {
    const { settings } = aDocumentSettings({ otherAddIn: { theme: "green" } });

    await createDocumentStore(settings).save(aSessionsMemory);

    expect(settings.get("otherAddIn")).toEqual({ theme: "green" });
  });

  it("carries on when the workbook could not save (a preference is lost, never data)", async () => {
    const { fake, settings } = aDocumentSettings({}, "failed");

    await expect(createDocumentStore(settings).save(aSessionsMemory)).resolves.toBeUndefined();
    expect(fake.saves).toBe(1);
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
