/**
 * Abbreviation data for sentence splitting. Keys are lower-case, NFC, without
 * the final period; inner periods are kept and the space after an inner period
 * removed (`т. е.` is looked up as `т.е`). A key with a space names two words
 * (`и пр`, `et al`): it is tried before the last word alone.
 *
 * What a period after the abbreviation means depends on its class:
 *
 * - `never`: it precedes what it qualifies (a title before a name, `e.g.`, `т.е.`),
 *   so it never ends a sentence;
 * - `end`: it often closes a sentence (`etc.`, `Inc.`, `т.д.`, `млн.`): the
 *   sentence ends when a capital letter follows;
 * - `ambiguous`: a name part that sentences also end on (`U.S.`), or an
 *   abbreviation that is also a word (`им.` = `имени` or `им` "them"): the
 *   sentence ends only when a common sentence-opening word follows;
 * - `number`: it precedes a number (`No. 5`, `p. 12`, `рис. 3`); before a
 *   capital it is an ordinary word (`No. Not this time.`, `Я купил рис. Потом`);
 * - `unit`: a unit after a number (`10 см.`, `2 мм.`) behaves as `end` there and
 *   as `never` elsewhere (`см. рис. 3`);
 * - `year`: a year or century after a number (`1995 г.`, `XX в.`) behaves as
 *   `ambiguous` there (`в 1995 г. Москва стала` goes on, `в 1995 г. Тогда`
 *   ends) and as `never` elsewhere (`г. Москва`).
 *
 * An abbreviation never ends a sentence before a lower-case word or a digit
 * (except `number` before a digit, which is the same answer).
 */
export type AbbreviationClass = 'never' | 'end' | 'ambiguous' | 'number' | 'unit' | 'year'

export type AbbreviationTable = ReadonlyMap<string, AbbreviationClass>

function table(groups: Partial<Record<AbbreviationClass, string>>): Map<string, AbbreviationClass> {
  const map = new Map<string, AbbreviationClass>()
  for (const [cls, words] of Object.entries(groups) as [AbbreviationClass, string][]) {
    for (const word of words.split(/\s+/u)) if (word) map.set(word.replace('_', ' '), cls)
  }
  return map
}

/** English abbreviations. */
export const EN_ABBREVIATIONS: AbbreviationTable = table({
  never:
    'mr mrs ms messrs mme mlle dr prof st mt ft sgt capt cpt col gen lt cmdr adm maj gov sen rep rev hon pres supt det insp ' +
    'vs v e.g i.e cf viz approx appr incl esp ca c univ assn ref refs p.s abbr eds',
  end:
    'etc jr sr inc ltd co corp bros llc plc a.m p.m ph.d b.a m.a b.sc m.sc b.c a.d et_al dept ave blvd rd hwy ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues thu thur thurs fri',
  ambiguous: 'u.s u.k u.n e.u u.s.a d.c u.a.e',
  number: 'no nos nr n° nº № p pp vol vols ch chap sec art para pt op fig figs eq eqs est',
})

/** Russian abbreviations. */
export const RU_ABBREVIATIONS: AbbreviationTable = table({
  never:
    'т.е т.н т.к т.ч т.о напр ср проф акад доц чл.-корр тов ген св ул пер пл просп пр пр-т наб ш ' +
    'п с кв куб обл р-н пос дер пгт зам англ лат нем франц фр рус греч букв ' +
    'прим ред изд',
  end: 'т.д т.п др и_пр млн млрд трлн тыс руб коп долл н.э и.о',
  unit: 'см мм км кг гр мл л м ч мин сек',
  year: 'г гг в вв с.г',
  number: 'ок стр рис табл гл ст ауд',
  ambiguous: 'им',
})

/**
 * Month names written with a capital (English, German): after a day number
 * they make a date (`am 1. Mai`, `the 3. March`), so the period after the
 * number ends nothing, and a run of such numbers is no list.
 */
export const CAPITALISED_MONTHS: ReadonlySet<string> = new Set(
  (
    'januar februar märz maerz april mai juni juli august september oktober november dezember jänner ' +
    'january february march may june july october december'
  ).split(' '),
)

/**
 * Words that start sentences often enough that an `ambiguous` abbreviation
 * before them is taken to end its sentence (`... in the U.S. The next day`).
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    // English
    'the a an he she it we they i you this that these those there here but and or so yet if when while as after ' +
    'before since because although though however his her its our their my your what why how who where which ' +
    'some many most all one no not now then still also meanwhile today yesterday tomorrow in on at for from by ' +
    'with to of during under over about ' +
    // Russian
    'он она оно они мы я ты вы это этот эта эти этого то тот та те так такой также тогда затем потом сейчас ' +
    'теперь здесь там все всё его ее её их мой наш ваш свой один одна многие некоторые каждый несколько сегодня ' +
    'вчера завтра уже ещё еще только даже именно вот но и а или однако поэтому хотя если когда пока чтобы как ' +
    'где кто что почему зачем сколько не ни да нет в во на с со к ко у о об от для без через под над между ' +
    'после перед при по за из до'
  ).split(/\s+/u),
)
