import { useTranslation } from "react-i18next";
import type { en } from "../../i18n/en.js";
import { Modal } from "./modal.js";

const SHORTCUTS: readonly [string, keyof typeof en.shortcuts][] = [
  ["Ctrl/⌘ + Z", "undo"],
  ["Ctrl/⌘ + Shift + Z, Ctrl + Y", "redo"],
  ["Delete, Backspace", "delete"],
  ["Ctrl/⌘ + D", "duplicate"],
  ["Ctrl/⌘ + A", "selectAll"],
  ["Ctrl/⌘ + C", "copy"],
  ["Ctrl/⌘ + X", "cut"],
  ["Ctrl/⌘ + V", "paste"],
  ["Ctrl/⌘ + G", "group"],
  ["F", "fit"],
  ["Shift + click", "multi"],
  ["Shift + drag", "box"],
  ["Esc", "escape"],
  ["?", "help"],
];

/** The "?" dialog: every keyboard shortcut. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t("dialogs.shortcutsTitle")} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(`shortcuts.${what}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
