/** The only door to libzmq: everything else in the gateway uses these types. */
export { zmqAdapter } from "./context.js";
export * from "./types.js";
