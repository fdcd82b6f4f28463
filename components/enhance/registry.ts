/**
 * The registry of the pages' plain-DOM behaviours: the theme toggle, the table of contents'
 * current section, copy buttons on code blocks, the share section, pictures that fail to load, the
 * header search link's index warm-up, the menu's current section, large pictures opened full size,
 * the comment section's button (comments load only when asked), and the language switch (to this
 * page in the other language, where the page names it). They work on the HTML the
 * server renders, so a page needs
 * no React in the browser for them. The build bundles entry.ts into one small deferred script on
 * every exported page (pipeline/stages/page-runtime.ts); `npm run dev` runs them from dev-enhancements.tsx.
 * A new behaviour is a file in this folder whose `start` function joins the list below; it returns
 * a function that undoes what it added.
 */
import { startCodeCopy } from './code-copy'
import { startComments } from './comments'
import { startCurrentSection } from './current-section'
import { startImageFallback } from './image-fallback'
import { startImageZoom } from './image-zoom'
import { startLanguageSwitch } from './language-switch'
import { startSearchWarmUp } from './search-warm-up'
import { startShare } from './share-actions'
import { startThemeToggle } from './theme-toggle'
import { startTocHighlight } from './toc-highlight'

const ENHANCEMENTS = [
  startThemeToggle,
  startImageFallback,
  startTocHighlight,
  startCodeCopy,
  startShare,
  startSearchWarmUp,
  startCurrentSection,
  startImageZoom,
  startComments,
  startLanguageSwitch,
]

/** Starts every behaviour on the page; the result stops them all. */
export function enhancePage(root: Document): () => void {
  const stops = ENHANCEMENTS.map((start) => start(root))
  return () => stops.forEach((stop) => stop())
}
