import type { SocketSpec } from "@zmq-playground/shared";

/**
 * The topic a PUB's own messages start with: its send template's first frame up to the
 * first placeholder (`weather {seq}` gives `weather `). Subscribing to it matches them all.
 */
export function publishedTopic(socket: SocketSpec): string {
  const template = socket.behavior?.send?.frames[0] ?? "";
  const brace = template.indexOf("{");
  return brace < 0 ? template : template.slice(0, brace);
}
