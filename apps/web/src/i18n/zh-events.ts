import type { Translation } from "./resource-types.js";

/**
 * The gateway's runtime events in simplified Chinese, by message id; the same
 * {{params}} as the English templates in @zmq-playground/shared. libzmq's codes stay.
 */
export const events: Translation["events"] = {
  bind: "{{socket}} 正在 {{endpoint}} 上监听。",
  "bind:error": "{{socket}} 无法绑定 {{endpoint}}（{{code}}）。",
  accept: "{{socket}} 在 {{endpoint}} 上接受了一个连接。",
  "accept:error": "{{socket}} 在 {{endpoint}} 上接受连接失败（{{code}}）。",
  "connect:delay": "{{socket}} 正在连接 {{endpoint}}。",
  connect: "{{socket}} 已连通 {{endpoint}}，正在握手。",
  "connect:retry": "{{socket}} 将在 {{interval}} 毫秒后重试 {{endpoint}}。",
  close: "{{socket}} 关闭了 {{endpoint}} 上的一个连接。",
  "close:error": "{{socket}} 关闭 {{endpoint}} 上的连接失败（{{code}}）。",
  disconnect: "{{socket}} 在 {{endpoint}} 上断开了一个连接。",
  handshake: "{{socket}} 在 {{endpoint}} 上完成了 ZeroMQ 握手：已连接。",
  "handshake:error:protocol": "{{socket}}：{{endpoint}} 上的握手失败（{{code}}）。",
  "handshake:error:auth": "{{socket}}：{{endpoint}} 上的握手失败（{{code}}）。",
  "handshake:error:other": "{{socket}}：{{endpoint}} 上的握手失败（{{code}}）。",
  "link-state": "{{socket}} 到 {{endpoint}} 的连线：{{state, state}}。",
  "process-killed": "进程 {{process}} 已被终止：它的 socket 都已关闭。",
  "process-restarted": "进程 {{process}} 已重新启动。",
  "outside-peer": {
    sender:
      "有外部程序连接到了 {{endpoint}}（{{socket}}）。{{socket}} 现在发出的内容就是行为定义的那些帧，不再附加任何东西，所以消息计在接收方 socket 上，而不计在连线上。",
    receiver: "有外部程序连接到了 {{endpoint}}（{{socket}}）。",
  },
  "outside-peer-left": "连接到 {{socket}} 的又只剩下本拓扑自己的 socket 了。",
  "req-waiting":
    "{{socket}} 仍在等待回复，而 REQ 在回复到达之前不能再次发送。如果对端已经不在了，这个请求就丢失了：REQ 从不重发请求。",
  "forward-target-down": "{{socket}} 无法转发给 {{to}}：它没有在运行；消息被丢弃。",
  "send-blocked":
    "{{socket}} 正在等待发送：还没有对端能接收这条消息（没有任何连接，或者所有队列都已满）。",
  "send-unblocked": "{{socket}} 又可以发送了。",
  "bind-error": "{{socket}}：绑定 {{endpoint}} 失败：{{error, errno}}。",
  "create-error": "{{socket}}：创建 socket 失败：{{error, errno}}。",
  "connect-error": "{{socket}}：连接 {{endpoint}} 失败：{{error, errno}}。",
  "send-error": {
    behavior: "{{socket}}：发送失败：{{error, errno}}。",
    manual: "{{socket}}：手动发送失败：{{error, errno}}。",
  },
  "receive-error": "{{socket}}：接收失败：{{error, errno}}。",
  "behavior-error": "{{socket}}：它的行为出错了：{{error, errno}}。",
  "limit-exceeded": "{{socket}}：第 {{seq}} 条消息超过了 {{max}} 字节的上限，没有发送。",
};

/** What libzmq's error codes mean, and the link states inside a sentence, in Chinese. */
export const eventWords: Translation["eventWords"] = {
  explained: "{{reason}}（{{code}}）",
  errno: {
    EADDRINUSE: "地址已被占用（另一个 socket 或程序已经绑定了它）",
    EAGAIN: "没能及时送达：还没有对端连接，或者每个对端的队列都已满（高水位）",
    EFSM: "socket 状态不对：REQ 必须收到回复后才能再次发送，REP 必须先收到请求才能回复",
    EHOSTUNREACH: "已连接的对端中没有这个 routing id",
    EINVAL: "libzmq 拒绝了参数（在只支持单帧的 socket 上发送多帧消息，或者值不合法）",
    ENOENT: "没有这个端点（对 ipc 来说：目录不存在）",
    ENAMETOOLONG: "ipc 路径超过了 Unix socket 允许的 107 字节",
    EPROTONOSUPPORT: "libzmq 不支持这种传输协议",
    ENOCOMPATPROTO: "这种传输协议不能用于这种 socket 类型",
    ENODEV: "本机上没有这个主机名或网络接口",
    EADDRNOTAVAIL: "这个地址不属于本机",
    EMFILE: "打开的 socket 或文件太多",
    EBUSY: "socket 正忙于另一个操作",
    EBADF: "socket 已关闭",
    ENOTSOCK: "socket 已关闭",
    ENOTSUP: "这种 socket 类型做不到这一点",
    EPIPE: "对端在握手过程中离开了",
    ECONNREFUSED: "那个地址上没有人在监听",
  },
  states: {
    connecting: "连接中",
    connected: "已连接",
    retrying: "重试中",
    disconnected: "已断开",
    rejected: "被拒绝",
  },
};

/** Other problems the gateway raises while running, in simplified Chinese. */
export const runtime: Translation["runtime"] = {
  send: {
    "cannot-send": "{{type}} socket 不能发送，它只接收。",
    killed: "{{socket}} 没有在运行（它的进程已被终止）。",
    "no-frames": "一条消息至少需要一帧。",
    "single-frame": "{{type}} socket 只发送单帧消息。",
    "req-waiting": "{{socket}} 是正在等待回复的 REQ：只有回复到达后它才能再次发送。",
    "radio-group": "RADIO 向组发送：请先为它的发送行为设置一个组。",
    failed: "{{socket}} 无法发送：{{error, errno}}。",
  },
  deploy: {
    "kept-previous": "新拓扑没有启动；之前的拓扑仍在原样运行。",
    "put-back-one":
      "新拓扑没有启动，所以恢复了之前的拓扑：{{sockets}} 已重新打开（它队列中等待的消息已丢失）。",
    "put-back-many":
      "新拓扑没有启动，所以恢复了之前的拓扑：{{sockets}} 已重新打开（它们队列中等待的消息已丢失）。",
    "nothing-runs": "新拓扑没有启动，之前的拓扑也无法恢复：现在没有任何东西在运行。",
  },
  "option-refused": "{{socket}}：选项 {{option}} 没有生效（{{detail}}）。",
  throttled:
    "{{socket}} 每秒发送超过 {{max}} 条消息，超出了每个 socket 的上限；网关把它限制在这个速率。",
};
