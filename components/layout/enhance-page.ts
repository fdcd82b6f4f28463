/**
 * The interactive parts of the site's pages, as plain DOM code over the HTML the server renders:
 * the theme toggle, the table of contents' current section, copy buttons on code blocks, the
 * share section, and pictures that fail to load. One implementation for both kinds of page:
 * components/layout/page-enhancements.tsx runs them under Next's runtime (again after each
 * client-side navigation), and light pages (lib/site.ts `lightPages`) run them from one small script
 * (components/layout/light-page-entry.ts). Each returns a function that undoes what it added.
 */
import { startCodeCopy } from '@/components/post/code-copy'
import { startImageFallback } from '@/components/post/image-fallback'
import { startShare } from '@/components/post/share-actions'
import { startTocHighlight } from '@/components/post/toc-highlight'
import { startThemeToggle } from './theme-toggle'

const ENHANCEMENTS = [startThemeToggle, startImageFallback, startTocHighlight, startCodeCopy, startShare]

/** Starts every enhancement on the page; the result stops them all. */
export function enhancePage(root: Document): () => void {
  const stops = ENHANCEMENTS.map((start) => start(root))
  return () => stops.forEach((stop) => stop())
}
