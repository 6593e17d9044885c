import type { ElementDefinition } from 'cytoscape';
import type { Investigation } from '../../utils/investigations/schema';
import { consoleColours, entityLabel } from './entity-label';
import { graphPositions, viewportFor, type Point } from './graph-layout';

/** Above this many cases, case labels wait for a zoom: thousands of labels are unreadable. */
const LABELLED_UP_TO = 150;

/**
 * The investigation as cytoscape elements at their computed positions, one style rule per
 * console (cytoscape styles 2,000 nodes by class far faster than through data mappers), and
 * the zoom and pan that fit them in the container: handing these over spares cytoscape its own
 * fit pass, which measures every element's bounding box before the first frame.
 */
export function graphElements(
  investigation: Investigation,
  size: { width: number; height: number },
) {
  const colours = consoleColours(investigation.cases.map((c) => c.console));
  const classOf = new Map([...colours.keys()].map((name, i) => [name, `k${i}`]));
  const labelled = investigation.cases.length <= LABELLED_UP_TO;
  const positions = graphPositions(investigation);
  const elements: ElementDefinition[] = investigation.entities.map((entity, i) => ({
    data: { id: `e${i}`, label: entityLabel(entity) },
    classes: 'entity',
    position: positions.entities[i],
  }));
  investigation.cases.forEach((c, i) => {
    elements.push({
      position: positions.cases[i],
      classes: `case ${classOf.get(c.console) ?? ''}${labelled ? ' labelled' : ''}`,
      data: { id: `c${i}`, label: `${c.console} ${c.id}`, url: c.url ?? '' },
    });
    for (const e of c.shares) elements.push({ data: { source: `c${i}`, target: `e${e}` } });
  });
  const consoleStyles = [...colours].map(([name, colour]) => ({
    selector: `.${classOf.get(name) ?? ''}`,
    style: { 'background-color': colour },
  }));
  const all: Point[] = [...positions.entities, ...positions.cases];
  return { elements, consoleStyles, viewport: viewportFor(all, size, 20) };
}
