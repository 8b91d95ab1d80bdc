import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, SERVICE_WORKER_URL, type UpdateEvents } from './sw-update';

class FakeWorker extends EventTarget {
  postMessage = vi.fn();
  constructor(public state: ServiceWorkerState) {
    super();
  }
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** A new version starts installing, as `registration.update()` or another tab finds it. */
  find(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function setup(controlled: boolean) {
  const registration = new FakeRegistration();
  const container = Object.assign(new EventTarget(), {
    controller: (controlled ? new FakeWorker('activated') : null) as ServiceWorker | null,
    register: vi.fn(() => Promise.resolve(registration as unknown as ServiceWorkerRegistration))
  });
  const events = {
    onOfflineReady: vi.fn(),
    onNeedRefresh: vi.fn(),
    onUpdateActivated: vi.fn(),
    onRegistered: vi.fn()
  } satisfies UpdateEvents;
  return { registration, container, events };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('registerServiceWorker (prompt mode without workbox-window)', () => {
  it('a first install reports offline-ready, never an update', async () => {
    const { registration, container, events } = setup(false);
    registerServiceWorker(container, events);
    await settle();
    expect(container.register).toHaveBeenCalledWith(SERVICE_WORKER_URL, {
      scope: '/',
      type: 'classic'
    });
    const worker = new FakeWorker('installing');
    registration.find(worker);
    worker.moveTo('installed');
    expect(events.onOfflineReady).toHaveBeenCalledTimes(1);
    expect(events.onNeedRefresh).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(events.onUpdateActivated).not.toHaveBeenCalled();
  });

  it('a new version installed under a controlled tab waits and is announced once', async () => {
    const { registration, container, events } = setup(true);
    const control = registerServiceWorker(container, events);
    await settle();
    const worker = new FakeWorker('installing');
    registration.find(worker);
    worker.moveTo('installed');
    registration.waiting = worker;
    worker.moveTo('installed');
    expect(events.onNeedRefresh).toHaveBeenCalledTimes(1);
    expect(events.onOfflineReady).not.toHaveBeenCalled();
    expect(worker.postMessage).not.toHaveBeenCalled();

    control.activateWaiting();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    container.dispatchEvent(new Event('controllerchange'));
    expect(events.onUpdateActivated).toHaveBeenCalledTimes(1);
  });

  it('a version left waiting on an earlier visit ("Später") is announced again', async () => {
    const { registration, container, events } = setup(true);
    registration.waiting = new FakeWorker('installed');
    registerServiceWorker(container, events);
    await settle();
    expect(events.onNeedRefresh).toHaveBeenCalledTimes(1);
    expect(events.onRegistered).toHaveBeenCalledWith(registration);
  });

  it('a later deployment is announced too', async () => {
    const { registration, container, events } = setup(true);
    registerServiceWorker(container, events);
    await settle();
    for (const worker of [new FakeWorker('installing'), new FakeWorker('installing')]) {
      registration.find(worker);
      worker.moveTo('installed');
    }
    expect(events.onNeedRefresh).toHaveBeenCalledTimes(2);
  });

  it('a failed registration is reported, not thrown', async () => {
    const { container, events } = setup(false);
    const error = new Error('SecurityError');
    container.register.mockReturnValueOnce(Promise.reject(error));
    const onError = vi.fn();
    registerServiceWorker(container, { ...events, onError });
    await settle();
    expect(onError).toHaveBeenCalledWith(error);
  });
});
