import type { Regime } from '../domain/regimes'
import { RIGHTS, type Right } from '../domain/rights'

/**
 * Phrases that ask for a right plainly enough to tick it for the user, who
 * checks every suggestion. Each is specific: a word that could mean something
 * else ("correct", "remove me") only counts in a phrase that settles it: "remove
 * me from your mailing list" is an opt-out, "remove me from your database" an erasure.
 */
const RIGHT_PHRASES: Record<Exclude<Right, 'other'>, RegExp[]> = {
  access: [
    /\bsubject access\b/,
    /\bright of access\b/,
    /\b(copy|copies) of [^.?!]{0,40}?\b(personal (data|information)|my (data|information))\b/,
    /\b(copy|copies) of (all )?(the )?(data|information) (you|your \w+) (hold|holds|have|has|keep|process)\b/,
    /\bdsar\b|\bdata access request\b/,
    /\baccess to (all )?(of )?(my|the) (personal )?(data|information)\b/,
    /\bwhat (personal )?(data|information) (you|your company|your organi[sz]ation) (hold|holds|have|has|keep|process)\b/,
    /\barticle 15\b/,
    /\bdost[ęe]p(u)? do (moich )?danych\b/, // Polish: access to (my) data
    /\bkopi[aęi] (moich )?danych\b/, // Polish: a copy of (my) data
    /\bauskunft\b/, // German
    /\bdroit d['’]acc[èe]s\b/, // French
    /\bderecho de acceso\b/ // Spanish
  ],
  'marketing-opt-out': [
    /\bunsubscribe\b/,
    /\bstop sending\b/,
    /\bopt(ing)?[ -]out of (all |your |the )?(marketing|newsletters?|promotional|mailings?)\b/,
    /\bremove me from (your |the |all )?(mailing|marketing|email|e-mail|newsletter|distribution|contact) lists?\b/,
    /\bno (more|further) (marketing|newsletters|promotional)\b/,
    /\bwypisz\b|\brezygnuj[ęe] z (newslettera|subskrypcji)\b/ // Polish: unsubscribe
  ],
  'sale-sharing-opt-out': [
    /\bdo not sell\b/,
    /\bdon['’]t sell\b/,
    /\bdo not (sell or )?share my (personal )?(data|information)\b/,
    /\bopt(ing)?[ -]out of (the )?(sale|selling|sharing)\b/
  ],
  erasure: [
    /\b(delete|erase|remove) (all )?(of )?(my|the) (personal )?(data|information|details|records|account)\b/,
    /\bremove me from (your|the) (database|records|systems?|files)\b/,
    /\bdelet(e|ion of) (me|my)\b/,
    /\berasure\b/,
    /\bright to be forgotten\b/,
    /\barticle 17\b/,
    /\busuni[ęe]ci[ea] (moich )?danych\b|\busu[ńn] moje dane\b/, // Polish
    /\bl[öo]schung\b/, // German
    /\beffacement\b|\bsupprimer mes donn[ée]es\b/ // French
  ],
  rectification: [
    /\brectif(y|ication)\b/,
    /\bcorrect (my|the) (personal )?(data|information|details|record|records|address|name|date of birth|spelling)\b/,
    /\bupdate my (personal )?(data|information|details|record|records|address|name|email|phone)\b/,
    /\barticle 16\b/,
    /\bsprostowani[ea]\b/ // Polish
  ],
  restriction: [/\brestrict(ion of)? (the )?processing\b/, /\barticle 18\b/],
  portability: [/\bdata portability\b/, /\bright to portability\b/, /\btransfer my (personal )?data to\b/, /\barticle 20\b/],
  objection: [/\bobject(ion)? to (the |your )?processing\b/, /\bright to object\b/, /\barticle 21\b/]
}

const REGIME_PHRASES: [Regime, RegExp][] = [
  // "San Diego, CA": the state's postal abbreviation after a town
  ['CCPA', /\b(ccpa|cpra)\b|\bcalifornia\b|[a-z], ?ca(?: 9[0-6]\d{3})?(?![\w-])/],
  ['UK-GDPR', /\buk gdpr\b|\bdata protection act 2018\b/],
  ['PIPEDA', /\bpipeda\b/],
  ['POPIA', /\bpopia\b|\bprotection of personal information act\b/],
  ['LGPD', /\blgpd\b|\blei geral de prote[çc][ãa]o de dados\b/],
  ['APP', /\baustralian privacy principles\b|\bprivacy act 1988\b/]
]

/** The text a suggestion reads: the subject and the new part of the body, not the quoted thread below it. */
function requestText(subject: string, body: string): string {
  const ownLines = body
    .slice(0, 20_000)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
  return `${subject.slice(0, 2_000)}\n${ownLines.join('\n')}`.toLowerCase().replace(/\s+/g, ' ')
}

export function suggestRights(subject: string, body: string): Right[] {
  const text = requestText(subject, body)
  const found = new Set<Right>()
  for (const [right, phrases] of Object.entries(RIGHT_PHRASES) as [Right, RegExp[]][]) {
    if (phrases.some((p) => p.test(text))) found.add(right)
  }
  return RIGHTS.filter((r) => found.has(r))
}

/** A regime only when exactly one law or place is named. */
export function suggestRegime(subject: string, body: string): Regime | undefined {
  const text = requestText(subject, body)
  const named = REGIME_PHRASES.filter(([, phrase]) => phrase.test(text)).map(([regime]) => regime)
  return named.length === 1 ? named[0] : undefined
}
