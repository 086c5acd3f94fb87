import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/language/detect.js'
import { labelBlocks } from '../../src/language/label.js'
import { splitPage } from '../../src/language/page.js'
import { countScripts } from '../../src/language/script.js'
import { splitParagraphs } from '../../src/text/paragraphs.js'

const SEED = readFileSync(new URL('../../fixtures/solidnet-cpk-ban-2015-en-ru.txt', import.meta.url), 'utf8')
const CORPORA = new URL('../../../shared/corpora/', import.meta.url)

// Sample paragraphs written for these tests (the seed's first sentences, translated).
const SAMPLES: Record<string, string> = {
  uk: 'Учасники зустрічі висловлюють рішучий протест проти заборони Комуністичної партії Казахстану. Рішення суду пояснюється формальними причинами, проте справжня мета влади — знищити будь-який опір.',
  be: 'Удзельнікі сустрэчы выказваюць рашучы пратэст супраць забароны Камуністычнай партыі Казахстана. Рашэнне суда тлумачыцца фармальнымі прычынамі, але сапраўдная мэта ўлады — знішчыць любы супраціў.',
  kk: 'Кездесуге қатысушылар Қазақстан Коммунистік партиясына тыйым салуға қатты наразылық білдіреді. Соттың шешімі формальды себептермен түсіндіріледі, бірақ биліктің нақты мақсаты — кез келген қарсылықты жою.',
  bg: 'Участниците в срещата изразяват решителен протест срещу забраната на Комунистическата партия на Казахстан. Решението на съда се обяснява с формални причини, но истинската цел на властите е да унищожат всяка съпротива.',
  sr: 'Учесници састанка изражавају одлучан протест против забране Комунистичке партије Казахстана. Одлука суда објашњава се формалним разлозима, али прави циљ власти је да униште сваки отпор.',
  mk: 'Учесниците на средбата изразуваат решителен протест против забраната на Комунистичката партија на Казахстан. Одлуката на судот се објаснува со формални причини, но вистинската цел на власта е да го уништи секој отпор.',
  ru: 'Участники встречи выражают решительный протест против запрета Коммунистической партии Казахстана. Решение суда объясняется формальными причинами, но настоящая цель властей — уничтожить любое сопротивление.',
  de: 'Die Teilnehmer des Treffens protestieren entschieden gegen das Verbot der Kommunistischen Partei Kasachstans. Die Entscheidung des Gerichts wird mit formalen Gründen erklärt.',
  fr: "Les participants à la réunion protestent vivement contre l'interdiction du Parti communiste du Kazakhstan. La décision du tribunal est justifiée par des raisons formelles.",
  en: 'The participants of the meeting express their resolute protest against the ban on the Communist Party of Kazakhstan. The court decision is explained by formal reasons.',
}

describe('countScripts', () => {
  it('counts letters by script and ignores digits, punctuation and combining marks', () => {
    expect(countScripts('Hello, мир! 123 — αβ')).toEqual({ latin: 5, cyrillic: 3, other: 2 })
    expect(countScripts('йё café'.normalize('NFD'))).toEqual({ latin: 4, cyrillic: 2, other: 0 })
    expect(countScripts('')).toEqual({ latin: 0, cyrillic: 0, other: 0 })
  })

  it('counts only the given range', () => {
    const text = 'abc где xyz'
    expect(countScripts(text, { start: 4, end: 7 })).toEqual({ latin: 0, cyrillic: 3, other: 0 })
  })
})

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('labels the %s sample', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang)
  })

  it('returns und without letters', () => {
    expect(detectLanguage('')).toBe('und')
    expect(detectLanguage('16.12.2015 — 1, 2, 3 • *')).toBe('und')
  })

  it('defaults short Cyrillic text to Russian and short Latin text to English', () => {
    expect(detectLanguage('Стамбул')).toBe('ru')
    expect(detectLanguage('Участники конференции')).toBe('ru')
    expect(detectLanguage('Participant Parties')).toBe('en')
    expect(detectLanguage('Die Partei')).toBe('en')
  })

  it('lets letters unique to a language decide short text', () => {
    expect(detectLanguage('Учасники зустрічі висловлюють протест.')).toBe('uk')
    expect(detectLanguage('Державата не отговори.')).toBe('ru')
    expect(detectLanguage('Държавата не отговори.')).toBe('bg')
    expect(detectLanguage('Сапраўдная мэта ўлады.')).toBe('be')
    expect(detectLanguage('Қазақстан партиясы.')).toBe('kk')
    expect(detectLanguage('Одлука суда и циљ власти.')).toBe('sr')
    expect(detectLanguage('Über die Größe.')).toBe('de')
  })

  it('keeps Russian with Latin brand names Russian', () => {
    expect(detectLanguage('Компания EverGrow Coin выпустила новый Shiba Inu токен.')).toBe('ru')
    expect(detectLanguage('He said «спасибо» and left the Communist Party meeting.')).toBe('en')
  })

  it('restricts the answer to the candidates given', () => {
    expect(detectLanguage(SAMPLES.uk, undefined, { candidates: ['ru', 'en'] })).toBe('ru')
    expect(detectLanguage(SAMPLES.bg, undefined, { candidates: ['rus', 'ukr'] })).toBe('ru')
  })

  it('labels every paragraph of the seed documents', () => {
    const { documents } = splitPage(SEED)
    expect(documents.map((d) => d.lang)).toEqual(['en', 'ru'])
    for (const doc of documents) {
      for (const block of doc.blocks) {
        const c = countScripts(SEED, block)
        if (c.latin + c.cyrillic === 0) continue
        expect(detectLanguage(SEED, block), SEED.slice(block.start, block.end)).toBe(doc.lang)
      }
    }
  })

  it.runIf(existsSync(new URL('udhr-enru/en.txt', CORPORA)))('labels every UDHR paragraph', () => {
    for (const lang of ['en', 'ru']) {
      const text = readFileSync(new URL(`udhr-enru/${lang}.txt`, CORPORA), 'utf8')
      const paragraphs = text.split(/\n\s*\n/u).filter((p) => p.trim().length > 0)
      expect(paragraphs.length).toBeGreaterThan(80)
      const wrong = paragraphs.filter((p) => detectLanguage(p) !== lang)
      expect(wrong).toEqual([])
    }
  })

  it.runIf(existsSync(new URL('wmt22-enru/en.sents', CORPORA)))('labels at least 99.5% of WMT22 sentences', () => {
    for (const lang of ['en', 'ru']) {
      const sents = readFileSync(new URL(`wmt22-enru/${lang}.sents`, CORPORA), 'utf8').split('\n').filter((s) => s.trim())
      const wrong = sents.filter((s) => detectLanguage(s) !== lang)
      expect(wrong.length / sents.length).toBeLessThan(0.005)
    }
  })
})

describe('labelBlocks', () => {
  it('gives a short heading between Russian paragraphs the label ru', () => {
    const text = `${SAMPLES.ru}\n\nЗаголовок\n\n${SAMPLES.ru}`
    expect(labelBlocks(text, splitParagraphs(text))).toEqual(['ru', 'ru', 'ru'])
  })

  it('gives a short Cyrillic heading among Ukrainian paragraphs the label uk', () => {
    const text = `Заява партії\n\n${SAMPLES.uk}\n\nПідписали\n\n${SAMPLES.uk}`
    expect(labelBlocks(text, splitParagraphs(text))).toEqual(['uk', 'uk', 'uk', 'uk'])
  })

  it('gives numbers, dates and bullets the label of the nearer (then longer) neighbour', () => {
    const longEn = `${SAMPLES.en} ${SAMPLES.en}`
    const text = `${longEn}\n\n2015\n\n${SAMPLES.ru}\n\n• ru en\n\n16.12.2015\n\n${SAMPLES.ru}`
    const blocks = splitParagraphs(text)
    expect(blocks).toHaveLength(6)
    expect(labelBlocks(text, blocks)).toEqual(['en', 'en', 'ru', 'ru', 'ru', 'ru'])
    const swapped = `${SAMPLES.en}\n\n2015\n\n${SAMPLES.ru} ${SAMPLES.ru}`
    expect(labelBlocks(swapped, splitParagraphs(swapped))).toEqual(['en', 'ru', 'ru'])
  })

  it('keeps a short block its own script label when the neighbours are of another script', () => {
    const text = `${SAMPLES.en}\n\nО запрете партии\n\n${SAMPLES.en}`
    expect(labelBlocks(text, splitParagraphs(text))).toEqual(['en', 'ru', 'en'])
  })

  it('labels nothing when there are no blocks and und when no block has letters', () => {
    expect(labelBlocks('', [])).toEqual([])
    const text = '1\n\n2\n\n3'
    expect(labelBlocks(text, splitParagraphs(text))).toEqual(['und', 'und', 'und'])
  })
})
