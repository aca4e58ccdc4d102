import { PLACEHOLDER, looksLikePassword, type RedactionRule } from "../rule.ts";

// user:password@ in a URL. The user part may be empty (redis://:pass@host); the password may be
// percent-encoded, or carry a raw '@' by mistake, so it runs to the last '@' before the host.
const urlPassword = (schemes: string): RegExp =>
  new RegExp(
    `(?<![A-Za-z0-9+.-])(?:${schemes}):\\/\\/[^\\s:/@"'<>\`]{0,100}:(?<secret>[^\\s/"'<>\`]{1,200})@(?=[A-Za-z0-9\\[._-])`,
    "gi",
  );

const notPlaceholder = (value: string): boolean => !PLACEHOLDER.test(value);

// Password=...; in ADO.NET, ODBC, JDBC-style key=value strings; the value runs to ';' and may be
// quoted or {braced}. It must sit next to a ';' so prose like "password = wrong" is left alone.
const KV_VALUE = `(?<secret>"[^"\\r\\n]{1,200}"|'[^'\\r\\n]{1,200}'|\\{[^}\\r\\n]{1,200}\\}|[^;"'\\s][^;"'\\r\\n]{0,199})`;

/** Passwords inside database and broker connection strings, by URL and by key=value form. */
export const CONNECTION_RULES: RedactionRule[] = [
  {
    kind: "postgres-connection-password",
    pattern: urlPassword("postgres(?:ql)?|jdbc:postgresql|pgsql"),
    keywords: ["postgres", "pgsql"],
    allow: PLACEHOLDER,
  },
  {
    kind: "mysql-connection-password",
    pattern: urlPassword("mysql(?:x)?|jdbc:mysql|mariadb|jdbc:mariadb"),
    keywords: ["mysql", "mariadb"],
    allow: PLACEHOLDER,
  },
  {
    kind: "mongodb-connection-password",
    pattern: urlPassword("mongodb(?:\\+srv)?"),
    keywords: ["mongodb"],
    allow: PLACEHOLDER,
  },
  {
    kind: "redis-connection-password",
    pattern: urlPassword("rediss?"),
    keywords: ["redis"],
    allow: PLACEHOLDER,
  },
  {
    // StackExchange.Redis: "host:6379,password=...,ssl=True"
    kind: "redis-connection-password",
    pattern: /:\d{2,5},(?:[\w]{1,30}=[^,\s]{0,100},){0,8}password=(?<secret>[^,\s"']{1,200})/gi,
    keywords: ["password="],
    allow: PLACEHOLDER,
  },
  {
    kind: "redis-connection-password",
    pattern:
      /\b(?:redis-cli\b[^\r\n]{0,200}?\s-a|requirepass|masterauth)[ \t]+["']?(?<secret>[^\s"']{1,200})/gi,
    keywords: ["redis-cli", "requirepass", "masterauth"],
    allow: PLACEHOLDER,
  },
  {
    kind: "url-password",
    pattern: urlPassword("[a-z][a-z0-9+.-]{1,30}"),
    keywords: ["://"],
    allow: PLACEHOLDER,
  },
  {
    kind: "sqlserver-connection-password",
    pattern: new RegExp(
      `(?:Server|Data Source|Addr|Address|Network Address)[ \\t]*=[^;\\r\\n]{1,200};[^\\r\\n]{0,500}?\\b(?:Password|Pwd)[ \\t]*=[ \\t]*${KV_VALUE}`,
      "gi",
    ),
    keywords: ["password", "pwd"],
    allow: PLACEHOLDER,
    check: notPlaceholder,
  },
  {
    kind: "connection-string-password",
    pattern: new RegExp(`(?:^|[;"'\\s])(?:Password|Pwd)[ \\t]*=[ \\t]*${KV_VALUE}(?=[ \\t]*;)`, "gim"),
    keywords: ["password", "pwd"],
    allow: PLACEHOLDER,
    check: looksLikePassword,
    proseKey: true,
  },
  {
    kind: "connection-string-password",
    pattern: new RegExp(`;[ \\t]*(?:Password|Pwd)[ \\t]*=[ \\t]*${KV_VALUE}`, "gi"),
    keywords: ["password", "pwd"],
    allow: PLACEHOLDER,
    check: looksLikePassword,
    proseKey: true,
  },
];
