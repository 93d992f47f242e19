import { PROTOCOL_VERSION } from "@zmq-playground/shared";
import i18next from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { resources } from "../i18n/index.js";
import { createAppStore } from "../store/app-store.js";
import { AppStoreProvider } from "../store/store-context.js";
import { LiveBanner } from "./live-banner.js";

// No DOM here (jsdom needs a newer Node): the markup React would render is enough.
// Server rendering reads a store's initial state, so each test hands over a store
// whose initial state is the one its gateway messages led to.
beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: "vi",
    fallbackLng: "en",
    interpolation: { escapeValue: false },
  });
});

function render(seed: (store: ReturnType<typeof createAppStore>) => void): string {
  const store = createAppStore();
  seed(store);
  const seeded = { ...store, getInitialState: store.getState };
  return renderToStaticMarkup(
    <AppStoreProvider store={seeded}>
      <LiveBanner />
    </AppStoreProvider>,
  ).replace(/&quot;/g, '"');
}

describe("the live banner", () => {
  it("says the gateway's refusal of a command in the reader's language", async () => {
    await i18next.changeLanguage("vi");
    const html = render((store) =>
      store.getState().applyServerMessage({
        type: "command:error",
        requestId: "r1",
        code: "not-paused",
        message: "Pause the topology before stepping one message.",
      }),
    );
    expect(html).toContain('data-code="not-paused"');
    expect(html).toContain("Hãy tạm dừng topology trước khi cho từng message đi qua.");
    expect(html).not.toContain("Pause the topology");
  });

  it("says why the gateway refused the page, with both versions, in Chinese", async () => {
    await i18next.changeLanguage("zh");
    const html = render((store) =>
      store.getState().applyServerMessage({
        type: "session:incompatible",
        reason: "client-too-old",
        protocolVersion: PROTOCOL_VERSION + 1,
        message: "The page speaks protocol 1, the gateway 2. Reload the page.",
      }),
    );
    expect(html).toContain('data-testid="connection-banner"');
    expect(html).toContain(
      `这个页面使用协议 ${PROTOCOL_VERSION}，网关使用 ${PROTOCOL_VERSION + 1}：请重新加载页面。`,
    );
    expect(html).not.toContain("Reload the page");
  });
});
