import { describe, expect, it } from 'vitest'
import { sentencesOf } from './helpers.js'

// Dialogue: a speech introduced by a dash, with its attribution in the middle,
// is one sentence with the rest of the same speech; a new speech after a
// narrative sentence, or a speech in quotation marks, is a sentence of its own.
describe('dialogue', () => {
  it('keeps a Russian speech with an attribution in the middle in one sentence (en dash, em dash, double hyphen)', () => {
    expect(sentencesOf('«Ты куда собрался? – спросила мать. – Ведь уже темно».', 'ru')).toEqual([
      '«Ты куда собрался? – спросила мать. – Ведь уже темно».',
    ])
    expect(sentencesOf('— Я не знаю, — ответил он тихо. — Спросите у брата.', 'ru')).toEqual([
      '— Я не знаю, — ответил он тихо. — Спросите у брата.',
    ])
    expect(sentencesOf('-- Ах, он был там? -- спросила Кити, покраснев. -- Что же он сказал вам?', 'ru')).toEqual([
      '-- Ах, он был там? -- спросила Кити, покраснев. -- Что же он сказал вам?',
    ])
  })

  it('ends the sentence after a narrative sentence that follows the speech', () => {
    expect(sentencesOf('— Я приду завтра, — сказал он. Потом надел шляпу и вышел.', 'ru')).toEqual([
      '— Я приду завтра, — сказал он.',
      'Потом надел шляпу и вышел.',
    ])
  })

  it('ends the sentence before a new speech when nothing introduced the first one as speech', () => {
    expect(sentencesOf('Он вошёл в комнату. — Здравствуйте, — сказал он.', 'ru')).toEqual(['Он вошёл в комнату.', '— Здравствуйте, — сказал он.'])
  })

  it('keeps the same in Spanish, where a dash opens the speech', () => {
    expect(sentencesOf('–No comprendo nada –contestó Ana–. ¿Qué quieres decir?', 'es')).toEqual([
      '–No comprendo nada –contestó Ana–. ¿Qué quieres decir?',
    ])
  })

  it('splits English speech in quotation marks as the quotation marks say', () => {
    expect(sentencesOf('"I shall go," said Levin. "Nothing will stop me."', 'en')).toEqual(['"I shall go," said Levin.', '"Nothing will stop me."'])
    expect(sentencesOf('"Why?" she asked. "Because I must."', 'en')).toEqual(['"Why?" she asked.', '"Because I must."'])
  })
})
