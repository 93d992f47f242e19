import type { LessonsResource } from "./types.js";

/** Các bài học bằng tiếng Việt (cùng khoá với en.ts). */
export const vi: LessonsResource = {
  ui: {
    rail: "Bài học",
    railHint: "Mở các bài học: một khoá học đi qua cả hai tài liệu ZeroMQ",
    title: "Bài học",
    close: "Đóng bài học",
    allLessons: "Tất cả bài học",
    lessonOf: "Bài {{n}} / {{total}}",
    challengeMark: "có thử thách",
    openTopology: "Mở topology",
    openTopologyHint:
      "Nạp topology của bài này vào trình soạn thảo (Hoàn tác để lấy lại bản của bạn)",
    opened: "Đã mở trong trình soạn thảo",
    brokenOnPurpose: "Topology này cố tình bị lỗi: bảng Vấn đề giải thích vì sao.",
    steps: "Thực hành",
    challenge: "Thử thách",
    check: "Kiểm tra bài làm",
    passed: "Đã giải xong!",
    stillMissing: "Vẫn còn thiếu:",
    previous: "Trước",
    next: "Tiếp",
    present: "Trình chiếu",
    presentHint: "Chế độ trình chiếu cho máy chiếu: chữ lớn, ẩn các bảng chỉnh sửa, chạy chậm",
    leave: "Thoát (Esc)",
    keys: "→ tiếp · ← lùi · Esc thoát",
    intro: "Giới thiệu",
    stepOf: "Bước {{n}} / {{total}}",
    slowMotion: "Chạy chậm {{factor}}×",
    editorSays: "Trình soạn thảo báo:",
  },
  checks: {
    "run-first": "Hãy bấm Chạy: phần kiểm tra này xem topology làm gì khi đang chạy.",
    "fix-errors": "Bảng Vấn đề vẫn còn {{count}} lỗi: hãy sửa trước đã.",
    "socket-missing": "Socket “{{socket}}” của bài học đã bị xoá: hãy mở lại topology.",
    "needs-consume": "“{{socket}}” không bao giờ đọc: hãy cho nó hành vi Nhận.",
    "nothing-received-yet": "“{{socket}}” chưa nhận được gì.",
    "connect-to": "“{{socket}}” chưa kết nối tới “{{target}}”.",
    "add-subscriber": "Một SUB mới đăng ký chủ đề “{{topic}}”.",
    "subscribe-to": "“{{socket}}” chưa đăng ký “{{topic}}”.",
    "hears-other-topic": "“{{socket}}” sẽ nghe cả “{{topic}}”: tiền tố đăng ký phải dài hơn.",
    "more-consumers": "Mới có {{have}} consumer nhận việc từ producer; cần {{want}}.",
    "consumer-not-passing-on":
      "“{{socket}}” không chuyển việc tiếp cho “{{target}}”: hãy chuyển tiếp sang một PUSH cùng process, PUSH này kết nối tới đó.",
    "consumer-idle": "“{{socket}}” chưa nhận được việc nào: hãy chạy lại cả đợt.",
    "collector-short": "“{{socket}}” mới có {{got}} / {{want}}.",
    "sender-must-connect":
      "“{{socket}}” phải giữ nguyên connect, không bind: bài học nói về chính điều đó.",
    "bind-missing": "Chưa có socket nào bind {{endpoint}}: hãy thêm một PULL bind địa chỉ này.",
    "address-still-in-use": "{{endpoint}} vẫn bị bind hai lần.",
    "publisher-not-bound": "“{{socket}}” không bind gì cả, nên không phát cho ai.",
    "not-heard-from": "“{{socket}}” chưa nghe được gì từ “{{target}}”.",
    "keep-the-link":
      "Giữ nguyên liên kết giữa “{{socket}}” và “{{target}}”: hãy đổi kiểu socket, đừng đổi cách nối.",
    incompatible:
      "{{type}} không nói chuyện được với {{targetType}}. {{type}} chỉ đi với: {{allowed}}.",
    "server-must-reply": "“{{socket}}” phải trả lời: hãy cho nó hành vi Trả lời.",
    "no-replies-yet": "“{{socket}}” chưa nhận được phản hồi nào.",
    "unsupported-transport": "{{endpoint}} dùng một giao thức truyền mà bản build này không có.",
  },
  lessons: {
    "zmq-sockets": {
      title: "Socket ZeroMQ không phải socket thông thường",
      body: [
        "Một socket thông thường là một đầu của đúng một cuộc trò chuyện. Stream socket (TCP) cho bạn một dòng byte tin cậy, đúng thứ tự, tới đúng một máy bên kia; datagram socket (UDP) gửi từng gói riêng lẻ, có thể tới sai thứ tự hoặc không tới. Ngoài ra còn raw socket và sequenced packet socket. Dù loại nào, chương trình của bạn phải tự lo từng kết nối, thường bằng một vòng lặp quanh accept().",
        "Socket ZeroMQ thì khác hẳn. Nó có thể bind hoặc connect tới nhiều máy cùng lúc, không cần accept(), trao cho chương trình những message nguyên vẹn thay vì một dòng byte, và kiểu của nó quyết định message được chia cho các bên như thế nào.",
        "Trên canvas: một socket PUB và ba socket SUB. Publisher thậm chí không biết mình có bao nhiêu người đọc.",
      ],
      steps: [
        "Bấm Chạy. Bộ đếm của mỗi reader tăng lên 10: mỗi message đã tới cả ba.",
        "Nhìn publisher: một socket, ba liên kết. Một server TCP sẽ cần ba socket và một vòng lặp accept để làm việc đó.",
        "Trong lúc chạy, chọn Reader 2 và kill process của nó trong bảng Thuộc tính. Publisher vẫn tiếp tục với hai reader còn lại. Khởi động lại nó: nó tự tham gia lại, và bỏ lỡ những gì đã gửi trong lúc vắng mặt.",
      ],
    },
    "context-and-types": {
      title: "Context và các kiểu socket",
      body: [
        "Một chương trình ZeroMQ bắt đầu bằng việc tạo context: nơi chứa mọi socket của process đó, đồng thời chạy các luồng I/O nền. Quy tắc là mỗi process một context. Các thread có thể dùng chung context, nhưng không dùng chung socket: mỗi socket chỉ được một thread dùng tại một thời điểm.",
        "Socket được tạo từ context, và kiểu của nó được chọn ngay lúc đó, không đổi được: REQ, REP, PUB, SUB, PUSH, PULL, PAIR, DEALER, ROUTER… Kiểu chính là pattern: nó quy định socket được nói chuyện với những kiểu nào, và nó gửi, nhận hay cả hai.",
        "Một socket đi qua bốn giai đoạn: được tạo ra, được đặt các tuỳ chọn (đăng ký của SUB, kích thước hàng đợi), bind hoặc connect, rồi gửi và nhận.",
        "Khung “Your program” là một process với một context. Trong đó có hai socket: một REQ hỏi server và một SUB nghe ticker.",
      ],
      steps: [
        "Bấm Chạy. REQ nhận 8 câu trả lời và SUB nghe 8 tick, cả hai trong cùng một chương trình.",
        "Chọn SUB và tìm phần đăng ký của nó trong bảng Thuộc tính (tiền tố rỗng nghĩa là nhận tất cả). Đó là một tuỳ chọn, đặt trước khi socket connect: giai đoạn hai.",
        "Bấm Dừng, rồi đổi kiểu của SUB thành PULL. Liên kết chuyển sang màu đỏ: PULL không nói chuyện được với PUB. Kiểu đúng là pattern. Hoàn tác (Ctrl+Z) để trả lại như cũ.",
      ],
    },
    pair: {
      title: "PAIR: đúng hai bên",
      body: [
        "PAIR giống socket thông thường nhất: hai đầu, đúng một-một, và bên nào cũng có thể gửi bất cứ lúc nào. Nó hợp với hai phần của một chương trình cần một đường riêng, ngoài ra ít dùng.",
        "Đây là ví dụ 03-01 của tài liệu: server bind, client connect, server gửi năm message và client trả lời từng cái.",
      ],
      steps: [
        "Bấm Chạy. Cả hai bên đều đếm được 5 gửi và 5 nhận.",
        "Bấm Dừng. Kéo thêm một PAIR thứ ba từ bảng socket và nối nó vào server. Trình soạn thảo báo lỗi: PAIR chỉ nhận một bên. (libzmq thật còn khó thấy hơn: kết nối thừa trông vẫn ổn nhưng âm thầm làm mất mọi message.)",
        "Xoá PAIR thừa đi.",
      ],
    },
    "req-rep": {
      title: "REQ-REP: hỏi rồi chờ",
      body: [
        "Pattern client-server của tài liệu (ví dụ 03-02): REQ gửi request, REP trả lời. Hai bên đi theo nhịp: REQ không thể gửi request tiếp theo trước khi nhận được phản hồi của request trước, và REP không thể trả lời khi chưa được hỏi.",
        "Giống server trong tài liệu, REP này chờ một giây rồi mới trả lời. Client thì muốn hỏi mười lần mỗi giây.",
      ],
      steps: [
        "Bấm Chạy và xem bộ đếm gửi của client: khoảng một request mỗi giây, không phải mười. REQ bị chặn để chờ từng phản hồi.",
        "Bấm Dừng, chọn server và đặt độ trễ trả lời về 0 trong bảng Thuộc tính. Chạy lại: request giờ đi nhanh đúng như client muốn.",
        "Suy nghĩ thêm: client sẽ làm gì nếu server chết khi một request đang chờ? (Chờ mãi mãi. Vì thế client thật luôn dùng timeout.)",
      ],
    },
    "req-two-servers": {
      title: "Một client, hai server",
      body: [
        "Một REQ có thể connect tới nhiều server REP. Khi đó nó gửi request lần lượt cho từng server, mỗi server một cái (round robin), và vẫn chờ phản hồi trước khi gửi tiếp.",
        "Đây là cách tài liệu chạy ví dụ 03-02 với hai server: client connect tới cả hai, và mười request của nó xen kẽ giữa hai server.",
      ],
      steps: [
        "Bấm Chạy. Server 1 và server 2 mỗi bên nhận 5 request.",
        "Chọn client và đọc các message của nó trong bảng Thuộc tính: mỗi phản hồi ghi tên server đã gửi, và chúng xen kẽ nhau.",
        "Bấm Dừng, thả thêm một REP thứ ba, nối client vào nó (kéo từ vòng connect của client tới REP mới) rồi chạy lại: request giờ chia vòng cho ba server.",
      ],
    },
    "pub-sub": {
      title: "PUB-SUB: hai publisher, hai subscriber",
      body: [
        "Publisher gửi mà không biết ai đang nghe. Mỗi subscriber cho biết mình muốn gì bằng cách đăng ký các tiền tố: chủ đề (topic) chỉ đơn giản là phần đầu của message, nên đăng ký “10001” sẽ giữ mọi message bắt đầu bằng các ký tự đó.",
        "Publisher và subscriber tạo thành mạng nhiều-nhiều. Giống ví dụ 03-03 của tài liệu, hai publisher bind cổng 5546 và 5556, và cả hai subscriber đều connect tới cả hai. Subscriber 1 muốn “10001”; subscriber 2 muốn “10001” và “10002”.",
      ],
      steps: [
        "Bấm Chạy. Subscriber 1 nhận 10, tất cả từ cổng 5546; subscriber 2 nhận 20.",
        "Nhìn liên kết từ publisher cổng 5556 tới subscriber 1: đã kết nối nhưng không có gì chảy qua. Publisher lọc trước khi gửi.",
        "Cả hai publisher chờ một giây trước message đầu tiên. Đặt thời gian chờ đó về 0 rồi chạy lại: message đầu tiên bị mất, vì đăng ký chưa kịp tới (hiện tượng “slow joiner”).",
      ],
      challenge: {
        task: "Thêm subscriber thứ ba chỉ nghe publisher 2: chủ đề “10002”, không nhận gì của “10001”. Chạy thử rồi kiểm tra bài làm.",
        done: "Subscriber 3 chỉ nghe publisher cổng 5556. Đăng ký là bộ lọc trên phần đầu của mỗi message.",
      },
    },
    pipeline: {
      title: "Pipeline: producer, consumer, collector",
      body: [
        "PUSH và PULL dùng để xây pipeline. Một PUSH chia message lần lượt cho các PULL đang kết nối, như chia bài; không có gì quay ngược lên trên. Kết quả được đẩy tiếp xuống phía dưới.",
        "Ví dụ 03-04 của tài liệu: producer phát ra 100 task, hai consumer mỗi bên nhận một phần, xử lý rồi đẩy kết quả tới result collector.",
      ],
      steps: [
        "Bấm Chạy. Mỗi consumer nhận 50 task và collector nhận đủ 100.",
        "Chạy lại, và trong lúc task đang chảy, kill process consumer 2 trong bảng Thuộc tính. Các task còn lại đi đâu? (Sang consumer 1: PUSH chỉ chia cho những bên đang kết nối lúc đó.)",
        "Khởi động lại consumer 2: từ đó nó lại được chia phần.",
      ],
      challenge: {
        task: "Chia đều công việc cho ba consumer: thêm một process consumer thứ ba nhận task từ producer và chuyển kết quả tới collector. Mẹo: chọn khung của consumer 2 rồi bấm Ctrl+D để nhân bản. Chạy thử rồi kiểm tra bài làm.",
        done: "Ba consumer chia nhau 100 task và collector vẫn nhận đủ. Thêm worker chỉ là thêm PULL: producer không phải sửa gì.",
      },
    },
    "start-order": {
      title: "Vì sao consumer phải chạy trước",
      body: [
        "Tài liệu dặn: hãy chạy result collector và các consumer trước producer. Lý do là: PUSH chỉ chia việc cho những consumer đang kết nối vào lúc đó. Nếu producer chạy trước, consumer kết nối đầu tiên sẽ nhận hết những gì đang chờ, còn những consumer đến sau không được phần nào.",
        "Trong topology này, producer chờ 3 giây rồi phát ra 100 task một lúc; mỗi consumer cần 50 ms cho một task.",
      ],
      steps: [
        "Bấm Chạy và không làm gì: hai consumer chia nhau công việc.",
        "Bấm Dừng rồi Chạy lại, và ngay lập tức, trước khi producer bắt đầu gửi, kill process consumer 2. Chờ tới khi producer gửi xong 100 task, rồi khởi động lại consumer 2.",
        "Consumer 2 không nhận được gì: cả 100 task đã nằm sẵn trong hàng đợi của consumer 1, giờ phải làm một mình, lâu gấp đôi. Đó là khi producer chạy trước các worker.",
      ],
    },
    "bind-connect": {
      title: "Bind hay connect? Server ổn định, client linh hoạt",
      body: [
        "Trong hai socket ZeroMQ được nối với nhau, một bên bind vào endpoint, bên kia connect tới nó. Bên nào bind không liên quan tới chuyện ai gửi hay ai trả lời: nó liên quan tới phần nào của hệ thống đứng yên.",
        "Hãy bind ở phần ổn định, có địa chỉ ai cũng biết (ở đây là server), và connect từ những phần đến rồi đi (các client). Định nghĩa của server không nhắc tới client nào, client mới không cần sửa gì phía server, và không có accept() để gọi: socket đã bind tự nhận mọi kết nối, không giới hạn số lượng.",
      ],
      steps: [
        "Bấm Chạy. Mỗi client gửi 10 request; server trả lời đủ 20.",
        "Trong lúc chạy, kill process client 1 rồi khởi động lại nó. Server không hề biết; client tự kết nối lại.",
        "Vẫn đang chạy: thả một REQ mới từ bảng socket và nối nó vào server. Nó tham gia mà không ai phải động tới server.",
      ],
    },
    transports: {
      title: "tcp, ipc và inproc",
      body: [
        "Phần đầu của endpoint cho biết giao thức truyền. tcp:// đi qua mạng (ở đây vẫn trong máy này); ipc:// nối các chương trình trên cùng một máy qua một file; inproc:// nối các thread trong cùng một chương trình qua bộ nhớ, và nhanh nhất. Đây là các giao thức unicast: mỗi message đi từ một bên gửi tới một bên nhận, nên bên gửi cho nhiều bên nhận phải trả giá cho từng bản sao.",
        "Một socket có thể dùng nhiều giao thức cùng lúc: collector bind cả ba, và mỗi sender tới được nó qua một đường. Chỉ endpoint khác nhau; việc gửi và nhận thì y hệt.",
        "Tài liệu nói với inproc phải bind trước khi có ai connect. Điều đó đúng với các bản libzmq cũ; bản dùng ở đây (4.3.5) cho phép connect trước trên mọi giao thức.",
      ],
      steps: [
        "Bấm Chạy. Collector nhận 30, mỗi liên kết 10.",
        "Chọn collector và đọc ba endpoint của nó trong bảng Thuộc tính.",
        "Sender dùng inproc nằm trong cùng khung process với collector: inproc chỉ nối các socket của cùng một chương trình.",
      ],
    },
    multicast: {
      title: "pgm và epgm: multicast, nhưng không có ở đây",
      body: [
        "Tài liệu còn nhắc tới pgm và epgm. Đây là các giao thức multicast: một gói tin trên mạng tới được mọi subscriber, nên bên gửi chỉ trả giá một lần dù có bao nhiêu người nghe. Chúng chỉ dùng được với PUB và SUB, và cần libzmq được build cùng OpenPGM.",
        "libzmq bên trong playground này không có OpenPGM, nên trình soạn thảo từ chối các endpoint này. Để gửi một-nhiều trên một máy, PUB-SUB qua tcp hoặc ipc là đủ. (Bên ngoài playground, các socket nháp RADIO và DISH có multicast qua udp.)",
      ],
      steps: [
        "Đọc bảng Vấn đề: cả hai endpoint đều bị từ chối, kèm lý do.",
        "Nút Chạy bị vô hiệu khi còn lỗi: không có gì chạy nửa vời.",
      ],
      challenge: {
        task: "Làm cho nó chạy được ở đây: chuyển publisher và subscriber sang một giao thức mà bản build này có, để subscriber nhận được các báo giá. Chạy thử rồi kiểm tra bài làm.",
        done: "Publisher và subscriber giờ nói chuyện qua một giao thức được hỗ trợ. Phần PUB-SUB không đổi; chỉ endpoint đổi.",
      },
    },
    "connect-first": {
      title: "Connect trước khi có ai bind",
      body: [
        "Với TCP thuần, client connect khi server chưa lắng nghe sẽ nhận lỗi. ZeroMQ thì không sao: connect() ghi nhớ địa chỉ cần tới và tiếp tục thử lại ở chế độ nền. Bên nào chạy trước cũng được.",
        "Trong lúc đó, việc gửi không thất bại: message nằm chờ trong hàng đợi của socket và đi ngay khi có bên kia xuất hiện. Ở đây sender connect tới một endpoint chưa ai bind, và gửi 10 task.",
      ],
      steps: [
        "Bấm Chạy. Liên kết liên tục thử lại, vậy mà bộ đếm của sender vẫn tăng: mỗi lần gửi đều trả về ngay, và task nằm chờ trong hàng đợi.",
        "Để ý ghi chú trong bảng Vấn đề: chưa ai bind endpoint này, điều đó hoàn toàn bình thường với ZeroMQ.",
      ],
      challenge: {
        task: "Trong lúc đang chạy, thêm một collector: một PULL bind endpoint của sender (tcp://127.0.0.1:5610) và có hành vi Nhận. Nó phải nhận đủ 10 task, kể cả những task gửi trước khi nó tồn tại. Sau đó kiểm tra bài làm.",
        done: "Cả 10 task đều tới, kể cả những task gửi lúc chưa ai nghe: chúng đã chờ trong hàng đợi của sender.",
      },
    },
    "multi-bind": {
      title: "Một socket, nhiều endpoint",
      body: [
        "Một socket không bị gắn với một địa chỉ. Tài liệu bind một PUB vào tcp://127.0.0.1:5555 và ipc://myserver.ipc; mỗi bên đọc dùng đường nào tiện cho mình, còn publisher gửi mỗi message một lần cho tất cả.",
        "Chiều ngược lại cũng được: một socket có thể connect tới nhiều endpoint, như các subscriber trong bài PUB-SUB.",
      ],
      steps: [
        "Bấm Chạy. Subscriber qua tcp và subscriber qua ipc đều nhận đủ 10.",
        "Chọn publisher: danh sách bind của nó có hai endpoint.",
        "Bấm Dừng, thêm endpoint bind thứ ba inproc://news, thả một SUB mới và nối nó vào đó. Chạy: ba người đọc, ba giao thức, một publisher.",
      ],
    },
    "address-in-use": {
      title: "Address in use",
      body: [
        "Mỗi endpoint chỉ được một socket bind. Khi socket thứ hai thử bind, libzmq từ chối với lỗi “Address already in use” (pyzmq báo zmq.error.ZMQError: Address in use). Bao nhiêu socket connect tới một endpoint cũng được, nhưng chỉ một socket được bind nó.",
        "Topology này cố tình bị lỗi: cả hai publisher cùng bind một địa chỉ tcp. Trình soạn thảo bắt được lỗi trước khi có gì chạy.",
      ],
      steps: ["Đọc bảng Vấn đề: nó chỉ ra endpoint và cả hai socket."],
      challenge: {
        task: "Sửa để cả hai publisher đều chạy và reader nghe được cả hai: cho một publisher địa chỉ riêng, và nối reader tới địa chỉ đó nữa. Chạy thử rồi kiểm tra bài làm.",
        done: "Mỗi publisher bind endpoint riêng, và reader, nối tới cả hai, nghe được cả A và B.",
      },
    },
    messages: {
      title: "Message, không phải byte",
      body: [
        "TCP chở một dòng byte: message kết thúc ở đâu là việc của bạn. HTTP giải quyết bằng dấu xuống dòng: CR-LF sau mỗi dòng header, và một dòng trống trước phần body. ZeroMQ giải quyết một lần cho xong: trên đường truyền, mỗi frame đi kèm độ dài của nó ở phía trước.",
        "Vì vậy một message ZeroMQ tới nguyên vẹn hoặc không tới: không bao giờ một nửa, không bao giờ dính vào message sau. Một message có thể gồm nhiều frame (multipart), và các frame tới cùng nhau. Dấu xuống dòng bên trong frame chỉ là dữ liệu.",
        "Ở đây sender gửi 5 message, mỗi message ba frame: một dòng request, một khối dòng header có CR-LF bên trong, và một body.",
      ],
      steps: [
        "Bấm Chạy. Receiver đếm được 5: một message ba frame chỉ tính là một.",
        "Chọn receiver và mở một message trong bảng Thuộc tính: ba frame, mỗi frame có kích thước riêng. Các ký tự CR-LF nằm trong frame 2 (xem phần hex).",
      ],
    },
    "high-water-marks": {
      title: "Hàng đợi và high-water mark",
      body: [
        "send() không ghi ra mạng. Nó đặt message vào một hàng đợi trong bộ nhớ; một luồng I/O nền sẽ gửi khi có thể, và bên nhận cũng có hàng đợi. Nhờ vậy chương trình của bạn vẫn chạy tiếp khi mạng đang bận.",
        "Hàng đợi bị giới hạn bởi high-water mark (HWM), mặc định 1000 message. Khi hàng đợi đầy, chuyện gì xảy ra tuỳ vào kiểu socket: PUB bỏ message (một subscriber chậm không được phép kìm nó lại); PUSH chờ tới khi có chỗ (nó không được làm mất task).",
        "Hai cấu hình giống hệt nhau, đều qua inproc với HWM bằng 10: một bên gửi nhanh (mỗi 10 ms) và một bên đọc chậm (100 ms mỗi message).",
      ],
      steps: [
        "Bấm Chạy. PUB gửi hết 200 mà không phải chờ lần nào; subscriber của nó chỉ nhận được vài chục. Phần còn lại bị bỏ.",
        "Giờ nhìn PUSH: bộ đếm của nó nhích theo tốc độ của bên đọc, không bao giờ vượt trước quá khoảng 20 (hai hàng đợi). Không mất gì, nhưng bên gửi bị kìm lại.",
        "Bấm Dừng, tăng HWM gửi của PUB lên 1000 rồi chạy lại. Giờ subscriber nhận được bao nhiêu? (Đủ 200, chậm rãi: hàng đợi giờ chứa được cả đợt.)",
      ],
    },
    "fan-out-fan-in": {
      title: "Fan-out, fan-in và fair queuing",
      body: [
        "Một socket ZeroMQ có thể có nhiều kết nối. Gửi từ một socket tới nhiều bên là fan-out; nhận trên một socket từ nhiều bên là fan-in. Socket TCP chỉ có đúng một bên kia; ZeroMQ cho bạn một-nhiều, nhiều-một và nhiều-nhiều.",
        "Ở phía nhận, recv() lấy message lần lượt từ các kết nối: fair queuing (hàng đợi công bằng). Một bên gửi nhiều không thể lấn át một bên gửi ít.",
        "Phía trên: một PUSH chia 30 task cho ba worker. Phía dưới: ba sender mỗi bên đổ 100 message một lúc vào một sink chậm.",
      ],
      steps: [
        "Bấm Chạy. Mỗi worker nhận đúng 10: fan-out, lần lượt.",
        "Xem ba liên kết của sink: chúng tăng cùng nhau, mỗi bên một phần ba, dù mỗi sender đã có sẵn cả 100 message trong hàng đợi từ đầu.",
      ],
    },
    "send-returns-early": {
      title: "send() trả về trước khi message được gửi",
      body: [
        "Khi send() trả về, message đang nằm trong hàng đợi, chỉ vậy thôi. Nó chưa ra tới mạng, càng chưa tới bên kia: thành công nghĩa là “đã nhận để gửi”, không phải “đã giao”.",
        "Publisher này gửi tick đầu tiên ngay khi khởi động. Kết nối của subscriber vẫn đang được thiết lập và đăng ký của nó chưa tới, nên PUB không có ai để gửi và bỏ tick đó. Lời gọi send vẫn thành công.",
      ],
      steps: [
        "Bấm Chạy. Publisher đếm 10 đã gửi; subscriber nhận 9, đôi khi 8. Tick 1 đã được gửi, và mất.",
        "Kill subscriber khi đang chạy: publisher vẫn tiếp tục “gửi” từng tick, không một lỗi nào.",
        "Cách chữa nằm ở ứng dụng: chờ tới khi subscriber sẵn sàng (publisher ở các bài khác chờ một giây), hoặc để subscriber báo là nó đã có mặt.",
      ],
    },
    "legal-pairs": {
      title: "Các cặp hợp lệ khác",
      body: [
        "Ngoài bốn pattern cơ bản, tài liệu còn liệt kê những cách ghép khác mà ZeroMQ chấp nhận. DEALER là một REQ bất đồng bộ: nó gửi bao nhiêu tuỳ thích mà không phải chờ. ROUTER là một REP bất đồng bộ: mỗi message tới đều mang danh tính (identity) của bên gửi, và phản hồi được gửi tới bên có tên trong frame đầu tiên.",
        "REQ-ROUTER và DEALER-REP là hai nửa của một broker request-reply cân bằng tải; DEALER-ROUTER là client-server hoàn toàn bất đồng bộ; DEALER-DEALER và ROUTER-ROUTER dành cho các trường hợp đặc biệt.",
      ],
      steps: [
        "Bấm Chạy. Ở mọi hàng, client nhận đủ 5 phản hồi.",
        "Chọn ROUTER ở hàng đầu tiên và mở một message: frame đầu là identity của REQ, tiếp theo là một frame phân cách rỗng, rồi tới request.",
        "Ở hàng cuối, ROUTER phía connect gửi message tới “server”: đó là frame đầu tiên của những gì nó gửi.",
      ],
    },
    "illegal-link": {
      title: "Kiểu nào được nói chuyện với kiểu nào",
      body: [
        "Không phải cặp kiểu nào cũng làm việc được với nhau. REQ chờ câu trả lời cho mỗi request, nên nó chỉ được nói chuyện với REP hoặc ROUTER; PULL thì không bao giờ trả lời. libzmq từ chối liên kết như vậy trong lúc bắt tay mà không báo gì: qua tcp, message cứ thế biến mất. Trình soạn thảo kiểm tra mọi liên kết để bạn thấy trước khi chạy.",
        "Topology này cố tình bị lỗi: một client REQ được nối với một server PULL.",
      ],
      steps: ["Đọc bảng Vấn đề và nhìn liên kết màu đỏ."],
      challenge: {
        task: "Làm cho liên kết này hợp lệ mà không xoá nó, để client nhận được phản hồi. Chạy thử rồi kiểm tra bài làm.",
        done: "Client và server giờ là một cặp hợp lệ, và mọi request đều được trả lời.",
      },
    },
  },
};
