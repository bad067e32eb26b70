// Bundles app.jsx with esbuild and puts the package's wasm and
// wasm_exec.js beside the bundle, where its loader looks for them
// (new URL("tether.wasm", import.meta.url)).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// The output goes outside the tracked tree: build/out/reactapp.
const out = "../../out/reactapp";
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ["app.jsx"],
  bundle: true,
  format: "esm",
  jsx: "automatic",
  outfile: join(out, "app.js"),
  preserveSymlinks: true, // the package is a file: link; resolve react from here
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});
const pkg = dirname(createRequire(import.meta.url).resolve("@tether-sse/tether/wasm_exec.js"));
for (const f of ["tether.wasm", "wasm_exec.js"]) copyFileSync(join(pkg, f), join(out, f));
writeFileSync(join(out, "index.html"), `<!doctype html>
<html><head><meta charset="utf-8"><title>Tether React app</title></head>
<body><div id="root"></div><script type="module" src="app.js"></script></body></html>
`);
console.log("built build/out/reactapp/app.js with tether.wasm and wasm_exec.js beside it");
