import { disassemble, getChoseong } from 'es-hangul'

/**
 * Forgiving keys for the search engine (lib/search/engine.ts), all computed in the browser from
 * the same index file, which does not grow:
 * - typo keys: a Hangul word's initial consonants, then its letters (`도커` -> `ㄷㅋㄷㅗㅋㅓ`), so a
 *   wrong vowel or final consonant is one edit away (`도카`), and a wrong initial consonant, which
 *   makes another word of a short one (`메시`, `제시`), two;
 * - initials: the first consonant of each syllable (`도커` -> `ㄷㅋ`), for 초성 queries;
 * - sound: a consonant skeleton of how a word sounds, from Hangul romanised or from English as
 *   written, so a Hangul spelling of an English word meets the word (`리액트` and `react` both
 *   give `lkt`, `깃허브`, `깃헙` and `github` give `ktp`, each marked with its script and vowel count).
 */

const JAMO_ONLY = /^[\u3131-\u318e]+$/u
const CONSONANTS_ONLY = /^[\u3131-\u314e]+$/u
const HANGUL_SYLLABLES = /^[\uac00-\ud7a3]+$/u
const LATIN = /^[a-z]+$/

const jamoCache = new Map<string, string>()

/** `도커` -> `ㄷㅗㅋㅓ`; Latin and digits stay as they are. */
export function toJamo(word: string): string {
  if (!HANGUL_SYLLABLES.test(word)) return word
  let letters = jamoCache.get(word)
  if (letters === undefined) {
    letters = disassemble(word)
    if (jamoCache.size > 50_000) jamoCache.clear()
    jamoCache.set(word, letters)
  }
  return letters
}

/**
 * The key typos are measured on (see the top of this file): `도커` -> `ㄷㅋㄷㅗㅋㅓ`. Korean readers
 * tell short words apart by their initial consonants (the skeleton 초성 search reads), so changing
 * one costs two edits; Latin words and digits stay as they are.
 */
export function toTypoKey(word: string): string {
  return HANGUL_SYLLABLES.test(word) ? `${toInitials(word) ?? ''}${toJamo(word)}` : word
}

/** Revised Romanization of each syllable's parts, finals as heard at the end of a syllable (깃 -> git). */
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
const VOWELS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
]
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
]
const SYLLABLE_BASE = 0xac00
const EU = 18
const I = 20

/** A syllable's initial, vowel and final indexes (Unicode's own arithmetic: no tables to load). */
function syllableParts(syllable: string): [number, number, number] {
  const code = (syllable.codePointAt(0) ?? SYLLABLE_BASE) - SYLLABLE_BASE
  return [Math.floor(code / 588), Math.floor((code % 588) / 28), code % 28]
}

/** A Hangul word in Latin letters, syllable by syllable (`깃허브` -> `githeobeu`): enough for a sound skeleton. */
export function romanizeWord(word: string): string {
  let latin = ''
  for (const syllable of word) {
    const [initial, vowel, final] = syllableParts(syllable)
    latin += `${INITIALS[initial] ?? ''}${VOWELS[vowel] ?? ''}${FINALS[final] ?? ''}`
  }
  return latin
}

/** Whether a query word is written in initial consonants only (`ㄷㅋ`). */
export function isInitialsQuery(word: string): boolean {
  return CONSONANTS_ONLY.test(word) && word.length >= 2
}

/** Whether a word is loose jamo (`ㄷㅗㅋ`, typed letter by letter) rather than syllables. */
export function isJamo(word: string): boolean {
  return JAMO_ONLY.test(word)
}

const initialsCache = new Map<string, string>()

/** `데이터베이스` -> `ㄷㅇㅌㅂㅇㅅ`; null for words that are not all Hangul syllables. */
export function toInitials(word: string): string | null {
  if (!HANGUL_SYLLABLES.test(word) || word.length < 2) return null
  let initials = initialsCache.get(word)
  if (initials === undefined) {
    initials = getChoseong(word)
    if (initialsCache.size > 50_000) initialsCache.clear()
    initialsCache.set(word, initials)
  }
  return initials
}

/** A key shorter than this (`TK` of `도커`, `docker`, `tag`, `dock`) meets too many other words. */
export const MIN_SOUND_KEY = 3
/** Latin words shorter than this get no key: `aws`, `api` are acronyms, not sounds. */
const MIN_LATIN_WORD = 4

const VOWEL = /[aeiouy]/

/**
 * The consonant skeleton of a word in Latin letters: consonants sorted into classes a Korean ear
 * hears alike (b/p/f/v, g/k/c/q, d/t, s/z/j/ch/sh, r/l, m, n), vowels, h and w left out, runs
 * of one class counted once. English `th` is heard as either t or s (`프로메테우스`, `파이썬`),
 * so a word with one has both keys. `r` before a consonant or at the end is silent, as in the
 * way English words are written in Hangul (`서버` for server, `테라폼` for terraform).
 */
function skeletons(latin: string, english: boolean): string[] {
  let keys = ['']
  const add = (classes: string | string[]) => {
    const options = Array.isArray(classes) ? classes : [classes]
    keys = keys.flatMap((key) => options.map((option) => key + option))
  }
  for (let index = 0; index < latin.length; index += 1) {
    const char = latin[index] ?? ''
    const next = latin[index + 1] ?? ''
    const pair = char + next
    if (english && pair === 'th') {
      add(['T', 'S'])
      index += 1
    } else if (english && pair === 'ti' && /[aeo]/.test(latin[index + 2] ?? '')) {
      // -tion, -tial: 노션, 이니셜
      add('S')
      index += 1
    } else if (pair === 'ch' || pair === 'sh') {
      add('S')
      index += 1
    } else if (pair === 'ph') {
      add('P')
      index += 1
    } else if (pair === 'ck' || pair === 'kk' || pair === 'qu') {
      add('K')
      index += 1
    } else if (VOWEL.test(char) || char === 'h' || char === 'w') {
      continue
    } else if ('bpfv'.includes(char)) add('P')
    else if ('gkq'.includes(char)) add('K')
    else if (char === 'c') add(english && /[eiy]/.test(next) ? 'S' : 'K')
    else if (char === 'x') add('KS')
    else if ('dt'.includes(char)) add('T')
    else if ('szj'.includes(char)) add('S')
    else if (char === 'r') {
      if (!english || VOWEL.test(next)) add('L')
    } else if (char === 'l') add('L')
    else if (char === 'm') add('M')
    else if (char === 'n') add('N')
  }
  // Lower case: the engine's query tokenizer lower-cases every query word.
  return [...new Set(keys.map((key) => key.replace(/(.)\1+/g, '$1').toLowerCase()))]
}

/**
 * How many vowels a reader hears, so that a short skeleton does not meet every word with the same
 * consonants (`데이터베이스` and `https` are both t-p-s). In Hangul, the 으 that only carries a
 * consonant cluster (`스`, `트` in 스크립트) is not counted, nor 이 after an open syllable (`데이`,
 * `파이`: one vowel in English); in English each run of vowels counts, a silent final e does not.
 */
function hangulBeats(word: string): number {
  let beats = 0
  let open = false
  for (const syllable of word) {
    const [initial, vowel, final] = syllableParts(syllable)
    // Initial 11 is the silent ㅇ.
    const glide = initial === 11 && vowel === I && open
    if (vowel !== EU && !glide) beats += 1
    open = final === 0
  }
  return beats
}

function englishBeats(word: string): number {
  const runs = word.match(/[aeiouy]+/g)?.length ?? 0
  return /[^aeiouy]e$/.test(word) && runs > 1 ? runs - 1 : runs
}

const soundCache = new Map<string, readonly string[]>()

/**
 * The sound keys of a word (tokenizer form: lower case, particle stripped): its consonant skeleton
 * and how many vowels it has (`lkt2`); none when too short to tell.
 */
export function soundKeys(word: string): readonly string[] {
  const cached = soundCache.get(word)
  if (cached !== undefined) return cached
  let keys: string[] = []
  let beats = 0
  if (HANGUL_SYLLABLES.test(word) && word.length >= 2) {
    keys = skeletons(romanizeWord(word), false).map((key) => `h${key}`)
    beats = hangulBeats(word)
  } else if (LATIN.test(word) && word.length >= MIN_LATIN_WORD) {
    keys = skeletons(word, true).map((key) => `e${key}`)
    beats = englishBeats(word)
  }
  // The script's mark (h, e) does not count towards the length.
  const result = keys.filter((key) => key.length > MIN_SOUND_KEY).map((key) => `${key}${beats}`)
  if (soundCache.size > 50_000) soundCache.clear()
  soundCache.set(word, result)
  return result
}

/**
 * The keys a query word looks for: those of the other script (a Hangul word's sound meets English
 * words, and the other way round; Hangul typos are the jamo field's), with one vowel more or fewer
 * (`react` has one, `리액트` two).
 */
export function soundQueryKeys(word: string): string[] {
  return [
    ...new Set(
      soundKeys(word).flatMap((key) => {
        const beats = Number(/\d+$/.exec(key)?.[0] ?? 0)
        const skeleton = `${key.startsWith('h') ? 'e' : 'h'}${key.slice(1).replace(/\d+$/, '')}`
        return [beats - 1, beats, beats + 1].filter((count) => count >= 0).map((count) => `${skeleton}${count}`)
      }),
    ),
  ]
}
