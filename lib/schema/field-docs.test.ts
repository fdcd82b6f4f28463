import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderFieldTable, syncFieldTable } from './field-docs'
import { POST_FIELDS } from './post-fields'

describe('the front-matter reference in the docs', () => {
  it('lists every schema field with its description', () => {
    const table = renderFieldTable()
    for (const [name, spec] of Object.entries(POST_FIELDS)) {
      expect(table).toContain(`| \`${name}\` |`)
      expect(table).toContain(spec.description)
    }
  })

  for (const file of ['CONTRIBUTING.md', 'docs/front-matter.md']) {
    it(`${file} is in step with the schema (run npm run docs:fields after changing lib/schema/post-fields.ts)`, () => {
      const text = readFileSync(file, 'utf8')
      expect(syncFieldTable(text)).toBe(text)
    })
  }
})
