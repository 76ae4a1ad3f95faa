/**
 * What the pane remembers per workbook (header overrides, weights, roadmap, pairwise and
 * portfolio settings), kept in the document's own settings so co-authors share them.
 *
 * One document setting per pane setting, each read back through its own zod schema: a workbook
 * can carry anything, and one bad value must not take the others down. Document settings are
 * saved as a whole bag and the last save wins, so a save first refreshes the pane's copy of the
 * bag, then sets only the settings this pane changed: a co-author's change to another setting
 * survives. And a save waits until the controls settle, so a slider drag is one save, not one a
 * tick (`settlingSaver`).
 */
import * as z from "zod";
import {
  HeaderOverridesSchema,
  PortfolioSettingsSchema,
  RoadmapSettingsSchema,
  WeightsSchema,
} from "../core";

/** Each setting on its own: a value this version cannot read is dropped alone. */
export const PaneMemorySchema = z.object({
  /** Per source sheet name. */
  headerOverrides: z.record(z.string(), HeaderOverridesSchema).catch({}),
  weights: WeightsSchema.optional().catch(undefined),
  roadmap: RoadmapSettingsSchema.partial().optional().catch(undefined),
  /** The six pairwise judgements, while the weights come from them. */
  pairwise: z.array(z.number().positive()).length(6).optional().catch(undefined),
  /** The annual budget (absent: no portfolio) and how to spend it. */
  portfolio: PortfolioSettingsSchema.partial().optional().catch(undefined),
});

export type PaneMemory = z.output<typeof PaneMemorySchema>;

type Setting = keyof PaneMemory;

/** The document setting each pane setting is kept under. */
export const SETTING_KEYS: Readonly<Record<Setting, string>> = {
  headerOverrides: "opportunityScorer.headerOverrides",
  weights: "opportunityScorer.weights",
  roadmap: "opportunityScorer.roadmap",
  pairwise: "opportunityScorer.pairwise",
  portfolio: "opportunityScorer.portfolio",
};

const SETTINGS = Object.keys(SETTING_KEYS) as Setting[];

/** Where versions before one key per setting kept everything, as one object. */
export const LEGACY_KEY = "opportunityScorer";

export interface SettingsStore {
  load(): PaneMemory;
  /** Stores `memory`; a store that can tell writes only what changed since the last save. */
  save(memory: PaneMemory): Promise<void>;
  /** The person's own name: remembered for them, not kept in the workbook they share. */
  loadUserName(): string;
  saveUserName(name: string): Promise<void>;
}

const USER_NAME_KEY = "opportunityScorer.userName";

/** The browser's storage for this add-in, when there is one. */
function personalStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function userNameStore(): Pick<SettingsStore, "loadUserName" | "saveUserName"> {
  let name = "";
  return {
    loadUserName: () => personalStorage()?.getItem(USER_NAME_KEY) ?? name,
    saveUserName: async (next) => {
      name = next;
      personalStorage()?.setItem(USER_NAME_KEY, next);
    },
  };
}

export function emptyMemory(): PaneMemory {
  return { headerOverrides: {} };
}

/** Memory for the session only: outside Excel, or where document settings are missing. */
export function createMemoryStore(initial: PaneMemory = emptyMemory()): SettingsStore {
  let memory = initial;
  return {
    ...userNameStore(),
    load: () => memory,
    save: async (next) => {
      memory = next;
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `get` answers null for a setting that is not there. */
function isStored(settings: Office.Settings, key: string): boolean {
  return settings.get(key) != null;
}

function readMemory(settings: Office.Settings): PaneMemory {
  const legacy: unknown = settings.get(LEGACY_KEY);
  const fromLegacy = isRecord(legacy) ? legacy : {};
  // A setting not yet under its own key is read from the old single object, if there is one.
  const raw = Object.fromEntries(
    SETTINGS.map((setting) => {
      const key = SETTING_KEYS[setting];
      return [setting, isStored(settings, key) ? settings.get(key) : fromLegacy[setting]];
    }),
  );
  return PaneMemorySchema.parse(raw);
}

/** JSON with object keys in order, so equal settings compare equal however they were built. */
function canonicalJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

type Snapshot = Readonly<Record<Setting, string | undefined>>;

function snapshotOf(memory: PaneMemory): Snapshot {
  return Object.fromEntries(
    SETTINGS.map((setting) => [setting, canonicalJson(memory[setting])]),
  ) as Record<Setting, string | undefined>;
}

/** The bag as the document holds it now; where `refreshAsync` is missing, the copy in hand. */
function refreshed(settings: Office.Settings): Promise<void> {
  return new Promise((resolve) => {
    if (typeof settings.refreshAsync !== "function") resolve();
    // A failed refresh leaves the copy in hand; the save goes ahead with it.
    else settings.refreshAsync(() => resolve());
  });
}

// Office.AsyncResultStatus.Succeeded, as text: this module also loads where Office.js has not.
const SUCCEEDED = "succeeded";

function persisted(settings: Office.Settings): Promise<boolean> {
  return new Promise((resolve) => {
    settings.saveAsync((result) => resolve(String(result.status) === SUCCEEDED));
  });
}

/** The workbook's settings (Office.context.document.settings), saved with the document. */
export function createDocumentStore(settings: Office.Settings): SettingsStore {
  // What the document held under each key when this pane last loaded or saved it.
  let saved = snapshotOf(readMemory(settings));
  // One save at a time: each refreshes, sets and saves the whole bag.
  let queue: Promise<void> = Promise.resolve();

  const saveNow = async (memory: PaneMemory): Promise<void> => {
    await refreshed(settings);
    const next = snapshotOf(memory);
    const legacy = isStored(settings, LEGACY_KEY);
    let changed = false;
    for (const setting of SETTINGS) {
      const key = SETTING_KEYS[setting];
      // Moving off the old object: whatever no co-author has yet put under its own key.
      const migrating = legacy && memory[setting] !== undefined && !isStored(settings, key);
      if (next[setting] === saved[setting] && !migrating) continue;
      if (memory[setting] === undefined) settings.remove(key);
      else settings.set(key, memory[setting]);
      changed = true;
    }
    if (legacy) settings.remove(LEGACY_KEY);
    if (!changed && !legacy) return;
    // A failed save only loses a preference, never data; the next save sets these keys again.
    if (await persisted(settings)) saved = next;
  };

  return {
    ...userNameStore(),
    load: () => {
      const memory = readMemory(settings);
      saved = snapshotOf(memory);
      return memory;
    },
    save: (memory) => {
      queue = queue.then(() => saveNow(memory)).catch(() => undefined);
      return queue;
    },
  };
}

/** How long a control must rest before its setting is saved: a slider drag is one save. */
export const SETTLE_MS = 1_000;

export interface SettingsSaver {
  /** Saves `memory` once no newer memory has followed it for the settle time. */
  schedule(memory: PaneMemory): void;
  /** Saves what is waiting now: before a write to the workbook, or as the pane goes away. */
  flush(): Promise<void>;
}

export function settlingSaver(store: SettingsStore, settleMs: number = SETTLE_MS): SettingsSaver {
  let waiting: PaneMemory | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const memory = waiting;
    waiting = undefined;
    return memory === undefined ? Promise.resolve() : store.save(memory);
  };
  return {
    schedule: (memory) => {
      waiting = memory;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), settleMs);
    },
    flush,
  };
}

/**
 * Flushes `saver` when the pane is hidden or unloaded (closing the pane gives no later chance);
 * the returned cleanup stops listening and flushes once more.
 */
export function flushWhenHidden(saver: SettingsSaver, view: Window = window): () => void {
  const flush = (): void => void saver.flush();
  const onVisibility = (): void => {
    if (view.document.visibilityState === "hidden") flush();
  };
  view.addEventListener("pagehide", flush);
  view.document.addEventListener("visibilitychange", onVisibility);
  return () => {
    view.removeEventListener("pagehide", flush);
    view.document.removeEventListener("visibilitychange", onVisibility);
    flush();
  };
}
