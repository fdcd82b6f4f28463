import { t } from '../i18n'

/**
 * /llms.txt, after the llms.txt proposal: an H1 with the site's name, a blockquote that sums it
 * up, a few plain lines, then H2 sections of `- [name](url): note` links. Here: each post's
 * Markdown twin, newest first, and the site's machine-readable lists under "Optional".
 */
export interface LlmsPost {
  title: string
  /** Absolute URL of the twin. */
  twinUrl: string
  description?: string
  /** `YYYY-MM-DD`. */
  date: string
}

export interface LlmsInput {
  name: string
  description: string
  /** Absolute URL of the home page. */
  home: string
  posts: readonly LlmsPost[]
  /** Absolute URLs of the full feed and sitemap. */
  feed: string
  sitemap: string
}

/** One line of link text: brackets and line breaks would end the link early. */
function linkText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[[\]]/g, (bracket) => `\\${bracket}`)
    .trim()
}

/** Parentheses percent-encoded, so no Markdown reader ends the address early (`…-1편-(EC2)/`). */
function address(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29')
}

function note(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function llmsTxt(input: LlmsInput): string {
  const lines = [
    `# ${note(input.name)}`,
    '',
    `> ${note(input.description)}`,
    '',
    t.llmsIntro(input.home),
    '',
    `## ${t.llmsPosts}`,
    '',
    ...input.posts.map(
      (post) =>
        `- [${linkText(post.title)}](${address(post.twinUrl)}): ${post.date}${post.description ? ` — ${note(post.description)}` : ''}`,
    ),
    '',
    '## Optional',
    '',
    `- [${t.llmsFeed}](${address(input.feed)}): ${t.llmsFeedNote}`,
    `- [${t.llmsSitemap}](${address(input.sitemap)}): ${t.llmsSitemapNote}`,
    '',
  ]
  return lines.join('\n')
}
