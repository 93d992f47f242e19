import "@xyflow/react/dist/style.css";
import "./styles/index.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import { createConnectedStore } from "./gateway/connect-store.js";
import { initI18n } from "./i18n/index.js";
import { restoreAutosave, startAutosave } from "./io/autosave.js";
import { openShareLink } from "./io/share-link.js";
import { openRecordingLink } from "./recording/link.js";
import { startRecordingSaver } from "./recording/recording-saver.js";
import { savedTheme } from "./panels/use-theme.js";
import { AppStoreProvider } from "./store/store-context.js";

initI18n();
// Work from the last visit comes back first; a share link then opens on top of it, so
// undo returns to that work.
const store = createConnectedStore(restoreAutosave() ?? undefined);
store.getState().setTheme(savedTheme());
startAutosave(store);
startRecordingSaver(store);
void openShareLink(store);
void openRecordingLink(store);
// A share link pasted into this tab changes only the hash: open it too.
window.addEventListener("hashchange", () => {
  void openShareLink(store);
  void openRecordingLink(store);
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);
