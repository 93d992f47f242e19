import {
  renderEnglishRuntime,
  type EventParams,
  type RuntimeTemplateId,
} from "@zmq-playground/shared";
import { deliverOnce, type Route } from "../behaviors/deliver.js";
import { DELIMITER } from "../behaviors/envelope.js";
import { awaitReply, isLockstep } from "../behaviors/request.js";
import { RuntimeCommandError } from "./command-error.js";
import { errorParams } from "./errors.js";
import type { SocketNode } from "./socket-node.js";

/** A refused send, in English for the command error, by id for the page to translate. */
function refuse(
  node: SocketNode,
  id: Extract<RuntimeTemplateId, `send.${string}`>,
  extra: EventParams = {},
): RuntimeCommandError {
  const params = { socket: node.id, type: node.info.type, ...extra };
  const message = renderEnglishRuntime(id, params);
  return new RuntimeCommandError("socket-error", message, {
    severity: "error",
    code: "runtime-error",
    message,
    messageId: `runtime.${id}`,
    params,
    sockets: [node.id],
  });
}

/**
 * One message typed by hand, exactly these frames. Direction and lockstep are checked
 * here, because zeromq.js's `Pull.send()` never settles and a REQ's second send fails
 * only after the send timeout. A REQ then waits for the reply in the background.
 */
export async function sendManual(node: SocketNode, texts: readonly string[]): Promise<void> {
  const { type, canSend, multipart } = node.info;
  if (!canSend) throw refuse(node, "send.cannot-send");
  if (!node.open) throw refuse(node, "send.killed");
  if (texts.length === 0) throw refuse(node, "send.no-frames");
  if (!multipart && texts.length > 1) throw refuse(node, "send.single-frame");
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const max = node.env.limits.maxMessageBytes;
  if (bytes > max) {
    throw new RuntimeCommandError(
      "too-large",
      `This message has ${bytes} bytes; the limit is ${max}.`,
    );
  }
  if (isLockstep(node) && node.replyWait) {
    throw refuse(node, "send.req-waiting");
  }
  const route = routeFor(node);
  if (type === "RADIO" && route.group === undefined) {
    throw refuse(node, "send.radio-group");
  }
  const frames = texts.map((t) => Buffer.from(t));
  if (node.talksToRep) frames.unshift(DELIMITER);
  try {
    await deliverOnce(node, frames, route);
  } catch (error) {
    node.sendAbandoned();
    node.fail("send-error.manual", error);
    throw refuse(node, "send.failed", errorParams(error));
  }
  if (isLockstep(node)) node.run(async () => void (await awaitReply(node)));
}

function routeFor(node: SocketNode): Route {
  // A SERVER answers the CLIENT it heard from last; a RADIO uses its behaviour's group.
  if (node.info.type === "SERVER") return { routingId: node.socket?.lastRoutingId ?? 0 };
  const group = node.spec.behavior?.send?.group;
  return group === undefined ? {} : { group };
}
