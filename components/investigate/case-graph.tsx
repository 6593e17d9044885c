import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Investigation } from '../../utils/investigations/schema';
import { consoleColours, entityLabel } from './entity-label';
import { graphPositions } from './graph-layout';

/**
 * Cases and the entities they share, drawn with cytoscape (canvas), at positions computed in
 * one pass (`graph-layout.ts`): its force-directed and concentric layouts took seconds at 2,000
 * cases. When drawn, the page sets `data-graph-drawn` on <html> and a performance mark (the
 * bench's cue).
 */
export function CaseGraph(props: { investigation: Investigation; onOpen: (url: string) => void }) {
  const { investigation, onOpen } = props;
  const container = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  useEffect(() => {
    open.current = onOpen;
  });

  useEffect(() => {
    if (!container.current) return;
    const colours = consoleColours(investigation.cases.map((c) => c.console));
    const classOf = new Map([...colours.keys()].map((name, i) => [name, `k${i}`]));
    const many = investigation.cases.length > 150;
    const positions = graphPositions(investigation);
    const elements: cytoscape.ElementDefinition[] = investigation.entities.map((entity, i) => ({
      data: { id: `e${i}`, label: entityLabel(entity) },
      classes: 'entity',
      position: positions.entities[i],
    }));
    investigation.cases.forEach((c, i) => {
      elements.push({
        position: positions.cases[i],
        // Classes rather than data mappers: cytoscape styles 2,000 nodes by class far faster.
        classes: `case ${classOf.get(c.console) ?? ''}${many ? '' : ' labelled'}`,
        data: { id: `c${i}`, label: `${c.console} ${c.id}`, url: c.url ?? '' },
      });
      for (const e of c.shares) elements.push({ data: { source: `c${i}`, target: `e${e}` } });
    });
    const consoleStyles = [...colours].map(([name, colour]) => ({
      selector: `.${classOf.get(name) ?? ''}`,
      style: { 'background-color': colour },
    }));
    performance.mark('investigation-graph-start');
    const cy = cytoscape({
      container: container.current,
      elements,
      textureOnViewport: true,
      hideEdgesOnViewport: many,
      pixelRatio: 1,
      motionBlur: false,
      style: [
        { selector: '.case', style: { width: 12, height: 12 } },
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
      layout: { name: 'preset', fit: true, padding: 20 },
    });
    performance.mark('investigation-graph-laid-out');
    cy.on('tap', 'node.case', (event) => {
      const url = String(event.target.data('url'));
      if (url) open.current(url);
    });
    // Cytoscape's own event for a frame drawn to the canvas: the first one after the layout.
    cy.one('render', () => {
      performance.mark('investigation-graph-drawn');
      document.documentElement.dataset.graphDrawn = String(investigation.cases.length);
    });
    return () => cy.destroy();
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
