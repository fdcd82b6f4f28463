import { describe, expect, it } from 'vitest'
import { finishPost, indexPost, jekyllTerms, postFolders, type IndexedPost } from './convert-post'
import type { SiteIndex } from './scan'

const SEOUL = 'Asia/Seoul'
const index = (path: string, text: string) =>
  indexPost({ path: `_posts/${path}`, text }, { timeZone: SEOUL, permalink: '/:title/' })
const asPost = (result: ReturnType<typeof indexPost>): IndexedPost => {
  if ('skip' in result) throw new Error(result.skip)
  return result
}

describe('indexPost', () => {
  it('skips what Jekyll never read as a post, with the reason', () => {
    expect(index('notes.md', '---\ntitle: a\n---\n')).toEqual({ skip: expect.stringContaining('YYYY-MM-DD') })
  })

  it('imports a _posts file without front matter, which Jekyll 4 published with its title and day from the file name', () => {
    const post = asPost(index('2020-01-01-plain-notes.md', '그냥 *글*\n'))
    expect(post.title).toBe('Plain Notes')
    expect(post.publishedAt).toBe('2020-01-01T00:00:00+09:00')
    expect(post.text).toMatch(/\n---\n그냥 \*글\*\n$/)
    expect(post.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('front matter가 없는 파일이지만 Jekyll은 글로 발행했습니다'),
      expect.stringContaining('제목이 없어 Jekyll처럼 파일 이름에서 "Plain Notes"'),
    ])
  })

  it('keeps a second extension in the title Jekyll read from the file name (`a.md.md` at /a.md/ under /:title/)', () => {
    const post = asPost(index('2020-12-01-meetup.md.md', '---\ntitle: a\n---\n'))
    expect(post.oldUrl).toBe('/meetup.md/')
    expect(post.url).toBe('/meetup.md/')
  })

  it('reads every extension Jekyll’s Markdown converter took, in any case (`.MD`, `.mkd`), as a Markdown post', () => {
    const post = asPost(
      indexPost(
        { path: '_posts/2016/08/2016-08-17-lc-at-ucsd.MD', text: '---\ntitle: 가\n---\n*글*\n' },
        { timeZone: 'UTC', permalink: '/blog/:year/:month/:title.html' },
      ),
    )
    expect(post.fileName).toBe('2016-08-17-lc-at-ucsd.md')
    expect(post.oldUrl).toBe('/blog/2016/08/lc-at-ucsd.html')
    expect(asPost(index('2016-08-18-notes.mkd', '---\ntitle: 나\n---\n')).fileName).toBe('2016-08-18-notes.md')
  })

  it('reads jekyll-seo-tag’s image mapping as its path', () => {
    const post = asPost(
      index('2017-02-07-beaker.md', '---\ntitle: 가\nimage: {path: /images/og.png, width: 1200, height: 630}\n---\n'),
    )
    expect(post.text).toContain('image: /images/og.png\n')
    expect(post.fixes.map((fix) => fix.message)).toContain(
      'image: {path: /images/og.png, …} → /images/og.png (그림의 주소)',
    )
  })

  it('writes a post whose front matter no reader takes with a front matter it reads and the old one shown on top', () => {
    const post = asPost(
      index('2020-05-05-broken-yaml.md', '---\r\ntitle: [1/6] 제목\r\nlayout: post\r\n---\r\n본문입니다\r\n'),
    )
    expect(post.title).toBe('broken yaml')
    expect(post.publishedAt).toBe('2020-05-05T00:00:00+09:00')
    expect(post.slug).toBe('broken-yaml')
    expect(post.text).toContain('```yaml\n---\ntitle: [1/6] 제목\nlayout: post\n---\n```\n\n본문입니다\n')
    expect(post.problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('front matter를 읽을 수 없어') })
    const html = asPost(index('2020-05-06-broken.html', '---\ntitle: [a] <b>\n---\n<p>본문</p>\n'))
    expect(html.text).toContain('<pre>---&#10;title: [a] &lt;b>&#10;---</pre>')
    expect(html.text).toContain('<p>본문</p>')
  })

  it('keeps the file name (.markdown becomes .md) and Jekyll’s slug, and reads what lists need', () => {
    const post = asPost(
      index(
        '2021-03-02-AWS 비용 최적화, 1편 (EC2).markdown',
        '---\ntitle: 제목\ndate: 2021-03-02 09:00:00\ntags: [AWS, aws, 비용]\nauthor: jihoon\npublished: false\n---\n본문\n',
      ),
    )
    expect(post).toMatchObject({
      fileName: '2021-03-02-AWS 비용 최적화, 1편 (EC2).md',
      slug: 'AWS-비용-최적화,-1편-(EC2)',
      url: '/AWS-비용-최적화,-1편-(EC2)/',
      draft: true,
      // An unquoted `2021-03-02 09:00:00` is YAML's timestamp: UTC, whatever the site's zone.
      publishedAt: '2021-03-02T18:00:00+09:00',
      tags: ['AWS', '비용'],
      author: 'jihoon',
      problems: [],
    })
  })

  it('reads a date in the zone Jekyll did: YAML’s own timestamps in UTC, the rest in the site’s zone', () => {
    const dated = (value: string) =>
      asPost(index('2020-01-05-late.md', `---\ntitle: 늦은 글\ndate: ${value}\nupdated: ${value}\n---\n본문\n`))
    // Ruby's YAML read 23:30 as UTC: 08:30 the next morning in Seoul, and Jekyll's URL and feed say the 6th.
    const utc = dated('2020-01-05 23:30:00')
    expect(utc.publishedAt).toBe('2020-01-06T08:30:00+09:00')
    expect(utc.text).toContain('date: 2020-01-06 08:30:00 +0900')
    expect(utc.text).toContain('updated: 2020-01-06 08:30:00 +0900')
    // Quoted, without seconds, or a bare day: Jekyll parsed the text itself, in the site's zone.
    expect(dated('"2020-01-05 23:30:00"').publishedAt).toBe('2020-01-05T23:30:00+09:00')
    expect(dated('2020-01-05 23:30').publishedAt).toBe('2020-01-05T23:30:00+09:00')
    expect(dated('2020-01-05').publishedAt).toBe('2020-01-05T00:00:00+09:00')
    // YAML's timestamp allows several spaces before the time; still UTC, written in the blog's form.
    const spaced = dated('2020-01-05  23:30:00')
    expect(spaced.publishedAt).toBe('2020-01-06T08:30:00+09:00')
    expect(spaced.text).toContain('date: 2020-01-06 08:30:00 +0900')
    expect(spaced.fixes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: expect.stringContaining('date: 2020-01-05  23:30:00 →') }),
      ]),
    )
  })

  it('imports an .html post as the HTML Jekyll published: indentation and blank lines go, <pre> shows the same, and says so', () => {
    const post = asPost(
      index(
        '2008-01-20-brainfuck.html',
        '---\ntitle: 변환기\ntags: [c]\n---\n\n<!-- 20 January 2008 -->\n<p>\n  첫 문단\n</p>\n\n<pre>\n    int x;\n\n    x = 1;\n</pre>\n\n    <p>끝 문단</p>\n',
      ),
    )
    expect(post.fileName).toBe('2008-01-20-brainfuck.md')
    expect(post.slug).toBe('brainfuck')
    expect(post.text.slice(post.frontMatterEnd)).toBe(
      '\n<!-- 20 January 2008 -->\n<p>\n첫 문단\n</p>\n<pre>\n    int x;\n&#10;    x = 1;\n</pre>\n<p>끝 문단</p>\n',
    )
    expect(post.fixes).toContainEqual({ line: 1, message: expect.stringContaining('HTML로 쓴 글이라') })
    expect(post.problems).toEqual([])
    // A post already flat is taken as it is, with nothing to report.
    const flat = asPost(index('2008-01-21-flat.htm', '---\ntitle: 가\n---\n<p>가</p>\n'))
    expect(flat.fileName).toBe('2008-01-21-flat.md')
    expect(flat.fixes.some((fix) => fix.message.includes('HTML로 쓴 글'))).toBe(false)
  })

  it('writes several authors as `authors: [a, b]` in order, from a list, from `a, b` and from objects', () => {
    expect(asPost(index('2020-01-01-a.md', '---\ntitle: 가\nauthors:\n  - tay\n  - mason\n---\n')).text).toBe(
      '---\ntitle: 가\nauthors:\n  - tay\n  - mason\ndate: 2020-01-01 00:00:00 +0900\n---\n',
    )
    const split = asPost(index('2020-01-01-b.md', '---\ntitle: 나\nauthor: tay, mason\n---\n'))
    expect(split.text).toBe('---\ntitle: 나\nauthors: [tay, mason]\ndate: 2020-01-01 00:00:00 +0900\n---\n')
    expect(split.authors.refs).toEqual(['tay', 'mason'])
    const objects = asPost(
      index(
        '2020-01-01-c.md',
        '---\ntitle: 다\nauthors:\n  - name: Kim Lee\n    email: kim@example.com\n  - sora\n---\n',
      ),
    )
    expect(objects.text).toBe('---\ntitle: 다\nauthors: [kim-lee, sora]\ndate: 2020-01-01 00:00:00 +0900\n---\n')
    expect(objects.authors.details).toEqual({ 'kim-lee': { name: 'Kim Lee', email: 'kim@example.com' } })
  })

  it('drops `author` beside `authors`, which the old theme showed instead', () => {
    expect(
      asPost(
        index('2020-01-01-g.md', '---\ntitle: 사\nauthor: Machine Learning Team\nauthors:\n  - ben\n  - boris\n---\n'),
      ).text,
    ).toBe('---\ntitle: 사\nauthors:\n  - ben\n  - boris\ndate: 2020-01-01 00:00:00 +0900\n---\n')
  })

  it('turns an author object into the id of its file, and keeps per-post author fields for that file', () => {
    const post = asPost(
      index(
        '2020-01-01-d.md',
        '---\ntitle: 라\nauthor:\n  name: 김지훈\n  email: jihoon@example.com\nauthor-github: jihoon-dev\n---\n',
      ),
    )
    expect(post.text).toBe(
      '---\ntitle: 라\nauthor: jihoon\nauthor-github: jihoon-dev\ndate: 2020-01-01 00:00:00 +0900\n---\n',
    )
    expect(post.authors.details).toEqual({
      jihoon: { name: '김지훈', email: 'jihoon@example.com', github: 'jihoon-dev' },
    })
    expect(post.unknown.map((note) => note.message)).toEqual([
      expect.stringContaining('author-github: 남겨 두었습니다'),
    ])
  })

  it('renames type, which the blog’s content step reads as the document’s kind, keeping its value', () => {
    const post = asPost(index('2020-01-01-t.md', '---\ntitle: 사\ntype: newsletter\n---\n'))
    expect(post.text).toBe('---\ntitle: 사\njekyll_type: newsletter\ndate: 2020-01-01 00:00:00 +0900\n---\n')
    expect(post.fixes.map((note) => note.message)).toEqual([expect.stringContaining('type → jekyll_type')])
    expect(post.unknown).toEqual([])
  })

  it('makes excerpt the description, keeps lang, and says that Jekyll never read publish', () => {
    const post = asPost(
      index('2020-01-01-e.md', '---\ntitle: 마\nlang: en\nexcerpt: "An <em>English</em> post."\npublish: false\n---\n'),
    )
    expect(post.text).toBe(
      '---\ntitle: 마\nlang: en\njekyll_publish: false\ndescription: An English post.\ndate: 2020-01-01 00:00:00 +0900\n---\n',
    )
    expect(post.draft).toBe(false)
    // The blog's check reads `publish` as a typo of `published` and stops the build; the value stays under another name.
    expect(post.fixes.map((note) => note.message)).toEqual([expect.stringContaining('publish → jekyll_publish')])
    expect(post.unknown).toEqual([])
    expect(post.problems[0]?.message).toContain('publish: false는 Jekyll이 읽지 않는 항목')
    expect(asPost(index('2020-01-01-f.md', '---\ntitle: 바\npublished: false\n---\n')).draft).toBe(true)
  })

  it('makes a missing title from the file name and asks a person to check it', () => {
    const post = asPost(index('2020-01-01-hello-world.md', '---\ndate: 2020-01-01\n---\n'))
    expect(post.text).toBe('---\ndate: 2020-01-01 00:00:00 +0900\ntitle: Hello World\n---\n')
    expect(post.problems[0]?.message).toContain('"Hello World"')
  })

  it('roots relative cover images and turns a one-segment permalink into a slug', () => {
    const post = asPost(
      index(
        '2021-06-01-numbers.md',
        '---\ntitle: 숫자\ndate: 2021-06-01 10:00:00 +0900\npermalink: /numbers-2021/\nimage: assets/images/cover.png\n---\n',
      ),
    )
    expect(post.text).toBe(
      '---\ntitle: 숫자\ndate: 2021-06-01 10:00:00 +0900\nimage: /assets/images/cover.png\nslug: numbers-2021\n---\n',
    )
    expect(post.url).toBe('/numbers-2021/')
    expect(post.dropped).toEqual([{ line: 4, message: 'permalink: /numbers-2021/ → 주소 /numbers-2021/ 그대로' }])
    expect(post.fixes).toEqual([
      { line: 5, message: 'image: assets/images/cover.png → /assets/images/cover.png (사이트 루트 기준 주소)' },
    ])
  })

  it('reads a theme’s cover field (cover_image, thumbnail…) as the post’s image, unless image is given', () => {
    const post = asPost(
      index(
        '2022-01-24-recsys.md',
        '---\ntitle: 추천\ndate: 2022-01-24 10:00:00 +0900\ncover_image: /assets/recsys/cover.png\n---\n',
      ),
    )
    expect(post.text).toBe('---\ntitle: 추천\ndate: 2022-01-24 10:00:00 +0900\nimage: /assets/recsys/cover.png\n---\n')
    expect(post.fixes).toEqual([{ line: 4, message: 'cover_image → image (공유 카드와 목록의 대표 그림)' }])
    const both = asPost(
      index(
        '2022-01-25-b.md',
        '---\ntitle: 둘\ndate: 2022-01-25 10:00:00 +0900\nimage: /a.png\nthumbnail: /b.png\n---\n',
      ),
    )
    expect(both.text).toContain('image: /a.png\nthumbnail: /b.png\n')
    // Markup a theme printed above the post is no picture address: it stays a field of its own.
    const video = '<p><video controls><source src="https://cdn.example/a.mp4"></video></p>'
    const markup = asPost(
      index('2022-01-26-c.md', `---\ntitle: 셋\ndate: 2022-01-26 10:00:00 +0900\ncover: '${video}'\n---\n`),
    )
    expect(markup.text).toContain(`cover: '${video}'\n`)
    expect(markup.text).not.toContain('image:')
  })

  it('reads a list of lists of tags and categories as Jekyll did, flattened', () => {
    const post = asPost(
      index('2020-08-29-blender.md', '---\ntitle: 단축키\ncategories:\n  - Blender\ntags:\n  - [Blender, Tool]\n---\n'),
    )
    expect(post.tags).toEqual(['Blender', 'Tool'])
    expect(post.text).toContain('tags: ["Blender", "Tool"]\n')
    expect(post.text).toContain('categories:\n  - Blender\n')
    expect(post.fixes).toContainEqual({ line: 5, message: expect.stringContaining('Jekyll이 tags를 읽은 그대로') })
  })

  it('reads `tag: SVD, PCA` as Jekyll 4 did (one tag, taken whole) without breaking the front matter', () => {
    const post = asPost(index('2017-06-14-svd.md', '---\ntitle: 분해\ntag: SVD, PCA, LSA\n---\n'))
    expect(post.tags).toEqual(['SVD, PCA, LSA'])
    expect(post.text).toContain('tags: ["SVD, PCA, LSA"]\n')
  })

  it('reads `categories: a, b` as Jekyll 4 did: split at spaces, commas and all, never the whole line too', () => {
    expect(jekyllTerms({ categories: 'news, foundation, agents' }).categories).toEqual([
      'news,',
      'foundation,',
      'agents',
    ])
    // A list item is taken whole.
    expect(jekyllTerms({ categories: ['news, foundation'] }).categories).toEqual(['news, foundation'])
    // The blog reads the line the same way, so it stays as written.
    const post = asPost(index('2026-08-12-a.md', '---\ntitle: 가\ncategories: news, foundation, agents\n---\n'))
    expect(post.text).toContain('categories: news, foundation, agents\n')
  })

  it('gives a post in a folder’s `_posts` that folder as its first category, in its URL too, as Jekyll did', () => {
    expect(postFolders('blog/_posts/2017-03-06-a.md')).toEqual(['blog'])
    expect(postFolders('_posts/en/2021-03-01-a.md')).toEqual([])
    const post = asPost(
      indexPost(
        { path: 'blog/_posts/2017-03-06-roadmap.md', text: '---\ntitle: 가\ncategories: [release]\n---\n' },
        { timeZone: 'UTC', permalink: null },
      ),
    )
    expect(post.oldUrl).toBe('/blog/release/2017/03/06/roadmap.html')
    expect(post.text).toContain('categories: ["blog", "release"]\n')
  })

  it('gives a cover written without its scheme the https a page served over https read it with', () => {
    const post = asPost(index('2015-04-22-a.md', '---\ntitle: 가\nimage: //old.example/wp-content/a.png\n---\n'))
    expect(post.text).toContain('image: https://old.example/wp-content/a.png\n')
  })

  it('reads a redirect_from written without its leading slash from the site’s root, as jekyll-redirect-from did', () => {
    const post = asPost(
      index('2015-02-20-collections.md', '---\ntitle: 가\nredirect_from:\n  - 2015/02/16/collections/\n---\n'),
    )
    expect(post.text).toContain('redirect_from: /2015/02/16/collections/\n')
  })

  it('writes a title’s runs of spaces as the one space readers and jekyll-feed saw', () => {
    const post = asPost(index('2019-06-10-a.md', '---\ntitle: "토픽 모델링과  시각화 "\n---\n'))
    expect(post.title).toBe('토픽 모델링과 시각화')
  })

  it('reads dates Jekyll read with Ruby’s Time.parse, and one-digit days in file names, at the same instant', () => {
    const named = asPost(index('2014-09-08-a.md', '---\ntitle: 가\ndate: September 8, 2014\n---\n'))
    expect(named.publishedAt).toBe('2014-09-08T00:00:00+09:00')
    expect(named.text).toContain('date: 2014-09-08 00:00:00 +0900\n')
    const zoned = asPost(index('2016-03-21-b.md', '---\ntitle: 나\ndate: 2016-03-21 12:00 EDT\n---\n'))
    expect(zoned.publishedAt).toBe('2016-03-22T01:00:00+09:00')
    const short = asPost(index('2017-11-8-c.md', '---\ntitle: 다\ndate: 2017-11-8\n---\n'))
    expect(short.fileName).toBe('2017-11-08-c.md')
    expect(short.publishedAt).toBe('2017-11-08T00:00:00+09:00')
    expect(short.problems).toEqual([])
  })

  it('reads a zone name Ruby did not know, the date command’s form and a time it stopped reading on the site’s clock', () => {
    const unknown = asPost(index('2021-09-03-a.md', '---\ntitle: 가\ndate: 2021-09-03 11:21 CEST\n---\n'))
    expect(unknown.publishedAt).toBe('2021-09-03T11:21:00+09:00')
    const command = asPost(index('2021-09-03-b.md', '---\ntitle: 나\ndate: Fri Sep  3 11:21:31 CEST 2021\n---\n'))
    expect(command.publishedAt).toBe('2021-09-03T11:21:31+09:00')
    expect(command.problems).toEqual([])
    const offset = asPost(index('2021-09-03-c.md', '---\ntitle: 다\ndate: Fri Sep 3 11:21:31 -0300 2021\n---\n'))
    expect(offset.publishedAt).toBe('2021-09-03T23:21:31+09:00')
    const broken = asPost(index('2017-02-10-d.md', '---\ntitle: 라\ndate: 2017-02-10 00:10::00 -03:00\n---\n'))
    expect(broken.publishedAt).toBe('2017-02-10T00:10:00+09:00')
    expect(broken.problems).toEqual([])
  })

  it('keeps a post’s own redirect_from beside the old URL it adds, as a list when a path has spaces', () => {
    const post = asPost(
      indexPost(
        {
          path: '_posts/2017-03-01-word2vec.md',
          text: '---\ntitle: 가\ncategory: natural language processing\nredirect_from: /w2v/\n---\n',
        },
        { timeZone: 'UTC', permalink: null },
      ),
    )
    expect(post.oldUrl).toBe('/natural language processing/2017/03/01/word2vec.html')
    expect(post.text).toContain('redirect_from: ["/w2v/", "/natural language processing/2017/03/01/word2vec.html"]\n')
  })

  it('reads `tag` as Jekyll 4 did: when present it is the tags, taken whole, and `tags` is not read', () => {
    const post = asPost(
      index('2017-06-12-tabnabbing.md', '---\ntitle: 탭\ndate: 2017-06-12 10:00:00 +0900\ntag: [보안, web]\n---\n'),
    )
    expect(post.text).toBe('---\ntitle: 탭\ndate: 2017-06-12 10:00:00 +0900\ntags: ["보안", "web"]\n---\n')
    expect(post.tags).toEqual(['보안', 'web'])
    const both = asPost(
      index('2017-06-13-b.md', '---\ntitle: 둘\ndate: 2017-06-13 10:00:00 +0900\ntags: a\ntag: b a\n---\n'),
    )
    expect(both.tags).toEqual(['b a'])
  })

  it('writes the old site’s offset into last_modified_at too, so an update is not read in another zone', () => {
    const post = asPost(
      indexPost(
        {
          path: '_posts/2020-08-13-webrtc.md',
          text: '---\ntitle: 웹\ndate: 2020-08-13\nlast_modified_at: 2020-08-13\n---\n',
        },
        { timeZone: 'UTC', permalink: '/:title/' },
      ),
    )
    expect(post.text).toBe(
      '---\ntitle: 웹\ndate: 2020-08-13 00:00:00 +0000\nlast_modified_at: 2020-08-13 00:00:00 +0000\n---\n',
    )
  })

  it('reads an update time with a zone Ruby does not know (`UTC+09:00`) on the site’s clock, as Time.parse did', () => {
    const post = asPost(
      indexPost(
        {
          path: '_posts/2023-12-01-pathlib.md',
          text: '---\ntitle: 경로\ndate: 2023-12-01 10:00:00 +0900\nlast_modified_at: 2024-08-02 22:34:02 UTC+09:00\n---\n',
        },
        { timeZone: 'Asia/Seoul', permalink: '/:title/' },
      ),
    )
    expect(post.text).toContain('last_modified_at: 2024-08-02 22:34:02 +0900\n')
  })

  it('writes the old site’s offset into the date, and keeps a deeper old URL as redirect_from', () => {
    const utc = (path: string, text: string, permalink: string | null) =>
      asPost(indexPost({ path: `_posts/${path}`, text }, { timeZone: 'UTC', permalink }))
    const same = utc('2020-01-01-hello.md', '---\ntitle: a\npermalink: /hello/\ndate: 2019-12-31 23:30:00\n---\n', null)
    expect(same).toMatchObject({
      text: '---\ntitle: a\ndate: 2019-12-31 23:30:00 +0000\n---\n',
      url: '/hello/',
      oldUrl: '/hello/',
      publishedAt: '2019-12-31T23:30:00Z',
      problems: [],
    })
    const deep = utc(
      '2020-01-01-hello.md',
      '---\ntitle: a\ndate: 2019-12-31 23:30:00\ncategories: [Cloud]\n---\n',
      null,
    )
    expect(deep.text).toBe(
      '---\ntitle: a\ndate: 2019-12-31 23:30:00 +0000\ncategories: [Cloud]\nredirect_from: /cloud/2019/12/31/hello.html\n---\n',
    )
    expect(deep).toMatchObject({ url: '/hello/', oldUrl: '/cloud/2019/12/31/hello.html' })
    // A date that already names its offset stays as written.
    expect(utc('2020-01-01-x.md', '---\ntitle: a\ndate: 2020-01-01T09:00:00+09:00\n---\n', '/:title/').text).toBe(
      '---\ntitle: a\ndate: 2020-01-01T09:00:00+09:00\n---\n',
    )
  })

  it('imports a post whose front matter does not parse, and says where (the line the reader stopped at)', () => {
    const post = asPost(index('2020-01-01-broken.md', '---\ntitle: [1/6] 제목\n---\n{{ site.url }}/x\n'))
    expect(post.problems).toEqual([{ line: 2, message: expect.stringContaining('front matter를 읽을 수 없어') }])
    expect(post.url).toBe('/broken/')
    expect(post.text.slice(post.frontMatterEnd)).toMatch(/```\n\n\{\{ site\.url \}\}\/x\n$/)
  })

  it('names a post without a title as Jekyll did, from its file name, each word capitalized', () => {
    const post = asPost(index('2021-11-05-class28-spring-MVC.md', '---\nlayout: post\n---\n본문\n'))
    expect(post.title).toBe('Class28 Spring Mvc')
    expect(post.problems).toEqual([{ line: 1, message: expect.stringContaining('"Class28 Spring Mvc"') }])
  })

  it('puts a post whose series is a list into the first series it names', () => {
    const one = asPost(index('2020-01-01-a.md', '---\ntitle: a\nseries: [es-admin]\n---\n'))
    expect(one.text).toContain('series: es-admin\n')
    expect(one.series).toBe('es-admin')
    const two = asPost(index('2020-01-01-b.md', '---\ntitle: b\nseries:\n  - dvf\n  - es-snapshots\n---\n'))
    expect(two.series).toBe('dvf')
    expect(two.text).not.toContain('es-snapshots')
    expect(two.fixes).toEqual([{ line: 3, message: expect.stringContaining('첫 시리즈 dvf') }])
  })

  it('reports a date it cannot read and lists fields the blog does not use', () => {
    // Ruby's Time.parse refuses a 32nd day (where it runs a 30 February on into March).
    const post = asPost(index('2020-01-01-odd.md', '---\ntitle: a\ndate: 2020-02-32\nfeatured: true\ntoc: true\n---\n'))
    expect(post.problems).toEqual([{ line: 3, message: expect.stringContaining('2020-02-32') }])
    expect(post.unknown.map((n) => n.line)).toEqual([4, 5])
  })
})

describe('finishPost', () => {
  const site: SiteIndex = {
    origins: [],
    posts: new Map(),
    pages: new Set(),
    routes: new Set(),
    hasFile: (path) => path === '/assets/images/cover.png',
  }
  const resolver = { postUrl: () => null, linkUrl: () => null }

  it('adds confirmed series fields, converts the body and collects the cover image as an asset', () => {
    const post = asPost(
      index(
        '2020-01-01-a.md',
        '---\ntitle: a\ndate: 2020-01-01 00:00:00 +0900\nimage: assets/images/cover.png\n---\n![x]({{ site.baseurl }}/assets/images/cover.png)\n',
      ),
    )
    const outcome = finishPost(post, { id: 'aws-cost', order: 2 }, resolver, site)
    expect(outcome.text).toBe(
      '---\ntitle: a\ndate: 2020-01-01 00:00:00 +0900\nimage: /assets/images/cover.png\nseries: aws-cost\nseriesOrder: 2\n---\n![x](/assets/images/cover.png)\n',
    )
    expect(outcome.assets).toEqual(['/assets/images/cover.png'])
    expect(outcome.links).toEqual([{ line: 8, message: '{{ site.baseurl }} → (지움)' }])
  })

  it('leaves out a cover the old site did not have either, and says so as a repair', () => {
    const post = asPost(
      index(
        '2020-01-01-a.md',
        '---\ntitle: a\ndate: 2020-01-01 00:00:00 +0900\nimage: /assets/images/gone.png\ntags: [x]\n---\nbody\n',
      ),
    )
    const outcome = finishPost(post, null, resolver, site)
    expect(outcome.text).toBe('---\ntitle: a\ndate: 2020-01-01 00:00:00 +0900\ntags: [x]\n---\nbody\n')
    expect(outcome.problems).toEqual([])
    expect(outcome.repaired).toEqual([{ line: 4, message: expect.stringContaining('/assets/images/gone.png') }])
  })

  it('finds a cover written as a bare file name in the one folder that has it, as the theme showed it', () => {
    const files = ['/images/2026-02-09-a.jpg', '/images/twice.jpg', '/old/twice.jpg']
    const named: SiteIndex = {
      ...site,
      hasFile: (path) => files.includes(path),
      filesNamed: (name) => files.filter((file) => file.endsWith(`/${name}`)),
    }
    const post = asPost(index('2026-02-09-a.md', '---\ntitle: a\nimage: 2026-02-09-a.jpg\n---\nbody\n'))
    const outcome = finishPost(post, null, resolver, named)
    expect(outcome.text).toContain('image: /images/2026-02-09-a.jpg\n')
    expect(outcome.assets).toEqual(['/images/2026-02-09-a.jpg'])
    expect(outcome.repaired).toEqual([{ line: 3, message: expect.stringContaining('→ /images/2026-02-09-a.jpg') }])
    // Two files of that name: which one the theme meant is not known, so the cover is left out and said so.
    const twice = finishPost(
      asPost(index('2026-02-10-b.md', '---\ntitle: b\nimage: twice.jpg\n---\n')),
      null,
      resolver,
      named,
    )
    expect(twice.text).not.toContain('image:')
  })
})
