import type { Translation } from "./resource-types.js";

/** When the gateway refuses a command or the page, in Vietnamese (see en-command-errors.ts). */
export const commandErrors: Translation["commandErrors"] = {
  codes: {
    "bad-message": "Gateway không đọc được những gì trang này gửi; chưa có gì thay đổi.",
    "hello-required": "Gateway chưa chào trang này; lệnh chưa được chạy.",
    "unsupported-version": "Gateway dùng một phiên bản giao thức khác với trang này.",
    "invalid-topology": "Gateway từ chối topology; chưa có gì được khởi động.",
    "not-running": "Chưa có topology nào đang chạy: hãy bấm Chạy trước.",
    "not-paused": "Hãy tạm dừng topology trước khi cho từng message đi qua.",
    "unknown-socket": "Socket đó không có trong topology đang chạy.",
    "unknown-process": "Process đó không có trong topology đang chạy.",
    "limit-exceeded": "Việc đó vượt quá một giới hạn của phiên này.",
    "too-large": "Message đó lớn hơn mức gateway cho phép.",
    "socket-error": "libzmq từ chối thao tác này.",
    "rate-limited": "Trang này gửi quá nhiều message cùng lúc; một message đã bị bỏ qua.",
    internal: "Gateway gặp lỗi; chi tiết nằm trong log của nó.",
  },
  refused: {
    "client-too-old":
      "Trang này dùng giao thức {{page}}, còn gateway dùng {{gateway}}: hãy tải lại trang.",
    "server-too-old":
      "Trang này dùng giao thức {{page}}, còn gateway dùng {{gateway}}: hãy khởi động lại gateway bằng cùng bản build với trang.",
    forbidden: "Gateway này cần access token: hãy mở địa chỉ mà nó đã in ra, có kèm ?token=.",
    "too-many-sessions": "Gateway đã chạy đủ số phiên tối đa cho phép; hãy thử lại sau.",
  },
  more_one: "{{text}} (và {{count}} vấn đề khác)",
  more_other: "{{text}} (và {{count}} vấn đề khác)",
  withDetail: "{{text}} Gateway báo: {{detail}}",
};
