import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A controller host without rendering: counts update requests, drives connect/disconnect and the
 * update cycle (`update()` calls each controller's hostUpdate, as Lit does before rendering), and
 * collects the events the controllers dispatch on it.
 */
export class FakeHost extends EventTarget implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly events: CustomEvent[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);

  constructor() {
    super();
    this.addEventListener('users-error', (event) => this.events.push(event as CustomEvent));
  }

  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }
  requestUpdate(): void {
    this.updates += 1;
  }
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

/** A promise the test settles by hand, to order answers as it likes. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
