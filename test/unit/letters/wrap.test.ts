import { describe, expect, it } from 'vitest'
import { wrapText } from '../../../main/pdf/wrap'

// One unit per character (grapheme), so widths are easy to reason about.
const measure = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length

describe('wrapping text into lines', () => {
  it('breaks at spaces, keeping every word, and never exceeds the width', () => {
    const text = 'We have considered your request and we write to explain our decision.'
    const lines = wrapText(text, 20, measure)
    expect(lines).toEqual(['We have considered', 'your request and we', 'write to explain our', 'decision.'])
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(20)
  })

  it('keeps the line breaks in the text, such as those of an address', () => {
    expect(wrapText('Flat 4\n27 Lansdowne Road\n\nManchester', 40, measure)).toEqual(['Flat 4', '27 Lansdowne Road', '', 'Manchester'])
  })

  it('breaks after a hyphen or a slash when that is the only way to fit', () => {
    expect(wrapText('the self-service portal', 12, measure)).toEqual(['the self-', 'service', 'portal'])
    expect(wrapText('see https://example.com/privacy/notice', 22, measure)).toEqual(['see https://', 'example.com/privacy/', 'notice'])
  })

  it('breaks a word with no spaces between characters, losing none of them', () => {
    const word = 'x'.repeat(95)
    const lines = wrapText(`before ${word} after`, 40, measure)
    expect(lines.join('').replace(/ /g, '')).toBe(`before${word}after`)
    expect(lines.map(measure).every((w) => w <= 40)).toBe(true)
    expect(lines[0]).toBe('before')
  })

  it('does not split a letter from its accent', () => {
    const name = 'Ελένη'.normalize('NFD').repeat(6)
    const lines = wrapText(name, 7, measure)
    expect(lines.join('')).toBe(name)
    for (const line of lines) expect(/^\p{M}/u.test(line)).toBe(false)
  })

  it('keeps citations and dates together: "§ 7022", "Article 15", "UK GDPR", "3 October"', () => {
    const text = 'as Cal. Code Regs., tit. 11, § 7022 requires under Article 15 UK GDPR by 3 October 2026'
    for (let width = 12; width <= 40; width++) {
      const lines = wrapText(text, width, measure)
      for (const line of lines) {
        expect(line.endsWith('§'), `${width}: ${line}`).toBe(false)
        expect(/(Article|UK|\b3)$/.test(line), `${width}: ${line}`).toBe(false)
      }
    }
  })

  it('wraps a 5,000-character paragraph into full lines', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `w${i % 10}xx`).join(' ').slice(0, 5000)
    const lines = wrapText(text, 80, measure)
    expect(lines.join(' ')).toBe(text)
    expect(lines.slice(0, -1).every((l) => measure(l) > 70 && measure(l) <= 80)).toBe(true)
  })
})
