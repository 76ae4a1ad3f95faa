/**
 * The Present window's page: the ranking in type large enough for the back of a room, drawn
 * with the DOM alone (no React, no Fluent UI: the dialog must open at once on a projector).
 * Text is set with textContent, never as markup: names come from a workbook.
 */
import type { PresentSnapshot } from "./presentSnapshot";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/** Replaces `root`'s content with the snapshot. */
export function renderPresentView(root: HTMLElement, snapshot: PresentSnapshot): void {
  const header = element("header", "present-header");
  header.append(
    element("h1", "present-title", snapshot.title),
    element("p", "present-weights", snapshot.weights),
  );
  const list = element("ol", "present-list");
  list.setAttribute("aria-label", "Ranking");
  for (const row of snapshot.rows) {
    const item = element("li", "present-row");
    item.dataset["testid"] = "present-row";
    const moved = element(
      "span",
      row.moved > 0 ? "present-moved up" : row.moved < 0 ? "present-moved down" : "present-moved",
      row.moved > 0 ? `▲${row.moved}` : row.moved < 0 ? `▼${-row.moved}` : "",
    );
    if (row.moved !== 0) {
      moved.setAttribute(
        "aria-label",
        `moved ${row.moved > 0 ? "up" : "down"} ${Math.abs(row.moved)}`,
      );
    }
    const name = element("span", "present-name");
    name.append(element("span", "present-id", row.id), document.createTextNode(` ${row.name}`));
    if (row.governance) name.append(element("span", "present-badge", "governance"));
    if (row.funded === false) name.append(element("span", "present-badge unfunded", "not funded"));
    const bar = element("span", "present-bar");
    const fill = element("span", "present-fill");
    fill.style.width = `${row.bar}%`;
    bar.append(fill);
    item.append(
      element("span", "present-rank", String(row.rank)),
      moved,
      name,
      bar,
      element("span", "present-when", row.when),
      element("span", "present-score", row.score),
    );
    list.append(item);
  }
  const parts: HTMLElement[] = [header, list];
  if (snapshot.more > 0) {
    parts.push(element("p", "present-more", `and ${snapshot.more} more, ranked lower`));
  }
  root.replaceChildren(...parts);
}
