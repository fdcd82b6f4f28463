// npm run dev [-- --port N] [other `next dev` options]: the font subset, then Contentlayer's watcher
// and `next dev` side by side, each line prefixed with its name. Arguments go to `next dev`, so
// `npm run dev -- --port 5301` works; PORT works too. When either process ends, or on Ctrl-C, both
// stop (with everything they started), and the exit code is the first failure's.
import { spawn, spawnSync } from 'node:child_process'
import { createInterface } from 'node:readline'

const font = spawnSync('npx', ['tsx', 'build/font.ts'], { stdio: 'inherit' })
if (font.status !== 0) process.exit(font.status ?? 1)

const children = []
let exitCode = null

function start(name, command, args) {
  // Its own process group, so that stopping reaches what it started (Next's workers).
  // Next reports each session to Vercel unless told not to; a company's machines keep to themselves.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
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

function stopAll(signal) {
  for (const child of children) {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (exitCode === null) exitCode = 0
    stopAll('SIGTERM')
  })
}
process.on('exit', () => stopAll('SIGKILL'))

start('content', 'npx', ['contentlayer2', 'dev'])
start('next', 'npx', ['next', 'dev', ...process.argv.slice(2)])

await Promise.all(children.map((child) => new Promise((resolve) => child.on('close', resolve))))
process.exit(exitCode ?? 0)
