/** The contract shared by the browser, the gateway, the CLI and exported files. */
export * from "./catalog/index.js";
export * from "./topology/index.js";
export * from "./protocol/index.js";
export * from "./fixtures/index.js";
export * from "./codegen/index.js";
export * from "./lessons/index.js";
