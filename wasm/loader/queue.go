package loader

// QueueJS is the loader's queue(es, take, enter, opened, failed, fns),
// written into web/tether.js by build/tools/tsgen (and made by the
// runtime's browser tests). It listens to the EventSource es for the names
// listen is given, keeps the events in order and hands them to the
// module's enter(batch, packed) in one call a batch: a task after the
// first (a posted message, not a timer, which browsers clamp and throttle
// in hidden pages), and before es's open (opened) and error (failed) so
// that the module hears the events first. packed holds each event's type,
// lastEventId and data, each followed by a CR, which none of them can
// hold (an event stream ends a line at CR): one string crosses instead of
// three an event.
//
// enter returns its verdict: what to deliver to which of fns (a Map of the
// runtime's listeners by number), as groups of four numbers separated by
// spaces: listener, instance, and the batch's slice [from, to) handed over
// as fn(instance, ...events). No call crosses back into JS a batch.
//
// take, when given, is an adopted early stream's (EarlyTake): its events
// are the first batch, and the names' listeners go on when it is taken, at
// the first flush, which is posted at once.
//
// It returns {listen(name), unlisten(name), close()}; close drops what is
// queued.
const QueueJS = `(es, take, enter, opened, failed, fns) => {
  const names = new Set();
  const port = new MessageChannel();
  let queue = [], posted = false, closed = false;
  let waiting = typeof take === "function";
  const post = () => {
    if (!posted) {
      posted = true;
      port.port2.postMessage(null);
    }
  };
  const flush = () => {
    if (closed || (queue.length === 0 && !waiting)) return;
    let batch = queue;
    queue = [];
    if (waiting) {
      waiting = false;
      batch = take();
      for (const name of names) es.addEventListener(name, push);
    }
    const verdict = enter(batch, batch.map((e) => e.type + "\r" + e.lastEventId + "\r" + e.data + "\r").join(""));
    const v = typeof verdict === "string" && verdict !== "" ? verdict.split(" ") : [];
    for (let i = 0; i + 3 < v.length; i += 4) {
      try {
        fns.get(+v[i])(+v[i + 1], ...batch.slice(+v[i + 2], +v[i + 3]));
      } catch {
        console.warn("tether: a listener threw; other subscribers are unaffected");
      }
    }
  };
  const push = (e) => {
    if (queue.push(e) === 1) post();
  };
  const open = () => { flush(); opened(); };
  const error = () => { flush(); failed(); };
  es.addEventListener("open", open);
  es.addEventListener("error", error);
  port.port1.onmessage = () => { posted = false; flush(); };
  if (waiting) post();
  return {
    listen(name) {
      if (closed || names.has(name)) return;
      names.add(name);
      if (!waiting) es.addEventListener(name, push);
    },
    unlisten(name) {
      names.delete(name);
      es.removeEventListener(name, push);
    },
    close() {
      if (closed) return;
      closed = true;
      queue = [];
      if (waiting) take();
      for (const name of names) es.removeEventListener(name, push);
      es.removeEventListener("open", open);
      es.removeEventListener("error", error);
      port.port1.close();
    },
  };
}`
