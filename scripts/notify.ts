// npm run notify -- --previous-feed <file-or-URL> [--built-feed <file>] [--yes] [--dry-run]
//                   [--subscribers <file>] [--state <file>]
//
// Mails each subscriber once about each post published since the previously deployed feed
// (lib/site/notify.ts). Run after the build and the deploy, with the feed that was live before it:
// the posts and their ids come from the feed this deploy published (--built-feed, out/feed.json),
// not from today's environment, so both sides name posts the same way. A previous feed that is not
// well-formed, is another site's or lists no post is refused, and more than NOTIFY_LIMIT posts at
// once need --yes. After a move to another domain or base path the posts are matched by their feed
// ids, which the move keeps: a moved site with no new post sends nothing. The subscriber list is private: NOTIFY_SUBSCRIBERS
// (addresses separated by commas or new lines) or a file outside the repository given by
// --subscribers / NOTIFY_SUBSCRIBERS_FILE. SMTP: SMTP_HOST, SMTP_PORT (587; 465 means TLS from the
// start), SMTP_USER, SMTP_PASSWORD, SMTP_FROM. The state file (--state / NOTIFY_STATE_FILE) lists
// what was sent; keep it between runs (the deploy workflow keeps it in the Actions cache).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createTransport } from 'nodemailer'
import { getPublishedPosts } from '../lib/content'
import { FEED_SIZE } from '../lib/site/feeds'
import { site } from '../lib/config'
import {
  NOTIFY_LIMIT,
  parseSubscribers,
  compareWithPrevious,
  previousFeedOf,
  readFeed,
  selectNewPosts,
  sendNotices,
  SentState,
  unsubscribeTarget,
  type FeedDocument,
  type NotifyPost,
} from '../lib/site/notify'

const USAGE =
  '사용법: npm run notify -- --previous-feed <파일이나 URL> [--built-feed <파일>] [--yes] [--dry-run] [--subscribers <파일>] [--state <파일>]'

/** A private file must live outside the repository (and so outside out/), where no commit or deploy can take it. */
function outsideRepository(file: string, what: string): string {
  const full = path.resolve(file)
  const relative = path.relative(process.cwd(), full)
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new Error(
      `${what} ${file}이(가) 저장소 안에 있습니다. 커밋되거나 out/으로 배포되지 않도록 저장소 밖(예: $RUNNER_TEMP)에 두세요`,
    )
  }
  return full
}

async function fetchFeed(source: string): Promise<string> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source)
    if (!response.ok) throw new Error(`--previous-feed ${source}: HTTP ${response.status}`)
    return response.text()
  }
  return readFileSync(source, 'utf8')
}

function readSubscribers(option: string | undefined): string[] {
  const file = option ?? process.env.NOTIFY_SUBSCRIBERS_FILE
  if (file) return parseSubscribers(readFileSync(outsideRepository(file, '구독자 목록'), 'utf8'), file)
  return parseSubscribers(process.env.NOTIFY_SUBSCRIBERS ?? '', 'NOTIFY_SUBSCRIBERS')
}

function required(name: string): string {
  const value = (process.env[name] ?? '').trim()
  if (value === '')
    throw new Error(`${name} 환경 변수가 없습니다 (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM)`)
  return value
}

/**
 * The posts as this deploy published them: the entries of its feed, keyed by their feed id. Whether
 * a post asked for no mail (`notification: false`) is read from the post with the same path.
 */
function publishedPosts(built: FeedDocument): NotifyPost[] {
  const quiet = new Set(getPublishedPosts().flatMap((post) => (post.notification === false ? [post.url] : [])))
  const root = built.home === null ? '' : new URL(built.home).pathname.replace(/\/$/, '')
  return built.entries.map((entry) => {
    let sitePath = ''
    try {
      sitePath = decodeURI(new URL(entry.url).pathname).slice(root.length)
    } catch {
      sitePath = ''
    }
    return {
      id: entry.id || entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      publishedAt: entry.publishedAt,
      notification: quiet.has(sitePath) ? false : undefined,
    }
  })
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'previous-feed': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      subscribers: { type: 'string' },
      state: { type: 'string' },
      'built-feed': { type: 'string' },
      yes: { type: 'boolean', default: false },
    },
  })
  const feedSource = values['previous-feed']
  if (!feedSource) throw new Error(`--previous-feed가 없습니다. ${USAGE}`)
  const dryRun = values['dry-run'] === true
  const builtSource = values['built-feed'] ?? path.join(process.env.OUT_DIR ?? 'out', 'feed.json')
  let builtText: string
  try {
    builtText = readFileSync(builtSource, 'utf8')
  } catch {
    throw new Error(`이번 배포의 피드 ${builtSource}이(가) 없습니다. 빌드한 뒤 실행하거나 --built-feed로 주세요`)
  }
  const built = readFeed(builtText, builtSource)
  let previous: ReturnType<typeof previousFeedOf>
  try {
    previous = previousFeedOf(readFeed(await fetchFeed(feedSource), feedSource))
  } catch (error) {
    throw new Error(`${(error as Error).message}. 아무것도 보내지 않았습니다`)
  }
  const comparison = compareWithPrevious(previous, built)
  if (comparison.problem !== null) throw new Error(`${feedSource}: ${comparison.problem}. 아무것도 보내지 않았습니다`)
  const moved = comparison.moved
  const { send, excluded } = selectNewPosts(publishedPosts(built), previous, FEED_SIZE, { moved: moved !== null })
  for (const post of excluded) console.log(`알리지 않음 (notification: false): ${post.title}`)
  const movedNote =
    moved === null
      ? ''
      : `사이트 주소가 바뀌었습니다 (이전 ${moved.from} → 지금 ${moved.to}): 글은 피드 id로 맞춰 보았고, `
  if (send.length === 0) {
    console.log(moved === null ? '새 글이 없습니다: 보낼 메일이 없습니다' : `${movedNote}새 글이 없습니다`)
    return
  }
  if (moved !== null) console.log(`${movedNote}이전 피드의 어느 글보다 새로운 글 ${send.length}개만 알립니다`)
  if (send.length > NOTIFY_LIMIT && values.yes !== true && !dryRun)
    throw new Error(
      `새 글 ${send.length}개를 한 번에 알리려 합니다 (한 번에 ${NOTIFY_LIMIT}개까지):\n${send
        .map((post) => `  - ${post.title} (${post.url})`)
        .join(
          '\n',
        )}\n이전 피드가 잘렸거나 오래된 것이면 구독자 모두가 옛 글 메일을 받습니다. 목록이 맞으면 --yes를 붙여 다시 실행하세요. 아무것도 보내지 않았습니다`,
    )
  const subscribers = readSubscribers(values.subscribers)
  if (subscribers.length === 0 && !dryRun)
    throw new Error(
      '구독자가 없습니다: NOTIFY_SUBSCRIBERS나 --subscribers <파일>(NOTIFY_SUBSCRIBERS_FILE)로 주소를 주세요',
    )
  const from = dryRun ? (process.env.SMTP_FROM ?? site.name) : required('SMTP_FROM')
  const message = { siteName: site.name, from, unsubscribe: unsubscribeTarget(process.env, from) }
  if (dryRun) {
    await sendNotices({ posts: send, subscribers, message, transport: null, state: null, log: console.log })
    console.log(`--dry-run: 글 ${send.length}개 × 구독자 ${subscribers.length}명, 보내지 않았습니다`)
    return
  }
  const stateFile = values.state ?? process.env.NOTIFY_STATE_FILE
  if (!stateFile)
    throw new Error(
      '--state나 NOTIFY_STATE_FILE이 없습니다: 보낸 메일을 기록할 파일이 있어야 같은 글을 두 번 보내지 않습니다',
    )
  const port = Number(process.env.SMTP_PORT ?? 587)
  const user = process.env.SMTP_USER ?? ''
  const transport = createTransport({
    host: required('SMTP_HOST'),
    port,
    secure: port === 465,
    ...(user !== '' ? { auth: { user, pass: process.env.SMTP_PASSWORD ?? '' } } : {}),
  })
  const result = await sendNotices({
    posts: send,
    subscribers,
    message,
    transport,
    state: new SentState(outsideRepository(stateFile, '상태 파일')),
    log: console.log,
  })
  console.log(
    `보냄: ${result.sent}통, 이미 보낸 것: ${result.alreadySent}통 (글 ${send.length}개 × 구독자 ${subscribers.length}명)`,
  )
}

try {
  await main()
} catch (error) {
  console.error(`✗ notify: ${(error as Error).message}`)
  process.exitCode = 1
}
