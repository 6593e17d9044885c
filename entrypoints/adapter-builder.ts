import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAdapterBuilder } from '../utils/case/adapter-builder';

// Injected by the background into a console tab when a lead builds or tests an adapter;
// never part of the content script every console page loads.
export default defineUnlistedScript(() => startAdapterBuilder(document));
