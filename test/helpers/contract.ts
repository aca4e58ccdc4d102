import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const schema = JSON.parse(
  readFileSync(new URL("../../src/domain/contract.schema.json", import.meta.url), "utf8"),
) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Throws with every schema violation when `value` is not a valid triage result. */
export function assertContract(value: unknown): void {
  if (!validate(value))
    throw new Error(`triage result breaks the contract: ${ajv.errorsText(validate.errors)}`);
}
