import { useId, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface LiveTab<T extends string> {
  id: T;
  label: string;
  render: () => ReactNode;
}

/** Tabs (WAI-ARIA pattern): arrow keys move between them, only the open panel is rendered. */
export function LiveTabs<T extends string>({
  tabs,
  open,
  onOpen,
}: {
  tabs: readonly LiveTab<T>[];
  open: T;
  onOpen: (id: T) => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const current = tabs.find((tab) => tab.id === open) ?? tabs[0];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0 || !current) return;
    e.preventDefault();
    const index = tabs.indexOf(current);
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    onOpen(next.id);
    document.getElementById(`${base}-tab-${next.id}`)?.focus();
  };
  return (
    <div className="live-tabs">
      <div
        role="tablist"
        aria-label={t("inspect.tabs.label")}
        className="live-tabs__list"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => {
          const selected = tab === current;
          return (
            <button
              key={tab.id}
              id={`${base}-tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={`${base}-panel`}
              tabIndex={selected ? 0 : -1}
              className="live-tabs__tab"
              onClick={() => onOpen(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {current && (
        <div
          id={`${base}-panel`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${current.id}`}
          className="live-tabs__panel"
        >
          {current.render()}
        </div>
      )}
    </div>
  );
}
