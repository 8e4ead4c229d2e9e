@pack general-intensifiers
@title General news language: intensifiers, boosters and superlatives (L2)
@description Words that turn up the volume (utterly, massive, staggering), that present a view as beyond doubt (clearly, obviously, undeniably), or that claim an extreme (unprecedented, record, the worst ever). In a neutral report the facts and figures carry the weight.
@topic general
@reviewed Written by the general-lexicon author, November 2026; needs external review.

# Framelens general news-language pack. Entries, explanations and alternatives are written by the
# project; no word list was copied. Forms were chosen for words that colour a report on any subject,
# then checked for literal or routine uses in a large news sample: words that wire-style outlets use
# as plain description were narrowed to multi-word forms or left out. Weight: 2 strong, 1 normal,
# 0.5 mild or often legitimate.

# Intensifying adverbs

id: gen.intens.utterly
forms: utterly
signal: L2
category: intensifier
weight: 1
explain: "Utterly" turns up the strength of a judgement so readers feel it more.
alternatives: (drop it)
inflect: no

id: gen.intens.totally
forms: totally
signal: L2
category: intensifier
weight: 1
explain: "Totally" exaggerates; the facts rarely need it.
alternatives: (drop it)
inflect: no

id: gen.intens.absolutely
forms: absolutely
signal: L2
category: intensifier
weight: 1
explain: "Absolutely" adds emphasis that makes a statement sound beyond argument.
alternatives: (drop it)
inflect: no

id: gen.intens.completely
forms: completely
signal: L2
category: intensifier
weight: 0.5
explain: "Completely" can be factual, but often inflates a claim.
alternatives: (drop it) | largely
inflect: no

id: gen.intens.thoroughly
forms: thoroughly
signal: L2
category: intensifier
weight: 0.5
explain: "Thoroughly" strengthens a judgement ("thoroughly discredited").
alternatives: (drop it)
inflect: no

id: gen.intens.wholly
forms: wholly
signal: L2
category: intensifier
weight: 0.5
explain: "Wholly" stretches a claim to cover everything.
alternatives: (drop it) | largely
inflect: no

id: gen.intens.downright
forms: downright
signal: L2
category: intensifier
weight: 1
explain: "Downright" pushes a judgement to the extreme.
alternatives: (drop it)
inflect: no

id: gen.intens.flat-out
forms: flat-out
signal: L2
category: intensifier
weight: 1
explain: "Flat-out" adds force to an accusation ("a flat-out lie").
alternatives: (drop it)
inflect: no

id: gen.intens.patently
forms: patently
signal: L2
category: intensifier
weight: 1
explain: "Patently" says something is obvious to everyone, which ends the argument.
alternatives: (drop it)
inflect: no

id: gen.intens.grossly
forms: grossly
signal: L2
category: intensifier
weight: 1
explain: "Grossly" inflates a judgement ("grossly unfair").
alternatives: (drop it) | very
inflect: no

id: gen.intens.hugely
forms: hugely
signal: L2
category: intensifier
weight: 1
explain: "Hugely" exaggerates size or effect.
alternatives: greatly | (give a figure)
inflect: no

id: gen.intens.massively
forms: massively
signal: L2
category: intensifier
weight: 1
explain: "Massively" exaggerates size or effect.
alternatives: greatly | (give a figure)
inflect: no

id: gen.intens.enormously
forms: enormously | immensely | tremendously
signal: L2
category: intensifier
weight: 1
explain: "Enormously" blows up the size of an effect.
alternatives: greatly | (give a figure)
inflect: no

id: gen.intens.vastly
forms: vastly
signal: L2
category: intensifier
weight: 0.5
explain: "Vastly" exaggerates a difference.
alternatives: much | (give a figure)
inflect: no

id: gen.intens.staggeringly
forms: staggeringly | astonishingly | astoundingly | amazingly
signal: L2
category: intensifier
weight: 1
explain: "Staggeringly" tells readers to be amazed.
alternatives: (give the figure)
inflect: no

id: gen.intens.incredibly
forms: incredibly | unbelievably
signal: L2
category: intensifier
weight: 1
explain: "Incredibly" literally means "hard to believe" and adds the writer's amazement.
alternatives: very | (drop it)
inflect: no

id: gen.intens.extremely
forms: extremely
signal: L2
category: intensifier
weight: 0.5
explain: "Extremely" pushes a description toward its limit.
alternatives: very | (drop it)
inflect: no

id: gen.intens.highly
forms: highly
signal: L2
category: intensifier
weight: 0.5
explain: "Highly" as an intensifier ("highly controversial") adds the writer's weight.
alternatives: (drop it)
inflect: no
not_before: most

id: gen.intens.deeply
forms: deeply
signal: L2
category: intensifier
weight: 0.5
explain: "Deeply" intensifies feelings or judgements ("deeply flawed").
alternatives: (drop it)
inflect: no

id: gen.intens.profoundly
forms: profoundly
signal: L2
category: intensifier
weight: 0.5
explain: "Profoundly" magnifies an effect or feeling.
alternatives: (drop it)
inflect: no

id: gen.intens.truly
forms: truly
signal: L2
category: intensifier
weight: 1
explain: "Truly" adds the writer's emphasis.
alternatives: (drop it)
inflect: no

id: gen.intens.really
forms: really
signal: L2
category: intensifier
weight: 0.5
explain: "Really" as emphasis in the narrator's voice adds opinion.
alternatives: (drop it)
inflect: no

id: gen.intens.dramatically
forms: dramatically
signal: L2
category: intensifier
weight: 1
explain: "Dramatically" adds drama to a change; a figure is clearer.
alternatives: sharply | (give the figure)
inflect: no

id: gen.intens.dramatic
forms: dramatic
signal: L2
category: intensifier
weight: 0.5
explain: "Dramatic" dramatises a change or event.
alternatives: large | sharp | (give the figure)
inflect: no

id: gen.intens.drastically
forms: drastically | drastic
signal: L2
category: intensifier
weight: 0.5
explain: "Drastically" frames a change as extreme.
alternatives: sharply | (give the figure)
inflect: no

id: gen.intens.exceptionally
forms: exceptionally | extraordinarily
signal: L2
category: intensifier
weight: 0.5
explain: "Extraordinarily" marks something as far outside the normal.
alternatives: very | unusually
inflect: no

id: gen.intens.phenomenally
forms: phenomenally | spectacularly | monumentally | colossally
signal: L2
category: intensifier
weight: 1
explain: "Spectacularly" inflates success or failure into a show.
alternatives: (drop it) | (give the result)
inflect: no

id: gen.intens.stunningly
forms: stunningly | breathtakingly | jaw-droppingly | eye-wateringly | mind-bogglingly
signal: L2
category: intensifier
weight: 1
explain: "Eye-wateringly" tells readers to gasp at a figure.
alternatives: (give the figure)
inflect: no

id: gen.intens.painfully
forms: painfully
signal: L2
category: intensifier
weight: 1
explain: "Painfully" (slow, obvious) adds the writer's frustration.
alternatives: (drop it)
inflect: no

id: gen.intens.strikingly
forms: strikingly | remarkably
signal: L2
category: intensifier
weight: 0.5
explain: "Remarkably" tells readers what is worth noticing.
alternatives: (drop it)
inflect: no

id: gen.intens.intensely
forms: intensely | passionately | vehemently
signal: L2
category: intensifier
weight: 0.5
explain: "Vehemently" dramatises how strongly someone acts or feels.
alternatives: strongly
inflect: no

id: gen.intens.bitterly
forms: bitterly
signal: L2
category: intensifier
weight: 0.5
explain: "Bitterly" (divided, opposed) adds emotion to a disagreement.
alternatives: strongly | sharply
inflect: no

id: gen.intens.overwhelmingly
forms: overwhelmingly
signal: L2
category: intensifier
weight: 0.5
explain: "Overwhelmingly" inflates a majority; give the numbers.
alternatives: (give the figure)
inflect: no

id: gen.intens.wildly
forms: wildly
signal: L2
category: intensifier
weight: 1
explain: "Wildly" (inaccurate, popular) exaggerates and judges.
alternatives: very | (give the figure)
inflect: no

id: gen.intens.insanely
forms: insanely | crazily
signal: L2
category: intensifier
weight: 1
explain: "Insanely" exaggerates with a word for madness.
alternatives: very
inflect: no

id: gen.intens.seriously
forms: seriously | severely
signal: L2
category: intensifier
weight: 0.5
explain: Used as intensifiers ("seriously flawed") these inflate a judgement.
alternatives: (describe the problem)
inflect: no
not_before: not | taken | take | takes | was | were | injured | ill | wounded | hurt | damaged

id: gen.intens.blindingly
forms: blindingly | glaringly
signal: L2
category: intensifier
weight: 1
explain: "Glaringly" says a fault is impossible to miss.
alternatives: clearly | (drop it)
inflect: no

id: gen.intens.sorely
forms: sorely | badly needed | desperately needed
signal: L2
category: intensifier
weight: 0.5
explain: "Desperately needed" dramatises a need.
alternatives: needed
inflect: no

id: gen.intens.excessively
forms: excessively | overly | unduly
signal: L2
category: intensifier
weight: 0.5
explain: "Overly" judges something as too much.
alternatives: (describe the amount)
inflect: no

id: gen.intens.simply
forms: simply | just plain | plain wrong
signal: L2
category: intensifier
weight: 0.5
explain: "Simply" as emphasis ("simply wrong") dismisses argument.
alternatives: (drop it)
inflect: no
not_before: not | more | less

id: gen.intens.literally
forms: literally
signal: L2
category: intensifier
weight: 0.5
explain: "Literally" as emphasis exaggerates.
alternatives: (drop it)
inflect: no

id: gen.intens.whatsoever
forms: whatsoever | at all costs | by any means
signal: L2
category: intensifier
weight: 0.5
explain: "Whatsoever" stresses a negative to the extreme.
alternatives: (drop it)
inflect: no

id: gen.intens.ever-increasing
forms: ever-increasing | ever-growing | ever-rising | ever-expanding
signal: L2
category: intensifier
weight: 0.5
explain: "Ever-growing" suggests an endless rise.
alternatives: growing | rising
inflect: no

# Size and amount hyperbole

id: gen.intens.massive
forms: massive
signal: L2
category: intensifier
weight: 1
explain: "Massive" exaggerates size; give the number instead.
alternatives: large | major | (give the figure)
inflect: no

id: gen.intens.huge
forms: huge
signal: L2
category: intensifier
weight: 1
explain: "Huge" exaggerates size; give the number instead.
alternatives: large | major | (give the figure)
inflect: no

id: gen.intens.enormous
forms: enormous
signal: L2
category: intensifier
weight: 1
explain: "Enormous" blows up the scale of something.
alternatives: large | (give the figure)
inflect: no

id: gen.intens.gigantic
forms: gigantic | colossal | mammoth | monumental | gargantuan | humongous
signal: L2
category: intensifier
weight: 1
explain: Words like "colossal" exaggerate scale.
alternatives: large | (give the figure)
inflect: no

id: gen.intens.giant
forms: giant
signal: L2
category: intensifier
weight: 0.5
explain: "Giant" inflates size, and "tech giant" or "retail giant" casts a company as a colossus.
alternatives: large | major | (name the company)
inflect: no

id: gen.intens.tremendous
forms: tremendous | immense
signal: L2
category: intensifier
weight: 1
explain: "Tremendous" inflates scale or quality.
alternatives: large | significant
inflect: no

id: gen.intens.astronomical
forms: astronomical | sky-high | off the charts | through the roof
signal: L2
category: intensifier
weight: 1
explain: "Astronomical" exaggerates a number beyond measure.
alternatives: high | (give the figure)
inflect: no

id: gen.intens.staggering
forms: staggering | whopping | eye-watering | jaw-dropping | mind-boggling | mind-blowing
signal: L2
category: intensifier
weight: 1
explain: "Whopping" tells readers that a number is shocking.
alternatives: (give the figure)
inflect: no

id: gen.intens.astonishing
forms: astonishing | astounding | incredible | unbelievable | amazing
signal: L2
category: intensifier
weight: 1
explain: "Astonishing" tells readers to be amazed.
alternatives: notable | unexpected | (give the figure)
inflect: no

id: gen.intens.extraordinary
forms: extraordinary
signal: L2
category: intensifier
weight: 0.5
explain: "Extraordinary" tells readers that something is far from normal.
alternatives: unusual | rare
inflect: no

id: gen.intens.remarkable
forms: remarkable
signal: L2
category: intensifier
weight: 0.5
explain: "Remarkable" tells readers something deserves admiration or surprise.
alternatives: notable | unusual
inflect: no

id: gen.intens.phenomenal
forms: phenomenal
signal: L2
category: intensifier
weight: 1
explain: "Phenomenal" inflates a success.
alternatives: strong | (give the figure)
inflect: no

id: gen.intens.utter
forms: utter | sheer
signal: L2
category: intensifier
weight: 1
explain: "Utter" and "sheer" push a noun to its extreme ("utter chaos", "sheer incompetence").
alternatives: (drop it)
inflect: no
not_before: cliff | cliffs | drop

id: gen.intens.absolute
forms: absolute
signal: L2
category: intensifier
weight: 0.5
explain: "Absolute" as emphasis ("an absolute disgrace") adds the writer's force.
alternatives: (drop it)
inflect: no
not_before: an | the

id: gen.intens.total-disaster
forms: total disaster | total failure | total chaos | total mess | total nonsense | total collapse | total fiasco | total shambles | complete disaster | complete failure | complete chaos | complete mess | complete nonsense | complete fiasco | complete shambles | utter disaster | utter failure
signal: L2
category: intensifier
weight: 1
explain: Phrases like "total disaster" push a judgement to the extreme.
alternatives: failure | problems
inflect: no

id: gen.intens.pure-evil
forms: pure evil | pure madness | pure fantasy | pure propaganda | pure nonsense | sheer madness | sheer folly
signal: L2
category: intensifier
weight: 1
explain: "Pure" or "sheer" before a judgement makes it absolute.
alternatives: (describe it)
inflect: no

id: gen.intens.rampant
forms: rampant
signal: L2
category: intensifier
weight: 1
explain: "Rampant" says something has spread out of control.
alternatives: widespread | common | (give figures)
inflect: no

id: gen.intens.rife
forms: rife
signal: L2
category: intensifier
weight: 0.5
explain: "Rife" says something bad is everywhere.
alternatives: common | widespread
inflect: no

id: gen.intens.countless
forms: countless | untold | innumerable | umpteen
signal: L2
category: intensifier
weight: 1
explain: "Countless" claims a number too big to count; usually it could be counted.
alternatives: many | (give the number)
inflect: no

id: gen.intens.myriad
forms: myriad
signal: L2
category: intensifier
weight: 0.5
explain: "Myriad" exaggerates how many there are.
alternatives: many | (give the number)
inflect: no

id: gen.intens.a-barrage-of
forms: a barrage of | a torrent of | a litany of | a deluge of | an avalanche of | a tidal wave of | a tsunami of | a flood of | a blizzard of | a firestorm of | torrent of | deluge of | avalanche of | tidal wave of | tsunami of | flood of | litany of
signal: L2
category: intensifier
weight: 1
explain: Flood and storm images ("a torrent of criticism") exaggerate how much.
alternatives: many | much | (give the number)
inflect: no

id: gen.intens.mountain-of
forms: mountain of | mountains of
signal: L2
category: intensifier
weight: 0.5
explain: "A mountain of" (debt, evidence) exaggerates an amount.
alternatives: large amount of | (give the figure)
inflect: no

id: gen.intens.every-single
forms: every single | each and every | time and again | time after time | again and again | over and over
signal: L2
category: intensifier
weight: 0.5
explain: "Time and again" stresses repetition to build a case.
alternatives: repeatedly | (say how often)
inflect: no

id: gen.intens.biblical-proportions
forms: biblical proportions | epic proportions | of epic proportions | the mother of all
signal: L2
category: intensifier
weight: 2
explain: "Of biblical proportions" exaggerates scale with a religious image.
alternatives: very large
inflect: no

id: gen.intens.epic
forms: epic
signal: L2
category: intensifier
weight: 1
explain: "Epic" inflates an event into legend.
alternatives: long | large | major
inflect: no

id: gen.intens.nothing-short-of
forms: nothing short of | no less than | beyond belief
signal: L2
category: intensifier
weight: 0.5
explain: "Nothing short of" inflates what follows.
alternatives: (drop it)
inflect: no

# Hyperbolic verbs of change

id: gen.intens.skyrocket
forms: skyrocket | skyrocketed | skyrocketing | skyrockets | sky-rocketing
signal: L2
category: intensifier
weight: 1
explain: "Skyrocketing" turns a rise into a rocket launch; a figure is clearer.
alternatives: rose sharply | (give the figure)
inflect: no

id: gen.intens.soar
forms: soar | soared | soaring | soars
signal: L2
category: intensifier
weight: 0.5
explain: "Soaring" dramatises a rise.
alternatives: rose | increased | (give the figure)
inflect: no

id: gen.intens.explode
forms: explode | exploded | exploding | explodes | explosion in
signal: L2
category: intensifier
weight: 0.5
explain: "Exploded" (for numbers or debates) dramatises growth.
alternatives: grew rapidly | rose sharply
inflect: no
not_before: bomb | bombs | device | shell | shells | rocket | rockets | grenade | grenades | mine | mines | car | truck | missile | missiles | drone | drones | that | which | it | munitions | ordnance | vehicle | tanker | pipeline | boiler | balloon

id: gen.intens.balloon
forms: balloon | ballooned | ballooning | balloons
signal: L2
category: intensifier
weight: 0.5
explain: "Ballooned" pictures costs inflating out of control.
alternatives: grew | rose
inflect: no
not_before: hot-air | air | weather | spy | a | the

id: gen.intens.spiral
forms: spiral | spiralled | spiraled | spiralling | spiraling
signal: L2
category: intensifier
weight: 0.5
explain: "Spiralling" suggests a rise or fall out of control.
alternatives: rising | falling
inflect: no
not_before: a | the | downward | upward | inflationary

id: gen.intens.plummet
forms: plummet | plummeted | plummeting | plummets
signal: L2
category: intensifier
weight: 0.5
explain: "Plummeted" dramatises a fall.
alternatives: fell sharply | (give the figure)
inflect: no

id: gen.intens.nosedive
forms: nosedive | nosedived | nose-dived | nosediving | nose-dive
signal: L2
category: intensifier
weight: 1
explain: "Nosedive" pictures a crashing plane.
alternatives: fell sharply
inflect: no

id: gen.intens.crater
forms: crater | cratered | cratering
signal: L2
category: intensifier
weight: 1
explain: "Cratered" (for markets or ratings) exaggerates a fall.
alternatives: fell sharply
inflect: no
not_before: impact | a | the | volcanic | bomb | meteor | lunar

id: gen.intens.tanked
forms: tanked | tanking
signal: L2
category: intensifier
weight: 1
explain: "Tanked" is slang that exaggerates a fall.
alternatives: fell sharply | did poorly
inflect: no

id: gen.intens.evaporate
forms: evaporate | evaporated | evaporating
signal: L2
category: intensifier
weight: 0.5
explain: "Evaporated" (support, savings) dramatises a loss.
alternatives: disappeared | fell
inflect: no

# Boosters: presenting a view as beyond doubt

id: gen.intens.clearly
forms: clearly
signal: L2
category: booster
weight: 1
explain: "Clearly" tells readers something is obvious, which discourages them from questioning it.
alternatives: (drop it) | (show the evidence)
inflect: no
not_before: not | speak | spoke | speaking | see | seen | visible | marked | labelled | labeled | written | stated | defined

id: gen.intens.obviously
forms: obviously
signal: L2
category: booster
weight: 1
explain: "Obviously" says anyone who disagrees is missing the plain truth.
alternatives: (drop it)
inflect: no

id: gen.intens.obvious
forms: obvious
signal: L2
category: booster
weight: 0.5
explain: "Obvious" declares a conclusion beyond doubt.
alternatives: (show the evidence)
inflect: no

id: gen.intens.undeniably
forms: undeniably | undeniable
signal: L2
category: booster
weight: 1
explain: "Undeniable" claims nobody could disagree, which ends the debate by declaration.
alternatives: (show the evidence)
inflect: no

id: gen.intens.undoubtedly
forms: undoubtedly | unquestionably | indisputably | incontrovertibly | irrefutably
signal: L2
category: booster
weight: 1
explain: "Undoubtedly" removes doubt by declaration, not by evidence.
alternatives: (drop it)
inflect: no

id: gen.intens.indisputable
forms: indisputable | unquestionable | irrefutable | incontrovertible | incontestable
signal: L2
category: booster
weight: 1
explain: "Irrefutable" claims that no counter-argument exists.
alternatives: strong | (show the evidence)
inflect: no

id: gen.intens.certainly
forms: certainly | definitely | surely
signal: L2
category: booster
weight: 0.5
explain: "Certainly" adds the writer's confidence to a claim.
alternatives: (drop it)
inflect: no
not_before: not | almost | most | nearly | not

id: gen.intens.of-course
forms: of course
signal: L2
category: booster
weight: 0.5
explain: "Of course" treats a point as common knowledge.
alternatives: (drop it)
inflect: no

id: gen.intens.without-doubt
forms: without doubt | without a doubt | beyond doubt | beyond question | beyond dispute | no doubt that | there is no doubt | there's no doubt | there is no question that | there's no question that | no question that
signal: L2
category: booster
weight: 1
explain: "There is no doubt" settles a question by declaration.
alternatives: (show the evidence)
inflect: no

id: gen.intens.it-is-clear-that
forms: it is clear that | it's clear that | it is obvious that | it's obvious that | it is evident that | it is undeniable that | it is plain that
signal: L2
category: booster
weight: 1
explain: "It is clear that" presents an opinion as something everyone can see.
alternatives: (show the evidence)
inflect: no

id: gen.intens.everyone-knows
forms: everyone knows | everybody knows | as everyone knows | we all know | as we all know | it is common knowledge | it goes without saying | needless to say
signal: L2
category: booster
weight: 1
explain: "Everyone knows" treats an unproven point as shared knowledge.
alternatives: (drop it) | (give the source)
inflect: no

id: gen.intens.the-fact-is
forms: the fact is | the fact of the matter | the truth is | the reality is | the simple fact | make no mistake | let's be clear | let us be clear | let's be honest | the bottom line is
signal: L2
category: booster
weight: 1
explain: "The truth is" presents the writer's view as fact.
alternatives: (drop it)
inflect: no

id: gen.intens.in-fact
forms: in fact | indeed | in reality
signal: L2
category: booster
weight: 0.5
explain: "In fact" and "indeed" in the narrator's voice can present an opinion as settled.
alternatives: (drop it)
inflect: no

id: gen.intens.plainly
forms: plainly | manifestly | evidently | self-evidently | self-evident
signal: L2
category: booster
weight: 0.5
explain: "Self-evident" says a point needs no proof.
alternatives: (show the evidence)
inflect: no

id: gen.intens.frankly
forms: frankly | quite frankly | to be frank | honestly
signal: L2
category: booster
weight: 0.5
explain: "Frankly" signals the writer is giving their own blunt view.
alternatives: (drop it)
inflect: no

id: gen.intens.inevitably
forms: inevitably | inevitable | inescapable | inescapably
signal: L2
category: booster
weight: 0.5
explain: "Inevitable" presents an outcome as certain before it happens.
alternatives: likely | expected
inflect: no

id: gen.intens.proves-that
forms: proves that | proof that | proved that | proven fact | settled science | the science is settled
signal: L2
category: booster
weight: 0.5
explain: "Proves that" claims more certainty than most evidence gives.
alternatives: suggests | shows | found
inflect: no

# Superlatives and claims of the extreme

id: gen.intens.unprecedented
forms: unprecedented
signal: L2
category: superlative
weight: 1
explain: "Unprecedented" claims nothing like this has ever happened; it is rarely checked.
alternatives: unusual | rare | the first since (year)
inflect: no

id: gen.intens.record-high
forms: record high | record low | record highs | record lows | record levels | record level | record number | record numbers | record-breaking | record-setting | record-high | record-low | all-time high | all-time low | all-time highs | all-time lows
signal: L2
category: superlative
weight: 0.5
explain: "Record" can be a plain fact, but it often inflates a figure without a comparison.
alternatives: highest since (year) | (give the figures)
inflect: no

id: gen.intens.the-worst
forms: the worst | worst-ever | worst ever | the worst-ever
signal: L2
category: superlative
weight: 1
explain: "The worst" is a superlative the writer should show with a comparison.
alternatives: (give the comparison)
inflect: no
not_before: at

id: gen.intens.biggest-ever
forms: biggest ever | largest ever | greatest ever | highest ever | lowest ever | deadliest ever | worst in history | biggest in history | largest in history | of all time | in history | in living memory
signal: L2
category: superlative
weight: 0.5
explain: "Biggest ever" claims a record that readers cannot check.
alternatives: largest since (year) | (give the comparison)
inflect: no

id: gen.intens.once-in-a-generation
forms: once-in-a-generation | once in a generation | once-in-a-lifetime | once in a lifetime | once-in-a-century | once in a century
signal: L2
category: superlative
weight: 1
explain: "Once in a generation" inflates an event's importance.
alternatives: rare | unusual
inflect: no

id: gen.intens.never-before-seen
forms: never before seen | never-before-seen | like never before | as never before | never seen before
signal: L2
category: superlative
weight: 1
explain: "Never before seen" claims uniqueness without a check.
alternatives: unusual | rare
inflect: no

id: gen.intens.unparalleled
forms: unparalleled | unmatched | unrivalled | unrivaled | unequalled | unequaled | unsurpassed | second to none | peerless
signal: L2
category: superlative
weight: 1
explain: "Unparalleled" claims nothing compares, which is rarely shown.
alternatives: leading | (give the comparison)
inflect: no

id: gen.intens.the-single-biggest
forms: the single biggest | the single largest | the single most | by far the | far and away
signal: L2
category: superlative
weight: 0.5
explain: "By far the" stretches a comparison for effect.
alternatives: the | (give the figures)
inflect: no

id: gen.intens.the-most-important
forms: the most important | the most significant | the most dangerous | the most powerful | the most consequential | the most controversial | the most extreme | the most radical
signal: L2
category: superlative
weight: 0.5
explain: Unsupported "the most" claims in the narrator's voice rank things without evidence.
alternatives: an important | a significant | (give the comparison)
inflect: no

id: gen.intens.best-ever
forms: best-ever | best ever | greatest-ever | finest ever | the greatest
signal: L2
category: superlative
weight: 0.5
explain: "Best ever" is praise or hype, not a measured fact.
alternatives: (give the comparison)
inflect: no

# More volume words

id: gen.intens.seismic
forms: seismic | seismic shift | tectonic shift | earth-shattering | earthshaking | earth-shaking
signal: L2
category: intensifier
weight: 1
explain: "Seismic shift" compares a change to an earthquake.
alternatives: major change | significant change
inflect: no
not_before: minor | small

id: gen.intens.sea-change
forms: sea change
signal: L2
category: intensifier
weight: 0.5
explain: "Sea change" inflates a shift into a total transformation.
alternatives: major change
inflect: no

id: gen.intens.quantum-leap
forms: quantum leap
signal: L2
category: intensifier
weight: 1
explain: "Quantum leap" (in everyday use) exaggerates progress.
alternatives: big step | major advance
inflect: no

id: gen.intens.exponential
forms: exponential | exponentially
signal: L2
category: intensifier
weight: 0.5
explain: "Exponential" is a maths word often used to exaggerate growth.
alternatives: rapid | rapidly | (give the rate)
inflect: no

id: gen.intens.rocketed
forms: rocketed | rocketing | shot up | zoomed
signal: L2
category: intensifier
weight: 0.5
explain: "Rocketed" pictures a rise as a launch.
alternatives: rose sharply | (give the figure)
inflect: no

id: gen.intens.at-an-alarming-rate
forms: at an alarming rate | at an astonishing rate | at a staggering rate | at breakneck speed | at breakneck pace | at lightning speed | like wildfire
signal: L2
category: intensifier
weight: 1
explain: "At an alarming rate" adds emotion to a trend instead of giving the rate.
alternatives: quickly | (give the rate)
inflect: no

id: gen.intens.in-droves
forms: in droves | en masse
signal: L2
category: intensifier
weight: 0.5
explain: "In droves" pictures people moving like a herd.
alternatives: in large numbers | (give the number)
inflect: no

id: gen.intens.way-too
forms: way too | far too | much too | all too
signal: L2
category: intensifier
weight: 0.5
explain: "Far too" adds the writer's judgement that something is excessive.
alternatives: (describe the amount)
inflect: no

id: gen.intens.out-of-all-proportion
forms: out of all proportion | wildly disproportionate | grossly disproportionate
signal: L2
category: intensifier
weight: 1
explain: "Out of all proportion" judges a response as excessive.
alternatives: larger than | (compare the figures)
inflect: no

id: gen.intens.acutely
forms: acutely | gravely
signal: L2
category: intensifier
weight: 0.5
explain: "Gravely" adds weight to a concern or danger.
alternatives: seriously
inflect: no
not_before: was | were | is | are | been | critically

id: gen.intens.mega
forms: mega | mega- | super- | jumbo
signal: L2
category: intensifier
weight: 0.5
explain: Prefixes like "mega-" hype size ("mega-deal").
alternatives: large
inflect: no
not_before: the

id: gen.intens.crystal-clear
forms: crystal clear | abundantly clear | perfectly clear | absolutely clear | patently clear
signal: L2
category: booster
weight: 1
explain: "Crystal clear" insists a point cannot be doubted.
alternatives: clear | (show the evidence)
inflect: no

id: gen.intens.unmistakable
forms: unmistakable | unmistakably | unambiguous | unambiguously
signal: L2
category: booster
weight: 0.5
explain: "Unmistakable" claims no other reading is possible.
alternatives: clear | (show the evidence)
inflect: no

id: gen.intens.demonstrably
forms: demonstrably | objectively | factually
signal: L2
category: booster
weight: 1
explain: "Objectively" presents a judgement as pure fact.
alternatives: (show the evidence)
inflect: no

id: gen.intens.definitively
forms: definitively | conclusively | categorically
signal: L2
category: booster
weight: 0.5
explain: "Conclusively" claims a question is closed.
alternatives: (show the evidence)
inflect: no

id: gen.intens.beyond-any-doubt
forms: beyond any doubt | beyond all doubt | beyond reasonable doubt | without question | there can be no doubt | no two ways about it | make no bones about it
signal: L2
category: booster
weight: 1
explain: "Beyond all doubt" settles a question by declaration.
alternatives: (show the evidence)
inflect: no

id: gen.intens.importantly
forms: importantly | crucially | critically important | most importantly | above all
signal: L2
category: booster
weight: 0.5
explain: "Crucially" tells readers which fact matters most, steering their reading.
alternatives: (drop it)
inflect: no

id: gen.intens.notably
forms: notably | significantly
signal: L2
category: booster
weight: 0.5
explain: "Notably" points readers at what the writer thinks matters.
alternatives: (drop it)
inflect: no
not_before: not | statistically | more | less | higher | lower

id: gen.intens.the-very-definition-of
forms: the very definition of | the epitome of | the height of | the embodiment of | a textbook case of | a textbook example of
signal: L2
category: superlative
weight: 1
explain: "The very definition of" inflates a single case into a perfect example.
alternatives: an example of
inflect: no

id: gen.intens.the-ultimate
forms: the ultimate | the last straw | the final straw
signal: L2
category: superlative
weight: 0.5
explain: "The ultimate" claims something is the final or highest of its kind.
alternatives: (drop it)
inflect: no

id: gen.intens.existential-threat
forms: existential threat | existential threats | existential crisis | greatest threat | biggest threat | gravest threat | single greatest threat | worst nightmare
signal: L2
category: superlative
weight: 1
explain: "Existential threat" claims the very survival of something is at stake.
alternatives: serious threat | major risk
inflect: no

id: gen.intens.beyond-repair
forms: beyond repair | point of no return | past the point of no return
signal: L2
category: superlative
weight: 0.5
explain: "Beyond repair" declares a situation hopeless.
alternatives: badly damaged
inflect: no

id: gen.intens.like-no-other
forms: like no other | unlike any other | in a league of its own | in a class of its own
signal: L2
category: superlative
weight: 1
explain: "Like no other" claims uniqueness without comparison.
alternatives: unusual | (give the comparison)
inflect: no

id: gen.intens.first-ever
forms: first-ever | first ever | very first
signal: L2
category: superlative
weight: 0.5
explain: "First-ever" stresses novelty and is often unchecked.
alternatives: first
inflect: no

id: gen.intens.most-ever
forms: most ever | most in history | most since records began | hottest ever | coldest ever | wettest ever
signal: L2
category: superlative
weight: 0.5
explain: "Hottest ever" needs the record it is measured against.
alternatives: highest since records began in (year)
inflect: no
