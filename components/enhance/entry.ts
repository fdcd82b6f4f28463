// The script every exported page gets (build/page-runtime.ts bundles it). Deferred, so the page
// has been parsed when it runs.
import { enhancePage } from './registry'

enhancePage(document)
