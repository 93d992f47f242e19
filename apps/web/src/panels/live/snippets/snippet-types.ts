import type { JoinPlan } from "./join-plan.js";

export const SNIPPET_LANGUAGES = ["python", "node"] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

/** A program to copy: its source, the file to save it as, and how to run it. */
export interface Snippet {
  language: SnippetLanguage;
  fileName: string;
  code: string;
}

/** Messages an outside sender sends, and requests a REQ makes. */
export const SEND_COUNT = 10;
export const REQUEST_COUNT = 5;

/** What a one-line summary of the program says it does, for its first comment. */
export function purpose(plan: JoinPlan): string {
  const topics = plan.topics.filter((t) => t !== "");
  switch (plan.action) {
    case "send":
      return `sends ${SEND_COUNT} messages`;
    case "receive":
      return `prints the next ${SEND_COUNT} messages (a PUSH deals them out in turn, so this program gets its share)`;
    case "publish":
      return `publishes ${SEND_COUNT} messages${topics[0] ? ` under the topic "${topics[0]}"` : ""}`;
    case "subscribe":
      return `subscribes to ${topics.length ? topics.map((t) => `"${t}"`).join(", ") : "everything"} and prints the next ${SEND_COUNT} messages`;
    case "request":
      return `sends ${REQUEST_COUNT} requests and prints each reply`;
    case "reply":
      return `answers the next ${REQUEST_COUNT} requests`;
    case "talk":
      return `sends ${REQUEST_COUNT} messages, then prints what comes back`;
  }
}

/** A string literal both Python and JavaScript read the same way. */
export function literal(text: string): string {
  return JSON.stringify(text);
}
