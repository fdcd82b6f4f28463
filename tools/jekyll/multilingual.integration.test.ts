// A Jekyll blog in two languages, built by real Jekyll, imported, and built as the blog it becomes: an
// edition per language (tools/jekyll/editions.ts), every old URL answered, each old feed id kept.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runScript } from '../../scripts/test-support/temp-content'
import { carryIdentity, runImport } from './import-jekyll'
import { formatReport } from './report'
import { readSiteConfig } from './site-identity'
import { compareFeeds, refreshTarget, verifyImport } from './verify-import'

const FIXTURE = path.resolve('e2e/fixtures/jekyll-multilingual')
const SITE_URL = 'https://multilingual.example.com'
const hasJekyll = spawnSync('jekyll', ['--version'], { encoding: 'utf8' }).status === 0

describe.skipIf(!hasJekyll)('a Jekyll blog written in two languages', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'jekyll-multilingual-'))
  const built = path.join(work, '_site')
  const content = path.join(work, 'content')
  const publicDir = path.join(work, 'public')
  const out = path.join(work, 'out')
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('becomes a blog with an English edition, and answers every old URL', async () => {
    execFileSync('jekyll', ['build', '--quiet', '-s', FIXTURE, '-d', built], {
      env: { ...process.env, TZ: 'UTC', JEKYLL_NO_BUNDLER_REQUIRE: 'true' },
      stdio: 'inherit',
    })
    const report = runImport({
      siteDir: FIXTURE,
      contentDir: content,
      publicDir,
      seriesFile: null,
      buildDir: built,
      dryRun: false,
      overwrite: false,
    })
    // The fixture has no file of its own to copy; the build reads the folder all the same.
    mkdirSync(publicDir, { recursive: true })
    expect(report.editions).toEqual({ site: 'ko', from: 'config', editions: [{ locale: 'en', path: 'en', posts: 5 }] })

    // The site's identity and its editions, written into a configuration file of its own.
    const configFile = path.join(work, 'site.config.mjs')
    await carryIdentity(FIXTURE, configFile, report.editions)
    const config = await readSiteConfig(configFile)
    expect(config.locale).toBe('ko')
    expect(config.editions).toEqual([
      {
        locale: 'en',
        path: 'en',
        name: '두 언어 테스트 블로그',
        description: '한국어와 영어로 쓰는 작은 블로그입니다.',
      },
    ])

    const post = (name: string) => readFileSync(path.join(content, 'posts', name), 'utf8')
    // Paired by `ref:`, and by the same file name without one; the English post keeps `release` in its edition.
    expect(post('2021-03-05-hello-world.md')).toContain('translation_of: hello\n')
    expect(post('2021-03-12-cost-of-s3.md')).toContain('translation_of: s3-cost\n')
    expect(post('2021-07-01-release-en.md')).toMatch(/slug: release\n[\s\S]*translation_of: release\n/)
    expect(post('2021-05-01-english-only.md')).not.toContain('translation_of')
    // Links: site paths from the site's root, as Jekyll read them, each old address now its post's new one.
    expect(post('2021-03-05-hello-world.md')).toContain('[a sibling in English](/en/cost-of-s3/)')
    expect(post('2021-03-10-s3-cost.md')).toContain('[영어판](/en/cost-of-s3/)')
    expect(post('2021-03-12-cost-of-s3.md')).toContain('[in Korean too](/hello/)')
    const text = formatReport(report, { dryRun: false })
    expect(text).toContain('translation_of: release (파일 이름 release가 같은')
    expect(text).toContain('lang: en_GB는 언어 코드')
    expect(text).toContain('블로그의 /en/ 판 첫 페이지가 대신합니다')

    // The build reads the repository's site.config.mjs; the imported editions come through SITE_EDITIONS.
    const build = runScript('pipeline/index.ts', [], {
      CONTENT_DIR: content,
      EXTRA_PUBLIC_DIR: publicDir,
      OUT_DIR: out,
      SITE_URL,
      SITE_EDITIONS: JSON.stringify(config.editions),
    })
    expect(build.status, build.output).toBe(0)

    const results = await verifyImport(built, out, 0)
    expect(results.filter((result) => !result.ok)).toEqual([])
    expect(results.length).toBeGreaterThanOrEqual(13)
    const feeds = compareFeeds(built, out)
    expect(feeds.problems).toEqual([])
    expect(feeds.idsKept).toBe(feeds.items)

    // Each old URL of an English post leads into the English edition, never to a Korean page.
    const redirect = (url: string) =>
      refreshTarget(readFileSync(path.join(out, ...url.split('/').filter(Boolean), 'index.html'), 'utf8'))
    expect(redirect('/english-at-root/')).toBe('/en/english-at-root/')
    expect(redirect('/en/2021/03/hello-world/')).toBe('/en/hello-world/')
    expect(redirect('/en/2021/07/release/')).toBe('/en/release/')
    expect(redirect('/2021/07/01/release/')).toBe('/release/')
    // The English edition's home is the blog's, not a redirect.
    expect(refreshTarget(readFileSync(path.join(out, 'en', 'index.html'), 'utf8'))).toBeNull()
    // A post and its translation name each other.
    const page = (url: string) => readFileSync(path.join(out, ...url.split('/').filter(Boolean), 'index.html'), 'utf8')
    expect(page('/hello/')).toContain(`hrefLang="en" href="${SITE_URL}/en/hello-world/"`)
    expect(page('/en/release/')).toContain(`hrefLang="ko" href="${SITE_URL}/release/"`)
    // A post without one names none (its language switch leads to the other edition's home).
    expect(page('/en/english-only/').includes(`hrefLang="ko" href="${SITE_URL}/`)).toBe(false)
    // The English posts keep the old feed's ids in the English edition's feed.
    expect(readFileSync(path.join(out, 'en', 'atom.xml'), 'utf8')).toContain(
      `<id>${SITE_URL}/en/2021/03/hello-world</id>`,
    )
  }, 600_000)
})
