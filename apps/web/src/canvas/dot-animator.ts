import type { MessageSample } from "@zmq-playground/shared";
import type { AppStore } from "../store/app-store.js";
import type { AppState } from "../store/types.js";
import { isBusy } from "./live-format.js";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Dots on screen at once, at most; more would be a blur (busy links show intensity instead). */
export const MAX_DOTS = 160;
/** A sample older than this when it could start (a background tab) is not drawn. */
const STALE_MS = 1500;

/**
 * How long a dot takes along a link: longer in slow motion, so a class can follow it,
 * but less than proportionally (messages are rarer then too, and a crawl is dull).
 */
export function travelMs(speed: number): number {
  return Math.min(2400, 700 / Math.sqrt(Math.max(speed, 0.01)));
}

interface Waiting {
  sample: MessageSample;
  startAt: number;
}

interface Dot {
  circle: SVGCircleElement;
  linkId: string;
  toBinder: boolean;
  start: number;
  duration: number;
}

/**
 * Moves one dot per sampled message along the link it took, in the direction it went,
 * in one SVG layer over the diagram. Runs only while dots are waiting or moving; reads
 * the link's path from the DOM every frame, so a dot follows a socket being dragged.
 */
export class DotAnimator {
  #waiting: Waiting[] = [];
  #dots: Dot[] = [];
  #pool: SVGCircleElement[] = [];
  #frame: number | null = null;
  #lastSeq = -1;
  readonly #paths = new Map<string, SVGPathElement>();

  constructor(
    private readonly layer: SVGSVGElement,
    private readonly root: () => ParentNode | null,
    private readonly store: AppStore,
  ) {}

  /** Follow the store's samples; returns the function that stops everything. */
  start(): () => void {
    // Samples already in the store happened before this view existed: do not replay them.
    this.#lastSeq = this.store.getState().samples.at(-1)?.seq ?? -1;
    const unsubscribe = this.store.subscribe((state, previous) => {
      if (state.run.status === "stopped" && previous.run.status !== "stopped") this.clear();
      if (state.samples !== previous.samples) this.#take(state);
    });
    return () => {
      unsubscribe();
      this.clear();
    };
  }

  /** Remove every dot (the topology stopped). */
  clear(): void {
    for (const dot of this.#dots) this.#release(dot.circle);
    this.#dots = [];
    this.#waiting = [];
    if (this.#frame !== null) cancelAnimationFrame(this.#frame);
    this.#frame = null;
  }

  #take(state: AppState): void {
    const newest = state.samples.at(-1)?.seq ?? -1;
    // The list went back in time (a replay scrubbed backwards, a new session): what it
    // holds has been seen, and newer samples must count from here.
    if (newest < this.#lastSeq) {
      this.#lastSeq = newest;
      this.clear();
      return;
    }
    const fresh = state.samples.filter((s) => s.seq > this.#lastSeq);
    if (fresh.length === 0) return;
    this.#lastSeq = fresh.at(-1)?.seq ?? this.#lastSeq;
    if (state.run.status !== "running") return;
    // Ticks come in batches: replay a batch with the spacing the messages really had.
    const first = Math.min(...fresh.map((s) => s.at));
    const now = performance.now();
    for (const sample of fresh) {
      if (sample.link === null || sample.direction === null) continue;
      if (isBusy(state.live.links[sample.link], state.live.lastDroppedSamples)) continue;
      this.#waiting.push({ sample, startAt: now + Math.min(sample.at - first, 1000) });
    }
    this.#schedule();
  }

  #schedule(): void {
    if (this.#frame === null && (this.#waiting.length > 0 || this.#dots.length > 0)) {
      this.#frame = requestAnimationFrame((now) => this.#step(now));
    }
  }

  #step(now: number): void {
    this.#frame = null;
    const duration = travelMs(this.store.getState().run.speed);
    const later: Waiting[] = [];
    for (const w of this.#waiting) {
      if (w.startAt > now) later.push(w);
      else if (now - w.startAt < STALE_MS && this.#dots.length < MAX_DOTS)
        this.#launch(w, now, duration);
    }
    this.#waiting = later;
    this.#dots = this.#dots.filter((dot) => this.#move(dot, now));
    this.#schedule();
  }

  #launch(w: Waiting, now: number, duration: number): void {
    const link = w.sample.link;
    if (link === null) return;
    const circle = this.#pool.pop() ?? document.createElementNS(SVG_NS, "circle");
    const toBinder = w.sample.direction === "toBinder";
    circle.setAttribute("r", "7");
    circle.setAttribute(
      "class",
      `message-dot message-dot--${toBinder ? "toBinder" : "toConnector"}`,
    );
    this.layer.appendChild(circle);
    this.#dots.push({ circle, linkId: link, toBinder, start: now, duration });
  }

  /** Place a dot; false when it arrived (or its link is gone) and was removed. */
  #move(dot: Dot, now: number): boolean {
    const path = this.#path(dot.linkId);
    const progress = (now - dot.start) / dot.duration;
    if (!path || progress >= 1) {
      this.#release(dot.circle);
      return false;
    }
    const length = path.getTotalLength();
    const p = path.getPointAtLength(length * (dot.toBinder ? progress : 1 - progress));
    dot.circle.setAttribute("cx", p.x.toFixed(1));
    dot.circle.setAttribute("cy", p.y.toFixed(1));
    return true;
  }

  #release(circle: SVGCircleElement): void {
    circle.remove();
    this.#pool.push(circle);
  }

  /** The drawn path of a link (`connector|endpoint`): it runs from the connector to the binder. */
  #path(linkId: string): SVGPathElement | null {
    const cached = this.#paths.get(linkId);
    if (cached?.isConnected) return cached;
    this.#paths.delete(linkId);
    const root = this.root();
    if (!root) return null;
    for (const g of root.querySelectorAll<SVGGElement>('g[data-testid="link"]')) {
      const id = `${g.dataset.connector ?? ""}|${g.dataset.endpoint ?? ""}`;
      const path = g.querySelector<SVGPathElement>("path.link__path");
      if (path) this.#paths.set(id, path);
    }
    return this.#paths.get(linkId) ?? null;
  }
}
