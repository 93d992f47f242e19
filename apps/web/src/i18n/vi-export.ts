/** Texts of code export, the JSON Schema link, recording and replay (Vietnamese). */
import type { Translation } from "./resource-types.js";

export const exportUi: Translation["exportUi"] = {
  menu: {
    codePython: "Mã nguồn (Python)",
    codeNode: "Mã nguồn (Node)",
    schema: "JSON Schema cho file topology",
  },
  code: {
    title: "Chương trình {{language}} cho \u201c{{title}}\u201d",
    languages: { python: "Python", node: "Node.js" },
    help: {
      python:
        "Mỗi process là một chương trình pyzmq, viết theo kiểu các ví dụ trong bài hướng dẫn. File README cho biết mỗi chương trình làm gì và cần khởi động theo thứ tự nào.",
      node: "Mỗi process là một chương trình zeromq.js 6, kèm một file package.json. File README cho biết mỗi chương trình làm gì và cần khởi động theo thứ tự nào.",
    },
    files: "Các file",
    lines_one: "{{count}} dòng",
    lines_other: "{{count}} dòng",
    copy: "Sao chép",
    copyHint: "Sao chép {{file}} vào clipboard",
    copied: "Đã sao chép",
    copyFailed: "Trình duyệt từ chối: văn bản đã được chọn, hãy nhấn Ctrl+C",
    download: "Tải file zip",
    downloadHint: "Tất cả các file trong một file .zip, đặt trong thư mục mang tên topology",
    hasErrors:
      "Topology này có lỗi: các chương trình làm đúng như topology đã viết nên có thể chạy lỗi. Bảng Vấn đề cho biết cần sửa gì.",
  },
  record: {
    start: "Ghi lại",
    startHint:
      "Ghi lại những gì lần chạy này hiển thị (bộ đếm, trạng thái liên kết, message) để phát lại sau, kể cả khi không có gateway",
    stop: "Dừng ghi",
    stopHint: "Dừng và lưu bản ghi thành file .zmqrec.json",
    save: "Lưu bản ghi",
    elapsed: "{{time}}",
    ended: {
      duration: "Bản ghi đã đạt giới hạn {{minutes}} phút và dừng lại.",
      frames: "Bản ghi đã chứa số lần cập nhật tối đa cho phép và dừng lại.",
      size: "Bản ghi đã đạt giới hạn dung lượng ({{megabytes}} MB) và dừng lại.",
      "run-ended": "Lần chạy đã kết thúc; bản ghi giữ lại các bộ đếm cuối cùng.",
      edited:
        "Topology bị thay đổi trong khi chạy nên bản ghi đã dừng (mỗi bản ghi chỉ giữ một topology).",
    },
  },
  replay: {
    banner: "Đang phát lại một bản ghi \u2014 không thể chỉnh sửa",
    exit: "Thoát phát lại",
    exitHint: "Quay lại topology của bạn",
    bar: "Điều khiển phát lại",
    play: "Phát",
    pause: "Tạm dừng",
    position: "Vị trí trong bản ghi",
    speed: "Tốc độ phát lại",
    speedOption: "{{factor}}\u00d7",
    time: "{{elapsed}} / {{total}}",
    copyLink: "Sao chép link",
    copyLinkHint: "Một link mở bản ghi này: link chứa toàn bộ bản ghi",
    linkCopied: "Đã sao chép link",
    linkInAddressBar: "Trình duyệt không cho dùng clipboard: link giờ nằm trên thanh địa chỉ.",
    linkTooBig:
      "Quá lớn để đưa vào link. Hãy đặt file .zmqrec.json lên một web server rồi mở trang này với #rec= và địa chỉ của file.",
    recordedAt: "ghi lúc {{date}}",
  },
  open: {
    linked: "bản ghi trong link",
    fetchFailed: "Không tải được bản ghi tại {{url}} ({{reason}}).",
    badUrl:
      "Link bản ghi chỉ được trỏ tới một địa chỉ https:// hoặc tới chính trang này, không phải {{url}}.",
    damaged: "Bản ghi trong link này bị hỏng và không đọc được.",
  },
};
