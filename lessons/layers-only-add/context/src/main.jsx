import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")).render(<h1>Hello from a container</h1>);
