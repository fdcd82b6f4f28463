/**
 * A link or picture address broken over two lines (`![그림](/blog/img/2017-10-30/` then
 * `binlog01.png)` on the next line): kramdown kept the line break in the address and browsers
 * drop it, so the picture showed; CommonMark reads no address there at all. The two halves are
 * joined into the one address readers got. Returns the text and the (1-based) lines joined.
 */
export function joinLineBrokenUrls(text: string): { text: string; lines: number[] } {
  const lines: number[] = []
  const joined = text.replace(
    /(\]\((?:<)?[^\s()<>]*[^\s()<>:])\n[ \t]*([^\s()<>]+(?:>)?(?:\s+"[^"\n]*")?\))/g,
    (_whole, start: string, end: string, offset: number) => {
      lines.push(text.slice(0, offset).split('\n').length)
      return `${start}${end}`
    },
  )
  return { text: joined, lines }
}
