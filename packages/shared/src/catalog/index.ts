export * from "./socket-types.js";
export * from "./options.js";
export * from "./catalog.js";
