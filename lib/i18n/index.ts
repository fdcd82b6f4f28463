/** The interface's words for the edition this process renders (lib/config.ts `edition`). */
import { edition } from '../config'
import { messagesFor } from './messages'

export { hasMessages, messagesFor, type Messages } from './messages'

/** This edition's table: `t.latest`, `t.readingTime(8)`. */
export const t = messagesFor(edition.language)
