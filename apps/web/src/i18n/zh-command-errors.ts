import type { Translation } from "./resource-types.js";

/** When the gateway refuses a command or the page, in simplified Chinese (see en-command-errors.ts). */
export const commandErrors: Translation["commandErrors"] = {
  codes: {
    "bad-message": "网关无法读取这个页面发送的内容；没有任何改动。",
    "hello-required": "网关还没有与这个页面完成握手；命令没有执行。",
    "unsupported-version": "网关使用的协议版本与这个页面不同。",
    "invalid-topology": "网关拒绝了这个拓扑；没有启动任何东西。",
    "not-running": "没有正在运行的拓扑：请先点击“运行”。",
    "not-paused": "请先暂停拓扑，再单步放行一条消息。",
    "unknown-socket": "正在运行的拓扑中没有这个 socket。",
    "unknown-process": "正在运行的拓扑中没有这个进程。",
    "limit-exceeded": "这超出了本会话的一项限制。",
    "too-large": "这条消息超过了网关允许的大小。",
    "socket-error": "libzmq 拒绝了这个操作。",
    "rate-limited": "这个页面一次发送的消息太多；其中一条被忽略了。",
    internal: "网关出错了；详细信息在它的日志里。",
  },
  refused: {
    "client-too-old": "这个页面使用协议 {{page}}，网关使用 {{gateway}}：请重新加载页面。",
    "server-too-old":
      "这个页面使用协议 {{page}}，网关使用 {{gateway}}：请用与页面相同的构建重新启动网关。",
    forbidden: "这个网关需要访问令牌：请打开它打印出的地址（带有 ?token=）。",
    "too-many-sessions": "网关运行的会话数已达上限；请稍后再试。",
  },
  more_one: "{{text}}（另有 {{count}} 个问题）",
  more_other: "{{text}}（另有 {{count}} 个问题）",
  withDetail: "{{text}} 网关提示：{{detail}}",
};
