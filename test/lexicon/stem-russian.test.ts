import { describe, expect, it } from 'vitest'
import { stemRussian } from '../../src/lexicon/stem-russian.js'

/** Word → stem pairs from Snowball's Russian sample vocabulary (voc.txt / output.txt). */
const SAMPLE: ReadonlyArray<readonly [string, string]> = [
  ['вавиловка', 'вавиловк'],
  ['вагон', 'вагон'],
  ['вагона', 'вагон'],
  ['вагоне', 'вагон'],
  ['вагонов', 'вагон'],
  ['вагоном', 'вагон'],
  ['вагоны', 'вагон'],
  ['важная', 'важн'],
  ['важнее', 'важн'],
  ['важнейшие', 'важн'],
  ['важнейшими', 'важн'],
  ['важничал', 'важнича'],
  ['важно', 'важн'],
  ['важного', 'важн'],
  ['важное', 'важн'],
  ['важной', 'важн'],
  ['важном', 'важн'],
  ['важному', 'важн'],
  ['важности', 'важност'],
  ['важностию', 'важност'],
  ['важность', 'важност'],
  ['важностью', 'важност'],
  ['важную', 'важн'],
  ['важны', 'важн'],
  ['важные', 'важн'],
  ['важный', 'важн'],
  ['важным', 'важн'],
  ['важных', 'важн'],
  ['вазах', 'ваз'],
  ['вазы', 'ваз'],
  ['вакса', 'вакс'],
  ['вакханка', 'вакханк'],
  ['вал', 'вал'],
  ['валандаться', 'валанда'],
  ['вали', 'вал'],
  ['валил', 'вал'],
  ['валился', 'вал'],
  ['валится', 'вал'],
  ['валить', 'вал'],
  ['вальс', 'вальс'],
  ['валялась', 'валя'],
  ['валялись', 'валя'],
  ['вам', 'вам'],
  ['вами', 'вам'],
  ['вас', 'вас'],
  ['ваш', 'ваш'],
  ['ваша', 'ваш'],
  ['ваше', 'ваш'],
  ['вашего', 'ваш'],
  ['вашей', 'ваш'],
  ['вашем', 'ваш'],
  ['вашему', 'ваш'],
  ['ваши', 'ваш'],
  ['вашим', 'ваш'],
  ['вашими', 'ваш'],
  ['ваших', 'ваш'],
  ['вашу', 'ваш'],
  ['вбежал', 'вбежа'],
  ['вбежала', 'вбежа'],
  ['вверх', 'вверх'],
  ['вдруг', 'вдруг'],
  ['ведь', 'вед'],
  ['вечером', 'вечер'],
]

/** One word for each branch of the algorithm. */
const BRANCHES: ReadonlyArray<readonly [string, string, string]> = [
  ['perfective gerund after а', 'сделавши', 'сдела'],
  ['perfective gerund ив', 'поговорив', 'поговор'],
  ['gerund в not after а/я stays', 'взглянув', 'взглянув'],
  ['reflexive then participle', 'улыбнувшись', 'улыбнувш'],
  ['adjective + participle нн after а', 'сказанного', 'сказа'],
  ['verb л after а', 'делал', 'дела'],
  ['verb ть after а', 'делать', 'дела'],
  ['verb ит', 'говорит', 'говор'],
  ['noun иями', 'партиями', 'парт'],
  ['final и', 'партии', 'парт'],
  ['derivational ость outside R2 stays', 'важность', 'важност'],
  ['derivational ость in R2', 'радостность', 'радостн'],
  ['superlative ейш', 'красивейший', 'красив'],
  ['superlative then undouble нн', 'длиннейший', 'длин'],
  ['soft sign', 'ведь', 'вед'],
  ['no vowel: RV empty', 'вдрызг', 'вдрызг'],
]

function sharedStem(words: readonly string[]): void {
  const stems = new Set(words.map(stemRussian))
  expect([...stems], words.join('/')).toHaveLength(1)
}

describe('stemRussian', () => {
  it.each(SAMPLE)('%s → %s (Snowball sample vocabulary)', (word, stem) => {
    expect(stemRussian(word)).toBe(stem)
  })

  it.each(BRANCHES)('%s: %s → %s', (_branch, word, stem) => {
    expect(stemRussian(word)).toBe(stem)
  })

  it('gives the inflected forms of one lemma one stem', () => {
    sharedStem(['партия', 'партии', 'партий', 'партиями', 'партию'])
    sharedStem(['коммунистический', 'коммунистической', 'коммунистических'])
    sharedStem(['профсоюз', 'профсоюзов', 'профсоюзами'])
    sharedStem(['делать', 'делает', 'делали', 'делал'])
    expect(stemRussian('партия')).toBe('парт')
    expect(stemRussian('коммунистических')).toBe('коммунистическ')
    expect(stemRussian('профсоюзами')).toBe('профсоюз')
    expect(stemRussian('делает')).toBe('дела')
  })

  it('cuts the gerund делая to дел, as the reference algorithm does', () => {
    // -ая is an adjective ending, and adjectival endings are tried before verb
    // ones, so the imperfective gerund loses its а too: Snowball gives дел.
    expect(stemRussian('делая')).toBe('дел')
  })

  it('folds ё to е', () => {
    expect(stemRussian('ёлка')).toBe(stemRussian('елка'))
    expect(stemRussian('ещё')).toBe('ещ')
    expect(stemRussian('пошёл')).toBe(stemRussian('пошел'))
    expect(stemRussian('её')).toBe(stemRussian('ее'))
  })

  it('stems NFD input like NFC', () => {
    const nfd = 'партий'.normalize('NFD')
    expect(nfd).not.toBe('партий')
    expect(nfd).toContain('и\u0306')
    expect(stemRussian(nfd)).toBe(stemRussian('партий'))
    expect(stemRussian('важный'.normalize('NFD'))).toBe('важн')
    expect(stemRussian('ёлка'.normalize('NFD'))).toBe('елк')
  })

  it('returns words without Cyrillic letters unchanged', () => {
    for (const word of ['', 'hello', 'running', 'café', 'cafe\u0301', '2015', 'ümlaut', 'αβγ']) {
      expect(stemRussian(word)).toBe(word)
    }
  })

  it('returns a prefix of the normalized word', () => {
    for (const [word] of [...SAMPLE, ...BRANCHES.map(([, w, s]) => [w, s] as const)]) {
      expect(word.startsWith(stemRussian(word))).toBe(true)
    }
  })
})
