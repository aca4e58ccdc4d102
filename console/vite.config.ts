import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** The console: built into console/dist, which `deckhand serve` serves at `/`. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  logLevel: "warn",
  esbuild: { jsx: "automatic" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // Everything comes from 'self': no inline script or data: URLs the CSP would have to allow.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
