/**
 * Posts kept as a folder with their files, as Hugo's page bundles are: `posts/2026-12-01-title/index.md`
 * beside `shot.png`, `slides.pdf` or `images/a.png`. A reference written relative to the Markdown file
 * (`./shot.png`, `shot.png`, `images/a.png`) names a file of the folder, which the build publishes under
 * the post's address (`/<slug>/shot.png`); the render writes that address into the HTML, so pages,
 * cards, feeds and twins all see the final URL. A reference may not leave the folder (`../x.png`).
 *
 * Only a post written as `index.md` in its own folder has files: a plain `posts/<name>.md` shares
 * posts/ with every other post, so a file beside it would belong to none of them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { contentDir, isInside } from './content-sources'
import { parseFrontMatter } from './front-matter'
import { BUNDLE_INDEX, derivePostSlug, postFileName } from './slug'

/** A post kept as a folder: where its files are and the address they are published under. */
export interface PostBundle {
  /** The folder, absolute. */
  dir: string
  /** The post's slug (the folder name's, or its `slug:` field). */
  slug: string
}

/** Whether a file is the `index.md` of a folder post: in its own folder under the content folder's posts/. */
export function isBundleIndex(filePath: string, content = contentDir()): boolean {
  const posts = path.join(content, 'posts')
  const dir = path.dirname(path.resolve(filePath))
  return path.basename(filePath) === BUNDLE_INDEX && dir !== posts && isInside(dir, posts)
}

/** The bundle of a post file (absolute or relative to the working folder), or null for a plain post file. */
export function postBundle(filePath: string, text: string, content = contentDir()): PostBundle | null {
  if (!isBundleIndex(filePath, content)) return null
  const parsed = parseFrontMatter(text)
  const slugField = parsed.ok && typeof parsed.value.data.slug === 'string' ? parsed.value.data.slug : undefined
  return { dir: path.resolve(path.dirname(filePath)), slug: derivePostSlug(postFileName(filePath), slugField) }
}

/** Names the export writes into a post's folder itself: a file of the bundle may not take them. */
export const BUNDLE_RESERVED = new Set(['index.html', 'index.txt', BUNDLE_INDEX])

/** Every file of a bundle but its `index.md`, relative to the folder with `/`, sorted. */
export function bundleFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const isFile = (file: string) => {
    try {
      return statSync(file).isFile()
    } catch {
      // A broken link: npm run check reports it with the folder's other unreadable files.
      return false
    }
  }
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && isFile(path.join(entry.parentPath, entry.name))))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((name) => name !== BUNDLE_INDEX)
    .sort()
}

/** Whether an address is written relative to the document (`shot.png`, `./a/b.png`, `../x`): no scheme, not `/`, `#` or `?` first. */
export function isRelativeReference(url: string): boolean {
  const bare = url.trim().replace(/[\u0000-\u0020\u007f]/g, '')
  return bare !== '' && !/^([a-z][a-z0-9+.-]*:|[/\\#?])/i.test(bare)
}

export type BundleReference =
  /** A file of the folder: its path there (`images/a.png`) and the published address, without the base path. */
  | { kind: 'file'; name: string; file: string; url: string }
  /** It leaves the folder (`../x.png`). */
  | { kind: 'outside'; name: string }
  /** Inside the folder, but no file has that name. */
  | { kind: 'missing'; name: string }

/**
 * Whether the file's name is written as it is on disk, letter case included: a Mac finds `Shot.PNG`
 * for `shot.png`, the web server that publishes it does not.
 */
function exactName(file: string): boolean {
  try {
    const name = path.basename(file)
    return readdirSync(path.dirname(file)).some((entry) => entry.normalize('NFC') === name.normalize('NFC'))
  } catch {
    return false
  }
}

/** A published address for a file of a post's folder: `/<slug>/<name>`, each segment percent-encoded once. */
export function bundleFileUrl(slug: string, name: string): string {
  return `/${[slug, ...name.split('/')].map((segment) => encodeURIComponent(segment)).join('/')}`
}

/**
 * What a relative address of a folder post names, with its query and fragment kept on the published
 * address; null when the address is not relative (a site path, another site, an in-page `#`).
 */
export function resolveBundleReference(url: string, bundle: PostBundle): BundleReference | null {
  if (!isRelativeReference(url)) return null
  const written = url.trim()
  const cut = written.search(/[?#]/)
  const pathPart = cut === -1 ? written : written.slice(0, cut)
  const suffix = cut === -1 ? '' : written.slice(cut)
  let decoded: string
  try {
    decoded = decodeURIComponent(pathPart)
  } catch {
    decoded = pathPart
  }
  const name = path.posix.normalize(decoded.normalize('NFC').replace(/\\/g, '/'))
  if (name === '..' || name.startsWith('../') || path.posix.isAbsolute(name)) return { kind: 'outside', name: decoded }
  const file = path.join(bundle.dir, ...name.split('/'))
  const exists = name !== '.' && !name.endsWith('/') && existsSync(file) && statSync(file).isFile() && exactName(file)
  if (!exists || BUNDLE_RESERVED.has(name)) return { kind: 'missing', name }
  return { kind: 'file', name, file, url: `${bundleFileUrl(bundle.slug, name)}${suffix}` }
}

/**
 * Where a folder post's files go in the export: `<slug>/<name>` as folders (the slug as it is, as
 * Next writes the post's own folder), each with the file it copies. None for a plain post file.
 */
export function bundleExports(postFile: string, slug: string, content = contentDir()): { from: string; to: string }[] {
  if (!isBundleIndex(postFile, content)) return []
  const dir = path.dirname(path.resolve(postFile))
  return bundleFiles(dir)
    .filter((name) => !BUNDLE_RESERVED.has(name))
    .map((name) => ({ from: path.join(dir, ...name.split('/')), to: path.join(slug, ...name.split('/')) }))
}

/** The bundle of a post Contentlayer read (its source path relative to the content folder, its final slug), or null. */
export function bundleOfPost(sourceFilePath: string, slug: string, content = contentDir()): PostBundle | null {
  const file = path.join(content, sourceFilePath)
  return isBundleIndex(file, content) ? { dir: path.dirname(file), slug } : null
}

/**
 * A folder post's cover (`image: ./cover.png`) as the address its file is published at; any other
 * cover as written (a site path, `assets/a.png` read as `/assets/a.png`, another site's picture).
 */
export function bundleCover(image: string | undefined, bundle: PostBundle | null): string | undefined {
  if (image === undefined || bundle === null) return image
  const found = resolveBundleReference(image, bundle)
  return found?.kind === 'file' ? found.url : image
}

/**
 * The site paths (`/kubecon-1/shot.png`, decoded) of the files folder posts publish: with the public
 * folders' files, what a link or picture of any post may name.
 */
export function bundleSitePaths(posts: readonly { path: string; text: string }[], content = contentDir()): Set<string> {
  const paths = new Set<string>()
  for (const post of posts) {
    const bundle = postBundle(post.path, post.text, content)
    if (bundle === null) continue
    for (const name of bundleFiles(bundle.dir))
      if (!BUNDLE_RESERVED.has(name)) paths.add(`/${bundle.slug}/${name}`.normalize('NFC'))
  }
  return paths
}
