import "../styles/language-switch.css";
import { useTranslation } from "react-i18next";
import { chooseLanguage } from "../i18n/index.js";
import { LANGUAGES } from "../i18n/languages.js";

/**
 * The editor's language: a button-sized face with the short name ("EN", "VI", "中")
 * over a native select listing each language in itself, so the toolbar stays one line
 * and the keyboard and screen readers get a real select. Changing it re-renders every
 * text at once (no reload) and is remembered for the next visit.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = LANGUAGES.find((l) => l.code === i18n.resolvedLanguage) ?? LANGUAGES[0];
  return (
    <span className="language-switch" title={t("language.hint")}>
      <span className="button button--icon language-switch__face" aria-hidden="true">
        {current.short}
      </span>
      <select
        className="language-switch__select"
        data-testid="language-switch"
        aria-label={t("language.label")}
        value={current.code}
        onChange={(e) => chooseLanguage(e.target.value)}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.htmlLang}>
            {l.name}
          </option>
        ))}
      </select>
    </span>
  );
}
