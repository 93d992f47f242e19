import type { CodegenLanguage, Diagnostic } from "@zmq-playground/shared";
import type { ToastKey } from "../i18n/en.js";
import type { SliceCreator } from "./types.js";

/** What is selected on the canvas; links are named by `linkId` (`connector|endpoint`). */
export interface Selection {
  sockets: readonly string[];
  links: readonly string[];
  processes: readonly string[];
}

export const EMPTY_SELECTION: Selection = { sockets: [], links: [], processes: [] };

export type ThemeChoice = "system" | "light" | "dark";

export type Dialog =
  | { kind: "shortcuts" }
  | { kind: "templates" }
  | { kind: "share"; url: string }
  | { kind: "code-export"; language: CodegenLanguage }
  /** `fileName` is null when the document came from a share link. */
  | { kind: "import-error"; fileName: string | null; diagnostics: readonly Diagnostic[] };

/** A short notice; `key` names a text in the i18n resource's `toast` section. */
export interface Toast {
  id: number;
  key: ToastKey;
  values?: Record<string, string | number>;
}

export interface UiSlice {
  selection: Selection;
  theme: ThemeChoice;
  snapToGrid: boolean;
  dialog: Dialog | null;
  toast: Toast | null;
  /** Bumped to ask the canvas to fit the view (after a load, or the shortcut). */
  fitViewRequest: number;
  select: (selection: Partial<Selection>) => void;
  setTheme: (theme: ThemeChoice) => void;
  toggleSnapToGrid: () => void;
  openDialog: (dialog: Dialog) => void;
  closeDialog: () => void;
  showToast: (key: ToastKey, values?: Record<string, string | number>) => void;
  dismissToast: () => void;
  requestFitView: () => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  selection: EMPTY_SELECTION,
  theme: "system",
  snapToGrid: true,
  dialog: null,
  toast: null,
  fitViewRequest: 0,
  select: (selection) => set({ selection: { ...EMPTY_SELECTION, ...selection } }),
  setTheme: (theme) => set({ theme }),
  toggleSnapToGrid: () => set({ snapToGrid: !get().snapToGrid }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  showToast: (key, values) =>
    set({ toast: { id: (get().toast?.id ?? 0) + 1, key, ...(values ? { values } : {}) } }),
  dismissToast: () => set({ toast: null }),
  requestFitView: () => set({ fitViewRequest: get().fitViewRequest + 1 }),
});
