import type { Definition, Heading, Image, ImageReference, Link, LinkReference, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { LineNote } from './front-matter'
import { resolveReference, scanMarkdown, type SiteIndex } from './scan'

/** What the importer knows when it points a document's links at the imported blog. */
export interface LinkContext {
  site: SiteIndex
  /** `owner/name` of the old site's own repository, whose raw file URLs become site paths. */
  repository: string | null
  /** Old post URL (decoded) -> the post's URL in the blog, for posts whose URL changed. */
  moved: ReadonlyMap<string, string>
  /** The `#fragment` ids a post or page will have in the blog, by its URL; null when unknown. */
  anchors?: (url: string) => ReadonlySet<string> | null
  /** The old URL (decoded) of the document being converted, against which relative links resolved. */
  documentUrl?: string
  /**
   * With the old site's build: whether the old page of a post (by its URL in the blog) had an
   * element with this id that the blog's page lacks (a plugin's anchor on a list item). The import
   * then puts the id on the post (tools/jekyll/old-anchors.ts) and the link keeps its fragment.
   */
  hadOldId?: (url: string, fragment: string) => boolean
  /** The ids a post or page has only in its raw HTML (no heading gives them), by its URL: the blog prefixes them. */
  writtenOnly?: (url: string) => ReadonlySet<string> | null
}

/**
 * A link into a post to an id its old page had and the blog's lacks: once the import has put the
 * id on the post, as the sanitiser names author-written ids (`user-content-…`), the link points there.
 */
export interface OldIdLink {
  line: number
  /** The link as written in the old site. */
  url: string
  /** The post's URL in the blog. */
  target: string
  /** The id, decoded. */
  id: string
  /** The address now in the file (`/post/#user-content-id`), and the one without the fragment. */
  address: string
  bare: string
  /** A link within the post itself (`#id`): without its id it is unlinked, the text kept. */
  inPage?: boolean
}

/** What rehype-sanitize puts before ids written in a post (lib/markdown/rehype-site.ts): the page's id is this plus the old one. */
export const AUTHOR_ID_PREFIX = 'user-content-'

/** A link with no scheme, no leading slash and no fragment-only form (`puckel/docker-airflow`, `../a.png`, `google.com`). */
function isRelativeReference(url: string): boolean {
  const trimmed = url.trim()
  return trimmed !== '' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed) && !/^[/#?]/.test(trimmed)
}

/** Where a relative link pointed on the old site: resolved against the document's old URL, as a browser did. */
function resolveRelative(url: string, documentUrl: string): string {
  const resolved = new URL(url.trim(), `http://old-site.invalid${encodeURI(documentUrl)}`)
  return `${decodeURI(resolved.pathname)}${resolved.search}${resolved.hash}`
}

/**
 * The ids a Markdown document's headings get in the blog (GitHub's rules, as rehype-slug: lower
 * case, punctuation dropped, spaces to hyphens, `-1` for repeats) and ids written in raw HTML.
 */
export function headingIds(markdown: string): Set<string> {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(markdown) as Root
  const ids = new Set<string>()
  const seen = new Map<string, number>()
  visit(tree, 'heading', (node: Heading) => {
    const base = toString(node)
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    ids.add(count === 0 ? base : `${base}-${count}`)
  })
  for (const id of writtenIds(markdown)) ids.add(id)
  return ids
}

/** Ids written in a document's raw HTML (`<div id="quantum">`, `<a name>`): the blog's sanitiser names them `user-content-…`. */
export function writtenIds(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/\s(id|name)\s*=\s*["']([^"']+)["']/g)].map((match) => match[2] ?? ''))
}

/** Edit distance, for suggesting the heading an anchor with a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length] ?? 0
}

/** The id closest to a fragment that names none. */
export function closestId(fragment: string, ids: ReadonlySet<string>): string | null {
  let best: string | null = null
  let bestDistance = Infinity
  for (const id of ids) {
    const d = distance(fragment, id)
    if (d < bestDistance) [best, bestDistance] = [id, d]
  }
  return best
}

export function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment).normalize('NFC')
  } catch {
    return fragment
  }
}

export interface LinkOutcome {
  text: string
  links: LineNote[]
  problems: LineNote[]
  /** Links kept to an id of the old page, which the import still has to put on the target post. */
  oldIds: OldIdLink[]
}

/** `https://raw.githubusercontent.com/o/r/<branch>/a/b.png` and `https://github.com/o/r/raw|blob/<branch>/a/b.png` -> `{ repo, path }`. */
function repositoryFile(url: string): { repo: string; path: string } | null {
  const raw = /^https?:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/[^/]+\/([^?#]+)/i.exec(url)
  const web = /^https?:\/\/github\.com\/([^/]+)\/([^/]+)\/(?:raw|blob)\/[^/]+\/([^?#]+)/i.exec(url)
  const match = raw ?? web
  if (!match) return null
  if (web && !/\/raw\//.test(url) && !/[?&]raw=true/.test(url)) return null
  let path = `/${match[3] ?? ''}`
  try {
    path = decodeURIComponent(path).normalize('NFC')
  } catch {
    // Keep the path as written.
  }
  return { repo: `${match[1]}/${match[2]}`.toLowerCase(), path }
}

/** The site path of a file of the old site's own repository named by a raw GitHub URL, when the site has it; else null. */
export function localRepositoryPath(url: string, context: Pick<LinkContext, 'repository' | 'site'>): string | null {
  const file = repositoryFile(url)
  if (file === null || !isOwnRepository(file.repo, context.repository)) return null
  return context.site.hasFile(file.path) ? file.path : null
}

/**
 * Whether a repository is the old site's own: the one `_config.yml` or the git remote names, or,
 * when neither does, a user or organisation Pages repository (`org/org.github.io`).
 */
function isOwnRepository(repo: string, own: string | null): boolean {
  if (own !== null) return repo === own.toLowerCase()
  const [owner = '', name = ''] = repo.split('/')
  return name === `${owner}.github.io`
}

const asFolderPath = (path: string) => (path.endsWith('/') ? path : `${path}/`)

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Replaces a URL where it stands as an address (after `(`, `<`, a quote or `]: `), never inside other text. */
export function replaceAddress(text: string, url: string, replacement: string): string {
  const pattern = new RegExp(`(\\(|<|"|'|\\]:[ \\t]*)${escapeRegExp(url)}(?=[)>"'\\s]|$)`, 'g')
  return text.replace(pattern, (_whole, before: string) => `${before}${replacement}`)
}

/** A reference label as CommonMark matches it: case and runs of white space do not count. */
const normalizeLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * Reference-style links to a URL (`[text][label]`, `[label][]`, `[label]` with `[label]: url`):
 * each use gives way to its text (an image to its alt) and the definition line goes.
 */
function unlinkReferences(text: string, url: string): string {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(text) as Root
  const labels = new Set<string>()
  const edits: { start: number; end: number; replacement: string }[] = []
  visit(tree, 'definition', (node: Definition) => {
    if (node.url !== url.trim() || node.position?.start.offset === undefined) return
    labels.add(normalizeLabel(node.label ?? node.identifier))
    const end = node.position.end.offset ?? node.position.start.offset
    edits.push({ start: node.position.start.offset, end: text[end] === '\n' ? end + 1 : end, replacement: '' })
  })
  if (labels.size === 0) return text
  visit(tree, ['linkReference', 'imageReference'], (node) => {
    const reference = node as LinkReference | ImageReference
    const { start, end } = reference.position ?? {}
    if (start?.offset === undefined || end?.offset === undefined) return
    if (!labels.has(normalizeLabel(reference.label ?? reference.identifier))) return
    if (reference.type === 'imageReference') {
      edits.push({ start: start.offset, end: end.offset, replacement: reference.alt ?? '' })
      return
    }
    const first = reference.children[0]?.position?.start.offset
    const last = reference.children.at(-1)?.position?.end.offset
    const label = first !== undefined && last !== undefined ? text.slice(first, last) : ''
    edits.push({ start: start.offset, end: end.offset, replacement: label })
  })
  let out = text
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end)
  return out
}

/**
 * Inline links and images to a URL as Markdown reads them, whatever their text holds: a linked
 * picture (`[![alt](/thumb.png)](/demo/)`) gives way to the picture, an image to its alt.
 */
function unlinkInline(text: string, url: string): string {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(text) as Root
  const edits: { start: number; end: number; replacement: string }[] = []
  visit(tree, ['link', 'image'], (node) => {
    const inline = node as Link | Image
    const { start, end } = inline.position ?? {}
    if (inline.url !== url.trim() || start?.offset === undefined || end?.offset === undefined) return
    // An autolink (`<https://…>`, a bare address) is its own text: nothing to take off.
    if (inline.type === 'link' && text[start.offset] !== '[') return
    if (inline.type === 'image') {
      edits.push({ start: start.offset, end: end.offset, replacement: inline.alt ?? '' })
      return
    }
    const first = inline.children[0]?.position?.start.offset
    const last = inline.children.at(-1)?.position?.end.offset
    edits.push({
      start: start.offset,
      end: end.offset,
      replacement: first !== undefined && last !== undefined ? text.slice(first, last) : '',
    })
  })
  // The outermost first (a link around an image of the same address); what it leaves is read again.
  const outer = edits.filter((edit) => !edits.some((o) => o !== edit && o.start <= edit.start && edit.end <= o.end))
  let out = text
  for (const edit of outer.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end)
  return outer.length < edits.length ? unlinkInline(out, url) : out
}

/** Removes the link around `[text](url)` (the text stays) and an image `![alt](url)` (its alt stays), in Markdown or HTML, reference links included. */
export function unlink(text: string, url: string): string {
  const pattern = new RegExp(`(!?)\\[([^\\]]*)\\]\\(<?${escapeRegExp(url)}>?(?:\\s+"[^"]*")?\\)`, 'g')
  const quoted = `["']${escapeRegExp(url)}["']`
  // The same in raw HTML: `<img src>` gives way to its alt text, `<a href>` to its content.
  const image = new RegExp(`<img\\b[^>]*\\ssrc\\s*=\\s*${quoted}[^>]*>`, 'gi')
  const anchor = new RegExp(`<a\\b[^>]*\\shref\\s*=\\s*${quoted}[^>]*>([\\s\\S]*?)</a>`, 'gi')
  return unlinkInline(unlinkReferences(text, url), url)
    .replace(pattern, (_whole, _bang: string, label: string) => label)
    .replace(image, (tag) => /\salt\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '')
    .replace(anchor, (_whole, label: string) => label)
}

/**
 * Whether a browser reads the address: parsed against a page of the reserved `.invalid` origin, as
 * the build's link check (pipeline/stages/link-check.ts) and the author's check
 * (lib/markdown/source-links.ts) parse it.
 */
export function readableAddress(url: string): boolean {
  if (/^(mailto|tel|data|javascript):/i.test(url.trim())) return true
  try {
    new URL(url.trim(), 'http://site.invalid/a/')
    return true
  } catch {
    return false
  }
}

/**
 * The text with the link to an unreadable address gone (its text stays). An address the blog's GFM
 * links by itself (`www.host::path` in prose, which kramdown showed as text) is split by an empty
 * HTML comment, which keeps it text; an escape would not, as GFM finds such addresses after them.
 */
function unreadableAsText(text: string, url: string): string {
  const unlinked = unlink(text, url)
  if (unlinked !== text) return unlinked
  const written = url.startsWith('http://www.') && !text.includes(url) ? url.slice('http://'.length) : url
  const at = text.indexOf(written)
  if (at < 0) return text
  const cut = written.startsWith('www.') ? 3 : Math.max(written.indexOf(':'), 1)
  return `${text.slice(0, at + cut)}<!-- -->${text.slice(at + cut)}`
}

/**
 * Points a converted document's addresses at the imported blog, changing only what resolves for
 * certain: raw file URLs of the site's own repository become site paths, links to the old site
 * (absolute or root-relative) become the blog's URL of the same post, page or file. A link to the
 * old domain that the old site never answered (another GitHub Pages project on the same domain)
 * stays absolute, and a root-relative link that was already dead loses its link (the text stays),
 * each with a line in the report, so the blog's link check passes.
 */
export function rewriteLinks(text: string, context: LinkContext): LinkOutcome {
  const outcome: LinkOutcome = { text, links: [], problems: [], oldIds: [] }
  const seen = new Set<string>()
  // The document's own heading ids, read once for all its `#fragment` links (a weekly newsletter has hundreds).
  let ownIds: Set<string> | undefined
  for (const { url, line } of scanMarkdown(text).references) {
    if (seen.has(url) || url.includes('{{') || url.includes('{%')) continue
    seen.add(url)
    const note = (list: LineNote[], message: string) => list.push({ line, message })
    if (!readableAddress(url)) {
      // An address no browser reads (`//libvirt%20to%201.3.3`, a host with a space kramdown kept as
      // written): clicking it went nowhere on the old site, and the blog's link check stops on it.
      outcome.text = unreadableAsText(outcome.text, url)
      note(
        outcome.problems,
        `${url}: 브라우저가 읽을 수 없는 주소라 (옛 사이트에서도 열리지 않던 링크) 링크를 풀고 글자만 남겼습니다: 맞는 주소를 찾으면 다시 링크하세요`,
      )
      continue
    }
    const file = repositoryFile(url)
    if (file !== null && isOwnRepository(file.repo, context.repository)) {
      if (context.site.hasFile(file.path)) {
        outcome.text = replaceAddress(outcome.text, url, encodeURI(file.path))
        note(outcome.links, `${url} → ${file.path} (이 저장소의 파일: 사이트 안 주소)`)
      } else {
        note(
          outcome.problems,
          `${url}: 저장소에 없는 파일입니다 (옛 사이트에서도 깨진 주소: 파일을 ${file.path}에 넣거나 링크를 고치세요)`,
        )
      }
      continue
    }
    if (url.startsWith('#') && url.length > 1) {
      // An anchor the old page did not have either (kramdown and GitHub ids differ too): the blog's
      // link check would stop the build, so the link goes and the closest heading is suggested.
      ownIds ??= headingIds(text)
      const ids = ownIds
      const fragment = decodeFragment(url.slice(1))
      const self = context.documentUrl?.normalize('NFC')
      const selfUrl =
        self === undefined ? undefined : (context.moved.get(self) ?? context.moved.get(asFolderPath(self)) ?? self)
      if (!ids.has(fragment) && fragment !== 'top' && selfUrl !== undefined && context.hadOldId?.(selfUrl, fragment)) {
        // The old page had the id (a plugin wrote it): the post gets it too, and the link stays.
        outcome.oldIds.push({ line, url, target: selfUrl, id: fragment, address: url, bare: '', inPage: true })
        continue
      }
      if (!ids.has(fragment) && fragment !== 'top') {
        outcome.text = unlink(outcome.text, url)
        const suggestion = closestId(fragment, ids)
        note(
          outcome.problems,
          `${url}: 이 글에 없는 제목 앵커라 링크를 풀고 글자만 남겼습니다${suggestion ? ` (가장 가까운 제목: #${suggestion})` : ''}`,
        )
      }
      continue
    }
    // On the old site a relative link resolved against the document's own URL; in the blog the document
    // has another URL, so from here on the link is the root-relative address it meant (or goes, if it
    // led nowhere), and every rule below (moved pages, ids, fragments) applies to it as to a `/…` link.
    let meant = url
    const relative = isRelativeReference(url)
    if (relative) {
      meant = resolveRelative(url, context.documentUrl ?? '/')
      const resolved = resolveReference(meant, context.site)
      if (resolved.kind === 'missing' || resolved.kind === 'elsewhere') {
        outcome.text = unlink(outcome.text, url)
        const domain = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(url.trim())
          ? ` (주소 앞에 https://를 빠뜨렸다면 https://${url.trim()})`
          : ''
        note(
          outcome.problems,
          `${url}: 상대 주소라 옛 사이트에서 ${meant}를 가리켰지만 그런 페이지나 파일이 없어 (옛 사이트에서도 깨진 링크) 링크를 풀고 글자만 남겼습니다${domain}`,
        )
        continue
      }
    }
    const target = resolveReference(meant, context.site)
    if (target.kind === 'elsewhere') continue
    const suffix = /[?#].*$/.exec(meant.trim())?.[0] ?? ''
    if (target.kind === 'missing') {
      if (target.viaOrigin) {
        // Another project on the same github.io domain, or a page the old site never had: not the blog's.
        // The blog usually takes the old site's place on that domain, and then its render and link
        // check read `https://<domain>/...` as its own; the scheme-relative form is the same address
        // to a browser and stays outside the blog for both.
        const kept = url.replace(/^https?:/, '')
        outcome.text = replaceAddress(outcome.text, url, kept)
        note(
          outcome.problems,
          `${url}: 옛 사이트에 없는 주소라 사이트 밖 주소 ${kept}로 두었습니다 (같은 도메인의 다른 GitHub Pages 프로젝트일 수 있습니다. 새 블로그가 같은 도메인에 올라가도 블로그 안 주소로 읽히지 않습니다)`,
        )
      } else if (url.trim().startsWith('/')) {
        outcome.text = unlink(outcome.text, url)
        const page =
          context.site.unimported?.get(target.path) ?? context.site.unimported?.get(asFolderPath(target.path))
        if (page !== undefined) {
          note(
            outcome.problems,
            `${url}: Jekyll은 이 페이지를 썼지만(${page}) 가져오지 못한 페이지라 링크를 풀고 글자만 남겼습니다 (블로그에 그 페이지를 만들면 다시 링크하세요)`,
          )
          continue
        }
        if (context.site.refused?.has(target.path)) {
          note(
            outcome.problems,
            `${url}: 실행될 수 있는 내용이 있어 복사하지 않은 SVG라 링크나 그림을 풀고 글자만 남겼습니다: 스크립트를 지운 SVG나 PNG를 public${target.path}에 넣고 다시 링크하세요`,
          )
          continue
        }
        const isFile = /\.[A-Za-z0-9]+$/.test(target.path)
        note(
          outcome.problems,
          isFile
            ? `${url}: 저장소에 없는 파일이라 (옛 사이트에서도 깨진 주소) 링크나 그림을 풀고 글자만 남겼습니다: 파일을 ${target.path}에 넣고 다시 링크하세요`
            : `${url}: 옛 사이트에서도 깨진 링크라 링크를 풀고 글자만 남겼습니다 (맞는 주소를 찾으면 다시 링크하세요)`,
        )
      }
      continue
    }
    const moved = context.moved.get(target.path) ?? null
    const hash = suffix.indexOf('#')
    const targetIds =
      hash >= 0 && (target.kind === 'post' || target.kind === 'page')
        ? (context.anchors?.(moved ?? target.path) ?? null)
        : null
    const fragment = hash >= 0 ? decodeFragment(suffix.slice(hash + 1)) : ''
    if (targetIds !== null && fragment !== '' && fragment !== 'top' && !targetIds.has(fragment)) {
      const internal = encodeURI(moved ?? target.path)
      if (context.hadOldId?.(moved ?? target.path, fragment)) {
        // Jekyll's page had this id (a plugin wrote it): the post gets it too, and the link lands there.
        const address = `${internal}#${AUTHOR_ID_PREFIX}${suffix.slice(hash + 1)}`
        outcome.text = replaceAddress(outcome.text, url, address)
        outcome.oldIds.push({ line, url, target: moved ?? target.path, id: fragment, address, bare: internal })
        continue
      }
      outcome.text = replaceAddress(outcome.text, url, internal)
      const suggestion = closestId(fragment, targetIds)
      note(
        outcome.problems,
        `${url}: ${internal}에 없는 제목 앵커라 #${fragment}를 빼고 글로만 연결했습니다${suggestion ? ` (가장 가까운 제목: ${internal}#${suggestion})` : ''}`,
      )
      continue
    }
    if (fragment !== '' && context.writtenOnly?.(moved ?? target.path)?.has(fragment)) {
      // An id the post wrote in HTML (`<div id="quantum">`): the blog's page has it as `user-content-quantum`.
      const address = `${encodeURI(moved ?? target.path)}${suffix.slice(0, hash)}#${AUTHOR_ID_PREFIX}${suffix.slice(hash + 1)}`
      outcome.text = replaceAddress(outcome.text, url, address)
      note(outcome.links, `${url} → ${address} (글이 HTML에 쓴 id: 블로그가 붙이는 이름으로)`)
      continue
    }
    // A folder page's address written without its closing slash (`/guide-4.2`), which the old host
    // answered by sending to the folder: the blog reads a last part with a dot as a file name.
    const folder =
      moved === null &&
      target.kind === 'page' &&
      target.path.endsWith('/') &&
      /\.[A-Za-z0-9]+$/.test(meant.trim().replace(/[?#].*$/, ''))
        ? target.path
        : null
    if (folder !== null) {
      const internal = `${encodeURI(folder)}${suffix}`
      outcome.text = replaceAddress(outcome.text, url, internal)
      note(
        outcome.links,
        `${url} → ${internal} (끝의 /가 빠진 페이지 주소: 점이 든 끝부분을 블로그가 파일 이름으로 읽지 않도록)`,
      )
      continue
    }
    // A link that leads to one of the blog's own lists or its home, as an old page moved there
    // (`/lesson-leadership/` -> `/`) or as written (the old home's `/#electron-versions`): the old page's
    // headings did not come along, so a `#fragment` would point at nothing there.
    const landing = moved ?? target.path
    const toList =
      fragment !== '' &&
      fragment !== 'top' &&
      (moved !== null ? !context.site.posts.has(moved) && !context.site.pages.has(moved) : target.kind === 'route')
    if (toList) {
      const internal = `${encodeURI(landing)}${suffix.slice(0, hash)}`
      outcome.text = replaceAddress(outcome.text, url, internal)
      note(
        outcome.links,
        `${url} → ${internal} (블로그의 목록이나 첫 페이지로 가는 링크라 그곳에 없는 #${fragment}를 뺐습니다)`,
      )
      continue
    }
    if (!target.viaOrigin && moved === null && !relative) continue
    const internal = `${encodeURI(moved ?? target.path)}${suffix}`
    outcome.text = replaceAddress(outcome.text, url, internal)
    note(
      outcome.links,
      `${url} → ${internal}${relative ? ' (상대 주소: 옛 사이트에서 가리키던 곳)' : target.viaOrigin ? ' (옛 도메인 주소: 사이트 안 주소로)' : target.kind === 'page' ? ' (옛 페이지 주소: 새 주소로)' : ' (옛 글 주소: 새 주소로)'}`,
    )
  }
  return outcome
}
