import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveBrand } from '../lib/brand'
import { parseFrontMatterDate } from '../lib/schema/dates'
import { checkRedirects } from '../lib/site/legacy-redirects'
import { makeContent, runCheck } from './test-support/temp-content'

/**
 * What the build refuses, `npm run check` refuses first: every input below once passed the check
 * (or only drew a warning) and then stopped the build, some with a stack trace. Each row names the
 * build stage that refuses it and what the check must print, at file:line. A new refusal in the
 * build belongs in this table (docs/testing.md).
 */
interface Refusal {
  name: string
  /** Where the build refuses it. */
  refusedBy: string
  files: Record<string, string>
  env?: Record<string, string>
  /** A public folder's files (`assets/x.svg`). */
  publicFiles?: Record<string, string>
  /** The line the check prints, without the temporary folder in front. */
  expected: string
  /** Where cheap, the build's own rule run on the same input: it must refuse it too. */
  buildRefuses?: () => void
}

const post = (name: string, front: string, body = '본문\n') => ({
  [`posts/${name}`]: `---\ntitle: 글\n${front}---\n${body}`,
})

const REFUSALS: Refusal[] = [
  {
    name: 'a file-name date that does not exist, without date:',
    refusedBy: 'Contentlayer (the post date)',
    files: post('2019-02-30-x.md', ''),
    expected: 'posts/2019-02-30-x.md:1: file: [오류] 파일 이름의 날짜 2019-02-30는 달력에 없는 날입니다',
    buildRefuses: () => {
      const read = parseFrontMatterDate('2019-02-30', 'Asia/Seoul')
      if (!read.ok) throw new Error(read.reason)
    },
  },
  {
    name: 'a relative picture no file answers',
    refusedBy: 'pipeline/stages/link-check.ts',
    files: post('2020-01-01-p.md', '', '![도표](diagram.png)\n'),
    expected: 'posts/2020-01-01-p.md:4: body: [오류] 이미지 diagram.png는 상대 경로라 /p/diagram.png에서 찾는데',
  },
  {
    name: 'a picture of a folder post missing from its folder',
    refusedBy: 'pipeline/stages/link-check.ts (the address stays as written and answers nothing)',
    files: post('2020-01-01-f/index.md', '', '![화면](./missing.png)\n'),
    expected: 'posts/2020-01-01-f/index.md:4: body: [오류] 이미지 ./missing.png가 가리키는 파일 ',
  },
  {
    name: 'a folder post whose cover is not in its folder',
    refusedBy: 'pipeline/stages/link-check.ts (the post card shows the cover)',
    files: post('2020-01-01-f/index.md', 'image: ./cover.png\n'),
    expected: 'posts/2020-01-01-f/index.md:3: image: [오류] 커버 이미지 ./cover.png가 글 폴더에 없습니다',
  },
  {
    name: 'a folder post linking out of its folder',
    refusedBy: 'pipeline/stages/link-check.ts (/f/../x.pdf is /x.pdf, which is not published)',
    files: { ...post('2020-01-01-f/index.md', '', '[자료](../x.pdf)\n'), 'posts/x.pdf': 'pdf' },
    expected: 'posts/2020-01-01-f/index.md:4: body: [오류] 링크 ../x.pdf는 글 폴더(',
  },
  {
    name: "a folder post's file at the address of a public file",
    refusedBy: 'the Post files stage (a file of the folder never replaces one already exported)',
    files: { ...post('2020-01-01-f/index.md', '', '![화면](shot.png)\n'), 'posts/2020-01-01-f/shot.png': 'png' },
    publicFiles: { 'f/shot.png': 'png' },
    expected: 'posts/2020-01-01-f/index.md:1: body: [오류] 글 폴더의 shot.png은(는) /f/shot.png에 게시되는데',
  },
  {
    name: "a folder post's file named like the page the build writes there",
    refusedBy: 'the Post files stage (index.html is the post page)',
    files: { ...post('2020-01-01-f/index.md', ''), 'posts/2020-01-01-f/index.html': '<p>' },
    expected: 'posts/2020-01-01-f/index.md:1: body: [오류] 글 폴더의 ',
  },
  {
    name: 'a second Markdown file in a folder post',
    refusedBy: 'Contentlayer (reads it as another post, whose name has no date)',
    files: { ...post('2020-01-01-f/index.md', ''), 'posts/2020-01-01-f/notes.md': '# 메모\n' },
    expected: 'posts/2020-01-01-f/index.md:1: body: [오류] 글 폴더의 ',
  },
  {
    name: 'a javascript: cover image',
    refusedBy: 'the cover URL in pages, feeds and social cards',
    files: post('2020-01-01-i.md', 'image: "javascript:alert(1)"\n'),
    expected: 'posts/2020-01-01-i.md:3: image: [오류] 커버 이미지 주소가 javascript: 주소라 쓸 수 없습니다',
  },
  {
    name: 'a javascript: author avatar',
    refusedBy: 'the author pages',
    files: {
      'authors/kim.yml': 'name: 김\navatar: "javascript:alert(1)"\n',
      ...post('2020-01-01-a.md', 'author: kim\n'),
    },
    expected: 'authors/kim.yml:2: avatar: [오류] 프로필 사진 주소가 javascript: 주소라 쓸 수 없습니다',
  },
  {
    name: 'a published post linking to a draft',
    refusedBy: 'pipeline/stages/link-check.ts (the draft has no page)',
    files: { ...post('2020-01-01-d.md', 'draft: true\n'), ...post('2020-01-02-l.md', '', '[초안](/d/)\n') },
    expected: 'posts/2020-01-02-l.md:4: body: [오류] 링크 /d/가 가리키는 글은 초안(draft: true)이라 사이트에 없습니다',
  },
  {
    name: 'a published post linking to a scheduled post',
    refusedBy: 'pipeline/stages/link-check.ts (the post has no page yet)',
    files: { ...post('2099-01-01-f.md', ''), ...post('2020-01-02-l.md', '', '[미래](/f/)\n') },
    expected: 'posts/2020-01-02-l.md:4: body: [오류] 링크 /f/가 가리키는 글은 예약된 글(2099년 1월 1일 00:00 공개)이라',
  },
  {
    name: 'a 300-character tag',
    refusedBy: 'next build (ENAMETOOLONG)',
    files: post('2020-01-01-t.md', `tags:\n  - ok\n  - ${'가'.repeat(300)}\n`),
    expected: 'posts/2020-01-01-t.md:5: tags: [오류] 태그 "',
  },
  {
    name: 'a redirect_from outside the export',
    refusedBy: 'pipeline/stages/write-legacy-redirects.ts',
    files: post('2020-01-01-r.md', 'redirect_from: /../../outside.html\n'),
    expected: 'posts/2020-01-01-r.md:3: redirect_from: [오류] 옛 주소 /../../outside.html에 . 이나 .. 경로가 있어',
  },
  {
    name: 'a redirect_from over an existing page',
    refusedBy: 'pipeline/stages/write-legacy-redirects.ts',
    files: { ...post('2020-01-01-a.md', ''), ...post('2020-01-02-b.md', 'redirect_from:\n  - /old.html\n  - /a/\n') },
    expected: 'posts/2020-01-02-b.md:5: redirect_from: [오류] 옛 주소 /a/에는 이미',
  },
  {
    name: "legacy-urls.yml mapping a live post's URL",
    refusedBy: 'pipeline/stages/write-legacy-redirects.ts',
    files: { ...post('2020-01-01-a.md', ''), 'legacy-urls.yml': 'redirects:\n  /page2/: /\n  /a/: /\n' },
    expected: 'legacy-urls.yml:3: redirects: [오류] 옛 주소 /a/에는 이미',
  },
  {
    name: 'legacy-urls.yml pointing off the site',
    refusedBy: 'lib/site/legacy-redirects.ts checkRedirects (it used to become /)',
    files: { ...post('2020-01-01-a.md', ''), 'legacy-urls.yml': 'redirects:\n  /page2/: "javascript:alert(1)"\n' },
    expected: 'legacy-urls.yml:2: redirects: [오류] /page2/ → javascript:alert(1)는 javascript: 주소라',
    buildRefuses: () => checkRedirects([{ from: '/page2/', to: 'javascript:alert(1)' }]),
  },
  {
    name: 'a series file hidden by a leading dot',
    refusedBy: 'Contentlayer (skips it: the series does not exist)',
    files: { 'series/.x.yml': 'title: 시리즈\n', ...post('2020-01-01-a.md', '') },
    expected: 'series/.x.yml:1: file: [오류] .x.yml은(는) 점으로 시작하는 숨은 파일이라',
  },
  {
    name: 'an author file hidden by a leading dot',
    refusedBy: 'Contentlayer (skips it: the author does not exist)',
    files: { 'authors/..yml': 'name: 김\n', ...post('2020-01-01-a.md', '') },
    expected: 'authors/..yml:1: file: [오류] ..yml은(는) 점으로 시작하는 숨은 파일이라',
  },
  {
    name: 'a script in an SVG in public/',
    refusedBy: 'npm run test:outputs and the browser (the CSP <meta> does not reach it)',
    files: post('2020-01-01-a.md', ''),
    publicFiles: { 'assets/x.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script></svg>' },
    expected: 'assets/x.svg:2: svg: [오류] SVG에 실행될 수 있는 내용이 있습니다: <script> 요소가 있습니다',
  },
  {
    name: 'a SITE_ACCENT that is no colour',
    refusedBy: 'lib/config.ts (every command that loads it)',
    files: post('2020-01-01-a.md', ''),
    env: { SITE_ACCENT: 'blue' },
    expected: '(환경 변수):1: SITE_ACCENT: [오류] SITE_ACCENT="blue": 색은 #2449d8처럼',
    buildRefuses: () => resolveBrand({ SITE_ACCENT: 'blue' }),
  },
]

describe('npm run check refuses everything the build refuses', () => {
  for (const refusal of REFUSALS) {
    it(`${refusal.name} (the build: ${refusal.refusedBy})`, async () => {
      if (refusal.buildRefuses) expect(refusal.buildRefuses).toThrow()
      const content = makeContent(refusal.files)
      const publicDir = mkdtempSync(path.join(tmpdir(), 'blog-public-'))
      for (const [name, text] of Object.entries(refusal.publicFiles ?? {})) {
        mkdirSync(path.dirname(path.join(publicDir, name)), { recursive: true })
        writeFileSync(path.join(publicDir, name), text)
      }
      // Variables that lib/config.ts reads when it loads are read in a fresh process.
      const result = refusal.env
        ? await spawnCheck({ CONTENT_DIR: content, PUBLIC_DIR: publicDir, ...refusal.env })
        : await runCheck({ CONTENT_DIR: content, PUBLIC_DIR: publicDir })
      expect(result.status, result.output).toBe(1)
      const lines = result.output.split('\n').map((line) => line.replace(/^.*?blog-(?:content|public)-[^/]+\//, ''))
      expect(
        lines.some((line) => line.startsWith(refusal.expected)),
        result.output,
      ).toBe(true)
      expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
    })
  }
})

async function spawnCheck(env: Record<string, string>) {
  const { runScript } = await import('./test-support/temp-content')
  const result = runScript('scripts/check-content.ts', [], env)
  return { status: result.status, output: result.output }
}
