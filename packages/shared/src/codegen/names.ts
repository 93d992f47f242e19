import type { CodegenLanguage } from "./types.js";

// Names the generated programs use themselves (variables, helpers, modules), so a
// socket called "time" or "context" gets a variable that cannot clash with them.
const PYTHON_TAKEN = new Set([
  // keywords and constants
  ...["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class"],
  ...["continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global"],
  ...["if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise"],
  ...["return", "try", "while", "with", "yield", "match", "case", "type"],
  // builtins a student might shadow by accident
  ...["print", "len", "range", "list", "dict", "set", "str", "bytes", "int", "float", "id"],
  ...["min", "max", "open", "input", "next", "iter", "object", "sum", "all", "any", "format"],
  // modules and names of the generated programs
  ...["zmq", "time", "random", "argparse", "datetime", "timezone", "itertools", "sys"],
  ...["context", "poller", "parser", "args", "sent", "received", "show", "text_of"],
  ...["summary", "ms_until", "now", "frames", "message", "reply", "body", "text", "ready"],
  ...["timeout", "last_activity", "identity", "empty", "envelope", "seq", "request", "cut"],
]);

const NODE_TAKEN = new Set([
  // reserved words and literals
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete"],
  ...["do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if"],
  ...["import", "in", "instanceof", "new", "null", "return", "super", "switch", "this"],
  ...["throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let"],
  ...["static", "implements", "interface", "package", "private", "protected", "public"],
  ...["await", "async", "arguments", "eval", "undefined", "NaN", "Infinity"],
  // globals a student might shadow by accident
  ...["console", "process", "Buffer", "Date", "Math", "Number", "String", "Object", "Promise"],
  ...["Error", "Array", "JSON", "Map", "Set", "globalThis", "setTimeout", "setInterval"],
  // modules and names of the generated programs
  ...["zmq", "draft", "parseArgs", "sleep", "values", "idleExit", "sockets", "sent"],
  ...["received", "show", "textOf", "summary", "stop", "stopping", "wait", "run", "activity"],
  ...["lastActivity", "sleeping", "watchdog", "frames", "message", "reply", "body", "text"],
  ...["identity", "empty", "envelope", "seq", "random", "senders", "receivers", "Channel"],
  ...["request", "group", "routingId", "cut"],
]);

/** Python file names that would shadow a module the program (or pyzmq) imports. */
const PYTHON_MODULES = new Set([
  ...["zmq", "argparse", "atexit", "bisect", "codecs", "collections", "contextlib", "copy"],
  ...["copyreg", "ctypes", "datetime", "encodings", "enum", "errno", "functools", "gettext"],
  ...["importlib", "io", "itertools", "json", "keyword", "math", "operator", "os", "pickle"],
  ...["platform", "random", "re", "reprlib", "site", "stat", "struct", "sys", "threading"],
  ...["time", "types", "typing", "warnings", "weakref", "signal", "socket", "select"],
  ...["selectors", "string", "traceback", "linecache", "tokenize", "locale", "abc"],
]);

// Names Windows refuses as file names, whatever the extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A Python variable name for an id: "consumer-1-in" -> "consumer_1_in". */
function pythonBase(id: string): string {
  const snake = id.replace(/-/g, "_");
  if (/^\d/.test(snake)) return `socket_${snake}`;
  return PYTHON_TAKEN.has(snake) ? `${snake}_socket` : snake;
}

/** A JavaScript variable name for an id: "consumer-1-in" -> "consumer1In". */
function nodeBase(id: string): string {
  const words = id.split(/[-_]+/).filter((w) => w !== "");
  const camel = words
    .map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : capitalize(w)))
    .join("");
  const name = camel === "" ? "socket" : camel;
  if (/^\d/.test(name)) return `socket${capitalize(name)}`;
  return NODE_TAKEN.has(name) ? `${name}Socket` : name;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A distinct, valid variable name per socket id, in the language's style. Two ids that
 * map to the same name ("a-b", "a_b") get a number: "a_b", "a_b_2". `suffixes` are the
 * per-socket names a program derives from a variable ("_seq", "Sends"): they are
 * reserved too, so "a" and "a_seq" never meet.
 */
export function variableNames(
  ids: readonly string[],
  lang: CodegenLanguage,
  suffixes: readonly string[],
): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  const free = (name: string) => !taken.has(name) && suffixes.every((s) => !taken.has(name + s));
  for (const id of ids) {
    const base = lang === "python" ? pythonBase(id) : nodeBase(id);
    let name = base;
    for (let n = 2; !free(name); n += 1) name = lang === "python" ? `${base}_${n}` : `${base}${n}`;
    names.set(id, name);
    taken.add(name);
    for (const s of suffixes) taken.add(name + s);
  }
  return names;
}

/**
 * A file name (without extension) per program id. Ids are already safe characters;
 * this keeps names distinct on case-insensitive disks (macOS, Windows), avoids names
 * Windows refuses (CON, NUL...) and, for Python, names that would shadow a module the
 * program imports (a "random.py" beside the program breaks `import random`).
 */
export function fileStems(ids: readonly string[], lang: CodegenLanguage): Map<string, string> {
  const taken = new Set<string>();
  const stems = new Map<string, string>();
  for (const id of ids) {
    const clean = id.replace(/[^A-Za-z0-9_-]/g, "_") || "program";
    const clash = WINDOWS_RESERVED.test(clean) || (lang === "python" && PYTHON_MODULES.has(clean));
    const base = clash ? `${clean}-program` : clean;
    let stem = base;
    for (let n = 2; taken.has(stem.toLowerCase()); n += 1) stem = `${base}-${n}`;
    stems.set(id, stem);
    taken.add(stem.toLowerCase());
  }
  return stems;
}
