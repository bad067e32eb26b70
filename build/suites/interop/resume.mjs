// Reads named events from the origin with the npm eventsource package and
// prints one JSON line per event ({id, event, data}); "open" and "error"
// lines mark connection changes. Exits after `want` events.
import { EventSource } from "eventsource";

const [url, want] = [process.argv[2], Number(process.argv[3])];
const es = new EventSource(url);
let seen = 0;
const print = (o) => process.stdout.write(JSON.stringify(o) + "\n");
es.onopen = () => print({ open: true });
es.onerror = () => print({ error: true });
for (const name of ["task", "notification", "payment"]) {
  es.addEventListener(name, (e) => {
    print({ id: e.lastEventId, event: e.type, data: e.data });
    if (++seen === want) {
      es.close();
      process.exit(0);
    }
  });
}
setTimeout(() => {
  print({ timeout: true });
  process.exit(2);
}, 20000);
