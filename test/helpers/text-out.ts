/** Between TextProducers (what the output writers are) and plain text or pieces. */
import type { TextProducer } from '../../src/io/write.js';

/** The whole text a producer writes, into an output that never asks it to wait. */
export function textOf(produce: TextProducer): string {
  const parts: string[] = [];
  for (const _wait of produce({ write: (t) => void parts.push(t) })) throw new Error('an output that never waits was waited for');
  return parts.join('');
}

/** A producer writing the pieces of `make()` one by one, waiting whenever the output asks it to. */
export function pieces(make: () => Iterable<string>): TextProducer {
  return function* (out) {
    for (const piece of make()) {
      const full = out.write(piece);
      if (full) yield full;
    }
  };
}
