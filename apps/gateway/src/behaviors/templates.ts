/** What a frame template can refer to when it is expanded. */
export interface TemplateContext {
  /** 1, 2, ... per socket and behaviour. */
  readonly seq: number;
  readonly socket: string;
  /** The text of the message being answered or relayed; "" for plain sends. */
  readonly input: string;
}

type Part =
  | string
  | { readonly kind: "seq" | "socket" | "in" | "time" }
  | { readonly kind: "rand"; readonly min: number; readonly max: number };

const PLACEHOLDER = /\{(seq|socket|in|time|rand:(\d+)-(\d+))\}/g;

/** A frame template, parsed once. */
export class FrameTemplate {
  readonly #parts: readonly Part[];
  /** The frame itself when the template has no placeholder: nothing to expand per message. */
  readonly fixed: Buffer | null;
  /** The size of the template text: a lower bound of every expansion. */
  readonly minBytes: number;

  constructor(readonly source: string) {
    this.#parts = parseTemplate(source);
    this.fixed = this.#parts.every((p) => typeof p === "string") ? Buffer.from(source) : null;
    this.minBytes = Buffer.byteLength(this.#parts.filter((p) => typeof p === "string").join(""));
  }

  render(context: TemplateContext): Buffer {
    if (this.fixed) return this.fixed;
    let text = "";
    for (const part of this.#parts) text += typeof part === "string" ? part : expand(part, context);
    return Buffer.from(text);
  }
}

function parseTemplate(source: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    if (match.index > at) parts.push(source.slice(at, match.index));
    parts.push(placeholder(match));
    at = match.index + match[0].length;
  }
  if (at < source.length) parts.push(source.slice(at));
  return parts;
}

function placeholder(match: RegExpExecArray | RegExpMatchArray): Part {
  const name = match[1] ?? "";
  if (name.startsWith("rand:")) {
    const a = Number(match[2]);
    const b = Number(match[3]);
    return { kind: "rand", min: Math.min(a, b), max: Math.max(a, b) };
  }
  if (name === "seq" || name === "socket" || name === "in" || name === "time")
    return { kind: name };
  return match[0];
}

function expand(part: Exclude<Part, string>, context: TemplateContext): string {
  switch (part.kind) {
    case "seq":
      return String(context.seq);
    case "socket":
      return context.socket;
    case "in":
      return context.input;
    case "time":
      return new Date().toISOString();
    case "rand":
      return String(part.min + Math.floor(Math.random() * (part.max - part.min + 1)));
  }
}

/** Every frame of a behaviour, parsed once. */
export class MessageTemplate {
  readonly frames: readonly FrameTemplate[];
  /** The whole message when no frame has a placeholder (reused for every send). */
  readonly fixed: Buffer[] | null;
  readonly minBytes: number;
  readonly usesInput: boolean;

  constructor(sources: readonly string[]) {
    this.frames = sources.map((s) => new FrameTemplate(s));
    const fixed = this.frames.map((f) => f.fixed);
    this.fixed = fixed.every((f): f is Buffer => f !== null) ? fixed : null;
    this.minBytes = this.frames.reduce((sum, f) => sum + f.minBytes, 0);
    this.usesInput = sources.some((s) => s.includes("{in}"));
  }

  /** The frames for one message: a fresh array the caller may extend. */
  render(context: TemplateContext): Buffer[] {
    if (this.fixed) return [...this.fixed];
    return this.frames.map((f) => f.render(context));
  }
}
