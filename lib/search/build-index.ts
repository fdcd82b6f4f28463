import { formatPostDate } from '../site/format'
import { SEARCH_INDEX_VERSION, type SearchIndexFile } from './index-file'

/**
 * Characters of text kept per post: about forty minutes of reading, far past any post so far, so
 * every post is searched in full while one pasted log cannot swell the file every reader downloads.
 */
export const SEARCH_TEXT_BUDGET = 20_000

/** The text up to the budget, cut at a space so no word is left half. */
function withinBudget(text: string): string {
  if (text.length <= SEARCH_TEXT_BUDGET) return text
  const space = text.lastIndexOf(' ', SEARCH_TEXT_BUDGET)
  return text.slice(0, space > 0 ? space : SEARCH_TEXT_BUDGET)
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
 * image addresses), within SEARCH_TEXT_BUDGET, normalised to NFC so matching and highlighting agree.
 */
export function buildSearchIndexFile(posts: readonly IndexablePost[]): SearchIndexFile {
  return {
    version: SEARCH_INDEX_VERSION,
    documents: posts.map((post) => ({
      url: post.url,
      title: post.title.normalize('NFC'),
      date: post.publishedAt,
      dateLabel: formatPostDate(post.publishedAt),
      tags: post.tagList.map((tag) => tag.normalize('NFC')),
      text: withinBudget(post.plainText.normalize('NFC')),
    })),
  }
}
