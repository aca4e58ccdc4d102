import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeIssue {
  number: number;
  html_url: string;
  node_id: string;
  state: "open" | "closed";
  state_reason: string | null;
  closed_at: string | null;
  title: string;
  body: string;
  labels: { name: string }[];
}

export interface FakeComment {
  id: number;
  body: string;
  created_at: string;
  updated_at: string;
}

/**
 * A loopback server that speaks the parts of GitHub's issues API and Slack's incoming webhooks
 * Deckhand uses, checking the headers and body shapes each expects. Anything off is recorded in
 * `violations` (and answered the way the real service would).
 */
export class FakeGithubAndSlack {
  readonly token = "ghs_fakeTokenForTests0000000000000000000";
  readonly repo = "acme/support";
  readonly slackPath = "/services/T000/B000/XXXXsecretXXXX";
  issues = new Map<number, FakeIssue>();
  comments = new Map<number, FakeComment[]>();
  slackMessages: { text: string; blocks: { type: string; text?: { text: string } }[] }[] = [];
  slackAttempts = 0;
  createAttempts = 0;
  /** Answer the next N Slack posts with 500 (not posted). */
  slackFailures = 0;
  /** Create the next issue, then drop the connection before answering (a crash's unknown outcome). */
  dropAfterCreate = 0;
  violations: string[] = [];
  private server: Server | null = null;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The team comments on an issue. */
  comment(number: number, body: string, at: string): void {
    const list = this.comments.get(number) ?? [];
    list.push({ id: 1000 + list.length, body, created_at: at, updated_at: at });
    this.comments.set(number, list);
  }

  /** The team closes an issue. */
  close(number: number, at: string, reason = "completed"): FakeIssue {
    const issue = this.issues.get(number);
    if (!issue) throw new Error(`no issue ${number}`);
    Object.assign(issue, { state: "closed", state_reason: reason, closed_at: at });
    return issue;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await new Promise<string>((resolve) => {
      let text = "";
      req.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      req.on("end", () => resolve(text));
    });
    const url = new URL(req.url ?? "/", this.url);
    if (url.pathname === this.slackPath) return this.slack(req, res, body);
    if (url.pathname.startsWith(`/repos/${this.repo}/`)) return this.github(req, res, url, body);
    this.violations.push(`unexpected ${req.method} ${url.pathname}`);
    send(res, 404, { message: "Not Found" });
  }

  private slack(req: IncomingMessage, res: ServerResponse, body: string): void {
    this.slackAttempts++;
    if (req.method !== "POST" || !(req.headers["content-type"] ?? "").startsWith("application/json")) {
      this.violations.push(`slack: ${req.method} with content-type ${req.headers["content-type"]}`);
      return sendText(res, 400, "invalid_payload");
    }
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch {
      this.violations.push("slack: body is not JSON");
      return sendText(res, 400, "invalid_payload");
    }
    const m = message as { text?: unknown; blocks?: unknown };
    if (typeof m.text !== "string" || !Array.isArray(m.blocks) || m.blocks.length > 50) {
      this.violations.push("slack: text or blocks missing");
      return sendText(res, 400, "invalid_payload");
    }
    for (const block of m.blocks as { type?: unknown; text?: { text?: unknown } }[])
      if (typeof block.type !== "string" || (block.text && String(block.text.text).length > 3000))
        this.violations.push("slack: invalid block");
    if (this.slackFailures > 0) {
      this.slackFailures--;
      return sendText(res, 500, "internal_error");
    }
    this.slackMessages.push(m as FakeGithubAndSlack["slackMessages"][number]);
    sendText(res, 200, "ok");
  }

  private github(req: IncomingMessage, res: ServerResponse, url: URL, body: string): void {
    const h = req.headers;
    if (h.authorization !== `Bearer ${this.token}`) return send(res, 401, { message: "Bad credentials" });
    if (h.accept !== "application/vnd.github+json") this.violations.push(`github: accept ${h.accept}`);
    if (h["x-github-api-version"] !== "2022-11-28") this.violations.push("github: api version header");
    if (!h["user-agent"]) this.violations.push("github: no user-agent");
    const rest = url.pathname.slice(`/repos/${this.repo}`.length);
    if (req.method === "POST" && rest === "/issues") return this.create(req, res, body);
    if (req.method === "GET" && rest === "/issues") {
      const label = url.searchParams.get("labels");
      if (url.searchParams.get("state") !== "all") this.violations.push("github: list without state=all");
      const list = [...this.issues.values()]
        .filter((issue) => !label || issue.labels.some((l) => l.name === label))
        .reverse();
      return send(res, 200, list);
    }
    const one = /^\/issues\/(\d+)$/.exec(rest);
    if (req.method === "GET" && one) {
      const issue = this.issues.get(Number(one[1]));
      return issue ? send(res, 200, issue) : send(res, 404, { message: "Not Found" });
    }
    const comments = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (req.method === "GET" && comments) {
      const since = url.searchParams.get("since");
      const list = (this.comments.get(Number(comments[1])) ?? []).filter(
        (c) => !since || c.updated_at >= since,
      );
      return send(res, 200, list);
    }
    this.violations.push(`github: unexpected ${req.method} ${rest}`);
    send(res, 404, { message: "Not Found" });
  }

  private create(req: IncomingMessage, res: ServerResponse, body: string): void {
    this.createAttempts++;
    if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
      this.violations.push("github: create without JSON content-type");
    const input = JSON.parse(body) as { title?: unknown; body?: unknown; labels?: unknown };
    if (typeof input.title !== "string" || typeof input.body !== "string" || !Array.isArray(input.labels))
      return send(res, 422, { message: "Validation Failed" });
    if (input.body.length > 65_536) return send(res, 422, { message: "body is too long" });
    const number = this.issues.size + 1;
    const issue: FakeIssue = {
      number,
      html_url: `https://github.com/${this.repo}/issues/${number}`,
      node_id: `I_kwDOfake${number}`,
      state: "open",
      state_reason: null,
      closed_at: null,
      title: input.title,
      body: input.body,
      labels: (input.labels as string[]).map((name) => ({ name })),
    };
    this.issues.set(number, issue);
    if (this.dropAfterCreate > 0) {
      this.dropAfterCreate--;
      req.socket.destroy();
      return;
    }
    send(res, 201, issue);
  }
}

function send(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(value));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain" });
  res.end(text);
}
