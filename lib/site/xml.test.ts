import { describe, expect, it } from 'vitest'
import { xmllintErrors } from '../../scripts/test-support/strict-xml'
import { escapeXmlAttribute, escapeXmlText, renderXmlDocument, xmlElement, xmlText } from './xml'

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
