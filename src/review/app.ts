/**
 * The review page's client code: the alignment editor that runs in the
 * browser. `toReviewHtml` embeds it as `(${reviewApp.toString()})()`, so the
 * function must reference nothing outside its own body: no imports, no
 * module-level helpers or constants, and no syntax that a bundler lowers
 * into a shared helper (no object spread, async functions or classes). Its
 * types are declared inside it for the same reason.
 *
 * It reads the alignment from `<script type="application/json"
 * id="bitext-data">` and the low-confidence threshold from
 * `#beads[data-low-score]`, renders one row per bead into `#beads` from one
 * HTML string (in blocks of 100 rows: with `content-visibility: auto` on
 * both, an edit makes the browser lay out one block, not 10,000 rows), then
 * edits the beads in place: every edit is a step that replaces a run of
 * beads by another (undo puts the old run back), and only the rows of that
 * run are rendered again, the numbers of the rows after them rewritten.
 * Moving to a bead only moves the marks of the current bead.
 */
export function reviewApp(): void {
  type SideName = 'source' | 'target'
  interface SentenceData {
    text: string
    paragraph: number
  }
  interface ParagraphData {
    kind: string
    sentences: [number, number]
  }
  interface SideData {
    lang: string
    paragraphs: ParagraphData[]
    sentences: SentenceData[]
  }
  interface PairData {
    source: number[]
    target: number[]
    score: number
    stale?: boolean
    confirmed?: boolean
  }
  interface AlignmentData {
    source: SideData
    target: SideData
    pairs: PairData[]
    noise: unknown[]
  }
  /** A bead of the editor; treated as immutable: an edit makes new ones. */
  interface Bead {
    source: number[]
    target: number[]
    score: number
    stale?: true
    confirmed?: true
    /** Made by an edit of this session (not saved). */
    edited?: true
  }
  /** An edit: `before` (the beads at `at`) was replaced by `after`. */
  interface Step {
    label: string
    at: number
    before: Bead[]
    after: Bead[]
    currentBefore: number
    currentAfter: number
  }

  const dataElement = document.getElementById('bitext-data')
  const list = document.getElementById('beads')
  const statusElement = document.getElementById('status')
  const help = document.getElementById('help')
  if (!dataElement || !list || !statusElement || !help) return
  const listElement: HTMLElement = list
  const scroller: HTMLElement = document.getElementById('scroller') || document.documentElement
  const head = document.querySelector('#scroller .head')
  const statusBar: HTMLElement = statusElement
  const helpElement: HTMLElement = help

  const data = JSON.parse(dataElement.textContent || '{}') as AlignmentData
  const lowScoreValue = Number(listElement.dataset.lowScore)
  const lowScore = Number.isFinite(lowScoreValue) ? lowScoreValue : 0.5
  const beads: Bead[] = data.pairs.map((pair) => {
    const bead: Bead = { source: pair.source.slice(), target: pair.target.slice(), score: pair.score }
    if (pair.stale) bead.stale = true
    if (pair.confirmed) bead.confirmed = true
    return bead
  })
  let rows: HTMLElement[] = []
  let current = 0
  let side: SideName = 'source'
  /** Position of the selected sentence within the current bead's focused side, or -1. */
  let selected = -1
  const done: Step[] = []
  const undone: Step[] = []
  const counts = { low: 0, confirmed: 0, edited: 0 }
  let message = ''
  /** Where `run` is to scroll the current row after an action, if anywhere. */
  let scrollWanted: ScrollLogicalPosition | null = null
  let revealing = 0
  let paintedRow: HTMLElement | null = null
  let paintedSentence: Element | null = null

  const escapeHtml = (text: string): string =>
    text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'))
  const otherSide = (name: SideName): SideName => (name === 'source' ? 'target' : 'source')
  const isLow = (bead: Bead): boolean => bead.score < lowScore
  const needsReview = (bead: Bead): boolean => bead.score < lowScore && !bead.confirmed

  /** Whether a bead's side starts with the first sentence of a paragraph. */
  function startsParagraph(sideData: SideData, indices: number[]): boolean {
    if (indices.length === 0) return false
    const paragraph = sideData.paragraphs[sideData.sentences[indices[0]].paragraph]
    return paragraph !== undefined && paragraph.sentences[0] === indices[0]
  }

  /** The colour band of a score: 0 (worst) to 4 (best). */
  function band(score: number): number {
    return score >= 0.9 ? 4 : score >= 0.75 ? 3 : score >= 0.5 ? 2 : score >= 0.25 ? 1 : 0
  }

  /** The HTML of one side of a bead: its sentences, paragraph breaks inside kept visible. */
  function cellHtml(name: SideName, indices: number[]): string {
    const sideData = data[name]
    const lang = escapeHtml(sideData.lang)
    if (indices.length === 0) {
      return `<div class="cell missing" role="cell" data-side="${name}" lang="${lang}"><span class="label" lang="en">— no counterpart —</span></div>`
    }
    const kind = (sideData.paragraphs[sideData.sentences[indices[0]].paragraph] || { kind: 'text' }).kind
    let html = ''
    for (let n = 0; n < indices.length; n++) {
      const sentence = sideData.sentences[indices[n]]
      if (n > 0) html += sentence.paragraph !== sideData.sentences[indices[n - 1]].paragraph ? '<span class="break"></span>' : ' '
      html += `<span class="s" data-sentence="${indices[n]}">${escapeHtml(sentence.text)}</span>`
    }
    return `<div class="cell kind-${escapeHtml(kind)}" role="cell" data-side="${name}" lang="${lang}">${html}</div>`
  }

  /** The HTML of the row of a bead numbered `number` (1-based). */
  function rowHtml(bead: Bead, number: number): string {
    const classes = ['bead']
    if (isLow(bead)) classes.push('low')
    if (bead.confirmed) classes.push('confirmed')
    if (bead.edited) classes.push('edited')
    if (bead.stale) classes.push('stale')
    if (bead.source.length === 0 || bead.target.length === 0) classes.push('one-sided')
    if (startsParagraph(data.source, bead.source) || startsParagraph(data.target, bead.target)) classes.push('paragraph')
    const badges =
      (bead.confirmed ? '<span class="check" title="confirmed">✓</span>' : '') +
      (isLow(bead) ? '<span class="badge low-badge">low</span>' : '') +
      (bead.stale ? '<span class="badge stale-badge">stale</span>' : '') +
      (bead.edited ? '<span class="badge edited-badge">edited</span>' : '')
    return (
      `<div class="${classes.join(' ')}" role="row" data-band="${band(bead.score)}">` +
      `<div class="gutter" role="rowheader"><span class="n">${number}</span>` +
      `<span class="score" title="confidence ${bead.score.toFixed(4)}">${bead.score.toFixed(2)}</span>${badges}</div>` +
      cellHtml('source', bead.source) +
      cellHtml('target', bead.target) +
      '</div>'
    )
  }

  /** Add (`sign` 1) or remove (-1) beads from the counts. */
  function count(some: Bead[], sign: number): void {
    for (const bead of some) {
      if (needsReview(bead)) counts.low += sign
      if (bead.confirmed) counts.confirmed += sign
      if (bead.edited) counts.edited += sign
    }
  }

  /** Number the rows from `from` on again (after an edit changed how many beads there are). */
  function renumber(from: number): void {
    for (let k = from; k < rows.length; k++) {
      const number = ((rows[k].firstElementChild as HTMLElement).firstElementChild as HTMLElement).firstChild as Text
      number.data = String(k + 1)
    }
  }

  /** Replace `removed` beads at `at` by `inserted`, in the data, the counts and the rows. */
  function replace(at: number, removed: number, inserted: Bead[]): void {
    unpaint()
    count(beads.slice(at, at + removed), -1)
    beads.splice(at, removed, ...inserted)
    count(inserted, 1)
    const template = document.createElement('template')
    template.innerHTML = inserted.map((bead, n) => rowHtml(bead, at + n + 1)).join('')
    const fresh = Array.from(template.content.children) as HTMLElement[]
    // The new rows go where the old ones were: before the row that follows them, else after the one before.
    const after = rows[at + removed]
    const before = rows[at - 1]
    const parent = after ? (after.parentNode as Node) : before ? (before.parentNode as Node) : (listElement.lastElementChild as Node)
    for (let k = at; k < at + removed; k++) rows[k].remove()
    parent.insertBefore(template.content, after || null)
    rows.splice(at, removed, ...fresh)
    if (fresh.length !== removed) renumber(at + fresh.length)
  }

  /** Take the current-bead marks off the page. */
  function unpaint(): void {
    if (paintedRow) {
      paintedRow.classList.remove('current')
      paintedRow.removeAttribute('aria-current')
      paintedRow.removeAttribute('data-focus')
      paintedRow = null
    }
    if (paintedSentence) {
      paintedSentence.classList.remove('selected')
      paintedSentence = null
    }
  }

  /** Mark the current bead, its focused side and selected sentence on the page. */
  function paint(): void {
    unpaint()
    const row = rows[current]
    if (!row) return
    row.classList.add('current')
    row.setAttribute('aria-current', 'true')
    row.setAttribute('data-focus', side)
    paintedRow = row
    const indices = beads[current][side]
    if (selected >= 0 && selected < indices.length) {
      const sentence = row.querySelector(`[data-side="${side}"] [data-sentence="${indices[selected]}"]`)
      if (sentence) {
        sentence.classList.add('selected')
        paintedSentence = sentence
      }
    }
  }

  /** Show the counts, the current bead and the last message. */
  function showStatus(): void {
    const set = (name: string, value: number): void => {
      const item = statusBar.querySelector(`[data-count="${name}"]`)
      if (!item) return
      item.classList.toggle('some', value > 0)
      const number = item.querySelector('b')
      if (number) number.textContent = String(value)
    }
    set('beads', beads.length)
    set('low', counts.low)
    set('confirmed', counts.confirmed)
    set('edited', counts.edited)
    const where = statusBar.querySelector('.where')
    if (where) where.textContent = beads.length > 0 ? `bead ${current + 1} of ${beads.length}` : 'no beads'
    const said = statusBar.querySelector('.message')
    if (said) said.textContent = message
  }

  /** Make bead `k` current; `run` scrolls it into view (`block` as scrollIntoView takes it). */
  function go(k: number, block: ScrollLogicalPosition): void {
    if (beads.length === 0) return
    const next = Math.max(0, Math.min(beads.length - 1, k))
    if (next !== current) selected = -1
    current = next
    paint()
    scrollWanted = block
  }

  /** Whether the current row is in view: all of it when it fits, else its top. */
  function inView(): boolean {
    const row = rows[current]
    if (!row) return true
    const box = row.getBoundingClientRect()
    const area = scroller.getBoundingClientRect()
    const top = area.top + (head ? head.getBoundingClientRect().height : 0)
    return box.height <= area.bottom - top ? box.top >= top - 1 && box.bottom <= area.bottom + 1 : box.top >= top - 1 && box.top < area.bottom
  }

  /**
   * Scroll the current row into view, and again in the next frames if rows
   * coming on screen, laid out at their real height instead of the estimate,
   * pushed it out.
   */
  function reveal(block: ScrollLogicalPosition): void {
    rows[current].scrollIntoView({ block })
    cancelAnimationFrame(revealing)
    let frames = 3
    const check = (): void => {
      if (!inView()) rows[current].scrollIntoView({ block })
      if (--frames > 0) revealing = requestAnimationFrame(check)
    }
    revealing = requestAnimationFrame(check)
  }

  /** Move to the next (`direction` 1) or previous (-1) bead that needs review, wrapping around. */
  function jumpLow(direction: number): void {
    const total = beads.length
    for (let step = 1; step <= total; step++) {
      const k = (((current + direction * step) % total) + total) % total
      if (needsReview(beads[k])) {
        message = `low-confidence bead ${k + 1} (score ${beads[k].score.toFixed(2)})`
        go(k, 'center')
        return
      }
    }
    message = 'no low-confidence bead left to review'
  }

  /** A bead made by a person: confirmed, score 1, marked edited; stale kept when any source was. */
  function made(source: number[], target: number[], stale: boolean): Bead {
    const bead: Bead = { source, target, score: 1, confirmed: true, edited: true }
    if (stale) bead.stale = true
    return bead
  }

  /** Do an edit and remember it for undo. */
  function apply(step: Step): void {
    replace(step.at, step.before.length, step.after)
    done.push(step)
    undone.length = 0
    message = step.label
    selected = -1
    go(step.currentAfter, 'nearest')
  }

  /** `m`: the current bead and the next one become one. */
  function merge(): void {
    if (current + 1 >= beads.length) {
      message = 'no next bead to merge with'
      return
    }
    const first = beads[current]
    const second = beads[current + 1]
    const bead = made(first.source.concat(second.source), first.target.concat(second.target), Boolean(first.stale || second.stale))
    apply({ label: `merged ${current + 1} and ${current + 2}`, at: current, before: [first, second], after: [bead], currentBefore: current, currentAfter: current })
  }

  /** Characters of the sentences of one side of a bead. */
  function lengths(name: SideName, indices: number[]): number[] {
    return indices.map((i) => data[name].sentences[i].text.length)
  }

  /**
   * `s`: split before the selected sentence of the focused side (before its
   * second when none or the first is selected; the other side when this one
   * has fewer than two). The other side is cut where its left part's share of
   * characters is closest to the cut side's, ties to the smaller cut.
   */
  function split(): void {
    const bead = beads[current]
    let cutSide = side
    let position = selected > 0 ? selected : 1
    if (bead[cutSide].length < 2) {
      cutSide = otherSide(side)
      position = 1
    }
    if (bead[cutSide].length < 2) {
      message = `bead ${current + 1} has one sentence a side at most: nothing to split`
      return
    }
    const other = otherSide(cutSide)
    const cut = lengths(cutSide, bead[cutSide])
    const cutTotal = cut.reduce((a, b) => a + b, 0)
    let cutLeft = 0
    for (let n = 0; n < position; n++) cutLeft += cut[n]
    const share = cutTotal > 0 ? cutLeft / cutTotal : position / cut.length
    const rest = lengths(other, bead[other])
    const restTotal = rest.reduce((a, b) => a + b, 0)
    let best = 0
    let bestDistance = Infinity
    let left = 0
    for (let k = 0; k <= rest.length; k++) {
      if (k > 0) left += rest[k - 1]
      const otherShare = restTotal > 0 ? left / restTotal : rest.length > 0 ? k / rest.length : 0
      const distance = Math.abs(otherShare - share)
      if (distance < bestDistance) {
        best = k
        bestDistance = distance
      }
    }
    const stale = Boolean(bead.stale)
    const parts: Record<SideName, number[]>[] = [
      { source: [], target: [] },
      { source: [], target: [] },
    ]
    parts[0][cutSide] = bead[cutSide].slice(0, position)
    parts[1][cutSide] = bead[cutSide].slice(position)
    parts[0][other] = bead[other].slice(0, best)
    parts[1][other] = bead[other].slice(best)
    const after = parts.filter((part) => part.source.length > 0 || part.target.length > 0).map((part) => made(part.source, part.target, stale))
    apply({ label: `split ${current + 1} into ${current + 1} and ${current + 2}`, at: current, before: [bead], after, currentBefore: current, currentAfter: current })
  }

  /** Move the boundary sentence of the focused side to the previous (`direction` -1) or next (1) bead. */
  function move(direction: number): void {
    const neighbour = current + direction
    const bead = beads[current]
    const indices = bead[side]
    if (neighbour < 0 || neighbour >= beads.length) {
      message = direction < 0 ? 'no previous bead to move into' : 'no next bead to move into'
      return
    }
    if (indices.length === 0) {
      message = `the ${side} side of bead ${current + 1} is empty: nothing to move`
      return
    }
    const other = beads[neighbour]
    const sentence = direction < 0 ? indices[0] : indices[indices.length - 1]
    const kept = direction < 0 ? indices.slice(1) : indices.slice(0, -1)
    const grown = direction < 0 ? other[side].concat([sentence]) : [sentence].concat(other[side])
    const keptOther = bead[otherSide(side)]
    const from = side === 'source' ? made(kept, keptOther, Boolean(bead.stale)) : made(keptOther, kept, Boolean(bead.stale))
    const into = side === 'source' ? made(grown, other.target, Boolean(other.stale)) : made(other.source, grown, Boolean(other.stale))
    const emptied = from.source.length === 0 && from.target.length === 0
    const at = Math.min(current, neighbour)
    const pair = direction < 0 ? [into, from] : [from, into]
    const after = emptied ? [into] : pair
    const currentAfter = emptied ? (direction < 0 ? current - 1 : current) : current
    const label = `moved ${side} sentence ${sentence + 1} ${direction < 0 ? 'up' : 'down'} into bead ${neighbour + 1}${emptied ? `; bead ${current + 1} was empty and is gone` : ''}`
    apply({ label, at, before: [beads[at], beads[at + 1]], after, currentBefore: current, currentAfter })
  }

  /** `c` / Enter: confirm or unconfirm the current bead; the score stays. */
  function toggleConfirmed(): void {
    const bead = beads[current]
    const toggled: Bead = Object.assign({}, bead)
    if (bead.confirmed) delete toggled.confirmed
    else toggled.confirmed = true
    apply({
      label: `${bead.confirmed ? 'unconfirmed' : 'confirmed'} ${current + 1}`,
      at: current,
      before: [bead],
      after: [toggled],
      currentBefore: current,
      currentAfter: current,
    })
  }

  /** `z` / Ctrl+Z: take the last edit back. */
  function undo(): void {
    const step = done.pop()
    if (!step) {
      message = 'nothing to undo'
      return
    }
    replace(step.at, step.after.length, step.before)
    undone.push(step)
    message = `undid: ${step.label}`
    selected = -1
    go(step.currentBefore, 'nearest')
  }

  /** Shift+Z / Ctrl+Y: do the last undone edit again. */
  function redo(): void {
    const step = undone.pop()
    if (!step) {
      message = 'nothing to redo'
      return
    }
    replace(step.at, step.before.length, step.after)
    done.push(step)
    message = `redid: ${step.label}`
    selected = -1
    go(step.currentAfter, 'nearest')
  }

  /** The current beads as saved: keys source, target, score, then stale and confirmed when true. */
  function savedPairs(): PairData[] {
    return beads.map((bead) => {
      const pair: PairData = { source: bead.source.slice(), target: bead.target.slice(), score: bead.score }
      if (bead.stale) pair.stale = true
      if (bead.confirmed) pair.confirmed = true
      return pair
    })
  }

  /** Offer a text as a file download. */
  function download(name: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
    const link = document.createElement('a')
    link.href = url
    link.download = name
    link.style.display = 'none'
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 60000)
  }

  /** Download alignment.json: the embedded alignment with the current beads as its pairs. */
  function saveAlignment(): void {
    const saved = Object.assign({}, data, { pairs: savedPairs() })
    download('alignment.json', `${JSON.stringify(saved)}\n`)
  }

  /** Download anchors.json: the confirmed beads as sentence anchors (as anchorsOf gives them). */
  function saveAnchors(): void {
    const anchors = {
      format: 'bitext-align-anchors',
      version: 1,
      sourceSentences: data.source.sentences.length,
      targetSentences: data.target.sentences.length,
      anchors: beads.filter((bead) => bead.confirmed).map((bead) => ({ source: bead.source.slice(), target: bead.target.slice() })),
    }
    download('anchors.json', `${JSON.stringify(anchors, null, 2)}\n`)
  }

  /** Run an action by name, as keys and toolbar buttons (`data-action`) give it. */
  function run(action: string): void {
    const empty = beads.length === 0
    switch (action) {
      case 'next':
        if (current + 1 >= beads.length) message = 'this is the last bead'
        go(current + 1, 'nearest')
        break
      case 'previous':
        if (current === 0) message = 'this is the first bead'
        go(current - 1, 'nearest')
        break
      case 'first':
        go(0, 'start')
        break
      case 'last':
        go(beads.length - 1, 'end')
        break
      case 'next-low':
        if (!empty) jumpLow(1)
        break
      case 'previous-low':
        if (!empty) jumpLow(-1)
        break
      case 'source':
      case 'target':
        if (side !== action) selected = -1
        side = action
        paint()
        break
      case 'previous-sentence':
      case 'next-sentence': {
        if (empty) break
        const length = beads[current][side].length
        if (length === 0) {
          message = `the ${side} side of bead ${current + 1} is empty`
          break
        }
        if (action === 'next-sentence') selected = selected < 0 ? 0 : Math.min(length - 1, selected + 1)
        else selected = selected < 0 ? length - 1 : Math.max(0, selected - 1)
        paint()
        break
      }
      case 'merge':
        if (!empty) merge()
        break
      case 'split':
        if (!empty) split()
        break
      case 'move-up':
        if (!empty) move(-1)
        break
      case 'move-down':
        if (!empty) move(1)
        break
      case 'confirm':
        if (!empty) toggleConfirmed()
        break
      case 'undo':
        undo()
        break
      case 'redo':
        redo()
        break
      case 'save':
        saveAlignment()
        saveAnchors()
        message = 'saved alignment.json and anchors.json'
        break
      case 'save-alignment':
        saveAlignment()
        message = 'saved alignment.json'
        break
      case 'save-anchors':
        saveAnchors()
        message = 'saved anchors.json'
        break
      case 'help':
        helpElement.hidden = !helpElement.hidden
        break
      case 'close-help':
        helpElement.hidden = true
        break
      default:
        return
    }
    showStatus()
    if (scrollWanted && rows[current]) reveal(scrollWanted)
    scrollWanted = null
  }

  /** The key of an event, letters as the Latin key of the same place when the layout is not Latin (Cyrillic). */
  function keyOf(event: KeyboardEvent): string {
    let key = event.key
    if (key.length === 1 && key.charCodeAt(0) > 127) {
      const code = event.code
      if (/^Key[A-Z]$/.test(code)) key = code.slice(3)
      else if (code === 'BracketLeft') key = '['
      else if (code === 'BracketRight') key = ']'
      else if (code === 'Slash' && event.shiftKey) key = '?'
    }
    if (/^[a-z]$/i.test(key)) key = event.shiftKey ? key.toUpperCase() : key.toLowerCase()
    return key
  }

  /** The action of a key press, or null for keys the page leaves to the browser. */
  function actionOf(event: KeyboardEvent): string | null {
    if (event.altKey) return null
    const key = keyOf(event)
    if (event.ctrlKey || event.metaKey) {
      if (event.shiftKey) return key === 'Z' ? 'redo' : null
      return key === 'z' ? 'undo' : key === 'y' ? 'redo' : key === 's' ? 'save' : null
    }
    if (key === '?') return 'help'
    if (event.shiftKey) {
      const shifted: Record<string, string> = { K: 'move-up', ArrowUp: 'move-up', J: 'move-down', ArrowDown: 'move-down', Z: 'redo' }
      return shifted[key] || null
    }
    const plain: Record<string, string> = {
      j: 'next',
      ArrowDown: 'next',
      k: 'previous',
      ArrowUp: 'previous',
      Home: 'first',
      End: 'last',
      n: 'next-low',
      p: 'previous-low',
      h: 'source',
      ArrowLeft: 'source',
      l: 'target',
      ArrowRight: 'target',
      '[': 'previous-sentence',
      ']': 'next-sentence',
      m: 'merge',
      s: 'split',
      c: 'confirm',
      Enter: 'confirm',
      z: 'undo',
      w: 'save',
    }
    if (key === 'Escape') return helpElement.hidden ? null : 'close-help'
    return Object.prototype.hasOwnProperty.call(plain, key) ? plain[key] : null
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return
    const action = actionOf(event)
    if (!action) return
    const target = event.target as Element | null
    const control = target && target.closest ? target.closest('button, a[href], input, textarea, select, summary, [contenteditable]') : null
    if (control && (event.key === 'Enter' || event.key === ' ')) return
    event.preventDefault()
    run(action)
  })

  document.addEventListener('click', (event) => {
    const target = event.target as Element | null
    const button = target && target.closest ? target.closest('[data-action]') : null
    if (button) run(button.getAttribute('data-action') || '')
  })

  listElement.addEventListener('click', (event) => {
    const target = event.target as Element
    const row = target.closest('.bead') as HTMLElement | null
    if (!row) return
    const k = rows.indexOf(row)
    if (k < 0) return
    const cell = target.closest('[data-side]')
    const sentence = target.closest('[data-sentence]')
    if (k !== current) selected = -1
    current = k
    if (cell) {
      side = cell.getAttribute('data-side') === 'target' ? 'target' : 'source'
      selected = sentence ? beads[k][side].indexOf(Number(sentence.getAttribute('data-sentence'))) : -1
    }
    paint()
    showStatus()
  })

  // Rows in blocks of 100, so that an edit lays out one block and the browser tracks 100 blocks, not every row.
  const chunks: string[] = []
  for (let from = 0; from < beads.length || from === 0; from += 100) {
    let html = ''
    for (let k = from; k < Math.min(beads.length, from + 100); k++) html += rowHtml(beads[k], k + 1)
    chunks.push(`<div class="chunk" role="none">${html}</div>`)
  }
  listElement.innerHTML = chunks.join('')
  rows = Array.from(listElement.querySelectorAll('.bead')) as HTMLElement[]
  count(beads, 1)
  paint()
  showStatus()
  const exposed = {
    beads: (): PairData[] => savedPairs(),
    current: (): number => current,
  }
  ;(window as unknown as { bitextReview: typeof exposed }).bitextReview = Object.freeze(exposed)
}
