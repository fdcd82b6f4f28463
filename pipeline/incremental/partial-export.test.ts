import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  fillFromPrevious,
  outFingerprint,
  planExport,
  printDocument,
  readManifest,
  siteKey,
  OUTPUT_ENV,
  PLUMBING_ENV,
  writeManifest,
  type ExportManifest,
  type PrintedDocument,
} from './partial-export'

/** A post as the build reads it: the body fields are not enumerable, as lib/content/generated-files.ts makes them. */
function post(
  fields: { title?: string; description?: string; raw?: string; html?: string; tags?: string[] } = {},
): PrintedDocument {
  const raw = fields.raw ?? '## 예약 인스턴스\n\nEC2 비용의 대부분은 켜 둔 채 잊어버린 인스턴스에서 나옵니다.\n'
  const html =
    fields.html ?? '<h2>예약 인스턴스</h2><p>EC2 비용의 대부분은 켜 둔 채 잊어버린 인스턴스에서 나옵니다.</p>'
  const document = {
    slug: 'aws-cost-1',
    title: fields.title ?? 'AWS 비용 최적화, 1편',
    ...(fields.description === undefined ? {} : { description: fields.description }),
    tagList: fields.tags ?? ['AWS'],
    readingMinutes: 1,
    headings: [{ depth: 2, text: html.match(/<h2>(.*?)<\/h2>/)?.[1] ?? '' }],
    renderKey: `key-of-${raw.length}-${raw.slice(-10)}`,
    _raw: { sourceFilePath: 'posts/2021-03-02-aws-cost-1.md' },
  }
  Object.defineProperty(document, 'body', { value: { raw, html }, enumerable: false })
  Object.defineProperty(document, 'plainText', { value: html.replace(/<[^>]+>/g, ' '), enumerable: false })
  return document as unknown as PrintedDocument
}

function manifest(documents: ExportManifest['documents'], site = 'site-1', out = 'out-1'): ExportManifest {
  return { version: 1, outDir: '/srv/blog/out', site, out, documents }
}

describe('printDocument', () => {
  const described = { description: 'EC2 요금을 줄이는 세 가지 방법' }

  it('keeps the card of a post whose body changed past its summary, and changes the full print', () => {
    const before = printDocument(post(described), true)
    const after = printDocument(
      post({
        ...described,
        raw: '## 스팟 인스턴스\n\n중단되어도 괜찮은 작업에\n',
        html: '<h2>스팟 인스턴스</h2><p>중단되어도 괜찮은 작업에</p>',
      }),
      true,
    )
    expect(after.card).toBe(before.card)
    expect(after.full).not.toBe(before.full)
  })

  it('changes the card when what a list shows changes: the title, a tag, or the opening a summary is cut from', () => {
    const base = printDocument(post(), true)
    expect(printDocument(post({ title: 'AWS 비용 최적화, 2편' }), true).card).not.toBe(base.card)
    expect(printDocument(post({ tags: ['AWS', 'EC2'] }), true).card).not.toBe(base.card)
    // No description: the card's summary is the opening text, so editing the opening changes the card.
    expect(
      printDocument(post({ html: '<h2>예약 인스턴스</h2><p>비용은 대부분 잊힌 서버에서 나옵니다.</p>' }), true).card,
    ).not.toBe(base.card)
  })
})

describe('planExport', () => {
  const a = { full: 'a1', card: 'ac' }
  const b = { full: 'b1', card: 'bc' }

  it('renders only the documents whose full print changed when every card, the site and out/ are as they were', () => {
    const plan = planExport(manifest({ a, b }), {
      site: 'site-1',
      out: 'out-1',
      documents: { a, b: { ...b, full: 'b2' } },
    })
    expect(plan).toEqual({ mode: 'partial', changed: ['b'] })
  })

  it('builds everything, saying why, otherwise', () => {
    const same = { site: 'site-1', out: 'out-1', documents: { a, b } }
    const reason = (plan: ReturnType<typeof planExport>) => (plan.mode === 'full' ? plan.reason : 'partial')
    expect(reason(planExport(null, same))).toMatch(/기록이 없습니다/)
    expect(reason(planExport(manifest({ a, b }), same, true))).toBe('FULL_BUILD=1')
    expect(reason(planExport(manifest({ a, b }), { ...same, out: null }))).toMatch(/내보낸 폴더/)
    expect(reason(planExport(manifest({ a, b }), { ...same, out: 'out-2' }))).toMatch(/내보낸 폴더/)
    expect(reason(planExport(manifest({ a, b }), { ...same, site: 'site-2' }))).toMatch(/코드, 설정/)
    expect(reason(planExport(manifest({ a }), same))).toMatch(/늘었습니다 \(b\)/)
    expect(reason(planExport(manifest({ a, b }), { ...same, documents: { a } }))).toMatch(/빠졌습니다 \(b\)/)
    expect(
      reason(planExport(manifest({ a, b }), { ...same, documents: { a, b: { full: 'b2', card: 'bc2' } } })),
    ).toMatch(/제목, 날짜, 태그, 요약 등.*: b$/)
  })
})

describe('siteKey', () => {
  function site(): { root: string; content: string } {
    const root = mkdtempSync(path.join(tmpdir(), 'partial-site-'))
    mkdirSync(path.join(root, 'lib'))
    writeFileSync(
      path.join(root, 'lib', 'config.ts'),
      "export const url = process.env.SITE_URL\nconst keys = ['GISCUS_REPO']\n",
    )
    const content = path.join(root, 'content')
    mkdirSync(path.join(content, 'posts'), { recursive: true })
    mkdirSync(path.join(content, 'authors'))
    writeFileSync(path.join(content, 'posts', 'a.md'), '# a')
    writeFileSync(path.join(content, 'authors', 'tester.yml'), 'name: 테스터\n')
    return { root, content }
  }
  const keyOf = ({ root, content }: { root: string; content: string }, env: Record<string, string> = {}) =>
    siteKey({ root, contentDir: content, documentFiles: new Set(['posts/a.md']), extraPublicDir: null, env })

  it('changes with the code, a file of the content folder that is no post, and a variable the pages show', () => {
    const dir = site()
    const base = keyOf(dir)
    writeFileSync(path.join(dir.content, 'authors', 'tester.yml'), 'name: 테스터 2\n')
    const authorEdited = keyOf(dir)
    expect(authorEdited).not.toBe(base)
    writeFileSync(
      path.join(dir.root, 'lib', 'config.ts'),
      "export const url = process.env.SITE_URL\nconst keys = ['X_Y']\n",
    )
    const codeEdited = keyOf(dir)
    expect(codeEdited).not.toBe(authorEdited)
    writeFileSync(path.join(dir.root, 'site.config.mjs'), "export default { name: '다른 이름' }\n")
    expect(keyOf(dir)).not.toBe(codeEdited)
    expect(keyOf(dir, { SITE_URL: 'https://a.example' })).not.toBe(keyOf(dir, { SITE_URL: 'https://b.example' }))
    expect(keyOf(dir, { GISCUS_REPO: 'org/a' })).not.toBe(keyOf(dir, { GISCUS_REPO: 'org/b' }))
  })

  it('stays the same for an edited post, a test file, and variables that only steer the build', () => {
    const dir = site()
    const base = keyOf(dir, { BUILD_NOW: '2026-01-01T00:00:00Z', OUT_DIR: 'out', UNRELATED: '1' })
    writeFileSync(path.join(dir.content, 'posts', 'a.md'), '# a, edited')
    writeFileSync(path.join(dir.root, 'lib', 'config.test.ts'), 'test')
    expect(keyOf(dir, { BUILD_NOW: '2026-06-01T00:00:00Z', OUT_DIR: 'elsewhere', UNRELATED: '2' })).toBe(base)
  })
})

describe('the export on disk', () => {
  it('fingerprints files by path and size, and fills a partial export from the previous one without replacing its own files', () => {
    const previous = mkdtempSync(path.join(tmpdir(), 'partial-previous-'))
    const partial = mkdtempSync(path.join(tmpdir(), 'partial-new-'))
    mkdirSync(path.join(previous, '쿠버네티스'), { recursive: true })
    writeFileSync(path.join(previous, 'index.html'), 'old home')
    writeFileSync(path.join(previous, '쿠버네티스', 'index.html'), 'old post')
    writeFileSync(path.join(partial, 'index.html'), 'new home')
    const before = outFingerprint(previous)
    expect(fillFromPrevious(previous, partial)).toBe(1)
    expect(readFileSync(path.join(partial, 'index.html'), 'utf8')).toBe('new home')
    expect(readFileSync(path.join(partial, '쿠버네티스', 'index.html'), 'utf8')).toBe('old post')
    expect(outFingerprint(previous)).toBe(before)
    writeFileSync(path.join(previous, 'index.html'), 'old home, longer')
    expect(outFingerprint(previous)).not.toBe(before)
    expect(outFingerprint(path.join(previous, 'missing'))).toBeNull()
  })

  it('keeps the manifest whole, and drops those of export folders that are gone', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'partial-manifest-'))
    const file = path.join(root, 'exports', 'm.json')
    const gone = path.join(root, 'exports', 'gone.json')
    const kept = path.join(root, 'exports', 'kept.json')
    expect(readManifest(file)).toBeNull()
    const written = { outDir: root, site: 's', out: 'o', documents: { a: { full: 'f', card: 'c' } } }
    writeManifest(gone, { ...written, outDir: path.join(root, 'removed-out') })
    writeManifest(kept, written)
    writeManifest(file, written)
    expect(readManifest(file)).toEqual({ version: 1, ...written })
    expect(existsSync(gone)).toBe(false)
    expect(existsSync(kept)).toBe(true)
  })
})

describe('the variables of the site key', () => {
  it('name every variable the site’s code reads, as one that changes the pages or one that only steers the build', () => {
    const read = new Set<string>()
    for (const dir of ['app', 'components', 'lib', 'pipeline']) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!/\.(tsx?|mjs)$/.test(file) || /\.test\.tsx?$/.test(file)) continue
        const text = readFileSync(path.join(dir, file), 'utf8')
        for (const match of text.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) read.add(match[1] as string)
      }
    }
    for (const file of ['next.config.js', 'contentlayer.config.ts'])
      for (const match of readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g))
        read.add(match[1] as string)
    expect(read.size).toBeGreaterThan(15)
    const known = new Set([...OUTPUT_ENV, ...PLUMBING_ENV])
    expect([...read].filter((name) => !known.has(name)).sort()).toEqual([])
  })
})
