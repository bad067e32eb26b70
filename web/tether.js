// Tether loader. loadTether(config) resolves to globalThis.tether, loading
// wasm_exec.js and tether.wasm (beside this file) once per page.
// loadWidgets(config, module) runs a go-app module that shares the
// runtime: the page's own at the URL module, or the demo's widgets
// (widgets.wasm beside this file, which mounts into the first <div>). Whichever module starts first owns
// the page's one connection; every later call, from any micro-frontend,
// gets the same runtime.

// The folder this file (or the bundle it went into) was served from,
// without new URL(".", import.meta.url): bundlers (Vite, Turbopack) take
// that pattern for an asset of their own.
const here = import.meta.url;
const base = new URL(here.slice(0, here.lastIndexOf("/") + 1));

// BEGIN protocol (written from Go by build/tools/tsgen, go generate ./server/catalog: edit the Go side)
// The options the runtime reads (wasm/loader OptionNames). Any other name is
// most likely a typo that would silently leave a default in place.
const knownOptions = new Set(["notificationsHost","path","queryString","backgroundThresholdMs","withCredentials","loggedIn","token","shareAcrossTabs","events","moduleBase"]);
// The events of every stream the runtime handles itself (catalog.RuntimeEvents).
const runtimeEvents = ["hello","heartbeat","reset","force_logout"];
const defaultPath = "/v1/sse/connect";
// The Web Lock of the tabs sharing a stream: this prefix and the stream's URL (conn.TabsKeyPrefix).
const lockPrefix = "tether ";
// A notificationsHost the runtime accepts (conn.HostPattern).
const hostPattern = new RegExp("^https?://[^/?#@%\\\\ \\t\\r\\n]+/?$");
// A manifest's fingerprinted name (origin.FingerprintPattern).
const fingerprintPattern = new RegExp("^[\\w-]+(\\.[\\w-]+)*\\.[0-9a-f]{16}\\.[\\w-]+$");
// The boot object a module reads as it starts (wasm/loader/boot.go):
// globalThis[bootGlobal] while go.run starts it; its early field, the
// stream opened while the module downloaded, or undefined.
const bootGlobal = "__tetherBoot";
const bootObject = (config, resolve, reject, queue, early) => ({ config, resolve, reject, queue, early });
const earlyObject = (url, source, take) => ({ url, source, take });
// queue(es, take, enter, opened, failed, fns): a stream's events into the
// module, a batch a call, and its verdict acted on (wasm/loader QueueJS).
const queue = (es, take, enter, opened, failed, fns) => {
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
};
// The origin writes the build's manifest here as it serves this file.
const servedManifest = null;
// END protocol

/** The options loadTether knows, which are also SSEContextProvider's props. */
export const optionNames = Object.freeze([...knownOptions]);

/** @type {import("./tether").loadTether} */
export function loadTether(config = {}) {
  if (globalThis.tether) return Promise.resolve(complete(globalThis.tether));
  if (globalThis.__tetherLoading) return globalThis.__tetherLoading;
  const loading = checkConfig("loadTether", config).then(() => run("tether.wasm", config))
    .catch((err) => freshOnce(err, (fresh) => {
      delete globalThis.__tetherLoading;
      return fresh.loadTether(config);
    }));
  globalThis.__tetherLoading = loading;
  loading.catch(() => { delete globalThis.__tetherLoading; }); // a failed load may be retried
  return loading;
}

/** @type {import("./tether").loadWidgets} */
export function loadWidgets(config = {}, module = undefined) {
  // A go-app module of the page's own (module: its URL, resolved against
  // the page), or the demo's widgets.wasm beside this file.
  const key = module === undefined ? "widgets.wasm" : String(module);
  const loads = (globalThis.__tetherWidgets ??= new Map());
  if (loads.has(key)) return loads.get(key);
  const loading = checkConfig("loadWidgets", config).then(() => {
    if (module !== undefined && (typeof module !== "string" && !(module instanceof URL) || String(module) === "")) {
      throw new TypeError("loadWidgets(config, module): module must be the URL of a Go wasm module");
    }
    return run(key, config, module === undefined ? null : new URL(String(module), document.baseURI));
  }).catch((err) => freshOnce(err, (fresh) => {
    loads.delete(key);
    return fresh.loadWidgets(config, module);
  }));
  loads.set(key, loading);
  loading.catch(() => loads.delete(key));
  return loading;
}

async function checkConfig(caller, config) {
  if (config === null || typeof config !== "object") {
    throw new TypeError(`${caller}(config): config must be an object`);
  }
  const { events } = config;
  if (events !== undefined && !(Array.isArray(events) && events.every((n) => typeof n === "string" && n !== ""))) {
    throw new TypeError(`${caller}(config): events must be an array of event names (non-empty strings)`);
  }
  for (const name of Object.keys(config)) {
    if (!knownOptions.has(name)) {
      console.warn(`tether: ${caller}(config): unknown option "${name}" is ignored (known: ${[...knownOptions].join(", ")})`);
    }
  }
}

// The build's manifest.json names each output by a hash of its content,
// a name the origin serves as immutable: a returning visitor's browser
// takes the wasm and wasm_exec.js from its cache without asking. The
// origin writes the manifest into this file as it serves it (servedManifest),
// which saves a round trip; this file served elsewhere, as itself, fetches
// manifest.json beside it. Bundled into an app's code (Vite, Next.js,
// esbuild), or pointed at its modules with moduleBase, it asks for no
// manifest and uses the plain names.
const unbundled = new URL(here).pathname.endsWith("/tether.js");
const manifests = new Map(); // base → Promise<manifest>
async function locate(file, config) {
  const at = config.moduleBase != null ? new URL(String(config.moduleBase).replace(/\/?$/, "/"), document.baseURI) : base;
  if (!manifests.has(at.href)) {
    manifests.set(at.href, servedManifest && at.href === base.href ? Promise.resolve(servedManifest)
      : unbundled && at.href === base.href ? fetch(new URL("manifest.json", at)).then((r) => (r.ok ? r.json() : {})).catch(() => ({}))
      : Promise.resolve({}));
  }
  const name = (await manifests.get(at.href))[file];
  return new URL(typeof name === "string" && fingerprintPattern.test(name) ? name : file, at);
}

// A returning visit runs the loader the browser kept while the origin is
// asked for a newer one (origin.loaderPolicy): the loader and the
// fingerprinted files it names are one build, usually cached together.
// When the origin no longer has one of them (a deploy replaced the build
// and the browser let the file go), the load fails as staleBuild and is
// tried again, once, by this file fetched fresh, whose manifest names the
// build the origin has now.
const staleBuild = Symbol("tether: a build the origin no longer has");
const fetchedFresh = new URL(here).searchParams.has("fresh");

// stale marks err as staleBuild when url is a file this loader's served
// manifest named.
function stale(err, url) {
  const named = servedManifest && !fetchedFresh &&
    Object.values(servedManifest).some((name) => new URL(name, base).href === url.href);
  if (named) err[staleBuild] = true;
  return err;
}

// freshOnce tries a staleBuild load again with this file fetched fresh;
// any other error is the load's.
async function freshOnce(err, retry) {
  if (err?.[staleBuild] !== true) throw err;
  let fresh;
  try {
    fresh = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ new URL(`tether.js?fresh=${Date.now()}`, base).href);
  } catch {
    throw err;
  }
  return retry(fresh);
}

// run starts one Go module (file beside this loader, or at url) and
// resolves to the runtime it owns or joined.
async function run(file, config, url = null) {
  const owner = !globalThis.tether && (file === "tether.wasm" || !globalThis.__tetherLoading);
  const opening = owner ? connectEarly(config) : null;
  const boot = bootObject(config, undefined, undefined, queue, undefined);
  try {
    return await start(file, boot, opening, url);
  } finally {
    // The module takes the early stream off its boot object as it starts
    // (the field becomes null); one it never took (the load failed) is
    // closed here, by the load that opened it.
    const mine = await opening;
    if (mine && boot.early !== null) mine.source.close();
  }
}

// mark names a moment of the start in the page's performance timeline
// (tether:fetch, :compiled, :instantiated, :run, :up, :open; the runtime
// adds tether:main as Go's main begins): make bench reads them.
const mark = (name) => globalThis.performance?.mark?.("tether:" + name);

async function start(file, boot, opening, moduleURL) {
  const { config } = boot;
  const url = moduleURL ?? (await locate(file, config));
  mark("fetch");
  // Download and compile (on a return: read V8's cached code) while
  // wasm_exec.js loads; a failure of either surfaces below, not as an
  // unhandled rejection.
  const response = fetch(url);
  response.catch(() => {});
  const compiling = (async () => WebAssembly.compileStreaming(response))();
  compiling.catch(() => {});
  // A fresh copy imports its build's wasm_exec.js even when the stale
  // build's defined Go: a new Go's replaces it (one already evaluated,
  // the same file, is not run again).
  if (!globalThis.Go || fetchedFresh) {
    const execURL = await locate("wasm_exec.js", config);
    try {
      // Loaded by the browser, not by a bundler that took this file in.
      await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ execURL.href);
    } catch (err) {
      throw stale(new Error(`tether: could not load ${execURL} (Go's wasm_exec.js, beside tether.wasm): ${err.message}. ${whereModules(config)}`), execURL);
    }
  }
  const go = new globalThis.Go();
  let instance;
  try {
    const module = await compiling;
    mark("compiled");
    instance = await WebAssembly.instantiate(module, go.importObject);
  } catch (streamingError) {
    // A server without the application/wasm type: fall back to bytes.
    // A refusal (404) is reported as it came, not asked again.
    let resp = await response.catch(() => null);
    if (!resp || resp.ok) {
      try {
        resp = await fetch(url);
      } catch (err) {
        throw new Error(`tether: could not fetch ${url}: ${err.message}`);
      }
    }
    if (!resp.ok) {
      const err = new Error(`tether: ${url} answered ${resp.status}. ${whereModules(config)}`);
      throw resp.status === 404 ? stale(err, url) : err;
    }
    try {
      ({ instance } = await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject));
    } catch (err) {
      throw new Error(`tether: ${url} is not a Go wasm module: ${err.message}`);
    }
  }
  // A runtime still loading owns the page: join it rather than race it.
  if (file !== "tether.wasm" && globalThis.__tetherLoading) await globalThis.__tetherLoading;
  // The module reads its boot object synchronously as it starts, so setting
  // it right before go.run hands each module its own, even when two load
  // at once.
  const booted = new Promise((resolve, reject) => {
    boot.resolve = resolve;
    boot.reject = reject;
  });
  mark("instantiated");
  boot.early = (await opening) ?? undefined;
  globalThis[bootGlobal] = boot;
  mark("run");
  go.run(instance);
  delete globalThis[bootGlobal];
  const api = await booted;
  mark("up");
  return complete(api);
}

// whereModules says where the loader looked for its modules and how to
// point it elsewhere: the error a bundler's dev server shows first.
function whereModules(config) {
  const at = config.moduleBase != null ? `moduleBase ${JSON.stringify(config.moduleBase)}` : `beside the loader (${base.href})`;
  return `The loader looked ${at}. In an app that bundles the loader (Vite, including its dev server; Next.js; esbuild) ` +
    `copy tether.wasm and wasm_exec.js from node_modules/@tether-sse/tether/ into a folder the server serves as it is ` +
    `(Vite and Next.js: public/) and name it with the moduleBase option or prop, e.g. moduleBase: "/"`;
}

// connectEarly opens the page's stream while the module downloads, so its
// round trips overlap the download, and keeps every event of the names it
// knows until the runtime adopts the stream (wasm/internal/jsbridge/early.go): the
// runtime delivers them, in order, to the subscriptions the page made
// right after loadTether resolved. EventSource cannot listen for a name it
// is not told, so a page whose stream replays at once (a lastEventId in
// its queryString) connects early only when it names its events. A token
// option, a logged-out start, or another tab already leading the stream
// (it relays to this one) also leaves the connecting to the runtime. It
// resolves to the early stream it opened, if any.
// The page's Web Locks, asked for as this file loads: connectEarly waits
// for them (another tab may lead the stream) before it opens the stream,
// whose request, on HTTP/1.1, should go out before the browser's
// revalidation of this file takes the page's idle connection. A call
// more than a second later asks again.
let locksAtLoad = globalThis.isSecureContext && globalThis.navigator?.locks
  ? { held: navigator.locks.query(), at: performance.now() } : null;
locksAtLoad?.held.catch(() => {});
function heldLocks() {
  const early = locksAtLoad;
  locksAtLoad = null;
  return early && performance.now() - early.at < 1000 ? early.held : navigator.locks.query();
}

async function connectEarly(config) {
  const query = String(config.queryString ?? "").replace(/^\?/, "");
  const path = config.path ?? defaultPath;
  const host = config.notificationsHost ?? "";
  if (typeof EventSource !== "function" || config.token != null || config.loggedIn === false ||
      typeof path !== "string" || !path.startsWith("/") ||
      typeof host !== "string" || (host !== "" && !hostPattern.test(host)) || // the runtime's rule
      (!config.events && new URLSearchParams(query).has("lastEventId"))) {
    return;
  }
  // The URL exactly as the runtime builds it (wasm/conn streamURL), or it
  // will not adopt the stream.
  const url = host.replace(/\/$/, "") + path + encodeQuery(query);
  if (config.shareAcrossTabs !== false && globalThis.isSecureContext && navigator.locks && typeof BroadcastChannel === "function") {
    const leading = await heldLocks().then((s) => s.held.some((l) => l.name === lockPrefix + url), () => false);
    if (leading || globalThis.tether) return;
  }
  let source;
  try {
    source = new EventSource(url, { withCredentials: config.withCredentials === true });
  } catch {
    return; // a URL the runtime will refuse, with an error that names the option
  }
  // The stream's own events, unnamed ones, and the page's events option.
  const names = [...new Set([...runtimeEvents, "message", ...(config.events ?? [])])];
  source.addEventListener("open", () => mark("open"), { once: true });
  const kept = [];
  const keep = (e) => kept.push(e);
  for (const name of names) source.addEventListener(name, keep);
  const take = () => {
    for (const name of names) source.removeEventListener(name, keep);
    return kept.splice(0);
  };
  return earlyObject(url, source, take);
}

// encodeQuery is wasm/conn's encodeQuery: pairs sorted by key, every byte
// but A–Z a–z 0–9 - _ . ~ escaped, a space as +.
function encodeQuery(query) {
  const pairs = [...new URLSearchParams(query)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (pairs.length === 0) return "";
  const escape = (v) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()).replace(/%20/g, "+");
  return "?" + pairs.map(([k, v]) => escape(k) + "=" + escape(v)).join("&");
}

// complete finishes the runtime's JS API here in JS: subscribe keeps the
// page's JS handlers in one registry (by event name), takes each name's
// events from the runtime once (_listen hands over the browser's
// MessageEvents, a task's run in one call) and parses each payload once
// for all its handlers. Bad arguments throw where the caller made them.
function complete(api) {
  if (api.__complete) return api;
  const topics = new Map(); // event name → { subs: Set, off }
  const dispatch = (instanceId, ...events) => {
    for (const ev of events) {
      const topic = topics.get(ev.type);
      if (topic) deliver(topic.subs, ev, instanceId);
    }
  };
  api.subscribe = (event, handler, options) => {
    if (typeof event !== "string" || event === "") throw new TypeError("tether.subscribe: event must be a non-empty string");
    if (typeof handler !== "function") throw new TypeError("tether.subscribe: handler must be a function");
    if (options != null && typeof options !== "object") throw new TypeError("tether.subscribe: options must be an object");
    let topic = topics.get(event);
    if (!topic) {
      topic = { subs: new Set(), off: api._listen(event, dispatch) };
      topics.set(event, topic);
    }
    const sub = { handler, onError: options?.onError };
    topic.subs.add(sub);
    return () => {
      if (!topic.subs.delete(sub) || topic.subs.size > 0) return;
      topics.delete(event);
      topic.off();
    };
  };
  for (const name of ["onState", "onInstance", "onAuthError"]) {
    const register = api[name];
    api[name] = (fn) => {
      if (typeof fn !== "function") throw new TypeError(`tether.${name}: fn must be a function`);
      return register(fn);
    };
  }
  Object.defineProperty(api, "__complete", { value: true });
  return api;
}

// deliver parses one event's payload once and hands the value to each
// handler (the same value: a handler must not change it). A payload that
// is not JSON goes to every subscriber's onError; a handler that throws,
// to its own; neither reaches another subscriber.
function deliver(subs, ev, instanceId) {
  const meta = { id: ev.lastEventId, event: ev.type, instanceId };
  let data;
  try {
    data = JSON.parse(ev.data);
  } catch (err) {
    for (const sub of subs) fail(sub, meta, "payload is not valid JSON", err);
    return;
  }
  for (const sub of subs) {
    try {
      sub.handler(data, meta);
    } catch (err) {
      fail(sub, meta, "handler threw", err);
    }
  }
}

// fail reports to the subscriber's onError, or warns without the payload.
function fail(sub, meta, what, cause) {
  let text = `tether: "${meta.event}" event ${meta.id}: ${what}`;
  if (typeof sub.onError === "function") {
    try {
      sub.onError(new Error(`${text}: ${cause}`), meta);
      return;
    } catch {
      text += " (and its onError threw)";
    }
  }
  console.warn(text + "; other subscribers are unaffected");
}
