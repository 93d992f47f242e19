import type {
  ClientCommand,
  CommandErrorCode,
  Diagnostic,
  ServerMessage,
} from "@zmq-playground/shared";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A command as the store asks for it; the client adds the `requestId`. */
export type CommandRequest = DistributiveOmit<ClientCommand, "requestId">;

/**
 * How a command ended: `command:ok`, `command:error`, or `disconnected` when the
 * connection was not open or dropped before the answer came.
 */
export type CommandOutcome =
  | { ok: true; stepped?: boolean }
  | {
      ok: false;
      code: CommandErrorCode | "disconnected";
      message: string;
      diagnostics?: Diagnostic[];
    };

/** What the store needs from the gateway connection; tests pass a fake. */
export interface GatewayClient {
  /** Send a command; the promise resolves (never rejects) with its answer. */
  request(command: CommandRequest): Promise<CommandOutcome>;
  /** Try to connect again now instead of waiting for the next attempt. */
  reconnect(): void;
}

/** What the connection hands to the store: every parsed server message. */
export type ServerMessageSink = (message: ServerMessage) => void;

/** A client that answers every command with `disconnected` (a store without a gateway). */
export const offlineGateway: GatewayClient = {
  request: () =>
    Promise.resolve({ ok: false, code: "disconnected", message: "Not connected to the gateway." }),
  reconnect: () => undefined,
};
