import {
  checkTopology,
  COMMAND_ERROR_CODES,
  DIAGNOSTIC_EXAMPLES,
  INCOMPATIBILITY_REASONS,
  PROTOCOL_VERSION,
  RUNTIME_EXAMPLES,
} from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { createTestI18n } from "../test-support/i18n.js";
import { failureText, type GatewayFailure } from "./command-error-text.js";

const instance = createTestI18n();

function textIn(language: string, failure: GatewayFailure): string {
  void instance.changeLanguage(language);
  return failureText(instance, failure);
}

const unknownSocket = {
  code: "unknown-socket",
  message: 'No socket "w9" in the running topology.',
};
const reqWaiting = RUNTIME_EXAMPLES.find((d) => d.messageId === "runtime.send.req-waiting");
const validator = DIAGNOSTIC_EXAMPLES.flatMap((e) => checkTopology(e.topology)).filter(
  (d) => d.severity === "error",
);

describe("a gateway failure in the reader's language", () => {
  it("has a text for every command error code and every refusal, in every language", () => {
    const keys = [
      ...COMMAND_ERROR_CODES.map((c) => `commandErrors.codes.${c}`),
      ...Object.values(INCOMPATIBILITY_REASONS).map((r) => `commandErrors.refused.${r}`),
    ];
    for (const lng of ["en", "vi", "zh"]) {
      const missing = keys.filter(
        (k) => typeof instance.getResource(lng, "translation", k) !== "string",
      );
      expect(missing, lng).toEqual([]);
    }
  });

  it("is the gateway's own message in English", () => {
    expect(textIn("en", unknownSocket)).toBe(unknownSocket.message);
  });

  it("says the code in the reader's words, with the gateway's specifics as detail", () => {
    expect(textIn("vi", unknownSocket)).toBe(
      'Socket đó không có trong topology đang chạy. Gateway báo: No socket "w9" in the running topology.',
    );
    expect(textIn("zh", { code: "not-running", message: "No topology is running." })).toBe(
      "没有正在运行的拓扑：请先点击“运行”。",
    );
  });

  it("words a refused send or deploy by its diagnostic, translated", () => {
    const refused = {
      code: "socket-error",
      message: reqWaiting?.message ?? "",
      diagnostics: reqWaiting ? [reqWaiting] : [],
    };
    expect(textIn("vi", refused)).toBe(
      "s1 là một REQ đang chờ reply: nó chỉ được gửi tiếp sau khi reply về tới.",
    );
    const [first, second] = validator;
    const deploy = { code: "invalid-topology", message: "…", diagnostics: [first!, second!] };
    const text = textIn("zh", deploy);
    expect(text).toMatch(/（另有 1 个问题）$/);
    expect(text).not.toContain(first!.message);
  });

  it("names both protocol versions when the gateway refuses the page", () => {
    const refusal = {
      code: "server-too-old",
      message: "The page speaks protocol 2, the gateway 1.",
      params: { page: PROTOCOL_VERSION, gateway: 0 },
    };
    expect(textIn("vi", refusal)).toBe(
      `Trang này dùng giao thức ${PROTOCOL_VERSION}, còn gateway dùng 0: hãy khởi động lại gateway bằng cùng bản build với trang.`,
    );
  });

  it("says 'not connected' for a command that was never sent, and keeps an unknown code's words", () => {
    expect(textIn("zh", { code: "disconnected", message: "Not connected." })).toBe(
      "未连接到网关：命令没有发出。",
    );
    expect(textIn("vi", { code: "from-the-future", message: "Odd." })).toBe("Odd.");
  });
});
