import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { FrameRole } from "./frame-roles.js";

/** One text field per frame, with its role, and buttons to add and remove frames. */
export function FrameInputs({
  frames,
  roles,
  multipart,
  onChange,
  onKeyDown,
}: {
  frames: readonly string[];
  roles: readonly FrameRole[];
  multipart: boolean;
  onChange: (frames: string[]) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}) {
  const { t } = useTranslation();
  const set = (i: number, value: string) => onChange(frames.map((f, j) => (j === i ? value : f)));
  return (
    <div className="frame-inputs">
      <ol className="frame-inputs__list">
        {frames.map((frame, i) => {
          const role = roles[i] ?? "body";
          const label = t("inspect.send.frame", { n: i + 1 });
          const roleName = role === "body" ? "" : t(`inspect.messages.roles.${role}`);
          return (
            <li key={i} className="frame-inputs__row">
              <label className="frame-inputs__label">
                <span>
                  {label}
                  {role !== "body" && (
                    <span className={`frame__role frame__role--${role}`}>{roleName}</span>
                  )}
                </span>
                <input
                  type="text"
                  aria-label={roleName ? `${label}, ${roleName}` : label}
                  value={frame}
                  onChange={(e) => set(i, e.target.value)}
                  onKeyDown={onKeyDown}
                  // The last field takes focus when it appears: the form opens ready to type, and a frame just added too.
                  autoFocus={i === frames.length - 1}
                />
              </label>
              {frames.length > 1 && (
                <button
                  type="button"
                  className="button button--icon button--quiet button--small"
                  aria-label={t("inspect.send.remove", { n: i + 1 })}
                  onClick={() => onChange(frames.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {multipart && (
        <button type="button" className="link-button" onClick={() => onChange([...frames, ""])}>
          {t("inspect.send.add")}
        </button>
      )}
    </div>
  );
}
