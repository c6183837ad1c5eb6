import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

function Status() {
  const [status, setStatus] = useState("checking…");
  useEffect(() => {
    fetch("/api/health")
      .then((response) => response.json())
      .then((body) => setStatus(body.status))
      .catch(() => setStatus("unreachable"));
  }, []);
  return <p>The shop's API is {status}.</p>;
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <Status />
  </StrictMode>,
);
