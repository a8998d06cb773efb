import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlToText } from '../../../src/email/html-text'

describe('htmlToText', () => {
  it('turns paragraphs and line breaks into lines and drops the tags', () => {
    expect(htmlToText('<html><body><p>Dear Sir,</p><p>Please <b>delete</b> my data.<br>Thanks</p></body></html>')).toBe(
      'Dear Sir,\n\nPlease delete my data.\nThanks'
    )
  })

  it('drops scripts, styles, titles, comments and Outlook’s conditional blocks, with their content', () => {
    const html =
      '<head><title>Title</title><style>p{color:red}</style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--></head>' +
      '<body><script>alert("x")</script><p>Body</p><SCRIPT type="x">more()</SCRIPT></body>'
    expect(htmlToText(html)).toBe('Body')
  })

  it('decodes named, decimal and hexadecimal references', () => {
    expect(htmlToText('<p>Caf&eacute; &amp; bar &lt;b&gt; &#8364;5 &#x1F600; &rsquo;&nbsp;x</p>')).toBe('Café & bar <b> €5 😀 ’ x')
  })

  it('reads references 128–159 as Windows-1252, as browsers do, and leaves unknown names alone', () => {
    expect(decodeEntities('&#150; &#147;q&#148; &unknown; &amp')).toBe('– “q” &unknown; &')
  })

  it('keeps a bare "<" that opens no tag', () => {
    expect(htmlToText('<p>1 < 2 and 3 > 2</p>')).toBe('1 < 2 and 3 > 2')
  })

  it('keeps the line structure of <pre> and separates table cells', () => {
    expect(htmlToText('<pre>a\n  b</pre><table><tr><td>Name</td><td>Jo</td></tr></table>')).toBe('a\nb\n\nName\tJo')
  })

  it('collapses white space outside <pre>', () => {
    expect(htmlToText('<div>one\n   two\t\tthree</div>')).toBe('one two three')
  })

  it('stops at an unterminated tag or comment without losing what came before', () => {
    expect(htmlToText('<p>kept</p><a href="x')).toBe('kept')
    expect(htmlToText('<p>kept</p><!-- never closed <p>hidden</p>')).toBe('kept')
  })
})
