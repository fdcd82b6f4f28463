import { describe, expect, it } from 'vitest'
import {
  collectionDocuments,
  collectionTemplate,
  collectionUrl,
  defaultPermalink,
  outputCollections,
} from './collections'

describe('collections', () => {
  const config = 'collections:\n  team:\n    output: true\n    permalink: /team/:name/\n  notes:\n    output: false\n'

  it('reads the collections Jekyll wrote pages for, and the URL it gave each document', () => {
    expect(outputCollections(config)).toEqual([{ name: 'team', permalink: '/team/:name/' }])
    expect(collectionUrl('team', '/team/:name/', 'Eric Kim.md', {})).toBe('/team/eric-kim/')
    expect(collectionUrl('projects', null, 'cloud/api.md', {})).toBe('/projects/cloud/api.html')
    expect(collectionUrl('projects', null, 'a.md', { permalink: '/a-project/' })).toBe('/a-project/')
  })

  it('makes each document a page of its own, titled by its name when it has no title, and keeps its old URL', () => {
    const [eric, ...rest] = collectionDocuments(
      config,
      [
        { path: '_team/eric.md', text: '---\nname: Eric Kim\n---\n배포 도구를 만듭니다.\n' },
        { path: '_notes/private.md', text: '---\ntitle: 비공개\n---\n' },
      ],
      (slug) => slug === 'team-eric',
    )
    expect(rest).toEqual([])
    expect(eric?.oldUrl).toBe('/team/eric/')
    expect(eric?.url).toBe('/team-eric-2/')
    expect(eric?.page.text).toContain('title: Eric Kim\n')
    expect(eric?.page.text).toContain('permalink: /team-eric-2/\n')
  })

  it('takes the permalink defaults: give a document, the most specific scope winning', () => {
    const withDefaults = [
      'collections:',
      '  topics:',
      '    output: true',
      'defaults:',
      '  - scope: { path: "" }',
      '    values: { permalink: /all/:title/ }',
      '  - scope: { path: _topics }',
      '    values: { layout: topic, permalink: /en/topics/:title/ }',
      '  - scope: { type: posts }',
      '    values: { permalink: /blog/:title/ }',
      '',
    ].join('\n')
    expect(defaultPermalink(withDefaults, 'topics', '_topics/en/acc.md')).toBe('/en/topics/:title/')
    const [acc] = collectionDocuments(
      withDefaults,
      [{ path: '_topics/en/acc.md', text: '---\ntitle: ACC\n---\n{% include references.md %}\n' }],
      () => false,
    )
    expect(acc?.oldUrl).toBe('/en/topics/acc/')
  })

  it('reads a document with a key written twice as Jekyll did (the last value) instead of leaving it out', () => {
    const [talk] = collectionDocuments(
      'collections:\n  talks:\n    output: true\n    permalink: /talks/:path\n',
      [
        {
          path: '_talks/day-2/closing.md',
          text: '---\ntitle: 맺음\nroom: 1\ntime: 16:30\nroom: 2\n---\n곧 알립니다\n',
        },
      ],
      () => false,
    )
    expect(talk?.oldUrl).toBe('/talks/day-2/closing')
    expect(talk?.page.text).toContain('room: 2\n')
    expect(talk?.page.text).not.toContain('room: 1\n')
    expect(talk?.fixes).toEqual([{ line: 3, message: expect.stringContaining('room') }])
  })

  it('gives documents of a collection without a permalink the ending of the site’s permalink style, as Jekyll 4 does', () => {
    expect(collectionTemplate('permalink: /blog/:year/:month/:day/:title/\n', null)).toBe('/:collection/:path/')
    expect(collectionTemplate('permalink: pretty\n', null)).toBe('/:collection/:path/')
    expect(collectionTemplate('title: 블로그\n', null)).toBe('/:collection/:path:output_ext')
    expect(collectionTemplate('permalink: none\n', null)).toBe('/:collection/:path:output_ext')
    expect(collectionTemplate('permalink: /:title:output_ext\n', null)).toBe('/:collection/:path:output_ext')
    expect(collectionTemplate('permalink: /:year/:title\n', null)).toBe('/:collection/:path')
    expect(collectionTemplate('permalink: pretty\n', '/people/:name.html')).toBe('/people/:name.html')
    const [deck] = collectionDocuments(
      'permalink: /blog/:year/:month/:day/:title/\ncollections:\n  slides:\n    output: true\n',
      [{ path: '_slides/always-be-a-composer.md', text: '---\nlayout: slide\ntitle: 발표\n---\n' }],
      () => false,
    )
    expect(deck?.oldUrl).toBe('/slides/always-be-a-composer/')
  })
})
