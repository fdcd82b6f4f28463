import { Parser } from 'htmlparser2'

/** What one exported HTML page offers (ids) and asks for (links). */
export interface PageScan {
  ids: Set<string>
  links: string[]
}

const LINK_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  link: 'href',
  img: 'src',
  script: 'src',
  iframe: 'src',
  source: 'src',
}
const IGNORED_LINK_RELS = new Set(['preconnect', 'dns-prefetch'])

/** Collects ids (and `<a name>`) and every href/src of an HTML page. */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { ids: new Set(), links: [] }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) scan.ids.add(attributes.id)
        if (name === 'a' && attributes.name) scan.ids.add(attributes.name)
        const attribute = LINK_ATTRIBUTES[name]
        const url = attribute ? attributes[attribute] : undefined
        if (url === undefined || url === '') return
        if (name === 'link' && IGNORED_LINK_RELS.has(attributes.rel ?? '')) return
        scan.links.push(url)
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return scan
}
