/**
 * A small XML writer for the feeds and the sitemap. Their shapes are fixed and few, so what matters
 * is escaping, done here once: every text and attribute goes through `escapeXmlText` or
 * `escapeXmlAttribute`, never CDATA (which `]]>` in a post can end), and characters XML 1.0 forbids
 * (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped rather than written into a file
 * no strict reader can open. Output is indented the same way every time: same input, same bytes.
 */

/**
 * Whether a file's text is a feed (RSS, Atom or RDF) rather than a page, whatever its name: an old
 * Jekyll site's feed template at feed/index.html, which the host served at /feed/ and the blog keeps
 * there. Read by its first element, after the XML declaration, comments and processing instructions,
 * so an XHTML page with an XML declaration is still a page.
 */
export function isFeedDocument(text: string): boolean {
  const start = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '')
  return /^<(?:rss|feed|rdf:RDF)[\s>]/.test(start)
}

/** Characters outside XML 1.0's `Char` production. With the `u` flag a lone surrogate is one code point here. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Drops the characters an XML 1.0 document cannot hold at all, escaped or not. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '')
}

/** Text content: `&`, `<` and `>` (so `]]>` can never appear), and `\r`, which parsers would fold into `\n`. */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c] ?? c)
}

/** A double-quoted attribute value: as text, plus `"` and the whitespace that attribute normalisation would turn into spaces. */
export function escapeXmlAttribute(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c)
}

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' }
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' }

export interface XmlElement {
  name: string
  attributes?: Readonly<Record<string, string | undefined>>
  /** Text, or child elements (one per line, indented). */
  children?: string | readonly (XmlElement | null | undefined | false)[]
}

/** An element; attributes whose value is undefined are left out. */
export function xmlElement(
  name: string,
  attributes: XmlElement['attributes'] = {},
  children?: XmlElement['children'],
): XmlElement {
  return { name, attributes, ...(children !== undefined ? { children } : {}) }
}

/** A text-only element, or nothing when the text is undefined (optional fields). */
export function xmlText(
  name: string,
  text: string | undefined,
  attributes: XmlElement['attributes'] = {},
): XmlElement | null {
  return text === undefined ? null : { name, attributes, children: text }
}

function renderElement(element: XmlElement, indent: string): string {
  const attributes = Object.entries(element.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
    .join('')
  const open = `${indent}<${element.name}${attributes}`
  const { children } = element
  if (children === undefined || children === '') return `${open}/>`
  if (typeof children === 'string') return `${open}>${escapeXmlText(children)}</${element.name}>`
  const lines = children
    .filter((child): child is XmlElement => Boolean(child))
    .map((child) => renderElement(child, `${indent}  `))
  if (lines.length === 0) return `${open}/>`
  return `${open}>\n${lines.join('\n')}\n${indent}</${element.name}>`
}

/** A whole document: the UTF-8 declaration, the root element, a final newline. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, '')}\n`
}
