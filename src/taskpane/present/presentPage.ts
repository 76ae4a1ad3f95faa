/**
 * Entry point of the Present window (present.html), opened by the pane with
 * `Office.context.ui.displayDialogAsync`: it shows each ranking the pane sends with
 * `messageChild` (DialogApi 1.2), so it follows the weights live.
 */
import { readPresentSnapshot } from "./presentSnapshot";
import { renderPresentView } from "./presentView";

function start(): void {
  const root = document.getElementById("present");
  if (!root) return;
  Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (event) => {
    const message = (event as { message?: unknown }).message;
    const snapshot = typeof message === "string" ? readPresentSnapshot(message) : undefined;
    if (snapshot) renderPresentView(root, snapshot);
  });
  // Tells the pane the window is listening; it then sends the ranking as it stands.
  Office.context.ui.messageParent("ready");
}

void Office.onReady(start);
