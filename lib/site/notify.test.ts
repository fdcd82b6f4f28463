import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { createTransport } from 'nodemailer'
import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  compareWithPrevious,
  composeMessage,
  parseSubscribers,
  previousFeedProblem,
  readFeed,
  readPreviousFeed,
  selectNewPosts,
  sendNotices,
  SentState,
  unsubscribeTarget,
  type NotifyPost,
} from './notify'

/** A real SMTP server on loopback (no TLS, password login), keeping every message it accepted. */
class LocalSmtp {
  readonly received: { envelopeTo: string[]; raw: string; mail: ParsedMail }[] = []
  /** Accept this many more messages, then refuse every one (a server falling over mid-run). */
  acceptBudget = Number.POSITIVE_INFINITY
  private server: SMTPServer
  port = 0

  constructor() {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === 'notifier' && auth.password === '비밀번호') callback(null, { user: 'notifier' })
        else callback(new Error('bad login'))
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          if (this.acceptBudget <= 0) {
            callback(Object.assign(new Error('451 서버가 잠시 멈췄습니다'), { responseCode: 451 }))
            return
          }
          this.acceptBudget -= 1
          const raw = Buffer.concat(chunks).toString('utf8')
          simpleParser(raw).then(
            (mail) => {
              this.received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, mail })
              callback()
            },
            (error: Error) => callback(error),
          )
        })
      },
    })
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.port = (this.server.server.address() as AddressInfo).port
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(resolve))
  }

  transport() {
    return createTransport({
      host: '127.0.0.1',
      port: this.port,
      secure: false,
      ignoreTLS: true,
      auth: { user: 'notifier', pass: '비밀번호' },
    })
  }
}

const SITE = 'https://blog.example.com'
const post = (slug: string, publishedAt: string, extra: Partial<NotifyPost> = {}): NotifyPost => ({
  id: `${SITE}/${slug}/`,
  url: `${SITE}/${slug}/`,
  title: `쿠버네티스 비용 줄이기: ${slug}`,
  summary: '노드를 덜 쓰고 더 많이 배운 이야기 — 요약입니다.',
  publishedAt,
  ...extra,
})
const MESSAGE = {
  siteName: '메가존 기술 블로그',
  from: '기술 블로그 <blog@example.com>',
  unsubscribe: 'mailto:blog@example.com?subject=%EA%B5%AC%EB%8F%85%20%ED%95%B4%EC%A7%80',
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'notify-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readPreviousFeed and selectNewPosts', () => {
  const old = post('old', '2024-01-01T09:00:00+09:00')
  const kept = post('kept', '2024-02-01T09:00:00+09:00', { id: 'https://old.example.com/2024/02/01/kept.html' })
  const fresh = post('fresh', '2024-03-01T09:00:00+09:00')
  const silent = post('silent', '2024-03-02T09:00:00+09:00', { notification: false })

  it('reads ids and URLs from JSON Feed, RSS and Atom alike', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      home_page_url: `${SITE}/`,
      items: [{ id: kept.id, url: kept.url, date_published: kept.publishedAt }],
    })
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><link>${SITE}/</link><item><guid isPermaLink="false">${kept.id}</guid><link>${kept.url}</link><pubDate>Thu, 01 Feb 2024 00:00:00 GMT</pubDate></item></channel></rss>`
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="${SITE}/atom.xml"/><link href="${SITE}/"/><entry><id>${kept.id}</id><link href="${kept.url}"/><published>${kept.publishedAt}</published></entry></feed>`
    for (const text of [json, rss, atom]) {
      const feed = readPreviousFeed(text)
      expect(feed.known).toEqual(new Set([kept.id, kept.url]))
      expect(feed.count).toBe(1)
      expect(feed.oldest).toBe(Date.parse(kept.publishedAt))
      expect(feed.home).toBe(`${SITE}/`)
    }
    expect(() => readPreviousFeed('not a feed')).toThrow('피드를 읽을 수 없습니다')
  })

  const jsonFeed = (items: object[], home = `${SITE}/`) =>
    JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', home_page_url: home, items })

  it('announces posts the previous feed did not list, oldest first, and leaves out notification: false', () => {
    const previous = readPreviousFeed(jsonFeed([{ id: kept.id, url: kept.url, date_published: kept.publishedAt }]))
    const { send, excluded } = selectNewPosts([silent, fresh, kept, old], previous, 20)
    // `old` is older than anything the feed listed: readers saw it before that feed, it is not new.
    expect(send.map((p) => p.url)).toEqual([fresh.url])
    expect(excluded.map((p) => p.url)).toEqual([silent.url])
  })

  it('does not take a post cut from a full feed for a new one', () => {
    const previous = readPreviousFeed(jsonFeed([{ id: kept.id, date_published: kept.publishedAt }]))
    expect(selectNewPosts([old, kept, fresh], previous, 1).send.map((p) => p.url)).toEqual([fresh.url])
  })

  it('refuses a feed cut short while downloading, or not well-formed, naming the file and line', () => {
    const whole = jsonFeed([{ id: kept.id, date_published: kept.publishedAt }])
    expect(() => readFeed(whole.slice(0, 80), 'previous-feed.json')).toThrow(
      /^previous-feed\.json: JSON으로 읽을 수 없습니다.*잘린 파일/,
    )
    const rss = `<?xml version="1.0"?>\n<rss version="2.0"><channel><link>${SITE}/</link>\n<item><guid>${kept.id}</guid></item>\n<item><guid>${old.id}</guid>`
    expect(() => readFeed(rss, 'feed.xml')).toThrow(/^feed\.xml:\d+: XML이 올바르지 않습니다/)
    expect(() => readFeed(`<rss><channel><item><title>a & b</title></item></channel></rss>`, 'feed.xml')).toThrow(
      'XML이 올바르지 않습니다',
    )
    expect(() => readFeed('{"items": []}', 'x.json')).toThrow('JSON Feed가 아닙니다')
  })

  it('refuses a feed of another site or one with no posts; a moved site is matched by its feed ids', () => {
    const built = readFeed(jsonFeed([{ id: kept.id, url: kept.url, date_published: kept.publishedAt }]), 'built')
    const ours = readPreviousFeed(jsonFeed([{ id: kept.id, date_published: kept.publishedAt }]))
    expect(compareWithPrevious(ours, built)).toEqual({ problem: null, moved: null })
    expect(previousFeedProblem(ours, { ...built, home: SITE })).toBeNull()
    const other = readPreviousFeed(jsonFeed([{ id: 'x' }], 'https://evil.example/'))
    expect(previousFeedProblem(other, built)).toContain('이 블로그(https://blog.example.com/)의 것이 아닙니다')
    expect(previousFeedProblem(other, built)).toContain('피드 id가 하나도 맞지 않습니다')
    // Moved under a base path: the ids stayed, so it is the same blog, compared by id.
    expect(compareWithPrevious(ours, { ...built, home: `${SITE}/blog/` })).toEqual({
      problem: null,
      moved: { from: `${SITE}/`, to: `${SITE}/blog/` },
    })
    expect(previousFeedProblem(readPreviousFeed(jsonFeed([])), built)).toContain('글이 하나도 없습니다')
  })

  it('after a move, announces only posts newer than everything the previous feed listed', () => {
    const previous = readPreviousFeed(jsonFeed([{ id: kept.id, date_published: kept.publishedAt }]))
    const renamed = { ...old, id: 'https://old.example/renamed/', publishedAt: kept.publishedAt }
    expect(selectNewPosts([kept, renamed, fresh], previous, 20, { moved: true }).send.map((p) => p.url)).toEqual([
      fresh.url,
    ])
    expect(selectNewPosts([kept, renamed], previous, 20, { moved: true }).send).toEqual([])
  })
})

describe('parseSubscribers', () => {
  it('reads one address per line or comma-separated, skips comments, counts repeats once', () => {
    expect(parseSubscribers('# 구독자\na@example.com, b@example.com\n\nA@Example.com # again\n', 'list.txt')).toEqual([
      'a@example.com',
      'b@example.com',
    ])
  })
  it('names the line of an address that is not one', () => {
    expect(() => parseSubscribers('a@example.com\n홍길동\n', 'list.txt')).toThrow(
      'list.txt:2: "홍길동"는 이메일 주소가 아닙니다',
    )
  })
})

describe('unsubscribeTarget', () => {
  it('prefers NOTIFY_UNSUBSCRIBE, then the subscription address, then the sender', () => {
    expect(unsubscribeTarget({ NOTIFY_UNSUBSCRIBE: 'https://blog.example.com/subscribe/' }, 'x@example.com')).toBe(
      'https://blog.example.com/subscribe/',
    )
    expect(unsubscribeTarget({ SUBSCRIBE_EMAIL: 'sub@example.com' }, 'x@example.com')).toBe(
      'mailto:sub@example.com?subject=%EA%B5%AC%EB%8F%85%20%ED%95%B4%EC%A7%80',
    )
    expect(unsubscribeTarget({}, '블로그 <blog@example.com>')).toMatch(/^mailto:blog@example\.com\?/)
    expect(() => unsubscribeTarget({ NOTIFY_UNSUBSCRIBE: 'javascript:alert(1)' }, 'x@example.com')).toThrow(
      'NOTIFY_UNSUBSCRIBE',
    )
  })
})

describe('SentState', () => {
  it('survives a line cut short by a crash and starts the next record on a new line', () => {
    const file = path.join(dir, 'state.jsonl')
    writeFileSync(file, `${JSON.stringify({ post: 'p1', to: 'a@example.com', at: '' })}\n{"post":"p2","to`)
    const state = new SentState(file)
    expect(state.has('p1', 'A@example.com')).toBe(true)
    expect(state.has('p2', 'a@example.com')).toBe(false)
    state.record('p2', 'a@example.com')
    expect(new SentState(file).has('p2', 'a@example.com')).toBe(true)
    expect(
      readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { post: string }).post),
    ).toEqual(['p1', 'p2'])
  })
})

describe('sending over SMTP to a local server', () => {
  const smtp = new LocalSmtp()
  beforeAll(() => smtp.start())
  afterAll(() => smtp.stop())
  beforeEach(() => {
    smtp.received.length = 0
    smtp.acceptBudget = Number.POSITIVE_INFINITY
  })

  const subscribers = ['first@example.com', 'second@example.com', 'third@example.com']
  const posts = [post('one', '2024-03-01T09:00:00+09:00'), post('two', '2024-03-02T09:00:00+09:00')]

  it('sends one message per post per subscriber, each to that reader alone, in Korean that survives the trip', async () => {
    const state = new SentState(path.join(dir, 'state.jsonl'))
    const result = await sendNotices({ posts, subscribers, message: MESSAGE, transport: smtp.transport(), state })
    expect(result).toEqual({ sent: 6, alreadySent: 0 })
    expect(smtp.received).toHaveLength(6)
    for (const { envelopeTo, mail, raw } of smtp.received) {
      expect(envelopeTo).toHaveLength(1)
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((v) => v.address) : []).toEqual(envelopeTo)
      expect(mail.bcc).toBeUndefined()
      expect(mail.cc).toBeUndefined()
      expect(mail.subject).toMatch(/^\[메가존 기술 블로그\] 쿠버네티스 비용 줄이기: (one|two)$/)
      // On the wire: headers in ASCII (RFC 2047 encoded-words), parts declared UTF-8.
      const head = raw.slice(0, raw.indexOf('\r\n\r\n'))
      expect(head).toMatch(/^[\x20-\x7e\r\n\t]*$/)
      expect(head).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m)
      expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/)
      expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/)
      // Folded onto a continuation line (RFC 5322 allows it), as long as the value is whole.
      expect(head.replace(/\r\n[ \t]+/g, ' ')).toContain(`\r\nList-Unsubscribe: <${MESSAGE.unsubscribe}>`)
      expect(mail.headers.get('list')).toEqual({
        unsubscribe: { mail: 'blog@example.com?subject=%EA%B5%AC%EB%8F%85%20%ED%95%B4%EC%A7%80' },
      })
      expect(mail.text).toContain('노드를 덜 쓰고 더 많이 배운 이야기 — 요약입니다.')
      expect(mail.text).toMatch(/읽기: https:\/\/blog\.example\.com\/(one|two)\//)
      expect(mail.html).toContain('<a href="https://blog.example.com/')
      expect(mail.html).toContain('쿠버네티스 비용 줄이기')
      expect(mail.from?.value[0]?.address).toBe('blog@example.com')
      expect(mail.messageId).toMatch(/^<notify-[0-9a-f]{16}-[0-9a-f]{16}@blog\.example\.com>$/)
    }
    const pairs = smtp.received.map((r) => `${r.mail.subject?.split(': ')[1]} ${r.envelopeTo[0]}`).sort()
    expect(new Set(pairs).size).toBe(6)
  })

  it('after a failure mid-way, a rerun sends exactly the rest: nothing twice, nothing less', async () => {
    const file = path.join(dir, 'state.jsonl')
    smtp.acceptBudget = 4
    await expect(
      sendNotices({ posts, subscribers, message: MESSAGE, transport: smtp.transport(), state: new SentState(file) }),
    ).rejects.toThrow()
    expect(smtp.received).toHaveLength(4)
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(4)

    smtp.acceptBudget = Number.POSITIVE_INFINITY
    // A fresh process: only the state file carries over.
    const rerun = await sendNotices({
      posts,
      subscribers,
      message: MESSAGE,
      transport: smtp.transport(),
      state: new SentState(file),
    })
    expect(rerun).toEqual({ sent: 2, alreadySent: 4 })
    const pairs = smtp.received.map((r) => `${r.mail.messageId}`)
    expect(pairs).toHaveLength(6)
    expect(new Set(pairs).size).toBe(6)

    // And once more: all sent, nothing goes out.
    const third = await sendNotices({
      posts,
      subscribers,
      message: MESSAGE,
      transport: smtp.transport(),
      state: new SentState(file),
    })
    expect(third).toEqual({ sent: 0, alreadySent: 6 })
    expect(smtp.received).toHaveLength(6)
  })

  it('a dry run sends nothing and writes no state', async () => {
    const lines: string[] = []
    const result = await sendNotices({
      posts,
      subscribers,
      message: MESSAGE,
      transport: null,
      state: null,
      log: (line) => lines.push(line),
    })
    expect(result).toEqual({ sent: 0, alreadySent: 0 })
    expect(lines).toEqual([
      `새 글: ${posts[0]?.title} (${posts[0]?.url})`,
      `새 글: ${posts[1]?.title} (${posts[1]?.url})`,
    ])
    expect(smtp.received).toEqual([])
  })

  it('a post with notification: false never reaches the server', async () => {
    const previous = readPreviousFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] }))
    const { send } = selectNewPosts(
      [...posts, post('quiet', '2024-03-03T09:00:00+09:00', { notification: false })],
      previous,
      20,
    )
    await sendNotices({
      posts: send,
      subscribers,
      message: MESSAGE,
      transport: smtp.transport(),
      state: new SentState(path.join(dir, 's.jsonl')),
    })
    expect(smtp.received).toHaveLength(6)
    expect(smtp.received.some((r) => r.mail.subject?.includes('quiet'))).toBe(false)
  })

  it('composes the HTML part with every value escaped', () => {
    const message = composeMessage(
      post('x', '2024-01-01T00:00:00Z', { title: '<script>알림</script>' }),
      'a@example.com',
      MESSAGE,
    )
    expect(message.html).toContain('&lt;script&gt;알림&lt;/script&gt;')
    expect(message.html).not.toContain('<script>')
  })
})
