@pack general-hedges
@title General news language: hedges (E2)
@description Words that soften or qualify a claim: they tell readers a statement is uncertain (reportedly, may, appears, possibly) or pass on a claim without standing behind it (allegedly, is said to, unconfirmed). Hedges are honest when the facts are uncertain; piled up in the narrator's voice they can also insinuate claims the report cannot support.
@topic general
@reviewed Written by the general-lexicon author, November 2026; needs external review.

# Framelens general news-language pack. Entries, explanations and alternatives are written by the
# project; no word list was copied. Forms were chosen for words that colour a report on any subject,
# then checked for literal or routine uses in a large news sample: words that wire-style outlets use
# as plain description were narrowed to multi-word forms or left out. Weight: 2 strong, 1 normal,
# 0.5 mild or often legitimate.

# Reporting hedges: passing on a claim without standing behind it

id: gen.hedge.reportedly
forms: reportedly
signal: E2
category: hedge
weight: 1
explain: "Reportedly" passes on a claim without saying who reported it or whether it is true.
alternatives: according to (name the source)
inflect: no

id: gen.hedge.allegedly
forms: allegedly | alleged
signal: E2
category: hedge
weight: 1
explain: "Allegedly" marks a claim as unproven; it is a needed legal caution, but it also lets a report repeat an accusation.
alternatives: accused of | (name who makes the allegation)
inflect: no
notes: Standard and often legally required in crime reporting; it is counted because it shows the report is passing on an unproven claim.

id: gen.hedge.apparently
forms: apparently | apparent
signal: E2
category: hedge
weight: 1
explain: "Apparently" signals that the writer is not sure, and can slip in a guess as if it were a fact.
alternatives: (give the evidence) | according to (name the source)
inflect: no

id: gen.hedge.supposedly
forms: supposedly
signal: E2
category: hedge
weight: 1
explain: "Supposedly" hedges and hints doubt at the same time.
alternatives: according to (name the source)
inflect: no

id: gen.hedge.purportedly
forms: purportedly
signal: E2
category: hedge
weight: 1
explain: "Purportedly" passes on a claim while hinting it is false.
alternatives: according to (name the source)
inflect: no

id: gen.hedge.seemingly
forms: seemingly
signal: E2
category: hedge
weight: 1
explain: "Seemingly" qualifies a statement as an impression, not a fact.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.ostensibly
forms: ostensibly
signal: E2
category: hedge
weight: 0.5
explain: "Ostensibly" suggests the stated reason may not be the real one.
alternatives: officially | according to (name the source)
inflect: no

id: gen.hedge.unconfirmed
forms: unconfirmed | unverified | unsubstantiated | uncorroborated
signal: E2
category: hedge
weight: 1
explain: "Unconfirmed" warns that a claim has not been checked; the report is repeating it anyway.
alternatives: (confirm it or leave it out)
inflect: no

id: gen.hedge.could-not-be-independently-verified
forms: could not be independently verified | could not be verified | could not independently verify | has not been verified | have not been verified | was not able to verify | were unable to verify | has not been independently verified | has not independently verified | cannot independently verify | could not immediately verify | could not be confirmed | has not been confirmed
signal: E2
category: hedge
weight: 1
explain: "Could not be independently verified" honestly flags that a report repeats a claim nobody has checked.
alternatives: (say who makes the claim)
inflect: no

id: gen.hedge.is-said-to
forms: is said to | are said to | was said to | were said to | is said to have | are said to have
signal: E2
category: hedge
weight: 1
explain: "Is said to" passes on a claim without naming who said it.
alternatives: (name who said it)
inflect: no

id: gen.hedge.is-believed-to
forms: is believed to | are believed to | was believed to | were believed to | is thought to | are thought to | was thought to | were thought to
signal: E2
category: hedge
weight: 1
explain: "Is believed to" hedges a claim and hides who believes it.
alternatives: (name who believes it) | (give the evidence)
inflect: no

id: gen.hedge.is-understood-to
forms: is understood to | are understood to | was understood to | is understood to have
signal: E2
category: hedge
weight: 0.5
explain: "Is understood to" is a newsroom hedge for information from unnamed sources.
alternatives: (name the source)
inflect: no

id: gen.hedge.is-reported-to
forms: is reported to | are reported to | was reported to | were reported to | is reported to have
signal: E2
category: hedge
weight: 1
explain: "Is reported to" passes on a report without saying whose.
alternatives: (name the report)
inflect: no

id: gen.hedge.is-rumoured-to
forms: is rumoured to | is rumored to | are rumoured to | are rumored to | was rumoured to | was rumored to | rumoured | rumored
signal: E2
category: hedge
weight: 1
explain: "Rumoured" repeats gossip with a hedge.
alternatives: (name the source or leave it out)
inflect: no

id: gen.hedge.is-alleged-to
forms: is alleged to | are alleged to | was alleged to | were alleged to | is accused of | are accused of | was accused of | were accused of
signal: E2
category: hedge
weight: 0.5
explain: "Is alleged to" repeats an accusation with a hedge; say who alleges it.
alternatives: accused by (name who) of
inflect: no

id: gen.hedge.is-suspected-of
forms: is suspected of | are suspected of | was suspected of | were suspected of | suspected | the suspected
signal: E2
category: hedge
weight: 0.5
explain: "Suspected" signals that a claim is not proven.
alternatives: (name who suspects it)
inflect: no
not_before: he | she | they | i | we | police | officers | investigators | who | had | have | has

id: gen.hedge.if-true
forms: if true | if confirmed | if accurate | if the reports are true | if the allegations are true | if the claims are true | if proven
signal: E2
category: hedge
weight: 1
explain: "If true" repeats a claim while admitting it may be false.
alternatives: (check the claim or leave it out)
inflect: no

id: gen.hedge.feared-dead
forms: feared dead | feared killed | feared to have | is feared to | are feared to | presumed dead
signal: E2
category: hedge
weight: 0.5
explain: "Feared dead" reports a likely death that is not confirmed.
alternatives: missing | (give the confirmed toll)
inflect: no

# Modal and probability hedges

id: gen.hedge.may
forms: may
signal: E2
category: hedge
weight: 0.5
explain: "May" signals that something is possible, not certain; in the narrator's voice it can introduce speculation.
alternatives: (state what is known)
inflect: no
case: sensitive
not_before: you | you'll

id: gen.hedge.might
forms: might
signal: E2
category: hedge
weight: 0.5
explain: "Might" signals possibility, not fact.
alternatives: (state what is known)
inflect: no

id: gen.hedge.could
forms: could
signal: E2
category: hedge
weight: 0.5
explain: "Could" frames a claim as a possibility; many "could" sentences in a row build a scary picture without facts.
alternatives: (state what is known)
inflect: no

id: gen.hedge.may-have
forms: may have | might have | could have
signal: E2
category: hedge
weight: 0.5
explain: "May have" speculates about what happened in the past.
alternatives: (state what is known)
inflect: no
case: sensitive

id: gen.hedge.may-well
forms: may well | might well | could well | could potentially | may potentially | might potentially
signal: E2
category: hedge
weight: 0.5
explain: "Could well" pushes a possibility toward a prediction.
alternatives: (state the evidence)
inflect: no

id: gen.hedge.would-likely
forms: would likely | would probably | will likely | will probably
signal: E2
category: hedge
weight: 0.5
explain: "Will likely" predicts in the writer's voice.
alternatives: (name who predicts it)
inflect: no

id: gen.hedge.is-likely-to
forms: is likely to | are likely to | was likely to | were likely to | is unlikely to | are unlikely to | was unlikely to
signal: E2
category: hedge
weight: 0.5
explain: "Is likely to" predicts without saying who predicts or on what evidence.
alternatives: (name who predicts it)
inflect: no

id: gen.hedge.is-expected-to
forms: is expected to | are expected to | was expected to | were expected to
signal: E2
category: hedge
weight: 0.5
explain: "Is expected to" is a prediction with the predictor hidden.
alternatives: (name who expects it)
inflect: no

id: gen.hedge.possibly
forms: possibly
signal: E2
category: hedge
weight: 0.5
explain: "Possibly" marks uncertainty; it can also let a writer raise an idea without having to support it.
alternatives: (state what is known)
inflect: no

id: gen.hedge.perhaps
forms: perhaps
signal: E2
category: hedge
weight: 1
explain: "Perhaps" marks a guess in the writer's voice.
alternatives: (state what is known)
inflect: no

id: gen.hedge.maybe
forms: maybe
signal: E2
category: hedge
weight: 1
explain: "Maybe" is an informal hedge that marks a guess.
alternatives: (state what is known)
inflect: no

id: gen.hedge.probably
forms: probably
signal: E2
category: hedge
weight: 0.5
explain: "Probably" is the writer's estimate of likelihood.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.probable
forms: probable | improbable
signal: E2
category: hedge
weight: 0.5
explain: "Probable" rates a likelihood that readers cannot check.
alternatives: (give the evidence)
inflect: no
not_before: most

id: gen.hedge.likely
forms: likely
signal: E2
category: hedge
weight: 0.5
explain: "Likely" in the narrator's voice is a prediction; say whose.
alternatives: (name who predicts it)
inflect: no
not_before: most | more | less | very | as | not | is | are | was | were | be

id: gen.hedge.unlikely
forms: unlikely
signal: E2
category: hedge
weight: 0.5
explain: "Unlikely" is a forecast in the writer's voice.
alternatives: (name who thinks so)
inflect: no
not_before: is | are | was | were | be | very | highly

id: gen.hedge.presumably
forms: presumably
signal: E2
category: hedge
weight: 1
explain: "Presumably" presents a guess as a safe assumption.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.conceivably
forms: conceivably | conceivable
signal: E2
category: hedge
weight: 1
explain: "Conceivably" raises a bare possibility.
alternatives: (state what is known)
inflect: no

id: gen.hedge.plausibly
forms: plausibly | plausible
signal: E2
category: hedge
weight: 0.5
explain: "Plausible" rates a claim as believable without testing it.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.arguably
forms: arguably
signal: E2
category: hedge
weight: 1
explain: "Arguably" lets a writer make a claim while admitting it can be argued against.
alternatives: (give the argument and who makes it)
inflect: no

id: gen.hedge.debatably
forms: debatably | debatable
signal: E2
category: hedge
weight: 0.5
explain: "Debatable" marks a point as open to argument.
alternatives: (say who disputes it)
inflect: no

id: gen.hedge.potential-risk
forms: potential risk | potential risks | potential threat | potential threats | potential danger | potential dangers | potential security risk | potential national security risk | potential conflict of interest | potential conflicts of interest | potential crisis | potential disaster | potential catastrophe | potential harm
signal: E2
category: hedge
weight: 0.5
explain: "A potential risk" raises an alarm while hedging it, so the claim cannot be wrong.
alternatives: (state the risk, its likelihood and who assesses it)
inflect: no

id: gen.hedge.potentially
forms: potentially
signal: E2
category: hedge
weight: 0.5
explain: "Potentially" stretches a claim to what might happen.
alternatives: (state the risk and its likelihood)
inflect: no

id: gen.hedge.in-all-likelihood
forms: in all likelihood | in all probability | chances are | odds are
signal: E2
category: hedge
weight: 0.5
explain: "Chances are" presents a guess about odds.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.there-is-a-chance
forms: there is a chance | there is a possibility | there is a risk | it is possible that | it's possible that | it is likely that | it is unlikely that | it is probable that
signal: E2
category: hedge
weight: 0.5
explain: "There is a possibility" raises an outcome without saying how likely it is.
alternatives: (give the odds or evidence)
inflect: no

# Appearance hedges

id: gen.hedge.appears-to
forms: appears to | appeared to | appear to | appearing to | appears that | appeared that
signal: E2
category: hedge
weight: 1
explain: "Appears to" reports an impression rather than a fact.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.it-appears
forms: it appears | it appeared | it would appear | would appear to
signal: E2
category: hedge
weight: 1
explain: "It would appear" is a formal hedge that hides who has the impression.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.seems
forms: seems | seemed | seem | seeming
signal: E2
category: hedge
weight: 1
explain: "Seems" turns a statement into an impression.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.it-seems
forms: it seems | it seemed | would seem | it would seem
signal: E2
category: hedge
weight: 1
explain: "It seems" hides whose impression it is.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.looks-like
forms: looks like | looked like
signal: E2
category: hedge
weight: 0.5
explain: "Looks like" offers an impression as a conclusion.
alternatives: (give the evidence)
inflect: no

id: gen.hedge.looks-set-to
forms: looks set to | looked set to | is set to | are set to | is poised to | are poised to | was poised to
signal: E2
category: hedge
weight: 0.5
explain: "Looks set to" predicts in the narrator's voice.
alternatives: (name who predicts it)
inflect: no

id: gen.hedge.suggests
forms: suggests | suggested that | suggest that | suggesting that
signal: E2
category: hedge
weight: 0.5
explain: "Suggests" hedges a conclusion drawn from evidence; check that the evidence supports it.
alternatives: shows | (describe the evidence)
inflect: no

id: gen.hedge.indicate-that
forms: indicate that | indicates that | indicated that | points to | pointed to | point to
signal: E2
category: hedge
weight: 0.5
explain: "Points to" draws a conclusion from evidence without claiming proof.
alternatives: (describe the evidence)
inflect: no

id: gen.hedge.hints-at
forms: hints at | hinted at | hinting at | hint at
signal: E2
category: hedge
weight: 0.5
explain: "Hints at" lets a writer imply something without stating it.
alternatives: (state what is known)
inflect: no

id: gen.hedge.raises-questions-about
forms: raises questions about | raised questions about | raising questions about
signal: E2
category: hedge
weight: 0.5
explain: "Raises questions about" insinuates a problem without stating it.
alternatives: (state the problem and who sees it)
inflect: no

id: gen.hedge.raises-the-possibility
forms: raises the possibility | raised the possibility | raising the possibility | raises the prospect | raised the prospect | raises concerns | raised concerns | raising concerns
signal: E2
category: hedge
weight: 0.5
explain: "Raises the possibility" introduces an outcome without judging how likely it is.
alternatives: (state the likelihood)
inflect: no

id: gen.hedge.casts-doubt-on
forms: casts doubt on | cast doubt on | casting doubt on | calls into question | called into question | calling into question | throws into doubt | thrown into doubt | threw into doubt
signal: E2
category: hedge
weight: 0.5
explain: "Casts doubt on" suggests something is in question without saying how much.
alternatives: (state what is disputed)
inflect: no

# Vagueness and softening

id: gen.hedge.somewhat
forms: somewhat
signal: E2
category: hedge
weight: 0.5
explain: "Somewhat" softens a claim so that it cannot easily be checked.
alternatives: (give the figure)
inflect: no

id: gen.hedge.relatively
forms: relatively | comparatively
signal: E2
category: hedge
weight: 0.5
explain: "Relatively" compares without saying to what.
alternatives: (give the comparison)
inflect: no

id: gen.hedge.sort-of
forms: sort of | kind of
signal: E2
category: hedge
weight: 0.5
explain: "Sort of" makes a statement vague.
alternatives: (be precise)
inflect: no
not_before: what | this | that | the | a | any | every | some | same | one | no

id: gen.hedge.more-or-less
forms: more or less
signal: E2
category: hedge
weight: 0.5
explain: "More or less" admits imprecision without measuring it.
alternatives: (give the figure)
inflect: no

id: gen.hedge.to-some-extent
forms: to some extent | to a certain extent | to some degree | to a degree | to a large extent | to a lesser extent
signal: E2
category: hedge
weight: 0.5
explain: "To some extent" softens a claim without saying how far it is true.
alternatives: (say how far)
inflect: no

id: gen.hedge.in-some-ways
forms: in some ways | in a sense | in some sense | in a way | in many ways
signal: E2
category: hedge
weight: 0.5
explain: "In a sense" qualifies a claim without saying which sense.
alternatives: (be precise)
inflect: no

id: gen.hedge.largely
forms: largely
signal: E2
category: hedge
weight: 0.5
explain: "Largely" generalises without giving a share.
alternatives: (give the share)
inflect: no

id: gen.hedge.mostly
forms: mostly | mainly | predominantly
signal: E2
category: hedge
weight: 0.5
explain: "Mostly" generalises about a share without the figure.
alternatives: (give the share)
inflect: no

id: gen.hedge.generally
forms: generally | broadly
signal: E2
category: hedge
weight: 0.5
explain: "Generally" hedges a rule so that exceptions do not count against it.
alternatives: (give the figures)
inflect: no

id: gen.hedge.essentially
forms: essentially | basically
signal: E2
category: hedge
weight: 0.5
explain: "Essentially" simplifies a claim and hedges it at once.
alternatives: (state it precisely)
inflect: no

id: gen.hedge.typically
forms: typically | tends to | tend to | tended to | tending to
signal: E2
category: hedge
weight: 0.5
explain: "Tends to" generalises about how things usually go without evidence.
alternatives: (give the figures)
inflect: no

id: gen.hedge.approximately
forms: approximately | roughly
signal: E2
category: hedge
weight: 0.5
explain: "Roughly" admits a number is not exact.
alternatives: (give the source of the figure)
inflect: no

id: gen.hedge.an-estimated
forms: an estimated | estimated | some estimates | by some estimates | by one estimate | according to some estimates | ballpark
signal: E2
category: hedge
weight: 0.5
explain: "By some estimates" offers a number without saying whose.
alternatives: according to (name the source)
inflect: no

id: gen.hedge.unclear
forms: unclear | it is unclear | it remains unclear | it was unclear | it is not clear | it was not clear | it is not yet clear | not immediately clear
signal: E2
category: hedge
weight: 0.5
explain: "It is unclear" honestly flags a gap in knowledge; many such gaps weaken a story.
alternatives: (say what is known)
inflect: no

id: gen.hedge.it-is-uncertain
forms: it is uncertain | remains uncertain | uncertain | it is not known | it was not known | it remains to be seen | remains to be seen
signal: E2
category: hedge
weight: 0.5
explain: "It remains to be seen" admits the outcome is unknown, often to fill a closing line.
alternatives: (say what is known)
inflect: no

id: gen.hedge.preliminary
forms: preliminary | tentative | tentatively
signal: E2
category: hedge
weight: 0.5
explain: "Preliminary" marks findings as provisional.
alternatives: (say what has been confirmed)
inflect: no

id: gen.hedge.initial-reports
forms: initial reports | early reports | first reports | early indications | initial indications | early signs
signal: E2
category: hedge
weight: 0.5
explain: "Early indications" hedges a claim as provisional.
alternatives: (say what has been confirmed)
inflect: no

id: gen.hedge.pending-confirmation
forms: pending confirmation | awaiting confirmation | yet to be confirmed | yet to be verified | remains unconfirmed | remain unconfirmed | not yet confirmed | not yet verified
signal: E2
category: hedge
weight: 1
explain: "Yet to be confirmed" repeats a claim that nobody has checked.
alternatives: (confirm it or leave it out)
inflect: no

id: gen.hedge.as-far-as-we-know
forms: as far as we know | as far as is known | to the best of our knowledge | so far as is known | as far as anyone knows
signal: E2
category: hedge
weight: 0.5
explain: "As far as we know" hedges a claim on incomplete knowledge.
alternatives: (say what is known)
inflect: no

id: gen.hedge.not-necessarily
forms: not necessarily | not entirely | not quite | not fully | not exactly | not altogether
signal: E2
category: hedge
weight: 0.5
explain: "Not necessarily" qualifies a claim without saying how much.
alternatives: (state what is true)
inflect: no

id: gen.hedge.in-theory
forms: in theory | theoretically
signal: E2
category: hedge
weight: 0.5
explain: "In theory" hints that practice differs.
alternatives: (state what happens in practice)
inflect: no

id: gen.hedge.on-paper
forms: on paper | in principle
signal: E2
category: hedge
weight: 0.5
explain: "On paper" suggests a rule is not followed in reality.
alternatives: (state what happens in practice)
inflect: no

id: gen.hedge.at-least-in-part
forms: at least in part | in part | partly | partially
signal: E2
category: hedge
weight: 0.5
explain: "In part" admits a cause or share without measuring it.
alternatives: (give the share)
inflect: no

id: gen.hedge.of-sorts
forms: of sorts | borderline | quasi
signal: E2
category: hedge
weight: 0.5
explain: "Of sorts" says something only partly fits its name.
alternatives: (describe it)
inflect: no

id: gen.hedge.admittedly
forms: admittedly | to be fair | in fairness | to be sure
signal: E2
category: hedge
weight: 0.5
explain: "To be fair" marks a concession in the writer's voice, a sign of commentary.
alternatives: (drop it)
inflect: no

id: gen.hedge.believed-to-be
forms: believed to be | thought to be | said to be | reported to be | understood to be | feared to be | rumoured to be | rumored to be | suspected to be | claimed to be | alleged to be
signal: E2
category: hedge
weight: 0.5
explain: "Believed to be" hedges an identification or figure without a source.
alternatives: (name the source)
inflect: no

# Opinion markers

id: gen.hedge.i-think
forms: I think | I believe | I suspect | I guess | I suppose | I feel | I would argue | I'd argue | we believe | we think
signal: E2
category: hedge
weight: 0.5
explain: "I believe" marks a sentence as the speaker's opinion; in a news report's own voice it is a sign of commentary.
alternatives: (state the evidence)
inflect: no
case: sensitive

id: gen.hedge.in-my-view
forms: in my view | in my opinion | in our view | in our opinion | to my mind | if you ask me | my sense is | my guess is
signal: E2
category: hedge
weight: 0.5
explain: "In my view" marks opinion; fine in columns, out of place in a news report.
alternatives: (state the evidence)
inflect: no

id: gen.hedge.one-suspects
forms: one suspects | one wonders | one imagines | one assumes | one might think | one would think | you would think | you'd think
signal: E2
category: hedge
weight: 1
explain: "One suspects" lets the writer voice a suspicion as if it were general.
alternatives: (state the evidence)
inflect: no

id: gen.hedge.it-could-be-that
forms: it could be that | it may be that | it might be that | it is conceivable that | it is plausible that | it is arguable that
signal: E2
category: hedge
weight: 1
explain: "It may be that" raises a possibility without supporting it.
alternatives: (state what is known)
inflect: no

id: gen.hedge.assuming-that
forms: assuming that | presumed to be | is presumed | are presumed | was presumed
signal: E2
category: hedge
weight: 0.5
explain: "Assuming that" builds on an unproven premise.
alternatives: (state the evidence)
inflect: no

id: gen.hedge.speculate
forms: speculate | speculated | speculation | speculative
signal: E2
category: hedge
weight: 0.5
explain: "Speculation" marks a statement as a guess.
alternatives: (name who speculates)
inflect: no
not_before: property | financial | currency | land | market

id: gen.hedge.guesswork
forms: guesswork | educated guess | best guess | rough guess
signal: E2
category: hedge
weight: 0.5
explain: "Guesswork" admits that a claim is not measured.
alternatives: (give the source of the figure)
inflect: no

id: gen.hedge.estimate-that
forms: estimate that | estimates that | estimated that
signal: E2
category: hedge
weight: 0.5
explain: "Estimated that" reports a figure as a guess; say whose.
alternatives: (name who estimated it)
inflect: no
