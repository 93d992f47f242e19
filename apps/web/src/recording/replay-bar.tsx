import "./replay.css";
import { useTranslation } from "react-i18next";
import { selectReplay } from "../store/replay-selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";
import { REPLAY_SPEEDS } from "./replay-player.js";
import { clockTime } from "./time.js";

/** Over the bottom of the canvas during a replay: play or pause, scrub, time, speed. */
export function ReplayBar() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const replay = useAppStore(selectReplay);
  if (!replay) return null;
  const s = () => store.getState();
  const { position, durationMs, playing, speed } = replay;
  return (
    <div
      className="run-bar replay-bar"
      role="group"
      aria-label={t("exportUi.replay.bar")}
      data-testid="replay-bar"
      data-position={Math.round(position)}
      data-duration={durationMs}
      data-playing={playing}
    >
      <button
        type="button"
        className="button replay-bar__play"
        onClick={() => (playing ? s().pauseReplay() : s().playReplay())}
      >
        <span aria-hidden="true" className="run-bar__icon">
          {playing ? "❚❚" : "▶"}
        </span>
        {playing ? t("exportUi.replay.pause") : t("exportUi.replay.play")}
      </button>
      <input
        type="range"
        className="replay-bar__scrub"
        aria-label={t("exportUi.replay.position")}
        min={0}
        max={durationMs}
        step={10}
        value={Math.round(position)}
        onChange={(e) => s().seekReplay(Number(e.currentTarget.value))}
      />
      <span className="replay-bar__time" data-testid="replay-time">
        {t("exportUi.replay.time", {
          elapsed: clockTime(position),
          total: clockTime(durationMs),
        })}
      </span>
      <label className="speed-control">
        <span className="visually-hidden">{t("exportUi.replay.speed")}</span>
        <select
          className="speed-control__select"
          value={String(speed)}
          title={t("exportUi.replay.speed")}
          onChange={(e) => s().setReplaySpeed(Number(e.currentTarget.value))}
        >
          {REPLAY_SPEEDS.map((f) => (
            <option key={f} value={String(f)}>
              {t("exportUi.replay.speedOption", { factor: f })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
