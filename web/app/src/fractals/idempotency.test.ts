import { describe, expect, it } from 'vitest';
import { IdempotencyKeys } from './idempotency';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('IdempotencyKeys', () => {
  it('reuses the key when the same submit is retried', () => {
    const keys = new IdempotencyKeys(counter());
    expect(keys.keyFor({ name: 'a' })).toBe('key-1');
    expect(keys.keyFor({ name: 'a' })).toBe('key-1');
  });

  it('hands out a new key for a changed payload or after settling', () => {
    const keys = new IdempotencyKeys(counter());
    expect(keys.keyFor({ name: 'a' })).toBe('key-1');
    expect(keys.keyFor({ name: 'b' })).toBe('key-2');
    keys.settle();
    expect(keys.keyFor({ name: 'b' })).toBe('key-3');
  });

  it('uses crypto.randomUUID by default', () => {
    const key = new IdempotencyKeys().keyFor({});
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
