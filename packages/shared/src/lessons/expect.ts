import type { DiagnosticCode } from "../topology/diagnostics.js";
import type { Bound, Expectation } from "./expectations.js";

// Short builders, so that each lesson's expected outcome reads like its text.

export const exactly = (equals: number): Bound => ({ equals });
export const atLeast = (min: number): Bound => ({ min });
export const atMost = (max: number): Bound => ({ max });
export const between = (min: number, max: number): Bound => ({ min, max });

export const sent = (socket: string, bound: Bound): Expectation => ({
  kind: "count",
  socket,
  counter: "sent",
  bound,
});

export const received = (socket: string, bound: Bound): Expectation => ({
  kind: "count",
  socket,
  counter: "received",
  bound,
});

/** Messages from `binder` to `connector` over the link between them. */
export const heard = (connector: string, binder: string, bound: Bound): Expectation => ({
  kind: "link",
  connector,
  binder,
  direction: "toConnector",
  bound,
});

/** Messages from `connector` to `binder` over the link between them. */
export const delivered = (connector: string, binder: string, bound: Bound): Expectation => ({
  kind: "link",
  connector,
  binder,
  direction: "toBinder",
  bound,
});

/** The link from `connector` to `binder` is connected (its handshake is done). */
export const connected = (connector: string, binder: string): Expectation => ({
  kind: "linkState",
  connector,
  binder,
  state: "connected",
});

/** Nothing is deployed, and the validator says why with `code`. */
export const refused = (code: DiagnosticCode): Expectation[] => [
  { kind: "ran", value: false },
  { kind: "diagnostic", code, present: true },
];
