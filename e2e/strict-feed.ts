import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFeed } from '@rowanmanning/feed-parser'
import { expect } from '@playwright/test'
import { DomUtils, parseDocument } from 'htmlparser2'
import { xmllintErrors } from '../scripts/test-support/strict-xml'

const FEED_READER = fileURLToPath(new URL('../scripts/test-support/strict_feeds.py', import.meta.url))
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'

/**
 * A feed as a strict reader takes it: xmllint and Python's xml.etree must parse it and feedparser
 * must read it without its "bozo" flag, before the lenient @rowanmanning/feed-parser reads its
 * values for the test. (npm run test:outputs applies the feed validator's rules to every feed.)
 */
export function parseStrictFeed(xml: string) {
  expect(xmllintErrors(xml), 'xmllint').toBe('')
  const dir = mkdtempSync(path.join(tmpdir(), 'strict-feed-'))
  try {
    const file = path.join(dir, 'feed.xml')
    writeFileSync(file, xml)
    const result = spawnSync(PYTHON, [FEED_READER, file], { encoding: 'utf8' })
    expect(result.status, result.stderr).toBe(0)
    expect((JSON.parse(result.stdout) as { problems: string[] }).problems, 'xml.etree, feedparser').toEqual([])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return parseFeed(xml)
}

/** The sitemap's entries as a strict reader sees them: valid against e2e/schemas/sitemap.xsd, then loc -> lastmod. */
export function readStrictSitemap(xml: string): Map<string, string | undefined> {
  expect(xmllintErrors(xml, fileURLToPath(new URL('schemas/sitemap.xsd', import.meta.url))), 'xmllint --schema').toBe(
    '',
  )
  const document = parseDocument(xml, { xmlMode: true })
  return new Map(
    DomUtils.getElementsByTagName('url', document).map((url) => {
      const text = (name: string) => {
        const element = DomUtils.getElementsByTagName(name, url)[0]
        return element ? DomUtils.textContent(element) : undefined
      }
      return [text('loc') ?? '', text('lastmod')]
    }),
  )
}
