import type { Diagnostic, DiagnosticParams } from "../diagnostics.js";
import { isLoopbackHost, parseEndpoint, type EndpointRefusal } from "../endpoint.js";
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
          { id: `bad-endpoint.${role}`, params: refusalParams(socket.id, endpoint, parsed) },
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
          {
            id: `non-loopback-host.${role}`,
            params: { socket: socket.id, endpoint, host: parsed.host, port: parsed.port },
          },
          [socket.id],
          place,
        ),
      );
    }
  }
  return out;
}

/** A bad endpoint's params: the socket, the endpoint, and why (a reason id with its values). */
function refusalParams(
  socket: string,
  endpoint: string,
  refusal: EndpointRefusal,
): DiagnosticParams {
  const params: DiagnosticParams = { socket, endpoint, reason: refusal.reasonId };
  if (refusal.transport !== undefined) params.transport = refusal.transport;
  if (refusal.port !== undefined) params.port = refusal.port;
  return params;
}
