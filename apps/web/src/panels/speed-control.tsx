import { useTranslation } from "react-i18next";

/** Slow motion factors offered; the gateway accepts anything from 0.01 to 1. */
export const SPEEDS = [1, 0.5, 0.25, 0.1] as const;

/** The speed picker: real time down to ten times slower. */
export function SpeedControl({
  speed,
  onChange,
}: {
  speed: number;
  onChange: (factor: number) => void;
}) {
  const { t } = useTranslation();
  const known = SPEEDS.some((f) => f === speed);
  return (
    <label className="speed-control" title={t("live.controls.speedHint")}>
      <span className="visually-hidden">{t("live.controls.speed")}</span>
      <select
        className="speed-control__select"
        value={String(speed)}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {!known && (
          <option value={String(speed)}>{t("live.controls.speedOption", { factor: speed })}</option>
        )}
        {SPEEDS.map((f) => (
          <option key={f} value={String(f)}>
            {t("live.controls.speedOption", { factor: f })}
          </option>
        ))}
      </select>
    </label>
  );
}
