import type { RuntimeTick, ServerMessage } from "@zmq-playground/shared";
import { EMPTY_LIVE } from "../store/live-view.js";
import {
  EVENT_LIMIT,
  reduceServerMessage,
  SAMPLE_LIMIT,
  type RuntimeData,
} from "../store/server-messages.js";
import type { Recording, RecordingFrame } from "./schema.js";

/**
 * The runtime data a replay starts from: nothing runs yet, the recorded topology is the
 * deployed one. The connection is not the replay's business (the store keeps its own).
 */
export function replayStart(recording: Recording): RuntimeData {
  return {
    connection: {
      status: "closed",
      retryInMs: null,
      retryAt: null,
      sessionId: null,
      message: null,
      closeReason: null,
    },
    run: { status: "stopped", paused: false, speed: 1, endpoints: {} },
    live: EMPTY_LIVE,
    samples: [],
    events: [],
    droppedSamples: 0,
    runtimeDiagnostics: [],
    lastError: null,
    limits: null,
    deployedTopology: recording.topology,
  };
}

/** One message through the same reducer a live run uses. */
export function applyMessage(data: RuntimeData, message: ServerMessage): RuntimeData {
  return { ...data, ...reduceServerMessage(data, message) };
}

/** The index of the first frame later than `t` (frames are in time order). */
export function frameIndexAfter(frames: readonly RecordingFrame[], t: number): number {
  let lo = 0;
  let hi = frames.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((frames[mid]?.t ?? Infinity) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Apply frames `from` (inclusive) to `to` (exclusive) in order: straight play. */
export function applyFrames(
  data: RuntimeData,
  frames: readonly RecordingFrame[],
  from: number,
  to: number,
): RuntimeData {
  let next = data;
  for (let i = from; i < to; i += 1) {
    const frame = frames[i];
    if (frame) next = applyMessage(next, frame.message);
  }
  return next;
}

/**
 * The runtime data at `t`, computed from the start, quickly: every frame goes through the
 * reducer (ticks carry cumulative counters, and rates need the last two seconds), but a
 * tick's samples and events are left out when newer ticks already fill the store's
 * bounded lists, since they would be pushed out anyway. The result equals straight play.
 */
export function stateAt(recording: Recording, t: number): RuntimeData {
  const { frames } = recording;
  const end = frameIndexAfter(frames, t);
  const lean: (RuntimeTick | null)[] = new Array<RuntimeTick | null>(end).fill(null);
  let samplesAfter = 0;
  let eventsAfter = 0;
  for (let i = end - 1; i >= 0; i -= 1) {
    const message = frames[i]?.message;
    if (message?.type !== "runtime:tick") continue;
    const dropSamples = samplesAfter >= SAMPLE_LIMIT && message.samples.length > 0;
    const dropEvents = eventsAfter >= EVENT_LIMIT && message.events.length > 0;
    if (dropSamples || dropEvents) {
      lean[i] = {
        ...message,
        samples: dropSamples ? [] : message.samples,
        events: dropEvents ? [] : message.events,
      };
    }
    samplesAfter += message.samples.length;
    eventsAfter += message.events.length;
  }
  let data = replayStart(recording);
  for (let i = 0; i < end; i += 1) {
    const message = lean[i] ?? frames[i]?.message;
    if (message) data = applyMessage(data, message);
  }
  return data;
}
