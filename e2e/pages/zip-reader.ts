import { crc32 } from "node:zlib";

/** One file of a ZIP archive, read back by the test (independently of the app's writer). */
export interface ZipFileEntry {
  path: string;
  text: string;
}

/**
 * Read a stored (uncompressed) ZIP through its central directory, checking each entry's
 * CRC-32 with zlib's own. Throws on anything a real unzip would refuse.
 */
export function readStoredZip(zip: Buffer): ZipFileEntry[] {
  const end = zip.length - 22;
  if (zip.readUInt32LE(end) !== 0x06054b50) throw new Error("no end-of-central-directory record");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipFileEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const path = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (method !== 0) throw new Error(`${path}: compressed, expected stored`);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${path}: bad local header`);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const bytes = zip.subarray(data, data + size);
    if (crc32(bytes) !== crc) throw new Error(`${path}: CRC mismatch`);
    entries.push({ path, text: bytes.toString("utf8") });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}
