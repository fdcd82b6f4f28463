'use client'

import { useEffect } from 'react'
import { enhancePage } from './registry'

/**
 * `npm run dev` only (app/layout.tsx renders it when NODE_ENV is development): there is no export
 * step to add the bundled entry.ts, so the behaviours start from here. A production build never
 * renders it, so it never makes a page keep Next's runtime.
 */
export function DevEnhancements() {
  useEffect(() => enhancePage(document), [])
  return null
}
