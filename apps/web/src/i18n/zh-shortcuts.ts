import type { Translation } from "./resource-types.js";

/** The "?" dialog in simplified Chinese; key caps (Ctrl, Shift, Enter, Esc) stay as printed on keyboards. */
export const shortcuts: Translation["shortcuts"] = {
  groups: {
    editing: "编辑",
    running: "运行",
    presentation: "课程演示",
  },
  does: {
    add: "添加 Socket 列表中获得焦点的 socket 类型",
    undo: "撤销",
    redo: "重做",
    delete: "删除选中内容",
    duplicate: "为选中内容创建副本",
    selectAll: "全选",
    copy: "复制选中内容（JSON 格式）",
    cut: "剪切选中内容",
    paste: "粘贴 socket",
    group: "把选中内容放进一个进程",
    move: "移动选中的 socket（按住 Shift 移得更远）",
    multi: "加入选择",
    box: "框选",
    fit: "适应窗口",
    escape: "关闭对话框，取消选择",
    help: "显示此帮助",
    run: "运行拓扑；正在运行时则停止",
    stop: "停止正在运行的拓扑",
    send: "发送消息（在“手动发送一条消息”的帧输入框中）",
    next: "下一页",
    previous: "上一页",
    leave: "退出演示",
  },
  gestures: { click: "点击", drag: "拖动" },
  or: "或",
};
