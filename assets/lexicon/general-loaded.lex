@pack general-loaded
@title General news language: loaded and subjective terms (L1)
@description Emotive, evaluative, dehumanising and glorifying words that carry the writer's judgement on any subject; a neutral report would describe what happened and let readers judge. Topic-specific vocabulary (for example "regime", "terrorists", "illegal aliens") lives in the topic packs.
@topic general
@reviewed Written by the general-lexicon author, November 2026; needs external review.

# Framelens general news-language pack. Entries, explanations and alternatives are written by the
# project; no word list was copied. Forms were chosen for words that colour a report on any subject,
# then checked for literal or routine uses in a large news sample: words that wire-style outlets use
# as plain description were narrowed to multi-word forms or left out. Weight: 2 strong, 1 normal,
# 0.5 mild or often legitimate.

# Shock and outrage: adjectives that tell readers how to feel

id: gen.loaded.shocking
forms: shocking | shockingly
signal: L1
category: emotive
weight: 1
explain: "Shocking" tells readers how to feel instead of letting the facts speak.
alternatives: surprising | unexpected | (describe what happened)

id: gen.loaded.outrageous
forms: outrageous | outrageously
signal: L1
category: emotive
weight: 1
explain: "Outrageous" hands readers the writer's anger about something.
alternatives: controversial | criticised | unusual

id: gen.loaded.horrific
forms: horrific | horrifically
signal: L1
category: emotive
weight: 1
explain: "Horrific" tells readers to be horrified rather than showing them what happened.
alternatives: serious | violent | (describe the harm)

id: gen.loaded.horrendous
forms: horrendous | horrendously
signal: L1
category: emotive
weight: 1
explain: "Horrendous" piles the writer's disgust onto a description.
alternatives: very serious | severe

id: gen.loaded.horrifying
forms: horrifying | horrified
signal: L1
category: emotive
weight: 1
explain: "Horrifying" describes the writer's reaction, not the event.
alternatives: (describe what happened)

id: gen.loaded.appalling
forms: appalling | appallingly
signal: L1
category: emotive
weight: 1
explain: "Appalling" is the writer's moral verdict on what happened.
alternatives: poor | criticised | (describe it)
inflect: no

id: gen.loaded.atrocious
forms: atrocious | atrociously
signal: L1
category: emotive
weight: 1
explain: "Atrocious" passes harsh judgement instead of describing.
alternatives: very poor | (describe it)

id: gen.loaded.abhorrent
forms: abhorrent
signal: L1
category: emotive
weight: 1
explain: "Abhorrent" says something is morally disgusting, which is an opinion.
alternatives: widely condemned | (describe it)

id: gen.loaded.abominable
forms: abominable
signal: L1
category: emotive
weight: 1
explain: "Abominable" is a strong moral judgement dressed as description.
alternatives: (describe it)

id: gen.loaded.abysmal
forms: abysmal | abysmally
signal: L1
category: emotive
weight: 1
explain: "Abysmal" judges something as hopelessly bad.
alternatives: poor | low

id: gen.loaded.deplorable
forms: deplorable | deplorables
signal: L1
category: emotive
weight: 1
explain: "Deplorable" condemns people or actions, and as a noun it became a partisan insult.
alternatives: criticised | (describe it)

id: gen.loaded.despicable
forms: despicable
signal: L1
category: emotive
weight: 1
explain: "Despicable" tells readers a person deserves contempt.
alternatives: (describe what they did)

id: gen.loaded.disgraceful
forms: disgraceful | disgracefully
signal: L1
category: emotive
weight: 1
explain: "Disgraceful" is the writer's verdict that something is shameful.
alternatives: criticised | controversial

id: gen.loaded.shameful
forms: shameful | shamefully
signal: L1
category: emotive
weight: 1
explain: "Shameful" tells readers to feel ashamed on someone's behalf.
alternatives: criticised | (describe it)

id: gen.loaded.disgusting
forms: disgusting | disgustingly
signal: L1
category: emotive
weight: 1
explain: "Disgusting" expresses revulsion, not information.
alternatives: offensive | criticised

id: gen.loaded.repugnant
forms: repugnant
signal: L1
category: emotive
weight: 1
explain: "Repugnant" says something is morally revolting, which readers should judge themselves.
alternatives: offensive | criticised

id: gen.loaded.reprehensible
forms: reprehensible
signal: L1
category: emotive
weight: 1
explain: "Reprehensible" is a moral condemnation, not a description.
alternatives: criticised | wrong (attributed)

id: gen.loaded.vile
forms: vile
signal: L1
category: emotive
weight: 2
explain: "Vile" is a strong insult that signals disgust.
alternatives: offensive | (describe it)

id: gen.loaded.heinous
forms: heinous
signal: L1
category: emotive
weight: 2
explain: "Heinous" marks something as wicked; in news it belongs in quotes, not the narrator's voice.
alternatives: serious | violent

id: gen.loaded.monstrous
forms: monstrous
signal: L1
category: emotive
weight: 2
explain: "Monstrous" turns an act or person into something inhuman.
alternatives: (describe what happened)

id: gen.loaded.grotesque
forms: grotesque | grotesquely
signal: L1
category: emotive
weight: 1
explain: "Grotesque" expresses disgust rather than describing.
alternatives: extreme | (describe it)

id: gen.loaded.obscene
forms: obscene | obscenely
signal: L1
category: emotive
weight: 1
explain: Outside its legal sense, "obscene" ("obscene profits") is moral outrage.
alternatives: very large | (give the figure)

id: gen.loaded.sickening
forms: sickening | sickened
signal: L1
category: emotive
weight: 1
explain: "Sickening" reports the writer's nausea, not the facts.
alternatives: disturbing | (describe it)

id: gen.loaded.nauseating
forms: nauseating
signal: L1
category: emotive
weight: 1
explain: "Nauseating" expresses disgust, not information.
alternatives: (describe it)

id: gen.loaded.galling
forms: galling
signal: L1
category: emotive
weight: 1
explain: "Galling" shares the writer's irritation.
alternatives: frustrating (attributed) | (describe it)

id: gen.loaded.infuriating
forms: infuriating | maddening
signal: L1
category: emotive
weight: 1
explain: "Infuriating" tells readers to be angry.
alternatives: frustrating (attributed)

id: gen.loaded.egregious
forms: egregious | egregiously
signal: L1
category: emotive
weight: 1
explain: "Egregious" says something is shockingly bad, a judgement.
alternatives: serious | clear

id: gen.loaded.unconscionable
forms: unconscionable
signal: L1
category: emotive
weight: 1
explain: "Unconscionable" declares something morally unacceptable.
alternatives: criticised | (describe it)

id: gen.loaded.unspeakable
forms: unspeakable
signal: L1
category: emotive
weight: 1
explain: "Unspeakable" dramatises instead of saying what happened.
alternatives: (describe what happened)

id: gen.loaded.unforgivable
forms: unforgivable
signal: L1
category: emotive
weight: 1
explain: "Unforgivable" is the writer's moral verdict.
alternatives: criticised

id: gen.loaded.inexcusable
forms: inexcusable
signal: L1
category: emotive
weight: 1
explain: "Inexcusable" judges an action as beyond excuse.
alternatives: criticised

id: gen.loaded.indefensible
forms: indefensible
signal: L1
category: emotive
weight: 1
explain: "Indefensible" declares that no argument could justify something, ending debate before it starts.
alternatives: criticised | disputed

id: gen.loaded.scandal-hit
forms: scandal-hit | scandal-plagued | scandal-ridden | scandal-tarred
signal: L1
category: emotive
weight: 1
explain: "Scandal-hit" attaches a stain to a name before the story is told.
alternatives: (name the specific controversy)
inflect: no

id: gen.loaded.stunning-blow
forms: stunning blow | crushing blow | devastating blow | body blow | hammer blow
signal: L1
category: emotive
weight: 1
explain: "A crushing blow" turns a setback into a physical beating.
alternatives: setback | loss
inflect: no

# Disaster and chaos words

id: gen.loaded.disastrous
forms: disastrous | disastrously
signal: L1
category: emotive
weight: 1
explain: "Disastrous" is a verdict on an outcome; show the results instead.
alternatives: damaging | unsuccessful | (give the results)

id: gen.loaded.disaster
forms: unmitigated disaster | recipe for disaster | political disaster | slow-motion disaster | PR disaster | public relations disaster | policy disaster | economic disaster | diplomatic disaster | electoral disaster | a disaster for
signal: L1
category: emotive
weight: 0.5
explain: Calling a policy or event a "disaster" (outside natural disasters) is a judgement.
alternatives: failure | setback | (give the results)
inflect: no

id: gen.loaded.catastrophic
forms: catastrophic | catastrophically
signal: L1
category: emotive
weight: 0.5
explain: "Catastrophic" treats an outcome as a huge disaster; sometimes true, often exaggeration.
alternatives: severe | serious

id: gen.loaded.catastrophe
forms: catastrophe | humanitarian catastrophe
signal: L1
category: emotive
weight: 0.5
explain: "Catastrophe" is a strong word that frames a situation as beyond repair.
alternatives: crisis | severe situation

id: gen.loaded.calamity
forms: calamity | calamitous
signal: L1
category: emotive
weight: 1
explain: "Calamitous" dramatises a bad outcome.
alternatives: serious | damaging

id: gen.loaded.debacle
forms: debacle
signal: L1
category: emotive
weight: 1
explain: "Debacle" mocks an event as a humiliating failure.
alternatives: failure | setback

id: gen.loaded.fiasco
forms: fiasco
signal: L1
category: emotive
weight: 1
explain: "Fiasco" ridicules something as a ludicrous failure.
alternatives: failure | problem

id: gen.loaded.farce
forms: farce | farcical
signal: L1
category: emotive
weight: 1
explain: "Farce" mocks a process as a ridiculous joke.
alternatives: flawed process | criticised

id: gen.loaded.travesty
forms: travesty
signal: L1
category: emotive
weight: 1
explain: "Travesty" says something is a shameful distortion, a strong judgement.
alternatives: criticised | (describe it)

id: gen.loaded.shambles
forms: shambles | shambolic
signal: L1
category: emotive
weight: 1
explain: "Shambles" judges something as a total mess.
alternatives: disorganised | problems

id: gen.loaded.nightmare
forms: nightmare
signal: L1
category: emotive
weight: 0.5
explain: "Nightmare" turns a problem into a horror story.
alternatives: difficulty | problem

id: gen.loaded.chaos
forms: chaos
signal: L1
category: emotive
weight: 1
explain: "Chaos" paints a situation as total disorder; describe what actually went wrong.
alternatives: disorder | confusion | disruption

id: gen.loaded.chaotic
forms: chaotic
signal: L1
category: emotive
weight: 1
explain: "Chaotic" judges a scene or process as disorderly.
alternatives: disorganised | confused | disrupted

id: gen.loaded.mayhem
forms: mayhem | pandemonium | bedlam
signal: L1
category: emotive
weight: 1
explain: "Mayhem" dramatises disorder.
alternatives: disorder | confusion

id: gen.loaded.havoc
forms: havoc
signal: L1
category: emotive
weight: 1
explain: "Wreaked havoc" dramatises damage.
alternatives: damage | disruption

id: gen.loaded.anarchy
forms: anarchy | anarchic
signal: L1
category: emotive
weight: 1
explain: "Anarchy" claims there is no order at all, usually an exaggeration.
alternatives: disorder | unrest

id: gen.loaded.lawless
forms: lawless | lawlessness
signal: L1
category: emotive
weight: 1
explain: "Lawless" suggests no law applies, a sweeping claim.
alternatives: high-crime | (give the figures)

id: gen.loaded.bloodbath
forms: bloodbath
signal: L1
category: emotive
weight: 2
explain: "Bloodbath" (for job cuts, markets or elections) borrows the language of slaughter.
alternatives: heavy losses | sharp falls

id: gen.loaded.carnage
forms: carnage
signal: L1
category: emotive
weight: 1
explain: "Carnage" is a picture of slaughter; outside mass killing it exaggerates.
alternatives: heavy losses | damage | deaths (give the number)

id: gen.loaded.slaughter
forms: slaughter
signal: L1
category: emotive
weight: 0.5
explain: "Slaughter" of people compares killing to butchering animals; name what happened.
alternatives: killing | deaths

id: gen.loaded.butchery
forms: butchery | butchered
signal: L1
category: emotive
weight: 1
explain: "Butchered" turns killing into butchery, a charged image.
alternatives: killed
inflect: no

id: gen.loaded.nightmarish
forms: nightmarish | hellish | hellscape | hellhole
signal: L1
category: emotive
weight: 1
explain: "Hellish" describes conditions with a picture of hell instead of facts.
alternatives: severe | very difficult | (describe conditions)

id: gen.loaded.apocalyptic
forms: apocalyptic | apocalypse
signal: L1
category: emotive
weight: 1
explain: "Apocalyptic" frames events as the end of the world.
alternatives: severe | destructive

id: gen.loaded.doomsday
forms: doomsday
signal: L1
category: emotive
weight: 1
explain: "Doomsday" frames a risk as the end of everything.
alternatives: worst-case

id: gen.loaded.dystopian
forms: dystopian | dystopia
signal: L1
category: emotive
weight: 1
explain: "Dystopian" compares a place or plan to a nightmare society from fiction.
alternatives: restrictive | (describe it)

id: gen.loaded.orwellian
forms: Orwellian
signal: L1
category: emotive
weight: 1
explain: "Orwellian" compares a policy to the novel 1984, accusing it of deceit and control.
alternatives: restrictive | criticised as misleading

id: gen.loaded.kafkaesque
forms: Kafkaesque
signal: L1
category: emotive
weight: 1
explain: "Kafkaesque" mocks a process as absurd and nightmarish.
alternatives: complex | confusing

id: gen.loaded.spiralling-out-of-control
forms: spiralling out of control | spiraling out of control | spiralled out of control | spiraled out of control | out of control
signal: L1
category: emotive
weight: 1
explain: "Out of control" claims nobody can stop something, usually an exaggeration.
alternatives: rising fast | (give the figures)
inflect: no

id: gen.loaded.crippling
forms: crippling
signal: L1
category: emotive
weight: 1
explain: "Crippling" exaggerates harm by comparing it to disabling a body.
alternatives: severe | heavy

id: gen.loaded.crushing
forms: crushing
signal: L1
category: emotive
weight: 1
explain: "Crushing" dramatises pressure or defeat.
alternatives: heavy | severe | large

id: gen.loaded.ruinous
forms: ruinous
signal: L1
category: emotive
weight: 1
explain: "Ruinous" predicts total ruin.
alternatives: very costly | damaging

id: gen.loaded.devastating
forms: devastating | devastatingly
signal: L1
category: emotive
weight: 0.5
explain: "Devastating" tells readers to see something as a total loss.
alternatives: serious | severe | heavy

id: gen.loaded.devastated
forms: devastated
signal: L1
category: emotive
weight: 0.5
explain: "Devastated" (a person or town) adds deep emotion.
alternatives: badly damaged | deeply upset (attributed)

id: gen.loaded.dire
forms: dire
signal: L1
category: emotive
weight: 0.5
explain: "Dire" casts a situation in the darkest terms.
alternatives: serious | difficult

id: gen.loaded.grim
forms: grim | bleak
signal: L1
category: emotive
weight: 0.5
explain: "Grim" colours a situation as hopeless.
alternatives: difficult | poor
inflect: no

id: gen.loaded.dismal
forms: dismal | dismally
signal: L1
category: emotive
weight: 1
explain: "Dismal" sneers at a result as miserable.
alternatives: poor | weak

id: gen.loaded.woeful
forms: woeful | woefully
signal: L1
category: emotive
weight: 1
explain: "Woeful" judges something as pitifully bad.
alternatives: poor | inadequate

id: gen.loaded.dreadful
forms: dreadful | dreadfully
signal: L1
category: emotive
weight: 1
explain: "Dreadful" is an emotional judgement.
alternatives: poor | serious

id: gen.loaded.terrible
forms: terrible | terribly
signal: L1
category: emotive
weight: 1
explain: "Terrible" is an opinion word; show the facts.
alternatives: poor | serious | bad (attributed)

id: gen.loaded.awful
forms: awful | awfully
signal: L1
category: emotive
weight: 1
explain: "Awful" is an opinion word rather than description.
alternatives: poor | serious

id: gen.loaded.horrible
forms: horrible | horribly
signal: L1
category: emotive
weight: 1
explain: "Horrible" expresses the writer's feeling.
alternatives: poor | harmful

id: gen.loaded.harrowing
forms: harrowing
signal: L1
category: emotive
weight: 0.5
explain: "Harrowing" tells readers how painful a story is.
alternatives: distressing | (describe it)

id: gen.loaded.heartbreaking
forms: heartbreaking | heart-wrenching | heartrending | gut-wrenching
signal: L1
category: emotive
weight: 1
explain: "Heartbreaking" tells readers what to feel.
alternatives: sad | (describe it)

id: gen.loaded.tragic
forms: tragic | tragically
signal: L1
category: emotive
weight: 0.5
explain: "Tragic" adds sorrow; common for deaths, but it is still the writer's feeling.
alternatives: fatal | (describe it)

id: gen.loaded.chilling
forms: chilling | chillingly
signal: L1
category: emotive
weight: 1
explain: "Chilling" tells readers to be frightened.
alternatives: disturbing | (describe it)

id: gen.loaded.terrifying
forms: terrifying | terrifyingly
signal: L1
category: emotive
weight: 1
explain: "Terrifying" describes the writer's fear, not the facts.
alternatives: frightening (attributed) | dangerous

id: gen.loaded.frightening
forms: frightening | frighteningly
signal: L1
category: emotive
weight: 0.5
explain: "Frightening" tells readers to be afraid.
alternatives: worrying (attributed) | (describe it)

id: gen.loaded.alarming
forms: alarming | alarmingly
signal: L1
category: emotive
weight: 0.5
explain: "Alarming" tells readers to be alarmed.
alternatives: notable | sharp | (give the figures)

id: gen.loaded.disturbing
forms: disturbing | disturbingly
signal: L1
category: emotive
weight: 0.5
explain: "Disturbing" shares the writer's unease.
alternatives: (describe it)

id: gen.loaded.troubling
forms: troubling | troublingly | worrying | worryingly
signal: L1
category: emotive
weight: 0.5
explain: "Troubling" makes the writer's worry part of the report.
alternatives: (describe it) | concerning (attributed)

id: gen.loaded.gruesome
forms: gruesome | grisly | gory
signal: L1
category: emotive
weight: 1
explain: "Gruesome" dwells on horror to stir emotion.
alternatives: violent | (describe it)

id: gen.loaded.macabre
forms: macabre
signal: L1
category: emotive
weight: 1
explain: "Macabre" adds a horror-film tone.
alternatives: unusual | (describe it)

id: gen.loaded.sinister
forms: sinister | insidious | insidiously
signal: L1
category: emotive
weight: 1
explain: "Sinister" hints at evil intent without showing it.
alternatives: (describe it) | unexplained

id: gen.loaded.menacing
forms: menacing | menace
signal: L1
category: emotive
weight: 1
explain: "Menace" paints a person or thing as a threat.
alternatives: risk | threat (attributed)

id: gen.loaded.nefarious
forms: nefarious
signal: L1
category: emotive
weight: 2
explain: "Nefarious" accuses someone of wicked aims without proof.
alternatives: (describe their aims)

id: gen.loaded.shadowy
forms: shadowy
signal: L1
category: emotive
weight: 1
explain: "Shadowy" makes a group sound secret and sinister.
alternatives: little-known | private

id: gen.loaded.murky
forms: murky
signal: L1
category: emotive
weight: 0.5
explain: "Murky" hints something dishonest is going on.
alternatives: unclear | complex

id: gen.loaded.shady
forms: shady | dodgy | sleazy | seedy | slimy
signal: L1
category: emotive
weight: 1
explain: "Shady" accuses someone of dishonesty in one word.
alternatives: questioned | (describe the concern)

id: gen.loaded.crooked
forms: crooked | crooks | crook
signal: L1
category: emotive
weight: 1
explain: "Crooked" calls someone a cheat, an accusation that needs proof.
alternatives: accused of fraud | (describe the case)

id: gen.loaded.rotten
forms: rotten
signal: L1
category: emotive
weight: 1
explain: "Rotten" condemns something as morally decayed.
alternatives: flawed | criticised

# Mockery and contempt

id: gen.loaded.bizarre
forms: bizarre | bizarrely
signal: L1
category: subjective
weight: 1
explain: "Bizarre" mocks something as weird instead of explaining it.
alternatives: unusual | unexpected

id: gen.loaded.weird
forms: weird | weirdly
signal: L1
category: subjective
weight: 1
explain: "Weird" ridicules instead of describing.
alternatives: unusual

id: gen.loaded.strange
forms: strange | strangely
signal: L1
category: subjective
weight: 0.5
explain: "Strange" can hint that the writer finds someone odd.
alternatives: unusual
inflect: no

id: gen.loaded.absurd
forms: absurd | absurdly | absurdity
signal: L1
category: subjective
weight: 1
explain: "Absurd" dismisses something as senseless.
alternatives: questionable | disputed

id: gen.loaded.ridiculous
forms: ridiculous | ridiculously
signal: L1
category: subjective
weight: 1
explain: "Ridiculous" invites readers to laugh at something.
alternatives: questioned | disputed

id: gen.loaded.ludicrous
forms: ludicrous | ludicrously
signal: L1
category: subjective
weight: 1
explain: "Ludicrous" mocks something as too silly to consider.
alternatives: disputed | unlikely

id: gen.loaded.preposterous
forms: preposterous
signal: L1
category: subjective
weight: 1
explain: "Preposterous" dismisses a claim as absurd.
alternatives: disputed | unsupported

id: gen.loaded.laughable
forms: laughable | laughably
signal: L1
category: subjective
weight: 1
explain: "Laughable" mocks something as not worth taking seriously.
alternatives: weak | disputed

id: gen.loaded.risible
forms: risible
signal: L1
category: subjective
weight: 1
explain: "Risible" is a fancy way of calling something laughable.
alternatives: weak | disputed

id: gen.loaded.outlandish
forms: outlandish
signal: L1
category: subjective
weight: 1
explain: "Outlandish" dismisses an idea as wildly strange.
alternatives: unusual | disputed

id: gen.loaded.nonsensical
forms: nonsensical | nonsense
signal: L1
category: subjective
weight: 1
explain: "Nonsense" dismisses words without showing what is wrong.
alternatives: inaccurate | disputed

id: gen.loaded.gibberish
forms: gibberish | drivel | claptrap | balderdash | poppycock | hogwash | baloney | malarkey | twaddle
signal: L1
category: subjective
weight: 1
explain: Words like "gibberish" or "hogwash" dismiss speech with contempt instead of answering it.
alternatives: inaccurate | disputed | (explain the error)

id: gen.loaded.pathetic
forms: pathetic | pathetically
signal: L1
category: subjective
weight: 1
explain: "Pathetic" expresses contempt.
alternatives: weak | poor

id: gen.loaded.pitiful
forms: pitiful | pitiable
signal: L1
category: subjective
weight: 1
explain: "Pitiful" looks down on someone.
alternatives: small | weak

id: gen.loaded.stupid
forms: stupid | stupidity
signal: L1
category: subjective
weight: 1
explain: "Stupid" insults a person or idea.
alternatives: unwise | mistaken

id: gen.loaded.dumb
forms: dumb
signal: L1
category: subjective
weight: 1
explain: "Dumb" insults a person or idea.
alternatives: unwise | mistaken

id: gen.loaded.idiotic
forms: idiotic | idiocy | idiot | idiots
signal: L1
category: subjective
weight: 2
explain: "Idiotic" insults instead of explaining what is wrong.
alternatives: unwise | mistaken

id: gen.loaded.moronic
forms: moronic | moron | morons | imbecile | imbeciles | cretin | cretins
signal: L1
category: subjective
weight: 2
explain: Insults like "moron" have no place in a neutral report.
alternatives: (describe the disagreement)

id: gen.loaded.asinine
forms: asinine | inane | inanity
signal: L1
category: subjective
weight: 1
explain: "Asinine" calls something stupid.
alternatives: unwise | trivial

id: gen.loaded.foolish
forms: foolish | foolishly
signal: L1
category: subjective
weight: 1
explain: "Foolish" judges a choice as stupid.
alternatives: unwise | risky

id: gen.loaded.clueless
forms: clueless
signal: L1
category: subjective
weight: 1
explain: "Clueless" mocks someone's knowledge.
alternatives: uninformed | inexperienced

id: gen.loaded.ignorant
forms: ignorant | ignorance
signal: L1
category: subjective
weight: 1
explain: "Ignorant" insults a person's understanding.
alternatives: uninformed | unaware

id: gen.loaded.incompetent
forms: incompetent | incompetence
signal: L1
category: subjective
weight: 1
explain: "Incompetent" is a sweeping judgement; show the mistakes instead.
alternatives: criticised | (describe the failures)

id: gen.loaded.inept
forms: inept | ineptitude | ineptly
signal: L1
category: subjective
weight: 1
explain: "Inept" mocks someone as unable to do their job.
alternatives: unsuccessful | criticised

id: gen.loaded.hapless
forms: hapless
signal: L1
category: subjective
weight: 1
explain: "Hapless" mocks someone as unlucky and useless.
alternatives: unsuccessful

id: gen.loaded.bungling
forms: bungling | bungled | botched
signal: L1
category: subjective
weight: 1
explain: "Botched" judges an action as clumsy failure.
alternatives: flawed | failed | unsuccessful
inflect: no

id: gen.loaded.feckless
forms: feckless
signal: L1
category: subjective
weight: 1
explain: "Feckless" calls someone weak and useless.
alternatives: ineffective | criticised

id: gen.loaded.spineless
forms: spineless
signal: L1
category: subjective
weight: 1
explain: "Spineless" calls someone a coward.
alternatives: cautious | reluctant

id: gen.loaded.cowardly
forms: cowardly | cowards | coward | cowardice | craven | cravenly | weak-kneed | lily-livered
signal: L1
category: subjective
weight: 1
explain: "Cowardly" is a moral insult.
alternatives: cautious | (describe what they did)

id: gen.loaded.gutless
forms: gutless
signal: L1
category: subjective
weight: 1
explain: "Gutless" calls someone a coward.
alternatives: cautious

id: gen.loaded.useless
forms: useless
signal: L1
category: subjective
weight: 1
explain: "Useless" dismisses something entirely.
alternatives: ineffective | of limited use

id: gen.loaded.pointless
forms: pointless
signal: L1
category: subjective
weight: 1
explain: "Pointless" dismisses an action as having no purpose.
alternatives: of unclear benefit | criticised

id: gen.loaded.worthless
forms: worthless
signal: L1
category: subjective
weight: 1
explain: "Worthless" says something has no value at all.
alternatives: of little value

id: gen.loaded.senseless
forms: senseless | senselessly
signal: L1
category: subjective
weight: 0.5
explain: "Senseless" (violence) adds moral judgement.
alternatives: unprovoked | (describe it)

id: gen.loaded.mindless
forms: mindless
signal: L1
category: subjective
weight: 1
explain: "Mindless" says people acted without thinking, dismissing them.
alternatives: (describe what happened)

id: gen.loaded.hopeless
forms: hopeless | hopelessly
signal: L1
category: subjective
weight: 1
explain: "Hopeless" says nothing can be done.
alternatives: difficult

id: gen.loaded.delusional
forms: delusional | delusion | delusions
signal: L1
category: subjective
weight: 2
explain: "Delusional" suggests someone is mentally out of touch with reality.
alternatives: mistaken | unrealistic

id: gen.loaded.deranged
forms: deranged | unhinged
signal: L1
category: subjective
weight: 2
explain: "Unhinged" suggests someone is mentally unstable, an insult.
alternatives: erratic | (describe behaviour)

id: gen.loaded.insane
forms: insane | insanely | insanity
signal: L1
category: subjective
weight: 1
explain: "Insane" as a judgement of ideas uses mental illness as an insult.
alternatives: extreme | unusual

id: gen.loaded.crazy
forms: crazy | craziness | crazed
signal: L1
category: subjective
weight: 1
explain: "Crazy" dismisses a person or idea as mad.
alternatives: unusual | extreme

id: gen.loaded.lunatic
forms: lunatic | lunatics | lunacy
signal: L1
category: subjective
weight: 2
explain: "Lunatic" brands people or ideas as mad.
alternatives: extreme | (describe it)

id: gen.loaded.loony
forms: loony | loonies | nutty | nuts | nutjob | nutjobs | nutcase | nutcases | kook | kooks | kooky | wacko | wackos | whacko
signal: L1
category: subjective
weight: 2
explain: Slang for "mad" mocks people instead of describing them.
alternatives: (describe their views)
not_before: the | and | pistachio | these | those | of | some | with

id: gen.loaded.crackpot
forms: crackpot | crackpots | crank | cranks
signal: L1
category: subjective
weight: 1
explain: "Crackpot" dismisses someone's ideas as mad.
alternatives: fringe | unconventional
inflect: no

id: gen.loaded.paranoid
forms: paranoid | paranoia
signal: L1
category: subjective
weight: 1
explain: "Paranoid" suggests a person's fears are a mental problem.
alternatives: wary | suspicious

id: gen.loaded.hysteria
forms: hysteria | hysterical | hysterics
signal: L1
category: subjective
weight: 1
explain: "Hysteria" dismisses people's concern as irrational panic.
alternatives: concern | alarm

id: gen.loaded.obsession
forms: obsession | obsessed | obsessive | obsessively
signal: L1
category: subjective
weight: 1
explain: "Obsessed" suggests an unhealthy fixation instead of a strong interest.
alternatives: focus | focused on

id: gen.loaded.rambling
forms: rambling
signal: L1
category: subjective
weight: 1
explain: "Rambling" mocks a speaker as confused.
alternatives: long | wide-ranging

id: gen.loaded.incoherent
forms: incoherent
signal: L1
category: subjective
weight: 1
explain: "Incoherent" says someone's speech makes no sense.
alternatives: unclear | hard to follow

id: gen.loaded.bumbling
forms: bumbling
signal: L1
category: subjective
weight: 1
explain: "Bumbling" mocks someone as clumsy and confused.
alternatives: awkward

id: gen.loaded.buffoon
forms: buffoon | buffoons | buffoonery | clown | clowns | clownish
signal: L1
category: subjective
weight: 2
explain: Calling people "clowns" mocks them instead of describing them.
alternatives: (name them)
not_before: the | circus | a | class

id: gen.loaded.circus
forms: circus
signal: L1
category: subjective
weight: 0.5
explain: Calling a hearing or campaign a "circus" ridicules it.
alternatives: (describe the event)
not_before: the | a | travelling | traveling | flying

id: gen.loaded.sideshow
forms: sideshow
signal: L1
category: subjective
weight: 1
explain: "Sideshow" dismisses something as a distraction.
alternatives: secondary issue

id: gen.loaded.stunt
forms: publicity stunt | publicity stunts | political stunt | political stunts | cheap stunt
signal: L1
category: subjective
weight: 1
explain: "Publicity stunt" dismisses an action as a trick for attention.
alternatives: move | event
inflect: no

id: gen.loaded.gimmick
forms: gimmick | gimmicks | gimmicky
signal: L1
category: subjective
weight: 1
explain: "Gimmick" dismisses an idea as a trick.
alternatives: feature | proposal

id: gen.loaded.ploy
forms: ploy | ploys
signal: L1
category: subjective
weight: 1
explain: "Ploy" says an action is a crafty trick.
alternatives: move | tactic

id: gen.loaded.charade
forms: charade
signal: L1
category: subjective
weight: 1
explain: "Charade" says something is fake, a pretence.
alternatives: process | (describe it)

id: gen.loaded.hoax
forms: hoax | hoaxes
signal: L1
category: subjective
weight: 1
explain: "Hoax" calls something a deliberate deception; outside proven hoaxes it is a charge.
alternatives: disputed claim | false report (if shown false)

id: gen.loaded.scam
forms: scam | scams
signal: L1
category: subjective
weight: 0.5
explain: Outside proven fraud, "scam" is a charge of cheating.
alternatives: scheme | disputed plan

id: gen.loaded.con-job
forms: conned | con job | con man | con artist | con artists | con men
signal: L1
category: subjective
weight: 1
explain: "Con job" accuses someone of deliberate trickery.
alternatives: misleading | disputed
inflect: no
case: sensitive

id: gen.loaded.sham
forms: sham | shams
signal: L1
category: subjective
weight: 2
explain: "Sham" says something is fake, a strong charge that needs evidence.
alternatives: disputed | criticised

id: gen.loaded.phony
forms: phony | phoney | phonies
signal: L1
category: subjective
weight: 1
explain: "Phony" calls something fake.
alternatives: false | disputed

id: gen.loaded.bogus
forms: bogus
signal: L1
category: subjective
weight: 1
explain: "Bogus" dismisses something as false.
alternatives: false | unsupported

id: gen.loaded.fake
forms: fake
signal: L1
category: subjective
weight: 0.5
explain: "Fake" is a verdict on truth that a report should show, not declare.
alternatives: false | disputed | unverified
not_before: so-called

# Accusations of lying and manipulation

id: gen.loaded.lies
forms: lies
signal: L1
category: loaded
weight: 1
explain: Saying someone "lies" judges their intent; show what was false.
alternatives: false statements | inaccurate claims
not_before: which | to | that | where | what | who | truth | future | problem | answer | responsibility | blame | it | town | village | city | island | border | house | body | heart | key | danger | difference | issue | challenge | strength | power | hope | solution | fault | focus | reason | secret | attention | interest | value | risk | real | also | still | now | itself | this | there | here | he | she | country | region | area

id: gen.loaded.lied
forms: lied
signal: L1
category: loaded
weight: 1
explain: "Lied" says someone knowingly said something false; show the evidence.
alternatives: said falsely | made false statements
inflect: no

id: gen.loaded.lying
forms: lying
signal: L1
category: loaded
weight: 1
explain: "Lying" accuses someone of knowingly deceiving.
alternatives: making false statements
inflect: no
not_before: was | were | is | are | been | left | found | body | bodies

id: gen.loaded.liar
forms: liar | liars
signal: L1
category: loaded
weight: 2
explain: "Liar" is an insult that judges a person's character.
alternatives: (say what was false)

id: gen.loaded.dishonest
forms: dishonest | dishonestly | dishonesty
signal: L1
category: loaded
weight: 1
explain: "Dishonest" judges someone's intent.
alternatives: inaccurate | misleading

id: gen.loaded.deceitful
forms: deceitful | deceit
signal: L1
category: loaded
weight: 1
explain: "Deceitful" accuses someone of cheating.
alternatives: misleading

id: gen.loaded.deceptive
forms: deceptive | deceptively | deception
signal: L1
category: loaded
weight: 1
explain: "Deceptive" judges something as designed to fool people.
alternatives: misleading

id: gen.loaded.duplicitous
forms: duplicitous | duplicity
signal: L1
category: loaded
weight: 1
explain: "Duplicitous" calls someone two-faced.
alternatives: inconsistent

id: gen.loaded.mendacious
forms: mendacious | mendacity
signal: L1
category: loaded
weight: 2
explain: "Mendacious" is a fancy word for lying.
alternatives: false | inaccurate

id: gen.loaded.disingenuous
forms: disingenuous
signal: L1
category: loaded
weight: 1
explain: "Disingenuous" accuses someone of insincerity.
alternatives: misleading | questioned

id: gen.loaded.hypocritical
forms: hypocritical | hypocrite | hypocrites | hypocrisy
signal: L1
category: loaded
weight: 1
explain: "Hypocrite" is a character attack; show the inconsistency.
alternatives: inconsistent | (describe the contradiction)

id: gen.loaded.propaganda
forms: propaganda
signal: L1
category: loaded
weight: 1
explain: "Propaganda" labels information as manipulation; say whose it is and why.
alternatives: messaging | campaign | state media

id: gen.loaded.mouthpiece
forms: mouthpiece | mouthpieces
signal: L1
category: loaded
weight: 1
explain: "Mouthpiece" says a person or outlet only repeats someone else's line.
alternatives: outlet | spokesperson

id: gen.loaded.brainwash
forms: brainwash | brainwashed | brainwashing
signal: L1
category: loaded
weight: 2
explain: "Brainwashed" says people cannot think for themselves.
alternatives: persuaded | influenced

id: gen.loaded.indoctrinate
forms: indoctrinate | indoctrinated | indoctrination
signal: L1
category: loaded
weight: 1
explain: "Indoctrination" treats teaching as manipulation.
alternatives: teaching | training

id: gen.loaded.gaslight
forms: gaslight | gaslighting | gaslit
signal: L1
category: loaded
weight: 2
explain: "Gaslighting" accuses someone of making others doubt their own mind.
alternatives: misleading | disputing

id: gen.loaded.smear
forms: smear | smears | smeared | smearing
signal: L1
category: loaded
weight: 1
explain: "Smear" judges criticism as unfair lies.
alternatives: criticism | accusation

id: gen.loaded.smear-campaign
forms: smear campaign | smear campaigns | hit job | hit piece | hatchet job
signal: L1
category: loaded
weight: 1
explain: "Hit piece" dismisses criticism as a dishonest attack.
alternatives: critical report | criticism
inflect: no

id: gen.loaded.cover-up
forms: cover-up | cover-ups | coverup | whitewash | whitewashed | whitewashing | swept under the rug | swept under the carpet | sweep under the rug | sweep under the carpet | sweeping under the rug | sweeping under the carpet
signal: L1
category: loaded
weight: 1
explain: "Cover-up" accuses someone of hiding wrongdoing before it is shown.
alternatives: withheld information | (describe it)

id: gen.loaded.stonewall
forms: stonewall | stonewalled | stonewalling
signal: L1
category: loaded
weight: 1
explain: "Stonewalling" frames refusal to answer as obstruction.
alternatives: declined to answer | refused to comment

id: gen.loaded.spin-doctor
forms: spin doctor | spin doctors | political spin | spin machine
signal: L1
category: loaded
weight: 1
explain: "Spin" dismisses messaging as manipulation.
alternatives: press team | messaging
inflect: no

id: gen.loaded.doublespeak
forms: doublespeak | double-talk | weasel words
signal: L1
category: loaded
weight: 1
explain: "Doublespeak" accuses speakers of deliberately hiding meaning.
alternatives: vague language

id: gen.loaded.fearmongering
forms: fearmongering | fear-mongering | fearmonger | fearmongers | scaremongering | scaremonger | scaremongers | scare tactics
signal: L1
category: loaded
weight: 1
explain: "Fearmongering" dismisses warnings as attempts to frighten.
alternatives: warnings | concerns

id: gen.loaded.alarmist
forms: alarmist | alarmists | alarmism
signal: L1
category: loaded
weight: 1
explain: "Alarmist" dismisses a warning as exaggerated.
alternatives: warning | cautious

id: gen.loaded.doom-mongering
forms: doom-mongering | doom-mongers | doomsayers | doomsaying | doom and gloom
signal: L1
category: loaded
weight: 1
explain: "Doom-mongers" mock people who warn of risks.
alternatives: critics | pessimists

id: gen.loaded.truther
forms: truther | truthers
signal: L1
category: loaded
weight: 1
explain: "Truthers" mocks people as believing a conspiracy.
alternatives: sceptics | people who dispute

id: gen.loaded.crank-theories
forms: crank theories | junk science | pseudoscience | pseudo-science | pseudoscientific | voodoo science
signal: L1
category: loaded
weight: 1
explain: "Junk science" dismisses research without saying what is wrong with it.
alternatives: disputed research | unproven methods
inflect: no

id: gen.loaded.quack
forms: quack | quacks | quackery | snake oil | snake-oil
signal: L1
category: loaded
weight: 1
explain: "Quack" accuses someone of medical fraud.
alternatives: unproven treatment | practitioner
not_before: duck | ducks

id: gen.loaded.myth
forms: myth | myths
signal: L1
category: loaded
weight: 0.5
explain: Calling a belief a "myth" declares it false; show the evidence.
alternatives: claim | belief | misconception

id: gen.loaded.trope
forms: trope | tropes
signal: L1
category: loaded
weight: 0.5
explain: "Trope" dismisses an idea as a tired cliché.
alternatives: theme | argument

id: gen.loaded.tricks
forms: tricks | trickery | tricked
signal: L1
category: loaded
weight: 1
explain: "Trickery" accuses people of deliberate deception.
alternatives: tactics | (describe it)

id: gen.loaded.manipulate
forms: manipulate | manipulated | manipulates | manipulating | manipulation | manipulative
signal: L1
category: loaded
weight: 0.5
explain: "Manipulative" judges someone's motives.
alternatives: influence | (describe the method)

id: gen.loaded.prey-on
forms: prey on | preyed on | preys on | preying on | predatory
signal: L1
category: loaded
weight: 1
explain: "Predatory" compares people to hunting animals.
alternatives: targeted | high-cost | aggressive
inflect: no

id: gen.loaded.pander
forms: pander | pandered | panders | pandering
signal: L1
category: loaded
weight: 1
explain: "Pandering" says someone says what people want to hear for votes.
alternatives: appealed to | courted

id: gen.loaded.grandstand
forms: grandstand | grandstanded | grandstanding | posturing
signal: L1
category: loaded
weight: 1
explain: "Grandstanding" dismisses an action as showing off.
alternatives: publicly criticised | made a statement

id: gen.loaded.virtue-signalling
forms: virtue signalling | virtue signaling | virtue-signalling | virtue signal
signal: L1
category: loaded
weight: 2
explain: "Virtue signalling" dismisses a stance as insincere showing off.
alternatives: expressed support
inflect: no

id: gen.loaded.dog-whistle
forms: dog whistle | dog whistles | dog-whistle | dog-whistling
signal: L1
category: loaded
weight: 1
explain: "Dog whistle" accuses speakers of a hidden coded message.
alternatives: coded language (with evidence) | (quote the words)

id: gen.loaded.race-baiting
forms: race-baiting | race baiting | race card | playing the race card
signal: L1
category: loaded
weight: 2
explain: "Race-baiting" accuses someone of stirring racial anger for advantage.
alternatives: (describe what was said)
inflect: no

id: gen.loaded.weaponise
forms: weaponise | weaponised | weaponises | weaponising | weaponize | weaponized | weaponizes | weaponizing | weaponisation | weaponization
signal: L1
category: loaded
weight: 1
explain: "Weaponised" says something was turned into an attack, a judgement of intent.
alternatives: used | used against
inflect: no

id: gen.loaded.hijack
forms: hijack | hijacked | hijacking
signal: L1
category: loaded
weight: 0.5
explain: "Hijacked" (a debate or movement) accuses someone of a takeover.
alternatives: took over | redirected
inflect: no

id: gen.loaded.hidden-agenda
forms: hidden agenda | secret agenda | radical agenda | sinister agenda | agenda-driven
signal: L1
category: loaded
weight: 1
explain: "Hidden agenda" accuses people of secret aims.
alternatives: aims | plans
inflect: no

# Political insults and partisan labels

id: gen.loaded.radical
forms: radical | radicals | radically
signal: L1
category: loaded
weight: 1
explain: "Radical" labels people or plans as extreme, a judgement often applied to one side.
alternatives: (describe the policy) | far-reaching
inflect: no

id: gen.loaded.extreme-left
forms: extreme left | extreme right | extreme views | extreme positions | extreme agenda | extreme policies | extreme ideology | extreme rhetoric | most extreme | extreme wing | extreme elements
signal: L1
category: loaded
weight: 1
explain: "Extreme" as a label for a person or view is the writer's judgement.
alternatives: hardline | (describe it)
inflect: no

id: gen.loaded.fanatic
forms: fanatic | fanatics | fanatical | fanatically | zealot | zealots | zealotry
signal: L1
category: loaded
weight: 1
explain: "Fanatics" portrays people as irrational.
alternatives: supporters | activists | hardliners

id: gen.loaded.ideologue
forms: ideologue | ideologues | ideological zealot
signal: L1
category: loaded
weight: 1
explain: "Ideologue" dismisses someone as blinded by ideology.
alternatives: advocate | (describe their views)

id: gen.loaded.leftist
forms: leftist | leftists | lefty | lefties
signal: L1
category: loaded
weight: 1
explain: "Leftist" is often a sneer; "left-wing" or the party name is plainer.
alternatives: left-wing | progressive | (name the party)

id: gen.loaded.hard-left
forms: hard-left | radical left | loony left | ultra-left
signal: L1
category: loaded
weight: 1
explain: "Hard-left" pushes a group to the edge of politics; plainer words describe the policy.
alternatives: left-wing | progressive
inflect: no
notes: "far-left" and "far-right" are left out: major style guides accept them as descriptions; the hard-/ultra-/radical forms are kept for both sides.

id: gen.loaded.hard-right
forms: hard-right | radical right | ultra-right | alt-right
signal: L1
category: loaded
weight: 1
explain: "Hard-right" pushes a group to the edge of politics; plainer words describe the policy.
alternatives: right-wing | conservative | nationalist
inflect: no

id: gen.loaded.ultra-conservative
forms: ultra-conservative | ultraconservative | arch-conservative | ultra-liberal | ultraliberal
signal: L1
category: loaded
weight: 1
explain: "Ultra-conservative" exaggerates a position.
alternatives: conservative | liberal
inflect: no

id: gen.loaded.ultranationalist
forms: ultranationalist | ultra-nationalist | ultranationalists | ultra-nationalists
signal: L1
category: loaded
weight: 0.5
explain: "Ultranationalist" pushes a group to the extreme.
alternatives: nationalist
inflect: no

id: gen.loaded.marxist
forms: Marxist | Marxists | communist-style | socialist-style
signal: L1
category: loaded
weight: 1
explain: "Marxist" used against opponents is a label meant to alarm.
alternatives: left-wing | (describe the policy)
inflect: no

id: gen.loaded.fascist
forms: fascist | fascists | fascistic | neo-fascist
signal: L1
category: loaded
weight: 2
explain: "Fascist" as an insult compares opponents to dictatorships.
alternatives: authoritarian | far-right | (describe the policy)
inflect: no

id: gen.loaded.nazi-like
forms: Nazi-like | Nazi-style | Gestapo | Gestapo-like | Stasi-like | jackbooted | jackboots
signal: L1
category: loaded
weight: 2
explain: Comparisons to Nazi police dramatise and insult.
alternatives: heavy-handed (attributed) | (describe the tactics)
inflect: no

id: gen.loaded.woke
forms: woke | wokeness | wokeism | wokery
signal: L1
category: loaded
weight: 1
explain: "Woke" is used as a sneer at progressive ideas.
alternatives: progressive | (describe the policy)
inflect: no

id: gen.loaded.anti-woke
forms: anti-woke
signal: L1
category: loaded
weight: 0.5
explain: "Anti-woke" adopts a culture-war slogan.
alternatives: (describe the policy)
inflect: no

id: gen.loaded.snowflake
forms: snowflake | snowflakes
signal: L1
category: loaded
weight: 2
explain: "Snowflakes" mocks people as oversensitive.
alternatives: critics | young people

id: gen.loaded.social-justice-warrior
forms: social justice warrior | social justice warriors | SJW | SJWs
signal: L1
category: loaded
weight: 2
explain: "Social justice warrior" mocks activists.
alternatives: activists | campaigners
inflect: no

id: gen.loaded.libtard
forms: libtard | libtards | wingnut | wingnuts | moonbat | moonbats | rethuglican | rethuglicans | demonrat | demonrats | republitard
signal: L1
category: loaded
weight: 2
explain: Partisan slurs like "wingnut" insult a whole side.
alternatives: (name the party or group)
inflect: no

id: gen.loaded.libs
forms: libs | own the libs | libs of
signal: L1
category: loaded
weight: 1
explain: "The libs" lumps opponents together with a sneer.
alternatives: liberals | Democrats
inflect: no

id: gen.loaded.elites
forms: elitist | elitists | elitism | the elite class
signal: L1
category: loaded
weight: 1
explain: "Elitist" treats a group as a snobbish villain.
alternatives: officials | wealthy people | (name them)

id: gen.loaded.coastal-elites
forms: coastal elites | liberal elites | Hollywood elites | media elites | out-of-touch elites | globalist elites
signal: L1
category: loaded
weight: 1
explain: "Coastal elites" is a sneer at a whole group of people.
alternatives: (name them)
inflect: no

id: gen.loaded.globalist
forms: globalist | globalists
signal: L1
category: loaded
weight: 2
explain: "Globalists" is a vague villain label with a history as an antisemitic code word.
alternatives: supporters of free trade | international organisations

id: gen.loaded.political-establishment
forms: political establishment | establishment politicians | establishment figures | establishment elite | establishment elites | party establishment
signal: L1
category: loaded
weight: 0.5
explain: "The establishment" paints powerful people as one hostile bloc.
alternatives: officials | party leaders
inflect: no

id: gen.loaded.deep-state
forms: deep state
signal: L1
category: loaded
weight: 2
explain: "Deep state" claims a secret government is working against elected leaders.
alternatives: civil service | officials
inflect: no

id: gen.loaded.mainstream-media
forms: lamestream media | legacy media | corporate media | MSM
signal: L1
category: loaded
weight: 0.5
explain: "Legacy media" used as a sneer treats all news outlets as one hostile bloc.
alternatives: news outlets | major news organisations
inflect: no

id: gen.loaded.fake-news
forms: fake news
signal: L1
category: loaded
weight: 1
explain: "Fake news" dismisses reporting as invented, usually without showing errors.
alternatives: reports | disputed reports
inflect: no

id: gen.loaded.enemy-of-the-people
forms: enemy of the people | enemies of the people
signal: L1
category: loaded
weight: 2
explain: "Enemy of the people" brands critics as traitors.
alternatives: critics
inflect: no

id: gen.loaded.traitor
forms: traitor | traitors | treasonous | treacherous
signal: L1
category: loaded
weight: 2
explain: "Traitor" accuses someone of betraying their country, a grave charge.
alternatives: (describe the action)

id: gen.loaded.anti-american
forms: anti-American | un-American | unpatriotic | anti-British
signal: L1
category: loaded
weight: 1
explain: "Un-American" questions someone's loyalty instead of their argument.
alternatives: (describe the position)
inflect: no

id: gen.loaded.cabal
forms: cabal | cabals
signal: L1
category: loaded
weight: 1
explain: "Cabal" casts a group as secret plotters.
alternatives: group | network

id: gen.loaded.cronies
forms: cronies | crony | cronyism
signal: L1
category: loaded
weight: 1
explain: "Cronies" casts associates as corrupt hangers-on.
alternatives: allies | associates

id: gen.loaded.henchmen
forms: henchmen | henchman | lackeys | lackey | stooge | stooges | minions | toadies | toady | sycophant | sycophants | sycophantic | bootlicker | bootlickers | bootlicking
signal: L1
category: loaded
weight: 1
explain: Words like "henchmen" or "lackeys" insult someone's supporters.
alternatives: aides | allies | supporters

id: gen.loaded.puppet
forms: puppet | puppets | puppet master | puppet masters
signal: L1
category: loaded
weight: 1
explain: "Puppet" says someone is controlled by another.
alternatives: ally | (describe the relationship)

id: gen.loaded.apologist
forms: apologist | apologists
signal: L1
category: loaded
weight: 1
explain: "Apologist" dismisses someone as defending the indefensible.
alternatives: defender | supporter

id: gen.loaded.shill
forms: shill | shills | shilling
signal: L1
category: loaded
weight: 1
explain: "Shill" accuses someone of being paid to promote.
alternatives: supporter | advocate

id: gen.loaded.party-hack
forms: party hack | party hacks | political hack | political hacks | hack journalist | hack journalists
signal: L1
category: loaded
weight: 1
explain: "Party hack" insults a worker or writer as a mindless loyalist.
alternatives: official | writer
inflect: no

id: gen.loaded.grifter
forms: grifter | grifters | grift | grifting
signal: L1
category: loaded
weight: 1
explain: "Grifter" calls someone a swindler.
alternatives: (describe their business)

id: gen.loaded.charlatan
forms: charlatan | charlatans
signal: L1
category: loaded
weight: 1
explain: "Charlatan" calls someone a fraud.
alternatives: (describe their claims)

id: gen.loaded.demagogue
forms: demagogue | demagogues | demagoguery | demagogic
signal: L1
category: loaded
weight: 1
explain: "Demagogue" accuses a leader of manipulating crowds.
alternatives: populist | politician

id: gen.loaded.rabble-rouser
forms: rabble-rouser | rabble-rousers | rabble-rousing | agitator | agitators | firebrand | firebrands | provocateur | provocateurs
signal: L1
category: loaded
weight: 1
explain: "Rabble-rouser" dismisses a speaker as a troublemaker.
alternatives: campaigner | activist | outspoken

id: gen.loaded.troublemaker
forms: troublemaker | troublemakers | malcontents
signal: L1
category: loaded
weight: 1
explain: "Troublemakers" dismisses people's grievances.
alternatives: protesters | critics

id: gen.loaded.bigot
forms: bigot | bigots | bigoted | bigotry
signal: L1
category: loaded
weight: 1
explain: "Bigot" is a moral verdict; show the words or actions.
alternatives: (quote what was said)

id: gen.loaded.sexist
forms: sexist | misogynist | misogynistic | misogynists | misogyny
signal: L1
category: loaded
weight: 0.5
explain: "Misogynist" is a verdict on a person; show the words or actions.
alternatives: (describe what was said or done)

id: gen.loaded.hateful
forms: hateful | hatemonger | hatemongers | hate-filled
signal: L1
category: loaded
weight: 1
explain: "Hateful" judges someone's motives.
alternatives: hostile | offensive

id: gen.loaded.divisive
forms: divisive
signal: L1
category: loaded
weight: 0.5
explain: "Divisive" judges a person or idea as splitting society.
alternatives: contested | controversial

id: gen.loaded.inflammatory
forms: inflammatory | incendiary
signal: L1
category: loaded
weight: 1
explain: "Inflammatory" says words are meant to stir anger.
alternatives: provocative (attributed) | strongly worded

id: gen.loaded.toxic
forms: toxic
signal: L1
category: loaded
weight: 0.5
explain: Outside chemistry, "toxic" is a sweeping verdict on a person or debate.
alternatives: hostile | damaging
not_before: non | highly | chemical

id: gen.loaded.tyrant
forms: tyrant | tyrants | tyranny | tyrannical | despot | despots | despotic | despotism
signal: L1
category: loaded
weight: 1
explain: "Tyrant" condemns a ruler; describe what they did.
alternatives: ruler | leader | authoritarian leader

id: gen.loaded.dictator
forms: dictator | dictators | dictatorial | dictatorship
signal: L1
category: loaded
weight: 0.5
explain: "Dictator" is accurate for some rulers but a charged insult for elected ones.
alternatives: leader | president | authoritarian

id: gen.loaded.strongman
forms: strongman | strongmen
signal: L1
category: loaded
weight: 0.5
explain: "Strongman" frames a leader as ruling by force.
alternatives: leader | authoritarian leader

id: gen.loaded.autocrat
forms: autocrat | autocrats | autocratic
signal: L1
category: loaded
weight: 0.5
explain: "Autocrat" is a judgement on how someone rules.
alternatives: leader

id: gen.loaded.totalitarian
forms: totalitarian
signal: L1
category: loaded
weight: 1
explain: "Totalitarian" compares a system to the worst dictatorships.
alternatives: authoritarian | restrictive

id: gen.loaded.draconian
forms: draconian
signal: L1
category: loaded
weight: 1
explain: "Draconian" judges a law as excessively harsh.
alternatives: strict | tough | far-reaching

id: gen.loaded.heavy-handed
forms: heavy-handed | iron-fisted | iron fist
signal: L1
category: loaded
weight: 1
explain: "Heavy-handed" judges an action as excessive force.
alternatives: forceful | strict
inflect: no

id: gen.loaded.police-state
forms: police state
signal: L1
category: loaded
weight: 1
explain: "Police state" compares a country to a dictatorship.
alternatives: heavily policed | (describe the measures)
inflect: no

id: gen.loaded.power-grab
forms: power grab | power grabs | land grab | land grabs
signal: L1
category: loaded
weight: 1
explain: "Power grab" frames an action as greedy seizure.
alternatives: expansion of powers | attempt to gain control
inflect: no

id: gen.loaded.cash-grab
forms: cash grab | money grab | cash cow
signal: L1
category: loaded
weight: 1
explain: "Cash grab" accuses someone of greed.
alternatives: revenue measure | fee increase
inflect: no

id: gen.loaded.witch-hunt
forms: witch hunt | witch-hunt | witch hunts | witch-hunts
signal: L1
category: loaded
weight: 1
explain: "Witch hunt" says an investigation persecutes innocent people.
alternatives: investigation | inquiry

id: gen.loaded.kangaroo-court
forms: kangaroo court | kangaroo courts | show trial | show trials
signal: L1
category: loaded
weight: 1
explain: "Kangaroo court" says a trial is rigged.
alternatives: court | trial | proceedings

id: gen.loaded.mccarthyism
forms: McCarthyism | McCarthyite
signal: L1
category: loaded
weight: 1
explain: "McCarthyism" compares an inquiry to a notorious political purge.
alternatives: investigation | scrutiny

id: gen.loaded.crusade
forms: crusade | crusades | crusader | crusaders | crusading
signal: L1
category: loaded
weight: 1
explain: "Crusade" makes a campaign sound like a holy war.
alternatives: campaign | effort | advocate

id: gen.loaded.jihad-against
forms: jihad against
signal: L1
category: loaded
weight: 2
explain: Using "jihad" for a political campaign borrows a religious word to imply fanaticism.
alternatives: campaign against
inflect: no

# War talk for politics and policy

id: gen.loaded.war-on-women
forms: war on women | war on Christmas | war on coal | war on cops | war on police | war on science | war on truth | war on the middle class | war on religion | war on faith | war on free speech | war on workers | war on the poor | war on men | war on democracy | war on business | war on drivers | war on motorists | war on farmers | war on journalists | war on the press | war on education | war on families | war on the family | war on reason | war on women's | war on voters
signal: L1
category: loaded
weight: 1
explain: Calling a policy a "war on" a group turns a disagreement into combat.
alternatives: policies affecting | restrictions on
inflect: no

id: gen.loaded.war-on-drugs
forms: war on drugs | war on terror
signal: L1
category: loaded
weight: 0.5
explain: "War on drugs" and "war on terror" are official slogans that frame policy as war.
alternatives: drug policy | counterterrorism campaign
inflect: no

id: gen.loaded.all-out-war
forms: all-out war | all-out assault | all-out attack
signal: L1
category: loaded
weight: 1
explain: "All-out war" (outside real wars) exaggerates conflict.
alternatives: dispute | campaign
inflect: no

id: gen.loaded.assault-on
forms: assault on | attack on democracy | attack on freedom | assault on democracy | assault on freedom | assault on the constitution | attack on the constitution | assault on free speech | attack on free speech | assault on women | assault on workers | assault on voting rights | attack on voting rights
signal: L1
category: loaded
weight: 0.5
explain: "An assault on democracy" frames a policy as violence against values.
alternatives: change to | restriction of
inflect: no

id: gen.loaded.under-siege
forms: under siege | besieged
signal: L1
category: loaded
weight: 0.5
explain: "Under siege" (for people or institutions outside war) dramatises pressure.
alternatives: under pressure
inflect: no

id: gen.loaded.firestorm
forms: firestorm
signal: L1
category: loaded
weight: 1
explain: "Firestorm" (of criticism) exaggerates a reaction.
alternatives: criticism | controversy

id: gen.loaded.bombshell
forms: bombshell
signal: L1
category: loaded
weight: 1
explain: "Bombshell" hypes a report as explosive.
alternatives: new | significant | unexpected

id: gen.loaded.blood-on-their-hands
forms: blood on their hands | blood on his hands | blood on her hands | blood on your hands | blood-soaked
signal: L1
category: loaded
weight: 2
explain: "Blood on their hands" blames someone directly for deaths.
alternatives: responsible for (attributed)
inflect: no

id: gen.loaded.culture-war
forms: culture war | culture wars | class warfare | class war | politics of envy
signal: L1
category: loaded
weight: 0.5
explain: "Class warfare" frames policy as one group attacking another.
alternatives: debate over | policy on
inflect: no

id: gen.loaded.identity-politics
forms: identity politics
signal: L1
category: loaded
weight: 0.5
explain: "Identity politics" is often used to dismiss a concern as divisive.
alternatives: (describe the policy)
inflect: no

id: gen.loaded.political-correctness
forms: political correctness | politically correct | PC brigade | cancel culture | thought police | language police
signal: L1
category: loaded
weight: 0.5
explain: "Cancel culture" is a slogan that frames criticism as persecution.
alternatives: criticism | backlash
inflect: no

id: gen.loaded.red-line
forms: red line | red lines
signal: L1
category: loaded
weight: 0.5
explain: A "red line" pictures a limit as a line that triggers punishment if crossed.
alternatives: limit | condition
inflect: no

id: gen.loaded.pariah
forms: pariah | pariahs | pariah state
signal: L1
category: loaded
weight: 1
explain: "Pariah" casts a person or country as an outcast.
alternatives: isolated | criticised

id: gen.loaded.rogue-state
forms: rogue state | rogue states | rogue nation | rogue regime | axis of evil | evil empire
signal: L1
category: loaded
weight: 1
explain: "Rogue state" brands a country as an outlaw.
alternatives: (name the country)
inflect: no

id: gen.loaded.bad-actors
forms: bad actors
signal: L1
category: loaded
weight: 0.5
explain: "Bad actors" labels people as wrongdoers without naming them.
alternatives: (name them)
inflect: no

# Dehumanising words for people

id: gen.loaded.vermin
forms: vermin
signal: L1
category: dehumanising
weight: 2
explain: Calling people "vermin" treats them as pests to be exterminated, a dehumanising insult.
alternatives: people | (name the group)

id: gen.loaded.cockroach
forms: cockroach | cockroaches
signal: L1
category: dehumanising
weight: 2
explain: Calling people "cockroaches" dehumanises them, a word used before mass violence.
alternatives: people | (name the group)

id: gen.loaded.parasite
forms: parasite | parasites | parasitic
signal: L1
category: dehumanising
weight: 2
explain: Calling people "parasites" treats them as feeding on others.
alternatives: people | (name the group)

id: gen.loaded.leech
forms: leech | leeches | leeching
signal: L1
category: dehumanising
weight: 2
explain: Calling people "leeches" treats them as blood-suckers.
alternatives: (describe the behaviour)

id: gen.loaded.scum
forms: scum | scumbag | scumbags | lowlife | lowlifes | lowlives | dirtbag | dirtbags | riffraff | riff-raff
signal: L1
category: dehumanising
weight: 2
explain: Insults like "scum" treat people as worthless.
alternatives: (describe the person)

id: gen.loaded.animals
forms: like animals | treated like animals | beasts | bestial
signal: L1
category: dehumanising
weight: 1
explain: Comparing people to "animals" or "beasts" strips them of humanity.
alternatives: people | attackers | (name the group)
inflect: no

id: gen.loaded.savages
forms: savages | savagery
signal: L1
category: dehumanising
weight: 2
explain: Calling people "savages" treats them as uncivilised and less than human.
alternatives: attackers | fighters | (name them)

id: gen.loaded.savage
forms: savage | savagely
signal: L1
category: dehumanising
weight: 0.5
explain: "Savage" makes violence or criticism sound animal-like.
alternatives: violent | fierce | harsh

id: gen.loaded.barbaric
forms: barbaric | barbarians | barbarism | barbarity | barbarous
signal: L1
category: dehumanising
weight: 1
explain: "Barbaric" brands people or acts as uncivilised.
alternatives: brutal (attributed) | violent | (describe the act)

id: gen.loaded.subhuman
forms: subhuman | sub-human | untermenschen | inhuman
signal: L1
category: dehumanising
weight: 2
explain: "Subhuman" denies people's humanity.
alternatives: (name the group)

id: gen.loaded.monster
forms: monster | monsters
signal: L1
category: dehumanising
weight: 1
explain: Calling a person a "monster" turns them into something inhuman.
alternatives: attacker | killer | (name them)
not_before: cookie | gila | loch | green-eyed | sea | energy | truck | trucks

id: gen.loaded.infestation
forms: infestation | infested | infest
signal: L1
category: dehumanising
weight: 1
explain: "Infested" treats people like pests.
alternatives: (describe the numbers)

id: gen.loaded.horde
forms: horde | hordes
signal: L1
category: dehumanising
weight: 1
explain: "Hordes" pictures people as an invading mass.
alternatives: crowds | large numbers

id: gen.loaded.herd
forms: herded like | herded into
signal: L1
category: dehumanising
weight: 0.5
explain: "Herded" (for people) treats them like cattle.
alternatives: moved | gathered
inflect: no

id: gen.loaded.breeding-ground
forms: breeding ground | breeding grounds
signal: L1
category: dehumanising
weight: 0.5
explain: "Breeding ground" (for crime or extremism) compares people to pests.
alternatives: source | centre
inflect: no

id: gen.loaded.plague-of
forms: plague of | scourge | scourge of
signal: L1
category: dehumanising
weight: 1
explain: "A plague of" (for people) turns them into a disease.
alternatives: rise in | problem of
inflect: no

id: gen.loaded.a-cancer-on
forms: a cancer on | cancer on society | cancer in our
signal: L1
category: dehumanising
weight: 1
explain: Calling a group "a cancer on" society treats people as a disease to cut out.
alternatives: problem
inflect: no

id: gen.loaded.thug
forms: thug | thugs | thuggish | thuggery
signal: L1
category: dehumanising
weight: 2
explain: "Thugs" dismisses people as violent brutes without saying what they did.
alternatives: attackers | rioters | people | (describe the act)

id: gen.loaded.goon
forms: goon | goons | hoodlum | hoodlums | hooligan | hooligans | hooliganism | lout | louts | yobs | yob
signal: L1
category: dehumanising
weight: 1
explain: "Goons" or "hooligans" dismisses people as brutes.
alternatives: attackers | fans | people

id: gen.loaded.mob
forms: mob | mobs | mob rule | angry mob | lynch mob
signal: L1
category: dehumanising
weight: 1
explain: "Mob" portrays a crowd as a violent, mindless mass.
alternatives: crowd | protesters | group
not_before: the | flash

id: gen.loaded.rabble
forms: rabble | riffraff crowd
signal: L1
category: dehumanising
weight: 1
explain: "Rabble" looks down on a crowd as worthless.
alternatives: crowd | protesters

id: gen.loaded.gangster
forms: gangster | gangsters | gangland
signal: L1
category: dehumanising
weight: 0.5
explain: Calling politicians or businesses "gangsters" accuses them of criminality.
alternatives: (describe the conduct)

id: gen.loaded.bully
forms: bully | bullies
signal: L1
category: dehumanising
weight: 0.5
explain: "Bully" judges someone's behaviour as abusive.
alternatives: pressured | (describe the behaviour)

id: gen.loaded.degenerate
forms: degenerate | degenerates | depraved | depravity
signal: L1
category: dehumanising
weight: 2
explain: "Degenerate" condemns people as morally rotten.
alternatives: (describe the act)

id: gen.loaded.groomer
forms: groomer | groomers
signal: L1
category: dehumanising
weight: 2
explain: "Groomer" as a political insult accuses opponents of child abuse without evidence.
alternatives: (describe the policy)

# Cruelty and violence as judgement

id: gen.loaded.brutal
forms: brutal | brutally
signal: L1
category: emotive
weight: 1
explain: "Brutal" adds the writer's condemnation to a description of violence or policy.
alternatives: violent | harsh | (describe what happened)

id: gen.loaded.vicious
forms: vicious | viciously
signal: L1
category: emotive
weight: 1
explain: "Vicious" paints someone as cruel.
alternatives: violent | harsh

id: gen.loaded.ferocious
forms: ferocious | ferociously
signal: L1
category: emotive
weight: 0.5
explain: "Ferocious" dramatises force or criticism.
alternatives: intense | strong

id: gen.loaded.cruel
forms: cruel | cruelly | cruelty
signal: L1
category: emotive
weight: 1
explain: "Cruel" judges an action's intent.
alternatives: harsh | (describe the effect)

id: gen.loaded.callous
forms: callous | callously
signal: L1
category: emotive
weight: 1
explain: "Callous" judges someone as uncaring.
alternatives: (describe what they did)

id: gen.loaded.heartless
forms: heartless
signal: L1
category: emotive
weight: 1
explain: "Heartless" calls someone uncaring.
alternatives: (describe what they did)

id: gen.loaded.ruthless
forms: ruthless | ruthlessly
signal: L1
category: emotive
weight: 1
explain: "Ruthless" calls someone merciless; it can be admiring or damning.
alternatives: determined | harsh

id: gen.loaded.merciless
forms: merciless | mercilessly | pitiless
signal: L1
category: emotive
weight: 1
explain: "Merciless" dramatises harshness.
alternatives: harsh | relentless

id: gen.loaded.sadistic
forms: sadistic | sadist
signal: L1
category: emotive
weight: 2
explain: "Sadistic" says someone enjoys cruelty.
alternatives: (describe the act)

id: gen.loaded.bloodthirsty
forms: bloodthirsty | bloodlust
signal: L1
category: emotive
weight: 2
explain: "Bloodthirsty" paints people as craving killing.
alternatives: violent

id: gen.loaded.murderous
forms: murderous
signal: L1
category: emotive
weight: 1
explain: "Murderous" condemns people or acts as killers.
alternatives: deadly | violent

id: gen.loaded.inhumane
forms: inhumane
signal: L1
category: emotive
weight: 0.5
explain: "Inhumane" judges treatment as cruel.
alternatives: harsh | (describe the conditions)

id: gen.loaded.wanton
forms: wanton | wantonly
signal: L1
category: emotive
weight: 1
explain: "Wanton" says harm was deliberate and pointless.
alternatives: (describe the act)

id: gen.loaded.atrocity
forms: atrocity | atrocities
signal: L1
category: emotive
weight: 0.5
explain: "Atrocity" judges an act as an outrageous crime.
alternatives: attack | killings | (describe it)

id: gen.loaded.reign-of-terror
forms: reign of terror | campaign of terror | rampage | rampages | rampaging | killing spree | killing sprees
signal: L1
category: emotive
weight: 1
explain: "Rampage" makes violence sound frenzied.
alternatives: attack | attacks
inflect: no

# Loaded verbs in the narrator's voice

id: gen.loaded.slash
forms: slash | slashed | slashes | slashing
signal: L1
category: loaded
weight: 0.5
explain: "Slashed" (for budgets or jobs) makes cuts sound violent.
alternatives: cut | reduced

id: gen.loaded.gut
forms: gutted | gutting
signal: L1
category: loaded
weight: 1
explain: "Gutted" (a law or agency) says it was destroyed from inside.
alternatives: weakened | cut
inflect: no

id: gen.loaded.guts
forms: guts
signal: L1
category: loaded
weight: 1
explain: "Guts" (a bill guts a law) says it was destroyed from inside, a verdict on a change that the report should show.
alternatives: weakens | cuts | removes
inflect: no
not_before: the | some | our | your | his | her | their | my | its | of | real | more | had | have | has | having | with | and | no
notes: The noun ("had the guts to") is far more common than the verb; not_before keeps the noun out.

id: gen.loaded.axe
forms: axe | axed | axes | axing
signal: L1
category: loaded
weight: 0.5
explain: "Axed" makes a cut or cancellation sound brutal.
alternatives: cut | cancelled
inflect: no

id: gen.loaded.decimate
forms: decimate | decimated | decimates | decimating
signal: L1
category: loaded
weight: 1
explain: "Decimated" exaggerates losses.
alternatives: reduced sharply | badly hit

id: gen.loaded.obliterate
forms: obliterate | obliterated | obliterating | annihilate | annihilated | annihilation
signal: L1
category: loaded
weight: 1
explain: "Obliterated" exaggerates destruction or defeat.
alternatives: destroyed | heavily defeated

id: gen.loaded.wreck
forms: wreck | wrecked | wrecking | wrecks
signal: L1
category: loaded
weight: 0.5
explain: "Wreck" (the economy, a plan) dramatises harm.
alternatives: damage | weaken
inflect: no

id: gen.loaded.ravage
forms: ravage | ravaged | ravaging
signal: L1
category: loaded
weight: 1
explain: "Ravaged" dramatises damage.
alternatives: badly damaged | hit

id: gen.loaded.shatter
forms: shatter | shattered | shattering
signal: L1
category: loaded
weight: 0.5
explain: "Shattered" (hopes, trust, records) dramatises damage.
alternatives: damaged | ended
inflect: no

id: gen.loaded.trample
forms: trample | trampled | trampling | trample on | trampled on | run roughshod | ran roughshod | ride roughshod | rode roughshod
signal: L1
category: loaded
weight: 1
explain: "Trampled on rights" pictures rights being crushed underfoot.
alternatives: restricted | ignored
inflect: no

id: gen.loaded.ram-through
forms: ram through | rammed through | ramming through | rams through | railroad | railroaded | railroading | bulldoze | bulldozed | steamroll | steamrolled | steamrolling
signal: L1
category: loaded
weight: 1
explain: "Rammed through" says a decision was forced without fair debate.
alternatives: passed quickly | pushed through
inflect: no

id: gen.loaded.strong-arm
forms: strong-arm | strong-armed | strong-arming | arm-twisting
signal: L1
category: loaded
weight: 1
explain: "Strong-armed" accuses someone of bullying others into agreeing.
alternatives: pressured | persuaded

id: gen.loaded.cave
forms: caved | caving | caved in | caves in | caved to | caving to | capitulate | capitulated | capitulates | capitulation
signal: L1
category: loaded
weight: 1
explain: "Caved" makes a compromise sound like weak surrender.
alternatives: agreed | conceded | changed position
inflect: no

id: gen.loaded.kowtow
forms: kowtow | kowtowed | kowtowing | bow down | bowed down | grovel | grovelled | groveled | grovelling | groveling | bend the knee | bent the knee
signal: L1
category: loaded
weight: 1
explain: "Kowtowed" makes deference sound humiliating.
alternatives: deferred to | gave way to
inflect: no

id: gen.loaded.flip-flop
forms: flip-flop | flip-flopped | flip-flops | flip-flopping
signal: L1
category: loaded
weight: 1
explain: "Flip-flop" mocks a change of mind as weakness.
alternatives: changed position | reversed
not_before: pair | wearing | wore | sandals | and

id: gen.loaded.backtrack
forms: backtrack | backtracked | backtracking | backpedal | backpedalled | backpedaled | backpedalling | backpedaling
signal: L1
category: loaded
weight: 1
explain: "Backpedalled" suggests someone retreated from a position in embarrassment.
alternatives: revised | clarified | changed

id: gen.loaded.dodge
forms: dodge | dodged | dodges | dodging | sidestep | sidestepped | sidestepping
signal: L1
category: loaded
weight: 1
explain: "Dodged the question" judges an answer as evasive.
alternatives: did not answer | declined to answer
inflect: no
case: sensitive

id: gen.loaded.weasel
forms: weasel | weaseled | weaselled | wriggle out | wriggled out
signal: L1
category: loaded
weight: 1
explain: "Weaseled out" accuses someone of sneaky escape.
alternatives: avoided
inflect: no

id: gen.loaded.sneak
forms: sneaked | snuck | sneaky | sneakily
signal: L1
category: loaded
weight: 1
explain: "Sneaked in" suggests something was done secretly and dishonestly.
alternatives: added | included
inflect: no

id: gen.loaded.slip-in
forms: slip in | slipped in | slipped into
signal: L1
category: loaded
weight: 0.5
explain: "Slipped in" suggests something was hidden.
alternatives: included | added
inflect: no

id: gen.loaded.spew
forms: spew | spewed | spewing | spews | spout | spouted | spouting
signal: L1
category: loaded
weight: 1
explain: "Spewed" treats someone's words as vomit.
alternatives: said | repeated

id: gen.loaded.regurgitate
forms: regurgitate | regurgitated | regurgitating
signal: L1
category: loaded
weight: 1
explain: "Regurgitated" mocks repeated arguments.
alternatives: repeated

id: gen.loaded.hype
forms: hype | hyped | hyping | overhyped | over-hyped
signal: L1
category: loaded
weight: 0.5
explain: "Hype" dismisses attention as exaggerated.
alternatives: publicity | promotion

id: gen.loaded.fuel
forms: fueled fears | fueled fear | fueled anger | fueled outrage | fueled hatred | fueled resentment | fueled hysteria | fueled paranoia | fueled rage | fuelled fears | fuelled fear | fuelled anger | fuelled outrage | fuelled hatred | fuelled resentment | fuelled hysteria | fuelled paranoia | fuelled rage | fueling fears | fueling fear | fueling anger | fueling outrage | fueling hatred | fueling resentment | fueling hysteria | fueling paranoia | fueling rage | fuelling fears | fuelling fear | fuelling anger | fuelling outrage | fuelling hatred | fuelling resentment | fuelling hysteria | fuelling paranoia | fuelling rage
signal: L1
category: loaded
weight: 0.5
explain: "Fuelled" (fears, anger) suggests something made feelings burn hotter.
alternatives: added to | increased
inflect: no
notes: Only with a feeling as object: "fueled by demand" or "fuelled by the war" is a plain causal metaphor in news.

id: gen.loaded.demonise
forms: demonise | demonised | demonises | demonising | demonize | demonized | demonizes | demonizing | demonisation | demonization | vilify | vilified | vilifying | vilification
signal: L1
category: loaded
weight: 1
explain: "Demonise" says someone is being painted as evil; it is the writer's charge.
alternatives: criticised | blamed
inflect: no

id: gen.loaded.scapegoat
forms: scapegoat | scapegoated | scapegoating | scapegoats
signal: L1
category: loaded
weight: 1
explain: "Scapegoating" says someone is blamed unfairly.
alternatives: blamed

id: gen.loaded.plunder
forms: plunder | plundered | plundering | pillage | pillaged | pillaging
signal: L1
category: loaded
weight: 1
explain: "Plundered" (for public money) pictures theft by force.
alternatives: took | spent | misused
inflect: no

id: gen.loaded.squander
forms: squander | squandered | squandering
signal: L1
category: loaded
weight: 1
explain: "Squandered" judges spending as wasteful.
alternatives: spent | lost

id: gen.loaded.splurge
forms: splurge | splurged | splurging
signal: L1
category: loaded
weight: 1
explain: "Splurge" mocks spending as reckless.
alternatives: spent

id: gen.loaded.waste-of-taxpayer-money
forms: waste of taxpayer money | waste of taxpayers' money | wasted taxpayer money | taxpayer-funded junket | junket | junkets | boondoggle | boondoggles | gravy train | slush fund | slush funds
signal: L1
category: loaded
weight: 1
explain: "Boondoggle" or "gravy train" condemns spending as wasteful.
alternatives: spending | programme | trip
inflect: no

id: gen.loaded.pork-barrel
forms: pork-barrel | pork barrel | pork-barreling | pork-barrelling | pork projects | political pork | pork spending | stuffed with pork | loaded with pork | larded with pork | full of pork | pork-filled | pork-laden
signal: L1
category: loaded
weight: 1
explain: "Pork" mocks spending as handouts for political gain.
alternatives: local spending | earmarks
inflect: no

id: gen.loaded.freeloader
forms: freeloader | freeloaders | moocher | moochers | scrounger | scroungers | benefit cheats | welfare queen | welfare queens
signal: L1
category: loaded
weight: 2
explain: "Scroungers" insults people who receive benefits.
alternatives: benefit recipients | claimants
inflect: no

id: gen.loaded.fat-cat
forms: fat cat | fat cats | moneyed elites | moneyed interests | robber baron | robber barons | vulture capitalist | vulture capitalists | corporate raiders
signal: L1
category: loaded
weight: 1
explain: "Fat cats" sneers at rich people.
alternatives: executives | investors | wealthy donors
inflect: no

id: gen.loaded.greed
forms: greed | greedy | corporate greed
signal: L1
category: loaded
weight: 1
explain: "Greed" judges motives; describe the decision and its effect.
alternatives: profit-seeking | (describe it)

id: gen.loaded.price-gouging
forms: price gouging | gouging | profiteering | profiteers | profiteer
signal: L1
category: loaded
weight: 0.5
explain: "Profiteering" accuses businesses of exploiting a crisis.
alternatives: large price rises | high profits
inflect: no

id: gen.loaded.bankrupt-ideas
forms: bankrupt ideas | morally bankrupt | moral bankruptcy
signal: L1
category: loaded
weight: 2
explain: "Morally bankrupt" condemns someone's values.
alternatives: (describe the position)
inflect: no

id: gen.loaded.sweetheart-deal
forms: sweetheart deal | backroom deal | backroom deals | back-room deal | smoke-filled room | shady deal | dirty deal
signal: L1
category: loaded
weight: 1
explain: "Backroom deal" suggests a secret, dishonest agreement.
alternatives: private agreement | negotiated deal
inflect: no

id: gen.loaded.rubber-stamp
forms: rubber-stamp | rubber stamp | rubber-stamped
signal: L1
category: loaded
weight: 0.5
explain: "Rubber-stamp" says a body approves things without thinking.
alternatives: approved
inflect: no

# Judgements of character and behaviour

id: gen.loaded.arrogant
forms: arrogant | arrogantly | arrogance
signal: L1
category: subjective
weight: 1
explain: "Arrogant" judges someone's character.
alternatives: confident | dismissive (attributed)

id: gen.loaded.smug
forms: smug | smugly | smugness | sanctimonious | self-righteous | holier-than-thou
signal: L1
category: subjective
weight: 1
explain: "Smug" insults someone's manner.
alternatives: confident

id: gen.loaded.condescending
forms: condescending | patronising | patronizing
signal: L1
category: subjective
weight: 1
explain: "Condescending" judges someone's attitude.
alternatives: dismissive

id: gen.loaded.pompous
forms: pompous | pomposity
signal: L1
category: subjective
weight: 1
explain: "Pompous" mocks someone as self-important.
alternatives: formal

id: gen.loaded.ego
forms: ego | egos | egotistical | egomaniac | egomaniacal | narcissist | narcissistic | narcissism
signal: L1
category: subjective
weight: 0.5
explain: "Narcissist" uses a psychological label as an insult.
alternatives: (describe the behaviour)

id: gen.loaded.vanity-project
forms: vanity project | vanity projects
signal: L1
category: subjective
weight: 1
explain: "Vanity project" dismisses work as self-glorification.
alternatives: personal project
inflect: no

id: gen.loaded.stubborn
forms: stubborn | stubbornly | stubbornness | obstinate | pig-headed | bull-headed
signal: L1
category: subjective
weight: 1
explain: "Stubborn" judges firmness as a flaw.
alternatives: firm | refused to change

id: gen.loaded.petulant
forms: petulant | pettiness | childish | infantile | puerile
signal: L1
category: subjective
weight: 1
explain: "Childish" belittles adults' behaviour.
alternatives: (describe the behaviour)

id: gen.loaded.reckless
forms: reckless | recklessly | recklessness
signal: L1
category: subjective
weight: 1
explain: "Reckless" judges an action as dangerously careless.
alternatives: risky | criticised

id: gen.loaded.irresponsible
forms: irresponsible | irresponsibly
signal: L1
category: subjective
weight: 1
explain: "Irresponsible" is the writer's verdict; say who thinks so.
alternatives: criticised as risky

id: gen.loaded.aggressive
forms: aggressive | aggressively
signal: L1
category: subjective
weight: 0.5
explain: "Aggressive" colours an action as hostile.
alternatives: forceful | active

id: gen.loaded.blatant
forms: blatant | blatantly | flagrant | flagrantly
signal: L1
category: subjective
weight: 1
explain: "Blatant" says a wrong is obvious, inviting anger.
alternatives: clear | (describe it)

id: gen.loaded.brazen
forms: brazen | brazenly
signal: L1
category: subjective
weight: 1
explain: "Brazen" says someone shamelessly did wrong.
alternatives: open | (describe it)

id: gen.loaded.shameless
forms: shameless | shamelessly
signal: L1
category: subjective
weight: 1
explain: "Shameless" condemns someone's conduct.
alternatives: open | (describe it)

id: gen.loaded.cynical
forms: cynical | cynically | cynicism
signal: L1
category: subjective
weight: 1
explain: "Cynical" accuses someone of selfish motives.
alternatives: (describe the decision)

id: gen.loaded.conveniently
forms: conveniently
signal: L1
category: subjective
weight: 1
explain: "Conveniently" hints that someone's timing or omission was dishonest.
alternatives: (drop it)

id: gen.loaded.opportunistic
forms: opportunistic | opportunist | opportunists
signal: L1
category: subjective
weight: 1
explain: "Opportunistic" says someone acts only for selfish gain.
alternatives: (describe what they did)

id: gen.loaded.self-serving
forms: self-serving | self-interested
signal: L1
category: subjective
weight: 1
explain: "Self-serving" judges someone's motives.
alternatives: (describe the decision)

id: gen.loaded.tone-deaf
forms: tone-deaf
signal: L1
category: subjective
weight: 1
explain: "Tone-deaf" mocks someone for being out of touch.
alternatives: criticised | insensitive (attributed)

id: gen.loaded.out-of-touch
forms: out of touch | out-of-touch
signal: L1
category: subjective
weight: 1
explain: "Out of touch" judges someone as ignorant of ordinary life.
alternatives: criticised
inflect: no

id: gen.loaded.gullible
forms: gullible | naive | naïve | credulous
signal: L1
category: subjective
weight: 1
explain: "Gullible" insults people's judgement.
alternatives: trusting | (describe it)

id: gen.loaded.sheeple
forms: sheeple | lemmings | like sheep | like lemmings
signal: L1
category: subjective
weight: 2
explain: "Sheeple" mocks people as mindless followers.
alternatives: people | the public

id: gen.loaded.cult
forms: cult | cults | cult-like | cultish
signal: L1
category: subjective
weight: 1
explain: Calling a movement a "cult" says its followers are brainwashed.
alternatives: movement | loyal supporters
not_before: personality

id: gen.loaded.cult-of-personality
forms: cult of personality | personality cult
signal: L1
category: subjective
weight: 0.5
explain: "Personality cult" says followers worship a leader.
alternatives: devoted following
inflect: no

id: gen.loaded.disgraced
forms: disgraced
signal: L1
category: subjective
weight: 1
explain: "Disgraced" labels a person by their worst moment.
alternatives: former | (name the case)
inflect: no

id: gen.loaded.embattled
forms: embattled | beleaguered
signal: L1
category: subjective
weight: 0.5
explain: "Embattled" frames someone as under attack and losing.
alternatives: criticised | under scrutiny

id: gen.loaded.notorious
forms: notorious | notoriously | infamous | infamously
signal: L1
category: subjective
weight: 1
explain: "Notorious" stamps a bad reputation on someone.
alternatives: known | well-known | (describe the record)

id: gen.loaded.hardliner
forms: hardliner | hardliners
signal: L1
category: subjective
weight: 0.5
explain: "Hardline" labels a position as unbending.
alternatives: firm | strict

id: gen.loaded.gaffe
forms: gaffe | gaffes | gaffe-prone | blunder | blunders | blundered | howler
signal: L1
category: subjective
weight: 0.5
explain: "Gaffe" treats a remark as an embarrassing slip.
alternatives: remark | mistake

# Opinion adverbs: the writer comments on events

id: gen.loaded.sadly
forms: sadly
signal: L1
category: subjective
weight: 0.5
explain: "Sadly" adds the writer's feeling to a fact.
alternatives: (drop it)

id: gen.loaded.thankfully
forms: thankfully | mercifully
signal: L1
category: subjective
weight: 0.5
explain: "Thankfully" tells readers what to be glad about.
alternatives: (drop it)

id: gen.loaded.characteristically
forms: characteristically
signal: L1
category: subjective
weight: 1
explain: "Characteristically" implies a bad habit.
alternatives: (drop it)

id: gen.loaded.ironically
forms: ironically
signal: L1
category: subjective
weight: 0.5
explain: "Ironically" points out a contradiction in a knowing tone.
alternatives: (drop it)

id: gen.loaded.needlessly
forms: needlessly | unnecessarily | gratuitously
signal: L1
category: subjective
weight: 1
explain: "Needlessly" judges an action as having no purpose.
alternatives: (drop it)

id: gen.loaded.gleefully
forms: gleefully | with glee
signal: L1
category: subjective
weight: 1
explain: "Gleefully" says someone enjoyed another's trouble.
alternatives: (drop it)
inflect: no

id: gen.loaded.disturbingly-ironic
forms: disturbingly ironic | tellingly | revealingly
signal: L1
category: subjective
weight: 1
explain: "Tellingly" hints that a detail exposes something bad.
alternatives: (drop it)
inflect: no

# Glorifying and admiring words

id: gen.loaded.heroic
forms: heroic | heroically | heroism
signal: L1
category: glorifying
weight: 1
explain: "Heroic" praises people, turning a report into a tribute.
alternatives: brave (attributed) | (describe what they did)

id: gen.loaded.hero
forms: hero | heroes
signal: L1
category: glorifying
weight: 0.5
explain: "Hero" praises a person instead of describing what they did.
alternatives: (describe what they did)
not_before: local | war | sandwich | super | guitar

id: gen.loaded.brave
forms: brave | bravely | bravery | courageous | courageously
signal: L1
category: glorifying
weight: 0.5
explain: "Brave" praises someone; readers may judge for themselves.
alternatives: (describe what they did)
inflect: no

id: gen.loaded.valiant
forms: valiant | valiantly | gallant | gallantly | heroine | heroines
signal: L1
category: glorifying
weight: 1
explain: "Valiant" praises someone in old-fashioned heroic terms.
alternatives: (describe what they did)

id: gen.loaded.fearless
forms: fearless | fearlessly | intrepid
signal: L1
category: glorifying
weight: 1
explain: "Fearless" praises someone's courage.
alternatives: (describe what they did)

id: gen.loaded.selfless
forms: selfless | selflessly
signal: L1
category: glorifying
weight: 1
explain: "Selfless" praises someone's motives.
alternatives: (describe what they did)

id: gen.loaded.noble
forms: noble | nobly
signal: L1
category: glorifying
weight: 0.5
explain: "Noble" praises motives morally.
alternatives: (describe it)
inflect: no
not_before: gas | gases | metal | metals | house

id: gen.loaded.saviour
forms: saviour | savior | saviours | saviors
signal: L1
category: glorifying
weight: 1
explain: "Saviour" casts someone as rescuing others.
alternatives: (describe their role)

id: gen.loaded.champion-of
forms: champion of | champions of | champion for | defender of | defenders of
signal: L1
category: glorifying
weight: 0.5
explain: "Champion of" gives someone a heroic role.
alternatives: supporter of | advocate for
inflect: no

id: gen.loaded.freedom-loving
forms: freedom-loving | peace-loving | law-abiding
signal: L1
category: glorifying
weight: 0.5
explain: "Peace-loving" praises one side as virtuous.
alternatives: (describe them)
inflect: no

id: gen.loaded.true-patriots
forms: true patriots | real Americans | real patriots
signal: L1
category: glorifying
weight: 0.5
explain: "True patriots" claims one group loves its country more than others.
alternatives: citizens | supporters
inflect: no
case: sensitive

id: gen.loaded.warrior
forms: warrior | warriors
signal: L1
category: glorifying
weight: 0.5
explain: "Warriors" (for activists or workers) glorifies them as fighters.
alternatives: campaigners | workers
not_before: golden

id: gen.loaded.admirable
forms: admirable | admirably | commendable | commendably | laudable | praiseworthy
signal: L1
category: glorifying
weight: 1
explain: "Admirable" is the writer's praise.
alternatives: (describe it)

id: gen.loaded.principled
forms: principled
signal: L1
category: glorifying
weight: 0.5
explain: "Principled" praises someone's motives.
alternatives: firm | consistent

id: gen.loaded.honourable
forms: honourable | honorable
signal: L1
category: glorifying
weight: 0.5
explain: "Honourable" praises someone's character.
alternatives: (describe it)
not_before: the | right

id: gen.loaded.common-sense
forms: common sense | common-sense | commonsense
signal: L1
category: glorifying
weight: 1
explain: "Common-sense" claims a policy is obviously right, so opponents look foolish.
alternatives: (describe the policy)
inflect: no

id: gen.loaded.sensible
forms: sensible | sensibly
signal: L1
category: glorifying
weight: 0.5
explain: "Sensible" judges a choice as wise.
alternatives: (describe it)

id: gen.loaded.wise
forms: wisely
signal: L1
category: glorifying
weight: 0.5
explain: "Wisely" praises a decision.
alternatives: (drop it)

id: gen.loaded.inspiring
forms: inspiring | inspirational
signal: L1
category: glorifying
weight: 1
explain: "Inspiring" tells readers to admire someone.
alternatives: (describe what they did)

# More moral and emotional judgements

id: gen.loaded.evil
forms: evil | evils | evildoers
signal: L1
category: emotive
weight: 1
explain: "Evil" is a moral verdict that ends discussion; describe the acts instead.
alternatives: harmful | (describe the acts)
inflect: no
not_before: lesser | two | necessary

id: gen.loaded.wicked
forms: wicked | wickedness
signal: L1
category: emotive
weight: 1
explain: "Wicked" condemns people morally.
alternatives: (describe the acts)

id: gen.loaded.diabolical
forms: diabolical | demonic | satanic | devilish
signal: L1
category: emotive
weight: 1
explain: "Diabolical" compares people or plans to the devil.
alternatives: harmful | (describe it)
inflect: no

id: gen.loaded.unholy-alliance
forms: unholy alliance | unholy
signal: L1
category: emotive
weight: 1
explain: "Unholy alliance" paints a partnership as sinful.
alternatives: alliance | partnership
inflect: no

id: gen.loaded.twisted-logic
forms: twisted logic | twisted
signal: L1
category: emotive
weight: 0.5
explain: "Twisted" says someone's mind or argument is warped.
alternatives: flawed | disputed
inflect: no
not_before: ankle | knee | metal | wreckage

id: gen.loaded.perverse
forms: perverse | perversely | perverted
signal: L1
category: emotive
weight: 1
explain: "Perverse" says something is against all sense or decency.
alternatives: unintended | contrary
inflect: no

id: gen.loaded.hell-bent
forms: hell-bent | hellbent
signal: L1
category: emotive
weight: 1
explain: "Hell-bent" says someone is recklessly determined.
alternatives: determined
inflect: no

id: gen.loaded.rabid
forms: rabid
signal: L1
category: dehumanising
weight: 1
explain: "Rabid" (supporters, critics) compares people to diseased animals.
alternatives: strong | fervent

id: gen.loaded.frenzied
forms: frenzied | frenzy | feeding frenzy | frenetic
signal: L1
category: emotive
weight: 0.5
explain: "Frenzy" presents people as out of control.
alternatives: intense | busy
inflect: no

id: gen.loaded.mania
forms: mania | manic | madness
signal: L1
category: emotive
weight: 1
explain: "Madness" (for policy or crowds) dismisses it as insane.
alternatives: rush | (describe it)
inflect: no

id: gen.loaded.furious
forms: furious | furiously | fury
signal: L1
category: emotive
weight: 0.5
explain: "Furious" dramatises someone's anger; quote them instead.
alternatives: angry (attributed) | strongly objected
inflect: no

id: gen.loaded.hatred
forms: hatred | hate-fuelled | hate-fueled
signal: L1
category: emotive
weight: 0.5
explain: "Hatred" names a motive that the report should show.
alternatives: hostility | (describe it)
inflect: no

id: gen.loaded.uproar
forms: uproar | furore | furor | outcry
signal: L1
category: emotive
weight: 0.5
explain: "Uproar" dramatises a reaction.
alternatives: criticism | objections
inflect: no

id: gen.loaded.misery
forms: misery | miserable | wretched
signal: L1
category: emotive
weight: 0.5
explain: "Misery" adds emotional weight; describe the conditions.
alternatives: hardship | difficulty
inflect: no

id: gen.loaded.lacklustre
forms: lacklustre | lackluster | mediocre | mediocrity
signal: L1
category: emotive
weight: 1
explain: "Lacklustre" is the writer's verdict of dullness.
alternatives: weak | modest
inflect: no

id: gen.loaded.shoddy
forms: shoddy | sloppy | slapdash | half-baked | ill-conceived | misguided | wrongheaded | wrong-headed | short-sighted | shortsighted | ham-fisted | cack-handed | amateurish
signal: L1
category: emotive
weight: 1
explain: Words like "half-baked" or "misguided" judge a plan instead of describing its flaws.
alternatives: flawed | criticised | (describe the problem)
inflect: no

id: gen.loaded.amateur-hour
forms: amateur hour | clown show | freak show | dumpster fire | hot mess | train wreck | car crash interview | omnishambles
signal: L1
category: emotive
weight: 2
explain: Mocking images like "dumpster fire" ridicule instead of inform.
alternatives: failure | poorly run
inflect: no

id: gen.loaded.dubious
forms: dubious | dubiously
signal: L1
category: emotive
weight: 1
explain: "Dubious" casts doubt on something in the writer's voice.
alternatives: questioned | unverified
inflect: no

id: gen.loaded.questionable
forms: questionable
signal: L1
category: emotive
weight: 0.5
explain: "Questionable" hints at wrongdoing without saying what.
alternatives: disputed | (say who questions it)

id: gen.loaded.fishy
forms: fishy
signal: L1
category: emotive
weight: 1
explain: "Fishy" hints that something dishonest is happening.
alternatives: unexplained | questioned

id: gen.loaded.rigged-system
forms: rigged system | rigged game | rigged economy | rigged against | rigged in favour | rigged in favor
signal: L1
category: emotive
weight: 1
explain: "Rigged" says a system is fixed by cheats.
alternatives: unfair (attributed) | skewed
inflect: no

id: gen.loaded.exploitative
forms: exploitative | oppressive | oppressors | oppressor
signal: L1
category: emotive
weight: 1
explain: "Oppressive" judges a system as crushing people.
alternatives: restrictive | harsh (attributed)
inflect: no

id: gen.loaded.repressive
forms: repressive | repression
signal: L1
category: emotive
weight: 0.5
explain: "Repressive" judges a government's conduct.
alternatives: restrictive | authoritarian
inflect: no

id: gen.loaded.muzzle
forms: muzzle | muzzled | muzzling | silencing critics | silenced critics | silence critics | silence dissent | silencing dissent
signal: L1
category: emotive
weight: 1
explain: "Muzzled" pictures people as dogs with their mouths strapped.
alternatives: restricted | limited
inflect: no

id: gen.loaded.purge
forms: purge | purges | purged | purging
signal: L1
category: emotive
weight: 0.5
explain: "Purge" compares removing people to a dictator's killing of rivals.
alternatives: removal | dismissals
inflect: no

id: gen.loaded.nepotism
forms: nepotism | cronyism and nepotism
signal: L1
category: loaded
weight: 0.5
explain: "Nepotism" accuses someone of favouring family; show the appointments.
alternatives: appointed relatives
inflect: no

id: gen.loaded.hush-money
forms: hush money | dark money
signal: L1
category: loaded
weight: 0.5
explain: "Dark money" frames political donations as sinister.
alternatives: undisclosed donations | payments
inflect: no

id: gen.loaded.special-interests
forms: special interests | special-interest groups | special interest groups
signal: L1
category: loaded
weight: 0.5
explain: "Special interests" paints lobby groups as selfish.
alternatives: interest groups | lobby groups
inflect: no

id: gen.loaded.big-pharma
forms: Big Pharma | Big Oil | Big Tech | Big Tobacco | Big Ag | Big Food
signal: L1
category: loaded
weight: 1
explain: Labels like "Big Pharma" cast a whole industry as one villain.
alternatives: drug companies | oil companies | technology companies | the federal government
inflect: no
case: sensitive

id: gen.loaded.corporate-welfare
forms: corporate welfare | corporate handouts
signal: L1
category: loaded
weight: 1
explain: "Corporate welfare" frames business subsidies as undeserved.
alternatives: business subsidies | tax breaks
inflect: no

id: gen.loaded.job-killing
forms: job-killing | job killer | job-killer | job killers
signal: L1
category: loaded
weight: 1
explain: "Job-killing" claims a policy destroys jobs before the evidence is in.
alternatives: (give the job estimates)
inflect: no

id: gen.loaded.tax-and-spend
forms: tax-and-spend | tax and spend
signal: L1
category: loaded
weight: 1
explain: "Tax-and-spend" is a partisan sneer at public spending.
alternatives: (describe the policy)
inflect: no

id: gen.loaded.big-government
forms: big government | government overreach | government takeover | nanny state | nanny-state
signal: L1
category: loaded
weight: 1
explain: "Nanny state" mocks rules as treating adults like children.
alternatives: regulation | government rules
inflect: no

id: gen.loaded.socialised-medicine
forms: socialised medicine | socialized medicine | death panels | death panel
signal: L1
category: loaded
weight: 2
explain: "Death panels" frightens readers with an invented image of officials choosing who dies.
alternatives: public health insurance | review boards
inflect: no

id: gen.loaded.cradle-to-grave
forms: cradle-to-grave | cradle to grave
signal: L1
category: loaded
weight: 1
explain: "Cradle-to-grave" mocks welfare as lifelong dependency.
alternatives: comprehensive
inflect: no

id: gen.loaded.entitlement-mentality
forms: entitlement mentality | culture of dependency | dependency culture | something for nothing
signal: L1
category: loaded
weight: 1
explain: "Culture of dependency" blames people for needing help.
alternatives: (describe the programme)
inflect: no

id: gen.loaded.job-creators
forms: job creators | wealth creators
signal: L1
category: glorifying
weight: 0.5
explain: "Job creators" praises business owners as benefactors.
alternatives: employers | business owners
inflect: no

id: gen.loaded.hard-working-families
forms: hard-working families | hardworking families | hard-working taxpayers | hardworking taxpayers | hard-working Americans | hardworking Americans | ordinary hard-working
signal: L1
category: glorifying
weight: 0.5
explain: "Hard-working families" flatters voters and implies others are not.
alternatives: families | taxpayers
inflect: no

id: gen.loaded.silent-majority
forms: silent majority
signal: L1
category: loaded
weight: 0.5
explain: "Silent majority" claims most people secretly agree with one side.
alternatives: (give poll figures)
inflect: no

id: gen.loaded.anti-vaxxer
forms: anti-vaxxer | anti-vaxxers | anti-vax | anti-vaxx | anti-vaxers | anti-science | flat-earther | flat-earthers | tinfoil hat | tin-foil hat | tinfoil-hat
signal: L1
category: loaded
weight: 1
explain: Labels like "anti-vaxxer" mock people instead of describing their views.
alternatives: vaccine opponents | sceptics
inflect: no

id: gen.loaded.trojan-horse
forms: Trojan horse
signal: L1
category: loaded
weight: 1
explain: "Trojan horse" accuses something of hiding a hostile purpose.
alternatives: (describe the concern)
inflect: no

id: gen.loaded.faustian-bargain
forms: Faustian bargain | deal with the devil | pact with the devil | poisoned chalice
signal: L1
category: loaded
weight: 1
explain: "Deal with the devil" casts a compromise as selling one's soul.
alternatives: compromise | risky deal
inflect: no

id: gen.loaded.ticking-time-bomb
forms: ticking time bomb | time bomb | powder keg | tinderbox
signal: L1
category: loaded
weight: 0.5
explain: "Powder keg" frames a situation as about to explode.
alternatives: tense situation | growing risk
inflect: no

id: gen.loaded.house-of-cards
forms: house of cards | sinking ship | rats fleeing
signal: L1
category: loaded
weight: 1
explain: "Sinking ship" mocks an organisation as doomed.
alternatives: struggling organisation
inflect: no

id: gen.loaded.slippery-slope
forms: slippery slope
signal: L1
category: loaded
weight: 0.5
explain: "Slippery slope" claims one step will lead to disaster.
alternatives: (describe the possible consequences)
inflect: no

id: gen.loaded.echo-chamber
forms: echo chamber | echo chambers | ivory tower | ivory towers
signal: L1
category: loaded
weight: 0.5
explain: "Ivory tower" mocks experts as cut off from real life.
alternatives: academia | (describe it)
inflect: no

id: gen.loaded.golden-parachute
forms: golden parachute | golden parachutes | fat-cat pay
signal: L1
category: loaded
weight: 0.5
explain: "Golden parachute" frames a payout as undeserved.
alternatives: severance package | payout
inflect: no

id: gen.loaded.rip-off
forms: rip-off | ripoff | rip-offs | ripped off | fleece | fleeced | fleecing | daylight robbery | highway robbery
signal: L1
category: loaded
weight: 1
explain: "Rip-off" accuses sellers of cheating.
alternatives: expensive | overpriced (attributed)
inflect: no

id: gen.loaded.bleed-dry
forms: bleed dry | bled dry | bleeding dry | bleeding taxpayers
signal: L1
category: loaded
weight: 1
explain: "Bled dry" pictures people drained of blood.
alternatives: cost heavily
inflect: no

id: gen.loaded.scheming
forms: scheming | schemer | schemers
signal: L1
category: loaded
weight: 1
explain: "Scheming" says someone is plotting dishonestly.
alternatives: planning | (describe the plan)
inflect: no

# Further evaluative words

id: gen.loaded.inflame
forms: inflame | inflamed | inflaming | whip up | whipped up | whipping up
signal: L1
category: loaded
weight: 1
explain: "Whipped up" accuses someone of deliberately stirring anger.
alternatives: raised | added to
inflect: no

id: gen.loaded.ugly
forms: ugly | ugliness
signal: L1
category: subjective
weight: 1
explain: "Ugly" (for a debate or remark) is the writer's distaste.
alternatives: bitter | hostile | (describe it)
inflect: no

id: gen.loaded.creepy
forms: creepy | creep | creeps
signal: L1
category: subjective
weight: 1
explain: "Creepy" expresses disgust at a person.
alternatives: (describe the behaviour)
inflect: no
not_before: mission | scope | feature

id: gen.loaded.obscure
forms: obscure
signal: L1
category: subjective
weight: 0.5
explain: "Obscure" (for a person or group) belittles them as unimportant.
alternatives: little-known
inflect: no

id: gen.loaded.typical-of
forms: typical of | all too typical | sadly typical
signal: L1
category: subjective
weight: 0.5
explain: "Typical of" hints that someone always behaves badly.
alternatives: (drop it)
inflect: no

id: gen.loaded.ineffective
forms: ineffective | ineffectual
signal: L1
category: subjective
weight: 0.5
explain: "Ineffectual" is a verdict that needs evidence.
alternatives: (give the results)
inflect: no

id: gen.loaded.scathing
forms: scathing | withering | blistering
signal: L1
category: subjective
weight: 1
explain: "Scathing" dramatises criticism.
alternatives: strong | sharp
inflect: no

id: gen.loaded.victimhood
forms: victimhood | victim mentality | playing the victim | play the victim | plays the victim | victim card
signal: L1
category: subjective
weight: 1
explain: "Playing the victim" accuses someone of faking or exaggerating harm.
alternatives: said they were treated unfairly
inflect: no

id: gen.loaded.crap
forms: crap | crappy | bullshit
signal: L1
category: subjective
weight: 2
explain: Vulgar words for "nonsense" insult instead of explaining.
alternatives: false | poor
inflect: no

id: gen.loaded.dirty-tricks
forms: dirty tricks | dirty politics | dirty money | dirty deals | dirty work
signal: L1
category: subjective
weight: 1
explain: "Dirty tricks" accuses people of cheating.
alternatives: tactics | (describe them)
inflect: no

id: gen.loaded.troll
forms: troll | trolls | trolling | trolled
signal: L1
category: subjective
weight: 1
explain: "Trolls" dismisses people as online pests.
alternatives: critics | online accounts
inflect: no

id: gen.loaded.disdain
forms: disdain | contempt | scorn
signal: L1
category: subjective
weight: 0.5
explain: "Disdain" names someone's inner attitude, which the writer cannot see.
alternatives: criticism | disagreement
inflect: no
not_before: of | in

id: gen.loaded.toxic-masculinity
forms: toxic masculinity | toxic culture | toxic rhetoric | toxic politics | toxic debate | toxic brand | toxic workplace
signal: L1
category: subjective
weight: 1
explain: "Toxic culture" condemns a whole group's behaviour as poison.
alternatives: hostile | harmful (attributed)
inflect: no

id: gen.loaded.plagued-by
forms: plagued by | plagued with | riddled with | beset by | mired in
signal: L1
category: subjective
weight: 0.5
explain: "Plagued by" casts problems as a disease.
alternatives: affected by | facing
inflect: no

id: gen.loaded.endless
forms: endless | never-ending | interminable
signal: L1
category: subjective
weight: 0.5
explain: "Endless" exaggerates length and hints at frustration.
alternatives: long | repeated
inflect: no

id: gen.loaded.dug-in-their-heels
forms: dug in their heels | digging in their heels | dig in their heels | digs in his heels | dug in his heels | dug in her heels
signal: L1
category: subjective
weight: 0.5
explain: "Dug in their heels" frames firmness as stubbornness.
alternatives: refused to change
inflect: no

id: gen.loaded.sob-story
forms: sob story | sob stories
signal: L1
category: subjective
weight: 2
explain: "Sob story" mocks someone's account of hardship.
alternatives: account | story
inflect: no

id: gen.loaded.tip-of-the-iceberg
forms: tip of the iceberg
signal: L1
category: subjective
weight: 0.5
explain: "Tip of the iceberg" claims much more wrongdoing is hidden.
alternatives: (give the evidence)
inflect: no

id: gen.loaded.bellicose
forms: bellicose | belligerent | warmonger | warmongers | warmongering
signal: L1
category: subjective
weight: 1
explain: "Warmonger" accuses someone of wanting war.
alternatives: hawkish | aggressive
inflect: no

id: gen.loaded.implausible
forms: implausible | far-fetched
signal: L1
category: subjective
weight: 0.5
explain: "Far-fetched" dismisses a claim in the writer's voice.
alternatives: disputed | unsupported
inflect: no

id: gen.loaded.sabotage
forms: sabotage | sabotaged | sabotaging
signal: L1
category: subjective
weight: 0.5
explain: "Sabotage" (for politics or policy) accuses someone of deliberate wrecking.
alternatives: undermined | blocked
inflect: no

id: gen.loaded.mess
forms: mess | messy
signal: L1
category: subjective
weight: 0.5
explain: "Mess" is a verdict on how something is run.
alternatives: problems | disorder
inflect: no
not_before: officers | officer | hall | kit

id: gen.loaded.bloated
forms: bloated
signal: L1
category: subjective
weight: 1
explain: "Bloated" (budgets, bureaucracy) says something is wastefully large.
alternatives: large | expensive
inflect: no

id: gen.loaded.bureaucrats
forms: red tape | pen-pushers | paper-pushers | busybodies | jobsworth | jobsworths | faceless bureaucrats | unelected bureaucrats
signal: L1
category: subjective
weight: 0.5
explain: "Red tape" and "faceless bureaucrats" mock rules and officials.
alternatives: rules | officials | paperwork
inflect: no

id: gen.loaded.tepid
forms: tepid | lukewarm | half-hearted | halfhearted
signal: L1
category: subjective
weight: 0.5
explain: "Half-hearted" judges the effort behind an action.
alternatives: limited | modest
inflect: no

id: gen.loaded.gender-ideology
forms: gender ideology | woke ideology | radical ideology | leftist ideology | extremist ideology
signal: L1
category: subjective
weight: 1
explain: Phrases like "gender ideology" label an opponent's views as a dangerous doctrine.
alternatives: (describe the policy or belief)
inflect: no

id: gen.loaded.hysterically
forms: hysterically | melodramatic | theatrics | histrionics | histrionic
signal: L1
category: subjective
weight: 1
explain: "Theatrics" dismisses behaviour as a show.
alternatives: (describe the behaviour)
inflect: no

id: gen.loaded.meddling
forms: meddling | meddle | meddled | meddlesome
signal: L1
category: subjective
weight: 0.5
explain: "Meddling" frames involvement as unwanted interference.
alternatives: involvement | intervention
inflect: no

id: gen.loaded.lurch
forms: lurch | lurched | lurching | lurches | veered | veering
signal: L1
category: subjective
weight: 0.5
explain: "Lurched to the left" frames a policy shift as clumsy and extreme.
alternatives: moved | shifted
inflect: no

id: gen.loaded.cozy-up
forms: cozy up | cosy up | cozied up | cosied up | cozying up | cosying up | in bed with | cozy relationship | cosy relationship
signal: L1
category: subjective
weight: 1
explain: "Cosied up to" suggests an improper closeness.
alternatives: built ties with | met with
inflect: no

id: gen.loaded.hand-wringing
forms: hand-wringing | handwringing | pearl-clutching | pearl clutching
signal: L1
category: subjective
weight: 1
explain: "Pearl-clutching" mocks people's concern as fussy.
alternatives: concern | worry
inflect: no

id: gen.loaded.knee-jerk
forms: knee-jerk | kneejerk
signal: L1
category: subjective
weight: 1
explain: "Knee-jerk" says a reaction was thoughtless.
alternatives: quick | immediate
inflect: no

id: gen.loaded.incendiary-rhetoric
forms: incendiary rhetoric | heated rhetoric | fiery rhetoric
signal: L1
category: subjective
weight: 0.5
explain: "Incendiary rhetoric" judges speech as dangerous.
alternatives: strong language | (quote it)
inflect: no

id: gen.loaded.alarmingly-high
forms: alarmingly high | dangerously high | shockingly high | shockingly low | woefully inadequate
signal: L1
category: subjective
weight: 1
explain: Phrases like "dangerously high" tell readers how to feel about a number.
alternatives: (give the figure and a comparison)
inflect: no

id: gen.loaded.zombie
forms: zombie | zombies
signal: L1
category: subjective
weight: 0.5
explain: "Zombie" (companies, laws) mocks something as dead but still around.
alternatives: struggling | dormant
inflect: no

id: gen.loaded.cesspool
forms: cesspool | cesspools | cesspit | cesspits | swamp | drain the swamp
signal: L1
category: subjective
weight: 1
explain: "Swamp" pictures government as a filthy place.
alternatives: (name the institution)
inflect: no
not_before: the | a | mangrove | salt | cypress

# Belittling, costs and contempt

id: gen.loaded.merely
forms: merely
signal: L1
category: subjective
weight: 0.5
explain: "Mere" shrinks a number or fact so that it seems unimportant.
alternatives: only | (give the figure)
not_before: the

id: gen.loaded.paltry
forms: paltry | measly | piddling | derisory | puny
signal: L1
category: subjective
weight: 1
explain: "Paltry" sneers at an amount as too small.
alternatives: small | (give the figure and a comparison)

id: gen.loaded.meagre
forms: meagre | meager | scant | scanty
signal: L1
category: subjective
weight: 0.5
explain: "Meagre" judges an amount as too little.
alternatives: small | limited | (give the figure)

id: gen.loaded.exorbitant
forms: exorbitant | extortionate | outrageous prices | eye-popping
signal: L1
category: subjective
weight: 1
explain: "Exorbitant" judges a price as unfairly high.
alternatives: high | (give the figure and a comparison)

id: gen.loaded.hefty
forms: hefty
signal: L1
category: subjective
weight: 0.5
explain: "Hefty" (fine, bill, price) makes a figure sound heavy.
alternatives: large | (give the figure)

id: gen.loaded.startling
forms: startling | startlingly
signal: L1
category: subjective
weight: 0.5
explain: "Startling" tells readers to be surprised.
alternatives: unexpected | notable

id: gen.loaded.emboldened
forms: emboldened
signal: L1
category: subjective
weight: 0.5
explain: "Emboldened" suggests someone now dares to do something bad.
alternatives: encouraged

id: gen.loaded.quagmire
forms: quagmire | quagmires
signal: L1
category: subjective
weight: 1
explain: "Quagmire" pictures a policy or war as a bog nobody can escape.
alternatives: long conflict | difficult situation

id: gen.loaded.tribalism
forms: tribalism | tribal politics
signal: L1
category: subjective
weight: 1
explain: "Tribalism" dismisses political loyalty as primitive.
alternatives: partisanship | group loyalty

id: gen.loaded.plutocrat
forms: plutocrat | plutocrats | plutocracy | plutocratic
signal: L1
category: subjective
weight: 1
explain: "Plutocrat" condemns rich people as ruling by money.
alternatives: wealthy donor | billionaire

id: gen.loaded.selfish
forms: selfish | selfishly | selfishness
signal: L1
category: subjective
weight: 1
explain: "Selfish" judges a person's motives.
alternatives: (describe what they did)

id: gen.loaded.stingy
forms: stingy | miserly | tight-fisted | penny-pinching
signal: L1
category: subjective
weight: 1
explain: "Stingy" sneers at spending decisions.
alternatives: limited | low | reluctant to spend

id: gen.loaded.unabashed
forms: unabashed | unabashedly | unapologetic | unapologetically
signal: L1
category: subjective
weight: 0.5
explain: "Unabashed" hints that someone should be ashamed.
alternatives: open | openly

id: gen.loaded.awkward
forms: awkward | awkwardly
signal: L1
category: subjective
weight: 0.5
explain: "Awkwardly" mocks a person's manner or timing.
alternatives: (describe it)

id: gen.loaded.rosy
forms: rosy | rose-tinted | rose-coloured | rose-colored
signal: L1
category: subjective
weight: 0.5
explain: "Rosy picture" suggests a view is naively optimistic.
alternatives: optimistic | positive

id: gen.loaded.empty-promises
forms: empty promises | empty promise | empty rhetoric | empty words | empty gesture | hollow promises | hollow words | hollow victory | hollow gesture
signal: L1
category: subjective
weight: 1
explain: "Empty promises" judges commitments as insincere before the outcome is known.
alternatives: promises | (say what was done)

id: gen.loaded.mafia-state
forms: mafia state | mafia-like | mafia-style | mob boss | godfather of
signal: L1
category: subjective
weight: 1
explain: "Mafia state" compares a government to organised crime.
alternatives: (describe the conduct)

id: gen.loaded.shame-on
forms: shame on | a national shame | national disgrace | a disgrace | an embarrassment | a stain on
signal: L1
category: subjective
weight: 1
explain: "A national disgrace" is a moral verdict in the writer's voice.
alternatives: criticised | (describe it)

id: gen.loaded.wasteful
forms: wasteful | wasteful spending | a waste of money | a waste of time | a waste of resources | wasted millions | wasted billions
signal: L1
category: subjective
weight: 1
explain: "Wasteful spending" judges spending before the reader sees what it bought.
alternatives: spending | (give the figures)

id: gen.loaded.propaganda-machine
forms: propaganda machine | outrage machine | hype machine | smear machine | attack machine | noise machine
signal: L1
category: subjective
weight: 1
explain: "Propaganda machine" pictures a side's communication as an industrial lie factory.
alternatives: media operation | communications team

id: gen.loaded.storm-of-criticism
forms: storm of criticism | political storm | storm of protest | storm of controversy | storm of outrage
signal: L1
category: subjective
weight: 0.5
explain: "Storm of criticism" turns objections into bad weather.
alternatives: criticism | objections

id: gen.loaded.flex-its-muscles
forms: flex its muscles | flexed its muscles | flexing its muscles | flexing their muscles | flexed their muscles | muscled through | muscle through | muscling through
signal: L1
category: subjective
weight: 0.5
explain: "Flexing its muscles" frames an action as a show of force.
alternatives: showed its strength | pushed through

id: gen.loaded.all-hell-broke-loose
forms: all hell broke loose | living hell | hell on earth | hell on wheels
signal: L1
category: subjective
weight: 1
explain: "Living hell" dramatises suffering with an image of hell.
alternatives: very difficult | (describe the conditions)

id: gen.loaded.tenuous-grasp
forms: tenuous grasp | loose grasp | shaky grasp | poor grasp | little grasp | loose relationship with the truth | tenuous relationship with the truth
signal: L1
category: subjective
weight: 1
explain: "A tenuous grasp of the facts" mocks someone's understanding.
alternatives: disputed | (say what was wrong)

id: gen.loaded.plagued
forms: plagued | plaguing
signal: L1
category: subjective
weight: 0.5
explain: "Plagued" describes problems as a disease.
alternatives: affected | troubled

id: gen.loaded.fundamentalist
forms: fundamentalist | fundamentalists | fundamentalism
signal: L1
category: subjective
weight: 0.5
explain: "Fundamentalist" often works as a sneer at religious or ideological opponents.
alternatives: conservative | devout | (describe the beliefs)

id: gen.loaded.overzealous
forms: overzealous | zealous | zealously
signal: L1
category: subjective
weight: 0.5
explain: "Overzealous" judges someone as going too far.
alternatives: strict | active

id: gen.loaded.sneering
forms: sneering | contemptuous | contemptuously | scornful | scornfully | derisive | derisively | dismissive | dismissively
signal: L1
category: subjective
weight: 0.5
explain: "Sneering" describes someone's attitude as contempt.
alternatives: critical | (quote them)

id: gen.loaded.godless
forms: godless | heretic | heretics | heresy | sacrilege | sacrilegious
signal: L1
category: subjective
weight: 0.5
explain: Religious insults like "heresy" (outside religion) treat disagreement as sin.
alternatives: dissent | departure from

id: gen.loaded.doomed
forms: doomed
signal: L1
category: subjective
weight: 0.5
explain: "Doomed" declares failure before it happens.
alternatives: likely to fail (attributed) | struggling

id: gen.loaded.crumbling
forms: crumbling | decrepit | dilapidated | ramshackle | rickety
signal: L1
category: subjective
weight: 0.5
explain: "Crumbling" paints infrastructure or institutions as collapsing.
alternatives: old | in poor repair

id: gen.loaded.filthy
forms: filthy | filth
signal: L1
category: subjective
weight: 1
explain: "Filthy" expresses disgust at people or places.
alternatives: dirty | (describe the conditions)

id: gen.loaded.vulgar
forms: vulgar | crude | crass | coarse | boorish | uncouth
signal: L1
category: subjective
weight: 0.5
explain: "Crass" insults manners or taste.
alternatives: blunt | informal
not_before: oil

id: gen.loaded.obnoxious
forms: obnoxious | odious | loathsome | contemptible | detestable | noxious views
signal: L1
category: subjective
weight: 1
explain: "Odious" expresses the writer's loathing.
alternatives: (describe it)

id: gen.loaded.insulting
forms: insulting | demeaning
signal: L1
category: subjective
weight: 0.5
explain: "Demeaning" judges how something treats people; say who feels demeaned.
alternatives: (describe it)

id: gen.loaded.monstrosity
forms: monstrosity | monstrosities | eyesore | eyesores | abomination | abominations
signal: L1
category: subjective
weight: 1
explain: "Eyesore" or "monstrosity" is a verdict on taste or morals.
alternatives: (describe it)

id: gen.loaded.cheap-shot
forms: cheap shot | cheap shots | low blow | low blows | below the belt | backhanded | two-faced
signal: L1
category: subjective
weight: 1
explain: "Cheap shot" judges criticism as unfair.
alternatives: criticism | remark

id: gen.loaded.senile
forms: senile | doddering | feeble-minded | brain-dead | braindead | half-witted | dimwitted | dim-witted | nitwit | nitwits | dunce | know-nothing | know-nothings
signal: L1
category: subjective
weight: 2
explain: Insults about mental ability mock people instead of describing them.
alternatives: (describe what they did)

id: gen.loaded.sorry-state
forms: sorry state | sorry saga | sorry spectacle | unedifying | unseemly | undignified | soap opera
signal: L1
category: subjective
weight: 1
explain: "Unedifying spectacle" scolds people for their conduct.
alternatives: (describe it)

id: gen.loaded.three-ring-circus
forms: three-ring circus | clown car | circus act
signal: L1
category: subjective
weight: 2
explain: "Three-ring circus" mocks an event as a chaotic show.
alternatives: (describe the event)

id: gen.loaded.swingeing
forms: swingeing | swingeing cuts | punishing | stifling
signal: L1
category: subjective
weight: 0.5
explain: "Swingeing cuts" dramatises their harshness.
alternatives: large cuts | heavy
not_before: heat

id: gen.loaded.gulag
forms: gulag | gulags | Soviet-style | Stalinist | Maoist | banana republic | third-world country | tin-pot | tinpot
signal: L1
category: subjective
weight: 1
explain: "Banana republic" or "Soviet-style" compares a country or policy to a discredited regime.
alternatives: (describe the policy)

id: gen.loaded.thin-skinned
forms: thin-skinned | whataboutism | both-sidesism
signal: L1
category: subjective
weight: 0.5
explain: "Thin-skinned" mocks a person as oversensitive.
alternatives: sensitive to criticism

id: gen.loaded.fake-outrage
forms: fake outrage | faux outrage | manufactured outrage | selective outrage | performative outrage | outrage culture | manufactured crisis
signal: L1
category: subjective
weight: 1
explain: "Manufactured outrage" dismisses other people's anger as fake.
alternatives: criticism | objections

id: gen.loaded.conspiracy-minded
forms: conspiracy-minded | conspiracy-mongering | conspiracy mongers | conspiracist | conspiracists
signal: L1
category: subjective
weight: 1
explain: "Conspiracy-minded" dismisses people as believers in plots.
alternatives: sceptical | (describe their claims)

id: gen.loaded.terrorise
forms: terrorise | terrorised | terrorising | terrorize | terrorized | terrorizing
signal: L1
category: subjective
weight: 0.5
explain: "Terrorise" (outside terrorism) dramatises intimidation.
alternatives: intimidate | threaten

id: gen.loaded.hound
forms: hound | hounded | hounding
signal: L1
category: subjective
weight: 1
explain: "Hounded" pictures someone hunted by dogs.
alternatives: pursued | pressured
not_before: basset

id: gen.loaded.crucified
forms: crucified | crucify | crucifying
signal: L1
category: subjective
weight: 1
explain: "Crucified" (for criticism) compares a public attack to execution.
alternatives: heavily criticised

id: gen.loaded.well-respected
forms: well-respected | highly respected | widely respected | much-admired | universally admired
signal: L1
category: glorifying
weight: 0.5
explain: "Highly respected" lends a person authority in the writer's voice.
alternatives: (give their role and record)

id: gen.loaded.dedicated-public-servant
forms: dedicated public servant | devoted public servant | faithful servant | loyal servant
signal: L1
category: glorifying
weight: 0.5
explain: "Dedicated public servant" is a tribute, not a description.
alternatives: official | (give their record)

id: gen.loaded.freedom-loving-people
forms: freedom-loving people | peace-loving people | law-abiding citizens | law-abiding gun owners
signal: L1
category: glorifying
weight: 0.5
explain: "Law-abiding citizens" casts one group as the good people.
alternatives: citizens | residents

# More judgement words

id: gen.loaded.eccentric
forms: eccentric | eccentricity | quirky
signal: L1
category: subjective
weight: 0.5
explain: "Eccentric" marks a person as odd, which colours how readers see them.
alternatives: unusual | unconventional

id: gen.loaded.gall
forms: gall | chutzpah | audacity
signal: L1
category: subjective
weight: 0.5
explain: "The gall to" accuses someone of shameless nerve.
alternatives: (describe what they did)
not_before: bladder

id: gen.loaded.shtick
forms: shtick | schtick | antics | shenanigans | hijinks | high jinks
signal: L1
category: subjective
weight: 1
explain: "Antics" or "shenanigans" mocks behaviour as silly or sneaky.
alternatives: conduct | actions

id: gen.loaded.ill-advised
forms: ill-advised | ill-judged | ill-considered | foolhardy
signal: L1
category: subjective
weight: 1
explain: "Ill-advised" is the writer's verdict on a decision.
alternatives: risky | criticised

id: gen.loaded.frivolous
forms: frivolous
signal: L1
category: subjective
weight: 0.5
explain: "Frivolous" (lawsuits, spending) dismisses something as unserious.
alternatives: (describe it)

id: gen.loaded.sketchy
forms: sketchy | iffy | dicey
signal: L1
category: subjective
weight: 1
explain: "Sketchy" hints at something dishonest or unreliable.
alternatives: uncertain | unverified

id: gen.loaded.comical
forms: comical | comically | cartoonish | cartoonishly
signal: L1
category: subjective
weight: 1
explain: "Cartoonish" mocks a person or plan as a joke.
alternatives: exaggerated | (describe it)

id: gen.loaded.polarizing
forms: polarizing | polarising
signal: L1
category: subjective
weight: 0.5
explain: "Polarising" judges a figure as splitting people, often used for one side.
alternatives: contested | (give poll figures)

id: gen.loaded.self-defeating
forms: self-defeating | counterproductive | counter-productive
signal: L1
category: subjective
weight: 0.5
explain: "Self-defeating" judges a policy's results in advance.
alternatives: (describe the likely effects)

id: gen.loaded.platitudes
forms: platitudes | platitude | bromides | boilerplate | talking points
signal: L1
category: subjective
weight: 0.5
explain: "Platitudes" dismisses statements as empty.
alternatives: statements | remarks

id: gen.loaded.finger-wagging
forms: finger-wagging | chest-thumping | chest-beating | breast-beating | saber-rattling | sabre-rattling
signal: L1
category: subjective
weight: 1
explain: "Sabre-rattling" frames statements as empty threats or showing off.
alternatives: warnings | threats

id: gen.loaded.attention-seeking
forms: attention-seeking | attention seeker | attention-seekers | publicity-hungry | publicity-seeking | media-hungry
signal: L1
category: subjective
weight: 1
explain: "Attention-seeking" judges someone's motives.
alternatives: public | (describe what they did)

id: gen.loaded.fakery
forms: fakery | trickster | tricksters | huckster | hucksters | snake-oil salesman
signal: L1
category: subjective
weight: 1
explain: "Huckster" calls someone a cheating salesman.
alternatives: promoter | seller

id: gen.loaded.mockery
forms: mockery | makes a mockery | made a mockery | a mockery of
signal: L1
category: subjective
weight: 1
explain: "Makes a mockery of" declares that something has been reduced to a joke.
alternatives: undermines | (describe it)

id: gen.loaded.megalomania
forms: megalomania | megalomaniac | megalomaniacal | power-hungry | power-mad
signal: L1
category: subjective
weight: 1
explain: "Power-hungry" judges a person's motives.
alternatives: ambitious | (describe what they did)

id: gen.loaded.debasement
forms: debasement | debased | debase | degrading spectacle
signal: L1
category: subjective
weight: 1
explain: "Debasement" frames a change as moral decline.
alternatives: change | (describe it)

id: gen.loaded.relentless
forms: relentless | relentlessly | onslaught | unrelenting
signal: L1
category: subjective
weight: 0.5
explain: "Onslaught" frames actions or criticism as an unstoppable attack.
alternatives: series | campaign

id: gen.loaded.unbridled
forms: unbridled | unfettered | unchecked
signal: L1
category: subjective
weight: 0.5
explain: "Unbridled" pictures something as a runaway horse.
alternatives: unrestricted | (describe it)

id: gen.loaded.depressing
forms: depressing | dispiriting | demoralising | demoralizing
signal: L1
category: subjective
weight: 0.5
explain: "Depressing" shares the writer's mood.
alternatives: (describe it)

id: gen.loaded.glowing
forms: glowing | gushing | fawning | sycophantic coverage
signal: L1
category: subjective
weight: 1
explain: "Fawning" judges praise as servile.
alternatives: positive | praise

id: gen.loaded.poignant
forms: poignant | poignantly | moving tribute | touching tribute
signal: L1
category: subjective
weight: 0.5
explain: "Poignant" tells readers to feel moved.
alternatives: (describe it)

id: gen.loaded.gruff
forms: gruff | surly | grumpy | cantankerous | curmudgeonly | irascible
signal: L1
category: subjective
weight: 1
explain: "Cantankerous" describes a personality instead of what was said.
alternatives: (quote them)

id: gen.loaded.insecure
forms: insecure | thin-skinned bully | fragile ego
signal: L1
category: subjective
weight: 0.5
explain: "Fragile ego" diagnoses someone's psychology without evidence.
alternatives: (describe the behaviour)
not_before: food | financially | economically | housing

id: gen.loaded.cowering
forms: cowering | cowered | whimpering | whimpered | snivelling | sniveling
signal: L1
category: subjective
weight: 2
explain: "Cowering" portrays someone as pathetically afraid.
alternatives: (describe what they did)

id: gen.loaded.fool
forms: fool | fools | foolhardy decision | bimbo | bimbos | bastard | bastards | jerk | jerks
signal: L1
category: subjective
weight: 2
explain: Insults like "fool" or "bimbo" belong, if anywhere, in quotes, not the narrator's voice.
alternatives: (name the person)
not_before: april | april's

id: gen.loaded.surprisingly
forms: surprisingly | unsurprisingly | astonishingly enough | oddly | curiously | bizarrely enough
signal: L1
category: subjective
weight: 0.5
explain: "Unsurprisingly" tells readers what they should have expected.
alternatives: (drop it)

id: gen.loaded.deliberately
forms: deliberately | intentionally | knowingly | wilfully | willfully | purposely | on purpose
signal: L1
category: subjective
weight: 0.5
explain: "Deliberately" claims to know someone's intent; show the evidence.
alternatives: (show the evidence of intent)

id: gen.loaded.casually
forms: casually | blithely | cavalierly | cavalier | flippantly | flippant | glibly | glib
signal: L1
category: subjective
weight: 1
explain: "Blithely" judges someone as careless about serious things.
alternatives: (describe what they did)

id: gen.loaded.clumsily
forms: clumsily | clumsy | ham-handed | heavy-footed
signal: L1
category: subjective
weight: 0.5
explain: "Clumsy" judges how something was done.
alternatives: (describe it)

id: gen.loaded.ignorantly
forms: ignorantly | naively | naïvely | foolishly ignorant
signal: L1
category: subjective
weight: 1
explain: "Naively" belittles someone's judgement.
alternatives: (describe it)

id: gen.loaded.needless
forms: needless | gratuitous
signal: L1
category: subjective
weight: 0.5
explain: "Needless" judges something as serving no purpose.
alternatives: (describe it)

id: gen.loaded.exaggerated
forms: exaggerated | exaggerating | exaggeration | exaggerate | overblown | overstated | hyperbolic | hyperbole
signal: L1
category: subjective
weight: 0.5
explain: "Overblown" dismisses a concern or claim as exaggerated.
alternatives: disputed | (give the figures)
not_before: no

id: gen.loaded.downplay
forms: downplay | downplayed | downplaying | downplays | play down | played down | playing down | plays down
signal: L1
category: subjective
weight: 0.5
explain: "Downplayed" accuses someone of hiding how serious something is.
alternatives: said it was less serious | (give the figures)

id: gen.loaded.embroiled
forms: embroiled | mired | entangled in
signal: L1
category: subjective
weight: 0.5
explain: "Embroiled in" pictures someone stuck in a mess, implying guilt.
alternatives: involved in | facing

id: gen.loaded.crippled
forms: crippled | hobbled | hamstrung | kneecapped
signal: L1
category: subjective
weight: 0.5
explain: "Hobbled" pictures a policy or person as lamed.
alternatives: limited | weakened

id: gen.loaded.chasm
forms: chasm | yawning gap | gaping hole | gulf between
signal: L1
category: subjective
weight: 0.5
explain: "Yawning gap" dramatises a difference; give the figures.
alternatives: gap | difference

id: gen.loaded.tinker
forms: tinker | tinkering | tinkered | fiddling | meddle with
signal: L1
category: subjective
weight: 0.5
explain: "Tinkering" dismisses changes as trivial or amateur.
alternatives: adjusting | changing

id: gen.loaded.utopian
forms: utopian | utopia | pipe-dream | fantasy land | fantasyland | la-la land | cloud cuckoo land | cloud-cuckoo-land
signal: L1
category: subjective
weight: 1
explain: "Utopian" dismisses a plan as unrealistic.
alternatives: ambitious | untested

id: gen.loaded.playbook
forms: playbook | from the playbook | authoritarian playbook | old playbook
signal: L1
category: subjective
weight: 0.5
explain: "Playbook" suggests an action follows a cynical script.
alternatives: strategy | approach

id: gen.loaded.held-hostage
forms: held hostage | holding hostage | hold hostage | holds hostage | taken hostage by
signal: L1
category: subjective
weight: 0.5
explain: "Held hostage" (for a budget or debate) compares politics to kidnapping.
alternatives: blocked | delayed

id: gen.loaded.virulent
forms: virulent | virulently | venomous | vitriol | vitriolic | venom
signal: L1
category: subjective
weight: 1
explain: "Vitriolic" compares words to acid or poison.
alternatives: harsh | strongly worded

id: gen.loaded.defiant
forms: defiant | defiantly | defiance
signal: L1
category: subjective
weight: 0.5
explain: "Defiant" can cast someone as a brave rebel or a stubborn offender.
alternatives: (describe what they did)

id: gen.loaded.right-wingers
forms: right-wingers | left-wingers | right wingers | left wingers | rightwingers | leftwingers
signal: L1
category: subjective
weight: 1
explain: Nouns like "right-wingers" reduce people to a political label.
alternatives: conservatives | progressives | (name the group)

id: gen.loaded.ultra-progressive
forms: ultra-progressive | hyper-partisan | hyperpartisan | rabidly partisan
signal: L1
category: subjective
weight: 1
explain: "Hyper-partisan" judges someone as blindly loyal to a side.
alternatives: partisan | (describe it)

id: gen.loaded.eco-warrior
forms: eco-warrior | eco-warriors | eco-fascist | eco-fascists | eco-zealot | eco-zealots | eco-loon | eco-loons | tree-hugger | tree-huggers | tree hugger
signal: L1
category: subjective
weight: 1
explain: "Eco-warrior" or "tree-hugger" mocks environmental campaigners.
alternatives: environmental campaigners | activists

id: gen.loaded.populist-demagogue
forms: populist demagogue | rank populism | crude populism
signal: L1
category: subjective
weight: 0.5
explain: "Crude populism" dismisses a politician's appeal as cheap.
alternatives: populist | (describe the policy)

# Verdicts on claims and character

id: gen.loaded.failed-policies
forms: failed policies | failed policy | failed leadership | failed state | failed experiment | failed presidency | failed agenda | failed administration | failed approach
signal: L1
category: subjective
weight: 1
explain: "Failed policies" states a verdict before the reader sees the results.
alternatives: (give the results) | policies (name who calls them failed)

id: gen.loaded.baseless
forms: baseless | groundless | unfounded | spurious | specious
signal: L1
category: subjective
weight: 0.5
explain: "Baseless" is a verdict on a claim; it is fair only when the report shows the missing evidence.
alternatives: unsupported (give the evidence) | disputed

id: gen.loaded.debunked
forms: debunked | discredited | thoroughly debunked | widely debunked
signal: L1
category: subjective
weight: 0.5
explain: "Debunked" declares a claim proven false; say who showed it and how.
alternatives: shown to be false by (name who)

id: gen.loaded.wild-claims
forms: wild claims | wild claim | wild accusations | wild accusation | wild theories | wild conspiracy theories | wild allegations | wild speculation | wild rant
signal: L1
category: subjective
weight: 1
explain: "Wild claims" dismisses statements as reckless before examining them.
alternatives: claims | allegations (name who makes them)

id: gen.loaded.erratic
forms: erratic | erratically | impulsive | impulsively | mercurial
signal: L1
category: subjective
weight: 1
explain: "Erratic" judges a person's behaviour as unstable.
alternatives: unpredictable | (describe what they did)

id: gen.loaded.vindictive
forms: vindictive | spiteful | vengeful | petty revenge
signal: L1
category: subjective
weight: 1
explain: "Vindictive" claims to know someone's motive is revenge.
alternatives: (describe what they did)

id: gen.loaded.jingoistic
forms: jingoistic | jingoism | chauvinistic | chauvinism | nativist | nativism
signal: L1
category: subjective
weight: 1
explain: "Jingoistic" dismisses patriotism as aggressive and foolish.
alternatives: nationalist | (describe the policy)

id: gen.loaded.bloviate
forms: bloviate | bloviating | bloviated | pontificate | pontificating | pontificated | sermonising | sermonizing | moralising | moralizing
signal: L1
category: subjective
weight: 1
explain: "Bloviating" mocks someone for talking too long and too grandly.
alternatives: spoke | argued

id: gen.loaded.squawk
forms: squawk | squawked | squawking
signal: L1
category: subjective
weight: 2
explain: "Squawking" compares a speaker to a noisy bird.
alternatives: complaining | objecting

id: gen.loaded.frothing
forms: frothing | foaming at the mouth | apoplectic
signal: L1
category: subjective
weight: 2
explain: "Foaming at the mouth" portrays someone as rabid with anger.
alternatives: angry | strongly opposed

id: gen.loaded.appease
forms: appease | appeasement | appeaser | appeasers | appeasing
signal: L1
category: subjective
weight: 1
explain: "Appeasement" recalls the failed attempt to satisfy Hitler and paints a compromise as cowardly.
alternatives: concessions | compromise

id: gen.loaded.betray
forms: betray | betrayal | betrayed | betrays | sold out | sell out | sellout | sell-out | sellouts
signal: L1
category: subjective
weight: 0.5
explain: "Betrayal" turns a disagreement into disloyalty.
alternatives: broke with | went against | (describe what they did)

id: gen.loaded.carpetbagger
forms: carpetbagger | carpetbaggers | turncoat | turncoats | quisling | quislings | fifth column | fifth columnist | fifth columnists
signal: L1
category: subjective
weight: 1
explain: "Turncoat" brands someone a traitor.
alternatives: (describe what they did)

id: gen.loaded.rino
forms: RINO | RINOs | DINO | DINOs
signal: L1
category: subjective
weight: 2
explain: "RINO" ("Republican in name only") is a party insult for members accused of disloyalty.
alternatives: moderate Republican | (name them)
case: sensitive

id: gen.loaded.snob
forms: snob | snobs | snobbish | snobbery | posh | toff | toffs
signal: L1
category: subjective
weight: 1
explain: "Snob" or "toff" sneers at someone's class.
alternatives: (describe them)

id: gen.loaded.champagne-socialist
forms: champagne socialist | champagne socialists | limousine liberal | limousine liberals | latte liberal | latte liberals | bleeding heart | bleeding-heart | bleeding hearts | do-gooder | do-gooders
signal: L1
category: subjective
weight: 1
explain: "Limousine liberal" mocks people as hypocrites because of their wealth.
alternatives: progressive | liberal | (name them)

id: gen.loaded.keyboard-warrior
forms: keyboard warrior | keyboard warriors | armchair critic | armchair critics | armchair generals | armchair general
signal: L1
category: subjective
weight: 1
explain: "Keyboard warriors" dismisses critics as all talk.
alternatives: online critics | critics

id: gen.loaded.lily-livered
forms: lily-livered | yellow-bellied | chicken-hearted
signal: L1
category: subjective
weight: 2
explain: "Lily-livered" calls someone a coward.
alternatives: cautious | reluctant

id: gen.loaded.bottom-feeder
forms: bottom-feeder | bottom-feeders | bottom feeders | ambulance chaser | ambulance chasers | vultures
signal: L1
category: subjective
weight: 2
explain: "Bottom-feeders" compares people to scavengers.
alternatives: (describe their business)
not_before: the | turkey | black

id: gen.loaded.chattering-classes
forms: chattering classes | commentariat | pundit class | talking heads
signal: L1
category: subjective
weight: 0.5
explain: "Chattering classes" sneers at commentators as idle talkers.
alternatives: commentators

id: gen.loaded.swamp-creatures
forms: swamp creatures | swamp creature
signal: L1
category: subjective
weight: 1
explain: "Swamp creatures" treats officials as monsters from a bog.
alternatives: officials | lobbyists

id: gen.loaded.showdown
forms: showdown | face-off | faceoff | battle royale | clash of the titans | clash of titans
signal: L1
category: sensational
weight: 0.5
explain: "Showdown" turns a meeting or vote into a duel.
alternatives: meeting | vote | dispute

id: gen.loaded.political-brawl
forms: political brawl | legal brawl | brawl over | bitter brawl | bruising battle | bruising fight | bruising
signal: L1
category: sensational
weight: 0.5
explain: "Bruising battle" dramatises a contest as a fistfight.
alternatives: contest | dispute

id: gen.loaded.knife-edge
forms: knife-edge | knife edge | nail-biter | nail-biting | cliffhanger | cliff-hanger
signal: L1
category: sensational
weight: 0.5
explain: "Knife-edge" dramatises a close result.
alternatives: close | narrow

id: gen.loaded.make-or-break
forms: make-or-break | do-or-die | all or nothing
signal: L1
category: sensational
weight: 0.5
explain: "Make-or-break" dramatises a decision as final.
alternatives: important | decisive

id: gen.loaded.political-earthquake
forms: political earthquake | seismic election | political tsunami | electoral tsunami
signal: L1
category: sensational
weight: 1
explain: "Political earthquake" dramatises a result as a natural disaster.
alternatives: major upset | large swing

id: gen.loaded.smoking-gun
forms: smoking gun
signal: L1
category: sensational
weight: 1
explain: "Smoking gun" claims proof of guilt has been found.
alternatives: evidence | (describe the evidence)

id: gen.loaded.explosive-allegations
forms: explosive allegations | explosive report | explosive claims | explosive revelations | explosive testimony | explosive new | explosive details
signal: L1
category: sensational
weight: 1
explain: "Explosive allegations" sensationalises news.
alternatives: serious allegations | new report

id: gen.loaded.shock-poll
forms: shock poll | shock result | shock resignation | shock defeat | shock move | shock announcement | shock decision | shock exit
signal: L1
category: sensational
weight: 0.5
explain: "Shock resignation" is tabloid language that tells readers to be startled.
alternatives: unexpected resignation | surprise

id: gen.loaded.jaw-dropping-revelation
forms: jaw-dropping revelation | stunning revelation | stunning admission | shocking revelation | shocking admission | damning | damning evidence | damning report
signal: L1
category: sensational
weight: 1
explain: "Damning" declares evidence conclusive before readers see it.
alternatives: critical | (describe the findings)

# Labels that pass a verdict on people, words or ideas. Accurate for people who claim them, or when the
# report shows the evidence; in the writer's own voice, without either, they judge for the reader.

id: gen.loaded.racist
forms: racist | racists
signal: L1
category: loaded
weight: 1
explain: Calling a person, remark or policy "racist" in the writer's own voice delivers a verdict; a report says who makes the charge and shows what was said or done.
alternatives: (quote who calls it racist) | (describe the remark or policy)

id: gen.loaded.conspiracy-theory
forms: conspiracy theory | conspiracy theories | conspiracy theorist | conspiracy theorists
signal: L1
category: loaded
weight: 1
explain: "Conspiracy theory" dismisses a claim as paranoid before the reader sees the evidence; saying what the claim is and what is known about it lets the reader judge.
alternatives: unproven claim | unsupported claim | (state the claim and the evidence)

id: gen.loaded.dangerous
forms: dangerous | dangerously
signal: L1
category: subjective
weight: 0.5
explain: "Dangerous" is the writer's risk judgement; for a policy, person or idea, saying what harm is expected and who expects it is more informative.
alternatives: risky | (say what harm and who expects it)
inflect: no

id: gen.loaded.virus-nationality
forms: Chinese virus | China virus | Wuhan virus | Chinese coronavirus | Wuhan coronavirus | kung flu
signal: L1
category: loaded
weight: 2
explain: Naming a disease after a country or city ties it to a people; health agencies name diseases without places to avoid stigma.
alternatives: the coronavirus | COVID-19

id: gen.loaded.never-trump
forms: Never Trumper | Never Trumpers | NeverTrumper | NeverTrumpers | NeverTrump
signal: L1
category: loaded
weight: 1
explain: "Never Trumper" is a dismissive label for Republicans who oppose Trump, used mostly by his supporters.
alternatives: Republican critics of Trump | conservative opponents of Trump
inflect: no

# The writer's own verbs for how people speak or feel. The same verbs are speech verbs (E1) when they
# introduce a quotation; without one ("Trump bragged about the crowd", "critics mocked the plan") they
# are the writer's description of someone's manner or mood, and a neutral report would say what was
# said or done.

id: gen.loaded.brag
forms: brag | bragged | bragging | brags | braggart | braggarts | braggadocio | boasted | boasting | boastful | boastfully | crowed | crowing | gloated | gloating | gloats | humblebrag | humblebragging
signal: L1
category: emotive
weight: 1
explain: "Bragged" or "gloated" tells readers the speaker is showing off, a judgement about their character rather than a report of what they said.
alternatives: said | pointed to | highlighted | (report the claim itself)
inflect: no

id: gen.loaded.tout
forms: touted | touting | touts | trumpeted | trumpeting
signal: L1
category: emotive
weight: 0.5
explain: "Touted" makes an announcement sound like a sales pitch, hinting that it is exaggerated.
alternatives: promoted | presented | highlighted | said
inflect: no

id: gen.loaded.mocked
forms: mocked | mocking | mockingly | ridicule | ridiculed | ridiculing | deride | derided | deriding | derisive | derisively | sneered | sneering | sneeringly | scoffed | scoffing | jeered | jeering | taunted | taunting
signal: L1
category: emotive
weight: 1
explain: "Mocked" or "sneered" describes someone's words as contempt, so readers judge the tone before they hear the point.
alternatives: criticised | rejected | questioned | (quote what was said)
inflect: no

id: gen.loaded.whined
forms: whined | whining | whiny | whiner | whiners | whinge | whinged | whingeing | whinging | griped | griping | moaned | moaning | grumbled | grumbling | bellyaching | bellyached
signal: L1
category: emotive
weight: 1
explain: "Whined" or "moaned" turns a complaint into childish fussing, so readers dismiss it before weighing it.
alternatives: complained | objected | criticised | said
inflect: no

id: gen.loaded.enraged
forms: enraged | incensed | infuriated | infuriating | livid | irate | outraged | fumed | fuming | seethed | seething | raged
signal: L1
category: emotive
weight: 1
explain: Saying someone is "livid" or "seething" dramatises their mood; unless they said so, it is the writer's guess at their feelings.
alternatives: angry | upset | objected | (quote how they reacted)
inflect: no

id: gen.loaded.gushed
forms: gushed | gushing | raved | raving about | enthused | fawned | fawning | fawningly
signal: L1
category: emotive
weight: 1
explain: "Gushed" or "fawned" paints praise as over-eager, inviting readers to find it silly or insincere.
alternatives: praised | said | welcomed
inflect: no

# Flood and swarm images for numbers of people or things

id: gen.loaded.flood-image
forms: flooded with | flooded by | flooding into | flooding in | poured into | pouring into | pours into | pouring in | poured in | swarmed | swarming | swarm of | swarms of | swamped | swamping | teeming with
signal: L1
category: loaded
weight: 0.5
explain: Water and insect images ("flooding in", "swarming") make a number of people or things sound like a threat or a natural disaster.
alternatives: arrived | came | many | (give the number)
inflect: no

id: gen.loaded.flocking
forms: flocking to | flocked to | flock to | herded | herding
signal: L1
category: loaded
weight: 0.5
explain: "Flocking" or "herded" likens people to animals moving as a mass, instead of people making choices.
alternatives: going to | moving to | (give the number)
inflect: no

# Stirring things up, doom idioms, slogans and bluster

id: gen.loaded.stoke
forms: stoke | stoked | stokes | stoking | foment | fomented | foments | fomenting | fan the flames | fanned the flames | fans the flames | fanning the flames | drum up | drummed up | drumming up | drums up | add fuel to the fire | added fuel to the fire | adding fuel to the fire | adds fuel to the fire | pour fuel on the fire | poured fuel on the fire | pouring fuel on the fire
signal: L1
category: loaded
weight: 1
explain: "Stoked" or "fomented" says someone deliberately made anger or fear worse, a charge of bad intent that the report should show, not assume.
alternatives: increased | encouraged | raised | (say what they did)
inflect: no

id: gen.loaded.death-knell
forms: death knell | nail in the coffin | final nail | last gasp | death blow | deathblow | dead on arrival
signal: L1
category: loaded
weight: 1
explain: Funeral images ("the death knell", "the final nail in the coffin") announce that something is finished before it has happened.
alternatives: a serious setback | likely to fail | (say what may happen and why)
inflect: no

id: gen.loaded.backfire
forms: backfired | backfiring | backfires | blowback
signal: L1
category: loaded
weight: 0.5
explain: "Backfired" delivers a verdict that a plan hurt the people behind it; the report should show the result and who judges it a failure.
alternatives: had the opposite effect | drew criticism | (describe the result)
inflect: no

id: gen.loaded.roiled
forms: roiled | roiling | roils
signal: L1
category: loaded
weight: 0.5
explain: "Roiled" paints a market or a party as churning in turmoil, adding drama to a change or a dispute.
alternatives: unsettled | divided | (describe what changed)
inflect: no

id: gen.loaded.mantra
forms: mantra | mantras | buzzword | buzzwords | sloganeering | bumper-sticker | catchphrases
signal: L1
category: loaded
weight: 1
explain: Calling an argument a "mantra" or a "buzzword" says people repeat it without thinking, dismissing it without answering it.
alternatives: slogan | message | argument | position
inflect: no

id: gen.loaded.bluster
forms: bluster | blustering | blustery rhetoric | bravado | swagger | swaggering
signal: L1
category: loaded
weight: 1
explain: "Bluster" and "bravado" call someone's words empty boasting, a judgement on the speaker rather than a report of the words.
alternatives: statements | confident remarks | (quote them)
inflect: no

id: gen.loaded.spin
forms: political spin | spin zone | spin machine | spin machines | spun the | put a spin on | putting a spin on | puts a spin on | positive spin | partisan spin
signal: L1
category: loaded
weight: 1
explain: "Spin" says a statement twists the truth on purpose, dismissing it before the reader can check it.
alternatives: presentation | account | version | interpretation
inflect: no

id: gen.loaded.cling-to-power
forms: cling to power | clinging to power | clings to power | clung to power | cling to office | clinging to office | cling on to power | clinging on to power
signal: L1
category: loaded
weight: 1
explain: "Clinging to power" pictures a leader holding on desperately, a verdict that they should already have gone.
alternatives: remain in power | stay in office
inflect: no

id: gen.loaded.do-nothing
forms: do-nothing | media darling | media darlings
signal: L1
category: loaded
weight: 1
explain: Labels like "do-nothing" or "media darling" sum people up with a sneer or a cheer instead of describing what they did.
alternatives: (describe their record) | (say who praises or criticises them)
inflect: no

id: gen.loaded.eyebrow-raising
forms: eyebrow-raising | head-scratching | over-the-top | gold-plated
signal: L1
category: subjective
weight: 1
explain: Words like "eyebrow-raising" or "over-the-top" tell readers how to react to something instead of letting them judge it.
alternatives: unusual | expensive | surprising | (describe it)
inflect: no

id: gen.loaded.bait-and-switch
forms: bait-and-switch | bait and switch | sleight of hand | sleight-of-hand | shell game
signal: L1
category: loaded
weight: 1
explain: "Bait-and-switch" or "sleight of hand" accuses someone of a deliberate trick, a charge the report should show rather than assume.
alternatives: change | reversal | (describe what changed)
inflect: no

id: gen.loaded.snarky
forms: snarky | snark | snide | snidely
signal: L1
category: subjective
weight: 1
explain: "Snarky" or "snide" judges someone's tone and attitude, inviting readers to dislike them before weighing what they said.
alternatives: sarcastic | critical | (quote them)
inflect: no

id: gen.loaded.cutthroat
forms: cutthroat | cut-throat | dog-eat-dog
signal: L1
category: loaded
weight: 1
explain: "Cutthroat" likens competition to murder, a verdict on an economy or a field rather than a description of it.
alternatives: highly competitive | fierce
inflect: no

id: gen.loaded.manner-adverbs
forms: feverishly | frantically | rashly | nakedly | feebly | miserably | suspiciously | predictably | breathlessly | blindly | meekly | sheepishly | haphazardly | lazily | stupidly | carelessly | mindlessly | slavishly
signal: L1
category: subjective
weight: 1
explain: Adverbs like "feebly", "predictably" or "slavishly" slip the writer's verdict on how someone acted into a sentence that looks like a description.
alternatives: (leave the adverb out) | (describe what they did)
inflect: no

id: gen.loaded.duped
forms: duped | hoodwinked | snookered | bamboozled | conned into | tricked into | blindsided | suckered
signal: L1
category: loaded
weight: 1
explain: "Duped" or "hoodwinked" says people were fooled, a judgement on both the trickster and the people tricked that the report should show.
alternatives: misled | surprised | persuaded | (describe what happened)
inflect: no

id: gen.loaded.usurp
forms: usurp | usurped | usurping | usurps | usurper | usurpers | usurpation
signal: L1
category: loaded
weight: 1
explain: "Usurp" calls a use of power theft, a verdict that it is illegitimate.
alternatives: take over | assume | exercise
inflect: no

id: gen.loaded.tarred
forms: tarred | tarring | tar and feather | tarred and feathered
signal: L1
category: loaded
weight: 1
explain: "Tarred" (as a racist, as corrupt) pictures a reputation smeared on purpose, taking a side on whether the label is fair.
alternatives: labelled | accused of being | described as
inflect: no

id: gen.loaded.hotbed
forms: hotbed | hotbeds | breeding ground | breeding grounds | marauding | marauders
signal: L1
category: loaded
weight: 1
explain: "Hotbed" or "breeding ground" paints a place as a nest where something dangerous grows, and "marauding" turns people into raiders.
alternatives: centre | place where | (describe it)
inflect: no


id: gen.loaded.cherry-pick
forms: cherry-picked | cherry-picking | cherry-picks | cherry-pick | cherrypicked | cherry picked | cherry picking
signal: L1
category: loaded
weight: 1
explain: "Cherry-picked" accuses someone of choosing only the facts that suit them, a charge the report should show with the facts left out.
alternatives: selected | chose | cited | (say what was left out)
inflect: no

id: gen.loaded.hubris
forms: hubris | self-aggrandizing | self-aggrandising | self-aggrandizement | self-aggrandisement | vainglorious | vainglory
signal: L1
category: subjective
weight: 1
explain: "Hubris" or "self-aggrandizing" judges someone's character as dangerously proud instead of reporting what they did.
alternatives: confidence | ambition | (describe what they did)
inflect: no

id: gen.loaded.obsequious
forms: obsequious | obsequiously | servile | servility | subservient
signal: L1
category: subjective
weight: 1
explain: "Obsequious" or "servile" mocks someone's support for a leader as grovelling instead of describing it.
alternatives: loyal | supportive | deferential
inflect: no

id: gen.loaded.propagandist
forms: propagandist | propagandists
signal: L1
category: loaded
weight: 1
explain: "Propagandist" dismisses a writer or speaker as a liar for a cause instead of engaging with what they say.
alternatives: commentator | supporter | spokesperson | (name their role)
inflect: no

id: gen.loaded.festering
forms: festering | festered | festers | gangrene | gangrenous | rotten to the core | rot at the heart | rot at the core | poisoned the well | poisoning the well | poison the well | poisons the well
signal: L1
category: loaded
weight: 1
explain: Images of infection and rot ("festering", "rotten to the core") present a problem or a group as a disease spreading through the body.
alternatives: lasting | unresolved | widespread | (describe the problem)
inflect: no

id: gen.loaded.gotcha
forms: gotcha | gotcha question | gotcha questions | gotcha journalism | gotcha moment
signal: L1
category: loaded
weight: 1
explain: "Gotcha" dismisses a question or a story as a trap set to embarrass someone, instead of saying whether it was fair.
alternatives: tough question | pointed question | (describe the question)
inflect: no

id: gen.loaded.brink-of-collapse
forms: brink of collapse | teetering on the brink | teetering on the edge | spiral out of control | spiraling out of control | spiralling out of control | spiraled out of control | spiralled out of control | spirals out of control | in freefall | in free fall | in free-fall
signal: L1
category: emotive
weight: 0.5
explain: Alarm images ("teetering on the brink", "spiralling out of control") tell readers a disaster is near, instead of showing how bad things are.
alternatives: worsening | in difficulty | falling fast | (give the figures)
inflect: no
