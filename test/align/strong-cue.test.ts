import { describe, expect, it } from 'vitest'
import { alignSegments } from '../../src/index.js'

// A book whose chapter headings carry numbers: the Russian version also
// mentions "3" in a sentence far from chapter 3. One matching number must not
// drag the alignment off the diagonal (hunalign's "Chapter 1" / "Libro 1").
const EN = [
  'Chapter 1', 'The village stood on the river bank.', 'Every morning the fishermen went out in their boats.',
  'The old miller watched them from his window.', 'In winter the river froze and the boats stayed on the shore.',
  'Chapter 2', 'One day a stranger came to the village.', 'He carried a heavy bag and a long stick.',
  'Nobody knew where he had come from.', 'The children followed him to the square.',
  'Chapter 3', 'The stranger asked for bread and water.', 'The miller\'s wife gave him a bowl of soup.',
  'He thanked her and sat down by the fire.', 'In the evening he told stories about distant lands.',
]
const RU = [
  'Глава 1', 'Деревня стояла на берегу реки.', 'Каждое утро рыбаки выходили на своих лодках.',
  'Старый мельник смотрел на них из окна.', 'Зимой река замерзала, и лодки стояли на берегу три месяца.',
  'Глава 2', 'Однажды в деревню пришел незнакомец.', 'Он нес тяжелую сумку и длинную палку.',
  'Никто не знал, откуда он пришел.', 'Дети пошли за ним на площадь.',
  'Глава 3', 'Незнакомец попросил хлеба и воды.', 'Жена мельника дала ему миску супа.',
  'Он поблагодарил ее и сел у огня.', 'Вечером он рассказывал истории о далеких странах.',
]

describe('one strong cue', () => {
  it('does not pull the alignment off the diagonal', () => {
    const alignment = alignSegments(EN, RU, { sourceLang: 'en', targetLang: 'ru' })
    expect(alignment.pairs.map((p) => [p.source, p.target])).toEqual(EN.map((_, k) => [[k], [k]]))
  })
})
