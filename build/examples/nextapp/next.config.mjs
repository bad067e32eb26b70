// Exported statically (next build renders every page on the server once,
// at build time) and served under /next/ by the e2e suite; the Makefile
// moves the export (out/) to build/out/nextapp. public/ holds tether.wasm
// and wasm_exec.js (the Makefile copies them from the installed package):
// the provider is told where with moduleBase. Next keeps its outputs in
// the project (.next/, out/, public/'s copies: ignored by git).
export default {
  output: "export",
  basePath: "/next",
  images: { unoptimized: true },
};
