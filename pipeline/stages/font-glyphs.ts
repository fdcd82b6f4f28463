/** Printable ASCII and the marks the templates draw, kept whatever the posts say. */
const ALWAYS = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}‘’“”…·–—←→↑↓©`

/** Control characters and line breaks, which no font draws. */
const INVISIBLE = /[\p{Cc}\p{Zl}\p{Zp}]/u

/** The font subset pipeline/stages/font.ts writes and components/layout/font.ts loads through next/font/local. */
export const SITE_FONT_FILE = '.cache/fonts/pretendard-site.woff2'

/**
 * The characters the blog's font must cover: everything in the given texts (posts, authors,
 * series, the templates' Korean words) plus ASCII, unique and in code point order, so the same
 * content always gives the same string and so the same font file.
 */
export function collectGlyphs(texts: Iterable<string>): string {
  const seen = new Set<number>()
  for (const text of [ALWAYS, ...texts]) {
    for (const char of text.normalize('NFC')) {
      if (!INVISIBLE.test(char)) seen.add(char.codePointAt(0) ?? 0)
    }
  }
  return String.fromCodePoint(...[...seen].sort((a, b) => a - b))
}
