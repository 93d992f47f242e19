import type { Translation } from "./resource-types.js";

/**
 * Why a text or file is not a topology this build can open, in Vietnamese (the
 * parser's messages, `diagnostics.parse.*`). JSON field names and values stay as
 * they are written in the file; the JSON engine's own words ({{reason}}) stay English.
 */
export const parse: Translation["diagnostics"]["parse"] = {
  empty:
    'Văn bản trống. Một topology là một tài liệu JSON bắt đầu bằng { "format": "{{format}}", "version": {{version}}, ...',
  "bad-json": {
    at: "Đây không phải JSON hợp lệ (dòng {{line}}, cột {{column}}): {{reason}}. Hãy xem quanh chỗ đó có thiếu dấu phẩy, dấu nháy hay dấu ngoặc không.",
    somewhere:
      "Đây không phải JSON hợp lệ: {{reason}}. Hãy xem có thiếu dấu phẩy, dấu nháy hay dấu ngoặc nào không.",
  },
  unreadable: "Không đọc được tài liệu này: {{why}}",
  "not-object":
    "Đây không phải một topology: topology là một đối tượng JSON, nhưng đây là {{found, found}}.",
  "no-format":
    'Đây không phải file topology: nó không có trường "format", trong khi một topology bắt đầu bằng "format": "{{format}}".',
  "other-format":
    'Đây không phải file topology: nó ghi "format": {{found}}, trong khi một topology bắt đầu bằng "format": "{{format}}".',
  "version-missing":
    '"version" phải là một số nguyên (bản build này ghi {{version}}), nhưng trường này bị thiếu.',
  "version-not-integer":
    '"version" phải là một số nguyên (bản build này ghi {{version}}), không phải {{found}}.',
  "newer-version":
    "File này dùng định dạng topology phiên bản {{version}}, do một playground mới hơn tạo ra; bản build này chỉ đọc được tới phiên bản {{max}}. Hãy cập nhật playground để mở nó.",
  "older-version":
    "File này dùng định dạng topology phiên bản {{version}}, bản build này không đọc được: nó đọc phiên bản {{target}}, và nâng cấp được file từ phiên bản {{oldest}} trở đi.",
  "migration-failed":
    "Nâng cấp file này từ định dạng phiên bản {{from}} lên {{to}} thất bại: {{why}}",
  schema: {
    "unknown-field": {
      "top-listed":
        "{{path, subject}} không phải một trường của topology; các trường là {{fields}}.",
      "top-unlisted": "{{path, subject}} không phải một trường của topology.",
      listed: "{{path, subject}} không phải một trường của {{parent}}; các trường là {{fields}}.",
      unlisted: "{{path, subject}} không phải một trường của {{parent}}.",
    },
    "missing-type": "{{path, subject}} bị thiếu: nó phải là {{expected, expected}}.",
    "wrong-type": "{{path, subject}} phải là {{expected, expected}}, không phải {{found, found}}.",
    "missing-choice": "{{path, subject}} bị thiếu: nó phải là {{choices, or}}.",
    "wrong-choice": "{{path, subject}} phải là {{choices, or}}, không phải {{found, found}}.",
    "missing-one-of": "{{path, subject}} bị thiếu: nó phải là một trong {{choices}}.",
    "wrong-one-of": "{{path, subject}} phải là một trong {{choices}}, không phải {{found, found}}.",
    "bad-id":
      "{{path, subject}} không hợp lệ (id gồm 1-64 chữ cái, chữ số, '_' hoặc '-'): giá trị hiện tại là {{found, found}}.",
    "bad-format":
      "{{path, subject}} không hợp lệ ({{detail}}): giá trị hiện tại là {{found, found}}.",
    empty: "{{path, subject}} không được để trống.",
    "too-short": "{{path, subject}} phải dài ít nhất {{min}} ký tự.",
    "too-few-one": "{{path, subject}} cần ít nhất {{min}} phần tử.",
    "too-few": "{{path, subject}} cần ít nhất {{min}} phần tử.",
    "too-small": "{{path, subject}} không được nhỏ hơn {{min}}.",
    "not-above": "{{path, subject}} phải lớn hơn {{min}}.",
    "too-long": "{{path, subject}} quá dài: tối đa {{max}} ký tự.",
    "too-many": "{{path, subject}} có quá nhiều phần tử: tối đa {{max}}.",
    "too-big": "{{path, subject}} không được lớn hơn {{max}}.",
    "not-below": "{{path, subject}} phải nhỏ hơn {{max}}.",
    other: "{{path, subject}} không hợp lệ: {{detail}}.",
  },
  words: {
    document: "Tài liệu",
    inSocket: '{{subject}} (socket "{{socket}}")',
    expected: {
      string: "văn bản",
      number: "một số",
      int: "một số nguyên",
      boolean: "true hoặc false",
      array: "một danh sách [...]",
      object: "một đối tượng {...}",
    },
    found: {
      list: "một danh sách",
      object: "một đối tượng",
      nothing: "không có gì",
      null: "null",
      string: "một chuỗi",
      number: "một số",
      boolean: "một giá trị boolean",
    },
  },
};
