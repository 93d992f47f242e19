import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { initI18n } from "../i18n/index.js";
import { importFile } from "../io/document-file.js";
import { createAppStore, type AppStore } from "../store/app-store.js";
import { fixture } from "../test-support/fixtures.js";
import { pipelineRecording } from "../test-support/recordings.js";
import {
  allowedRecordingUrl,
  inlineRecordingUrl,
  openRecordingLink,
  recordingLinkIn,
} from "./link.js";
import { serializeRecording } from "./schema.js";

const PAGE = "https://teach.example.org/zmq/index.html";
const recording = pipelineRecording({ seconds: 2 });
const text = serializeRecording(recording);
let store: AppStore;

/** A page location with this hash. */
const at = (hash: string) => {
  const url = new URL(PAGE);
  url.hash = hash;
  return url;
};
/** A fetch that serves `files` by path and records what was asked. */
function fakeFetch(files: Record<string, string>, asked: string[] = []): typeof fetch {
  return (input) => {
    const url = new URL(String(input));
    asked.push(url.href);
    const body = files[url.pathname];
    return Promise.resolve(
      body === undefined ? new Response("gone", { status: 404 }) : new Response(body),
    );
  };
}

beforeAll(() => {
  initI18n("en");
});
beforeEach(() => {
  store = createAppStore(fixture("req-rep"));
});

describe("recording links", () => {
  it("reads an address or an inline payload from the hash", () => {
    expect(recordingLinkIn("#rec=https%3A%2F%2Fx.org%2Fa.zmqrec.json")).toEqual({
      kind: "url",
      address: "https://x.org/a.zmqrec.json",
    });
    expect(recordingLinkIn("#rec=recs/a.zmqrec.json")).toEqual({
      kind: "url",
      address: "recs/a.zmqrec.json",
    });
    expect(recordingLinkIn("#recdata=zAbC-_9")).toEqual({ kind: "inline", payload: "zAbC-_9" });
    expect(recordingLinkIn("#topology=zAbC")).toBeNull();
    expect(recordingLinkIn("")).toBeNull();
  });

  it("fetches https anywhere and anything on the page's own site, nothing else", () => {
    const page = new URL(PAGE);
    expect(allowedRecordingUrl("recs/a.json", page)?.href).toBe(
      "https://teach.example.org/zmq/recs/a.json",
    );
    expect(allowedRecordingUrl("https://cdn.example.com/a.json", page)).not.toBeNull();
    expect(allowedRecordingUrl("http://cdn.example.com/a.json", page)).toBeNull();
    expect(allowedRecordingUrl("javascript:alert(1)", page)).toBeNull();
    const local = new URL("http://127.0.0.1:4499/");
    expect(allowedRecordingUrl("/runs/a.json", local)?.href).toBe(
      "http://127.0.0.1:4499/runs/a.json",
    );
  });

  it("opens a recording from an address relative to the page", async () => {
    const asked: string[] = [];
    const fetcher = fakeFetch({ "/zmq/recs/run.zmqrec.json": text }, asked);
    expect(await openRecordingLink(store, at("#rec=recs%2Frun.zmqrec.json"), fetcher)).toBe(true);
    expect(asked).toEqual(["https://teach.example.org/zmq/recs/run.zmqrec.json"]);
    expect(store.getState().replay?.name).toBe("run.zmqrec.json");
    expect(store.getState().topology).toEqual(recording.topology);
  });

  it("says why when the file is missing or the address is not allowed", async () => {
    expect(await openRecordingLink(store, at("#rec=missing.json"), fakeFetch({}))).toBe(false);
    const dialog = store.getState().dialog;
    expect(dialog?.kind === "import-error" && dialog.diagnostics[0]?.message).toMatch(/HTTP 404/);
    expect(
      await openRecordingLink(store, at("#rec=http%3A%2F%2Fevil.test%2Fa"), fakeFetch({})),
    ).toBe(false);
    const refused = store.getState().dialog;
    expect(refused?.kind === "import-error" && refused.diagnostics[0]?.message).toMatch(
      /https:\/\/ address or to this site/,
    );
    expect(store.getState().replay).toBeNull();
  });

  it("carries a small recording inline, and refuses a damaged one", async () => {
    const url = await inlineRecordingUrl(recording, new URL(PAGE));
    expect(url).toMatch(/^https:\/\/teach\.example\.org\/zmq\/index\.html#recdata=z/);
    const hash = new URL(url ?? "").hash;
    expect(await openRecordingLink(store, at(hash), fakeFetch({}))).toBe(true);
    expect(store.getState().replay).not.toBeNull();
    store.getState().exitReplay();
    expect(await openRecordingLink(store, at("#recdata=zdamaged"), fakeFetch({}))).toBe(false);
    expect(store.getState().replay).toBeNull();
  });

  it("gives no inline link for a recording too big for one", async () => {
    const big = pipelineRecording({ seconds: 120, samplesPerTick: 40 });
    expect(await inlineRecordingUrl(big, new URL(PAGE))).toBeNull();
  });
});

describe("Import", () => {
  it("opens a recording file as a replay and a topology file as a document", async () => {
    await importFile(store, new File([text], "run.zmqrec.json"));
    expect(store.getState().replay?.name).toBe("run.zmqrec.json");
    await importFile(store, new File([JSON.stringify(fixture("pub-sub"))], "pub-sub.json"));
    expect(store.getState().replay).toBeNull();
    expect(store.getState().topology).toEqual(fixture("pub-sub"));
  });

  it("explains a damaged recording and changes nothing", async () => {
    const damaged = text.replace('"version": 1', '"version": 7');
    expect(await importFile(store, new File([damaged], "bad.zmqrec.json"))).toBe(false);
    const dialog = store.getState().dialog;
    expect(dialog?.kind === "import-error" && dialog.diagnostics[0]?.path).toBe("version");
    expect(store.getState().topology).toEqual(fixture("req-rep"));
  });
});
