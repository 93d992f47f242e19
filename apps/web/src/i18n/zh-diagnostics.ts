import type { Translation } from "./resource-types.js";

/**
 * The validator's messages in simplified Chinese, by messageId; the same {{params}}
 * and list formats as the English templates in @zmq-playground/shared.
 */
export const diagnostics: Omit<Translation["diagnostics"], "parse"> = {
  "bad-endpoint": {
    bind: 'Socket "{{socket}}" 无法绑定 {{endpoint}}：{{reason, reason}}。',
    connect: 'Socket "{{socket}}" 无法连接到 {{endpoint}}：{{reason, reason}}。',
  },
  "non-loopback-host": {
    bind: 'Socket "{{socket}}" 要绑定 {{endpoint}}，但 "{{host}}" 不是回环地址。除非管理员允许，playground 只让 tcp 留在本机（127.0.0.1 或 localhost）：请改写为 tcp://127.0.0.1:{{port}}。',
    connect:
      'Socket "{{socket}}" 要连接到 {{endpoint}}，但 "{{host}}" 不是回环地址。除非管理员允许，playground 只让 tcp 留在本机（127.0.0.1 或 localhost）：请改写为 tcp://127.0.0.1:{{port}}。',
  },
  "address-in-use": {
    same: 'Socket "{{socket}}" 把 {{endpoint}} 绑定了两次：第二次绑定会报错 "Address already in use"。请删除重复的一项。',
    "same-ipc":
      'Socket "{{socket}}" 把 {{endpoint}} 绑定了两次：libzmq 会让第二次绑定悄悄占用这个文件，第一次绑定的一方从此再也收不到任何消息。请删除重复的一项。',
    other:
      'Socket "{{socket}}" 绑定 {{endpoint}}，但 socket "{{other}}" 已经绑定了 {{otherEndpoint}}：第二次绑定会报错 "Address already in use"。一个端点只能由一个 socket 绑定，其他 socket 应该连接它。',
    "other-ipc":
      'Socket "{{socket}}" 绑定 {{endpoint}}，但 socket "{{other}}" 已经绑定了 {{otherEndpoint}}：libzmq 会让第二次绑定悄悄占用这个文件，第一次绑定的一方从此再也收不到任何消息。一个端点只能由一个 socket 绑定，其他 socket 应该连接它。',
  },
  "duplicate-connect":
    'Socket "{{socket}}" 连接了 {{endpoint}} 两次。ZeroMQ 会向同一个对端建立两条连接（它在每轮轮询中会分到两次），而图上无法区分这两条连接。请删除重复的一项。',
  "connect-to-self":
    'Socket "{{socket}}" 连接到 {{endpoint}}，而这个端点是它自己绑定的。socket 不能做自己的对端：请让另一个 socket 连接它。',
  "dangling-connect": {
    respelled:
      'Socket "{{socket}}" 连接到 {{endpoint}}，而 socket "{{other}}" 绑定的是 {{otherEndpoint}}：同一个地址，写法不同。ZeroMQ 会把它们连起来，但图上只连接写法完全相同的端点，所以请按绑定时的写法填写。',
    inproc:
      'Socket "{{socket}}" 连接到 {{endpoint}}，但没有 socket 绑定它。inproc 只在一个进程内部有效，外部程序也无法绑定它：永远不会收到任何消息。请在另一个 socket 上绑定它。',
    outside:
      'Socket "{{socket}}" 连接到 {{endpoint}}，但这个拓扑中没有 socket 绑定它。这在 ZeroMQ 里没问题：connect 可以先于 bind，外部程序（比如一个 pyzmq 脚本）也可以绑定它。在那之前，消息会在队列中等待。',
  },
  "incompatible-peers":
    '{{connectorType}} "{{connector}}" 无法与 {{binderType}} "{{binder}}" 通信（它连接到 {{endpoint}}）：{{connectorType}} 只能与 {{connectorPeers, or}} 配合，{{binderType}} 只能与 {{binderPeers, or}} 配合。libzmq 会悄悄断开这样的连接（或者在 inproc 下放过不匹配的消息），所以 playground 不接受。请修改其中一个类型。',
  "pair-multiple-peers":
    '{{type}} "{{socket}}" 有 {{peerCount}} 个对端（{{peers, peers}}）。{{type}} 只能与另外一个 {{type}} 通信：libzmq 会接受多余的连接，但它们的消息会悄无声息地消失。请让每个 {{type}} 只保留一个对端，或者改用支持多个对端的模式（DEALER/ROUTER、PUSH/PULL、PUB/SUB）。',
  "duplicate-id": {
    socket:
      '有两个 socket 都叫 "{{socket}}"（sockets[{{first}}] 和 sockets[{{second}}]）。连线、转发和计数器都按 id 查找 socket，所以每个 id 必须唯一：请重命名其中一个。',
    process:
      '有两个进程都叫 "{{process}}"。socket 按 id 加入进程，所以每个进程 id 必须唯一：请重命名其中一个。',
  },
  "unknown-process":
    'Socket "{{socket}}" 声明自己属于进程 "{{process}}"，但没有这个 id 的进程。请在 "processes" 中添加 { "id": "{{process}}" }，或者删除 "process"，让这个 socket 拥有自己的进程。',
  "process-id-clash": {
    alone:
      '进程 "{{process}}" 与 socket "{{process}}" 同名，而这个 socket 没有设置自己的 "process"。没有设置进程的 socket 会运行在以自己 id 命名的进程里，所以 socket "{{process}}" 会悄悄加入进程 "{{process}}"，它们会一起启动、一起停止、一起被终止。请重命名这个进程，或者为这个 socket 设置 "process"。',
    members:
      '进程 "{{process}}" 与 socket "{{process}}" 同名，而这个 socket 没有设置自己的 "process"。没有设置进程的 socket 会运行在以自己 id 命名的进程里，所以 socket "{{process}}" 会悄悄加入进程 "{{process}}"，与 {{members, quotedAnd}} 在一起，它们会一起启动、一起停止、一起被终止。请重命名这个进程，或者为这个 socket 设置 "process"。',
  },
  "option-not-supported":
    '{{type}} "{{socket}}" 没有选项 "{{option}}"（zeromq.js 会拒绝该 socket 类型没有的选项）。"{{option}}" 适用于 {{takers, or}}。{{type}} 可用的选项：{{options}}。',
  "sub-no-subscription":
    '{{type}} "{{socket}}" 没有任何订阅，所以什么也收不到：SUB 只保留主题以某个订阅开头的消息。添加 "subscribe": [""] 可以接收全部消息，或者列出你想要的主题前缀。',
  "dish-no-join":
    '{{type}} "{{socket}}" 没有加入任何组，所以什么也收不到：DISH 只接收 RADIO 发往它所加入的组的消息。请添加 "join": ["a-group"]，填上它的 RADIO 发送的组。',
  "behavior-not-supported": {
    "only-receives":
      '{{type}} "{{socket}}" 不能有 "{{behavior}}" 行为：{{type}} 只能接收。可以的类型：{{able, or}}。',
    "replies-only":
      '{{type}} "{{socket}}" 不能有 "{{behavior}}" 行为：{{type}} 只会应答收到的请求：请使用 "reply"。可以的类型：{{able, or}}。',
    "only-sends":
      '{{type}} "{{socket}}" 不能有 "{{behavior}}" 行为：{{type}} 只能发送，从不接收任何消息。可以的类型：{{able, or}}。',
    "answer-first":
      '{{type}} "{{socket}}" 不能有 "{{behavior}}" 行为：{{type}} 必须先应答每个请求，才能接收下一个：请使用 "reply"。可以的类型：{{able, or}}。',
    "no-answer":
      '{{type}} "{{socket}}" 不能有 "{{behavior}}" 行为：{{type}} 不会应答它收到的消息。可以的类型：{{able, or}}。',
    "cannot-send":
      '{{type}} "{{socket}}" 不能有 "{{behavior}}" 行为：{{type}} 不能发送。可以的类型：{{able, or}}。',
    "own-replies":
      '{{type}} "{{socket}}" 不能有 "{{behavior}}" 行为：{{type}} 只接收自己请求的应答。可以的类型：{{able, or}}。',
    "no-pass-on":
      '{{type}} "{{socket}}" 不能有 "{{behavior}}" 行为：{{type}} 不能把收到的消息转发出去。可以的类型：{{able, or}}。',
    group:
      '{{type}} "{{socket}}" 设置了 "group"，但只有 RADIO 才会发往组：{{type}} 会忽略它。请删除 "group"。',
  },
  "conflicting-behaviors":
    '{{type}} "{{socket}}" 同时有 {{behaviors, quotedAnd}}，但每条到达的消息只能用一种方式处理。请只保留一个。',
  "single-part-only": {
    send: '{{type}} "{{socket}}" 每条消息要发送 {{frames}} 帧，但 {{type}} 是只能传输单帧消息的草案类型（libzmq 会报错 "Invalid argument"）。请把所有内容放进一帧。',
    reply:
      '{{type}} "{{socket}}" 每条应答要发送 {{frames}} 帧，但 {{type}} 是只能传输单帧消息的草案类型（libzmq 会报错 "Invalid argument"）。请把所有内容放进一帧。',
  },
  "radio-needs-group":
    '{{type}} "{{socket}}" 发送时没有指定组：RADIO 的每条消息都发往一个命名的组，只有加入了该组的 DISH socket 才能收到。请在它的发送行为中设置 "group"。',
  "router-send-needs-id":
    '{{type}} "{{socket}}" 只发送一帧，但 ROUTER 会把发出的每条消息的第一帧当作接收方对端的路由 ID，所以什么也送不到。请发送 ["<对端的 routingId>", "正文"]，例如 ["client", "hello {seq}"]。',
  "unknown-socket": {
    none: '{{type}} "{{socket}}" 转发给 "{{target}}"，但没有 socket 使用这个 id。',
    choices:
      '{{type}} "{{socket}}" 转发给 "{{target}}"，但没有 socket 使用这个 id。它可以转发给：{{choices, quotedOr}}。',
  },
  "forward-to-self":
    '{{type}} "{{socket}}" 转发给自己，这会让每条消息从它进来的 socket 原路绕回。请转发给同一进程的另一个 socket（要回复发送方，请使用 "reply"）。',
  "forward-across-processes":
    '{{type}} "{{socket}}" 转发给 {{targetType}} "{{target}}"，但后者在另一个进程中（"{{targetProcess}}"，而不是 "{{process}}"）。转发是把消息交给同一程序内的另一个 socket；不同进程的 socket 只能通过连线通信。请把两者放进同一个进程，或者画一条连线。',
  "forward-target-cannot-send": {
    "replies-only":
      '{{type}} "{{socket}}" 转发给 {{targetType}} "{{target}}"，但后者不能主动发送：{{targetType}} 只会应答收到的请求。请转发给能发送的 socket，例如 {{senders, or}}。',
    "only-receives":
      '{{type}} "{{socket}}" 转发给 {{targetType}} "{{target}}"，但后者不能主动发送：{{targetType}} 只能接收。请转发给能发送的 socket，例如 {{senders, or}}。',
  },
  reasons: {
    "not-endpoint": '"{{endpoint}}" 不是端点：请写成 传输协议://地址，例如 tcp://127.0.0.1:5555',
    "ipc-name":
      "ipc 端点 \"{{endpoint}}\" 需要一个简单的文件名（字母、数字、'.'、'_'、'-'），例如 ipc://myserver.ipc；playground 会把它放在本会话自己的目录里",
    "inproc-name":
      "inproc 端点 \"{{endpoint}}\" 需要一个名字（字母、数字、'.'、'_'、'-'），例如 inproc://workers",
    pgm: "这个 libzmq 没有内置 pgm（可靠多播），所以这里无法运行。一对多发送请使用基于 tcp 的 PUB/SUB，或者草案中的 RADIO/DISH",
    epgm: "这个 libzmq 没有内置 epgm（基于 UDP 的多播），所以这里无法运行。一对多发送请使用基于 tcp 的 PUB/SUB，或者草案中的 RADIO/DISH",
    udp: "udp 只能用于草案类型 RADIO/DISH 和 DGRAM，playground 不运行它；请使用 tcp、ipc 或 inproc",
    ws: "playground 不提供 ws 传输；请使用 tcp、ipc 或 inproc",
    wss: "playground 不提供 wss 传输；请使用 tcp、ipc 或 inproc",
    tipc: "tipc 需要搭建 Linux 集群，playground 不提供；请使用 tcp、ipc 或 inproc",
    vmci: "vmci 只能在 VMware 虚拟机之间使用；请使用 tcp、ipc 或 inproc",
    "unknown-transport": '这里不支持传输协议 "{{transport}}"；请使用 tcp、ipc 或 inproc',
    "any-port":
      '"{{endpoint}}" 要求任意空闲端口；playground 需要固定端口（例如 tcp://127.0.0.1:5555），这样图上才能显示该连接到哪里',
    "tcp-host-port": 'tcp 端点 "{{endpoint}}" 需要 主机:端口，例如 tcp://127.0.0.1:5555',
    "port-range": '"{{endpoint}}" 中的端口 {{port}} 不在 1-65535 范围内',
  },
  words: {
    separator: "、",
    or: "{{rest}} 或 {{last}}",
    and: "{{rest}} 和 {{last}}",
    quoted: '"{{value}}"',
    outsideProgram: "{{endpoint}} 上的外部程序",
  },
};
