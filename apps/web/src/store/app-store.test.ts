import { deriveLinks, type Topology } from "@zmq-playground/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { doc, fixture } from "../test-support/fixtures.js";
import { createAppStore, type AppStore } from "./app-store.js";
import { COALESCE_MS } from "./document-slice.js";
import { emptyTopology } from "./empty-topology.js";

let store: AppStore;
const s = () => store.getState();

beforeEach(() => {
  store = createAppStore();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the document store", () => {
  it("adds a socket from the palette with a fresh id and selects it", () => {
    const id = s().addSocket("PUSH", { x: 10.2, y: 20 });
    expect(id).toBe("push-1");
    expect(s().addSocket("PUSH", { x: 300, y: 20 })).toBe("push-2");
    expect(s().topology.sockets[0]).toMatchObject({
      id: "push-1",
      type: "PUSH",
      position: { x: 10, y: 20 },
    });
    expect(s().selection.sockets).toEqual(["push-2"]);
  });

  it("undoes and redoes each edit, and a new edit clears redo", () => {
    s().addSocket("PUB", { x: 0, y: 0 });
    s().addSocket("SUB", { x: 300, y: 0 });
    s().undo();
    expect(s().topology.sockets.map((x) => x.id)).toEqual(["pub-1"]);
    s().redo();
    expect(s().topology.sockets).toHaveLength(2);
    s().undo();
    s().undo();
    expect(s().topology).toEqual(emptyTopology());
    s().redo();
    s().addSocket("PAIR", { x: 0, y: 0 });
    expect(s().future).toHaveLength(0);
  });

  it("merges a burst of typing in one field into one undo step", () => {
    vi.useFakeTimers();
    s().addSocket("PUSH", { x: 0, y: 0 });
    for (const label of ["p", "pr", "pro"]) {
      s().updateSocket("push-1", (x) => ({ ...x, label }), "label:push-1");
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(COALESCE_MS);
    s().updateSocket("push-1", (x) => ({ ...x, label: "producer" }), "label:push-1");
    s().undo();
    expect(s().topology.sockets[0]?.label).toBe("pro");
    s().undo();
    expect(s().topology.sockets[0]?.label).toBeUndefined();
  });

  it("draws a link to a new endpoint on the binder in one undo step", () => {
    s().addSocket("PUSH", { x: 0, y: 0 });
    s().addSocket("PULL", { x: 300, y: 0 });
    s().connect("pull-1", "tcp://127.0.0.1:5555", { binder: "push-1" });
    expect(deriveLinks(s().topology)).toEqual([
      {
        id: "pull-1|tcp://127.0.0.1:5555",
        connector: "pull-1",
        endpoint: "tcp://127.0.0.1:5555",
        binder: "push-1",
      },
    ]);
    s().undo();
    expect(s().topology.sockets[0]?.bind).toBeUndefined();
  });

  it("deletes the selection: sockets, links, and the sockets of selected processes", () => {
    store = createAppStore(fixture("pipeline"));
    s().select({ processes: ["consumer-1"], links: ["consumer-2-in|tcp://127.0.0.1:5557"] });
    s().deleteSelection();
    expect(s().topology.sockets.map((x) => x.id)).toEqual([
      "producer",
      "consumer-2-in",
      "consumer-2-out",
      "collector",
    ]);
    expect(s().topology.sockets[1]?.connect).toBeUndefined();
    expect(s().topology.processes).toEqual([{ id: "consumer-2", label: "Consumer 2" }]);
    expect(s().selection).toEqual({ sockets: [], links: [], processes: [] });
  });

  it("duplicates the selection beside it and selects the copy", () => {
    store = createAppStore(fixture("pipeline"));
    s().select({ sockets: ["collector"] });
    s().duplicateSelection();
    const copy = s().topology.sockets.at(-1);
    expect(copy).toMatchObject({
      id: "collector-2",
      bind: ["tcp://127.0.0.1:5559"],
      position: { x: 920, y: 160 },
    });
    expect(s().selection.sockets).toEqual(["collector-2"]);
  });

  it("duplicating a process selects the new process", () => {
    store = createAppStore(fixture("pipeline"));
    s().select({ processes: ["consumer-2"] });
    s().duplicateSelection();
    expect(s().selection).toEqual({ sockets: [], links: [], processes: ["consumer-3"] });
    expect(s().topology.sockets.filter((x) => x.process === "consumer-3")).toHaveLength(2);
  });

  it("groups the selection into a process and selects it", () => {
    s().addSocket("PULL", { x: 0, y: 0 });
    s().addSocket("PUSH", { x: 300, y: 0 });
    s().selectAll();
    s().groupSelection("Worker");
    expect(s().topology.processes).toEqual([{ id: "process-1", label: "Worker" }]);
    expect(s().topology.sockets.every((x) => x.process === "process-1")).toBe(true);
    expect(s().selection.processes).toEqual(["process-1"]);
    s().ungroup("process-1");
    expect(s().topology.processes).toBeUndefined();
  });

  it("New starts a blank document and undo brings the old one back", () => {
    const pipeline: Topology = fixture("pipeline");
    store = createAppStore(pipeline);
    s().newDocument();
    expect(s().topology.sockets).toEqual([]);
    s().undo();
    expect(s().topology).toEqual(pipeline);
  });

  it("auto-layout places every socket and frames the view", () => {
    store = createAppStore(
      doc(
        { id: "a", type: "PUSH", bind: ["inproc://x"] },
        { id: "b", type: "PULL", connect: ["inproc://x"] },
      ),
    );
    const before = s().fitViewRequest;
    s().autoLayout();
    const [a, b] = s().topology.sockets;
    expect(a?.position && b?.position && a.position.x < b.position.x).toBe(true);
    expect(s().fitViewRequest).toBe(before + 1);
  });
});
