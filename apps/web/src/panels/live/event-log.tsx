import type { RuntimeEvent } from "@zmq-playground/shared";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { eventText } from "../../i18n/event-text.js";
import { EVENT_LEVELS, EVENT_LIMIT, eventsFor, type EventLevel } from "./event-filter.js";
import { formatAt } from "./format.js";
import type { LiveTarget } from "./live-target.js";

/** The event log of a target (or of everything), filterable by level and text, newest first. */
export function EventLog({
  events,
  target,
  intro,
}: {
  events: readonly RuntimeEvent[];
  target: LiveTarget;
  intro?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const filterId = useId();
  const [levels, setLevels] = useState<ReadonlySet<EventLevel>>(() => new Set(EVENT_LEVELS));
  const [text, setText] = useState("");
  // Each event in the reader's language, which the text filter searches too.
  const shown = useMemo(() => {
    const textOf = (e: RuntimeEvent) => eventText(i18n, e, language);
    const found = eventsFor(events, target, { levels, text }, EVENT_LIMIT, textOf);
    return found.map((event) => ({ event, text: textOf(event) }));
  }, [events, target, levels, text, i18n, language]);
  const toggle = (level: EventLevel) => {
    const next = new Set(levels);
    if (!next.delete(level)) next.add(level);
    setLevels(next);
  };
  const filtered = text.trim() !== "" || levels.size < EVENT_LEVELS.length;
  return (
    <section
      className="live-section"
      aria-label={t("inspect.events.label")}
      data-testid="event-log"
    >
      {intro && <p className="inspector__help">{intro}</p>}
      <div className="event-filter">
        <label htmlFor={filterId} className="visually-hidden">
          {t("inspect.events.filter")}
        </label>
        <input
          id={filterId}
          type="search"
          value={text}
          placeholder={t("inspect.events.filterPlaceholder")}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="event-filter__levels" role="group" aria-label={t("inspect.events.filter")}>
          {EVENT_LEVELS.map((level) => (
            <label key={level} className={`level-toggle level-toggle--${level}`}>
              <input type="checkbox" checked={levels.has(level)} onChange={() => toggle(level)} />
              {t(`inspect.events.levels.${level}`)}
            </label>
          ))}
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="inspector__help">
          {filtered ? t("inspect.events.noneMatch") : t("inspect.events.none")}
        </p>
      ) : (
        <ol className="events">
          {shown.map(({ event: e, text: shownText }, i) => (
            <li
              key={`${e.at}-${i}`}
              className={`event event--${e.level}`}
              data-testid="event"
              data-kind={e.kind}
              data-level={e.level}
            >
              <span className="event__at">{formatAt(e.at)}</span>
              <span className="event__kind">{e.kind}</span>
              <span className="event__message">{shownText}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
