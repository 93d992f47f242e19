export * from "./stats.js";
export * from "./telemetry.js";
export * from "./messages.js";
export * from "./events/index.js";
