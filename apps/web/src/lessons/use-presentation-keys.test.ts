import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chordLabel } from "../keyboard/chords.js";
import { SHORTCUTS } from "../keyboard/shortcut-list.js";
import { keyEvent, pressOf } from "../keyboard/testing.js";
import { createAppStore } from "../store/app-store.js";
import { createLessonStore } from "./lesson-store.js";
import { handlePresentationKey } from "./use-presentation-keys.js";

// No DOM in these tests: isEditable() asks `instanceof HTMLElement`, so a stand-in is put there.
class FakeInput extends EventTarget {
  readonly tagName = "INPUT";
  readonly isContentEditable = false;
}
beforeEach(() => vi.stubGlobal("HTMLElement", FakeInput));
afterEach(() => vi.unstubAllGlobals());

/** The pair lesson's second slide, presented: one slide back and one forward both exist. */
const presenting = () => createLessonStore({ mode: "presenting", lessonId: "pair", slide: 1 });

/** Where each presentation key must take the class from slide 1 of "pair". */
const EXPECTED = {
  next: { mode: "presenting", slide: 2 },
  previous: { mode: "presenting", slide: 0 },
  leave: { mode: "open", slide: 1 },
} as const;

const cases = SHORTCUTS.filter((s) => s.by === "presentation").flatMap((s) =>
  s.chords.map((chord) => [chordLabel(chord, (g) => g), s.id, chord] as const),
);

describe("the presenter's keys", () => {
  it.each(cases)("%s does %s, as the ? dialog says", (_, id, chord) => {
    const lessons = presenting();
    const event = keyEvent(pressOf(chord));
    expect(handlePresentationKey(event, createAppStore(), lessons)).toBe(true);
    const { mode, slide } = lessons.getState();
    expect({ mode, slide }).toEqual(EXPECTED[id]);
    // Taken before the editor's Escape and React Flow's arrows.
    expect(event.defaultPrevented).toBe(true);
    expect(event.propagationStopped).toBe(true);
  });

  it("leaves Ctrl+→, other keys, text fields and dialogs alone", () => {
    const lessons = presenting();
    const app = createAppStore();
    const right = pressOf({ key: "ArrowRight" });
    expect(handlePresentationKey(keyEvent({ ...right, ctrlKey: true }), app, lessons)).toBe(false);
    expect(handlePresentationKey(keyEvent(pressOf({ key: "f" })), app, lessons)).toBe(false);
    expect(handlePresentationKey(keyEvent(right, new FakeInput()), app, lessons)).toBe(false);
    app.setState({ dialog: { kind: "shortcuts" } });
    expect(handlePresentationKey(keyEvent(right), app, lessons)).toBe(false);
    expect(lessons.getState().slide).toBe(1);
  });
});
