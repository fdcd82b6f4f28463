'use client'

import { useEffect, useRef, useState } from 'react'

/** How long the confirmation stays, so the same message can be announced again on the next copy. */
const MESSAGE_MS = 4000

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
      setMessage('링크를 복사했습니다')
    } catch {
      setMessage('링크를 복사하지 못했습니다. 주소창의 주소를 복사해 주세요.')
    }
    timer.current = setTimeout(() => setMessage(''), MESSAGE_MS)
  }

  return (
    <li>
      <button type="button" className="share__button" onClick={copy}>
        링크 복사
      </button>
      <span className="share__status" role="status" aria-live="polite">
        {message}
      </span>
    </li>
  )
}
