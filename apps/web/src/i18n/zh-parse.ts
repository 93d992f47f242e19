import type { Translation } from "./resource-types.js";

/**
 * Why a text or file is not a topology this build can open, in simplified Chinese
 * (the parser's messages, `diagnostics.parse.*`). JSON field names and values stay as
 * written in the file; the JSON engine's own words ({{reason}}) stay English.
 */
export const parse: Translation["diagnostics"]["parse"] = {
  empty:
    '文本是空的。拓扑是一个 JSON 文档，开头是 { "format": "{{format}}", "version": {{version}}, ...',
  "bad-json": {
    at: "这不是有效的 JSON（第 {{line}} 行，第 {{column}} 列）：{{reason}}。请检查那附近是否缺少逗号、引号或括号。",
    somewhere: "这不是有效的 JSON：{{reason}}。请检查是否缺少逗号、引号或括号。",
  },
  unreadable: "无法读取这个文档：{{why}}",
  "not-object": "这不是拓扑：拓扑是一个 JSON 对象，而这是{{found, found}}。",
  "no-format": '这不是拓扑文件：它没有 "format" 字段，而拓扑的开头是 "format": "{{format}}"。',
  "other-format":
    '这不是拓扑文件：它写的是 "format": {{found}}，而拓扑的开头是 "format": "{{format}}"。',
  "version-missing": '"version" 必须是整数（这个版本写入 {{version}}），但它缺失了。',
  "version-not-integer": '"version" 必须是整数（这个版本写入 {{version}}），而不是 {{found}}。',
  "newer-version":
    "这个文件使用拓扑格式版本 {{version}}，由更新的 playground 生成；这个版本最多只能读取版本 {{max}}。请更新 playground 后再打开。",
  "older-version":
    "这个文件使用拓扑格式版本 {{version}}，这个版本无法读取：它读取版本 {{target}}，并能升级版本 {{oldest}} 及以后的文件。",
  "migration-failed": "把这个文件从格式版本 {{from}} 升级到 {{to}} 失败：{{why}}",
  schema: {
    "unknown-field": {
      "top-listed": "{{path, subject}} 不是拓扑的字段；可用的字段有 {{fields}}。",
      "top-unlisted": "{{path, subject}} 不是拓扑的字段。",
      listed: "{{path, subject}} 不是 {{parent}} 的字段；可用的字段有 {{fields}}。",
      unlisted: "{{path, subject}} 不是 {{parent}} 的字段。",
    },
    "missing-type": "缺少 {{path, subject}}：它必须是{{expected, expected}}。",
    "wrong-type": "{{path, subject}} 必须是{{expected, expected}}，而不是 {{found, found}}。",
    "missing-choice": "缺少 {{path, subject}}：它必须是 {{choices, or}}。",
    "wrong-choice": "{{path, subject}} 必须是 {{choices, or}}，而不是 {{found, found}}。",
    "missing-one-of": "缺少 {{path, subject}}：它必须是 {{choices}} 之一。",
    "wrong-one-of": "{{path, subject}} 必须是 {{choices}} 之一，而不是 {{found, found}}。",
    "bad-id":
      "{{path, subject}} 无效（id 由 1-64 个字母、数字、'_' 或 '-' 组成）：实际是 {{found, found}}。",
    "bad-format": "{{path, subject}} 无效（{{detail}}）：实际是 {{found, found}}。",
    empty: "{{path, subject}} 不能为空。",
    "too-short": "{{path, subject}} 至少要有 {{min}} 个字符。",
    "too-few-one": "{{path, subject}} 至少需要 {{min}} 项。",
    "too-few": "{{path, subject}} 至少需要 {{min}} 项。",
    "too-small": "{{path, subject}} 不能小于 {{min}}。",
    "not-above": "{{path, subject}} 必须大于 {{min}}。",
    "too-long": "{{path, subject}} 太长：最多 {{max}} 个字符。",
    "too-many": "{{path, subject}} 的项太多：最多 {{max}} 项。",
    "too-big": "{{path, subject}} 不能大于 {{max}}。",
    "not-below": "{{path, subject}} 必须小于 {{max}}。",
    other: "{{path, subject}} 无效：{{detail}}。",
  },
  words: {
    document: "文档",
    inSocket: '{{subject}} (socket "{{socket}}")',
    expected: {
      string: "文本",
      number: "数字",
      int: "整数",
      boolean: "布尔值（true 或 false）",
      array: "列表 [...]",
      object: "对象 {...}",
    },
    found: {
      list: "列表",
      object: "对象",
      nothing: "空",
      null: "空值（null）",
      string: "字符串",
      number: "数字",
      boolean: "布尔值",
    },
  },
};
