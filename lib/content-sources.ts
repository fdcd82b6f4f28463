import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ContentSources, SourceFile } from './validate-content'

/** The content folder: `CONTENT_DIR` (tests, benchmarks) or `content/`. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content')
}

function listFiles(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  return entries
    .flatMap((entry) => {
      const full = path.join(dir, entry)
      return statSync(full).isDirectory() ? listFiles(full) : [full]
    })
    .sort()
}

// ignoreBOM keeps a leading BOM in the text, as readFileSync(file, 'utf8') and Contentlayer do.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function read(files: string[], shownFrom: string): SourceFile[] {
  return files.map((file) => {
    const shown = path.relative(shownFrom, file).split(path.sep).join('/')
    const bytes = readFileSync(file)
    try {
      return { path: shown, text: strictUtf8.decode(bytes) }
    } catch {
      // Saved as EUC-KR/CP949 or damaged: the lossy text still lets the other checks run.
      const text = bytes.toString('utf8')
      return { path: shown, text, invalidUtf8Line: text.slice(0, text.indexOf('\uFFFD')).split('\n').length }
    }
  })
}

/** What the site serves as files: public/ (PUBLIC_DIR), plus EXTRA_PUBLIC_DIR when a build adds one. */
export function publicDirs(): string[] {
  return [process.env.PUBLIC_DIR ?? 'public', process.env.EXTRA_PUBLIC_DIR].flatMap((d) => (d ? [path.resolve(d)] : []))
}

/**
 * Every file an author can touch: posts (all files, so a stray `.markdown` or `.mdx` is reported,
 * not skipped), the authors and series folders, and standalone pages. Paths are shown relative to the working folder.
 */
export function readContentSources(dir = contentDir(), shownFrom = process.cwd(), servedFrom = publicDirs()): ContentSources {
  const isText = (file: string) => !/\.(png|jpe?g|gif|webp|avif|svg|ico|pdf|zip)$/i.test(file)
  return {
    posts: read(listFiles(path.join(dir, 'posts')).filter(isText), shownFrom),
    authors: read(listFiles(path.join(dir, 'authors')).filter((f) => /\.ya?ml$/.test(f)), shownFrom),
    series: read(listFiles(path.join(dir, 'series')).filter((f) => /\.ya?ml$/.test(f)), shownFrom),
    publicFileExists: (sitePath) =>
      servedFrom.some((publicDir) => {
        const file = path.join(publicDir, sitePath)
        return file.startsWith(publicDir + path.sep) && existsSync(file) && statSync(file).isFile()
      }),
    pages: read(listFiles(path.join(dir, 'pages')).filter(isText), shownFrom),
  }
}
