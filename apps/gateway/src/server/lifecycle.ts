import type { Server } from "node:http";
import type { SessionRegistry } from "../session/session-registry.js";

/** Listen, resolving with the real port; rejects with the listen error (EADDRINUSE, EACCES). */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address !== null ? address.port : port);
    });
  });
}

/** How long pages get to take the close frame before their connections are cut. */
const CLOSE_GRACE_MS = 500;

/**
 * Stop accepting, say goodbye to every page, dispose every session, then cut whatever is
 * left so the process can exit within about a second.
 */
export async function shutdown(
  server: Server,
  sessions: SessionRegistry,
  closeSockets: () => void,
  terminateSockets: () => void,
): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  closeSockets();
  server.closeIdleConnections();
  await sessions.closeAll();
  const cut = setTimeout(() => {
    terminateSockets();
    server.closeAllConnections();
  }, CLOSE_GRACE_MS);
  await closed;
  clearTimeout(cut);
}
