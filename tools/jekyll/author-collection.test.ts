import { describe, expect, it } from 'vitest'
import { collectionAuthors } from './author-collection'
import { declaredCollections, readCollectionSettings } from './collections'

describe('authors kept as a collection', () => {
  const config =
    'collections:\n  authors:\n    output: true\n  staff:\n    output: false\n  projects:\n    output: true\n'
  const files = [
    {
      path: '_authors/jiwoo-park.md',
      text: '---\nshort_name: jiwoo\nname: 박지우\nposition: 데이터 팀\navatar: images/jiwoo.png\n---\n검색 품질을 **측정하는** [도구](/tools/)를 만듭니다.\n\n두 번째 문단.\n',
    },
    { path: '_staff/eric.md', text: '---\ntitle: Eric Kim\nbio: 배포 도구를 만듭니다.\n---\n' },
    { path: '_projects/search.md', text: '---\ntitle: 검색\n---\n' },
  ]

  it('reads every declared collection, with or without output', () => {
    expect(declaredCollections(config).map((c) => [c.name, c.output])).toEqual([
      ['authors', true],
      ['staff', false],
      ['projects', true],
    ])
    expect(declaredCollections('collections: [authors, posts]\n')).toEqual([
      { name: 'authors', output: false, permalink: null },
    ])
  })

  it('makes author files of the documents posts name, keyed by the reference the posts use', () => {
    const people = collectionAuthors(readCollectionSettings(config), files, new Set(['jiwoo', 'eric']))
    expect(people.map((person) => [person.author.id, person.author.fields, person.oldUrl])).toEqual([
      ['eric', { name: 'Eric Kim', bio: '배포 도구를 만듭니다.' }, null],
      [
        'jiwoo',
        {
          name: '박지우',
          role: '데이터 팀',
          avatar: '/images/jiwoo.png',
          bio: '검색 품질을 측정하는 도구를 만듭니다.',
        },
        '/authors/jiwoo-park.html',
      ],
    ])
  })

  it('leaves a collection no post names as an author, unless it is called authors', () => {
    const people = collectionAuthors(readCollectionSettings(config), files, new Set())
    expect(people.map((person) => person.source)).toEqual(['_authors/jiwoo-park.md'])
    expect(people[0]?.author.id).toBe('jiwoo')
  })

  it('leaves a collection of other people (speakers) pages when one of them also wrote a post', () => {
    const speakers = Array.from({ length: 6 }, (_, at) => ({
      path: `_speakers/2026/speaker-${at}.md`,
      text: `---\nname: 연사 ${at}\n---\n`,
    }))
    const settings = readCollectionSettings('collections:\n  speakers:\n    output: true\n')
    const refs = new Set(['speaker-0', 'admin', 'david', 'marcel'])
    expect(collectionAuthors(settings, speakers, refs)).toEqual([])
    // Most of the posts' authors are documents of it: it is the authors' collection.
    expect(collectionAuthors(settings, speakers, new Set(['speaker-0', 'speaker-1'])).length).toBe(6)
  })
})
