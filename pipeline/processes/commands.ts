// How the build and its tests start the project's own commands: with this Node, directly.
// `npx tsx script.ts` costs about 0.9 s of CPU before the script runs (npx looks the command up,
// then tsx's command line starts a second Node for the script); `node --import tsx script.ts` costs
// 0.4 s. A build starts seven of these, and `npm test` about a dozen builds.
// Without npx's shell in between, PWD is whatever the parent had: give a command started in another
// folder its own PWD (Contentlayer reads its folder from it).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** A command and its arguments, as `spawn` takes them. */
export type Command = [command: string, args: string[]]

/**
 * A TypeScript file run by this Node with tsx's loader. The loader is named by its full address, so a
 * command started in another folder (a throw-away repository in a test) finds it too.
 */
export function tsxCommand(script: string, args: string[] = [], root = process.cwd()): Command {
  const folder = path.join(root, 'node_modules', 'tsx')
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
    exports: { '.': string | { import?: string; default?: string } }
  }
  const entry = manifest.exports['.']
  const file = typeof entry === 'string' ? entry : (entry.import ?? entry.default ?? 'dist/loader.mjs')
  const loader = pathToFileURL(path.join(folder, file)).href
  return [process.execPath, ['--import', loader, script, ...args]]
}

/** An installed package's command-line program (its `bin` entry) run by this Node. */
export function packageCommand(pkg: string, args: string[] = [], root = process.cwd()): Command {
  const folder = path.join(root, 'node_modules', pkg)
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>
  }
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[pkg]
  if (bin === undefined) throw new Error(`${pkg}: package.json에 ${pkg} 명령(bin)이 없습니다`)
  return [process.execPath, [path.join(folder, bin), ...args]]
}
