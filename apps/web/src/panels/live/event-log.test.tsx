import { EVENT_EXAMPLES, type RuntimeEvent } from "@zmq-playground/shared";
import i18next from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../i18n/index.js";
import { EventLog } from "./event-log.js";

// No DOM here (jsdom needs a newer Node): the markup React would render is enough to
// check what a person reads in the log.
beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: "vi",
    fallbackLng: "en",
    interpolation: { escapeValue: false },
  });
});

const example = (id: string): RuntimeEvent => {
  const found = EVENT_EXAMPLES.find((e) => e.messageId === id);
  if (!found) throw new Error(`no example of ${id}`);
  return found;
};
const fromOldGateway: RuntimeEvent = {
  at: 5,
  level: "warning",
  kind: "disconnect",
  socket: "s1",
  message: "s1 lost a connection.",
};
const render = () =>
  renderToStaticMarkup(
    <EventLog events={[example("bind-error"), fromOldGateway]} target={{ kind: "all" }} />,
  );
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the event log", () => {
  it("says each event in the reader's language, keeping its kind for tests and filters", async () => {
    await i18next.changeLanguage("vi");
    const html = render();
    expect(html).toContain('data-kind="bind-error"');
    expect(text(html)).toContain("s1: bind tới tcp://127.0.0.1:5555 thất bại: địa chỉ đã bị chiếm");
    await i18next.changeLanguage("zh");
    expect(text(render())).toContain("s1：绑定 tcp://127.0.0.1:5555 失败：地址已被占用");
  });

  it("shows an older gateway's event as it wrote it", async () => {
    await i18next.changeLanguage("zh");
    expect(text(render())).toContain("s1 lost a connection.");
  });
});
