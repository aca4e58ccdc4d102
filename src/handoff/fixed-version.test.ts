import { describe, expect, it } from "vitest";
import { extractFixedVersion } from "./fixed-version.ts";

describe("extractFixedVersion", () => {
  it.each([
    ["This is fixed in 2024.1.3.", "2024.1.3"],
    ["Fix released in v2.9.1, please upgrade", "v2.9.1"],
    ["The fix is available in version 3.1.0", "3.1.0"],
    ["Closing: shipped in build 2.0.1", "2.0.1"],
    ["Resolved by release 1.4.2-rc.1", "1.4.2-rc.1"],
    ["released in `v5.2.0`", "v5.2.0"],
    ["Fixed in 1.2.3. Correction: actually released in 1.2.4", "1.2.4"],
  ])("reads %j as %s", (text, version) => expect(extractFixedVersion(text)).toBe(version));

  it.each([
    "This will be fixed in 2.9.2",
    "It should be released in 3.0.0 next month",
    "It wasn't fixed in 2.9.1",
    "Not fixed in 1.2.3 either",
    "Hopefully fixed in 4.1.0",
    "> fixed in 1.0.0 (quoting the customer)",
    "```\nfixed in 9.9.9\n```",
    "we fixed it in 2.5 hours",
    "we upgraded to 3.1.0 and it still fails",
    "the customer runs 2024.1.3",
  ])("finds no released fix in %j", (text) => expect(extractFixedVersion(text)).toBeNull());
});
