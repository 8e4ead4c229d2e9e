package analysis

import "strings"

// Word classes the voice and sentence rules use. These are closed-class
// English words and the common speech verbs, not lexicon content: the
// lexicon's E1 entries add to the speech verbs and classify them.
const (
	wSpeech     uint32 = 1 << iota // a speech or attribution verb form
	wSpeechIng                     // an -ing speech form ("saying"), attribution only after a comma or dash
	wAux                           // auxiliaries and adverbs allowed between a subject and its verb
	wStop                          // function words: a quoted phrase followed by one is not a modifier
	wBoundary                      // words that end a subject noun phrase when walking back
	wPronoun                       // he, she: resolve to the last named person
	wPluralPron                    // they, it: resolve to the last speaker
	wNegator                       // not, no, never, without ...
	wTitle                         // titles and roles stripped from names ("President", "Minister")
	wAbbrev                        // abbreviations that never end a sentence before a dot ("Mr", "Gen")
	wAbbrevEnd                     // abbreviations that may end a sentence ("Inc", "etc")
	wStarter                       // capitalised words that typically start a sentence ("The", "He")
	wPassive                       // was, were, been, being, be, is, are: a passive before a verb
	wDeterminer                    // the, a, his: a noun follows ("his claims")
	wThat                          // "that"
	wObjectStop                    // words a speech verb's object never crosses (which, who)
	wWeakSpeech                    // speech verbs with other common senses: a reported clause only after "that"
	wTellVerb                      // verbs that take a listener before their clause ("told CNN that")
	wPrep                          // prepositions and time words after a verb with no clause ("said on Monday")
	wTime                          // time words of an adjunct between subject and verb ("on Monday")
)

// speaker groups, in the order the group rule tries them.
const (
	gMilitary uint32 = 1 << iota
	gOfficial
	gNGO
	gExpert
	gCivilian
	gAnonymous
)

var wordClass, groupClass = buildWordTables()

func buildWordTables() (map[uint64]uint32, map[uint64]uint32) {
	wc := map[uint64]uint32{}
	add := func(class uint32, list string) {
		for _, w := range strings.Fields(list) {
			wc[hashWord(w)] |= class
		}
	}
	add(wSpeech, `said say says told tell tells stated added adds warned warns claimed claims insisted insists argued
		argues explained explains noted announced announces declared declares asserted asserts admitted
		admits acknowledged acknowledges conceded concedes revealed reveals confirmed confirms denied denies
		alleged alleges reported wrote writes stressed stresses emphasized emphasised emphasizes emphasises
		urged urges remarked commented responded responds replied replies recalled recalls predicted
		predicts described expressed expresses asked asks cautioned maintained maintains contended contends
		countered counters lamented complained complains boasted boasts vowed vows pledged pledges promised
		promises threatened tweeted posted agreed agrees disputed disputes questioned acknowledge believe
		believes testified testifies reiterated reiterates observed observes cited cites write add warn
		claim insist argue explain note announce declare admit acknowledge concede reveal confirm deny
		allege stress emphasize emphasise urge remark comment respond reply recall predict describe express
		ask caution maintain contend`)
	add(wSpeechIng, `saying telling adding warning claiming insisting arguing explaining noting stating
		declaring asserting stressing urging asking accusing`)
	add(wAux, `has have had was is are were will would could can may might must shall should also further
		then recently repeatedly reportedly previously later earlier again already just still publicly
		privately openly once reportedly allegedly separately quickly immediately initially subsequently
		had been has been did does do not never often always first last yesterday today tonight
		wouldn't couldn't didn't doesn't don't won't can't isn't wasn't hasn't haven't hadn't
		shouldn't aren't weren't`)
	add(wStop, `a an the and or but nor of to in on at by for from with without into onto over under about
		as than that which who whom whose what when where while if because though although since until
		there here it its is are was were be been being has have had this these those he she they we i you
		not no so such then just only even also after before between among against through during per via
		like unlike near toward towards upon across around behind beyond beside besides despite except
		inside outside within would could should will can may might must do does did`)
	add(wBoundary, `that which who whom whose when where while if because although though since until as and
		but or nor so than after before whether who's that's`)
	add(wPronoun, `he she`)
	add(wPluralPron, `they it`)
	add(wNegator, `not no never without nor neither hardly barely cannot`)
	add(wTitle, `president vice prime minister secretary deputy principal national security adviser advisor
		spokesperson spokesman spokeswoman press ambassador senator sen rep representative gov governor mayor
		general gen lt col colonel maj major capt captain sgt sergeant adm admiral commander chief chancellor
		king queen prince princess sheikh pope dr mr mrs ms miss prof professor judge justice attorney
		former acting interim foreign defense defence interior state finance health us u.s. uk u.k. un
		israeli palestinian american russian ukrainian british french german chinese iranian egyptian
		house speaker leader chairman chairwoman chair director head ceo founder executive officer envoy
		minister's white department middle east strategic affairs senior top`)
	add(wAbbrev, `mr mrs ms dr gen sen rep gov st lt col sgt capt cpl pvt prof rev hon pres adm maj cmdr brig supt
		det insp jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig no vol pp approx dept univ ave
		blvd rd gens reps sens messrs mme mlle`)
	add(wAbbrevEnd, `inc corp co ltd jr sr etc al bros plc llc`)
	add(wStarter, `the a an in on at it he she they we i this that these those but and so yet however
		meanwhile still after before when while if as there his her their its our my what why how who
		despite although though since for from with without by during amid according last next one two
		some many most both all each every no not only`)
	add(wPassive, `was were been being be is are`)
	add(wDeterminer, `the a an his her their its our my your this that these those such media news some
		any no several many`)
	add(wThat, `that`)
	add(wObjectStop, `which who whom whose while whereas because although though but`)
	add(wWeakSpeech, `maintained maintains maintain expressed expresses express indicated indicates signaled
		signalled signals commented comments comment remarked remarks remark noted notes note described
		describes describe questioned questions believe believes suggested suggests suggest stressed stresses
		confirmed confirms confirm observed observes agreed agrees disputed disputes cited cites charged
		posted recalled recalls predicted predicts emphasized emphasised emphasizes emphasises promised
		promises pledged pledges vowed vows threatened asked asks explained explains responded responds
		replied replies declared declares`)
	add(wTellVerb, `told tell tells telling warned warns warn urged urges urge asked asks reminded informed
		assured`)
	add(wTime, `monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week
		weekend month year morning afternoon evening night last this earlier later`)
	add(wPrep, `on in at during after before while when last this next yesterday today monday tuesday
		wednesday thursday friday saturday sunday earlier later recently in a on and as from to for with`)

	gc := map[uint64]uint32{}
	addG := func(class uint32, list string) {
		for _, w := range strings.Fields(list) {
			gc[hashWord(w)] |= class
		}
	}
	addG(gMilitary, `army military idf soldier soldiers troops general gen commander commanders colonel col
		lieutenant lt captain capt sergeant sgt officer officers brigade battalion navy naval air-force marine marines
		pentagon militia fighters forces`)
	addG(gOfficial, `official officials spokesperson spokesman spokeswoman minister ministers ministry president
		prime secretary ambassador senator sen governor gov mayor government administration department
		kremlin un u.n. adviser advisers advisor advisors lawmaker lawmakers congressman congresswoman
		representative rep diplomat diplomats authorities authority police council parliament mp envoy
		cabinet agency chancellor king queen prince sheikh leader leaders delegation office house state
		white-house statement embassy court judge prosecutor prosecutors mayor's presidency`)
	addG(gNGO, `ngo ngos charity charities aid rights amnesty watch red-cross unicef unrwa msf oxfam refugees
		rescue advocacy humanitarian foundation campaigners campaign nonprofit non-profit`)
	addG(gExpert, `professor prof expert experts analyst analysts researcher researchers scholar scholars
		economist economists fellow scientist scientists doctor doctors dr physician think-tank institute
		university historian lawyer lawyers study report`)
	addG(gCivilian, `resident residents civilian civilians witness witnesses mother father survivor survivors
		student students worker workers villager villagers neighbor neighbour refugee parent parents local
		locals protester protesters family relatives woman man child children teacher shopkeeper farmer
		voter voters citizen citizens demonstrators`)
	addG(gAnonymous, `source sources anonymity anonymous familiar insiders insider person people someone
		aide aides`)
	return wc, gc
}

// is reports whether the word token t belongs to class.
func (t token) is(class uint32) bool { return t.class&class != 0 }
