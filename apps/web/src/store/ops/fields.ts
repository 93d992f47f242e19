/**
 * Set or remove an optional field without ever writing `undefined`: the format's
 * optional fields are absent, not undefined (exactOptionalPropertyTypes, and a
 * serialised file must not change because an editor touched a field).
 */
export function withField<T extends object, K extends keyof T>(
  obj: T,
  key: K,
  value: T[K] | undefined,
): T {
  const next = { ...obj };
  if (value === undefined) Reflect.deleteProperty(next, key);
  else next[key] = value;
  return next;
}

/** An array, or undefined when empty: empty lists are left out of the document. */
export function nonEmpty<T>(items: readonly T[] | undefined): T[] | undefined {
  return items && items.length > 0 ? [...items] : undefined;
}

/** An object, or undefined when it has no own keys. */
export function nonEmptyObject<T extends object>(obj: T | undefined): T | undefined {
  return obj && Object.keys(obj).length > 0 ? obj : undefined;
}
