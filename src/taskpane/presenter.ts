/**
 * The Present window, seen from the pane: an Office dialog the operator drags to the projector
 * and maximises. It is opened with `displayDialogAsync` and fed with `messageChild`, both
 * DialogApi (1.2 for messageChild); the pane's components only see this interface, so tests
 * and the browser test hand them a double.
 */
import type { PresentSnapshot } from "./present/presentSnapshot";

export interface PresentWindow {
  /** Shows this ranking in the window (the latest wins). */
  show(snapshot: PresentSnapshot): void;
  close(): void;
}

export interface PresenterHost {
  /** Whether this Excel can open the window and talk to it. */
  readonly available: boolean;
  /**
   * Opens the window; `onReady` runs once it listens (and may run again if it reloads), and
   * `onClosed` once the person closes it.
   */
  open(handlers: { onReady(): void; onClosed(): void }): Promise<PresentWindow>;
}

/** The window's page, beside the pane's own. */
const PRESENT_PAGE = "present.html";

/** The real one, on Office's dialog API. */
export function officePresenterHost(): PresenterHost {
  const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
  const available =
    ui !== undefined && Office.context.requirements?.isSetSupported?.("DialogApi", "1.2") === true;
  return {
    available,
    open: ({ onReady, onClosed }) =>
      new Promise((resolve, reject) => {
        if (!ui) {
          reject(new Error("Office's dialog API is not available here."));
          return;
        }
        const url = new URL(PRESENT_PAGE, window.location.href).toString();
        // Percent of the screen; the person drags it to the projector and maximises it.
        ui.displayDialogAsync(url, { height: 80, width: 70, displayInIframe: false }, (opened) => {
          if (opened.status !== Office.AsyncResultStatus.Succeeded) {
            reject(new Error(opened.error.message));
            return;
          }
          const dialog = opened.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => onReady());
          // 12006: the person closed the window.
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => onClosed());
          resolve({
            show: (snapshot) => dialog.messageChild(JSON.stringify(snapshot)),
            close: () => dialog.close(),
          });
        });
      }),
  };
}
