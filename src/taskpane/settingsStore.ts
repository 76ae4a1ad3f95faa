/**
 * What the pane remembers per workbook (header overrides, weights, roadmap and portfolio
 * settings), kept in the document's own settings so co-authors share them. Read back through
 * zod: a workbook can carry anything.
 */
import { z } from "zod";
import {
  HeaderOverridesSchema,
  PortfolioSettingsSchema,
  RoadmapSettingsSchema,
  WeightsSchema,
} from "../core";

export const PaneMemorySchema = z.object({
  /** Per source sheet name. */
  headerOverrides: z.record(z.string(), HeaderOverridesSchema).default({}),
  weights: WeightsSchema.optional(),
  roadmap: RoadmapSettingsSchema.partial().optional(),
  /** The six pairwise judgements, while the weights come from them. */
  pairwise: z.array(z.number().positive()).length(6).optional(),
  /**
   * The annual budget (absent: no portfolio) and how to spend it. A value this version cannot
   * read is dropped on its own, so it does not take the weights and mappings down with it.
   */
  portfolio: PortfolioSettingsSchema.partial().optional().catch(undefined),
});

export type PaneMemory = z.output<typeof PaneMemorySchema>;

export interface SettingsStore {
  load(): PaneMemory;
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

const KEY = "opportunityScorer";

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

/** The workbook's settings (Office.context.document.settings), saved with the document. */
export function createDocumentStore(settings: Office.Settings): SettingsStore {
  return {
    ...userNameStore(),
    load: () => {
      const parsed = PaneMemorySchema.safeParse(settings.get(KEY));
      return parsed.success ? parsed.data : emptyMemory();
    },
    save: (memory) =>
      new Promise((resolve) => {
        settings.set(KEY, memory);
        // A failed save only loses a preference, never data; the pane carries on.
        settings.saveAsync(() => resolve());
      }),
  };
}
