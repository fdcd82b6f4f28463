import { describe, expect, it } from 'vitest'
import {
  collectionDocuments,
  collectionTemplate,
  declaredCollections,
  documentUrl,
  readCollectionSettings,
} from './collections'

const settings = (config: string, timeZone = 'UTC') => readCollectionSettings(config, timeZone)
const collection = (name: string, permalink: string | null = null) => ({ name, output: true, permalink })

describe('collections', () => {
  const config = 'collections:\n  team:\n    output: true\n    permalink: /team/:name/\n  notes:\n    output: false\n'

  it('reads the collections Jekyll wrote pages for, and the URL it gave each document', () => {
    expect(declaredCollections(config).filter((c) => c.output)).toEqual([collection('team', '/team/:name/')])
    const site = settings(config)
    expect(documentUrl(site, collection('team', '/team/:name/'), '_team/Eric Kim.md', { data: {} })).toBe(
      '/team/eric-kim/',
    )
    expect(documentUrl(site, collection('projects'), '_projects/cloud/api.md', { data: {} })).toBe(
      '/projects/cloud/api.html',
    )
    expect(documentUrl(site, collection('projects'), '_projects/a.md', { data: { permalink: '/a-project/' } })).toBe(
      '/a-project/',
    )
  })

  it('reads a date and a slug from a document’s file name, as Jekyll does for every collection', () => {
    const site = settings('timezone: Asia/Seoul\n', 'Asia/Seoul')
    const releases = collection('releases', '/:year/:month/:day/:title/')
    // The file name's date is midnight in the site's zone; `:title` is the name after the date, `:name` the whole name.
    expect(documentUrl(site, releases, '_releases/2015-02-07-crystal-0.5.9-released.md', { data: {} })).toBe(
      '/2015/02/07/crystal-0.5.9-released/',
    )
    expect(
      documentUrl(site, collection('releases', '/r/:name:output_ext'), '_releases/2015-2-7-v1.md', { data: {} }),
    ).toBe('/r/2015-2-7-v1.html')
    // A front-matter date wins over the name's; a YAML timestamp without zone is UTC (here the next day in Seoul).
    const text = '---\ndate: 2020-03-01 20:00:00\n---\n'
    expect(
      documentUrl(site, releases, '_releases/2020-03-01-v2.md', {
        data: { date: '2020-03-01 20:00:00' },
        fieldLines: { date: 2 },
        text,
      }),
    ).toBe('/2020/03/02/v2/')
    // `slug` names the document in `:title`, and categories come from its front matter.
    expect(
      documentUrl(site, collection('notes', '/:categories/:title/'), '_notes/a.md', {
        data: { slug: 'Hello World', categories: 'Ops Cloud' },
      }),
    ).toBe('/ops/cloud/Hello-World/')
  })

  it('gives a document whose old address is one level that address itself', () => {
    const [conference, install] = collectionDocuments(
      settings('collections:\n  pages:\n    output: true\n    permalink: /:path/\n'),
      [
        { path: '_pages/conference.md', text: '---\ntitle: 콘퍼런스\n---\n곧 열립니다\n' },
        { path: '_pages/install/on_debian.md', text: '---\ntitle: 데비안\n---\napt로 설치합니다\n' },
      ],
      () => false,
    )
    expect(conference).toMatchObject({ oldUrl: '/conference/', url: '/conference/' })
    expect(install).toMatchObject({ oldUrl: '/install/on_debian/', url: '/pages-install-on_debian/' })
  })

  it('makes each document a page of its own, titled by its name when it has no title, and keeps its old URL', () => {
    const [eric, ...rest] = collectionDocuments(
      settings(config),
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
    const [acc] = collectionDocuments(
      settings(withDefaults),
      [{ path: '_topics/en/acc.md', text: '---\ntitle: ACC\n---\n{% include references.md %}\n' }],
      () => false,
    )
    expect(acc?.oldUrl).toBe('/en/topics/acc/')
  })

  it('reads a document with a key written twice as Jekyll did (the last value) instead of leaving it out', () => {
    const [talk] = collectionDocuments(
      settings('collections:\n  talks:\n    output: true\n    permalink: /talks/:path\n'),
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
    const style = (config: string) => settings(config).style
    expect(collectionTemplate(style('permalink: /blog/:year/:month/:day/:title/\n'), null)).toBe('/:collection/:path/')
    expect(collectionTemplate(style('permalink: pretty\n'), null)).toBe('/:collection/:path/')
    expect(collectionTemplate(style('title: 블로그\n'), null)).toBe('/:collection/:path:output_ext')
    expect(collectionTemplate(style('permalink: none\n'), null)).toBe('/:collection/:path:output_ext')
    expect(collectionTemplate(style('permalink: /:title:output_ext\n'), null)).toBe('/:collection/:path:output_ext')
    expect(collectionTemplate(style('permalink: /:year/:title\n'), null)).toBe('/:collection/:path')
    expect(collectionTemplate(style('permalink: pretty\n'), '/people/:name.html')).toBe('/people/:name.html')
    const [deck] = collectionDocuments(
      settings('permalink: /blog/:year/:month/:day/:title/\ncollections:\n  slides:\n    output: true\n'),
      [{ path: '_slides/always-be-a-composer.md', text: '---\nlayout: slide\ntitle: 발표\n---\n' }],
      () => false,
    )
    expect(deck?.oldUrl).toBe('/slides/always-be-a-composer/')
  })
})
