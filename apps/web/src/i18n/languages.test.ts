import { describe, expect, it } from "vitest";
import { htmlLangOf, startLanguage } from "./languages.js";

describe("startLanguage", () => {
  it.each([
    [null, ["vi-VN", "en"], "vi"],
    [null, ["zh-CN"], "zh"],
    [null, ["zh-TW", "en"], "zh"],
    [null, ["fr-FR", "vi"], "vi"],
    [null, ["en-US", "vi"], "en"],
    [null, ["de"], "en"],
    [null, [], "en"],
    ["zh", ["vi-VN"], "zh"],
    ["en", ["vi-VN"], "en"],
    ["klingon", ["vi-VN"], "vi"],
  ] as const)(
    "starts in the saved %s or the first of %j it speaks: %s",
    (saved, preferred, want) => {
      expect(startLanguage(saved, preferred)).toBe(want);
    },
  );
});

describe("htmlLangOf", () => {
  it("marks Chinese as simplified, so the browser picks simplified glyphs", () => {
    expect(htmlLangOf("zh")).toBe("zh-Hans");
    expect(htmlLangOf("vi")).toBe("vi");
    expect(htmlLangOf("xx")).toBe("en");
  });
});
