import type { Behavior, BehaviorName, SocketSpec } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { withField } from "../../store/ops/fields.js";
import { Field, NumberField } from "./fields.js";
import { StringListEditor } from "./string-list-editor.js";

export type SetBehaviour = <K extends BehaviorName>(
  name: K,
  value: Behavior[K] | undefined,
) => void;

interface Props {
  name: BehaviorName;
  socket: SocketSpec;
  siblings: readonly string[];
  set: SetBehaviour;
}

/** The settings of one behaviour that is switched on. */
export function BehaviourFields({ name, socket, siblings, set }: Props) {
  const { t } = useTranslation();
  const b = socket.behavior ?? {};
  const frames = (values: readonly string[], onChange: (v: string[]) => void) => (
    <div className="field">
      <span className="field__label">{t("behaviour.frames")}</span>
      <StringListEditor
        itemLabel={(i) => t("behaviour.frame", { index: i + 1 })}
        values={values}
        min={1}
        addLabel={t("behaviour.addFrame")}
        onChange={onChange}
      />
      <p className="field__help">{t("behaviour.framesHelp")}</p>
    </div>
  );
  if (name === "send" && b.send) {
    const send = b.send;
    return (
      <>
        <NumberField
          label={t("behaviour.everyMs")}
          min={0}
          value={send.everyMs}
          onChange={(v) => set("send", { ...send, everyMs: v ?? 0 })}
        />
        {frames(send.frames, (v) => set("send", { ...send, frames: v }))}
        <NumberField
          label={t("behaviour.count")}
          min={1}
          value={send.count}
          onChange={(v) => set("send", withField(send, "count", v))}
        />
        <NumberField
          label={t("behaviour.startAfterMs")}
          min={0}
          value={send.startAfterMs}
          onChange={(v) => set("send", withField(send, "startAfterMs", v))}
        />
        {socket.type === "RADIO" && (
          <Field label={t("behaviour.group")}>
            {(id) => (
              <input
                id={id}
                value={send.group ?? ""}
                onChange={(e) => set("send", withField(send, "group", e.target.value || undefined))}
              />
            )}
          </Field>
        )}
      </>
    );
  }
  if (name === "reply" && b.reply) {
    const reply = b.reply;
    return (
      <>
        {frames(reply.frames, (v) => set("reply", { ...reply, frames: v }))}
        <NumberField
          label={t("behaviour.delayMs")}
          min={0}
          value={reply.delayMs}
          onChange={(v) => set("reply", withField(reply, "delayMs", v))}
        />
      </>
    );
  }
  if (name === "consume" && b.consume) {
    const consume = b.consume;
    return (
      <NumberField
        label={t("behaviour.delayMs")}
        min={0}
        value={consume.delayMs}
        onChange={(v) => set("consume", withField(consume, "delayMs", v))}
      />
    );
  }
  if (name === "forward" && b.forward) {
    const forward = b.forward;
    const targets = siblings.includes(forward.to) ? siblings : [forward.to, ...siblings];
    return (
      <>
        <Field label={t("behaviour.to")}>
          {(id) => (
            <select
              id={id}
              value={forward.to}
              onChange={(e) => set("forward", { ...forward, to: e.target.value })}
            >
              {targets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          )}
        </Field>
        <NumberField
          label={t("behaviour.delayMs")}
          min={0}
          value={forward.delayMs}
          onChange={(v) => set("forward", withField(forward, "delayMs", v))}
        />
      </>
    );
  }
  return null;
}
