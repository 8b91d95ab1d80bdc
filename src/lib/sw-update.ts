/**
 * Registers the app's service worker and reports what the update prompt needs, with the plain
 * Service Worker API: in prompt mode a new version waits until the learner asks for it.
 *
 * This replaces `virtual:pwa-register` and the `workbox-window` library it loads (2.2 KB gzip
 * of the first page's 50 KB budget, issue 11 point 12) for the four things the app uses: the
 * first install ("offline verfügbar"), a waiting new version ("Neue Version verfügbar"), asking
 * it to take over (`SKIP_WAITING`, which the generated worker listens for), and noticing that it
 * did, in this tab or because another tab asked.
 */

/** Where vite-plugin-pwa writes the worker (`generateSW`, `scope: '/'`). */
export const SERVICE_WORKER_URL = '/sw.js';
export const SERVICE_WORKER_SCOPE = '/';

export type UpdateEvents = {
  /** The app is cached for offline use for the first time. */
  onOfflineReady(): void;
  /** A new version is installed and waits. */
  onNeedRefresh(): void;
  /** A new version took control of this tab (this tab or another one asked it to). */
  onUpdateActivated(): void;
  /** Registered: for the periodic update check. */
  onRegistered?(registration: ServiceWorkerRegistration): void;
  onError?(error: unknown): void;
};

/** The parts of `navigator.serviceWorker` used here; tests pass a fake. */
export type WorkerContainer = Pick<
  ServiceWorkerContainer,
  'register' | 'controller' | 'addEventListener'
>;

export type UpdateControl = {
  /** Asks the waiting version to take over; `onUpdateActivated` follows once it has. */
  activateWaiting(): void;
};

/**
 * @example
 * const control = registerServiceWorker(navigator.serviceWorker, {
 *   onOfflineReady: () => (offlineReady = true),
 *   onNeedRefresh: () => (needRefresh = true),
 *   onUpdateActivated: () => location.reload()
 * });
 */
export function registerServiceWorker(
  container: WorkerContainer,
  events: UpdateEvents
): UpdateControl {
  // A tab that a worker already controlled sees a change of controller only for an update (the
  // first worker never claims open tabs: `clientsClaim: false`).
  const hadController = container.controller !== null;
  let registration: ServiceWorkerRegistration | null = null;
  /** Each new version is announced once, however it is found. */
  const announced = new WeakSet<ServiceWorker>();

  const reportWaiting = (worker: ServiceWorker) => {
    if (announced.has(worker)) return;
    announced.add(worker);
    events.onNeedRefresh();
  };

  const watch = (worker: ServiceWorker) => {
    const onState = () => {
      if (worker.state !== 'installed') return;
      worker.removeEventListener('statechange', onState);
      // Installed while another version controls this tab: an update, waiting. Otherwise the
      // first install, which is offline-ready as soon as it activates (it skips waiting).
      if (container.controller !== null) reportWaiting(worker);
      else events.onOfflineReady();
    };
    if (worker.state === 'installed') onState();
    else worker.addEventListener('statechange', onState);
  };

  if (hadController) {
    container.addEventListener('controllerchange', () => events.onUpdateActivated());
  }

  container
    .register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE, type: 'classic' })
    .then((registered) => {
      registration = registered;
      // Found waiting from an earlier visit ("Später"), or still installing.
      if (registered.waiting && hadController) reportWaiting(registered.waiting);
      if (registered.installing) watch(registered.installing);
      // Another tab's or the periodic update check finds a new version: every tab hears it.
      registered.addEventListener('updatefound', () => {
        if (registered.installing) watch(registered.installing);
      });
      events.onRegistered?.(registered);
    })
    .catch((error: unknown) => events.onError?.(error));

  return {
    activateWaiting() {
      registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
    }
  };
}
