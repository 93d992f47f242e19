import { checkTopology } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { selectionFor } from "../panels/problems-panel.js";
import { doc } from "../test-support/fixtures.js";
import { createAppStore } from "./app-store.js";
import { selectDiagnostics, selectSelectedSocket } from "./selectors.js";

const wrongPair = doc(
  { id: "pub", type: "PUB", bind: ["tcp://127.0.0.1:5555"] },
  { id: "pull", type: "PULL", connect: ["tcp://127.0.0.1:5555"] },
);

describe("selectors", () => {
  it("validates each version of the document once", () => {
    const store = createAppStore(wrongPair);
    const first = selectDiagnostics(store.getState());
    expect(selectDiagnostics(store.getState())).toBe(first);
    expect(first).toEqual(checkTopology(wrongPair));
    store.getState().retypeSocket("pub", "PUSH");
    expect(selectDiagnostics(store.getState())).not.toBe(first);
  });

  it("gives the inspector a socket only when exactly one is selected", () => {
    const store = createAppStore(wrongPair);
    store.getState().select({ sockets: ["pub"] });
    expect(selectSelectedSocket(store.getState())?.id).toBe("pub");
    store.getState().select({ sockets: ["pub", "pull"] });
    expect(selectSelectedSocket(store.getState())).toBeNull();
  });
});

describe("clicking a problem", () => {
  it("selects the link a link problem is about", () => {
    const [d] = checkTopology(wrongPair).filter((x) => x.code === "incompatible-peers");
    expect(d && selectionFor(d, wrongPair)).toEqual({ links: ["pull|tcp://127.0.0.1:5555"] });
  });

  it("selects the sockets a socket problem names", () => {
    const t = doc({ id: "sub", type: "SUB" });
    const [d] = checkTopology(t).filter((x) => x.code === "sub-no-subscription");
    expect(d && selectionFor(d, t)).toEqual({ sockets: ["sub"] });
  });
});
