import { useTranslation } from "react-i18next";

interface Props {
  /** Accessible name of each row, e.g. "Frame 1". */
  itemLabel: (index: number) => string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  addLabel: string;
  placeholder?: string;
  /** The list may not become shorter than this (frames need one). */
  min?: number;
}

/** Edit a list of strings (frames, subscriptions): one text field per entry. */
export function StringListEditor({
  itemLabel,
  values,
  onChange,
  addLabel,
  placeholder,
  min = 0,
}: Props) {
  const { t } = useTranslation();
  return (
    <div className="string-list">
      {values.map((value, i) => (
        // Index keys: the text changes on every keystroke and must keep its focus.
        <div key={i} className="string-list__row">
          <input
            type="text"
            aria-label={itemLabel(i)}
            value={value}
            placeholder={placeholder}
            onChange={(e) => onChange(values.map((v, j) => (j === i ? e.target.value : v)))}
          />
          <button
            type="button"
            className="button button--icon button--quiet"
            aria-label={`${t("inspector.remove")} ${itemLabel(i)}`}
            disabled={values.length <= min}
            onClick={() => onChange(values.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange([...values, ""])}
      >
        + {addLabel}
      </button>
    </div>
  );
}
