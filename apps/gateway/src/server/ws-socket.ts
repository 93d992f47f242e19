import type { RawData, WebSocket } from "ws";
import type { SessionSocket } from "../session/socket.js";
import type { Logger } from "../log.js";

/** Adapt a `ws` WebSocket to the little interface sessions use. */
export function adaptWebSocket(ws: WebSocket, logger: Logger): SessionSocket {
  // Without an error listener, a protocol violation (bad frame, payload over maxPayload)
  // would be an unhandled 'error' event and take the whole gateway down.
  ws.on("error", (error) => logger.info(`websocket error: ${error.message}`));
  return {
    send(text) {
      if (ws.readyState === ws.OPEN) ws.send(text);
    },
    close(code, reason) {
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING)
        ws.close(code, reason.slice(0, 120));
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    onMessage(listener) {
      // The protocol is JSON text; a binary frame is decoded too and then fails to parse.
      ws.on("message", (data) => listener(toText(data)));
    },
    onClose(listener) {
      ws.on("close", () => listener());
    },
  };
}

function toText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString("utf8");
  return data.toString("utf8");
}
