/**
 * What Fluent UI needs from a browser that jsdom lacks. Imported by each pane test file (the
 * default Jest environment is node, so none of this belongs in jest.config.js).
 *
 * Only ResizeObserver: MessageBar watches its own width with one (useMessageBarReflow), and
 * without it rendering a MessageBar throws "win.ResizeObserver is not a constructor".
 * matchMedia and scrollIntoView were tried and are not needed by this pane.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });
}
