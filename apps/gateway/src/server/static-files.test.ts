import { describe, expect, it } from "vitest";
import { contentTypeOf, resolveUnder } from "./static-files.js";

describe("static files", () => {
  it.each([
    ["/", "/srv/dist"],
    ["/index.html", "/srv/dist/index.html"],
    ["/assets/app-1234.js", "/srv/dist/assets/app-1234.js"],
    ["/a/../b.css", "/srv/dist/b.css"],
  ])("maps %s inside the web root", (path, file) => {
    expect(resolveUnder("/srv/dist", path)).toBe(file);
  });

  it.each([
    "/../etc/passwd",
    "/%2e%2e/etc/passwd",
    "/..%2f..%2fetc/passwd",
    "/a%00.js",
    "/%E0%A4%A",
    "/..\\secret",
    "/assets/%5c..%5c..%5csecret",
  ])("refuses %s, which would leave the web root or cannot be read", (path) => {
    expect(resolveUnder("/srv/dist", path)).toBeNull();
  });

  it("does not let a sibling folder with the same prefix pass as inside", () => {
    expect(resolveUnder("/srv/dist", "/../dist-secret/x")).toBeNull();
  });

  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["app.JS", "text/javascript; charset=utf-8"],
    ["style.css", "text/css; charset=utf-8"],
    ["logo.svg", "image/svg+xml"],
    ["font.woff2", "font/woff2"],
    ["data.bin", "application/octet-stream"],
  ])("serves %s as %s", (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
