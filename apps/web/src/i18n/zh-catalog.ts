import type { Translation } from "./resource-types.js";

/** The socket catalog in simplified Chinese: a line and a paragraph per type. */
export const catalog: Translation["catalog"] = {
  REQ: {
    summary: "发出一个请求，然后等待应答。",
    explanation:
      "REQ socket 发出一个请求后，必须等收到应答才能再次发送。连接多个服务端时，它轮流向每个服务端发送请求（轮询），每次一个。",
  },
  REP: {
    summary: "逐个应答每个请求。",
    explanation:
      "REP socket 收到一个请求后，必须发送且只能发送一个应答，ZeroMQ 会把应答送回提问的一方。它公平地服务各个客户端，一次处理一个请求。",
  },
  DEALER: {
    summary: "异步的 REQ：可以自由收发。",
    explanation:
      "DEALER 把发出的消息轮流分给各个对端，并公平地接收所有对端的消息，不要求收发交替。和 REP 通信时，它会像 REQ 一样加上空的分隔帧。",
  },
  ROUTER: {
    summary: "异步的 REP，知道每条消息是谁发的。",
    explanation:
      "ROUTER 在收到的每条消息前面加上发送方的身份标识，并用发出的每条消息的第一帧来选择接收的对端。代理（broker）就是这样同时应答多个客户端的。发给未知身份的消息会被丢弃。",
  },
  PUB: {
    summary: "广播给所有匹配的订阅者。",
    explanation:
      "PUB socket 把每条消息发给所有订阅者，只要订阅是消息第一帧（主题）的前缀。它从不等待：太慢或还没连上的订阅者会直接错过消息。",
  },
  SUB: {
    summary: "接收已订阅的主题。",
    explanation:
      "SUB socket 只接收主题以某个订阅开头的消息；没有任何订阅就什么也收不到。连接多个发布者时，它能收到所有发布者的消息。",
  },
  XPUB: {
    summary: "能看到订阅请求的 PUB。",
    explanation:
      "XPUB 像 PUB 一样发布消息，同时还会收到订阅者的订阅和取消订阅请求。和 XSUB 搭配，可以组成同时转发数据和订阅的代理。",
  },
  XSUB: {
    summary: "通过发送消息来订阅的 SUB。",
    explanation:
      "XSUB 像 SUB 一样接收消息，但订阅时要发送一条消息（字节 1 加上主题）。它是发布-订阅代理的上游一半。",
  },
  PUSH: {
    summary: "把任务轮流分发给各个 worker。",
    explanation:
      "PUSH socket 把每条消息依次交给下一个已连接的 PULL 对端（轮询）。所有对端的队列都满时，它会等待而不是丢弃。",
  },
  PULL: {
    summary: "收集所有 PUSH 端的结果。",
    explanation:
      "PULL socket 公平地接收所有 PUSH 对端的消息，轮流从每个对端取一条（公平队列）。它从不发送。",
  },
  PAIR: {
    summary: "一对一，双向通信。",
    explanation:
      "PAIR socket 只和另一个 PAIR 通信，双向收发，就像一条普通连接。第二个对端会被悄悄忽略，所以 PAIR 只适合两个固定的伙伴。",
  },
  CLIENT: {
    summary: "草案：线程安全、单帧的 DEALER。",
    explanation:
      "CLIENT（草案）把单帧消息轮流发给各个 SERVER 对端，并接收它们的答复。和 REQ 不同，它不会因为收发交替而阻塞。",
  },
  SERVER: {
    summary: "草案：按路由 ID 应答 CLIENT。",
    explanation:
      "SERVER（草案）接收带有发送方路由 ID 的单帧消息，并按这个 ID 答复。它是 ROUTER 的单帧、线程安全版本。",
  },
  RADIO: {
    summary: "草案：向组广播。",
    explanation:
      "RADIO（草案）把单帧消息发布到一个命名的组，只有加入了这个组的 DISH socket 才能收到。在本来要用多播（pgm/epgm）的场合，它可以替代 PUB。",
  },
  DISH: {
    summary: "草案：接收已加入的组。",
    explanation:
      "DISH（草案）接收 RADIO 发往它所加入的组的消息，组名要完全匹配，而不是按前缀匹配。",
  },
  SCATTER: {
    summary: "草案：单帧的 PUSH。",
    explanation: "SCATTER（草案）像 PUSH 一样，把单帧消息轮流分给各个 GATHER 对端。",
  },
  GATHER: {
    summary: "草案：单帧的 PULL。",
    explanation: "GATHER（草案）像 PULL 一样，公平地收集所有 SCATTER 对端发来的单帧消息。",
  },
  CHANNEL: {
    summary: "草案：单帧的 PAIR。",
    explanation: "CHANNEL（草案）像 PAIR 一样，用单帧消息双向连接恰好两个 socket。",
  },
};

/** Socket options, by their zeromq.js names, in simplified Chinese. */
export const options: Translation["options"] = {
  sendHighWaterMark:
    "每个对端的发送队列最多能积压多少条消息，超过后 socket 会阻塞或丢弃消息（默认 1000）。",
  receiveHighWaterMark:
    "每个对端的接收队列最多能积压多少条消息，超过后 ZeroMQ 停止读取（默认 1000）。",
  linger: "关闭后保留未发送消息的毫秒数。Playground 总是以 0 关闭，这样什么都不会卡住。",
  immediate: "只把消息排给已经连接完成的对端，不排给仍在连接中的对端。",
  reconnectInterval: "断开连接后，等待多少毫秒再重连（默认 100）。",
  reconnectMaxInterval: "重连间隔每次翻倍时的上限；0 表示间隔保持不变。",
  subscribe: "要接收的主题前缀。空字符串接收全部；没有任何订阅则什么也收不到。",
  join: "DISH 从 RADIO 对端接收的组。",
  routingId: "ROUTER 对端看到的这个 socket 的名字（1-255 字节，不能以零字节开头）。",
  conflate: "队列中只保留最新的一条消息（仅适用于单帧消息）。",
  mandatory: "发往未知路由 ID 的消息报错，而不是悄悄丢弃。",
  handover: "允许具有相同路由 ID 的新对端接替旧对端。",
  probeRouter: "连接时向 ROUTER 对端发送一条空消息，让它知道这个 socket 的 ID。",
  relaxed: "允许 REQ 不等上一个应答就发送新的请求。",
  correlate: "给请求打上标记，让 relaxed 模式下的 REQ 忽略过期的应答。",
  noDrop: "让发布者在达到高水位线时阻塞（或报错），而不是丢弃消息。",
  invertMatching: "只接收与订阅“不”匹配的消息。",
};
