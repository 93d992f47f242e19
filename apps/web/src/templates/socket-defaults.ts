import type {
  Behavior,
  Position,
  SocketOptions,
  SocketSpec,
  SocketType,
} from "@zmq-playground/shared";

/**
 * What a socket dropped from the palette starts with, so that a diagram drawn by a
 * beginner does something visible when it runs: senders send a numbered message every
 * second, receivers count what arrives, REP answers, SUB subscribes to everything (a
 * SUB without a subscription receives nothing, the classic first surprise).
 */
const DEFAULTS: Partial<Record<SocketType, { behavior?: Behavior; options?: SocketOptions }>> = {
  PUSH: { behavior: { send: { everyMs: 1000, frames: ["task {seq}"] } } },
  PULL: { behavior: { consume: {} } },
  PUB: { behavior: { send: { everyMs: 1000, frames: ["news", "update {seq}"] } } },
  SUB: { options: { subscribe: [""] }, behavior: { consume: {} } },
  REQ: { behavior: { send: { everyMs: 1000, frames: ["request {seq}"] } } },
  REP: { behavior: { reply: { frames: ["reply to {in}"] } } },
  PAIR: { behavior: { consume: {} } },
  RADIO: { behavior: { send: { everyMs: 1000, frames: ["update {seq}"], group: "news" } } },
  DISH: { options: { join: ["news"] }, behavior: { consume: {} } },
  SCATTER: { behavior: { send: { everyMs: 1000, frames: ["task {seq}"] } } },
  GATHER: { behavior: { consume: {} } },
  CLIENT: { behavior: { send: { everyMs: 1000, frames: ["request {seq}"] } } },
  SERVER: { behavior: { reply: { frames: ["reply to {in}"] } } },
};

/** A new socket of `type` with the starting behaviour and options above. */
export function newSocket(type: SocketType, id: string, position: Position): SocketSpec {
  const preset = DEFAULTS[type];
  const socket: SocketSpec = {
    id,
    type,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
  };
  if (preset?.options) socket.options = structuredClone(preset.options);
  if (preset?.behavior) socket.behavior = structuredClone(preset.behavior);
  return socket;
}
