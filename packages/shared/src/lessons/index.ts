/** Lessons for a class: definitions, the topologies they open, outcomes and checkers. */
export * from "./seed-topics.js";
export * from "./lesson-ids.js";
export * from "./checker-ids.js";
export * from "./expectations.js";
export * from "./topologies.js";
export * from "./schema.js";
export * from "./lessons.js";
export * from "./check-result.js";
export * from "./checkers.js";
