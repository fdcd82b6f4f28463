import { describe, expect, it } from 'vitest'
import { linkTranslations } from './translations'

const ko = { path: '' }
const en = { path: 'en' }
const ja = { path: 'ja' }
type Post = { slug: string; lang?: string; translation_of?: string }
const editionOf = (post: Post) => (post.lang === 'en' ? en : post.lang === 'ja' ? ja : ko)

describe('linkTranslations', () => {
  it('links an original with its translations, each to all the others', () => {
    const original: Post = { slug: 'kubecon-1' }
    const english = { slug: 'kubecon-1', lang: 'en', translation_of: 'kubecon-1' }
    const japanese = { slug: 'kubecon-1-ja', lang: 'ja', translation_of: '/kubecon-1/' }
    const alone = { slug: 'alone', lang: 'en' }
    const linked = linkTranslations([original, english, japanese, alone], editionOf)
    expect(linked.get(original)).toEqual([english, japanese])
    expect(linked.get(english)).toEqual([original, japanese])
    expect(linked.get(alone)).toBeUndefined()
  })

  it('leaves alone a translation that names no post, its own language, or a second translation', () => {
    const original: Post = { slug: 'a' }
    const first = { slug: 'a', lang: 'en', translation_of: 'a' }
    const second = { slug: 'b', lang: 'en', translation_of: 'a' }
    const missing = { slug: 'c', lang: 'en', translation_of: 'nothing' }
    const same = { slug: 'd', translation_of: 'a' }
    const linked = linkTranslations([original, first, second, missing, same], editionOf)
    expect(linked.get(original)).toEqual([first])
    expect([second, missing, same].map((post) => linked.get(post))).toEqual([undefined, undefined, undefined])
  })

  it('reads the edition’s folder in front of the address when two editions have that address', () => {
    const korean: Post = { slug: 'intro' }
    const english = { slug: 'intro', lang: 'en' }
    const japanese = { slug: 'intro-ja', lang: 'ja', translation_of: '/en/intro/' }
    const ambiguous = { slug: 'intro-2', lang: 'ja', translation_of: 'intro' }
    const linked = linkTranslations([korean, english, japanese, ambiguous], editionOf)
    expect(linked.get(english)).toEqual([japanese])
    expect(linked.get(korean)).toBeUndefined()
  })
})
