import { TOPOLOGY_FIXTURES, fixtureById, type TopologyFixture } from "@zmq-playground/shared";
import i18next from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { initReactI18next } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../i18n/index.js";
import { createAppStore } from "../../store/app-store.js";
import { AppStoreProvider } from "../../store/store-context.js";
import { openedTemplate, templateText } from "./template-text.js";
import { TemplatesDialog } from "./templates-dialog.js";

// No DOM here (jsdom needs a newer Node): the markup React would render is what is read.
beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: "en",
    interpolation: { escapeValue: false },
  });
});
afterEach(() => i18next.changeLanguage("en"));

function render(): string {
  const html = renderToStaticMarkup(
    <AppStoreProvider store={createAppStore()}>
      <TemplatesDialog onClose={() => {}} />
    </AppStoreProvider>,
  );
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");
}

function fixture(id: string): TopologyFixture {
  const found = fixtureById(id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}

/** Every `<h3>` of the gallery: the templates' titles, in order. */
const titles = (html: string) => [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]);

describe("the template gallery", () => {
  it("shows every fixture with its own English title and description", () => {
    const html = render();
    expect(titles(html)).toEqual(TOPOLOGY_FIXTURES.map((f) => f.topology.title));
    expect(html).toContain(fixture("pipeline").topology.description);
  });

  it("shows every title and description in Vietnamese, then in Chinese", async () => {
    await i18next.changeLanguage("vi");
    const vi = render();
    expect(titles(vi)).toContain("PUB-SUB: hai publisher, hai subscriber");
    expect(vi).toContain("Kết quả mong đợi: producer gửi 100 task");
    expect(vi).toContain('aria-label="Mở: Một PUB bind cùng lúc trên tcp và ipc"');
    await i18next.changeLanguage("zh");
    const zh = render();
    expect(titles(zh)).toContain("管道：生产者 -> 两个消费者 -> 收集器");
    expect(zh).toContain("预期结果：生产者发送 100 个任务");
    const english = TOPOLOGY_FIXTURES.map((f) => f.topology.title ?? f.id);
    expect(titles(zh).filter((t) => english.includes(t ?? ""))).toEqual([]);
  });

  it("opens a template titled and described in the reader's language, the fixture untouched", async () => {
    await i18next.changeLanguage("vi");
    const pair = fixture("pair");
    const opened = openedTemplate(pair, templateText(i18next.t, pair));
    expect(opened.title).toBe("PAIR: ping-pong một đối một");
    expect(opened.description).toMatch(/^Tái hiện ví dụ 03-01-PAIR/);
    expect(opened.sockets).toEqual(pair.topology.sockets);
    expect(pair.topology.title).toBe("PAIR: one-to-one ping-pong");
  });
});
