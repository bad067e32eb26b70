import { defineConfig } from "vite";

// Served under /vite/ by the e2e suite; the output goes outside the
// tracked tree. The public folder holds assets/tether.wasm and
// assets/wasm_exec.js (the Makefile copies them from the installed
// package): Vite copies it as it is, so they land beside the bundle
// (dist/assets/), where the bundled loader looks for them.
export default defineConfig({
  base: "/vite/",
  publicDir: "../../out/viteapp-public",
  build: { outDir: "../../out/viteapp", emptyOutDir: true },
  logLevel: "warn",
});
