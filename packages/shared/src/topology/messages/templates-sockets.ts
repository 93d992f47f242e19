/**
 * English templates of the identity, option, behaviour and forward messages (see
 * templates-links.ts for the syntax). Most name a socket as `{{type}} "{{socket}}"`.
 */
export const SOCKET_TEMPLATES = {
  "duplicate-id": {
    socket:
      'Two sockets are called "{{socket}}" (sockets[{{first}}] and sockets[{{second}}]). Links, forwards and counters find a socket by its id, so each id must be unique: rename one of them.',
    process:
      'Two processes are called "{{process}}". Sockets join a process by its id, so each process id must be unique: rename one of them.',
  },
  "unknown-process":
    'Socket "{{socket}}" says it lives in process "{{process}}", but no process has that id. Add { "id": "{{process}}" } to "processes", or remove "process" to give the socket a process of its own.',
  "process-id-clash": {
    alone:
      'Process "{{process}}" has the same id as socket "{{process}}", which has no "process" of its own. A socket without a process runs in a process named after its id, so socket "{{process}}" would silently join process "{{process}}", and they would start, stop and be killed together. Rename the process, or set the socket\'s "process".',
    members:
      'Process "{{process}}" has the same id as socket "{{process}}", which has no "process" of its own. A socket without a process runs in a process named after its id, so socket "{{process}}" would silently join process "{{process}}", together with {{members, quotedAnd}}, and they would start, stop and be killed together. Rename the process, or set the socket\'s "process".',
  },
  "option-not-supported":
    '{{type}} "{{socket}}" does not take the option "{{option}}" (zeromq.js refuses options a socket type does not have). "{{option}}" is for {{takers, or}}. A {{type}} takes: {{options}}.',
  "sub-no-subscription":
    '{{type}} "{{socket}}" has no subscription, so it will receive nothing: a SUB only keeps messages whose topic starts with one of its subscriptions. Add "subscribe": [""] to receive everything, or list the topic prefixes you want.',
  "dish-no-join":
    '{{type}} "{{socket}}" has joined no group, so it will receive nothing: a DISH only gets RADIO messages of the groups it joined. Add "join": ["a-group"] with the groups its RADIO sends to.',
  "behavior-not-supported": {
    "only-receives":
      '{{type}} "{{socket}}" cannot have a "{{behavior}}" behaviour: a {{type}} only receives. Types that can: {{able, or}}.',
    "replies-only":
      '{{type}} "{{socket}}" cannot have a "{{behavior}}" behaviour: a {{type}} only sends replies to requests it received: use "reply". Types that can: {{able, or}}.',
    "only-sends":
      '{{type}} "{{socket}}" cannot have a "{{behavior}}" behaviour: a {{type}} only sends, it never receives anything. Types that can: {{able, or}}.',
    "answer-first":
      '{{type}} "{{socket}}" cannot have a "{{behavior}}" behaviour: a {{type}} must answer every request before it can take the next one: use "reply". Types that can: {{able, or}}.',
    "no-answer":
      '{{type}} "{{socket}}" cannot have a "{{behavior}}" behaviour: a {{type}} does not answer what it receives. Types that can: {{able, or}}.',
    "cannot-send":
      '{{type}} "{{socket}}" cannot have a "{{behavior}}" behaviour: a {{type}} cannot send. Types that can: {{able, or}}.',
    "own-replies":
      '{{type}} "{{socket}}" cannot have a "{{behavior}}" behaviour: a {{type}} only receives the replies to its own requests. Types that can: {{able, or}}.',
    "no-pass-on":
      '{{type}} "{{socket}}" cannot have a "{{behavior}}" behaviour: a {{type}} cannot pass what it receives on. Types that can: {{able, or}}.',
    group:
      '{{type}} "{{socket}}" sets a "group", but only a RADIO sends to groups: a {{type}} ignores it. Remove "group".',
  },
  "conflicting-behaviors":
    '{{type}} "{{socket}}" has {{behaviors, quotedAnd}}, but each message that arrives can be handled only one way. Keep one of them.',
  "single-part-only": {
    send: '{{type}} "{{socket}}" would send {{frames}} frames per message, but {{type}} is a draft type that only carries single-frame messages (libzmq fails with "Invalid argument"). Put everything in one frame.',
    reply:
      '{{type}} "{{socket}}" would reply {{frames}} frames per message, but {{type}} is a draft type that only carries single-frame messages (libzmq fails with "Invalid argument"). Put everything in one frame.',
  },
  "radio-needs-group":
    '{{type}} "{{socket}}" sends without a group: every RADIO message goes to a named group, and only DISH sockets that joined it receive it. Set "group" in its send behaviour.',
  "router-send-needs-id":
    '{{type}} "{{socket}}" sends one frame, but a ROUTER uses the first frame of every message it sends as the routing id of the peer to send to, so nothing would arrive. Send ["<peer\'s routingId>", "body"], e.g. ["client", "hello {seq}"].',
  "unknown-socket": {
    none: '{{type}} "{{socket}}" forwards to "{{target}}", but no socket has that id.',
    choices:
      '{{type}} "{{socket}}" forwards to "{{target}}", but no socket has that id. Sockets it could forward to: {{choices, quotedOr}}.',
  },
  "forward-to-self":
    '{{type}} "{{socket}}" forwards to itself, which would loop every message back out of the socket it came from. Forward to another socket of the same process (to answer the sender, use "reply").',
  "forward-across-processes":
    '{{type}} "{{socket}}" forwards to {{targetType}} "{{target}}", which lives in another process ("{{targetProcess}}", not "{{process}}"). Forwarding hands a message to another socket inside the same program; sockets of different processes talk only over links. Put both in one process, or draw a link.',
  "forward-target-cannot-send": {
    "replies-only":
      '{{type}} "{{socket}}" forwards to {{targetType}} "{{target}}", which cannot send on its own: a {{targetType}} only sends replies to requests it received. Forward to a socket that sends, such as {{senders, or}}.',
    "only-receives":
      '{{type}} "{{socket}}" forwards to {{targetType}} "{{target}}", which cannot send on its own: a {{targetType}} only receives. Forward to a socket that sends, such as {{senders, or}}.',
  },
};
