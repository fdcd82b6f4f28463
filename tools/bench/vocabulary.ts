// The words the post generator (generate-posts.ts) writes with: what a cloud and web team's blog
// talks about, in the spellings its authors use. Tags are listed most common first, because the
// generator draws them Zipf-like.

/** About 150 tags: product names in their own casing, Korean topics, a few with spaces. */
export const TAGS = [
  'AWS', 'Kubernetes', '쿠버네티스', 'Docker', 'news', 'React', 'TypeScript', 'Terraform', '회고', 'Next.js',
  'DevOps', 'Go', 'Python', '모니터링', 'CI/CD', 'Lambda', 'EKS', '보안', 'GitHub Actions', '성능',
  'Istio', 'Prometheus', 'Grafana', 'PostgreSQL', 'Redis', '비용최적화', 'S3', 'EC2', 'Helm', 'ArgoCD',
  '프런트엔드', '백엔드', '인프라', '아키텍처', 'MSA', 'gRPC', 'GraphQL', 'Node.js', 'Spring Boot', 'Java',
  'Kotlin', 'Vue', 'Svelte', 'CSS', '접근성', '웹성능', 'SEO', 'CloudFront', 'Route53', 'IAM',
  'VPC', 'RDS', 'DynamoDB', 'Aurora', 'ECS', 'Fargate', 'CloudWatch', 'OpenTelemetry', 'Jaeger', 'Envoy',
  'Linkerd', 'Cilium', 'eBPF', 'Karpenter', 'Kafka', 'RabbitMQ', 'Elasticsearch', 'OpenSearch', 'Logstash', 'Fluent Bit',
  '로그', '장애대응', 'SRE', '온콜', '테스트', '자동화', '코드리뷰', '신입', '온보딩', '채용',
  '컨퍼런스', '세미나', 'KubeCon', 'AWS re:Invent', '스터디', '오픈소스', '기술부채', '리팩터링', '레거시', '마이그레이션',
  'Serverless', 'API Gateway', 'Step Functions', 'EventBridge', 'SQS', 'SNS', 'Kinesis', 'Athena', 'Glue', '데이터',
  'MLOps', 'SageMaker', 'Bedrock', 'LLM', '생성형AI', 'RAG', '벡터DB', 'Pinecone', 'LangChain', '프롬프트',
  'Nginx', 'HAProxy', 'TLS', 'mTLS', 'OIDC', 'OAuth', 'Keycloak', 'Vault', 'SSO', '인증',
  'Jest', 'Playwright', 'Vitest', 'Cypress', 'Storybook', '디자인시스템', 'Tailwind', 'Webpack', 'Vite', 'Turbopack',
  'Rust', 'WebAssembly', 'Deno', 'Bun', 'Linux', 'systemd', 'Bash', '네트워크', 'DNS', 'CDN',
  'GitOps', 'Flux', 'Kustomize', 'Crossplane', 'Pulumi', 'CDK', 'CloudFormation', 'Ansible', 'Packer', '멀티클라우드',
  'Azure', 'GCP', '하이브리드클라우드', '재해복구', '백업', 'FinOps', '태깅전략', 'Savings Plans', '스팟인스턴스', '오토스케일링',
] as const

export const CATEGORIES = ['news', 'cloud', 'kubernetes', 'frontend', 'backend', 'devops', 'data', 'culture'] as const

/** Ten authors: id, Korean name, role. */
export const AUTHORS = [
  ['minsu-kim', '김민수', '클라우드 아키텍트'],
  ['jiyoung-lee', '이지영', '프런트엔드 개발자'],
  ['hyunwoo-park', '박현우', 'SRE'],
  ['seoyeon-choi', '최서연', '백엔드 개발자'],
  ['donghyun-jung', '정동현', 'DevOps 엔지니어'],
  ['eunji-kang', '강은지', '데이터 엔지니어'],
  ['junho-yoon', '윤준호', '보안 엔지니어'],
  ['sumin-jang', '장수민', '팀장'],
  ['taeyang-lim', '임태양', '풀스택 개발자'],
  ['hana-han', '한하나', 'ML 엔지니어'],
] as const

/** Topics that titles, headings and sentences are about. */
export const TOPICS = [
  '쿠버네티스', '컨테이너', '클러스터', '서비스 메시', '오토스케일링', '로그 수집', '모니터링', '배포 파이프라인', '인증', '권한 관리',
  '비용', '캐시', '데이터베이스', '메시지 큐', '로드 밸런서', '인증서', '네트워크 정책', '장애 대응', '백업', '테스트 자동화',
  '프런트엔드 번들', '서버 렌더링', '정적 사이트', '검색', '이미지 최적화', '접근성', '디자인 시스템', '코드 리뷰', '온보딩', '기술 부채',
  '마이그레이션', '서버리스', '이벤트 처리', '스트림 처리', '데이터 레이크', '추천 모델', '벡터 검색', '프롬프트', '관측성', '알림',
] as const

export const PRODUCTS = [
  'AWS', 'EKS', 'Lambda', 'S3', 'CloudFront', 'Terraform', 'Helm', 'ArgoCD', 'Istio', 'Envoy', 'Prometheus', 'Grafana',
  'Redis', 'PostgreSQL', 'Kafka', 'Next.js', 'React', 'TypeScript', 'Go', 'Python', 'GitHub Actions', 'OpenTelemetry',
] as const

export const PROBLEMS = [
  '응답 지연', '배포 시간', '운영 부담', '월 비용', '장애 횟수', '빌드 시간', '메모리 사용량', '알림 피로', '수작업', '설정 실수',
] as const

export const TEAMS = ['우리 팀', '운영팀', '고객사', '개발자들', '신입 동료', '플랫폼팀'] as const

/** Title shapes; `{t}` is a topic, `{p}` a product. */
export const TITLE_SHAPES = [
  '{p:으로/로} {t} 다시 짜기',
  '{t}, 이렇게 운영합니다',
  '{p} 도입기: {t}에서 배운 것',
  '{t} 장애 회고',
  '{p:과/와} {t}: 처음부터 끝까지',
  '{t:을/를} 줄인 다섯 가지 방법',
  '실전 {p}: {t} 편',
  '{t} 입문자를 위한 {p} 안내',
  '{p} 업그레이드 후기',
  '{t}에 대한 오해와 진실',
] as const

/**
 * Sentence shapes. `{t}` topic, `{p}` product, `{x}` problem, `{w}` team, `{n}` a number; a
 * particle after a slot is written `{t:을/를}` and chosen by the word's last syllable.
 */
export const SENTENCES = [
  '{w:은/는} {p:을/를} 도입한 뒤 {x:이/가} 눈에 띄게 줄었습니다.',
  '처음에는 {t:을/를} 가볍게 생각했지만, 운영해 보니 신경 쓸 부분이 많았습니다.',
  '{p:은/는} {t:을/를} 다루는 데 필요한 기능을 대부분 갖추고 있습니다.',
  '이번 글에서는 {t:과/와} 관련해 {w:이/가} 겪은 문제를 순서대로 정리해 보겠습니다.',
  '{x:을/를} 줄이려고 {p:을/를} 설정하는 방법부터 다시 살펴보았습니다.',
  '결과적으로 {x:이/가} {n}% 정도 줄었고, 팀의 만족도도 높아졌습니다.',
  '가장 먼저 확인한 것은 {t:의} 현재 상태였습니다.',
  '{p:의} 공식 문서에는 나와 있지 않은 내용이라 직접 실험해 보았습니다.',
  '운영 환경에서는 {t:을/를} 한 번에 바꾸기보다 단계적으로 옮기는 편이 안전합니다.',
  '{w:과/와} 함께 {n}주 동안 {t:을/를} 검증했습니다.',
  '이 방식의 장점은 {x:을/를} 미리 알아챌 수 있다는 점입니다.',
  '물론 모든 경우에 {p:이/가} 정답은 아닙니다.',
  '비슷한 고민을 하는 분들께 이 경험이 도움이 되었으면 합니다.',
  '아래 표는 도입 전과 후의 {x:을/를} 비교한 것입니다.',
  '{t:은/는} 작은 설정 하나로도 결과가 크게 달라집니다.',
  '다음 편에서는 {p:으로/로} {t:을/를} 자동화한 과정을 이야기하겠습니다.',
  '로그를 살펴보니 {x:의} 원인은 예상과 전혀 다른 곳에 있었습니다.',
  '{p} 버전을 올리면서 {t:과/와} 관련된 설정을 모두 다시 점검했습니다.',
  '팀 안에서는 {t:을/를} 누가 책임질지부터 정하는 데 시간이 꽤 걸렸습니다.',
  '한국어 문서가 많지 않아 {w:이/가} 직접 번역하며 정리했습니다.',
] as const

/** Section headings. */
export const HEADINGS = [
  '배경', '문제 정의', '살펴본 대안', '{p:을/를} 고른 이유', '구성', '설정', '{t} 적용하기', '측정 결과', '겪은 문제', '운영 팁',
  '비용 비교', '{t:과/와} 보안', '마치며', '참고 자료', '다음 단계', '자주 묻는 질문',
] as const

export const IMAGE_CAPTIONS = ['전체 구성도', '요청 흐름', '대시보드 화면', '비용 추이 그래프', '배포 파이프라인', '장애 당시 지표', '아키텍처 비교'] as const

/** Series names: id, title. */
export const SERIES_THEMES = [
  ['eks-migration', 'EKS로 옮기기'], ['observability', '관측성 첫걸음'], ['frontend-perf', '프런트엔드 성능 개선기'],
  ['terraform-modules', 'Terraform 모듈 설계'], ['serverless-diary', '서버리스 운영 일지'], ['security-basics', '클라우드 보안 기초'],
  ['data-platform', '데이터 플랫폼 만들기'], ['llm-in-production', 'LLM 서비스 운영기'], ['onboarding', '신입 온보딩 가이드'],
  ['cost-optimization', 'AWS 비용 줄이기'],
] as const
