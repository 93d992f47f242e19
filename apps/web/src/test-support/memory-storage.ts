/** An in-memory Web Storage, so storage code is tested without a DOM environment. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  writes = 0;

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.writes += 1;
    this.items.set(key, value);
  }
}
