/**
 * A stand-in for the GitHub REST (and GraphQL `viewer`) API on 127.0.0.1: a real HTTP server that
 * keeps issue comments and pull requests in memory, records every request, paginates with Link headers
 * as GitHub does, and can be told to fail (a status for the next matching requests, or read-only).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Failure {
  method: string;
  /** Matched against the path (without the query). */
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface FakeCommitPull {
  number: number;
  state: 'open' | 'closed';
  merged_at: string | null;
  base: { ref: string };
}

export interface FakePullCommit {
  sha: string;
  commit: { message: string };
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  pulls: Array<{ number: number; head: { sha: string }; state: 'open' }> = [];
  /** GET /repos/{o}/{r}/commits/{sha}/pulls: the pull requests a commit belongs to. */
  commitPulls = new Map<string, FakeCommitPull[]>();
  /** GET /repos/{o}/{r}/pulls/{n}/commits: a pull request's commits with their messages. */
  pullCommits = new Map<number, FakePullCommit[]>();
  /** Who the token is (GraphQL viewer, and the author of comments it writes). */
  viewer: FakeUser = ACTIONS_BOT;
  /** Called with each request before it is answered (a test changes the world between two calls). */
  onRequest: ((request: RecordedRequest) => Promise<void> | void) | undefined;
  /** A read-only token (a fork's pull request): writes answer 403. */
  readOnly = false;
  private failures: Failure[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.comments.clear();
    this.pulls = [];
    this.commitPulls.clear();
    this.pullCommits.clear();
    this.onRequest = undefined;
    this.viewer = ACTIONS_BOT;
    this.readOnly = false;
    this.failures = [];
  }

  failNext(failure: Failure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Adds a comment as if someone had written it earlier. */
  seedComment(issue: number, user: FakeUser, body: string): FakeComment {
    const id = this.nextId++;
    const time = new Date(Date.UTC(2026, 3, 1) + id * 1000).toISOString();
    const comment = { id, body, user, created_at: time, updated_at: time, html_url: `https://github.test/acme/widgets/pull/${issue}#issuecomment-${id}` };
    this.commentsOf(issue).push(comment);
    return comment;
  }

  commentsOf(issue: number): FakeComment[] {
    let list = this.comments.get(issue);
    if (!list) this.comments.set(issue, (list = []));
    return list;
  }

  private findComment(id: number): FakeComment | undefined {
    for (const list of this.comments.values()) {
      const found = list.find((comment) => comment.id === id);
      if (found) return found;
    }
    return undefined;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    this.requests.push({ method, path: url.pathname, query: url.searchParams, headers: request.headers, body });
    await this.onRequest?.(this.requests[this.requests.length - 1] as RecordedRequest);
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(data === undefined ? '' : JSON.stringify(data));
    };

    const failure = this.failures.find((candidate) => candidate.method === method && candidate.path.test(url.pathname) && (candidate.times ?? 1) > 0);
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      send(failure.status, failure.body ?? { message: `fake failure ${failure.status}` }, failure.headers);
      return;
    }
    if (method === 'POST' && url.pathname === '/graphql') {
      send(200, { data: { viewer: { login: this.viewer.login } } });
      return;
    }
    const readOnlyRefusal = () =>
      send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' });

    let match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (match) {
      const issue = Number(match[3]);
      if (method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = this.commentsOf(issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const pageUrl = (n: number) => {
          const next = new URL(url.toString());
          next.searchParams.set('page', String(n));
          next.searchParams.set('per_page', String(perPage));
          return `<${next.toString()}>`;
        };
        if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
        if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
        send(200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
        return;
      }
      if (method === 'POST') {
        if (this.readOnly) return readOnlyRefusal();
        const comment = this.seedComment(issue, this.viewer, String((body as { body?: unknown })?.body ?? ''));
        send(201, comment);
        return;
      }
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (match) {
      const comment = this.findComment(Number(match[3]));
      if (!comment) return send(404, { message: 'Not Found' });
      if (method === 'PATCH') {
        if (this.readOnly) return readOnlyRefusal();
        if (comment.user.login !== this.viewer.login) return send(403, { message: 'Must have admin rights to Repository.' });
        comment.body = String((body as { body?: unknown })?.body ?? '');
        comment.updated_at = new Date().toISOString();
        return send(200, comment);
      }
      if (method === 'DELETE') {
        if (this.readOnly) return readOnlyRefusal();
        for (const list of this.comments.values()) {
          const index = list.indexOf(comment);
          if (index >= 0) list.splice(index, 1);
        }
        return send(204);
      }
    }
    match = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(url.pathname);
    if (match && method === 'GET') return send(200, this.commitPulls.get(match[1] as string) ?? []);
    match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/commits$/.exec(url.pathname);
    if (match && method === 'GET') {
      const commits = this.pullCommits.get(Number(match[1]));
      return commits ? send(200, commits) : send(404, { message: 'Not Found' });
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(url.pathname);
    if (match && method === 'GET') return send(200, this.pulls);
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  /** Requests of one method whose path matches. */
  calls(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path));
  }
}
