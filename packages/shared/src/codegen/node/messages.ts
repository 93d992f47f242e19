import type { Block } from "../lines.js";
import { varOf, type ProgramWriter } from "../writer.js";
import type { Handler, SocketPlan } from "../plan.js";
import { placeholdersUsed } from "../templates.js";
import { jsString, jsTemplate, type NodeTemplateScope } from "./literals.js";

/** What a Node program needs besides zeromq, collected while its code is written. */
export type NodeNeed = "show" | "textOf" | "random" | "draft" | "channel";

/** Per program: socket variable names and the Node helpers its code uses. */
export type NodeWriter = ProgramWriter<NodeNeed>;
export { varOf };

function noteTemplates(w: NodeWriter, templates: readonly string[]): void {
  const used = placeholdersUsed(templates);
  if (used.has("rand")) w.needs.add("random");
  if (used.has("in")) w.needs.add("textOf");
}

/** Mark activity for --idle-exit. */
const ACTIVE = "lastActivity = Date.now();";

/** How this socket's send call routes a message: SERVER by routing id, RADIO by group. */
function route(socket: SocketPlan, group: string | undefined): string {
  if (socket.spec.type === "SERVER") return ", { routingId }";
  if (socket.spec.type === "RADIO") return `, { group: ${group ?? jsString("")} }`;
  return "";
}

/**
 * Build a message, send it, count and print it. `envelope` goes in front of the
 * templates' frames (a routing identity, the empty delimiter).
 */
export function sendLines(
  w: NodeWriter,
  socket: SocketPlan,
  templates: readonly string[],
  scope: NodeTemplateScope,
  envelope: readonly string[] = [],
): string[] {
  const id = socket.spec.id;
  const name = varOf(w, id);
  noteTemplates(w, templates);
  const group = socket.send?.group === undefined ? undefined : jsString(socket.send.group);
  const frames = [...envelope, ...templates.map((t) => jsTemplate(t, id, scope))];
  const single = frames.length === 1 && envelope.length === 0;
  if (!single) w.needs.add("show");
  return [
    `const message = ${single ? frames[0] : `[${frames.join(", ")}]`};`,
    `await ${name}.send(message${route(socket, group)});`,
    `sent[${jsString(id)}] += 1;`,
    `console.log(\`${id} sent: \${${single ? "message" : "show(message)"}}\`);`,
    ACTIVE,
  ];
}

/** The head of a receive loop: each message arrives as `frames` (plus routing data). */
export function receiveLoopHead(w: NodeWriter, socket: SocketPlan): string {
  const name = varOf(w, socket.spec.id);
  if (socket.spec.type === "SERVER") return `for await (const [frame, { routingId }] of ${name}) {`;
  if (socket.spec.type === "DISH") return `for await (const [frame, { group }] of ${name}) {`;
  return `for await (const frames of ${name}) {`;
}

/** Count and print a message just received (for SERVER and DISH, name the frame). */
export function receivedLines(w: NodeWriter, socket: SocketPlan): string[] {
  w.needs.add("show");
  const id = socket.spec.id;
  const type = socket.spec.type;
  return [
    ...(type === "SERVER" || type === "DISH" ? ["const frames = [frame];"] : []),
    `received[${jsString(id)}] += 1;`,
    type === "DISH"
      ? `console.log(\`${id} received (group \${group}): \${show(frames)}\`);`
      : `console.log(\`${id} received: \${show(frames)}\`);`,
    ACTIVE,
  ];
}

/** A `send` behaviour's message; a DEALER talking to REPs adds the delimiter. */
export function behaviourSendLines(w: NodeWriter, socket: SocketPlan, seq: string): string[] {
  const send = socket.send;
  if (!send) return [];
  const scope = { seq, input: '""' };
  if (!socket.talksToRep) return sendLines(w, socket, send.frames, scope);
  return [
    "// A REP expects what a REQ would send: an empty delimiter frame, then the request.",
    ...sendLines(w, socket, send.frames, scope, ['""']),
  ];
}

/** What to do with `frames`, just received on `socket`, as its behaviour says. */
export function handlerLines(w: NodeWriter, socket: SocketPlan, handler: Handler): Block {
  const lines: string[] = [];
  switch (handler.kind) {
    case "consume":
      if (socket.talksToRep) {
        lines.push('// A REP\'s replies arrive as ["", reply]: the empty delimiter frame first.');
      }
      if (handler.delayMs > 0) lines.push(`await wait(${handler.delayMs}); // a slow consumer`);
      return lines;
    case "forward": {
      const target = handler.to;
      if (handler.delayMs > 0) lines.push(`await wait(${handler.delayMs});`);
      const radio = target.type === "RADIO";
      const group =
        socket.spec.type === "DISH" ? "group" : jsString(target.behavior?.send?.group ?? "");
      const payload = radio || target.type === "SERVER" ? "frames[0]" : "frames";
      w.needs.add("show");
      return [
        ...lines,
        `await ${varOf(w, target.id)}.send(${payload}${radio ? `, { group: ${group} }` : ""}); // the same frames, untouched`,
        `sent[${jsString(target.id)}] += 1;`,
        `console.log(\`${target.id} sent: \${show(frames)}\`);`,
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
  w: NodeWriter,
  socket: SocketPlan,
  templates: readonly string[],
  delayMs = 0,
): string[] {
  const { envelope, body, split } = replyShape(socket);
  const lines = [...split];
  if (delayMs > 0) lines.push(`await wait(${delayMs}); // take a while to answer`);
  if (placeholdersUsed(templates).has("seq")) {
    lines.push(`const seq = received[${jsString(socket.spec.id)}]; // this is reply number seq`);
  }
  const scope = { seq: "seq", input: `textOf(${body})` };
  return [...lines, ...sendLines(w, socket, templates, scope, envelope)];
}

/** How a reply finds its way back; see the Python generator's replyShape(). */
function replyShape(socket: SocketPlan): { envelope: string[]; body: string; split: string[] } {
  if (socket.spec.type === "DEALER" && socket.talksToRep) {
    return {
      envelope: ['""'],
      body: "body",
      split: [
        "// Messages from a REP start with the empty delimiter frame: drop it.",
        "const body = frames[0]?.length === 0 ? frames.slice(1) : frames;",
      ],
    };
  }
  if (socket.spec.type !== "ROUTER") return { envelope: [], body: "frames", split: [] };
  switch (socket.routerPeers) {
    case "req":
      return {
        envelope: ["identity", "empty"],
        body: "body",
        split: [
          "// From a REQ a ROUTER gets [identity, empty frame, request]: the reply keeps the envelope.",
          "const [identity, empty, ...body] = frames;",
        ],
      };
    case "no-delimiter":
      return {
        envelope: ["identity"],
        body: "body",
        split: [
          "// A ROUTER gets [identity, message]: the identity in front routes the reply back.",
          "const [identity, ...body] = frames;",
        ],
      };
    case "mixed":
      return {
        envelope: ["...envelope"],
        body: "body",
        split: [
          "// A ROUTER gets the sender's identity first; REQ peers also send an empty frame.",
          "// The envelope is everything up to that empty frame: the reply carries it back.",
          "const cut = frames.findIndex((frame, i) => i > 0 && frame.length === 0) + 1 || 1;",
          "const envelope = frames.slice(0, cut);",
          "const body = frames.slice(cut);",
        ],
      };
  }
}
