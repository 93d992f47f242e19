/**
 * Per generated program: socket variable names and the helpers its code uses, collected
 * while its code is written. `Need` is the language's own list of helpers.
 */
export interface ProgramWriter<Need extends string> {
  readonly names: ReadonlyMap<string, string>;
  readonly needs: Set<Need>;
}

/** The program's variable for a socket id. */
export function varOf<Need extends string>(w: ProgramWriter<Need>, id: string): string {
  return w.names.get(id) ?? id;
}
