/** Building blocks shared by the version rules. */

/** A version number as printed: `v1.29.4-eks-036c24b`, `2.8.4+abc1234`, `2024.1.12345`. */
export const VER = String.raw`v?\d+\.\d+(?:\.\d+){0,2}(?:[-+][0-9A-Za-z][0-9A-Za-z.-]{0,40})?(?![\w+]|\.\d)`;
/** A three-part version, as charts, Tentacle and most tools print it. */
export const VER3 = String.raw`v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z][0-9A-Za-z.-]{0,40})?(?![\w+]|\.\d)`;
/** A few words on the same line; bounded so a long line costs little. */
export const NEAR = String.raw`[^\n]{0,40}?`;
