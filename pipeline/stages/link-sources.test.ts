import { describe, expect, it } from 'vitest'
import { indexSources, locateBrokenLink } from './link-sources'

const posts = [
  {
    path: 'content/posts/2020-01-02-links.md',
    text: '---\ntitle: 링크\n---\n\n첫 문단\n\n[태그](/tags/없는-태그/)와 [위](#없는-제목)\n\n<a href="/old.html">옛</a>\n\n[참고]: /ref/\n',
  },
  { path: 'content/posts/2020-01-03-other.md', text: '---\ntitle: 다른 글\nslug: 다른-글\n---\n본문\n' },
]
const pages = [
  { path: 'content/pages/about.md', text: '---\ntitle: 소개\npermalink: /about/\n---\n[연락](/contact/)\n' },
]
const index = indexSources(posts, pages)

describe('locateBrokenLink', () => {
  it('maps an exported page back to its Markdown file and the line of the link, whatever its encoding or base path', () => {
    expect(
      locateBrokenLink(
        { page: 'links/index.html', link: `/blog/tags/${encodeURIComponent('없는-태그')}/`, reason: '' },
        index,
        '/blog',
      ),
    ).toEqual({ file: 'content/posts/2020-01-02-links.md', line: 7 })
    expect(
      locateBrokenLink(
        { page: 'links/index.html', link: `#${encodeURIComponent('없는-제목')}`, reason: '' },
        index,
        '',
      ),
    ).toEqual({ file: 'content/posts/2020-01-02-links.md', line: 7 })
    expect(locateBrokenLink({ page: 'links/index.html', link: '/old.html', reason: '' }, index, '')).toEqual({
      file: 'content/posts/2020-01-02-links.md',
      line: 9,
    })
    expect(locateBrokenLink({ page: 'links/index.html', link: '/ref/', reason: '' }, index, '')).toEqual({
      file: 'content/posts/2020-01-02-links.md',
      line: 11,
    })
    expect(locateBrokenLink({ page: 'about/index.html', link: '/contact/', reason: '' }, index, '')).toEqual({
      file: 'content/pages/about.md',
      line: 5,
    })
  })

  it("names the file alone when the link is not written as exported, and nothing for the site's own pages", () => {
    expect(locateBrokenLink({ page: '다른-글/index.html', link: '/x/', reason: '' }, index, '')).toEqual({
      file: 'content/posts/2020-01-03-other.md',
      line: null,
    })
    expect(locateBrokenLink({ page: 'tags/aws/index.html', link: '/x/', reason: '' }, index, '')).toBeNull()
  })
})
