import { describe, expect, it } from 'vitest'
import { xmllintErrors } from '../../scripts/test-support/strict-xml'
import { escapeXmlAttribute, escapeXmlText, isFeedDocument, renderXmlDocument, xmlElement, xmlText } from './xml'

describe('lib/site/xml.ts', () => {
  it('escapes text so that ]]> and markup stay text', () => {
    expect(escapeXmlText('a ]]> b ]]> <b> & "q"')).toBe('a ]]&gt; b ]]&gt; &lt;b&gt; &amp; "q"')
  })

  it('escapes attributes, keeping tabs and line breaks that a parser would fold into spaces', () => {
    expect(escapeXmlAttribute('<b> & "q"\t\n\r')).toBe('&lt;b&gt; &amp; &quot;q&quot;&#9;&#10;&#13;')
  })

  it('writes a document every strict parser reads back as written', () => {
    const tricky = 'R&D <b>"연구"</b> ]]> ]]>\t\r\n끝'
    const xml = renderXmlDocument(
      xmlElement('root', { label: tricky }, [xmlText('text', tricky), xmlText('none', undefined), xmlElement('empty')]),
    )
    expect(xmllintErrors(xml)).toBe('')
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<root label="R&amp;D &lt;b&gt;&quot;연구&quot;&lt;/b&gt; ]]&gt; ]]&gt;&#9;&#13;&#10;끝">\n' +
        '  <text>R&amp;D &lt;b&gt;"연구"&lt;/b&gt; ]]&gt; ]]&gt;\t&#13;\n끝</text>\n' +
        '  <empty/>\n' +
        '</root>\n',
    )
  })
})

describe('isFeedDocument', () => {
  it('knows a feed by its first element, whatever the file is called', () => {
    expect(
      isFeedDocument('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>'),
    ).toBe(true)
    expect(isFeedDocument('\uFEFF\n\n<?xml version="1.0"?><!-- made by Jekyll --><rss version="2.0"></rss>')).toBe(true)
    expect(isFeedDocument('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>')).toBe(true)
  })

  it('leaves pages pages, an XHTML page with an XML declaration too', () => {
    expect(isFeedDocument('<!DOCTYPE html><html><head><title>피드</title></head></html>')).toBe(false)
    expect(
      isFeedDocument(
        '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml"><body><feed/></body></html>',
      ),
    ).toBe(false)
    expect(isFeedDocument('google-site-verification: google0123.html')).toBe(false)
    expect(isFeedDocument('<feedback>글</feedback>')).toBe(false)
  })
})
