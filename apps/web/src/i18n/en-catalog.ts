import {
  CATALOG,
  SOCKET_OPTIONS,
  SOCKET_TYPES,
  type SocketOptionName,
} from "@zmq-playground/shared";

/** A record with one value per key, built without casting: the guard proves it is whole. */
function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  const out: Partial<Record<K, V>> = {};
  for (const key of keys) out[key] = value(key);
  if (!isWhole(keys, out)) throw new Error("recordOf: a key has no value");
  return out;
}

function isWhole<K extends string, V>(
  keys: readonly K[],
  record: Partial<Record<K, V>>,
): record is Record<K, V> {
  return keys.every((key) => record[key] !== undefined);
}

const isOptionName = (name: string): name is SocketOptionName =>
  Object.hasOwn(SOCKET_OPTIONS, name);

/**
 * The catalog's words in English, taken from the shared catalog so there is one source:
 * `catalog.<TYPE>.summary` (the palette's line), `catalog.<TYPE>.explanation` (the
 * palette tooltip and the inspector), `options.<name>` (an option's description).
 */
export const catalog = recordOf(SOCKET_TYPES, (type) => ({
  summary: CATALOG[type].summary,
  explanation: CATALOG[type].explanation,
}));

export const options = recordOf(Object.keys(SOCKET_OPTIONS).filter(isOptionName), (name) => {
  return SOCKET_OPTIONS[name].description;
});
