import type { TFunction } from "i18next";
import type { SocketSpec } from "@zmq-playground/shared";

/** One short line saying what a socket does when the topology runs. */
export function behaviourSummary(
  socket: SocketSpec,
  names: { forwardName: string | null; forwardedFrom: string | null },
  t: TFunction,
): string {
  const { forwardName, forwardedFrom } = names;
  const b = socket.behavior;
  if (b?.forward) return t("canvas.forwardsTo", { to: forwardName ?? b.forward.to });
  if (b?.send) {
    return b.send.count === undefined
      ? t("canvas.sends", { ms: b.send.everyMs })
      : t("canvas.sendsCount", { ms: b.send.everyMs, count: b.send.count });
  }
  if (b?.reply) return t("canvas.replies");
  if (b?.consume) {
    return b.consume.delayMs
      ? t("canvas.consumesSlow", { ms: b.consume.delayMs })
      : t("canvas.consumes");
  }
  return forwardedFrom === null
    ? t("canvas.idle")
    : t("canvas.forwardedFrom", { from: forwardedFrom });
}
