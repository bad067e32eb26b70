// Exported statically (next build renders every page on the server once,
// at build time) and served under /next/ by the e2e suite; the Makefile
// moves the export (out/) to build/out/nextapp. public/ holds tether.wasm
// and wasm_exec.js (the Makefile copies them from the installed package):
// the provider is told where with moduleBase. Next keeps its outputs in
// the project (.next/, out/, public/'s copies: ignored by git).
//
// While you develop (next dev), the dev server passes the stream and the
// rest of /v1/ to the origin (TETHER_ORIGIN, default http://localhost:3001),
// uncompressed so that events are not held back.
const dev = process.env.NODE_ENV === "development";
const origin = process.env.TETHER_ORIGIN ?? "http://localhost:3001";

export default {
  ...(dev ? {} : { output: "export" }),
  basePath: "/next",
  images: { unoptimized: true },
  ...(dev && {
    compress: false,
    async rewrites() {
      return [{ source: "/v1/:path*", destination: `${origin}/v1/:path*`, basePath: false }];
    },
  }),
};
