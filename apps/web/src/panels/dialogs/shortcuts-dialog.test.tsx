import i18next from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { initReactI18next } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../i18n/index.js";
import { SHORTCUTS } from "../../keyboard/shortcut-list.js";
import { ShortcutsDialog } from "./shortcuts-dialog.js";

// No DOM here (jsdom needs a newer Node): the markup React would render is what is read.
beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: "en",
    interpolation: { escapeValue: false },
  });
});
afterEach(() => i18next.changeLanguage("en"));

const render = () => renderToStaticMarkup(<ShortcutsDialog onClose={() => {}} />);

/** The text of the row of one shortcut, tags removed. */
function row(html: string, id: string): string {
  const match = new RegExp(`<tr data-shortcut="${id}">(.*?)</tr>`).exec(html);
  return (match?.[1] ?? "").replace(/<[^>]+>/g, "");
}

describe("the keyboard shortcuts dialog", () => {
  it("lists every shortcut once, in three sections", () => {
    const html = render();
    expect(html.match(/data-testid="shortcut-group"/g)).toHaveLength(3);
    for (const s of SHORTCUTS) {
      expect(html.match(new RegExp(`data-shortcut="${s.id}"`, "g")), s.id).toHaveLength(1);
    }
    expect(html).toContain("<h3>Editing</h3>");
    expect(html).toContain("<h3>Presenting a lesson</h3>");
  });

  it("shows Run/Stop and the presenter's keys as the handlers match them", () => {
    const html = render();
    expect(row(html, "run")).toBe("Ctrl/⌘ + EnterRun the topology, or stop it while it runs");
    expect(row(html, "stop")).toBe("Ctrl/⌘ + Shift + EnterStop the running topology");
    expect(row(html, "next")).toBe("→ or Page DownNext slide");
    expect(row(html, "previous")).toBe("← or Page UpPrevious slide");
    expect(row(html, "leave")).toBe("EscLeave the presentation");
    expect(row(html, "redo")).toBe("Ctrl/⌘ + Shift + Z or Ctrl/⌘ + YRedo");
  });

  it("speaks Vietnamese and Chinese, key caps included", async () => {
    await i18next.changeLanguage("vi");
    const vi = render();
    expect(vi).toContain("<h3>Trình chiếu bài học</h3>");
    expect(row(vi, "multi")).toBe("Shift + nhấp chuột hoặc Ctrl/⌘ + nhấp chuộtChọn thêm");
    expect(row(vi, "run")).toBe("Ctrl/⌘ + EnterChạy topology, hoặc dừng nếu nó đang chạy");
    await i18next.changeLanguage("zh");
    const zh = render();
    expect(zh).toContain("<h3>课程演示</h3>");
    expect(row(zh, "box")).toBe("Shift + 拖动框选");
    expect(row(zh, "next")).toBe("→ 或 Page Down下一页");
  });
});
