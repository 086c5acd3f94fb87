import { align } from '../src/index.js'
import { buildInput, loadDocuments } from '../bench/corpus.js'
const { groups } = buildInput(loadDocuments(), 3000)
const para = (side: 'en' | 'ru') => { const out: string[] = []; for (let k = 0; k < groups.length; k += 5) { const t = groups.slice(k, k + 5).flatMap((g) => g[side]).join(' '); if (t) out.push(t) } return out.join('\n\n') }
const a = align(para('en'), para('ru'), { sourceLang: 'en', targetLang: 'ru', learnLexicon: false })
let shown = 0
for (const p of a.pairs) {
  if (p.source.length >= 3 && p.target.length === 1 && shown < 12) {
    shown++
    console.log('---', p.score)
    for (const i of p.source) console.log('EN:', a.source.sentences[i].text.slice(0, 150))
    for (const j of p.target) console.log('RU:', a.target.sentences[j].text.slice(0, 150))
  }
}
