/**
 * The interactive parts of the site's pages, as plain DOM code over the HTML the server renders:
 * the theme toggle, the table of contents' current section, copy buttons on code blocks, the
 * share section, and pictures that fail to load. One implementation for both kinds of page:
 * components/layout/page-enhancements.tsx runs them under Next's runtime (again after each
 * client-side navigation), and light pages (lib/site.ts `lightPages`) run them from one small script
 * (lib/enhance/light-entry.ts). Each returns a function that undoes what it added.
 */
import { startCodeCopy } from './code-copy'
import { startImageFallback } from './image-fallback'
import { startShare } from './share'
import { startThemeToggle } from './theme-toggle'
import { startTocHighlight } from './toc-highlight'

const ENHANCEMENTS = [startThemeToggle, startImageFallback, startTocHighlight, startCodeCopy, startShare]

/** Starts every enhancement on the page; the result stops them all. */
export function enhancePage(root: Document): () => void {
  const stops = ENHANCEMENTS.map((start) => start(root))
  return () => stops.forEach((stop) => stop())
}
