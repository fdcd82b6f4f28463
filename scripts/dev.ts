// npm run dev [-- --port N] [other `next dev` options]: the font subset, then Contentlayer's watcher
// and `next dev` side by side, each line prefixed with its name. Arguments go to `next dev`, so
// `npm run dev -- --port 5301` works; PORT works too. When either process ends, or on Ctrl-C, both
// stop (with everything they started), and the exit code is the first failure's.
// The commands start as the build starts its own (pipeline/processes/commands.ts): this Node, without npx.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { packageCommand, tsxCommand, type Command } from '../pipeline/processes/commands'
import { configProblems } from '../lib/config'

// A value of site.config.mjs or the environment that cannot be used (an accent that is no colour, a
// SITE_URL that is no address) stops the server before it starts, in the words npm run check uses,
// rather than as a stack trace from whichever process loads the configuration first.
if (configProblems.length > 0) {
  for (const problem of configProblems) console.error(`✗ ${problem.file ?? '(환경 변수)'}: ${problem.message}`)
  console.error('\n설정을 고친 뒤 다시 실행하세요. 개발 서버를 켜지 않았습니다.')
  process.exit(1)
}

const [fontCommand, fontArgs] = tsxCommand('pipeline/stages/font.ts')
const font = spawnSync(fontCommand, fontArgs, { stdio: 'inherit' })
if (font.status !== 0) process.exit(font.status ?? 1)

const children: ChildProcess[] = []
let exitCode: number | null = null

function start(name: string, [command, args]: Command): void {
  // Next reports each session to Vercel unless told not to; a company's machines keep to themselves.
  const env = { ...process.env, PWD: process.cwd(), NEXT_TELEMETRY_DISABLED: '1' }
  // Its own process group, so that stopping reaches what it started (Next's workers).
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env })
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      ;(stream === child.stderr ? process.stderr : process.stdout).write(`[${name}] ${line}\n`)
    })
  }
  child.on('exit', (code, signal) => {
    if (exitCode === null) {
      exitCode = code ?? (signal ? 1 : 0)
      console.log(`[${name}] 끝났습니다 (${signal ?? `exit ${code}`}): 나머지도 멈춥니다`)
      stopAll('SIGTERM')
    }
  })
  children.push(child)
}

function stopAll(signal: NodeJS.Signals): void {
  for (const child of children) {
    if (child.pid === undefined) continue
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (exitCode === null) exitCode = 0
    stopAll('SIGTERM')
  })
}
process.on('exit', () => stopAll('SIGKILL'))

start('content', packageCommand('contentlayer2', ['dev']))
start('next', packageCommand('next', ['dev', ...process.argv.slice(2)]))

await Promise.all(children.map((child) => new Promise((resolve) => child.on('close', resolve))))
process.exit(exitCode ?? 0)
