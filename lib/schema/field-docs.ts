import { POST_FIELDS, type FieldSpec } from './post-fields'

const KIND_LABEL: Record<FieldSpec['kind'], string> = {
  string: '글자',
  date: '날짜',
  terms: '목록 또는 글자',
  names: '목록 또는 글자',
  boolean: 'true/false',
  number: '정수',
  any: '아무 값',
}

export const FIELDS_START = '<!-- front-matter-fields:start (npm run docs:fields로 다시 만듭니다) -->'
export const FIELDS_END = '<!-- front-matter-fields:end -->'

/** The front-matter reference as a Markdown table, straight from the schema's descriptions. */
export function renderFieldTable(): string {
  const rows = Object.entries(POST_FIELDS).map(([name, spec]: [string, FieldSpec]) => {
    const required = spec.required ? '필수' : '선택'
    return `| \`${name}\` | ${KIND_LABEL[spec.kind]} | ${required} | ${spec.description.replace(/\|/g, '\\|')} |`
  })
  return ['| 항목 | 형식 | 필수 | 설명 |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

/** A document with its front-matter block replaced by the current table. */
export function syncFieldTable(document: string): string {
  const start = document.indexOf(FIELDS_START)
  const end = document.indexOf(FIELDS_END)
  if (start === -1 || end === -1 || end < start) throw new Error('front-matter field markers not found')
  return `${document.slice(0, start + FIELDS_START.length)}\n${renderFieldTable()}\n${document.slice(end)}`
}
