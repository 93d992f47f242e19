/**
 * A ZIP writer for small text projects: entries are stored, not compressed (a few
 * kilobytes of code gain nothing worth a dependency), names are UTF-8 (flag bit 11),
 * sizes stay far under 4 GiB (no ZIP64). Every unzip tool and file manager reads it.
 */

/** One file of the archive: its path inside the archive (`/` separated) and its text or bytes. */
export interface ZipEntry {
  readonly path: string;
  readonly content: string | Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, the one ZIP and gzip use) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = (CRC_TABLE[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date, the only timestamp the basic headers carry (2-second steps). */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** "Version needed to extract" 2.0: plain stored entries, read by every tool. */
const VERSION = 20;
const UTF8_NAMES = 0x0800;
const STORED = 0;

/** The archive's bytes: each local header and its data, then the central directory and its end. */
export function zipFiles(
  entries: readonly ZipEntry[],
  modified = new Date(),
): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const { time, date } = dosDateTime(modified);
  const out: number[] = [];
  const central: number[] = [];
  const u16 = (to: number[], v: number) => to.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (to: number[], v: number) => {
    u16(to, v & 0xffff);
    u16(to, v >>> 16);
  };
  const bytes = (to: number[], b: Uint8Array) => {
    for (const x of b) to.push(x);
  };
  for (const entry of entries) {
    const name = encoder.encode(entry.path);
    const data = typeof entry.content === "string" ? encoder.encode(entry.content) : entry.content;
    const crc = crc32(data);
    const offset = out.length;
    // The fields both headers share, from "version needed" to "extra field length".
    const common = (to: number[]) => {
      for (const v of [VERSION, UTF8_NAMES, STORED, time, date]) u16(to, v);
      for (const v of [crc, data.length, data.length]) u32(to, v);
      u16(to, name.length);
      u16(to, 0);
    };
    u32(out, LOCAL_HEADER);
    common(out);
    bytes(out, name);
    bytes(out, data);
    u32(central, CENTRAL_HEADER);
    u16(central, VERSION); // made by
    common(central);
    for (const v of [0, 0, 0]) u16(central, v); // comment length, disk, internal attributes
    u32(central, 0); // external attributes
    u32(central, offset);
    bytes(central, name);
  }
  const centralOffset = out.length;
  for (const x of central) out.push(x);
  u32(out, END_OF_CENTRAL);
  for (const v of [0, 0, entries.length, entries.length]) u16(out, v);
  u32(out, central.length);
  u32(out, centralOffset);
  u16(out, 0); // comment length
  return Uint8Array.from(out);
}
