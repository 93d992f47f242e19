import {
  CATALOG,
  SOCKET_OPTIONS,
  type SocketOptionName,
  type SocketOptions,
  type SocketSpec,
} from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { nonEmptyObject, withField } from "../../store/ops/fields.js";
import { useAppStoreApi } from "../../store/store-context.js";
import { Field, NumberField } from "./fields.js";
import { StringListEditor } from "./string-list-editor.js";

/** Options most people need first; the others wait behind "more". */
const FIRST: readonly SocketOptionName[] = ["subscribe", "join", "routingId", "conflate"];

/** Edit the options the catalog allows for this socket's type, each with its description. */
export function OptionsEditor({ socket }: { socket: SocketSpec }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const allowed = CATALOG[socket.type].options;
  const set = (name: SocketOptionName, value: SocketOptions[SocketOptionName]) =>
    store
      .getState()
      .updateSocket(
        socket.id,
        (s) => withField(s, "options", nonEmptyObject(withField(s.options ?? {}, name, value))),
        `option:${socket.id}:${name}`,
      );
  const editor = (name: SocketOptionName) => {
    const spec = SOCKET_OPTIONS[name];
    const value = socket.options?.[name];
    switch (spec.kind) {
      case "integer":
        return (
          <NumberField
            key={name}
            label={name}
            help={t(`options.${name}`)}
            value={typeof value === "number" ? value : undefined}
            onChange={(v) => set(name, v)}
          />
        );
      case "boolean":
        return (
          <Field key={name} label={name} help={t(`options.${name}`)}>
            {(id, d) => (
              <select
                id={id}
                aria-describedby={d}
                value={value === undefined ? "" : String(value)}
                onChange={(e) =>
                  set(name, e.target.value === "" ? undefined : e.target.value === "true")
                }
              >
                <option value="">{t("inspector.optionDefault")}</option>
                <option value="true">{t("inspector.optionOn")}</option>
                <option value="false">{t("inspector.optionOff")}</option>
              </select>
            )}
          </Field>
        );
      case "string":
        return (
          <Field key={name} label={name} help={t(`options.${name}`)}>
            {(id, d) => (
              <input
                id={id}
                aria-describedby={d}
                value={typeof value === "string" ? value : ""}
                onChange={(e) => set(name, e.target.value || undefined)}
              />
            )}
          </Field>
        );
      case "string-list":
        return (
          <div key={name} className="field">
            <span className="field__label">{name}</span>
            <StringListEditor
              itemLabel={(i) => `${name} ${i + 1}`}
              values={Array.isArray(value) ? value : []}
              onChange={(list) => set(name, list.length > 0 ? list : undefined)}
              addLabel={t("inspector.add")}
              placeholder={t("inspector.emptyEntry")}
            />
            <p className="field__help">{t(`options.${name}`)}</p>
          </div>
        );
    }
  };
  const first = allowed.filter((n) => FIRST.includes(n) || socket.options?.[n] !== undefined);
  const rest = allowed.filter((n) => !first.includes(n));
  return (
    <section className="inspector__section">
      <h3>{t("inspector.options")}</h3>
      {first.map(editor)}
      {rest.length > 0 && (
        <details className="inspector__more">
          <summary>{t("inspector.moreOptions", { count: rest.length })}</summary>
          {rest.map(editor)}
        </details>
      )}
    </section>
  );
}
