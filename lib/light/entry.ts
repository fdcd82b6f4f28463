// The light pages' script (see leaves.ts). Deferred, so the page is parsed when it runs.
import { startLeaves } from './leaves'

startLeaves()
