import { Parser } from 'htmlparser2'

/** Pictures smaller than this on either side (badges, icons, emoji) never stand for a post. */
const MIN_SIDE = 64

/** An address a list page can show: a web address, a site path or a path relative to the post. */
function isShowable(src: string): boolean {
  if (src === '' || src.startsWith('#')) return false
  if (/^https?:\/\//i.test(src)) return true
  // Any other scheme (data:, blob:, mailto:...) and protocol-relative addresses are left out.
  return !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)
}

/** A size the author wrote (`<img width="16">`), or null when none was written or it is not a number. */
function writtenSize(value: string | undefined): number | null {
  if (value === undefined) return null
  const number = Number.parseFloat(value)
  return Number.isFinite(number) && /^\s*\d/.test(value) && !value.includes('%') ? number : null
}

/**
 * The address of the first picture of a rendered post body, as the body's HTML gives it (after
 * the pipeline has rewritten it, before the base path is added), or undefined when the body shows
 * none. Pictures marked smaller than 64 pixels on a side and addresses a card could not load are
 * skipped.
 */
export function findFirstPicture(html: string): string | undefined {
  let found: string | undefined
  const parser = new Parser({
    onopentag(name, attributes) {
      if (found !== undefined || name !== 'img') return
      const src = (attributes.src ?? '').trim()
      if (!isShowable(src)) return
      const sides = [writtenSize(attributes.width), writtenSize(attributes.height)]
      if (sides.some((side) => side !== null && side < MIN_SIDE)) return
      found = src
      parser.pause()
    },
  })
  parser.end(html)
  return found
}
