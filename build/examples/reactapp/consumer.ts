// A TypeScript consumer of the package's types: `tsc` checks it and the
// .d.ts files it imports (make test).
import { loadTether, type Tether, type TetherStats } from "@tether-sse/tether";
import { SSEContextProvider, useSSE, useTether, useConnectionState } from "@tether-sse/tether/react";

// The app's own events, declared once for every subscribe and useTether.
interface Task {
  taskId: string;
  status: "open" | "done";
}
declare module "@tether-sse/tether" {
  interface TetherEvents {
    task: Task;
  }
}

async function main(): Promise<void> {
  const tether: Tether = await loadTether({
    notificationsHost: "https://sse.example.com",
    queryString: "topics=news",
    backgroundThresholdMs: 0,
    token: async () => "a-token",
  });
  const off = tether.subscribe<{ taskId: string }>("task", (task, meta) => {
    console.log(task.taskId, meta.id, meta.instanceId);
  }, { onError: (err, meta) => console.warn(err.message, meta.event) });
  // A declared event needs no type argument, nor does the stream's own.
  const offTyped = tether.subscribe("task", (t) => console.log(t.taskId.toUpperCase(), t.status));
  offTyped();
  tether.subscribe("reset", (r) => console.log(r.reason))();
  const stats: TetherStats = tether.stats();
  console.log(stats.lastEventId, tether.state() === "Connected");
  off();
}

export function Widget(): null {
  const { esRef, instanceId } = useSSE();
  const state: "Disconnected" | "Connecting" | "Connected" | "Reconnecting" | "Error" = useConnectionState();
  useTether<{ id: string }>("notification", (n) => console.log(n.id, state, instanceId));
  esRef.current?.addEventListener("task", (ev: MessageEvent) => console.log(ev.data, ev.lastEventId));
  return null;
}

export const provider = SSEContextProvider;
void main;
