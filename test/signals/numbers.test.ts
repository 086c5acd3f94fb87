import { describe, expect, it } from 'vitest'
import { numberKeys } from '../../src/signals/numbers.js'

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

  it('ends a run of number words at punctuation', () => {
    expect(numberKeys('пятый, сто', 'ru')).toEqual(['5', '100'])
  })
})
