import { CATALOG } from "../../catalog/catalog.js";
import {
  BEHAVIOR_NAMES,
  SOCKET_TYPES,
  type BehaviorName,
  type SocketType,
} from "../../catalog/socket-types.js";
import type { Diagnostic } from "../diagnostics.js";
import type { SocketSpec } from "../schema.js";
import { andList, diagnostic, nameOf, orList, type RuleContext } from "./context.js";

/** Why a type cannot have a behaviour, in the words of its send/receive rules. */
function whyNot(type: SocketType, behavior: BehaviorName): string {
  const info = CATALOG[type];
  if (behavior === "send") {
    return info.canSend
      ? `a ${type} only sends replies to requests it received: use "reply"`
      : `a ${type} only receives`;
  }
  if (!info.canReceive) return `a ${type} only sends, it never receives anything`;
  if (info.lockstep === "receive-first")
    return `a ${type} must answer every request before it can take the next one: use "reply"`;
  if (behavior === "reply")
    return info.canSend ? `a ${type} does not answer what it receives` : `a ${type} cannot send`;
  if (info.lockstep === "send-first")
    return `a ${type} only receives the replies to its own requests`;
  return `a ${type} cannot pass what it receives on`;
}

function present(socket: SocketSpec): BehaviorName[] {
  return BEHAVIOR_NAMES.filter((name) => socket.behavior?.[name] !== undefined);
}

/** Behaviours the type cannot do, or that contradict each other or the type's frames. */
export function checkBehaviors(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.topology.sockets.forEach((socket, i) => {
    const info = CATALOG[socket.type];
    const at = (...rest: string[]) => ({ path: ["sockets", i, "behavior", ...rest] });
    const names = present(socket);
    for (const name of names) {
      if (info.behaviors.includes(name)) continue;
      const able = SOCKET_TYPES.filter((t) => CATALOG[t].behaviors.includes(name));
      out.push(
        diagnostic(
          "error",
          "behavior-not-supported",
          `${nameOf(socket)} cannot have a "${name}" behaviour: ${whyNot(socket.type, name)}. Types that can: ${orList(able)}.`,
          [socket.id],
          at(name),
        ),
      );
    }
    const handlers = names.filter((n) => n !== "send");
    if (handlers.length > 1) {
      out.push(
        diagnostic(
          "error",
          "conflicting-behaviors",
          `${nameOf(socket)} has ${andList(handlers.map((h) => `"${h}"`))}, but each message that arrives can be handled only one way. Keep one of them.`,
          [socket.id],
          at(),
        ),
      );
    }
    out.push(...frameRules(socket, at));
  });
  return out;
}

function frameRules(
  socket: SocketSpec,
  at: (...rest: string[]) => { path: (string | number)[] },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { send, reply } = socket.behavior ?? {};
  if (!CATALOG[socket.type].multipart) {
    for (const [name, b] of [
      ["send", send],
      ["reply", reply],
    ] as const) {
      if (b === undefined || b.frames.length < 2) continue;
      out.push(
        diagnostic(
          "error",
          "single-part-only",
          `${nameOf(socket)} would ${name} ${b.frames.length} frames per message, but ${socket.type} is a draft type that only carries single-frame messages (libzmq fails with "Invalid argument"). Put everything in one frame.`,
          [socket.id],
          at(name, "frames"),
        ),
      );
    }
  }
  if (send === undefined) return out;
  if (socket.type === "RADIO" && send.group === undefined) {
    out.push(
      diagnostic(
        "error",
        "radio-needs-group",
        `${nameOf(socket)} sends without a group: every RADIO message goes to a named group, and only DISH sockets that joined it receive it. Set "group" in its send behaviour.`,
        [socket.id],
        at("send"),
      ),
    );
  } else if (socket.type !== "RADIO" && send.group !== undefined) {
    out.push(
      diagnostic(
        "warning",
        "behavior-not-supported",
        `${nameOf(socket)} sets a "group", but only a RADIO sends to groups: a ${socket.type} ignores it. Remove "group".`,
        [socket.id],
        at("send", "group"),
      ),
    );
  }
  // libzmq's ROUTER takes the first frame as the destination and silently drops a
  // message that has nothing after it.
  if (socket.type === "ROUTER" && send.frames.length < 2) {
    out.push(
      diagnostic(
        "error",
        "router-send-needs-id",
        `${nameOf(socket)} sends one frame, but a ROUTER uses the first frame of every message it sends as the routing id of the peer to send to, so nothing would arrive. Send ["<peer's routingId>", "body"], e.g. ["client", "hello {seq}"].`,
        [socket.id],
        at("send", "frames"),
      ),
    );
  }
  return out;
}
