import { PairIndex } from './pair-index.js'

/**
 * A counter of pairs of small non-negative integers (co-occurrences of a
 * source word and a target word): a learnt lexicon counts millions of
 * pairs, and a map of maps spends most of its time hashing.
 */
export class PairCounter {
  /** The pairs' numbers. */
  private readonly index = new PairIndex()
  /** The count of each pair, by number. */
  private counts = new Int32Array(1024)

  /** Distinct pairs counted. */
  get size(): number {
    return this.index.size
  }

  /**
   * Count one more occurrence of a pair.
   *
   * @param first A non-negative integer below 2^31.
   * @param second A non-negative integer below 2^31.
   */
  add(first: number, second: number): void {
    const number = this.index.add(first, second)
    if (number >= this.counts.length) {
      const grown = new Int32Array(this.counts.length * 2)
      grown.set(this.counts)
      this.counts = grown
    }
    this.counts[number]++
  }

  /**
   * Call `visit` with every pair and its count, in no particular order.
   *
   * @param visit Receives the two numbers and the count.
   */
  forEach(visit: (first: number, second: number, count: number) => void): void {
    this.index.forEach((first, second, number) => visit(first, second, this.counts[number]))
  }
}
