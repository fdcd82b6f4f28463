/**
 * `npm run check`'s rules for posts kept as a folder with their files (lib/schema/bundles.ts): every
 * relative address of the body (pictures, links, raw `<img>` and `<a>`) names a file of the folder and
 * does not leave it, and no file of the folder would land on a file the site already publishes at the
 * same address. Each problem is an error at the line of the reference (or at the post's first line
 * for a clash), as the build would refuse the same post.
 */
import path from 'node:path'
import { bundleFiles, BUNDLE_RESERVED, bundleFileUrl, postBundle, resolveBundleReference } from '../schema/bundles'
import { parseFrontMatter } from '../schema/front-matter'
import type { ContentSources, Diagnostic } from '../schema/validate-content'
import { findBodyImages } from '../schema/validate-body'
import { findBodyLinks } from './source-links'

/** Every problem of the folder posts among `sources.posts`; files in `skip` were already reported. */
export function checkBundles(sources: ContentSources, skip: ReadonlySet<string> = new Set()): Diagnostic[] {
  const found: Diagnostic[] = []
  for (const file of sources.posts) {
    if (skip.has(file.path)) continue
    const bundle = postBundle(file.path, file.text)
    const parsed = bundle === null ? null : parseFrontMatter(file.text)
    if (bundle === null || parsed === null || !parsed.ok) continue
    const { body, bodyStartLine } = parsed.value
    const folder = path.relative(process.cwd(), bundle.dir).split(path.sep).join('/')
    const error = (line: number, message: string, fix: string) =>
      found.push({ severity: 'error', file: file.path, line, field: 'body', message, fix })
    const references = [
      ...findBodyImages(body).map((image) => ({ url: image.src, line: image.line, what: '이미지' })),
      ...findBodyLinks(body).map((link) => ({ url: link.url, line: link.line, what: '링크' })),
    ].sort((a, b) => a.line - b.line)
    for (const reference of references) {
      const resolved = resolveBundleReference(reference.url, bundle)
      if (resolved === null || resolved.kind === 'file') continue
      const line = bodyStartLine + reference.line - 1
      const shown = reference.url.slice(0, 80)
      if (resolved.kind === 'outside')
        error(
          line,
          `${reference.what} ${shown}는 글 폴더(${folder}/) 밖을 가리킵니다. 글 폴더의 파일만 함께 게시됩니다`,
          `파일을 ${folder}/ 안으로 옮기고 ./파일이름으로 쓰세요. 다른 글은 /주소/로, 공용 그림은 /assets/…로 씁니다`,
        )
      else
        error(
          line,
          `${reference.what} ${shown}가 가리키는 파일 ${folder}/${resolved.name}이(가) 없습니다`,
          `${folder}/${resolved.name} 파일을 추가하거나 주소를 고치세요 (대소문자와 확장자도 같아야 합니다)`,
        )
    }
    for (const name of bundleFiles(bundle.dir)) {
      const url = bundleFileUrl(bundle.slug, name)
      if (BUNDLE_RESERVED.has(name) || /\.(md|markdown)$/i.test(name))
        error(
          1,
          `글 폴더의 ${folder}/${name}은(는) ${/\.(md|markdown)$/i.test(name) ? '또 하나의 글로 읽히므로' : '빌드가 이 글의 주소에 쓰는 파일과 이름이 같아'} 게시할 수 없습니다`,
          /\.(md|markdown)$/i.test(name)
            ? '글 폴더에는 Markdown 파일을 index.md 하나만 둡니다. 다른 글이면 posts/ 아래 자기 폴더나 파일로 옮기세요'
            : '파일 이름을 바꾸세요',
        )
      else if (sources.publicFileExists?.(decodeURIComponent(url)))
        error(
          1,
          `글 폴더의 ${name}은(는) ${decodeURIComponent(url)}에 게시되는데, public/에 같은 주소의 파일이 이미 있습니다`,
          `둘 중 하나의 이름을 바꾸세요 (public${decodeURIComponent(url)} 또는 ${folder}/${name})`,
        )
    }
  }
  return found
}
