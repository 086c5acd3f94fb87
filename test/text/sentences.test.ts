import { describe, expect, it } from 'vitest'
import type { Range } from '../../src/types.js'
import { isBlankAt } from '../../src/text/blank.js'
import { splitSentences } from '../../src/text/sentences.js'

/** The sentences of `text` as strings, after checking the range invariants. */
function split(text: string, lang = 'en', range?: Range): string[] {
  const ranges = splitSentences(text, lang, range)
  checkInvariants(text, range ?? { start: 0, end: text.length }, ranges)
  return ranges.map((r) => text.slice(r.start, r.end))
}

function checkInvariants(text: string, range: Range, ranges: Range[]): void {
  let last = range.start
  for (const r of ranges) {
    expect(r.start).toBeGreaterThanOrEqual(last)
    expect(r.end).toBeGreaterThan(r.start)
    expect(r.end).toBeLessThanOrEqual(range.end)
    expect(isBlankAt(text, r.start)).toBe(false)
    expect(isBlankAt(text, r.end - 1)).toBe(false)
    // Between two sentences (and around them) there is only blank.
    for (let i = last; i < r.start; i++) expect(isBlankAt(text, i)).toBe(true)
    last = r.end
  }
  for (let i = last; i < range.end; i++) expect(isBlankAt(text, i)).toBe(true)
}

/** Expect the paragraph made of `sentences` (joined with one space) to split back into them. */
function roundTrip(sentences: string[], lang: string): void {
  expect(split(sentences.join(' '), lang)).toEqual(sentences)
}

describe('splitSentences: English abbreviations', () => {
  it.each([
    [['Mr. Smith and Mrs. Jones met Dr. Brown on St. James Street.', 'They talked.']],
    [['The U.S. and the U.K. signed it.', 'Officials in the U.S. Senate were pleased.']],
    [['He moved to the U.S.', 'He never came back.']],
    [['Bring fruit, e.g. apples, and drinks, i.e. water.', 'Nothing else.']],
    [['It was Brazil vs. Argentina.', 'Brazil won.']],
    [['See item No. 5 on the list.', 'It is important.']],
    [['Answer: No.', 'Not this time.']],
    [['It came out on Jan. 24 last year.', 'Nobody read it.']],
    [['The train leaves at 3:45 p.m. and arrives at 6 p.m.', 'Be on time.']],
    [['The meeting ended at 5 p.m.', 'Everyone went home.']],
    [['Prof. Higgins and Gen. Lee arrived.', 'Sgt. Pepper stayed.']],
    [['It cost approx. 100 dollars.', 'Cheap.']],
    [['He works for Acme Inc.', 'The pay is good.']],
  ])('%j', (sentences) => roundTrip(sentences, 'en'))

  it('etc. ends a sentence before a capital and not before a lower-case word', () => {
    expect(split('We sold books, pens, etc. The shop closed.')).toEqual(['We sold books, pens, etc.', 'The shop closed.'])
    expect(split('Cats, dogs, etc. are welcome. Birds are not.')).toEqual(['Cats, dogs, etc. are welcome.', 'Birds are not.'])
  })

  it('treats the lone English I as a word, not an initial', () => {
    expect(split('So did I. Then we left.')).toEqual(['So did I.', 'Then we left.'])
  })
})

describe('splitSentences: Russian abbreviations', () => {
  it.each([
    [['Он пришёл домой, т.е. вернулся к семье.', 'Все обрадовались.']],
    [['Он пришёл домой, т. е. вернулся к семье.', 'Все обрадовались.']],
    [['Мы купили хлеб, сыр и т.д.', 'Потом пошли домой.']],
    [['Мы купили хлеб, сыр и т. д.', 'Потом пошли домой.']],
    [['На рынке были яблоки, груши и т.п.', 'Цены выросли.']],
    [['Участвовали Иванов, Петров и др.', 'Работа шла быстро.']],
    [['Это случилось в 1995 г.', 'Тогда всё изменилось.']],
    [['В 1995 г. Москва стала другой.', 'Так говорят.']],
    [['Он жил в г. Москве до 1990-х гг.', 'Потом переехал.']],
    [['В 1941–1945 гг. страна воевала.', 'Потом началось восстановление.']],
    [['Подробности см. на стр. 15 и на рис. 3.', 'Там всё ясно.']],
    [['Бюджет составил 5 млн. рублей, а доходы — 2 млрд. рублей.', 'Это рекорд.']],
    [['Доход составил 30 тыс. руб. в месяц.', 'Этого мало.']],
    [['Цена выросла до 5 млн.', 'Покупатели ушли.']],
    [['Он живёт на ул. Ленина, д. 5, кв. 12.', 'Приходите в гости.']],
    [['Библиотека им. Ленина открыта.', 'Вход свободный.']],
    [['Я позвонил им.', 'Они не ответили.']],
    [['Выступил проф. Иванов.', 'Затем слово взял акад. Петров.']],
    [['Я купил рис.', 'Потом сварил кашу.']],
    [['Отчёт занимает 50 стр.', 'Читать его долго.']],
    [['Это был я.', 'Больше никто.']],
  ])('%j', (sentences) => roundTrip(sentences, 'ru'))
})

describe('splitSentences: initials', () => {
  it.each([
    [['В. И. Ленин родился в Симбирске.', 'Это было давно.'], 'ru'],
    [['В.И. Ленин и А.С.Пушкин — известные люди.', 'О них много написано.'], 'ru'],
    [['M. Pompeo arrived in Berlin.', 'J. R. R. Tolkien wrote the book.'], 'en'],
    [['Сигнал пропал на участке S.', 'В остальных местах он был.'], 'ru'],
  ])('%j', (sentences, lang) => roundTrip(sentences, lang))
})

describe('splitSentences: numbers and dates', () => {
  it('splits after a year', () => {
    expect(split('Prices rose in 2011. Wages fell.')).toEqual(['Prices rose in 2011.', 'Wages fell.'])
    expect(split('Зарплаты выросли в 2011. Цены тоже.', 'ru')).toEqual(['Зарплаты выросли в 2011.', 'Цены тоже.'])
  })
  it('does not split a dotted date followed by a lower-case word', () => {
    expect(split('They met on 16.12. and their leaders agreed.')).toEqual(['They met on 16.12. and their leaders agreed.'])
  })
  it('keeps decimal numbers whole', () => {
    expect(split('The city has 3.5 million people. It grows.')).toEqual(['The city has 3.5 million people.', 'It grows.'])
  })
  it('keeps a list number with its item', () => {
    expect(split('1. Open the box. Plug it in.')).toEqual(['1. Open the box.', 'Plug it in.'])
    expect(split('Готово. 2. Нажмите кнопку.', 'ru')).toEqual(['Готово.', '2. Нажмите кнопку.'])
  })
  it('splits after a time and before a digit', () => {
    expect(split('He came at 12:39. he left at 12:52.')).toEqual(['He came at 12:39.', 'he left at 12:52.'])
    expect(split('The season ended. 2012 was better.')).toEqual(['The season ended.', '2012 was better.'])
  })
})

describe('splitSentences: quotes and brackets', () => {
  it.each([
    [['He said, "We are ready."', 'Then he left.'], 'en'],
    [['She whispered: “It is over.”', 'Nobody answered.'], 'en'],
    [['"Are you sure?" he asked.', '"Yes!" she said.'], 'en'],
    [['He agreed (at last!).', 'We were happy.'], 'en'],
    [['Wow!', '(He was impressed.)', 'Then he left.'], 'en'],
    [['He said "Hello." and walked away.', 'Nobody replied.'], 'en'],
    [['Он сказал: «Мы готовы.»', 'Потом ушёл.'], 'ru'],
    [['Он сказал: «Мы готовы».', 'Потом ушёл.'], 'ru'],
    [['«Кто там?» — спросил он.', 'Никто не ответил.'], 'ru'],
    [['Он спросил: «Правда?»', 'Она кивнула.'], 'ru'],
  ])('%j', (sentences, lang) => roundTrip(sentences, lang))
})

describe('splitSentences: ellipsis, ?! and !!!', () => {
  it.each([
    [['I waited and waited...', 'Nothing happened.'], 'en'],
    [['I waited... and then I left.', 'It was late.'], 'en'],
    [['He paused…', 'Then he spoke.'], 'en'],
    [['She stopped...', '"Who is there?" she asked.'], 'en'],
    [['Is it true?!', "I can't believe it!!!", 'Neither can I.'], 'en'],
    [['Он ждал...', 'Никто не пришёл.'], 'ru'],
    [['Он ждал… и ждал.', 'Было поздно.'], 'ru'],
    [['Он замолчал…', '«Хватит», — сказал он.'], 'ru'],
    [['Неужели?!', 'Не может быть!!!', 'Может.'], 'ru'],
  ])('%j', (sentences, lang) => roundTrip(sentences, lang))
})

describe('splitSentences: sentence starts and tokens that look like stops', () => {
  it.each([
    [['The war ended.', 'then nothing happened.'], 'en'],
    [['Война закончилась.', 'а потом наступила тишина.'], 'ru'],
    [['Visit www.example.com for details.', 'Write to info@example.org now.'], 'en'],
    [['Пишите на info@example.ru или заходите на example.com.', 'Мы ответим.'], 'ru'],
    [['Version 2.0.1 is out.', 'Update now.'], 'en'],
    [['Вы здесь?', 'в целях качества чат записывается.'], 'ru'],
  ])('%j', (sentences, lang) => roundTrip(sentences, lang))

  it('keeps text with no final punctuation as one sentence', () => {
    expect(split('There is no stop here at all')).toEqual(['There is no stop here at all'])
    expect(split('First one. and no stop at the end', 'ru')).toEqual(['First one.', 'and no stop at the end'])
  })

  it('handles a period set off by a space', () => {
    expect(split('It solves the issue . 2 minutes please')).toEqual(['It solves the issue .', '2 minutes please'])
  })
})

describe('splitSentences: languages', () => {
  it('uses the union of both rule sets for another language', () => {
    const text = 'Он пришёл, т.е. вернулся. Mr. Smith left.'
    expect(split(text, 'und')).toEqual(['Он пришёл, т.е. вернулся.', 'Mr. Smith left.'])
    // English rules alone do not know that т.д. may end a sentence; Russian and the union do.
    const etc = 'Мы купили сыр и т.д. Потом ушли.'
    expect(split(etc, 'en')).toEqual([etc])
    expect(split(etc, 'ru')).toEqual(['Мы купили сыр и т.д.', 'Потом ушли.'])
    expect(split(etc, 'xx')).toEqual(['Мы купили сыр и т.д.', 'Потом ушли.'])
  })
  it('accepts region subtags', () => {
    expect(split('Это случилось в 1995 г. Тогда всё изменилось.', 'ru-RU')).toHaveLength(2)
  })
})

describe('splitSentences: offsets and blank characters', () => {
  it('returns offsets into the original string inside the given range', () => {
    const text = 'Skip this. Take this one. And this. Not this.'
    const start = text.indexOf('Take')
    const end = text.indexOf('Not') - 1
    const ranges = splitSentences(text, 'en', { start, end })
    expect(ranges).toEqual([
      { start, end: start + 'Take this one.'.length },
      { start: text.indexOf('And'), end: text.indexOf('And') + 'And this.'.length },
    ])
  })
  it('returns nothing for an empty or blank range', () => {
    expect(splitSentences('', 'en')).toEqual([])
    expect(splitSentences(' \r\n\u00A0\uFEFF\u200B ', 'en')).toEqual([])
    expect(splitSentences('Hello.', 'en', { start: 3, end: 3 })).toEqual([])
  })
  it('handles NFD Cyrillic (й as и + U+0306)', () => {
    const text = 'Й. Бойко пришёл домой. Он устал, т.е. хотел спать. Стой. йод кончился.'.normalize('NFD')
    expect(text).toContain('\u0306')
    expect(split(text, 'ru')).toEqual(
      ['Й. Бойко пришёл домой.', 'Он устал, т.е. хотел спать.', 'Стой.', 'йод кончился.'].map((s) => s.normalize('NFD')),
    )
    // Initials and abbreviations spelt with decomposed letters are still found.
    expect(split('Й. Й. Бойко и др. Затем ушёл.'.normalize('NFD'), 'ru')).toEqual(
      ['Й. Й. Бойко и др.', 'Затем ушёл.'].map((s) => s.normalize('NFD')),
    )
  })
  it('handles CRLF line ends', () => {
    const text = 'First line.\r\nSecond line.\r\n'
    expect(split(text)).toEqual(['First line.', 'Second line.'])
  })
  it('skips a BOM at the start', () => {
    const text = '\uFEFFHello there. World.'
    const ranges = splitSentences(text, 'en')
    expect(ranges[0].start).toBe(1)
    expect(split(text)).toEqual(['Hello there.', 'World.'])
  })
  it('treats NBSP and zero-width space as blank', () => {
    expect(split('One.\u00A0Two.\u200B Three.')).toEqual(['One.', 'Two.', 'Three.'])
    expect(split('Mr.\u00A0Smith left.')).toEqual(['Mr.\u00A0Smith left.'])
  })
  it('keeps every non-blank character on random text', () => {
    const pieces = [
      'Mr.', ' ', ' ', '.', '...', '…', '?', '!', '"', '«', '»', '(', ')', 'Word', 'word', 'т.', 'д.', 'г.', '2011.',
      '16.12.', '\r\n', '\uFEFF', '\u200B', '\u00A0', '1', 'й', 'и\u0306', '—', 'U.S.', 'В.', 'e.g.', '😀', 'Я',
    ]
    let seed = 12345
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let round = 0; round < 400; round++) {
      let text = ''
      const len = rand(40)
      for (let i = 0; i < len; i++) text += pieces[rand(pieces.length)]
      const start = rand(text.length + 1)
      const end = start + rand(text.length - start + 1)
      const ranges = splitSentences(text, ['en', 'ru', 'xx'][round % 3], { start, end })
      checkInvariants(text, { start, end }, ranges)
    }
  })
})

describe('splitSentences: large input', () => {
  it('returns a 5 MB unpunctuated string as one sentence', () => {
    const text = 'word '.repeat(1_000_000)
    expect(splitSentences(text, 'en')).toEqual([{ start: 0, end: text.length - 1 }])
  })
  it('splits 100k short sentences', () => {
    const text = 'It is. '.repeat(100_000)
    const ranges = splitSentences(text, 'en')
    expect(ranges).toHaveLength(100_000)
    expect(ranges[99_999]).toEqual({ start: 7 * 99_999, end: 7 * 99_999 + 6 })
  })
  it('copes with a very long word before a stop and long runs of stops', () => {
    const text = `${'x'.repeat(1_000_000)}. Next. ${'.'.repeat(100_000)} End ${'?!'.repeat(50_000)} Tail`
    const out = splitSentences(text, 'ru')
    expect(out.map((r) => text.slice(r.start, r.start + 4))).toEqual(['xxxx', 'Next', '....', 'End ', 'Tail'])
  })
})
