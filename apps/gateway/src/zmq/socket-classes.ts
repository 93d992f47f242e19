import type { SocketType } from "@zmq-playground/shared";
import * as zmq from "zeromq";
// The package root's draft.js only adds a process warning (on stderr) before this.
import * as draft from "zeromq/lib/draft.js";

/** libzmq's ZMQ_CHANNEL. zeromq.js 6.8 has no class for it, but a subclass works (V). */
const ZMQ_CHANNEL = 20;

/** CHANNEL through the generic Socket constructor, as ZEROMQ_NOTES §1 verified. */
class Channel extends zmq.Socket {
  constructor(options: { context: zmq.Context }) {
    // The numeric id is not in zeromq.js's SocketType enum, hence the widening.
    super(ZMQ_CHANNEL as never, options);
  }
}

type Construct = (context: zmq.Context) => zmq.Socket;

/** One constructor per catalog type; options are assigned afterwards, one by one. */
export const SOCKET_CLASSES: Readonly<Record<SocketType, Construct>> = {
  REQ: (context) => new zmq.Request({ context }),
  REP: (context) => new zmq.Reply({ context }),
  DEALER: (context) => new zmq.Dealer({ context }),
  ROUTER: (context) => new zmq.Router({ context }),
  PUB: (context) => new zmq.Publisher({ context }),
  SUB: (context) => new zmq.Subscriber({ context }),
  XPUB: (context) => new zmq.XPublisher({ context }),
  XSUB: (context) => new zmq.XSubscriber({ context }),
  PUSH: (context) => new zmq.Push({ context }),
  PULL: (context) => new zmq.Pull({ context }),
  PAIR: (context) => new zmq.Pair({ context }),
  CLIENT: (context) => new draft.Client({ context }),
  SERVER: (context) => new draft.Server({ context }),
  RADIO: (context) => new draft.Radio({ context }),
  DISH: (context) => new draft.Dish({ context }),
  SCATTER: (context) => new draft.Scatter({ context }),
  GATHER: (context) => new draft.Gather({ context }),
  CHANNEL: (context) => new Channel({ context }),
};
