import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeUrlPath } from '../lib/config'
import { tsxCommand } from '../pipeline/processes/commands'

/**
 * `npm run notify` as the deploy runs it, against the posts Contentlayer last generated (the real
 * blog after `npm run typecheck` or a build) and a real SMTP server on loopback: the maintainer
 * publishes a post and sees one e-mail per subscriber, and none on a rerun.
 */
type GeneratedPost = {
  title: string
  url: string
  date?: string
  publishedAt: string
  isDraft: boolean
  notification?: boolean
}

const SITE_URL = 'https://blog.example.com'
const posts = JSON.parse(readFileSync('.contentlayer/generated/Post/_index.json', 'utf8')) as GeneratedPost[]
const now = Date.now()
const announceable = posts
  .filter((post) => !post.isDraft && Date.parse(post.publishedAt) <= now && post.notification !== false)
  .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
const newest = announceable[0]
/** Published posts that say `notification: false` (the fixture blog has one): new, but never mailed. */
const quiet = posts.filter(
  (post) => !post.isDraft && Date.parse(post.publishedAt) <= now && post.notification === false,
)
const absolute = (post: GeneratedPost) => `${SITE_URL}${encodeUrlPath(post.url)}`

const item = (post: GeneratedPost) => ({
  id: absolute(post),
  url: absolute(post),
  title: post.title,
  summary: '요약',
  date_published: post.publishedAt,
})
function jsonFeed(site: string, items: object[]): string {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', home_page_url: `${site}/`, items })
}

const received: ParsedMail[] = []
const server = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  authOptional: true,
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream).then(
      (mail) => {
        received.push(mail)
        callback()
      },
      (error: Error) => callback(error),
    )
  },
})
let port = 0
let dir = ''

/**
 * The command's file options, each a file in the test folder: `--previous-feed` always, the others
 * where given (without `built`, notify() adds this deploy's feed).
 */
function files(names: { previous: string; built?: string; subscribers?: string; state?: string }): string[] {
  const flags = { previous: '--previous-feed', built: '--built-feed', subscribers: '--subscribers', state: '--state' }
  return Object.entries(names).flatMap(([name, file]) => [flags[name as keyof typeof flags], path.join(dir, file)])
}

function notify(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const built = args.includes('--built-feed') ? [] : ['--built-feed', path.join(dir, 'built.json')]
    const child = spawn(...tsxCommand('scripts/notify.ts', [...args, ...built]), {
      env: {
        ...process.env,
        SITE_URL,
        BASE_PATH: '',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(port),
        SMTP_FROM: '기술 블로그 <blog@example.com>',
        ...env,
      },
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (status) => resolve({ status, output }))
  })
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.server.address() as AddressInfo).port
  dir = mkdtempSync(path.join(tmpdir(), 'notify-cli-'))
  const published = posts.filter((post) => !post.isDraft && Date.parse(post.publishedAt) <= now)
  // The feed this deploy published, and the feed before the newest post (and any quiet one) was
  // published: every other post.
  writeFileSync(path.join(dir, 'built.json'), jsonFeed(SITE_URL, published.map(item)))
  writeFileSync(
    path.join(dir, 'previous.json'),
    jsonFeed(SITE_URL, published.filter((post) => post !== newest && !quiet.includes(post)).map(item)),
  )
  writeFileSync(
    path.join(dir, 'subscribers.txt'),
    '# 구독자\nfirst@example.com\nsecond@example.com, first@example.com\n',
  )
})
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  rmSync(dir, { recursive: true, force: true })
})

describe.runIf(newest !== undefined)('npm run notify', () => {
  it('--dry-run prints the new post and sends nothing', async () => {
    const result = await notify([
      '--previous-feed',
      path.join(dir, 'previous.json'),
      '--dry-run',
      '--subscribers',
      path.join(dir, 'subscribers.txt'),
    ])
    expect(result.status, result.output).toBe(0)
    expect(result.output).toContain(`새 글: ${newest?.title}`)
    expect(result.output).toContain('글 1개 × 구독자 2명, 보내지 않았습니다')
    expect(received).toEqual([])
  })

  it('sends exactly one e-mail per subscriber, and none on a rerun', async () => {
    const args = files({ previous: 'previous.json', subscribers: 'subscribers.txt', state: 'sent.jsonl' })
    const first = await notify(args)
    expect(first.status, first.output).toBe(0)
    expect(first.output).toContain('보냄: 2통, 이미 보낸 것: 0통')
    for (const post of quiet) expect(first.output).toContain(`알리지 않음 (notification: false): ${post.title}`)
    expect(received.map((mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : '')).sort()).toEqual([
      'first@example.com',
      'second@example.com',
    ])
    for (const mail of received) {
      expect(mail.subject).toContain(newest?.title)
      expect(mail.text).toContain(absolute(newest as GeneratedPost))
    }
    const again = await notify(args)
    expect(again.status, again.output).toBe(0)
    expect(again.output).toContain('보냄: 0통, 이미 보낸 것: 2통')
    expect(received).toHaveLength(2)
  })

  it('refuses to run without subscribers rather than report success', async () => {
    const result = await notify(
      ['--previous-feed', path.join(dir, 'previous.json'), '--state', path.join(dir, 'empty.jsonl')],
      { NOTIFY_SUBSCRIBERS: '' },
    )
    expect(result.status).toBe(1)
    expect(result.output).toContain('구독자가 없습니다')
  })

  it('refuses a subscriber list inside the repository', async () => {
    const result = await notify([
      '--previous-feed',
      path.join(dir, 'previous.json'),
      '--dry-run',
      '--subscribers',
      'package.json',
    ])
    expect(result.status).toBe(1)
    expect(result.output).toContain('구독자 목록 package.json이(가) 저장소 안에 있습니다')
  })

  it('after a move to another domain and base path, matches the posts by feed id and sends nothing', async () => {
    // The blog's feed as a deploy at each address publishes it (the build's own feed code).
    const render = (env: Record<string, string>) => {
      const result = spawnSync(...tsxCommand('scripts/test-support/render-site-feed.ts'), {
        encoding: 'utf8',
        env: { ...process.env, SITE_FEED_ID_BASE: '', ...env },
      })
      expect(result.status, result.stderr).toBe(0)
      return result.stdout
    }
    const before = render({ SITE_URL, BASE_PATH: '' })
    const after = render({ SITE_URL: 'https://tech.example.org', BASE_PATH: '/blog' })
    writeFileSync(path.join(dir, 'before-move.json'), before)
    writeFileSync(path.join(dir, 'after-move.json'), after)
    type Items = { items: { id: string; url: string; title: string; date_published: string }[] }
    const [old, moved] = [JSON.parse(before) as Items, JSON.parse(after) as Items]
    // The addresses moved; the ids readers hold did not.
    expect(moved.items.map((entry) => entry.id)).toEqual(old.items.map((entry) => entry.id))
    expect(old.items.length).toBeGreaterThan(0)
    expect(moved.items.map((entry) => entry.url)).toEqual(
      old.items.map((entry) => entry.url.replace(`${SITE_URL}/`, 'https://tech.example.org/blog/')),
    )

    const mailsBefore = received.length
    const result = await notify(
      files({
        previous: 'before-move.json',
        built: 'after-move.json',
        subscribers: 'subscribers.txt',
        state: 'moved.jsonl',
      }),
    )
    expect(result.status, result.output).toBe(0)
    expect(result.output).toContain(
      '사이트 주소가 바뀌었습니다 (이전 https://blog.example.com/ → 지금 https://tech.example.org/blog/): 글은 피드 id로 맞춰 보았고, 새 글이 없습니다',
    )
    expect(received).toHaveLength(mailsBefore)

    // The first deploy at the new address also publishes the newest post(s): they alone go, once to
    // each reader (a post with notification: false excepted).
    const cut = Date.parse(newest!.publishedAt)
    const rest = old.items.filter((entry) => Date.parse(entry.date_published) < cut)
    const announced = moved.items.filter(
      (entry) => Date.parse(entry.date_published) >= cut && !quiet.some((post) => post.title === entry.title),
    )
    expect(announced.length).toBeGreaterThan(0)
    writeFileSync(path.join(dir, 'before-move-post.json'), jsonFeed(SITE_URL, rest))
    const withPost = await notify([
      ...files({
        previous: 'before-move-post.json',
        built: 'after-move.json',
        subscribers: 'subscribers.txt',
        state: 'moved.jsonl',
      }),
      '--yes',
    ])
    expect(withPost.status, withPost.output).toBe(0)
    expect(withPost.output).toContain(
      `보냄: ${announced.length * 2}통, 이미 보낸 것: 0통 (글 ${announced.length}개 × 구독자 2명)`,
    )
    const links = received.slice(mailsBefore).map((mail) => announced.find((entry) => mail.text?.includes(entry.url)))
    expect(links).toHaveLength(announced.length * 2)
    expect(links.every((entry) => entry !== undefined)).toBe(true)
  })

  it('refuses a previous feed cut short, of another site, or with no posts, and sends nothing', async () => {
    const whole = readFileSync(path.join(dir, 'previous.json'), 'utf8')
    writeFileSync(path.join(dir, 'cut.json'), whole.slice(0, Math.floor(whole.length / 2)))
    // Another blog's posts have ids of their own; ids that changed in a move cannot be matched either.
    const elsewhere = (JSON.parse(whole) as { items: { id: string; url: string }[] }).items.map((entry) => ({
      ...entry,
      id: entry.id.replace(SITE_URL, 'https://other.example'),
      url: entry.url.replace(SITE_URL, 'https://other.example'),
    }))
    writeFileSync(path.join(dir, 'other.json'), jsonFeed('https://other.example', elsewhere))
    writeFileSync(path.join(dir, 'renamed.json'), jsonFeed(`${SITE_URL}/blog`, elsewhere))
    writeFileSync(path.join(dir, 'none.json'), jsonFeed(SITE_URL, []))
    const before = received.length
    for (const [file, says] of [
      ['cut.json', '잘린 파일'],
      ['other.json', '이 블로그(https://blog.example.com/)의 것이 아닙니다'],
      ['renamed.json', '피드 id가 하나도 맞지 않습니다'],
      ['none.json', '글이 하나도 없습니다'],
    ] as const) {
      const result = await notify(files({ previous: file, subscribers: 'subscribers.txt', state: `${file}.jsonl` }))
      expect(result.status, result.output).toBe(1)
      expect(result.output).toContain(says)
      expect(result.output).toContain('아무것도 보내지 않았습니다')
    }
    expect(received).toHaveLength(before)
  })

  it('sends more than a few posts at once only with --yes, and a second run sends nothing', async () => {
    const base = Date.parse('2030-01-01T09:00:00+09:00')
    const entries = [0, 1, 2, 3, 4].map((n) => ({
      id: `${SITE_URL}/batch-${n}/`,
      url: `${SITE_URL}/batch-${n}/`,
      title: `묶음 글 ${n}`,
      summary: '요약',
      date_published: new Date(base + n * 86_400_000).toISOString(),
    }))
    writeFileSync(path.join(dir, 'batch-built.json'), jsonFeed(SITE_URL, entries))
    writeFileSync(path.join(dir, 'batch-previous.json'), jsonFeed(SITE_URL, entries.slice(0, 1)))
    const args = files({
      previous: 'batch-previous.json',
      built: 'batch-built.json',
      subscribers: 'subscribers.txt',
      state: 'batch.jsonl',
    })
    const before = received.length
    const refused = await notify(args)
    expect(refused.status, refused.output).toBe(1)
    expect(refused.output).toContain('새 글 4개를 한 번에 알리려 합니다')
    expect(refused.output).toContain('묶음 글 4')
    expect(received).toHaveLength(before)
    const sent = await notify([...args, '--yes'])
    expect(sent.status, sent.output).toBe(0)
    expect(received).toHaveLength(before + 8)
    const again = await notify([...args, '--yes'])
    expect(again.output).toContain('보냄: 0통, 이미 보낸 것: 8통')
    expect(received).toHaveLength(before + 8)
  })
})
