/**
 * Cytoscape is most of this page's script: fetched and compiled while the case API answers,
 * rather than before the page can even ask. Started once, on the page's first import.
 */
export const cytoscapeReady = import('cytoscape').then((module) => module.default);
