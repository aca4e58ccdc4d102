/** A starting point for a team article, in the shipped articles' format. */
export const TEMPLATE = `---
id: team-my-problem
title: What the customer sees, in a few words
area: helm
codes: [helm.release.operation-in-progress]
signatures:
  - id: the-error-line
    pattern: 'another operation \\(install/upgrade/rollback\\) is in progress'
references:
  - https://helm.sh/docs/
fixtures:
  - name: from a CI log
    text: |
      Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress
  - name: from a terminal
    text: |
      helm upgrade app ./chart: another operation (install/upgrade/rollback) is in progress
---

## What is happening

Explain the cause in two or three sentences.

## How to fix

1. First step.
2. Second step.

## How to confirm

How the customer can tell it worked.
`;
