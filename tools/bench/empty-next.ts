// The framework's floor: an App Router app with one empty page, built with this repository's own
// next, react and react-dom, exported statically. What its page loads is the JavaScript any page
// of the same Next.js version ships before the blog adds a single line.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { measurePage, type PageWeight } from './measure-site'

const FILES: Record<string, string> = {
  // Inside the repository, so `next` and `react` resolve from its node_modules; plain .jsx, so the
  // repository's TypeScript project does not pick it up.
  'package.json': '{ "private": true, "type": "module" }\n',
  'next.config.mjs': "export default { output: 'export', trailingSlash: true }\n",
  'app/layout.jsx':
    'export default function RootLayout({ children }) {\n  return <html lang="ko"><body>{children}</body></html>\n}\n',
  'app/page.jsx': 'export default function Page() {\n  return <main><h1>빈 페이지</h1></main>\n}\n',
}

export interface EmptyPageBaseline extends PageWeight {
  nextVersion: string
}

/** Builds the empty app in `dir` (replacing what is there) and measures its page. */
export function measureEmptyNextPage(dir = path.resolve('.bench/empty-next')): EmptyPageBaseline {
  rmSync(dir, { recursive: true, force: true })
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  const next = path.resolve('node_modules/next/dist/bin/next')
  const result = spawnSync(process.execPath, [next, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`the empty Next.js app did not build:\n${result.stdout}\n${result.stderr}`)
  const { version } = JSON.parse(readFileSync(path.resolve('node_modules/next/package.json'), 'utf8')) as {
    version: string
  }
  return { ...measurePage(path.join(dir, 'out'), '/'), nextVersion: version }
}
