'use client'

import { useSyncExternalStore } from 'react'
import { SHARE_TEXT } from '@/lib/share-messages'

const noSubscription = () => () => {}
const canShare = () => typeof navigator.share === 'function'
/** The server and the first render in the browser agree on "no", so hydration never mismatches. */
const cannotShareYet = () => false

/** "공유하기": opens the device's share sheet, shown only in browsers that have one. */
export function NativeShareButton({ url, title }: { url: string; title: string }) {
  const supported = useSyncExternalStore(noSubscription, canShare, cannotShareYet)
  if (!supported) return null

  async function share() {
    try {
      await navigator.share({ title, url })
    } catch {
      // The reader closed the sheet (AbortError) or the share target failed; nothing to do.
    }
  }

  return (
    <li>
      <button type="button" className="share__button" onClick={share}>
        {SHARE_TEXT.share}
      </button>
    </li>
  )
}
