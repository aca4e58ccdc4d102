import type { RedactionRule } from "./rule.ts";
import { ASSIGNMENT_RULES } from "./rules/assignments.ts";
import { CLOUD_RULES } from "./rules/cloud.ts";
import { CONNECTION_RULES } from "./rules/connection.ts";
import { PRIVATE_KEY_RULES, TOKEN_FILE_RULES } from "./rules/keys.ts";
import { SERVICE_RULES } from "./rules/services.ts";
import { VCS_RULES } from "./rules/vcs.ts";

export type { RedactionRule } from "./rule.ts";

/**
 * Every rule, most specific first: when spans overlap, the earlier rule names the kind. Vendor
 * tokens with fixed prefixes come before key material, connection strings and, last, the generic
 * `password:`/`token=` assignments that only catch what nothing more specific did.
 */
export const RULES: RedactionRule[] = [
  ...PRIVATE_KEY_RULES, // first: a key body can contain anything, and the whole block goes
  ...CLOUD_RULES,
  ...VCS_RULES,
  ...SERVICE_RULES,
  ...TOKEN_FILE_RULES,
  ...CONNECTION_RULES,
  ...ASSIGNMENT_RULES,
];
