import type { Diagnostic, Topology } from "@zmq-playground/shared";
import { MessageTemplate } from "../behaviors/templates.js";
import type { RuntimeLimits } from "./types.js";

/**
 * The session's caps, checked before anything is created: the socket count, and frame
 * templates whose fixed text alone is larger than a message may be.
 */
export function checkLimits(topology: Topology, limits: RuntimeLimits): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const extra = topology.sockets[limits.maxSockets];
  if (extra) {
    diagnostics.push({
      severity: "error",
      code: "limit-exceeded",
      message: `This topology has ${topology.sockets.length} sockets; a session may run at most ${limits.maxSockets} (${extra.id} is one too many).`,
      sockets: [extra.id],
    });
  }
  for (const socket of topology.sockets) {
    const behavior = socket.behavior ?? {};
    for (const frames of [behavior.send?.frames, behavior.reply?.frames]) {
      if (!frames) continue;
      const bytes = new MessageTemplate(frames).minBytes;
      if (bytes <= limits.maxMessageBytes) continue;
      diagnostics.push({
        severity: "error",
        code: "limit-exceeded",
        message: `${socket.id} would send messages of at least ${bytes} bytes; the limit is ${limits.maxMessageBytes}.`,
        sockets: [socket.id],
      });
    }
  }
  return diagnostics;
}
