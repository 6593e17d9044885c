/** What the observer asks of the filter for each batch of DOM changes. */
export interface MediaChanges {
  /** Before any mark: our stylesheet back in place, the case address and sheets checked. */
  batch(): void;
  /** An element whose own `src` or `style` changed. */
  changed(el: Element): void;
  /** The root of an added (or re-classed) subtree, once per subtree. */
  added(root: Element): void;
  /** The page finished loading: sheets that loaded after their elements are in. */
  loaded(): void;
}

/**
 * Follows the console's DOM from `document_start`: media it adds later (lazy loading, a
 * single-page console's next case) is marked in the same task, before the frame that paints it.
 */
export function observeMedia(doc: Document, signal: AbortSignal, on: MediaChanges): void {
  const observer = new MutationObserver((records) => {
    on.batch();
    // One pass per subtree: a node added inside another one of this batch is covered by it.
    const roots = new Set<Element>();
    for (const record of records) {
      const target = record.target as Element;
      if (record.attributeName === 'class') roots.add(target);
      else if (record.type === 'attributes') on.changed(target);
      for (const node of record.addedNodes) if (node instanceof Element) roots.add(node);
    }
    for (const root of roots) {
      let up = root.parentElement;
      while (up && !roots.has(up)) up = up.parentElement;
      if (!up) on.added(root);
    }
  });
  observer.observe(doc, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['src', 'style', 'class'],
  });
  signal.addEventListener('abort', () => observer.disconnect());
  doc.defaultView!.addEventListener('load', () => on.loaded(), { once: true, signal });
}
