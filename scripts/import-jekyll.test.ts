import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readContentSources } from '../lib/content-sources'
import { formatReport } from '../lib/jekyll/report'
import { validateContent } from '../lib/validate-content'
import { runImport, type ImportCommand } from './import-jekyll'

const SITE = path.resolve('e2e/fixtures/jekyll-site')
const SERIES = path.resolve('e2e/fixtures/jekyll-series.yml')

/** Every file under a folder with its bytes, to compare two runs. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = path.join(current, entry)
      if (statSync(full).isDirectory()) walk(full)
      else files[path.relative(dir, full)] = readFileSync(full).toString('base64')
    }
  }
  walk(dir)
  return files
}

describe('runImport on the fixture Jekyll site', () => {
  let work: string
  let command: ImportCommand

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'import-jekyll-'))
    command = { siteDir: SITE, contentDir: path.join(work, 'content'), publicDir: path.join(work, 'public'), seriesFile: SERIES, dryRun: false, overwrite: false }
  })
  afterEach(() => rmSync(work, { recursive: true, force: true }))

  it('writes content the blog accepts, and copies only the assets posts use', () => {
    const report = runImport(command)
    expect(report.files.created).toHaveLength(21)
    const errors = validateContent(readContentSources(command.contentDir, work)).filter((d) => d.severity === 'error')
    expect(errors).toEqual([])
    expect(Object.keys(snapshot(command.publicDir)).sort()).toEqual([
      'assets/files/checklist.txt',
      'assets/images/avatar-jihoon.png',
      'assets/images/cover.png',
      'assets/images/diagram.png',
    ])
  })

  it('changes nothing the second time, and says so', () => {
    runImport(command)
    const before = { content: snapshot(command.contentDir), public: snapshot(command.publicDir) }
    const again = runImport(command)
    expect(again.files).toEqual({ created: [], updated: [], unchanged: 21, kept: [] })
    expect(formatReport(again, { dryRun: false }).trimEnd().endsWith('바뀐 파일이 없습니다: 이미 가져온 내용과 같습니다.')).toBe(true)
    expect({ content: snapshot(command.contentDir), public: snapshot(command.publicDir) }).toEqual(before)
  })

  it('writes nothing in a dry run, yet reports what it would write', () => {
    const report = runImport({ ...command, dryRun: true })
    expect(report.files.created).toHaveLength(21)
    expect(readdirSync(work)).toEqual([])
  })

  it('keeps a file someone edited after the import unless asked to overwrite it', () => {
    runImport(command)
    const about = path.join(command.contentDir, 'pages', 'about.md')
    writeFileSync(about, '---\ntitle: 고친 소개\npermalink: /about/\n---\n')
    const kept = runImport(command)
    expect(kept.files.kept).toEqual([expect.stringMatching(/pages\/about\.md$/)])
    expect(kept.needsHuman).toContainEqual({ file: expect.stringMatching(/pages\/about\.md$/), line: 1, message: expect.stringContaining('--overwrite') })
    expect(readFileSync(about, 'utf8')).toContain('고친 소개')
    const replaced = runImport({ ...command, overwrite: true })
    expect(replaced.files.updated).toEqual([expect.stringMatching(/pages\/about\.md$/)])
    expect(readFileSync(about, 'utf8')).toContain('title: 소개')
  })

  it('refuses a folder that is not a Jekyll site and a series file naming unknown posts', () => {
    expect(() => runImport({ ...command, siteDir: work })).toThrow(/_posts/)
    const series = path.join(work, 'series.yml')
    writeFileSync(series, 'x:\n  title: X\n  posts: [2000-01-01-nope]\n')
    expect(() => runImport({ ...command, seriesFile: series })).toThrow(/2000-01-01-nope/)
  })
})
