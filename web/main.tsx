import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { COURSE } from "./content/course";
import { analyze } from "./engine";
import { createAppStore } from "./state/createAppStore";
import { STORAGE_KEY } from "./state/persistence";
import { App } from "./ui/App";
import { StoreProvider } from "./ui/storeContext";
import "./ui/styles.css";

const store = createAppStore({ analyzer: (source) => analyze(source) });

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
