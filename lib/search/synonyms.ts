/**
 * Words Korean tech writers spell both in Hangul and in Latin letters. A query for one also finds
 * posts that only use another (`쿠버네티스` finds a post that says `Kubernetes`). Terms are in
 * tokenizer form: lower case, particles stripped.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['쿠버네티스', 'kubernetes', 'k8s'],
  ['도커', 'docker'],
  ['컨테이너', 'container', 'containers'],
  ['클라우드', 'cloud'],
  ['마이크로서비스', 'microservice', 'microservices'],
  ['이스티오', 'istio'],
  ['엔보이', 'envoy'],
  ['프로메테우스', 'prometheus'],
  ['그라파나', 'grafana'],
  ['깃랩', 'gitlab'],
  ['깃허브', 'github'],
  ['리액트', 'react'],
  ['타입스크립트', 'typescript'],
  ['자바스크립트', 'javascript'],
  ['파이썬', 'python'],
  ['테라폼', 'terraform'],
  ['람다', 'lambda'],
  ['서버리스', 'serverless'],
]

const BY_TERM = new Map<string, readonly string[]>()
for (const group of GROUPS) for (const term of group) BY_TERM.set(term, group)

/** The term and the other spellings of the same word (just the term when it has none). */
export function spellingsOf(term: string): readonly string[] {
  return BY_TERM.get(term) ?? [term]
}
