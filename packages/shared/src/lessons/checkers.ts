import { checkLateCollector } from "./check-connect-first.js";
import { checkOneBindPerAddress, checkSupportedTransport } from "./check-endpoints.js";
import { checkLegalLink } from "./check-legal-link.js";
import { checkThreeConsumers } from "./check-pipeline.js";
import { checkSubForOneTopic } from "./check-pub-sub.js";
import type { Checker } from "./check-result.js";
import type { CheckerId } from "./checker-ids.js";

/**
 * The challenge checkers, by id: pure functions of the student's topology and, where the
 * task is about what happens, of the run's counters. Each returns `{passed, missing}`,
 * with missing things as message ids and params for the web app to put in words.
 */
export const CHECKERS: Readonly<Record<CheckerId, Checker>> = {
  "sub-for-one-topic": checkSubForOneTopic,
  "three-consumers": checkThreeConsumers,
  "supported-transport": checkSupportedTransport,
  "late-collector": checkLateCollector,
  "one-bind-per-address": checkOneBindPerAddress,
  "legal-link": checkLegalLink,
};
