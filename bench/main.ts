// `npm run bench`: every benchmark, each next to its anchor in the same run.
await import("./ingest.ts");
