import { francAll } from 'franc'
import { LATIN_CANDIDATES, toIso1 } from './detect.js'

/**
 * Score (franc's, 1 for the best) under which the expected language counts as
 * not the language of a Latin-script passage. Measured on passages of the
 * Anna Karenina volumes: French and German lines score English 0.93 and less,
 * English sentences 1.00.
 */
const EXPECTED_BELOW = 0.95

/** Fewest letters a passage needs before its language is guessed. */
const MIN_LETTERS = 8

/**
 * The language of a Latin-script passage that is not the expected one (a
 * third language: French or German in a Russian novel whose other side is
 * English), as an ISO 639-1 code, or undefined when the passage reads as the
 * expected language or is too short to tell.
 *
 * @param text The passage.
 * @param expected The language a Latin passage would be in (the other side's), ISO 639-1.
 */
export function thirdLanguage(text: string, expected: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  if (letters < MIN_LETTERS) return undefined
  const ranked = francAll(text, { only: LATIN_CANDIDATES, minLength: 1 })
  const best = ranked[0]
  if (!best || best[0] === 'und') return undefined
  const language = toIso1(best[0])
  if (language === expected) return undefined
  const expectedScore = ranked.find(([code]) => toIso1(code) === expected)?.[1] ?? 0
  return expectedScore < EXPECTED_BELOW ? language : undefined
}
