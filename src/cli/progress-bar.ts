/**
 * A progress bar for a terminal: one line redrawn in place as the work
 * advances, and erased when it is done, so that only the result remains.
 *
 * @param write Writes to the terminal (standard error).
 * @param width Columns of the bar itself.
 * @returns The progress callback: a fraction from 0 to 1; 1 erases the bar.
 */
export function progressBar(write: (text: string) => void, width = 40): (fraction: number) => void {
  let shown = -1
  return (fraction) => {
    if (fraction >= 1) {
      if (shown >= 0) write(`\r${' '.repeat(width + 16)}\r`)
      shown = -1
      return
    }
    const percent = Math.floor(Math.max(0, fraction) * 100)
    if (percent === shown) return
    shown = percent
    const filled = Math.round((percent / 100) * width)
    write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(percent).padStart(3)}% aligning`)
  }
}
