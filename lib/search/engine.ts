import MiniSearch from 'minisearch'
import { highlight, makeExcerpt, type Segment } from './excerpt'
import type { SearchDocument, SearchIndexFile } from './index-file'
import { spellingsOf } from './synonyms'
import { compoundParts, tokenize } from './tokenize'

/** One result as the page shows it: the title and an excerpt with the matches marked. */
export interface SearchHit {
  url: string
  title: string
  titleSegments: Segment[]
  date: string
  dateLabel: string
  excerpt: Segment[]
}

export interface SearchEngine {
  /** Posts matching every word of the query, best first; none for a query with no words. */
  search(query: string): SearchHit[]
  /** How many posts the index holds. */
  size: number
}

interface IndexedFields {
  id: number
  title: string
  tags: string
  text: string
}

/** `parts` indexes the text again as inner pieces of compounds (see compoundParts). */
const FIELDS = ['title', 'tags', 'text', 'parts'] as const

/** A prefix of one Hangul syllable or Latin letter would match half the blog. */
const MIN_PREFIX_LENGTH = 2

/**
 * The in-memory index of the documents (ids are positions in the array). The query is cut exactly
 * like the text, so `컨테이너를` looks for the same stem as `컨테이너가`.
 */
export function indexDocuments(documents: readonly SearchDocument[]): MiniSearch<IndexedFields> {
  const miniSearch = new MiniSearch<IndexedFields>({
    fields: [...FIELDS],
    extractField: (doc, field) => (field === 'parts' ? `${doc.title} ${doc.text}` : String(doc[field as keyof IndexedFields])),
    // The query goes through here too, without a field name, and is never cut into parts.
    tokenize: (text, field) => (field === 'parts' ? compoundParts(text) : tokenize(text)),
    // tokenize() already normalised and stemmed each term.
    processTerm: (term) => term,
    searchOptions: {
      combineWith: 'AND',
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      // A word found only inside a compound ranks below the word itself.
      boost: { title: 3, tags: 2, parts: 0.3 },
    },
  })
  miniSearch.addAll(toIndexed(documents))
  return miniSearch
}

function toHit(doc: SearchDocument, terms: readonly string[]): SearchHit {
  return {
    url: doc.url,
    title: doc.title,
    titleSegments: highlight(doc.title, terms),
    date: doc.date,
    dateLabel: doc.dateLabel,
    excerpt: makeExcerpt(doc.text, terms),
  }
}

/** Indexes the documents of an index file and answers queries over them. */
export function createSearchEngine(file: SearchIndexFile): SearchEngine {
  return engineOver(file.documents, indexDocuments(file.documents))
}

/** Posts indexed per slice of work in the browser, between which typing stays responsive. */
const CHUNK_SIZE = 20

/** Like createSearchEngine, but indexes in slices so a large blog never freezes the page. */
export async function createSearchEngineInSlices(file: SearchIndexFile): Promise<SearchEngine> {
  const miniSearch = indexDocuments([])
  await miniSearch.addAllAsync(toIndexed(file.documents), { chunkSize: CHUNK_SIZE })
  return engineOver(file.documents, miniSearch)
}

function toIndexed(documents: readonly SearchDocument[]): IndexedFields[] {
  return documents.map((doc, id) => ({ id, title: doc.title, tags: doc.tags.join(' '), text: doc.text }))
}

function engineOver(documents: readonly SearchDocument[], miniSearch: MiniSearch<IndexedFields>): SearchEngine {
  return {
    size: documents.length,
    search(query) {
      const terms = tokenize(query)
      if (terms.length === 0) return []
      // Every word must match, in any of its spellings (쿠버네티스 = Kubernetes).
      const tree = { combineWith: 'AND' as const, queries: terms.map((term) => ({ combineWith: 'OR' as const, queries: [...spellingsOf(term)] })) }
      return miniSearch
        .search(tree)
        .flatMap((result) => {
          const doc = documents[result.id as number]
          return doc ? [{ doc, score: result.score, terms: result.terms }] : []
        })
        // Equal scores fall back to the newer post, then the URL, so the order never wavers.
        .sort((a, b) => b.score - a.score || b.doc.date.localeCompare(a.doc.date) || a.doc.url.localeCompare(b.doc.url))
        .map(({ doc, terms }) => toHit(doc, terms))
    },
  }
}
