import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { PROTOCOL_VERSION } from "@zmq-playground/shared";
import { describeError, silentLogger, type Logger } from "../log.js";
import { Connection } from "../session/connection.js";
import { DEFAULT_LIMITS, type GatewayLimits } from "../session/limits.js";
import { SessionRegistry, type RuntimeFactory } from "../session/session-registry.js";
import { CLOSE_CODES } from "../session/socket.js";
import { isLoopbackHost, judgeUpgrade, tokenMatches } from "./access.js";
import { missingBuildPage } from "./missing-build.js";
import { plain, serveStatic } from "./static-files.js";
import { adaptWebSocket } from "./ws-socket.js";
import { listen, shutdown } from "./lifecycle.js";

/** The WebSocket's path; everything else is the web app. */
export const WS_PATH = "/ws";

export interface GatewayServerOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The built web app (apps/web/dist). */
  readonly webRoot: string;
  /** Access token; required (non-null) unless `host` is loopback. */
  readonly token: string | null;
  readonly createRuntime: RuntimeFactory;
  readonly limits?: Partial<GatewayLimits>;
  readonly logger?: Logger;
  /** The host shown in `url` when `host` is a wildcard (0.0.0.0) a browser cannot open. */
  readonly displayHost?: string;
  /** Monotonic milliseconds for the per-connection rate limit; injectable for tests. */
  readonly now?: () => number;
}

export interface GatewayServer {
  /** Where a person opens the playground, with `?token=` when one is needed. */
  readonly url: string;
  readonly port: number;
  readonly sessions: SessionRegistry;
  /** Close every session (runtimes torn down, ipc folders removed) and the server. */
  close(): Promise<void>;
}

/** Start the gateway: the web app over HTTP and the protocol on /ws. Rejects if it cannot listen. */
export async function startGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  if (options.token === null && !isLoopbackHost(options.host)) {
    throw new Error(`Listening on ${options.host} (beyond this machine) needs an access token.`);
  }
  const limits: GatewayLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? silentLogger;
  const sessions = new SessionRegistry({ limits, logger, createRuntime: options.createRuntime });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes });
  wss.on("error", (error) => logger.error(`websocket server: ${error.message}`, error));
  const server = createServer((req, res) => void handleRequest(options, req, res, logger));
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname !== WS_PATH) return refuse(socket, 404, "Not found.");
      if (wss.clients.size >= limits.maxSessions * 4)
        return refuse(socket, 503, "Too many connections.");
      const verdict = judgeUpgrade({ token: options.token }, url, req.headers);
      if (!verdict.ok) {
        logger.warn(
          `refused a WebSocket from ${req.socket.remoteAddress ?? "?"}: ${verdict.reason}`,
        );
        return refuse(socket, verdict.status, verdict.reason);
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        const checkToken = (token: string | undefined) => tokenMatches(options.token, token);
        new Connection(adaptWebSocket(ws, logger), {
          registry: sessions,
          limits,
          logger,
          authorized: verdict.authorized,
          checkToken,
          ...(options.now ? { now: options.now } : {}),
        });
      });
    } catch (error) {
      logger.error(`upgrade failed: ${describeError(error)}`, error);
      socket.destroy();
    }
  });
  const port = await listen(server, options.host, options.port);
  const host = options.displayHost ?? options.host;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}/${options.token === null ? "" : `?token=${options.token}`}`;
  return {
    url,
    port,
    sessions,
    close: () =>
      shutdown(
        server,
        sessions,
        () => {
          for (const ws of wss.clients)
            ws.close(CLOSE_CODES.goingAway, "The gateway is shutting down.");
          wss.close();
        },
        () => {
          for (const ws of wss.clients) ws.terminate();
        },
      ),
  };
}

async function handleRequest(
  options: GatewayServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
): Promise<void> {
  try {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    if (pathname === WS_PATH) return plain(res, 426, "This path speaks WebSocket.\n");
    if (pathname === "/api/health") {
      return plain(
        res,
        200,
        JSON.stringify({ ok: true, protocolVersion: PROTOCOL_VERSION }),
        "application/json",
      );
    }
    if (pathname.startsWith("/api/")) return plain(res, 404, "Not found.\n");
    if (!existsSync(join(options.webRoot, "index.html"))) {
      return plain(res, 503, missingBuildPage(options.webRoot), "text/html; charset=utf-8");
    }
    await serveStatic(options.webRoot, req, res);
  } catch (error) {
    logger.error(`request ${req.url ?? ""} failed: ${describeError(error)}`, error);
    if (!res.headersSent) plain(res, 500, "The gateway failed; see its log.\n");
    else res.destroy();
  }
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const text = `${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${status === 404 ? "Not Found" : "Refused"}\r\nContent-Type: text/plain\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}
