import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readContentSources } from '../../lib/schema/content-sources'
import { formatReport } from './report'
import { validateContent } from '../../lib/schema/validate-content'
import { runImport, type ImportCommand } from './import-jekyll'

const SITE = path.resolve('e2e/fixtures/jekyll-site')
const SERIES = path.resolve('e2e/fixtures/jekyll-series.yml')

/** Every file under a folder with its bytes, to compare two runs. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = path.join(current, entry)
      if (statSync(full).isDirectory()) walk(full)
      else files[path.relative(dir, full)] = readFileSync(full).toString('base64')
    }
  }
  walk(dir)
  return files
}

describe('runImport on the fixture Jekyll site', () => {
  let work: string
  let command: ImportCommand

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'import-jekyll-'))
    command = {
      siteDir: SITE,
      contentDir: path.join(work, 'content'),
      publicDir: path.join(work, 'public'),
      seriesFile: SERIES,
      buildDir: null,
      dryRun: false,
      overwrite: false,
    }
  })
  afterEach(() => rmSync(work, { recursive: true, force: true }))

  it('writes content the blog accepts, and copies every file the old site served as it was', () => {
    const report = runImport(command)
    expect(report.files.created).toHaveLength(29)
    const errors = validateContent(readContentSources(command.contentDir, work, [command.publicDir])).filter(
      (d) => d.severity === 'error',
    )
    expect(errors).toEqual([])
    // Jekyll copied every file without front matter as it was, whether a post names it or not.
    expect(Object.keys(snapshot(command.publicDir)).sort()).toEqual([
      'README.md',
      'assets/css/main.css',
      'assets/files/checklist.txt',
      'assets/images/avatar-jihoon.png',
      'assets/images/cover.png',
      'assets/images/diagram.png',
      'assets/images/unused.png',
      'google0123abcd.html',
    ])
  })

  it('reports every kind of change and everything a person has to look at, with file and line', () => {
    const text = formatReport(runImport(command), { dryRun: false })
    const content = path.relative(process.cwd(), command.contentDir)
    for (const expected of [
      `e2e/fixtures/jekyll-site/_posts/2021-03-09-AWS 비용 최적화, 2편 (S3).markdown → ${content}/posts/2021-03-09-AWS 비용 최적화, 2편 (S3).md`,
      `${content}/posts/2020-06-01-Kubernetes-Highlight.md:5: "notification :"의 콜론 앞 공백을 지웠습니다`,
      `${content}/posts/2021-03-09-AWS 비용 최적화, 2편 (S3).md:1: 줄 끝 CRLF를 LF로 바꿨습니다`,
      `${content}/posts/2020-06-01-Kubernetes-Highlight.md:16: {% highlight ruby %} → \`\`\`ruby 코드 블록 (linenos 옵션은 뺐습니다)`,
      `${content}/posts/2020-06-01-kubernetes-part-2.md:19: {% post_url 2020-06-01-Kubernetes-Highlight %} → /Kubernetes-Highlight/`,
      `${content}/pages/contact.md (옛 주소 /contact.html는 새 주소로 보냅니다)`,
      'AWS = aws',
      `2020-06-01T19:00:00+09:00, ${content}/posts/2020-06-01-Kubernetes-Highlight.md, ${content}/posts/2020-06-01-kubernetes-part-2.md`,
      'seminar: 사내 세미나 후기 — 1편 2021-05-01-seminar-1.md, 2편 2021-05-08-seminar-2.md',
      `${content}/posts/2019-01-15-draft-post.md:9: {:target="_blank"} → 지움 (뺀 것: target="_blank")`,
      `${content}/posts/2019-01-15-draft-post.md:11: {% include note.html text="조각 파일의 글은 본문으로 옮겨집니다" %} → _includes/note.html의 내용`,
      `${content}/posts/2021-07-01-kramdown-syntax.md:20: {: width="40%" .center-image } → 그림의 HTML 속성`,
      `${content}/posts/2021-07-01-kramdown-syntax.md:10: excerpt → description`,
      `${content}/posts/2021-07-01-kramdown-syntax.md:12: tag → tags`,
      `${content}/posts/2021-07-01-kramdown-syntax.md:13: cover_image → image`,
      `${content}/posts/2021-07-01-kramdown-syntax.md:66: <a name="two-down" /> → <a name="two-down"></a>`,
      `${content}/posts/2021-07-01-kramdown-syntax.md:59: kramdown 수식 블록 $$…$$ → 여는 $$와 닫는 $$를 각각 한 줄에 둔 수식 블록`,
      `${content}/pages/privacy-policy.md:6: {{site.title}} → 메가존 웹서비스 부문 기술 블로그 (_config.yml의 값)`,
      `${content}/pages/contact.md:8: <form action="https://formspree.io/f/example"> → 안의 글 (페이지에 이미 blog@example.com 메일 링크가 있습니다)`,
      `${content}/authors/minsu.yml:1: username: minsu-dev → github`,
      `글쓴이 "외부 기고자"가 _config.yml에도 content/authors에도 없어 ${content}/authors/author-`,
      `${content}/posts/2020-06-01-kubernetes-part-2.md:13: 코드 언어 "hcl2"는 알 수 없어`,
      '옛 사이트는 날짜를 Asia/Seoul (_config.yml의 timezone)로 읽었습니다',
      '/page2/ → /page/2/',
    ]) {
      expect(text).toContain(expected)
    }
    // The YouTube player is on the embed allow-list: it is kept, so nobody needs to look at it.
    expect(text).not.toContain('블로그를 옮깁니다.md:23: <iframe>')
  })

  it('changes nothing the second time, and says so', () => {
    runImport(command)
    const before = { content: snapshot(command.contentDir), public: snapshot(command.publicDir) }
    const again = runImport(command)
    // The author file made for a name nobody described is now the blog's own: it is not planned again.
    expect(again.files).toEqual({ created: [], updated: [], unchanged: 28, kept: [] })
    expect(
      formatReport(again, { dryRun: false }).trimEnd().endsWith('바뀐 파일이 없습니다: 이미 가져온 내용과 같습니다.'),
    ).toBe(true)
    expect({ content: snapshot(command.contentDir), public: snapshot(command.publicDir) }).toEqual(before)
  })

  it('writes nothing in a dry run, yet reports what it would write', () => {
    const report = runImport({ ...command, dryRun: true })
    expect(report.files.created).toHaveLength(29)
    expect(readdirSync(work)).toEqual([])
  })

  it('keeps a file someone edited after the import unless asked to overwrite it', () => {
    runImport(command)
    const about = path.join(command.contentDir, 'pages', 'about.md')
    writeFileSync(about, '---\ntitle: 고친 소개\npermalink: /about/\n---\n')
    const kept = runImport(command)
    expect(kept.files.kept).toEqual([expect.stringMatching(/pages\/about\.md$/)])
    expect(kept.needsHuman).toContainEqual({
      file: expect.stringMatching(/pages\/about\.md$/),
      line: 1,
      message: expect.stringContaining('--overwrite'),
    })
    expect(readFileSync(about, 'utf8')).toContain('고친 소개')
    const replaced = runImport({ ...command, overwrite: true })
    expect(replaced.files.updated).toEqual([expect.stringMatching(/pages\/about\.md$/)])
    expect(readFileSync(about, 'utf8')).toContain('title: 소개')
  })

  it('refuses a folder that is not a Jekyll site and a series file naming unknown posts', () => {
    expect(() => runImport({ ...command, siteDir: work })).toThrow(/_posts/)
    const series = path.join(work, 'series.yml')
    writeFileSync(series, 'x:\n  title: X\n  posts: [2000-01-01-nope]\n')
    expect(() => runImport({ ...command, seriesFile: series })).toThrow(/2000-01-01-nope/)
  })
})
