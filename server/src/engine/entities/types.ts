// The entity vocabulary shared by the recognizer, the knowledge base, the in-text facts and the hosts: mentions found
// in an article, entities that group them, and what is known about an entity (from the text or from knowledge).

import { Span, TagName } from '../types';

/** Named types come from the trained recognizer; the numeric ones (date, time, money, percent) from rules. */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'misc', 'date', 'time', 'money', 'percent'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The inline tag a type is written as (`<org>` for organization); undefined for types without a tag. */
export const TAG_OF_ENTITY_TYPE: Readonly<Partial<Record<EntityType, TagName>>> = {
  person: 'person',
  organization: 'org',
  place: 'place',
  misc: 'misc',
  date: 'date',
};

/** One occurrence of a name or expression in the article text. */
export interface Mention {
  /** UTF-16 offsets into the article text. */
  readonly span: Span;
  readonly text: string;
  readonly type: EntityType;
  /** Who said this is a mention: the trained model, a rule (dates, money…), the knowledge base, or a user's tag. */
  readonly source: 'model' | 'rule' | 'knowledge' | 'tag';
}

/** What is known about an entity from outside the article: bundled data or the workspace knowledge file. */
export interface KnowledgeEntry {
  readonly canonical: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  /** One or two sentences: what it is. */
  readonly description?: string;
  /** Labelled facts for the hover, e.g. `{ Capital: "Kyiv", Region: "Europe", ISO: "UA / UKR" }`. */
  readonly details?: Readonly<Record<string, string>>;
  /** Where the entry came from, with its licence, e.g. "countries-list (MIT)", "curated", "workspace". */
  readonly source: string;
}

/** Something the article itself says about an entity, with where it says it. */
export interface TextFact {
  /** `expansion`: "Collective Security Treaty Organization (CSTO)"; `role`: "the head of … Andrey Kartapolov";
   *  `members`: a list the text gives for an organization; `alias`: another name the text uses for it. */
  readonly kind: 'expansion' | 'role' | 'members' | 'alias';
  readonly text: string;
  readonly span: Span;
  /** For `members`: each member as the text names it ("Armenia", "Belarus", …); `text` joins them. */
  readonly items?: readonly string[];
}

/** An entity of the article: all mentions of the same person, organization, place… grouped together. */
export interface Entity {
  /** Stable within one lint of one article (e.g. `person:andrey kartapolov`). */
  readonly id: string;
  readonly type: EntityType;
  /** The fullest name the article or the knowledge base gives ("Andrey Kartapolov", "Kyiv"). */
  readonly canonical: string;
  /** Other names: surname-only mentions, acronyms, spellings ("Kiev" for "Kyiv"). */
  readonly aliases: readonly string[];
  /** In text order; the first is the first mention. */
  readonly mentions: readonly Mention[];
  readonly facts: readonly TextFact[];
  readonly knowledge?: KnowledgeEntry;
}
