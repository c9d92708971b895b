/** Something that must be released: a watcher, an open folder, a listener. */
export type Dispose = () => void | Promise<void>;

/**
 * Disposes what it holds, last added first (a service goes before what it
 * was built on), each once; one failing does not keep the others alive.
 */
export class DisposableStore {
  private readonly items: Dispose[] = [];
  private disposed = false;

  add(dispose: Dispose): void {
    if (this.disposed) throw new Error('This store is already disposed.');
    this.items.push(dispose);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    const errors: unknown[] = [];
    for (const dispose of this.items.splice(0).reverse()) {
      try {
        await dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'Several services failed to stop.');
  }
}
