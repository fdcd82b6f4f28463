import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { packageCommand, tsxCommand } from './commands'

describe('tsxCommand', () => {
  it('runs a TypeScript file with this Node, from a folder without node_modules', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'blog-commands-'))
    const script = path.join(elsewhere, 'add.ts')
    writeFileSync(script, 'const n: number = Number(process.argv[2])\nconsole.log(n + 1)\n')
    const [command, args] = tsxCommand(script, ['41'])
    expect(command).toBe(process.execPath)
    expect(existsSync(fileURLToPath(args[1] ?? ''))).toBe(true)
    const run = spawnSync(command, args, { cwd: elsewhere, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('42\n')
  })
})

describe('packageCommand', () => {
  it("names the package's own program file, run by this Node", () => {
    const [command, args] = packageCommand('next', ['build'])
    expect(command).toBe(process.execPath)
    expect(args[0]).toBe(path.resolve('node_modules/next/dist/bin/next'))
    expect(args.slice(1)).toEqual(['build'])
    expect(existsSync(args[0] ?? '')).toBe(true)
  })

  it('says in Korean when a package has no program', () => {
    expect(() => packageCommand('react')).toThrow('react: package.json에 react 명령(bin)이 없습니다')
  })
})
