import type { Diagnostic } from "../diagnostics.js";
import { isLoopbackHost, parseEndpoint, type ParsedEndpoint } from "../endpoint.js";
import { diagnostic, type RuleContext } from "./context.js";
import { AddressIndex } from "./endpoint-key.js";
import { endpointUses, type EndpointUse } from "./endpoints.js";

type Parsed = Extract<ParsedEndpoint, { ok: true }>;
interface Located extends EndpointUse {
  readonly parsed: Parsed;
}

/** Usable endpoints only: checkEndpoints already reported the others. */
function located(ctx: RuleContext, role: "bind" | "connect"): Located[] {
  const out: Located[] = [];
  for (const use of endpointUses(ctx)) {
    const parsed = parseEndpoint(use.endpoint);
    if (use.role !== role || !parsed.ok) continue;
    if (parsed.transport === "tcp" && !isLoopbackHost(parsed.host) && !ctx.options.allowNonLoopback)
      continue;
    out.push({ ...use, parsed });
  }
  return out;
}

function pathOf(use: EndpointUse): (string | number)[] {
  return ["sockets", use.socketIndex, use.role, use.index];
}

/** Binds that collide, and connects that go nowhere useful. */
export function checkWiring(ctx: RuleContext): Diagnostic[] {
  const binds = located(ctx, "bind");
  return [...addressInUse(binds), ...connects(ctx, binds)];
}

function addressInUse(binds: readonly Located[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new AddressIndex<Located>();
  for (const use of binds) {
    const first = seen.find(use.parsed);
    if (first === undefined) {
      seen.add(use);
      continue;
    }
    const { socket, endpoint } = use;
    const same = first.socket === socket;
    // Same ipc path twice does not fail in libzmq 4.3.5: the second bind steals the file
    // and the first binder is silently orphaned (ZEROMQ_NOTES §3), which is worse.
    const ipc = use.parsed.transport === "ipc" ? "-ipc" : "";
    const params = same
      ? { socket: socket.id, endpoint }
      : { socket: socket.id, endpoint, other: first.socket.id, otherEndpoint: first.endpoint };
    out.push(
      diagnostic(
        "error",
        "address-in-use",
        { id: same ? `address-in-use.same${ipc}` : `address-in-use.other${ipc}`, params },
        [first.socket.id, socket.id],
        { endpoint, path: pathOf(use) },
      ),
    );
  }
  return out;
}

function connects(ctx: RuleContext, binds: readonly Located[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const bound = new AddressIndex<Located>();
  for (const b of binds) bound.add(b);
  const connected = new AddressIndex<Located>();
  for (const use of located(ctx, "connect")) {
    const { socket, endpoint, parsed } = use;
    const place = { endpoint, path: pathOf(use) };
    const earlier = connected.find(parsed, (c) => c.socket === socket);
    connected.add(use);
    if (earlier !== undefined) {
      out.push(
        diagnostic(
          "error",
          "duplicate-connect",
          { id: "duplicate-connect", params: { socket: socket.id, endpoint } },
          [socket.id],
          place,
        ),
      );
      continue;
    }
    // Prefer the binder written exactly as the connect, as deriveLinks does.
    const binder = bound.find(parsed, (b) => b.endpoint === endpoint) ?? bound.find(parsed);
    if (bound.find(parsed, (b) => b.socket === socket) !== undefined) {
      out.push(
        diagnostic(
          "error",
          "connect-to-self",
          { id: "connect-to-self", params: { socket: socket.id, endpoint } },
          [socket.id],
          place,
        ),
      );
    } else if (binder === undefined) {
      out.push(danglingConnect(use, place));
    } else if (binder.endpoint !== endpoint) {
      out.push(
        diagnostic(
          "warning",
          "dangling-connect",
          {
            id: "dangling-connect.respelled",
            params: {
              socket: socket.id,
              endpoint,
              other: binder.socket.id,
              otherEndpoint: binder.endpoint,
            },
          },
          [socket.id, binder.socket.id],
          place,
        ),
      );
    }
  }
  return out;
}

function danglingConnect(
  use: Located,
  place: { endpoint: string; path: (string | number)[] },
): Diagnostic {
  const { socket, endpoint } = use;
  if (use.parsed.transport === "inproc") {
    // inproc names live inside one zmq Context, so no outside program can ever bind it.
    return diagnostic(
      "warning",
      "dangling-connect",
      { id: "dangling-connect.inproc", params: { socket: socket.id, endpoint } },
      [socket.id],
      place,
    );
  }
  return diagnostic(
    "info",
    "dangling-connect",
    { id: "dangling-connect.outside", params: { socket: socket.id, endpoint } },
    [socket.id],
    place,
  );
}
