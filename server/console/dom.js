// @ts-check
/**
 * Tiny DOM helpers. Content is only ever added as text nodes (append with a string), never as
 * HTML: case text is hostile input, and the extension reads what this console renders.
 */

/**
 * @typedef {Node | string | null | undefined | false} Child
 */

/**
 * Creates an element with attributes (undefined values are skipped) and children.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | undefined>} [attrs]
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/**
 * A client-side navigation link (app.js intercepts clicks on a[data-nav]).
 * @param {string} href
 * @param {Child} label
 * @param {Record<string, string | undefined>} [attrs]
 */
export function navLink(href, label, attrs = {}) {
  return el('a', { href, 'data-nav': '', ...attrs }, label);
}

/**
 * Replaces everything in `main` with the given nodes.
 * @param {HTMLElement} main
 * @param {...Node} nodes
 */
export function show(main, ...nodes) {
  main.replaceChildren(...nodes);
}

/** @param {HTMLElement} main */
export function showLoading(main) {
  show(main, el('p', { class: 'loading' }, 'Loading…'));
}

/**
 * A full-width message in place of a page (not found, failed to load).
 * @param {HTMLElement} main
 * @param {string} title
 * @param {string} detail
 */
export function showMessage(main, title, detail) {
  show(
    main,
    el(
      'div',
      { class: 'empty-state' },
      el('h1', {}, title),
      el('p', {}, detail),
      navLink('/console/cases', '← Back to all cases'),
    ),
  );
}
