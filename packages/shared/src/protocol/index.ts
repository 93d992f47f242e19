export * from "./stats.js";
export * from "./telemetry.js";
