import { describe, expect, it } from "vitest";
import { isLoopbackHost, judgeUpgrade, tokenMatches } from "./access.js";

const url = (query = "") => new URL(`http://127.0.0.1:8600/ws${query}`);

describe("who may open the WebSocket", () => {
  it.each(["localhost", "127.0.0.1", "127.1.2.3", "[::1]", "::1", "app.localhost"])(
    "treats %s as loopback",
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each(["0.0.0.0", "192.168.1.4", "evil.example", "127.0.0.1.evil.example", "::"])(
    "does not treat %s as loopback",
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );

  const loopback = { token: null };
  const tokened = { token: "s3cret" };
  const cases: [
    string,
    { token: string | null },
    string,
    Record<string, string>,
    boolean | number,
  ][] = [
    [
      "the gateway's own page on loopback",
      loopback,
      "",
      { host: "127.0.0.1:8600", origin: "http://127.0.0.1:8600" },
      true,
    ],
    ["a non-browser client on loopback", loopback, "", { host: "localhost:8600" }, true],
    [
      "another site's page",
      loopback,
      "",
      { host: "127.0.0.1:8600", origin: "http://evil.example" },
      403,
    ],
    [
      "another port's page",
      loopback,
      "",
      { host: "127.0.0.1:8600", origin: "http://127.0.0.1:9999" },
      403,
    ],
    [
      "a DNS-rebound name",
      loopback,
      "",
      { host: "evil.example:8600", origin: "http://evil.example:8600" },
      403,
    ],
    ["a request without Host", loopback, "", {}, 400],
    [
      "a page with the right query token",
      tokened,
      "?token=s3cret",
      { host: "10.0.0.5:8600", origin: "http://10.0.0.5:8600" },
      true,
    ],
    [
      "a page with a wrong query token",
      tokened,
      "?token=nope",
      { host: "10.0.0.5:8600", origin: "http://10.0.0.5:8600" },
      401,
    ],
    [
      "a page with the token but a foreign Origin",
      tokened,
      "?token=s3cret",
      { host: "10.0.0.5:8600", origin: "http://evil.example" },
      403,
    ],
    ["a script with the query token", tokened, "?token=s3cret", { host: "10.0.0.5:8600" }, true],
    [
      "an opaque null Origin",
      tokened,
      "?token=s3cret",
      { host: "10.0.0.5:8600", origin: "null" },
      403,
    ],
  ];

  it.each(cases)("judges %s", (_name, policy, query, headers, expected) => {
    const verdict = judgeUpgrade(policy, url(query), headers);
    if (typeof expected === "number")
      expect(verdict).toMatchObject({ ok: false, status: expected });
    else expect(verdict).toEqual({ ok: true, authorized: expected });
  });

  it("lets a tokened connection in without a query token, leaving the token to session:hello", () => {
    expect(judgeUpgrade(tokened, url(), { host: "10.0.0.5:8600" })).toEqual({
      ok: true,
      authorized: false,
    });
  });

  it("compares tokens exactly", () => {
    expect(tokenMatches("abc", "abc")).toBe(true);
    expect(tokenMatches("abc", "abd")).toBe(false);
    expect(tokenMatches("abc", "abcd")).toBe(false);
    expect(tokenMatches("abc", undefined)).toBe(false);
    expect(tokenMatches(null, undefined)).toBe(true);
  });
});
