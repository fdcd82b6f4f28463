'use client'

import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

/** How long "복사됨" and the announcement stay, so a second copy is announced again. */
const MESSAGE_MS = 3000

function CopyButton({ bar, onResult }: { bar: HTMLElement; onResult: (copied: boolean) => void }) {
  const [copied, setCopied] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  async function copy() {
    const code = bar.nextElementSibling?.textContent ?? ''
    let ok = true
    try {
      await navigator.clipboard.writeText(code)
    } catch {
      // No clipboard outside secure contexts or without permission; the message says what to do.
      ok = false
    }
    onResult(ok)
    setCopied(ok)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setCopied(false), MESSAGE_MS)
  }

  return (
    <button type="button" className="code-copy" onClick={copy}>
      <span className="sr-only">코드 </span>
      {copied ? '복사됨' : '복사'}
    </button>
  )
}

/**
 * Puts a copy button in the bar of every code block of the post body (the body is HTML from the
 * Markdown pipeline, so the buttons go in through portals) and announces the result once, in a
 * polite live region, to screen readers.
 */
export function CodeCopy() {
  const [bars, setBars] = useState<HTMLElement[]>([])
  const [message, setMessage] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)

  useEffect(() => {
    setBars([...document.querySelectorAll<HTMLElement>('.prose .code-block__bar')])
    return () => clearTimeout(timer.current)
  }, [])

  function announce(copied: boolean) {
    clearTimeout(timer.current)
    setMessage(copied ? '코드를 복사했습니다' : '코드를 복사하지 못했습니다. 코드를 직접 선택해 복사해 주세요.')
    timer.current = setTimeout(() => setMessage(''), MESSAGE_MS)
  }

  return (
    <>
      {bars.map((bar, index) => createPortal(<CopyButton bar={bar} onResult={announce} />, bar, `copy-${index}`))}
      <p className="sr-only code-copy-status" role="status">
        {message}
      </p>
    </>
  )
}
