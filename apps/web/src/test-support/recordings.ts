import type { MessageSample, RuntimeEvent, RuntimeTick } from "@zmq-playground/shared";
import { RECORDING_FORMAT, RECORDING_VERSION, type Recording } from "../recording/schema.js";
import { fixture } from "./fixtures.js";

const TASKS = "tcp://127.0.0.1:5557";

/**
 * A recording of the pipeline fixture as the page would receive it: the run's state,
 * the deploy's verdict, then a tick every `tickMs` with cumulative counters, `samplesPerTick`
 * samples and an event every tenth tick. The producer sends 10 messages a second.
 */
export function pipelineRecording({
  seconds = 10,
  tickMs = 100,
  samplesPerTick = 3,
}: { seconds?: number; tickMs?: number; samplesPerTick?: number } = {}): Recording {
  const frames: Recording["frames"] = [
    {
      t: 0,
      message: { type: "runtime:state", running: true, paused: false, speed: 1, endpoints: {} },
    },
    { t: 0, message: { type: "topology:diagnostics", source: "deploy", diagnostics: [] } },
  ];
  let seq = 0;
  const ticks = Math.floor((seconds * 1000) / tickMs);
  for (let i = 1; i <= ticks; i += 1) {
    const at = i * tickMs;
    const sent = Math.floor(at / 100);
    const samples: MessageSample[] = Array.from({ length: samplesPerTick }, (_, k) => ({
      seq: seq++,
      at: at - k,
      from: "producer",
      to: k % 2 ? "consumer-2-in" : "consumer-1-in",
      link: `${k % 2 ? "consumer-2-in" : "consumer-1-in"}|${TASKS}`,
      direction: "toConnector",
      frames: [{ text: `task ${seq}`, hex: "", size: 6, truncated: false }],
    }));
    const events: RuntimeEvent[] =
      i % 10 === 0 ? [{ at, level: "info", kind: "handshake", message: `tick ${i}` }] : [];
    const tick: RuntimeTick = {
      type: "runtime:tick",
      seq: i,
      at,
      sockets: [
        { id: "producer", sent, received: 0, errors: 0 },
        { id: "collector", sent: 0, received: Math.max(0, sent - 2), errors: 0 },
      ],
      links: [
        {
          connector: "consumer-1-in",
          endpoint: TASKS,
          binder: "producer",
          state: "connected",
          toBinder: 0,
          toConnector: Math.ceil(sent / 2),
        },
        {
          connector: "consumer-2-in",
          endpoint: TASKS,
          binder: "producer",
          state: "connected",
          toBinder: 0,
          toConnector: Math.floor(sent / 2),
        },
      ],
      samples,
      droppedSamples: i % 7 === 0 ? 2 : 0,
      events,
      droppedEvents: 0,
    };
    frames.push({ t: at + 3, message: tick });
  }
  return {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    topology: fixture("pipeline"),
    startedAt: "2025-03-01T10:00:00.000Z",
    durationMs: ticks * tickMs + 3,
    frames,
  };
}
