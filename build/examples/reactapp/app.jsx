// The seed's consumers on Tether's drop-in provider. TasksWidget is
// the React hook's own example, verbatim (types dropped); the
// notifications widget binds once at mount, with no instanceId in its deps
// (the mistake that went deaf after a reconnect under the old provider).
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { SSEContextProvider, useSSE, useConnectionState, useLoadError, useTether } from "@tether-sse/tether/react";

function TasksWidget() {
  const { esRef, instanceId } = useSSE();
  const [tasks, setTasks] = useState([]);

  useEffect(() => {
    const es = esRef.current;
    if (!es) return; // Guard: connection may be null during reconnect

    const handler = (evt) => {
      try {
        const data = JSON.parse(evt.data);
        setTasks((prev) => [data, ...prev].slice(0, 50));
      } catch (err) {
        console.error("Failed to parse task event:", err);
      }
    };

    es.addEventListener("task", handler);
    return () => es.removeEventListener("task", handler);
  }, [instanceId]); // ← CRITICAL: rebind when connection changes

  return (
    <ul id="tasks">
      {tasks.map((t) => (
        <li key={t.taskId}>{t.title}</li>
      ))}
    </ul>
  );
}

function NotificationsWidget() {
  const { esRef } = useSSE();
  const [ids, setIds] = useState([]);
  const handler = (evt) => setIds((prev) => [...prev, evt.lastEventId]);
  // ❌ binds once: no instanceId in deps
  useEffect(() => {
    const es = esRef.current;
    if (!es) return;
    es.addEventListener("notification", handler);
    return () => es.removeEventListener("notification", handler);
  }, []); // ← BUG in the seed's provider: never re-runs on reconnect
  window.notificationIds = ids;
  return <p id="notifications">{ids.length}</p>;
}

function Payments() {
  const [ids, setIds] = useState([]);
  useTether("payment", (p, meta) => setIds((prev) => [...prev, meta.id]));
  window.paymentIds = ids;
  return <p id="payments">{ids.length}</p>;
}

// A consumer written against EventSource's handler properties.
function Handlers() {
  const { esRef } = useSSE();
  useEffect(() => {
    window.esRef = esRef;
    window.opens = 0;
    window.errors = 0;
    esRef.current.onopen = () => { window.opens++; };
    esRef.current.onerror = () => { window.errors++; };
  }, []);
  return null;
}

function Status() {
  const state = useConnectionState();
  window.connectionState = state;
  window.loadError = useLoadError()?.message ?? null;
  // What a widget can miss: the names the stream listens to the moment the
  // page first says Connected (the runtime's 4 and the 3 widgets').
  if (state === "Connected" && window.listenersAtConnected === undefined) {
    window.listenersAtConnected = globalThis.tether.stats().listeners;
  }
  return <p id="state">{state}</p>;
}

const q = new URLSearchParams(location.search);
createRoot(document.getElementById("root")).render(
  <SSEContextProvider
    notificationsHost={q.get("notificationsHost") ?? undefined}
    path="/v1/sse/connect"
    queryString={q.get("queryString") ?? undefined}
    backgroundThresholdMs={Number(q.get("backgroundThresholdMs") ?? 10000)}
  >
    <Status />
    <Handlers />
    <TasksWidget />
    <NotificationsWidget />
    <Payments />
  </SSEContextProvider>,
);
