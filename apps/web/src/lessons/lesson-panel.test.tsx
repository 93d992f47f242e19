import i18next from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { initReactI18next } from "react-i18next";
import { resolveTopology, type Topology } from "@zmq-playground/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { en as appEn } from "../i18n/en.js";
import { createAppStore } from "../store/app-store.js";
import { AppStoreProvider } from "../store/store-context.js";
import { LessonPanel } from "./lesson-panel.js";
import { createLessonStore, type LessonStore } from "./lesson-store.js";
import { LessonsFrame } from "./lessons-frame.js";

// No DOM here (jsdom needs a newer Node): the markup React would render is enough to
// check what the class reads. Server rendering reads a store's initial state, so each
// test builds its store in the state it needs.
beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: appEn } },
    lng: "en",
    interpolation: { escapeValue: false },
  });
});

function render(lessons: LessonStore, topology?: Topology): string {
  const html = renderToStaticMarkup(
    <AppStoreProvider store={createAppStore(topology)}>
      <LessonsFrame store={lessons}>
        <LessonPanel />
      </LessonsFrame>
    </AppStoreProvider>,
  );
  return html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
}

describe("the lessons panel", () => {
  it("is a rail while closed, and says so on the frame", () => {
    const html = render(createLessonStore());
    expect(html).toContain('data-lessons="closed"');
    expect(html).toContain(">Lessons</span>");
  });

  it("lists every lesson, a star on each challenge", () => {
    const html = render(createLessonStore({ mode: "open" }));
    expect(html.match(/data-testid="lesson-item"/g)).toHaveLength(20);
    expect(html.match(/★/g)).toHaveLength(6);
    expect(html).toContain("PUB-SUB: two publishers, two subscribers");
  });

  it("shows a lesson with its steps, its challenge and the checker's verdict in words", () => {
    const store = createLessonStore({
      mode: "open",
      lessonId: "pub-sub",
      verdict: { passed: false, missing: [{ id: "add-subscriber", params: { topic: "10002" } }] },
    });
    const html = render(store);
    expect(html).toContain("Lesson 6 of 20");
    expect(html).toContain("Open topology");
    expect(html.match(/<li>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain("Still missing:");
    expect(html).toContain("A new SUB that subscribes to “10002”.");
  });

  it("speaks Vietnamese and Chinese when the app does", async () => {
    const endpoint = "tcp://127.0.0.1:5611";
    const store = createLessonStore({
      mode: "open",
      lessonId: "address-in-use",
      verdict: { passed: false, missing: [{ id: "address-still-in-use", params: { endpoint } }] },
    });
    try {
      await i18next.changeLanguage("vi");
      const vi = render(store);
      expect(vi).toContain("Vẫn còn thiếu:");
      expect(vi).toContain("tcp://127.0.0.1:5611 vẫn bị bind hai lần.");
      expect(vi).toContain("Topology này cố tình bị lỗi");
      await i18next.changeLanguage("zh");
      expect(render(store)).toContain("还缺少：");
    } finally {
      await i18next.changeLanguage("en");
    }
  });

  it("presents one slide at a time: the current step large, the earlier ones before it", () => {
    // pair: two paragraphs, then the steps; slide 3 is step 2.
    const html = render(createLessonStore({ mode: "presenting", lessonId: "pair", slide: 3 }));
    expect(html).toContain('data-lessons="presenting"');
    expect(html).toContain("Step 2 of 3");
    expect(html).toContain('data-current="false"');
    expect(html).toContain('aria-current="step"');
    expect(html).not.toContain("Delete the extra PAIR.");
  });

  it("puts the editor's errors on the projector, where the Problems panel is hidden", () => {
    const broken = resolveTopology({ source: "lesson", id: "address-in-use" });
    const store = createLessonStore({ mode: "presenting", lessonId: "address-in-use", slide: 2 });
    const html = render(store, broken);
    expect(html).toContain("The editor says:");
    expect(html).toContain('data-code="address-in-use"');
    expect(render(store)).not.toContain("The editor says:");
  });
});
