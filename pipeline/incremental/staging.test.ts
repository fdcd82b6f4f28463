import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { claimStagingDir, setAsideNextOutput, STAGING_NAME } from './staging'

const fresh = () => mkdtempSync(path.join(tmpdir(), 'staging-'))

describe('claimStagingDir', () => {
  it('gives the fixed folder, so the next build finds its compile cache, and frees it on release', () => {
    const root = fresh()
    const claim = claimStagingDir(root)
    expect(claim.dir).toBe(path.join(root, STAGING_NAME))
    expect(readFileSync(path.join(root, `${STAGING_NAME}.lock`), 'utf8')).toBe(String(process.pid))
    claim.release()
    expect(existsSync(path.join(root, `${STAGING_NAME}.lock`))).toBe(false)
    expect(claimStagingDir(root).dir).toBe(path.join(root, STAGING_NAME))
  })

  it('gives a build running beside another one a folder of its own', () => {
    const root = fresh()
    // The lock of a process that is running (this one).
    writeFileSync(path.join(root, `${STAGING_NAME}.lock`), String(process.pid))
    expect(claimStagingDir(root, 4242).dir).toBe(path.join(root, `${STAGING_NAME}-4242`))
  })

  it('takes over the lock of a build that died without releasing it', () => {
    const root = fresh()
    // Beyond Linux's largest process id: no such process.
    writeFileSync(path.join(root, `${STAGING_NAME}.lock`), '99999999')
    expect(claimStagingDir(root).dir).toBe(path.join(root, STAGING_NAME))
  })
})

describe('setAsideNextOutput', () => {
  it("takes the last build's output out of .next, keeps what Next keeps, and deletes what a stopped build left", async () => {
    const root = fresh()
    for (const dir of ['server/app/kubecon-1', 'static/chunks', 'cache/turbopack', 'dev'])
      mkdirSync(path.join(root, '.next', dir), { recursive: true })
    writeFileSync(path.join(root, '.next', 'server', 'app', 'kubecon-1', 'index.html'), '<p>old</p>')
    writeFileSync(path.join(root, '.next', 'trace'), '[]')
    const left = path.join(root, '.cache', 'set-aside', 'next-99999999')
    mkdirSync(left, { recursive: true })
    await setAsideNextOutput(root)
    expect(readdirSync(path.join(root, '.next')).sort()).toEqual(['cache', 'dev', 'trace'])
    expect(existsSync(path.join(root, '.next', 'cache', 'turbopack'))).toBe(true)
    expect(readdirSync(path.join(root, '.cache', 'set-aside'))).toEqual([])
  })

  it('does nothing before the first build', async () => {
    await expect(setAsideNextOutput(fresh())).resolves.toBeUndefined()
  })
})
