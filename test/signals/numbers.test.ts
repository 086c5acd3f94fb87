import { describe, expect, it } from 'vitest'
import { isNumberWord, numberKeys } from '../../src/signals/numbers.js'

const sorted = (keys: string[]) => [...keys].sort()

describe('numberKeys', () => {
  it('reads digits, ordinals and years the same in both languages', () => {
    expect(sorted(numberKeys('the 17th meeting in 2011', 'en'))).toEqual(['17', '2011'])
    expect(sorted(numberKeys('17-й встречи в 2011 году', 'ru'))).toEqual(['17', '2011'])
  })

  it('reads a date with points as the day written with a month name', () => {
    expect(sorted(numberKeys('shot down on 16.12. and arrested', 'en'))).toEqual(['16', 'month:12'])
    expect(sorted(numberKeys('16 декабря были расстреляны', 'ru'))).toEqual(['16', 'month:12'])
  })

  it('reads full dates in both languages', () => {
    expect(sorted(numberKeys('Istanbul, 1 November 2015', 'en'))).toEqual(sorted(numberKeys('Стамбул, 1 ноября 2015 года', 'ru')))
  })

  it('reads inflected Russian number words and English ones', () => {
    expect(numberKeys('свыше шестисот независимых профсоюзов', 'ru')).toEqual(['600'])
    expect(numberKeys('more than six hundred unions', 'en')).toEqual(['600'])
    expect(numberKeys('двадцать пять лет', 'ru')).toEqual(['25'])
    expect(numberKeys('twenty-five years', 'en')).toEqual(['25'])
    expect(numberKeys('пятнадцати человек', 'ru')).toEqual(['15'])
  })

  it('reads decimal commas and group separators', () => {
    expect(numberKeys('3,5 млн', 'ru')).toEqual(['3.5'])
    expect(numberKeys('3.5 million', 'en')).toEqual(['3.5'])
    expect(numberKeys('1,000,000 people', 'en')).toEqual(['1000000'])
    expect(numberKeys('1 000 000 человек', 'ru')).toEqual(['1000000'])
  })

  it('does not read common words that look like numbers', () => {
    expect(numberKeys('семья и стал', 'ru')).toEqual([])
    expect(numberKeys('you may go', 'en')).toEqual([])
  })

  it('does not read the names of object properties as numbers', () => {
    expect(numberKeys('The constructor of two houses', 'en')).toEqual(['2'])
    expect(numberKeys('toString valueOf hasOwnProperty __proto__', 'en')).toEqual([])
  })

  it('ends a run of number words at punctuation', () => {
    expect(numberKeys('пятый, сто', 'ru')).toEqual(['5', '100'])
  })
})

describe('numberKeys tokens', () => {
  it('joins digit groups split by a space only when the groups have three digits', () => {
    expect(numberKeys('1 000 000, 12 34, 1\u00A0000, 2\u202F500', 'en')).toEqual(['1000000', '12', '34', '1000', '2500'])
  })

  it('keeps a run of number words across white space and hyphens only', () => {
    expect(numberKeys('twenty\u2003five', 'en')).toEqual(['25'])
    expect(numberKeys('twenty-five', 'en')).toEqual(['25'])
    expect(numberKeys('twenty\u200Bfive', 'en')).toEqual(['20', '5'])
    expect(numberKeys('twenty–five', 'en')).toEqual(['20', '5'])
  })

  it('reads number words and month names in any case', () => {
    expect(numberKeys('Twenty FIVE and Six Hundred', 'en')).toEqual(['25', '600'])
    expect(numberKeys('ONE TWO Three', 'en')).toEqual(['6'])
    expect(numberKeys('the third of Sept', 'en')).toEqual(['3', 'month:9'])
    expect(numberKeys('Пятьсот двадцать человек', 'ru')).toEqual(['520'])
    expect(numberKeys('ЧЕТЫРЁХСОТ человек', 'ru')).toEqual(['400'])
    expect(numberKeys('Пятого МАЯ', 'ru')).toEqual(['5', 'month:5'])
  })

  it('reads "may" as a month only next to a number', () => {
    expect(numberKeys('on 1 May', 'en')).toEqual(['1', 'month:5'])
    expect(numberKeys('May 2015', 'en')).toEqual(['month:5', '2015'])
    expect(numberKeys('MAY\u00A07', 'en')).toEqual(['month:5', '7'])
    expect(numberKeys('you may   go 5', 'en')).toEqual(['5'])
    expect(numberKeys('5 мая, ма 5', 'ru')).toEqual(['5', 'month:5', '5'])
  })

  it('reads a letter outside the Basic Multilingual Plane as a letter', () => {
    expect(numberKeys('five 𝐀 six', 'en')).toEqual(['5', '6'])
    expect(numberKeys('five𝐀six seven', 'en')).toEqual(['7'])
  })
})

describe('isNumberWord', () => {
  it('accepts number words, ordinals and month names', () => {
    for (const word of ['one', 'march', 'may', 'декабря', 'пятисот', 'сотый', 'ма']) expect(isNumberWord(word)).toBe(true)
  })

  it('rejects words that only look like them', () => {
    for (const word of ['семья', 'стол', 'money', 'constructor', 'tostring']) expect(isNumberWord(word)).toBe(false)
  })

  it('reads the month stem ма with any case ending as a month name, as the month pattern does', () => {
    for (const word of ['маа', 'маом', 'маь', 'маей', 'мае', 'ма']) expect(isNumberWord(word)).toBe(true)
    for (const word of ['мам', 'мать', 'м', 'маем ']) expect(isNumberWord(word)).toBe(false)
  })
})
