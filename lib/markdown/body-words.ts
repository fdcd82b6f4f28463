/** The words the Markdown pipeline writes into a body, in the post's language (lib/i18n/messages.ts `body`). */
import { editions, languageOf } from '../config'
import { messagesFor, type Messages } from '../i18n/messages'

export type BodyWords = Messages['body']

/** The body's words for a post's `lang` (the first edition's language when it has none). */
export function bodyWordsFor(lang: string | undefined): BodyWords {
  return messagesFor(languageOf(lang ?? editions[0]!.language)).body
}
