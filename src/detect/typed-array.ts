// Growing the engine's typed-array tables (candidate queue, term list, context index), doubling as they fill.

/** `a` if it holds `size` entries, else a copy at least twice as long. */
export function grow<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const b = new (a.constructor as { new (n: number): T })(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}
