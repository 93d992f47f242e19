import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/** The content type a file is served with; unknown kinds are plain bytes. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/**
 * The file under `root` a URL path names, or null if it would leave `root` (`..`,
 * encoded slashes, NUL bytes) or cannot be decoded.
 */
export function resolveUnder(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const base = resolve(root);
  const file = resolve(base, `.${decoded.startsWith("/") ? decoded : `/${decoded}`}`);
  return file === base || file.startsWith(base + sep) ? file : null;
}

/**
 * Serve the built web app: the file the path names, else index.html for page routes
 * (paths without an extension), else 404. GET and HEAD only.
 */
export async function serveStatic(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return plain(res, 405, "Only GET and HEAD are served here.\n");
  }
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  const file = resolveUnder(root, pathname);
  if (file === null) return plain(res, 400, "Bad path.\n");
  const found = (await fileSize(file)) ?? (await fileSize(resolve(file, "index.html")));
  if (found !== null) return sendFile(req, res, found.path, found.size);
  if (extname(pathname) === "") {
    const index = await fileSize(resolve(root, "index.html"));
    if (index) return sendFile(req, res, index.path, index.size);
  }
  plain(res, 404, "Not found.\n");
}

async function fileSize(path: string): Promise<{ path: string; size: number } | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size } : null;
  } catch {
    return null;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string, size: number): void {
  // Vite puts content hashes in asset names, so those never change; index.html must.
  const immutable = path.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    "content-type": contentTypeOf(path),
    "content-length": size,
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(path);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/** A short plain-text answer. */
export function plain(
  res: ServerResponse,
  status: number,
  text: string,
  type = "text/plain; charset=utf-8",
): void {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(text),
    "x-content-type-options": "nosniff",
  });
  res.end(text);
}
