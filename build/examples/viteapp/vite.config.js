import { defineConfig } from "vite";

// Served under /vite/ by the e2e suite; the output goes outside the
// tracked tree. The public folder holds assets/tether.wasm and
// assets/wasm_exec.js (the Makefile copies them from the installed
// package): Vite copies it as it is, so they land beside the bundle
// (dist/assets/), and its dev server serves them at the same place; the
// provider's moduleBase (import.meta.env.BASE_URL + "assets/") names it
// for both. While you develop, the dev server passes the stream and the
// rest of /v1/ to the origin (TETHER_ORIGIN, default http://localhost:3001).
export default defineConfig({
  base: "/vite/",
  publicDir: "../../out/viteapp-public",
  build: { outDir: "../../out/viteapp", emptyOutDir: true },
  server: { proxy: { "/v1/": process.env.TETHER_ORIGIN ?? "http://localhost:3001" } },
  logLevel: "warn",
});
