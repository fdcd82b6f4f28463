// npm run check [-- --all] [-- --summary <file>]: the content check (pipeline/stages/content-check.ts) on its
// own, as authors run it before a pull request. Exits 1 when there is at least one error.
import { parseArgs } from 'node:util'
import { runContentCheck } from '../pipeline/stages/content-check'

const { values } = parseArgs({ options: { all: { type: 'boolean' }, summary: { type: 'string' } } })
process.exitCode = (await runContentCheck({ all: values.all, summary: values.summary })).errors.length > 0 ? 1 : 0
