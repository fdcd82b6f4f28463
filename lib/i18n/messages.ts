/**
 * The interface's words, one table per language: every word a reader sees that is not the content
 * itself (navigation, labels, dates, notices). A page takes the table of its edition
 * (lib/i18n/index.ts); the behaviours script takes the one `<html lang>` names. The Korean table
 * is the shape: a language is added by writing one more table of the same type.
 *
 * Author-facing messages (`npm run check`, the build) stay Korean: they are for this team.
 */
const ko = {
  languageName: '한국어',
  /** The link to the same page in another edition. */
  readIn: '한국어로 읽기',
} as const

/** A table with the Korean one's keys, each value of the same kind (text, or a function of the same arguments). */
export type Messages = { readonly [K in keyof typeof ko]: (typeof ko)[K] extends string ? string : (typeof ko)[K] }

const en: Messages = {
  languageName: 'English',
  readIn: 'Read in English',
}

export const MESSAGES: Readonly<Record<string, Messages>> = { ko, en }

/** Whether the interface has words for `language` ('ko', 'en'). */
export function hasMessages(language: string): boolean {
  return Object.hasOwn(MESSAGES, language)
}

/** The table for `language`, or the Korean one for a language without a table. */
export function messagesFor(language: string): Messages {
  return MESSAGES[language] ?? ko
}
