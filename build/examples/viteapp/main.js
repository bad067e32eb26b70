// The seed's TasksWidget (the React hook's own example) and a useTether widget on Tether's drop-in
// provider, in a Vite app (no JSX, so no plugin: createElement as h).
import { createElement as h, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { SSEContextProvider, useSSE, useConnectionState, useTether } from "@tether-sse/tether/react";

function TasksWidget() {
  const { esRef, instanceId } = useSSE();
  const [ids, setIds] = useState([]);
  useEffect(() => {
    const es = esRef.current;
    if (!es) return; // Guard: connection may be null during reconnect
    const handler = (evt) => setIds((prev) => [...prev, evt.lastEventId]);
    es.addEventListener("task", handler);
    return () => es.removeEventListener("task", handler);
  }, [instanceId]); // ← CRITICAL: rebind when connection changes
  window.taskIds = ids;
  return h("p", { id: "tasks" }, ids.length);
}

function Payments() {
  const [ids, setIds] = useState([]);
  useTether("payment", (p, meta) => setIds((prev) => [...prev, meta.id]));
  window.paymentIds = ids;
  return h("p", { id: "payments" }, ids.length);
}

function Status() {
  const state = useConnectionState();
  window.connectionState = state;
  return h("p", { id: "state" }, state);
}

const q = new URLSearchParams(location.search);
createRoot(document.getElementById("root")).render(
  h(SSEContextProvider, { queryString: q.get("queryString") ?? undefined, moduleBase: import.meta.env.BASE_URL + "assets/" },
    h(Status), h(TasksWidget), h(Payments)),
);
