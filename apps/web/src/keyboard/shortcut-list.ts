import { matchesChord, type Chord, type KeyPress } from "./chords.js";

/** The "?" dialog's sections, in its order. */
export const SHORTCUT_GROUPS = ["editing", "running", "presentation"] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

/**
 * Who reacts to a shortcut: the editor's key handler (canvas/use-shortcuts.ts), the
 * presentation's (lessons/use-presentation-keys.ts), React Flow on the canvas, the
 * browser's copy/cut/paste events (io/clipboard.ts), a palette button, the Send form.
 */
export type ShortcutHandler =
  "editor" | "presentation" | "canvas" | "clipboard" | "palette" | "send-form";

interface Shortcut {
  readonly id: string;
  readonly group: ShortcutGroup;
  readonly by: ShortcutHandler;
  /** Every way to press it; the dialog prints them all, the handler matches them in order. */
  readonly chords: readonly Chord[];
  /** Taken even in a text field (Ctrl+Enter types nothing there). */
  readonly inText?: true;
}

const NO_MOD = { mod: false, alt: false } as const;

/**
 * Every shortcut, once: the handlers match key presses against these chords and the "?"
 * dialog lists them, in this order, with `shortcuts.does.<id>` as their text. The first
 * shortcut whose chord matches wins (undo before redo: both are Z).
 */
export const SHORTCUTS = [
  { id: "add", group: "editing", by: "palette", chords: [{ key: "Enter" }] },
  { id: "undo", group: "editing", by: "editor", chords: [{ key: "z", mod: true, shift: false }] },
  {
    id: "redo",
    group: "editing",
    by: "editor",
    chords: [
      { key: "z", mod: true, shift: true },
      { key: "y", mod: true },
    ],
  },
  {
    id: "delete",
    group: "editing",
    by: "editor",
    chords: [
      { key: "Delete", mod: false },
      { key: "Backspace", mod: false },
    ],
  },
  { id: "duplicate", group: "editing", by: "editor", chords: [{ key: "d", mod: true }] },
  { id: "selectAll", group: "editing", by: "editor", chords: [{ key: "a", mod: true }] },
  { id: "copy", group: "editing", by: "clipboard", chords: [{ key: "c", mod: true }] },
  { id: "cut", group: "editing", by: "clipboard", chords: [{ key: "x", mod: true }] },
  { id: "paste", group: "editing", by: "clipboard", chords: [{ key: "v", mod: true }] },
  { id: "group", group: "editing", by: "editor", chords: [{ key: "g", mod: true }] },
  { id: "move", group: "editing", by: "canvas", chords: [{ key: "arrows" }] },
  {
    id: "multi",
    group: "editing",
    by: "canvas",
    chords: [
      { key: "click", shift: true },
      { key: "click", mod: true },
    ],
  },
  { id: "box", group: "editing", by: "canvas", chords: [{ key: "drag", shift: true }] },
  { id: "fit", group: "editing", by: "editor", chords: [{ key: "f", ...NO_MOD }] },
  { id: "escape", group: "editing", by: "editor", chords: [{ key: "Escape" }] },
  { id: "help", group: "editing", by: "editor", chords: [{ key: "?" }] },
  {
    id: "run",
    group: "running",
    by: "editor",
    chords: [{ key: "Enter", mod: true, shift: false }],
    inText: true,
  },
  {
    id: "stop",
    group: "running",
    by: "editor",
    chords: [{ key: "Enter", mod: true, shift: true }],
    inText: true,
  },
  {
    id: "send",
    group: "running",
    by: "send-form",
    chords: [{ key: "Enter", shift: false, alt: false }],
  },
  {
    id: "next",
    group: "presentation",
    by: "presentation",
    chords: [
      { key: "ArrowRight", ...NO_MOD },
      { key: "PageDown", ...NO_MOD },
    ],
  },
  {
    id: "previous",
    group: "presentation",
    by: "presentation",
    chords: [
      { key: "ArrowLeft", ...NO_MOD },
      { key: "PageUp", ...NO_MOD },
    ],
  },
  {
    id: "leave",
    group: "presentation",
    by: "presentation",
    chords: [{ key: "Escape", ...NO_MOD }],
  },
] as const satisfies readonly Shortcut[];

type AnyShortcut = (typeof SHORTCUTS)[number];
export type ShortcutId = AnyShortcut["id"];
/** The shortcuts one handler reacts to. */
export type ShortcutsOf<H extends ShortcutHandler> = Extract<AnyShortcut, { by: H }>;

/** The shortcut of this handler that a key press is, if any. */
export function shortcutOf<H extends ShortcutHandler>(
  press: KeyPress,
  by: H,
): ShortcutsOf<H> | undefined {
  const isMine = (s: AnyShortcut): s is ShortcutsOf<H> => s.by === by;
  return SHORTCUTS.filter(isMine).find((s) =>
    s.chords.some((chord: Chord) => matchesChord(press, chord)),
  );
}

/**
 * React Flow's own selection keys (canvas.tsx passes them on): the modifiers of the
 * `multi` and `box` chords above, as KeyboardEvent.key names.
 */
export const MULTI_SELECT_KEYS = ["Shift", "Meta", "Control"];
export const BOX_SELECT_KEY = "Shift";
