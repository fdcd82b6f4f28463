import { LineCounter, isMap, isScalar, parseDocument } from 'yaml'

/**
 * Old URLs the build answers with a redirect page: a post's `redirect_from` and the maps of
 * `content/legacy-urls.yml`. The build writes them after the export and stops on one it cannot
 * write (outside out/, over a page, a target off the site); the check says so first, at file:line.
 */

/**
 * An old URL as the path of the page that answers it: a folder (`/page2/`) and a `.html` file stay,
 * an address without an extension (Jekyll's `/:title` style) is served from `<address>.html`.
 */
export function toRedirectPath(url: string): string {
  const last = url.slice(url.lastIndexOf('/') + 1)
  return url.endsWith('/') || /\.html?$/.test(last) ? url : `${url}.html`
}

/** Why an old URL cannot hold a redirect page, or null. `taken` says whether the export already answers a site path. */
export function redirectFromProblem(from: string, taken: (sitePath: string) => string | null): string | null {
  if (!from.startsWith('/') || from.startsWith('//')) return `옛 주소 ${from}가 /로 시작하는 사이트 경로가 아닙니다`
  const page = toRedirectPath(from)
  if (page.split('/').some((segment) => segment === '..' || segment === '.'))
    return `옛 주소 ${from}에 . 이나 .. 경로가 있어 내보낸 폴더 밖을 가리킵니다`
  if (/[?#\\\0]/.test(page)) return `옛 주소 ${from}에 ?, #, \\ 같은 파일 이름에 쓸 수 없는 글자가 있습니다`
  const owner = taken(page)
  if (owner !== null) return `옛 주소 ${from}에는 이미 ${owner}가 있어 리다이렉트로 덮을 수 없습니다`
  return null
}

/** Why a redirect target is refused, or null for a site path (`/kubecon-1/`). */
export function redirectTargetProblem(to: string): string | null {
  if (to.startsWith('/') && !to.startsWith('//')) return null
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(to.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase()
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
    ? `${to}는 ${scheme}: 주소라 리다이렉트 대상으로 쓸 수 없습니다`
    : `${to}는 이 사이트 밖의 주소라 리다이렉트 대상으로 쓸 수 없습니다`
}

export interface LegacyUrlEntry {
  map: 'redirects' | 'feeds'
  from: string
  to: string
  /** 1-based line of the entry in legacy-urls.yml. */
  line: number
}

/** The entries of `content/legacy-urls.yml` with their lines; malformed YAML yields an error with its line. */
export function readLegacyUrlEntries(text: string): {
  entries: LegacyUrlEntry[]
  error: { line: number; message: string } | null
} {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!
    return { entries: [], error: { line: first.linePos?.[0]?.line ?? 1, message: first.message.split('\n')[0] ?? '' } }
  }
  const entries: LegacyUrlEntry[] = []
  if (!isMap(doc.contents)) return { entries, error: null }
  for (const section of doc.contents.items) {
    const map = isScalar(section.key) ? String(section.key.value) : ''
    if ((map !== 'redirects' && map !== 'feeds') || !isMap(section.value)) continue
    for (const pair of section.value.items) {
      if (!isScalar(pair.key)) continue
      entries.push({
        map,
        from: String(pair.key.value),
        to: isScalar(pair.value) ? String(pair.value.value) : '',
        line: lines.linePos(pair.key.range?.[0] ?? 0).line,
      })
    }
  }
  return { entries, error: null }
}
