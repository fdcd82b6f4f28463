import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readContentSources } from './content-sources'
import { checkRendering } from '../markdown/render-check'
import { readRenderByKey } from '../markdown/render-store'
import { validateContent } from './validate-content'
import { packageCommand } from '../../pipeline/processes/commands'

/**
 * The awkward posts the content check lets through, built by the real Contentlayer: every one must
 * come out in .contentlayer/generated with the values the check read. Contentlayer runs in a
 * scratch folder inside the repository (so it finds node_modules) and never touches the real
 * .contentlayer/.
 */
const root = path.resolve(import.meta.dirname, '../..')
const scratch = path.join(root, '.e2e', `contentlayer-agreement-${process.pid}`)
const contentDir = path.join(scratch, 'content')
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const fiveThousandTags = Array.from({ length: 5000 }, (_, i) => `  - 태그${i}`).join('\n')

const POSTS: Record<string, string> = {
  '2021-03-02-AWS 비용 최적화, 1편 (EC2).md': '---\ntitle: "AWS 비용 최적화, 1편 (EC2)"\n---\n본문\n',
  '2020-01-01-crlf-bom.md':
    '\uFEFF---\r\ntitle: 윈도우에서 쓴 글\r\ndraft: false\r\n# 마지막 줄이 주석이면 CRLF도 괜찮습니다\r\n---\r\n본문\r\n',
  '2020-01-02-many-tags.md': `---\ntitle: 태그 오천 개\ntags:\n${fiveThousandTags}\n---\n본문\n`,
  '2020-01-03-odd-title.md':
    '---\ntitle: \'<script>alert(1)</script> "따옴표" # 해시: 콜론 👩‍💻 עברית\'\ndescription: "줄\\n바꿈과 \\t탭"\n---\n',
  '2020-01-04-anchors.md':
    '---\ntitle: 앵커\ntags: &t [aws, AWS, 쿠버네티스]\ncategories: *t\nlayout: { nested: [1, { deep: true }] }\nsubtitle: 알 수 없는 항목\n---\n본문\n',
  '2020-01-05-date-forms.md': '---\ntitle: 날짜\ndate: 2020-01-05T23:59:59.999-08:00\n---\n',
  '2020-01-06-empty-body.md': '---\ntitle: 본문 없음\n---\n',
  'nested/2020-01-07-in-a-folder.md': '---\ntitle: 폴더 안의 글\nslug: 직접-정한-주소\n---\n본문\n',
  '2020-01-08-unclosed-html.md': `---\ntitle: 닫지 않은 태그\n---\n<div><span><table><tr><td>칸\n\n${'> '.repeat(200)}깊은 인용\n\n\`\`\`\n${'x'.repeat(200_000)}\n\`\`\`\n`,
  '2020-01-09-lone-cr.md': '---\ntitle: 옛 맥 줄바꿈\n---\n첫 줄\r둘째 줄\r',
}

function writeContent(): void {
  for (const [name, text] of Object.entries(POSTS)) {
    const file = path.join(contentDir, 'posts', name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  mkdirSync(path.join(contentDir, 'authors'), { recursive: true })
  writeFileSync(path.join(contentDir, 'authors', 'tester.yml'), 'name: 테스트\n')
}

interface GeneratedPost {
  _raw: { sourceFilePath: string }
  title: string
  slug: string
  tagList: string[]
  /** The stored render pages read the HTML from (Contentlayer keeps none). */
  renderKey: string
}

describe('posts the content check accepts', () => {
  it('all come out of Contentlayer, with the values the check read', async () => {
    writeContent()
    const sources = readContentSources(contentDir, contentDir)
    const problems = validateContent(sources).filter((d) => d.severity === 'error')
    problems.push(...(await checkRendering(sources.posts)))
    expect(problems).toEqual([])

    const run = spawnSync(
      ...packageCommand('contentlayer2', ['build', '--config', path.join(root, 'contentlayer.config.ts')], root),
      {
        cwd: scratch,
        // Contentlayer takes its folder from PWD.
        env: { ...process.env, PWD: scratch, CONTENT_DIR: contentDir },
        encoding: 'utf8',
      },
    )
    expect(run.status, run.stdout + run.stderr).toBe(0)

    const generated = JSON.parse(
      readFileSync(path.join(scratch, '.contentlayer', 'generated', 'Post', '_index.json'), 'utf8'),
    ) as GeneratedPost[]
    const byFile = new Map(generated.map((post) => [post._raw.sourceFilePath, post]))
    expect([...byFile.keys()].sort()).toEqual(
      Object.keys(POSTS)
        .map((name) => `posts/${name}`)
        .sort(),
    )
    expect(byFile.get('posts/2020-01-01-crlf-bom.md')?.title).toBe('윈도우에서 쓴 글')
    expect(byFile.get('posts/2020-01-02-many-tags.md')?.tagList).toHaveLength(5000)
    expect(byFile.get('posts/2020-01-03-odd-title.md')?.title).toContain('<script>alert(1)</script> "따옴표"')
    expect(byFile.get('posts/2020-01-04-anchors.md')?.tagList).toEqual(['aws', '쿠버네티스'])
    expect(byFile.get('posts/nested/2020-01-07-in-a-folder.md')?.slug).toBe('직접-정한-주소')
    const unclosed = byFile.get('posts/2020-01-08-unclosed-html.md')
    expect(readRenderByKey(unclosed?.renderKey ?? '')?.html).toContain('깊은 인용')
  }, 120_000)
})
