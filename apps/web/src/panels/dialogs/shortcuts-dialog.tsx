import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { chordLabel, type Gesture } from "../../keyboard/chords.js";
import { SHORTCUT_GROUPS, SHORTCUTS } from "../../keyboard/shortcut-list.js";
import { Modal } from "./modal.js";

/**
 * The "?" dialog: every shortcut of keyboard/shortcut-list.ts by section, with the keys
 * the handlers really match (so the list cannot drift from what the keys do).
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const word = (gesture: Gesture) => t(`shortcuts.gestures.${gesture}`);
  return (
    <Modal title={t("dialogs.shortcutsTitle")} onClose={onClose} wide>
      <div className="shortcuts-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section
            key={group}
            className="shortcuts-group"
            data-testid="shortcut-group"
            data-group={group}
          >
            <h3>{t(`shortcuts.groups.${group}`)}</h3>
            <table className="shortcuts">
              <tbody>
                {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                  <tr key={s.id} data-shortcut={s.id}>
                    <td className="shortcuts__keys">
                      {s.chords.map((chord, i) => {
                        const label = chordLabel(chord, word);
                        return (
                          <Fragment key={label}>
                            {i > 0 && <span className="shortcuts__or"> {t("shortcuts.or")} </span>}
                            <kbd>{label}</kbd>
                          </Fragment>
                        );
                      })}
                    </td>
                    <td>{t(`shortcuts.does.${s.id}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Modal>
  );
}
