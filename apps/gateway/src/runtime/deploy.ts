import {
  processOf,
  renderEnglishRuntime,
  type Diagnostic,
  type Topology,
} from "@zmq-playground/shared";
import { planDeploy } from "./deploy-plan.js";
import type { RuntimeModel } from "./model.js";
import type { NodeEnv, SocketNode } from "./socket-node.js";
import { closeNode, type Wiring } from "./wiring.js";

/** What applying a topology to the model did; nothing is opened yet. */
export interface Applied {
  /** Nodes made for sockets that are new or changed. */
  readonly fresh: SocketNode[];
  /** Open nodes it closed (removed or changed sockets), kept in case the deploy is undone. */
  readonly retired: SocketNode[];
}

/**
 * Close what a deploy removes or recreates, add nodes for what it creates or recreates,
 * and adopt the topology. A killed process the new topology no longer has is forgotten
 * (from `killed`); new nodes of a still-killed process are marked killed.
 */
export async function applyTopology(
  model: RuntimeModel,
  topology: Topology,
  env: NodeEnv,
  wiring: () => Wiring,
  killed: Set<string>,
): Promise<Applied> {
  const plan = planDeploy(model.topology, topology);
  const retired: SocketNode[] = [];
  for (const id of [...plan.remove, ...plan.recreate]) {
    const node = model.nodes.get(id);
    if (!node) continue;
    if (node.open) {
      await closeNode(wiring(), node);
      retired.push(node);
    }
    model.removeNode(id);
  }
  const fresh = [...plan.create, ...plan.recreate].flatMap((id) => {
    const spec = topology.sockets.find((s) => s.id === id);
    return spec ? [model.addNode(spec, env)] : [];
  });
  model.adopt(topology, new Set(fresh.map((n) => n.id)));
  for (const id of killed) {
    if (!topology.sockets.some((s) => processOf(s) === id)) killed.delete(id);
  }
  for (const node of fresh) node.killed = killed.has(node.processId);
  return { fresh, retired };
}

/** A redeploy failed and the previous topology runs again: say what was reopened. */
export function putBackDiagnostic(reopened: readonly string[]): Diagnostic {
  const id =
    reopened.length === 0
      ? "deploy.kept-previous"
      : reopened.length === 1
        ? "deploy.put-back-one"
        : "deploy.put-back-many";
  const params = { sockets: reopened.join(", ") };
  return {
    severity: "warning",
    code: "runtime-error",
    message: renderEnglishRuntime(id, params),
    messageId: `runtime.${id}`,
    params,
    sockets: [...reopened],
  };
}

/** A redeploy failed and the previous topology could not be reopened either. */
export const NOTHING_RUNS: Diagnostic = {
  severity: "error",
  code: "runtime-error",
  message: renderEnglishRuntime("deploy.nothing-runs", {}),
  messageId: "runtime.deploy.nothing-runs",
  params: {},
  sockets: [],
};
