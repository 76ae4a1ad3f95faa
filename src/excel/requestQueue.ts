/**
 * The write's requests, cut by size. Excel on the web refuses a request over 5 MB whole
 * (`RequestPayloadSizeLimitExceeded`, nothing applied), so the write is expressed as units, each
 * with its size in bytes as Office.js will send it; the queue gathers units up to a margin below
 * the limit, and queues their operations only when it sends them. A refused request is split in
 * two and each half sent again; a single unit that is still too large splits itself (a block of
 * rows in halves). The person never sees the refusal.
 */
import { isOfficeError } from "./excelErrors";

export interface WriteUnit {
  /** Its size in the request, as Office.js serialises it (UTF-8). */
  readonly bytes: number;
  /** Queues its operations on the request context (called again if its request is refused). */
  readonly queue: () => void;
  /** Smaller units doing the same work, for a request refused as too large; none: cannot split. */
  readonly split?: () => readonly WriteUnit[];
}

export interface RequestQueueOptions {
  readonly maxBytes: number;
  /** Sends what is queued: `context.sync()` with the adapter's timeout and counting. */
  readonly sync: () => Promise<void>;
  /** Queued at the start of every request (calculation and screen updating suspended). */
  readonly beginRequest: () => void;
}

export class RequestQueue {
  private units: WriteUnit[] = [];
  private bytes = 0;

  constructor(private readonly options: RequestQueueOptions) {}

  /** Adds a unit, first sending what is waiting if the unit would take the request over the margin. */
  async add(unit: WriteUnit): Promise<void> {
    if (this.units.length > 0 && this.bytes + unit.bytes > this.options.maxBytes) {
      await this.flush();
    }
    this.units.push(unit);
    this.bytes += unit.bytes;
  }

  /** Sends every waiting unit. */
  async flush(): Promise<void> {
    const units = this.units;
    this.units = [];
    this.bytes = 0;
    if (units.length > 0) await this.send(units);
  }

  private async send(units: readonly WriteUnit[]): Promise<void> {
    this.options.beginRequest();
    for (const unit of units) unit.queue();
    try {
      await this.options.sync();
    } catch (error) {
      if (!isOfficeError(error, "RequestPayloadSizeLimitExceeded")) throw error;
      const parts = halves(units);
      if (parts === undefined) throw error;
      for (const part of parts) await this.send(part);
    }
  }
}

/** Two halves of a refused request; a single unit splits itself; undefined when it cannot. */
function halves(units: readonly WriteUnit[]): WriteUnit[][] | undefined {
  if (units.length > 1) {
    const middle = Math.ceil(units.length / 2);
    return [units.slice(0, middle), units.slice(middle)];
  }
  const smaller = units[0]?.split?.();
  if (smaller === undefined || smaller.length < 2) return undefined;
  return smaller.map((unit) => [unit]);
}
