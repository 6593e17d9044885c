/**
 * Console pages for the wellness tests and bench, served at demo-console case addresses so the
 * built-in adapter (`.case-view[data-case-id]`, `.attachment > img`) reads them.
 */
const svg = (fill: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="${fill}"/></svg>`)}`;

export const RED = svg('#e00');

/** The case element of one case: ten images (one with an inline `!important` filter) and a video. */
export function hostileCaseView(id: string, images = 10): string {
  const attachments = Array.from(
    { length: images },
    (_, i) =>
      `<div class="attachment" data-attachment-id="a-${i}"><img class="photo" src="${svg(`hsl(${i * 36} 90% 50%)`)}" alt="photo ${i}"${i === 0 ? ' style="filter: none !important"' : ''}></div>`,
  ).join('');
  return `<main class="case-view" data-case-id="${id}">
  <h1 class="case-subject">Hostile styles ${id}</h1>
  <div class="thread"><div class="message" data-message-id="m-1" data-role="reported">
    <div class="message-body">Look at these</div>${attachments}
    <div class="poster-bg" id="bg"></div>
    <video id="clip" autoplay loop poster="${svg('#00e')}" width="120" height="80"></video>
  </div></div>
</main>`;
}

/**
 * Ten images and a video (which the console starts itself once loaded) in the case, some of them styled by the console to defeat filters. */
export function hostileCasePage(id: string, images = 10): string {
  return `<!doctype html><html><head><title>${id}</title><style>
  img { filter: none !important; }
  .case-view .photo.photo { filter: contrast(1.1) !important; }
  .poster-bg { width: 120px; height: 80px; background-image: url("${svg('#0a0')}"); }
  .pseudo-thumb::before { content: ""; display: block; width: 120px; height: 80px; background-image: url("${svg('#a0a')}"); }
</style></head><body>
<img id="outside" src="${RED}" alt="site logo">
<video id="outside-clip" autoplay loop width="120" height="80"></video>
${hostileCaseView(id, images)}
<script>addEventListener('load', () => {
  for (const id of ['clip', 'outside-clip']) document.getElementById(id).play().catch(() => {});
});</script>
</body></html>`;
}

/** The console's sheet for `pseudoCasePage`: images on `::before`/`::after`, one defeating filters. */
export const PSEUDO_CSS = `
  .thumb { display: block; width: 120px; height: 80px; position: relative; }
  .thumb::before { content: ""; position: absolute; inset: 0; background-image: url("${svg('#0a0')}"); }
  .case-view .badge:after { content: url("${svg('#e0e')}"); display: block; filter: none !important; }
  .logo::before { content: ""; display: block; width: 120px; height: 80px; background: url("${RED}"); }`;

/**
 * A case whose images are all on pseudo-elements, with a site logo on one outside the case.
 * `sheet`: a `<link>` to the console's sheet (another origin's sheet cannot be read); without
 * it the sheet is inline.
 */
export function pseudoCasePage(id: string, sheet?: string): string {
  const css = sheet ? `<link rel="stylesheet" href="${sheet}">` : `<style>${PSEUDO_CSS}</style>`;
  return `<!doctype html><html><head><title>${id}</title>${css}</head><body>
<a class="logo" id="logo" href="#"></a>
<main class="case-view" data-case-id="${id}">
  <h1 class="case-subject">Pseudo-element media ${id}</h1>
  <div class="thread"><div class="message" data-message-id="m-1" data-role="reported">
    <div class="message-body">See the pictures</div>
    <div class="gallery"><span class="thumb" id="thumb"></span><span class="badge" id="badge"></span></div>
  </div></div>
</main></body></html>`;
}
