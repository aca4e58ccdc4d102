import type { TPriority } from "../../domain/taxonomy.ts";
import type { Doc } from "../extract/document.ts";
import { asksHowTo, secretExposed } from "../extract/signals.ts";
import type { RankedFinding } from "./rank.ts";

const PRODUCTION_DOWN =
  /\b(?:production|prod|live site|our site|customers?)\b[^\n]{0,60}\b(?:is |are )?(?:down|outage|offline|unavailable|not reachable)\b|\b(?:outage|down)\b[^\n]{0,40}\b(?:production|prod)\b|\bnobody can deploy\b|\b(?:whole|entire) (?:octopus |argo ?cd |codefresh )?(?:instance|server|platform)\b[^\n.]{0,20}\b(?:is |are )?(?:down|offline|unavailable)\b/i;
const WORKAROUND = /\b(?:workaround|work around|worked around|for now we|in the meantime we|manually)\b/i;
const TEST_SETUP =
  /\b(?:home ?lab|personal (?:project|cluster|setup)|test (?:setup|cluster|instance) at home|playground|hobby|just (?:learning|trying out)|-alpha\.?\d*|-beta\.\d+)\b|\b(?:minikube|k3d|docker desktop)\b|\blocal (?:kubernetes |k8s |kind |dev )?cluster\b|\bto evaluate (?:it|this|the)\b|\bmy (?:own |small |little |personal )?(?:blog|raspberry pi|side project|k3s cluster)\b/i;
const LOGIN_BLOCKED =
  /\b(?:can(?:'|no)?t|cannot|unable to|no longer able to|not able to)\s+(?:log ?in|sign ?in)\b/i;
const MANY_PEOPLE = /\b(?:users|people|anyone|everyone|nobody|no one|colleagues|developers|engineers)\b/i;
const SHARED_THINGS =
  "(?:users|deployments|pipelines|builds|environments|clients|ingresses|services|nodes|targets|projects|applications|apps|releases|tentacles|agents|runners|workers|workflows|jobs|clusters)";
const BROAD_SCOPE = new RegExp(
  [
    "\\bnone of (?:them|our|the)\\b|nobody (?:\\w+ ){0,4}?can(?:'t|not)? (?:deploy|log ?in|sign ?in|build|release)|no one can|no (?:deployments?|builds?|pipelines?) (?:work|run|succeed)|nothing (?:can (?:be )?|gets )(?:deploy(?:ed)?|released?|built)",
    `\\b(?:all|every one) (?:of )?(?:our |the )?(?:\\w+ ){0,2}?${SHARED_THINGS}\\b[^\\n.]{0,50}?\\b(?:are |have |now )?(?:fail\\w*|broken|down|blocked|stuck|hang\\w*|time out|timing out|rejected|affected|stopped)`,
    `\\bevery (?:\\w+ ){0,2}?(?:user|deployment|pipeline|build|job|environment|node|target|project|application|app|release|tentacle|agent|service|workflow)\\b[^\\n.]{0,60}?\\b(?:fails?|failing|broken|stopped|is blocked|is down|hangs?|can't|cannot)\\b`,
    `\\b(?:blocking|blocks|breaks|broke) (?:all|every)\\b`,
    "\\bwhole (?:environment|cluster|team|instance)\\b",
  ].join("|"),
  "i",
);
const COMPONENT_DOWN =
  /\b(?:server|controller|api ?server|control plane|instance)\b[^\n]{0,60}\b(?:won't|will not|doesn't|does not|fails to|can't|cannot) (?:start|come up|boot)\b|\b(?:won't|will not|doesn't|does not) start[^\n]{0,40}\b(?:server|controller)\b/i;
/** A setup not yet in service: whatever broke, nobody depends on it yet. */
const NEW_SETUP =
  /\b(?:fresh|brand[- ]new|newly (?:created|installed)) (?:\w+ ){0,2}?(?:cluster|install(?:ation)?|setup|instance|server)\b|\b(?:setting up|trying out|evaluating)\b|\bfirst (?:install|installation|time (?:setting|installing))\b/i;
const QUESTION_CODES = new Set(["other.question.how-to", "other.request.feature"]);

export interface PriorityDecision {
  priority: TPriority;
  reason: string;
}

/** Applies the taxonomy's P1-P4 definitions to what the ticket says about impact and scope. */
export function decidePriority(doc: Doc, ranked: RankedFinding[]): PriorityDecision {
  const text = doc.text;
  const top = ranked[0];
  if (secretExposed(text)) return { priority: "P1", reason: "credentials or secrets are exposed" };
  if (PRODUCTION_DOWN.test(text) && !WORKAROUND.test(text))
    return { priority: "P1", reason: "production is down with no workaround" };
  if (top && QUESTION_CODES.has(top.code)) return { priority: "P4", reason: "a question or request" };
  if (asksHowTo(text) && (!top || top.confidence < 0.6))
    return { priority: "P4", reason: "a how-to question with no fault identified" };
  if (TEST_SETUP.test(text)) return { priority: "P4", reason: "a test or pre-release setup" };
  if (NEW_SETUP.test(text)) return { priority: "P3", reason: "a new setup that is not in service yet" };
  if ((LOGIN_BLOCKED.test(text) && MANY_PEOPLE.test(text)) || BROAD_SCOPE.test(text))
    return { priority: "P2", reason: "many users or a whole environment are affected" };
  if (COMPONENT_DOWN.test(text))
    return { priority: "P2", reason: "a shared server or controller does not start" };
  if (top?.article.priority) return { priority: top.article.priority, reason: `typical for ${top.code}` };
  return { priority: "P3", reason: "one project, application, pipeline or target is affected" };
}
