import type { ServerMessage, Topology } from "@zmq-playground/shared";
import { Recorder, type RecorderLimit } from "../recording/recorder.js";
import { ReplayPlayer, type PlayerView } from "../recording/replay-player.js";
import type { Recording } from "../recording/schema.js";
import { startFrames } from "../recording/snapshot.js";
import type { RuntimeData } from "./server-messages.js";
import type { SliceCreator } from "./types.js";
import { EMPTY_SELECTION, type Selection } from "./ui-slice.js";

/**
 * Why a recording stopped before Stop recording was pressed: a size limit, the run
 * ended (its last counters stay in), or the running topology was edited (a recording
 * carries one topology).
 */
export type RecordingEnd = RecorderLimit | "run-ended" | "edited";

/** A recording under way, or stopped early and waiting to be saved. */
export interface RecordingView {
  /** `Date.now()` when it started. */
  startedAt: number;
  stoppedBy: RecordingEnd | null;
}

/** A recording being replayed: the recording, its name (the file's, say) and where it stands. */
export type ReplayView = PlayerView & { name: string; durationMs: number; source: Recording };

/** What a replay shows of a recording: the runtime data a live run would have had. */
const REPLAYED = [
  "run",
  "live",
  "samples",
  "events",
  "droppedSamples",
  "runtimeDiagnostics",
] as const;

export interface ReplaySlice {
  recording: RecordingView | null;
  replay: ReplayView | null;
  /** Start recording what the page receives from the running topology. */
  startRecording: () => void;
  /** Stop recording: the document to save, or null when nothing was recording. */
  stopRecording: () => Recording | null;
  /** Called with every server message (by `applyServerMessage`) while recording. */
  captureServerMessage: (message: ServerMessage) => void;
  /** Show a recording in place of the document; editing and gateway commands are off. */
  openReplay: (recording: Recording, name: string) => void;
  /** Back to the document as it was before the replay. */
  exitReplay: () => void;
  playReplay: () => void;
  pauseReplay: () => void;
  seekReplay: (t: number) => void;
  setReplaySpeed: (speed: number) => void;
}

/** The document as it was before a replay took its place. */
interface SavedDocument {
  topology: Topology;
  past: readonly Topology[];
  future: readonly Topology[];
  selection: Selection;
}

/** Runtime data with nothing running, as the page has it before any Run. */
const IDLE: Pick<RuntimeData, (typeof REPLAYED)[number] | "deployedTopology" | "lastError"> = {
  run: { status: "stopped", paused: false, speed: 1, endpoints: {} },
  live: { sockets: {}, links: {}, tickSeq: 0, at: 0, lastDroppedSamples: 0, history: [] },
  samples: [],
  events: [],
  droppedSamples: 0,
  runtimeDiagnostics: [],
  deployedTopology: null,
  lastError: null,
};

/** Recording and replay. Both read `Date.now()` and timers (tests use fake timers). */
export function createReplaySlice(): SliceCreator<ReplaySlice> {
  const now = () => Date.now();
  return (set, get) => {
    let recorder: Recorder | null = null;
    /** The deployed topology when recording started: a redeploy replaces it. */
    let recordedDeploy: Topology | null = null;
    let player: ReplayPlayer | null = null;
    let saved: SavedDocument | null = null;

    const show = (data: RuntimeData, view: PlayerView) => {
      const replay = get().replay;
      if (!replay) return;
      const patch: Partial<RuntimeData> = {};
      for (const key of REPLAYED) Object.assign(patch, { [key]: data[key] });
      set({ ...patch, replay: { ...replay, ...view } });
    };

    return {
      recording: null,
      replay: null,

      startRecording: () => {
        const s = get();
        if (recorder || s.replay || s.run.status !== "running") return;
        const startedAt = now();
        recorder = new Recorder(s.deployedTopology ?? s.topology, startedAt);
        recordedDeploy = s.deployedTopology;
        for (const message of startFrames(s)) recorder.add(message, startedAt);
        set({ recording: { startedAt, stoppedBy: null } });
      },

      stopRecording: () => {
        const done = recorder?.finish(now()) ?? null;
        recorder = null;
        set({ recording: null });
        return done;
      },

      captureServerMessage: (message) => {
        const recording = get().recording;
        if (!recorder || !recording || recording.stoppedBy) return;
        let stoppedBy: RecordingEnd | null;
        // The run's end would clear the counters: the recording ends on its last picture.
        if (message.type === "runtime:state" && !message.running) stoppedBy = "run-ended";
        else if (get().deployedTopology !== recordedDeploy) stoppedBy = "edited";
        else stoppedBy = recorder.add(message, now());
        if (stoppedBy) set({ recording: { ...recording, stoppedBy } });
      },

      openReplay: (recording, name) => {
        player?.dispose();
        const s = get();
        saved ??= {
          topology: s.topology,
          past: s.past,
          future: s.future,
          selection: s.selection,
        };
        set({
          topology: recording.topology,
          past: [],
          future: [],
          lastEdit: null,
          selection: EMPTY_SELECTION,
          deployedTopology: recording.topology,
          redeploy: "idle",
          lastError: null,
          replay: {
            name,
            source: recording,
            durationMs: recording.durationMs,
            position: 0,
            playing: false,
            speed: 1,
          },
        });
        player = new ReplayPlayer(recording, show);
        show(player.data, player.view);
        get().requestFitView();
      },

      exitReplay: () => {
        player?.dispose();
        player = null;
        const back = saved;
        saved = null;
        set({
          ...IDLE,
          replay: null,
          redeploy: "idle",
          ...(back ? { ...back, lastEdit: null } : {}),
        });
        get().requestFitView();
      },

      playReplay: () => player?.play(),
      pauseReplay: () => player?.pause(),
      seekReplay: (t) => player?.seek(t),
      setReplaySpeed: (speed) => player?.setSpeed(speed),
    };
  };
}
