import type { JoinPlan } from "./join-plan.js";
import { nodeSnippet } from "./node-snippet.js";
import { pythonSnippet } from "./python-snippet.js";
import type { Snippet, SnippetLanguage } from "./snippet-types.js";

export { joinPlan, type JoinPlan, type JoinRefusal, type JoinResult } from "./join-plan.js";
export { SNIPPET_LANGUAGES, type Snippet, type SnippetLanguage } from "./snippet-types.js";

/** The program, in one language, that joins the topology as the plan says. */
export function snippetFor(plan: JoinPlan, language: SnippetLanguage): Snippet {
  return language === "python" ? pythonSnippet(plan) : nodeSnippet(plan);
}
