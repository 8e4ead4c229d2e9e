@pack general-euphemisms
@title General news language: euphemisms (L4)
@description Soft or technical words that hide something harsh: killing, torture, firing, price rises, lying. A euphemism is loaded because it makes readers feel less than the facts would. Topic-specific euphemisms (for a particular war or movement) live in the topic packs.
@topic general
@reviewed Written by the general-lexicon author, November 2026; needs external review.

# Framelens general news-language pack. Entries, explanations and alternatives are written by the
# project; no word list was copied. Forms were chosen for words that colour a report on any subject,
# then checked for literal or routine uses in a large news sample: words that wire-style outlets use
# as plain description were narrowed to multi-word forms or left out. Weight: 2 strong, 1 normal,
# 0.5 mild or often legitimate.

# Killing and war

id: gen.euph.collateral-damage
forms: collateral damage
signal: L4
category: euphemism
weight: 1
explain: "Collateral damage" turns civilians killed or homes destroyed into a side effect, so readers feel less.
alternatives: civilian deaths | civilians killed | damage to homes
inflect: no

id: gen.euph.neutralise
forms: neutralise | neutralised | neutralises | neutralising | neutralize | neutralized | neutralizes | neutralizing | neutralisation | neutralization
signal: L4
category: euphemism
weight: 1
explain: "Neutralised" (for people) hides that someone was killed or captured.
alternatives: killed | captured
inflect: no
not_before: acid | acids | ph

id: gen.euph.eliminate
forms: eliminated the target | eliminated militants | eliminated terrorists | eliminated the threat | eliminated fighters | eliminated enemy | eliminate the target | eliminate the threat | eliminating the threat | elimination of targets
signal: L4
category: euphemism
weight: 1
explain: "Eliminated" (for people) is a cold word that hides a killing.
alternatives: killed
inflect: no

id: gen.euph.take-out
forms: took out the target | take out the target | taken out by a drone | took out militants | take out militants | took out the commander
signal: L4
category: euphemism
weight: 1
explain: "Took out" (a target) is slang that hides a killing.
alternatives: killed
inflect: no

id: gen.euph.targeted-killing
forms: targeted killing | targeted killings | targeted assassination | targeted strike | targeted strikes
signal: L4
category: euphemism
weight: 1
explain: "Targeted killing" sounds precise and lawful; it describes a planned killing by a state.
alternatives: killing | assassination | strike that killed
inflect: no

id: gen.euph.surgical-strike
forms: surgical strike | surgical strikes | precision strike | precision strikes | pinpoint strike
signal: L4
category: euphemism
weight: 1
explain: "Surgical strike" compares bombing to careful medicine, hiding the harm.
alternatives: air strike | strike
inflect: no

id: gen.euph.pre-emptive-strike
forms: pre-emptive strike | preemptive strike | pre-emptive attack | preemptive attack | preventive war | preventive strike
signal: L4
category: euphemism
weight: 0.5
explain: "Pre-emptive strike" frames the first attack as self-defence.
alternatives: attack | first strike
inflect: no

id: gen.euph.friendly-fire
forms: friendly fire
signal: L4
category: euphemism
weight: 0.5
explain: "Friendly fire" softens the killing of one's own side or allies.
alternatives: fire from their own side | killed by their own forces
inflect: no

id: gen.euph.kinetic-action
forms: kinetic action | kinetic operation | kinetic operations | kinetic strike | kinetic activity
signal: L4
category: euphemism
weight: 1
explain: "Kinetic action" is military jargon that hides bombing or shooting.
alternatives: attack | strike | fighting
inflect: no

id: gen.euph.servicing-the-target
forms: servicing the target | service the target | engaged the target | engage the target | prosecuted the target
signal: L4
category: euphemism
weight: 1
explain: "Servicing the target" makes killing sound like routine maintenance.
alternatives: attacked | killed
inflect: no

id: gen.euph.enhanced-interrogation
forms: enhanced interrogation | enhanced interrogation techniques | harsh interrogation | coercive interrogation | aggressive interrogation
signal: L4
category: euphemism
weight: 1
explain: "Enhanced interrogation" was coined to avoid the word torture.
alternatives: torture | interrogation methods that included (name them)
inflect: no

id: gen.euph.stress-positions
forms: stress positions | sleep deprivation | sleep management | simulated drowning
signal: L4
category: euphemism
weight: 0.5
explain: Phrases like "sleep management" make torture methods sound like a schedule.
alternatives: (name the method plainly)
inflect: no

id: gen.euph.extraordinary-rendition
forms: extraordinary rendition | extraordinary renditions | rendition flights | rendition programme | rendition program | black site | black sites
signal: L4
category: euphemism
weight: 1
explain: "Extraordinary rendition" hides that people were secretly taken to be held or tortured abroad.
alternatives: secret transfer | secret prison
inflect: no

id: gen.euph.pacification
forms: pacification | pacify | pacified | pacifying
signal: L4
category: euphemism
weight: 1
explain: "Pacification" (of an area) hides the use of force to crush resistance.
alternatives: military operation | suppression
inflect: no
not_before: baby

id: gen.euph.police-action
forms: police action | security operation | clearance operation | clearance operations | cleansing operation | cleansing operations
signal: L4
category: euphemism
weight: 0.5
explain: "Clearance operation" hides violence that drives people out.
alternatives: attack | offensive | (describe what happened)
inflect: no

id: gen.euph.incursion
forms: incursion | incursions
signal: L4
category: euphemism
weight: 0.5
explain: "Incursion" can shrink an invasion into a brief visit.
alternatives: raid | invasion | attack
inflect: no

id: gen.euph.regime-change
forms: regime change
signal: L4
category: euphemism
weight: 0.5
explain: "Regime change" hides the overthrow of a government by force.
alternatives: overthrow | toppling the government
inflect: no

id: gen.euph.humanitarian-intervention
forms: humanitarian intervention | peace enforcement | stabilisation mission | stabilization mission | stability operations
signal: L4
category: euphemism
weight: 0.5
explain: "Humanitarian intervention" frames military force by its aim.
alternatives: military intervention
inflect: no

id: gen.euph.ethnic-cleansing
forms: ethnic cleansing
signal: L4
category: euphemism
weight: 0.5
explain: "Ethnic cleansing" was itself a euphemism for expelling or killing a people; "cleansing" makes it sound hygienic.
alternatives: forced expulsion | mass killing | (describe it)
inflect: no
notes: Now a recognised term in international law and widely used by rights groups; half weight because it is both a legal category and a softened phrase.

id: gen.euph.population-transfer
forms: population transfer | population exchange | transfer of population
signal: L4
category: euphemism
weight: 0.5
explain: "Population transfer" hides forced removal of people from their homes.
alternatives: forced removal | expulsion
inflect: no

id: gen.euph.soft-target
forms: soft target | soft targets | hard target | hard targets
signal: L4
category: euphemism
weight: 0.5
explain: "Soft targets" turns unprotected people into military jargon.
alternatives: civilians | unprotected places
inflect: no

id: gen.euph.passed-away
forms: passed away | passed on | departed this life | no longer with us | succumbed
signal: L4
category: euphemism
weight: 0.5
explain: "Passed away" is gentle for a natural death, but in news of violence it hides a killing.
alternatives: died | was killed
inflect: no

id: gen.euph.degrade
forms: degrade their capabilities | degrade its capabilities | degrading the capabilities | degrade the capabilities | degraded capabilities | degrade and destroy | attrit | attrited
signal: L4
category: euphemism
weight: 0.5
explain: "Degrade the enemy's capabilities" hides killing and destruction in technical words.
alternatives: weaken | destroy
inflect: no

id: gen.euph.decapitation-strike
forms: decapitation strike | decapitation strikes | leadership targeting | high-value target | high-value targets
signal: L4
category: euphemism
weight: 1
explain: "High-value target" turns a person into an item on a list.
alternatives: senior figure | commander
inflect: no

id: gen.euph.human-resources-on-the-ground
forms: human resources on the ground | boots on the ground
signal: L4
category: euphemism
weight: 0.5
explain: "Boots on the ground" hides soldiers behind their footwear.
alternatives: ground troops | soldiers
inflect: no

# Detention, policing and justice

id: gen.euph.detainee
forms: detainee | detainees
signal: L4
category: euphemism
weight: 0.5
explain: "Detainee" can hide that a person is a prisoner held without charge.
alternatives: prisoner | person held
inflect: no

id: gen.euph.administrative-detention
forms: administrative detention | preventive detention | protective custody
signal: L4
category: euphemism
weight: 0.5
explain: "Administrative detention" hides imprisonment without charge or trial.
alternatives: detention without charge | imprisonment without trial
inflect: no

id: gen.euph.enemy-combatant
forms: enemy combatant | enemy combatants | unlawful combatant | unlawful combatants
signal: L4
category: euphemism
weight: 0.5
explain: "Unlawful combatant" was a label that put prisoners outside normal protections.
alternatives: prisoner | captured fighter
inflect: no

id: gen.euph.officer-involved-shooting
forms: officer-involved shooting | officer-involved shootings | police-involved shooting
signal: L4
category: euphemism
weight: 1
explain: "Officer-involved shooting" hides who fired.
alternatives: police shot | an officer shot
inflect: no

id: gen.euph.less-lethal
forms: less-lethal | less lethal | non-lethal weapons | crowd control measures | crowd-control measures
signal: L4
category: euphemism
weight: 0.5
explain: "Less-lethal" makes weapons that can maim sound harmless.
alternatives: rubber bullets | tear gas | (name the weapon)
inflect: no

id: gen.euph.discharged-his-weapon
forms: discharged his weapon | discharged her weapon | discharged their weapon | discharged his firearm | discharged her firearm | discharged their weapons | weapon discharged | the gun went off | firearm discharged
signal: L4
category: euphemism
weight: 1
explain: "Discharged his weapon" hides that a person fired a gun.
alternatives: fired | shot
inflect: no

id: gen.euph.subdued
forms: subdued | physical restraint | compliance hold | pain compliance
signal: L4
category: euphemism
weight: 0.5
explain: "Restrained" can hide force used on a person.
alternatives: held down | (describe the force)
inflect: no
not_before: more | a | was | is

id: gen.euph.medical-emergency
forms: medical emergency | medical incident | medical episode | in-custody death | died in custody
signal: L4
category: euphemism
weight: 0.5
explain: "Medical incident" can hide what happened to someone in custody.
alternatives: (describe what happened)
inflect: no

id: gen.euph.correctional-facility
forms: correctional facility | correctional facilities | detention facility | detention facilities | holding facility
signal: L4
category: euphemism
weight: 0.5
explain: "Correctional facility" is bureaucratic for prison.
alternatives: prison | jail
inflect: no

# Work, money and business

id: gen.euph.letting-go
forms: letting go | let go of staff | let go of employees | let go of workers | were let go | been let go | was let go | being let go
signal: L4
category: euphemism
weight: 1
explain: "Let go" makes firing sound like a kind release.
alternatives: fired | dismissed | laid off
inflect: no

id: gen.euph.downsizing
forms: downsizing | downsize | downsized | rightsizing | rightsize | rightsized
signal: L4
category: euphemism
weight: 1
explain: "Rightsizing" makes job cuts sound like a neat adjustment.
alternatives: job cuts | cutting jobs
inflect: no

id: gen.euph.restructuring-charges
forms: restructuring charges | restructuring costs | corporate restructuring | workforce restructuring | streamlining | streamlined operations | reorganisation of the workforce
signal: L4
category: euphemism
weight: 0.5
explain: "Restructuring" often means job cuts, without saying so.
alternatives: job cuts | (say what changed)
inflect: no

id: gen.euph.workforce-reduction
forms: workforce reduction | reduction in force | headcount reduction | workforce optimisation | workforce optimization | involuntary separation | separated from the company | released from employment | career transition
signal: L4
category: euphemism
weight: 1
explain: "Workforce optimisation" hides people losing their jobs.
alternatives: job cuts | layoffs | firing
inflect: no

id: gen.euph.made-redundant
forms: made redundant | redundancies | surplus to requirements
signal: L4
category: euphemism
weight: 0.5
explain: "Made redundant" is British standard for losing a job, but it still softens it.
alternatives: lost their jobs | were laid off
inflect: no

id: gen.euph.spend-more-time-with-family
forms: spend more time with family | spend more time with his family | spend more time with her family | pursue other opportunities | pursue other interests | by mutual agreement | mutually agreed | parted ways | part ways
signal: L4
category: euphemism
weight: 0.5
explain: "To pursue other opportunities" can hide that someone was pushed out.
alternatives: was forced out | resigned | was dismissed
inflect: no

id: gen.euph.price-adjustment
forms: price adjustment | price adjustments | price correction | pricing action | pricing actions
signal: L4
category: euphemism
weight: 1
explain: "Price adjustment" usually hides a price rise.
alternatives: price rise | price increase
inflect: no

id: gen.euph.revenue-enhancement
forms: revenue enhancement | revenue measures | revenue-raising measures | user fees
signal: L4
category: euphemism
weight: 1
explain: "Revenue enhancement" is a soft name for a tax rise.
alternatives: tax rise | fee | tax increase
inflect: no
not_before: campaign | political | financial | a | the | his | her | their | its | your | our | my | significant | important | major | key | valuable

id: gen.euph.negative-growth
forms: negative growth | negative economic growth | economic contraction | growth recession | softening | softness
signal: L4
category: euphemism
weight: 0.5
explain: "Negative growth" avoids the word "shrinking".
alternatives: shrinking | decline | contraction
inflect: no
not_before: skin

id: gen.euph.market-correction
forms: market correction | stock market correction
signal: L4
category: euphemism
weight: 0.5
explain: "Correction" makes a fall in prices sound healthy.
alternatives: fall | drop
inflect: no

id: gen.euph.headwinds
forms: headwinds | challenging environment | challenging quarter | challenging year | difficult trading conditions | macroeconomic uncertainty
signal: L4
category: euphemism
weight: 0.5
explain: "Headwinds" or "a challenging quarter" hides poor results behind weather images.
alternatives: losses | falling sales | (give the figures)
inflect: no

id: gen.euph.quantitative-easing
forms: quantitative easing | monetary expansion
signal: L4
category: euphemism
weight: 0.5
explain: "Quantitative easing" is a technical name for the central bank creating money to buy bonds.
alternatives: central bank bond buying | money creation
inflect: no

id: gen.euph.bailout
forms: capital injection | capital injections | liquidity support | financial assistance package | rescue package
signal: L4
category: euphemism
weight: 0.5
explain: "Capital injection" hides that public money rescued a firm.
alternatives: bailout | public money
inflect: no

id: gen.euph.creative-accounting
forms: creative accounting | accounting irregularities | irregularities | improprieties | financial irregularities | misstatements | misstatement | accounting errors
signal: L4
category: euphemism
weight: 0.5
explain: "Accounting irregularities" can hide fraud.
alternatives: false accounts | (describe what happened)
inflect: no

id: gen.euph.efficiency-savings
forms: efficiency savings | efficiencies | cost savings | savings measures | belt-tightening | fiscal consolidation | budget discipline
signal: L4
category: euphemism
weight: 0.5
explain: "Efficiency savings" can hide cuts to services.
alternatives: cuts | spending cuts
inflect: no

id: gen.euph.convenience-fee
forms: convenience fee | processing fee | administration fee | resort fee
signal: L4
category: euphemism
weight: 0.5
explain: "Convenience fee" makes an extra charge sound like a favour.
alternatives: extra charge | fee
inflect: no

id: gen.euph.pre-owned
forms: pre-owned | previously owned | gently used
signal: L4
category: euphemism
weight: 0.5
explain: "Pre-owned" avoids saying "used".
alternatives: used
inflect: no

id: gen.euph.sub-prime
forms: sub-prime | subprime | non-prime | high-cost lending | payday advance
signal: L4
category: euphemism
weight: 0.5
explain: "Subprime" sounds technical, but it means loans to borrowers likely to struggle to repay, often at high cost.
alternatives: high-risk loans | high-interest loans
inflect: no

# Lies, mistakes and misconduct

id: gen.euph.misspoke
forms: misspoke | misspeak | misspeaks | misspoken | misstated | misremembered | misremember
signal: L4
category: euphemism
weight: 1
explain: "Misspoke" can soften a false statement into a slip of the tongue.
alternatives: made a false statement | said something untrue
inflect: no

id: gen.euph.alternative-facts
forms: alternative facts | alternate facts | alternative narrative
signal: L4
category: euphemism
weight: 1
explain: "Alternative facts" dresses up false statements as another kind of truth.
alternatives: false statements | claims that are untrue
inflect: no

id: gen.euph.economical-with-the-truth
forms: economical with the truth | terminological inexactitude | inaccuracies | inaccurate statements | inoperative | being creative with the truth
signal: L4
category: euphemism
weight: 0.5
explain: "Economical with the truth" is a polite way of saying someone lied.
alternatives: lied | made false statements
inflect: no

id: gen.euph.mistakes-were-made
forms: mistakes were made | errors were made | mistakes have been made | lapses occurred | lapse in judgment | lapse in judgement | error of judgment | error of judgement
signal: L4
category: euphemism
weight: 1
explain: "Mistakes were made" hides who made them.
alternatives: (name who made the mistake)
inflect: no

id: gen.euph.inappropriate-relationship
forms: inappropriate relationship | improper relationship | inappropriate behaviour | inappropriate behavior | inappropriate conduct | inappropriate comments | unwanted advances | inappropriate touching | conduct unbecoming
signal: L4
category: euphemism
weight: 0.5
explain: "Inappropriate behaviour" can hide harassment or abuse.
alternatives: (describe what happened) | harassment | abuse
inflect: no

id: gen.euph.tired-and-emotional
forms: tired and emotional | exhaustion | substance issues | personal issues | personal reasons
signal: L4
category: euphemism
weight: 0.5
explain: "Tired and emotional" is an old euphemism for drunk.
alternatives: drunk | (describe it)
inflect: no
not_before: heat | physical

id: gen.euph.wardrobe-malfunction
forms: wardrobe malfunction
signal: L4
category: euphemism
weight: 0.5
explain: "Wardrobe malfunction" jokes away an exposure.
alternatives: exposure
inflect: no

id: gen.euph.comfort-women
forms: comfort women | comfort stations
signal: L4
category: euphemism
weight: 1
explain: "Comfort women" hides the sexual slavery of women in wartime.
alternatives: women forced into sexual slavery
inflect: no

id: gen.euph.sexual-misconduct
forms: sexual misconduct | non-consensual
signal: L4
category: euphemism
weight: 0.5
explain: "Sexual misconduct" can cover acts up to rape; say what is alleged.
alternatives: (describe the allegation)
inflect: no

id: gen.euph.regrettable-incident
forms: regrettable incident | unfortunate incident | unfortunate event | isolated incident | isolated incidents
signal: L4
category: euphemism
weight: 1
explain: "An unfortunate incident" hides what happened and who was responsible.
alternatives: (describe what happened)
inflect: no

# Everyday political softeners

id: gen.euph.enhanced-security-measures
forms: enhanced security measures | enhanced screening | enhanced pat-down | enhanced pat-downs | heightened security | additional screening
signal: L4
category: euphemism
weight: 0.5
explain: "Enhanced screening" hides intrusive searches behind the word "enhanced".
alternatives: searches | security checks
inflect: no

id: gen.euph.tax-relief
forms: tax relief | tax reform | tax simplification | revenue neutral
signal: L4
category: euphemism
weight: 0.5
explain: "Tax relief" frames taxes as a burden to be relieved.
alternatives: tax cut | tax change
inflect: no

id: gen.euph.entitlement-reform
forms: entitlement reform | welfare reform | benefit reform | pension reform
signal: L4
category: euphemism
weight: 0.5
explain: "Reform" can hide cuts to benefits by calling them improvement.
alternatives: benefit cuts | changes to benefits
inflect: no

id: gen.euph.economically-disadvantaged
forms: economically disadvantaged | underprivileged | less fortunate | low-income communities | underserved
signal: L4
category: euphemism
weight: 0.5
explain: "Less fortunate" can soften poverty into luck.
alternatives: poor | low-income
inflect: no

id: gen.euph.golden-years
forms: golden years | twilight years
signal: L4
category: euphemism
weight: 0.5
explain: "Golden years" turns old age into a postcard.
alternatives: older people | old age
inflect: no

id: gen.euph.food-insecurity
forms: food insecurity | food insecure
signal: L4
category: euphemism
weight: 0.5
explain: "Food insecurity" is a technical term for hunger.
alternatives: hunger | not enough food
inflect: no

id: gen.euph.housing-insecurity
forms: housing insecurity | housing insecure | unhoused
signal: L4
category: euphemism
weight: 0.5
explain: "Unhoused" is a gentler word for homeless; it can be respectful or softening.
alternatives: homeless
inflect: no

id: gen.euph.disinformation-campaign
forms: disinformation campaign | influence operation | influence operations | information operation | information operations | perception management | strategic communication | strategic communications
signal: L4
category: euphemism
weight: 0.5
explain: "Information operations" hides propaganda behind military jargon.
alternatives: propaganda campaign
inflect: no

id: gen.euph.managed-decline
forms: managed decline | controlled demolition | orderly transition | soft landing
signal: L4
category: euphemism
weight: 0.5
explain: "Managed decline" hides a choice to let something shrink.
alternatives: decline | closure
inflect: no

id: gen.euph.unintended-consequences
forms: unintended consequences
signal: L4
category: euphemism
weight: 0.5
explain: "Unintended consequences" can hide predictable harm.
alternatives: harms | (describe the effects)
inflect: no

id: gen.euph.austerity-measures
forms: austerity measures | fiscal responsibility | tightening belts | tighten our belts | difficult decisions | tough choices | hard choices
signal: L4
category: euphemism
weight: 0.5
explain: "Tough choices" can hide cuts that hurt people.
alternatives: spending cuts | (name the cuts)
inflect: no

# More softeners

id: gen.euph.transfer-tube
forms: transfer tube | transfer tubes | human remains pouch | human remains pouches
signal: L4
category: euphemism
weight: 1
explain: "Transfer tube" is an official way to avoid saying "body bag".
alternatives: body bag
inflect: no

id: gen.euph.wet-work
forms: wet work | terminate with extreme prejudice | terminated with extreme prejudice
signal: L4
category: euphemism
weight: 1
explain: Spy slang like "wet work" hides assassination.
alternatives: killing | assassination
inflect: no

id: gen.euph.coercive-measures
forms: coercive measures | coercive techniques | special measures for detainees
signal: L4
category: euphemism
weight: 0.5
explain: "Coercive measures" hides force or abuse used on prisoners.
alternatives: force | abuse | (describe the methods)
inflect: no

id: gen.euph.caught-in-the-crossfire
forms: caught in the crossfire | crossfire | stray bullet | stray bullets | exchange of fire | exchange of gunfire | died in an exchange
signal: L4
category: euphemism
weight: 0.5
explain: "Caught in the crossfire" can hide who fired the shot that killed someone.
alternatives: shot by | killed by (name who fired)
inflect: no

id: gen.euph.clashes
forms: clashes | clashed
signal: L4
category: euphemism
weight: 0.5
explain: "Clashes" can blur who attacked whom, making a one-sided attack look like a fight between equals.
alternatives: attack | fighting | (say who attacked whom)
inflect: no

id: gen.euph.depopulated
forms: depopulated | depopulation | emptied of | voluntary departure | voluntary departures | voluntary return | voluntary repatriation
signal: L4
category: euphemism
weight: 0.5
explain: "Voluntary departure" can hide pressure that forced people to leave.
alternatives: expulsion | forced to leave
inflect: no

id: gen.euph.adult-entertainment
forms: adult entertainment | adult content | adult film | adult films | gentlemen's club | gentlemen's clubs
signal: L4
category: euphemism
weight: 0.5
explain: "Adult entertainment" is an industry euphemism for pornography or strip clubs.
alternatives: pornography | strip club
inflect: no

id: gen.euph.right-to-work
forms: right-to-work | right to work laws
signal: L4
category: euphemism
weight: 0.5
explain: "Right to work" is a campaign name for laws that limit union fees; it sounds like a guarantee of jobs.
alternatives: laws that ban compulsory union fees
inflect: no

id: gen.euph.asset-recycling
forms: asset recycling | exploring strategic alternatives | strategic review | strategic options
signal: L4
category: euphemism
weight: 0.5
explain: "Exploring strategic alternatives" often means a company is for sale or in trouble.
alternatives: considering a sale | (say what is planned)
inflect: no

id: gen.euph.voluntary-separation
forms: voluntary separation | voluntary redundancy | early retirement scheme | buyout offer | buyouts
signal: L4
category: euphemism
weight: 0.5
explain: "Voluntary separation" can hide pressure to leave a job.
alternatives: job cuts | paid to leave
inflect: no

id: gen.euph.strategic-misrepresentation
forms: strategic misrepresentation | less than candid | less than truthful | less than forthcoming | not entirely accurate | not fully accurate
signal: L4
category: euphemism
weight: 1
explain: "Less than candid" is a polite way of saying someone did not tell the truth.
alternatives: untruthful | misleading
inflect: no

id: gen.euph.embellish
forms: embellish | embellished | embellishing | embellishment | stretched the truth | stretching the truth | bending the truth | bent the truth
signal: L4
category: euphemism
weight: 0.5
explain: "Embellished" can soften invented details into decoration.
alternatives: exaggerated | made false claims
inflect: no

id: gen.euph.fudge
forms: fudge | fudged | fudging | massaged the figures | massaging the figures | massaged the numbers | massaging the numbers | cooked the books | cooking the books
signal: L4
category: euphemism
weight: 0.5
explain: "Massaged the figures" softens the manipulation of data.
alternatives: manipulated | falsified
inflect: no
not_before: chocolate

id: gen.euph.aggressive-tax-planning
forms: aggressive tax planning | tax optimisation | tax optimization | tax efficiency | tax-efficient | tax mitigation | tax structuring
signal: L4
category: euphemism
weight: 0.5
explain: "Tax optimisation" can hide aggressive avoidance.
alternatives: tax avoidance
inflect: no

id: gen.euph.facilitation-payment
forms: facilitation payment | facilitation payments | grease payments | consultancy fees | finder's fee | finder's fees
signal: L4
category: euphemism
weight: 0.5
explain: "Facilitation payment" can hide a bribe.
alternatives: bribe | payment
inflect: no

id: gen.euph.clean-coal
forms: clean coal | beautiful clean coal | carbon capture ready
signal: L4
category: euphemism
weight: 0.5
explain: "Clean coal" is a marketing name for coal with some pollution controls.
alternatives: coal with emissions controls
inflect: no

id: gen.euph.rapid-unscheduled-disassembly
forms: rapid unscheduled disassembly | energetic disassembly | thermal event | thermal runaway event | criticality incident | anomaly during
signal: L4
category: euphemism
weight: 1
explain: "Rapid unscheduled disassembly" is a joke-euphemism for an explosion.
alternatives: explosion | fire
inflect: no

id: gen.euph.managed-retreat
forms: managed retreat | planned relocation | strategic relocation
signal: L4
category: euphemism
weight: 0.5
explain: "Managed retreat" hides that people must abandon their homes.
alternatives: abandoning homes | moving communities
inflect: no

id: gen.euph.water-stress
forms: water stress | water scarcity
signal: L4
category: euphemism
weight: 0.5
explain: "Water stress" is a technical softening of drought and shortage.
alternatives: drought | water shortage
inflect: no

id: gen.euph.questionable-practices
forms: questionable practices | sharp practice | sharp practices | irregular payments
signal: L4
category: euphemism
weight: 0.5
explain: "Sharp practice" softens dishonest dealing.
alternatives: dishonest practices | (describe them)
inflect: no
