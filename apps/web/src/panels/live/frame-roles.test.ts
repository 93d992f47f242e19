import type { FrameSample } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { frameRoles, sendFrameRoles } from "./frame-roles.js";

/** Frames from texts; "" is an empty frame, as libzmq would deliver it. */
const frames = (...texts: string[]): FrameSample[] =>
  texts.map((text) => ({
    text,
    hex: [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, "0")).join(""),
    size: new TextEncoder().encode(text).length,
    truncated: false,
  }));
const hexFrame = (hex: string): FrameSample => ({
  text: "",
  hex,
  size: hex.length / 2,
  truncated: false,
});

describe("frameRoles: a message as its receiver got it", () => {
  it("labels the identity a ROUTER puts in front of a DEALER's message", () => {
    expect(
      frameRoles(frames("dealer-a", "hello"), { receiver: "ROUTER", sender: "DEALER" }),
    ).toEqual(["identity", "body"]);
  });

  it("labels identity and delimiter of a REQ's request at a ROUTER", () => {
    expect(
      frameRoles(frames("\u0000abc", "", "hello"), { receiver: "ROUTER", sender: "REQ" }),
    ).toEqual(["identity", "delimiter", "body"]);
  });

  it("labels a stacked envelope at a ROUTER behind a broker", () => {
    const roles = frameRoles(frames("broker", "client-1", "", "job"), {
      receiver: "ROUTER",
      sender: "DEALER",
    });
    expect(roles).toEqual(["identity", "identity", "delimiter", "body"]);
  });

  it("keeps a trailing empty frame at a ROUTER as data (a probe has no body after it)", () => {
    expect(frameRoles(frames("peer", ""), { receiver: "ROUTER", sender: "DEALER" })).toEqual([
      "identity",
      "body",
    ]);
  });

  it("labels the identity of an outside program's message at a ROUTER", () => {
    expect(frameRoles(frames("python", "hi"), { receiver: "ROUTER", sender: null })[0]).toBe(
      "identity",
    );
  });

  it("labels the delimiter a DEALER receives from a REP", () => {
    expect(frameRoles(frames("", "reply"), { receiver: "DEALER", sender: "REP" })).toEqual([
      "delimiter",
      "body",
    ]);
    expect(frameRoles(frames("c1", "", "reply"), { receiver: "DEALER", sender: "REP" })).toEqual([
      "identity",
      "delimiter",
      "body",
    ]);
  });

  it("leaves a DEALER's ordinary multipart data alone", () => {
    expect(frameRoles(frames("a", "", "b"), { receiver: "DEALER", sender: "DEALER" })).toEqual([
      "body",
      "body",
      "body",
    ]);
    expect(frameRoles(frames("reply to hello"), { receiver: "DEALER", sender: "ROUTER" })).toEqual([
      "body",
    ]);
  });

  it("sees no envelope at REQ or REP: libzmq strips it", () => {
    expect(frameRoles(frames("", "x"), { receiver: "REQ", sender: "ROUTER" })).toEqual([
      "body",
      "body",
    ]);
    expect(frameRoles(frames("hello"), { receiver: "REP", sender: "REQ" })).toEqual(["body"]);
  });

  it("labels the topic of a multipart PUB message, not a one-frame one", () => {
    expect(frameRoles(frames("weather", "sunny"), { receiver: "SUB", sender: "PUB" })).toEqual([
      "topic",
      "body",
    ]);
    expect(frameRoles(frames("weather sunny"), { receiver: "SUB", sender: "PUB" })).toEqual([
      "body",
    ]);
    expect(frameRoles(frames("t", "x"), { receiver: "XSUB", sender: "XPUB" })[0]).toBe("topic");
  });

  it("labels subscriptions an XPUB receives", () => {
    expect(frameRoles([hexFrame("016e657773")], { receiver: "XPUB", sender: "SUB" })).toEqual([
      "subscribe",
    ]);
    expect(frameRoles([hexFrame("006e657773")], { receiver: "XPUB", sender: "SUB" })).toEqual([
      "unsubscribe",
    ]);
  });

  it("has nothing to say about pipeline or pair messages", () => {
    expect(frameRoles(frames("", "task"), { receiver: "PULL", sender: "PUSH" })).toEqual([
      "body",
      "body",
    ]);
    expect(frameRoles([], { receiver: "ROUTER", sender: null })).toEqual([]);
  });
});

describe("sendFrameRoles: a message typed by hand", () => {
  it("makes a ROUTER's first frame the peer identity", () => {
    expect(sendFrameRoles("ROUTER", 3)).toEqual(["identity", "body", "body"]);
  });

  it("makes a PUB's or XPUB's first frame the topic", () => {
    expect(sendFrameRoles("PUB", 2)).toEqual(["topic", "body"]);
    expect(sendFrameRoles("XPUB", 1)).toEqual(["topic"]);
  });

  it("leaves other types' frames as data", () => {
    expect(sendFrameRoles("DEALER", 2)).toEqual(["body", "body"]);
    expect(sendFrameRoles("ROUTER", 0)).toEqual([]);
  });
});
