import { useEffect, useRef } from 'react';
import type { Investigation } from '../../utils/investigations/schema';
import { graphElements } from './graph-elements';
import { NODE_SIZE } from './graph-layout';
import { loadCytoscape } from './load-cytoscape';

/**
 * Cases and the entities they share, drawn with cytoscape (canvas) at positions, zoom and pan
 * computed in one pass (`graph-elements.ts`): its own layouts and fit measured every node and
 * took seconds at 2,000 cases. When drawn, the page sets `data-graph-drawn` on <html> and a
 * performance mark (the bench's cue); `onDrawn` lets the page hold back what can wait.
 */
export function CaseGraph(props: {
  investigation: Investigation;
  onOpen: (url: string) => void;
  onDrawn?: () => void;
}) {
  const { investigation } = props;
  const container = useRef<HTMLDivElement>(null);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    const box = container.current;
    if (!box) return;
    let cy: import('cytoscape').Core | undefined;
    let gone = false;
    void loadCytoscape().then((cytoscape) => {
      if (gone) return;
      const size = { width: box.clientWidth, height: box.clientHeight };
      const { elements, consoleStyles, viewport } = graphElements(investigation, size);
      performance.mark('investigation-graph-start');
      cy = cytoscape({
        container: box,
        elements,
        ...viewport,
        textureOnViewport: true,
        hideEdgesOnViewport: investigation.cases.length > 150,
        pixelRatio: 1,
        motionBlur: false,
        boxSelectionEnabled: false,
        autoungrabify: true,
        style: [
          { selector: '.case', style: { width: NODE_SIZE, height: NODE_SIZE } },
          ...consoleStyles,
          { selector: '.labelled', style: { label: 'data(label)', 'font-size': 8 } },
          {
            selector: '.entity',
            style: { 'background-color': '#111827', shape: 'diamond', label: 'data(label)' },
          },
          // Haystack edges are straight bundles: the cheapest cytoscape draws.
          {
            selector: 'edge',
            style: { width: 1, 'line-color': '#cbd5e1', 'curve-style': 'haystack' },
          },
        ],
      });
      performance.mark('investigation-graph-laid-out');
      cy.on('tap', 'node.case', (event) => {
        const url = String(event.target.data('url'));
        if (url) callbacks.current.onOpen(url);
      });
      // Cytoscape's own event for a frame drawn to the canvas: the first one after the layout.
      cy.one('render', () => {
        performance.mark('investigation-graph-drawn');
        document.documentElement.dataset.graphDrawn = String(investigation.cases.length);
        callbacks.current.onDrawn?.();
      });
    });
    return () => {
      gone = true;
      cy?.destroy();
    };
  }, [investigation]);

  return (
    <div
      ref={container}
      data-testid="investigation-graph"
      aria-label="Graph of linked cases and shared entities"
      className="h-[28rem] w-full rounded border border-slate-200 bg-white"
    />
  );
}
