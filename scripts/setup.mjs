#!/usr/bin/env node
// Brings a clean clone to a working state with nothing but Node 20 and npm:
// installs the workspace with the pinned pnpm (through npx) when the lockfile or a
// package manifest changed, and, for the tests, Debian's chromium and python3-zmq.
// Everything it says goes to stderr, so `npm run --silent cli -- run --json` keeps
// stdout for the JSON document alone.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const quiet = args.has("--quiet");
const PNPM = "pnpm@10.34.8";

function say(msg) {
  if (!quiet) process.stderr.write(`[setup] ${msg}\n`);
}

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: ["ignore", 2, 2], ...opts });
  if (r.status !== 0) {
    process.stderr.write(`[setup] failed: ${cmd} ${argv.join(" ")}\n`);
    process.exit(r.status ?? 1);
  }
}

function manifestHash() {
  const h = createHash("sha256");
  const files = ["pnpm-lock.yaml", "package.json", "pnpm-workspace.yaml"];
  for (const dir of ["apps", "packages"]) {
    for (const name of readdirSync(join(root, dir))) files.push(join(dir, name, "package.json"));
  }
  files.push("e2e/package.json");
  for (const f of files)
    if (existsSync(join(root, f))) h.update(f).update(readFileSync(join(root, f)));
  return h.digest("hex");
}

function ensureInstalled() {
  const stamp = join(root, "node_modules", ".setup-stamp");
  const want = manifestHash();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return;
  say(`installing the workspace with ${PNPM} (first run, or the lockfile changed)...`);
  run("npx", ["--yes", PNPM, "install", "--frozen-lockfile", "--reporter=append-only"]);
  writeFileSync(stamp, want);
}

function hasPythonZmq() {
  return spawnSync("/usr/bin/python3", ["-c", "import zmq"], { stdio: "ignore" }).status === 0;
}

function aptInstall(pkgs) {
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : ["sudo", "-n"];
  if (!isRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status !== 0) {
    process.stderr.write(
      `[setup] the tests need Debian packages: ${pkgs.join(" ")}. Install them with:\n  sudo apt-get install -y ${pkgs.join(" ")}\n`,
    );
    process.exit(1);
  }
  say(`installing Debian packages: ${pkgs.join(" ")} (once)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const [cmd, ...pre] = sudo.length ? sudo : ["apt-get"];
  const aptArgs = (rest) => (sudo.length ? [...pre, "apt-get", ...rest] : rest);
  run(cmd, aptArgs(["update", "-qq"]), { env });
  run(cmd, aptArgs(["install", "-y", "-qq", "--no-install-recommends", ...pkgs]), { env });
}

function ensureTestTools() {
  const missing = [];
  if (!existsSync("/usr/bin/chromium")) missing.push("chromium", "fonts-noto-cjk");
  if (!hasPythonZmq()) missing.push("python3-zmq");
  if (missing.length) aptInstall(missing);
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

function ensureWebBuilt() {
  const web = join(root, "apps", "web");
  const index = join(web, "dist", "index.html");
  const sources = Math.max(
    newestMtime(join(web, "src")),
    newestMtime(join(root, "packages", "shared", "src")),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  say("building the web app...");
  run(join(root, "node_modules", ".bin", "pnpm"), [
    "--filter",
    "@zmq-playground/web",
    "run",
    "build",
  ]);
}

ensureInstalled();
if (args.has("--for-tests")) ensureTestTools();
if (args.has("--build")) ensureWebBuilt();
