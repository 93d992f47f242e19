import type { Block } from "../lines.js";
import type { PythonNeed } from "./messages.js";

/** The helper functions a program uses, defined once near its top. */
export function helperLines(needs: ReadonlySet<PythonNeed>): Block[] {
  const out: Block[] = [];
  if (needs.has("show")) {
    out.push([
      "def show(frames):",
      [
        '"""One line for a message: each frame as text ("" when empty, hex when binary)."""',
        "parts = []",
        "for frame in frames:",
        [
          'text = frame.decode(errors="replace")',
          'if frame == b"":',
          ["parts.append('\"\"')"],
          'elif "\\ufffd" in text or not text.isprintable():',
          ['parts.append("0x" + frame.hex())'],
          "else:",
          ["parts.append(text)"],
        ],
        'return " | ".join(parts)',
      ],
    ]);
  }
  if (needs.has("text_of")) {
    out.push([
      "def text_of(frames):",
      [
        '"""The text of a message, as {in} in a frame template: its frames joined by spaces."""',
        'return " ".join(frame.decode(errors="replace") for frame in frames)',
      ],
    ]);
  }
  if (needs.has("now")) {
    out.push([
      "def now():",
      [
        '"""The time, as {time} in a frame template: ISO 8601, in UTC."""',
        'return datetime.now(timezone.utc).isoformat(timespec="milliseconds")',
      ],
    ]);
  }
  if (needs.has("ms_until")) {
    out.push([
      "def ms_until(moment):",
      [
        '"""Milliseconds from now until a time.monotonic() moment (0 if it has passed)."""',
        "return max(0, (moment - time.monotonic()) * 1000)",
      ],
    ]);
  }
  return out;
}

/** The import lines, standard library first as PEP 8 has it. */
export function importLines(needs: ReadonlySet<PythonNeed>): Block {
  const std = ["import argparse"];
  if (needs.has("itertools")) std.push("import itertools");
  if (needs.has("random")) std.push("import random");
  std.push("import time");
  if (needs.has("now")) std.push("from datetime import datetime, timezone");
  return [...std, "", "import zmq"];
}
