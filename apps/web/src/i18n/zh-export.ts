/** Texts of code export, the JSON Schema link, recording and replay (simplified Chinese). */
import type { Translation } from "./resource-types.js";

export const exportUi: Translation["exportUi"] = {
  menu: {
    codePython: "代码（Python）",
    codeNode: "代码（Node）",
    schema: "拓扑文件的 JSON Schema",
  },
  code: {
    title: "\u201c{{title}}\u201d的 {{language}} 程序",
    languages: { python: "Python", node: "Node.js" },
    help: {
      python:
        "每个进程一个 pyzmq 程序，写法与教程中的示例相同。README 说明每个程序做什么，以及按什么顺序启动。",
      node: "每个进程一个 zeromq.js 6 程序，另附一个 package.json。README 说明每个程序做什么，以及按什么顺序启动。",
    },
    files: "文件",
    lines_one: "{{count}} 行",
    lines_other: "{{count}} 行",
    copy: "复制",
    copyHint: "把 {{file}} 复制到剪贴板",
    copied: "已复制",
    copyFailed: "浏览器拒绝了复制：文本已选中，请按 Ctrl+C",
    download: "下载 zip",
    downloadHint: "所有文件打包成一个 .zip，放在以拓扑命名的文件夹中",
    hasErrors: "这个拓扑有错误：程序完全按拓扑生成，运行时可能失败。“问题”面板会说明需要修改什么。",
  },
  record: {
    start: "录制",
    startHint: "录制本次运行显示的内容（计数、链接状态、消息），以便之后回放，即使没有网关也可以",
    stop: "停止录制",
    stopHint: "停止并把录制保存为 .zmqrec.json 文件",
    save: "保存录制",
    elapsed: "{{time}}",
    ended: {
      duration: "录制已达到 {{minutes}} 分钟的上限，已停止。",
      frames: "录制的更新次数已达到上限，已停止。",
      size: "录制已达到大小上限（{{megabytes}} MB），已停止。",
      "run-ended": "运行已结束；录制保留了最后的计数。",
      edited: "运行期间拓扑被修改，录制已停止（一份录制只保存一个拓扑）。",
    },
  },
  replay: {
    banner: "正在回放录制 \u2014 编辑已关闭",
    exit: "退出回放",
    exitHint: "回到你自己的拓扑",
    bar: "回放控制",
    play: "播放",
    pause: "暂停",
    position: "录制中的位置",
    speed: "回放速度",
    speedOption: "{{factor}}\u00d7",
    time: "{{elapsed}} / {{total}}",
    copyLink: "复制链接",
    copyLinkHint: "打开这份录制的链接：链接里包含整份录制",
    linkCopied: "链接已复制",
    linkInAddressBar: "浏览器拒绝使用剪贴板：链接已放在地址栏中。",
    linkTooBig:
      "录制太大，无法放进链接。请把 .zmqrec.json 文件放到 Web 服务器上，再用 #rec= 加上它的地址打开本页面。",
    recordedAt: "录制于 {{date}}",
  },
  open: {
    linked: "链接中的录制",
    fetchFailed: "无法下载位于 {{url}} 的录制（{{reason}}）。",
    badUrl: "录制链接只能指向 https:// 地址或本网站，不能指向 {{url}}。",
    damaged: "这个链接中的录制已损坏，无法读取。",
  },
};
