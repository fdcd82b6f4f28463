// The light pages' only script (scripts/light-pages.ts bundles it). Deferred, so the page has
// been parsed when it runs.
import { startSearchWarmUp } from '@/components/search/search-warm-up'
import { enhancePage } from './enhance-page'

enhancePage(document)
startSearchWarmUp(document)
