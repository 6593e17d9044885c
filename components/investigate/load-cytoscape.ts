import type cytoscapeType from 'cytoscape';

let loading: Promise<typeof cytoscapeType> | undefined;

/**
 * Cytoscape is most of this page's script: the page asks for it alongside the linked cases, so
 * it is fetched and compiled while the case API answers rather than before the page can ask.
 */
export function loadCytoscape(): Promise<typeof cytoscapeType> {
  loading ??= import('cytoscape').then((module) => module.default);
  return loading;
}
