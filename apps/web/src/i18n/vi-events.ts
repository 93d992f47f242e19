import type { Translation } from "./resource-types.js";

/**
 * The gateway's runtime events in Vietnamese, by message id; the same {{params}} as the
 * English templates in @zmq-playground/shared. libzmq's codes (EADDRINUSE...) stay.
 */
export const events: Translation["events"] = {
  bind: "{{socket}} đang lắng nghe trên {{endpoint}}.",
  "bind:error": "{{socket}} không bind được {{endpoint}} ({{code}}).",
  accept: "{{socket}} đã chấp nhận một kết nối trên {{endpoint}}.",
  "accept:error": "{{socket}} không chấp nhận được một kết nối trên {{endpoint}} ({{code}}).",
  "connect:delay": "{{socket}} đang connect tới {{endpoint}}.",
  connect: "{{socket}} đã tới được {{endpoint}}; đang handshake.",
  "connect:retry": "{{socket}} sẽ thử lại {{endpoint}} sau {{interval}} ms.",
  close: "{{socket}} đã đóng một kết nối trên {{endpoint}}.",
  "close:error": "{{socket}} không đóng được một kết nối trên {{endpoint}} ({{code}}).",
  disconnect: "{{socket}} bị mất một kết nối trên {{endpoint}}.",
  handshake: "{{socket}} đã hoàn tất handshake ZeroMQ trên {{endpoint}}: đã kết nối.",
  "handshake:error:protocol": "{{socket}}: handshake trên {{endpoint}} thất bại ({{code}}).",
  "handshake:error:auth": "{{socket}}: handshake trên {{endpoint}} thất bại ({{code}}).",
  "handshake:error:other": "{{socket}}: handshake trên {{endpoint}} thất bại ({{code}}).",
  "link-state": "Link từ {{socket}} tới {{endpoint}}: {{state, state}}.",
  "process-killed": "Process {{process}} đã bị kill: các socket của nó đã đóng.",
  "process-restarted": "Process {{process}} đã được khởi động lại.",
  "outside-peer": {
    sender:
      "Một chương trình bên ngoài đang kết nối tới {{endpoint}} ({{socket}}). Từ giờ những gì {{socket}} gửi chỉ gồm đúng các frame của hành vi, nên message được đếm ở socket nhận, không đếm trên liên kết.",
    receiver: "Một chương trình bên ngoài đang kết nối tới {{endpoint}} ({{socket}}).",
  },
  "outside-peer-left": "{{socket}} lại chỉ còn kết nối với các socket của chính topology.",
  "req-waiting":
    "{{socket}} vẫn đang chờ reply, và một REQ không được gửi tiếp cho tới khi reply về. Nếu peer đã biến mất thì request bị mất: REQ không bao giờ tự gửi lại.",
  "forward-target-down":
    "{{socket}} không chuyển tiếp được tới {{to}}: socket đó không chạy; các message bị bỏ.",
  "send-blocked":
    "{{socket}} đang chờ để gửi: chưa peer nào nhận được message (chưa ai kết nối, hoặc mọi hàng đợi đều đầy).",
  "send-unblocked": "{{socket}} gửi được trở lại.",
  "bind-error": "{{socket}}: bind tới {{endpoint}} thất bại: {{error, errno}}.",
  "create-error": "{{socket}}: tạo socket thất bại: {{error, errno}}.",
  "connect-error": "{{socket}}: connect tới {{endpoint}} thất bại: {{error, errno}}.",
  "send-error": {
    behavior: "{{socket}}: gửi thất bại: {{error, errno}}.",
    manual: "{{socket}}: gửi tay thất bại: {{error, errno}}.",
  },
  "receive-error": "{{socket}}: nhận thất bại: {{error, errno}}.",
  "behavior-error": "{{socket}}: hành vi của socket bị lỗi: {{error, errno}}.",
  "limit-exceeded": "{{socket}}: message {{seq}} lớn hơn giới hạn {{max}} byte; nó không được gửi.",
};

/** What libzmq's error codes mean, and the link states inside a sentence, in Vietnamese. */
export const eventWords: Translation["eventWords"] = {
  explained: "{{reason}} ({{code}})",
  errno: {
    EADDRINUSE: "địa chỉ đã bị chiếm (một socket hoặc chương trình khác đã bind nó)",
    EAGAIN:
      "không hoàn tất kịp: chưa peer nào kết nối, hoặc hàng đợi của mọi peer đều đầy (high-water mark)",
    EFSM: "socket đang ở sai trạng thái: REQ phải nhận reply rồi mới gửi tiếp, và REP phải nhận một request rồi mới reply được",
    EHOSTUNREACH: "không peer nào đang kết nối có routing id đó",
    EINVAL:
      "libzmq từ chối các tham số (một message nhiều frame trên socket chỉ nhận một frame, hoặc một giá trị sai)",
    ENOENT: "không có endpoint như vậy (với ipc: thư mục không tồn tại)",
    ENAMETOOLONG: "đường dẫn ipc dài hơn 107 byte mà một Unix socket cho phép",
    EPROTONOSUPPORT: "libzmq không hỗ trợ giao thức truyền này",
    ENOCOMPATPROTO: "giao thức truyền này không dùng được với kiểu socket này",
    ENODEV: "tên host hoặc giao diện mạng không có trên máy này",
    EADDRNOTAVAIL: "địa chỉ đó không thuộc về máy này",
    EMFILE: "quá nhiều socket hoặc file đang mở",
    EBUSY: "socket đang bận với một thao tác khác",
    EBADF: "socket đã đóng",
    ENOTSOCK: "socket đã đóng",
    ENOTSUP: "kiểu socket này không làm được việc đó",
    EPIPE: "peer đã biến mất giữa lúc handshake",
    ECONNREFUSED: "không ai lắng nghe ở địa chỉ đó",
  },
  states: {
    connecting: "đang kết nối",
    connected: "đã kết nối",
    retrying: "đang thử lại",
    disconnected: "mất kết nối",
    rejected: "bị từ chối",
  },
};

/** Other problems the gateway raises while running, in Vietnamese. */
export const runtime: Translation["runtime"] = {
  send: {
    "cannot-send": "Socket {{type}} không gửi được; nó chỉ nhận.",
    killed: "{{socket}} không chạy (process của nó đã bị kill).",
    "no-frames": "Một message cần ít nhất một frame.",
    "single-frame": "Socket {{type}} chỉ gửi message một frame.",
    "req-waiting":
      "{{socket}} là một REQ đang chờ reply: nó chỉ được gửi tiếp sau khi reply về tới.",
    "radio-group": "RADIO gửi tới một group: hãy đặt group cho hành vi gửi của nó trước.",
    failed: "{{socket}} không gửi được: {{error, errno}}.",
  },
  deploy: {
    "kept-previous":
      "Topology mới không khởi động được; topology trước vẫn chạy, không bị đụng tới.",
    "put-back-one":
      "Topology mới không khởi động được, nên topology trước đã được đặt lại: {{sockets}} đã được mở lại (các message đang chờ trong hàng đợi của nó bị mất).",
    "put-back-many":
      "Topology mới không khởi động được, nên topology trước đã được đặt lại: {{sockets}} đã được mở lại (các message đang chờ trong hàng đợi của chúng bị mất).",
    "nothing-runs":
      "Topology mới không khởi động được, và topology trước cũng không đặt lại được: hiện không có gì đang chạy.",
  },
  "option-refused": "{{socket}}: tùy chọn {{option}} không được áp dụng ({{detail}}).",
  throttled:
    "{{socket}} gửi nhanh hơn {{max}} message mỗi giây, giới hạn cho mỗi socket; gateway giữ nó ở tốc độ đó.",
};
