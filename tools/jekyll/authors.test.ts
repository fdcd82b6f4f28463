import { describe, expect, it } from 'vitest'
import { authorIdFor, planPostAuthors, readDataAuthors, readPostAuthors } from './authors'

describe('authorIdFor', () => {
  it('keeps ids, makes ASCII names kebab-case, and gives Hangul names their email or a stable hash', () => {
    expect(authorIdFor('min.k')).toBe('min.k')
    expect(authorIdFor('Machine Learning Team')).toBe('machine-learning-team')
    expect(authorIdFor('김지훈', 'jihoon@example.com')).toBe('jihoon')
    expect(authorIdFor('외부 기고자')).toMatch(/^author-[0-9a-f]{8}$/)
    expect(authorIdFor('외부 기고자')).toBe(authorIdFor('외부 기고자'))
    // Accents leave their letter: Jonatan Männchen is jonatan-mannchen, not jonatan-ma-nnchen.
    expect(authorIdFor('Jonatan Männchen')).toBe('jonatan-mannchen')
  })

  it('keeps an id made from a long byline short enough for a file name, and distinct per byline', () => {
    const many = 'Ann Lee, Bo Kim, Cy Park, Dee Moon, Eun Seo, Fay Lim, Gil Han, and Hye Jin Song'
    expect(authorIdFor(many).length).toBeLessThanOrEqual(64)
    expect(authorIdFor(many)).toMatch(/^ann-lee-bo-kim-.*-[0-9a-f]{8}$/)
    expect(authorIdFor(many)).not.toBe(authorIdFor(`${many} Jr`))
  })
})

describe('readPostAuthors', () => {
  it('reads `author:` written as a list as the authors, in order', () => {
    const read = readPostAuthors({ author: ['hana', 'Bo Kim'] }, () => 3)
    expect(read.refs).toEqual(['hana', 'bo-kim'])
    expect(read.edits).toEqual({ author: null, authors: '[hana, bo-kim]' })
    expect(read.details['bo-kim']).toEqual({ name: 'Bo Kim' })
    expect(read.notes).toEqual([{ line: 3, message: expect.stringContaining('authors: [hana, bo-kim]') }])
    expect(readPostAuthors({ author: ['solo'] }, () => 3).edits).toEqual({ author: null, authors: '[solo]' })
  })

  it('reads a byline written as HTML links as the text readers saw, and reports the links it leaves out', () => {
    const read = readPostAuthors(
      { author: '<a href="https://ann.example/">Ann Lee</a> and <a href="//bo.example">Bo &amp; Kim</a>, ' },
      () => 4,
    )
    expect(read.refs).toEqual(['Ann Lee and Bo & Kim'])
    expect(read.edits.author).toBe('Ann Lee and Bo & Kim')
    expect(read.notes).toEqual([{ line: 4, message: expect.stringContaining('https://ann.example/, //bo.example') }])
    expect(readPostAuthors({ author: 'Ann <ann@example.com>' }, () => 1).refs).toEqual(['Ann <ann@example.com>'])
  })
})

describe('planPostAuthors', () => {
  const data = readDataAuthors(
    'dgoon:\n  name: Kangsan Lee\n  username: dgoon\n  email: dgoon@example.com\nhwan:\n  name: Hwan Cho\n"bad id!":\n  name: x\n',
  )
  const post = (fields: Record<string, unknown>) => readPostAuthors(fields, () => 1)

  it('keeps `author: "A, B, and C"` of display names one byline, as Jekyll’s feed showed it, and splits ids', () => {
    expect(post({ author: 'Ann Lee, Bo Kim, and Cy Park' }).refs).toEqual(['Ann Lee, Bo Kim, and Cy Park'])
    expect(post({ author: 'tay, mason, and jo' }).refs).toEqual(['tay', 'mason', 'jo'])
  })

  it('keeps the display name of an author a post lists by name, for the file made for them', () => {
    const plan = planPostAuthors({
      posts: [{ file: 'content/posts/a.md', authors: post({ authors: ['José Valim', 'Eric Meadows-Jönsson'] }) }],
      known: new Set(),
      configIds: new Set(),
      dataAuthors: [],
      labels: { site: 'old', content: 'content' },
    })
    expect(plan.files).toEqual([
      { path: 'authors/jose-valim.yml', text: 'name: José Valim\n' },
      { path: 'authors/eric-meadows-jonsson.yml', text: 'name: Eric Meadows-Jönsson\n' },
    ])
  })

  it('writes one file for two spellings of one id, and says which spelling the byline no longer shows', () => {
    const plan = planPostAuthors({
      posts: [
        { file: 'content/posts/a.md', authors: post({ author: 'Guillaume Gardet' }) },
        { file: 'content/posts/b.md', authors: post({ author: 'Guillaume GARDET' }) },
      ],
      known: new Set(),
      configIds: new Set(),
      dataAuthors: [],
      labels: { site: 'old', content: 'content' },
    })
    expect(plan.files).toEqual([{ path: 'authors/guillaume-gardet.yml', text: 'name: Guillaume Gardet\n' }])
    expect(plan.needsHuman.map((item) => `${item.file}: ${item.message}`)).toEqual([
      expect.stringContaining('content/posts/a.md: 글쓴이 "Guillaume Gardet"가'),
      expect.stringContaining(
        'content/posts/b.md: 글쓴이 "Guillaume GARDET"는 이미 만든 content/authors/guillaume-gardet.yml과 같은 id가 되어',
      ),
    ])
  })

  it('reads _data/authors.yml, username becoming the GitHub account', () => {
    expect(data.map((author) => author.id)).toEqual(['dgoon', 'hwan'])
    expect(data[0]?.fields).toEqual({ name: 'Kangsan Lee', github: 'dgoon', email: 'dgoon@example.com' })
  })

  it('writes a file for each data author and each author nobody describes, filled from the posts, and asks a person to check the latter', () => {
    const plan = planPostAuthors({
      posts: [
        { file: 'content/posts/a.md', authors: post({ authors: ['dgoon', 'hwan', 'kim'] }) },
        {
          file: 'content/posts/b.md',
          authors: post({ author: 'Machine Learning Team', 'author-email': 'ml@example.com' }),
        },
        { file: 'content/posts/c.md', authors: post({ author: 'sora', 'author-email': 'other@example.com' }) },
      ],
      known: new Set(['sora', '이소라', 'hwan']),
      configIds: new Set(['sora']),
      dataAuthors: readDataAuthors('hwan:\n  name: Hwan Cho\n'),
      labels: { site: 'old', content: 'content' },
    })
    expect(plan.files).toEqual([
      { path: 'authors/hwan.yml', text: 'name: Hwan Cho\n' },
      { path: 'authors/dgoon.yml', text: 'name: dgoon\n' },
      { path: 'authors/kim.yml', text: 'name: kim\n' },
      { path: 'authors/machine-learning-team.yml', text: 'name: Machine Learning Team\nemail: ml@example.com\n' },
    ])
    expect(plan.needsHuman.map((item) => `${item.file}: ${item.message}`)).toEqual([
      expect.stringContaining('content/posts/a.md: 글쓴이 "dgoon"'),
      expect.stringContaining('content/posts/a.md: 글쓴이 "kim"'),
      expect.stringContaining(
        'content/posts/b.md: 글쓴이 "Machine Learning Team"가 _config.yml에도 content/authors에도 없어 content/authors/machine-learning-team.yml을 만들었습니다',
      ),
    ])
  })
})
