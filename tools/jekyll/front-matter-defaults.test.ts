import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { defaultsFor, missingDefaults, readDefaultSets } from './front-matter-defaults'

const sets = (yaml: string) => readDefaultSets((parse(yaml) as { defaults: unknown }).defaults)

describe('defaultsFor', () => {
  it('merges every set whose scope takes the file, the longer scope path over the shorter', () => {
    const config = sets(`
defaults:
  - scope: { path: "_posts/en/posts", type: posts, lang: en }
    values: { permalink: /en/:year/:month/:day/:title/ }
  - scope: { path: "" }
    values: { lang: en, layout: post, permalink: /:title/ }
`)
    expect(defaultsFor(config, '_posts/en/posts/2018-06-15-a.md', 'posts')).toEqual({
      lang: 'en',
      layout: 'post',
      permalink: '/en/:year/:month/:day/:title/',
    })
    expect(defaultsFor(config, '_posts/ja/posts/2018-06-15-a.md', 'posts').permalink).toBe('/:title/')
    // A scope's type takes only its own type; the keys Jekyll has no use for (`lang`) are ignored.
    expect(defaultsFor(config, '_posts/en/posts/about.md', 'pages').permalink).toBe('/:title/')
  })

  it('compares paths as texts, as Jekyll 4.3 does: a prefix of a folder name counts, a leading / or ./ never matches', () => {
    const config = sets(`
defaults:
  - scope: { path: "_posts/en" }
    values: { permalink: /en/:title/ }
  - scope: { path: "/_posts/x" }
    values: { permalink: /slash/:title/ }
  - scope: { path: "./_posts/y" }
    values: { permalink: /dot/:title/ }
`)
    expect(defaultsFor(config, '_posts/english/2020-01-01-a.md', 'posts').permalink).toBe('/en/:title/')
    expect(defaultsFor(config, '_posts/x/2020-01-01-a.md', 'posts')).toEqual({})
    expect(defaultsFor(config, '_posts/y/2020-01-01-a.md', 'posts')).toEqual({})
  })

  it('reads a glob scope as Dir.glob does, and the old singular types as their plurals', () => {
    const config = sets(`
defaults:
  - scope: { path: "_posts/*/posts", type: posts }
    values: { permalink: /glob/:title/ }
  - scope: { path: "", type: post }
    values: { author: bob }
  - scope: { path: "docs/**/*.md" }
    values: { layout: doc }
`)
    expect(defaultsFor(config, '_posts/x/posts/2020-01-01-a.md', 'posts')).toEqual({
      permalink: '/glob/:title/',
      author: 'bob',
    })
    expect(defaultsFor(config, '_posts/x/notes/2020-01-01-a.md', 'posts')).toEqual({ author: 'bob' })
    expect(defaultsFor(config, 'docs/a/b/c.md', 'pages')).toEqual({ layout: 'doc' })
    expect(defaultsFor(config, 'docs/a/b/c.html', 'pages')).toEqual({})
  })

  it('at equal path lengths lets a set with a type win, and merges mappings key by key', () => {
    const config = sets(`
defaults:
  - scope: { path: "", type: posts }
    values: { author: { name: Kim, twitter: kim }, comments: true }
  - scope: { path: "" }
    values: { author: { name: Lee }, comments: false }
`)
    expect(defaultsFor(config, '_posts/2020-01-01-a.md', 'posts')).toEqual({
      author: { name: 'Kim', twitter: 'kim' },
      comments: true,
    })
  })

  it('skips sets without values, as Jekyll warns and skips them', () => {
    expect(readDefaultSets([{ scope: { path: '' } }, 'x', { values: { a: 1 } }])).toEqual([
      { scope: {}, values: { a: 1 } },
    ])
    expect(readDefaultSets(undefined)).toEqual([])
  })
})

describe('missingDefaults', () => {
  it('gives the fields the file lacks, as YAML one line each, and never one it has', () => {
    const added = missingDefaults(
      { title: 'Own', tags: [] },
      { title: 'Default', tags: ['x'], permalink: '/en/:title/', author: { name: 'A, B' }, layout: 'post', n: 3 },
      (field) => field !== 'layout',
    )
    expect(added).toEqual({ permalink: '/en/:title/', author: '{name: "A, B"}', n: '3' })
    expect(parse(`author: ${added.author}`)).toEqual({ author: { name: 'A, B' } })
    expect(missingDefaults({}, { tags: ['a b', 'c'] }, () => true)).toEqual({ tags: '[a b, c]' })
  })
})
