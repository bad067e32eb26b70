// Types for the Tether runtime (globalThis.tether) and its loader.

import type { StreamEvents } from "./events";
export type { StreamEvents, ResetData } from "./events";

/**
 * Each event's name and the type of its parsed data: the stream's own, and your app's, which you
 * declare once: `declare module "@tether-sse/tether" { interface TetherEvents { task: Task } }`.
 * Then `subscribe("task", (t) => …)` types `t`; other names take a type argument.
 */
export interface TetherEvents extends StreamEvents {}

export type TetherState = "Disconnected" | "Connecting" | "Connected" | "Reconnecting" | "Error";

export type TetherRole = "leader" | "follower" | "solo";

/** The options loadTether knows, which are also SSEContextProvider's props. */
export const optionNames: readonly (keyof TetherConfig)[];

export interface TetherConfig {
  /** Origin of the SSE server, e.g. "http://localhost:3001". Default: the page's origin. */
  notificationsHost?: string;
  /** Stream path. Default "/v1/sse/connect". */
  path?: string;
  /** Query appended to the stream URL, e.g. "intervalMs=1000". Default none. */
  queryString?: string;
  /** Hidden longer than this (ms), reconnect on return. Default 10000; 0 = always reconnect. */
  backgroundThresholdMs?: number;
  /** Send cookies to a cross-origin notificationsHost. Default false. */
  withCredentials?: boolean;
  /** Start logged in (connect at once). Default true; false waits for login(). */
  loggedIn?: boolean;
  /**
   * Called before every new EventSource; its value travels as the access_token query parameter
   * (EventSource cannot set headers). On a 401/403 the runtime asks for a fresh token once and
   * retries before it reports an auth error. Default: none.
   */
  token?: () => string | Promise<string>;
  /**
   * Tabs of this origin with the same stream URL share one stream: one tab leads (Web Locks) and
   * relays every event to the others (BroadcastChannel). Default true where the browser has both;
   * false gives every tab its own stream.
   */
  shareAcrossTabs?: boolean;
  /**
   * The event names the page will subscribe to. The loader opens the stream while the module
   * downloads and keeps the events that arrive before the runtime starts; EventSource hears only
   * names it is told, so it keeps these (and the stream's own). The runtime delivers them, in
   * order, to the subscriptions made right after loadTether resolves. Without it the stream still
   * opens early, except when queryString asks for a replay (lastEventId). Default: none.
   */
  events?: string[];
  /**
   * Where tether.wasm and wasm_exec.js are (a URL, resolved against the page). Default: beside the
   * loader; bundled into an app's code, beside the bundle. A Next.js app serving them from public/
   * says "/" (or its basePath).
   */
  moduleBase?: string;
}

export interface TetherMeta {
  /** The event's id. */
  id: string;
  /** The event's name. */
  event: string;
  /** The instance number of the EventSource it came from. */
  instanceId: number;
}

export interface SubscribeOptions {
  /** Called instead of the handler when the payload is not JSON, and when the handler throws. */
  onError?: (error: Error, meta: TetherMeta) => void;
}

export interface TetherStats {
  state: TetherState;
  instanceId: number;
  subscriptions: number;
  listeners: number;
  callbacks: number;
  events: number;
  duplicates: number;
  resets: number;
  nativeRetries: number;
  retries: number;
  stalls: number;
  beacons: number;
  handlerPanics: number;
  /** Leaderships this tab took from a silent or frozen leading tab. */
  steals: number;
  /** Times this tab, leading, heard a higher term and stood down (its lock was taken while it was frozen). */
  stoodDown: number;
  /** The highest leadership term this tab has heard (it grows with every election or steal); 0 for a solo tab. */
  term: number;
  lastEventId: string;
  lastError: string;
  /** Unix ms of the last event, 0 if none. */
  lastEventAt: number;
  /** This tab's part in the browser's one stream: it holds it (leader), receives it (follower), or holds its own (solo). */
  role: TetherRole;
  /** JS calls of the runtime that failed where it went on without them (a field it could not read, a listener it could not remove). */
  faults: number;
  /** The last of them. */
  lastFault: string;
}

export interface Tether {
  /** Calls handler(data, meta) for every `event`, across reconnects: data is JSON.parse(event.data), parsed once and shared by every handler of the event (do not change it). Returns unsubscribe. */
  /** A catalog event: the handler's data has the event's generated type (web/events.d.ts). */
  subscribe<K extends keyof TetherEvents>(event: K, handler: (data: TetherEvents[K], meta: TetherMeta) => void, options?: SubscribeOptions): () => void;
  subscribe<T = unknown>(event: string, handler: (data: T, meta: TetherMeta) => void, options?: SubscribeOptions): () => void;
  state(): TetherState;
  onState(fn: (state: TetherState) => void): () => void;
  /** Increments the moment a new EventSource exists (seed contract). */
  instanceId(): number;
  onInstance(fn: (instanceId: number) => void): () => void;
  /** Called with 401 or 403 when the origin refuses the session, or 0 when the token option failed twice running; the state is then "Error". */
  onAuthError(fn: (status: number) => void): () => void;
  /** The raw EventSource, or null while there is none (seed contract). */
  eventSource(): EventSource | null;
  /** Replaces the connection now, resuming from the last id. False when logged out. */
  reconnect(): boolean;
  /** Closes and stays closed until reconnect() or login(). */
  close(): void;
  login(): void;
  logout(): void;
  stats(): TetherStats;
}

/** Loads the runtime once per page and resolves to it. */
export function loadTether(config?: TetherConfig): Promise<Tether>;

/**
 * Runs the go-app widgets module (widgets.wasm beside the loader), which mounts into the first
 * <div> of <body>. It joins the runtime if one is loaded or loading, else owns it (with config).
 * Resolves to the page's runtime.
 */
/**
 * Runs a Go wasm module that shares the page's runtime (a go-app app that calls jsapi.Start or
 * tetherapp.Start): the one at `module` (a URL, resolved against the page), or the demo's
 * widgets.wasm beside the loader. Rejects with an Error naming the URL when it cannot load.
 */
export function loadWidgets(config?: TetherConfig, module?: string | URL): Promise<Tether>;

declare global {
  // eslint-disable-next-line no-var
  var tether: Tether | undefined;
}
