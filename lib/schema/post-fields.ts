/**
 * The front-matter reference: every field an author may write in a post, with the one-line
 * description that the schema (contentlayer.config.ts), `npm run check` and CONTRIBUTING.md share.
 */
export type FieldKind = 'string' | 'date' | 'terms' | 'names' | 'boolean' | 'number' | 'any'

export interface FieldSpec {
  kind: FieldKind
  required?: boolean
  description: string
}

export const POST_FIELDS = {
  title: { kind: 'string', required: true, description: '글 제목. 비워 둘 수 없습니다.' },
  date: {
    kind: 'date',
    description:
      '발행 시각. `2019-12-06 01:00:00`처럼 쓰면 한국 시간, `+09:00` 같은 오프셋도 가능. 없으면 파일 이름의 날짜.',
  },
  updated: {
    kind: 'date',
    description: '마지막으로 고친 시각 (선택). 형식은 date와 같고, 사이트맵과 피드의 수정 시각이 됩니다.',
  },
  last_modified_at: { kind: 'date', description: 'Jekyll 호환. updated와 같습니다.' },
  description: { kind: 'string', description: '목록, 검색 결과, 공유 카드에 보이는 한두 문장 요약.' },
  tags: { kind: 'terms', description: '태그. YAML 목록이나 공백으로 구분한 문자열 (`tags: aws lambda`).' },
  categories: { kind: 'terms', description: '카테고리. 태그와 같은 형식.' },
  author: {
    kind: 'string',
    description: '글쓴이. `content/authors/<id>.yml`의 id나 그 파일의 이름(name)과 같은 표시 이름.',
  },
  authors: {
    kind: 'names',
    description:
      '함께 쓴 글쓴이들 (Jekyll의 `authors:`). `authors: [seungpilpark, 손다연]`처럼 쓴 순서대로 보입니다. 각 이름은 author와 같은 형식이고, 한 사람이면 글자 하나도 됩니다. author와 함께 쓰면 등록된 author가 맨 앞이고(등록되지 않은 author는 옛 Jekyll 테마처럼 목록에 밀려 빠집니다), 같은 사람은 한 번만 나옵니다.',
  },
  image: {
    kind: 'string',
    description:
      '커버 이미지 주소 (`/assets/...` 또는 https:// 주소, 폴더로 둔 글은 그 옆의 `./cover.png`도). 목록 카드의 그림이 됩니다. 없으면 본문의 첫 그림, 그것도 없으면 브랜드 색 무늬가 카드에 보입니다.',
  },
  slug: {
    kind: 'string',
    description: '주소를 바꾸고 싶을 때만. 없으면 파일 이름의 날짜 뒤 부분이 주소(`/<slug>/`)가 됩니다.',
  },
  series: { kind: 'string', description: '시리즈 id (`content/series/<id>.yml`).' },
  seriesOrder: { kind: 'number', description: '시리즈 안의 순서 (1부터). 없으면 날짜 순.' },
  draft: { kind: 'boolean', description: '`true`이면 초안: 개발 서버에서만 보이고 배포되지 않습니다.' },
  lang: {
    kind: 'string',
    description:
      '글이 한국어가 아닐 때 그 언어 (`en`, `ja`). 화면 낭독기가 본문을 그 언어로 읽습니다. site.config.mjs의 editions에 그 언어의 판이 있으면 글은 그 판(예: `/en/<slug>/`)에 실립니다.',
  },
  translation_of: {
    kind: 'string',
    description:
      '이 글이 번역한 원문 글의 주소(slug), 예: `kubecon-1`. 두 글이 서로의 번역으로 이어지고, 원문이 번역 뒤에 바뀌면 번역에 그 날짜가 보입니다 (docs/editions.md).',
  },
  published: { kind: 'boolean', description: 'Jekyll 호환. `false`이면 `draft: true`와 같습니다.' },
  redirect_from: {
    kind: 'terms',
    description:
      '옛 주소 (`/2019/12/06/kubecon-1.html`). 빌드가 이 주소에 이 글로 보내는 페이지를 씁니다. Jekyll 가져오기가 채웁니다.',
  },
  feed_id: {
    kind: 'string',
    description:
      '피드의 글 id(RSS guid, Atom id). 옛 피드의 id를 그대로 두어 구독자에게 새 글로 다시 보이지 않게 합니다. 없으면 글 주소이고, 블로그를 다른 도메인이나 BASE_PATH로 옮겨도 처음 주소로 만든 id가 그대로 남습니다 (site.config.mjs의 feedIdBase).',
  },
  layout: { kind: 'any', description: 'Jekyll 호환용. 읽기만 하고 쓰지 않습니다.' },
  notification: {
    kind: 'boolean',
    description: '`false`이면 새 글 알림 메일(`npm run notify`)을 보내지 않습니다. 옛 블로그의 필드 그대로입니다.',
  },
  introduction: { kind: 'any', description: 'Jekyll 호환용. 읽기만 하고 쓰지 않습니다.' },
  twitter_text: { kind: 'any', description: 'Jekyll 호환용. 읽기만 하고 쓰지 않습니다.' },
  comments: {
    kind: 'boolean',
    description: '`false`이면 이 글에는 댓글(giscus)을 두지 않습니다. 댓글이 설정된 사이트에서만 뜻이 있습니다.',
  },
} as const satisfies Record<string, FieldSpec>

export type PostFieldName = keyof typeof POST_FIELDS

export const AUTHOR_FIELDS = {
  name: { kind: 'string', required: true, description: '표시 이름 (예: 박승필).' },
  role: { kind: 'string', description: '직함이나 팀.' },
  bio: { kind: 'string', description: '한두 문장 소개.' },
  avatar: { kind: 'string', description: '프로필 사진 주소.' },
  email: { kind: 'string', description: '연락용 이메일.' },
  github: { kind: 'string', description: 'GitHub 사용자 이름.' },
  linkedin: { kind: 'string', description: 'LinkedIn 프로필 주소나 id.' },
} as const satisfies Record<string, FieldSpec>

export const SERIES_FIELDS = {
  title: { kind: 'string', required: true, description: '시리즈 제목.' },
  description: { kind: 'string', description: '시리즈 소개 한두 문장.' },
} as const satisfies Record<string, FieldSpec>

export const PAGE_FIELDS = {
  title: { kind: 'string', required: true, description: '페이지 제목.' },
  permalink: {
    kind: 'string',
    required: true,
    description:
      '옛 Jekyll 주소 (`/about/`, `/contact.html`). `.html` 주소는 `/contact/`에 만들고 옛 주소는 새 주소로 보냅니다.',
  },
  description: { kind: 'string', description: '검색 결과와 공유 카드에 보이는 한두 문장 요약.' },
} as const satisfies Record<string, FieldSpec>

/** Whether a field name is part of the post schema. */
export function isKnownPostField(name: string): name is PostFieldName {
  return Object.hasOwn(POST_FIELDS, name)
}
