import { describeBehaviour, describeEndpoints } from "../describe.js";
import { oneLine, renderBlock, sections, type Block } from "../lines.js";
import { variableNames } from "../names.js";
import { finishesBySelf, type ProgramPlan, type ProjectPlan } from "../plan.js";
import { helperLines, importLines } from "./helpers.js";
import { pyString } from "./literals.js";
import type { PythonWriter } from "./messages.js";
import { eventLoopLines, sequentialLines, sequentialSender } from "./loop.js";
import { pythonSocket } from "./sockets.js";

/** Per-socket names a program derives from a socket's variable name. */
const SUFFIXES = ["_seq", "_next", "_waiting"];

/** The text of one Python program, or of a program that explains why it cannot run. */
export function pythonProgram(program: ProgramPlan, project: ProjectPlan, file: string): string {
  const drafts = program.sockets.filter((s) => s.info.draft);
  const block =
    drafts.length > 0
      ? draftRefusal(
          program,
          project,
          file,
          drafts.map((s) => `${s.spec.id} (${s.spec.type})`),
        )
      : runnable(program, project, file);
  return `${renderBlock(block, "    ").join("\n")}\n`;
}

function runnable(program: ProgramPlan, project: ProjectPlan, file: string): Block {
  const ids = program.sockets.map((s) => s.spec.id);
  const w: PythonWriter = { names: variableNames(ids, "python", SUFFIXES), needs: new Set() };
  const sockets = program.sockets.map((s) => pythonSocket(s, w.names.get(s.spec.id) ?? s.spec.id));
  const sender = sequentialSender(program);
  const main = sender ? sequentialLines(w, sender) : eventLoopLines(w, program);
  const counters = (kind: string) =>
    `${kind} = {${ids.map((id) => `${pyString(id)}: 0`).join(", ")}}`;
  return sections(
    header(program, project, file, finishesBySelf(program)),
    importLines(w.needs),
    [
      `parser = argparse.ArgumentParser(description=${pyString(`${program.id}: ${project.title}`)})`,
      "parser.add_argument(",
      [
        '"--idle-exit", type=float, metavar="SECONDS",',
        'help="stop after SECONDS without a message (default: run until Ctrl+C)")',
      ],
      "args = parser.parse_args()",
    ],
    [
      "# Messages sent and received per socket, for the summary at the end.",
      counters("sent"),
      counters("received"),
    ],
    helpers(helperLines(w.needs)),
    ["context = zmq.Context()"],
    ...sockets,
    main,
    [
      "# One summary line per socket.",
      "for socket_id in sent:",
      ['print(f"summary {socket_id} sent={sent[socket_id]} received={received[socket_id]}")'],
      "",
      ...ids.map((id) => `${w.names.get(id) ?? id}.close()`),
      "context.term()",
    ],
  );
}

/** Top-level functions, with two blank lines around each (PEP 8). */
function helpers(defs: Block[]): Block {
  if (defs.length === 0) return [];
  return ["", ...defs.flatMap((d, i) => (i === 0 ? d : ["", "", ...d])), ""];
}

/** The module docstring: what the program is, its sockets, how to run and stop it. */
function header(program: ProgramPlan, project: ProjectPlan, file: string, stopsBySelf: boolean) {
  const label = program.label ? ` (${docText(program.label)})` : "";
  const stops = stopsBySelf
    ? ["It stops by itself once every message is sent; Ctrl+C stops it early."]
    : [
        "It runs until you press Ctrl+C, or with --idle-exit SECONDS until nothing",
        "has happened for that long.",
      ];
  return [
    "#!/usr/bin/env python3",
    `"""${docText(program.id)}${label}: one program of "${docText(project.title)}".`,
    "",
    "Its sockets:",
    ...program.sockets.flatMap((s) => [
      `  ${s.spec.id} (${s.spec.type}) ${describeEndpoints(s)}`.trimEnd(),
      `      ${docText(describeBehaviour(s))}`,
    ]),
    "",
    `Run it:  python3 ${file}`,
    "It prints each message it sends or receives.",
    ...stops,
    "At the end it prints one line per socket: summary <socket> sent=N received=M.",
    "",
    "Exported by zmq-playground: README.md says which programs to start, in which order.",
    '"""',
  ];
}

/** Text that is safe inside a """docstring""", on one line. */
function docText(text: string): string {
  return oneLine(text).replace(/\\/g, "\\\\").replace(/"""/g, '\\"\\"\\"');
}

/**
 * pyzmq offers the draft socket types only when pyzmq and libzmq were both built with
 * the draft API; the packages from pip and apt are not. Rather than a program that
 * fails with an AttributeError, write one that says so and points to the Node export.
 */
function draftRefusal(program: ProgramPlan, project: ProjectPlan, file: string, drafts: string[]) {
  const list = drafts.join(", ");
  return [
    "#!/usr/bin/env python3",
    `"""${docText(program.id)}: one program of "${docText(project.title)}" that cannot run in Python.`,
    "",
    `It uses ${list}: a draft socket type of libzmq.`,
    '"""',
    "import sys",
    "",
    "# Draft socket types (CLIENT, SERVER, RADIO, DISH, SCATTER, GATHER, CHANNEL) exist in",
    "# pyzmq only when both pyzmq and libzmq were built with the draft API, and the pyzmq",
    "# packages from pip and apt are built without it. Export this topology for Node",
    "# instead (zeromq.js 6 includes the draft types), or build pyzmq with draft support",
    "# and write this part yourself.",
    `sys.exit(${pyString(`${file}: ${list} is a draft socket type, which pyzmq from pip or apt does not offer. Export the topology for Node instead (see the comment in this file).`)})`,
  ];
}
