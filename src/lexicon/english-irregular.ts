/**
 * English forms that a suffix stemmer cannot bring back to their lemma:
 * irregular plurals and the past forms of irregular verbs. Written for
 * bitext-align (MIT).
 */
const FORMS = `
children child|men man|women woman|feet foot|teeth tooth|mice mouse|geese goose|oxen ox
brethren brother|lice louse|dice die|people person|wives wife|lives life|knives knife
leaves leaf|wolves wolf|thieves thief|halves half|shelves shelf|loaves loaf|sheaves sheaf
was be|were be|been be|is be|are be|am be|being be|went go|gone go|did do|done do|does do
had have|has have|said say|made make|took take|taken take|came come|saw see|seen see
knew know|known know|got get|gotten get|gave give|given give|found find|thought think
told tell|became become|left leave|felt feel|brought bring|began begin|begun begin
kept keep|held hold|wrote write|written write|stood stand|heard hear|meant mean|met meet
ran run|paid pay|sat sit|spoke speak|spoken speak|lain lie|led lead|grew grow|grown grow
lost lose|fell fall|fallen fall|sent send|built build|understood understand|drew draw
drawn draw|broke break|broken break|spent spend|rose rise|risen rise|drove drive
driven drive|bought buy|wore wear|worn wear|chose choose|chosen choose|sought seek
threw throw|thrown throw|caught catch|dealt deal|won win|fought fight|fed feed
forgot forget|forgotten forget|sold sell|taught teach|slept sleep|sang sing|sung sing
ate eat|eaten eat|drank drink|drunk drink|hid hide|hidden hide|flew fly|flown fly
shook shake|shaken shake|swore swear|sworn swear|bore bear|borne bear|born bear
blew blow|blown blow|bit bite|bitten bite|hung hang|struck strike|laid lay|fled flee
dug dig|wept weep|forgave forgive|forgiven forgive|sprang spring|sprung spring|slew slay
slain slay|arose arise|arisen arise|begot beget|begotten beget|bade bid|stole steal
stolen steal|froze freeze|frozen freeze|rode ride|ridden ride|woke wake|woken wake
spoke speak|shone shine|shot shoot|sank sink|sunk sink|swam swim|swum swim|tore tear
torn tear|understood understand|withdrew withdraw|withdrawn withdraw|overcame overcome
undertook undertake|undertaken undertake|mistook mistake|mistaken mistake|foresaw foresee
foreseen foresee|upheld uphold|withheld withhold|forbade forbid|forbidden forbid
sought seek|bent bend|lent lend|built build|burnt burn|dreamt dream|learnt learn
spelt spell|spilt spill|knelt kneel|leapt leap|crept creep|swept sweep|wound wind
ground grind|clung cling|flung fling|stung sting|swung swing|wrung wring|strove strive
striven strive|trod tread|trodden tread|wove weave|woven weave|awoke awake|lit light
fled flee|better good|best good|worse bad|worst bad|less little|least little
`

/** Irregular form → lemma. */
export const ENGLISH_IRREGULAR: ReadonlyMap<string, string> = new Map(
  FORMS.trim()
    .split(/[|\n]/)
    .map((entry) => entry.trim().split(' ') as [string, string]),
)
