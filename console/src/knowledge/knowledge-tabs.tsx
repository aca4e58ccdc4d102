/** Switches the knowledge page between the articles and the drafts learned from resolved tickets. */
export function KnowledgeTabs({ current }: { current: "articles" | "drafts" }) {
  return (
    <nav className="tabs" aria-label="Knowledge">
      <a href="#/knowledge" aria-current={current === "articles" ? "page" : undefined}>
        Articles
      </a>
      <a href="#/knowledge/drafts" aria-current={current === "drafts" ? "page" : undefined}>
        Drafts
      </a>
    </nav>
  );
}
