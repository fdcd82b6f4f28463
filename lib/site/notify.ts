/**
 * E-mail notice of new posts (`npm run notify`, scripts/notify.ts). New means: published now and
 * absent from the feed that was deployed before, so the deploy compares what readers saw with
 * what they are about to see. A post with `notification: false` is never announced. Each
 * (post, subscriber) pair is sent once: a state file records every accepted message right after
 * the SMTP server took it, and a rerun (after a crash, a failed server, a re-run job) skips
 * exactly those and sends the rest.
 */
import { createHash } from 'node:crypto'
import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync } from 'node:fs'
import { XMLValidator } from 'fast-xml-parser'
import { DomUtils, parseDocument } from 'htmlparser2'
import type { SendMailOptions } from 'nodemailer'
import { siteLanguage } from '../config'
import { t } from '../i18n'

/** A published post as the notice needs it. */
export interface NotifyPost {
  /** The post's feed id (its `feed_id`, else its absolute URL): what the previous feed names it by. */
  id: string
  /** Absolute URL of the post. */
  url: string
  title: string
  summary: string
  /** ISO 8601. */
  publishedAt: string
  /** `notification: false` in the front matter keeps the post out of the mail. */
  notification?: boolean | undefined
}

/** An entry of a feed the blog published. */
export interface FeedEntry {
  /** The entry's id (JSON Feed `id`, RSS `guid`, Atom `id`). */
  id: string
  url: string
  title: string
  summary: string
  /** ISO 8601, or '' when the entry has none. */
  publishedAt: string
}

/** A feed as the blog published it: its home page and its entries. */
export interface FeedDocument {
  /** The site the feed belongs to (JSON Feed `home_page_url`, RSS channel `link`, Atom alternate link), or null. */
  home: string | null
  entries: FeedEntry[]
}

/** What the previously deployed feed listed. */
export interface PreviousFeed {
  /** Ids and URLs of its entries. */
  known: Set<string>
  /** The ids of its entries alone: what survives a move of the site. */
  ids: Set<string>
  /** How many entries it had. */
  count: number
  /** Time of its oldest entry (ms), or null when it had none. */
  oldest: number | null
  /** Time of its newest entry (ms), or null when it had none. */
  newest: number | null
  /** The site it belongs to, or null when it does not say. */
  home: string | null
}

function text(node: Parameters<typeof DomUtils.textContent>[0]): string {
  return DomUtils.textContent(node).trim()
}

/**
 * Reads a feed the blog published (JSON Feed, RSS or Atom), strictly: a document cut short or
 * otherwise not well-formed is refused with `source` and, for XML, the line, since a truncated feed
 * lists fewer posts and every missing one would read as new.
 */
export function readFeed(content: string, source: string): FeedDocument {
  const trimmed = content.trim()
  if (trimmed.startsWith('{')) {
    let feed: {
      version?: unknown
      home_page_url?: unknown
      items?: { id?: unknown; url?: unknown; title?: unknown; summary?: unknown; date_published?: unknown }[]
    }
    try {
      feed = JSON.parse(trimmed) as typeof feed
    } catch (error) {
      throw new Error(
        `${source}: JSON으로 읽을 수 없습니다 (${(error as Error).message}). 받다가 잘린 파일일 수 있습니다. 배포된 feed.json을 다시 받으세요`,
      )
    }
    if (typeof feed.version !== 'string' || !feed.version.startsWith('https://jsonfeed.org/version/'))
      throw new Error(`${source}: JSON Feed가 아닙니다 (version이 https://jsonfeed.org/version/…이 아닙니다)`)
    if (!Array.isArray(feed.items)) throw new Error(`${source}: JSON Feed에 items 목록이 없습니다`)
    const str = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '')
    return {
      home: typeof feed.home_page_url === 'string' ? feed.home_page_url : null,
      entries: feed.items.map((item) => ({
        id: str(item.id),
        url: str(item.url),
        title: str(item.title),
        summary: str(item.summary),
        publishedAt: str(item.date_published),
      })),
    }
  }
  if (trimmed.startsWith('<')) {
    const valid = XMLValidator.validate(trimmed)
    if (valid !== true)
      throw new Error(
        `${source}:${valid.err.line}: XML이 올바르지 않습니다 (${valid.err.msg}). 받다가 잘린 파일일 수 있습니다. 배포된 피드를 다시 받으세요`,
      )
    const doc = parseDocument(trimmed, { xmlMode: true })
    const root = DomUtils.findOne((el) => el.name === 'rss' || el.name === 'feed', doc.children, true)
    if (root === null) throw new Error(`${source}: RSS나 Atom 피드가 아닙니다`)
    const child = (el: (typeof root)['children'][number], name: string) =>
      el.type === 'tag' ? DomUtils.getChildren(el).find((c) => c.type === 'tag' && c.name === name) : undefined
    let home: string | null = null
    if (root.name === 'rss') {
      const channel = DomUtils.getChildren(root).find((c) => c.type === 'tag' && c.name === 'channel')
      const link = channel ? child(channel, 'link') : undefined
      home = link ? text(link) : null
    } else {
      const link = DomUtils.getChildren(root).find(
        (c) => c.type === 'tag' && c.name === 'link' && (c.attribs.rel ?? 'alternate') === 'alternate',
      )
      home = link && link.type === 'tag' ? (link.attribs.href ?? null) : null
    }
    const items = DomUtils.getElementsByTagName((name) => name === 'item' || name === 'entry', root.children, true)
    return {
      home,
      entries: items.map((item) => {
        const field = (...names: string[]) => {
          for (const name of names) {
            const found = child(item, name)
            if (found !== undefined)
              return found.type === 'tag' && name === 'link' && found.attribs.href ? found.attribs.href : text(found)
          }
          return ''
        }
        return {
          id: field('guid', 'id'),
          url: field('link'),
          title: field('title'),
          summary: field('description', 'summary'),
          publishedAt: field('pubDate', 'published'),
        }
      }),
    }
  }
  throw new Error(`${source}: 피드를 읽을 수 없습니다: feed.json, feed.xml이나 atom.xml을 주세요`)
}

/** What the previous feed tells the comparison. */
export function previousFeedOf(feed: FeedDocument): PreviousFeed {
  const known = new Set<string>()
  const ids = new Set<string>()
  const dates: number[] = []
  for (const entry of feed.entries) {
    known.add(entry.id)
    known.add(entry.url)
    if (entry.id !== '') ids.add(entry.id)
    const time = Date.parse(entry.publishedAt.trim())
    if (!Number.isNaN(time)) dates.push(time)
  }
  known.delete('')
  return {
    known,
    ids,
    count: feed.entries.length,
    oldest: dates.length > 0 ? Math.min(...dates) : null,
    newest: dates.length > 0 ? Math.max(...dates) : null,
    home: feed.home,
  }
}

/** Reads a JSON Feed, RSS or Atom document (the blog publishes all three). */
export function readPreviousFeed(content: string, source = '이전 피드'): PreviousFeed {
  return previousFeedOf(readFeed(content, source))
}

/** The site root a home page URL names, for comparing two feeds (`https://a.com/blog/` and `https://a.com/blog`). */
function siteRoot(home: string): string {
  return home.replace(/\/+$/, '')
}

/** How the previous feed relates to what this deploy published: a problem, or the same site, moved or not. */
export type FeedComparison =
  { problem: string; moved?: undefined } | { problem: null; moved: { from: string; to: string } | null }

/**
 * Whether the previous feed can be compared with the feed this deploy published (`built`). It must
 * list at least one post (an empty feed would make every post new) and be this blog's: the same
 * site (domain and base path), or, after a move to another domain or base path, a feed whose post
 * ids this deploy published too. Feed ids stay when the blog moves (feedIdOf in lib/config.ts), so
 * a moved blog is told from another site by its ids, and the posts are matched by id.
 */
export function compareWithPrevious(previous: PreviousFeed, built: FeedDocument): FeedComparison {
  if (built.home === null) return { problem: '이번 배포의 피드가 사이트 주소(home_page_url)를 말하지 않습니다' }
  if (previous.count === 0)
    return {
      problem:
        '이전 피드에 글이 하나도 없습니다. 이대로 비교하면 모든 글이 새 글이 되어 구독자 모두에게 다시 보내집니다. 배포된 피드를 다시 받으세요',
    }
  if (previous.home !== null && siteRoot(previous.home) === siteRoot(built.home)) return { problem: null, moved: null }
  const shared = built.entries.some((entry) => entry.id !== '' && previous.ids.has(entry.id))
  if (previous.home !== null && shared) return { problem: null, moved: { from: previous.home, to: built.home } }
  return {
    problem: `이전 피드가 이 블로그(${built.home})의 것이 아닙니다 (${previous.home ?? '사이트 주소 없음'}): 이번 배포의 글과 피드 id가 하나도 맞지 않습니다. 다른 사이트의 피드를 주었거나, 옮기면서 글 id가 바뀌었습니다 (site.config.mjs의 feedIdBase를 옮기기 전 주소로 두세요, docs/deploy.md)`,
  }
}

/** Why the previous feed cannot be compared with this deploy's (compareWithPrevious), or null when it can. */
export function previousFeedProblem(previous: PreviousFeed, built: FeedDocument): string | null {
  return compareWithPrevious(previous, built).problem
}

/** More new posts than this in one run are sent only with `--yes`: a broken comparison would mail every reader many times. */
export const NOTIFY_LIMIT = 3

/**
 * The posts to announce, oldest first, and those left out by `notification: false`. A post is new
 * when the previous feed names it by neither id nor URL and is no older than the feed's oldest
 * entry: an older post was cut from a full feed (it lists only the newest `feedSize`), or left out
 * of a feed that was cut short, and its readers have seen it. After a move (`moved`), every URL
 * changed, so a post must also be newer than everything the previous feed listed: a post whose id
 * changed in the move is older than that, and is not mailed again.
 */
export function selectNewPosts(
  posts: readonly NotifyPost[],
  previous: PreviousFeed,
  _feedSize: number,
  options: { moved?: boolean } = {},
): { send: NotifyPost[]; excluded: NotifyPost[] } {
  const fresh = posts
    .filter((post) => !previous.known.has(post.id) && !previous.known.has(post.url))
    .filter((post) => previous.oldest === null || Date.parse(post.publishedAt) >= previous.oldest)
    .filter(
      (post) => options.moved !== true || previous.newest === null || Date.parse(post.publishedAt) > previous.newest,
    )
    .sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt))
  return {
    send: fresh.filter((post) => post.notification !== false),
    excluded: fresh.filter((post) => post.notification === false),
  }
}

const ADDRESS = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/

/**
 * Subscriber addresses from a private list: one per line or separated by commas, `#` starts a
 * comment. Repeats (in any letter case) count once. A malformed address is an error naming its line.
 */
export function parseSubscribers(text: string, source: string): string[] {
  const seen = new Map<string, string>()
  text.split('\n').forEach((line, index) => {
    for (const raw of line.replace(/#.*/, '').split(',')) {
      const address = raw.trim()
      if (address === '') continue
      if (!ADDRESS.test(address))
        throw new Error(
          `${source}:${index + 1}: "${address}"는 이메일 주소가 아닙니다. 한 줄에 주소 하나(name@example.com)를 쓰세요`,
        )
      if (!seen.has(address.toLowerCase())) seen.set(address.toLowerCase(), address)
    }
  })
  return [...seen.values()]
}

/** One line of the state file: this post went to this address. */
interface SentRecord {
  post: string
  to: string
  at: string
}

function pairKey(post: string, to: string): string {
  return JSON.stringify([post, to.toLowerCase()])
}

/**
 * The sent (post, recipient) pairs, kept in a JSON Lines file. Each pair is appended and flushed to
 * disk right after the server accepted the message, so a crash loses at most the pair in flight.
 */
export class SentState {
  private readonly sent = new Set<string>()

  constructor(private readonly file: string) {
    if (!existsSync(file)) return
    const content = readFileSync(file, 'utf8')
    const lines = content.split('\n')
    lines.forEach((line, index) => {
      if (line.trim() === '') return
      let record: Partial<SentRecord>
      try {
        record = JSON.parse(line) as Partial<SentRecord>
      } catch {
        // Only the last line can be cut short (a crash while writing it): that send is not counted,
        // and the fragment goes, so the next record starts on a line of its own.
        if (index === lines.length - 1) {
          truncateSync(file, Buffer.byteLength(content) - Buffer.byteLength(line))
          return
        }
        throw new Error(`${file}:${index + 1}: 상태 파일의 이 줄을 읽을 수 없습니다. 손으로 고친 줄이면 되돌리세요`)
      }
      if (typeof record.post === 'string' && typeof record.to === 'string')
        this.sent.add(pairKey(record.post, record.to))
    })
  }

  has(post: string, to: string): boolean {
    return this.sent.has(pairKey(post, to))
  }

  get size(): number {
    return this.sent.size
  }

  record(post: string, to: string, at = new Date()): void {
    const fd = openSync(this.file, 'a')
    try {
      appendFileSync(fd, `${JSON.stringify({ post, to, at: at.toISOString() } satisfies SentRecord)}\n`)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    this.sent.add(pairKey(post, to))
  }
}

export interface MessageOptions {
  siteName: string
  /** `"블로그 <blog@example.com>"` or an address. */
  from: string
  /** A mailto: or https: address where a reader asks to stop (the List-Unsubscribe header). */
  unsubscribe: string
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/**
 * One notice to one reader: plain text and HTML with the title, summary and link, a
 * List-Unsubscribe header, and a Message-ID fixed by the pair (a resend after a lost confirmation
 * is the same message to mail software). nodemailer writes the Korean in UTF-8 (RFC 2047 in the
 * subject, quoted-printable or base64 in the body).
 */
export function composeMessage(post: NotifyPost, to: string, options: MessageOptions): SendMailOptions {
  const host = new URL(post.url).hostname
  const text = [
    post.title,
    '',
    post.summary,
    '',
    t.notifyRead(post.url),
    '',
    '--',
    t.notifyFooter(options.siteName),
    t.notifyStop(options.unsubscribe),
    '',
  ].join('\n')
  const html = [
    '<!doctype html>',
    `<html lang="${siteLanguage}"><head><meta charset="utf-8"><title>${escapeHtml(post.title)}</title></head><body>`,
    `<h1><a href="${escapeHtml(post.url)}">${escapeHtml(post.title)}</a></h1>`,
    `<p>${escapeHtml(post.summary)}</p>`,
    `<p><a href="${escapeHtml(post.url)}">${escapeHtml(t.notifyReadLink)}</a></p>`,
    `<hr><p>${escapeHtml(t.notifyFooter(options.siteName))} <a href="${escapeHtml(options.unsubscribe)}">${escapeHtml(t.unsubscribe)}</a></p>`,
    '</body></html>',
  ].join('\n')
  return {
    from: options.from,
    to,
    subject: `[${options.siteName}] ${post.title}`,
    text,
    html,
    textEncoding: 'base64',
    messageId: `<notify-${shortHash(post.id)}-${shortHash(to.toLowerCase())}@${host}>`,
    list: { unsubscribe: options.unsubscribe },
  }
}

/** What sends a message: a nodemailer transport, or anything with its `sendMail`. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>
}

export interface NotifyRun {
  posts: readonly NotifyPost[]
  subscribers: readonly string[]
  message: MessageOptions
  /** Null for a dry run: nothing is sent and the state is not touched. */
  transport: MailTransport | null
  state: SentState | null
  log?: (line: string) => void
}

/**
 * Sends each post to each subscriber not yet in the state, one message per reader (no shared
 * recipient list), recording each pair as soon as the server accepted it. The first failure stops
 * the run: what was sent is recorded, and the rerun continues from there.
 */
export async function sendNotices(run: NotifyRun): Promise<{ sent: number; alreadySent: number }> {
  const log = run.log ?? (() => undefined)
  let sent = 0
  let alreadySent = 0
  for (const post of run.posts) {
    log(`새 글: ${post.title} (${post.url})`)
    for (const to of run.subscribers) {
      if (run.state?.has(post.id, to)) {
        alreadySent += 1
        continue
      }
      if (run.transport === null) continue
      await run.transport.sendMail(composeMessage(post, to, run.message))
      run.state?.record(post.id, to)
      sent += 1
    }
  }
  return { sent, alreadySent }
}

/** The List-Unsubscribe target: NOTIFY_UNSUBSCRIBE, else a mail to the subscription address or the sender. */
export function unsubscribeTarget(env: Readonly<Record<string, string | undefined>>, from: string): string {
  const explicit = (env.NOTIFY_UNSUBSCRIBE ?? '').trim()
  if (explicit !== '') {
    if (!/^(mailto:|https:\/\/)/.test(explicit))
      throw new Error(`NOTIFY_UNSUBSCRIBE="${explicit}"는 mailto: 나 https:// 주소여야 합니다`)
    return explicit
  }
  const address = (env.SUBSCRIBE_EMAIL ?? '').trim() || (from.match(/<([^>]+)>/)?.[1] ?? from).trim()
  return `mailto:${address}?subject=${encodeURIComponent(t.unsubscribe)}`
}
