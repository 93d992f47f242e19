import {
  CATALOG,
  type Behavior,
  type BehaviorName,
  type SocketSpec,
  type Topology,
} from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { useAppStoreApi } from "../../store/store-context.js";
import { BehaviourFields } from "./behaviour-fields.js";

/** Sockets that may be a forward target: others of the same (declared) process. */
export function siblingsOf(socket: SocketSpec, topology: Topology): string[] {
  if (socket.process === undefined) return [];
  return topology.sockets
    .filter((s) => s.process === socket.process && s.id !== socket.id)
    .map((s) => s.id);
}

function starter(
  name: BehaviorName,
  siblings: readonly string[],
): Behavior[BehaviorName] | undefined {
  switch (name) {
    case "send":
      return { everyMs: 1000, frames: ["message {seq}"] };
    case "reply":
      return { frames: ["reply to {in}"] };
    case "consume":
      return {};
    case "forward":
      return siblings[0] === undefined ? undefined : { to: siblings[0] };
  }
}

/** The behaviours the catalog allows for this type: a switch each, and their settings when on. */
export function BehaviourEditor({ socket, topology }: { socket: SocketSpec; topology: Topology }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const names = CATALOG[socket.type].behaviors;
  const siblings = siblingsOf(socket, topology);
  const set = <K extends BehaviorName>(name: K, value: Behavior[K] | undefined) =>
    store.getState().setBehaviour(socket.id, name, value, `behavior:${socket.id}:${name}`);
  const toggle = (name: BehaviorName, on: boolean) =>
    store.getState().setBehaviour(socket.id, name, on ? undefined : starter(name, siblings));
  return (
    <section className="inspector__section">
      <h3>{t("inspector.behaviours")}</h3>
      {names.length === 0 && <p className="inspector__help">{t("inspector.behaviourNone")}</p>}
      {names.map((name) => {
        const on = socket.behavior?.[name] !== undefined;
        const canStart = starter(name, siblings) !== undefined;
        return (
          <fieldset
            key={name}
            className={`behaviour${on ? " behaviour--on" : ""}`}
            data-behaviour={name}
          >
            <legend>
              <label className="toggle">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && !canStart}
                  onChange={() => toggle(name, on)}
                />
                {t(`behaviour.${name}`)}
              </label>
            </legend>
            <p className="inspector__help">
              {name === "forward" && !canStart && !on
                ? t("behaviour.noSibling")
                : t(`behaviour.${name}Help`)}
            </p>
            {on && <BehaviourFields name={name} socket={socket} siblings={siblings} set={set} />}
          </fieldset>
        );
      })}
    </section>
  );
}
