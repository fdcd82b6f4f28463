/**
 * A Hangul-aware tokenizer shared by the index (build time) and the query (in the browser), so
 * both sides cut words the same way. Korean glues particles and endings to the word they follow
 * (`쿠버네티스를`, `Istio의`, `배포합니다`), so splitting at spaces, as most engines do, makes
 * `쿠버네티스` and `쿠버네티스를` different words. Here Hangul and Latin runs are split apart and a
 * Hangul word loses one trailing particle or ending, which both sides then match by prefix.
 */

import { stemmer } from 'stemmer'

/**
 * Particles (josa) and the endings most often glued to nouns in technical writing; `stripParticle`
 * keeps the longest that fits. `인` is left out on purpose: it would turn `로그인` into `로그`.
 */
const ENDINGS = [
  // case and topic particles
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '의',
  '에',
  '에서',
  '에게',
  '에게서',
  '께',
  '한테',
  '로',
  '으로',
  '와',
  '과',
  '도',
  '만',
  '까지',
  '부터',
  '보다',
  '처럼',
  '마다',
  '조차',
  '이나',
  '나',
  '이며',
  '며',
  '이랑',
  '랑',
  '으로서',
  '로서',
  '으로써',
  '로써',
  '이란',
  '란',
  '이라는',
  '라는',
  '이라고',
  '라고',
  // particles stacked on particles
  '에는',
  '에서는',
  '에서도',
  '에도',
  '으로는',
  '로는',
  '으로도',
  '로도',
  '와는',
  '과는',
  '와의',
  '과의',
  '에서의',
  '으로의',
  '로의',
  '까지는',
  '부터는',
  '만의',
  '만으로',
  '들',
  '들이',
  '들은',
  '들을',
  '들의',
  '들과',
  '들도',
  // the copula and `-하다` / `-되다` forms that turn nouns into predicates
  '이다',
  '입니다',
  '이고',
  '이며',
  '이었다',
  '였다',
  '이에요',
  '예요',
  '이죠',
  '하다',
  '하는',
  '하고',
  '하여',
  '해서',
  '했다',
  '한다',
  '합니다',
  '했습니다',
  '하기',
  '하면',
  '할',
  '한',
  '하지',
  '된',
  '되는',
  '되어',
  '되고',
  '됩니다',
  '되었다',
  '됐다',
  '되면',
  '될',
  '적',
  '적인',
  '적으로',
]

const ENDING_SET = new Set(ENDINGS)
const LONGEST_ENDING = Math.max(...ENDINGS.map((ending) => ending.length))

/** A stem shorter than this keeps its last syllable: `평가` is a word, not `평` + `가`. */
const MIN_STEM_SYLLABLES = 2

const HANGUL = /^\p{Script=Hangul}+$/u
/** Runs of Hangul, or runs of other letters and digits (`EC2`, `k8s`, `istio`). */
const WORD = /\p{Script=Hangul}+|(?:(?!\p{Script=Hangul})[\p{L}\p{N}])+/gu

/** NFC and lower case, so decomposed Hangul (from macOS file names, say) and `ISTIO` match. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase()
}

/** Splits text into Hangul runs and Latin/digit runs: `Istio의 mTLS인증` -> `istio 의 mtls 인증`. */
export function splitWords(text: string): string[] {
  return normalizeText(text).match(WORD) ?? []
}

/** `쿠버네티스를` -> `쿠버네티스`, `컨테이너에서는` -> `컨테이너`; `평가` and Latin words stay. */
export function stripParticle(word: string): string {
  if (!HANGUL.test(word)) return word
  for (let length = Math.min(LONGEST_ENDING, word.length - MIN_STEM_SYLLABLES); length > 0; length -= 1) {
    if (ENDING_SET.has(word.slice(-length))) return word.slice(0, -length)
  }
  return word
}

/**
 * The terms of a text, for the index and the query alike. A Hangul run that is nothing but a
 * particle (the `의` split off `Istio의`) carries no meaning of its own and is dropped. In the
 * English edition's index (`language` 'en'), a Latin word is cut to its stem by Porter's rules, so
 * `drifting` and `drifted` find `drift`; the Korean edition keeps Latin words whole, as they are
 * mostly names (`istio`, `eks`).
 */
export function tokenize(text: string, language = 'ko'): string[] {
  const terms: string[] = []
  for (const word of splitWords(text)) {
    if (ENDING_SET.has(word)) continue
    terms.push(language === 'en' && !HANGUL.test(word) ? stemmer(word) : stripParticle(word))
  }
  return terms
}

/** Shortest piece of a compound worth finding on its own. */
const MIN_PART_SYLLABLES = 2

/**
 * The inner pieces of long Hangul words, so a word written inside a compound is found:
 * `비용최적화` gives `용최적화 최적화 적화`, and `최적화` then matches by prefix. Latin words are
 * left whole (`ubernetes` helps nobody). Each piece is listed once: it only has to be findable,
 * and indexing repeats would double the work of building the index in the browser.
 */
export function compoundParts(text: string, words: readonly string[] = tokenize(text)): string[] {
  const parts = new Set<string>()
  for (const term of new Set(words)) {
    if (!HANGUL.test(term)) continue
    for (let start = 1; term.length - start >= MIN_PART_SYLLABLES; start += 1) parts.add(term.slice(start))
  }
  return [...parts]
}
