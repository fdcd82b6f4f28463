import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'

// The fixture site holds a draft (draft: true), a Jekyll-style `published: false` post and a post
// dated 2099. None may leave a trace anywhere in the export: pages, lists, tag, series and author
// pages, feeds, sitemap, search index, social images, related posts.

const OUT = path.resolve('.e2e/fixture-out')
const MARKERS = ['7f3a', 'draft-post', 'unpublished-post', 'future-post']

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? allFiles(full) : [full]
  })
}

test('drafts, unpublished and future posts leave no trace in any file of the export', () => {
  const files = allFiles(OUT)
  expect(files.length).toBeGreaterThan(50)
  const leaks: string[] = []
  for (const file of files) {
    const relative = path.relative(OUT, file)
    for (const marker of MARKERS) if (relative.includes(marker)) leaks.push(`file name ${relative}`)
    const text = readFileSync(file).toString('latin1')
    for (const marker of MARKERS) if (text.includes(marker)) leaks.push(`${relative} contains ${marker}`)
  }
  expect(leaks).toEqual([])
})

test('their URLs answer 404 and the series box counts only published parts', async ({ page }) => {
  for (const slug of ['draft-post/', 'unpublished-post/', 'future-post/']) {
    const response = await page.goto(slug)
    expect(response?.status(), slug).toBe(404)
  }
  await page.goto('aws-cost-s3/')
  await expect(page.getByRole('navigation', { name: 'AWS 비용 최적화', exact: true })).toContainText('2편 중 2편')
})
