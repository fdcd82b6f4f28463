// Code blocks for generated posts, in the languages the blog's authors paste: Go, Python,
// TypeScript, YAML, Bash, and fences the highlighter does not know (left plain) or have no language.
import type { Random } from './random'

const NAMES = ['order', 'user', 'payment', 'session', 'invoice', 'metric', 'event', 'report', 'cluster', 'node']
const REGIONS = ['ap-northeast-2', 'us-east-1', 'eu-west-1']

type Sample = (r: Random, name: string) => string

const go: Sample = (r, name) => `package ${name}

import (
\t"context"
\t"fmt"
\t"time"
)

// Fetch${cap(name)} reads one ${name} and gives up after ${r.int(2, 30)} seconds.
func Fetch${cap(name)}(ctx context.Context, id string) (*${cap(name)}, error) {
\tctx, cancel := context.WithTimeout(ctx, ${r.int(2, 30)}*time.Second)
\tdefer cancel()
\titem, err := store.Get(ctx, id)
\tif err != nil {
\t\treturn nil, fmt.Errorf("fetch ${name} %s: %w", id, err)
\t}
\treturn item, nil
}`

const python: Sample = (r, name) => `import boto3
from datetime import datetime, timedelta

client = boto3.client("cloudwatch", region_name="${r.pick(REGIONS)}")


def ${name}_usage(days: int = ${r.int(3, 30)}) -> list[float]:
    """Average ${name} count per hour over the last days."""
    end = datetime.utcnow()
    result = client.get_metric_statistics(
        Namespace="Blog/${cap(name)}",
        MetricName="Count",
        StartTime=end - timedelta(days=days),
        EndTime=end,
        Period=3600,
        Statistics=["Average"],
    )
    return [point["Average"] for point in result["Datapoints"]]`

const typescript: Sample = (r, name) => `interface ${cap(name)} {
  id: string
  createdAt: Date
  amount: number
}

/** Groups ${name}s by day, newest first. */
export function groupByDay(items: readonly ${cap(name)}[]): Map<string, ${cap(name)}[]> {
  const groups = new Map<string, ${cap(name)}[]>()
  for (const item of [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())) {
    const day = item.createdAt.toISOString().slice(0, 10)
    groups.set(day, [...(groups.get(day) ?? []), item])
  }
  return groups
}

const LIMIT = ${r.int(10, 500)}`

const yaml: Sample = (r, name) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}-api
  labels:
    app: ${name}-api
spec:
  replicas: ${r.int(2, 12)}
  selector:
    matchLabels:
      app: ${name}-api
  template:
    metadata:
      labels:
        app: ${name}-api
    spec:
      containers:
        - name: api
          image: registry.example.com/${name}-api:1.${r.int(0, 40)}.${r.int(0, 9)}
          resources:
            requests: { cpu: ${r.int(1, 8) * 100}m, memory: ${r.int(1, 8) * 128}Mi }`

const bash: Sample = (r, name) => `#!/usr/bin/env bash
set -euo pipefail

# ${name} 서비스의 파드를 하나씩 다시 띄웁니다.
kubectl -n ${name} rollout restart deployment/${name}-api
kubectl -n ${name} rollout status deployment/${name}-api --timeout=${r.int(60, 600)}s
aws s3 sync ./dist s3://${name}-assets-${r.int(100, 999)}/ --delete --region ${r.pick(REGIONS)}`

const hcl: Sample = (r, name) => `resource "aws_s3_bucket" "${name}" {
  bucket = "${name}-logs-${r.int(100, 999)}"
  tags = {
    Team = "web"
  }
}`

const plain: Sample = (r, name) => `$ curl -s https://api.example.com/${name}s | jq length
${r.int(10, 9000)}
$ time make build
real    0m${r.int(1, 59)}.${r.int(100, 999)}s`

/** Weighted: TypeScript and YAML are pasted most, unknown fences least. */
const SAMPLES: [fence: string, sample: Sample, weight: number][] = [
  ['typescript', typescript, 4],
  ['ts', typescript, 1],
  ['yaml', yaml, 4],
  ['go', go, 3],
  ['python', python, 3],
  ['bash', bash, 3],
  ['hcl', hcl, 1], // highlight.js has no HCL: shown plain
  ['', plain, 2],
]
const WEIGHTED = SAMPLES.flatMap((sample) => Array.from({ length: sample[2] }, () => sample))

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** A fenced code block in one of the blog's usual languages. */
export function codeBlock(r: Random): string {
  const [fence, sample] = r.pick(WEIGHTED)
  return `\`\`\`${fence}\n${sample(r, r.pick(NAMES))}\n\`\`\``
}
