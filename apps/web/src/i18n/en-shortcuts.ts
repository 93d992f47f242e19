import type { ShortcutGroup, ShortcutId } from "../keyboard/shortcut-list.js";

/**
 * The "?" dialog in English: its sections, what each shortcut does (one text per entry of
 * keyboard/shortcut-list.ts, which also holds the keys), and the words its key labels use.
 */
export const shortcuts = {
  groups: {
    editing: "Editing",
    running: "Running",
    presentation: "Presenting a lesson",
  } satisfies Record<ShortcutGroup, string>,
  does: {
    add: "Add the socket type in focus in the palette",
    undo: "Undo",
    redo: "Redo",
    delete: "Delete the selection",
    duplicate: "Duplicate the selection",
    selectAll: "Select everything",
    copy: "Copy the selection (as JSON)",
    cut: "Cut the selection",
    paste: "Paste sockets",
    group: "Put the selection in a process",
    move: "Move the selected sockets (farther with Shift)",
    multi: "Add to the selection",
    box: "Select with a box",
    fit: "Fit the view",
    escape: "Close a dialog, clear the selection",
    help: "Show this help",
    run: "Run the topology, or stop it while it runs",
    stop: "Stop the running topology",
    send: "Send the message (in a frame field of \u201cSend a message by hand\u201d)",
    next: "Next slide",
    previous: "Previous slide",
    leave: "Leave the presentation",
  } satisfies Record<ShortcutId, string>,
  /** Pointer gestures in a key label ("Shift + click"). */
  gestures: { click: "click", drag: "drag" },
  /** Between two ways to press one shortcut. */
  or: "or",
};
