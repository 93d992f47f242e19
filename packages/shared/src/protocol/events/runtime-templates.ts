/**
 * The English text of the problems the gateway raises while a topology runs, besides
 * events: refused manual sends, deploys undone, throttled senders. `runtime.<id>` is
 * their diagnostic `messageId` and their key in the web app's resource. A failure that
 * is also an event (a bind that failed) uses the event's text, `events.<id>`.
 */
export const RUNTIME_TEMPLATES = {
  send: {
    "cannot-send": "A {{type}} socket cannot send; it only receives.",
    killed: "{{socket}} is not running (its process was killed).",
    "no-frames": "A message needs at least one frame.",
    "single-frame": "A {{type}} socket sends single-frame messages only.",
    "req-waiting":
      "{{socket}} is a REQ waiting for its reply: it may send again only after the reply arrives.",
    "radio-group": "A RADIO sends to a group: give its send behaviour a group first.",
    failed: "{{socket}} could not send: {{error, errno}}.",
  },
  deploy: {
    "kept-previous": "The new topology did not start; the previous one kept running, untouched.",
    "put-back-one":
      "The new topology did not start, so the previous one was put back: {{sockets}} was reopened (messages waiting in its queue were lost).",
    "put-back-many":
      "The new topology did not start, so the previous one was put back: {{sockets}} were reopened (messages waiting in their queues were lost).",
    "nothing-runs":
      "The new topology did not start, and the previous one could not be put back either: nothing is running now.",
  },
  /** `detail`: libzmq's or zeromq.js's own words. */
  "option-refused": "{{socket}}: option {{option}} was not applied ({{detail}}).",
  throttled:
    "{{socket}} sends faster than {{max}} messages per second, the limit per socket; the gateway holds it to that rate.",
};
export type RuntimeTemplates = typeof RUNTIME_TEMPLATES;

type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPaths<T[K]>}`;
}[keyof T & string];

/** The id of one runtime problem's text (`send.req-waiting`). */
export type RuntimeTemplateId = LeafPaths<RuntimeTemplates>;
