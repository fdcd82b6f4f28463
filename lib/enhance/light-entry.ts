// The light pages' only script (scripts/light-pages.ts bundles it). Deferred, so the page has
// been parsed when it runs.
import { enhancePage } from './index'
import { startSearchWarmUp } from './search-warm-up'

enhancePage(document)
startSearchWarmUp(document)
