import { describe, expect, it } from "vitest";
import { crc32, zipFiles } from "./zip.js";

interface ReadEntry {
  path: string;
  text: string;
  crc: number;
  flags: number;
  method: number;
}

/** A minimal reader: the end record, then each central entry and the local header it points to. */
function readZip(zip: Uint8Array): ReadEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  const centralSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  expect(at + centralSize).toBe(end);
  const decoder = new TextDecoder();
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const path = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const size = view.getUint32(local + 18, true);
    expect(view.getUint32(local + 22, true)).toBe(size);
    expect(view.getUint32(at + 20, true)).toBe(size);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(dataAt, dataAt + size);
    expect(view.getUint32(local + 14, true)).toBe(view.getUint32(at + 16, true));
    entries.push({
      path,
      text: decoder.decode(data),
      crc: view.getUint32(at + 16, true),
      flags: view.getUint16(local + 6, true),
      method: view.getUint16(local + 8, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

describe("crc32", () => {
  it("gives the standard check value and the value of nothing", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe("zipFiles", () => {
  const files = [
    { path: "pipeline/README.md", content: "# Pipeline\n\nStart the collector first.\n" },
    { path: "pipeline/producer.py", content: "print('tâche {seq}') # non-ASCII\n" },
    { path: "pipeline/empty.txt", content: "" },
  ];

  it("stores every file, in order, with its name, text and CRC", () => {
    const entries = readZip(zipFiles(files, new Date(2024, 4, 17, 10, 30, 12)));
    expect(entries.map((e) => e.path)).toEqual(files.map((f) => f.path));
    expect(entries.map((e) => e.text)).toEqual(files.map((f) => f.content));
    for (const e of entries) {
      expect(e.crc).toBe(crc32(new TextEncoder().encode(e.text)));
      expect(e.method).toBe(0); // stored
      expect(e.flags & 0x0800).toBe(0x0800); // UTF-8 names
    }
  });

  it("writes the modification time in MS-DOS form", () => {
    const zip = zipFiles(files.slice(0, 1), new Date(2024, 4, 17, 10, 30, 12));
    const view = new DataView(zip.buffer);
    expect(view.getUint16(10, true)).toBe((10 << 11) | (30 << 5) | 6);
    expect(view.getUint16(12, true)).toBe(((2024 - 1980) << 9) | (5 << 5) | 17);
  });

  it("makes an empty archive of just the end record", () => {
    const zip = zipFiles([]);
    expect(zip.length).toBe(22);
    expect(readZip(zip)).toEqual([]);
  });

  it("keeps binary content byte for byte", () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
    const zip = zipFiles([{ path: "data.bin", content: bytes }]);
    expect(zip.subarray(30 + "data.bin".length, 30 + "data.bin".length + 300)).toEqual(bytes);
  });
});
