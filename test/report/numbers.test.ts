import { describe, expect, it } from 'vitest'
import { compareNumbers, describeNumberKey } from '../../src/report/numbers.js'
import { numberItems } from '../../src/report/number-items.js'

/** Unmatched number keys of an English source and a Russian target. */
const diff = (en: string, ru: string) => compareNumbers(en, 'en', ru, 'ru')
const same = { source: [], target: [] }

describe('number comparison', () => {
  it('matches the seed forms: ordinals, dates written two ways, number words, full dates', () => {
    expect(diff('The participants of the 17th IMCWP', 'Участники 17-й международной встречи')).toEqual(same)
    expect(diff('the strike had been shot down on 16.12. in 2011', 'В 2011 году участники которой 16 декабря были расстреляны')).toEqual(same)
    expect(diff('there will be closed more than 600 independent Trade Unions', 'будут закрыты свыше шестисот независимых профсоюзов')).toEqual(same)
    expect(diff('Istanbul, 1 November 2015', 'Стамбул, 1 ноября 2015 года')).toEqual(same)
  })

  it('catches changed digits, number words, months and missing numbers', () => {
    expect(diff('in 2011', 'в 2012 году')).toEqual({ source: ['2011'], target: ['2012'] })
    expect(diff('more than 600 unions', 'свыше семисот профсоюзов')).toEqual({ source: ['600'], target: ['700'] })
    expect(diff('a December 10 deadline', 'крайний срок 10 ноября')).toEqual({ source: ['month:12'], target: ['month:11'] })
    expect(diff('It cost $250.', 'Это стоило недорого.')).toEqual({ source: ['250'], target: [] })
    expect(diff('Twenty people came.', 'Пришли двадцать пять человек.')).toEqual({ source: ['20'], target: ['25'] })
  })

  it('does not demand small number words, which are often pronouns or idioms', () => {
    expect(diff('This is one of those times.', 'Это время, когда неважно.')).toEqual(same)
    expect(diff('I sent a link.', 'Вам отправлена еще одна ссылка.')).toEqual(same)
    expect(diff('We even included the second opinion of a surgeon.', 'Мы включили независимое заключение хирурга.')).toEqual(same)
    expect(diff('Thousands of people marched.', 'Огромные толпы вышли на улицы.')).toEqual(same)
    expect(diff('during a Black Lives Matter march', 'во время марша Black Lives Matter')).toEqual(same)
  })

  it('still matches small number words with digits', () => {
    expect(diff('Five agitators were killed 2 years ago.', 'Пять протестующих были убиты два года назад.')).toEqual(same)
  })

  it('reads times on 12- and 24-hour clocks', () => {
    expect(diff('just before 5.30pm on Friday', 'незадолго до 17:30 в пятницу')).toEqual(same)
    expect(diff('We were working till past 1am.', 'Мы работали до 01:00.')).toEqual(same)
    expect(diff('12.00 mid-day is the cut-off time.', '12:00, полдень, — пороговое время.')).toEqual(same)
    expect(diff('by 5.30pm next day', 'до 18:30 следующего дня')).toEqual({ source: ['time:17:30'], target: ['time:18:30'] })
  })

  it('matches scale words, Roman numerals and numbers inside Russian compound words', () => {
    expect(diff('worth over $2 million today', 'принесла бы более двух миллионов')).toEqual(same)
    expect(diff('grew to over $1 billion', 'поднялась до отметки один миллиард долларов')).toEqual(same)
    expect(diff('the 17th century merchant', 'купцу XVII века')).toEqual(same)
    expect(diff('A young, energetic 18-year-old', 'Молодой, энергичный, восемнадцатилетний парень')).toEqual(same)
    expect(diff('the 4 min intro', 'четырехминутное вводное описание')).toEqual(same)
  })

  it('reads Russian numerals that numberKeys misses', () => {
    expect(diff('Please read page ninety-four.', 'Пожалуйста, прочитай девяносто четвёртую страницу.')).toEqual(same)
    expect(diff('Enosh lived ninety years.', 'Енос жил девяносто лет.')).toEqual(same)
    expect(diff('for the 3rd time', 'в третий раз')).toEqual(same)
  })

  it('ignores a list marker on one side only, but compares two', () => {
    expect(diff('1)Go to your Home screen.', 'Перейдите на главный экран.')).toEqual(same)
    expect(diff('1)Go to your Home screen.', '1) Перейдите на главный экран.')).toEqual(same)
    expect(diff('1)Go to your Home screen.', '2) Перейдите на главный экран.')).toEqual({ source: ['1'], target: ['2'] })
  })

  it('marks digits strong and small words weak', () => {
    const items = numberItems('one of 25 cars in March, twenty-one', 'en')
    expect(items.map((i) => [i.key, i.strong])).toEqual(
      expect.arrayContaining([['1', false], ['25', true], ['month:3', true], ['21', true]]),
    )
  })

  it('describes keys for messages', () => {
    expect(describeNumberKey('month:12')).toBe('December')
    expect(describeNumberKey('time:17:30')).toBe('17:30')
    expect(describeNumberKey('600')).toBe('600')
  })
})
