import { formatPostDate } from '../site/format'
import { tokenize } from './tokenize'
import { SEARCH_INDEX_VERSION, type SearchIndexFile } from './index-file'

/**
 * Characters of running text kept per post: the opening, which search results show under the
 * title. The rest of the post travels as its words, each once (`words` in lib/search/index-file.ts).
 */
export const SEARCH_LEAD_LENGTH = 400

/**
 * Characters of distinct words kept per post: far past what a real post has, so every post is
 * searched in full while one pasted log cannot swell the file every reader downloads.
 */
export const SEARCH_WORDS_BUDGET = 20_000

/** The text up to `length` characters, cut at a space so no word is left half. */
function cutAt(text: string, length: number): string {
  if (text.length <= length) return text
  const space = text.lastIndexOf(' ', length)
  return text.slice(0, space > 0 ? space : length)
}

/**
 * The words of the text after the lead, as the engine cuts them (tokenize: particles off), each once
 * and in the order they first appear, leaving out those the lead already has. A reader searches for
 * words, not for where they stand, so this finds everything the whole text would find: for the Korean
 * posts of one real blog here the text takes 15.2 KB a post, the lead and words 5.7 KB.
 */
function laterWords(text: string, lead: string, language: string): string {
  const seen = new Set(tokenize(lead, language))
  const words: string[] = []
  let length = 0
  for (const word of tokenize(text.slice(lead.length), language)) {
    if (seen.has(word)) continue
    seen.add(word)
    if (length + word.length + 1 > SEARCH_WORDS_BUDGET) break
    words.push(word)
    length += word.length + 1
  }
  return words.join(' ')
}

/** What the index needs of a post; lib/content/index.ts's Post has it. */
export interface IndexablePost {
  url: string
  title: string
  publishedAt: string
  tagList: string[]
  /** The readable text (markdownToPlainText), computed once per post by Contentlayer. */
  plainText: string
}

/**
 * The search index file for the given posts, in their order. Callers pass getPublishedPosts(), so
 * drafts and scheduled posts never reach the index. Only readable text goes in (no code, HTML or
 * image addresses): the lead as written, the later words once each, normalised to NFC so matching
 * and highlighting agree.
 */
export function buildSearchIndexFile(posts: readonly IndexablePost[], language = 'ko'): SearchIndexFile {
  return {
    version: SEARCH_INDEX_VERSION,
    language,
    documents: posts.map((post) => {
      const text = post.plainText.normalize('NFC')
      const lead = cutAt(text, SEARCH_LEAD_LENGTH)
      return {
        url: post.url,
        title: post.title.normalize('NFC'),
        date: post.publishedAt,
        dateLabel: formatPostDate(post.publishedAt),
        tags: post.tagList.map((tag) => tag.normalize('NFC')),
        text: lead,
        words: laterWords(text, lead, language),
      }
    }),
  }
}
