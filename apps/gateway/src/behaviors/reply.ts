import type { ReplyBehavior } from "@zmq-playground/shared";
import { messageText } from "../runtime/samples.js";
import type { SocketNode } from "../runtime/socket-node.js";
import { deliver } from "./deliver.js";
import { DELIMITER, splitEnvelope, type Enveloped } from "./envelope.js";
import { MessageTemplate } from "./templates.js";

/** Handles one received message; false ends the loop (the socket closed). */
export type MessageHandler = (frames: Buffer[]) => boolean | Promise<boolean>;

/**
 * The `reply` behaviour: answer each message to whoever sent it. REP and SERVER route
 * the answer themselves (the stored envelope, the routing id); a ROUTER must put the
 * envelope back in front ([id, ...] or [id, "", ...] for REQ peers); DEALER, PAIR and
 * CHANNEL answer their peer. `{in}` is the text of the request's body.
 */
export function replyHandler(node: SocketNode, behavior: ReplyBehavior): MessageHandler {
  const template = new MessageTemplate(behavior.frames);
  const split = envelopeSplitter(node);
  let seq = 0;
  return async (frames) => {
    // Read before any delay: the next receive would overwrite it.
    const routingId = node.socket?.lastRoutingId ?? 0;
    const { envelope, body } = split(frames);
    if (!(await node.sleep(behavior.delayMs ?? 0))) return false;
    seq += 1;
    const input = template.usesInput ? messageText(body) : "";
    const reply = template.render({ seq, socket: node.id, input });
    if (!(await deliver(node, [...envelope, ...reply], { routingId }))) return node.open;
    return true;
  };
}

function envelopeSplitter(node: SocketNode): (frames: Buffer[]) => Enveloped {
  switch (node.info.type) {
    case "ROUTER":
      return (frames) => splitEnvelope(frames, 1);
    case "DEALER":
      // Talking to REPs the delimiter was already taken off; it goes back on here.
      return node.talksToRep
        ? (frames) => ({ envelope: [DELIMITER], body: frames })
        : (frames) => splitEnvelope(frames, 0);
    default:
      return (frames) => ({ envelope: [], body: frames });
  }
}
