import MiniSearch, { type MatchInfo } from 'minisearch'
import { highlight, makeExcerpt, type Segment } from './excerpt'
import type { SearchDocument, SearchIndexFile } from './index-file'
import { isInitialsQuery, soundKeys, soundQueryKeys, toInitials, toJamo, toTypoKey } from './phonetic'
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
  /** The post's opening, then WORDS_FOLLOW and its later words (SearchDocument's text and words). */
  text: string
}

/**
 * Between a post's opening and its later words in one field. The words are already cut (stems, no
 * particles), so they are split at spaces and never stemmed twice (`아이디어가` is stored as 아이디어,
 * which must not lose another syllable).
 */
const WORDS_FOLLOW = '\u0000'

/** The terms of a field's text: the opening cut by tokenize, the later words as they are. */
function cut(text: string, language: string): string[] {
  const mark = text.indexOf(WORDS_FOLLOW)
  if (mark < 0) return tokenize(text, language)
  const words = text.slice(mark + 1)
  return [...tokenize(text.slice(0, mark), language), ...(words === '' ? [] : words.split(' '))]
}

/** `parts` indexes the text again as inner pieces of compounds (see compoundParts). */
const FIELDS = ['title', 'tags', 'text', 'parts'] as const
/**
 * The forgiving fields (lib/search/phonetic.ts), searched only when a query word asks for them:
 * typo keys, sound keys, and initial consonants, of titles and tags apart from the body so a
 * 초성 query weighs a title above the body. Each holds every distinct word of a post once, computed
 * in the browser from the text the index file already carries, so the file does not grow.
 */
const FORGIVING_FIELDS = ['jamo', 'sound', 'initials', 'textInitials'] as const
type Field = (typeof FIELDS)[number] | (typeof FORGIVING_FIELDS)[number]

/** One wrong letter is forgiven in words of at least this many letters (`도카` for 도커: 4 jamo). */
const MIN_TYPO_LETTERS = 4
/**
 * A Hangul word of one syllable is never taken for a typo. Words of two syllables may have one
 * vowel or final consonant wrong (one edit of their typo key: `도카` for 도커), not an initial
 * consonant, which makes another word (two edits: `메시` is not `제시`). Longer words may have two
 * edits: an initial wrong (`쿠버네티즈`), two letters, or a syllable run together (`깃허브`, `깃헙`).
 */
const MIN_TYPO_SYLLABLES = 2
const MIN_LOOSE_TYPO_SYLLABLES = 3
/** A 초성 query this long also matches body words by their beginning (`ㅋㅂㄴ` for 쿠버네티스). */
const MIN_TEXT_INITIALS_PREFIX = 3
/** Latin words need more letters before one may be wrong (`aws` is not `awk`). */
const MIN_LATIN_TYPO_LETTERS = 5
/** A Hangul word this long may have been written as two (`데이터베이스` for `데이터 베이스`). */
const MIN_SPLIT_SYLLABLES = 4
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/u

/**
 * Several fields read the same text of a post (parts, jamo, sound: title, tags and body), one
 * after another: it is cut into words once.
 */
let lastText = ''
let lastWords: string[] = []
function wordsOf(text: string, language: string): string[] {
  const key = `${language}${WORDS_FOLLOW}${text}`
  if (key !== lastText) {
    lastWords = cut(text, language)
    lastText = key
  }
  return lastWords
}

function isForgiving(field: string): field is (typeof FORGIVING_FIELDS)[number] {
  return (FORGIVING_FIELDS as readonly string[]).includes(field)
}

/** The keys a word is indexed under in a forgiving field. */
function forgivingKeys(field: (typeof FORGIVING_FIELDS)[number], word: string): readonly string[] {
  if (field === 'jamo') return [toTypoKey(word)]
  if (field === 'sound') return soundKeys(word)
  const initials = toInitials(word)
  return initials === null ? [] : [initials]
}

/** The terms of one field of a document (or of a query, when `field` is undefined). */
function termsOf(text: string, field: string | undefined, language: string): string[] {
  if (field === 'parts') return compoundParts(text, wordsOf(text, language))
  const words = field === undefined ? tokenize(text, language) : wordsOf(text, language)
  if (field === undefined || !isForgiving(field)) return words
  // The forgiving fields only have to find a word, not weigh it: each key once per post keeps
  // the in-browser indexing cost down (a long post repeats its words, and many share 초성).
  const keys = new Set<string>()
  for (const word of new Set(words)) for (const key of forgivingKeys(field, word)) keys.add(key)
  return [...keys]
}

function extract(doc: IndexedFields, field: string): string {
  if (field === 'parts' || field === 'jamo' || field === 'sound') return `${doc.title} ${doc.tags} ${doc.text}`
  if (field === 'initials') return `${doc.title} ${doc.tags}`
  if (field === 'textInitials') return doc.text
  return String(doc[field as keyof IndexedFields])
}

/** A prefix of one Hangul syllable or Latin letter would match half the blog. */
const MIN_PREFIX_LENGTH = 2

/**
 * The in-memory index of the documents (ids are positions in the array). The query is cut exactly
 * like the text, so `컨테이너를` looks for the same stem as `컨테이너가`.
 */
export function indexDocuments(documents: readonly SearchDocument[], language = 'ko'): MiniSearch<IndexedFields> {
  const miniSearch = new MiniSearch<IndexedFields>({
    // Fields that read the same text follow one another, so wordsOf cuts each text once.
    fields: ['title', 'tags', 'text', 'textInitials', 'parts', 'jamo', 'sound', 'initials'] satisfies Field[],
    extractField: (doc, field) => extract(doc, field),
    // The query goes through here too, without a field name, and is never cut into parts.
    tokenize: (text, field) => termsOf(text, field, language),
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
 * its initials (`ㄷㅋ`, in titles and tags by their beginning, in the body whole or, from three
 * consonants, by their beginning), the same word with a typo, a word that sounds the same in the
 * other script (`리액트` ~ `react`), and the word written as two (`데이터베이스` ~ `데이터 베이스`).
 */
export function wordQuery(term: string): Query {
  if (isInitialsQuery(term))
    return {
      combineWith: 'OR',
      queries: [
        { queries: [term], fields: ['initials'] as Field[], prefix: true, boost: { initials: 2 } },
        {
          queries: [term],
          fields: ['textInitials'] as Field[],
          prefix: term.length >= MIN_TEXT_INITIALS_PREFIX,
          boost: { textInitials: 0.5 },
        },
      ],
    }
  const queries: Query[] = [{ combineWith: 'OR', queries: [...spellingsOf(term)] }]
  const hangul = HANGUL_WORD.test(term)
  const typo = hangul
    ? term.length >= MIN_TYPO_SYLLABLES && toJamo(term).length >= MIN_TYPO_LETTERS
    : term.length >= MIN_LATIN_TYPO_LETTERS
  if (typo) {
    const fuzzy = hangul && term.length >= MIN_LOOSE_TYPO_SYLLABLES ? 2 : 1
    queries.push({
      queries: [toTypoKey(term)],
      fields: ['jamo'] as Field[],
      fuzzy,
      prefix: false,
      boost: { jamo: 0.4 },
    })
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

/** Matched words shown after the opening at most, when none of them is in it. */
const MAX_LATER_MARKS = 3

/**
 * The excerpt of a hit: the passage of the opening around the match, or, when every matched word
 * stands past the opening (the index keeps only the words there), the opening followed by those words,
 * marked, so the reader still sees why the post was found.
 */
function excerptOf(doc: SearchDocument, terms: readonly string[]): Segment[] {
  const excerpt = makeExcerpt(doc.text, terms)
  if (excerpt.some((segment) => segment.mark)) return excerpt
  const later = new Set(doc.words.split(' '))
  const found = terms.filter((term) => later.has(term)).slice(0, MAX_LATER_MARKS)
  if (found.length === 0) return excerpt
  const marked = found.flatMap((term, i) => [
    ...(i > 0 ? [{ text: ' · ', mark: false }] : []),
    { text: term, mark: true },
  ])
  // One `…` between the opening and the words, where the opening was cut too.
  const opening = excerpt.at(-1)?.text === ' …' ? excerpt.slice(0, -1) : excerpt
  return [...opening, { text: ' … ', mark: false }, ...marked]
}

function toHit(doc: SearchDocument, terms: readonly string[]): SearchHit {
  return {
    url: doc.url,
    title: doc.title,
    titleSegments: highlight(doc.title, terms),
    date: doc.date,
    dateLabel: doc.dateLabel,
    excerpt: excerptOf(doc, terms),
  }
}

/** Indexes the documents of an index file and answers queries over them. */
export function createSearchEngine(file: SearchIndexFile): SearchEngine {
  return engineOver(file.documents, indexDocuments(file.documents, file.language), file.language)
}

/** Posts indexed per slice of work in the browser, between which typing stays responsive. */
const CHUNK_SIZE = 20

/** Like createSearchEngine, but indexes in slices so a large blog never freezes the page. */
export async function createSearchEngineInSlices(file: SearchIndexFile): Promise<SearchEngine> {
  const miniSearch = indexDocuments([], file.language)
  await miniSearch.addAllAsync(toIndexed(file.documents), { chunkSize: CHUNK_SIZE })
  return engineOver(file.documents, miniSearch, file.language)
}

function toIndexed(documents: readonly SearchDocument[]): IndexedFields[] {
  return documents.map((doc, id) => ({
    id,
    title: doc.title,
    tags: doc.tags.join(' '),
    text: `${doc.text}${WORDS_FOLLOW}${doc.words}`,
  }))
}

function engineOver(
  documents: readonly SearchDocument[],
  miniSearch: MiniSearch<IndexedFields>,
  language: string,
): SearchEngine {
  // The distinct words of each post that a forgiving match was found in, cut when first needed.
  const wordsByPost = new Map<number, string[]>()
  const postWords = (id: number, doc: SearchDocument) => {
    let words = wordsByPost.get(id)
    if (words === undefined)
      wordsByPost.set(
        id,
        (words = [
          ...new Set(cut(`${doc.title} ${doc.tags.join(' ')} ${doc.text}${WORDS_FOLLOW}${doc.words}`, language)),
        ]),
      )
    return words
  }
  /**
   * The words to mark in one post: a term matched as itself is marked as it is; a forgiving key
   * (letters, initials, a sound) as the words of this post that have it, so `ㅅㅇㄷㅋ` marks 사이드카
   * and a typo marks the word it stood for, never a word of another post with the same key.
   */
  const marks = (id: number, doc: SearchDocument, match: MatchInfo) => {
    const words = new Set<string>()
    for (const [term, fields] of Object.entries(match)) {
      const forgiving = fields.filter(isForgiving)
      if (forgiving.length < fields.length) words.add(term)
      if (forgiving.length === 0) continue
      for (const word of postWords(id, doc))
        if (forgiving.some((field) => forgivingKeys(field, word).includes(term))) words.add(word)
    }
    return [...words]
  }
  return {
    size: documents.length,
    search(query) {
      const terms = tokenize(query, language)
      if (terms.length === 0) return []
      // Every word must match, in any of its spellings (쿠버네티스 = Kubernetes) or forgiving forms.
      const tree = { combineWith: 'AND' as const, queries: terms.map(wordQuery) }
      return (
        miniSearch
          .search(tree)
          .flatMap((result) => {
            const id = result.id as number
            const doc = documents[id]
            return doc ? [{ doc, score: result.score, terms: marks(id, doc, result.match) }] : []
          })
          // Equal scores fall back to the newer post, then the URL, so the order never wavers.
          .sort(
            (a, b) => b.score - a.score || b.doc.date.localeCompare(a.doc.date) || a.doc.url.localeCompare(b.doc.url),
          )
          .map(({ doc, terms }) => toHit(doc, terms))
      )
    },
  }
}
