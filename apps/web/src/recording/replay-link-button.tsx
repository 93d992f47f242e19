import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { inlineRecordingUrl } from "./link.js";
import type { Recording } from "./schema.js";

type LinkState = { kind: "idle" } | { kind: "copied" } | { kind: "too-big" } | { kind: "failed" };

/** Copy a link that carries the recording itself (small recordings only). */
export function ReplayLinkButton({ recording }: { recording: Recording }) {
  const { t } = useTranslation();
  const [state, setState] = useState<LinkState>({ kind: "idle" });
  useEffect(() => {
    if (state.kind !== "copied") return;
    const timer = setTimeout(() => setState({ kind: "idle" }), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    const url = await inlineRecordingUrl(recording);
    if (url === null) return setState({ kind: "too-big" });
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: "copied" });
    } catch {
      // No clipboard (an insecure page, say): put the link in the address bar to copy.
      history.replaceState(null, "", url);
      setState({ kind: "failed" });
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--small"
        title={t("exportUi.replay.copyLinkHint")}
        disabled={state.kind === "too-big"}
        onClick={() => void copy()}
      >
        {state.kind === "copied" ? t("exportUi.replay.linkCopied") : t("exportUi.replay.copyLink")}
      </button>
      {state.kind === "too-big" && (
        <span className="replay-bar__note" role="status">
          {t("exportUi.replay.linkTooBig")}
        </span>
      )}
      {state.kind === "failed" && (
        <span className="replay-bar__note" role="status">
          {t("exportUi.replay.linkInAddressBar")}
        </span>
      )}
    </>
  );
}
