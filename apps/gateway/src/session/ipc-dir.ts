import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A fresh folder for one session's ipc files. Short on purpose: ipc paths fail past 107
 * bytes (ENAMETOOLONG), and the user's file name still has to fit after it.
 */
export async function createIpcDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "zmqpg-"));
}

/** Remove the folder and whatever ipc files libzmq left in it (4.3.5 does not unlink them). */
export async function removeIpcDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
