// Types for Tether's React binding (web/react.js).
import type { ReactElement, ReactNode, RefObject } from "react";
import type { Tether, TetherConfig, TetherEvents, TetherMeta, TetherState, SubscribeOptions } from "./tether";

/** The loader's options, as props (each with the default TetherConfig gives). */
export interface SSEContextProviderProps extends TetherConfig {
  children?: ReactNode;
}

/** EventSource-shaped, owned by the runtime: its listeners are runtime subscriptions and outlive reconnects. */
export interface TetherEventSource extends Pick<EventSource, "readyState" | "url" | "withCredentials" | "close" | "CONNECTING" | "OPEN" | "CLOSED"> {
  addEventListener(type: string, listener: ((this: TetherEventSource, ev: MessageEvent) => void) | { handleEvent(ev: MessageEvent): void }): void;
  removeEventListener(type: string, listener: ((this: TetherEventSource, ev: MessageEvent) => void) | { handleEvent(ev: MessageEvent): void }): void;
  /** Unnamed events ("message"), as on an EventSource. */
  onmessage: ((this: TetherEventSource, ev: MessageEvent) => void) | null;
  /** The stream opened (the state became Connected). */
  onopen: ((this: TetherEventSource, ev: Event) => void) | null;
  /** The stream was lost, or the runtime could not load (readyState is CLOSED then). */
  onerror: ((this: TetherEventSource, ev: Event) => void) | null;
}

export function SSEContextProvider(props: SSEContextProviderProps): ReactElement;
export function useSSE(): { esRef: RefObject<TetherEventSource>; instanceId: number };
export function useTether<K extends keyof TetherEvents>(event: K, handler: (data: TetherEvents[K], meta: TetherMeta) => void, options?: SubscribeOptions): void;
export function useTether<T = unknown>(event: string, handler: (data: T, meta: TetherMeta) => void, options?: SubscribeOptions): void;
/** The connection state; "Error" too when the runtime could not load. */
export function useConnectionState(): TetherState;
/** Why the runtime could not load (an Error naming the URL tried), or null. */
export function useLoadError(): Error | null;
export type { Tether };
