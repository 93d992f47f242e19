import { useTranslation } from "react-i18next";
import type { en } from "../../i18n/en.js";
import { Modal } from "./modal.js";

const SHORTCUTS: readonly (keyof typeof en.shortcuts)[] = [
  "undo",
  "redo",
  "delete",
  "duplicate",
  "selectAll",
  "copy",
  "cut",
  "paste",
  "group",
  "fit",
  "multi",
  "box",
  "escape",
  "help",
];

/** The "?" dialog: every keyboard shortcut. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t("dialogs.shortcutsTitle")} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((what) => (
            <tr key={what}>
              <td>
                <kbd>{t(`shortcutKeys.${what}`)}</kbd>
              </td>
              <td>{t(`shortcuts.${what}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
