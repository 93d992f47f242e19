import { CATALOG } from "../../catalog/catalog.js";
import {
  BEHAVIOR_NAMES,
  SOCKET_TYPES,
  type BehaviorName,
  type SocketType,
} from "../../catalog/socket-types.js";
import type { Diagnostic } from "../diagnostics.js";
import type { SocketSpec } from "../schema.js";
import { diagnostic, listParam, socketParams, type RuleContext } from "./context.js";

/** Why a type cannot have a behaviour, as a message variant of its send/receive rules. */
function whyNot(type: SocketType, behavior: BehaviorName) {
  const info = CATALOG[type];
  if (behavior === "send") return info.canSend ? "replies-only" : "only-receives";
  if (!info.canReceive) return "only-sends";
  if (info.lockstep === "receive-first") return "answer-first";
  if (behavior === "reply") return info.canSend ? "no-answer" : "cannot-send";
  if (info.lockstep === "send-first") return "own-replies";
  return "no-pass-on";
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
          {
            id: `behavior-not-supported.${whyNot(socket.type, name)}`,
            params: { ...socketParams(socket), behavior: name, able: listParam(able) },
          },
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
          {
            id: "conflicting-behaviors",
            params: { ...socketParams(socket), behaviors: listParam(handlers) },
          },
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
          {
            id: `single-part-only.${name}`,
            params: { ...socketParams(socket), frames: b.frames.length },
          },
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
        { id: "radio-needs-group", params: socketParams(socket) },
        [socket.id],
        at("send"),
      ),
    );
  } else if (socket.type !== "RADIO" && send.group !== undefined) {
    out.push(
      diagnostic(
        "warning",
        "behavior-not-supported",
        { id: "behavior-not-supported.group", params: socketParams(socket) },
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
        { id: "router-send-needs-id", params: socketParams(socket) },
        [socket.id],
        at("send", "frames"),
      ),
    );
  }
  return out;
}
