// Tether loader: loadTether(config) resolves to globalThis.tether, loading
// wasm_exec.js and tether.wasm (beside this file) once per page. Every
// later call, from any micro-frontend, gets the same runtime and so the
// same connection.

const base = new URL(".", import.meta.url);

/** @type {import("./tether").loadTether} */
export function loadTether(config = {}) {
  if (globalThis.tether) return Promise.resolve(globalThis.tether);
  if (globalThis.__tetherLoading) return globalThis.__tetherLoading;
  const loading = boot(config);
  globalThis.__tetherLoading = loading;
  loading.catch(() => { delete globalThis.__tetherLoading; }); // a failed load may be retried
  return loading;
}

async function boot(config) {
  if (config === null || typeof config !== "object") {
    throw new TypeError("loadTether(config): config must be an object");
  }
  if (!globalThis.Go) await import(new URL("wasm_exec.js", base).href);
  const go = new globalThis.Go();
  const booted = new Promise((resolve, reject) => {
    globalThis.__tetherBoot = { config, resolve, reject };
  });
  const url = new URL("tether.wasm", base);
  let instance;
  try {
    ({ instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject));
  } catch (streamingError) {
    // A server without the application/wasm type: fall back to bytes.
    const resp = await fetch(url);
    if (!resp.ok) throw new Error(`tether: ${url} answered ${resp.status}`);
    ({ instance } = await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject));
  }
  go.run(instance).then(() => console.warn("tether: the runtime exited"));
  const api = await booted;
  delete globalThis.__tetherBoot;
  return guard(api);
}

// guard makes bad arguments throw where the caller made them.
function guard(api) {
  if (api.__guarded) return api;
  const subscribe = api.subscribe;
  api.subscribe = (event, handler, options) => {
    if (typeof event !== "string" || event === "") throw new TypeError("tether.subscribe: event must be a non-empty string");
    if (typeof handler !== "function") throw new TypeError("tether.subscribe: handler must be a function");
    if (options != null && typeof options !== "object") throw new TypeError("tether.subscribe: options must be an object");
    return subscribe(event, handler, options);
  };
  for (const name of ["onState", "onInstance", "onAuthError"]) {
    const register = api[name];
    api[name] = (fn) => {
      if (typeof fn !== "function") throw new TypeError(`tether.${name}: fn must be a function`);
      return register(fn);
    };
  }
  Object.defineProperty(api, "__guarded", { value: true });
  return api;
}
