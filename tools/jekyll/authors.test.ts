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
