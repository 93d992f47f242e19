import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  TOPOLOGY_FIXTURES,
  fixtureById,
  generateProject,
  type CodegenLanguage,
  type GeneratedProject,
  type SocketSpec,
  type Topology,
} from "@zmq-playground/shared";

// The interpreter with python3-zmq; the python3 on PATH may lack it (compiling needs none).
const PYTHON = "/usr/bin/python3";

function topology(sockets: SocketSpec[], processes: string[] = []): Topology {
  return {
    format: "zmq-topology",
    version: 1,
    title: "Test",
    ...(processes.length > 0 ? { processes: processes.map((id) => ({ id })) } : {}),
    sockets,
  };
}

function fixture(id: string): Topology {
  const found = fixtureById(id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found.topology;
}

function file(project: GeneratedProject, path: string): string {
  const found = project.files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among ${project.files.map((f) => f.path).join(", ")}`);
  return found.content;
}

function programs(project: GeneratedProject): string[] {
  return project.files.map((f) => f.path).filter((p) => p.endsWith(".py") || p.endsWith(".mjs"));
}

/** Ids that would break naive generators: keywords, digits first, clashing spellings. */
const AWKWARD = titled(
  'Awkward\n"""title""" \\',
  topology(
    [
      { id: "class", type: "PUSH", label: 'two\nlines """', bind: ["tcp://127.0.0.1:5601"] },
      { id: "2fast", type: "PULL", connect: ["tcp://127.0.0.1:5601"], behavior: { consume: {} } },
      { id: "a-b", type: "PAIR", process: "zmq", bind: ["inproc://ab"] },
      { id: "a_b", type: "PAIR", process: "zmq", connect: ["inproc://ab"] },
      { id: "time", type: "PUB", process: "CON", bind: ["ipc://t.ipc"] },
      {
        id: "sent",
        type: "DEALER",
        process: "CON",
        connect: ["tcp://127.0.0.1:5602"],
        behavior: { send: { everyMs: 0, frames: ['say "{x}" \\ `${y}` {rand:9-2}', "{time}"] } },
      },
      {
        id: "Producer",
        type: "ROUTER",
        bind: ["tcp://127.0.0.1:5602"],
        behavior: { reply: { frames: ["{in} #{seq}"] } },
      },
      { id: "producer", type: "SUB", connect: ["ipc://t.ipc"], options: { subscribe: [""] } },
    ],
    ["zmq", "CON"],
  ),
);

function titled(title: string, t: Topology): Topology {
  return { ...t, title };
}

/** Every draft type, with the behaviours each can have. */
const DRAFTS = topology(
  [
    {
      id: "radio",
      type: "RADIO",
      bind: ["tcp://127.0.0.1:5614"],
      behavior: { send: { everyMs: 10, frames: ["r {seq}"], count: 3, group: "g" } },
    },
    {
      id: "dish",
      type: "DISH",
      connect: ["tcp://127.0.0.1:5614"],
      options: { join: ["g"] },
      behavior: { consume: {} },
    },
    {
      id: "server",
      type: "SERVER",
      bind: ["ipc://s.ipc"],
      behavior: { reply: { frames: ["re {in}"] } },
    },
    {
      id: "client",
      type: "CLIENT",
      connect: ["ipc://s.ipc"],
      behavior: { send: { everyMs: 10, frames: ["c {seq}"] }, consume: {} },
    },
    {
      id: "scatter",
      type: "SCATTER",
      process: "p",
      bind: ["inproc://sg"],
      behavior: { send: { everyMs: 0, frames: ["s"] } },
    },
    {
      id: "gather",
      type: "GATHER",
      process: "p",
      connect: ["inproc://sg"],
      behavior: { forward: { to: "channel" } },
    },
    { id: "channel", type: "CHANNEL", process: "p", connect: ["tcp://127.0.0.1:5615"] },
  ],
  ["p"],
);

const scratch = mkdtempSync(join(tmpdir(), "codegen-syntax-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Compiles every file named on the command line and prints the errors; one process for all.
const PY_COMPILE = `
import sys
for path in sys.argv[1:]:
    try:
        compile(open(path, encoding="utf-8").read(), path, "exec")
    except SyntaxError as error:
        print(path, error)
`;

/** Compile programs without running them: Python's compile(), node --check. */
function syntaxErrors(projects: readonly GeneratedProject[], lang: CodegenLanguage): string[] {
  const paths = projects.flatMap((project, i) =>
    programs(project).map((path) => {
      const where = join(scratch, `${lang}-${i}-${path}`);
      writeFileSync(where, file(project, path));
      return where;
    }),
  );
  if (lang === "python") {
    const result = spawnSync(PYTHON, ["-c", PY_COMPILE, ...paths], { encoding: "utf8" });
    return [result.stdout, result.stderr].filter((t) => t.trim() !== "");
  }
  return paths.flatMap((path) => {
    const result = spawnSync(process.execPath, ["--check", path], { encoding: "utf8" });
    return result.status === 0 ? [] : [`${path}: ${result.stderr}`];
  });
}

describe("generateProject", () => {
  it("writes one program per process, named after the process, plus a README", () => {
    const python = generateProject(fixture("pipeline"), "python");
    expect(python.files.map((f) => f.path).sort()).toEqual([
      "README.md",
      "collector.py",
      "consumer-1.py",
      "consumer-2.py",
      "producer.py",
    ]);
    const node = generateProject(fixture("pipeline"), "node");
    expect(programs(node).sort()).toEqual([
      "collector.mjs",
      "consumer-1.mjs",
      "consumer-2.mjs",
      "producer.mjs",
    ]);
    expect(JSON.parse(file(node, "package.json"))).toMatchObject({
      dependencies: { zeromq: "^6.8.0" },
    });
  });

  it("puts the sockets of one process in one program, with their binds and connects", () => {
    const py = file(generateProject(fixture("pipeline"), "python"), "consumer-1.py");
    expect(py).toContain("consumer_1_in = context.socket(zmq.PULL)");
    expect(py).toContain('consumer_1_in.connect("tcp://127.0.0.1:5557")');
    expect(py).toContain("consumer_1_out = context.socket(zmq.PUSH)");
    expect(py).toContain('consumer_1_out.connect("tcp://127.0.0.1:5558")');
    expect(py).toContain("consumer_1_out.send_multipart(frames)");
    const producer = file(generateProject(fixture("pipeline"), "python"), "producer.py");
    expect(producer).toContain('producer.bind("tcp://127.0.0.1:5557")');
    expect(producer).toContain("for seq in range(1, 101):");
    expect(producer).toContain('message = f"task {seq}"');
    expect(producer).toContain("time.sleep(1.0)  # start after 1 s");
    const js = file(generateProject(fixture("pipeline"), "node"), "consumer-1.mjs");
    expect(js).toContain("const consumer1In = new zmq.Pull(");
    expect(js).toContain('consumer1In.connect("tcp://127.0.0.1:5557");');
    expect(js).toContain("await consumer1Out.send(frames);");
  });

  it("maps socket options to pyzmq setsockopt calls and zeromq.js constructor options", () => {
    const t = topology([
      {
        id: "d",
        type: "DEALER",
        connect: ["tcp://127.0.0.1:5603"],
        options: { sendHighWaterMark: 5, routingId: "dealer-a", linger: 0, immediate: true },
      },
      {
        id: "s",
        type: "SUB",
        connect: ["tcp://127.0.0.1:5604"],
        options: { subscribe: ["10001", ""], receiveHighWaterMark: 7, conflate: true },
      },
      { id: "x", type: "XSUB", connect: ["tcp://127.0.0.1:5605"], options: { subscribe: ["a"] } },
    ]);
    const py = generateProject(t, "python");
    expect(file(py, "d.py")).toContain("d.setsockopt(zmq.SNDHWM, 5)");
    expect(file(py, "d.py")).toContain('d.setsockopt(zmq.ROUTING_ID, b"dealer-a")');
    expect(file(py, "d.py")).toContain("d.setsockopt(zmq.LINGER, 0)");
    expect(file(py, "d.py")).toContain("d.setsockopt(zmq.IMMEDIATE, 1)");
    expect(file(py, "s.py")).toContain('s.setsockopt_string(zmq.SUBSCRIBE, "10001")');
    expect(file(py, "s.py")).toContain('s.setsockopt_string(zmq.SUBSCRIBE, "")');
    expect(file(py, "s.py")).toContain("s.setsockopt(zmq.RCVHWM, 7)");
    expect(file(py, "s.py")).toContain("s.setsockopt(zmq.CONFLATE, 1)");
    expect(file(py, "x.py")).toContain('x.send(b"\\x01a")');
    const js = generateProject(t, "node");
    expect(file(js, "d.mjs")).toContain(
      'new zmq.Dealer({ linger: 0, sendHighWaterMark: 5, immediate: true, routingId: "dealer-a" })',
    );
    expect(file(js, "s.mjs")).toContain('s.subscribe("10001");');
    expect(file(js, "x.mjs")).toContain('await x.send("\\u0001a");');
  });

  it("gives sockets that only send a 1 s linger and those that only receive none", () => {
    const py = generateProject(fixture("pipeline"), "python");
    expect(file(py, "producer.py")).toContain("producer.setsockopt(zmq.LINGER, 1000)");
    expect(file(py, "collector.py")).toContain("collector.setsockopt(zmq.LINGER, 0)");
  });

  it("turns every id into a valid, distinct variable and a safe file name", () => {
    const py = generateProject(AWKWARD, "python");
    expect(programs(py).sort()).toEqual([
      "2fast.py",
      "CON-program.py",
      "Producer.py",
      "class.py",
      "producer-2.py",
      "zmq-program.py",
    ]);
    expect(file(py, "class.py")).toContain("class_socket = context.socket(zmq.PUSH)");
    expect(file(py, "2fast.py")).toContain("socket_2fast = context.socket(zmq.PULL)");
    expect(file(py, "zmq-program.py")).toContain("a_b = context.socket(zmq.PAIR)");
    expect(file(py, "zmq-program.py")).toContain("a_b_2 = context.socket(zmq.PAIR)");
    expect(file(py, "CON-program.py")).toContain("time_socket = context.socket(zmq.PUB)");
    expect(file(py, "CON-program.py")).toContain("sent_socket = context.socket(zmq.DEALER)");
    const js = generateProject(AWKWARD, "node");
    expect(programs(js)).toContain("zmq.mjs");
    expect(file(js, "class.mjs")).toContain("const classSocket = new zmq.Push(");
    expect(file(js, "2fast.mjs")).toContain("const socket2fast = new zmq.Pull(");
    expect(file(js, "zmq.mjs")).toContain("const aB2 = new zmq.Pair(");
  });

  it("writes programs that compile, for every fixture and for awkward ids and templates", () => {
    for (const lang of ["python", "node"] as const) {
      const projects = [...TOPOLOGY_FIXTURES.map((f) => f.topology), AWKWARD, DRAFTS].map((t) =>
        generateProject(t, lang),
      );
      expect(syntaxErrors(projects, lang)).toEqual([]);
    }
  });

  it("expands frame templates in the language, escaping quotes and braces", () => {
    const py = file(generateProject(AWKWARD, "python"), "CON-program.py");
    expect(py).toContain('f"say \\"{{x}}\\" \\\\ `${{y}}` {random.randint(2, 9)}".encode()');
    expect(py).toContain('f"{now()}".encode()');
    const js = file(generateProject(AWKWARD, "node"), "CON-program.mjs");
    expect(js).toContain('`say "{x}" \\\\ \\`\\${y}\\` ${random(2, 9)}`');
    expect(js).toContain("`${new Date().toISOString()}`");
    const router = file(generateProject(AWKWARD, "python"), "Producer.py");
    expect(router).toContain('seq = received["Producer"]');
    expect(router).toContain('f"{text_of(body)} #{seq}".encode()');
  });

  it("starts receivers before senders, and binders before connectors", () => {
    const order = (t: Topology) =>
      file(generateProject(t, "python"), "README.md")
        .split("\n")
        .filter((l) => /^\d+\. `python3 /.test(l))
        .map((l) => l.replace(/^\d+\. `python3 (\S+)`$/, "$1"));
    expect(order(fixture("pipeline"))).toEqual([
      "collector.py",
      "consumer-1.py",
      "consumer-2.py",
      "producer.py",
    ]);
    expect(order(fixture("pub-sub"))).toEqual([
      "sub-1.py",
      "sub-2.py",
      "pub-5546.py",
      "pub-5556.py",
    ]);
    expect(order(fixture("req-rep"))).toEqual(["server.py", "client.py"]);
    const passive = topology([
      {
        id: "relay-in",
        type: "PULL",
        connect: ["tcp://127.0.0.1:5606"],
        behavior: { consume: {} },
      },
      { id: "sink", type: "PULL", bind: ["tcp://127.0.0.1:5607"], behavior: { consume: {} } },
    ]);
    expect(order(passive)).toEqual(["sink.py", "relay-in.py"]);
  });

  it("has a DEALER that talks to a REP add the empty delimiter and read past it", () => {
    const project = generateProject(fixture("dealer-rep"), "python");
    expect(file(project, "client.py")).toContain('message = [b"", f"hello {client_seq}".encode()]');
    const js = file(generateProject(fixture("dealer-rep"), "node"), "client.mjs");
    expect(js).toContain('const message = ["", `hello ${seq}`];');
    const plain = file(generateProject(fixture("dealer-dealer"), "python"), "client.py");
    expect(plain).not.toContain('message = [b""');
  });

  it("has a ROUTER keep the envelope: [id, empty, ...] for REQ peers, [id, ...] for DEALERs", () => {
    const req = file(generateProject(fixture("req-router"), "python"), "server.py");
    expect(req).toContain("identity, empty, *body = frames");
    expect(req).toContain('message = [identity, empty, f"reply to {text_of(body)}".encode()]');
    const dealers = file(generateProject(fixture("dealer-router"), "python"), "server.py");
    expect(dealers).toContain("identity, *body = frames");
    const js = file(generateProject(fixture("req-router"), "node"), "server.mjs");
    expect(js).toContain("const [identity, empty, ...body] = frames;");
  });

  it("sends the routing id or the topic as the first frame when the template says so", () => {
    const router = file(generateProject(fixture("router-router"), "python"), "client.py");
    expect(router).toContain('message = [b"server", f"hello {client_seq}".encode()]');
    const pub = topology([
      {
        id: "news",
        type: "PUB",
        bind: ["tcp://127.0.0.1:5608"],
        behavior: { send: { everyMs: 100, frames: ["weather", "sunny {seq}"], count: 3 } },
      },
    ]);
    expect(file(generateProject(pub, "python"), "news.py")).toContain(
      'message = [b"weather", f"sunny {seq}".encode()]',
    );
    expect(file(generateProject(pub, "node"), "news.mjs")).toContain(
      'const message = ["weather", `sunny ${seq}`];',
    );
  });

  it("has a REQ wait for each reply before its next request", () => {
    const py = file(generateProject(fixture("req-rep"), "python"), "client.py");
    const send = py.indexOf("client.send_string(message)");
    const reply = py.indexOf("frames = client.recv_multipart()");
    expect(send).toBeGreaterThan(0);
    expect(reply).toBeGreaterThan(send);
    expect(py).toContain("client.setsockopt(zmq.RCVTIMEO, int(args.idle_exit * 1000))");
    const js = file(generateProject(fixture("req-rep"), "node"), "client.mjs");
    expect(js.indexOf("const frames = await client.receive();")).toBeGreaterThan(
      js.indexOf("await client.send(message);"),
    );
  });

  it("serves several receiving sockets of one process with a poller, or concurrent loops", () => {
    const t = topology(
      [
        {
          id: "in-a",
          type: "PULL",
          process: "p",
          bind: ["tcp://127.0.0.1:5609"],
          behavior: { consume: {} },
        },
        {
          id: "in-b",
          type: "SUB",
          process: "p",
          connect: ["tcp://127.0.0.1:5610"],
          options: { subscribe: [""] },
          behavior: { consume: { delayMs: 50 } },
        },
      ],
      ["p"],
    );
    const py = file(generateProject(t, "python"), "p.py");
    expect(py).toContain("poller.register(in_a, zmq.POLLIN)");
    expect(py).toContain("poller.register(in_b, zmq.POLLIN)");
    expect(py).toContain("time.sleep(0.05)  # a slow consumer");
    const js = file(generateProject(t, "node"), "p.mjs");
    expect(js).toContain("await Promise.all([run(inAReceives), run(inBReceives)]);");
  });

  it("refuses draft socket types in Python with an explanation, and writes them for Node", () => {
    const t = topology([
      {
        id: "radio",
        type: "RADIO",
        bind: ["tcp://127.0.0.1:5611"],
        behavior: { send: { everyMs: 100, frames: ["hi"], count: 2, group: "g" } },
      },
      { id: "dish", type: "DISH", connect: ["tcp://127.0.0.1:5611"], options: { join: ["g"] } },
    ]);
    const py = generateProject(t, "python");
    expect(file(py, "radio.py")).toContain("sys.exit(");
    expect(file(py, "radio.py")).toContain("draft socket type");
    expect(file(py, "radio.py")).not.toContain("zmq.RADIO");
    expect(file(py, "README.md")).toContain("Export this topology for Node instead");
    const js = generateProject(t, "node");
    expect(file(js, "radio.mjs")).toContain('import * as draft from "zeromq/draft.js";');
    expect(file(js, "radio.mjs")).toContain('await radio.send(message, { group: "g" });');
    expect(file(js, "dish.mjs")).toContain('dish.join("g");');
  });

  it("flags an inproc link between two programs in the README, but not one inside a program", () => {
    const across = topology([
      { id: "a", type: "PAIR", bind: ["inproc://x"] },
      { id: "b", type: "PAIR", connect: ["inproc://x"] },
    ]);
    expect(file(generateProject(across, "python"), "README.md")).toMatch(
      /## Things to know\n\n- b connects to inproc:\/\/x, which a binds in the program "a"\. inproc only works between sockets of one program/,
    );
    expect(file(generateProject(AWKWARD, "python"), "README.md")).not.toContain(
      "inproc only works",
    );
  });

  it("writes a README with what each program does and the exact commands, in start order", () => {
    const py = file(generateProject(fixture("pipeline"), "python"), "README.md");
    expect(py).toContain("pip install pyzmq");
    expect(py).toContain("1. `python3 collector.py`");
    expect(py).toContain("4. `python3 producer.py`");
    expect(py).toContain(
      "- **consumer-1-in** (PULL) connects to `tcp://127.0.0.1:5557`: passes each message on to consumer-1-out.",
    );
    expect(py).toContain("--idle-exit");
    const js = file(generateProject(fixture("pub-tcp-ipc"), "node"), "README.md");
    expect(js).toContain("npm install zeromq@6");
    expect(js).toContain("1. `node sub-tcp.mjs`");
    expect(js).toContain("ipc endpoints are files, named as written");
  });
});
