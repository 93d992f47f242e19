/** The parts of a key press a shortcut looks at (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** A key press a handler may take: it can see where it happened and claim it. */
export interface ShortcutEvent extends KeyPress {
  readonly defaultPrevented: boolean;
  readonly target: EventTarget | null;
  preventDefault(): void;
  stopPropagation(): void;
}

/** Pointer gestures on the canvas, named in the reader's language. */
export type Gesture = "click" | "drag";

/**
 * One way to press a shortcut. `key` is KeyboardEvent.key (letters in lower case), a
 * gesture on the canvas, or "arrows" for the four arrow keys. A modifier set to true must
 * be held, set to false must not be, left out may be either. `mod` is Ctrl, or ⌘ on a Mac.
 */
export interface Chord {
  readonly key: string;
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
}

const either = (want: boolean | undefined, held: boolean) => want === undefined || want === held;

/** Whether a key press is this chord (Shift+Z gives "Z": letters compare in lower case). */
export function matchesChord(press: KeyPress, chord: Chord): boolean {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return (
    key === chord.key &&
    either(chord.mod, press.ctrlKey || press.metaKey) &&
    either(chord.shift, press.shiftKey) &&
    either(chord.alt, press.altKey)
  );
}

/** How a key cap is printed; letters are printed in capitals, the rest as named. */
const CAPS: Readonly<Record<string, string>> = {
  Escape: "Esc",
  ArrowLeft: "←",
  ArrowRight: "→",
  arrows: "← ↑ → ↓",
  PageUp: "Page Up",
  PageDown: "Page Down",
};

const isGesture = (key: string): key is Gesture => key === "click" || key === "drag";

/**
 * A chord as the "?" dialog prints it: "Ctrl/⌘ + Shift + Z", "Shift + click". Key caps
 * read the same in every language; a gesture is put in words by `word`.
 */
export function chordLabel(chord: Chord, word: (gesture: Gesture) => string): string {
  const caps: string[] = [];
  if (chord.mod) caps.push("Ctrl/⌘");
  if (chord.alt) caps.push("Alt");
  if (chord.shift) caps.push("Shift");
  const { key } = chord;
  caps.push(
    isGesture(key) ? word(key) : (CAPS[key] ?? (key.length === 1 ? key.toUpperCase() : key)),
  );
  return caps.join(" + ");
}
