/**
 * The WebSocket protocol between the page and the gateway: one version constant, one
 * union per direction, parse helpers both sides use on everything they receive.
 */
export * from "./version.js";
export * from "./errors.js";
export * from "./client-messages.js";
export * from "./server-messages.js";
export * from "./parse.js";
