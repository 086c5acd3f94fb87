/**
 * Numbers for pairs of small non-negative integers (a source word and a
 * target word), given in the order the pairs are first met, in an
 * open-addressing hash table: what counting co-occurrences (the learnt
 * lexicon) and keeping a probability per word pair (the check's translation
 * model) both need, for millions of pairs, without a map of maps.
 */
export class PairIndex {
  /** First numbers of the pairs, -1 for an empty slot. */
  private firsts: Int32Array
  /** Second numbers of the pairs. */
  private seconds: Int32Array
  /** The number of the pair in each slot. */
  private numbers: Int32Array
  /** Distinct pairs numbered. */
  private used = 0

  /** An empty index. */
  constructor() {
    this.firsts = new Int32Array(1024).fill(-1)
    this.seconds = new Int32Array(1024)
    this.numbers = new Int32Array(1024)
  }

  /** Distinct pairs numbered (the next pair gets this number). */
  get size(): number {
    return this.used
  }

  /**
   * The number of a pair, given to it now if it has none.
   *
   * @param first A non-negative integer below 2^31.
   * @param second A non-negative integer below 2^31.
   */
  add(first: number, second: number): number {
    const slot = this.slotOf(first, second)
    if (this.firsts[slot] !== -1) return this.numbers[slot]
    this.firsts[slot] = first
    this.seconds[slot] = second
    this.numbers[slot] = this.used
    if (++this.used * 2 > this.firsts.length) this.grow()
    return this.used - 1
  }

  /**
   * The number of a pair, or -1 when it has none.
   *
   * @param first A non-negative integer.
   * @param second A non-negative integer.
   */
  find(first: number, second: number): number {
    const slot = this.slotOf(first, second)
    return this.firsts[slot] === -1 ? -1 : this.numbers[slot]
  }

  /** The slot that holds a pair, or the empty slot where it would go. */
  private slotOf(first: number, second: number): number {
    const mask = this.firsts.length - 1
    let slot = hash(first, second) & mask
    while (this.firsts[slot] !== -1 && !(this.firsts[slot] === first && this.seconds[slot] === second)) slot = (slot + 1) & mask
    return slot
  }

  /**
   * Call `visit` with every pair and its number, in no particular order.
   *
   * @param visit Receives the two integers and the pair's number.
   */
  forEach(visit: (first: number, second: number, number: number) => void): void {
    for (let slot = 0; slot < this.firsts.length; slot++) {
      if (this.firsts[slot] !== -1) visit(this.firsts[slot], this.seconds[slot], this.numbers[slot])
    }
  }

  /** Double the table and put every pair back. */
  private grow(): void {
    const { firsts, seconds, numbers } = this
    this.firsts = new Int32Array(firsts.length * 2).fill(-1)
    this.seconds = new Int32Array(firsts.length * 2)
    this.numbers = new Int32Array(firsts.length * 2)
    const mask = this.firsts.length - 1
    for (let old = 0; old < firsts.length; old++) {
      if (firsts[old] === -1) continue
      let slot = hash(firsts[old], seconds[old]) & mask
      while (this.firsts[slot] !== -1) slot = (slot + 1) & mask
      this.firsts[slot] = firsts[old]
      this.seconds[slot] = seconds[old]
      this.numbers[slot] = numbers[old]
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
