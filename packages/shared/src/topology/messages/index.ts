export * from "./templates.js";
export * from "./render.js";
export * from "./examples.js";
export * from "./parse-examples.js";
