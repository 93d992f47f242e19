import { describeBehaviour, describeSend } from "../describe.js";
import { formatMs, secondsLiteral, sections, type Block } from "../lines.js";
import type { ProgramPlan, SocketPlan } from "../plan.js";
import type { SendBehavior } from "../../topology/schema.js";
import {
  behaviourSendLines,
  handlerLines,
  receiveLines,
  varOf,
  type PythonWriter,
} from "./messages.js";

const isReq = (s: SocketPlan) => s.info.lockstep === "send-first";

type Sender = SocketPlan & { readonly send: SendBehavior };
const isSender = (s: SocketPlan): s is Sender => s.send !== null;

/**
 * A program whose only job is one `send` behaviour on a socket that never receives on
 * its own (PUSH, PUB, or a REQ, which reads each reply right after its request) is
 * written as a plain loop, like the seed's producer. Everything else gets the poll loop.
 */
export function sequentialSender(program: ProgramPlan): SocketPlan | null {
  const busy = program.sockets.filter((s) => s.send !== null || s.handler !== null);
  const [only] = busy;
  if (busy.length !== 1 || !only?.send || only.handler) return null;
  return isReq(only) || !only.info.canReceive ? only : null;
}

/** The plain loop: wait, then send `count` messages (a REQ reading each reply). */
export function sequentialLines(w: PythonWriter, socket: SocketPlan): Block {
  const send = socket.send;
  if (!send) return [];
  const name = varOf(w, socket.spec.id);
  const body: (string | Block)[] = [...behaviourSendLines(w, socket, "seq")];
  if (isReq(socket)) {
    body.push("# A REQ must have the reply before it may send its next request.");
    body.push(...receiveLines(w, socket));
  }
  if (send.everyMs > 0) body.push(`time.sleep(${secondsLiteral(send.everyMs)})`);
  if (send.count === undefined) w.needs.add("itertools");
  const loop =
    send.count === undefined
      ? "for seq in itertools.count(1):"
      : `for seq in range(1, ${send.count + 1}):`;
  const start = send.startAfterMs
    ? [
        `time.sleep(${secondsLiteral(send.startAfterMs)})  # start after ${formatMs(send.startAfterMs)}`,
      ]
    : [];
  const req = isReq(socket);
  return sections(
    req
      ? [
          "# With --idle-exit, stop waiting for a reply after that many seconds.",
          "if args.idle_exit:",
          [`${name}.setsockopt(zmq.RCVTIMEO, int(args.idle_exit * 1000))`],
        ]
      : [],
    [
      `# ${socket.spec.id} ${describeSend(send)}.`,
      "try:",
      [...start, loop, body],
      "except KeyboardInterrupt:",
      ["pass"],
      ...(req
        ? [
            "except zmq.Again:",
            [`print(f"${socket.spec.id}: no reply for {args.idle_exit} s, giving up")`],
          ]
        : []),
    ],
  );
}

/** The general program: one loop sends what is due and serves every socket that receives. */
export function eventLoopLines(w: PythonWriter, program: ProgramPlan): Block {
  const senders = program.sockets.filter(isSender);
  const readers = program.sockets.filter((s) => s.handler !== null || (isReq(s) && s.send));
  const state = sections(...senders.map((s) => senderState(w, s)));
  const poller =
    readers.length === 0
      ? []
      : [
          "# One poller watches every socket that receives, so one loop can serve them all.",
          "poller = zmq.Poller()",
          ...readers.map((s) => `poller.register(${varOf(w, s.spec.id)}, zmq.POLLIN)`),
        ];
  if (senders.length > 0) w.needs.add("ms_until");
  const loop: (string | Block)[] = [
    ...senders.flatMap((s) => dueSendLines(w, s)),
    ...waitLines(w, senders, readers.length > 0),
    ...readers.flatMap((s) => readLines(w, s)),
    ...stopLines(
      w,
      senders,
      readers.some((s) => s.handler !== null),
    ),
  ];
  return sections(poller, state, [
    "last_activity = time.monotonic()",
    "try:",
    ["while True:", loop],
    "except KeyboardInterrupt:",
    ["pass"],
  ]);
}

function senderState(w: PythonWriter, s: Sender): string[] {
  const v = varOf(w, s.spec.id);
  const start = s.send.startAfterMs ?? 0;
  return [
    `# ${s.spec.id} ${describeSend(s.send)}.`,
    `${v}_seq = 0  # messages sent so far`,
    `${v}_next = time.monotonic()${start > 0 ? ` + ${secondsLiteral(start)}` : ""}  # when the next one is due`,
    ...(isReq(s) ? [`${v}_waiting = False  # a REQ sends again only once the reply is in`] : []),
  ];
}

/** The condition under which a sender still has a message to send on its timer. */
function pending(w: PythonWriter, s: Sender): string | null {
  const v = varOf(w, s.spec.id);
  const parts: string[] = [];
  if (s.send.count !== undefined) parts.push(`${v}_seq < ${s.send.count}`);
  if (isReq(s)) parts.push(`not ${v}_waiting`);
  return parts.length > 0 ? parts.join(" and ") : null;
}

/** The opposite of pending(): nothing left to send on a timer (null: never, it sends forever). */
function nothingDue(w: PythonWriter, s: Sender): string | null {
  const v = varOf(w, s.spec.id);
  const done = s.send.count === undefined ? null : `${v}_seq == ${s.send.count}`;
  if (!isReq(s)) return done;
  return done === null ? `${v}_waiting` : `${done} or ${v}_waiting`;
}

function dueSendLines(w: PythonWriter, s: Sender): Block {
  const v = varOf(w, s.spec.id);
  const when = [pending(w, s), `time.monotonic() >= ${v}_next`].filter((c) => c !== null);
  const every = s.send.everyMs;
  const after = isReq(s)
    ? [`${v}_waiting = True`]
    : [`${v}_next = time.monotonic()${every > 0 ? ` + ${secondsLiteral(every)}` : ""}`];
  return [
    `# Time for ${s.spec.id} to send?`,
    `if ${when.join(" and ")}:`,
    [
      `${v}_seq += 1`,
      ...behaviourSendLines(w, s, `${v}_seq`),
      ...after,
      "last_activity = time.monotonic()",
    ],
    "",
  ];
}

function waitLines(w: PythonWriter, senders: readonly Sender[], polls: boolean): Block {
  if (senders.length === 0) {
    return polls
      ? ["ready = dict(poller.poll(100))  # wait up to 100 ms for a message", ""]
      : ["time.sleep(0.1)  # nothing to do but wait for Ctrl+C or --idle-exit", ""];
  }
  const lines: (string | Block)[] = [
    polls
      ? "# Wait for messages, but only until the next send is due."
      : "# Wait until the next send is due.",
    "timeout = 100  # milliseconds",
  ];
  for (const s of senders) {
    const cond = pending(w, s);
    const set = `timeout = min(timeout, ms_until(${varOf(w, s.spec.id)}_next))`;
    lines.push(...(cond === null ? [set] : [`if ${cond}:`, [set]]));
  }
  lines.push(polls ? "ready = dict(poller.poll(timeout))" : "time.sleep(timeout / 1000)", "");
  return lines;
}

function readLines(w: PythonWriter, s: SocketPlan): Block {
  const v = varOf(w, s.spec.id);
  if (!s.handler) {
    // A REQ in a busy program: its reply arrives here, and unlocks its next request.
    const every = s.send?.everyMs ?? 0;
    return [
      `# ${s.spec.id}: the reply to its last request`,
      `if ${v} in ready:`,
      [
        ...receiveLines(w, s),
        `${v}_waiting = False`,
        `${v}_next = time.monotonic()${every > 0 ? ` + ${secondsLiteral(every)}` : ""}`,
        "last_activity = time.monotonic()",
      ],
      "",
    ];
  }
  return [
    `# ${s.spec.id} ${describeBehaviour({ ...s, send: null })}`,
    `if ${v} in ready:`,
    [...receiveLines(w, s), ...handlerLines(w, s, s.handler), "last_activity = time.monotonic()"],
    "",
  ];
}

/**
 * A program that only sends stops once every message is sent (and every reply is in).
 * One that receives runs until Ctrl+C, or with --idle-exit until it has been quiet for
 * that long while no send is due.
 */
function stopLines(w: PythonWriter, senders: readonly Sender[], receives: boolean): Block {
  const lines: (string | Block)[] = [];
  if (senders.length > 0 && !receives && senders.every((s) => s.send.count !== undefined)) {
    const done = senders.map((s) => {
      const v = varOf(w, s.spec.id);
      return `${v}_seq == ${s.send.count ?? 0}${isReq(s) ? ` and not ${v}_waiting` : ""}`;
    });
    lines.push("# Every message is sent: nothing left to do.", `if ${done.join(" and ")}:`, [
      "break",
    ]);
  }
  // A sender with a message still to come keeps the program going, however quiet it is.
  const quiet = senders.map((s) => nothingDue(w, s));
  if (quiet.some((c) => c === null)) {
    lines.push("# (A sender that never stops keeps this program running until Ctrl+C.)");
    return lines;
  }
  const due = quiet
    .map((c) => ` and ${quiet.length > 1 && c?.includes(" or ") ? `(${c})` : c}`)
    .join("");
  lines.push(
    "# --idle-exit: stop once nothing has happened for that many seconds.",
    `if args.idle_exit${due} and time.monotonic() - last_activity >= args.idle_exit:`,
    ["break"],
  );
  return lines;
}
