import type { ServerMessage } from "@zmq-playground/shared";
import type { RuntimeData } from "../store/server-messages.js";

/**
 * The messages that bring a fresh view to where the page is when Record is pressed in
 * the middle of a run: the run's state, the problems found so far, the last counters and
 * the event log (a tick with no samples: old messages would fly as dots at the start).
 * A replay then starts from the same picture.
 */
export function startFrames(
  state: Pick<RuntimeData, "run" | "live" | "runtimeDiagnostics" | "events">,
): ServerMessage[] {
  const { run, live } = state;
  const frames: ServerMessage[] = [
    {
      type: "runtime:state",
      running: run.status === "running" || run.status === "stopping",
      paused: run.paused,
      speed: run.speed,
      endpoints: run.endpoints,
    },
    { type: "topology:diagnostics", source: "deploy", diagnostics: state.runtimeDiagnostics },
  ];
  const sockets = Object.values(live.sockets);
  const links = Object.values(live.links);
  if (sockets.length === 0 && links.length === 0 && state.events.length === 0) return frames;
  frames.push({
    type: "runtime:tick",
    seq: live.tickSeq,
    at: live.at,
    sockets: sockets.map(({ id, sent, received, errors }) => ({ id, sent, received, errors })),
    links: links.map(({ connector, endpoint, binder, state, toBinder, toConnector }) => ({
      connector,
      endpoint,
      binder,
      state,
      toBinder,
      toConnector,
    })),
    samples: [],
    droppedSamples: 0,
    events: state.events,
    droppedEvents: 0,
  });
  return frames;
}
