// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { dockRoomOf, setDockRoom } from '../dock-space';
import { DOCK_DEFAULTS } from '../layout';

test('the room taken early and again by the dock is given back as the console’s own margin', () => {
  const html = document.createElement('html');
  html.style.setProperty('margin-right', '12px');
  setDockRoom(html, dockRoomOf(DOCK_DEFAULTS));
  setDockRoom(html, dockRoomOf({ ...DOCK_DEFAULTS, collapsed: true }));
  expect(html.style.getPropertyValue('margin-right')).toBe('28px');
  setDockRoom(html, undefined);
  expect(html.style.getPropertyValue('margin-right')).toBe('12px');
  expect(dockRoomOf({ ...DOCK_DEFAULTS, placement: 'side-panel' })).toBeUndefined();
  expect(dockRoomOf({ ...DOCK_DEFAULTS, mode: 'overlay' })).toBeUndefined();
});
