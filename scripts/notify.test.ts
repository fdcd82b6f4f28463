import { spawn } from 'node:child_process'
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

function notify(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(...tsxCommand('scripts/notify.ts', args), {
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
  // The feed before the newest post (and any quiet one) was published: every other post.
  const previous = {
    version: 'https://jsonfeed.org/version/1.1',
    items: posts
      .filter((post) => post !== newest && !quiet.includes(post))
      .map((post) => ({ id: absolute(post), url: absolute(post) })),
  }
  writeFileSync(path.join(dir, 'previous.json'), JSON.stringify(previous))
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
    const args = [
      '--previous-feed',
      path.join(dir, 'previous.json'),
      '--subscribers',
      path.join(dir, 'subscribers.txt'),
      '--state',
      path.join(dir, 'sent.jsonl'),
    ]
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
})
