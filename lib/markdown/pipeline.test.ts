import { describe, expect, it } from 'vitest'
import { isHighlightedLanguage, markdownToPlainText, renderMarkdown } from './pipeline'
import { toInternalPath } from './rehype-site'

describe('renderMarkdown', () => {
  it('gives headings GitHub-style ids that keep Hangul, with an anchor link', async () => {
    const html = await renderMarkdown('# Kubernetes와 Cloud Native 란?\n')
    expect(html).toContain('id="kubernetes와-cloud-native-란"')
    expect(html).toContain('href="#kubernetes와-cloud-native-란"')
  })

  it('keeps the page title the only h1 by moving body headings one level down', async () => {
    const html = await renderMarkdown('# 개요\n\n## 세부\n')
    expect(html).toMatch(/<h2 id="개요">/)
    expect(html).toMatch(/<h3 id="세부">/)
    expect(await renderMarkdown('## 그대로\n\n### 아래\n')).toMatch(/<h2 id="그대로">.*<h3 id="아래">/s)
  })

  it('never lets headings skip a level: each sits one below the nearest higher one written before it', async () => {
    const levels = async (markdown: string) =>
      [...(await renderMarkdown(markdown)).matchAll(/<h(\d) id="([^"]+)"/g)].map((m) => `${m[2]}:${m[1]}`)
    // Written ###, then ##, ####, #####, ##: an old post's levels, chosen for their size.
    expect(await levels('### 처음\n\n## 둘\n\n#### 셋\n\n##### 넷\n\n#### 다섯\n\n## 여섯\n')).toEqual([
      '처음:2',
      '둘:2',
      '셋:3',
      '넷:4',
      '다섯:3',
      '여섯:2',
    ])
    expect(await levels('# 가\n\n### 나\n\n# 다\n\n## 라\n')).toEqual(['가:2', '나:3', '다:2', '라:3'])
  })

  it('renders GFM: tables, task lists, strikethrough, autolinks and footnotes', async () => {
    const html = await renderMarkdown(
      [
        '| a | b |',
        '| - | - |',
        '| 1 | 2 |',
        '',
        '- [x] 완료',
        '',
        '~~취소~~ https://example.com',
        '',
        '본문[^1]',
        '',
        '[^1]: 각주 내용',
      ].join('\n'),
    )
    expect(html).toContain('<table>')
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/)
    expect(html).toContain('<del>취소</del>')
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">')
    const ref = /href="#(user-content-fn-1)"/.exec(html)
    expect(ref).not.toBeNull()
    expect(html).toContain(`id="${ref?.[1]}"`)
  })

  it('highlights known languages and leaves unknown ones plain without failing', async () => {
    const html = await renderMarkdown('```go\nfunc main() {}\n```\n\n```redshift\nSELECT 1;\n```\n')
    expect(html).toContain('hljs-keyword')
    expect(html).toContain('data-language="redshift"')
    expect(html).toContain('SELECT 1;')
  })

  it('highlights proto files under both names', async () => {
    const html = await renderMarkdown('```proto\nmessage HelloRequest { string name = 1; }\n```\n')
    expect(html).toContain('hljs-keyword')
  })

  it('lazy-loads images and keeps their alt text', async () => {
    const html = await renderMarkdown('![행사장 입구](https://example.com/a.png)\n')
    expect(html).toMatch(/<img[^>]*src="https:\/\/example.com\/a.png"[^>]*>/)
    expect(html).toContain('alt="행사장 입구"')
    expect(html).toContain('loading="lazy"')
  })

  it('rewrites absolute links to the old blog into internal paths', async () => {
    const html = await renderMarkdown('[2편](https://megazonedsg.github.io/kubecon-2)\n')
    expect(html).toContain('<a href="/kubecon-2/">2편</a>')
  })

  it('removes script and javascript: links from raw HTML', async () => {
    const html = await renderMarkdown(
      '<script>alert(1)</script>\n\n<a href="javascript:alert(1)">x</a> <img src="a.png" width="300" onerror="alert(1)">\n',
    )
    expect(html).not.toContain('<script')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('onerror')
    expect(html).toContain('width="300"')
  })
})

describe('toInternalPath', () => {
  const origins = ['https://megazonedsg.github.io']
  it('maps the old domain to internal paths and keeps fragments', () => {
    expect(toInternalPath('https://megazonedsg.github.io', origins)).toBe('/')
    expect(toInternalPath('https://megazonedsg.github.io/kubecon-1', origins)).toBe('/kubecon-1/')
    expect(toInternalPath('https://megazonedsg.github.io/kubecon-1/#개요', origins)).toBe('/kubecon-1/#개요')
    expect(toInternalPath('https://megazonedsg.github.io/feed.xml', origins)).toBe('/feed.xml')
  })
  it('leaves other sites alone', () => {
    expect(toInternalPath('https://megazonedsg.github.io.evil.com/x', origins)).toBeNull()
    expect(toInternalPath('https://example.com/kubecon-1', origins)).toBeNull()
  })
})

describe('markdownToPlainText', () => {
  it('keeps prose and drops front matter, code and HTML', () => {
    const text = markdownToPlainText(
      '---\ntitle: x\n---\n\n# 제목\n\n본문 `kubectl` 입니다.\n\n```sh\nrm -rf /\n```\n\n<div>html</div>\n',
    )
    expect(text).toBe('제목 본문 kubectl 입니다.')
  })

  it('runs inline text on without a stray space after a link or emphasis, and keeps blocks apart', () => {
    const text = markdownToPlainText(
      '[1편](/kubecon-1/)과 **설명**을 드립니다.\n\n- 하나\n- 둘\n\n| 가 | 나 |\n|---|--:|\n| 1 | 2 |\n',
    )
    expect(text).toBe('1편과 설명을 드립니다. 하나 둘 가 나 1 2')
  })
})

describe('isHighlightedLanguage', () => {
  it('knows highlight.js names, their aliases and ours, whatever the case', () => {
    for (const language of ['ruby', 'js', 'YAML', 'yml', 'proto', 'console', 'typescript'])
      expect(isHighlightedLanguage(language), language).toBe(true)
    for (const language of ['hcl2', 'mermaidx', '']) expect(isHighlightedLanguage(language), language).toBe(false)
  })
})

describe('reading touches', () => {
  it('turns an image with a title, alone in its paragraph, into a captioned figure', async () => {
    const html = await renderMarkdown('![구성도](/assets/a.png "그림 1. 서비스 구성도")\n')
    expect(html).toMatch(
      /^<figure><img src="\/assets\/a.png" alt="구성도"[^>]*><figcaption>그림 1. 서비스 구성도<\/figcaption><\/figure>$/,
    )
    expect(html).not.toContain('title=')
  })

  it('leaves images without a title, or inside running text, in their paragraph', async () => {
    expect(await renderMarkdown('![구성도](/assets/a.png)\n')).toMatch(/^<p><img/)
    expect(await renderMarkdown('앞 글 ![구성도](/assets/a.png "제목") 뒤 글\n')).toMatch(
      /^<p>앞 글 <img[^>]*title="제목"/,
    )
  })

  it('frames code blocks with a bar that names the language', async () => {
    const html = await renderMarkdown('```yaml\na: 1\n```\n\n```\nplain\n```\n')
    expect(html).toMatch(
      /<div class="code-block"><div class="code-block__bar"><span class="code-block__language">yaml<\/span><\/div><pre data-language="yaml" tabindex="0"><code/,
    )
    expect(html).toContain('<div class="code-block"><div class="code-block__bar"></div><pre tabindex="0"><code>plain')
    expect(html.match(/class="code-block"/g)).toHaveLength(2)
  })
})
