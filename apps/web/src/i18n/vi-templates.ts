import type { Translation } from "./resource-types.js";

const VI_TUTORIAL = "tài liệu tiếng Việt “Hướng dẫn sử dụng thư viện ZMQ”";
const ZH_PATTERNS =
  "được liệt kê trong mục “核心消息模式” (các pattern message cốt lõi) của tài liệu tiếng Trung “进阶篇”";
const OWN_PORT = "mẫu này dùng cổng riêng để các mẫu có thể chạy cùng lúc";

/**
 * The template gallery in Vietnamese, one entry per fixture id. Endpoints, ports, frame
 * contents ("hello {seq}") and the tutorials' own titles stay as written.
 */
export const templates: Translation["templates"] = {
  pair: {
    title: "PAIR: ping-pong một đối một",
    description: `Tái hiện ví dụ 03-01-PAIR trong ${VI_TUTORIAL} (mục 3.1): đúng hai socket PAIR, chỉ một đối một. Server bind tcp://127.0.0.1:5560 (script trong tài liệu dùng cổng 5556; ${OWN_PORT}) và gửi “Server message to client {seq}” 5 lần, cứ 500 ms một lần; client connect rồi trả lời từng message. Kết quả mong đợi: server gửi 5 message và nhận 5 câu trả lời; client nhận 5 và gửi 5.`,
  },
  "req-rep": {
    title: "REQ-REP: client hỏi, server trả lời",
    description: `Tái hiện ví dụ 03-02-REQ-REP trong ${VI_TUTORIAL} (mục 3.2, client-server). Server (REP) bind tcp://127.0.0.1:5561 (tài liệu dùng 5556; ${OWN_PORT}); client (REQ) gửi “request {seq}” 10 lần, cứ 200 ms một lần, và phải chờ câu trả lời cho từng request rồi mới được gửi request tiếp theo. Kết quả mong đợi: client gửi 10 request và nhận 10 câu trả lời; server nhận 10 và gửi 10.`,
  },
  "req-two-reps": {
    title: "Một client REQ, hai server REP: request chia lần lượt",
    description: `Tái hiện cách chạy ví dụ 03-02 với hai server trong ${VI_TUTORIAL} (mục 3.2: một client có thể connect tới nhiều server, khi đó các request của nó được gửi xen kẽ cho từng server). Hai server bind tcp://127.0.0.1:5562 và tcp://127.0.0.1:5563 (tài liệu chạy chúng trên cổng 5546 và 5556; ${OWN_PORT}); client connect tới cả hai và gửi “request {seq}” 10 lần, bắt đầu sau 1 s để cả hai kết nối đều đã sẵn sàng. Kết quả mong đợi: client gửi 10 request và nhận 10 câu trả lời; các request xen kẽ nhau nên mỗi server nhận 5 và gửi 5.`,
  },
  "pub-sub": {
    title: "PUB-SUB: hai publisher, hai subscriber",
    description: `Tái hiện ví dụ 03-03-SUB-PUB trong ${VI_TUTORIAL} (mục 3.3): hai publisher bind cổng 5546 và 5556, và mỗi subscriber connect tới cả hai, đúng như cách tài liệu chạy. Giống server trong tài liệu, mỗi publisher gửi topic và dữ liệu chung trong một frame (“topic data”); SUB giữ một message khi nó bắt đầu bằng một trong các subscription của mình. Publisher cổng 5546 gửi “10001 message {seq} from port 5546”, publisher cổng 5556 gửi “10002 message {seq} from port 5556”, mỗi bên 10 lần, bắt đầu sau 1 s vì PUB bỏ những message gửi đi trước khi subscription tới nơi (slow joiner). Subscriber 1 subscribe “10001” (bộ lọc mặc định của tài liệu); subscriber 2 subscribe “10001” và “10002”. Kết quả mong đợi: mỗi publisher gửi 10; subscriber 1 nhận 10 (tất cả từ cổng 5546); subscriber 2 nhận 20.`,
  },
  pipeline: {
    title: "Pipeline: producer -> hai consumer -> collector",
    description: `Tái hiện ví dụ 03-04 trong ${VI_TUTORIAL} (mục 3.4, push-pull). Producer (PUSH) bind tcp://127.0.0.1:5557 và phát ra 100 task; mỗi consumer là một process gồm một socket PULL nhận task và một socket PUSH chuyển tiếp task tới collector (PULL), collector bind tcp://127.0.0.1:5558. Tài liệu khởi động collector và các consumer trước producer; ở đây producer chờ 1 s trước task đầu tiên, để cả hai consumer đều đã connect và task được chia đều. Kết quả mong đợi: producer gửi 100 task; mỗi consumer nhận 50 (PUSH chia lần lượt) và chuyển tiếp 50; collector nhận đủ 100.`,
  },
  "pub-tcp-ipc": {
    title: "Một PUB bind cùng lúc trên tcp và ipc",
    description:
      'Tái hiện ví dụ trong mục “使用 socket 构建拓扑结构” (dùng socket để dựng topology) của tài liệu tiếng Trung “进阶篇”: một socket PUB bind hai endpoint với hai transport khác nhau, tcp://127.0.0.1:5555 và ipc://myserver.ipc, đúng như trong tài liệu; mỗi endpoint có một subscriber connect tới. (Bind cùng một địa chỉ hai lần sẽ lỗi “Address in use”, như tài liệu đã cảnh báo.) Publisher gửi “news {seq}” 10 lần, bắt đầu sau 1 s để cả hai subscription đều đã tới; cả hai subscriber đều subscribe mọi thứ (""). Kết quả mong đợi: publisher gửi 10; mỗi subscriber nhận đủ 10.',
  },
  "req-router": {
    title: "REQ-ROUTER: một ROUTER trả lời nhiều client REQ",
    description: `Tái hiện tổ hợp REQ - ROUTER ${ZH_PATTERNS} (một broker request-reply). ROUTER bind tcp://127.0.0.1:5564; nó nhận mỗi request kèm identity của người gửi ở phía trước và giữ nguyên phong bì (envelope) đó khi trả lời, nên mỗi câu trả lời đều quay về đúng client đã hỏi. Hai client REQ, mỗi client gửi “request {seq} from {socket}” 5 lần. Kết quả mong đợi: mỗi client gửi 5 request và nhận đúng 5 câu trả lời của mình; ROUTER nhận 10 và gửi 10.`,
  },
  "dealer-rep": {
    title: "DEALER-REP: một client bất đồng bộ cho server REP",
    description: `Tái hiện tổ hợp DEALER - REP ${ZH_PATTERNS}. Server REP bind tcp://127.0.0.1:5565; client DEALER gửi “hello {seq}” 10 lần mà không chờ câu trả lời. REP cần frame phân cách rỗng mà REQ thêm vào đầu mỗi request: gateway của playground tự thêm frame đó cho một DEALER nói chuyện với REP (và bỏ nó khỏi các câu trả lời), nên các frame ở đây chỉ là phần nội dung. Một chương trình DEALER bên ngoài phải tự gửi ["", body] (frame rỗng rồi tới nội dung). Kết quả mong đợi: DEALER gửi 10 và nhận 10 câu trả lời; REP nhận 10 và gửi 10.`,
  },
  "dealer-router": {
    title: "DEALER-ROUTER: ROUTER trả lời đúng DEALER đã hỏi",
    description: `Tái hiện tổ hợp DEALER - ROUTER ${ZH_PATTERNS}. ROUTER bind tcp://127.0.0.1:5566; hai DEALER connect với routing id “dealer-a” và “dealer-b”; ROUTER thấy id này ở đầu mỗi message và dùng nó để gửi từng câu trả lời về đúng DEALER đã hỏi. Dealer A gửi 5 message còn dealer B gửi 3, nên nếu trả nhầm sẽ thấy ngay. Kết quả mong đợi: ROUTER nhận 8 và gửi 8; dealer A nhận đúng 5 câu trả lời và dealer B đúng 3.`,
  },
  "dealer-dealer": {
    title: "DEALER-DEALER: bất đồng bộ cả hai chiều",
    description: `Tái hiện tổ hợp DEALER - DEALER ${ZH_PATTERNS}. Không bên nào chờ bên nào và không có phong bì (envelope) nào: DEALER worker bind tcp://127.0.0.1:5567 và gửi trả lại (echo) mọi thứ nó nhận được; DEALER client gửi “hello {seq}” 10 lần. Kết quả mong đợi: client gửi 10 và nhận lại đủ 10; worker nhận 10 và gửi 10.`,
  },
  "router-router": {
    title: "ROUTER-ROUTER: hai router gọi nhau bằng tên",
    description: `Tái hiện tổ hợp ROUTER - ROUTER ${ZH_PATTERNS}. Frame đầu tiên của mọi message mà ROUTER gửi đi là routing id của peer sẽ nhận nó. ROUTER phía bind có routing id “server” và bind tcp://127.0.0.1:5568; ROUTER phía connect có routing id “client” và gửi ["server", "hello {seq}"] 5 lần, bắt đầu sau 1 s để quá trình bắt tay (cho mỗi bên biết tên của bên kia) đã xong. Các câu trả lời của server quay về “client” nhờ envelope. Kết quả mong đợi: client gửi 5 và nhận 5 câu trả lời; server nhận 5 và gửi 5.`,
  },
};
