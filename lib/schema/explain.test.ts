import { describe, expect, it } from 'vitest'
import { explainBadDate, explainYamlError } from './explain'

describe('explainBadDate', () => {
  it('gives the value to write for dates written with slashes, dots or Korean units', () => {
    expect(explainBadDate('date', '2026/11/27 10:00')).toEqual({
      message: '날짜를 읽을 수 없습니다: "2026/11/27 10:00"은(는) 연월일을 /로 나눴습니다',
      fix: 'date: 2026-11-27 10:00:00 처럼 연-월-일 시:분:초로 쓰세요. 한국 시간으로 읽습니다',
    })
    expect(explainBadDate('date', '2026.1.5').fix).toBe(
      'date: 2026-01-05 처럼 연-월-일 시:분:초로 쓰세요. 한국 시간으로 읽습니다',
    )
    expect(explainBadDate('updated', '2026년 11월 27일').message).toBe(
      '날짜를 읽을 수 없습니다: "2026년 11월 27일"은(는) 연월일을 "년 월 일"로 나눴습니다',
    )
    expect(explainBadDate('date', '2026-1-5 9:00').message).toBe(
      '날짜를 읽을 수 없습니다: "2026-1-5 9:00"은(는) 월, 일, 시각을 두 자리로 쓰지 않았습니다',
    )
  })

  it('names a day the calendar lacks, a time out of range, and anything else', () => {
    expect(explainBadDate('date', '2020-13-45').message).toBe(
      '날짜를 읽을 수 없습니다: "2020-13-45"의 13월 45일은 달력에 없는 날입니다',
    )
    expect(explainBadDate('date', '2021-02-29').message).toContain('2월 29일은 달력에 없는 날입니다')
    expect(explainBadDate('date', '2020-01-01 25:00').message).toBe(
      '날짜를 읽을 수 없습니다: "2020-01-01 25:00"의 시각이 00:00:00~23:59:59 밖입니다',
    )
    expect(explainBadDate('date', 'nope')).toEqual({
      message: '날짜를 읽을 수 없습니다: "nope"은(는) 날짜 형식이 아닙니다',
      fix: 'date: 2019-12-06 01:00:00 처럼 연-월-일 시:분:초로 쓰세요. 한국 시간으로 읽습니다',
    })
  })
})

describe('explainYamlError', () => {
  it('explains a colon in an unquoted value and quotes the value to write', () => {
    const explained = explainYamlError(
      'BLOCK_AS_IMPLICIT_KEY',
      'Nested mappings are not allowed in compact mappings',
      'title: 서버리스: "이미지" 처리',
    )
    expect(explained.message).toBe(
      'YAML 문법 오류: title의 값에 콜론(:)과 공백이 있어, YAML이 값 안에서 새 항목을 시작하려 했습니다 (파서 메시지: "Nested mappings are not allowed in compact mappings")',
    )
    expect(explained.fix).toBe('값 전체를 따옴표로 감싸세요: title: "서버리스: \\"이미지\\" 처리"')
  })

  it("explains the other common slips in Korean, the parser's words only quoted", () => {
    expect(
      explainYamlError(
        'BAD_INDENT',
        'Flow sequence in block collection must be sufficiently indented and end with a ]',
        'tags: [a, b',
      ).message,
    ).toMatch(/^YAML 문법 오류: 목록을 연 \[가 닫히지 않았습니다 \(파서 메시지: "Flow sequence/)
    expect(explainYamlError('DUPLICATE_KEY', 'Map keys must be unique', 'title: 둘째').message).toMatch(
      /^YAML 문법 오류: title이\(가\) 두 번 나옵니다/,
    )
    expect(explainYamlError('TAB_AS_INDENT', 'Tabs are not allowed as indentation', '\ttags: x').fix).toBe(
      '탭을 공백 두 칸으로 바꾸세요',
    )
    expect(explainYamlError('MISSING_CHAR', 'Missing closing "quote', 'title: "abc').message).toMatch(
      /^YAML 문법 오류: 따옴표가 닫히지 않았습니다/,
    )
    expect(
      explainYamlError('BAD_SCALAR_START', 'Plain value cannot start with reserved character @', 'author: @kim').fix,
    ).toBe('값 전체를 따옴표로 감싸세요: author: "@kim"')
    expect(explainYamlError('UNEXPECTED_TOKEN', 'Unexpected scalar at node end', 'title: "a" b').fix).toBe(
      `값 안의 따옴표를 \\"로 쓰거나 작은따옴표로 감싸세요: title: '"a" b'`,
    )
    expect(explainYamlError(undefined, 'Something else', 'x').message).toBe(
      'YAML 문법 오류: 이 줄을 읽을 수 없습니다 (파서 메시지: "Something else")',
    )
  })
})
