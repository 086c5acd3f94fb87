import type { Lexicon } from '../lexicon/lexicon.js'
import type { AlignmentJson } from '../outputs/json.js'
import type { Anchor, AnchorsFile } from './anchors.js'

/** Options shared by every aligning function. */
export interface AlignOptions {
  /**
   * Language of the source side (ISO 639-1, such as `en`). Detected from the
   * text when left out. Give both languages to align two texts in the same
   * language (versions of one document) without the same-language check.
   */
  sourceLang?: string
  /** Language of the target side (ISO 639-1, such as `ru`). Detected when left out. */
  targetLang?: string
  /**
   * Largest input accepted, in UTF-16 code units per text (default
   * 50,000,000, about 100 MB of Russian text in UTF-8). Longer input is
   * refused with a `BitextError` of code `INPUT_TOO_LARGE`.
   */
  maxLength?: number
  /**
   * Extra bilingual lexicons, such as a large dictionary installed on the
   * machine (`createLexicon(await loadDictionary(path), ['en', 'ru'])`).
   * Their words count as evidence alongside the built-in lexicon.
   */
  lexicons?: readonly Lexicon[]
  /** Use the built-in English-Russian lexicon when the sides are English and Russian (default true). */
  builtinLexicon?: boolean
  /**
   * Learn a lexicon from the document (from the confident pairs of a first
   * pass) and align again with it the stretches the first pass was unsure
   * of. It finds the document's own names and terms: Text+Berg 0.848 →
   * 0.860, Genesis end to end 0.938 → 0.945 (see docs/eval.md).
   *
   * - `'auto'` (the default): only when the first pass is unsure (posterior
   *   under 0.9) of at least one group in ten and the lexicons leave more
   *   than half of the words with no possible match on the other side (a
   *   language pair with no lexicon). With the built-in English-Russian
   *   lexicon 87-89% of the words can match, and learning gains at most
   *   0.007 F1 for a quarter more time.
   * - `true`: always; `false`: never.
   */
  learnLexicon?: boolean | 'auto'
  /**
   * Pairs and paragraphs a person has confirmed (from the review page's
   * `anchors.json`, or written by hand): sentence anchors
   * `{ source: [3, 4], target: [5] }` (one side may be empty: a sentence
   * with no counterpart) and paragraph anchors
   * `{ sourceParagraph: 2, targetParagraph: 2 }`, with indices into the
   * sides as this call segments them. Confirmed pairs come out exactly as
   * given, with `confirmed: true`; the alignment passes through their
   * corners and those of confirmed paragraphs; only the stretches between
   * are aligned, and a stretch the anchors do not contradict keeps the
   * pairs it would have had without them. An anchors file
   * ({@link AnchorsFile}) and a saved alignment (its confirmed pairs) are
   * accepted too. Anchors that are malformed, out of range, overlapping or
   * crossing are refused with a `BitextError` of code `INVALID_ANCHORS` that
   * names the anchor.
   */
  anchors?: readonly Anchor[] | AnchorsFile | AlignmentJson
}

/** Options of the asynchronous aligning functions. */
export interface AsyncAlignOptions extends AlignOptions {
  /**
   * Sentence embeddings from a multilingual model the caller has: given
   * texts, return one vector per text, in order. The cosine similarity of a
   * group's source and target vectors then joins the score. Called once per
   * side with all its sentences.
   */
  embed?: (texts: string[]) => Promise<number[][]>
  /**
   * Called with the share of the alignment done, from 0 to 1, at most every
   * 50 ms and once at the end. The work runs in slices of about 20 ms, so the
   * page or server stays responsive meanwhile.
   */
  onProgress?: (fraction: number) => void
  /** Stops the alignment: the promise rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal
}

/** Options of {@link segment}. */
export interface SegmentOptions {
  /** Language of the text (ISO 639-1). Detected when left out. */
  lang?: string
  /** Largest input accepted, in UTF-16 code units (default 50,000,000). */
  maxLength?: number
}

/** The default of {@link AlignOptions.maxLength}. */
export const DEFAULT_MAX_LENGTH = 50_000_000
