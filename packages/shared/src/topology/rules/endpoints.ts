import type { Diagnostic } from "../diagnostics.js";
import { isLoopbackHost, parseEndpoint } from "../endpoint.js";
import type { SocketSpec } from "../schema.js";
import { diagnostic, type RuleContext } from "./context.js";

/** A bind or connect entry of one socket, with where it sits in the document. */
export interface EndpointUse {
  readonly socket: SocketSpec;
  readonly socketIndex: number;
  readonly role: "bind" | "connect";
  readonly index: number;
  readonly endpoint: string;
}

/** Every bind then connect entry, in socket order. */
export function endpointUses(ctx: RuleContext): EndpointUse[] {
  const uses: EndpointUse[] = [];
  ctx.topology.sockets.forEach((socket, socketIndex) => {
    for (const role of ["bind", "connect"] as const) {
      (socket[role] ?? []).forEach((endpoint, index) => {
        uses.push({ socket, socketIndex, role, index, endpoint });
      });
    }
  });
  return uses;
}

/** Endpoints that cannot be parsed, use a transport the playground does not run, or leave this machine. */
export function checkEndpoints(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const use of endpointUses(ctx)) {
    const { socket, endpoint, role } = use;
    const place = { endpoint, path: ["sockets", use.socketIndex, role, use.index] };
    const parsed = parseEndpoint(endpoint);
    const verb = role === "bind" ? "bind" : "connect to";
    if (!parsed.ok) {
      const unsupported =
        parsed.transport !== undefined &&
        parsed.transport !== "tcp" &&
        parsed.transport !== "ipc" &&
        parsed.transport !== "inproc";
      out.push(
        diagnostic(
          "error",
          unsupported ? "unsupported-transport" : "malformed-endpoint",
          `Socket "${socket.id}" cannot ${verb} ${endpoint}: ${parsed.reason}.`,
          [socket.id],
          place,
        ),
      );
    } else if (
      parsed.transport === "tcp" &&
      !isLoopbackHost(parsed.host) &&
      !ctx.options.allowNonLoopback
    ) {
      out.push(
        diagnostic(
          "error",
          "non-loopback-host",
          `Socket "${socket.id}" would ${verb} ${endpoint}, but "${parsed.host}" is not a loopback address. The playground keeps tcp on this machine (127.0.0.1 or localhost) unless its operator allows more: write tcp://127.0.0.1:${parsed.port} instead.`,
          [socket.id],
          place,
        ),
      );
    }
  }
  return out;
}
