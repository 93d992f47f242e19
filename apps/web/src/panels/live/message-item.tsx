import type { MessageSample, SocketType } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { formatAt } from "./format.js";
import { frameRoles, type FrameRole } from "./frame-roles.js";
import { FrameRow } from "./frame-row.js";

/** The type of a socket of the running topology, by id (null when unknown). */
export type TypeOf = (id: string) => SocketType | null;

function Direction({ sample }: { sample: MessageSample }) {
  const { t } = useTranslation();
  const [text, hint] =
    sample.direction === "toBinder"
      ? [t("inspect.messages.toBinder"), t("inspect.messages.toBinderHint")]
      : sample.direction === "toConnector"
        ? [t("inspect.messages.toConnector"), t("inspect.messages.toConnectorHint")]
        : [t("inspect.messages.noLink"), t("inspect.messages.noLinkHint")];
  return (
    <span className="message__direction" title={hint}>
      {text}
    </span>
  );
}

/** One sampled message: when, who sent it to whom, which way, and every frame. */
export function MessageItem({
  sample,
  typeOf,
  hex,
}: {
  sample: MessageSample;
  typeOf: TypeOf;
  hex: boolean;
}) {
  const { t } = useTranslation();
  const receiver = typeOf(sample.to);
  const sender = sample.from === null ? null : typeOf(sample.from);
  const roles: FrameRole[] = receiver
    ? frameRoles(sample.frames, { receiver, sender })
    : sample.frames.map(() => "body");
  return (
    <li
      className="message"
      data-testid="live-message"
      data-from={sample.from ?? "outside"}
      data-to={sample.to}
      data-seq={sample.seq}
    >
      <div className="message__head">
        <span className="message__at" title={t("inspect.messages.atHint")}>
          {t("inspect.messages.at", { seconds: formatAt(sample.at) })}
        </span>
        <span className="message__route">
          {sample.from === null ? (
            <span className="message__outside" title={t("inspect.messages.outsideHint")}>
              {t("inspect.messages.outside")}
            </span>
          ) : (
            <span className="message__socket">{sample.from}</span>
          )}
          <span aria-hidden="true"> ➜ </span>
          <span className="message__socket">{sample.to}</span>
        </span>
        <Direction sample={sample} />
      </div>
      <ol
        className="message__frames"
        aria-label={t("inspect.messages.frames", { count: sample.frames.length })}
      >
        {sample.frames.map((frame, i) => (
          <FrameRow key={i} frame={frame} role={roles[i] ?? "body"} hex={hex} />
        ))}
      </ol>
    </li>
  );
}
