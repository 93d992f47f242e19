import { CATALOG } from "../../catalog/catalog.js";
import { SOCKET_OPTIONS, type SocketOptionName } from "../../catalog/options.js";
import { SOCKET_TYPES } from "../../catalog/socket-types.js";
import type { Diagnostic } from "../diagnostics.js";
import type { SocketOptions } from "../schema.js";
import { diagnostic, nameOf, orList, type RuleContext } from "./context.js";

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
          `${nameOf(socket)} does not take the option "${name}" (zeromq.js refuses options a socket type does not have). "${name}" is for ${orList(takers)}. A ${socket.type} takes: ${info.options.join(", ")}.`,
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
          `${nameOf(socket)} has no subscription, so it will receive nothing: a SUB only keeps messages whose topic starts with one of its subscriptions. Add "subscribe": [""] to receive everything, or list the topic prefixes you want.`,
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
          `${nameOf(socket)} has joined no group, so it will receive nothing: a DISH only gets RADIO messages of the groups it joined. Add "join": ["a-group"] with the groups its RADIO sends to.`,
          [socket.id],
          { path: ["sockets", i, "options"] },
        ),
      );
    }
  });
  return out;
}
