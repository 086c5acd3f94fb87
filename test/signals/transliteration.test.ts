import { describe, expect, it } from 'vitest'
import { transliterationKey } from '../../src/signals/transliteration.js'

describe('transliterationKey', () => {
  it.each([
    ['Nazarbaev', 'Назарбаевым'],
    ['Zhanaozen', 'Жанаозена'],
    ['Kazakhstan', 'Казахстана'],
    ['Parliament', 'парламента'],
    ['communist', 'коммунистической'],
    ['CPSU', 'КПСС'],
    ['privatization', 'приватизацию'],
  ])('gives %s and %s the same key', (latin, cyrillic) => {
    expect(transliterationKey(latin)).toBeDefined()
    expect(transliterationKey(latin)).toBe(transliterationKey(cyrillic))
  })

  it('tells different words apart', () => {
    expect(transliterationKey('Kazakhstan')).not.toBe(transliterationKey('Nazarbaev'))
    expect(transliterationKey('strike')).not.toBe(transliterationKey('парламент'))
  })

  it('gives no key to words too short to be evidence', () => {
    expect(transliterationKey('on')).toBeUndefined()
    expect(transliterationKey('и')).toBeUndefined()
  })

  it('reads NFD Cyrillic like NFC', () => {
    expect(transliterationKey('Войнович'.normalize('NFD'))).toBe(transliterationKey('Войнович'))
  })
})
