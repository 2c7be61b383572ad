/** A Storage kept in memory with a size limit, standing in for localStorage in the store tests. */
export class MemoryStorage implements Storage {
  private entries = new Map<string, string>();
  /** Largest total of key and value lengths it accepts; beyond it setItem throws QuotaExceededError. */
  quota = Infinity;

  get length(): number {
    return this.entries.size;
  }
  clear(): void {
    this.entries.clear();
  }
  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.entries.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.entries.delete(key);
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [k, v] of this.entries) if (k !== key) used += k.length + v.length;
    if (used > this.quota) {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.entries.set(key, String(value));
  }
  [name: string]: unknown;
}
