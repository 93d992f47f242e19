import type { Block } from "../lines.js";
import { varOf, type ProgramWriter } from "../writer.js";
import { secondsLiteral } from "../lines.js";
import type { Handler, SocketPlan } from "../plan.js";
import { placeholdersUsed } from "../templates.js";
import { pyString, pyTemplate, pyTemplateBytes, type PythonTemplateScope } from "./literals.js";

/** What a Python program needs besides zmq, collected while its code is written. */
export type PythonNeed = "show" | "text_of" | "now" | "random" | "ms_until" | "itertools";

/** Per program: socket variable names and the Python helpers its code uses. */
export type PythonWriter = ProgramWriter<PythonNeed>;
export { varOf };

function noteTemplates(w: PythonWriter, templates: readonly string[]): void {
  const used = placeholdersUsed(templates);
  if (used.has("time")) w.needs.add("now");
  if (used.has("rand")) w.needs.add("random");
  if (used.has("in")) w.needs.add("text_of");
}

/**
 * Build a message, send it, count and print it. `envelope` goes in front of the
 * templates' frames (a routing identity, the empty delimiter).
 */
export function sendLines(
  w: PythonWriter,
  socket: SocketPlan,
  templates: readonly string[],
  scope: PythonTemplateScope,
  envelope: readonly string[] = [],
): string[] {
  const id = socket.spec.id;
  const name = varOf(w, id);
  noteTemplates(w, templates);
  const [only] = templates;
  if (envelope.length === 0 && templates.length === 1 && only !== undefined) {
    return [
      `message = ${pyTemplate(only, id, scope)}`,
      `${name}.send_string(message)`,
      `sent[${pyString(id)}] += 1`,
      `print(f"${id} sent: {message}")`,
    ];
  }
  w.needs.add("show");
  const frames = [...envelope, ...templates.map((t) => pyTemplateBytes(t, id, scope))];
  return [
    `message = [${frames.join(", ")}]`,
    `${name}.send_multipart(message)`,
    `sent[${pyString(id)}] += 1`,
    `print(f"${id} sent: {show(message)}")`,
  ];
}

/** Take one message off a socket, count it and print it (into `frames`). */
export function receiveLines(w: PythonWriter, socket: SocketPlan): string[] {
  w.needs.add("show");
  const id = socket.spec.id;
  return [
    `frames = ${varOf(w, id)}.recv_multipart()`,
    `received[${pyString(id)}] += 1`,
    `print(f"${id} received: {show(frames)}")`,
  ];
}

/** A timed send of a `send` behaviour; a DEALER talking to REPs adds the delimiter. */
export function behaviourSendLines(w: PythonWriter, socket: SocketPlan, seq: string): Block {
  const send = socket.send;
  if (!send) return [];
  const scope = { seq, input: "''" }; // {in} means nothing in a plain send
  if (!socket.talksToRep) return sendLines(w, socket, send.frames, scope);
  return [
    "# A REP expects what a REQ would send: an empty delimiter frame, then the request.",
    ...sendLines(w, socket, send.frames, scope, ['b""']),
  ];
}

/** What to do with `frames`, just received on `socket`, as its behaviour says. */
export function handlerLines(w: PythonWriter, socket: SocketPlan, handler: Handler): Block {
  const lines: (string | Block)[] = [];
  if (socket.talksToRep && handler.kind === "reply") {
    lines.push(
      "# Messages from a REP start with the empty delimiter frame: drop it.",
      'if frames[0] == b"":',
      ["frames = frames[1:]"],
    );
  } else if (socket.talksToRep && handler.kind === "consume") {
    lines.push('# A REP\'s replies arrive as ["", reply]: the empty delimiter frame first.');
  }
  switch (handler.kind) {
    case "consume":
      if (handler.delayMs > 0) {
        lines.push(`time.sleep(${secondsLiteral(handler.delayMs)})  # a slow consumer`);
      }
      return lines;
    case "forward": {
      const target = handler.to;
      if (handler.delayMs > 0) lines.push(`time.sleep(${secondsLiteral(handler.delayMs)})`);
      w.needs.add("show");
      return [
        ...lines,
        `${varOf(w, target.id)}.send_multipart(frames)  # the same frames, untouched`,
        `sent[${pyString(target.id)}] += 1`,
        `print(f"${target.id} sent: {show(frames)}")`,
      ];
    }
    case "reply":
      return [
        ...lines,
        ...replyLines(w, socket, handler.behavior.frames, handler.behavior.delayMs),
      ];
  }
}

function replyLines(
  w: PythonWriter,
  socket: SocketPlan,
  templates: readonly string[],
  delayMs = 0,
): Block {
  const { envelope, body, split } = replyShape(socket);
  const lines: (string | Block)[] = [...split];
  if (delayMs > 0) lines.push(`time.sleep(${secondsLiteral(delayMs)})  # take a while to answer`);
  const usesSeq = placeholdersUsed(templates).has("seq");
  if (usesSeq)
    lines.push(`seq = received[${pyString(socket.spec.id)}]  # this is reply number seq`);
  const scope = { seq: "seq", input: `text_of(${body})` };
  return [...lines, ...sendLines(w, socket, templates, scope, envelope)];
}

/**
 * How a reply finds its way back. REP, PAIR and DEALER peers need nothing; a ROUTER
 * must put the sender's identity (and a REQ's empty delimiter) back in front; a DEALER
 * that talks to REPs adds the delimiter a REP expects.
 */
function replyShape(socket: SocketPlan): { envelope: string[]; body: string; split: Block } {
  if (socket.spec.type === "DEALER" && socket.talksToRep) {
    return { envelope: ['b""'], body: "frames", split: [] };
  }
  if (socket.spec.type !== "ROUTER") return { envelope: [], body: "frames", split: [] };
  switch (socket.routerPeers) {
    case "req":
      return {
        envelope: ["identity", "empty"],
        body: "body",
        split: [
          "# From a REQ a ROUTER gets [identity, empty frame, request]: the reply keeps the envelope.",
          "identity, empty, *body = frames",
        ],
      };
    case "no-delimiter":
      return {
        envelope: ["identity"],
        body: "body",
        split: [
          "# A ROUTER gets [identity, message]: the identity in front routes the reply back.",
          "identity, *body = frames",
        ],
      };
    case "mixed":
      return {
        envelope: ["*envelope"],
        body: "body",
        split: [
          "# A ROUTER gets the sender's identity first; REQ peers also send an empty frame.",
          "# The envelope is everything up to that empty frame: the reply carries it back.",
          'cut = frames.index(b"", 1) + 1 if b"" in frames[1:] else 1',
          "envelope, body = frames[:cut], frames[cut:]",
        ],
      };
  }
}
