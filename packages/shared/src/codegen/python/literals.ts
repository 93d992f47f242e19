import { parseTemplate, type TemplatePart } from "../templates.js";

/** How a program spells each placeholder of a frame template where it builds a message. */
export interface PythonTemplateScope {
  /** The expression for `{seq}`: "seq", "producer_seq", 'received["server"]'. */
  readonly seq: string;
  /** The expression for `{in}`: the received text, e.g. "text_of(frames)". */
  readonly input: string;
}

/** Escape text for the inside of a double-quoted Python string (f-strings also double braces). */
function escape(text: string, fString: boolean): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if (code >= 0xd800 && code <= 0xdfff)
      out += "\ufffd"; // a lone surrogate cannot be encoded
    else if (fString && (ch === "{" || ch === "}")) out += ch + ch;
    else out += ch;
  }
  return out;
}

/** A Python string literal: "task 1". */
export function pyString(text: string): string {
  return `"${escape(text, false)}"`;
}

/** A Python bytes literal when the text is ASCII (b"dealer-a"), else the encoded string. */
export function pyBytes(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? `b${pyString(text)}` : `${pyString(text)}.encode()`;
}

function partExpr(part: Exclude<TemplatePart, { kind: "text" }>, scope: PythonTemplateScope) {
  switch (part.kind) {
    case "seq":
      return scope.seq;
    case "in":
      return scope.input;
    case "time":
      return "now()";
    case "rand":
      return `random.randint(${part.min}, ${part.max})`;
  }
}

/** A frame template as a Python str expression: "hello" or f"task {seq}". */
export function pyTemplate(source: string, socketId: string, scope: PythonTemplateScope): string {
  const parts = parseTemplate(source, socketId);
  if (parts.every((p) => p.kind === "text")) return pyString(parts.map((p) => p.text).join(""));
  const body = parts
    .map((p) => (p.kind === "text" ? escape(p.text, true) : `{${partExpr(p, scope)}}`))
    .join("");
  return `f"${body}"`;
}

/** A frame template as a Python bytes expression, for multipart messages. */
export function pyTemplateBytes(source: string, socketId: string, scope: PythonTemplateScope) {
  const parts = parseTemplate(source, socketId);
  if (parts.every((p) => p.kind === "text")) return pyBytes(parts.map((p) => p.text).join(""));
  return `${pyTemplate(source, socketId, scope)}.encode()`;
}
