/**
 * What the two seed tutorials teach, one entry per claim or example a lesson must cover.
 * `vi` is the Vietnamese tutorial ("Hướng dẫn sử dụng thư viện ZMQ", sections numbered
 * as in the text); `zh` is the Chinese one ("进阶篇", sections named by their headings).
 * A test checks that every topic is covered by at least one lesson. Ids in the tutorials' order.
 */
export const SEED_TOPIC_IDS = [
  "plain-sockets",
  "context",
  "socket-types",
  "socket-life-cycle",
  "patterns",
  "pair",
  "req-rep",
  "req-blocks",
  "req-many-servers",
  "pub-sub",
  "pipeline",
  "start-order",
  "bind-connect",
  "stable-flexible",
  "many-connections",
  "transports",
  "pgm",
  "connect-before-bind",
  "multi-bind",
  "address-in-use",
  "messages",
  "http-frames",
  "background-io",
  "high-water-marks",
  "n-to-n",
  "fan-out-fan-in",
  "fair-queuing",
  "send-returns-early",
  "legal-pairs",
] as const;
export type SeedTopic = (typeof SEED_TOPIC_IDS)[number];

/** A line on where each topic comes from. */
export const SEED_TOPICS: Readonly<Record<SeedTopic, string>> = {
  "plain-sockets": "vi §1 Socket là gì: stream, datagram, raw and sequenced-packet sockets",
  context: "vi §2.1 PyZMQ context: one per process, shared by threads",
  "socket-types": "vi §2.2 PyZMQ socket: created from the context, typed at creation",
  "socket-life-cycle": "zh 进阶篇 opening list: create, set options, connect, send and receive",
  patterns: "vi §3 Messaging Patterns; zh 核心消息模式: a pattern constrains the topology",
  pair: "vi §3.1 PAIR (example 03-01); zh 独占对模式",
  "req-rep": "vi §3.2 Client-Server (example 03-02); zh 请求 - 应答模式",
  "req-blocks": "vi §3.2: REQ blocks until its reply, REP until its request",
  "req-many-servers": "vi §3.2: one client connected to several servers, requests alternate",
  "pub-sub": "vi §3.3 Publish-Subscribe, two publishers and two subscribers; zh 发布 - 订阅模式",
  pipeline: "vi §3.4 Push-Pull, producer -> consumers -> collector (03-04); zh 管道模式",
  "start-order": "vi §3.4 note: start the collector and the consumers before the producer",
  "bind-connect": "zh 使用 socket 构建拓扑结构: one side binds, the other connects",
  "stable-flexible":
    "zh: servers are stable, clients are flexible (服务端是稳定的，客户端是灵活的)",
  "many-connections": "zh: a socket has many connections, no limit, no accept()",
  transports: "zh 单播传输: tcp, ipc, inproc (and the unicast trade-offs)",
  pgm: "zh: pgm and epgm multicast",
  "connect-before-bind": "zh: connect needs no bound endpoint; start either side first",
  "multi-bind": "zh: one socket bound to several endpoints with different transports",
  "address-in-use": "zh: binding the same address twice: Address in use",
  messages: "zh 使用 socket 传递数据: messages, not bytes (TCP) or datagrams (UDP)",
  "http-frames": "zh ZMQ 与 HTTP: length-prefixed frames, not CR-LF separated lines",
  "background-io": "zh: I/O in the background through local queues of configurable size",
  "high-water-marks": "queues are bounded: a full PUB drops, a full PUSH blocks",
  "n-to-n": "zh: one-to-many, many-to-many, many-to-one, unlike TCP's one-to-one",
  "fan-out-fan-in": "zh: fan-out to many endpoints, fan-in from many",
  "fair-queuing": "zh: recv() takes from its connections with fair queuing",
  "send-returns-early": "zh: send() returning does not mean the message was sent",
  "legal-pairs": "zh: REQ-ROUTER, DEALER-REP, DEALER-ROUTER, DEALER-DEALER, ROUTER-ROUTER",
};
