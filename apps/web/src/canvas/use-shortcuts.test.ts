import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chordLabel } from "../keyboard/chords.js";
import { SHORTCUTS, type ShortcutsOf } from "../keyboard/shortcut-list.js";
import { keyEvent, pressOf } from "../keyboard/testing.js";
import { createAppStore } from "../store/app-store.js";
import { handleEditorKey } from "./use-shortcuts.js";

/** What each editor shortcut must call on the store: the spec the handler is held to. */
const EXPECTED: Record<ShortcutsOf<"editor">["id"], string> = {
  undo: "undo",
  redo: "redo",
  delete: "deleteSelection",
  duplicate: "duplicateSelection",
  selectAll: "selectAll",
  group: "groupSelection",
  fit: "requestFitView",
  escape: "select",
  help: "openDialog",
  run: "runTopology",
  stop: "stopTopology",
};

/** A store whose actions only write down that they were called. */
function spiedStore() {
  const store = createAppStore();
  const calls: string[] = [];
  const note = (name: string) => () => void calls.push(name);
  const command = (name: string) => async () => {
    calls.push(name);
    return { ok: true as const };
  };
  store.setState({
    undo: note("undo"),
    redo: note("redo"),
    deleteSelection: note("deleteSelection"),
    duplicateSelection: note("duplicateSelection"),
    selectAll: note("selectAll"),
    groupSelection: note("groupSelection"),
    requestFitView: note("requestFitView"),
    select: note("select"),
    openDialog: note("openDialog"),
    runTopology: command("runTopology"),
    stopTopology: command("stopTopology"),
  });
  store.getState().setConnection({ status: "open" });
  return { store, calls };
}

// No DOM in these tests: isEditable() asks `instanceof HTMLElement`, so stand-ins are put there.
class FakeElement extends EventTarget {
  readonly tagName: string = "DIV";
  readonly isContentEditable = false;
}
class FakeInput extends FakeElement {
  override readonly tagName = "INPUT";
}
beforeEach(() => vi.stubGlobal("HTMLElement", FakeElement));
afterEach(() => vi.unstubAllGlobals());

const cases = SHORTCUTS.filter((s) => s.by === "editor").flatMap((s) =>
  s.chords.map((chord) => [chordLabel(chord, (g) => g), s.id, chord] as const),
);

describe("the editor's shortcuts", () => {
  it.each(cases)("%s does %s, as the ? dialog says", (_, id, chord) => {
    const { store, calls } = spiedStore();
    if (id === "stop") {
      store.setState({ run: { ...store.getState().run, status: "running" } });
    }
    const event = keyEvent(pressOf(chord), new FakeElement());
    expect(handleEditorKey(event, store)).toBe(true);
    expect(calls).toEqual([EXPECTED[id]]);
    expect(event.defaultPrevented).toBe(true);
  });

  it("leaves a key that is no shortcut alone", () => {
    const { store, calls } = spiedStore();
    for (const key of ["q", "Enter", "ArrowRight"]) {
      const event = keyEvent(pressOf({ key }));
      expect(handleEditorKey(event, store)).toBe(false);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it("leaves letters and Delete to a text field, but runs with Ctrl+Enter from one", () => {
    const { store, calls } = spiedStore();
    const field = new FakeInput();
    for (const chord of [{ key: "f" }, { key: "Backspace" }, { key: "z", mod: true }]) {
      expect(handleEditorKey(keyEvent(pressOf(chord), field), store)).toBe(false);
    }
    expect(calls).toEqual([]);
    expect(handleEditorKey(keyEvent(pressOf({ key: "Enter", mod: true }), field), store)).toBe(
      true,
    );
    expect(calls).toEqual(["runTopology"]);
  });

  it("keeps every key from the editor while a dialog is open", () => {
    const { store, calls } = spiedStore();
    store.setState({ dialog: { kind: "shortcuts" } });
    expect(handleEditorKey(keyEvent(pressOf({ key: "z", mod: true })), store)).toBe(false);
    expect(handleEditorKey(keyEvent(pressOf({ key: "Enter", mod: true })), store)).toBe(false);
    expect(calls).toEqual([]);
  });

  it("never starts a topology with Shift+Ctrl+Enter, and Ctrl+Enter stops a running one", () => {
    const { store, calls } = spiedStore();
    const stopOnly = { key: "Enter", mod: true, shift: true };
    handleEditorKey(keyEvent(pressOf(stopOnly)), store);
    expect(calls).toEqual([]);
    store.setState({ run: { ...store.getState().run, status: "running" } });
    handleEditorKey(keyEvent(pressOf({ key: "Enter", mod: true })), store);
    expect(calls).toEqual(["stopTopology"]);
  });
});
