import type { GithubTarget } from "./handoff-config.ts";
import { call, DestinationError, describeFailure, isRetryable } from "./http.ts";

/** The parts of a GitHub issue Deckhand reads. */
export interface GithubIssue {
  number: number;
  html_url: string;
  node_id: string;
  state: string;
  state_reason?: string | null;
  closed_at?: string | null;
  title: string;
  body?: string | null;
}

export interface GithubComment {
  id: number;
  body?: string | null;
  created_at: string;
  updated_at: string;
}

const MAX_PAGES = 5;

/** The GitHub REST API (issues and their comments) for one repository. */
export class GithubClient {
  constructor(private readonly target: GithubTarget) {}

  /** POST /repos/{owner}/{repo}/issues. */
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<GithubIssue> {
    return this.json<GithubIssue>("POST", this.path("/issues"), issue);
  }

  /** GET /repos/{owner}/{repo}/issues/{number}. */
  getIssue(number: number): Promise<GithubIssue> {
    return this.json<GithubIssue>("GET", this.path(`/issues/${number}`));
  }

  /**
   * The issue carrying `marker` in its body among the newest issues with `label`, or null: how a
   * retry finds the issue an earlier attempt created but could not record.
   */
  async findIssueWithMarker(label: string, marker: string): Promise<GithubIssue | null> {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({
        state: "all",
        labels: label,
        sort: "created",
        direction: "desc",
        per_page: "100",
        page: String(page),
      });
      const issues = await this.json<GithubIssue[]>("GET", this.path(`/issues?${query}`));
      const found = issues.find((issue) => issue.body?.includes(marker));
      if (found) return found;
      if (issues.length < 100) return null;
    }
    return null;
  }

  /** GET /repos/{owner}/{repo}/issues/{number}/comments?since=…, oldest first, a few pages at most. */
  async listComments(number: number, since: string | null): Promise<GithubComment[]> {
    const all: GithubComment[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const query = new URLSearchParams({ per_page: "100", page: String(page) });
      if (since) query.set("since", since);
      const comments = await this.json<GithubComment[]>(
        "GET",
        this.path(`/issues/${number}/comments?${query}`),
      );
      all.push(...comments);
      if (comments.length < 100) break;
    }
    return all;
  }

  private path(rest: string): string {
    const { apiUrl, owner, repo } = this.target;
    return `${apiUrl}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}${rest}`;
  }

  private async json<T>(method: string, url: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.target.token}`,
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "deckhand",
    };
    if (body !== undefined) headers["content-type"] = "application/json";
    const answer = await call("GitHub", url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (answer.status < 200 || answer.status >= 300)
      throw new DestinationError(
        describeFailure("GitHub", answer.status, answer.text, answer.headers),
        isRetryable(answer.status, answer.headers),
        answer.status,
      );
    try {
      return JSON.parse(answer.text) as T;
    } catch {
      throw new DestinationError(`GitHub answered ${answer.status} with a body that is not JSON`, true);
    }
  }
}
