import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { COURSE } from "./content/course";
import { createAppStore } from "./state/createAppStore";
import { STORAGE_KEY } from "./state/persistence";
import { App } from "./ui/App";
import { createEngineClient } from "./ui/engine/createEngineClient";
import { StoreProvider } from "./ui/storeContext";
import "./ui/styles.css";

// The engine runs in a worker: off the main thread, and out of the first load.
const engine = createEngineClient();
const store = createAppStore({
  analyzer: (source, options) => engine.analyze(source, options),
  engine,
  saveDelayMs: 300,
});

// A second tab writes the same storage: pick up its changes instead of overwriting them later.
window.addEventListener("storage", (e) => {
  if (e.key === STORAGE_KEY) void store.persist.rehydrate();
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App course={COURSE} />
    </StoreProvider>
  </StrictMode>,
);
