/**
 * A short soak in the test run (the full one is `npm run soak`, 3 minutes): the mixed
 * topology (pipeline, pub-sub, req-rep over tcp, ipc and inproc) through a real session,
 * deploy / redeploy / stop cycles and a dropped WebSocket, then descriptors, zmq sockets
 * and ipc files back to where they were after the first cycle, heap within 10 MB.
 */
import { describe, expect, it } from "vitest";
import { PortRange } from "../bench/ports.js";
import { runSoak } from "../bench/soak-run.js";

describe("the gateway under repeated deploys", () => {
  it("comes back flat after 12 s of deploy, redeploy and stop cycles", async () => {
    const report = await runSoak({
      seconds: 12,
      cycleMs: 1500,
      pointEvery: 3,
      ports: new PortRange(40000, 43999),
    });
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.cycles).toBeGreaterThanOrEqual(4);
    expect(report.resumes).toBeGreaterThanOrEqual(1);
    expect(report.end.liveSockets).toBe(0);
    expect(report.end.ipcFiles).toBe(0);
  }, 40_000);
});
