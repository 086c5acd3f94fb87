/** One line of the review page's help: the keys and what they do. */
export interface KeyBinding {
  /** The keys, as shown to the reader (`Shift+↑`, `Ctrl+Z`). */
  keys: string[]
  /** What the keys do. */
  does: string
}

/**
 * The keys of the review page, in the order the help overlay lists them.
 * `src/review/app.ts` implements them; docs/review.md repeats the table.
 */
export const REVIEW_KEYS: readonly KeyBinding[] = [
  { keys: ['j', '↓'], does: 'Next bead' },
  { keys: ['k', '↑'], does: 'Previous bead' },
  { keys: ['Home', 'End'], does: 'First / last bead' },
  { keys: ['n', 'p'], does: 'Next / previous low-confidence bead not yet confirmed (wraps around)' },
  { keys: ['h', '←', 'l', '→'], does: 'Focus the source / target side' },
  { keys: ['[', ']'], does: 'Select the previous / next sentence of the focused side' },
  { keys: ['m'], does: 'Merge the bead with the next one' },
  { keys: ['s'], does: 'Split the bead before the selected sentence (else before the second one)' },
  { keys: ['Shift+K', 'Shift+↑'], does: 'Move the first sentence of the focused side into the previous bead' },
  { keys: ['Shift+J', 'Shift+↓'], does: 'Move the last sentence of the focused side into the next bead' },
  { keys: ['c', 'Enter'], does: 'Confirm / unconfirm the bead' },
  { keys: ['z', 'Ctrl+Z'], does: 'Undo' },
  { keys: ['Shift+Z', 'Ctrl+Y', 'Ctrl+Shift+Z'], does: 'Redo' },
  { keys: ['w', 'Ctrl+S'], does: 'Save alignment.json and anchors.json' },
  { keys: ['?'], does: 'Show / hide this help' },
  { keys: ['Esc'], does: 'Hide this help' },
]
