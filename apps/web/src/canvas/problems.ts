import { diagnosticsFor, type Diagnostic, type Severity } from "@zmq-playground/shared";
import type { Problems } from "./flow-types.js";

/** What a socket node's badge shows: the diagnostics that name the socket, counted. */
export function problemsOf(diagnostics: readonly Diagnostic[], socketId: string): Problems {
  const about = diagnosticsFor(diagnostics, socketId);
  return {
    errors: about.filter((d) => d.severity === "error").length,
    warnings: about.filter((d) => d.severity === "warning").length,
    diagnostics: about,
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most serious severity among some diagnostics, or null. */
export function worstSeverity(diagnostics: readonly Diagnostic[]): Severity | null {
  let worst: Severity | null = null;
  for (const d of diagnostics)
    if (worst === null || RANK[d.severity] > RANK[worst]) worst = d.severity;
  return worst;
}
