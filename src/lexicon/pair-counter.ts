/**
 * A counter of pairs of small non-negative integers (co-occurrences of a
 * source word and a target word), in an open-addressing hash table: a
 * learnt lexicon counts millions of pairs, and a map of maps spends most of
 * its time hashing.
 */
export class PairCounter {
  /** First numbers of the pairs, -1 for an empty slot. */
  private firsts: Int32Array
  /** Second numbers of the pairs. */
  private seconds: Int32Array
  /** Counts of the pairs. */
  private counts: Int32Array
  /** Distinct pairs counted. */
  private used = 0

  /** An empty counter. */
  constructor() {
    this.firsts = new Int32Array(1024).fill(-1)
    this.seconds = new Int32Array(1024)
    this.counts = new Int32Array(1024)
  }

  /** Distinct pairs counted. */
  get size(): number {
    return this.used
  }

  /**
   * Count one more occurrence of a pair.
   *
   * @param first A non-negative integer below 2^31.
   * @param second A non-negative integer below 2^31.
   */
  add(first: number, second: number): void {
    const mask = this.firsts.length - 1
    let slot = hash(first, second) & mask
    while (true) {
      const here = this.firsts[slot]
      if (here === -1) break
      if (here === first && this.seconds[slot] === second) {
        this.counts[slot]++
        return
      }
      slot = (slot + 1) & mask
    }
    this.firsts[slot] = first
    this.seconds[slot] = second
    this.counts[slot] = 1
    if (++this.used * 2 > this.firsts.length) this.grow()
  }

  /**
   * Call `visit` with every pair and its count, in no particular order.
   *
   * @param visit Receives the two numbers and the count.
   */
  forEach(visit: (first: number, second: number, count: number) => void): void {
    for (let slot = 0; slot < this.firsts.length; slot++) {
      if (this.firsts[slot] !== -1) visit(this.firsts[slot], this.seconds[slot], this.counts[slot])
    }
  }

  /** Double the table and put every pair back. */
  private grow(): void {
    const { firsts, seconds, counts } = this
    this.firsts = new Int32Array(firsts.length * 2).fill(-1)
    this.seconds = new Int32Array(firsts.length * 2)
    this.counts = new Int32Array(firsts.length * 2)
    const mask = this.firsts.length - 1
    for (let old = 0; old < firsts.length; old++) {
      if (firsts[old] === -1) continue
      let slot = hash(firsts[old], seconds[old]) & mask
      while (this.firsts[slot] !== -1) slot = (slot + 1) & mask
      this.firsts[slot] = firsts[old]
      this.seconds[slot] = seconds[old]
      this.counts[slot] = counts[old]
    }
  }
}

/** Mix two integers into a well-spread 32-bit hash. */
function hash(first: number, second: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77)
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  return (h ^ (h >>> 12)) >>> 0
}
