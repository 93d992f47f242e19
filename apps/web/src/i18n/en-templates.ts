import { TOPOLOGY_FIXTURES } from "@zmq-playground/shared";

/**
 * The template gallery's words in English, taken from the fixtures' own `title` and
 * `description` (packages/shared/fixtures/*.json), so the English exists once:
 * `templates.<fixture id>.title` and `.description`. A new fixture appears here by
 * itself, and i18n/resources.test.ts then fails until every translation has it.
 */
export const templates = Object.fromEntries(
  TOPOLOGY_FIXTURES.map((f) => [
    f.id,
    { title: f.topology.title ?? f.id, description: f.topology.description ?? "" },
  ]),
);
