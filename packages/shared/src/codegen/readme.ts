import { describeBehaviour, describeEndpoints } from "./describe.js";
import { oneLine } from "./lines.js";
import { finishesBySelf, type ProgramPlan, type ProjectPlan } from "./plan.js";
import type { CodegenLanguage } from "./types.js";

const RUN: Readonly<Record<CodegenLanguage, string>> = { python: "python3", node: "node" };

/** The project's README: what each program does, what to install, the order to start them. */
export function projectReadme(
  plan: ProjectPlan,
  lang: CodegenLanguage,
  fileOf: (id: string) => string,
): string {
  const command = (p: ProgramPlan, flags = "") => `${RUN[lang]} ${fileOf(p.id)}${flags}`;
  const languageName = lang === "python" ? "Python" : "Node.js";
  const parts = [
    `# ${oneLine(plan.title)}`,
    ...(plan.description ? [plan.description.trim()] : []),
    `Exported by zmq-playground as ${languageName} programs: one program per process of the topology, written like the tutorials' examples, to read, run and change.`,
    "## What you need",
    requirements(lang),
    "## The programs",
    ...plan.programs.map((p) => programSection(p, fileOf)),
    "## Start them in this order",
    `Open one terminal per program, in this folder, and start them in this order:\n\n${plan.programs.map((p, i) => `${i + 1}. \`${command(p)}\``).join("\n")}`,
    "Why this order: programs that only receive or answer start first, so that nothing the others send is lost while they are not up yet (the tutorial starts its result collector and consumers before its producer for the same reason); among them, the programs that bind come before those that connect. ZeroMQ itself does not mind: a socket that connects before the other side binds keeps retrying until it can.",
    `Or all in one terminal (Linux, macOS), each stopping after 3 quiet seconds:\n\n\`\`\`sh\n${plan.programs.map((p) => `${command(p, " --idle-exit 3")} &`).join("\n")}\nwait\n\`\`\``,
    "## What they print, and stopping",
    stopping(plan, fileOf),
    ...notes(plan, lang),
  ];
  return `${parts.join("\n\n")}\n`;
}

function requirements(lang: CodegenLanguage): string {
  if (lang === "python") {
    return "Python 3 with pyzmq: `pip install pyzmq` (on Debian or Ubuntu, `sudo apt install python3-zmq` works too).";
  }
  return "Node.js 20 or newer, and zeromq.js 6: run `npm install` once in this folder (package.json asks for `zeromq@6`; `npm install zeromq@6` does the same).";
}

function programSection(program: ProgramPlan, fileOf: (id: string) => string): string {
  const label = program.label ? `: ${oneLine(program.label)}` : "";
  const sockets = program.sockets.map((s) => {
    const where = describeEndpoints(s);
    return `- **${s.spec.id}** (${s.spec.type})${where ? ` ${where.replace(/(\w+:\/\/\S+)/g, "`$1`")}` : ""}: ${describeBehaviour(s)}.`;
  });
  return [`### \`${fileOf(program.id)}\`${label}`, "", ...sockets].join("\n");
}

function stopping(plan: ProjectPlan, fileOf: (id: string) => string): string {
  const finishing = plan.programs.filter(finishesBySelf).map((p) => `\`${fileOf(p.id)}\``);
  const bySelf =
    finishing.length > 0
      ? `${finishing.join(", ")} ${finishing.length === 1 ? "stops" : "stop"} by itself once every message is sent; the others run until you press Ctrl+C.`
      : "They run until you press Ctrl+C.";
  return [
    `Each program prints every message it sends or receives, one line each (frames separated by \` | \`, an empty frame shown as \`""\`, binary frames such as a ROUTER's generated identities in hex). ${bySelf}`,
    "With `--idle-exit SECONDS` a program also stops once nothing has happened for that long (and it has nothing left to send). Either way it ends with one line per socket, for example:",
    `\`\`\`\nsummary ${plan.programs[0]?.sockets[0]?.spec.id ?? "producer"} sent=N received=M\n\`\`\``,
  ].join("\n\n");
}

/** What a reader must know: links that cannot work as separate programs, and the like. */
function notes(plan: ProjectPlan, lang: CodegenLanguage): string[] {
  const items = [...plan.warnings];
  const ipc = plan.programs.some((p) =>
    p.sockets.some((s) =>
      [...(s.spec.bind ?? []), ...(s.spec.connect ?? [])].some((e) => e.startsWith("ipc://")),
    ),
  );
  if (ipc) {
    items.push(
      "ipc endpoints are files, named as written, in the folder you start the programs from: start every program from this folder. The files stay after the programs end; delete them when you like.",
    );
  }
  const drafts = plan.programs.flatMap((p) => p.sockets.filter((s) => s.info.draft));
  if (drafts.length > 0) {
    items.push(
      lang === "python"
        ? `${drafts.map((s) => `${s.spec.id} (${s.spec.type})`).join(", ")} ${drafts.length === 1 ? "is a draft socket type" : "are draft socket types"}, which pyzmq from pip or apt does not offer: ${drafts.length === 1 ? "its program explains this and exits" : "their programs explain this and exit"}. Export this topology for Node instead: zeromq.js 6 includes the draft types.`
        : "Draft socket types come from `zeromq/draft.js`; Node prints a warning that they are experimental when a program loads them.",
    );
  }
  if (items.length === 0) return [];
  return ["## Things to know", items.map((i) => `- ${i}`).join("\n")];
}
