import { CATALOG } from "../../catalog/catalog.js";
import type { Diagnostic } from "../diagnostics.js";
import { processOf } from "../links.js";
import type { SocketSpec } from "../schema.js";
import { diagnostic, nameOf, orList, type RuleContext } from "./context.js";

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
    const problem = (code: Parameters<typeof diagnostic>[1], text: string, ids: string[]) =>
      out.push(diagnostic("error", code, `${nameOf(socket)} forwards to ${text}`, ids, place));
    if (target === undefined) {
      const choices = candidates(ctx, socket).map((s) => `"${s.id}"`);
      const hint = choices.length > 0 ? ` Sockets it could forward to: ${orList(choices)}.` : "";
      problem("unknown-socket", `"${forward.to}", but no socket has that id.${hint}`, [socket.id]);
    } else if (target.id === socket.id) {
      problem(
        "forward-to-self",
        `itself, which would loop every message back out of the socket it came from. Forward to another socket of the same process (to answer the sender, use "reply").`,
        [socket.id],
      );
    } else if (processOf(target) !== processOf(socket)) {
      problem(
        "forward-across-processes",
        `${nameOf(target)}, which lives in another process ("${processOf(target)}", not "${processOf(socket)}"). Forwarding hands a message to another socket inside the same program; sockets of different processes talk only over links. Put both in one process, or draw a link.`,
        [socket.id, target.id],
      );
    } else if (!canSendOnItsOwn(target)) {
      problem(
        "forward-target-cannot-send",
        `${nameOf(target)}, which cannot send on its own: ${CATALOG[target.type].canSend ? `a ${target.type} only sends replies to requests it received` : `a ${target.type} only receives`}. Forward to a socket that sends, such as ${orList(["PUSH", "PUB", "DEALER", "ROUTER", "PAIR"])}.`,
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
