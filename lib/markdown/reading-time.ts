/**
 * Reading time for Korean technical prose. Korean is not read by spaces: a reader takes in about
 * 500 syllables a minute, while Latin-script words (product names, code) go at about 200 a minute.
 */
export const HANGUL_CHARS_PER_MINUTE = 500
export const LATIN_WORDS_PER_MINUTE = 200

const CJK_CHAR = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
const LATIN_WORD = /[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}'’_-]*/gu

/** Minutes to read a plain text, rounded up, at least 1. */
export function estimateReadingMinutes(plainText: string): number {
  const cjkChars = plainText.match(CJK_CHAR)?.length ?? 0
  const latinWords = plainText.match(LATIN_WORD)?.length ?? 0
  const minutes = cjkChars / HANGUL_CHARS_PER_MINUTE + latinWords / LATIN_WORDS_PER_MINUTE
  return Math.max(1, Math.ceil(minutes))
}
