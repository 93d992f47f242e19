export interface InspectorAction {
  label: string;
  onClick: () => void;
  /** Deletes something: drawn as a warning. */
  danger?: boolean;
}

/** The row of buttons at the foot of an inspector. */
export function InspectorActions({ actions }: { actions: readonly InspectorAction[] }) {
  return (
    <div className="inspector__actions">
      {actions.map((a) => (
        <button
          key={a.label}
          type="button"
          className={a.danger ? "button button--danger" : "button"}
          onClick={a.onClick}
        >
          {a.label}
        </button>
      ))}
    </div>
  );
}
