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

/** Why a transport libzmq knows cannot run here, for the ones students meet in tutorials. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  pgm: "pgm (reliable multicast) is not built into this libzmq, so it cannot run here. For one-to-many messages use PUB/SUB over tcp, or the draft RADIO/DISH pair",
  epgm: "epgm (multicast over UDP) is not built into this libzmq, so it cannot run here. For one-to-many messages use PUB/SUB over tcp, or the draft RADIO/DISH pair",
  udp: "udp only works with the draft RADIO/DISH and DGRAM types, and the playground does not run it; use tcp, ipc or inproc",
  ws: "the ws transport is not offered by the playground; use tcp, ipc or inproc",
  wss: "the wss transport is not offered by the playground; use tcp, ipc or inproc",
  tipc: "tipc needs a Linux cluster set-up and is not offered by the playground; use tcp, ipc or inproc",
  vmci: "vmci only works between VMware virtual machines; use tcp, ipc or inproc",
};

/**
 * Split an endpoint into its parts, or say in plain words what is wrong with it.
 * Wildcards (`tcp://127.0.0.1:*`) are refused: a diagram shows fixed addresses so that
 * connectors and outside programs know where to go.
 */
export function parseEndpoint(address: string): ParsedEndpoint {
  const m = /^([a-z]+):\/\/(.*)$/.exec(address);
  if (!m) {
    return {
      ok: false,
      reason: `"${address}" is not an endpoint: write transport://address, e.g. tcp://127.0.0.1:5555`,
    };
  }
  const transport = m[1] ?? "";
  const rest = m[2] ?? "";
  if (transport === "tcp") return parseTcp(address, rest);
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
      return {
        ok: false,
        transport,
        reason: `inproc endpoint "${address}" needs a name (letters, digits, '.', '_', '-'), e.g. inproc://workers`,
      };
    }
    return { ok: true, transport, name: rest, address };
  }
  const why = UNSUPPORTED[transport];
  return {
    ok: false,
    transport,
    reason: why ?? `transport "${transport}" is not supported here; use tcp, ipc or inproc`,
  };
}

function parseTcp(address: string, rest: string): ParsedEndpoint {
  const transport = "tcp";
  if (/:\*$/.test(rest)) {
    return {
      ok: false,
      transport,
      reason: `"${address}" asks for any free port; the playground needs a fixed port (e.g. tcp://127.0.0.1:5555) so the diagram shows where to connect`,
    };
  }
  const hp = /^(\[[0-9a-fA-F:]+\]|[^:[\]/]+):(\d{1,5})$/.exec(rest);
  if (!hp) {
    return {
      ok: false,
      transport,
      reason: `tcp endpoint "${address}" needs host:port, e.g. tcp://127.0.0.1:5555`,
    };
  }
  const port = Number(hp[2]);
  if (port < 1 || port > 65535) {
    return { ok: false, transport, reason: `port ${hp[2]} in "${address}" is outside 1-65535` };
  }
  return { ok: true, transport, host: hp[1] ?? "", port, address };
}
