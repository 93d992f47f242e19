export * from "./schema.js";
export * from "./endpoint.js";
export * from "./links.js";
export * from "./diagnostics.js";
export * from "./check.js";
