import { z } from "zod";
import { idSchema } from "../topology/schema.js";
import { CHECKER_IDS } from "./checker-ids.js";
import { expectationSchema } from "./expectations.js";
import { LESSON_IDS } from "./lesson-ids.js";
import { SEED_TOPIC_IDS } from "./seed-topics.js";
import { topologyRefSchema } from "./topologies.js";

/**
 * One thing the lesson's steps make a person do to the running topology, for the
 * integration test that checks the text's claims on real sockets: wait until the
 * expectations hold, kill or restart a process, or deploy another topology (an edit
 * made while running, which the gateway applies as a redeploy).
 */
export const scriptStepSchema = z.discriminatedUnion("do", [
  z.strictObject({
    do: z.literal("wait"),
    until: z.array(expectationSchema).min(1),
    timeoutMs: z.number().int().min(1).optional(),
  }),
  z.strictObject({ do: z.literal("kill"), process: idSchema }),
  z.strictObject({ do: z.literal("restart"), process: idSchema }),
  z.strictObject({ do: z.literal("deploy"), topology: topologyRefSchema }),
]);
export type ScriptStep = z.infer<typeof scriptStepSchema>;

/**
 * A task at the end of a lesson that checks itself: `checker` judges the student's
 * topology (and the run, when it matters). `solution` is a correct answer, used by tests;
 * `solveAfter` says when to apply it to the running lesson topology (for a task that must
 * be done while it runs), absent when the solution is deployed on its own.
 */
export const challengeSchema = z.strictObject({
  checker: z.enum(CHECKER_IDS),
  solution: topologyRefSchema,
  solveAfter: z.array(expectationSchema).optional(),
});
export type Challenge = z.infer<typeof challengeSchema>;

/**
 * A lesson, without its words (they live in the web app, one file per language, keyed
 * by the lesson id): the topology it opens, what of the seeds it covers, what a run
 * shows (`expected`, a pure predicate over RunStats once `script` has been played), and
 * its optional challenge. A topology that is invalid on purpose expects `ran: false`
 * and the diagnostic code the lesson is about.
 */
export const lessonSchema = z.strictObject({
  id: z.enum(LESSON_IDS),
  topology: topologyRefSchema,
  covers: z.array(z.enum(SEED_TOPIC_IDS)).min(1),
  expected: z.array(expectationSchema).min(1),
  script: z.array(scriptStepSchema).optional(),
  challenge: challengeSchema.optional(),
});
export type Lesson = z.infer<typeof lessonSchema>;
