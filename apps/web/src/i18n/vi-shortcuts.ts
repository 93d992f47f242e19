import type { Translation } from "./resource-types.js";

/** The "?" dialog in Vietnamese; key caps (Ctrl, Shift, Enter, Esc) stay as printed on keyboards. */
export const shortcuts: Translation["shortcuts"] = {
  groups: {
    editing: "Chỉnh sửa",
    running: "Chạy",
    presentation: "Trình chiếu bài học",
  },
  does: {
    add: "Thêm loại socket đang được focus trong danh sách Socket",
    undo: "Hoàn tác",
    redo: "Làm lại",
    delete: "Xóa phần đang chọn",
    duplicate: "Nhân bản phần đang chọn",
    selectAll: "Chọn tất cả",
    copy: "Sao chép phần đang chọn (dạng JSON)",
    cut: "Cắt phần đang chọn",
    paste: "Dán socket",
    group: "Đưa phần đang chọn vào một process",
    move: "Di chuyển các socket đang chọn (giữ Shift để đi xa hơn)",
    multi: "Chọn thêm",
    box: "Chọn bằng khung",
    fit: "Xem toàn bộ sơ đồ",
    escape: "Đóng hộp thoại, bỏ chọn",
    help: "Hiện trợ giúp này",
    run: "Chạy topology, hoặc dừng nếu nó đang chạy",
    stop: "Dừng topology đang chạy",
    send: "Gửi message (trong một ô frame của “Tự gửi một message”)",
    next: "Slide tiếp theo",
    previous: "Slide trước",
    leave: "Thoát chế độ trình chiếu",
  },
  gestures: { click: "nhấp chuột", drag: "kéo" },
  or: "hoặc",
};
