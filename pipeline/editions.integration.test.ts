import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeContent, runScript } from '../scripts/test-support/temp-content'

const EDITIONS = JSON.stringify([
  { locale: 'en-US', path: 'en', name: 'Example Blog', description: 'Posts in English.' },
])

/** A git command in the blog's repository, at a given time (author and commit). */
function git(repo: string, date: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    stdio: 'ignore',
  })
}

const KOREAN = '---\ntitle: 안녕하세요\ndate: 2021-03-02 09:00:00\n---\n\n처음 쓴 본문입니다.\n'
const ENGLISH =
  '---\ntitle: Hello\ndate: 2021-03-03 09:00:00\nlang: en\ntranslation_of: hello\n---\n\nThe first text.\n'

describe('a blog in two languages, in a repository of its own', () => {
  it('builds each edition, and a translation says so once its original has changed since', () => {
    const content = makeContent({
      'posts/2021-03-02-hello.md': KOREAN,
      'posts/2021-03-03-hello.md': ENGLISH,
      'posts/2021-04-01-only-english.md': '---\ntitle: Only in English\nlang: en\n---\n\nNo Korean original.\n',
    })
    git(content, '2021-03-03T00:00:00Z', 'init', '-q')
    git(content, '2021-03-03T00:00:00Z', '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'add', '.')
    git(
      content,
      '2021-03-03T00:00:00Z',
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-qm',
      'posts',
    )
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'blog-out-')), 'out')
    const env = { CONTENT_DIR: content, OUT_DIR: out, SITE_EDITIONS: EDITIONS, SITE_URL: 'https://blog.example.com' }

    const first = runScript('pipeline/index.ts', [], env)
    expect(first.status, first.output).toBe(0)
    const korean = readFileSync(path.join(out, 'hello/index.html'), 'utf8')
    const english = () => readFileSync(path.join(out, 'en/hello/index.html'), 'utf8')
    expect(korean).toContain('<html lang="ko"')
    expect(english()).toContain('<html lang="en"')
    expect(korean).toContain('hrefLang="en" href="https://blog.example.com/en/hello/"')
    expect(english()).toContain('hrefLang="ko" href="https://blog.example.com/hello/"')
    expect(existsSync(path.join(out, 'en/only-english/index.html'))).toBe(true)
    expect(existsSync(path.join(out, 'only-english'))).toBe(false)
    expect(english()).not.toContain('data-translation-lag')

    // The original is edited and committed a month later; its translation is not.
    writeFileSync(path.join(content, 'posts/2021-03-02-hello.md'), KOREAN.replace('처음 쓴', '고쳐 쓴'))
    git(
      content,
      '2021-04-05T00:00:00Z',
      '-c',
      'user.name=T',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-qam',
      'edit',
    )
    const check = runScript('scripts/check-content.ts', [], env)
    expect(check.output).toContain('posts/2021-03-03-hello.md:5: translation_of: [경고] 원문 ')
    expect(check.output).toContain('2021-04-05에 바뀌었고, 이 번역은 2021-03-03 뒤로 바뀌지 않았습니다')
    const second = runScript('pipeline/index.ts', [], env)
    expect(second.status, second.output).toBe(0)
    const notice = /<p class="post__translation-lag"[^>]*>([\s\S]*?)<\/p>/.exec(english())?.[1] ?? ''
    expect(notice.replace(/<[^>]+>/g, '')).toBe(
      'The original has been updated since this translation (April 5, 2021). See the original as well.',
    )
    expect(notice).toContain('href="/hello/"')
  }, 900_000)
})
