import { z } from "zod";
import { fixtureById } from "../fixtures/index.js";
import { topologySchema, type Topology } from "../topology/schema.js";
import addressInUse from "../../fixtures/lessons/address-in-use.json" with { type: "json" };
import addressInUseSolved from "../../fixtures/lessons/address-in-use-solved.json" with { type: "json" };
import connectFirst from "../../fixtures/lessons/connect-first.json" with { type: "json" };
import connectFirstSolved from "../../fixtures/lessons/connect-first-solved.json" with { type: "json" };
import fanOutFanIn from "../../fixtures/lessons/fan-out-fan-in.json" with { type: "json" };
import frames from "../../fixtures/lessons/frames.json" with { type: "json" };
import highWaterMarks from "../../fixtures/lessons/high-water-marks.json" with { type: "json" };
import illegalLink from "../../fixtures/lessons/illegal-link.json" with { type: "json" };
import illegalLinkSolved from "../../fixtures/lessons/illegal-link-solved.json" with { type: "json" };
import lateSubscriber from "../../fixtures/lessons/late-subscriber.json" with { type: "json" };
import legalPairs from "../../fixtures/lessons/legal-pairs.json" with { type: "json" };
import manyPeers from "../../fixtures/lessons/many-peers.json" with { type: "json" };
import multicast from "../../fixtures/lessons/multicast.json" with { type: "json" };
import multicastSolved from "../../fixtures/lessons/multicast-solved.json" with { type: "json" };
import oneProgram from "../../fixtures/lessons/one-program.json" with { type: "json" };
import pipelineSolved from "../../fixtures/lessons/pipeline-solved.json" with { type: "json" };
import producerFirst from "../../fixtures/lessons/producer-first.json" with { type: "json" };
import pubSubSolved from "../../fixtures/lessons/pub-sub-solved.json" with { type: "json" };
import slowServer from "../../fixtures/lessons/slow-server.json" with { type: "json" };
import stableServer from "../../fixtures/lessons/stable-server.json" with { type: "json" };
import transports from "../../fixtures/lessons/transports.json" with { type: "json" };

/** The lesson topology files (packages/shared/fixtures/lessons/), parsed: never a cast JSON import. */
const FILES: readonly (readonly [string, unknown])[] = [
  ["address-in-use", addressInUse],
  ["address-in-use-solved", addressInUseSolved],
  ["connect-first", connectFirst],
  ["connect-first-solved", connectFirstSolved],
  ["fan-out-fan-in", fanOutFanIn],
  ["frames", frames],
  ["high-water-marks", highWaterMarks],
  ["illegal-link", illegalLink],
  ["illegal-link-solved", illegalLinkSolved],
  ["late-subscriber", lateSubscriber],
  ["legal-pairs", legalPairs],
  ["many-peers", manyPeers],
  ["multicast", multicast],
  ["multicast-solved", multicastSolved],
  ["one-program", oneProgram],
  ["pipeline-solved", pipelineSolved],
  ["producer-first", producerFirst],
  ["pub-sub-solved", pubSubSolved],
  ["slow-server", slowServer],
  ["stable-server", stableServer],
  ["transports", transports],
];
const LESSON_FILES: ReadonlyMap<string, Topology> = new Map(
  FILES.map(([id, json]) => [id, topologySchema.parse(json)]),
);

/** The ids of the lesson topology files, without `.json`. */
export const LESSON_TOPOLOGY_IDS: readonly string[] = [...LESSON_FILES.keys()];

/**
 * Where a lesson's topology comes from: a seed fixture (packages/shared/fixtures/, the
 * template gallery) or a lesson file (packages/shared/fixtures/lessons/).
 */
export const topologyRefSchema = z.strictObject({
  source: z.enum(["seed", "lesson"]),
  id: z.string(),
});
export type TopologyRef = z.infer<typeof topologyRefSchema>;

/** A fresh copy of the referenced topology (callers may edit it), or undefined. */
export function resolveTopology(ref: TopologyRef): Topology | undefined {
  const found = ref.source === "seed" ? fixtureById(ref.id)?.topology : LESSON_FILES.get(ref.id);
  // Parsing again hands out a deep copy: an edit in the editor never reaches the original.
  return found === undefined ? undefined : topologySchema.parse(found);
}
