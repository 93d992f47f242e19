import { join } from "node:path";
import { parseEndpoint, type Diagnostic, type Topology } from "@zmq-playground/shared";

/** A Unix socket path holds at most 107 bytes plus the terminating zero (NOTES §3). */
export const MAX_IPC_PATH_BYTES = 107;

/** An endpoint of the topology and where it really lives. */
export interface ResolvedEndpoint {
  /** As the topology writes it; the key everything else uses. */
  readonly endpoint: string;
  /** What libzmq is given: ipc names become files in the session's folder. */
  readonly resolved: string;
  readonly transport: "tcp" | "ipc" | "inproc";
  /** The file to remove after the binder closes (libzmq 4.3.5 leaves it behind). */
  readonly ipcPath: string | null;
}

/**
 * Where each endpoint really lives. tcp is used as written so outside programs join at
 * the address the diagram shows; inproc names are private to the runtime's Context.
 */
export function resolveEndpoint(endpoint: string, ipcDir: string): ResolvedEndpoint | null {
  const parsed = parseEndpoint(endpoint);
  if (!parsed.ok) return null;
  if (parsed.transport === "ipc") {
    const path = join(ipcDir, parsed.path);
    return { endpoint, resolved: `ipc://${path}`, transport: "ipc", ipcPath: path };
  }
  return { endpoint, resolved: endpoint, transport: parsed.transport, ipcPath: null };
}

/** Endpoints that cannot be resolved here, as diagnostics (the validator checks syntax). */
export function checkEndpoints(topology: Topology, ipcDir: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const socket of topology.sockets) {
    for (const endpoint of [...(socket.bind ?? []), ...(socket.connect ?? [])]) {
      const resolved = resolveEndpoint(endpoint, ipcDir);
      if (resolved?.ipcPath && Buffer.byteLength(resolved.ipcPath) > MAX_IPC_PATH_BYTES) {
        diagnostics.push({
          severity: "error",
          code: "malformed-endpoint",
          message: `The ipc file for ${endpoint} would be ${resolved.ipcPath}, longer than the ${MAX_IPC_PATH_BYTES} bytes a Unix socket path may have; use a shorter name.`,
          sockets: [socket.id],
          endpoint,
        });
      }
    }
  }
  return diagnostics;
}

/** Each endpoint the topology binds, and where it really is (ipc: the file's path). */
export function boundEndpoints(topology: Topology | null, ipcDir: string): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const socket of topology?.sockets ?? []) {
    for (const endpoint of socket.bind ?? []) {
      const at = resolveEndpoint(endpoint, ipcDir);
      if (at) resolved[endpoint] = at.resolved;
    }
  }
  return resolved;
}
