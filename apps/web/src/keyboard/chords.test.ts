import { describe, expect, it } from "vitest";
import { chordLabel, matchesChord, type Chord, type KeyPress } from "./chords.js";

const press = (key: string, held: Partial<Omit<KeyPress, "key">> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...held,
});

const undo: Chord = { key: "z", mod: true, shift: false };
const fit: Chord = { key: "f", mod: false, alt: false };

describe("a chord", () => {
  it.each([
    ["Ctrl+Z", press("z", { ctrlKey: true }), undo, true],
    ["⌘+Z", press("z", { metaKey: true }), undo, true],
    ["Z alone", press("z"), undo, false],
    [
      "Ctrl+Shift+Z (Shift must not be held)",
      press("Z", { ctrlKey: true, shiftKey: true }),
      undo,
      false,
    ],
    ["F", press("f"), fit, true],
    ["Shift+F (Shift left open)", press("F", { shiftKey: true }), fit, true],
    ["Alt+F", press("f", { altKey: true }), fit, false],
    ["Ctrl+F", press("f", { ctrlKey: true }), fit, false],
    ["Escape, whatever is held", press("Escape", { shiftKey: true }), { key: "Escape" }, true],
    ["Enter is not the Escape chord", press("Enter"), { key: "Escape" }, false],
  ])("%s matches: %s", (_, given, chord, expected) => {
    expect(matchesChord(given, chord)).toBe(expected);
  });
});

describe("a chord's label", () => {
  const word = (gesture: string) => `<${gesture}>`;

  it("names modifiers first, letters in capitals and keys as printed on the keyboard", () => {
    expect(chordLabel({ key: "z", mod: true, shift: true }, word)).toBe("Ctrl/⌘ + Shift + Z");
    expect(chordLabel({ key: "Enter", mod: true, shift: false }, word)).toBe("Ctrl/⌘ + Enter");
    expect(chordLabel({ key: "Escape", mod: false }, word)).toBe("Esc");
    expect(chordLabel({ key: "PageDown" }, word)).toBe("Page Down");
    expect(chordLabel({ key: "arrows" }, word)).toBe("← ↑ → ↓");
  });

  it("puts a pointer gesture in the reader's words", () => {
    expect(chordLabel({ key: "click", shift: true }, word)).toBe("Shift + <click>");
  });
});
