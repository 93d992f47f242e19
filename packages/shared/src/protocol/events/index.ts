export * from "./templates.js";
export * from "./words.js";
export * from "./runtime-templates.js";
export * from "./render.js";
export * from "./examples.js";
