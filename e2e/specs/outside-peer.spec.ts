import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InspectPage } from "../pages/inspect-page.js";

// A real outside program: Debian's python3 has pyzmq (python3-zmq); other pythons may not.
const PYTHON = "/usr/bin/python3";
const TCP = "tcp://127.0.0.1:55781";
/** Where `import "zeromq"` resolves: the gateway's own dependency. */
const GATEWAY_DIR = fileURLToPath(new URL("../../apps/gateway/", import.meta.url));

/** A PULL that binds tcp and ipc, fed a little by a PUSH of its own. */
const topology = {
  format: "zmq-topology",
  version: 1,
  title: "Outside peer target",
  sockets: [
    {
      id: "sink",
      type: "PULL",
      bind: [TCP, "ipc://sink.ipc"],
      behavior: { consume: {} },
      position: { x: 400, y: 100 },
    },
    {
      id: "feeder",
      type: "PUSH",
      connect: [TCP],
      behavior: { send: { everyMs: 100, frames: ["inside {seq}"], count: 3 } },
      position: { x: 0, y: 100 },
    },
  ],
};

/** Sends `count` one-frame messages "<tag> <i>" from a PUSH connected to `address`. */
const PUSHER = `
import sys, zmq
address, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
context = zmq.Context()
sock = context.socket(zmq.PUSH)
sock.connect(address)
for i in range(1, count + 1):
    sock.send_string(f"{tag} {i}")
sock.close(linger=5000)
context.term()
`;

/** Run a program to its end, `input` on its stdin; resolves with its exit code and output. */
function runProgram(
  command: string,
  args: string[],
  input = "",
  cwd?: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], cwd });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill(), 15_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
    child.stdin.end(input);
  });
}

const python = (args: string[]) => runProgram(PYTHON, args);

test.describe("a program outside the diagram joins the running topology", () => {
  let inspect: InspectPage;
  let dir: string;

  test.beforeEach(async ({ page }) => {
    dir = mkdtempSync(join(tmpdir(), "outside-peer-"));
    const file = join(dir, "outside-peer.json");
    writeFileSync(file, JSON.stringify(topology));
    inspect = new InspectPage(page);
    await inspect.editor.openFresh();
    await inspect.editor.importFile(file);
    await inspect.editor.waitForStillView();
    await inspect.run();
    await inspect.selectSocket("sink");
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(3);
  });

  test.afterEach(async () => {
    await inspect.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("a pyzmq PUSH's messages reach the PULL, shown as from an outside program", async () => {
    const tag = `outside-${Date.now().toString(36)}`;
    const run = await python(["-c", PUSHER, TCP, tag, "7"]);
    expect(run.code, run.output).toBe(0);
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(10);

    const outside = inspect.messages().and(inspect.page.locator('[data-from="outside"]'));
    await expect(outside).toHaveCount(7);
    await expect(outside.first()).toContainText("outside program");
    for (let i = 1; i <= 7; i += 1) {
      const sent = `${tag} ${i}`;
      const message = outside.filter({ has: inspect.page.getByText(sent, { exact: true }) });
      // Exactly the frames the program sent: no trailer, no envelope.
      await expect(message.getByTestId("frame")).toHaveCount(1);
      await expect(message.getByTestId("frame")).toHaveAttribute("data-size", String(sent.length));
    }
    // The gateway's own PUSH is still named as the sender of its messages.
    await expect(inspect.messages().and(inspect.page.locator('[data-from="feeder"]'))).toHaveCount(
      3,
    );
  });

  test("the join snippets show the real addresses, and the Python and Node ones really work", async () => {
    await inspect.tab("Join").click();
    const tcpCard = inspect.live.locator(`[data-testid="join-card"][data-endpoint="${TCP}"]`);
    await expect(tcpCard).toHaveAttribute("data-address", TCP);
    await expect(tcpCard).toHaveAttribute("data-peer", "PUSH");
    const snippet = tcpCard.getByTestId("snippet");
    await expect(snippet).toContainText(`sock.connect("${TCP}")`);
    await expect(snippet).toContainText("context.socket(zmq.PUSH)");

    // ipc: the real file in the session's folder, not the name in the diagram.
    const ipcCard = inspect.live.locator(
      '[data-testid="join-card"][data-endpoint="ipc://sink.ipc"]',
    );
    const ipc = (await ipcCard.getAttribute("data-address")) ?? "";
    expect(ipc).toMatch(/^ipc:\/\/\/.+\/sink\.ipc$/);
    await expect(ipcCard.getByTestId("snippet")).toContainText(`sock.connect("${ipc}")`);
    await ipcCard.getByRole("radio", { name: "Node (zeromq 6)" }).click();
    await expect(tcpCard.getByTestId("snippet")).toContainText(`new zmq.Push(`);
    await expect(ipcCard.getByTestId("snippet")).toContainText(`sock.connect("${ipc}");`);
    await ipcCard.getByRole("radio", { name: "Python (pyzmq)" }).click();

    // The program the page offers, run as is: ten messages arrive.
    const code = (await snippet.textContent()) ?? "";
    const file = join(dir, "join_sink.py");
    writeFileSync(file, code);
    const run = await python([file]);
    expect(run.code, run.output).toBe(0);
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(13);

    // The Node program too, run where zeromq is installed (the gateway's package).
    await tcpCard.getByRole("radio", { name: "Node (zeromq 6)" }).click();
    const nodeCode = (await tcpCard.getByTestId("snippet").textContent()) ?? "";
    const viaNode = await runProgram(
      process.execPath,
      ["--input-type=module"],
      nodeCode,
      GATEWAY_DIR,
    );
    expect(viaNode.code, viaNode.output).toBe(0);
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(23);
    await tcpCard.getByRole("radio", { name: "Python (pyzmq)" }).click();

    // And a program on the ipc path the page shows.
    const viaIpc = await python(["-c", PUSHER, ipc, "over-ipc", "2"]);
    expect(viaIpc.code, viaIpc.output).toBe(0);
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(25);

    await inspect.tab("Messages").click();
    const outside = inspect.messages().and(inspect.page.locator('[data-from="outside"]'));
    await expect(outside.filter({ hasText: "hello 10 from python" })).toHaveCount(1);
    await expect(outside.filter({ hasText: "over-ipc 2" })).toHaveCount(1);
    await expect(outside.filter({ hasText: "hello 10 from node" })).toHaveCount(1);
  });

  test("the join dialog lists every bound endpoint with its address", async () => {
    await inspect.page.keyboard.press("Escape");
    await inspect.live.getByRole("button", { name: "Join from your program…" }).click();
    const dialog = inspect.page.getByRole("dialog", { name: "Join from your program" });
    await expect(dialog.getByTestId("join-card")).toHaveCount(2);
    await expect(dialog.getByTestId("join-address").first()).toHaveText(TCP);
    await expect(dialog.getByRole("button", { name: "Copy" })).toHaveCount(2);
    // Copy puts the program on the clipboard exactly as shown.
    await inspect.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const first = dialog.getByTestId("join-card").first();
    await first.getByRole("button", { name: "Copy" }).click();
    await expect(first.getByRole("button", { name: "Copied" })).toBeVisible();
    const copied = await inspect.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await first.getByTestId("snippet").textContent());
    expect(copied).toContain(`sock.connect("${TCP}")`);

    // A browser that refuses the clipboard: the code is selected for Ctrl+C instead.
    await inspect.page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, "writeText", {
        value: () => Promise.reject(new Error("denied")),
      });
    });
    const second = dialog.getByTestId("join-card").nth(1);
    await second.getByRole("button", { name: "Copy" }).click();
    await expect(second.getByRole("alert")).toContainText("press Ctrl+C");
    const selected = await inspect.page.evaluate(() => window.getSelection()?.toString());
    expect(selected?.trim()).toBe((await second.getByTestId("snippet").textContent())?.trim());

    // Escape closes it, and only it: the selection and the run stay as they were.
    await inspect.page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(inspect.stopButton()).toBeVisible();
  });
});
