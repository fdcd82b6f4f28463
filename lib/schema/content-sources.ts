import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { bundleSitePaths, isBundleIndex } from './bundles'
import { reservedRootNames } from './reserved-names'
import { SVG_FIX, svgProblems } from './svg-safety'
import type { ContentSources, Diagnostic, SourceFile } from './validate-content'

/** The content folder: `CONTENT_DIR` (tests, benchmarks) or `content/`. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content')
}

/** Whether `file` is `root` or lies inside it, compared by path segments (`/a/out-old` is not inside `/a/out`). */
export function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file)
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
}

/** The real path of a folder, or the folder as given when it does not exist. */
function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir)
  } catch {
    return dir
  }
}

/**
 * Where files may really live: the repository (the working folder) and the given folders
 * themselves. A symbolic link that leads anywhere else would publish a file from outside.
 */
export function allowedRoots(...dirs: string[]): string[] {
  return [process.cwd(), ...dirs].map(realOrSelf)
}

/** A file or folder the build must not read, reported by `npm run check` with its path. */
export interface UnreadableEntry {
  /** Absolute path of the link or file as listed. */
  file: string
  message: string
  fix: string
}

/**
 * Why a symbolic link may not be followed, or null when it leads to a file or folder inside
 * `roots`. A loop (`a -> b -> a`) and a link to nothing are reported, not thrown.
 */
export function symlinkProblem(link: string, roots: readonly string[]): Omit<UnreadableEntry, 'file'> | null {
  let target: string
  try {
    target = realpathSync(link)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOOP')
      return {
        message: '심볼릭 링크가 돌고 도는 고리를 이뤄 끝나지 않습니다',
        fix: '링크를 지우거나 실제 파일로 바꾸세요',
      }
    return {
      message: `심볼릭 링크가 가리키는 파일이 없습니다 (${code ?? String(error)})`,
      fix: '링크를 지우거나 있는 파일을 가리키게 하세요',
    }
  }
  if (!roots.some((root) => isInside(target, root))) {
    return {
      message: `저장소 밖의 ${target}을(를) 가리키는 심볼릭 링크라 게시할 수 없습니다`,
      fix: '파일을 저장소 안으로 복사하고 링크를 지우세요',
    }
  }
  return null
}

/**
 * Every file under `dir`, sorted. Symbolic links are followed only inside `roots`; a link out of
 * them, a loop or a broken link goes to `problems` instead of ending the check with a stack trace.
 */
export function listFiles(
  dir: string,
  roots: readonly string[],
  problems: UnreadableEntry[],
  seen = new Set<string>(),
): string[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  const real = realOrSelf(dir)
  if (seen.has(real)) {
    problems.push({
      file: dir,
      message: '폴더 심볼릭 링크가 자기를 품은 폴더를 가리켜 고리를 이룹니다',
      fix: '링크를 지우세요',
    })
    return []
  }
  seen.add(real)
  const files: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name)
    if (entry.isSymbolicLink()) {
      const problem = symlinkProblem(full, roots)
      if (problem) {
        problems.push({ file: full, ...problem })
        continue
      }
    }
    let isDirectory: boolean
    try {
      isDirectory = statSync(full).isDirectory()
    } catch (error) {
      problems.push({
        file: full,
        message: `파일을 읽을 수 없습니다 (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        fix: '파일 권한과 이름을 확인하세요',
      })
      continue
    }
    if (isDirectory) files.push(...listFiles(full, roots, problems, new Set(seen)))
    else files.push(full)
  }
  return files.sort()
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
export function readContentSources(
  dir = contentDir(),
  shownFrom = process.cwd(),
  servedFrom = publicDirs(),
): ContentSources {
  const isText = (file: string) => !/\.(png|jpe?g|gif|webp|avif|svg|ico|pdf|zip)$/i.test(file)
  const problems: UnreadableEntry[] = []
  const contentRoots = allowedRoots(dir)
  const under = (sub: string) => listFiles(path.join(dir, sub), contentRoots, problems)
  const postFiles = under('posts')
  const pageFiles = under('pages')
  // The other files of a folder post (lib/schema/bundles.ts) are its pictures and downloads, not posts.
  const bundleDirs = new Set(postFiles.filter((file) => isBundleIndex(file, dir)).map((file) => path.dirname(file)))
  const inBundle = (file: string) => {
    let outermost: string | null = null
    for (let folder = path.dirname(file); isInside(folder, path.join(dir, 'posts')); folder = path.dirname(folder))
      if (bundleDirs.has(folder)) outermost = folder
    return outermost !== null && !(path.dirname(file) === outermost && isBundleIndex(file, dir))
  }
  let bundled: Set<string> | undefined
  const sources: ContentSources = {
    posts: read(
      postFiles.filter((file) => isText(file) && !inBundle(file)),
      shownFrom,
    ),
    authors: read(
      under('authors').filter((f) => /\.ya?ml$/.test(f)),
      shownFrom,
    ),
    series: read(
      under('series').filter((f) => /\.ya?ml$/.test(f)),
      shownFrom,
    ),
    // A folder of public/ with an index.html answers its address (`/hosted-lead/`), as a static host serves it.
    publicFileExists: (sitePath) =>
      servedFrom.some((publicDir) => {
        const file = path.join(publicDir, sitePath)
        if (!isInside(file, publicDir) || file === publicDir) return false
        const isFile = (candidate: string) => existsSync(candidate) && statSync(candidate).isFile()
        return isFile(file) || isFile(path.join(file, 'index.html'))
      }),
    pages: read(pageFiles.filter(isText), shownFrom),
    bundleFileExists: (sitePath) => (bundled ??= bundleSitePaths(sources.posts, dir)).has(sitePath.normalize('NFC')),
    reservedNames: reservedRootNames(path.resolve('app'), servedFrom),
  }
  // site.config.mjs, for the line of a field whose value cannot be used (lib/config.ts, configProblems).
  const configFile = path.resolve('site.config.mjs')
  if (existsSync(configFile)) sources.siteConfig = { path: 'site.config.mjs', text: readFileSync(configFile, 'utf8') }
  const legacyUrls = path.join(dir, 'legacy-urls.yml')
  if (existsSync(legacyUrls) && statSync(legacyUrls).isFile()) sources.legacyUrls = read([legacyUrls], shownFrom)[0]
  // A mistyped CONTENT_DIR reads as a blog with no posts: the check would pass and the export fail
  // later, in Next's words.
  const postsDir = path.join(dir, 'posts')
  if (!existsSync(postsDir) || !statSync(postsDir).isDirectory()) {
    const noContent = !existsSync(dir)
    problems.push({
      file: noContent ? dir : postsDir,
      message: noContent ? '콘텐츠 폴더가 없습니다' : '콘텐츠 폴더에 posts 폴더가 없습니다',
      fix: `글은 ${path.relative(shownFrom, postsDir)}/에 둡니다. CONTENT_DIR가 가리키는 폴더를 확인하세요 (정하지 않으면 content/)`,
    })
  }
  // The public folders are copied into the export as they are: a link out of them would publish
  // whatever it points at.
  const servedFiles = servedFrom.flatMap((publicDir) => listFiles(publicDir, allowedRoots(publicDir), problems))
  const unreadable = problems.map((problem): Diagnostic => ({
    severity: 'error',
    file: path.relative(shownFrom, problem.file).split(path.sep).join('/'),
    line: 1,
    field: 'file',
    message: problem.message,
    fix: problem.fix,
  }))
  sources.unreadable = [...unreadable, ...unsafeSvgs([...servedFiles, ...postFiles, ...pageFiles], shownFrom)]
  return sources
}

/** Every SVG among `files` that could run a script when opened, one error per problem at its line. */
export function unsafeSvgs(files: readonly string[], shownFrom = process.cwd()): Diagnostic[] {
  return files
    .filter((file) => /\.svgz?$/i.test(file))
    .flatMap((file) => {
      const shown = path.relative(shownFrom, file).split(path.sep).join('/')
      if (/\.svgz$/i.test(file))
        return [
          {
            severity: 'error' as const,
            file: shown,
            line: 1,
            field: 'svg',
            message: '압축된 SVG(.svgz)는 안을 검사할 수 없어 게시할 수 없습니다',
            fix: '압축을 푼 .svg로 두세요',
          },
        ]
      return svgProblems(readFileSync(file, 'utf8')).map((problem): Diagnostic => ({
        severity: 'error',
        file: shown,
        line: problem.line,
        field: 'svg',
        message: `SVG에 실행될 수 있는 내용이 있습니다: ${problem.message}`,
        fix: SVG_FIX,
      }))
    })
}
