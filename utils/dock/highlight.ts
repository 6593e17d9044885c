/**
 * Points the reviewer at one message of the case: scrolls the console to it and draws a ring
 * around it for a few seconds. The ring lives in its own closed shadow root and carries no
 * text, so the console learns nothing about scores from it (DESIGN: no score text in the page).
 */
const RING_MS = 4000;

export function highlightElement(doc: Document, target: Element): () => void {
  const host = doc.createElement('caselight-highlight');
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = `<style>
    :host { all: initial; }
    .ring { position: fixed; pointer-events: none; z-index: 2147483645; border-radius: 6px;
      outline: 3px solid #f59e0b; box-shadow: 0 0 0 6px rgba(245,158,11,.25);
      transition: opacity .4s; }
    @media (prefers-reduced-motion: no-preference) {
      .ring { animation: pulse 1s ease-in-out 2; } }
    @keyframes pulse { 50% { box-shadow: 0 0 0 10px rgba(245,158,11,.1); } }
  </style><div class="ring"></div>`;
  const ring = shadow.querySelector<HTMLElement>('.ring')!;
  doc.documentElement.append(host);

  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });

  let frame = 0;
  // Follows the element while the console scrolls (smooth scroll, sticky headers, reflow).
  const follow = () => {
    const rect = target.getBoundingClientRect();
    Object.assign(ring.style, {
      top: `${rect.top - 3}px`,
      left: `${rect.left - 3}px`,
      width: `${rect.width + 6}px`,
      height: `${rect.height + 6}px`,
    });
    frame = requestAnimationFrame(follow);
  };
  follow();
  const fade = setTimeout(() => (ring.style.opacity = '0'), RING_MS - 400);
  const end = setTimeout(() => remove(), RING_MS);
  function remove() {
    cancelAnimationFrame(frame);
    clearTimeout(fade);
    clearTimeout(end);
    host.remove();
  }
  return remove;
}
