/**
 * Vaadin's client engine (FlowClient, compiled by GWT) starts when the document's DOMContentLoaded
 * event fires or, failing that, at its next check of document.readyState, every 50 ms. It is loaded
 * after the event has fired, so every page load waited those 50 ms with nothing to do before asking
 * the server for the view. Here a DOMContentLoaded listener that is added once the document has
 * loaded is called at once (in a task of its own, unless it was removed meanwhile): what such a
 * listener is for. Listeners added while the document is still loading are left to the browser.
 */
type ReadyTarget = EventTarget & { readonly readyState: string };

export function callLateReadyListeners(target: ReadyTarget, schedule: (run: () => void) => void = (run) => setTimeout(run, 0)) {
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  const removed = new WeakSet<object>();
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
    add(type, listener, options);
    if (type !== 'DOMContentLoaded' || !listener || target.readyState === 'loading') return;
    removed.delete(listener);
    schedule(() => {
      if (removed.has(listener)) return;
      const event = new Event('DOMContentLoaded');
      if (typeof listener === 'function') listener.call(target, event);
      else listener.handleEvent(event);
    });
  };
  target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    if (type === 'DOMContentLoaded' && listener) removed.add(listener);
    remove(type, listener, options);
  };
}
