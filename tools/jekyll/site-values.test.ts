import { describe, expect, it } from 'vitest'
import { buildContentResolver, inlineInclude, siteValueOf } from './site-values'

const CONFIG = 'name: 옛 블로그\nemail: blog@example.com\nfooter:\n  year: 2020\nnav: [a, b]\n'

describe('siteValueOf', () => {
  it('reads text, numbers and nested values, and nothing for lists, maps or unknown names', () => {
    const values = { name: '블로그', footer: { year: 2020 }, nav: ['a'], deep: { map: {} } }
    expect(siteValueOf(values, 'name')).toBe('블로그')
    expect(siteValueOf(values, 'footer.year')).toBe('2020')
    expect(siteValueOf(values, 'nav')).toBeNull()
    expect(siteValueOf(values, 'deep.map')).toBeNull()
    expect(siteValueOf(values, 'toString')).toBeNull()
  })
})

describe('buildContentResolver', () => {
  const resolver = buildContentResolver(CONFIG, [
    {
      path: '_includes/callout.html',
      text: '<div class="callout">\n\n  <p>{{ include.text }}</p>\n  <p>{{ site.email }}</p>\n</div>\n',
    },
    { path: '_includes/list.html', text: '{% for p in site.posts %}{{ p.title }}{% endfor %}' },
    { path: '_includes/page.html', text: '<p>{{ page.title }}</p>' },
  ])

  it('inlines a plain HTML snippet flattened, parameters and site values filled in, missing parameters empty', () => {
    expect(resolver.include?.('callout.html', { text: '안내' })).toEqual({
      text: '<div class="callout">\n<p>안내</p>\n<p>blog@example.com</p>\n</div>',
    })
    expect(resolver.include?.('callout.html', {})).toEqual({
      text: '<div class="callout">\n<p></p>\n<p>blog@example.com</p>\n</div>',
    })
  })

  it('applies Liquid’s default filter to a parameter that is missing or empty, and to a site value', () => {
    const youtube =
      '<iframe width="{{ include.width | default: 560 }}" height="{{ include.height | default: \'315\' }}" src="https://www.youtube.com/embed/{{ include.v }}" title="{{ site.missing | default: "영상" }}"></iframe>'
    expect(inlineInclude('youtube.html', youtube, { v: 'abc', height: '' }, {})).toEqual({
      text: '<iframe width="560" height="315" src="https://www.youtube.com/embed/abc" title="영상"></iframe>',
    })
    expect(inlineInclude('youtube.html', youtube, { v: 'abc', width: '640' }, {})).toMatchObject({
      text: expect.stringContaining('width="640"'),
    })
  })

  it('refuses snippets that compute something or do not exist', () => {
    expect(resolver.include?.('list.html', {})).toHaveProperty('problem')
    expect(resolver.include?.('page.html', {})).toEqual({
      problem: '_includes/page.html의 {{ page.title }}은(는) 채울 값을 알 수 없습니다',
    })
    expect(resolver.include?.('none.html', {})).toEqual({ problem: '_includes/none.html이(가) 없습니다' })
  })
})
