import type { Alignment } from '../../src/types.js'

/** A side of a bead. */
export type SideName = 'source' | 'target'

/** A bead as the review page saves it, plus whether an edit of the session made it. */
export interface ExpectedBead {
  source: number[]
  target: number[]
  score: number
  stale?: true
  confirmed?: true
  edited?: true
}

interface State {
  beads: ExpectedBead[]
  current: number
}

const other = (side: SideName): SideName => (side === 'source' ? 'target' : 'source')
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0)

/**
 * What the review page should hold after each action, computed the plain
 * way from the brief (whole-state snapshots for undo, low beads listed then
 * searched, split shares summed from slices) to check the page's own
 * incremental code against.
 */
export class ExpectedEditor {
  beads: ExpectedBead[]
  current = 0
  side: SideName = 'source'
  /** Position of the selected sentence in the current bead's focused side, or -1. */
  selected = -1
  private readonly done: Array<{ before: State; after: State }> = []
  private undone: Array<{ before: State; after: State }> = []

  constructor(
    private readonly alignment: Alignment,
    private readonly lowScore: number,
  ) {
    this.beads = alignment.pairs.map((pair) => {
      const bead: ExpectedBead = { source: [...pair.source], target: [...pair.target], score: pair.score }
      if (pair.stale) bead.stale = true
      if (pair.confirmed) bead.confirmed = true
      return bead
    })
  }

  /** The beads as `bitextReview.beads()` and the saved file give them: no `edited`. */
  saved(): Array<Omit<ExpectedBead, 'edited'>> {
    return this.beads.map(({ edited: _edited, ...bead }) => bead)
  }

  /** The sentence the page should show selected, or null. */
  selectedSentence(): number | null {
    return this.selected >= 0 ? this.beads[this.current][this.side][this.selected] : null
  }

  /** Make bead `k` current (clamped); the selection goes when the bead changes. */
  go(k: number): void {
    const next = Math.max(0, Math.min(this.beads.length - 1, k))
    if (next !== this.current) this.selected = -1
    this.current = next
  }

  /** Indices of the beads `n` and `p` visit. */
  lows(): number[] {
    return this.beads.flatMap((bead, k) => (bead.score < this.lowScore && !bead.confirmed ? [k] : []))
  }

  nextLow(): void {
    const lows = this.lows()
    if (lows.length > 0) this.go(lows.find((k) => k > this.current) ?? lows[0])
  }

  previousLow(): void {
    const lows = this.lows()
    if (lows.length > 0) this.go([...lows].reverse().find((k) => k < this.current) ?? lows[lows.length - 1])
  }

  focus(side: SideName): void {
    if (side !== this.side) this.selected = -1
    this.side = side
  }

  nextSentence(): void {
    const length = this.beads[this.current][this.side].length
    if (length > 0) this.selected = this.selected < 0 ? 0 : Math.min(length - 1, this.selected + 1)
  }

  previousSentence(): void {
    const length = this.beads[this.current][this.side].length
    if (length > 0) this.selected = this.selected < 0 ? length - 1 : Math.max(0, this.selected - 1)
  }

  /** Click on a sentence: its bead becomes current, its side focused, it selected. */
  clickSentence(side: SideName, sentence: number): void {
    const k = this.beads.findIndex((bead) => bead[side].includes(sentence))
    this.go(k)
    this.side = side
    this.selected = this.beads[k][side].indexOf(sentence)
  }

  /** Click on a cell without a sentence: its bead becomes current, its side focused, nothing selected. */
  clickCell(k: number, side: SideName): void {
    this.go(k)
    this.side = side
    this.selected = -1
  }

  /** How many edits undo can take back. */
  get undoable(): number {
    return this.done.length
  }

  merge(): void {
    const k = this.current
    if (k + 1 >= this.beads.length) return
    const [a, b] = [this.beads[k], this.beads[k + 1]]
    this.edit(() => this.beads.splice(k, 2, made([...a.source, ...b.source], [...a.target, ...b.target])))
  }

  split(): void {
    const bead = this.beads[this.current]
    let cut = this.side
    let at = this.selected > 0 ? this.selected : 1
    if (bead[cut].length < 2) {
      cut = other(this.side)
      at = 1
    }
    if (bead[cut].length < 2) return
    const rest = other(cut)
    const length = (side: SideName, indices: number[]): number => sum(indices.map((i) => this.alignment[side].sentences[i].text.length))
    const share = length(cut, bead[cut].slice(0, at)) / length(cut, bead[cut])
    const distances = Array.from({ length: bead[rest].length + 1 }, (_, k) => Math.abs(length(rest, bead[rest].slice(0, k)) / length(rest, bead[rest]) - share))
    const best = bead[rest].length === 0 ? 0 : distances.indexOf(Math.min(...distances))
    const first = { [cut]: bead[cut].slice(0, at), [rest]: bead[rest].slice(0, best) } as Record<SideName, number[]>
    const second = { [cut]: bead[cut].slice(at), [rest]: bead[rest].slice(best) } as Record<SideName, number[]>
    this.edit(() => this.beads.splice(this.current, 1, made(first.source, first.target), made(second.source, second.target)))
  }

  /** Shift+K: the first sentence of the focused side into the previous bead. */
  moveUp(): void {
    const k = this.current
    const side = this.side
    if (k === 0 || this.beads[k][side].length === 0) return
    const [previous, bead] = [this.beads[k - 1], this.beads[k]]
    const grown = withSide(previous, side, [...previous[side], bead[side][0]])
    const shrunk = withSide(bead, side, bead[side].slice(1))
    this.edit(() => {
      if (shrunk.source.length + shrunk.target.length === 0) {
        this.beads.splice(k - 1, 2, grown)
        this.current = k - 1
      } else this.beads.splice(k - 1, 2, grown, shrunk)
    })
  }

  /** Shift+J: the last sentence of the focused side into the next bead. */
  moveDown(): void {
    const k = this.current
    const side = this.side
    if (k + 1 >= this.beads.length || this.beads[k][side].length === 0) return
    const [bead, next] = [this.beads[k], this.beads[k + 1]]
    const shrunk = withSide(bead, side, bead[side].slice(0, -1))
    const grown = withSide(next, side, [bead[side][bead[side].length - 1], ...next[side]])
    this.edit(() => {
      if (shrunk.source.length + shrunk.target.length === 0) this.beads.splice(k, 2, grown)
      else this.beads.splice(k, 2, shrunk, grown)
    })
  }

  toggleConfirmed(): void {
    const { confirmed, ...rest } = this.beads[this.current]
    this.edit(() => this.beads.splice(this.current, 1, confirmed ? rest : { ...rest, confirmed: true }))
  }

  undo(): void {
    const step = this.done.pop()
    if (!step) return
    this.restore(step.before)
    this.undone.push(step)
  }

  redo(): void {
    const step = this.undone.pop()
    if (!step) return
    this.restore(step.after)
    this.done.push(step)
  }

  private edit(change: () => void): void {
    const before = this.snapshot()
    change()
    this.done.push({ before, after: this.snapshot() })
    this.undone = []
    this.selected = -1
  }

  private snapshot(): State {
    return { beads: structuredClone(this.beads), current: this.current }
  }

  private restore(state: State): void {
    this.beads = structuredClone(state.beads)
    this.current = state.current
    this.selected = -1
  }
}

/** A bead a person made: confirmed, score 1. */
function made(source: number[], target: number[]): ExpectedBead {
  return { source, target, score: 1, confirmed: true, edited: true }
}

/** A bead made from `bead` with one side replaced. */
function withSide(bead: ExpectedBead, side: SideName, indices: number[]): ExpectedBead {
  return side === 'source' ? made(indices, bead.target) : made(bead.source, indices)
}
