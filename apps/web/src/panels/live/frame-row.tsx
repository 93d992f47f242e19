import type { FrameSample } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { spacedHex } from "./format.js";
import type { FrameRole } from "./frame-roles.js";

/** One frame: its role (when it has one), its content as text or hex, and its real size. */
export function FrameRow({
  frame,
  role,
  hex,
}: {
  frame: FrameSample;
  role: FrameRole;
  hex: boolean;
}) {
  const { t } = useTranslation();
  // Bytes that are not text (libzmq's own identities, say) read better as hex.
  const binary = frame.text.includes("\ufffd");
  const asHex = hex || binary;
  const content = asHex ? spacedHex(frame.hex) : frame.text;
  const size = frame.truncated
    ? t("inspect.messages.truncated", { size: frame.size, shown: frame.hex.length / 2 })
    : t("inspect.messages.bytes", { count: frame.size });
  return (
    <li
      className="frame"
      data-testid="frame"
      data-role={role}
      data-size={frame.size}
      data-truncated={frame.truncated || undefined}
    >
      {role !== "body" && (
        <span
          className={`frame__role frame__role--${role}`}
          title={t(`inspect.messages.roleHints.${role}`)}
        >
          {t(`inspect.messages.roles.${role}`)}
        </span>
      )}
      <span
        className={`frame__content${asHex ? " frame__content--hex" : ""}`}
        title={binary && !hex ? t("inspect.messages.binary") : undefined}
      >
        {frame.size === 0 ? (
          <span className="frame__empty">{t("inspect.messages.empty")}</span>
        ) : (
          <>
            {content}
            {frame.truncated && <span className="frame__more">…</span>}
          </>
        )}
      </span>
      <span className={`frame__size${frame.truncated ? " frame__size--truncated" : ""}`}>
        {size}
      </span>
    </li>
  );
}
