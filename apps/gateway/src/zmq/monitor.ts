import type * as zmq from "zeromq";
import type { MonitorEvent } from "./types.js";

/** zeromq.js's event, reduced to plain data; `end` and `unknown` are dropped. */
export function toMonitorEvent(event: zmq.Event): MonitorEvent | null {
  switch (event.type) {
    case "end":
    case "unknown":
      return null;
    case "connect:retry":
      return { type: event.type, address: event.address, interval: event.interval };
    case "bind:error":
    case "accept:error":
    case "close:error":
    case "handshake:error:protocol":
    case "handshake:error:auth":
    case "handshake:error:other":
      return { type: event.type, address: event.address, errorCode: codeOf(event.error) };
    default:
      return { type: event.type, address: event.address };
  }
}

function codeOf(error: Error): string {
  const code: unknown = Reflect.get(error, "code");
  if (typeof code === "string") return code;
  const status: unknown = Reflect.get(error, "status");
  return typeof status === "number" ? `ZAP ${status}` : error.message;
}
