import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeBuiltins = { group: ["node:*"], message: "This package must not use Node built-ins." };

/** Module boundaries from HOUSE_STYLE.md, made visible as lint errors. */
export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "test-results/**",
      "playwright-report/**",
      "**/*.config.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["packages/shared/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            nodeBuiltins,
            {
              group: ["zeromq", "zeromq/*", "ws", "react", "react-dom", "@xyflow/*", "zustand"],
              message: "shared imports only zod.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/web/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            nodeBuiltins,
            {
              group: ["zeromq", "zeromq/*", "ws"],
              message: "The web app talks to the gateway only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/web/src/**/*.{ts,tsx}"],
    ignores: ["apps/web/src/gateway/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "WebSocket", message: "Only apps/web/src/gateway/ touches the WebSocket." },
      ],
    },
  },
  {
    files: ["apps/gateway/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "@xyflow/*", "zustand"],
              message: "No UI in the gateway.",
            },
            {
              group: ["zeromq", "zeromq/*"],
              message: "Only apps/gateway/src/zmq/ imports zeromq.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/gateway/src/zmq/**/*.ts", "apps/gateway/bench/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "@xyflow/*"], message: "No UI in the gateway." },
          ],
        },
      ],
    },
  },
);
