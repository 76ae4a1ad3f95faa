// When settings are saved: once the controls settle, and at once when the pane goes away.
import {
  createDocumentStore,
  flushWhenHidden,
  SETTING_KEYS,
  settlingSaver,
  SETTLE_MS,
  type PaneMemory,
} from "../../src/taskpane/settingsStore";
import { SharedWorkbook } from "./documentSettings";

function weightsAt(value: number): PaneMemory {
  return {
    headerOverrides: {},
    weights: { value, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  };
}

/** A pane with the workbook's settings behind a settling saver. */
function aPane() {
  const workbook = new SharedWorkbook();
  const fake = workbook.open();
  const store = createDocumentStore(fake.settings);
  store.load();
  return { workbook, fake, saver: settlingSaver(store) };
}

/** A slider dragged from 25 to 44 and let go: a change every 50 ms. */
async function dragTwentyTicks(schedule: (memory: PaneMemory) => void): Promise<void> {
  for (let value = 25; value < 45; value++) {
    schedule(weightsAt(value));
    await jest.advanceTimersByTimeAsync(50);
  }
}

/** Enough of a window for `flushWhenHidden`: events on it and on its document. */
function aView() {
  const document = Object.assign(new EventTarget(), { visibilityState: "visible" });
  const view = Object.assign(new EventTarget(), { document });
  return { document, view: view as unknown as Window };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("saving the settings once the controls settle", () => {
  it("saves a slider drag of twenty ticks once", async () => {
    const { fake, saver } = aPane();

    await dragTwentyTicks(saver.schedule);
    await jest.advanceTimersByTimeAsync(SETTLE_MS);

    expect(fake.saves).toBe(1);
    expect(fake.setNames).toEqual([SETTING_KEYS.weights]);
  });

  it("saves where the slider was let go", async () => {
    const { workbook, saver } = aPane();

    await dragTwentyTicks(saver.schedule);
    await jest.advanceTimersByTimeAsync(SETTLE_MS);

    expect(workbook.stored[SETTING_KEYS.weights]).toEqual(weightsAt(44).weights);
  });

  it("saves nothing while the slider still moves", async () => {
    const { fake, saver } = aPane();

    await dragTwentyTicks(saver.schedule);
    await jest.advanceTimersByTimeAsync(SETTLE_MS - 100);

    expect(fake.saves).toBe(0);
  });

  it("saves at once when flushed, as before a write, and not again when the timer was due", async () => {
    const { fake, saver } = aPane();
    saver.schedule(weightsAt(30));

    await saver.flush();
    await jest.advanceTimersByTimeAsync(SETTLE_MS);

    expect(fake.saves).toBe(1);
  });

  it("saves nothing when flushed with nothing waiting", async () => {
    const { fake, saver } = aPane();

    await saver.flush();

    expect(fake.saves).toBe(0);
  });
});

describe("saving the settings as the pane goes away", () => {
  it("saves at once when the pane is unloaded", async () => {
    const { fake, saver } = aPane();
    const { view } = aView();
    flushWhenHidden(saver, view);
    saver.schedule(weightsAt(30));

    view.dispatchEvent(new Event("pagehide"));
    await jest.advanceTimersByTimeAsync(0);

    expect(fake.saves).toBe(1);
  });

  it("saves at once when the pane is hidden, but not when it shows again", async () => {
    const { fake, saver } = aPane();
    const { view, document } = aView();
    flushWhenHidden(saver, view);
    saver.schedule(weightsAt(30));

    document.dispatchEvent(new Event("visibilitychange"));
    await jest.advanceTimersByTimeAsync(0);
    expect(fake.saves).toBe(0);

    document.visibilityState = "hidden";
    document.dispatchEvent(new Event("visibilitychange"));
    await jest.advanceTimersByTimeAsync(0);
    expect(fake.saves).toBe(1);
  });

  it("saves what is waiting when it stops listening, and then listens no more", async () => {
    const { fake, saver } = aPane();
    const { view } = aView();
    const stop = flushWhenHidden(saver, view);
    saver.schedule(weightsAt(30));

    stop();
    await jest.advanceTimersByTimeAsync(0);
    saver.schedule(weightsAt(31));
    view.dispatchEvent(new Event("pagehide"));
    await jest.advanceTimersByTimeAsync(0);

    expect(fake.saves).toBe(1);
  });
});
