import type { Lexicon } from '../../src/lexicon/lexicon.js'
import { readSideEvidence, type SideEvidence, type Token } from '../../src/signals/keys.js'

/** One sentence's evidence, its tokens as objects: how tests write and compare it. */
export interface SentenceEvidence {
  /** Numbers it states, in a language-neutral form. */
  numbers: string[]
  /** Its words and marks. */
  tokens: Token[]
}

/**
 * A side's evidence made of sentences written out token by token (the same
 * word, the same token object).
 *
 * @param sentences The evidence of each sentence.
 */
export function sideEvidenceOf(sentences: readonly SentenceEvidence[]): SideEvidence {
  const ids: number[] = []
  const starts = new Int32Array(sentences.length + 1)
  const tokens: Token[] = []
  sentences.forEach((sentence, k) => {
    starts[k] = ids.length
    for (const token of sentence.tokens) {
      ids.push(token.id)
      tokens[token.id] = token
    }
  })
  starts[sentences.length] = ids.length
  return { ids: Int32Array.from(ids), starts, numbers: sentences.map((sentence) => sentence.numbers), tokens }
}

/**
 * The evidence `readSideEvidence` gives, sentence by sentence.
 *
 * @param texts The sentences.
 * @param lang Their language code.
 * @param lexicons Bilingual lexicons to look words up in.
 */
export function readSentences(texts: readonly string[], lang: string, lexicons: readonly Lexicon[] = []): SentenceEvidence[] {
  const side = readSideEvidence(texts, lang, lexicons)
  return texts.map((_, k) => ({
    numbers: side.numbers[k],
    tokens: [...side.ids.subarray(side.starts[k], side.starts[k + 1])].map((id) => side.tokens[id]),
  }))
}
