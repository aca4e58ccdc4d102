/** A valid team article in the shipped format: a note on locked Helm releases. */
export const teamArticle = (id: string, title = "Team note on locked Helm releases"): string => `---
id: ${id}
title: ${title}
area: helm
codes: [helm.release.operation-in-progress]
signatures:
  - id: locked
    pattern: 'another operation \\(install/upgrade/rollback\\) is in progress'
references:
  - https://helm.sh/docs/
fixtures:
  - name: from CI
    text: |
      Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress
  - name: from a shell
    text: |
      helm upgrade x: another operation (install/upgrade/rollback) is in progress
---

## What is happening

A release is locked by an operation that never finished.

## How to fix

1. Roll back to the last good revision.
2. Run the upgrade again.

## How to confirm

The upgrade runs.
`;
