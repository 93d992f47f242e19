/** Transports this playground can run. pgm/epgm are recognised only to explain why not. */
export const TRANSPORTS = ["tcp", "ipc", "inproc"] as const;
export type Transport = (typeof TRANSPORTS)[number];

export type ParsedEndpoint =
  | { ok: true; transport: "tcp"; host: string; port: number; address: string }
  | { ok: true; transport: "ipc"; path: string; address: string }
  | { ok: true; transport: "inproc"; name: string; address: string }
  | { ok: false; reason: string; transport?: string };

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\]|::1)$/;

/** Whether a tcp host stays on this machine. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * Split an endpoint into its parts, or say in plain words what is wrong with it.
 * Wildcards (`tcp://127.0.0.1:*`) are refused: a diagram shows fixed addresses so that
 * connectors and outside programs know where to go.
 */
export function parseEndpoint(address: string): ParsedEndpoint {
  const m = /^([a-z]+):\/\/(.*)$/.exec(address);
  if (!m) {
    return { ok: false, reason: `"${address}" is not an endpoint: write transport://address, e.g. tcp://127.0.0.1:5555` };
  }
  const transport = m[1] ?? "";
  const rest = m[2] ?? "";
  if (transport === "pgm" || transport === "epgm") {
    return {
      ok: false,
      transport,
      reason: `${transport} (multicast) is not built into this libzmq; use RADIO/DISH over udp-like group messaging, or PUB/SUB over tcp`,
    };
  }
  if (transport === "tcp") {
    const hp = /^(\[[0-9a-fA-F:]+\]|[^:[\]]+):(\d{1,5})$/.exec(rest);
    if (!hp) {
      return { ok: false, transport, reason: `tcp endpoint "${address}" needs host:port, e.g. tcp://127.0.0.1:5555` };
    }
    const port = Number(hp[2]);
    if (port < 1 || port > 65535) {
      return { ok: false, transport, reason: `port ${hp[2]} in "${address}" is outside 1-65535` };
    }
    return { ok: true, transport, host: hp[1] ?? "", port, address };
  }
  if (transport === "ipc") {
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(rest)) {
      return {
        ok: false,
        transport,
        reason: `ipc endpoint "${address}" needs a plain file name (letters, digits, '.', '_', '-'), e.g. ipc://myserver.ipc; the playground keeps it in the session's own folder`,
      };
    }
    return { ok: true, transport, path: rest, address };
  }
  if (transport === "inproc") {
    if (!/^[A-Za-z0-9._-]{1,128}$/.test(rest)) {
      return { ok: false, transport, reason: `inproc endpoint "${address}" needs a name, e.g. inproc://workers` };
    }
    return { ok: true, transport, name: rest, address };
  }
  return { ok: false, transport, reason: `transport "${transport}" is not supported here; use tcp, ipc or inproc` };
}
