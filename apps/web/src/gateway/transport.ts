/** What a transport reports; the connection binds one set of handlers per transport. */
export interface TransportHandlers {
  onOpen(): void;
  onMessage(text: string): void;
  onClose(code: number, reason: string): void;
}

/** One WebSocket, as the connection sees it: tests give a fake. */
export interface Transport {
  send(text: string): void;
  close(code?: number, reason?: string): void;
}

export type OpenTransport = (url: string, handlers: TransportHandlers) => Transport;

/** The browser's WebSocket: the only place in the web app that touches it. */
export const openWebSocket: OpenTransport = (url, handlers) => {
  const ws = new WebSocket(url);
  ws.onopen = () => handlers.onOpen();
  ws.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === "string") handlers.onMessage(event.data);
  };
  ws.onclose = (event) => handlers.onClose(event.code, event.reason);
  return {
    send: (text) => ws.send(text),
    close: (code, reason) => ws.close(code, reason),
  };
};

/**
 * The gateway's WebSocket address for this page: same host, `/ws`, with the access
 * token from the page's own URL when it carries one (a gateway listening beyond loopback).
 */
export function gatewayUrl(location: Pick<Location, "protocol" | "host" | "search">): {
  url: string;
  token: string | null;
} {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const token = new URLSearchParams(location.search).get("token");
  const query = token ? `?token=${encodeURIComponent(token)}` : "";
  return { url: `${scheme}://${location.host}/ws${query}`, token: token || null };
}
