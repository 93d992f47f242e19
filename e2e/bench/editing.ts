import type { Page } from "@playwright/test";
import { round, type FrameStats } from "./frames.js";
import { importTopology, openFresh, paneAt, waitForStillView, withTimeout } from "./page.js";
import type { Probe } from "./probe.js";
import { assertValid, gridTopology } from "./topologies.js";

declare global {
  interface Window {
    __uiBenchImport?: Promise<number>;
    __uiBenchDrop?: Promise<number>;
  }
}

export interface EditingResult {
  sockets: number;
  links: number;
  /** From the file input's change event to the first frame painted with every socket and link. */
  importToFirstRenderMs: number;
  /** From the mouse-up that ends a drag (the document takes the position) to the next painted frame. */
  dropToFrameMs: number;
  idle: FrameStats;
  drag: FrameStats & { mouseMovesPerSec: number };
  pan: FrameStats & { mouseMovesPerSec: number };
  dragToIdleFps: number;
  panToIdleFps: number;
}

/**
 * Times an import in the page: from the input's change event to the first frame in which
 * `sockets` socket nodes and `links` links are in the DOM, plus the paint of that frame
 * (a task posted from its requestAnimationFrame runs after the frame is drawn).
 */
async function armImportTimer(page: Page, sockets: number, links: number): Promise<void> {
  await page.evaluate(
    ([wantSockets, wantLinks]) => {
      const input = document.querySelector('[data-testid="import-input"]');
      if (!input) throw new Error("no import input");
      window.__uiBenchImport = new Promise((resolve) => {
        const started = () => {
          const t0 = performance.now();
          const check = () => {
            const s = document.querySelectorAll('[data-testid="socket-node"]').length;
            const l = document.querySelectorAll('[data-testid="link"]').length;
            if (s >= (wantSockets ?? 0) && l >= (wantLinks ?? 0))
              setTimeout(() => resolve(performance.now() - t0), 0);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        };
        input.addEventListener("change", started, { once: true, capture: true });
      });
    },
    [sockets, links],
  );
}

/** Arms a timer from the next pointer-up (caught first, at the window) to the frame after it. */
async function armDropTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__uiBenchDrop = new Promise((resolve) => {
      const up = () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      };
      window.addEventListener("pointerup", up, { once: true, capture: true });
    });
  });
}

/** Drags the socket at `from` by 80 px and times the drop. */
async function timeDrop(page: Page, from: { x: number; y: number }): Promise<number> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 80, from.y + 40, { steps: 10 });
  await page.waitForTimeout(300);
  await armDropTimer(page);
  await page.mouse.up();
  return withTimeout(
    "the frame after the drop",
    page.evaluate(() => window.__uiBenchDrop ?? -1),
  );
}

/** A mouse reports about this often while it moves; the page coalesces what it cannot take. */
const MOUSE_HZ = 60;
/** Moves sent and not yet acknowledged, at most (a real mouse does not wait either). */
const IN_FLIGHT = 4;

/**
 * Holds the mouse down at `at` and moves it round a circle at 60 moves a second until
 * `until`, without waiting for each move to be handled (Chromium acknowledges a move once
 * the page took it, which would pace the mouse to the page). Returns the moves the page
 * took per second.
 */
async function circle(
  page: Page,
  at: { x: number; y: number },
  until: number,
  gesture: string,
): Promise<number> {
  const { x, y } = at;
  const radius = 60;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 5, y + 5, { steps: 3 });
  // React Flow marks what is being moved: prove the gesture is the one meant.
  if ((await page.locator(gesture).count()) === 0)
    throw new Error(`the mouse did not start the gesture (${gesture})`);
  const start = Date.now();
  let sent = 0;
  let done = 0;
  const pending = new Set<Promise<void>>();
  while (Date.now() < until) {
    const due = start + (sent * 1000) / MOUSE_HZ;
    if (Date.now() < due) await new Promise((r) => setTimeout(r, due - Date.now()));
    const a = sent / 12;
    sent += 1;
    if (pending.size >= IN_FLIGHT) continue; // the page is behind: this move is coalesced away
    const move = page.mouse
      .move(x + radius * Math.sin(a), y + radius * (1 - Math.cos(a)))
      .then(() => {
        done += 1;
        pending.delete(move);
      });
    pending.add(move);
  }
  await withTimeout("the last mouse moves", Promise.all(pending));
  await page.mouse.up();
  return round(done / ((Date.now() - start) / 1000), 0);
}

/** The socket node whose name is nearest the middle of the window: a place to grab. */
async function grabPoint(page: Page): Promise<{ x: number; y: number }> {
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  const boxes = await page
    .locator('[data-testid="socket-node"] .socket-node__name')
    .evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );
  const d = (p: { x: number; y: number }) =>
    Math.hypot(p.x - size.width / 2, p.y - size.height / 2);
  const best = boxes.sort((a, b) => d(a) - d(b))[0];
  if (!best) throw new Error("no socket on screen");
  return best;
}

/** An empty point of the pane near the middle of the window, to grab for panning. */
async function panPoint(page: Page): Promise<{ x: number; y: number }> {
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  for (let r = 0; r < 400; r += 10)
    for (let a = 0; a < 360; a += 30) {
      const x = Math.round(size.width / 2 + r * Math.cos((a * Math.PI) / 180));
      const y = Math.round(size.height / 2 + r * Math.sin((a * Math.PI) / 180));
      if (await paneAt(page, x, y)) return { x, y };
    }
  throw new Error("no empty pane to grab");
}

/** A 300-socket diagram: import time, then frames idle, while dragging a socket and while panning. */
export async function measureEditing(
  page: Page,
  probe: Probe,
  url: string,
  pairs: number,
): Promise<EditingResult> {
  await openFresh(page, url);
  const topology = assertValid(gridTopology(pairs));
  await armImportTimer(page, 2 * pairs, pairs);
  const importToFirstRenderMs = await probe.profiled("import-300", async () => {
    await importTopology(page, topology);
    return withTimeout(
      "the imported diagram",
      page.evaluate(() => window.__uiBenchImport ?? -1),
    );
  });
  await waitForStillView(page);
  await page.waitForTimeout(1500);
  const idle = await probe.measure("idle-300");

  let dragMoves = 0;
  const grab = await grabPoint(page);
  const drag = await probe.measure("drag-300", async (until) => {
    dragMoves = await circle(page, grab, until, ".react-flow__node.dragging");
  });
  await page.waitForTimeout(1000);
  const dropFrom = await grabPoint(page);
  const dropToFrameMs = await probe.profiled("drop-300", () => timeDrop(page, dropFrom));
  await page.waitForTimeout(1000);
  let panMoves = 0;
  const pane = await panPoint(page);
  const pan = await probe.measure("pan-300", async (until) => {
    panMoves = await circle(page, pane, until, ".react-flow__pane.dragging");
  });
  return {
    sockets: 2 * pairs,
    links: pairs,
    importToFirstRenderMs: round(importToFirstRenderMs, 0),
    dropToFrameMs: round(dropToFrameMs, 0),
    idle,
    drag: { ...drag, mouseMovesPerSec: dragMoves },
    pan: { ...pan, mouseMovesPerSec: panMoves },
    dragToIdleFps: round(drag.fps / idle.fps, 2),
    panToIdleFps: round(pan.fps / idle.fps, 2),
  };
}
