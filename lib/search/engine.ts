import MiniSearch from 'minisearch'
import { highlight, makeExcerpt, type Segment } from './excerpt'
import type { SearchDocument, SearchIndexFile } from './index-file'
import { isInitialsQuery, soundKeys, soundQueryKeys, toInitials, toJamo } from './phonetic'
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
/**
 * The forgiving fields (lib/search/phonetic.ts), searched only when a query word asks for them:
 * words as letters for typos, titles' and tags' initial consonants, and sound keys.
 */
const FORGIVING_FIELDS = ['jamo', 'initials', 'sound'] as const
type Field = (typeof FIELDS)[number] | (typeof FORGIVING_FIELDS)[number]

/** One wrong letter is forgiven in words of at least this many letters (`도카` for 도커: 4 jamo). */
const MIN_TYPO_LETTERS = 4
/** Latin words need more letters before one may be wrong (`aws` is not `awk`). */
const MIN_LATIN_TYPO_LETTERS = 5
/** A Hangul word this long may have been written as two (`데이터베이스` for `데이터 베이스`). */
const MIN_SPLIT_SYLLABLES = 4
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/u

/** Index terms of the forgiving fields, each with the words it came from, for highlighting. */
type Origins = Map<string, Set<string>>

function remember(origins: Origins, key: string, word: string): string {
  let words = origins.get(key)
  if (words === undefined) origins.set(key, (words = new Set()))
  if (words.size < 8) words.add(word)
  return key
}

/**
 * Several fields read the same text of a post (parts, jamo, sound: title, tags and body), one
 * after another: it is cut into words once.
 */
let lastText = ''
let lastWords: string[] = []
function wordsOf(text: string): string[] {
  if (text !== lastText) {
    lastWords = tokenize(text)
    lastText = text
  }
  return lastWords
}

/** The terms of one field of a document (or of a query, when `field` is undefined). */
function termsOf(text: string, field: string | undefined, origins: Origins): string[] {
  if (field === 'parts') return compoundParts(text, wordsOf(text))
  const words = field === undefined ? tokenize(text) : wordsOf(text)
  if (field === undefined || !(FORGIVING_FIELDS as readonly string[]).includes(field)) return words
  // The forgiving fields only have to find a word, not weigh it: each word once per post keeps
  // the in-browser indexing cost down.
  const distinct = [...new Set(words)]
  if (field === 'jamo') return distinct.map((word) => remember(origins, toJamo(word), word))
  if (field === 'initials')
    return distinct.flatMap((word) => [toInitials(word) ?? []].flat().map((key) => remember(origins, key, word)))
  return distinct.flatMap((word) => soundKeys(word).map((key) => remember(origins, key, word)))
}

function extract(doc: IndexedFields, field: string): string {
  if (field === 'parts' || field === 'jamo' || field === 'sound') return `${doc.title} ${doc.tags} ${doc.text}`
  if (field === 'initials') return `${doc.title} ${doc.tags}`
  return String(doc[field as keyof IndexedFields])
}

/** A prefix of one Hangul syllable or Latin letter would match half the blog. */
const MIN_PREFIX_LENGTH = 2

/**
 * The in-memory index of the documents (ids are positions in the array). The query is cut exactly
 * like the text, so `컨테이너를` looks for the same stem as `컨테이너가`.
 */
export function indexDocuments(
  documents: readonly SearchDocument[],
  origins: Origins = new Map(),
): MiniSearch<IndexedFields> {
  const miniSearch = new MiniSearch<IndexedFields>({
    fields: [...FIELDS, ...FORGIVING_FIELDS],
    extractField: (doc, field) => extract(doc, field),
    // The query goes through here too, without a field name, and is never cut into parts.
    tokenize: (text, field) => termsOf(text, field, origins),
    // tokenize() already normalised and stemmed each term.
    processTerm: (term) => term,
    searchOptions: {
      combineWith: 'AND',
      fields: [...FIELDS],
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      // A word found only inside a compound ranks below the word itself.
      boost: { title: 3, tags: 2, parts: 0.3 },
    },
  })
  miniSearch.addAll(toIndexed(documents))
  return miniSearch
}

type Query = Parameters<MiniSearch<IndexedFields>['search']>[0]

/**
 * What one query word may match, best first: the word and its listed spellings; then, forgiving,
 * its initials (`ㄷㅋ`), the same word with one wrong letter, a word that sounds the same in the
 * other script (`리액트` ~ `react`), and the word written as two (`데이터베이스` ~ `데이터 베이스`).
 */
export function wordQuery(term: string): Query {
  if (isInitialsQuery(term))
    return { queries: [term], fields: ['initials'] as Field[], prefix: true, boost: { initials: 2 } }
  const queries: Query[] = [{ combineWith: 'OR', queries: [...spellingsOf(term)] }]
  const letters = toJamo(term)
  const hangul = HANGUL_WORD.test(term)
  if (letters.length >= (hangul ? MIN_TYPO_LETTERS : MIN_LATIN_TYPO_LETTERS)) {
    queries.push({ queries: [letters], fields: ['jamo'] as Field[], fuzzy: 1, prefix: false, boost: { jamo: 0.4 } })
  }
  const sounds = soundQueryKeys(term)
  if (sounds.length > 0)
    queries.push({
      combineWith: 'OR',
      queries: [...sounds],
      fields: ['sound'] as Field[],
      prefix: false,
      boost: { sound: 0.5 },
    })
  if (hangul && term.length >= MIN_SPLIT_SYLLABLES) {
    for (let cut = 2; term.length - cut >= 2; cut += 1) {
      queries.push({
        combineWith: 'AND',
        queries: [term.slice(0, cut), term.slice(cut)],
        boost: { title: 1.5, tags: 1, text: 0.5, parts: 0.2 },
      })
    }
  }
  return { combineWith: 'OR', queries }
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
  const origins: Origins = new Map()
  return engineOver(file.documents, indexDocuments(file.documents, origins), origins)
}

/** Posts indexed per slice of work in the browser, between which typing stays responsive. */
const CHUNK_SIZE = 20

/** Like createSearchEngine, but indexes in slices so a large blog never freezes the page. */
export async function createSearchEngineInSlices(file: SearchIndexFile): Promise<SearchEngine> {
  const origins: Origins = new Map()
  const miniSearch = indexDocuments([], origins)
  await miniSearch.addAllAsync(toIndexed(file.documents), { chunkSize: CHUNK_SIZE })
  return engineOver(file.documents, miniSearch, origins)
}

function toIndexed(documents: readonly SearchDocument[]): IndexedFields[] {
  return documents.map((doc, id) => ({ id, title: doc.title, tags: doc.tags.join(' '), text: doc.text }))
}

function engineOver(
  documents: readonly SearchDocument[],
  miniSearch: MiniSearch<IndexedFields>,
  origins: Origins,
): SearchEngine {
  // A forgiving match is marked as the word it came from, not as letters or a sound key.
  const shown = (terms: readonly string[]) => [...new Set(terms.flatMap((term) => [...(origins.get(term) ?? [term])]))]
  return {
    size: documents.length,
    search(query) {
      const terms = tokenize(query)
      if (terms.length === 0) return []
      // Every word must match, in any of its spellings (쿠버네티스 = Kubernetes) or forgiving forms.
      const tree = { combineWith: 'AND' as const, queries: terms.map(wordQuery) }
      return (
        miniSearch
          .search(tree)
          .flatMap((result) => {
            const doc = documents[result.id as number]
            return doc ? [{ doc, score: result.score, terms: result.terms }] : []
          })
          // Equal scores fall back to the newer post, then the URL, so the order never wavers.
          .sort(
            (a, b) => b.score - a.score || b.doc.date.localeCompare(a.doc.date) || a.doc.url.localeCompare(b.doc.url),
          )
          .map(({ doc, terms }) => toHit(doc, shown(terms)))
      )
    },
  }
}
