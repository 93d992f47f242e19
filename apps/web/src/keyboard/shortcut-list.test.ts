import { describe, expect, it } from "vitest";
import { en } from "../i18n/en.js";
import type { Chord } from "./chords.js";
import {
  BOX_SELECT_KEY,
  MULTI_SELECT_KEYS,
  SHORTCUT_GROUPS,
  SHORTCUTS,
  shortcutOf,
  type ShortcutHandler,
} from "./shortcut-list.js";
import { pressOf } from "./testing.js";

/** Handlers that match key presses through shortcutOf (the others are the browser's or React Flow's). */
const MATCHED: readonly ShortcutHandler[] = ["editor", "presentation", "send-form"];

describe("the shortcut list", () => {
  it("names each shortcut once, each in one of the dialog's sections", () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SHORTCUTS) expect(SHORTCUT_GROUPS).toContain(s.group);
  });

  it("has an English text for every shortcut and every section", () => {
    expect(Object.keys(en.shortcuts.does).sort()).toEqual(SHORTCUTS.map((s) => s.id).sort());
    expect(Object.keys(en.shortcuts.groups)).toEqual([...SHORTCUT_GROUPS]);
  });

  it("lists Run/Stop and the presenter's keys", () => {
    const chordsOf = (id: string) => SHORTCUTS.find((s) => s.id === id)?.chords;
    expect(chordsOf("run")).toEqual([{ key: "Enter", mod: true, shift: false }]);
    expect(chordsOf("next")?.map((c) => c.key)).toEqual(["ArrowRight", "PageDown"]);
    expect(chordsOf("leave")?.map((c) => c.key)).toEqual(["Escape"]);
  });

  it.each(MATCHED)(
    "gives every chord of the %s to its own shortcut, on Windows and on a Mac",
    (by) => {
      const wrong: string[] = [];
      for (const s of SHORTCUTS.filter((x) => x.by === by)) {
        for (const chord of s.chords) {
          for (const mac of [false, true]) {
            const got = shortcutOf(pressOf(chord, mac), by)?.id;
            if (got !== s.id)
              wrong.push(`${chord.key} (mac: ${mac}) -> ${got ?? "nothing"}, not ${s.id}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it("tells React Flow the same selection keys the dialog names", () => {
    const modifiersOf = (id: string) =>
      (SHORTCUTS.find((s) => s.id === id)?.chords ?? []).flatMap((c: Chord) => [
        ...(c.shift ? ["Shift"] : []),
        ...(c.mod ? ["Meta", "Control"] : []),
      ]);
    expect([...MULTI_SELECT_KEYS].sort()).toEqual(modifiersOf("multi").sort());
    expect([BOX_SELECT_KEY]).toEqual(modifiersOf("box"));
  });
});
