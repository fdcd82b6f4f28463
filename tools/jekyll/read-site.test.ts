import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readJekyllSite, servedHtmlIn } from './import-jekyll'

describe('readJekyllSite', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'read-site-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }

  it('reads no page or file Jekyll did not publish: a path part starting with _ or . (a partial in a folder)', () => {
    write('_config.yml', 'title: t\n')
    write('install/linux/index.md', '---\ntitle: 리눅스\n---\n설치\n')
    write('install/linux/_steps.md', '---\ntitle: 단계\n---\n조각\n')
    write('_notes.md', '---\ntitle: 메모\n---\n')
    write('about.md', '---\ntitle: 소개\n---\n')
    write('install/linux/.hidden.png', 'PNG')
    const site = readJekyllSite(dir)
    expect((site.folderPages ?? []).map((file) => file.path)).toEqual(['install/linux/index.md'])
    expect(site.pages.map((file) => file.path)).toEqual(['about.md'])
    expect([...site.files].sort()).toEqual(['/about.md', '/install/linux/index.md'])
  })

  it('reads a theme’s assets/vendor/ as Jekyll published it, and leaves installed gems and packages at the root out', () => {
    write('_config.yml', 'title: t\n')
    write('assets/vendor/jquery.js', 'jQuery')
    write('vendor/bundle/ruby/gem.rb', 'gem')
    write('node_modules/x/index.js', 'x')
    expect([...readJekyllSite(dir).files]).toEqual(['/assets/vendor/jquery.js'])
  })

  it('reads a folder starting with _ or . when include: names it, and reads the Gemfile and _data/authors.yaml', () => {
    write('_config.yml', 'include: [_pages, .well-known]\n')
    write('_pages/about.md', '---\ntitle: 소개\npermalink: /about/\n---\n')
    write('_drafts-old/x.md', '---\ntitle: 초안\n---\n')
    write('.well-known/security.txt', 'Contact: mailto:security@example.com\n')
    write('Gemfile', "group :jekyll_plugins do\n  gem 'jekyll-archives'\nend\n")
    write('_data/authors.yaml', 'eric:\n  name: Eric Kim\n')
    const site = readJekyllSite(dir)
    expect((site.folderPages ?? []).map((file) => file.path)).toEqual(['_pages/about.md'])
    expect([...site.files].sort()).toEqual(['/.well-known/security.txt', '/_pages/about.md'])
    expect(site.gemfile).toContain('jekyll-archives')
    expect(site.dataAuthors).toContain('Eric Kim')
  })

  it('reads what Jekyll read: posts in a folder’s _posts, the source: folder, nothing exclude: names', () => {
    write('_config.yml', 'source: site\nexclude:\n  - /src\n  - drafts-old\ninclude: [drafts-old]\n')
    write('site/_posts/2020-01-01-a.md', '---\ntitle: 가\n---\n')
    write('site/blog/_posts/2020-01-02-b.md', '---\ntitle: 나\n---\n')
    write('site/_archive/_posts/2020-01-03-c.md', '---\ntitle: 다\n---\n')
    write('site/src/content/posts/2020-01-01-a.md', '---\ntitle: 사본\n---\n')
    write('site/src/_posts/2020-01-04-d.md', '---\ntitle: 라\n---\n')
    write('site/drafts-old/page.md', '---\ntitle: 옛 초안\n---\n')
    const site = readJekyllSite(dir)
    expect(site.posts.map((file) => file.path)).toEqual(['_posts/2020-01-01-a.md', 'blog/_posts/2020-01-02-b.md'])
    expect((site.folderPages ?? []).map((file) => file.path)).toEqual(['drafts-old/page.md'])
  })

  it('knows the .html file the old host served for an address without extension, beside a folder of other pages', () => {
    write('world/2023.html', '<p>2023</p>')
    write('world/2023/faq.html', '<p>FAQ</p>')
    write('docs.html', '<p>docs</p>')
    write('docs/index.html', '<p>docs index</p>')
    const served = servedHtmlIn(dir)
    expect(served('/world/2023')).toBe('/world/2023.html')
    // A folder with its own index page answered the address itself.
    expect(served('/docs')).toBeNull()
    expect(served('/nothing')).toBeNull()
  })
})
