// npm run clean: deletes every cache the build keeps (pipeline/incremental/caches.ts lists them,
// with what each key covers). The next build is a cold one. out/ is left alone.
import path from 'node:path'
import { CACHES, clearCaches } from '../pipeline/incremental/caches'

const removed = clearCaches()
for (const dir of removed) console.log(`지웠습니다: ${path.relative(process.cwd(), dir) || dir}`)
console.log(
  removed.length === 0
    ? `지울 캐시가 없습니다 (캐시 ${CACHES.length}종).`
    : `캐시 ${CACHES.length}종 중 있던 폴더 ${removed.length}개를 지웠습니다. 다음 빌드는 처음부터 합니다.`,
)
