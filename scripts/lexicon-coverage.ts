/**
 * How much of the corpora the built-in EN-RU lexicon covers: the share of
 * content-word tokens (and distinct words) it has an entry for, per side, and
 * the share of English content tokens whose translation it finds in the
 * gold-aligned Russian sentence. Run: npm run lexicon-coverage
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { builtinLexicon, builtinPairs } from '../src/lexicon/builtin.js'

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url))
const SETS = ['wmt22-enru', 'tatoeba-enru', 'udhr-enru-sent', 'bible-genesis-web-rst']
/** Function words left out of "content words" (the lexicon has them, but they say little). */
const FUNCTION = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those
  i you he she we they me him her us them my your his our their not no do does did have has had will would shall should can could may might must
  и в во не на я с со что а то он она оно они мы вы ты его ее её их к ко у же по за из о об от для как так бы ли но да это все всё`.split(/\s+/),
)
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?/gu
const lexicon = builtinLexicon()
const words = (text: string) => (text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 1 && !FUNCTION.has(w))
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`)

console.log(`Built-in lexicon: ${lexicon.size} English entries, ${builtinPairs().length} word pairs.\n`)
console.log('| set | EN tokens covered | EN distinct words | RU tokens covered | RU distinct words | EN tokens with their translation in the gold RU sentence |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const set of SETS) {
  const dir = `${corpora}${set}/`
  if (!existsSync(`${dir}gold.json`)) {
    console.log(`| ${set} | (absent: skipped) | | | | |`)
    continue
  }
  const read = (name: string) => readFileSync(`${dir}${name}`, 'utf8').replace(/\n$/, '').split('\n')
  const en = read('en.sents')
  const ru = read('ru.sents')
  const gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Array<[number[], number[]]>
  const side = (lines: string[], lang: string) => {
    let tokens = 0
    let known = 0
    const distinct = new Map<string, boolean>()
    for (const line of lines) {
      for (const word of words(line)) {
        const hit = lexicon.lookup(word, lang).length > 0
        tokens++
        if (hit) known++
        distinct.set(word, hit)
      }
    }
    const distinctKnown = [...distinct.values()].filter(Boolean).length
    return [pct(known, tokens), pct(distinctKnown, distinct.size)]
  }
  let linked = 0
  let total = 0
  for (const [s, t] of gold) {
    if (s.length === 0 || t.length === 0) continue
    const ids = new Set(t.flatMap((j) => words(ru[j]).flatMap((w) => [...lexicon.lookup(w, 'ru')])))
    for (const i of s) {
      for (const word of words(en[i])) {
        total++
        if (lexicon.lookup(word, 'en').some((id) => ids.has(id))) linked++
      }
    }
  }
  console.log(`| ${set} | ${side(en, 'en').join(' | ')} | ${side(ru, 'ru').join(' | ')} | ${pct(linked, total)} |`)
}
