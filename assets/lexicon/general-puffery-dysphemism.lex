@pack general-puffery-dysphemism
@title General news language: puffery and dysphemism (L3)
@description Puffery inflates something with praise ("landmark", "iconic", "beacon of hope", "world-class"); dysphemism makes an ordinary act sound harsh, violent or ridiculous ("slammed", "tirade", "meltdown", "tore into"). Both replace description with the writer's colouring.
@topic general
@reviewed Written by the general-lexicon author, November 2026; needs external review.

# Framelens general news-language pack. Entries, explanations and alternatives are written by the
# project; no word list was copied. Forms were chosen for words that colour a report on any subject,
# then checked for literal or routine uses in a large news sample: words that wire-style outlets use
# as plain description were narrowed to multi-word forms or left out. Weight: 2 strong, 1 normal,
# 0.5 mild or often legitimate.

# Puffery: praise that inflates

id: gen.pd.landmark
forms: landmark
signal: L3
category: puffery
weight: 1
explain: "Landmark" (a landmark ruling or deal) declares something historic before history has judged it.
alternatives: major | important | (describe what it does)
inflect: no
not_before: local | famous | city | historic | national

id: gen.pd.iconic
forms: iconic
signal: L3
category: puffery
weight: 1
explain: "Iconic" praises something as a symbol everyone admires.
alternatives: well-known | famous
inflect: no

id: gen.pd.historic
forms: historic
signal: L3
category: puffery
weight: 0.5
explain: "Historic" declares importance that readers may want to judge for themselves.
alternatives: first | major | (say why it matters)
inflect: no
not_before: national | a | the

id: gen.pd.historic-victory
forms: historic victory | historic win | historic achievement | historic deal | historic agreement | historic moment | historic day | historic step | historic breakthrough
signal: L3
category: puffery
weight: 1
explain: "A historic victory" hands an event a place in history in the writer's voice.
alternatives: victory | agreement | (say why it matters)
inflect: no

id: gen.pd.game-changing
forms: game-changing | game-changer | game changer | game-changers
signal: L3
category: puffery
weight: 1
explain: "Game-changer" promises a transformation that may not come.
alternatives: significant | new
inflect: no

id: gen.pd.beacon-of-hope
forms: beacon of hope | beacon of light | beacon of democracy | beacon of freedom | beacon of stability | a beacon for | shining beacon
signal: L3
category: puffery
weight: 1
explain: "Beacon of hope" casts a person or country as a light for the world, which is praise, not description.
alternatives: example | (describe the role)
inflect: no

id: gen.pd.shining-example
forms: shining example | shining city on a hill | city upon a hill | city on a hill
signal: L3
category: puffery
weight: 1
explain: "Shining example" holds something up as a model to admire.
alternatives: example
inflect: no

id: gen.pd.leader-of-the-free-world
forms: leader of the free world | the free world
signal: L3
category: puffery
weight: 0.5
explain: "The free world" divides the world into good and bad camps.
alternatives: Western democracies | (name the countries)
inflect: no

id: gen.pd.bastion-of
forms: bastion of | bulwark against | bulwark of | force for good | defender of freedom | guardian of democracy
signal: L3
category: puffery
weight: 1
explain: "Bulwark against" casts one side as the protector against evil.
alternatives: (describe the role)
inflect: no

id: gen.pd.world-class
forms: world-class
signal: L3
category: puffery
weight: 1
explain: "World-class" is advertising language.
alternatives: leading | (give the evidence)
inflect: no

id: gen.pd.world-renowned
forms: world-renowned | world-famous | world-leading | globally renowned | internationally renowned | internationally acclaimed
signal: L3
category: puffery
weight: 1
explain: "World-renowned" inflates a reputation.
alternatives: well-known | (give the record)
inflect: no

id: gen.pd.legendary
forms: legendary | legend
signal: L3
category: puffery
weight: 1
explain: "Legendary" turns a person or event into myth.
alternatives: well-known | long-serving
inflect: no
not_before: urban | the

id: gen.pd.visionary
forms: visionary | visionaries
signal: L3
category: puffery
weight: 1
explain: "Visionary" praises someone as seeing the future.
alternatives: (describe what they did)
inflect: no

id: gen.pd.trailblazing
forms: trailblazing | trailblazer | trailblazers | trail-blazing
signal: L3
category: puffery
weight: 1
explain: "Trailblazer" praises someone as a heroic pioneer.
alternatives: first | early
inflect: no

id: gen.pd.pioneering
forms: pioneering | pioneer
signal: L3
category: puffery
weight: 0.5
explain: "Pioneering" praises something as first and brave.
alternatives: early | new
inflect: no

id: gen.pd.groundbreaking
forms: groundbreaking | ground-breaking
signal: L3
category: puffery
weight: 1
explain: "Groundbreaking" claims a break with the past.
alternatives: new | first
inflect: no

id: gen.pd.revolutionary
forms: revolutionary
signal: L3
category: puffery
weight: 1
explain: "Revolutionary" (for products or ideas) hypes change.
alternatives: new | major
inflect: no
not_before: guard | guards | war | armed | french | american | cuban | iranian | forces | council | party | front

id: gen.pd.cutting-edge
forms: cutting-edge | state-of-the-art | next-generation | next-gen | best-in-class | industry-leading | market-leading | first-of-its-kind
signal: L3
category: puffery
weight: 1
explain: Marketing phrases like "state-of-the-art" advertise instead of inform.
alternatives: new | modern | (describe it)
inflect: no

id: gen.pd.breakthrough
forms: breakthrough
signal: L3
category: puffery
weight: 0.5
explain: "Breakthrough" claims a decisive advance.
alternatives: advance | progress | result
inflect: no

id: gen.pd.transformative
forms: transformative | transformational | paradigm shift | paradigm-shifting
signal: L3
category: puffery
weight: 1
explain: "Transformative" promises deep change.
alternatives: significant | (describe the change)
inflect: no

id: gen.pd.award-winning
forms: award-winning | critically acclaimed | acclaimed | much-anticipated | eagerly awaited | long-awaited | highly anticipated | much-vaunted | vaunted
signal: L3
category: puffery
weight: 0.5
explain: "Much-vaunted" or "eagerly awaited" sells something before it arrives.
alternatives: (describe it)
inflect: no

id: gen.pd.renowned
forms: renowned | famed | illustrious | distinguished | esteemed | storied | fabled | venerable
signal: L3
category: puffery
weight: 0.5
explain: "Renowned" or "illustrious" praises reputation in the writer's voice.
alternatives: long-standing | known | (give the record)
inflect: no
not_before: professor | service

id: gen.pd.beloved
forms: beloved | cherished | treasured | revered | adored | much-loved
signal: L3
category: puffery
weight: 1
explain: "Beloved" tells readers everyone loves someone.
alternatives: popular | well-known
inflect: no

id: gen.pd.luminary
forms: luminary | luminaries | titan | titans | giant of | giants of | colossus | superstar | superstars | rock star | rockstar
signal: L3
category: puffery
weight: 1
explain: "Titan" or "luminary" inflates a person into a monument.
alternatives: leader | well-known figure
inflect: no
not_before: desktop | app | the

id: gen.pd.genius
forms: genius | brilliant | brilliantly | brilliance
signal: L3
category: puffery
weight: 1
explain: "Brilliant" and "genius" are praise from the writer.
alternatives: skilled | successful | (describe it)
inflect: no

id: gen.pd.masterpiece
forms: masterpiece | masterful | masterfully | masterclass | masterstroke | tour de force | virtuoso | virtuosic
signal: L3
category: puffery
weight: 1
explain: "Masterstroke" praises a move as perfect.
alternatives: successful | skilful | (describe it)
inflect: no

id: gen.pd.triumph
forms: triumph | triumphant | triumphantly | triumphal
signal: L3
category: puffery
weight: 1
explain: "Triumph" frames a result as a glorious victory.
alternatives: win | success
inflect: no

id: gen.pd.stunning
forms: stunning
signal: L3
category: puffery
weight: 1
explain: "Stunning" tells readers to be amazed.
alternatives: unexpected | large | (describe it)
inflect: no

id: gen.pd.spectacular
forms: spectacular
signal: L3
category: puffery
weight: 1
explain: "Spectacular" hypes a result or event.
alternatives: large | notable | (describe it)
inflect: no

id: gen.pd.dazzling
forms: dazzling | breathtaking | gorgeous | magnificent | splendid | glorious | majestic | sublime | exquisite | resplendent
signal: L3
category: puffery
weight: 1
explain: Words like "magnificent" are the writer's praise.
alternatives: (describe it)
inflect: no

id: gen.pd.impeccable
forms: impeccable | impeccably | flawless | flawlessly | immaculate
signal: L3
category: puffery
weight: 1
explain: "Flawless" claims perfection.
alternatives: well done | (describe it)
inflect: no

id: gen.pd.stellar
forms: stellar | superb | superbly | first-rate | top-notch
signal: L3
category: puffery
weight: 1
explain: "Stellar" is a review word, not a report.
alternatives: strong | good | (give the figures)
inflect: no

id: gen.pd.luxurious
forms: luxurious | lavish | sumptuous | opulent | plush | swanky | glitzy | ritzy
signal: L3
category: puffery
weight: 1
explain: "Lavish" colours spending as extravagant or glamorous.
alternatives: expensive | large
inflect: no

id: gen.pd.picturesque
forms: picturesque | charming | idyllic | quaint | scenic | nestled | leafy
signal: L3
category: puffery
weight: 0.5
explain: "Idyllic" paints a place as perfect.
alternatives: (describe the place)
inflect: no

id: gen.pd.must-see
forms: must-see | must-have | must-read | must-watch | unmissable
signal: L3
category: puffery
weight: 1
explain: "Must-see" is advertising.
alternatives: (describe it)
inflect: no

id: gen.pd.gem
forms: gem | hidden gem | crown jewel | jewel in the crown | paradise | oasis | mecca
signal: L3
category: puffery
weight: 0.5
explain: "Crown jewel" calls something the finest possession.
alternatives: (describe it)
inflect: no
not_before: grand | gem

id: gen.pd.powerhouse
forms: powerhouse | powerhouses | juggernaut | juggernauts | heavyweight | heavyweights
signal: L3
category: puffery
weight: 0.5
explain: "Powerhouse" inflates a person or company's strength.
alternatives: large | leading
inflect: no

id: gen.pd.rising-star
forms: rising star | rising stars | wunderkind | whiz kid | whizz-kid | prodigy | golden boy | golden girl | darling of
signal: L3
category: puffery
weight: 1
explain: "Rising star" or "golden boy" cheers a person on.
alternatives: (describe their record)
inflect: no

id: gen.pd.watershed-moment
forms: watershed moment | defining moment | turning point | milestone | momentous | epochal | seminal | pivotal
signal: L3
category: puffery
weight: 0.5
explain: "Watershed moment" decides in advance that an event changes history.
alternatives: important | significant
inflect: no

id: gen.pd.new-dawn
forms: new dawn | new era | a new chapter | golden age | golden era | renaissance
signal: L3
category: puffery
weight: 0.5
explain: "A new dawn" frames a change as a hopeful rebirth.
alternatives: change | new period
inflect: no

id: gen.pd.resounding-victory
forms: resounding victory | resounding success | stunning victory | sweeping victory | thumping victory | crushing victory | emphatic victory | overwhelming victory | triumphant return
signal: L3
category: puffery
weight: 1
explain: "Resounding victory" amplifies a win; give the margin.
alternatives: victory | (give the margin)
inflect: no

id: gen.pd.tireless
forms: tireless | tirelessly | indefatigable | unwavering | unflinching | steadfast | unstinting
signal: L3
category: puffery
weight: 1
explain: "Tireless" praises someone's dedication.
alternatives: (describe what they did)
inflect: no

id: gen.pd.strong-leadership
forms: strong leadership | decisive leadership | steady hand | safe pair of hands | statesmanlike | strong and stable
signal: L3
category: puffery
weight: 1
explain: "Statesmanlike" praises a politician's manner.
alternatives: (describe the action)
inflect: no

id: gen.pd.ironclad
forms: ironclad | rock-solid | cast-iron | watertight | airtight
signal: L3
category: puffery
weight: 0.5
explain: "Ironclad" claims a guarantee or case cannot fail.
alternatives: firm | strong
inflect: no

id: gen.pd.seamless
forms: seamless | seamlessly | effortless | effortlessly
signal: L3
category: puffery
weight: 0.5
explain: "Seamless" is advertising for something that went smoothly.
alternatives: smooth | (describe it)
inflect: no

id: gen.pd.innovative
forms: innovative | disruptive | next-level
signal: L3
category: puffery
weight: 0.5
explain: "Innovative" is a press-release word.
alternatives: new
inflect: no

id: gen.pd.revolutionise
forms: revolutionise | revolutionize | revolutionised | revolutionized | reimagine | reimagined | supercharge | supercharged | turbocharge | turbocharged
signal: L3
category: puffery
weight: 1
explain: "Revolutionise" promises sweeping change.
alternatives: change | improve
inflect: no

id: gen.pd.miracle
forms: miracle | miraculous | miraculously | wonder drug | miracle cure | silver bullet | magic bullet | cure-all | panacea | holy grail
signal: L3
category: puffery
weight: 1
explain: "Miracle cure" promises a perfect fix that rarely exists.
alternatives: treatment | solution | (describe it)
inflect: no

id: gen.pd.blockbuster
forms: blockbuster | smash hit | sensation | sensational | sensationally
signal: L3
category: puffery
weight: 0.5
explain: "Sensational" hypes an event.
alternatives: popular | successful | (give the figures)
inflect: no

id: gen.pd.dream-team
forms: dream team | all-star | star-studded | glittering
signal: L3
category: puffery
weight: 0.5
explain: "Star-studded" is celebrity gloss.
alternatives: (name them)
inflect: no

id: gen.pd.heartwarming
forms: heartwarming | heart-warming | uplifting | feel-good | inspiring story
signal: L3
category: puffery
weight: 1
explain: "Heartwarming" tells readers to feel moved.
alternatives: (describe it)
inflect: no

id: gen.pd.hailed-as
forms: hailed as | lauded | lauded as | heralded | heralded as | feted | fêted | celebrated as
signal: L3
category: puffery
weight: 1
explain: "Hailed as" reports praise without saying who gave it.
alternatives: called | described as (name who said so)
inflect: no

id: gen.pd.acclaim
forms: acclaim | rave reviews | universal acclaim | widespread acclaim
signal: L3
category: puffery
weight: 0.5
explain: "Universal acclaim" claims everyone praised it.
alternatives: praise | (say who praised it)
inflect: no

id: gen.pd.boasts
forms: boasts
signal: L3
category: puffery
weight: 0.5
explain: "The city boasts" is brochure language for "has".
alternatives: has | includes
inflect: no
not_before: he | she | they | it | who

id: gen.pd.meteoric-rise
forms: meteoric rise | meteoric
signal: L3
category: puffery
weight: 1
explain: "Meteoric rise" glamorises fast success.
alternatives: rapid rise | fast growth
inflect: no

id: gen.pd.rags-to-riches
forms: rags-to-riches | rags to riches | self-made
signal: L3
category: puffery
weight: 0.5
explain: "Rags to riches" tells a success as a fairy tale.
alternatives: (describe their background)
inflect: no

# Dysphemism: making ordinary acts sound harsh or ridiculous

id: gen.pd.slam
forms: slammed | slams | slamming
signal: L3
category: dysphemism
weight: 1
explain: "Slammed" makes criticism sound like a physical blow, adding drama to a disagreement.
alternatives: criticised | disputed | said
inflect: no

id: gen.pd.blast
forms: blasted | blasting
signal: L3
category: dysphemism
weight: 1
explain: "Blasted" (for criticism) turns words into an explosion.
alternatives: criticised
inflect: no

id: gen.pd.lambasted
forms: lambasted | lambasting | lambastes | lambaste | excoriated | excoriating | excoriates | excoriate | berated | berating | berates | castigated | castigating | castigates | pilloried | pillorying
signal: L3
category: dysphemism
weight: 1
explain: "Lambasted" or "excoriated" makes criticism sound like a beating, raising the drama of a disagreement.
alternatives: criticised | condemned | objected to
inflect: no

id: gen.pd.bashed
forms: bashed | bashing | bashes | trashed | trashing | trashes | railed | rails against | railing against | rail against | took aim at | takes aim at | taking aim at | take aim at
signal: L3
category: dysphemism
weight: 1
explain: "Bashed", "trashed" or "took aim at" turns criticism into an assault or a shot, so a disagreement reads as a fight.
alternatives: criticised | disputed | challenged
inflect: no

id: gen.pd.tirade
forms: tirade | tirades
signal: L3
category: dysphemism
weight: 1
explain: "Tirade" dismisses a speech as an angry outburst.
alternatives: speech | criticism | remarks
inflect: no

id: gen.pd.rant
forms: rant | rants | ranted | ranting
signal: L3
category: dysphemism
weight: 1
explain: "Rant" dismisses someone's words as irrational.
alternatives: speech | remarks | criticism
inflect: no

id: gen.pd.meltdown
forms: meltdown | meltdowns
signal: L3
category: dysphemism
weight: 1
explain: "Meltdown" compares a person's reaction or a market fall to a nuclear accident.
alternatives: angry reaction | sharp fall | breakdown
inflect: no

id: gen.pd.tantrum
forms: tantrum | tantrums | temper tantrum | hissy fit | hissy fits
signal: L3
category: dysphemism
weight: 1
explain: "Tantrum" mocks an adult's reaction as childish.
alternatives: angry reaction | protest
inflect: no

id: gen.pd.lashed-out
forms: lashed out | lashes out | lashing out | lash out
signal: L3
category: dysphemism
weight: 1
explain: "Lashed out" pictures a speaker striking wildly, so criticism reads as loss of control.
alternatives: criticised | responded angrily
inflect: no

id: gen.pd.tore-into
forms: tore into | tears into | tearing into | tear into | torn into | ripped into | rips into | laid into | lays into
signal: L3
category: dysphemism
weight: 1
explain: "Tore into" turns a critical remark into an animal ripping at its prey.
alternatives: criticised
inflect: no

id: gen.pd.ripped
forms: ripped | rips | ripping
signal: L3
category: dysphemism
weight: 1
explain: "Ripped" (for criticism) makes words sound violent.
alternatives: criticised
inflect: no
not_before: was | were | had | been | jeans | body | bodies | open

id: gen.pd.doubled-down
forms: doubled down | doubles down | doubling down | double down
signal: L3
category: dysphemism
weight: 1
explain: "Doubled down" pictures a gambler raising a risky bet, hinting at stubbornness.
alternatives: repeated | stood by | kept to
inflect: no

id: gen.pd.hit-out
forms: hit out | hits out | hitting out | hit back | hits back | hitting back
signal: L3
category: dysphemism
weight: 1
explain: "Hit out" (a favourite of headlines) turns a critical remark into a punch.
alternatives: criticised | responded
inflect: no

id: gen.pd.fired-back
forms: fired back | fires back | firing back | shot back | fire back
signal: L3
category: dysphemism
weight: 1
explain: "Fired back" turns a reply into gunfire.
alternatives: replied | responded
inflect: no
not_before: police | officers | soldiers | troops | guards

id: gen.pd.savaged
forms: savaged | mauled | pummelled | pummeled | thrashed | trounced | drubbing | shellacking | clobbered | walloped | whupped
signal: L3
category: dysphemism
weight: 1
explain: "Mauled" (for criticism or defeat) pictures an animal attack.
alternatives: criticised | defeated | heavily defeated
inflect: no

id: gen.pd.humiliated
forms: humiliated | humiliating | humiliation
signal: L3
category: dysphemism
weight: 1
explain: "Humiliating" judges how a setback should feel.
alternatives: clear | heavy | (describe the result)
inflect: no

id: gen.pd.spat
forms: spat | spats | squabble | squabbles | squabbling | squabbled | bickering | bicker | bickered | sniping | sniped | slanging match | catfight | cat fight
signal: L3
category: dysphemism
weight: 1
explain: "Spat" or "squabble" belittles a disagreement as childish.
alternatives: dispute | disagreement
inflect: no
not_before: he | she | they | who | and

id: gen.pd.feud
forms: feud | feuds | feuding
signal: L3
category: dysphemism
weight: 0.5
explain: "Feud" turns a disagreement into a vendetta.
alternatives: dispute | disagreement
inflect: no

id: gen.pd.war-of-words
forms: war of words | slugfest | mudslinging | mud-slinging | sling mud | slinging mud
signal: L3
category: dysphemism
weight: 1
explain: "War of words" turns an argument into combat.
alternatives: dispute | exchange
inflect: no

id: gen.pd.infighting
forms: infighting | knives out | backstabbing | back-stabbing | stab in the back | stabbed in the back | palace coup | bloodletting
signal: L3
category: dysphemism
weight: 1
explain: "Knives out" turns internal disagreement into violence.
alternatives: internal disagreement | dispute
inflect: no

id: gen.pd.snub
forms: snub | snubbed | snubs | snubbing
signal: L3
category: dysphemism
weight: 0.5
explain: "Snubbed" frames a choice as a deliberate insult.
alternatives: did not invite | declined | left out
inflect: no

id: gen.pd.dressing-down
forms: dressing-down | tongue-lashing | broadside | broadsides | salvo | barb | barbs | took a swipe | takes a swipe | potshot | potshots | took a dig | a dig at
signal: L3
category: dysphemism
weight: 1
explain: "Took a swipe" makes criticism sound like a blow.
alternatives: criticised | remark
inflect: no

id: gen.pd.diatribe
forms: diatribe | diatribes | screed | screeds | harangue | philippic
signal: L3
category: dysphemism
weight: 1
explain: "Screed" dismisses a piece of writing as a long angry rant.
alternatives: article | statement | criticism
inflect: no

id: gen.pd.outburst
forms: outburst | outbursts | freak out | freaked out | freaking out | went ballistic | go ballistic | flew off the handle | flies off the handle | flew into a rage | flies into a rage | blew a fuse | blew a gasket
signal: L3
category: dysphemism
weight: 1
explain: "Went ballistic" turns anger into an exploding missile.
alternatives: reacted angrily | objected
inflect: no

id: gen.pd.unloaded-on
forms: unloaded on | unloads on | unleashed a tirade | launched a tirade | launched an attack on | launched a broadside
signal: L3
category: dysphemism
weight: 1
explain: "Unloaded on" pictures criticism as gunfire.
alternatives: criticised
inflect: no

id: gen.pd.went-nuclear
forms: went nuclear | going nuclear | go nuclear
signal: L3
category: dysphemism
weight: 1
explain: "Went nuclear" (for a political move) exaggerates with an image of nuclear war.
alternatives: took drastic action
inflect: no

id: gen.pd.torpedoed
forms: torpedoed | torpedoes | torpedoing | scuttled | scuppered | nixed
signal: L3
category: dysphemism
weight: 0.5
explain: "Torpedoed" (a deal or plan) makes stopping it sound like an act of war.
alternatives: blocked | stopped | rejected
inflect: no
not_before: ship | ships | vessel | boat | submarine | the | a

id: gen.pd.grilled
forms: grilled | grilling | grill | grills | roasted | raked over the coals | hauled before | hauled in
signal: L3
category: dysphemism
weight: 0.5
explain: "Grilled" makes questioning sound like a torture.
alternatives: questioned | asked
inflect: no

id: gen.pd.panned
forms: panned | ripped apart | torn apart | demolished | eviscerated | eviscerating | evisceration | skewered | pilloried
signal: L3
category: dysphemism
weight: 1
explain: "Ripped apart" (for a review or argument) exaggerates criticism.
alternatives: criticised
inflect: no
not_before: was | were | been | buildings | homes | house | houses

id: gen.pd.embarrassing
forms: embarrassing | embarrassingly | cringe | cringeworthy | cringe-worthy | cringe-inducing
signal: L3
category: dysphemism
weight: 1
explain: "Cringeworthy" tells readers to feel embarrassed on someone's behalf.
alternatives: awkward | (describe it)
inflect: no

id: gen.pd.flop
forms: flop | flops | flopped | dud | damp squib | white elephant | money pit | non-starter
signal: L3
category: dysphemism
weight: 1
explain: "Flop" or "white elephant" judges a project as a failure.
alternatives: failed | unsuccessful | (give the figures)
inflect: no

id: gen.pd.dinosaur
forms: dinosaur | dinosaurs | relic | relics | has-been | has-beens | washed-up | over the hill | past it
signal: L3
category: dysphemism
weight: 1
explain: "Dinosaur" mocks someone as out of date.
alternatives: older | long-serving
inflect: no
not_before: the | a | fossil | fossils | museum

id: gen.pd.fringe
forms: fringe | fringe group | fringe groups | fringe candidate | lunatic fringe | tinfoil brigade
signal: L3
category: dysphemism
weight: 0.5
explain: "Fringe" dismisses a group as marginal and unserious.
alternatives: small | minor | (describe it)
inflect: no
not_before: festival | benefit | benefits | edinburgh

id: gen.pd.lame-duck
forms: lame duck | lame-duck | also-ran | also-rans | sore loser | sore losers
signal: L3
category: dysphemism
weight: 0.5
explain: "Sore loser" mocks someone's reaction to defeat.
alternatives: (describe the reaction)
inflect: no

id: gen.pd.loudmouth
forms: loudmouth | blowhard | windbag | gasbag | motormouth | hothead | bigmouth | crybaby | crybabies | whiner | whiners
signal: L3
category: dysphemism
weight: 2
explain: Insults like "blowhard" mock a person's speech or temper.
alternatives: (name them) | outspoken
inflect: no

id: gen.pd.coughed-up
forms: coughed up | cough up | coughs up | shelled out | shell out | forked out | fork out | splashed out | splash out
signal: L3
category: dysphemism
weight: 0.5
explain: "Coughed up" makes a payment sound grudging or wasteful.
alternatives: paid | spent
inflect: no

id: gen.pd.slapped-with
forms: slapped with | slapped on | slaps on | slapped a | slaps a
signal: L3
category: dysphemism
weight: 0.5
explain: "Slapped with a fine" makes a penalty sound like a blow.
alternatives: given | fined | imposed
inflect: no

id: gen.pd.jumped-ship
forms: jumped ship | jump ship | jumping ship | scurried | scurry | slunk | slinks | crawled back | crawls back
signal: L3
category: dysphemism
weight: 1
explain: "Jumped ship" or "scurried" makes people's moves look cowardly or sneaky.
alternatives: left | moved | returned
inflect: no

id: gen.pd.lurking
forms: lurking | lurk | lurks | lurked
signal: L3
category: dysphemism
weight: 0.5
explain: "Lurking" makes a person or risk sound like a predator in hiding.
alternatives: present | waiting
inflect: no

id: gen.pd.gamble
forms: gamble | gambles | gambled | risky gamble | reckless gamble
signal: L3
category: dysphemism
weight: 0.5
explain: "Gamble" frames a policy as a bet.
alternatives: risk | decision
inflect: no
not_before: sports | to

id: gen.pd.gambit
forms: gambit | gambits
signal: L3
category: dysphemism
weight: 0.5
explain: "Gambit" frames a move as a calculated ploy.
alternatives: move | proposal
inflect: no

id: gen.pd.scrambling-to-get
forms: scrambling to get | scrambled to contain | scrambling to contain
signal: L3
category: dysphemism
weight: 0.5
explain: "Scrambled to" suggests panic.
alternatives: rushed to | moved to
inflect: no
not_before: jets | fighter | fighters | eggs

id: gen.pd.holed-up
forms: holed up | bunkered | bunker mentality | circling the wagons | circled the wagons
signal: L3
category: dysphemism
weight: 0.5
explain: "Holed up" pictures someone hiding from justice.
alternatives: staying | remained
inflect: no

id: gen.pd.crony-capitalism
forms: cronyism | crony capitalism
signal: L3
category: dysphemism
weight: 0.5
explain: "Crony capitalism" condemns business ties as corrupt.
alternatives: close ties between business and government
inflect: no

id: gen.pd.death-spiral
forms: death spiral | doom loop | downward spiral
signal: L3
category: dysphemism
weight: 0.5
explain: "Death spiral" frames a decline as fatal.
alternatives: decline | fall
inflect: no

id: gen.pd.exemplary
forms: exemplary
signal: L3
category: dysphemism
weight: 0.5
explain: "Exemplary" praises something as a model for others.
alternatives: good | (describe it)
inflect: no

# More puffery

id: gen.pd.maverick
forms: maverick | mavericks | political rock star | rock-star status
signal: L3
category: puffery
weight: 0.5
explain: Labels like "maverick" or "political rock star" cast a person as a bold hero before the reader learns what they did.
alternatives: independent | popular | (describe what they did)
inflect: no

id: gen.pd.flagship
forms: flagship
signal: L3
category: puffery
weight: 0.5
explain: "Flagship" presents a policy or product as the pride of the fleet.
alternatives: main | leading
inflect: no

id: gen.pd.crowning-achievement
forms: crowning achievement | crowning glory | jewel in his crown | jewel in her crown
signal: L3
category: puffery
weight: 1
explain: "Crowning achievement" ranks a result as someone's greatest.
alternatives: major achievement | (describe it)
inflect: no

id: gen.pd.envy-of-the-world
forms: envy of the world | the envy of
signal: L3
category: puffery
weight: 1
explain: "The envy of the world" claims everyone else is jealous.
alternatives: (give the comparison)
inflect: no

id: gen.pd.gold-standard
forms: gold standard | best of the best | cream of the crop
signal: L3
category: puffery
weight: 1
explain: "Gold standard" claims something is the best possible measure.
alternatives: benchmark | leading
inflect: no

id: gen.pd.lionise
forms: lionise | lionize | lionised | lionized | idolise | idolize | idolised | idolized | deified | deify | hero-worship
signal: L3
category: puffery
weight: 1
explain: "Lionised" says someone is treated as a hero, often in the writer's own voice.
alternatives: praised | admired
inflect: no

id: gen.pd.towering
forms: towering | towering figure | larger-than-life | larger than life
signal: L3
category: puffery
weight: 1
explain: "Towering figure" inflates a person's stature.
alternatives: prominent | influential
inflect: no
not_before: over

id: gen.pd.charismatic
forms: charismatic | passionate
signal: L3
category: puffery
weight: 0.5
explain: "Charismatic" praises personality in the writer's voice.
alternatives: (describe what they did)
inflect: no

id: gen.pd.cutting-edge-phrase
forms: cutting edge | leading edge | bleeding edge
signal: L3
category: puffery
weight: 1
explain: "Cutting edge" is sales language for "new".
alternatives: new | advanced
inflect: no
not_before: the

id: gen.pd.historic-first
forms: historic first
signal: L3
category: puffery
weight: 1
explain: "Historic first" doubles the claim of importance.
alternatives: first
inflect: no

id: gen.pd.unstoppable
forms: unstoppable | invincible | indomitable
signal: L3
category: puffery
weight: 1
explain: "Unstoppable" claims nothing can resist someone.
alternatives: strong | successful
inflect: no

id: gen.pd.indispensable
forms: indispensable | irreplaceable | priceless | invaluable
signal: L3
category: puffery
weight: 0.5
explain: "Indispensable" claims someone or something cannot be done without.
alternatives: important | valuable
inflect: no

id: gen.pd.stupendous
forms: stupendous | awe-inspiring | awesome | spellbinding | mesmerising | mesmerizing
signal: L3
category: puffery
weight: 1
explain: "Awe-inspiring" tells readers to feel awe.
alternatives: (describe it)
inflect: no

id: gen.pd.win-win
forms: win-win | bright future | brighter future
signal: L3
category: puffery
weight: 0.5
explain: "Win-win" claims everyone gains, which is rarely checked.
alternatives: (describe who gains what)
inflect: no

id: gen.pd.fairy-tale
forms: fairy-tale | fairytale | fairy tale ending | storybook
signal: L3
category: puffery
weight: 1
explain: "Fairytale" turns events into a children's story.
alternatives: (describe it)
inflect: no

id: gen.pd.heros-welcome
forms: hero's welcome | rapturous | rapturous welcome | thunderous applause | rousing reception
signal: L3
category: puffery
weight: 1
explain: "A hero's welcome" dresses a reception in glory.
alternatives: warm welcome | welcome
inflect: no

id: gen.pd.glamorous
forms: glamorous | glamour | glamor | glitz | glitzy occasion | sleek | elegant | elegantly | chic | stylish
signal: L3
category: puffery
weight: 0.5
explain: "Glamorous" is lifestyle-magazine praise.
alternatives: (describe it)
inflect: no

id: gen.pd.prestigious
forms: prestigious
signal: L3
category: puffery
weight: 0.5
explain: "Prestigious" borrows an institution's fame to impress readers.
alternatives: well-known | (name it)
inflect: no

id: gen.pd.pomp
forms: pomp | pageantry | fanfare | razzmatazz | hoopla | ballyhoo | razzle-dazzle
signal: L3
category: puffery
weight: 1
explain: "Fanfare" and "pageantry" frame an event as showy display.
alternatives: ceremony | event | announcement
inflect: no

id: gen.pd.saintly
forms: saintly | angelic | national treasure | folk hero | living legend | man of the people | woman of the people
signal: L3
category: puffery
weight: 1
explain: "Man of the people" or "national treasure" paints a person as beloved by all.
alternatives: popular | well-known
inflect: no

id: gen.pd.humble-beginnings
forms: humble beginnings | against all odds | David and Goliath | David versus Goliath | underdog | underdogs | comeback kid
signal: L3
category: puffery
weight: 0.5
explain: "Against all odds" turns a story into a heroic underdog tale.
alternatives: despite | (describe the difficulties)
inflect: no

id: gen.pd.gave-away-secrets
forms: gave away secrets | gave away classified | gave away top secret | gave away sensitive | give away secrets | giving away secrets | gives away secrets | gave away the store | give away the store | giving away the store | gave away the farm | give away the farm
signal: L3
category: dysphemism
weight: 1
explain: "Gave away secrets" frames sharing information as careless or treacherous.
alternatives: shared | disclosed | provided
inflect: no

# More dysphemism

id: gen.pd.stench
forms: stench | stink | stinks | stank | reeks of | reeked of | reeking of | smacks of | smacked of
signal: L3
category: dysphemism
weight: 1
explain: "Reeks of corruption" uses a bad smell to accuse without proof.
alternatives: suggests | raises questions about
inflect: no

id: gen.pd.sordid
forms: sordid | tawdry | grubby | squalid
signal: L3
category: dysphemism
weight: 1
explain: "Sordid" paints an affair as dirty and shameful.
alternatives: (describe it)
inflect: no

id: gen.pd.tacky
forms: tacky | garish | gaudy | kitsch | kitschy
signal: L3
category: dysphemism
weight: 0.5
explain: "Tacky" mocks taste.
alternatives: (describe it)
inflect: no

id: gen.pd.cushy
forms: cushy | plum job | plum post | cushy job | sinecure
signal: L3
category: dysphemism
weight: 1
explain: "Cushy job" sneers that someone got an easy, undeserved post.
alternatives: job | post
inflect: no

id: gen.pd.pet-project
forms: pet project | pet projects | hobbyhorse | hobby horse | pet cause | pet issue
signal: L3
category: dysphemism
weight: 1
explain: "Pet project" belittles someone's priority as a whim.
alternatives: priority | project
inflect: no

id: gen.pd.bandwagon
forms: bandwagon | jumped on the bandwagon | jump on the bandwagon | jumping on the bandwagon
signal: L3
category: dysphemism
weight: 1
explain: "Jumped on the bandwagon" sneers at people for following a trend.
alternatives: joined | supported
inflect: no

id: gen.pd.copycat
forms: copycat | copycats | knockoff | knock-off | rehash | rehashed | warmed-over | warmed-up
signal: L3
category: dysphemism
weight: 0.5
explain: "Rehashed" dismisses an idea as an old one reheated.
alternatives: similar | revised | repeated
inflect: no
not_before: a

id: gen.pd.watered-down
forms: watered-down | watered down | toothless | paper tiger | talking shop
signal: L3
category: dysphemism
weight: 0.5
explain: "Toothless" or "talking shop" dismisses a body as powerless.
alternatives: weaker | limited | (describe its powers)
inflect: no

id: gen.pd.sweatshop
forms: sweatshop | sweatshops | slave wages | slave labour | slave labor
signal: L3
category: dysphemism
weight: 0.5
explain: "Slave wages" compares low pay to slavery.
alternatives: low wages | low pay
inflect: no

id: gen.pd.bombast
forms: bombast | bombastic | grandiose | grandiosity | pie in the sky | pie-in-the-sky | pipe dream | pipe dreams | wishful thinking
signal: L3
category: dysphemism
weight: 1
explain: "Pie in the sky" dismisses a plan as a fantasy.
alternatives: ambitious | unlikely | untested
inflect: no

id: gen.pd.smoke-and-mirrors
forms: smoke and mirrors | sleight of hand | hocus-pocus | mumbo jumbo | mumbo-jumbo | psychobabble | technobabble | gobbledygook | gobbledegook | word salad
signal: L3
category: dysphemism
weight: 1
explain: "Smoke and mirrors" accuses someone of trickery.
alternatives: unclear | complex | (explain it)
inflect: no

id: gen.pd.waffle
forms: waffle | waffled | waffling | wishy-washy | mealy-mouthed
signal: L3
category: dysphemism
weight: 1
explain: "Mealy-mouthed" mocks speech as evasive.
alternatives: vague | cautious
inflect: no
not_before: belgian | a

id: gen.pd.bleat
forms: bleat | bleated | bleating | whinge | whinging | whingeing | whinged | caterwauling
signal: L3
category: dysphemism
weight: 2
explain: "Bleating" compares complaints to sheep noises.
alternatives: complained | objected
inflect: no

id: gen.pd.cheerleader
forms: cheerleader | cheerleaders | cheerleading | fanboy | fanboys | groupies | acolytes | disciples of
signal: L3
category: dysphemism
weight: 1
explain: "Cheerleaders" mocks supporters as uncritical fans.
alternatives: supporters | advocates
inflect: no
not_before: high | school | college

id: gen.pd.ringleader
forms: ringleader | ringleaders | masterminded | mastermind
signal: L3
category: dysphemism
weight: 0.5
explain: "Ringleader" frames a person as head of a criminal gang.
alternatives: organiser | leader
inflect: no

id: gen.pd.hatched-a-plan
forms: hatched a plan | hatched a plot | cooked up | dreamed up | dreamt up | concocted | concocts | concocting | concoct | trumped-up | cobbled together | machinations
signal: L3
category: dysphemism
weight: 1
explain: "Cooked up" says a plan or charge was invented dishonestly.
alternatives: drew up | devised | brought
inflect: no

id: gen.pd.foisted
forms: foisted | foist | foisting | saddled with | lumbered with | shackled with | shackled by
signal: L3
category: dysphemism
weight: 0.5
explain: "Foisted on" says something was forced on unwilling people.
alternatives: imposed | given
inflect: no

id: gen.pd.foot-dragging
forms: foot-dragging | dragging their feet | dragged their feet | dithering | dithered | dither | navel-gazing | stalling tactics
signal: L3
category: dysphemism
weight: 1
explain: "Dithering" mocks caution as weakness.
alternatives: delay | slow | undecided
inflect: no

id: gen.pd.photo-op
forms: photo op | photo-op | photo opportunity | soundbite | sound bite
signal: L3
category: dysphemism
weight: 0.5
explain: "Photo op" dismisses an event as staged for cameras.
alternatives: visit | event | remark
inflect: no

id: gen.pd.rowdy
forms: rowdy | raucous | unruly | booze-fuelled | booze-fueled
signal: L3
category: dysphemism
weight: 0.5
explain: "Rowdy" or "booze-fuelled" colours a crowd as disorderly.
alternatives: lively | large | (describe it)
inflect: no

id: gen.pd.stampede
forms: stampede | stampeded | stampeding
signal: L3
category: dysphemism
weight: 0.5
explain: "Stampede" (for people, voters or investors) pictures a panicked herd.
alternatives: rush | rushed
inflect: no
not_before: cattle | buffalo | elephant | elephants | horses | calgary
