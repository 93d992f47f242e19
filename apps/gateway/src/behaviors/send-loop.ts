import { renderEnglishRuntime, type SendBehavior } from "@zmq-playground/shared";
import { SendRateLimiter } from "../runtime/limits.js";
import type { SocketNode } from "../runtime/socket-node.js";
import { deliverOnce, redeliver } from "./deliver.js";
import { DELIMITER } from "./envelope.js";
import { awaitReply, isLockstep } from "./request.js";
import { MessageTemplate } from "./templates.js";

function totalBytes(frames: readonly Buffer[]): number {
  let bytes = 0;
  for (const frame of frames) bytes += frame.length;
  return bytes;
}

/**
 * The `send` behaviour: a message every `everyMs` (stretched by slow motion), `count`
 * times or forever, after `startAfterMs`. A REQ waits for each reply before the next
 * request; a DEALER talking to a REP adds the empty delimiter. The per-socket send rate
 * is capped (limits.maxSendsPerSecond), reported once when it bites.
 */
export function sendLoop(node: SocketNode, behavior: SendBehavior): () => Promise<void> {
  const template = new MessageTemplate(behavior.frames);
  const { gate, limits } = node.env;
  const limiter = new SendRateLimiter(limits.maxSendsPerSecond, () => performance.now());
  const route = behavior.group === undefined ? {} : { group: behavior.group };
  const lockstep = isLockstep(node);
  // SERVER and RADIO need a route with each send; everything else can take the hot path.
  const plain = node.info.type !== "SERVER" && node.info.type !== "RADIO";
  let throttled = false;
  return async () => {
    // Without placeholders every message is the same array: sends hand it back unchanged.
    const fixed =
      template.fixed && (node.talksToRep ? [DELIMITER, ...template.fixed] : [...template.fixed]);
    if (!(await node.sleep(behavior.startAfterMs ?? 0))) return;
    for (let seq = 1; behavior.count === undefined || seq <= behavior.count; seq += 1) {
      if (gate.paused && !(await node.pass("send"))) return;
      if (node.replyWait && !(await node.replyWait)) return;
      const frames = fixed ?? template.render({ seq, socket: node.id, input: "" });
      if (!fixed && totalBytes(frames) > limits.maxMessageBytes) {
        const max = limits.maxMessageBytes;
        node.fail("limit-exceeded", tooLarge(max), undefined, { seq, max });
        continue;
      }
      if (!fixed && node.talksToRep) frames.unshift(DELIMITER);
      for (let wait = limiter.delayBeforeNext(); wait > 0; wait = limiter.delayBeforeNext()) {
        if (!throttled) reportThrottle(node);
        throttled = true;
        if (!(await node.sleep(wait, false))) return;
      }
      let sending: Promise<void> | null = null;
      try {
        sending = plain ? node.sendNow(frames) : null;
        if (sending) {
          await sending;
          node.sendSettled(true);
        } else await deliverOnce(node, frames, route);
      } catch (error) {
        if (sending) node.sendSettled(false);
        // Blocked (EAGAIN) keeps trying the same message; anything else is reported.
        if (!(await redeliver(node, frames, route, error))) return;
      }
      if (lockstep && !(await awaitReply(node))) return;
      if (behavior.everyMs > 0 && !(await node.sleep(behavior.everyMs))) return;
    }
  };
}

function reportThrottle(node: SocketNode): void {
  const max = node.env.limits.maxSendsPerSecond;
  const params = { socket: node.id, max };
  node.env.emitter.diagnostic({
    severity: "warning",
    code: "limit-exceeded",
    message: renderEnglishRuntime("throttled", params),
    messageId: "runtime.throttled",
    params,
    sockets: [node.id],
  });
}

function tooLarge(max: number): Error {
  return Object.assign(new Error(`the message is larger than the ${max}-byte limit`), {
    code: "EMSGSIZE",
  });
}
