import { spawn } from 'node:child_process'
import { openSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it, onTestFailed } from 'vitest'
import { pngHeader } from './test-support/png-header'
import { makeContent } from './test-support/temp-content'

// `npm run dev` as an author uses it: edit a Markdown file, and the page shows the change without
// a restart. (How fast is the benchmark's business; this only waits, generously, for it to happen.)

const PORT = Number(process.env.DEV_TEST_PORT ?? 3197)
/** Jekyll file names are often long Hangul; Turbopack 16.4 once panicked naming chunks after them (lib/content/generated-dev.ts). */
const HANGUL_FILE = '2020-01-02-쿠버네티스와 클라우드 네이티브 도입기, 운영 자동화와 비용 최적화 이야기.md'
const HANGUL_PATH = `/${encodeURIComponent('쿠버네티스와-클라우드-네이티브-도입기,-운영-자동화와-비용-최적화-이야기')}/`
const content = makeContent({
  'posts/2020-01-01-live.md': '---\ntitle: 미리 보기\ndraft: true\n---\n\n첫 번째 본문 LIVE-ONE\n',
  [`posts/${HANGUL_FILE}`]: '---\ntitle: 한글 파일 이름\n---\n\n한글 주소 본문 HANGUL-BODY\n',
  'posts/2020-01-04-그림 글/index.md': '---\ntitle: 폴더 글\n---\n\n![화면](./shot.png) FOLDER-BODY\n',
})
// A post kept as a folder, its picture beside it (a PNG header is enough for the bytes the test compares).
writeFileSync(path.join(content, 'posts', '2020-01-04-그림 글', 'shot.png'), pngHeader(64, 32))
const FOLDER_PATH = `/${encodeURIComponent('그림-글')}/`
// What `npm run dev` printed, shown when a test fails: which of Contentlayer and Next did what.
const devLog = `${content}-dev.log`
const dev = spawn('npm', ['run', 'dev'], {
  env: { ...process.env, CONTENT_DIR: content, PORT: String(PORT) },
  detached: true,
  stdio: ['ignore', openSync(devLog, 'a'), openSync(devLog, 'a')],
})
afterAll(() => {
  if (dev.pid) process.kill(-dev.pid, 'SIGTERM')
})

/** What the test is waiting for, and the last answer it got, for the failure message. */
let awaited = ''
let lastAnswer = ''

async function pageText(pathname = '/live/'): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${PORT}${pathname}`)
    lastAnswer = `HTTP ${response.status}`
    return response.ok ? await response.text() : ''
  } catch (error) {
    lastAnswer = String(error)
    return ''
  }
}

async function waitFor(predicate: (html: string) => boolean, pathname = '/live/'): Promise<string> {
  awaited = `${pathname}: ${predicate.toString()}`
  for (;;) {
    const html = await pageText(pathname)
    if (predicate(html)) return html
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

function explainFailure(): void {
  onTestFailed(() => {
    const log = readFileSync(devLog, 'utf8').split('\n').slice(-60).join('\n')
    console.error(`기다리던 것: ${awaited}\n마지막 응답: ${lastAnswer}\nnpm run dev의 마지막 출력:\n${log}`)
  })
}

describe('npm run dev', () => {
  it('shows a draft with its badge, then an edit to it without a restart, and a post with a long Hangul file name', async () => {
    explainFailure()
    const first = await waitFor((html) => html.includes('LIVE-ONE'))
    expect(first).toContain('초안 · 배포되지 않음')
    writeFileSync(
      path.join(content, 'posts', '2020-01-01-live.md'),
      '---\ntitle: 미리 보기\ndraft: true\n---\n\n고친 본문 LIVE-TWO\n',
    )
    const second = await waitFor((html) => html.includes('LIVE-TWO'))
    expect(second).not.toContain('LIVE-ONE')
    // Saved again: now the post Contentlayer rendered last is this one (its render was once kept
    // across the two generations, and the page stayed on the previous text).
    writeFileSync(
      path.join(content, 'posts', '2020-01-01-live.md'),
      '---\ntitle: 미리 보기\ndraft: true\n---\n\n다시 고친 본문 LIVE-THREE\n',
    )
    const third = await waitFor((html) => html.includes('LIVE-THREE'))
    expect(third).not.toContain('LIVE-TWO')
    expect(await waitFor((html) => html.includes('HANGUL-BODY'), HANGUL_PATH)).toContain('한글 파일 이름')
  }, 240_000)

  it("shows a broken post's error in the browser, in the same Korean words as npm run check", async () => {
    explainFailure()
    writeFileSync(
      path.join(content, 'posts', '2020-01-03-broken.md'),
      '---\ntitle: 서버리스: 이미지 처리\n---\n\n본문\n',
    )
    const html = await waitFor((text) => text.includes('data-dev-content-problems'))
    expect(html).toContain('콘텐츠 오류 1개: 고치기 전에는 빌드되지 않습니다')
    expect(html).toContain(
      '2020-01-03-broken.md:2: front matter: [오류] YAML 문법 오류: title의 값에 콜론(:)과 공백이 있어, YAML이 값 안에서 새 항목을 시작하려 했습니다',
    )
    // Fixed, the message goes away and the post shows.
    writeFileSync(
      path.join(content, 'posts', '2020-01-03-broken.md'),
      '---\ntitle: "서버리스: 이미지 처리"\n---\n\n고친 본문 FIXED-BODY\n',
    )
    expect(await waitFor((text) => text.includes('FIXED-BODY'), '/broken/')).not.toContain('data-dev-content-problems')
  }, 240_000)

  it('shows the picture kept beside a post in a folder, and the new one when it is replaced', async () => {
    explainFailure()
    const html = await waitFor((text) => text.includes('FOLDER-BODY'), FOLDER_PATH)
    expect(html).toContain(`src="${FOLDER_PATH}shot.png"`)
    const picture = async () =>
      Buffer.from(await (await fetch(`http://127.0.0.1:${PORT}${FOLDER_PATH}shot.png`)).arrayBuffer())
    expect((await picture()).equals(pngHeader(64, 32))).toBe(true)
    writeFileSync(path.join(content, 'posts', '2020-01-04-그림 글', 'shot.png'), pngHeader(128, 64))
    awaited = `${FOLDER_PATH}shot.png: the replaced picture`
    while (!(await picture()).equals(pngHeader(128, 64))) await new Promise((resolve) => setTimeout(resolve, 500))
  }, 240_000)
})
