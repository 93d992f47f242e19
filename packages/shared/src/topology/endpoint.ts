import { renderEnglish } from "./messages/render.js";
import type { EndpointReasonId } from "./messages/templates.js";

/** Transports this playground can run. pgm/epgm are recognised only to explain why not. */
export const TRANSPORTS = ["tcp", "ipc", "inproc"] as const;
export type Transport = (typeof TRANSPORTS)[number];

/**
 * Why an endpoint is refused: `reason` in English, and the template id (`reasonId`,
 * in ENDPOINT_REASONS) with the values it names, for a translated message.
 */
export interface EndpointRefusal {
  ok: false;
  reason: string;
  reasonId: EndpointReasonId;
  transport?: string;
  /** The port as written, when the refusal is about it. */
  port?: string;
}

export type ParsedEndpoint =
  | { ok: true; transport: "tcp"; host: string; port: number; address: string }
  | { ok: true; transport: "ipc"; path: string; address: string }
  | { ok: true; transport: "inproc"; name: string; address: string }
  | EndpointRefusal;

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\]|::1)$/;

/** Whether a tcp host stays on this machine. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/** Transports libzmq knows that the playground explains instead of running. */
const UNSUPPORTED = [
  "pgm",
  "epgm",
  "udp",
  "ws",
  "wss",
  "tipc",
  "vmci",
] as const satisfies readonly EndpointReasonId[];

function isUnsupported(transport: string): transport is (typeof UNSUPPORTED)[number] {
  const known: readonly string[] = UNSUPPORTED;
  return known.includes(transport);
}

/** A refusal, its English reason rendered from ENDPOINT_REASONS. */
function refuse(
  address: string,
  reasonId: EndpointReasonId,
  extra: { transport?: string; port?: string } = {},
): EndpointRefusal {
  const reason = renderEnglish(`reasons.${reasonId}`, { endpoint: address, ...extra });
  return { ok: false, reason, reasonId, ...extra };
}

/**
 * Split an endpoint into its parts, or say in plain words what is wrong with it.
 * Wildcards (`tcp://127.0.0.1:*`) are refused: a diagram shows fixed addresses so that
 * connectors and outside programs know where to go.
 */
export function parseEndpoint(address: string): ParsedEndpoint {
  const m = /^([a-z]+):\/\/(.*)$/.exec(address);
  if (!m) return refuse(address, "not-endpoint");
  const transport = m[1] ?? "";
  const rest = m[2] ?? "";
  if (transport === "tcp") return parseTcp(address, rest);
  if (transport === "ipc") {
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(rest)) return refuse(address, "ipc-name", { transport });
    return { ok: true, transport, path: rest, address };
  }
  if (transport === "inproc") {
    if (!/^[A-Za-z0-9._-]{1,128}$/.test(rest)) return refuse(address, "inproc-name", { transport });
    return { ok: true, transport, name: rest, address };
  }
  return refuse(address, isUnsupported(transport) ? transport : "unknown-transport", {
    transport,
  });
}

function parseTcp(address: string, rest: string): ParsedEndpoint {
  const transport = "tcp";
  if (/:\*$/.test(rest)) return refuse(address, "any-port", { transport });
  const hp = /^(\[[0-9a-fA-F:]+\]|[^:[\]/]+):(\d{1,5})$/.exec(rest);
  if (!hp) return refuse(address, "tcp-host-port", { transport });
  const port = Number(hp[2]);
  if (port < 1 || port > 65535) {
    return refuse(address, "port-range", { transport, port: hp[2] ?? "" });
  }
  return { ok: true, transport, host: hp[1] ?? "", port, address };
}
