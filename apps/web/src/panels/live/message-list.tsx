import type { MessageSample } from "@zmq-playground/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { MessageItem, type TypeOf } from "./message-item.js";

/** Recent messages, newest first, with a switch between text and hex. */
export function MessageList({
  messages,
  typeOf,
  hex,
  onHexChange,
  empty,
}: {
  messages: readonly MessageSample[];
  typeOf: TypeOf;
  hex: boolean;
  onHexChange: (hex: boolean) => void;
  /** What to say while there is nothing to show. */
  empty: string;
}) {
  const { t } = useTranslation();
  const hexId = useId();
  return (
    <section
      className="live-section"
      aria-label={t("inspect.messages.label")}
      data-testid="live-messages"
    >
      <div className="live-section__bar">
        <p className="inspector__help">
          {messages.length > 0 ? t("inspect.messages.recent", { count: messages.length }) : empty}
        </p>
        <label className="live-toggle" htmlFor={hexId} title={t("inspect.messages.hexHint")}>
          <input
            id={hexId}
            type="checkbox"
            checked={hex}
            onChange={(e) => onHexChange(e.target.checked)}
          />
          {t("inspect.messages.hex")}
        </label>
      </div>
      {messages.length > 0 && (
        <ol className="messages">
          {messages.map((m) => (
            <MessageItem key={m.seq} sample={m} typeOf={typeOf} hex={hex} />
          ))}
        </ol>
      )}
    </section>
  );
}
