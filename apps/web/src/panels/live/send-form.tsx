import { CATALOG, type SocketSpec } from "@zmq-playground/shared";
import { useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFailureText } from "../../i18n/command-error-text.js";
import { shortcutOf } from "../../keyboard/shortcut-list.js";
import type { CommandResult, Failure } from "../../store/runtime-slice.js";
import { sendFrameRoles } from "./frame-roles.js";
import { FrameInputs } from "./frame-inputs.js";
import { initialFrames } from "./send-frames.js";

type Status = { kind: "idle" | "sending" | "sent" } | { kind: "failed"; failure: Failure };
const HINTED = ["ROUTER", "PUB", "XPUB", "REQ"] as const;
type Hinted = (typeof HINTED)[number];
const isHinted = (type: string): type is Hinted => (HINTED as readonly string[]).includes(type);

/** Send one message by hand from a socket of the running topology, one field per frame. */
export function SendForm({
  socket,
  peers,
  onSend,
}: {
  socket: SocketSpec;
  /** Identities a ROUTER heard from recently, to pick frame 1 from. */
  peers: readonly string[];
  onSend: (frames: string[]) => Promise<CommandResult>;
}) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const info = CATALOG[socket.type];
  const [frames, setFrames] = useState(() =>
    initialFrames(socket, peers, t("inspect.send.defaultText")),
  );
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  if (!info.canSend) {
    return <p className="inspector__help">{t("inspect.send.cannot", { type: socket.type })}</p>;
  }
  const send = async () => {
    if (status.kind === "sending") return;
    setStatus({ kind: "sending" });
    const result = await onSend(frames);
    setStatus(result.ok ? { kind: "sent" } : { kind: "failed", failure: result });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!shortcutOf(e, "send-form")) return;
    e.preventDefault();
    void send();
  };
  const type = socket.type;
  return (
    <form
      className="live-section send-form"
      aria-label={t("inspect.send.label")}
      data-testid="send-form"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {isHinted(type) && <p className="send-form__hint">{t(`inspect.send.hints.${type}`)}</p>}
      {!info.multipart && (
        <p className="inspector__help">{t("inspect.send.singleFrame", { type })}</p>
      )}
      <FrameInputs
        frames={frames}
        roles={sendFrameRoles(type, frames.length)}
        multipart={info.multipart}
        onChange={(next) => {
          setFrames(next);
          if (status.kind !== "sending") setStatus({ kind: "idle" });
        }}
        onKeyDown={onKeyDown}
      />
      {type === "ROUTER" && peers.length === 0 && (
        <p className="inspector__help">{t("inspect.send.noPeers")}</p>
      )}
      {type === "ROUTER" && peers.length > 0 && (
        <div className="send-form__peers">
          <span className="inspector__help">{t("inspect.send.peers")}</span>
          {peers.map((peer) => (
            <button
              key={peer}
              type="button"
              className="chip-button"
              onClick={() => setFrames([peer, ...frames.slice(1)])}
            >
              {peer}
            </button>
          ))}
        </div>
      )}
      <div className="send-form__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={status.kind === "sending"}
        >
          {status.kind === "sending" ? t("inspect.send.sending") : t("inspect.send.submit")}
        </button>
        <span className="inspector__help">{t("inspect.send.keys")}</span>
      </div>
      {status.kind === "failed" && (
        <p className="live-error" role="alert" data-testid="send-error">
          {t("inspect.send.failed", { message: failureText(status.failure) })}
        </p>
      )}
      {status.kind === "sent" && (
        <p className="live-ok" role="status">
          {t("inspect.send.sent")}
        </p>
      )}
    </form>
  );
}
