/**
 * The check's rules for posts in several languages (docs/editions.md): a post's `lang` names its
 * edition, and `translation_of` names the original it translates, by the original's address.
 */
import { languageOf, type Edition } from '../config'
import { closestName } from './suggest'
import { lastCommitDates } from './changed-files'
import type { Diagnostic } from './validate-content'

/** What the check read of one post for these rules. */
export interface EditionEntry {
  file: string
  slug: string
  /** The edition's language the post belongs to ('ko', 'en'). */
  language: string
  /** `lang` as written (undefined when absent) and its line. */
  written: string | undefined
  langLine: number
  translationOf: string | undefined
  translationLine: number
}

interface Checker {
  add(diagnostic: Omit<Diagnostic, 'file'> & { file?: string }): void
}

/** `kubecon-1`, `/kubecon-1/` and `/en/kubecon-1/` all name the post `kubecon-1` (of that edition, when given). */
export function readTranslationTarget(written: string): { folder: string | null; slug: string } {
  const segments = written.split('/').filter((segment) => segment !== '')
  if (segments.length === 2) return { folder: segments[0]!, slug: segments[1]! }
  return { folder: null, slug: segments[0] ?? '' }
}

export function checkTranslations(entries: readonly EditionEntry[], out: Checker, editions: readonly Edition[]): void {
  const languages = editions.map((edition) => edition.language)
  const originals = entries.filter((entry) => entry.translationOf === undefined)
  for (const entry of entries) {
    if (editions.length > 1 && entry.written !== undefined && !languages.includes(languageOf(entry.written)))
      out.add({
        severity: 'warning',
        file: entry.file,
        line: entry.langLine,
        field: 'lang',
        message: `lang: ${entry.written}인 판이 없어 이 글은 ${editions[0]!.locale} 판에 실립니다`,
        fix: `판의 언어 중 하나를 쓰세요 (${languages.join(', ')}), 또는 site.config.mjs의 editions에 이 언어를 더하세요`,
      })
  }
  const translated = new Map<string, string>()
  const pairs: { translation: EditionEntry; original: EditionEntry }[] = []
  for (const entry of entries) {
    if (entry.translationOf === undefined) continue
    const at = { severity: 'error' as const, file: entry.file, line: entry.translationLine, field: 'translation_of' }
    if (editions.length < 2) {
      out.add({
        ...at,
        message: '이 블로그에는 판이 하나뿐이라 번역을 실을 곳이 없습니다',
        fix: "site.config.mjs의 editions에 이 글의 언어를 더하세요 (예: { locale: 'en-US', path: 'en', ... }), docs/editions.md",
      })
      continue
    }
    const target = readTranslationTarget(entry.translationOf)
    const candidates = originals.filter(
      (original) =>
        original.slug === target.slug &&
        original.language !== entry.language &&
        (target.folder === null ||
          editions.find((edition) => edition.language === original.language)?.path === target.folder),
    )
    if (candidates.length === 0) {
      const sameLanguage = originals.find(
        (original) => original.slug === target.slug && original.language === entry.language,
      )
      const near = closestName(
        target.slug,
        originals.filter((original) => original.language !== entry.language).map((original) => original.slug),
      )
      out.add({
        ...at,
        message:
          sameLanguage !== undefined
            ? `translation_of의 ${entry.translationOf}는 이 글과 같은 언어(${entry.language})의 글입니다`
            : `translation_of가 가리키는 글 ${entry.translationOf}이(가) 다른 언어의 원문 가운데 없습니다`,
        fix:
          sameLanguage !== undefined
            ? '이 글의 lang을 번역한 언어로 고치세요'
            : `원문 글의 주소(slug)를 쓰세요${near !== null ? ` (혹시 ${near}?)` : ''}`,
      })
      continue
    }
    if (candidates.length > 1) {
      out.add({
        ...at,
        message: `${target.slug}라는 원문이 여러 판에 있습니다: ${candidates.map((candidate) => candidate.file).join(', ')}`,
        fix: `판의 폴더를 앞에 붙여 쓰세요 (예: translation_of: /${editions.find((edition) => edition.language === candidates[1]!.language)?.path || '<판>'}/${target.slug}/)`,
      })
      continue
    }
    const original = candidates[0]!
    const key = `${original.file}\u0000${entry.language}`
    const earlier = translated.get(key)
    if (earlier !== undefined)
      out.add({
        ...at,
        message: `${original.file}의 ${entry.language} 번역이 이미 있습니다: ${earlier}`,
        fix: '한 글의 번역은 언어마다 하나입니다. 두 파일을 합치거나 하나의 translation_of를 지우세요',
      })
    else {
      translated.set(key, entry.file)
      pairs.push({ translation: entry, original })
    }
  }
  reportLagging(pairs, out)
}

/** Translations whose original git saw change after them: each named, with both dates. */
function reportLagging(pairs: readonly { translation: EditionEntry; original: EditionEntry }[], out: Checker): void {
  const dates = lastCommitDates(pairs.flatMap(({ translation, original }) => [translation.file, original.file]))
  for (const { translation, original } of pairs) {
    const translatedAt = dates.get(translation.file)
    const changedAt = dates.get(original.file)
    if (translatedAt === undefined || changedAt === undefined || Date.parse(changedAt) <= Date.parse(translatedAt))
      continue
    out.add({
      severity: 'warning',
      file: translation.file,
      line: translation.translationLine,
      field: 'translation_of',
      message: `원문 ${original.file}이(가) ${changedAt.slice(0, 10)}에 바뀌었고, 이 번역은 ${translatedAt.slice(0, 10)} 뒤로 바뀌지 않았습니다 (페이지에 "원문이 바뀌었습니다" 안내가 보입니다)`,
      fix: '원문의 바뀐 부분을 번역에 옮기고 커밋하면 안내가 사라집니다',
    })
  }
}
