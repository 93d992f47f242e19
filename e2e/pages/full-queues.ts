/**
 * Two queues filled on purpose, over inproc so no kernel buffer hides them: a PUSH whose
 * reader never reads (it waits: blocked) and a PUB faster than its subscriber (it drops).
 */
export const PUB_COUNT = 3000;

export const fullQueues = {
  format: "zmq-topology",
  version: 1,
  title: "Full queues",
  sockets: [
    {
      id: "push",
      type: "PUSH",
      bind: ["inproc://e2e-tasks"],
      options: { sendHighWaterMark: 10 },
      behavior: { send: { everyMs: 0, frames: ["task {seq}"] } },
      position: { x: 0, y: 0 },
    },
    // No behaviour: a program that never calls recv.
    {
      id: "pull",
      type: "PULL",
      connect: ["inproc://e2e-tasks"],
      options: { receiveHighWaterMark: 10 },
      position: { x: 420, y: 0 },
    },
    {
      id: "pub",
      type: "PUB",
      bind: ["inproc://e2e-news"],
      options: { sendHighWaterMark: 10 },
      behavior: {
        send: { everyMs: 0, count: PUB_COUNT, startAfterMs: 300, frames: ["news {seq}"] },
      },
      position: { x: 0, y: 240 },
    },
    {
      id: "sub",
      type: "SUB",
      connect: ["inproc://e2e-news"],
      options: { receiveHighWaterMark: 10, subscribe: [""] },
      behavior: { consume: { delayMs: 1 } },
      position: { x: 420, y: 240 },
    },
  ],
};
