'use client'

import { useEffect, useRef, useState } from 'react'
import { SHARE_MESSAGE_MS, SHARE_TEXT } from '@/lib/share-messages'

/** "링크 복사": puts the post's URL on the clipboard and says so to screen readers too. */
export function CopyLinkButton({ url }: { url: string }) {
  const [message, setMessage] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  async function copy() {
    clearTimeout(timer.current)
    try {
      // Missing outside secure contexts; the catch tells the reader what to do instead.
      await navigator.clipboard.writeText(url)
      setMessage(SHARE_TEXT.copied)
    } catch {
      setMessage(SHARE_TEXT.copyFailed)
    }
    timer.current = setTimeout(() => setMessage(''), SHARE_MESSAGE_MS)
  }

  return (
    <li>
      <button type="button" className="share__button" onClick={copy}>
        {SHARE_TEXT.copy}
      </button>
      <span className="share__status" role="status" aria-live="polite">
        {message}
      </span>
    </li>
  )
}
