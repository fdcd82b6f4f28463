import { describe, expect, it } from 'vitest'
import { formatKoreanDate } from '../schema/dates'
import { hasMessages, MESSAGES, messagesFor } from './messages'
import { SEARCH_MESSAGES, searchMessagesFor } from './search'

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/

const SEOUL = 'Asia/Seoul'
const DATE = '2019-12-06T01:00:00+09:00'

/**
 * Arguments each function of a table is called with, by its path: every function needs a line
 * here, so a new one is checked too. Counts are tried at 1 and more, for languages with plurals.
 */
const SAMPLES: Record<string, unknown[][]> = {
  date: [
    [DATE, SEOUL],
    [DATE, 'UTC'],
  ],
  readingTime: [[1], [8]],
  translationBehind: [['2026-12-01', '<link>']],
  'body.zoom': [['A cluster']],
  'body.diagramOf': [
    ['Pod, Node', false],
    ['Pod, Node', true],
  ],
  postCount: [[1], [3], [1200]],
  pageSuffix: [[2]],
  home: [['Tech Blog']],
  themeCurrent: [['Dark']],
  pageOf: [[2, 5]],
  latestPage: [[2]],
  movedTo: [['<link>']],
  movedToNew: [['<link>']],
  'termIndexLead.tags': [[1], [12]],
  'termIndexLead.categories': [[1], [12]],
  termPostCount: [[1], [12]],
  'termPageTitle.tags': [['aws']],
  'termPageTitle.categories': [['Cloud']],
  'termPageDescription.tags': [
    ['aws', 1],
    ['aws', 12],
  ],
  'termPageDescription.categories': [
    ['Cloud', 1],
    ['Cloud', 12],
  ],
  seriesLead: [[1], [4]],
  seriesPageTitle: [['Cost optimisation']],
  seriesParts: [[1], [3]],
  seriesPart: [[2]],
  seriesPosition: [[2, 3]],
  seriesSteps: [['Cost optimisation']],
  authorsLead: [[1], [9]],
  authorPageTitle: [['Jane Doe']],
  authorPageDescription: [['Jane Doe']],
  authorPostCount: [[1], [7]],
  aboutAuthors: [[1], [2]],
  archiveYear: [['2019']],
  archiveMonth: [[1], [12]],
  subscribeNote: [
    ['<link>', true],
    ['<link>', false],
  ],
  careersTitle: [['Example Corp']],
  shareOn: [['LinkedIn']],
  searchResults: [
    ['kubernetes', 1],
    ['kubernetes', 3],
  ],
  emailSubject: [['Tech Blog']],
  emailLink: [['blog@example.com']],
  'termFeedDescription.tags': [['#aws']],
  'termFeedDescription.categories': [['Cloud']],
  seriesFeedDescription: [['Cost optimisation']],
  authorFeedDescription: [['Jane Doe']],
  notifyRead: [['https://blog.example.com/a/']],
  notifyFooter: [['Tech Blog']],
  notifyStop: [['mailto:blog@example.com']],
  llmsIntro: [['https://blog.example.com/']],
}

/** Every text a table can show, by path: texts as they are, functions called with their samples. */
function texts(table: unknown, path = ''): [string, string][] {
  if (typeof table === 'string') return [[path, table]]
  if (typeof table === 'function') {
    const samples = SAMPLES[path]
    if (samples === undefined) throw new Error(`${path}: no sample arguments in SAMPLES`)
    return samples.map((args) => {
      const value: unknown = (table as (...args: unknown[]) => unknown)(...args)
      return [`${path}(${args.join(', ')})`, Array.isArray(value) ? value.join('') : String(value)]
    })
  }
  return Object.entries(table as object).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key))
}

/** The shape of a table: each path with the kind of its value. */
function shape(table: unknown, path = ''): string[] {
  if (typeof table !== 'object' || table === null) return [`${path}: ${typeof table}`]
  return Object.entries(table).flatMap(([key, value]) => shape(value, path ? `${path}.${key}` : key))
}

describe('the interface tables', () => {
  it('has an English table and a Korean one, and falls back to the Korean one', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual(['en', 'ko'])
    expect(hasMessages('en')).toBe(true)
    expect(hasMessages('fr')).toBe(false)
    expect(hasMessages('constructor')).toBe(false)
    expect(messagesFor('fr')).toBe(MESSAGES.ko)
    expect(messagesFor('constructor')).toBe(MESSAGES.ko)
    expect(searchMessagesFor('fr')).toBe(SEARCH_MESSAGES.ko)
  })

  it('gives English every key of the Korean table, each of the same kind', () => {
    expect(shape(MESSAGES.en)).toEqual(shape(MESSAGES.ko))
    expect(shape(SEARCH_MESSAGES.en)).toEqual(shape(SEARCH_MESSAGES.ko))
  })

  it('takes the search words into each table, as they are', () => {
    for (const language of ['ko', 'en']) {
      const search = SEARCH_MESSAGES[language]!
      const table = messagesFor(language) as unknown as Record<string, unknown>
      for (const [key, value] of Object.entries(search)) expect(table[key], `${language} ${key}`).toBe(value)
    }
  })

  it('shows no Hangul in English, with any arguments', () => {
    const english = texts(MESSAGES.en)
    expect(english.length).toBeGreaterThan(150)
    for (const [path, text] of english) expect(text, path).not.toMatch(HANGUL)
    // And no empty text, except where a language has nothing to say.
    const empty = english.filter(([, text]) => text === '').map(([path]) => path)
    expect(empty).toEqual(['codeCopyBefore'])
  })

  it('can call every Korean function with the same samples', () => {
    for (const [path, text] of texts(MESSAGES.ko)) expect(typeof text, path).toBe('string')
  })
})

describe('the Korean table', () => {
  const ko = messagesFor('ko')

  it('says what the pages said before there were tables', () => {
    expect(ko.latest).toBe('최신 글')
    expect(ko.readingTime(8)).toBe('8분 읽기')
    expect(ko.pageSuffix(2)).toBe(' (2페이지)')
    expect(ko.pageOf(2, 5)).toBe('2 / 5 페이지')
    expect(ko.notFoundTitle).toBe('페이지를 찾을 수 없습니다')
    expect(ko.themeCurrent(ko.themeChoice.system)).toBe('테마: 시스템 설정 따르기')
    expect(ko.seriesPosition(2, 3)).toBe('시리즈 · 3편 중 2편')
    expect(ko.termPageDescription.tags('aws', 4)).toBe('#aws 태그가 붙은 글 4개')
    expect(ko.linkCopied).toBe('링크를 복사했습니다')
    expect(ko.codeCopyBefore + ko.codeCopied).toBe('코드 복사됨')
    expect(ko.imageZoom).toBe('그림 원본 크기')
    expect(ko.searchResults('컨테이너', 3)).toBe('‘컨테이너’ 검색 결과 3건')
    expect(ko.movedTo('목록')).toEqual(['목록', '(으)로 이동합니다.'])
    expect(ko.subscribeNote('구독하기', false).join('')).toBe(
      '다음 글 소식을 받고 싶다면 구독하기: 피드 리더로 새 글을 알려 드립니다.',
    )
  })

  it('writes dates as lib/schema/dates.ts does, in the given time zone', () => {
    expect(ko.date(DATE, SEOUL)).toBe('2019년 12월 6일')
    for (const iso of [DATE, '2020-01-01T08:59:59+09:00', '2024-02-29T23:30:00Z'])
      for (const zone of [SEOUL, 'UTC', 'America/St_Johns'])
        expect(ko.date(iso, zone)).toBe(formatKoreanDate(iso, zone))
  })
})

describe('the English table', () => {
  const en = messagesFor('en')

  it('writes dates as `December 6, 2019`, in the given time zone', () => {
    expect(en.date(DATE, SEOUL)).toBe('December 6, 2019')
    expect(en.date(DATE, 'UTC')).toBe('December 5, 2019')
    expect(en.archiveMonth(12)).toBe('December')
  })

  it('counts in singular and plural', () => {
    expect(en.postCount(1)).toBe('1 post')
    expect(en.postCount(1200)).toBe('1,200 posts')
    expect(en.termIndexLead.categories(2)).toBe('2 categories')
    expect(en.searchResults('istio', 1)).toBe('1 result for ‘istio’')
  })
})
