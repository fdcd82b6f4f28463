/**
 * Up to two letters standing for a person in an avatar without a picture: a Korean name gives its
 * first syllable, the family name (박승필 -> 박); a Latin one the first letters of its first and
 * last words (Dana Son -> DS); anything else its first character.
 */
export function initials(name: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean)
  const first = words[0] ?? ''
  if (first === '') return '?'
  if (/^\p{Script=Hangul}/u.test(first)) return [...first][0]!
  const letter = (word: string) => ([...word][0] ?? '').toUpperCase()
  return words.length > 1 ? letter(first) + letter(words[words.length - 1]!) : letter(first)
}
