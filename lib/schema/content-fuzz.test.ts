import fc from 'fast-check'
import matter from 'gray-matter'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { parseFrontMatter } from './front-matter'
import { findUnsafeHtml } from '../fixtures/find-unsafe-html'
import { postFileName, postText } from '../fixtures/post-arbitraries'
import { markdownToPlainText, renderMarkdown } from '../markdown/pipeline'
import { checkRendering } from '../markdown/render-check'

/**
 * The check's time limit is for runaway posts; these tests ask whether a post renders at all, so a
 * machine busy with other work must never turn a slow render into a failure.
 */
const RENDER_TIME_LIMIT_MS = 600_000
import { validateContent, type SourceFile } from './validate-content'

/** The front matter as Contentlayer reads it: gray-matter with the yaml library, as its source does. */
function contentlayerData(text: string): unknown {
  return matter(text, { engines: { yaml: (source: string) => parseYaml(source) as object } }).data
}

/** Whether the Markdown pipeline also sees the front matter as such, so none of it leaks into the page. */
function pipelineSeesFrontMatter(text: string): boolean {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text).children[0]?.type === 'yaml'
}

/**
 * What `npm run check` does before every build (lib/schema/validate-content.ts, then lib/markdown/render-check.ts),
 * with the outcome for each file: rejected with errors naming it, or accepted.
 */
async function checkLikeTheBuild(files: SourceFile[]) {
  const diagnostics = validateContent({ posts: files, authors: [], series: [] })
  const rejected = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))
  const renderErrors = await checkRendering(
    files.filter((file) => !rejected.has(file.path)),
    { timeoutMs: RENDER_TIME_LIMIT_MS, stackSizeMb: 0.5 },
  )
  for (const d of renderErrors) rejected.add(d.file)
  return { diagnostics: [...diagnostics, ...renderErrors], accepted: files.filter((file) => !rejected.has(file.path)) }
}

describe('hostile and malformed posts (property-based)', () => {
  it('each end as an error naming the file, or as a page that renders; never a crash, hang or silent skip', async () => {
    const batch = fc.array(fc.tuple(postFileName, postText), { minLength: 1, maxLength: 12 })
    let rendered = 0
    await fc.assert(
      fc.asyncProperty(batch, async (posts) => {
        const files = posts.map(([name, text], n) => ({ path: `content/posts/${name(n)}`, text }))
        const { diagnostics, accepted } = await checkLikeTheBuild(files)

        const paths = new Set(files.map((file) => file.path))
        for (const d of diagnostics) expect(paths.has(d.file), d.file).toBe(true)
        for (const file of accepted) {
          const parsed = parseFrontMatter(file.text)
          expect(parsed.ok).toBe(true)
          // What the check accepted, Contentlayer reads the same way, and the page renders.
          if (parsed.ok) expect(contentlayerData(file.text)).toEqual(parsed.value.data)
          expect(pipelineSeesFrontMatter(file.text)).toBe(true)
          // The page renders, holds nothing that could run, and keeps the body: a body with words a
          // reader would see (not only inside a link's address, as `[](0)`) never renders to an empty page.
          const html = await renderMarkdown(file.text)
          expect(findUnsafeHtml(html)).toEqual([])
          const body = parsed.ok ? parsed.value.body : ''
          if (/[\p{L}\p{N}]/u.test(markdownToPlainText(body)) && !/[<>&\\`]/.test(body))
            expect(html.replace(/<[^>]*>/g, '').trim()).not.toBe('')
          rendered += 1
        }
      }),
      // The same posts on every run, so `npm test` passes or fails for the code, never for the draw;
      // FUZZ_RUNS=500 FUZZ_SEED=$RANDOM npx vitest run lib/schema/content-fuzz.test.ts searches further
      // (the seed of a failure is printed).
      { numRuns: Number(process.env.FUZZ_RUNS ?? 10), seed: Number(process.env.FUZZ_SEED ?? 20191206) },
    )
    // The generators are tuned so that about one post in five gets past the checks to the renderer.
    expect(rendered).toBeGreaterThan(0)
  }, 300_000)
})

describe('hostile posts that once needed a fix (regression examples)', () => {
  const post = (name: string, text: string) => ({ path: `content/posts/${name}`, text })
  const errorsFor = async (file: SourceFile) =>
    (await checkLikeTheBuild([file])).diagnostics.filter((d) => d.severity === 'error')

  it('renders a post with a 1 MB code block', async () => {
    const code = 'const 값 = fetch("/api"); // 주석\n'.repeat(Math.ceil(1_000_000 / 36))
    const file = post('2020-01-01-big-code.md', `---\ntitle: 큰 코드\n---\n\`\`\`js\n${code}\`\`\`\n`)
    expect(await errorsFor(file)).toEqual([])
    expect(await renderMarkdown(file.text)).toContain('hljs-keyword')
  }, 1_200_000)

  it('renders a post with five thousand tags', async () => {
    const tags = Array.from({ length: 5000 }, (_, i) => `  - 태그${i}`).join('\n')
    const file = post('2020-01-01-many-tags.md', `---\ntitle: 태그가 많은 글\ntags:\n${tags}\n---\n본문\n`)
    expect(await errorsFor(file)).toEqual([])
  })

  it('rejects, naming the file, a post too big, a YAML bomb, a NUL title and nesting that overflows', async () => {
    const bomb = [
      'a0: &a0 ["lol"]',
      ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(',')}]`),
    ].join('\n')
    const files = [
      post('2020-01-01-huge.md', `---\ntitle: 큰 글\n---\n${'한글 문단입니다. '.repeat(150_000)}\n`),
      post('2020-01-02-bomb.md', `---\ntitle: 폭탄\n${bomb}\n---\n`),
      post('2020-01-03-nul-title.md', '---\ntitle: "제\\0목"\n---\n'),
      post('2020-01-04-deep.md', `---\ntitle: 깊은 인용\n---\n${'> '.repeat(5000)}x\n`),
    ]
    const { diagnostics, accepted } = await checkLikeTheBuild(files)
    expect(accepted).toEqual([])
    expect(diagnostics.map((d) => d.file)).toEqual(files.map((f) => f.path))
    expect(diagnostics[0]?.message).toContain('글이 너무 큽니다')
  })
})
