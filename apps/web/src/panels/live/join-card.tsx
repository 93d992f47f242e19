import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { CopyButton } from "./copy-button.js";
import {
  SNIPPET_LANGUAGES,
  snippetFor,
  type JoinResult,
  type SnippetLanguage,
} from "./snippets/index.js";

/** One bound endpoint: the exact address to connect to and a program that does it. */
export function JoinCard({
  endpoint,
  result,
  language,
  onLanguage,
}: {
  endpoint: string;
  result: JoinResult;
  language: SnippetLanguage;
  onLanguage: (language: SnippetLanguage) => void;
}) {
  const { t } = useTranslation();
  const code = useRef<HTMLElement>(null);
  if (!result.ok) {
    return (
      <div className="join-card" data-testid="join-card" data-endpoint={endpoint}>
        <code className="join-card__endpoint">{endpoint}</code>
        <p className="inspector__help">{t(`inspect.join.refused.${result.reason}`)}</p>
      </div>
    );
  }
  const { plan } = result;
  const snippet = snippetFor(plan, language);
  return (
    <div
      className="join-card"
      data-testid="join-card"
      data-endpoint={endpoint}
      data-address={plan.address}
      data-peer={plan.peer}
    >
      <div className="join-card__address">
        <span className="join-card__label">{t("inspect.join.address")}</span>
        <code data-testid="join-address">{plan.address}</code>
        {plan.address !== endpoint && (
          <span className="inspector__help">{t("inspect.join.endpointAs", { endpoint })}</span>
        )}
        <span className="inspector__help">{t("inspect.join.peer", { peer: plan.peer })}</span>
      </div>
      <div className="join-card__languages" role="radiogroup" aria-label={t("inspect.join.label")}>
        {SNIPPET_LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            role="radio"
            aria-checked={l === language}
            className={`segment${l === language ? " segment--on" : ""}`}
            onClick={() => onLanguage(l)}
          >
            {t(`inspect.join.languages.${l}`)}
          </button>
        ))}
      </div>
      <div className="snippet">
        <div className="snippet__bar">
          <span className="snippet__file">{snippet.fileName}</span>
          <CopyButton text={snippet.code} target={code} />
        </div>
        <pre
          className="snippet__code"
          aria-label={t("inspect.join.code", { language: t(`inspect.join.languages.${language}`) })}
          data-testid="snippet"
          data-language={language}
          tabIndex={0}
        >
          <code ref={code}>{snippet.code}</code>
        </pre>
      </div>
    </div>
  );
}
