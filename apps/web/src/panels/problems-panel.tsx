import {
  deriveLinks,
  sortDiagnostics,
  type Diagnostic,
  type Topology,
} from "@zmq-playground/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDiagnosticText } from "../i18n/diagnostic-text.js";
import { selectDiagnostics, selectTopology } from "../store/selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";
import type { Selection } from "../store/ui-slice.js";

/** What clicking a problem selects: the link it is about, else the sockets it names. */
export function selectionFor(d: Diagnostic, topology: Topology): Partial<Selection> {
  if (d.endpoint !== undefined) {
    const links = deriveLinks(topology).filter(
      (l) => l.endpoint === d.endpoint && d.sockets.includes(l.connector),
    );
    if (links.length > 0) return { links: links.map((l) => l.id) };
  }
  const ids = new Set(topology.sockets.map((s) => s.id));
  return { sockets: d.sockets.filter((id) => ids.has(id)) };
}

/** Every problem the validator finds, in words, live as the diagram changes. */
export function ProblemsPanel() {
  const { t } = useTranslation();
  const textOf = useDiagnosticText();
  const store = useAppStoreApi();
  const topology = useAppStore(selectTopology);
  const diagnostics = sortDiagnostics(useAppStore(selectDiagnostics));
  const [open, setOpen] = useState(true);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const state = errors > 0 ? "error" : warnings > 0 ? "warning" : "ok";
  return (
    <section
      className={`problems problems--${state}`}
      aria-label={t("problems.title")}
      data-testid="problems-panel"
    >
      <header className="problems__head">
        <button
          type="button"
          className="problems__toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <span className="problems__chevron" aria-hidden="true">
            {open ? "▾" : "▸"}
          </span>
          {t("problems.title")}
        </button>
        <span className="problems__summary" data-testid="problems-summary">
          {diagnostics.length === 0
            ? t("problems.none")
            : t("problems.summary", {
                errors: t("problems.errors", { count: errors }),
                warnings: t("problems.warnings", { count: warnings }),
              })}
        </span>
      </header>
      {open && diagnostics.length > 0 && (
        <ul className="problems__list">
          {diagnostics.map((d, i) => (
            <li key={`${d.code}-${i}`}>
              <button
                type="button"
                className={`problem problem--${d.severity}`}
                data-testid="problem"
                data-code={d.code}
                onClick={() => store.getState().select(selectionFor(d, topology))}
              >
                <span className="problem__severity">{t(`problems.${d.severity}`)}</span>
                <span className="problem__message">{textOf(d)}</span>
                {d.sockets.length > 0 && (
                  <span className="problem__where">{d.sockets.join(", ")}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
