import type { Block } from "../lines.js";
import type { NodeNeed } from "./messages.js";

/** The import lines: Node's own modules, then zeromq. */
export function importLines(needs: ReadonlySet<NodeNeed>): Block {
  const lines = [
    'import { setTimeout as sleep } from "node:timers/promises";',
    'import { parseArgs } from "node:util";',
    'import * as zmq from "zeromq";',
  ];
  if (needs.has("draft")) {
    lines.push(
      "// Draft socket types (libzmq's newer, still-evolving API); importing them prints a warning.",
      'import * as draft from "zeromq/draft.js";',
    );
  }
  return lines;
}

/** Helper functions, each only when the program uses it. */
export function helperLines(needs: ReadonlySet<NodeNeed>): Block[] {
  const out: Block[] = [];
  if (needs.has("show")) {
    out.push([
      '/** One line for a message: each frame as text ("" when empty, hex when binary). */',
      "function show(frames) {",
      [
        "return frames",
        [
          ".map((frame) => {",
          [
            "const bytes = Buffer.from(frame);",
            "const text = bytes.toString();",
            "if (bytes.length === 0) return '\"\"';",
            'if (text.includes("\\ufffd") || /[\\x00-\\x1f\\x7f]/.test(text)) return `0x${bytes.toString("hex")}`;',
            "return text;",
          ],
          "})",
          '.join(" | ");',
        ],
      ],
      "}",
    ]);
  }
  if (needs.has("textOf")) {
    out.push([
      "/** The text of a message, as {in} in a frame template: its frames joined by spaces. */",
      "function textOf(frames) {",
      ['return frames.map((frame) => frame.toString()).join(" ");'],
      "}",
    ]);
  }
  if (needs.has("random")) {
    out.push([
      "/** A whole number from min to max, both included, as {rand:min-max} in a frame template. */",
      "function random(min, max) {",
      ["return min + Math.floor(Math.random() * (max - min + 1));"],
      "}",
    ]);
  }
  if (needs.has("channel")) {
    out.push([
      "// zeromq.js 6 has no class for the draft CHANNEL type (libzmq's socket type 20),",
      "// but its generic Socket class creates one.",
      "class Channel extends zmq.Socket {",
      ["constructor(options) {", ["super(20, options);"], "}"],
      "}",
    ]);
  }
  return out;
}

/**
 * Stopping: Ctrl+C, --idle-exit, or every loop finished. Closing the sockets ends the
 * receive loops; wait() wakes sleeping senders at once; run() keeps the errors that
 * closing causes (a send or receive cut short) from looking like crashes.
 */
export function lifecycleLines(socketNames: readonly string[]): Block {
  return [
    "// The program stops on Ctrl+C, on --idle-exit, or when every loop below is done.",
    "// Closing the sockets ends the loops that receive; wait() wakes the ones that sleep.",
    "const stopping = new AbortController();",
    "let lastActivity = Date.now();",
    "let sleeping = 0; // loops waiting for their next send: the program is not idle",
    "",
    "function stop() {",
    [
      "if (stopping.signal.aborted) return;",
      "stopping.abort();",
      `for (const socket of [${socketNames.join(", ")}]) socket.close();`,
    ],
    "}",
    'process.on("SIGINT", stop);',
    "",
    "if (idleExit > 0) {",
    [
      "const watchdog = setInterval(() => {",
      ["if (sleeping === 0 && Date.now() - lastActivity >= idleExit * 1000) stop();"],
      "}, 100);",
      'stopping.signal.addEventListener("abort", () => clearInterval(watchdog));',
    ],
    "}",
    "",
    "/** Sleep for ms milliseconds, or less if the program stops meanwhile. */",
    "async function wait(ms) {",
    [
      "sleeping += 1;",
      "try {",
      ["await sleep(ms, undefined, { signal: stopping.signal });"],
      "} finally {",
      ["sleeping -= 1;"],
      "}",
    ],
    "}",
    "",
    "/** Run one loop; once the program is stopping, errors from closed sockets are expected. */",
    "async function run(loop) {",
    [
      "try {",
      ["await loop();"],
      "} catch (error) {",
      [
        "if (stopping.signal.aborted) return;",
        "console.error(error);",
        "process.exitCode = 1;",
        "stop();",
      ],
      "}",
    ],
    "}",
  ];
}
