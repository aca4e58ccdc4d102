import { describe, expect, it } from "vitest";
import { asksHowTo, refersToError, secretExposed } from "./signals.ts";

describe("refersToError", () => {
  it.each([
    "The deploy step fails with an error about the feed.",
    "The submodule fails to fetch in CI.",
    "Since Monday the agent failed to connect to the server.",
    "The portal shows an error banner when I save.",
    "It behaves as if the space does not exist.",
  ])("sees a failure mentioned without its text: %s", (text) => {
    expect(refersToError(text)).toBe(true);
  });

  it.each([
    "How do I configure a second worker pool?",
    "We would like to add a new environment next week.",
    "The deployment succeeded and the health check is green.",
  ])("stays quiet when nothing failed: %s", (text) => {
    expect(refersToError(text)).toBe(false);
  });
});

describe("asksHowTo and secretExposed", () => {
  it("tells a how-to question from a request to fix something", () => {
    expect(asksHowTo("How do I scope a variable to one tenant?")).toBe(true);
    expect(asksHowTo("How do I fix this ImagePullBackOff?")).toBe(false);
  });

  it("needs both an exposure word and a secret word", () => {
    expect(secretExposed("Our API key was leaked in the build log.")).toBe(true);
    expect(secretExposed("The build log leaked nothing, it just stops.")).toBe(false);
  });

  it("needs them on one line: exposing a service above a password prompt is not a leak", () => {
    expect(
      secretExposed("I exposed argocd-server through an nginx Ingress.\nUsername: admin\nPassword:"),
    ).toBe(false);
    expect(
      secretExposed("We set a sensitive output variable and the value appears unmasked in the task log."),
    ).toBe(true);
  });

  it("reads 'how do we stop this' as a request for a fix, and 'a question rather than a bug' as a question", () => {
    expect(
      asksHowTo("As soon as the pod restarts it is OutOfSync again. How do we stop this flapping?"),
    ).toBe(false);
    expect(asksHowTo("Question rather than a bug. Can a child app read a values file from our repo?")).toBe(
      true,
    );
  });
});
