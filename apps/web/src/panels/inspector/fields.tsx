import { useId, type ReactNode } from "react";

interface FieldProps {
  label: string;
  help?: string | undefined;
  error?: string | null | undefined;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

/** A label, a control, and the help or error text tied to it for screen readers. */
export function Field({ label, help, error, children }: FieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const note = error ?? help;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children(id, note ? helpId : undefined)}
      {note && (
        <p id={helpId} className={error ? "field__error" : "field__help"}>
          {note}
        </p>
      )}
    </div>
  );
}

/** A labelled text field (or text area) bound to a value. */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  help?: string;
  multiline?: boolean;
}) {
  return (
    <Field label={props.label} help={props.help}>
      {(id, describedBy) =>
        props.multiline ? (
          <textarea
            id={id}
            aria-describedby={describedBy}
            value={props.value}
            placeholder={props.placeholder}
            rows={3}
            onChange={(e) => props.onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            aria-describedby={describedBy}
            type="text"
            value={props.value}
            placeholder={props.placeholder}
            onChange={(e) => props.onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A whole-number field; emptying it gives `undefined` (the field is left out of the document). */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  help?: string;
}) {
  return (
    <Field label={props.label} help={props.help}>
      {(id, describedBy) => (
        <input
          id={id}
          aria-describedby={describedBy}
          type="number"
          inputMode="numeric"
          min={props.min}
          step={1}
          value={props.value ?? ""}
          onChange={(e) => {
            const text = e.target.value.trim();
            if (text === "") props.onChange(undefined);
            else if (/^-?\d+$/.test(text)) props.onChange(Number(text));
          }}
        />
      )}
    </Field>
  );
}

/** An inspector section: a small heading, help, and its fields. */
export function Section({
  title,
  children,
  help,
}: {
  title: string;
  help?: string;
  children: ReactNode;
}) {
  return (
    <section className="inspector__section">
      <h3>{title}</h3>
      {help && <p className="inspector__help">{help}</p>}
      {children}
    </section>
  );
}
