import { createHash } from 'node:crypto'
import type { SocialCardInput } from './card'

/**
 * The name of a rendered card in the image cache: everything drawn on it (title, blog name,
 * date) plus a fingerprint of the renderer (its code, fonts and libraries), so a change to any
 * of them draws the card again and nothing else does.
 */
export function socialCardKey(input: SocialCardInput, rendererFingerprint: string): string {
  const material = JSON.stringify([rendererFingerprint, input.title.normalize('NFC'), input.siteName, input.dateLabel])
  return createHash('sha256').update(material).digest('hex').slice(0, 40)
}
