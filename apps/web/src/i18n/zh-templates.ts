import type { Translation } from "./resource-types.js";

const VI_TUTORIAL = "越南语教程《Hướng dẫn sử dụng thư viện ZMQ》";
const ZH_PATTERNS = "中文教程《进阶篇》“核心消息模式”中列出的";
const OWN_PORT = "这个模板使用自己的端口，以便多个模板可以同时运行";

/**
 * The template gallery in simplified Chinese, one entry per fixture id. Endpoints,
 * ports, frame contents ("hello {seq}") and the tutorials' own titles stay as written.
 */
export const templates: Translation["templates"] = {
  pair: {
    title: "PAIR：一对一乒乓通信",
    description: `重现${VI_TUTORIAL}中的示例 03-01-PAIR（第 3.1 节）：恰好两个 PAIR socket，严格一对一。服务端绑定 tcp://127.0.0.1:5560（教程的脚本用的是端口 5556；${OWN_PORT}），每 500 ms 发送一次 “Server message to client {seq}”，共 5 次；客户端连接后逐条回复。预期结果：服务端发送 5 条消息并收到 5 条回复；客户端收到 5 条并发送 5 条。`,
  },
  "req-rep": {
    title: "REQ-REP：客户端提问，服务端应答",
    description: `重现${VI_TUTORIAL}中的示例 03-02-REQ-REP（第 3.2 节，客户端-服务端）。服务端（REP）绑定 tcp://127.0.0.1:5561（教程用的是 5556；${OWN_PORT}）；客户端（REQ）每 200 ms 发送一次 “request {seq}”，共 10 次，并且必须等收到上一个请求的应答后才能发送下一个。预期结果：客户端发送 10 个请求并收到 10 个应答；服务端收到 10 个并发送 10 个。`,
  },
  "req-two-reps": {
    title: "一个 REQ 客户端，两个 REP 服务端：请求轮流发送",
    description: `重现${VI_TUTORIAL}中用两个服务端运行示例 03-02 的情形（第 3.2 节：一个客户端可以连接多个服务端，它的请求会在这些服务端之间交替发送）。两个服务端分别绑定 tcp://127.0.0.1:5562 和 tcp://127.0.0.1:5563（教程在 5546 和 5556 上运行它们；${OWN_PORT}）；客户端连接这两个服务端，发送 10 次 “request {seq}”，1 s 后才开始，以确保两条连接都已建立。预期结果：客户端发送 10 个请求并收到 10 个应答；请求交替发送，所以每个服务端各收到 5 个并发送 5 个。`,
  },
  "pub-sub": {
    title: "PUB-SUB：两个发布者，两个订阅者",
    description: `重现${VI_TUTORIAL}中的示例 03-03-SUB-PUB（第 3.3 节）：两个发布者分别绑定端口 5546 和 5556，两个订阅者都同时连接这两个发布者，与教程的运行方式完全相同。和教程里的服务端一样，每个发布者把主题和数据放在同一帧里发送（“topic data”）；消息以 SUB 的某个订阅开头时，SUB 才会保留它。端口 5546 上的发布者发送 “10001 message {seq} from port 5546”，端口 5556 上的发布者发送 “10002 message {seq} from port 5556”，各 10 次，1 s 后才开始，因为订阅到达之前 PUB 发出的消息会被丢弃（慢连接者问题，slow joiner）。订阅者 1 订阅“10001”（教程的默认过滤条件）；订阅者 2 订阅“10001”和“10002”。预期结果：每个发布者发送 10 条；订阅者 1 收到 10 条（全部来自端口 5546）；订阅者 2 收到 20 条。`,
  },
  pipeline: {
    title: "管道：生产者 -> 两个消费者 -> 收集器",
    description: `重现${VI_TUTORIAL}中的示例 03-04（第 3.4 节，push-pull）。生产者（PUSH）绑定 tcp://127.0.0.1:5557，分发 100 个任务；每个消费者是一个进程，其中的 PULL socket 接收任务，PUSH socket 把任务转发给收集器（PULL），收集器绑定 tcp://127.0.0.1:5558。教程先启动收集器和消费者，再启动生产者；这里则让生产者在第一个任务之前等待 1 s，使两个消费者都已连接，任务得以公平分配。预期结果：生产者发送 100 个任务；每个消费者收到 50 个（PUSH 轮流分发）并转发 50 个；收集器收到全部 100 个。`,
  },
  "pub-tcp-ipc": {
    title: "一个 PUB 同时绑定 tcp 和 ipc",
    description:
      '重现中文教程《进阶篇》“使用 socket 构建拓扑结构”一节中的示例：一个 PUB socket 用两种不同的传输方式绑定两个端点，tcp://127.0.0.1:5555 和 ipc://myserver.ipc，与教程完全相同；每个端点各有一个订阅者连接。（同一个地址绑定两次会失败，报 “Address in use”，教程中也有提醒。）发布者发送 10 次 “news {seq}”，1 s 后才开始，以确保两个订阅都已到达；两个订阅者都订阅全部内容（""）。预期结果：发布者发送 10 条；每个订阅者都收到全部 10 条。',
  },
  "req-router": {
    title: "REQ-ROUTER：一个 ROUTER 应答多个 REQ 客户端",
    description: `重现${ZH_PATTERNS} REQ - ROUTER 组合（一个请求-应答代理）。ROUTER 绑定 tcp://127.0.0.1:5564；它收到的每个请求前面都带有发送方的身份标识，应答时保留这层信封，所以每个应答都会回到提问的那个客户端。两个 REQ 客户端各发送 5 次 “request {seq} from {socket}”。预期结果：每个客户端发送 5 个请求并收到属于自己的 5 个应答；ROUTER 收到 10 个并发送 10 个。`,
  },
  "dealer-rep": {
    title: "DEALER-REP：REP 服务端的异步客户端",
    description: `重现${ZH_PATTERNS} DEALER - REP 组合。REP 服务端绑定 tcp://127.0.0.1:5565；DEALER 客户端发送 10 次 “hello {seq}”，不等待应答。REP 要求每个请求前面都有一个空的分隔帧，REQ 会自动加上它：playground 的 gateway 会为与 REP 通信的 DEALER 加上这个帧（并从应答中去掉它），所以这里的帧只有消息体。外部的 DEALER 程序必须自己发送 ["", body]（先是空帧，然后是消息体）。预期结果：DEALER 发送 10 条并收到 10 条应答；REP 收到 10 条并发送 10 条。`,
  },
  "dealer-router": {
    title: "DEALER-ROUTER：ROUTER 把应答发回正确的 DEALER",
    description: `重现${ZH_PATTERNS} DEALER - ROUTER 组合。ROUTER 绑定 tcp://127.0.0.1:5566；两个 DEALER 分别以路由 ID “dealer-a” 和 “dealer-b” 连接，ROUTER 在每条消息前面看到这个 ID，并用它把每个应答发回提问的那个 DEALER。Dealer A 发送 5 条消息，dealer B 发送 3 条，一旦发错就能看出来。预期结果：ROUTER 收到 8 条并发送 8 条；dealer A 恰好收到 5 条应答，dealer B 恰好收到 3 条。`,
  },
  "dealer-dealer": {
    title: "DEALER-DEALER：双向异步",
    description: `重现${ZH_PATTERNS} DEALER - DEALER 组合。双方都不等待对方，也不涉及信封：worker DEALER 绑定 tcp://127.0.0.1:5567，把收到的每条消息原样发回；客户端 DEALER 发送 10 次 “hello {seq}”。预期结果：客户端发送 10 条并收到 10 条回显；worker 收到 10 条并发送 10 条。`,
  },
  "router-router": {
    title: "ROUTER-ROUTER：两个按名字互相寻址的 ROUTER",
    description: `重现${ZH_PATTERNS} ROUTER - ROUTER 组合。ROUTER 发出的每条消息，第一帧都是接收方对端的路由 ID。绑定一方的 ROUTER 路由 ID 为 “server”，绑定 tcp://127.0.0.1:5568；连接一方的 ROUTER 路由 ID 为 “client”，发送 5 次 ["server", "hello {seq}"]，1 s 后才开始，以确保握手（让双方得知对方的名字）已经完成。服务端的应答通过信封回到 “client”。预期结果：客户端发送 5 条并收到 5 条应答；服务端收到 5 条并发送 5 条。`,
  },
};
