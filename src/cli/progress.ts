/**
 * Progress on stderr for work that takes more than a second, and only when stderr is a
 * terminal: scripts and `--json` consumers get clean output.
 */

const QUIET_FOR_MS = 1000;

export interface Progress {
  step(label: string): void;
  done(): void;
}

export function createProgress(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  now: () => number = Date.now,
): Progress {
  if (!stderr.isTTY) return { step: () => undefined, done: () => undefined };
  const started = now();
  let current = "";
  let shown = false;
  const show = (): void => {
    shown = true;
    stderr.write(`${current}…\n`);
  };
  // Reading and writing are asynchronous, so the timer fires during them if they are slow.
  const timer = setTimeout(() => current && show(), QUIET_FOR_MS);
  timer.unref();
  return {
    step(label) {
      current = label;
      if (shown || now() - started > QUIET_FOR_MS) show();
    },
    done() {
      clearTimeout(timer);
      if (shown) stderr.write(`Done in ${((now() - started) / 1000).toFixed(1)} s.\n`);
    },
  };
}
