// The script every exported page gets (pipeline/stages/page-runtime.ts bundles it). Deferred, so the page
// has been parsed when it runs.
import { enhancePage } from './registry'

enhancePage(document)
