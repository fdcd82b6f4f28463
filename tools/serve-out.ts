import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * Serves `outDir` with the repository's static server (scripts/serve.mjs), as a static host would,
 * for the tools that read the exported site: the import's check against the old site and the
 * benchmarks. Resolves once the server says it listens; rejects with its words if it stops first.
 */
export async function serveOut(
  outDir: string,
  port: number,
  basePath = '',
): Promise<{ origin: string; stop: () => void }> {
  const server = spawn(process.execPath, [path.resolve('scripts/serve.mjs')], {
    env: { ...process.env, OUT_DIR: outDir, PORT: String(port), BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let said = ''
  // The origin the server names: with port 0 the system picked a free port.
  const origin = await new Promise<string>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      const listening = /Serving .* at (http:\/\/[^/\s]+)/.exec(said)?.[1]
      if (listening !== undefined) resolve(listening)
    })
    server.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString()
    })
    server.on('exit', () => reject(new Error(`the static server for ${outDir} stopped: ${said.trim()}`)))
  })
  return { origin, stop: () => server.kill() }
}
