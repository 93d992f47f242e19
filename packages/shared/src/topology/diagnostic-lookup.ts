import type { Diagnostic, Severity } from "./diagnostics.js";

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; the order within each severity is kept. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // Array.prototype.sort is stable (ES2019), so equal severities keep document order.
  return [...diagnostics].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** The diagnostics that concern one socket (to draw on its node), in the given order. */
export function diagnosticsFor(diagnostics: readonly Diagnostic[], socketId: string): Diagnostic[] {
  return diagnostics.filter((d) => d.sockets.includes(socketId));
}

/**
 * The diagnostics that concern one link, known by its connecting socket and endpoint
 * (to draw on the edge): a bad endpoint, mismatched peers, a connect nobody binds.
 */
export function diagnosticsForLink(
  diagnostics: readonly Diagnostic[],
  connector: string,
  endpoint: string,
): Diagnostic[] {
  return diagnostics.filter((d) => d.endpoint === endpoint && d.sockets.includes(connector));
}
