import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * A plain static file server with no gateway behind it (no WebSocket, no API), as a
 * teacher's web host would be: `/` maps to each root in turn, first match wins.
 */
export async function serveStatic(roots: readonly string[], port: number): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const relative = normalize(path === "/" ? "/index.html" : path).replace(/^(\.\.[/\\])+/, "");
      for (const root of roots) {
        try {
          const body = await readFile(join(root, relative));
          res.writeHead(200, {
            "content-type": TYPES[extname(relative)] ?? "application/octet-stream",
          });
          res.end(body);
          return;
        } catch {
          // not in this root: try the next
        }
      }
      res.writeHead(404).end("not found");
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return server;
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
