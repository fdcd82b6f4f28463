// Incremental work: how long an author waits. `npm run dev` after an edit (Contentlayer's watcher
// regenerates the post, Next's hot reload shows it in the open page), and a second `npm run build`
// after one post changed (Contentlayer's document cache, Turbopack's cache and the social-card
// cache are reused, and only the edited post's page is rendered again: pipeline/incremental/partial-export.ts).
import { spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { runBuild, type BuildRun } from './run-build'

/** Appends a paragraph to a post and returns the words to look for. */
function editPost(file: string): string {
  const marker = `수정 확인 문단 ${Date.now()}`
  appendFileSync(file, `\n\n${marker}\n`)
  return marker
}

/** A cold build has just written `workDir/out`: change one post and build again with the caches kept. */
export async function measureRebuild(
  workDir: string,
  postFile: string,
  env: Record<string, string>,
): Promise<BuildRun> {
  editPost(postFile)
  return runBuild({ workDir, env, warm: true })
}

export interface DevEdit {
  /** From `npm run dev` to the post page answering. */
  startMs: number
  /** From saving the file to the new paragraph showing in the open page, without a reload. */
  editMs: number
}

/** Starts `npm run dev` on the content, opens a post, edits its file and times the update. */
export async function measureDevEdit(
  contentDir: string,
  postFile: string,
  postPath: string,
  port: number,
): Promise<DevEdit> {
  const started = performance.now()
  // detached: its own process group, so the whole tree (concurrently, Contentlayer, Next) stops together.
  const dev = spawn('npm', ['run', 'dev'], {
    env: { ...process.env, CONTENT_DIR: contentDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  })
  // localhost, not 127.0.0.1: `next dev` refuses its hot-reload socket to other origins.
  const url = `http://localhost:${port}${encodeURI(postPath)}`
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  })
  try {
    for (let attempt = 0; ; attempt += 1) {
      const response = await fetch(url).catch(() => null)
      if (response?.ok) break
      if (attempt > 1200) throw new Error(`npm run dev did not serve ${url} within two minutes`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const startMs = performance.now() - started
    const page = await browser.newPage()
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort())
    await page.goto(url)
    await page.locator('.prose').waitFor()
    const saved = performance.now()
    const marker = editPost(path.resolve(postFile))
    await page.getByText(marker).waitFor({ timeout: 60_000 })
    return { startMs, editMs: performance.now() - saved }
  } finally {
    await browser.close()
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM')
  }
}
