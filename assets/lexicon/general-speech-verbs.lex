@pack general-speech-verbs
@title General news language: speech and attribution verbs (E1)
@description The verbs reporters use to introduce what someone said, in four classes: neutral (said, told), doubt-casting (claimed, insisted), endorsing (revealed, admitted, confirmed) and emotive (slammed, boasted, fumed). The engine also uses them to find who is speaking.
@topic general
@reviewed Written by the general-lexicon author, November 2026; needs external review.

# Framelens general news-language pack. Entries, explanations and alternatives are written by the
# project; no word list was copied. Forms were chosen for words that colour a report on any subject,
# then checked for literal or routine uses in a large news sample: words that wire-style outlets use
# as plain description were narrowed to multi-word forms or left out. Weight: 2 strong, 1 normal,
# 0.5 mild or often legitimate.

# Neutral: report speech without judging it

id: gen.verb.say
forms: say | said | says | saying
signal: E1
category: neutral
weight: 1
explain: "Said" is the neutral default: it tells you who spoke without judging them or their words.
inflect: no

id: gen.verb.tell
forms: told | tells
signal: E1
category: neutral
weight: 1
explain: "Told" neutrally reports who spoke to whom.
inflect: no

id: gen.verb.stated
forms: stated | states that | stating
signal: E1
category: neutral
weight: 1
explain: "Stated" is a formal but neutral way to report words.
alternatives: said
inflect: no

id: gen.verb.add
forms: add | added | adds | adding
signal: E1
category: neutral
weight: 1
explain: "Added" neutrally reports that a speaker went on to say more.
alternatives: said
inflect: no

id: gen.verb.noted
forms: noted | notes that | noting
signal: E1
category: neutral
weight: 1
explain: "Noted" is usually neutral, though it can hint that the point is a true fact rather than an opinion.
alternatives: said
inflect: no
notes: Recasens et al. class "note" as factive; kept neutral here because news uses it mostly as a plain report verb.

id: gen.verb.explain
forms: explain | explained | explains | explaining
signal: E1
category: neutral
weight: 1
explain: "Explained" reports words as an explanation, which is usually neutral but can make a claim sound settled.
alternatives: said
inflect: no

id: gen.verb.write
forms: wrote | writes
signal: E1
category: neutral
weight: 1
explain: "Wrote" neutrally reports written words.
inflect: no

id: gen.verb.ask
forms: ask | asked | asks | asking
signal: E1
category: neutral
weight: 1
explain: "Asked" neutrally reports a question.
inflect: no

id: gen.verb.reply
forms: reply | replied | replies | replying
signal: E1
category: neutral
weight: 1
explain: "Replied" neutrally reports an answer.
alternatives: said
inflect: no

id: gen.verb.respond
forms: respond | responded | responds | responding
signal: E1
category: neutral
weight: 1
explain: "Responded" neutrally reports an answer or reaction.
alternatives: said
inflect: no

id: gen.verb.answer
forms: answered
signal: E1
category: neutral
weight: 1
explain: "Answered" neutrally reports a reply.
alternatives: replied
inflect: no

id: gen.verb.report
forms: reported
signal: E1
category: neutral
weight: 1
explain: "Reported" neutrally passes on information from a source.
inflect: no

id: gen.verb.announce
forms: announce | announced | announces | announcing
signal: E1
category: neutral
weight: 1
explain: "Announced" neutrally reports a public statement.
alternatives: said
inflect: no

id: gen.verb.comment
forms: commented | comments that
signal: E1
category: neutral
weight: 1
explain: "Commented" neutrally reports a remark.
alternatives: said
inflect: no

id: gen.verb.remark
forms: remark | remarked | remarks | remarking
signal: E1
category: neutral
weight: 1
explain: "Remarked" neutrally reports a passing comment.
alternatives: said
inflect: no

id: gen.verb.mention
forms: mention | mentioned | mentions | mentioning
signal: E1
category: neutral
weight: 1
explain: "Mentioned" reports a passing point without judging it.
alternatives: said
inflect: no

id: gen.verb.describe
forms: described
signal: E1
category: neutral
weight: 1
explain: "Described" neutrally reports how someone characterised something.
alternatives: said
inflect: no

id: gen.verb.continued
forms: continued | continues | continuing
signal: E1
category: neutral
weight: 1
explain: "Continued" neutrally marks that a speaker went on.
alternatives: added
inflect: no

id: gen.verb.recall
forms: recalled
signal: E1
category: neutral
weight: 1
explain: "Recalled" neutrally reports a memory.
alternatives: said
inflect: no

id: gen.verb.observe
forms: observe | observed | observes | observing
signal: E1
category: neutral
weight: 0.5
explain: "Observed" reports a remark and can lend it a little authority.
alternatives: said
inflect: no

id: gen.verb.indicate
forms: indicated
signal: E1
category: neutral
weight: 1
explain: "Indicated" reports a statement or sign without endorsing it.
alternatives: said | suggested
inflect: no

id: gen.verb.testify
forms: testify | testified | testifies | testifying
signal: E1
category: neutral
weight: 1
explain: "Testified" is the neutral term for evidence given under oath.
inflect: no

id: gen.verb.tweet
forms: tweeted | posted
signal: E1
category: neutral
weight: 1
explain: "Tweeted" or "posted" neutrally reports a social-media message.
alternatives: wrote
inflect: no

id: gen.verb.declare
forms: declared
signal: E1
category: neutral
weight: 1
explain: "Declared" reports a firm public statement, usually neutrally.
alternatives: said | announced
inflect: no

id: gen.verb.specify
forms: specify | specified | specifies | specifying
signal: E1
category: neutral
weight: 1
explain: "Specified" neutrally reports a detailed statement.
alternatives: said
inflect: no

id: gen.verb.clarify
forms: clarify | clarified | clarifies | clarifying
signal: E1
category: neutral
weight: 1
explain: "Clarified" reports an explanation and usually stays neutral.
alternatives: said
inflect: no

id: gen.verb.estimate
forms: estimated that
signal: E1
category: neutral
weight: 0.5
explain: "Estimated" reports a figure as the speaker's estimate.
alternatives: said
inflect: no

id: gen.verb.predict
forms: predict | predicted | predicts | predicting
signal: E1
category: neutral
weight: 1
explain: "Predicted" neutrally reports a forecast.
alternatives: said
inflect: no

id: gen.verb.argue
forms: argue | argued | argues | arguing
signal: E1
category: neutral
weight: 1
explain: "Argued" reports that someone made a case; it is neutral as long as both sides get the same verb.
alternatives: said
inflect: no

id: gen.verb.propose
forms: proposed that | proposed to
signal: E1
category: neutral
weight: 1
explain: "Proposed" neutrally reports a suggestion.
alternatives: suggested
inflect: no

id: gen.verb.suggest
forms: suggest | suggested | suggests | suggesting
signal: E1
category: neutral
weight: 1
explain: "Suggested" reports a tentative statement neutrally.
alternatives: said
inflect: no

id: gen.verb.recommend
forms: recommend | recommended | recommends | recommending
signal: E1
category: neutral
weight: 1
explain: "Recommended" neutrally reports advice.
inflect: no

id: gen.verb.urge
forms: urge | urged | urges | urging
signal: E1
category: neutral
weight: 1
explain: "Urged" reports a strong request, usually neutrally.
alternatives: called on | asked
inflect: no

id: gen.verb.call-for
forms: call for | called for | calls for | calling for
signal: E1
category: neutral
weight: 1
explain: "Called for" neutrally reports a demand.
inflect: no

id: gen.verb.call-on
forms: call on | called on | calls on | calling on
signal: E1
category: neutral
weight: 1
explain: "Called on" neutrally reports an appeal to someone.
alternatives: urged | asked
inflect: no

id: gen.verb.demand
forms: demanded
signal: E1
category: neutral
weight: 0.5
explain: "Demanded" reports a firm request; it is neutral when the speaker really insisted.
alternatives: called for | asked
inflect: no

id: gen.verb.request
forms: requested
signal: E1
category: neutral
weight: 1
explain: "Requested" neutrally reports a request.
alternatives: asked
inflect: no

id: gen.verb.inform
forms: inform | informed | informs | informing
signal: E1
category: neutral
weight: 1
explain: "Informed" neutrally reports that someone passed on information.
alternatives: told
inflect: no

id: gen.verb.brief
forms: briefed
signal: E1
category: neutral
weight: 1
explain: "Briefed" neutrally reports that officials gave information.
alternatives: told
inflect: no

id: gen.verb.advise
forms: advise | advised | advises | advising
signal: E1
category: neutral
weight: 1
explain: "Advised" neutrally reports advice.
inflect: no

id: gen.verb.caution
forms: cautioned | cautions
signal: E1
category: neutral
weight: 1
explain: "Cautioned" reports a careful warning and is usually neutral.
alternatives: said | warned
inflect: no

id: gen.verb.reiterate
forms: reiterate | reiterated | reiterates | reiterating
signal: E1
category: neutral
weight: 1
explain: "Reiterated" neutrally says a point was repeated.
alternatives: repeated | said again
inflect: no

id: gen.verb.repeat
forms: repeated
signal: E1
category: neutral
weight: 1
explain: "Repeated" neutrally reports that something was said again.
inflect: no

id: gen.verb.emphasise
forms: emphasise | emphasised | emphasises | emphasising | emphasize | emphasized | emphasizes | emphasizing
signal: E1
category: neutral
weight: 1
explain: "Emphasised" reports that a speaker stressed a point, mostly neutrally.
alternatives: said
inflect: no

id: gen.verb.stress
forms: stressed
signal: E1
category: neutral
weight: 0.5
explain: "Stressed" reports that a speaker underlined a point, mostly neutrally.
alternatives: said
inflect: no

id: gen.verb.underline
forms: underline | underlined | underlines | underlining | underscore | underscored | underscores | underscoring
signal: E1
category: neutral
weight: 1
explain: "Underscored" reports an emphasis and is mostly neutral.
alternatives: said
inflect: no

id: gen.verb.highlight
forms: highlighted
signal: E1
category: neutral
weight: 0.5
explain: "Highlighted" reports that a speaker drew attention to something.
alternatives: said
inflect: no

id: gen.verb.summarise
forms: summarise | summarised | summarize | summarized | summarises | summarizes
signal: E1
category: neutral
weight: 1
explain: "Summarised" neutrally reports a summary.
alternatives: said
inflect: no

id: gen.verb.conclude
forms: conclude | concluded | concludes | concluding
signal: E1
category: neutral
weight: 1
explain: "Concluded" reports a final statement or finding.
alternatives: said
inflect: no

id: gen.verb.agree
forms: agreed
signal: E1
category: neutral
weight: 1
explain: "Agreed" neutrally reports agreement.
inflect: no

id: gen.verb.disagree
forms: disagree | disagreed | disagrees | disagreeing
signal: E1
category: neutral
weight: 1
explain: "Disagreed" neutrally reports a disagreement.
inflect: no

id: gen.verb.object
forms: objected
signal: E1
category: neutral
weight: 1
explain: "Objected" neutrally reports a protest against something.
inflect: no

id: gen.verb.question
forms: questioned
signal: E1
category: neutral
weight: 0.5
explain: "Questioned" reports doubt raised by a speaker, not by the writer.
alternatives: asked
inflect: no

id: gen.verb.wonder
forms: wondered
signal: E1
category: neutral
weight: 1
explain: "Wondered" reports a question a speaker raised.
alternatives: asked
inflect: no

id: gen.verb.deny
forms: deny | denied | denies | denying
signal: E1
category: neutral
weight: 1
explain: "Denied" is the standard verb for rejecting an accusation and is neutral.
alternatives: rejected | said it was untrue
inflect: no

id: gen.verb.reject
forms: rejected
signal: E1
category: neutral
weight: 1
explain: "Rejected" neutrally reports a refusal or a denial.
inflect: no

id: gen.verb.dispute
forms: dispute | disputed | disputes | disputing
signal: E1
category: neutral
weight: 1
explain: "Disputed" neutrally reports disagreement with a claim.
inflect: no

id: gen.verb.counter
forms: countered
signal: E1
category: neutral
weight: 1
explain: "Countered" neutrally reports an answer to an argument.
alternatives: replied
inflect: no

id: gen.verb.rebut
forms: rebut | rebutted | rebuts | rebutting
signal: E1
category: neutral
weight: 1
explain: "Rebutted" reports a reply to an argument; careful writers use it without deciding who won.
alternatives: replied
inflect: no

id: gen.verb.retort
forms: retort | retorted | retorts | retorting
signal: E1
category: neutral
weight: 0.5
explain: "Retorted" reports a sharp reply and adds a little drama.
alternatives: replied
inflect: no

id: gen.verb.pledge
forms: pledged
signal: E1
category: neutral
weight: 1
explain: "Pledged" neutrally reports a promise.
alternatives: promised
inflect: no

id: gen.verb.promise
forms: promised
signal: E1
category: neutral
weight: 1
explain: "Promised" neutrally reports a commitment.
inflect: no

id: gen.verb.vow
forms: vowed
signal: E1
category: neutral
weight: 1
explain: "Vowed" reports a solemn promise; it is a touch dramatic but usually neutral.
alternatives: promised
inflect: no

id: gen.verb.warn
forms: warned | warns
signal: E1
category: neutral
weight: 0.5
explain: "Warned" reports a caution, but it presents the danger as real, so it leans toward agreeing with the speaker.
alternatives: said
inflect: no
notes: Classed neutral at half weight: very common in wire copy; the lean is toward endorsing the danger, not toward emotion.

id: gen.verb.threaten
forms: threaten | threatened | threatens | threatening
signal: E1
category: neutral
weight: 0.5
explain: "Threatened" reports a warning of harm and is usually an accurate description.
alternatives: said it would
inflect: no

id: gen.verb.quote
forms: quoted
signal: E1
category: neutral
weight: 1
explain: "Quoted" neutrally points to someone's exact words.
inflect: no

id: gen.verb.cite
forms: cited
signal: E1
category: neutral
weight: 1
explain: "Cited" neutrally reports what a speaker referred to.
inflect: no

id: gen.verb.point-to
forms: point to | pointed to | points to | pointing to
signal: E1
category: neutral
weight: 1
explain: "Pointed to" neutrally reports evidence a speaker used.
alternatives: cited
inflect: no

id: gen.verb.told-reporters
forms: told reporters | told journalists | told the press | told a news conference | told a press conference | told a briefing
signal: E1
category: neutral
weight: 1
explain: "Told reporters" neutrally names where and to whom something was said.
inflect: no

id: gen.verb.in-a-statement
forms: in a statement | said in a statement | wrote in a statement | in a written statement
signal: E1
category: neutral
weight: 1
explain: "In a statement" neutrally names a written or formal source.
inflect: no

id: gen.verb.according-to
forms: according to
signal: E1
category: neutral
weight: 1
explain: "According to" attributes information to a source without judging it.
inflect: no

id: gen.verb.quoted-as-saying
forms: quoted as saying | was quoted as saying | were quoted as saying
signal: E1
category: neutral
weight: 1
explain: "Quoted as saying" reports words through another publication, neutrally.
inflect: no

id: gen.verb.said-on
forms: said on | wrote on | posted on
signal: E1
category: neutral
weight: 0.5
explain: Naming the channel ("said on X", "wrote on Facebook") neutrally marks where words appeared.
inflect: no

id: gen.verb.interject
forms: interject | interjected | interjects
signal: E1
category: neutral
weight: 1
explain: "Interjected" reports that someone broke in, mostly neutrally.
alternatives: added
inflect: no

id: gen.verb.murmur
forms: murmured | whispered
signal: E1
category: neutral
weight: 0.5
explain: "Whispered" describes how words were spoken, usually without judging them.
alternatives: said quietly
inflect: no

id: gen.verb.confide
forms: confide | confided | confides
signal: E1
category: neutral
weight: 0.5
explain: "Confided" reports private words and suggests trust.
alternatives: told
inflect: no

id: gen.verb.inquire
forms: inquire | inquired | enquire | enquired
signal: E1
category: neutral
weight: 1
explain: "Inquired" neutrally reports a question.
alternatives: asked
inflect: no

id: gen.verb.assure
forms: assure | assured | assures | assuring | reassure | reassured | reassures
signal: E1
category: neutral
weight: 0.5
explain: "Assured" reports a promise meant to calm, and is usually neutral.
alternatives: told | said
inflect: no

id: gen.verb.signal
forms: signalled | signaled
signal: E1
category: neutral
weight: 0.5
explain: "Signalled" reports an indirect statement of intent, usually neutral.
alternatives: indicated
inflect: no

id: gen.verb.hint
forms: hinted
signal: E1
category: neutral
weight: 0.5
explain: "Hinted" reports an indirect suggestion.
alternatives: suggested
inflect: no

id: gen.verb.speculate
forms: speculate | speculated | speculates | speculating
signal: E1
category: neutral
weight: 1
explain: "Speculated" marks a statement as a guess, fairly and neutrally when the speaker was guessing.
alternatives: suggested
inflect: no

id: gen.verb.theorise
forms: theorise | theorised | theorize | theorized | theorizes | theorises
signal: E1
category: neutral
weight: 0.5
explain: "Theorised" reports an untested idea.
alternatives: suggested
inflect: no

id: gen.verb.posit
forms: posit | posited | posits
signal: E1
category: neutral
weight: 1
explain: "Posited" reports a proposed idea, formally and neutrally.
alternatives: suggested
inflect: no

id: gen.verb.proclaim
forms: proclaim | proclaimed | proclaims | proclaiming
signal: E1
category: neutral
weight: 1
explain: "Proclaimed" reports a grand public statement and can sound theatrical.
alternatives: declared | announced
inflect: no

id: gen.verb.concur
forms: concur | concurred | concurs
signal: E1
category: neutral
weight: 1
explain: "Concurred" neutrally reports agreement.
alternatives: agreed
inflect: no

id: gen.verb.go-on-to-say
forms: go on to say | went on to say | goes on to say
signal: E1
category: neutral
weight: 1
explain: "Went on to say" neutrally continues a report.
alternatives: added
inflect: no

# Doubt-casting: the verb hints the words may not be true

id: gen.verb.claim
forms: claim | claimed | claims | claiming
signal: E1
category: doubt
weight: 1
explain: "Claimed" hints that the speaker may be wrong, so readers doubt the words before checking them.
alternatives: said
inflect: no
notes: Recasens et al. 2013 class this among assertive report verbs that cast doubt.

id: gen.verb.insist
forms: insist | insisted | insists | insisting
signal: E1
category: doubt
weight: 1
explain: "Insisted" suggests the speaker is repeating a point others do not accept.
alternatives: said
inflect: no

id: gen.verb.allege
forms: allege | alleged that | alleges | alleging
signal: E1
category: doubt
weight: 0.5
explain: "Alleged" reports an accusation that is not proven; fair when legally needed, but it signals doubt.
alternatives: accused | said
inflect: no

id: gen.verb.maintain
forms: maintain | maintained | maintains | maintaining
signal: E1
category: doubt
weight: 0.5
explain: "Maintained" suggests the speaker clings to a position others dispute.
alternatives: said
inflect: no

id: gen.verb.purport
forms: purport | purports | purported to
signal: E1
category: doubt
weight: 1
explain: "Purports" says something claims to be true but probably is not.
alternatives: says | is described as
inflect: no

id: gen.verb.contend
forms: contend | contended | contends | contending
signal: E1
category: doubt
weight: 0.5
explain: "Contended" marks words as one side's argument, hinting they are disputed.
alternatives: said | argued
inflect: no

id: gen.verb.assert
forms: assert | asserted | asserts | asserting
signal: E1
category: doubt
weight: 0.5
explain: "Asserted" can suggest a forceful statement made without proof.
alternatives: said
inflect: no

id: gen.verb.profess
forms: profess | professes | professing
signal: E1
category: doubt
weight: 1
explain: "Professes" suggests a stated belief may not be sincere.
alternatives: says
inflect: no

id: gen.verb.aver
forms: aver | averred | avers
signal: E1
category: doubt
weight: 0.5
explain: "Averred" is a stiff word that can imply the statement needs backing.
alternatives: said
inflect: no

id: gen.verb.pretend
forms: pretend | pretended | pretends | pretending
signal: E1
category: doubt
weight: 2
explain: "Pretended" says the speaker knowingly said something false, a serious judgement.
alternatives: said
inflect: no

id: gen.verb.feign
forms: feign | feigned | feigns | feigning
signal: E1
category: doubt
weight: 2
explain: "Feigned" says a feeling or statement was fake.
alternatives: said
inflect: no

id: gen.verb.peddle
forms: peddle | peddled | peddles | peddling
signal: E1
category: doubt
weight: 2
explain: "Peddled" treats someone's claims like cheap goods being sold, which dismisses them.
alternatives: said | promoted
inflect: no

id: gen.verb.parrot
forms: parrot | parroted | parrots | parroting
signal: E1
category: doubt
weight: 2
explain: "Parroted" mocks a speaker as repeating others' words without thinking.
alternatives: repeated
inflect: no

id: gen.verb.trot-out
forms: trot out | trotted out | trots out | trotting out
signal: E1
category: doubt
weight: 2
explain: "Trotted out" dismisses an argument as tired and insincere.
alternatives: repeated | cited
inflect: no

id: gen.verb.spin
forms: spun
signal: E1
category: doubt
weight: 1
explain: "Spun" says a speaker twisted the facts to look good.
alternatives: described | presented
inflect: no
not_before: head | wheel | wheels | top | tops | spin

id: gen.verb.push-the-narrative
forms: push the narrative | pushed the narrative | pushing the narrative | push a narrative | pushed a narrative | pushing a narrative
signal: E1
category: doubt
weight: 2
explain: "Pushed a narrative" suggests someone is selling a story rather than stating facts.
alternatives: argued | said
inflect: no

id: gen.verb.float
forms: floated
signal: E1
category: doubt
weight: 0.5
explain: "Floated" reports a tentative idea, hinting it was a trial balloon.
alternatives: suggested
inflect: no
not_before: stock | shares | currency | boat | boats | dollar

id: gen.verb.protest
forms: protest | protested that | protesting that
signal: E1
category: doubt
weight: 0.5
explain: "Protested that" reports a complaint in a way that can hint it is special pleading.
alternatives: said | objected
inflect: no

id: gen.verb.swear
forms: swore | swears
signal: E1
category: doubt
weight: 0.5
explain: "Swore" reports an insistent promise, suggesting it needed to be forced home.
alternatives: said | promised
inflect: no

id: gen.verb.claim-credit
forms: claim credit | claimed credit | claims credit | claiming credit
signal: E1
category: doubt
weight: 0.5
explain: "Claimed credit" suggests the credit may not be deserved.
alternatives: said it was responsible | took credit
inflect: no

id: gen.verb.falsely-claimed
forms: falsely claimed | falsely said | falsely stated | falsely asserted | falsely suggested | falsely insisted
signal: E1
category: doubt
weight: 1
explain: Adding "falsely" gives the reader the writer's verdict; it is right only when the report shows the claim is untrue.
alternatives: said (and show the facts)
inflect: no

id: gen.verb.baselessly-claimed
forms: baselessly claimed | baselessly said | baselessly suggested | baselessly asserted | baselessly alleged | without evidence claimed | without evidence said | without evidence suggested | without evidence asserted | without evidence alleged | without proof claimed | without proof said | without proof suggested | without proof asserted | without proof alleged
signal: E1
category: doubt
weight: 1
explain: "Claimed without evidence" judges the speaker, which is fair only if the report shows the evidence is missing.
alternatives: said (and state what evidence exists)
inflect: no

id: gen.verb.wrongly-claimed
forms: wrongly claimed | wrongly said | wrongly stated | wrongly suggested
signal: E1
category: doubt
weight: 1
explain: "Wrongly said" gives the writer's verdict on the speaker's words.
alternatives: said (and give the correction)
inflect: no

id: gen.verb.dubiously-claimed
forms: dubiously claimed | dubiously said | dubiously suggested | questionably claimed | questionably said | questionably suggested | misleadingly claimed | misleadingly said | misleadingly suggested
signal: E1
category: doubt
weight: 1
explain: Adverbs like "misleadingly" judge the speaker's words for the reader.
alternatives: said
inflect: no

id: gen.verb.insisted-without
forms: insisted without
signal: E1
category: doubt
weight: 0.5
explain: "Insisted without" stacks two signals of doubt.
alternatives: said
inflect: no

# Endorsing: the verb treats the words as true

id: gen.verb.reveal
forms: reveal | revealed | reveals | revealing
signal: E1
category: endorsing
weight: 1
explain: "Revealed" treats what was said as a true fact that had been hidden.
alternatives: said | disclosed
inflect: no

id: gen.verb.admit
forms: admit | admitted | admits | admitting
signal: E1
category: endorsing
weight: 1
explain: "Admitted" treats the words as a true confession of something awkward for the speaker.
alternatives: said | acknowledged
inflect: no

id: gen.verb.acknowledge
forms: acknowledge | acknowledged | acknowledges | acknowledging
signal: E1
category: endorsing
weight: 0.5
explain: "Acknowledged" treats the statement as a true point the speaker had to accept.
alternatives: said
inflect: no

id: gen.verb.concede
forms: concede | conceded | concedes | conceding
signal: E1
category: endorsing
weight: 1
explain: "Conceded" says the speaker gave in to a true point, which takes the other side's view.
alternatives: said
inflect: no

id: gen.verb.confirm
forms: confirm | confirmed | confirms | confirming
signal: E1
category: endorsing
weight: 0.5
explain: "Confirmed" presents the statement as proof that something is true.
alternatives: said
inflect: no

id: gen.verb.point-out
forms: point out | pointed out | points out | pointing out
signal: E1
category: endorsing
weight: 1
explain: "Pointed out" treats the speaker's point as a fact, siding with them.
alternatives: said | noted
inflect: no

id: gen.verb.disclose
forms: disclose | disclosed | discloses | disclosing
signal: E1
category: endorsing
weight: 0.5
explain: "Disclosed" treats the words as true information that was made public.
alternatives: said
inflect: no

id: gen.verb.confess
forms: confess | confessed | confesses | confessing
signal: E1
category: endorsing
weight: 1
explain: "Confessed" treats the words as a true admission of wrongdoing.
alternatives: said | admitted
inflect: no

id: gen.verb.demonstrate
forms: demonstrate | demonstrated | demonstrates | demonstrating
signal: E1
category: endorsing
weight: 0.5
explain: "Demonstrated" says a claim was proved, siding with it.
alternatives: said | argued
inflect: no

id: gen.verb.prove
forms: proved
signal: E1
category: endorsing
weight: 0.5
explain: "Proved" says the point is settled, which is more than a report of words can show.
alternatives: argued | said
inflect: no

id: gen.verb.establish
forms: establish | established that | establishes that
signal: E1
category: endorsing
weight: 0.5
explain: "Established that" presents a claim as settled fact.
alternatives: found | said
inflect: no

id: gen.verb.make-clear
forms: make clear | made clear | makes clear | making clear
signal: E1
category: endorsing
weight: 0.5
explain: "Made clear" presents the speaker's words as a plain fact.
alternatives: said
inflect: no

id: gen.verb.recognise
forms: recognise | recognised | recognises | recognize | recognized | recognizes
signal: E1
category: endorsing
weight: 0.5
explain: "Recognised" treats the point as true and the speaker as right to accept it.
alternatives: said | acknowledged
inflect: no

id: gen.verb.affirm
forms: affirm | affirmed | affirms | reaffirm | reaffirmed | reaffirms
signal: E1
category: endorsing
weight: 0.5
explain: "Affirmed" presents the statement as a firm truth.
alternatives: said | repeated
inflect: no

id: gen.verb.verify
forms: verify | verified | verifies
signal: E1
category: endorsing
weight: 0.5
explain: "Verified" says something was checked and found true.
alternatives: said
inflect: no

id: gen.verb.expose
forms: expose | exposed | exposes | exposing
signal: E1
category: endorsing
weight: 1
explain: "Exposed" presents a claim as a hidden truth brought to light.
alternatives: said | reported
inflect: no

id: gen.verb.uncover
forms: uncover | uncovered | uncovers | uncovering
signal: E1
category: endorsing
weight: 0.5
explain: "Uncovered" presents information as a true discovery.
alternatives: reported | found
inflect: no

id: gen.verb.learn
forms: learn | learned | learnt
signal: E1
category: endorsing
weight: 0.5
explain: "Learned" treats the information as established.
alternatives: was told
inflect: no

id: gen.verb.show
forms: showed
signal: E1
category: endorsing
weight: 0.5
explain: "Showed" presents what a source said or found as proved.
alternatives: said | suggested
inflect: no

id: gen.verb.note-correctly
forms: note correctly | correctly noted | correctly pointed out | correctly said | rightly said | rightly noted | rightly pointed out | accurately noted | accurately said
signal: E1
category: endorsing
weight: 2
explain: Adding "rightly" gives the writer's approval to the speaker.
alternatives: said
inflect: no

# Emotive: the verb adds feeling or drama to the speaker

id: gen.verb.slam
forms: slammed | slams | slamming
signal: E1
category: emotive
weight: 1
explain: "Slammed" turns criticism into violence and makes the speaker sound angry.
alternatives: criticised | said
inflect: no

id: gen.verb.blast
forms: blasted | blasting
signal: E1
category: emotive
weight: 1
explain: "Blasted" makes criticism sound like an explosion, adding drama.
alternatives: criticised
inflect: no

id: gen.verb.fume
forms: fume | fumed | fumes | fuming
signal: E1
category: emotive
weight: 2
explain: "Fumed" says the speaker was angry, turning a statement into a tantrum.
alternatives: said
inflect: no

id: gen.verb.rage
forms: raged
signal: E1
category: emotive
weight: 2
explain: "Raged" presents the speaker as out of control.
alternatives: said | complained
inflect: no

id: gen.verb.rant
forms: rant | ranted | rants | ranting
signal: E1
category: emotive
weight: 2
explain: "Ranted" dismisses the speaker as irrational.
alternatives: said | argued
inflect: no

id: gen.verb.boast
forms: boast | boasted | boasts | boasting
signal: E1
category: emotive
weight: 1
explain: "Boasted" makes the speaker sound vain.
alternatives: said
inflect: no

id: gen.verb.brag
forms: brag | bragged | brags | bragging
signal: E1
category: emotive
weight: 2
explain: "Bragged" makes the speaker sound like a show-off.
alternatives: said
inflect: no

id: gen.verb.scoff
forms: scoff | scoffed | scoffs | scoffing
signal: E1
category: emotive
weight: 1
explain: "Scoffed" makes the speaker sound contemptuous.
alternatives: said | dismissed
inflect: no

id: gen.verb.lash-out
forms: lash out | lashed out | lashes out | lashing out
signal: E1
category: emotive
weight: 1
explain: "Lashed out" makes criticism sound like a violent, uncontrolled act.
alternatives: criticised
inflect: no

id: gen.verb.whine
forms: whine | whined | whines | whining
signal: E1
category: emotive
weight: 2
explain: "Whined" mocks the speaker as childish.
alternatives: complained | said
inflect: no

id: gen.verb.shout
forms: shouted | yelled | screamed
signal: E1
category: emotive
weight: 0.5
explain: "Screamed" describes a raised voice; when used for written or calm words it exaggerates anger.
alternatives: said
inflect: no

id: gen.verb.snap
forms: snapped
signal: E1
category: emotive
weight: 1
explain: "Snapped" makes a reply sound bad-tempered.
alternatives: replied
inflect: no

id: gen.verb.snarl
forms: snarl | snarled | snarls
signal: E1
category: emotive
weight: 2
explain: "Snarled" compares the speaker to an angry animal.
alternatives: said
inflect: no

id: gen.verb.sneer
forms: sneer | sneered | sneers | sneering
signal: E1
category: emotive
weight: 2
explain: "Sneered" makes the speaker sound nasty and contemptuous.
alternatives: said
inflect: no

id: gen.verb.gloat
forms: gloat | gloated | gloats | gloating
signal: E1
category: emotive
weight: 2
explain: "Gloated" makes the speaker sound spiteful about others' failure.
alternatives: said
inflect: no

id: gen.verb.crow
forms: crowed
signal: E1
category: emotive
weight: 1
explain: "Crowed" mocks the speaker as boasting noisily.
alternatives: said
inflect: no
not_before: black | white | carrion | jim

id: gen.verb.gush
forms: gush | gushed | gushes | gushing
signal: E1
category: emotive
weight: 1
explain: "Gushed" makes praise sound over the top.
alternatives: praised | said
inflect: no

id: gen.verb.rave
forms: raved
signal: E1
category: emotive
weight: 1
explain: "Raved" makes speech sound wild or over-excited.
alternatives: said | praised
inflect: no

id: gen.verb.plead
forms: pleaded | pled | pleads
signal: E1
category: emotive
weight: 0.5
explain: "Pleaded" shows the speaker as desperate, which can draw sympathy; in court it is neutral ("pleaded not guilty").
alternatives: asked | urged
inflect: no

id: gen.verb.beg
forms: begged
signal: E1
category: emotive
weight: 1
explain: "Begged" shows the speaker as desperate and powerless.
alternatives: asked | urged
inflect: no

id: gen.verb.implore
forms: implore | implored | implores | imploring | beseech | beseeched | besought
signal: E1
category: emotive
weight: 1
explain: "Implored" adds desperate feeling to a request.
alternatives: urged | asked
inflect: no

id: gen.verb.lament
forms: lamented | laments
signal: E1
category: emotive
weight: 0.5
explain: "Lamented" colours words with sadness.
alternatives: said | regretted
inflect: no

id: gen.verb.bemoan
forms: bemoan | bemoaned | bemoans | bemoaning
signal: E1
category: emotive
weight: 1
explain: "Bemoaned" makes a complaint sound self-pitying.
alternatives: complained | said
inflect: no

id: gen.verb.complain
forms: complained | complains
signal: E1
category: emotive
weight: 0.5
explain: "Complained" reports a grievance and can make the speaker sound petty.
alternatives: said | criticised
inflect: no

id: gen.verb.grumble
forms: grumble | grumbled | grumbles | grumbling
signal: E1
category: emotive
weight: 1
explain: "Grumbled" makes a complaint sound petty.
alternatives: complained | said
inflect: no

id: gen.verb.moan
forms: moan | moaned | moans | moaning
signal: E1
category: emotive
weight: 2
explain: "Moaned" dismisses a complaint as whining.
alternatives: complained | said
inflect: no

id: gen.verb.wail
forms: wail | wailed | wails | wailing
signal: E1
category: emotive
weight: 2
explain: "Wailed" makes a speaker sound hysterical.
alternatives: said
inflect: no

id: gen.verb.cry
forms: cried
signal: E1
category: emotive
weight: 0.5
explain: "Cried" adds strong emotion to reported words.
alternatives: said
inflect: no

id: gen.verb.sob
forms: sobbed
signal: E1
category: emotive
weight: 0.5
explain: "Sobbed" shows deep distress and invites pity.
alternatives: said
inflect: no

id: gen.verb.thunder
forms: thundered
signal: E1
category: emotive
weight: 1
explain: "Thundered" makes a statement sound angry and loud.
alternatives: said
inflect: no

id: gen.verb.bellow
forms: bellow | bellowed | bellows | roar | roared | roars | howl | howled | howls
signal: E1
category: emotive
weight: 1
explain: "Bellowed" or "roared" makes the speaker sound loud and aggressive.
alternatives: said
inflect: no

id: gen.verb.hiss
forms: hissed
signal: E1
category: emotive
weight: 2
explain: "Hissed" makes the speaker sound venomous.
alternatives: said
inflect: no

id: gen.verb.spit
forms: spit | spat | spits
signal: E1
category: emotive
weight: 2
explain: "Spat" makes words sound hateful.
alternatives: said
inflect: no

id: gen.verb.bark
forms: barked | growled
signal: E1
category: emotive
weight: 2
explain: "Barked" or "growled" compares the speaker to an angry dog.
alternatives: said | ordered
inflect: no

id: gen.verb.mock
forms: mocked | mocking
signal: E1
category: emotive
weight: 0.5
explain: "Mocked" reports ridicule; it is fair when the speaker was mocking but colours them as unkind.
alternatives: criticised
inflect: no

id: gen.verb.taunt
forms: taunt | taunted | taunts | taunting | jeer | jeered | jeers | jeering
signal: E1
category: emotive
weight: 1
explain: "Taunted" makes the speaker sound cruel.
alternatives: said | criticised
inflect: no

id: gen.verb.ridicule
forms: ridicule | ridiculed | ridicules | ridiculing
signal: E1
category: emotive
weight: 1
explain: "Ridiculed" reports words as mockery, colouring the speaker as scornful.
alternatives: criticised
inflect: no

id: gen.verb.deride
forms: deride | derided | derides | deriding
signal: E1
category: emotive
weight: 1
explain: "Derided" makes criticism sound scornful.
alternatives: criticised
inflect: no

id: gen.verb.lambaste
forms: lambaste | lambasted | lambastes | lambasting
signal: E1
category: emotive
weight: 2
explain: "Lambasted" turns criticism into a beating.
alternatives: criticised
inflect: no

id: gen.verb.berate
forms: berate | berated | berates | berating
signal: E1
category: emotive
weight: 1
explain: "Berated" makes the speaker sound like a bully.
alternatives: criticised
inflect: no

id: gen.verb.chide
forms: chide | chided | chides | scold | scolded | scolds | scolding
signal: E1
category: emotive
weight: 1
explain: "Scolded" treats the target like a naughty child.
alternatives: criticised
inflect: no

id: gen.verb.rebuke
forms: rebuked
signal: E1
category: emotive
weight: 0.5
explain: "Rebuked" reports sharp criticism with a tone of authority.
alternatives: criticised
inflect: no

id: gen.verb.decry
forms: decry | decried | decries | decrying
signal: E1
category: emotive
weight: 0.5
explain: "Decried" adds a note of outrage to criticism.
alternatives: criticised
inflect: no

id: gen.verb.denounce
forms: denounce | denounced | denounces | denouncing
signal: E1
category: emotive
weight: 0.5
explain: "Denounced" reports strong public criticism and adds moral heat.
alternatives: criticised
inflect: no

id: gen.verb.condemn
forms: condemn | condemned | condemns | condemning
signal: E1
category: emotive
weight: 0.5
explain: "Condemned" reports strong disapproval; it is standard in diplomacy but still charged.
alternatives: criticised
inflect: no

id: gen.verb.hammer
forms: hammered
signal: E1
category: emotive
weight: 1
explain: "Hammered" turns criticism into blows.
alternatives: criticised
inflect: no

id: gen.verb.rip
forms: ripped
signal: E1
category: emotive
weight: 1
explain: "Ripped" makes criticism sound violent.
alternatives: criticised
inflect: no

id: gen.verb.skewer
forms: skewer | skewered | skewers | skewering
signal: E1
category: emotive
weight: 1
explain: "Skewered" makes criticism sound like stabbing.
alternatives: criticised
inflect: no

id: gen.verb.savage
forms: savaged
signal: E1
category: emotive
weight: 1
explain: "Savaged" makes criticism sound like an animal attack.
alternatives: criticised
inflect: no

id: gen.verb.excoriate
forms: excoriate | excoriated | excoriates | excoriating
signal: E1
category: emotive
weight: 1
explain: "Excoriated" makes criticism sound like flaying skin.
alternatives: criticised
inflect: no

id: gen.verb.eviscerate
forms: eviscerate | eviscerated | eviscerates | eviscerating
signal: E1
category: emotive
weight: 2
explain: "Eviscerated" makes criticism sound like gutting someone.
alternatives: criticised
inflect: no

id: gen.verb.bash
forms: bashed | bashing
signal: E1
category: emotive
weight: 1
explain: "Bashed" makes criticism sound like a beating.
alternatives: criticised
inflect: no

id: gen.verb.trash
forms: trashed
signal: E1
category: emotive
weight: 1
explain: "Trashed" makes criticism sound like destruction.
alternatives: criticised
inflect: no

id: gen.verb.rail
forms: railed | railed against | rails against | railing against
signal: E1
category: emotive
weight: 1
explain: "Railed" makes a speaker sound like they are shouting angrily.
alternatives: criticised
inflect: no

id: gen.verb.fulminate
forms: fulminate | fulminated | fulminates
signal: E1
category: emotive
weight: 2
explain: "Fulminated" presents the speaker as exploding with anger.
alternatives: criticised
inflect: no

id: gen.verb.vent
forms: vented
signal: E1
category: emotive
weight: 1
explain: "Vented" treats words as letting off steam rather than making a point.
alternatives: said | complained
inflect: no

id: gen.verb.seethe
forms: seethe | seethed | seethes | seething
signal: E1
category: emotive
weight: 2
explain: "Seethed" says the speaker was boiling with anger.
alternatives: said
inflect: no

id: gen.verb.bristle
forms: bristle | bristled | bristles | bristling
signal: E1
category: emotive
weight: 1
explain: "Bristled" makes a reply sound defensive and touchy.
alternatives: replied | objected
inflect: no

id: gen.verb.huff
forms: huff | huffed | huffs | sniff | sniffed | sniffs
signal: E1
category: emotive
weight: 2
explain: "Huffed" or "sniffed" makes a speaker sound offended and snobbish.
alternatives: said
inflect: no

id: gen.verb.quip
forms: quip | quipped | quips | quipping
signal: E1
category: emotive
weight: 0.5
explain: "Quipped" presents words as a joke, which can make the speaker seem witty or unserious.
alternatives: said
inflect: no

id: gen.verb.joke
forms: joked
signal: E1
category: emotive
weight: 0.5
explain: "Joked" tells readers not to take the words seriously.
alternatives: said
inflect: no

id: gen.verb.tout
forms: touted | touting
signal: E1
category: emotive
weight: 1
explain: "Touted" makes the speaker sound like a salesperson.
alternatives: promoted | said
inflect: no

id: gen.verb.trumpet
forms: trumpeted
signal: E1
category: emotive
weight: 1
explain: "Trumpeted" makes the speaker sound self-important.
alternatives: announced | said
inflect: no

id: gen.verb.hail
forms: hailed
signal: E1
category: emotive
weight: 0.5
explain: "Hailed" reports praise with a note of triumph.
alternatives: praised | welcomed
inflect: no

id: gen.verb.enthuse
forms: enthuse | enthused | enthuses
signal: E1
category: emotive
weight: 1
explain: "Enthused" makes praise sound excitable.
alternatives: said | praised
inflect: no

id: gen.verb.exult
forms: exult | exulted | exults
signal: E1
category: emotive
weight: 1
explain: "Exulted" makes the speaker sound triumphant.
alternatives: said
inflect: no

id: gen.verb.preach
forms: preached
signal: E1
category: emotive
weight: 1
explain: "Preached" makes the speaker sound self-righteous.
alternatives: said | argued
inflect: no

id: gen.verb.lecture
forms: lectured
signal: E1
category: emotive
weight: 0.5
explain: "Lectured" makes the speaker sound condescending.
alternatives: said | told
inflect: no

id: gen.verb.harangue
forms: harangue | harangued | harangues | haranguing | hector | hectored | hectoring
signal: E1
category: emotive
weight: 2
explain: "Harangued" makes the speaker sound like a bully.
alternatives: criticised | said
inflect: no

id: gen.verb.ramble
forms: ramble | rambled | rambles | rambling
signal: E1
category: emotive
weight: 2
explain: "Rambled" presents the speaker as confused or unfocused.
alternatives: spoke | said
inflect: no

id: gen.verb.babble
forms: babble | babbled | blurt | blurted | blurted out
signal: E1
category: emotive
weight: 1
explain: "Blurted" suggests the words came out without thinking.
alternatives: said
inflect: no

id: gen.verb.stammer
forms: stammer | stammered | stutter | stuttered | mumble | mumbled | mutter | muttered
signal: E1
category: emotive
weight: 0.5
explain: "Stammered" or "mumbled" can make a speaker sound weak or evasive.
alternatives: said
inflect: no

id: gen.verb.admonish
forms: admonish | admonished | admonishes | chastise | chastised | chastises
signal: E1
category: emotive
weight: 0.5
explain: "Chastised" treats the target like a child being punished.
alternatives: criticised
inflect: no

id: gen.verb.castigate
forms: castigate | castigated | castigates | pillory | pilloried | pillories
signal: E1
category: emotive
weight: 1
explain: "Castigated" makes criticism sound like a public punishment.
alternatives: criticised
inflect: no

id: gen.verb.vilify
forms: vilify | vilified | vilifies | vilifying | demonise | demonised | demonize | demonized | demonizes | demonises
signal: E1
category: emotive
weight: 1
explain: "Vilified" says the speaker turned someone into a villain.
alternatives: criticised
inflect: no

id: gen.verb.hit-out
forms: hit out | hits out | hitting out
signal: E1
category: emotive
weight: 1
explain: "Hit out" makes criticism sound like a punch.
alternatives: criticised
inflect: no

id: gen.verb.hit-back
forms: hit back | hits back | hitting back | fire back | fired back | fires back | clap back | clapped back
signal: E1
category: emotive
weight: 1
explain: "Fired back" turns a reply into a fight.
alternatives: replied | responded
inflect: no

id: gen.verb.snap-back
forms: snap back | snapped back
signal: E1
category: emotive
weight: 1
explain: "Snapped back" makes a reply sound bad-tempered.
alternatives: replied
inflect: no

id: gen.verb.brush-off
forms: brush off | brushed off | brushes off | shrug off | shrugged off | shrugs off | wave away | waved away | waves away | laugh off | laughed off | laughs off
signal: E1
category: emotive
weight: 1
explain: "Brushed off" makes the speaker seem dismissive of something serious.
alternatives: rejected | dismissed
inflect: no

id: gen.verb.dismiss
forms: dismissed
signal: E1
category: emotive
weight: 0.5
explain: "Dismissed" reports that the speaker rejected a point, and can make them seem careless.
alternatives: rejected
inflect: no

id: gen.verb.tear-into
forms: tear into | tore into | tears into | tearing into | torn into
signal: E1
category: emotive
weight: 1
explain: "Tore into" makes criticism sound like a physical attack.
alternatives: criticised
inflect: no

id: gen.verb.go-after
forms: went after
signal: E1
category: emotive
weight: 0.5
explain: "Went after" makes criticism sound like a hunt.
alternatives: criticised
inflect: no

id: gen.verb.take-aim-at
forms: take aim at | took aim at | takes aim at | taking aim at
signal: E1
category: emotive
weight: 1
explain: "Took aim at" turns criticism into shooting.
alternatives: criticised
inflect: no

id: gen.verb.double-down
forms: double down | doubled down | doubles down | doubling down
signal: E1
category: emotive
weight: 1
explain: "Doubled down" pictures a gambler raising a risky bet, suggesting stubbornness.
alternatives: repeated | stood by
inflect: no

id: gen.verb.sound-the-alarm
forms: sound the alarm | sounded the alarm | sounds the alarm | sounding the alarm
signal: E1
category: emotive
weight: 1
explain: "Sounded the alarm" adds urgency and treats the danger as real.
alternatives: warned
inflect: no

id: gen.verb.cry-foul
forms: cry foul | cried foul | cries foul | crying foul
signal: E1
category: emotive
weight: 1
explain: "Cried foul" makes a complaint sound like a sports protest, hinting at sour grapes.
alternatives: complained | objected
inflect: no

id: gen.verb.let-rip
forms: let rip | let fly | vent spleen | vented spleen
signal: E1
category: emotive
weight: 1
explain: "Let rip" presents criticism as an outburst.
alternatives: criticised
inflect: no

id: gen.verb.weigh-in
forms: weigh in | weighed in | weighs in | weighing in
signal: E1
category: emotive
weight: 0.5
explain: "Weighed in" can make a comment sound like meddling, though it is often mild.
alternatives: commented
inflect: no

id: gen.verb.chime-in
forms: chime in | chimed in | chimes in
signal: E1
category: emotive
weight: 0.5
explain: "Chimed in" makes a comment sound trivial.
alternatives: added | said
inflect: no

id: gen.verb.gripe
forms: gripe | griped | gripes | griping
signal: E1
category: emotive
weight: 2
explain: "Griped" makes a complaint sound petty.
alternatives: complained
inflect: no

id: gen.verb.squeal
forms: squeal | squealed | squeals
signal: E1
category: emotive
weight: 2
explain: "Squealed" mocks a speaker with an animal noise.
alternatives: complained | said
inflect: no

id: gen.verb.crow-about
forms: crowed about | gloated over
signal: E1
category: emotive
weight: 2
explain: "Crowed about" mocks pride in a success.
alternatives: celebrated | said
inflect: no

id: gen.verb.shriek
forms: shriek | shrieked | shrieks | screech | screeched
signal: E1
category: emotive
weight: 2
explain: "Shrieked" makes the speaker sound hysterical.
alternatives: said
inflect: no

id: gen.verb.blare
forms: blared
signal: E1
category: emotive
weight: 0.5
explain: "Blared" treats a statement or headline as noise.
alternatives: said
inflect: no

id: gen.verb.fret
forms: fretted
signal: E1
category: emotive
weight: 1
explain: "Fretted" makes concern sound anxious and small.
alternatives: worried | said
inflect: no

id: gen.verb.sigh
forms: sighed
signal: E1
category: emotive
weight: 0.5
explain: "Sighed" adds a tone of weariness to words.
alternatives: said
inflect: no

id: gen.verb.smirk
forms: smirked | chuckled
signal: E1
category: emotive
weight: 2
explain: "Smirked" makes the speaker sound smug.
alternatives: said
inflect: no

# More neutral report verbs

id: gen.verb.mused
forms: mused | muses | musing
signal: E1
category: neutral
weight: 0.5
explain: "Mused" reports a thoughtful remark, with a light touch of colour.
alternatives: said

id: gen.verb.reflected
forms: reflected | reflects on | reflecting on
signal: E1
category: neutral
weight: 0.5
explain: "Reflected" reports a considered remark.
alternatives: said
not_before: light | mirror | prices | price | figures | data | numbers | which | that | this

id: gen.verb.opined
forms: opined | opines | opining
signal: E1
category: neutral
weight: 0.5
explain: "Opined" marks words as opinion, sometimes with a hint of mockery.
alternatives: said | argued

id: gen.verb.ventured
forms: ventured | ventures
signal: E1
category: neutral
weight: 0.5
explain: "Ventured" reports a cautious suggestion.
alternatives: suggested | said

id: gen.verb.forecast
forms: forecast | forecasted
signal: E1
category: neutral
weight: 0.5
explain: "Forecast" neutrally reports a prediction.
alternatives: predicted

id: gen.verb.guessed
forms: guessed | surmised | surmises
signal: E1
category: neutral
weight: 0.5
explain: "Surmised" reports a guess as a guess.
alternatives: suggested

id: gen.verb.reasoned
forms: reasoned | reasons that
signal: E1
category: neutral
weight: 0.5
explain: "Reasoned" reports an argument and lends it a little logic.
alternatives: argued | said

id: gen.verb.summed-up
forms: summed up | sums up | summing up
signal: E1
category: neutral
weight: 0.5
explain: "Summed up" neutrally reports a summary.
alternatives: said

id: gen.verb.characterised
forms: characterised | characterized | characterises | characterizes | characterising | characterizing
signal: E1
category: neutral
weight: 0.5
explain: "Characterised" reports how a speaker described something.
alternatives: described

id: gen.verb.called-it
forms: called it | calls it | labelled | labeled | dubbed
signal: E1
category: neutral
weight: 0.5
explain: "Called it" reports a speaker's chosen label without endorsing it.
alternatives: described it as

id: gen.verb.accused
forms: accused | accuses | accusing
signal: E1
category: neutral
weight: 0.5
explain: "Accused" is the plain verb for an accusation; it neither endorses nor dismisses it.

id: gen.verb.blamed
forms: blamed | blames | blaming
signal: E1
category: neutral
weight: 0.5
explain: "Blamed" reports who a speaker held responsible.
alternatives: said (name) was responsible

id: gen.verb.charged-that
forms: charged that | charges that
signal: E1
category: neutral
weight: 0.5
explain: "Charged that" reports an accusation formally.
alternatives: accused | said

id: gen.verb.criticised
forms: criticised | criticized | criticises | criticizes | criticising | criticizing
signal: E1
category: neutral
weight: 1
explain: "Criticised" is the neutral verb for disapproval, and the plain alternative to "slammed" or "blasted".

id: gen.verb.praised
forms: praised | praises | praising
signal: E1
category: neutral
weight: 1
explain: "Praised" is the neutral verb for approval, the plain alternative to "gushed" or "hailed".

id: gen.verb.welcomed
forms: welcomed | welcomes | welcoming
signal: E1
category: neutral
weight: 0.5
explain: "Welcomed" neutrally reports approval of a decision.

id: gen.verb.commended
forms: commended | commends | thanked | congratulated | congratulates
signal: E1
category: neutral
weight: 0.5
explain: "Thanked" neutrally reports gratitude.

id: gen.verb.apologised
forms: apologised | apologized | apologises | apologizes | apologising | apologizing
signal: E1
category: neutral
weight: 0.5
explain: "Apologised" neutrally reports an apology.

id: gen.verb.regretted
forms: regretted | regrets | regretting
signal: E1
category: neutral
weight: 0.5
explain: "Regretted" reports that a speaker expressed regret.
alternatives: said they were sorry

id: gen.verb.defended
forms: defended | defends | defending
signal: E1
category: neutral
weight: 0.5
explain: "Defended" neutrally reports that a speaker justified something.

id: gen.verb.corrected
forms: corrected | corrects
signal: E1
category: neutral
weight: 0.5
explain: "Corrected" reports a correction and implies the earlier words were wrong.
alternatives: said

id: gen.verb.elaborated
forms: elaborated | elaborates | elaborating | detailed | outlined | outlines | spelled out | spelt out | laid out
signal: E1
category: neutral
weight: 0.5
explain: "Outlined" neutrally reports an explanation.
alternatives: explained | said

id: gen.verb.relayed
forms: relayed | relays | conveyed | conveys
signal: E1
category: neutral
weight: 0.5
explain: "Relayed" reports a message passed through someone.
alternatives: said

id: gen.verb.texted
forms: texted | emailed | messaged | wrote in an email | said in an email | said in an interview | told an interviewer
signal: E1
category: neutral
weight: 0.5
explain: "Said in an interview" neutrally names the setting.

id: gen.verb.echoed
forms: echoed | echoing
signal: E1
category: neutral
weight: 0.5
explain: "Echoed" reports agreement with an earlier speaker.
alternatives: agreed | repeated

id: gen.verb.interrupted
forms: interrupted | interrupts
signal: E1
category: neutral
weight: 0.5
explain: "Interrupted" reports that someone cut in.

id: gen.verb.pondered
forms: pondered | ponders | pondering
signal: E1
category: neutral
weight: 0.5
explain: "Pondered" reports a question a speaker turned over.
alternatives: wondered | asked

id: gen.verb.recounted
forms: recounted | recounts | recounting | reminisced | reminisces
signal: E1
category: neutral
weight: 0.5
explain: "Recounted" neutrally reports a story from memory.
alternatives: recalled | said

id: gen.verb.portrayed
forms: portrayed | portrays | portraying | depicted | depicts | depicting
signal: E1
category: neutral
weight: 0.5
explain: "Portrayed" reports how a speaker presented someone.
alternatives: described

id: gen.verb.implied
forms: implied | implies | implying | alluded | alludes | alluding | intimated | intimates
signal: E1
category: neutral
weight: 0.5
explain: "Implied" reports an indirect statement; the reader should see the words.
alternatives: suggested

id: gen.verb.leaked
forms: leaked
signal: E1
category: neutral
weight: 0.5
explain: "Leaked" reports information passed on without permission.
alternatives: disclosed | provided

id: gen.verb.unveiled
forms: unveiled | unveils | unveiling
signal: E1
category: neutral
weight: 0.5
explain: "Unveiled" reports an announcement with a little ceremony.
alternatives: announced

id: gen.verb.decreed
forms: decreed | ruled that | rules that | deemed | deems
signal: E1
category: neutral
weight: 0.5
explain: "Ruled that" reports a formal decision.
alternatives: decided

id: gen.verb.reckoned
forms: reckoned | reckons
signal: E1
category: neutral
weight: 0.5
explain: "Reckoned" reports an informal estimate or opinion.
alternatives: said | estimated

id: gen.verb.pitched
forms: pitched | pitches
signal: E1
category: neutral
weight: 0.5
explain: "Pitched" presents an idea as a sales pitch.
alternatives: proposed
not_before: tents | tent | baseball | ball

id: gen.verb.insinuated
forms: insinuated | insinuates | insinuating
signal: E1
category: doubt
weight: 1
explain: "Insinuated" suggests a speaker hinted at something nasty without saying it.
alternatives: suggested | implied

id: gen.verb.hawked
forms: hawked | hawking | hawks
signal: E1
category: doubt
weight: 1
explain: "Hawked" (for ideas) treats a speaker as a street seller of dubious goods.
alternatives: promoted
not_before: war | china | foreign | policy | the | iran

id: gen.verb.owned-up
forms: owned up | owns up | came clean | comes clean | let slip | lets slip
signal: E1
category: endorsing
weight: 1
explain: "Came clean" treats a statement as a true confession of something hidden.
alternatives: admitted | said

id: gen.verb.divulged
forms: divulged | divulges | divulging
signal: E1
category: endorsing
weight: 1
explain: "Divulged" treats information as a secret that was true.
alternatives: disclosed | said

id: gen.verb.branded
forms: branded
signal: E1
category: emotive
weight: 1
explain: "Branded" makes a label sound like a hot iron mark.
alternatives: called | described as

id: gen.verb.deplored
forms: deplored | deplores | deploring
signal: E1
category: emotive
weight: 0.5
explain: "Deplored" reports strong moral disapproval.
alternatives: criticised

id: gen.verb.attacked
forms: attacked | attacking
signal: E1
category: emotive
weight: 0.5
explain: "Attacked" (for words) turns criticism into violence.
alternatives: criticised

id: gen.verb.exclaimed
forms: exclaimed | exclaims
signal: E1
category: emotive
weight: 0.5
explain: "Exclaimed" adds excitement to reported words.
alternatives: said

id: gen.verb.gasped
forms: gasped | marvelled | marveled
signal: E1
category: emotive
weight: 1
explain: "Gasped" or "marvelled" adds wonder or shock to words.
alternatives: said

id: gen.verb.groaned
forms: groaned | laughed | giggled
signal: E1
category: emotive
weight: 0.5
explain: "Laughed" or "groaned" colours words with a mood.
alternatives: said

id: gen.verb.teased
forms: teased | teases | teasing
signal: E1
category: emotive
weight: 0.5
explain: "Teased" makes a remark sound playful, or a hint sound like a tease.
alternatives: said | hinted

id: gen.verb.extolled
forms: extolled | extols | extolling
signal: E1
category: emotive
weight: 0.5
explain: "Extolled" reports praise in a grand way.
alternatives: praised
