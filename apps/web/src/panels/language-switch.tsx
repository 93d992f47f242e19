import "../styles/language-switch.css";
import { useTranslation } from "react-i18next";
import { chooseLanguage } from "../i18n/index.js";
import { LANGUAGES } from "../i18n/languages.js";

/**
 * The editor's language, each named in itself. Changing it re-renders every text at
 * once (no reload) and is remembered for the next visit.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch" title={t("language.hint")}>
      <svg className="language-switch__icon" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="6.5" />
        <ellipse cx="8" cy="8" rx="2.8" ry="6.5" />
        <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" />
      </svg>
      <span className="visually-hidden">{t("language.label")}</span>
      <select
        className="language-switch__select"
        data-testid="language-switch"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => chooseLanguage(e.target.value)}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.htmlLang}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
