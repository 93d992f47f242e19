import type { Translation } from "./resource-types.js";

/** The socket catalog in Vietnamese: a line and a paragraph per type. */
export const catalog: Translation["catalog"] = {
  REQ: {
    summary: "Gửi một câu hỏi rồi chờ câu trả lời.",
    explanation:
      "Socket REQ gửi một request, sau đó phải chờ nhận được reply rồi mới được gửi tiếp. Khi connect tới nhiều server, nó lần lượt gửi cho từng server (round robin), mỗi server một request.",
  },
  REP: {
    summary: "Trả lời từng request, mỗi lần một cái.",
    explanation:
      "Socket REP nhận một request, rồi phải gửi đúng một reply; ZeroMQ tự đưa reply về đúng người đã hỏi. Nó phục vụ các client một cách công bằng, mỗi lần một request.",
  },
  DEALER: {
    summary: "Một REQ bất đồng bộ: gửi và nhận tự do.",
    explanation:
      "DEALER chia các message gửi đi lần lượt cho các peer và nhận công bằng từ tất cả, không bắt buộc gửi/nhận xen kẽ. Khi nói chuyện với REP, nó tự thêm frame phân cách rỗng giống như REQ.",
  },
  ROUTER: {
    summary: "Một REP bất đồng bộ, biết ai đã gửi gì.",
    explanation:
      "ROUTER gắn danh tính (identity) của người gửi vào đầu mỗi message nhận được, và dùng frame đầu tiên của mỗi message gửi đi để chọn peer nhận. Nhờ vậy một broker trả lời được nhiều client cùng lúc. Message gửi tới một identity không tồn tại sẽ bị bỏ.",
  },
  PUB: {
    summary: "Phát tới mọi subscriber có topic phù hợp.",
    explanation:
      "Socket PUB gửi mỗi message tới mọi subscriber có subscription là tiền tố của frame đầu tiên (topic). Nó không bao giờ chờ: subscriber nào quá chậm, hoặc chưa kịp connect, sẽ đơn giản là bỏ lỡ message.",
  },
  SUB: {
    summary: "Nhận các topic đã subscribe.",
    explanation:
      "Socket SUB chỉ nhận những message có topic bắt đầu bằng một trong các subscription của nó; không có subscription nào thì không nhận được gì. Khi connect tới nhiều publisher, nó nghe được tất cả.",
  },
  XPUB: {
    summary: "Một PUB thấy được các subscription gửi tới.",
    explanation:
      "XPUB phát message giống PUB, đồng thời nhận được các yêu cầu subscribe và unsubscribe của subscriber. Ghép với XSUB, nó tạo thành một proxy chuyển tiếp cả dữ liệu lẫn subscription.",
  },
  XSUB: {
    summary: "Một SUB subscribe bằng cách gửi message.",
    explanation:
      "XSUB nhận giống SUB, nhưng subscribe bằng cách gửi một message (byte 1 rồi tới topic). Nó là nửa phía upstream của một proxy publish-subscribe.",
  },
  PUSH: {
    summary: "Chia task lần lượt cho các worker.",
    explanation:
      "Socket PUSH đưa mỗi message cho PULL peer kế tiếp theo lượt (round robin). Khi hàng đợi của mọi peer đều đầy, nó chờ chứ không bỏ message.",
  },
  PULL: {
    summary: "Gom kết quả từ mọi pusher.",
    explanation:
      "Socket PULL nhận công bằng từ tất cả PUSH peer, lần lượt lấy một message từ mỗi peer (fair queuing). Nó không bao giờ gửi.",
  },
  PAIR: {
    summary: "Một đối một, cả hai chiều.",
    explanation:
      "Socket PAIR nói chuyện với đúng một PAIR khác, theo cả hai chiều, giống một kết nối thông thường. Peer thứ hai bị bỏ qua mà không báo lỗi, nên PAIR chỉ hợp với hai bên cố định.",
  },
  CLIENT: {
    summary: "Draft: một DEALER thread-safe, một frame.",
    explanation:
      "CLIENT (draft) lần lượt gửi message một frame cho các SERVER peer và nhận câu trả lời của chúng. Khác với REQ, nó không bao giờ bị chặn vì phải gửi/nhận xen kẽ.",
  },
  SERVER: {
    summary: "Draft: trả lời CLIENT theo routing id.",
    explanation:
      "SERVER (draft) nhận message một frame kèm routing id của người gửi, và trả lời theo id đó. Nó là phiên bản một frame, thread-safe của ROUTER.",
  },
  RADIO: {
    summary: "Draft: phát tới các group.",
    explanation:
      "RADIO (draft) phát message một frame tới một group có tên; chỉ những socket DISH đã join group đó mới nhận được. Nó thay cho PUB ở những chỗ lẽ ra dùng multicast (pgm/epgm).",
  },
  DISH: {
    summary: "Draft: nhận các group đã join.",
    explanation:
      "DISH (draft) nhận message từ RADIO thuộc các group nó đã join, so khớp chính xác tên group chứ không theo tiền tố.",
  },
  SCATTER: {
    summary: "Draft: một PUSH chỉ một frame.",
    explanation: "SCATTER (draft) chia message một frame lần lượt cho các GATHER peer, giống PUSH.",
  },
  GATHER: {
    summary: "Draft: một PULL chỉ một frame.",
    explanation:
      "GATHER (draft) nhận công bằng message một frame từ tất cả SCATTER peer, giống PULL.",
  },
  CHANNEL: {
    summary: "Draft: một PAIR chỉ một frame.",
    explanation:
      "CHANNEL (draft) nối đúng hai socket, cả hai chiều, bằng message một frame, giống PAIR.",
  },
};

/** Socket options, by their zeromq.js names, in Vietnamese. */
export const options: Translation["options"] = {
  sendHighWaterMark:
    "Số message gửi đi được phép chờ trong hàng đợi cho mỗi peer trước khi socket bị chặn hoặc bỏ message (mặc định 1000).",
  receiveHighWaterMark:
    "Số message nhận về được phép chờ cho mỗi peer trước khi ZeroMQ ngừng đọc (mặc định 1000).",
  linger:
    "Số mili giây giữ lại các message chưa gửi sau khi đóng socket. Playground luôn đóng với 0 để không có gì bị treo.",
  immediate: "Chỉ xếp message cho các peer đã kết nối xong, không xếp cho peer còn đang kết nối.",
  reconnectInterval: "Số mili giây chờ trước khi kết nối lại khi mất kết nối (mặc định 100).",
  reconnectMaxInterval:
    "Giới hạn trên cho khoảng thời gian kết nối lại (được nhân đôi sau mỗi lần); 0 thì giữ cố định.",
  subscribe:
    "Các tiền tố topic muốn nhận. Chuỗi rỗng nhận tất cả; không có subscription nào thì không nhận gì.",
  join: "Các group mà DISH nhận từ các RADIO peer.",
  routingId: "Tên của socket này dưới mắt một ROUTER peer (1-255 byte, không bắt đầu bằng byte 0).",
  conflate: "Chỉ giữ message mới nhất trong hàng đợi (chỉ dùng với message một frame).",
  mandatory: "Báo lỗi thay vì lặng lẽ bỏ message gửi tới một routing id không tồn tại.",
  handover: "Cho phép peer mới có cùng routing id thay thế peer cũ.",
  probeRouter: "Gửi một message rỗng tới ROUTER peer khi connect, để nó biết id của socket này.",
  relaxed: "Cho phép REQ gửi request mới mà không cần chờ reply của request trước.",
  correlate: "Đánh dấu các request để REQ ở chế độ relaxed bỏ qua các reply cũ.",
  noDrop: "Khiến publisher bị chặn (hoặc báo lỗi) khi chạm high-water mark thay vì bỏ message.",
  invertMatching: "Nhận những message KHÔNG khớp với các subscription.",
};
