import { useEffect, useState } from "react";

export type Route =
  | { page: "queue" }
  | { page: "ticket"; id: string }
  | { page: "knowledge"; id: string | null; edit: boolean }
  | { page: "knowledge-drafts"; id: string | null }
  | { page: "overview" }
  | { page: "digest" }
  | { page: "sla" }
  | { page: "autonomy" };

/** Reads the hash (`#/tickets/ID`, `#/knowledge/ID`, `#/overview`); anything else is the queue. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  if (parts[0] === "tickets" && parts[1]) return { page: "ticket", id: parts[1] };
  if (parts[0] === "knowledge" && parts[1] === "drafts")
    return { page: "knowledge-drafts", id: parts[2] || null };
  if (parts[0] === "knowledge")
    return {
      page: "knowledge",
      id: parts[1] && parts[1] !== "new" ? parts[1] : null,
      edit: parts[1] === "new" || parts[2] === "edit",
    };
  if (parts[0] === "overview") return { page: "overview" };
  if (parts[0] === "digest") return { page: "digest" };
  if (parts[0] === "sla") return { page: "sla" };
  if (parts[0] === "autonomy") return { page: "autonomy" };
  return { page: "queue" };
}

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}

/** Goes to a route by its hash. */
export const go = (hash: string): void => {
  window.location.hash = hash;
};
