/**
 * Office.context.document.settings in memory, for one workbook that several panes (co-authors)
 * may have open. Each pane works on its own copy of the settings bag, loaded when it opens;
 * `refreshAsync` reloads that copy from the document and `saveAsync` writes the whole copy back,
 * so the last save wins, as Office documents for co-authoring. Values go through JSON as they do
 * in a real workbook, and `get` answers null for a missing name.
 */

type Bag = Map<string, string>;

const copyOf = (bag: Bag): Bag => new Map(bag);

export interface DocumentSettingsOptions {
  /** What `saveAsync` reports; "failed" keeps the document as it was. */
  readonly saveStatus?: "succeeded" | "failed";
  /** Some platforms lack `refreshAsync`. */
  readonly refresh?: boolean;
}

export interface FakeSettings {
  /** As the pane uses it: the fake has every member the store calls, not Office's events. */
  readonly settings: Office.Settings;
  /** How many times `saveAsync` was called. */
  saves: number;
  refreshes: number;
  /** The names passed to `set`, in order. */
  readonly setNames: string[];
  readonly removedNames: string[];
}

export class SharedWorkbook {
  private document: Bag;

  constructor(initial: Readonly<Record<string, unknown>> = {}) {
    this.document = new Map(
      Object.entries(initial).map(([name, value]) => [name, JSON.stringify(value)]),
    );
  }

  /** What the document holds now, under every name. */
  get stored(): Record<string, unknown> {
    return Object.fromEntries(
      [...this.document].map(([name, json]) => [name, JSON.parse(json) as unknown]),
    );
  }

  /** A co-author's pane opening the workbook now. */
  open(options: DocumentSettingsOptions = {}): FakeSettings {
    let bag = copyOf(this.document);
    const fake: FakeSettings = {
      saves: 0,
      refreshes: 0,
      setNames: [],
      removedNames: [],
      settings: undefined as unknown as Office.Settings,
    };
    const settings = {
      get: (name: string): unknown => {
        const json = bag.get(name);
        return json === undefined ? null : (JSON.parse(json) as unknown);
      },
      set: (name: string, value: unknown): void => {
        fake.setNames.push(name);
        bag.set(name, JSON.stringify(value));
      },
      remove: (name: string): void => {
        fake.removedNames.push(name);
        bag.delete(name);
      },
      saveAsync: (callback?: (result: Office.AsyncResult<void>) => void): void => {
        fake.saves++;
        const status = options.saveStatus ?? "succeeded";
        if (status === "succeeded") this.document = copyOf(bag);
        callback?.({ status, value: undefined } as unknown as Office.AsyncResult<void>);
      },
      ...(options.refresh !== false && {
        refreshAsync: (callback?: (result: Office.AsyncResult<Office.Settings>) => void): void => {
          fake.refreshes++;
          bag = copyOf(this.document);
          callback?.({
            status: "succeeded",
            value: settings,
          } as unknown as Office.AsyncResult<Office.Settings>);
        },
      }),
    };
    return Object.assign(fake, { settings: settings as unknown as Office.Settings });
  }
}
