import type { Contribution, TrustKind } from "./contributions.ts";

/** How often a signature or article proposed a cause, and how often that cause was confirmed. */
export interface TrustCount {
  fired: number;
  right: number;
}

/** Counts by `kind:ref` (see countKey). */
export type TrustCounts = ReadonlyMap<string, TrustCount>;

/** The map key of a signature's or article's counts. */
export const countKey = (kind: TrustKind, ref: string): string => `${kind}:${ref}`;

/** The kind and reference a count key names (references hold no colon: they are slugs). */
export function parseCountKey(key: string): { kind: TrustKind; ref: string } {
  const at = key.indexOf(":");
  return { kind: key.slice(0, at) as TrustKind, ref: key.slice(at + 1) };
}

/**
 * How the counts change when an outcome's observations replace earlier ones (a re-resolved
 * ticket): the old contribution is taken back and the new one added, so replaying or replacing
 * an outcome never counts it twice. Keys whose change is nil are left out.
 */
export function countChanges(
  previous: readonly Contribution[],
  next: readonly Contribution[],
): Map<string, TrustCount> {
  const changes = new Map<string, TrustCount>();
  const add = (items: readonly Contribution[], sign: 1 | -1) => {
    for (const { kind, ref, right } of items) {
      const key = countKey(kind, ref);
      const current = changes.get(key) ?? { fired: 0, right: 0 };
      changes.set(key, { fired: current.fired + sign, right: current.right + (right ? sign : 0) });
    }
  };
  add(previous, -1);
  add(next, 1);
  for (const [key, change] of changes) if (change.fired === 0 && change.right === 0) changes.delete(key);
  return changes;
}

/** Counts with changes applied (a new map; the input is left as it was). */
export function applyChanges(counts: TrustCounts, changes: ReadonlyMap<string, TrustCount>): TrustCounts {
  const next = new Map(counts);
  for (const [key, change] of changes) {
    const current = next.get(key) ?? { fired: 0, right: 0 };
    next.set(key, { fired: current.fired + change.fired, right: current.right + change.right });
  }
  return next;
}
