import { CATALOG } from "../../catalog/catalog.js";
import type { Diagnostic, DiagnosticCode } from "../diagnostics.js";
import { processOf } from "../links.js";
import type { SocketSpec } from "../schema.js";
import {
  diagnostic,
  listParam,
  socketParams,
  type MessageText,
  type RuleContext,
} from "./context.js";

/**
 * `forward` relays inside one program: the target must exist, be another socket of the
 * same process, and be able to send on its own.
 */
export function checkForwards(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.topology.sockets.forEach((socket, i) => {
    const forward = socket.behavior?.forward;
    if (forward === undefined) return;
    const place = { path: ["sockets", i, "behavior", "forward", "to"] };
    const target = ctx.byId.get(forward.to);
    const self = socketParams(socket);
    const problem = (code: DiagnosticCode, text: MessageText, ids: string[]) =>
      out.push(diagnostic("error", code, text, ids, place));
    if (target === undefined) {
      const choices = candidates(ctx, socket).map((s) => s.id);
      const params = { ...self, target: forward.to, choices: listParam(choices) };
      const id = choices.length > 0 ? "unknown-socket.choices" : "unknown-socket.none";
      problem("unknown-socket", { id, params }, [socket.id]);
      return;
    }
    const about = { ...self, target: target.id, targetType: target.type };
    if (target.id === socket.id) {
      problem("forward-to-self", { id: "forward-to-self", params: self }, [socket.id]);
    } else if (processOf(target) !== processOf(socket)) {
      problem(
        "forward-across-processes",
        {
          id: "forward-across-processes",
          params: { ...about, targetProcess: processOf(target), process: processOf(socket) },
        },
        [socket.id, target.id],
      );
    } else if (!canSendOnItsOwn(target)) {
      const why = CATALOG[target.type].canSend ? "replies-only" : "only-receives";
      problem(
        "forward-target-cannot-send",
        {
          id: `forward-target-cannot-send.${why}`,
          params: { ...about, senders: listParam(["PUSH", "PUB", "DEALER", "ROUTER", "PAIR"]) },
        },
        [socket.id, target.id],
      );
    }
  });
  return out;
}

/**
 * A REP (receive-first) may only send a reply, never a message of its own; a SERVER
 * needs the routing id of a CLIENT that asked, which a forwarded message does not carry.
 */
function canSendOnItsOwn(socket: SocketSpec): boolean {
  const info = CATALOG[socket.type];
  return info.canSend && info.lockstep !== "receive-first" && socket.type !== "SERVER";
}

function candidates(ctx: RuleContext, from: SocketSpec): SocketSpec[] {
  return ctx.topology.sockets.filter(
    (s) => s.id !== from.id && processOf(s) === processOf(from) && canSendOnItsOwn(s),
  );
}
