@pack general-distancing
@title General news language: distancing words (L5)
@description Words and phrases a writer uses to hold a name or claim at arm's length, hinting that it is not to be believed ("so-called", "self-styled", "what they call"). Scare quotes themselves are found by a rule, not by these entries.
@topic general
@reviewed Written by the general-lexicon author, November 2026; needs external review.

# Framelens general news-language pack. Entries, explanations and alternatives are written by the
# project; no word list was copied. Forms were chosen for words that colour a report on any subject,
# then checked for literal or routine uses in a large news sample: words that wire-style outlets use
# as plain description were narrowed to multi-word forms or left out. Weight: 2 strong, 1 normal,
# 0.5 mild or often legitimate.

# Labels that put a name in doubt

id: gen.dist.so-called
forms: so-called | so called
signal: L5
category: distancing
weight: 1
explain: Putting "so-called" before a name tells readers the writer thinks the name is wrong or undeserved, without saying why.
alternatives: (drop the word) | known as | called
inflect: no

id: gen.dist.self-styled
forms: self-styled
signal: L5
category: distancing
weight: 1
explain: "Self-styled" suggests the person gave themselves a title nobody else accepts, which mocks them rather than informing.
alternatives: who calls himself | who calls herself | who describes themselves as
inflect: no

id: gen.dist.self-proclaimed
forms: self-proclaimed
signal: L5
category: distancing
weight: 1
explain: "Self-proclaimed" hints that a title is only the person's own boast and should not be taken seriously.
alternatives: who calls himself | who calls herself | (the title alone)
inflect: no

id: gen.dist.self-appointed
forms: self-appointed
signal: L5
category: distancing
weight: 1
explain: "Self-appointed" implies nobody gave this person the role they act in, which is a judgement the reader should be shown evidence for.
alternatives: unelected | (describe who chose them)
inflect: no

id: gen.dist.self-described
forms: self-described
signal: L5
category: distancing
weight: 0.5
explain: "Self-described" can be fair, but it often signals that the writer does not accept the description.
alternatives: who describes themselves as | (the label alone)
inflect: no

id: gen.dist.self-declared
forms: self-declared
signal: L5
category: distancing
weight: 1
explain: "Self-declared" hints that a status (a state, a leader, an expert) is claimed but not real, taking a side on a disputed question.
alternatives: declared | unrecognised
inflect: no

id: gen.dist.self-professed
forms: self-professed
signal: L5
category: distancing
weight: 1
explain: "Self-professed" suggests the person only says they are something, inviting readers to doubt it.
alternatives: who says they are | (the label alone)
inflect: no

id: gen.dist.self-anointed
forms: self-anointed
signal: L5
category: distancing
weight: 2
explain: "Self-anointed" mocks a person for crowning themselves, which is sarcasm rather than reporting.
alternatives: self-appointed | (the title alone)
inflect: no

id: gen.dist.self-titled
forms: self-titled
signal: L5
category: distancing
weight: 0.5
explain: Outside music ("a self-titled album"), "self-titled" for a person hints that their title is only their own idea.
alternatives: who calls themselves
inflect: no

id: gen.dist.would-be
forms: would-be
signal: L5
category: distancing
weight: 0.5
explain: "Would-be" can be neutral ("would-be buyers") but before a role it often sneers that the person only wants to be something.
alternatives: aspiring | prospective
inflect: no

id: gen.dist.wannabe
forms: wannabe | wannabes | wanna-be
signal: L5
category: distancing
weight: 2
explain: "Wannabe" mocks someone as a failed imitation of what they want to be.
alternatives: aspiring | (describe what they do)
inflect: no

id: gen.dist.purported
forms: purported
signal: L5
category: distancing
weight: 0.5
explain: "Purported" tells readers that something is claimed but probably not true, before the evidence is shown.
alternatives: reported | said to be | unverified
inflect: no

id: gen.dist.supposed
forms: supposed
signal: L5
category: distancing
weight: 0.5
explain: "Supposed" before a noun ("the supposed expert") casts doubt on it with one word instead of evidence.
alternatives: claimed | described as
inflect: no
not_before: be | is | are | was | were | been | being | not | isn't | wasn't | aren't | weren't | it's | he's | she's | they're | we're | you're | i'm | what's | that's | who's | never | also | still | only | all

id: gen.dist.ostensible
forms: ostensible | ostensibly
signal: L5
category: distancing
weight: 1
explain: "Ostensible" says the stated reason is only for show, implying a hidden real reason.
alternatives: stated | official
inflect: no

id: gen.dist.putative
forms: putative
signal: L5
category: distancing
weight: 0.5
explain: "Putative" marks something as only assumed to be so, inviting doubt.
alternatives: presumed | expected
inflect: no

id: gen.dist.professed
forms: professed
signal: L5
category: distancing
weight: 1
explain: "Professed" before a belief or aim ("his professed concern") suggests it is not sincere.
alternatives: stated | declared
inflect: no

id: gen.dist.reputed
forms: reputed
signal: L5
category: distancing
weight: 0.5
explain: "Reputed" passes on a rumour ("a reputed mob boss") without saying who says so.
alternatives: said by police to be | (name the source)
inflect: no

id: gen.dist.pseudo
forms: pseudo | pseudo-
signal: L5
category: distancing
weight: 1
explain: "Pseudo" calls something fake, which is an opinion unless the report shows why.
alternatives: (describe it) | unproven
inflect: no

id: gen.dist.quasi
forms: quasi-
signal: L5
category: distancing
weight: 0.5
explain: "Quasi-" says something only partly deserves its name, a judgement the writer slips in.
alternatives: partly | (describe it)
inflect: no

id: gen.dist.faux
forms: faux
signal: L5
category: distancing
weight: 1
explain: "Faux" calls something fake or pretended, which mocks it rather than describing it.
alternatives: imitation | (describe it)
inflect: no

id: gen.dist.nominal
forms: nominal | nominally
signal: L5
category: distancing
weight: 0.5
explain: "Nominally" suggests that something is true only on paper and not in reality.
alternatives: officially | formally
inflect: no

# Putting other people's words at a distance

id: gen.dist.quote-unquote
forms: quote-unquote | quote unquote
signal: L5
category: distancing
weight: 2
explain: Saying "quote-unquote" before a word is the spoken form of scare quotes: it tells readers not to believe the word.
alternatives: (drop it) | known as
inflect: no

id: gen.dist.in-scare-quotes
forms: in scare quotes | in quotation marks
signal: L5
category: distancing
weight: 0.5
explain: Pointing out that a word is "in quotation marks" signals that the writer doubts it.
alternatives: (drop it)
inflect: no

id: gen.dist.what-they-call
forms: what they call | what they calls | what they called | what they term | what they terms | what they termed | what they describe as | what they describes as | what they described as | what they dub | what they dubs | what they dubbed | what they label | what they labels | what they labelled | what they labeled | what he call | what he calls | what he called | what he term | what he terms | what he termed | what he describe as | what he describes as | what he described as | what he dub | what he dubs | what he dubbed | what he label | what he labels | what he labelled | what he labeled | what she call | what she calls | what she called | what she term | what she terms | what she termed | what she describe as | what she describes as | what she described as | what she dub | what she dubs | what she dubbed | what she label | what she labels | what she labelled | what she labeled | what it call | what it calls | what it called | what it term | what it terms | what it termed | what it describe as | what it describes as | what it described as | what it dub | what it dubs | what it dubbed | what it label | what it labels | what it labelled | what it labeled | what officials call | what officials calls | what officials called | what officials term | what officials terms | what officials termed | what officials describe as | what officials describes as | what officials described as | what officials dub | what officials dubs | what officials dubbed | what officials label | what officials labels | what officials labelled | what officials labeled | what critics call | what critics calls | what critics called | what critics term | what critics terms | what critics termed | what critics describe as | what critics describes as | what critics described as | what critics dub | what critics dubs | what critics dubbed | what critics label | what critics labels | what critics labelled | what critics labeled | what supporters call | what supporters calls | what supporters called | what supporters term | what supporters terms | what supporters termed | what supporters describe as | what supporters describes as | what supporters described as | what supporters dub | what supporters dubs | what supporters dubbed | what supporters label | what supporters labels | what supporters labelled | what supporters labeled | what opponents call | what opponents calls | what opponents called | what opponents term | what opponents terms | what opponents termed | what opponents describe as | what opponents describes as | what opponents described as | what opponents dub | what opponents dubs | what opponents dubbed | what opponents label | what opponents labels | what opponents labelled | what opponents labeled | what activists call | what activists calls | what activists called | what activists term | what activists terms | what activists termed | what activists describe as | what activists describes as | what activists described as | what activists dub | what activists dubs | what activists dubbed | what activists label | what activists labels | what activists labelled | what activists labeled | what the government call | what the government calls | what the government called | what the government term | what the government terms | what the government termed | what the government describe as | what the government describes as | what the government described as | what the government dub | what the government dubs | what the government dubbed | what the government label | what the government labels | what the government labelled | what the government labeled | what the company call | what the company calls | what the company called | what the company term | what the company terms | what the company termed | what the company describe as | what the company describes as | what the company described as | what the company dub | what the company dubs | what the company dubbed | what the company label | what the company labels | what the company labelled | what the company labeled | what the group call | what the group calls | what the group called | what the group term | what the group terms | what the group termed | what the group describe as | what the group describes as | what the group described as | what the group dub | what the group dubs | what the group dubbed | what the group label | what the group labels | what the group labelled | what the group labeled
signal: L5
category: distancing
weight: 0.5
explain: "What they call" separates the writer from someone's name for something, suggesting the name is self-serving.
alternatives: which they call | (use the name with attribution)
inflect: no

id: gen.dist.as-they-put-it
forms: as they put it | as they like to call it | as they like to say | as they prefer to call it | as he put it | as he like to call it | as he like to say | as he prefer to call it | as she put it | as she like to call it | as she like to say | as she prefer to call it | as it put it | as it like to call it | as it like to say | as it prefer to call it | as officials put it | as officials like to call it | as officials like to say | as officials prefer to call it | as critics put it | as critics like to call it | as critics like to say | as critics prefer to call it | as supporters put it | as supporters like to call it | as supporters like to say | as supporters prefer to call it
signal: L5
category: distancing
weight: 0.5
explain: "As they like to call it" hints the speakers' chosen word is spin.
alternatives: in their words
inflect: no

id: gen.dist.so-to-speak
forms: so to speak | as it were
signal: L5
category: distancing
weight: 0.5
explain: "So to speak" and "as it were" wink at the reader that a word is not meant literally, or is not quite honest.
alternatives: (drop it)
inflect: no

id: gen.dist.euphemistically-called
forms: euphemistically called | euphemistically known as | euphemistically named | euphemistically termed | euphemistically described as | euphemistically referred to as | euphemistically dubbed
signal: L5
category: distancing
weight: 1
explain: Calling a name a euphemism says openly that it hides something worse, which is the writer's judgement.
alternatives: called | known as
inflect: no

id: gen.dist.supposedly-called
forms: supposedly called | supposedly known as | supposedly named | allegedly called | allegedly known as | allegedly named | ostensibly called | ostensibly known as | ostensibly named
signal: L5
category: distancing
weight: 1
explain: Adding "supposedly" to a name suggests that the name is false.
alternatives: called | known as
inflect: no

id: gen.dist.dubbed-as
forms: dubbed as | billed as | branded as | touted as | marketed as | sold as
signal: L5
category: distancing
weight: 0.5
explain: "Billed as" or "touted as" report a name while hinting it is salesmanship.
alternatives: called | described as
inflect: no

id: gen.dist.so-called-experts
forms: self-styled experts | so-called experts | supposed experts
signal: L5
category: distancing
weight: 2
explain: Mocking experts as "so-called experts" dismisses their knowledge without engaging with it.
alternatives: experts | specialists | (name them)
inflect: no

id: gen.dist.in-name-only
forms: in name only | in all but name
signal: L5
category: distancing
weight: 1
explain: "In name only" claims that a label is empty, which is an opinion presented as fact.
alternatives: (describe what it does)
inflect: no

id: gen.dist.fig-leaf
forms: fig leaf | fig-leaf
signal: L5
category: distancing
weight: 1
explain: Calling something a "fig leaf" says it only hides an embarrassing truth, a charge that needs support.
alternatives: cover | justification
inflect: no

id: gen.dist.window-dressing
forms: window dressing | window-dressing
signal: L5
category: distancing
weight: 1
explain: "Window dressing" dismisses a step as mere show.
alternatives: cosmetic change | (describe the step)
inflect: no

id: gen.dist.token-gesture
forms: token gesture | tokenistic gesture | tokenism
signal: L5
category: distancing
weight: 1
explain: Calling a step a "token gesture" says it is meant only to look good, which is a judgement.
alternatives: limited step | small measure
inflect: no

id: gen.dist.lip-service
forms: lip service
signal: L5
category: distancing
weight: 1
explain: Saying someone "pays lip service" accuses them of insincerity.
alternatives: said they support
inflect: no

id: gen.dist.little-more-than
forms: nothing more than a | nothing more than an | little more than a | little more than an | no more than a | no more than an | nothing but a | nothing but an
signal: L5
category: distancing
weight: 0.5
explain: "Little more than a" shrinks something down before the reader can judge it.
alternatives: (describe it)
inflect: no
