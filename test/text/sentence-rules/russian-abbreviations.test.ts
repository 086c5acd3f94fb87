import { describe, expect, it } from 'vitest'
import { sentencesOf } from './helpers.js'

// Russian abbreviations, initials and numbered dates.
describe('Russian abbreviations, initials and dates', () => {
  it('goes on after т. е., т. к., ул., им. and initials', () => {
    expect(sentencesOf('Он жил на ул. Гоголя, т. е. в самом центре города.', 'ru')).toEqual(['Он жил на ул. Гоголя, т. е. в самом центре города.'])
    expect(sentencesOf('Спектакль шёл в театре им. Вахтангова.', 'ru')).toEqual(['Спектакль шёл в театре им. Вахтангова.'])
    expect(sentencesOf('Роман написал Л. Н. Толстой в Ясной Поляне.', 'ru')).toEqual(['Роман написал Л. Н. Толстой в Ясной Поляне.'])
    expect(sentencesOf('А. С. Пушкин родился в Москве.', 'ru')).toEqual(['А. С. Пушкин родился в Москве.'])
  })

  it('reads г. after a year as the end only before a common opening word', () => {
    expect(sentencesOf('Здание построили в 1912 г. Москва тогда быстро росла.', 'ru')).toEqual([
      'Здание построили в 1912 г. Москва тогда быстро росла.',
    ])
    expect(sentencesOf('Здание построили в 1912 г. Тогда Москва быстро росла.', 'ru')).toEqual([
      'Здание построили в 1912 г.',
      'Тогда Москва быстро росла.',
    ])
    expect(sentencesOf('Он приехал в г. Тверь вечером.', 'ru')).toEqual(['Он приехал в г. Тверь вечером.'])
  })

  it('ends the sentence after т. д. and т. п. before a capital', () => {
    expect(sentencesOf('Везли муку, соль, крупу и т. д. Обоз шёл медленно.', 'ru')).toEqual(['Везли муку, соль, крупу и т. д.', 'Обоз шёл медленно.'])
  })

  it('keeps numbered dates and sizes inside the sentence', () => {
    expect(sentencesOf('Встреча назначена на 16.12.2015 в 10 ч. утра.', 'ru')).toEqual(['Встреча назначена на 16.12.2015 в 10 ч. утра.'])
    expect(sentencesOf('Объём бака составляет 5 куб. м.', 'ru')).toEqual(['Объём бака составляет 5 куб. м.'])
    expect(sentencesOf('Срок истекает 27.10. Продлить его нельзя.', 'ru')).toEqual(['Срок истекает 27.10.', 'Продлить его нельзя.'])
  })
})
