import { idSchema, type Topology } from "@zmq-playground/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { takenIds } from "../../store/ops/ids.js";
import { Field } from "./fields.js";

/** A socket's id, renamed when the field is left or Enter pressed, and only to a legal, free id. */
export function IdField({
  id,
  topology,
  onRename,
}: {
  id: string;
  topology: Topology;
  onRename: (next: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<{ for: string; text: string } | null>(null);
  const text = draft?.for === id ? draft.text : id;
  const taken = takenIds(topology);
  const error =
    text === id
      ? null
      : !idSchema.safeParse(text).success
        ? t("inspector.idInvalid")
        : taken.has(text)
          ? t("inspector.idTaken")
          : null;
  const commit = () => {
    if (text !== id && error === null) onRename(text);
    setDraft(null);
  };
  return (
    <Field label={t("inspector.id")} error={error}>
      {(fieldId, d) => (
        <input
          id={fieldId}
          aria-describedby={d}
          aria-invalid={error !== null}
          value={text}
          spellCheck={false}
          onChange={(e) => setDraft({ for: id, text: e.target.value })}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") setDraft(null);
          }}
        />
      )}
    </Field>
  );
}
