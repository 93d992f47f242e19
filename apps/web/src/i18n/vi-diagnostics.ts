import type { Translation } from "./resource-types.js";

/**
 * The validator's messages in Vietnamese, by messageId; the same {{params}} and list
 * formats as the English templates in @zmq-playground/shared.
 */
export const diagnostics: Omit<Translation["diagnostics"], "parse"> = {
  "bad-endpoint": {
    bind: 'Socket "{{socket}}" không thể bind {{endpoint}}: {{reason, reason}}.',
    connect: 'Socket "{{socket}}" không thể connect tới {{endpoint}}: {{reason, reason}}.',
  },
  "non-loopback-host": {
    bind: 'Socket "{{socket}}" định bind {{endpoint}}, nhưng "{{host}}" không phải địa chỉ loopback. Playground chỉ cho tcp chạy trong máy này (127.0.0.1 hoặc localhost), trừ khi người vận hành cho phép rộng hơn: hãy viết tcp://127.0.0.1:{{port}}.',
    connect:
      'Socket "{{socket}}" định connect tới {{endpoint}}, nhưng "{{host}}" không phải địa chỉ loopback. Playground chỉ cho tcp chạy trong máy này (127.0.0.1 hoặc localhost), trừ khi người vận hành cho phép rộng hơn: hãy viết tcp://127.0.0.1:{{port}}.',
  },
  "address-in-use": {
    same: 'Socket "{{socket}}" bind {{endpoint}} hai lần: lần bind thứ hai sẽ lỗi "Address already in use". Hãy xóa bản trùng.',
    "same-ipc":
      'Socket "{{socket}}" bind {{endpoint}} hai lần: libzmq sẽ để lần bind thứ hai lặng lẽ chiếm lấy file, và bên bind đầu tiên sẽ không bao giờ nhận được gì nữa. Hãy xóa bản trùng.',
    other:
      'Socket "{{socket}}" bind {{endpoint}}, nhưng socket "{{other}}" đã bind {{otherEndpoint}}: lần bind thứ hai sẽ lỗi "Address already in use". Mỗi endpoint chỉ một socket được bind: các socket khác connect tới nó.',
    "other-ipc":
      'Socket "{{socket}}" bind {{endpoint}}, nhưng socket "{{other}}" đã bind {{otherEndpoint}}: libzmq sẽ để lần bind thứ hai lặng lẽ chiếm lấy file, và bên bind đầu tiên sẽ không bao giờ nhận được gì nữa. Mỗi endpoint chỉ một socket được bind: các socket khác connect tới nó.',
  },
  "duplicate-connect":
    'Socket "{{socket}}" connect tới {{endpoint}} hai lần. ZeroMQ sẽ mở hai kết nối tới cùng một peer (peer đó được hai lượt trong mỗi vòng round robin), và sơ đồ không phân biệt được hai kết nối. Hãy xóa bản trùng.',
  "connect-to-self":
    'Socket "{{socket}}" connect tới {{endpoint}}, endpoint do chính nó bind. Một socket không thể là peer của chính mình: hãy cho một socket khác connect tới nó.',
  "dangling-connect": {
    respelled:
      'Socket "{{socket}}" connect tới {{endpoint}}, còn socket "{{other}}" bind {{otherEndpoint}}: cùng một địa chỉ nhưng viết khác nhau. ZeroMQ vẫn nối chúng, nhưng sơ đồ chỉ nối các endpoint viết giống hệt nhau, nên hãy viết đúng như lúc bind.',
    inproc:
      'Socket "{{socket}}" connect tới {{endpoint}}, nhưng không socket nào bind endpoint này. inproc chỉ hoạt động bên trong một process, nên cũng không chương trình bên ngoài nào bind được: sẽ không có gì tới cả. Hãy bind nó trên một socket khác.',
    outside:
      'Socket "{{socket}}" connect tới {{endpoint}}, nhưng không socket nào trong topology này bind endpoint đó. Trong ZeroMQ điều này không sao: connect có thể đi trước bind, và một chương trình bên ngoài (ví dụ một script pyzmq) có thể bind nó. Trong lúc chờ, message nằm trong hàng đợi.',
  },
  "incompatible-peers":
    '{{connectorType}} "{{connector}}" không nói chuyện được với {{binderType}} "{{binder}}" (nó connect tới {{endpoint}}): {{connectorType}} chỉ làm việc với {{connectorPeers, or}}, còn {{binderType}} chỉ với {{binderPeers, or}}. libzmq sẽ lặng lẽ bỏ kết nối như vậy (hoặc, qua inproc, để lọt các message không khớp), nên playground không chấp nhận. Hãy đổi một trong hai kiểu socket.',
  "pair-multiple-peers":
    '{{type}} "{{socket}}" có {{peerCount}} peer ({{peers, peers}}). Một {{type}} chỉ nói chuyện với đúng một {{type}} khác: libzmq vẫn nhận các kết nối thừa, nhưng message của chúng biến mất không dấu vết. Hãy giữ mỗi {{type}} một peer, hoặc dùng pattern dành cho nhiều peer (DEALER/ROUTER, PUSH/PULL, PUB/SUB).',
  "duplicate-id": {
    socket:
      'Có hai socket cùng tên "{{socket}}" (sockets[{{first}}] và sockets[{{second}}]). Liên kết, chuyển tiếp và bộ đếm tìm socket theo id, nên mỗi id phải là duy nhất: hãy đổi tên một trong hai.',
    process:
      'Có hai process cùng tên "{{process}}". Socket tham gia process theo id, nên mỗi id process phải là duy nhất: hãy đổi tên một trong hai.',
  },
  "unknown-process":
    'Socket "{{socket}}" nói rằng nó nằm trong process "{{process}}", nhưng không process nào có id đó. Hãy thêm { "id": "{{process}}" } vào "processes", hoặc bỏ "process" để socket có process riêng.',
  "process-id-clash": {
    alone:
      'Process "{{process}}" trùng id với socket "{{process}}", socket này không khai báo "process". Socket không có process sẽ chạy trong process mang tên id của nó, nên socket "{{process}}" sẽ lặng lẽ vào process "{{process}}", và chúng sẽ khởi động, dừng và bị kill cùng nhau. Hãy đổi tên process, hoặc đặt "process" cho socket.',
    members:
      'Process "{{process}}" trùng id với socket "{{process}}", socket này không khai báo "process". Socket không có process sẽ chạy trong process mang tên id của nó, nên socket "{{process}}" sẽ lặng lẽ vào process "{{process}}" cùng với {{members, quotedAnd}}, và chúng sẽ khởi động, dừng và bị kill cùng nhau. Hãy đổi tên process, hoặc đặt "process" cho socket.',
  },
  "option-not-supported":
    '{{type}} "{{socket}}" không có tùy chọn "{{option}}" (zeromq.js từ chối những tùy chọn mà kiểu socket không có). "{{option}}" dành cho {{takers, or}}. {{type}} có các tùy chọn: {{options}}.',
  "sub-no-subscription":
    '{{type}} "{{socket}}" chưa có subscription nào, nên sẽ không nhận được gì: SUB chỉ giữ những message có topic bắt đầu bằng một trong các subscription của nó. Thêm "subscribe": [""] để nhận tất cả, hoặc liệt kê các tiền tố topic bạn muốn.',
  "dish-no-join":
    '{{type}} "{{socket}}" chưa join group nào, nên sẽ không nhận được gì: DISH chỉ nhận message của RADIO thuộc các group nó đã join. Thêm "join": ["a-group"] với các group mà RADIO của nó gửi tới.',
  "behavior-not-supported": {
    "only-receives":
      '{{type}} "{{socket}}" không thể có hành vi "{{behavior}}": {{type}} chỉ nhận. Các kiểu làm được: {{able, or}}.',
    "replies-only":
      '{{type}} "{{socket}}" không thể có hành vi "{{behavior}}": {{type}} chỉ gửi reply cho các request nó đã nhận: hãy dùng "reply". Các kiểu làm được: {{able, or}}.',
    "only-sends":
      '{{type}} "{{socket}}" không thể có hành vi "{{behavior}}": {{type}} chỉ gửi, không bao giờ nhận gì. Các kiểu làm được: {{able, or}}.',
    "answer-first":
      '{{type}} "{{socket}}" không thể có hành vi "{{behavior}}": {{type}} phải trả lời mỗi request rồi mới nhận request tiếp theo: hãy dùng "reply". Các kiểu làm được: {{able, or}}.',
    "no-answer":
      '{{type}} "{{socket}}" không thể có hành vi "{{behavior}}": {{type}} không trả lời những gì nó nhận. Các kiểu làm được: {{able, or}}.',
    "cannot-send":
      '{{type}} "{{socket}}" không thể có hành vi "{{behavior}}": {{type}} không gửi được. Các kiểu làm được: {{able, or}}.',
    "own-replies":
      '{{type}} "{{socket}}" không thể có hành vi "{{behavior}}": {{type}} chỉ nhận reply cho chính các request của nó. Các kiểu làm được: {{able, or}}.',
    "no-pass-on":
      '{{type}} "{{socket}}" không thể có hành vi "{{behavior}}": {{type}} không chuyển tiếp được những gì nó nhận. Các kiểu làm được: {{able, or}}.',
    group:
      '{{type}} "{{socket}}" đặt "group", nhưng chỉ RADIO mới gửi tới group: {{type}} sẽ bỏ qua nó. Hãy xóa "group".',
  },
  "conflicting-behaviors":
    '{{type}} "{{socket}}" có cả {{behaviors, quotedAnd}}, nhưng mỗi message tới chỉ được xử lý theo một cách. Hãy giữ lại một.',
  "single-part-only": {
    send: '{{type}} "{{socket}}" sẽ gửi {{frames}} frame mỗi message, nhưng {{type}} là kiểu draft chỉ mang message một frame (libzmq báo lỗi "Invalid argument"). Hãy gộp tất cả vào một frame.',
    reply:
      '{{type}} "{{socket}}" sẽ trả lời {{frames}} frame mỗi message, nhưng {{type}} là kiểu draft chỉ mang message một frame (libzmq báo lỗi "Invalid argument"). Hãy gộp tất cả vào một frame.',
  },
  "radio-needs-group":
    '{{type}} "{{socket}}" gửi mà không có group: mỗi message của RADIO đều tới một group có tên, và chỉ các socket DISH đã join group đó mới nhận được. Hãy đặt "group" trong hành vi send của nó.',
  "router-send-needs-id":
    '{{type}} "{{socket}}" gửi một frame, nhưng ROUTER dùng frame đầu tiên của mỗi message gửi đi làm routing id của peer nhận, nên sẽ không có gì tới nơi. Hãy gửi ["<routingId của peer>", "nội dung"], ví dụ ["client", "hello {seq}"].',
  "unknown-socket": {
    none: '{{type}} "{{socket}}" chuyển tiếp tới "{{target}}", nhưng không socket nào có id đó.',
    choices:
      '{{type}} "{{socket}}" chuyển tiếp tới "{{target}}", nhưng không socket nào có id đó. Các socket nó có thể chuyển tiếp tới: {{choices, quotedOr}}.',
  },
  "forward-to-self":
    '{{type}} "{{socket}}" chuyển tiếp tới chính nó, như vậy mọi message sẽ quay vòng ra lại đúng socket vừa nhận. Hãy chuyển tiếp tới một socket khác cùng process (muốn trả lời người gửi thì dùng "reply").',
  "forward-across-processes":
    '{{type}} "{{socket}}" chuyển tiếp tới {{targetType}} "{{target}}", socket này nằm ở process khác ("{{targetProcess}}", không phải "{{process}}"). Chuyển tiếp là trao message cho một socket khác bên trong cùng chương trình; socket ở các process khác nhau chỉ nói chuyện qua liên kết. Hãy đưa cả hai vào một process, hoặc vẽ một liên kết.',
  "forward-target-cannot-send": {
    "replies-only":
      '{{type}} "{{socket}}" chuyển tiếp tới {{targetType}} "{{target}}", nhưng socket này không tự gửi được: {{targetType}} chỉ gửi reply cho các request nó đã nhận. Hãy chuyển tiếp tới một socket biết gửi, chẳng hạn {{senders, or}}.',
    "only-receives":
      '{{type}} "{{socket}}" chuyển tiếp tới {{targetType}} "{{target}}", nhưng socket này không tự gửi được: {{targetType}} chỉ nhận. Hãy chuyển tiếp tới một socket biết gửi, chẳng hạn {{senders, or}}.',
  },
  reasons: {
    "not-endpoint":
      '"{{endpoint}}" không phải là endpoint: hãy viết transport://địa-chỉ, ví dụ tcp://127.0.0.1:5555',
    "ipc-name":
      "endpoint ipc \"{{endpoint}}\" cần một tên file đơn giản (chữ cái, chữ số, '.', '_', '-'), ví dụ ipc://myserver.ipc; playground đặt file trong thư mục riêng của phiên làm việc",
    "inproc-name":
      "endpoint inproc \"{{endpoint}}\" cần một cái tên (chữ cái, chữ số, '.', '_', '-'), ví dụ inproc://workers",
    pgm: "pgm (multicast tin cậy) không được build sẵn trong libzmq này, nên không chạy được ở đây. Để gửi một-nhiều, hãy dùng PUB/SUB qua tcp, hoặc cặp RADIO/DISH (draft)",
    epgm: "epgm (multicast qua UDP) không được build sẵn trong libzmq này, nên không chạy được ở đây. Để gửi một-nhiều, hãy dùng PUB/SUB qua tcp, hoặc cặp RADIO/DISH (draft)",
    udp: "udp chỉ dùng được với các kiểu draft RADIO/DISH và DGRAM, và playground không chạy nó; hãy dùng tcp, ipc hoặc inproc",
    ws: "playground không hỗ trợ transport ws; hãy dùng tcp, ipc hoặc inproc",
    wss: "playground không hỗ trợ transport wss; hãy dùng tcp, ipc hoặc inproc",
    tipc: "tipc cần thiết lập cụm Linux và playground không hỗ trợ; hãy dùng tcp, ipc hoặc inproc",
    vmci: "vmci chỉ hoạt động giữa các máy ảo VMware; hãy dùng tcp, ipc hoặc inproc",
    "unknown-transport":
      'transport "{{transport}}" không được hỗ trợ ở đây; hãy dùng tcp, ipc hoặc inproc',
    "any-port":
      '"{{endpoint}}" xin một port trống bất kỳ; playground cần port cố định (ví dụ tcp://127.0.0.1:5555) để sơ đồ cho thấy phải connect tới đâu',
    "tcp-host-port": 'endpoint tcp "{{endpoint}}" cần có host:port, ví dụ tcp://127.0.0.1:5555',
    "port-range": 'port {{port}} trong "{{endpoint}}" nằm ngoài khoảng 1-65535',
  },
  words: {
    separator: ", ",
    or: "{{rest}} hoặc {{last}}",
    and: "{{rest}} và {{last}}",
    quoted: '"{{value}}"',
    outsideProgram: "một chương trình bên ngoài tại {{endpoint}}",
  },
};
