import { describe, expect, it } from "vitest";
import { requiredLiterals } from "./literals.ts";

describe("requiredLiterals", () => {
  it.each([
    ["another operation \\(install/upgrade/rollback\\) is in progress", ["another operation (install/upgrade/rollback) is in progress"]],
    ["x509: certificate (?:has expired|is not yet valid)", ["x509: certificate "]],
    ["(?:ImagePullBackOff|ErrImagePull)", ["imagepullbackoff", "errimagepull"]],
    ["\\bno such host\\b", ["no such host"]],
    ["(?<image>[^\\s]+) not found", [" not found"]],
  ])("finds what /%s/ cannot match without", (pattern, expected) => {
    expect(requiredLiterals(pattern, "iu")).toEqual(expected);
  });

  it.each(["a[^\\n]{0,60}b", "(?:foo|x)", "(?:optional)?\\d+", "[a-z]+", "(invalid"])("gives up on /%s/", (pattern) => {
    expect(requiredLiterals(pattern, "iu")).toBeNull();
  });
});
