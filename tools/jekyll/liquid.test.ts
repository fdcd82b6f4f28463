import { describe, expect, it } from 'vitest'
import { convertLiquid, type LiquidResolver } from './liquid'

const resolver: LiquidResolver = {
  postUrl: (name) =>
    ({
      '2019-12-06-kubecon-2': '/kubecon-2/',
      '2021-03-02-AWS 비용 최적화, 1편 (EC2)': '/AWS-비용-최적화,-1편-(EC2)/',
    })[name] ?? null,
  linkUrl: (path) => ({ '_pages/about.md': '/about/', 'assets/guide.pdf': '/assets/guide.pdf' })[path] ?? null,
}
const convert = (text: string) => convertLiquid(text, resolver)

describe('convertLiquid', () => {
  it('leaves text without Liquid untouched', () => {
    const text = '# 제목\n\n`{ not liquid }` and {% in words?\n'
    expect(convert(text)).toEqual({ text, converted: [], links: [], problems: [] })
  })

  it('turns a highlight block into a fenced code block, dropping options and saying so', () => {
    const result = convert(
      '앞 문단\n\n{% highlight ruby linenos %}\ndef hello\n  puts "hi"\nend\n{% endhighlight %}\n\n뒤 문단\n',
    )
    expect(result.text).toBe('앞 문단\n\n```ruby\ndef hello\n  puts "hi"\nend\n```\n\n뒤 문단\n')
    expect(result.converted).toEqual([
      { line: 3, message: '{% highlight ruby %} → ```ruby 코드 블록 (linenos 옵션은 뺐습니다)' },
    ])
    expect(result.problems).toEqual([])
  })

  it('uses a longer fence when the code holds backticks, and starts the fence on its own line', () => {
    const result = convert('보기: {% highlight markdown %}```js\nx\n```{% endhighlight %} 끝')
    expect(result.text).toBe('보기: \n````markdown\n```js\nx\n```\n````\n 끝')
  })

  it('keeps {% raw %} content as written, Liquid-looking text included, also inside highlight', () => {
    const result = convert(
      '{% highlight yaml %}\nimage: {% raw %}{{ .Values.image }}{% endraw %}\n{% endhighlight %}\n',
    )
    expect(result.text).toBe('```yaml\nimage: {{ .Values.image }}\n```\n')
    expect(result.converted.map((n) => n.line)).toEqual([1, 2])
  })

  it('drops site.url and site.baseurl from links, leaving root-relative paths', () => {
    const result = convert(
      '![그림]({{ site.baseurl }}/assets/a.png) [처음]({{ site.url }}) <a href="{{ site.url }}{{ site.baseurl }}/about/">소개</a>',
    )
    expect(result.text).toBe('![그림](/assets/a.png) [처음](/) <a href="/about/">소개</a>')
    expect(result.links).toHaveLength(4)
    expect(result.converted).toEqual([])
    expect(result.problems).toEqual([])
  })

  it('resolves post_url and link to the pages they name, Hangul and spaces included', () => {
    const result = convert(
      '[1편]({% post_url 2021-03-02-AWS 비용 최적화, 1편 (EC2) %})\n[소개]({% link _pages/about.md %}) [2편]({{ site.baseurl }}{% post_url 2019-12-06-kubecon-2 %})',
    )
    expect(result.text).toBe('[1편](/AWS-비용-최적화,-1편-(EC2)/)\n[소개](/about/) [2편](/kubecon-2/)')
    expect(result.links.map((n) => n.line)).toEqual([1, 2, 2, 2])
    expect(result.links[0]?.message).toBe(
      '{% post_url 2021-03-02-AWS 비용 최적화, 1편 (EC2) %} → /AWS-비용-최적화,-1편-(EC2)/',
    )
  })

  it('converts relative_url filters, string literals and comments', () => {
    const result = convert(`{{ "assets/a.png" | relative_url }} {{ '{{' }} {% comment %}메모 -- 비밀{% endcomment %}`)
    expect(result.text).toBe('/assets/a.png {{ <!--메모 - - 비밀-->')
    expect(result.links.map((n) => n.message)).toEqual(['{{ "assets/a.png" | relative_url }} → /assets/a.png'])
    expect(result.converted).toHaveLength(2)
  })

  it('reports what has no equivalent on its line: Liquid’s own tags stay, outputs become visible placeholders', () => {
    const text =
      '첫 줄\n{% include image.html url="/a.png" %}\n{% if page.x %}예{% else %}아니오{% endif %}\n{{ page.title }} 방문: {{ site.url }} 끝\n[글]({% post_url 2000-01-01-nope %})\n{% raw %}닫히지 않음'
    const result = convert(text)
    expect(result.text).toBe(
      text
        .replace('{{ page.title }}', '(옮기지 못한 Liquid: `{{ page.title }}`)')
        .replace('{{ site.url }}', '(옮기지 못한 Liquid: `{{ site.url }}`)'),
    )
    expect(result.problems.map((p) => p.line)).toEqual([2, 3, 4, 4, 5, 6])
    expect(result.problems[0]?.message).toContain('{% include image.html url="/a.png" %}')
    expect(result.problems[4]?.message).toContain('가리키는 글이 없어')
  })
})

describe('convertLiquid with the site configuration and snippets', () => {
  const withSite: LiquidResolver = {
    ...resolver,
    siteValue: (path) => ({ name: '옛 블로그', email: 'blog@example.com', 'social.github': 'example' })[path] ?? null,
    include: (name, parameters) =>
      name === 'note.html'
        ? { text: `<p class="note">${parameters.text ?? ''}</p>` }
        : { problem: `_includes/${name}에 Liquid 태그(조건, 반복)가 있어 그대로 옮길 수 없습니다` },
  }

  it('fills in {{ site.* }} values from _config.yml, through text filters, and reports the ones it does not know', () => {
    const result = convertLiquid(
      '"{{site.name}}"에 {{ site.email | escape }}로, {{ site.social.github | upcase }} {{ site.missing }}\n',
      withSite,
    )
    expect(result.text).toBe('"옛 블로그"에 blog@example.com로, EXAMPLE (옮기지 못한 Liquid: `{{ site.missing }}`)\n')
    expect(result.converted.map((note) => note.message)).toEqual([
      '{{site.name}} → 옛 블로그 (_config.yml의 값)',
      '{{ site.email | escape }} → blog@example.com (_config.yml의 값)',
      '{{ site.social.github | upcase }} → EXAMPLE (_config.yml의 값)',
    ])
    expect(result.problems).toHaveLength(1)
  })

  it('inlines a plain include with its parameters and reports one it cannot', () => {
    const result = convertLiquid('{% include note.html text="조심하세요" %}\n\n{% include loop.html %}\n', withSite)
    expect(result.text).toBe('<p class="note">조심하세요</p>\n\n{% include loop.html %}\n')
    expect(result.converted).toEqual([
      { line: 1, message: '{% include note.html text="조심하세요" %} → _includes/note.html의 내용' },
    ])
    expect(result.problems).toEqual([
      {
        line: 3,
        message:
          '{% include loop.html %}: _includes/loop.html에 Liquid 태그(조건, 반복)가 있어 그대로 옮길 수 없습니다: 내용을 직접 옮겨 쓰세요',
      },
    ])
  })
})

describe('convertLiquid and what Jekyll printed from the page and from nothing', () => {
  const page: LiquidResolver = {
    ...resolver,
    pageValue: (path) => (path === 'title' ? 'Git 이야기' : path === 'url' ? null : undefined),
  }

  it('prints {{ page.title }} from the post’s own front matter, and nothing for what the post never set', () => {
    const result = convertLiquid('# {{ page.title }}\n{{ page.subtitle }}{{closure}} 끝\n', page)
    expect(result.text).toBe('# Git 이야기\n 끝\n')
    expect(result.problems).toEqual([])
    expect(result.converted).toHaveLength(3)
  })

  it('leaves a site’s own filters and tags as one visible placeholder each, with the address they named, and counts them for a person', () => {
    const result = convertLiquid(
      '{{ "https://example.com/talk" | embed: "Title" }}\n{% oembed https://example.com/v/1 %}\n{{ "x" | team_photo }}\n',
      page,
    )
    expect(result.text).toBe(
      [
        '(옮기지 못한 Liquid: `{{ "https://example.com/talk" | embed: "Title" }}` <https://example.com/talk>)',
        '(옮기지 못한 Liquid: `{% oembed https://example.com/v/1 %}` <https://example.com/v/1>)',
        '(옮기지 못한 Liquid: `{{ "x" | team_photo }}`)',
        '',
      ].join('\n'),
    )
    expect(result.problems.map((problem) => problem.line)).toEqual([1, 2, 3])
    expect(result.converted).toEqual([])
  })
})

describe('convertLiquid and jekyll-gist', () => {
  it('turns {% gist %} into a link to the Gist', () => {
    expect(convertLiquid('{% gist octo/0a1b2c3d %}\n{% gist octo/0a1b2c3d main.go %}\n', resolver).text).toBe(
      '[GitHub Gist 코드 보기: octo/0a1b2c3d](https://gist.github.com/octo/0a1b2c3d)\n[GitHub Gist 코드 보기: main.go](https://gist.github.com/octo/0a1b2c3d)\n',
    )
  })
})
