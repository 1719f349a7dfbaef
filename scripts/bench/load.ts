/**
 * Load test with autocannon: requests per second and latency of the app against a plain static server of
 * the same bytes, on loopback, in the same run. Any error or non-2xx answer fails the benchmark.
 */
import autocannon from 'autocannon';

export interface LoadResult { target: string; path: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; requests: number; bytesPerResponse: number }

export const LOAD_PATHS = ['/', '/collectivisation', '/data/repression.csv'] as const;

export async function loadTest(target: string, base: string, path: string, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const r = await autocannon({ url: `${base}${path}`, connections: 10, duration: seconds, pipelining: 1, headers });
  return {
    target, path, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99,
    errors: r.errors + r.timeouts, non2xx: r.non2xx, requests: r.requests.total,
    bytesPerResponse: r.requests.total ? r.throughput.total / r.requests.total : 0,
  };
}
