import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { Investigation } from '../../utils/investigations/schema';
import { consoleColours, entityLabel } from './entity-label';

/**
 * Cases and the entities they share, drawn with cytoscape (canvas). A concentric layout puts
 * the shared entities in the middle and the cases around them: it is linear in the node count,
 * so 2,000 cases draw in well under a second, where force-directed layouts take many. When it
 * is drawn the page sets `data-graph-drawn` on <html> and a performance mark (the bench's cue).
 */
export function CaseGraph(props: { investigation: Investigation; onOpen: (url: string) => void }) {
  const { investigation, onOpen } = props;
  const container = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    if (!container.current) return;
    const colours = consoleColours(investigation.cases.map((c) => c.console));
    const many = investigation.cases.length > 150;
    const elements: cytoscape.ElementDefinition[] = investigation.entities.map((entity, i) => ({
      data: { id: `e${i}`, label: entityLabel(entity), kind: 'entity', rank: 2 },
    }));
    investigation.cases.forEach((c, i) => {
      elements.push({
        data: {
          id: `c${i}`,
          label: many ? '' : `${c.console} ${c.id}`,
          kind: 'case',
          colour: colours.get(c.console),
          url: c.url ?? '',
          rank: i === 0 ? 1 : 0,
        },
      });
      for (const e of c.shares) elements.push({ data: { source: `c${i}`, target: `e${e}` } });
    });
    const cy = cytoscape({
      container: container.current,
      elements,
      textureOnViewport: true,
      hideEdgesOnViewport: many,
      style: [
        {
          selector: 'node[kind = "case"]',
          style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 8 },
        },
        {
          selector: 'node[kind = "entity"]',
          style: { 'background-color': '#111827', shape: 'diamond', label: 'data(label)' },
        },
        { selector: 'edge', style: { width: 1, 'line-color': '#cbd5e1' } },
      ],
      layout: {
        name: 'concentric',
        concentric: (node) => Number(node.data('rank')),
        levelWidth: () => 1,
        minNodeSpacing: 4,
        animate: false,
      },
    });
    cy.on('tap', 'node[kind = "case"]', (event) => {
      const url = String(event.target.data('url'));
      if (url) open.current(url);
    });
    // Drawn once the first frame after the layout has painted.
    requestAnimationFrame(() => {
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
