'use client'

import { usePathname } from 'next/navigation'
import { useEffect } from 'react'
import { enhancePage } from './enhance-page'

/**
 * Runs the pages' interactive parts (enhance-page.ts) once React has hydrated the page, and again
 * after each client-side navigation, which brings new markup. No markup of its own.
 */
export function PageEnhancements() {
  const pathname = usePathname()
  useEffect(() => enhancePage(document), [pathname])
  return null
}
