import { describe, expect, it } from 'vitest'
import { keepOldIds, placeOldIds, readOldIds } from './old-anchors'

const OLD_PAGE = `<html><head><script>var id = "x"</script></head><body>
<h2 id="notable-changes">Notable changes</h2>
<ul>
<li id="lnd-10927" class="anchor-list"><p><a href="#lnd-10927" class="anchor-list-link">●</a>
<a href="https://github.com/lightningnetwork/lnd/issues/10927">LND #10927</a> tightens validation of final-hop
<a href="/en/topics/htlc/">HTLC</a> CLTV expiry &amp; more.</p></li>
<li id="ldk-4748" class="anchor-list"><p>● <strong>LDK #4748</strong> adds a thing.</p></li>
</ul></body></html>`

const POST = `---
title: Newsletter
---

## Notable changes

- [LND #10927][] tightens validation of final-hop [HTLC][topic htlc] CLTV
  expiry & more.

- **LDK #4748** adds a thing.

- [BDK #1][] moves the cache.

\`\`\`
LND #10927 tightens validation of final-hop HTLC CLTV expiry & more.
\`\`\`

[LND #10927]: https://github.com/lightningnetwork/lnd/issues/10927
[topic htlc]: /en/topics/htlc/
`

describe('readOldIds', () => {
  it('gives each id of the old page the text readers saw from there on, bullets and entities read', () => {
    const ids = readOldIds(OLD_PAGE)
    expect(ids.get('lnd-10927')).toBe('LND #10927 tightens validation of final-hop HTLC')
    expect(ids.get('ldk-4748')).toBe('LDK #4748 adds a thing.')
    expect(ids.get('notable-changes')).toMatch(/^Notable changes ● LND #10927/)
  })
})

describe('placeOldIds', () => {
  it('puts an empty anchor at the start of the list item whose text starts as the old one did', () => {
    const ids = readOldIds(OLD_PAGE)
    const { text, placed } = placeOldIds(
      POST,
      new Map([
        ['lnd-10927', ids.get('lnd-10927') ?? ''],
        ['ldk-4748', ids.get('ldk-4748') ?? ''],
        ['gone', 'A paragraph nobody wrote'],
        ['bdk-1', 'BDK #1 moves the cache.'],
      ]),
    )
    expect(text).toContain('- <a id="lnd-10927"></a>[LND #10927][] tightens')
    expect(text).toContain('- <a id="ldk-4748"></a>**LDK #4748** adds')
    // A comment naming the item's id for the plugin (bitcoinops' translations) is no text readers saw.
    expect(
      placeOldIds(
        '- **<!--upcoming-disclosure-->即将披露** 漏洞。\n',
        new Map([['upcoming-disclosure', '即将披露 漏洞。']]),
      ).text,
    ).toBe('- <a id="upcoming-disclosure"></a>**<!--upcoming-disclosure-->即将披露** 漏洞。\n')
    // A reference whose definition came from an include the post lacks reads as its brackets: they do not count.
    expect(text).toContain('- <a id="bdk-1"></a>[BDK #1][] moves')
    // Code blocks are not prose: the anchor never goes there.
    expect(text).toContain('```\nLND #10927 tightens')
    expect(placeOldIds('<div id="kept">\n\n## Kept\n\n</div>\n', new Map([['kept', 'Kept']]))).toEqual({
      text: '<div id="kept">\n\n## Kept\n\n</div>\n',
      placed: new Map([['kept', 1]]),
      added: new Set(),
    })
    expect(placed).toEqual(
      new Map([
        ['lnd-10927', 7],
        ['ldk-4748', 10],
        ['bdk-1', 12],
      ]),
    )
  })
})

describe('keepOldIds', () => {
  it('puts the ids on the target post, counts a repair there and a converted link, and unlinks the fragment it cannot place', () => {
    const files = [
      { path: 'posts/target.md', text: POST },
      {
        path: 'posts/linking.md',
        text: 'See [cltv][] and [gone][].\n\n[cltv]: /target/#user-content-lnd-10927\n[gone]: /target/#user-content-gone\n',
      },
    ]
    const ids = readOldIds(OLD_PAGE)
    const link = { path: 'posts/linking.md', file: 'content/posts/linking.md', target: '/target/', bare: '/target/' }
    const result = keepOldIds(
      files,
      [
        { ...link, line: 3, url: '/en/n/#lnd-10927', id: 'lnd-10927', address: '/target/#user-content-lnd-10927' },
        { ...link, line: 4, url: '/en/n/#gone', id: 'gone', address: '/target/#user-content-gone' },
      ],
      (url) =>
        url === '/target/'
          ? {
              path: 'posts/target.md',
              file: 'content/posts/target.md',
              oldText: (id) => ids.get(id) ?? 'Nowhere at all',
            }
          : null,
    )
    expect(files[0]?.text).toContain('<a id="lnd-10927"></a>')
    expect(files[1]?.text).toContain('[cltv]: /target/#user-content-lnd-10927\n[gone]: /target/\n')
    expect(result.repaired).toEqual([
      { file: 'content/posts/target.md', line: 7, message: expect.stringContaining('#lnd-10927') },
    ])
    expect(result.links).toEqual([
      {
        file: 'content/posts/linking.md',
        line: 3,
        message: expect.stringContaining('/target/#user-content-lnd-10927'),
      },
    ])
    expect(result.needsHuman).toEqual([
      { file: 'content/posts/linking.md', line: 4, message: expect.stringContaining('#gone를 빼고') },
    ])
  })
})
