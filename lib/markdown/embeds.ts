import { bodyWordsFor, type BodyWords } from './body-words'
import type { Element, ElementContent, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

interface EmbedProvider {
  hosts: readonly string[]
  /** Paths on those hosts that serve an embeddable player, not the whole site. */
  path: RegExp
  /** Which player: its frame's accessible name, when the author gave none, is the body's word for it. */
  title: keyof BodyWords['embed']
}

/** The only places a post may embed with `<iframe>`: players meant to be framed by other sites. */
export const EMBED_PROVIDERS: readonly EmbedProvider[] = [
  {
    hosts: ['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com'],
    path: /^\/embed\/[\w-]+$/,
    title: 'youtube',
  },
  {
    hosts: ['www.slideshare.net', 'slideshare.net'],
    path: /^\/slideshow\/embed_code\/(?:key\/)?[\w-]+$/,
    title: 'slideshare',
  },
  { hosts: ['speakerdeck.com'], path: /^\/player\/[\w-]+$/, title: 'speakerdeck' },
  { hosts: ['codepen.io'], path: /^\/[\w-]+\/embed\/(?:preview\/)?[\w-]+$/, title: 'codepen' },
  { hosts: ['gist.github.com'], path: /^\/[\w-]+\/[\da-f]+(?:\.pibb)?$/i, title: 'gist' },
]

/**
 * Cross-origin players need scripts and their own origin (cookies, storage) to play; nothing here
 * lets a frame navigate this page, open forms or download. The frame cannot reach the page either
 * way, because every allowed host is another origin.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-presentation'

function parseUrl(raw: string): URL | null {
  try {
    // A base with its own scheme lets `//host/path` (old embed codes) resolve to https.
    return new URL(raw.trim(), 'https://relative.invalid/')
  } catch {
    return null
  }
}

/**
 * The https address to frame for an `<iframe src>`, or null when the source is not an allowed
 * player. `http:` and protocol-relative sources of allowed players are upgraded to https.
 */
export function toEmbedSource(src: string): { src: string; title: keyof BodyWords['embed'] } | null {
  const url = parseUrl(src)
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null
  if (url.username !== '' || url.password !== '' || url.port !== '') return null
  const provider = EMBED_PROVIDERS.find((p) => p.hosts.includes(url.hostname) && p.path.test(url.pathname))
  if (!provider) return null
  url.protocol = 'https:'
  return { src: url.href, title: provider.title }
}

/** `https://gist.github.com/user/abc123` for a Gist embed script (`.../abc123.js`), else null. */
export function toGistPage(src: string): string | null {
  const url = parseUrl(src)
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname !== 'gist.github.com') return null
  const match = /^\/([\w-]+)\/([\da-f]+)\.js$/i.exec(url.pathname)
  if (!match) return null
  return `https://gist.github.com/${match[1]}/${match[2]}`
}

/** What a reader is sent to instead of a refused frame: a web address or a page of this site. */
function fallbackTarget(src: string): string | null {
  const url = parseUrl(src)
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null
  if (url.hostname !== 'relative.invalid') return url.hostname
  return src.startsWith('/') ? url.pathname : null
}

function link(href: string, text: string): Element {
  return { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] }
}

/** A block-level replacement keeps its own paragraph; inside a paragraph a bare link is enough. */
function inPlace(node: Element, parent: { type: string }): ElementContent {
  return parent.type === 'root' ? { type: 'element', tagName: 'p', properties: {}, children: [node] } : node
}

/**
 * Before sanitising: a Gist embed `<script>` (which the sanitiser would drop without a trace)
 * becomes a link to the Gist, so readers still find the code. The link is then sanitised as usual.
 */
export function rehypeGistLinks(words: Pick<BodyWords, 'gistLink'> = bodyWordsFor(undefined)) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'script' || !parent || index === undefined) return undefined
      const page = typeof node.properties.src === 'string' ? toGistPage(node.properties.src) : null
      if (page === null) return undefined
      parent.children[index] = inPlace(link(page, words.gistLink), parent)
      return SKIP
    })
  }
}

/**
 * After sanitising: an `<iframe>` from an allowed player gets an https source, a title, a sandbox,
 * lazy loading and a referrer policy (YouTube refuses to play without a referrer). Any other frame
 * becomes a plain link to its address, so the content is not silently lost; a frame without a
 * usable address (the sanitiser removed `javascript:` and `data:`; `#`, `x.html`) is dropped.
 */
export function rehypeEmbeds(words: Pick<BodyWords, 'embed'> = bodyWordsFor(undefined)) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'iframe' || !parent || index === undefined) return undefined
      const raw = typeof node.properties.src === 'string' ? node.properties.src.trim() : ''
      const embed = toEmbedSource(raw)
      if (embed) {
        const { width, height, title, allowFullScreen } = node.properties
        node.properties = {
          src: embed.src,
          title: typeof title === 'string' && title.trim() !== '' ? title : words.embed[embed.title],
          ...(width !== undefined ? { width } : {}),
          ...(height !== undefined ? { height } : {}),
          ...(allowFullScreen ? { allowFullScreen: true } : {}),
          sandbox: EMBED_SANDBOX,
          loading: 'lazy',
          referrerPolicy: 'strict-origin-when-cross-origin',
        }
        // What sits between the tags is fallback text no browser shows; the sanitiser kept it as text.
        node.children = []
        return SKIP
      }
      const target = fallbackTarget(raw)
      if (target === null) {
        parent.children.splice(index, 1)
        return index
      }
      parent.children[index] = inPlace(link(raw, `삽입된 콘텐츠 보기 (${target})`), parent)
      return SKIP
    })
  }
}
