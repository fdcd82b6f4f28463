/**
 * The search index as the build writes it and the browser reads it: one static JSON file with
 * the opening and the words of every published post. The browser builds its in-memory index from it
 * (see docs/search.md for why the words ship rather than a prebuilt index).
 */

/** Site-internal path of the index file; the browser adds the base path, the bench reads it in out/. */
export const SEARCH_INDEX_PATH = '/search-index.json'

/** Bumped when the shape changes, so an old cached file is refused rather than misread. */
export const SEARCH_INDEX_VERSION = 3

export interface SearchDocument {
  /** Site-internal URL of the post (`/kubecon-1/`). */
  url: string
  title: string
  /** ISO 8601 publication time, for `<time dateTime>`. */
  date: string
  /** The date as readers see it (`2019년 12월 6일`), formatted at build time in the blog's time zone. */
  dateLabel: string
  tags: string[]
  /**
   * The opening of the post's readable text (no code blocks, HTML or image addresses), NFC, up to
   * about SEARCH_LEAD_LENGTH characters: what a hit shows under its title.
   */
  text: string
  /**
   * The words of the rest of the text, as lib/search/tokenize.ts cuts them (particles off), each
   * once, separated by spaces: searched like the text, never shown.
   */
  words: string
}

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION
  /** The edition's language ('ko', 'en'): how its words were cut, and how a query is (lib/search/tokenize.ts). */
  language: string
  documents: SearchDocument[]
}

/** True when a fetched value is an index this code can read. */
export function isSearchIndexFile(value: unknown): value is SearchIndexFile {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<SearchIndexFile>
  return (
    candidate.version === SEARCH_INDEX_VERSION &&
    typeof candidate.language === 'string' &&
    Array.isArray(candidate.documents)
  )
}
