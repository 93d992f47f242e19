import { CHECK_MESSAGE_IDS, LESSONS } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { LESSON_TEXTS, lessonLanguage } from "./index.js";

const languages = Object.entries(LESSON_TEXTS);

/** The {{placeholders}} of a text, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each(languages)("the lessons in %s", (_, texts) => {
  it.each(LESSONS.map((l) => [l.id, l] as const))(
    "have %s, with a title, a body and steps",
    (id, lesson) => {
      const text = texts.lessons[id];
      expect(text, `${id} is missing`).toBeDefined();
      expect(text.title.trim()).not.toBe("");
      expect(text.body.length).toBeGreaterThan(0);
      expect(text.steps.length).toBeGreaterThan(0);
      for (const line of [...text.body, ...text.steps]) expect(line.trim()).not.toBe("");
      // A challenge has its words exactly when the lesson has a challenge.
      expect(text.challenge !== undefined, `${id}: challenge text`).toBe(
        lesson.challenge !== undefined,
      );
    },
  );

  it("have no lesson the course does not know", () => {
    expect(Object.keys(texts.lessons).sort()).toEqual(LESSONS.map((l) => l.id).sort());
  });

  it("word every checker message with the same placeholders as English", () => {
    expect(Object.keys(texts.checks).sort()).toEqual([...CHECK_MESSAGE_IDS].sort());
    for (const id of CHECK_MESSAGE_IDS) {
      expect(placeholders(texts.checks[id]), id).toEqual(placeholders(LESSON_TEXTS.en.checks[id]));
    }
  });

  it("have every panel text, with the same placeholders as English", () => {
    const ui: Record<string, string> = { ...texts.ui };
    const reference: Record<string, string> = { ...LESSON_TEXTS.en.ui };
    expect(Object.keys(ui).sort()).toEqual(Object.keys(reference).sort());
    for (const [key, text] of Object.entries(reference)) {
      expect(placeholders(ui[key] ?? ""), key).toEqual(placeholders(text));
    }
  });
});

describe("the lessons' language", () => {
  it.each([
    ["vi", "vi"],
    ["zh-CN", "zh"],
    ["en-GB", "en"],
    ["fr", "en"],
    [undefined, "en"],
  ] as const)("for %s is %s", (code, language) => {
    expect(lessonLanguage(code)).toBe(language);
  });
});
