/** The tabs the live inspector can show; each target offers some of them. */
export type LiveTabId = "messages" | "send" | "events" | "join" | "edit";

/** Choices that outlive a change of selection: the open tab, text or hex. */
export interface LivePrefs {
  tab: LiveTabId;
  setTab: (tab: LiveTabId) => void;
  hex: boolean;
  setHex: (hex: boolean) => void;
  openJoin: () => void;
}
