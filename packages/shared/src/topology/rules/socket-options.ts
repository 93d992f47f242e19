import { CATALOG } from "../../catalog/catalog.js";
import { SOCKET_OPTIONS, type SocketOptionName } from "../../catalog/options.js";
import { SOCKET_TYPES } from "../../catalog/socket-types.js";
import type { Diagnostic } from "../diagnostics.js";
import type { SocketOptions } from "../schema.js";
import { diagnostic, listParam, socketParams, type RuleContext } from "./context.js";

/** The option names a document sets, typed through the catalog's list. */
function setOptions(options: SocketOptions | undefined): SocketOptionName[] {
  if (options === undefined) return [];
  const names: SocketOptionName[] = [];
  for (const [name, value] of Object.entries(options)) {
    if (isOptionName(name) && value !== undefined) names.push(name);
  }
  return names;
}

function isOptionName(name: string): name is SocketOptionName {
  return Object.hasOwn(SOCKET_OPTIONS, name);
}

/** Options the type does not have, and subscriptions a receiver needs to hear anything. */
export function checkOptions(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.topology.sockets.forEach((socket, i) => {
    const info = CATALOG[socket.type];
    for (const name of setOptions(socket.options)) {
      if (info.options.includes(name)) continue;
      const takers = SOCKET_TYPES.filter((t) => CATALOG[t].options.includes(name));
      out.push(
        diagnostic(
          "error",
          "option-not-supported",
          {
            id: "option-not-supported",
            params: {
              ...socketParams(socket),
              option: name,
              takers: listParam(takers),
              options: listParam(info.options),
            },
          },
          [socket.id],
          { path: ["sockets", i, "options", name] },
        ),
      );
    }
    if (socket.type === "SUB" && (socket.options?.subscribe ?? []).length === 0) {
      out.push(
        diagnostic(
          "warning",
          "sub-no-subscription",
          { id: "sub-no-subscription", params: socketParams(socket) },
          [socket.id],
          { path: ["sockets", i, "options"] },
        ),
      );
    }
    if (socket.type === "DISH" && (socket.options?.join ?? []).length === 0) {
      out.push(
        diagnostic(
          "warning",
          "dish-no-join",
          { id: "dish-no-join", params: socketParams(socket) },
          [socket.id],
          { path: ["sockets", i, "options"] },
        ),
      );
    }
  });
  return out;
}
