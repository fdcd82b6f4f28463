/**
 * Korean explanations of the two mistakes the YAML parser and the date reader only describe in
 * English (or not at all): the likely cause, and the line to write instead. The parser's own words
 * are kept at the end as a quoted detail, for whoever searches for them.
 */

export interface Explanation {
  message: string
  fix: string
}

const DATE_FIX = '2019-12-06 01:00:00 처럼 연-월-일 시:분:초로 쓰세요. 한국 시간으로 읽습니다'
const LOOSE_DATE =
  /^(\d{4})\s*([./년-])\s*(\d{1,2})\s*[./월-]\s*(\d{1,2})\s*일?\.?(?:[ T]+(\d{1,2})\s*[:시]\s*(\d{1,2})(?:\s*[:분]\s*(\d{1,2}))?\s*초?)?$/
const STRICT_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/

const pad = (value: string | undefined) => (value ?? '0').padStart(2, '0')

function dayExists(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Why `raw` is not a date the site reads, with the value to write when it can be guessed
 * (`2026/11/27 10:00` -> `2026-11-27 10:00:00`).
 */
export function explainBadDate(field: string, raw: string): Explanation {
  const value = raw.trim()
  const strict = STRICT_DATE.exec(value)
  if (strict) {
    const [, y, mo, d, h = '00', mi = '00', s = '00'] = strict
    if (!dayExists(Number(y), Number(mo), Number(d))) {
      return {
        message: `날짜를 읽을 수 없습니다: "${value}"의 ${Number(mo)}월 ${Number(d)}일은 달력에 없는 날입니다`,
        fix: `${field}: ${DATE_FIX}`,
      }
    }
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
      return {
        message: `날짜를 읽을 수 없습니다: "${value}"의 시각이 00:00:00~23:59:59 밖입니다`,
        fix: `${field}: ${DATE_FIX}`,
      }
    }
  }
  const loose = LOOSE_DATE.exec(value)
  if (loose) {
    const [, y = '', separator, mo, d, h, mi, s] = loose
    const day = `${y}-${pad(mo)}-${pad(d)}`
    const time = h === undefined ? '' : ` ${pad(h)}:${pad(mi)}:${pad(s)}`
    const cause =
      separator === '-'
        ? '월, 일, 시각을 두 자리로 쓰지 않았습니다'
        : `연월일을 ${separator === '년' ? '"년 월 일"로' : `${separator}로`} 나눴습니다`
    if (
      dayExists(Number(y), Number(mo), Number(d)) &&
      (h === undefined || (Number(h) <= 23 && Number(mi) <= 59 && Number(s ?? 0) <= 59))
    ) {
      return {
        message: `날짜를 읽을 수 없습니다: "${value}"은(는) ${cause}`,
        fix: `${field}: ${day}${time} 처럼 연-월-일 시:분:초로 쓰세요. 한국 시간으로 읽습니다`,
      }
    }
  }
  return { message: `날짜를 읽을 수 없습니다: "${value}"은(는) 날짜 형식이 아닙니다`, fix: `${field}: ${DATE_FIX}` }
}

/** `title: a: b` -> `{ key: 'title', value: 'a: b' }`; null for a line that is not `key: value`. */
function splitField(line: string): { key: string; value: string } | null {
  const match = /^\s*([^\s:#][^:]*?):\s+(.*?)\s*$/.exec(line)
  return match ? { key: match[1] ?? '', value: match[2] ?? '' } : null
}

/**
 * A YAML syntax error in the author's words. `code` is the parser's error code, `english` its
 * message and `lineText` the line it points at.
 */
export function explainYamlError(code: string | undefined, english: string, lineText: string): Explanation {
  const detail = ` (파서 메시지: "${english}")`
  const field = splitField(lineText)
  const quoteFix = (value: string) =>
    `값 전체를 따옴표로 감싸세요: ${field?.key ?? '항목'}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (field && /:(\s|$)/.test(field.value)) {
        return {
          message: `YAML 문법 오류: ${field.key}의 값에 콜론(:)과 공백이 있어, YAML이 값 안에서 새 항목을 시작하려 했습니다${detail}`,
          fix: quoteFix(field.value),
        }
      }
      return {
        message: `YAML 문법 오류: 다음 줄이 들여쓰여 있어 YAML이 ${field?.key ?? '이 항목'}의 값 안에 새 항목이 있는 것으로 읽었습니다${detail}`,
        fix: '각 항목은 줄 맨 앞에서 시작하세요. 목록이면 - 항목처럼 쓰세요',
      }
    case 'DUPLICATE_KEY':
      return {
        message: `YAML 문법 오류: ${field?.key ?? '같은 항목'}이(가) 두 번 나옵니다${detail}`,
        fix: '둘 중 하나만 남기세요',
      }
    case 'TAB_AS_INDENT':
      return { message: `YAML 문법 오류: 들여쓰기에 탭 문자가 있습니다${detail}`, fix: '탭을 공백 두 칸으로 바꾸세요' }
    case 'MISSING_CHAR':
      if (/quote/i.test(english))
        return {
          message: `YAML 문법 오류: 따옴표가 닫히지 않았습니다${detail}`,
          fix: '값을 연 따옴표와 같은 따옴표로 닫으세요. 값 안의 "는 \\"로 쓰세요',
        }
      break
    case 'BAD_INDENT':
      if (/flow sequence/i.test(english))
        return {
          message: `YAML 문법 오류: 목록을 연 [가 닫히지 않았습니다${detail}`,
          fix: '목록 끝에 ]를 쓰세요. 예: tags: [aws, lambda]',
        }
      if (/flow mapping/i.test(english))
        return {
          message: `YAML 문법 오류: 중괄호 {가 닫히지 않았습니다${detail}`,
          fix: '값을 따옴표로 감싸거나 }로 닫으세요',
        }
      break
    case 'BAD_SCALAR_START':
      if (field)
        return {
          message: `YAML 문법 오류: ${field.key}의 값이 YAML이 따로 쓰는 글자(${field.value.charAt(0)})로 시작합니다${detail}`,
          fix: quoteFix(field.value),
        }
      break
    case 'UNEXPECTED_TOKEN':
      if (field && /^["']/.test(field.value))
        return {
          message: `YAML 문법 오류: ${field.key}의 따옴표가 값 중간에서 닫혔습니다${detail}`,
          fix: `값 안의 따옴표를 \\"로 쓰거나 작은따옴표로 감싸세요: ${field.key}: '${field.value.replace(/'/g, "''")}'`,
        }
      break
  }
  return {
    message: `YAML 문법 오류: 이 줄을 읽을 수 없습니다${detail}`,
    fix: '들여쓰기, 콜론 뒤 공백, 따옴표 짝을 확인하세요. 값에 콜론(:)이나 #이 있으면 따옴표로 감싸세요',
  }
}
