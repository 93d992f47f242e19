import type { Topology, TopologyFixture } from "@zmq-playground/shared";
import type { TFunction } from "i18next";

/** What the gallery says about a template, in the reader's language. */
export interface TemplateText {
  readonly title: string;
  readonly description: string;
}

/**
 * A template's title and description in the current language (`templates.<id>` of the
 * i18n resources; the English is the fixture's own).
 */
export function templateText(t: TFunction, fixture: TopologyFixture): TemplateText {
  return {
    title: t(`templates.${fixture.id}.title`),
    description: t(`templates.${fixture.id}.description`),
  };
}

/**
 * The template as a new document, titled and described in the language it was opened in:
 * from then on it is the reader's own document (saved, exported, renamed), so a later
 * change of language leaves its title alone, as it does a title the reader typed.
 */
export function openedTemplate(fixture: TopologyFixture, text: TemplateText): Topology {
  const copy = structuredClone(fixture.topology);
  copy.title = text.title;
  if (text.description !== "") copy.description = text.description;
  return copy;
}
