import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { summarize } from './lib/stats.ts';

/**
 * The load generator, run as its own process so that it does not share an
 * event loop with the server under test. Posts pre-built, pre-signed bodies
 * (NDJSON lines `{"b": body, "s": signature}`) at a fixed concurrency over
 * keep-alive connections: first `--warmup` of them unmeasured, then the rest,
 * each timed from request start to the end of the response. Prints one JSON
 * line on stdout; progress on stderr; `{phase}` messages on the IPC channel
 * when there is one.
 */

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    file: { type: 'string' },
    concurrency: { type: 'string', default: '64' },
    warmup: { type: 'string', default: '0' },
    timeout: { type: 'string', default: '30000' },
  },
});

if (!values.url || !values.file) {
  console.error('usage: load.ts --url URL --file BODIES.ndjson [--concurrency 64] [--warmup 0] [--timeout 30000]');
  process.exit(2);
}

const target = new URL(values.url);
const concurrency = Math.max(1, Number(values.concurrency));
const timeoutMs = Number(values.timeout);
const items = readFileSync(values.file, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => {
    const { b, s } = JSON.parse(line) as { b: string; s: string };
    return { body: Buffer.from(b, 'utf8'), signature: s };
  });
const warmup = Math.min(items.length, Math.max(0, Number(values.warmup)));

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });

function post(index: number): Promise<number> {
  const item = items[index]!;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        method: 'POST',
        hostname: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        headers: {
          'content-type': 'application/json',
          'content-length': item.body.length,
          'x-hub-signature-256': item.signature,
          'user-agent': 'facebookexternalua',
        },
      },
      (response) => {
        response.on('error', reject);
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.resume();
      },
    );
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(item.body);
  });
}

interface PhaseResult {
  ok: number;
  statusCodes: Record<string, number>;
  errors: number;
  firstError: string | null;
  failedIndices: number[];
  seconds: number;
  latencies: Float64Array;
}

async function phase(from: number, to: number): Promise<PhaseResult> {
  const latencies = new Float64Array(to - from);
  const statusCodes: Record<string, number> = {};
  const failedIndices: number[] = [];
  let ok = 0;
  let errors = 0;
  let firstError: string | null = null;
  let next = from;
  const worker = async () => {
    for (let i = next++; i < to; i = next++) {
      const started = process.hrtime.bigint();
      let status: number;
      try {
        status = await post(i);
      } catch (err) {
        status = -1;
        errors += 1;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
      latencies[i - from] = Number(process.hrtime.bigint() - started) / 1e6;
      if (status >= 0) statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      if (status === 200) ok += 1;
      else failedIndices.push(i);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, to - from)) }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ok, statusCodes, errors, firstError, failedIndices, seconds, latencies };
}

function tell(message: Record<string, unknown>): Promise<void> {
  if (!process.send) return Promise.resolve();
  return new Promise((resolve) => process.send!(message, undefined, {}, () => resolve()));
}

const warm = warmup > 0 ? await phase(0, warmup) : null;
if (warm) process.stderr.write(`[load] warm-up: ${warmup} requests in ${warm.seconds.toFixed(2)} s\n`);
await tell({ phase: 'measure' });
const cpuBefore = process.cpuUsage();
const measured = await phase(warmup, items.length);
const cpu = process.cpuUsage(cpuBefore);
await tell({ phase: 'done' });
agent.destroy();

const requests = items.length - warmup;
const result = {
  url: target.href,
  concurrency,
  warmup,
  requests,
  ok: measured.ok,
  nonOk: requests - measured.ok - measured.errors,
  errors: measured.errors,
  firstError: measured.firstError ?? warm?.firstError ?? null,
  okTotal: measured.ok + (warm?.ok ?? 0),
  failedIndices: [...(warm?.failedIndices ?? []), ...measured.failedIndices],
  statusCodes: measured.statusCodes,
  seconds: Math.round(measured.seconds * 1000) / 1000,
  acceptedPerSecond: Math.round(measured.ok / measured.seconds),
  latencyMs: summarize(measured.latencies),
  cpuSeconds: Math.round(((cpu.user + cpu.system) / 1e6) * 100) / 100,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.disconnect?.();
