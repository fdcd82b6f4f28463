import { Parser } from 'htmlparser2'

/** About two lines on a card: long enough to say what the post is about, short enough to scan. */
export const SUMMARY_LENGTH = 120

/** Letters and digits only, lower-cased: "1# KubeCon + …" and "KubeCon …" compare as the same words. */
function letters(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Cuts text at a space near `max` characters and marks the cut with `…`. */
export function clip(text: string, max = SUMMARY_LENGTH): string {
  if (text.length <= max) return text
  const space = text.lastIndexOf(' ', max)
  return `${text.slice(0, space > max * 0.6 ? space : max).replace(/[\s,.·:;-]+$/u, '')}…`
}

/**
 * The opening words of a rendered post: its first paragraphs, skipping those that are only a link
 * or a picture (a "part 1" link at the top of part 2) and any that repeat the title.
 */
export function openingText(html: string, title: string, max = SUMMARY_LENGTH): string {
  const kept: string[] = []
  let length = 0
  let depth = 0
  let text = ''
  let linkText = ''
  let inLink = 0
  let done = false
  const titleLetters = letters(title)
  const parser = new Parser(
    {
      onopentag(name) {
        if (done) return
        if (name === 'p' && depth === 0) {
          depth = 1
          text = ''
          linkText = ''
        } else if (depth > 0) {
          depth += 1
          if (name === 'a') inLink += 1
        }
      },
      ontext(data) {
        if (depth === 0 || done) return
        text += data
        if (inLink > 0) linkText += data
      },
      onclosetag(name) {
        if (depth === 0 || done) return
        depth -= 1
        if (name === 'a') inLink -= 1
        if (depth > 0) return
        const paragraph = text.replace(/\s+/g, ' ').trim()
        const onlyLink = letters(paragraph) === letters(linkText)
        if (paragraph === '' || onlyLink || (titleLetters !== '' && titleLetters.includes(letters(paragraph)))) return
        kept.push(paragraph)
        length += paragraph.length + 1
        if (length >= max) {
          done = true
          parser.pause()
        }
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return clip(kept.join(' '), max)
}

/** True when a description only restates the title (an imported post's `description: <title>`). */
export function restatesTitle(description: string, title: string): boolean {
  const said = letters(description)
  return said === '' || letters(title).includes(said)
}

export interface Summarised {
  title: string
  description?: string | undefined
  body: { html: string }
}

/** What a card shows under the title: the description, or the opening text when there is none or it repeats the title. */
export function postSummary(post: Summarised, max = SUMMARY_LENGTH): string {
  const description = post.description?.trim() ?? ''
  if (description !== '' && !restatesTitle(description, post.title)) return description
  return openingText(post.body.html, post.title, max)
}
