import { describe, expect, it } from 'vitest'

import { editions as configured } from '../config'
import { formatDiagnostic, validateContent } from './validate-content'

// A blog in Korean at the root and English under /en/.
const editions = [
  { ...configured[0]!, language: 'ko', locale: 'ko-KR', path: '' },
  { language: 'en', locale: 'en-US', path: 'en', name: 'Blog', description: 'Posts.', brand: {} },
]

const post = (path: string, front: string) => ({ path: `content/posts/${path}`, text: `---\n${front}---\n본문\n` })

function check(...posts: { path: string; text: string }[]): string[] {
  return validateContent({ posts, authors: [], series: [], editions }).map(formatDiagnostic)
}

const original = post('2019-12-06-kubecon-1.md', 'title: 1# KubeCon\n')

describe('posts in several languages', () => {
  it('accepts a translation that names its original, under the same address in its own edition', () => {
    expect(
      check(
        original,
        post(
          '2019-12-07-kubecon-1-en.md',
          'title: KubeCon, part 1\nlang: en\nslug: kubecon-1\ntranslation_of: kubecon-1\n',
        ),
        post('2020-01-01-only-english.md', 'title: Only in English\nlang: en\n'),
      ),
    ).toEqual([])
  })

  it('says, at the line, when translation_of names no post of another language', () => {
    expect(
      check(original, post('2019-12-07-part-one.md', 'title: Part 1\nlang: en\ntranslation_of: kubecon-2\n')),
    ).toEqual([
      'content/posts/2019-12-07-part-one.md:4: translation_of: [오류] translation_of가 가리키는 글 kubecon-2이(가) 다른 언어의 원문 가운데 없습니다 (원문 글의 주소(slug)를 쓰세요 (혹시 kubecon-1?))',
    ])
  })

  it('refuses a translation into the language of its original', () => {
    expect(check(original, post('2019-12-07-again.md', 'title: 다시\ntranslation_of: kubecon-1\n'))).toEqual([
      'content/posts/2019-12-07-again.md:3: translation_of: [오류] translation_of의 kubecon-1는 이 글과 같은 언어(ko)의 글입니다 (이 글의 lang을 번역한 언어로 고치세요)',
    ])
  })

  it('refuses two translations of one post into the same language, at the second', () => {
    const diagnostics = check(
      original,
      post('2019-12-07-a.md', 'title: A\nlang: en\ntranslation_of: kubecon-1\n'),
      post('2019-12-08-b.md', 'title: B\nlang: en\ntranslation_of: /kubecon-1/\n'),
    )
    expect(diagnostics).toEqual([
      'content/posts/2019-12-08-b.md:4: translation_of: [오류] content/posts/2019-12-06-kubecon-1.md의 en 번역이 이미 있습니다: content/posts/2019-12-07-a.md (한 글의 번역은 언어마다 하나입니다. 두 파일을 합치거나 하나의 translation_of를 지우세요)',
    ])
  })

  it('refuses two posts at one address of the same edition, and allows it across editions', () => {
    const diagnostics = check(
      post('2020-01-01-hello.md', 'title: Hello\nlang: en\n'),
      post('2020-01-02-hello.md', 'title: Hello again\nlang: en\n'),
      post('2020-01-03-hello.md', 'title: 안녕\n'),
    )
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatch(
      /^content\/posts\/2020-01-02-hello\.md:1: file: \[오류\] 주소 \/hello\/가 content\/posts\/2020-01-01-hello\.md와 겹칩니다/,
    )
  })

  it('keeps the edition’s folder from a post at the root', () => {
    const [diagnostic] = check(post('2020-01-01-en.md', 'title: En\n'))
    expect(diagnostic).toContain('주소 /en/가 site.config.mjs의 en-US 판 폴더와 겹칩니다')
  })

  it('warns when lang names a language the blog has no edition for', () => {
    expect(check(post('2020-01-01-nihongo.md', 'title: 日本語\nlang: ja\n'))).toEqual([
      'content/posts/2020-01-01-nihongo.md:3: lang: [경고] lang: ja인 판이 없어 이 글은 ko-KR 판에 실립니다 (판의 언어 중 하나를 쓰세요 (ko, en), 또는 site.config.mjs의 editions에 이 언어를 더하세요)',
    ])
  })
})

describe('translations behind their original', () => {
  it('names a translation whose original git saw change after it, with both dates', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { execFileSync } = await import('node:child_process')
    const repo = mkdtempSync(join(tmpdir(), 'translations-'))
    const git = (date: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      })
    git('2021-03-01T00:00:00Z', 'init', '-q')
    git('2021-03-01T00:00:00Z', 'config', 'user.email', 'test@example.com')
    git('2021-03-01T00:00:00Z', 'config', 'user.name', 'Test')
    mkdirSync(join(repo, 'posts'))
    const korean = join(repo, 'posts/2021-03-02-hello.md')
    const english = join(repo, 'posts/2021-03-03-hello-en.md')
    const read = (file: string, front: string) => ({ path: file, text: `---\n${front}---\n본문\n` })
    writeFileSync(korean, '---\ntitle: 안녕\n---\n본문\n')
    writeFileSync(english, '---\ntitle: Hello\nlang: en\ntranslation_of: hello\n---\nText\n')
    git('2021-03-03T00:00:00Z', 'add', '.')
    git('2021-03-03T00:00:00Z', 'commit', '-qm', 'both')
    const posts = () => [
      read(korean, 'title: 안녕\n'),
      read(english, 'title: Hello\nlang: en\ntranslation_of: hello\n'),
    ]
    expect(validateContent({ posts: posts(), authors: [], series: [], editions })).toEqual([])

    writeFileSync(korean, '---\ntitle: 안녕\n---\n본문을 고쳤습니다\n')
    git('2021-04-05T00:00:00Z', 'commit', '-qam', 'original edited')
    expect(validateContent({ posts: posts(), authors: [], series: [], editions }).map(formatDiagnostic)).toEqual([
      `${english}:4: translation_of: [경고] 원문 ${korean}이(가) 2021-04-05에 바뀌었고, 이 번역은 2021-03-03 뒤로 바뀌지 않았습니다 (페이지에 "원문이 바뀌었습니다" 안내가 보입니다) (원문의 바뀐 부분을 번역에 옮기고 커밋하면 안내가 사라집니다)`,
    ])
  })
})
