// Tether for React: a drop-in for the seed's SSEContextProvider / useSSE()
// ({esRef, instanceId}), and idiomatic hooks beside it. React is a peer
// dependency; the lean loader (tether.js) never imports it.
//
// esRef.current is an EventSource-shaped object that the runtime owns and
// that lives as long as the page: its addEventListener and
// removeEventListener are runtime subscriptions, which outlive every
// reconnect. A consumer written to the seed's contract keeps working, and
// one that forgets instanceId in its effect's deps (binding once, at
// mount) no longer misses anything after a reconnect.

import { createContext, createElement, useContext, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { loadTether, optionNames } from "./tether.js";

const Context = createContext(null);

const readyStates = { Connecting: 0, Reconnecting: 0, Connected: 1, Disconnected: 2, Error: 2 };

// eventSourceFacade stands in for the EventSource until the runtime is up
// (listeners added before then are attached when it is) and for the life
// of the page after. Like an EventSource it has onmessage (unnamed
// events), onopen (the stream opened) and onerror (it was lost, or the
// runtime could not load: readyState says CLOSED then).
function eventSourceFacade(ready) {
  let tether = null;
  let failed = false;
  const listeners = new Map(); // type → Map<listener, off | null>
  const attach = (type, listener) => {
    // The runtime hands a task's run of events in one call.
    const off = tether._listen(type, (instanceId, ...events) => {
      for (const ev of events) {
        try {
          if (typeof listener === "function") listener.call(facade, ev);
          else listener.handleEvent(ev);
        } catch (err) {
          console.error(`tether: an esRef.current "${type}" listener threw; other listeners are unaffected:`, err);
        }
      }
    });
    listeners.get(type).set(listener, off);
  };
  const handlers = { onmessage: null, onopen: null, onerror: null };
  // onmessage is a listener of "message" events, as on an EventSource.
  const onmessage = (ev) => handlers.onmessage?.call(facade, ev);
  const fire = (name, type) => {
    try {
      handlers[name]?.call(facade, new Event(type));
    } catch (err) {
      console.error(`tether: esRef.current.${name} threw:`, err);
    }
  };
  const facade = {
    CONNECTING: 0, OPEN: 1, CLOSED: 2,
    get readyState() { return failed ? 2 : tether ? readyStates[tether.state()] : 0; },
    get url() { return tether?.eventSource()?.url ?? ""; },
    get withCredentials() { return tether?.eventSource()?.withCredentials ?? false; },
    get onmessage() { return handlers.onmessage; },
    set onmessage(fn) {
      handlers.onmessage = typeof fn === "function" ? fn : null;
      if (handlers.onmessage) facade.addEventListener("message", onmessage);
      else facade.removeEventListener("message", onmessage);
    },
    get onopen() { return handlers.onopen; },
    set onopen(fn) { handlers.onopen = typeof fn === "function" ? fn : null; },
    get onerror() { return handlers.onerror; },
    set onerror(fn) { handlers.onerror = typeof fn === "function" ? fn : null; },
    addEventListener(type, listener) {
      if (listener == null) return;
      if (!listeners.has(type)) listeners.set(type, new Map());
      if (listeners.get(type).has(listener)) return; // as EventTarget: once per (type, listener)
      listeners.get(type).set(listener, null);
      if (tether) attach(type, listener);
    },
    removeEventListener(type, listener) {
      const byListener = listeners.get(type);
      if (!byListener || !byListener.has(listener)) return;
      byListener.get(listener)?.();
      byListener.delete(listener);
    },
    /** Closes the page's connection (every widget's): Tether's close(). */
    close() { tether?.close(); },
  };
  ready.then((t) => {
    tether = t;
    for (const [type, byListener] of listeners) for (const listener of byListener.keys()) attach(type, listener);
    let was = t.state();
    if (was === "Connected") queueMicrotask(() => fire("onopen", "open"));
    t.onState((state) => {
      if (state === "Connected" && was !== "Connected") fire("onopen", "open");
      if (was === "Connected" && state !== "Connected" || state === "Error" && was !== "Error") fire("onerror", "error");
      was = state;
    });
  }, () => {
    failed = true;
    fire("onerror", "error");
  });
  return facade;
}

/**
 * The seed's provider, same props: the loader's options (see TetherConfig).
 * The first provider on the page loads the runtime; any other (or any other
 * micro-frontend) shares it. A prop it does not know is named in a console
 * warning, as loadTether names an unknown option.
 */
export function SSEContextProvider({ children, ...props }) {
  const loading = useRef(null);
  if (loading.current === null) {
    const config = {};
    for (const [k, v] of Object.entries(props)) {
      if (!optionNames.includes(k)) {
        console.warn(`tether: <SSEContextProvider>: unknown prop "${k}" is ignored (its props are loadTether's options: ${optionNames.join(", ")})`);
      } else if (v !== undefined) {
        config[k] = v;
      }
    }
    // Rendered on a server (Next.js), nothing loads: the page shows
    // Connecting until the browser renders it.
    loading.current = typeof window === "undefined" ? new Promise(() => {}) : loadTether(config);
  }
  const esRef = useRef(null);
  if (esRef.current === null) esRef.current = eventSourceFacade(loading.current);
  const [tether, setTether] = useState(null);
  const [failure, setFailure] = useState(null);
  const [instanceId, setInstanceId] = useState(0);
  useEffect(() => {
    let off = null;
    let live = true;
    loading.current.then((t) => {
      if (!live) return;
      setTether(t);
      setInstanceId(t.instanceId());
      off = t.onInstance(setInstanceId);
    }, (err) => {
      console.error("tether: the runtime did not load:", err);
      if (live) setFailure(err);
    });
    return () => { live = false; off?.(); };
  }, []);
  return createElement(Context.Provider, { value: { esRef, instanceId, tether, failure, loading: loading.current } }, children);
}

function useProvided(hook) {
  const v = useContext(Context);
  if (v === null) throw new Error(`tether: ${hook} must be used inside <SSEContextProvider>`);
  return v;
}

/** The seed's hook: {esRef, instanceId}. esRef.current is never null. */
export function useSSE() {
  const { esRef, instanceId } = useProvided("useSSE()");
  return { esRef, instanceId };
}

/** Calls handler(JSON.parse(data), meta) for every `event`; always the latest handler. */
export function useTether(event, handler, options) {
  const { loading } = useProvided("useTether()");
  const latest = useRef(handler);
  latest.current = handler;
  const onError = options?.onError;
  useEffect(() => {
    // Subscribe as the runtime resolves, not at the re-render after it: a
    // widget mounted with the provider is subscribed before any state says
    // Connected, so it misses none of the first events.
    let off = null;
    let live = true;
    loading.then((t) => {
      if (live) off = t.subscribe(event, (data, meta) => latest.current(data, meta), onError ? { onError } : undefined);
    }, () => {});
    return () => { live = false; off?.(); };
  }, [loading, event, onError]);
}

/**
 * The connection state: "Disconnected" | "Connecting" | "Connected" | "Reconnecting" | "Error".
 * "Error" too when the runtime could not load (useLoadError says why).
 */
export function useConnectionState() {
  const { tether, failure } = useProvided("useConnectionState()");
  return useSyncExternalStore(
    (notify) => (tether ? tether.onState(notify) : () => {}),
    () => (tether ? tether.state() : failure ? "Error" : "Connecting"),
    () => "Connecting", // rendered on a server
  );
}

/** Why the runtime could not load (an Error naming the URL tried), or null. */
export function useLoadError() {
  return useProvided("useLoadError()").failure;
}
