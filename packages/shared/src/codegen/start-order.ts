import type { ProgramPlan } from "./plan.js";

/**
 * The order to start programs in, as the seed tutorial does for its pipeline ("the
 * result collector and consumers needed to be started before the producer"): programs
 * that only receive or answer come first, so nothing the senders send is lost to a
 * program that is not up yet; then the senders. Within each group the programs that
 * bind come before those that connect (connecting first works in ZeroMQ, it just
 * retries until the address exists). Otherwise the topology's own order is kept.
 */
export function startOrder(programs: readonly ProgramPlan[]): ProgramPlan[] {
  const rank = (p: ProgramPlan) => (p.sends ? 3 : 0) + bindRank(p);
  return programs
    .map((program, index) => ({ program, index }))
    .sort((a, b) => rank(a.program) - rank(b.program) || a.index - b.index)
    .map(({ program }) => program);
}

function bindRank(program: ProgramPlan): number {
  const binds = program.sockets.some((s) => (s.spec.bind ?? []).length > 0);
  const connects = program.sockets.some((s) => (s.spec.connect ?? []).length > 0);
  if (binds && !connects) return 0;
  return binds ? 1 : 2;
}
