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
    const what = same
      ? `Socket "${socket.id}" binds ${endpoint} twice`
      : `Socket "${socket.id}" binds ${endpoint}, but socket "${first.socket.id}" already binds ${first.endpoint}`;
    // Same ipc path twice does not fail in libzmq 4.3.5: the second bind steals the file
    // and the first binder is silently orphaned (ZEROMQ_NOTES §3), which is worse.
    const why =
      use.parsed.transport === "ipc"
        ? "libzmq would let the second bind quietly take the file over, and the first binder would never hear from anyone again"
        : 'the second bind fails with "Address already in use"';
    const fix = same
      ? "Remove the duplicate."
      : "Only one socket may bind an endpoint: the others connect to it.";
    out.push(
      diagnostic(
        "error",
        "address-in-use",
        `${what}: ${why}. ${fix}`,
        [first.socket.id, socket.id],
        {
          endpoint,
          path: pathOf(use),
        },
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
          `Socket "${socket.id}" connects to ${endpoint} twice. ZeroMQ would open two connections to the same peer (which then gets two turns in every round robin), and the diagram could not tell them apart. Remove the duplicate.`,
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
          `Socket "${socket.id}" connects to ${endpoint}, which it binds itself. A socket cannot be its own peer: connect another socket to it.`,
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
          `Socket "${socket.id}" connects to ${endpoint}, and socket "${binder.socket.id}" binds ${binder.endpoint}: the same address written differently. ZeroMQ would connect them, but the diagram only links identical endpoints, so write it exactly as bound.`,
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
      `Socket "${socket.id}" connects to ${endpoint}, which no socket binds. inproc only works inside one process, so no outside program can bind it either: nothing will ever arrive. Bind it on another socket.`,
      [socket.id],
      place,
    );
  }
  return diagnostic(
    "info",
    "dangling-connect",
    `Socket "${socket.id}" connects to ${endpoint}, which no socket in this topology binds. That is fine in ZeroMQ: connect may come before bind, and an outside program (a pyzmq script, say) may bind it. Until then, messages wait in the queue.`,
    [socket.id],
    place,
  );
}
