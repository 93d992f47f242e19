import type { LessonsResource } from "./types.js";

/** The lessons in English: the reference the other languages follow key for key. */
export const en: LessonsResource = {
  ui: {
    rail: "Lessons",
    railHint: "Open the lessons: a course through both ZeroMQ tutorials",
    title: "Lessons",
    close: "Close the lessons",
    allLessons: "All lessons",
    lessonOf: "Lesson {{n}} of {{total}}",
    challengeMark: "with a challenge",
    openTopology: "Open topology",
    openTopologyHint: "Load this lesson's topology into the editor (Undo brings yours back)",
    opened: "Opened in the editor",
    brokenOnPurpose: "This topology is broken on purpose: the Problems panel says why.",
    steps: "Try it",
    challenge: "Challenge",
    check: "Check my work",
    passed: "Solved!",
    stillMissing: "Still missing:",
    previous: "Previous",
    next: "Next",
    present: "Present",
    presentHint: "Presentation mode for a projector: large text, no editing panels, slow motion",
    leave: "Leave (Esc)",
    keys: "→ next · ← back · Esc leave",
    intro: "Introduction",
    stepOf: "Step {{n}} of {{total}}",
    slowMotion: "Slow motion {{factor}}×",
    editorSays: "The editor says:",
  },
  checks: {
    "run-first": "Press Run: this check looks at what the running topology does.",
    "fix-errors": "The Problems panel still lists {{count}} error(s): fix them first.",
    "socket-missing": "The lesson's socket “{{socket}}” is gone: open the topology again.",
    "needs-consume": "“{{socket}}” never reads: give it a Consume behaviour.",
    "nothing-received-yet": "“{{socket}}” has received nothing yet.",
    "connect-to": "“{{socket}}” is not connected to “{{target}}”.",
    "add-subscriber": "A new SUB that subscribes to “{{topic}}”.",
    "subscribe-to": "“{{socket}}” does not subscribe to “{{topic}}”.",
    "hears-other-topic":
      "“{{socket}}” would also hear “{{topic}}”: its subscription must be a longer prefix.",
    "more-consumers": "{{have}} consumers take tasks from the producer; {{want}} are wanted.",
    "consumer-not-passing-on":
      "“{{socket}}” does not pass its tasks on to “{{target}}”: forward them to a PUSH of its own process that connects there.",
    "consumer-idle": "“{{socket}}” has not had a task: run the whole batch again.",
    "collector-short": "“{{socket}}” has {{got}} of {{want}} so far.",
    "sender-must-connect":
      "“{{socket}}” must keep connecting, not binding: that is what the lesson is about.",
    "bind-missing": "Nothing binds {{endpoint}} yet: add a PULL that binds it.",
    "address-still-in-use": "{{endpoint}} is still bound twice.",
    "publisher-not-bound": "“{{socket}}” binds nothing, so it publishes to nobody.",
    "not-heard-from": "“{{socket}}” has not heard from “{{target}}” yet.",
    "keep-the-link":
      "Keep the link between “{{socket}}” and “{{target}}”: change the types, not the wiring.",
    incompatible:
      "A {{type}} cannot talk to a {{targetType}}. A {{type}} may talk to: {{allowed}}.",
    "server-must-reply": "“{{socket}}” must answer: give it a Reply behaviour.",
    "no-replies-yet": "“{{socket}}” has had no replies yet.",
    "unsupported-transport": "{{endpoint}} uses a transport this build does not have.",
  },
  lessons: {
    "zmq-sockets": {
      title: "ZeroMQ sockets are not plain sockets",
      body: [
        "An ordinary socket is one end of one conversation. A stream socket (TCP) gives you a reliable, ordered flow of bytes to exactly one peer; a datagram socket (UDP) sends separate packets that may arrive out of order, or not at all. Raw and sequenced-packet sockets exist too. In every case your program handles each connection itself, usually with a loop around accept().",
        "A ZeroMQ socket is a different animal. It may be bound or connected to many peers at once, never needs accept(), hands your program whole messages instead of a byte stream, and its type decides how messages are shared among its peers.",
        "On the canvas: one PUB socket and three SUB sockets. The publisher does not even know how many readers it has.",
      ],
      steps: [
        "Press Run. Each reader's counter climbs to 10: every message went to all three.",
        "Look at the publisher: one socket, three links. A TCP server would need three sockets and an accept loop for that.",
        "While it runs, select Reader 2 and kill its process in the inspector. The publisher carries on with the other two. Restart it: it simply joins again, and misses what was sent meanwhile.",
      ],
    },
    "context-and-types": {
      title: "The context and the socket types",
      body: [
        "A ZeroMQ program starts by creating a context: the container of all the sockets of that process, which also runs the background I/O threads. One context per process is the rule. Threads may share the context, but not a socket: each socket is used by one thread at a time.",
        "Sockets are made from the context, and their type is chosen then, for good: REQ, REP, PUB, SUB, PUSH, PULL, PAIR, DEALER, ROUTER… The type is the pattern: it fixes which peers the socket may talk to, and whether it sends, receives, or both.",
        "A socket goes through four stages: it is created, its options are set (a SUB's subscriptions, a queue size), it binds or connects, and then it sends and receives.",
        "The box “Your program” is one process with one context. It holds two sockets: a REQ that asks the server questions and a SUB that listens to the ticker.",
      ],
      steps: [
        "Run. The REQ gets 8 answers and the SUB hears 8 ticks, both inside the same program.",
        "Select the SUB and find its subscription in the inspector (an empty prefix means everything). It is an option, set before the socket connects: stage two.",
        "Stop, and change the SUB's type to PULL. The link turns red: a PULL cannot talk to a PUB. The type really is the pattern. Undo (Ctrl+Z) to put it back.",
      ],
    },
    pair: {
      title: "PAIR: exactly two",
      body: [
        "PAIR is the closest thing to an ordinary socket: two ends, strictly one to one, and either end may send at any time. It suits two parts of a program that want a private line, and little else.",
        "This is the tutorial's example 03-01: the server binds, the client connects, the server sends five messages and the client answers each one.",
      ],
      steps: [
        "Run. Both sides count 5 sent and 5 received.",
        "Stop. Drag a third PAIR from the palette and connect it to the server. The editor objects: a PAIR takes one peer only. (Real libzmq is sneakier: the extra connection looks fine and silently loses every message.)",
        "Delete the extra PAIR.",
      ],
    },
    "req-rep": {
      title: "REQ-REP: ask, then wait",
      body: [
        "The client-server pattern of the tutorial (example 03-02): a REQ sends a request, a REP answers it. They move in lockstep: a REQ cannot send its next request before the reply to the last one has arrived, and a REP cannot answer before it has been asked.",
        "Like the tutorial's server, this REP waits one second before it replies. The client would like to ask ten times a second.",
      ],
      steps: [
        "Run and watch the client's sent counter: about one request per second, not ten. The REQ is blocked, waiting for each reply.",
        "Stop, select the server and set its reply delay to 0 in the inspector. Run again: the requests now go as fast as the client wants.",
        "Think about it: what would the client do if the server died while a request was out? (Wait forever. That is why real clients use timeouts.)",
      ],
    },
    "req-two-servers": {
      title: "One client, two servers",
      body: [
        "A REQ may connect to several REP servers. It then sends its requests to them in turn, one each (round robin), and still waits for every reply before it sends again.",
        "This is the tutorial's run of example 03-02 with two servers: the client connects to both, and its ten requests alternate between them.",
      ],
      steps: [
        "Run. Server 1 and server 2 each receive 5 requests.",
        "Select the client and read its messages in the inspector: each reply names the server that sent it, and they alternate.",
        "Stop, drop a third REP, connect the client to it (drag from the client's ring to the new REP) and run again: the requests now go round three servers.",
      ],
    },
    "pub-sub": {
      title: "PUB-SUB: two publishers, two subscribers",
      body: [
        "A publisher sends without knowing who listens. Each subscriber says what it wants by subscribing to prefixes: the topic is simply the start of the message, so a subscription to “10001” keeps every message that begins with those characters.",
        "Publishers and subscribers make a many-to-many web. As in the tutorial's example 03-03, two publishers bind ports 5546 and 5556 and both subscribers connect to both. Subscriber 1 wants “10001”; subscriber 2 wants “10001” and “10002”.",
      ],
      steps: [
        "Run. Subscriber 1 receives 10, all from port 5546; subscriber 2 receives 20.",
        "Look at the link from the publisher on 5556 to subscriber 1: connected, yet nothing flows. The publisher filters before it sends.",
        "Both publishers wait one second before their first message. Set that wait to 0 and run again: the first message is lost, because the subscriptions had not arrived yet (the “slow joiner”).",
      ],
      challenge: {
        task: "Add a third subscriber that hears publisher 2 only: topic “10002”, and nothing of “10001”. Run it, then check your work.",
        done: "Subscriber 3 hears only the publisher on 5556. A subscription is a filter on the start of each message.",
      },
    },
    pipeline: {
      title: "Pipeline: producer, consumers, collector",
      body: [
        "PUSH and PULL build pipelines. A PUSH deals its messages out to the connected PULL sockets in turn, like cards; nothing comes back upstream. Results flow further down the line instead.",
        "The tutorial's example 03-04: the producer hands out 100 tasks, two consumers each take some, work on them and push the results to the collector.",
      ],
      steps: [
        "Run. Each consumer gets 50 tasks and the collector receives all 100.",
        "Run again, and while the tasks flow, kill consumer 2's process in the inspector. Where do the remaining tasks go? (To consumer 1: a PUSH deals only to the peers connected at that moment.)",
        "Restart consumer 2: from then on it gets its share again.",
      ],
      challenge: {
        task: "Balance the work over three consumers: add a third consumer process that takes tasks from the producer and passes its results on to the collector. Tip: select consumer 2's box and press Ctrl+D to copy it. Run it, then check your work.",
        done: "Three consumers share the 100 tasks and the collector still gets every one. More workers is just more PULL sockets: the producer did not change.",
      },
    },
    "start-order": {
      title: "Why the consumers start first",
      body: [
        "The tutorial says: start the collector and the consumers before the producer. Here is why. A PUSH deals only to the consumers connected at that moment. If the producer starts first, the first consumer to connect is handed everything that is waiting, and the ones that come later get none of it.",
        "In this topology the producer waits 3 seconds, then hands out 100 tasks at once; each consumer needs 50 ms per task.",
      ],
      steps: [
        "Run and do nothing: the two consumers share the work.",
        "Stop and Run again, and at once, before the producer starts, kill consumer 2's process. Wait until the producer has sent its 100 tasks, then restart consumer 2.",
        "Consumer 2 gets nothing: all 100 tasks were already queued at consumer 1, which now works alone, twice as long. That is a producer that started before its workers.",
      ],
    },
    "bind-connect": {
      title: "Bind or connect? Servers are stable, clients are flexible",
      body: [
        "Of two linked ZeroMQ sockets, one binds to an endpoint and the other connects to it. Which one binds has nothing to do with who sends or who answers: it is about which part of the system stays put.",
        "Bind the stable part, the one with a well-known address (the server here), and connect the parts that come and go (the clients). The server's definition names no client, new clients need no change on its side, and there is no accept() to call: a bound socket takes every connection by itself, with no limit on their number.",
      ],
      steps: [
        "Run. Each client sends 10 requests; the server answers all 20.",
        "While it runs, kill client 1's process, then restart it. The server notices nothing; the client connects again by itself.",
        "Still running: drop a new REQ from the palette and connect it to the server. It joins without anyone touching the server.",
      ],
    },
    transports: {
      title: "tcp, ipc and inproc",
      body: [
        "The start of an endpoint names its transport. tcp:// crosses the network (here it stays on this machine); ipc:// links programs on the same machine through a file; inproc:// links threads inside one program through memory, and is the fastest. These are unicast transports: each message goes from one sender to one receiver, so a sender that feeds many receivers pays for each copy.",
        "One socket may use several transports at once: the collector binds all three, and a sender reaches it over each. Only the endpoint differs; sending and receiving work the same.",
        "The tutorial says that with inproc you must bind before anyone connects. That was true of old libzmq versions; the one used here (4.3.5) accepts connect-first on every transport.",
      ],
      steps: [
        "Run. The collector receives 30, 10 over each link.",
        "Select the collector and read its three endpoints in the inspector.",
        "The inproc sender sits in the collector's own process box: inproc only links sockets of the same program.",
      ],
    },
    multicast: {
      title: "pgm and epgm: multicast, but not here",
      body: [
        "The tutorial also lists pgm and epgm. They are multicast transports: one packet on the network reaches every subscriber, so the sender pays once however many listen. They work with PUB and SUB only, and need a libzmq built with OpenPGM.",
        "The libzmq inside this playground is built without it, so the editor refuses these endpoints. For one-to-many on one machine, PUB-SUB over tcp or ipc does the job. (Outside the playground, the draft RADIO and DISH sockets offer multicast over udp.)",
      ],
      steps: [
        "Read the Problems panel: both endpoints are refused, and it says why.",
        "Run stays disabled while there are errors: nothing half-works.",
      ],
      challenge: {
        task: "Make it run here: move the publisher and the subscriber to a transport this build has, so that the subscriber receives the quotes. Run it, then check your work.",
        done: "Publisher and subscriber now talk over a supported transport. The PUB-SUB side did not change; only the endpoints did.",
      },
    },
    "connect-first": {
      title: "Connect before anyone binds",
      body: [
        "With plain TCP, a client that connects before its server listens gets an error. ZeroMQ does not mind: connect() notes where to go and keeps trying in the background. Either side may start first.",
        "Meanwhile, sends do not fail: the messages wait in the socket's queue and leave as soon as a peer appears. Here the sender connects to an endpoint that nobody binds yet, and sends 10 tasks.",
      ],
      steps: [
        "Run. The link keeps retrying, yet the sender's counter climbs: each send returned at once, and the task waits in the queue.",
        "Notice the note in the Problems panel: nobody binds this endpoint, which is fine in ZeroMQ.",
      ],
      challenge: {
        task: "While it runs, add a collector: a PULL that binds the sender's endpoint (tcp://127.0.0.1:5610) and consumes. It must receive all 10 tasks, also those sent before it existed. Then check your work.",
        done: "All 10 tasks arrived, even those sent while nobody was listening: they waited in the sender's queue.",
      },
    },
    "multi-bind": {
      title: "One socket, several endpoints",
      body: [
        "A socket is not tied to one address. The tutorial binds one PUB to tcp://127.0.0.1:5555 and to ipc://myserver.ipc; each reader uses whichever suits it, and the publisher sends every message once for all of them.",
        "The other way round works too: a socket may connect to several endpoints, as the subscribers of the PUB-SUB lesson do.",
      ],
      steps: [
        "Run. The subscriber over tcp and the subscriber over ipc each receive all 10.",
        "Select the publisher: two endpoints in its bind list.",
        "Stop, add a third bind endpoint, inproc://news, drop a new SUB and connect it there. Run: three readers, three transports, one publisher.",
      ],
    },
    "address-in-use": {
      title: "Address in use",
      body: [
        "An endpoint can be bound by one socket only. When a second one tries, libzmq refuses with “Address already in use” (pyzmq raises zmq.error.ZMQError: Address in use). Any number of sockets may connect to an endpoint, but only one may bind it.",
        "This topology is broken on purpose: both publishers bind the same tcp address. The editor catches it before anything runs.",
      ],
      steps: ["Read the Problems panel: it names the endpoint and both sockets."],
      challenge: {
        task: "Fix it so that both publishers run and the reader hears both: give one of them an address of its own, and connect the reader to it too. Run it, then check your work.",
        done: "Each publisher binds its own endpoint, and the reader, connected to both, hears A and B.",
      },
    },
    messages: {
      title: "Messages, not bytes",
      body: [
        "TCP carries a stream of bytes: where one message ends is your problem. HTTP solves it with line breaks: CR-LF after each header line, and an empty line before the body. ZeroMQ solves it once and for all: on the wire, every frame is preceded by its length.",
        "So a ZeroMQ message arrives whole or not at all: never half, never glued to the next. A message may have several frames (multipart), and they arrive together. A line break inside a frame is just data.",
        "Here the sender sends 5 messages of three frames: a request line, a block of header lines with CR-LF inside, and a body.",
      ],
      steps: [
        "Run. The receiver counts 5: a message of three frames counts once.",
        "Select the receiver and open a message in the inspector: three frames, each with its size. The CR-LF characters are inside frame 2 (look at its hex).",
      ],
    },
    "high-water-marks": {
      title: "Queues and high-water marks",
      body: [
        "send() does not write to the network. It puts the message in a queue in memory; a background I/O thread sends it when it can, and the receiver has a queue too. That is why your program keeps going while the network is busy.",
        "Queues are bounded by the high-water mark (HWM), 1000 messages by default. What happens when one is full depends on the type: a PUB drops the message (a slow subscriber must never hold it back); a PUSH waits until there is room (it must not lose tasks).",
        "Two identical setups, both over inproc with an HWM of 10: a fast sender (every 10 ms) and a slow reader (100 ms per message).",
      ],
      steps: [
        "Run. The PUB sends all 200 without ever waiting; its subscriber receives only a few dozen. The rest is dropped.",
        "Now the PUSH: its counter crawls at the reader's pace, never more than about 20 (both queues) ahead. Nothing is lost, but the sender is held back.",
        "Stop, raise the PUB's send HWM to 1000 and run again. How many does the subscriber get now? (All 200, slowly: the queue now holds the whole burst.)",
      ],
    },
    "fan-out-fan-in": {
      title: "Fan-out, fan-in and fair queuing",
      body: [
        "A ZeroMQ socket can have many connections. Sending from one socket to many peers is fan-out; receiving on one socket from many is fan-in. Where a TCP socket has exactly one peer, ZeroMQ offers one-to-many, many-to-one and many-to-many.",
        "On the receiving side, recv() takes messages from its connections in turn: fair queuing. A peer that sends a lot cannot starve a quiet one.",
        "Top: one PUSH deals 30 tasks to three workers. Bottom: three senders each dump 100 messages at once into one slow sink.",
      ],
      steps: [
        "Run. Each worker gets exactly 10: fan-out, in turns.",
        "Watch the sink's three links: they grow together, a third each, although each sender had all of its 100 messages queued from the start.",
      ],
    },
    "send-returns-early": {
      title: "send() returns before the message is sent",
      body: [
        "When send() returns, the message is in a queue, nothing more. It has not reached the network, let alone the peer: success means “accepted”, not “delivered”.",
        "This publisher sends its first tick the moment it starts. The subscriber's connection is still being set up and its subscription has not arrived, so the PUB has nobody to send to and drops the tick. The send itself succeeded.",
      ],
      steps: [
        "Run. The publisher counts 10 sent; the subscriber receives 9, now and then 8. Tick 1 was sent, and lost.",
        "Kill the subscriber while it runs: the publisher goes on “sending” every tick, without a single error.",
        "The cure is in the application: wait until the subscriber is there (the other lessons' publishers wait a second), or have it say so.",
      ],
    },
    "legal-pairs": {
      title: "The other legal pairs",
      body: [
        "Besides the four basic patterns, the tutorial lists more combinations that ZeroMQ accepts. A DEALER is an asynchronous REQ: it sends as often as it likes without waiting. A ROUTER is an asynchronous REP: every incoming message carries its sender's identity, and a reply goes to whoever its first frame names.",
        "REQ-ROUTER and DEALER-REP are the two halves of a request-reply broker that balances load; DEALER-ROUTER is the fully asynchronous client-server; DEALER-DEALER and ROUTER-ROUTER are for special cases.",
      ],
      steps: [
        "Run. In every row the client receives its 5 replies.",
        "Select the ROUTER of the first row and open a message: the first frame is the REQ's identity, then an empty delimiter, then the request.",
        "In the last row the connecting ROUTER addresses its messages to “server”: that is the first frame of what it sends.",
      ],
    },
    "illegal-link": {
      title: "Which types may talk",
      body: [
        "Not every pair of types works together. A REQ expects an answer to each request, so it may only talk to a REP or a ROUTER; a PULL never answers. libzmq refuses such a link during the handshake, without a word: over tcp the messages just vanish. The editor checks every link, so you see it before anything runs.",
        "This topology is broken on purpose: a REQ client is linked to a PULL server.",
      ],
      steps: ["Read the Problems panel and look at the red link."],
      challenge: {
        task: "Make this link legal without deleting it, so that the client gets its replies. Run it, then check your work.",
        done: "Client and server are a legal pair now, and every request gets its reply.",
      },
    },
  },
};
