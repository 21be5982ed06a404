import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface TimedResponse {
  status: number;
  body: string;
  /** From writing the request until the whole body has been read. */
  ms: number;
}

/** One keep-alive connection to a server, for sequential requests. */
export class KeepAliveClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly base: URL;

  constructor(baseUrl: string) {
    this.base = new URL(baseUrl);
  }

  get(path: string, headers: Record<string, string> = {}, timeoutMs = 30_000): Promise<TimedResponse> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const request = http.request(
        { host: this.base.hostname, port: this.base.port, path, method: 'GET', agent: this.agent, headers, timeout: timeoutMs },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
          response.on('error', reject);
        },
      );
      request.on('timeout', () => request.destroy(new Error(`GET ${path}: no answer within ${timeoutMs} ms`)));
      request.on('error', reject);
      request.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
