import { existsSync } from "node:fs";
import { serveStatic } from "@hono/node-server/serve-static";
import type { App } from "../app.ts";

/** The console's static files (built by Vite); hashed assets are cached, index.html is not. */
export function registerConsoleRoutes(app: App, consoleDir: string | undefined): void {
  if (!consoleDir || !existsSync(consoleDir)) {
    app.get("/", (c) =>
      c.text("The console is not built: run 'npm run build:console' (npm ci does it).", 503),
    );
    return;
  }
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.ok) c.header("cache-control", "public, max-age=31536000, immutable");
  });
  app.use(
    "*",
    serveStatic({
      root: consoleDir,
      onFound: (path, c) => {
        if (path.endsWith(".html")) c.header("cache-control", "no-cache");
      },
    }),
  );
}
