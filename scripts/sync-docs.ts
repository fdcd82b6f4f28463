// npm run docs:fields: writes the front-matter reference (from lib/schema/post-fields.ts, the schema's
// descriptions) into CONTRIBUTING.md and docs/front-matter.md, between their markers.
import { readFileSync, writeFileSync } from 'node:fs'
import { syncFieldTable } from '../lib/schema/field-docs'

for (const file of ['CONTRIBUTING.md', 'docs/front-matter.md']) {
  const before = readFileSync(file, 'utf8')
  const after = syncFieldTable(before)
  if (after !== before) writeFileSync(file, after)
  console.log(`${file}: ${after === before ? '변경 없음' : '갱신함'}`)
}
