import { LESSON_IDS } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { moveSlide, slideCount, slideKind } from "./slides.js";
import { LESSON_TEXTS } from "./texts/index.js";

describe("presentation slides", () => {
  it("are the paragraphs, one per step, and the challenge", () => {
    // pub-sub: 2 paragraphs, 3 steps and a challenge; zmq-sockets: 3 and 3, no challenge.
    expect(slideCount("pub-sub")).toBe(6);
    expect(slideCount("zmq-sockets")).toBe(6);
    const at = (slide: number) => slideKind({ lessonId: "pub-sub", slide });
    expect(at(0)).toEqual({ kind: "intro", paragraph: 0, last: false });
    expect(at(1)).toEqual({ kind: "intro", paragraph: 1, last: true });
    expect(at(4)).toEqual({ kind: "step", step: 2 });
    expect(at(5)).toEqual({ kind: "challenge" });
  });

  it("go on into the next lesson and back into the previous one's last slide", () => {
    expect(moveSlide({ lessonId: "zmq-sockets", slide: 5 }, 1)).toEqual({
      lessonId: "context-and-types",
      slide: 0,
    });
    expect(moveSlide({ lessonId: "context-and-types", slide: 0 }, -1)).toEqual({
      lessonId: "zmq-sockets",
      slide: 5,
    });
    expect(moveSlide({ lessonId: "pair", slide: 1 }, 1)).toEqual({ lessonId: "pair", slide: 2 });
  });

  it("stay put at either end of the course", () => {
    const first = { lessonId: LESSON_IDS[0], slide: 0 };
    expect(moveSlide(first, -1)).toEqual(first);
    const lastId = LESSON_IDS[LESSON_IDS.length - 1] ?? "illegal-link";
    const last = { lessonId: lastId, slide: slideCount(lastId) - 1 };
    expect(moveSlide(last, 1)).toEqual(last);
  });

  it("are the same in every language: as many paragraphs and steps everywhere", () => {
    for (const id of LESSON_IDS) {
      const shapes = Object.values(LESSON_TEXTS).map(
        (t) => `${t.lessons[id].body.length}/${t.lessons[id].steps.length}`,
      );
      expect(new Set(shapes).size, id).toBe(1);
    }
  });
});
