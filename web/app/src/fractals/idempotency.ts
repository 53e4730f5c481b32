/**
 * Hands out Idempotency-Key values: a fresh key for each new submit, and the
 * same key again when the user retries an identical submit that did not go
 * through, so the server can recognise the retry and not create a duplicate.
 */
export class IdempotencyKeys {
  private pending: { fingerprint: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** Key for submitting `payload`; reused while the same payload is unsettled. */
  keyFor(payload: unknown): string {
    const fingerprint = JSON.stringify(payload);
    if (this.pending?.fingerprint !== fingerprint) {
      this.pending = { fingerprint, key: this.newKey() };
    }
    return this.pending.key;
  }

  /** The submit succeeded (or was definitively rejected): the next one gets a new key. */
  settle(): void {
    this.pending = null;
  }
}
