import type { DocBlock, DocRun } from "../../toolkit/startnotitie/office-document.ts";

/** The document's blocks as page elements; a document heading of level n becomes h(n+2), under the preview's own h2. */
export function previewElements(blocks: readonly DocBlock[]): HTMLElement[] {
  let tables = 0;
  return blocks.map((block) => {
    switch (block.kind) {
      case "heading": {
        const heading = document.createElement(`h${block.level + 2}`);
        heading.textContent = block.text;
        return heading;
      }
      case "paragraph":
        return withRuns(document.createElement("p"), block.runs);
      case "list": {
        const list = document.createElement(block.numbered ? "ol" : "ul");
        list.append(...block.items.map((item) => withRuns(document.createElement("li"), item)));
        return list;
      }
      case "table": {
        tables += 1;
        const wrapper = document.createElement("div");
        wrapper.className = "table-scroll";
        wrapper.setAttribute("role", "region");
        wrapper.tabIndex = 0;
        wrapper.setAttribute("aria-labelledby", `startnotitie-tabel-${tables}`);
        const table = document.createElement("table");
        table.className = "utrecht-table utrecht-table--html-table";
        const caption = Object.assign(document.createElement("caption"), { textContent: block.caption, id: `startnotitie-tabel-${tables}` });
        const head = document.createElement("thead");
        head.append(row(block.head, "th"));
        const body = document.createElement("tbody");
        body.append(...block.rows.map((cells) => row(cells, "td")));
        table.append(caption, head, body);
        wrapper.append(table);
        return wrapper;
      }
    }
  });
}

function row(cells: readonly string[], tag: "th" | "td"): HTMLTableRowElement {
  const tr = document.createElement("tr");
  tr.append(
    ...cells.map((text) => {
      const cell = document.createElement(tag);
      if (tag === "th") cell.scope = "col";
      cell.textContent = text;
      return cell;
    }),
  );
  return tr;
}

function withRuns<T extends HTMLElement>(element: T, runs: readonly DocRun[]): T {
  element.append(
    ...runs.map((run) => {
      if (!run.strong && !run.emphasis) return document.createTextNode(run.text);
      const span = document.createElement(run.strong ? "strong" : "em");
      span.textContent = run.text;
      return span;
    }),
  );
  return element;
}
