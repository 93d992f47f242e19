import type { Chord, KeyPress, ShortcutEvent } from "./chords.js";

/**
 * The plainest key press that is this chord, as a browser reports it: modifiers the chord
 * leaves open are not held, `mod` is Ctrl (⌘ with `mac`), Shift+Z arrives as "Z".
 */
export function pressOf(chord: Chord, mac = false): KeyPress {
  const mod = chord.mod ?? false;
  const shift = chord.shift ?? false;
  return {
    key: shift && chord.key.length === 1 ? chord.key.toUpperCase() : chord.key,
    ctrlKey: mod && !mac,
    metaKey: mod && mac,
    shiftKey: shift,
    altKey: chord.alt ?? false,
  };
}

/** A key event that records what the handler did with it. */
export interface RecordedKeyEvent extends ShortcutEvent {
  defaultPrevented: boolean;
  propagationStopped: boolean;
}

/** A key event for a handler under test, which records whether the handler claimed it. */
export function keyEvent(press: KeyPress, target: EventTarget | null = null): RecordedKeyEvent {
  const event: RecordedKeyEvent = {
    ...press,
    target,
    defaultPrevented: false,
    propagationStopped: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    stopPropagation() {
      event.propagationStopped = true;
    },
  };
  return event;
}
