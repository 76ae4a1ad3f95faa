/** Entry point: waits for Office.js, then renders the pane against the real Excel adapter. */
import { createRoot } from "react-dom/client";
import { createOfficeExcelAdapter } from "../excel";
import { App } from "./App";
import { officePresenterHost } from "./presenter";
import { createDocumentStore, createMemoryStore } from "./settingsStore";
import { isDarkTheme } from "./theme";

function render(): void {
  const container = document.getElementById("root");
  if (!container) return;
  // Outside Excel (a plain browser, or a test page with an Excel double) there are no
  // document settings; preferences then last for the session only.
  const settings = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  const dark = isDarkTheme(
    typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined,
    window.location.search,
  );
  document.body.dataset.theme = dark ? "dark" : "light";
  createRoot(container).render(
    <App
      adapter={createOfficeExcelAdapter()}
      store={settings ? createDocumentStore(settings) : createMemoryStore()}
      dark={dark}
      presenter={officePresenterHost()}
    />,
  );
}

if (typeof Office !== "undefined") void Office.onReady(render);
else render();
