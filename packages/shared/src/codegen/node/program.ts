import type { Topology } from "../../topology/schema.js";
import { describeBehaviour, describeEndpoints, describeSend } from "../describe.js";
import { oneLine, renderBlock, sections, type Block } from "../lines.js";
import { variableNames } from "../names.js";
import { finishesBySelf, type ProgramPlan, type ProjectPlan, type SocketPlan } from "../plan.js";
import { helperLines, importLines, lifecycleLines } from "./helpers.js";
import { jsString } from "./literals.js";
import {
  behaviourSendLines,
  handlerLines,
  receivedLines,
  receiveLoopHead,
  varOf,
  type NodeWriter,
} from "./messages.js";
import { nodeSocket } from "./sockets.js";

/** Per-socket function names a program derives from a socket's variable name. */
const SUFFIXES = ["Sends", "Receives"];

/** The text of one Node program (an ES module). */
export function nodeProgram(program: ProgramPlan, project: ProjectPlan, file: string): string {
  const ids = program.sockets.map((s) => s.spec.id);
  const w: NodeWriter = { names: variableNames(ids, "node", SUFFIXES), needs: new Set() };
  if (program.sockets.some((s) => s.info.draft)) w.needs.add("draft");
  if (program.sockets.some((s) => s.spec.type === "CHANNEL")) w.needs.add("channel");
  const sockets = program.sockets.map((s) => nodeSocket(s, varOf(w, s.spec.id)));
  const senders = program.sockets.filter((s) => s.send !== null);
  const readers = program.sockets.filter((s) => s.handler !== null);
  const loops = [
    ...senders.map((s) => sendFunction(w, s)),
    ...readers.map((s) => receiveFunction(w, s)),
  ];
  const started = [
    ...senders.map((s) => `run(${varOf(w, s.spec.id)}Sends)`),
    ...readers.map((s) => `run(${varOf(w, s.spec.id)}Receives)`),
  ];
  const counters = (kind: string) =>
    `const ${kind} = { ${ids.map((id) => `${/^[A-Za-z_]\w*$/.test(id) ? id : jsString(id)}: 0`).join(", ")} };`;
  const block = sections(
    header(program, project, file),
    importLines(w.needs),
    [
      'const { values } = parseArgs({ options: { "idle-exit": { type: "string" } } });',
      'const idleExit = Number(values["idle-exit"] ?? 0); // seconds; 0: run until Ctrl+C',
    ],
    [
      "// Messages sent and received per socket, for the summary at the end.",
      counters("sent"),
      counters("received"),
    ],
    ...helperLines(w.needs),
    ...sockets,
    lifecycleLines(ids.map((id) => varOf(w, id))),
    ...loops,
    mainLines(started),
    [
      "// One summary line per socket.",
      "for (const id of Object.keys(sent)) {",
      ["console.log(`summary ${id} sent=${sent[id]} received=${received[id]}`);"],
      "}",
    ],
  );
  return `${renderBlock(block, "  ").join("\n")}\n`;
}

function mainLines(started: string[]): Block {
  if (started.length === 0) {
    return [
      "// Nothing to send or answer: keep the sockets bound and connected until Ctrl+C.",
      'await new Promise((resolve) => stopping.signal.addEventListener("abort", resolve));',
    ];
  }
  return [
    "// Run every loop at once and wait until they are all done.",
    `await Promise.all([${started.join(", ")}]);`,
    "stop(); // close the sockets (nothing happens if Ctrl+C or --idle-exit did already)",
  ];
}

function sendFunction(w: NodeWriter, s: SocketPlan): Block {
  const send = s.send;
  if (!send) return [];
  const name = varOf(w, s.spec.id);
  const body: (string | Block)[] = [...behaviourSendLines(w, s, "seq")];
  if (s.info.lockstep === "send-first") {
    w.needs.add("show");
    body.push(
      "// A REQ must have the reply before it may send its next request.",
      `const frames = await ${name}.receive();`,
      `received[${jsString(s.spec.id)}] += 1;`,
      `console.log(\`${s.spec.id} received: \${show(frames)}\`);`,
      "lastActivity = Date.now();",
    );
  }
  if (send.everyMs > 0) body.push(`await wait(${send.everyMs});`);
  const loop =
    send.count === undefined
      ? "for (let seq = 1; ; seq += 1) {"
      : `for (let seq = 1; seq <= ${send.count}; seq += 1) {`;
  return [
    `// ${s.spec.id} ${describeSend(send)}.`,
    `async function ${name}Sends() {`,
    [...(send.startAfterMs ? [`await wait(${send.startAfterMs});`] : []), loop, body, "}"],
    "}",
  ];
}

function receiveFunction(w: NodeWriter, s: SocketPlan): Block {
  if (!s.handler) return [];
  return [
    `// ${s.spec.id} ${describeBehaviour({ ...s, send: null })}.`,
    `async function ${varOf(w, s.spec.id)}Receives() {`,
    [receiveLoopHead(w, s), [...receivedLines(w, s), ...handlerLines(w, s, s.handler)], "}"],
    "}",
  ];
}

/** The opening comment: what the program is, its sockets, how to run and stop it. */
function header(program: ProgramPlan, project: ProjectPlan, file: string): Block {
  const label = program.label ? ` (${oneLine(program.label)})` : "";
  const stops = finishesBySelf(program)
    ? ["// It stops by itself once every message is sent; Ctrl+C stops it early."]
    : [
        "// It runs until you press Ctrl+C, or with --idle-exit SECONDS until nothing",
        "// has happened for that long.",
      ];
  return [
    `// ${program.id}${label}: one program of "${oneLine(project.title)}".`,
    "//",
    "// Its sockets:",
    ...program.sockets.flatMap((s) => [
      `//   ${s.spec.id} (${s.spec.type}) ${describeEndpoints(s)}`.trimEnd(),
      `//       ${describeBehaviour(s)}`,
    ]),
    "//",
    `// Run it:  node ${file}   (once, in this folder: npm install)`,
    "// It prints each message it sends or receives.",
    ...stops,
    "// At the end it prints one line per socket: summary <socket> sent=N received=M.",
    "//",
    "// Exported by zmq-playground: README.md says which programs to start, in which order.",
  ];
}

/** package.json for the project: `npm install` fetches zeromq 6. */
export function nodePackageJson(topology: Topology): string {
  const pkg = {
    name: "zmq-playground-export",
    private: true,
    description: topology.title ?? "A ZeroMQ topology exported by zmq-playground",
    type: "module",
    dependencies: { zeromq: "^6.8.0" },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
