"use client";
// The seed's TasksWidget (the React hook's own example) and a useTether widget on Tether's drop-in
// provider, in a Next.js page. Rendered on the server at build time too:
// the provider then loads nothing, and nothing here touches window outside
// effects and handlers.
import { useEffect, useState } from "react";
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
  useEffect(() => { window.taskIds = ids; }, [ids]);
  return <p id="tasks">{ids.length}</p>;
}

function Payments() {
  const [ids, setIds] = useState([]);
  useTether("payment", (p, meta) => setIds((prev) => [...prev, meta.id]));
  useEffect(() => { window.paymentIds = ids; }, [ids]);
  return <p id="payments">{ids.length}</p>;
}

function Status() {
  const state = useConnectionState();
  useEffect(() => { window.connectionState = state; }, [state]);
  return <p id="state">{state}</p>;
}

// The demo origin's test flags: no generated events, no heartbeats (the
// e2e suite publishes what it checks).
const queryString = "intervalMs=0&heartbeat=0";

export default function Page() {
  return (
    <SSEContextProvider queryString={queryString} moduleBase="/next/">
      <Status />
      <TasksWidget />
      <Payments />
    </SSEContextProvider>
  );
}
