import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isNextInlineScript, scanHtml } from './stages/html-scripts'
import { launchOptions } from '../playwright.config'
import { checkExport } from '../scripts/check-outputs'
import { tsxCommand } from './processes/commands'
import { makeContent, runScript } from '../scripts/test-support/temp-content'

// One whole build of a throw-away project, asked two things.
// - What a Next.js developer new to the project does: add a 'use client' component to the post
//   page, build, open the exported site. The page that renders it must keep Next's runtime and the
//   component must work there; a post that does not render it must ship no runtime. This runs on a
//   copy of the project (inside .e2e/, so Turbopack finds the same workspace root and
//   node_modules), because the change is to app/ and components/, which the real blog must never
//   carry.
// - Nothing dropped silently: posts whose file names once vanished (an apostrophe, Hangul with a
//   space) are published and counted in and out, and pipeline/stages/inventory.ts names a post missing from
//   the pages, the feed or the search index.
// - A blog with no tags, categories, series or authors (an imported one had none) exports no
//   placeholder route, and every file of it passes the strict readers, with the heading levels
//   and the image-only heading an old post wrote.

const ROOT = process.cwd()
const PROJECT = path.join(ROOT, '.e2e', 'client-component-project')
const PORT = Number(process.env.CLIENT_TEST_PORT ?? 3198)
const COPIED = [
  'app',
  'pipeline',
  'components',
  'lib',
  'scripts',
  'tools',
  'public',
  'contentlayer.config.ts',
  'next.config.js',
  'site.config.mjs',
  'tsconfig.json',
  'package.json',
]

/** A 1×1 PNG: the image a post's image-only heading shows, served by the site itself. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

const COUNTER = `'use client'

import { useState } from 'react'

/** A button that counts its clicks. */
export function LikeCounter() {
  const [count, setCount] = useState(0)
  return (
    <button type="button" className="like-counter" onClick={() => setCount(count + 1)}>
      좋아요 {count}
    </button>
  )
}
`

function copyProject(): void {
  rmSync(PROJECT, { recursive: true, force: true })
  mkdirSync(PROJECT, { recursive: true })
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(PROJECT, entry), { recursive: true })
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(PROJECT, 'node_modules'), 'dir')
  writeFileSync(path.join(PROJECT, 'components/post/like-counter.tsx'), COUNTER)
  mkdirSync(path.join(PROJECT, 'public/assets'), { recursive: true })
  writeFileSync(path.join(PROJECT, 'public/assets/dot.png'), Buffer.from(ONE_PIXEL_PNG, 'base64'))
  const pageFile = path.join(PROJECT, 'app/[slug]/page.tsx')
  const page = readFileSync(pageFile, 'utf8')
  const withCounter = page
    .replace(
      "import { PostBody } from '@/components/post/post-body'",
      "import { LikeCounter } from '@/components/post/like-counter'\nimport { PostBody } from '@/components/post/post-body'",
    )
    .replace(
      '<PostBody html={post.body.html} />',
      "<PostBody html={post.body.html} />\n        {post.slug === 'with-counter' && <LikeCounter />}",
    )
  expect(withCounter).toContain('<LikeCounter />')
  writeFileSync(pageFile, withCounter)
}

const server = { stop: () => undefined as void }
afterAll(() => {
  server.stop()
  rmSync(PROJECT, { recursive: true, force: true })
})

async function waitForServer(url: string): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const CONTENT = {
  'posts/2020-01-01-with-counter.md': '---\ntitle: 카운터가 있는 글\n---\n\n본문\n',
  'posts/2020-01-02-plain.md':
    '---\ntitle: 카운터가 없는 글\n---\n\n### 처음\n\n본문\n\n##### 깊이\n\n![](/assets/dot.png)\n---\n\n<p id="">끝</p>\n',
  "posts/2020-05-02-let's-go.md": '---\ntitle: 가 봅시다\n---\n\n따옴표가 든 파일 이름\n',
  'posts/2020-05-03-한글 제목.md': '---\ntitle: 한글 주소\n---\n\n본문\n',
  'posts/2020-05-04-draft.md': '---\ntitle: 초안\ndraft: true\n---\n\n본문\n',
}
const content = makeContent(CONTENT)
const out = path.join(PROJECT, 'out')
const build = { status: null as number | null, output: '' }

beforeAll(() => {
  copyProject()
  const result = spawnSync(...tsxCommand('pipeline/index.ts'), {
    cwd: PROJECT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: out,
      BASE_PATH: '/blog',
      SITE_URL: 'https://blog.example.com',
    },
  })
  Object.assign(build, { status: result.status, output: `${result.stdout}\n${result.stderr}` })
  // A whole build: more than the default limit on a machine shared with other work.
}, 900_000)

describe('npm run build: nothing dropped silently', () => {
  it('publishes a post whose file name holds an apostrophe, and counts posts in and out', () => {
    expect(build.status, build.output).toBe(0)
    expect(build.output).toContain('✓ 글 파일 5개, 발행 4편 → 페이지 4, 피드 4/4, 검색 색인 4')
    expect(readFileSync(path.join(out, "let's-go/index.html"), 'utf8')).toContain('가 봅시다')
    expect(readFileSync(path.join(out, 'feed.json'), 'utf8')).toContain('가 봅시다')
    expect(readFileSync(path.join(out, 'search-index.json'), 'utf8')).toContain('가 봅시다')
  })

  it('names the file of a published post missing from the pages, the feed or the search index', () => {
    const damaged = path.join(mkdtempSync(path.join(tmpdir(), 'blog-out-')), 'out')
    cpSync(out, damaged, { recursive: true })
    rmSync(path.join(damaged, "let's-go"), { recursive: true })
    const index = JSON.parse(readFileSync(path.join(damaged, 'search-index.json'), 'utf8')) as {
      documents: { url: string }[]
    }
    index.documents = index.documents.filter((doc) => !doc.url.includes('%ED%95%9C') && !doc.url.includes('한글'))
    writeFileSync(path.join(damaged, 'search-index.json'), JSON.stringify(index))
    const result = runScript('pipeline/stages/inventory.ts', [damaged], { CONTENT_DIR: content, BASE_PATH: '/blog' })
    expect(result.status).toBe(1)
    expect(result.output).toContain("posts/2020-05-02-let's-go.md: 발행된 글 /let's-go/이(가) 페이지에 없습니다")
    expect(result.output).toContain('posts/2020-05-03-한글 제목.md: 발행된 글 /한글-제목/이(가) 검색 색인에 없습니다')
    expect(result.output).toContain('발행 4편 → 페이지 3, 피드 4/4, 검색 색인 3')
  })
})

describe('a blog with no tags, categories, series or authors', () => {
  it('exports no placeholder route, and every XML, JSON and HTML file passes the strict readers', async () => {
    expect(build.status, build.output).toBe(0)
    for (const section of ['tags', 'categories', 'series', 'authors'])
      expect(existsSync(path.join(out, section, '_')), `${section}/_`).toBe(false)
    expect(readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).not.toMatch(/\/_\//)
    const { problems, counts } = await checkExport(out)
    expect(problems).toEqual([])
    expect(counts.html).toBeGreaterThan(5)
    const plain = readFileSync(path.join(out, 'plain/index.html'), 'utf8')
    expect(plain).toMatch(/<h2 id="처음">.*<h3 id="깊이">.*<h2><img /s)
    expect(plain).not.toMatch(/ id=""/)
  }, 300_000)
})

describe('a client component added to the post page', () => {
  it('keeps Next’s runtime on the page that renders it, works there, and no other page ships the runtime', async () => {
    const output = build.output
    expect(build.status, output).toBe(0)
    // The build names the page and the component (its path as Turbopack's workspace root sees it).
    expect(output).toMatch(/with-counter\/index\.html: (?:\S+\/)?components\/post\/like-counter\.tsx\n/)
    expect(output).not.toMatch(/plain\/index\.html:/)

    const plain = readFileSync(path.join(out, 'plain/index.html'), 'utf8')
    expect(
      scanHtml(plain).scripts.filter((script) => script.src?.includes('/_next/') || isNextInlineScript(script)),
    ).toEqual([])
    const withCounter = scanHtml(readFileSync(path.join(out, 'with-counter/index.html'), 'utf8'))
    expect(withCounter.scripts.some((script) => script.src?.includes('/_next/static/chunks/'))).toBe(true)

    const child = spawn('node', ['scripts/serve.mjs'], {
      cwd: PROJECT,
      env: { ...process.env, OUT_DIR: out, PORT: String(PORT), BASE_PATH: '/blog' },
      stdio: 'ignore',
    })
    server.stop = () => void child.kill()
    const site = `http://127.0.0.1:${PORT}/blog`
    await waitForServer(`${site}/`)

    const browser = await chromium.launch(launchOptions)
    try {
      const page = await browser.newPage()
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      await page.goto(`${site}/with-counter/`)
      const counter = page.getByRole('button', { name: /좋아요/ })
      await expect.poll(() => counter.textContent()).toBe('좋아요 0')
      // Clicked once React has hydrated the button (it then carries React's props), as a reader's click would land.
      await page.waitForFunction(() =>
        Object.keys(document.querySelector('.like-counter') ?? {}).some((key) => key.startsWith('__reactProps')),
      )
      await counter.click()
      await counter.click()
      await expect.poll(() => counter.textContent()).toBe('좋아요 2')
      // The plain-DOM behaviours run beside React on that page too.
      await expect.poll(() => page.locator('.theme-picker').count()).toBe(1)
      expect(problems).toEqual([])

      await page.goto(`${site}/plain/`)
      await expect.poll(() => page.locator('.theme-picker').count()).toBe(1)
      expect(await page.getByRole('button', { name: /좋아요/ }).count()).toBe(0)
      expect(problems).toEqual([])
    } finally {
      await browser.close()
    }
  }, 300_000)
})
