import { afterEach, describe, expect, it } from "vitest";
import { TickBatcher } from "../src/session/tick-batcher.js";
import { startRuntime, sleep, waitFor, type TestRuntime } from "./support/runtime.js";
import { pushPull } from "./support/topologies.js";

const CAP = 64;
const TICKS = 10;

describe("sampling a socket at full speed", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  it.each(["tcp", "inproc"] as const)(
    "builds about a tick's worth of samples per tick over %s, however fast one link runs",
    async (transport) => {
      // No send-rate cap: the producer sends as fast as zeromq.js takes messages.
      const current = startRuntime({ maxSendsPerSecond: Infinity });
      rt = current;
      const batcher = new TickBatcher({ samples: CAP, sampleBytes: 16 * 1024, events: 32 });
      let built = 0;
      current.runtime.subscribe({
        wantsSample: (link, to) => batcher.listener.wantsSample?.(link, to) ?? true,
        onSample: (sample) => {
          built += 1;
          batcher.listener.onSample?.(sample);
        },
      });
      await current.runtime.deploy(pushPull(transport, { everyMs: 0 }).topology);
      await waitFor(() => current.socket("collector").received > 1000, "messages to flow");
      batcher.next(current.runtime.snapshot(), 0, 0, true);
      built = 0;
      const before = current.socket("collector").received;
      let sent = 0;
      for (let tick = 1; tick <= TICKS; tick += 1) {
        await sleep(50);
        sent += batcher.next(current.runtime.snapshot(), tick, tick, true)?.samples.length ?? 0;
      }
      const received = current.socket("collector").received - before;
      // The link really is busy: far more messages than ticks can show...
      expect(received).toBeGreaterThan(TICKS * CAP * 2);
      // ...yet the runtime built samples for little more than what the ticks carried.
      expect(built).toBeLessThanOrEqual((TICKS + 1) * CAP);
      expect(sent).toBeGreaterThan(TICKS * CAP * 0.5);
    },
  );
});
