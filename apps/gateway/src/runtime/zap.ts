import type { ZapHandler } from "../zmq/types.js";
import type { RuntimeModel } from "./model.js";

const DOMAIN = /^zp:(\d+):(\d+):([bc]):(\d+)$/;

/**
 * The runtime's ZAP handler: every tcp/ipc handshake of its sockets passes here before
 * it completes (see EndpointPeers). Every peer is accepted; what changes is only whether
 * the binder keeps appending trace trailers.
 */
export function zapHandler(model: RuntimeModel, token: number): ZapHandler {
  return (request) => {
    const m = DOMAIN.exec(request.domain);
    if (!m || Number(m[1]) !== token) return undefined;
    const node = model.nodeByHandle(Number(m[2]));
    if (!node) return undefined;
    const index = Number(m[4]);
    if (m[3] === "b") {
      const endpoint = node.spec.bind?.[index];
      return endpoint === undefined ? undefined : node.bound.get(endpoint)?.peers?.binderZap();
    }
    const endpoint = node.spec.connect?.[index];
    if (endpoint !== undefined) model.peersAt(endpoint)?.connectorZap();
    return undefined;
  };
}
