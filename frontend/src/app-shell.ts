import { callLateReadyListeners } from './dom-ready';

// Loaded with the page shell, before Vaadin's client engine: see dom-ready.ts.
callLateReadyListeners(document);
