import type { Resource } from "./en.js";

/** Every key of `T`, each leaf a string: the shape a translation must have. */
export type DeepStringRecord<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]>;
};

/**
 * A translation of the English resource: a missing or misspelt key is a compile error.
 * Plural keys follow English (`_one`, `_other`); Vietnamese and Chinese use `_other`
 * only, so their `_one` repeats it.
 */
export type Translation = DeepStringRecord<Resource>;
