import { TOPOLOGY_FIXTURES } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { templates as english } from "./en-templates.js";
import { templates as vietnamese } from "./vi-templates.js";
import { templates as chinese } from "./zh-templates.js";

/**
 * What a translation of a template must carry over unchanged: endpoints, ports and ids of
 * four or five digits (topics such as 10001), and frame placeholders such as {seq}.
 */
function literals(text: string): string[] {
  const found = text.match(/(?:tcp|ipc|inproc):\/\/[\w.:/-]*\w|\b\d{4,5}\b|\{\w+\}/g) ?? [];
  return [...new Set(found)].sort();
}

describe.each([
  ["vi", vietnamese],
  ["zh", chinese],
])("the %s template gallery", (_, translated) => {
  it.each(TOPOLOGY_FIXTURES.map((f) => f.id))("translates %s, not copies the English", (id) => {
    const en = english[id];
    const own = translated[id];
    expect(own, `no translation of ${id}`).toBeDefined();
    expect(own?.title).not.toBe(en?.title);
    expect(own?.description).not.toBe(en?.description);
    expect(own?.description.length).toBeGreaterThan(0);
  });

  it.each(TOPOLOGY_FIXTURES.map((f) => f.id))(
    "keeps every endpoint, port and {placeholder} of %s",
    (id) => {
      expect(literals(translated[id]?.description ?? "")).toEqual(
        literals(english[id]?.description ?? ""),
      );
    },
  );
});
