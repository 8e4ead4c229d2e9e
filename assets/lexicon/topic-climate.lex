# Topic pack: climate.
# Written for Framelens in our own words. Every actor has neutral entries (formal or descriptive) so the
# engine can count all mentions of the actor; loaded labels are flagged on every side with the same care.
# Sides used here: climate-action (urging fast action on emissions), climate-sceptic (doubting the science
# or opposing climate policy; includes fossil-fuel industry framing).
# Balance does not mean treating the science as open: the scientific consensus that humans are warming the
# climate is stated by the IPCC, and entries that deny it are flagged as loaded. What is flagged on the
# climate-action side is emotive framing of agreed facts, and labels for people.
# Label classes and contested choices are documented in docs/LEXICON-PACKS.md.
@pack topic-climate
@title Climate: names for climate change, activists, sceptics, the fossil-fuel industry and climate policy, and the loaded words of each side
@description What outlets call climate change itself, climate activists and sceptics, the fossil-fuel industry and climate policies, plus topic words that take a side (climate crisis, climate emergency, climate hoax, alarmists, deniers, Big Oil, clean coal, job-killing regulations).
@topic climate
@reviewed Balance reviewed by: topic-lexicon writer (Framelens helper), 2026-11-22; needs external review by a climate scientist and by readers from both camps.

# ---------------------------------------------------------------- actor: climate change itself

id: cl.climate-change
forms: climate change | global warming | human-caused climate change | man-made climate change | human-induced climate change | anthropogenic climate change | warming planet | rising temperatures | changing climate | greenhouse effect | greenhouse gas emissions | carbon emissions | carbon dioxide emissions | CO2 emissions
signal: N1
category: descriptive
actor: climate change
label: descriptive
inflect: no
weight: 1
explain: "Climate change" and "global warming" are the standard scientific and news names for the warming of the Earth's climate.
notes: "Climate change" was once recommended by a Republican strategist (Frank Luntz, 2002) as less frightening than "global warming"; both are now standard.

id: cl.climate-crisis
forms: climate crisis | climate emergency | climate breakdown | climate catastrophe | climate chaos | climate disaster | global heating | global boiling | climate apocalypse | climate Armageddon | existential climate threat | existential threat of climate change | planetary emergency | burning planet | dying planet | climate collapse | climate meltdown | runaway climate change | climate doom
signal: N1
category: emotive
actor: climate change
label: emotive
side: climate-action
inflect: no
weight: 0.5
explain: Names like "climate crisis" or "climate breakdown" add urgency and alarm to the name itself, a choice some newsrooms made on purpose to push for action.
alternatives: climate change | global warming
notes: The Guardian adopted "climate crisis" and "global heating" in its style guide in 2019 to convey urgency; the UN Secretary-General used "global boiling" in 2023. Weight 0.5 for "crisis"/"emergency" (widely used by scientists and governments); stronger forms like "apocalypse" are emotive in any voice.

id: cl.climate-hoax
forms: climate hoax | climate change hoax | global warming hoax | climate scam | climate change scam | global warming scam | climate con | climate fraud | climate change myth | global warming myth | so-called climate change | so-called global warming | so-called climate crisis | alleged global warming | supposed global warming | climate hysteria | climate alarmism | climate panic | climate religion | global warming religion | climate cult | the great climate con | manufactured climate crisis | junk climate science
signal: N1
category: delegitimising
actor: climate change
label: delegitimising
side: climate-sceptic
inflect: no
weight: 2
explain: Calling climate change a "hoax", "scam" or "religion" denies a finding that the world's scientific bodies have confirmed, and presents that denial as the outlet's own view.
alternatives: climate change | global warming
sources: IPCC Sixth Assessment Report (2021): "It is unequivocal that human influence has warmed the atmosphere, ocean and land."

id: cl.natural-cycles
forms: natural climate cycles | natural climate variability | the climate has always changed | climate has always changed | climate always changes | it's the sun | sunspot cycles | normal weather patterns
signal: N1
category: euphemistic
actor: climate change
label: euphemistic
side: climate-sceptic
inflect: no
weight: 1
explain: Saying the warming is just "natural cycles" or "the climate has always changed" plays down what scientists have found: that today's fast warming is caused by humans.
alternatives: climate change | human-caused warming
notes: Natural variability is real science; as a blanket explanation for recent warming it is a talking point.

# ---------------------------------------------------------------- actor: climate and environmental activists

id: cl.activists
forms: climate activists | climate activist | environmental activists | environmental activist | environmentalists | environmentalist | climate campaigners | climate campaigner | environmental groups | environmental group | environmental organizations | conservation groups | climate protesters | climate protestors | climate advocates | youth climate activists | Greenpeace | Sierra Club | Extinction Rebellion | Sunrise Movement | Fridays for Future | Just Stop Oil | Last Generation | 350.org | Friends of the Earth | Natural Resources Defense Council | Environmental Defense Fund | Earthjustice | Greta Thunberg
signal: N1
category: descriptive
actor: climate activists
label: descriptive
inflect: no
weight: 1
explain: "Climate activists" or a group's own name say plainly who is meant.

id: cl.eco-terrorists
forms: eco-terrorists | eco-terrorist | eco-terrorism | ecoterrorists | eco-zealots | eco-zealot | eco-fascists | eco-fascist | eco-loons | eco-loon | eco-nuts | eco-radicals | eco-extremists | eco-mob | climate zealots | climate fanatics | climate extremists | climate cultists | climate crazies | climate alarmists | climate alarmist | alarmists | doomsayers | doom-mongers | green zealots | green extremists | green mob | tree huggers | tree-huggers | watermelons | Greta's disciples | climate scolds | woke climate warriors
signal: N1
category: delegitimising
actor: climate activists
label: delegitimising
side: climate-sceptic
inflect: no
weight: 1
explain: Insults like "eco-zealots", "alarmists" or "tree huggers" mock activists instead of describing what they want or did.
alternatives: climate activists | environmentalists | climate protesters
notes: "Alarmists" is often aimed at scientists as well as activists.

id: cl.climate-heroes
forms: climate heroes | climate hero | climate warriors | climate warrior | eco-warriors | eco-warrior | defenders of the planet | planet's defenders | guardians of the planet | climate champions | climate champion | youth climate heroes | brave climate activists | courageous climate activists | climate visionaries
signal: N1
category: glorifying
actor: climate activists
label: glorifying
side: climate-action
inflect: no
weight: 1
explain: Calling activists "heroes" or "defenders of the planet" praises them in the outlet's own voice instead of reporting what they did.
alternatives: climate activists | environmentalists
notes: "Eco-warrior" is used both admiringly and mockingly.

id: cl.water-protectors
forms: water protectors | water protector | land defenders | land defender | earth defenders | forest defenders | climate defenders
signal: N1
category: self-label
actor: climate activists
label: self-label
side: climate-action
inflect: no
weight: 0.5
explain: "Water protectors" is the name protesters against pipelines chose for themselves; it presents them as guardians rather than opponents of a project.
alternatives: pipeline protesters | environmental protesters

# ---------------------------------------------------------------- actor: climate sceptics

id: cl.sceptics
forms: climate skeptics | climate skeptic | climate sceptics | climate sceptic | climate change skeptics | climate change sceptics | global warming skeptics | climate doubters | climate change doubters | those who reject mainstream climate science | people who reject climate science | critics of climate policy | opponents of climate policy | Heartland Institute | Global Warming Policy Foundation | CO2 Coalition | Competitive Enterprise Institute
signal: N1
category: descriptive
actor: climate sceptics
label: descriptive
inflect: no
weight: 1
explain: "Climate doubters" or "people who reject mainstream climate science" describe the position without an insult.
sources: AP Stylebook (2015) advice: use "climate change doubters" or "those who reject mainstream climate science", avoiding both "skeptics" and "deniers".
notes: "Skeptics" is classed descriptive because it remains the most common neutral-sounding word, though AP notes real scientific scepticism is different.

id: cl.deniers
forms: climate deniers | climate denier | climate change deniers | climate change denier | global warming deniers | climate denialists | climate denialist | climate science deniers | merchants of doubt | climate criminals | climate arsonists | planet wreckers | climate villains
signal: N1
category: delegitimising
actor: climate sceptics
label: delegitimising
side: climate-action
inflect: no
weight: 0.5
explain: "Deniers" echoes "Holocaust deniers" and turns a label into an accusation; describing what someone rejects is clearer.
alternatives: climate doubters | those who reject mainstream climate science | opponents of climate policy
notes: Common even in neutral copy, hence weight 0.5; "climate criminals" and "planet wreckers" are stronger.

id: cl.realists
forms: climate realists | climate realist | lukewarmers | lukewarmer | climate dissenters | climate dissenter | climate heretics | climate heretic | independent climate scientists | skeptical scientists
signal: N1
category: self-label
actor: climate sceptics
label: self-label
side: climate-sceptic
inflect: no
weight: 0.5
explain: "Climate realists" or "heretics" is what doubters call themselves, implying that everyone else is unrealistic or dogmatic.
alternatives: climate doubters | those who reject mainstream climate science

# ---------------------------------------------------------------- actor: the fossil-fuel industry

id: cl.fossil-industry
forms: fossil fuel industry | fossil-fuel industry | fossil fuel companies | fossil-fuel companies | oil and gas industry | oil and gas companies | oil companies | oil company | oil majors | coal industry | coal companies | natural gas industry | energy companies | energy industry | ExxonMobil | Exxon Mobil | Exxon | Chevron | ConocoPhillips | Peabody Energy | American Petroleum Institute | fossil fuel producers
signal: N1
category: descriptive
actor: fossil-fuel industry
label: descriptive
inflect: no
weight: 1
explain: Plain names for the industry and its companies say who is meant without blame or praise.

id: cl.big-oil
forms: Big Oil | Big Coal | Big Fossil | fossil fuel barons | fossil-fuel barons | oil barons | carbon barons | coal barons | polluters | big polluters | corporate polluters | fossil fuel giants | oil giants | carbon majors | planet-wrecking companies | planet-killing industry | climate-wrecking industry | fossil fuel interests | oil lobby | fossil fuel lobby | Exxon knew
signal: N1
category: delegitimising
actor: fossil-fuel industry
label: delegitimising
side: climate-action
inflect: no
weight: 0.5
explain: Names like "Big Oil" or "polluters" cast the industry as a villain in the name itself.
alternatives: oil companies | fossil-fuel industry | oil and gas industry
notes: "Big Oil" and "oil giants" are common in neutral headlines, hence weight 0.5.

id: cl.energy-producers
forms: American energy producers | energy creators | job creators in the energy sector | hardworking energy workers | energy heroes | American energy dominance | energy dominance | ethical oil | responsible energy development | responsible energy | clean coal | beautiful clean coal | clean natural gas | clean-burning natural gas | climate-friendly natural gas | freedom gas | molecules of freedom
signal: N1
category: euphemistic
actor: fossil-fuel industry
label: euphemistic
side: climate-sceptic
inflect: no
weight: 1
explain: Phrases like "clean coal", "freedom gas" or "energy dominance" make fossil fuels sound clean, patriotic or harmless.
alternatives: coal | natural gas | oil and gas production | fossil-fuel companies
notes: "Energy independence" is left out: it is a bipartisan policy goal.

# ---------------------------------------------------------------- actor: climate policy

id: cl.policy
forms: climate policy | climate policies | climate legislation | climate bill | climate plan | climate action | emissions cuts | emissions reductions | emissions targets | carbon tax | carbon taxes | carbon pricing | cap and trade | cap-and-trade | Paris agreement | Paris climate agreement | Kyoto Protocol | Clean Power Plan | Green New Deal | Inflation Reduction Act | net zero | net-zero | energy transition | renewable energy | clean energy | fuel economy standards | emissions standards
signal: N1
category: descriptive
actor: climate policy
label: descriptive
inflect: no
weight: 1
explain: The names of policies and agreements, and plain words like "emissions cuts", describe climate policy without judging it.
notes: "Clean energy" and "Green New Deal" are names chosen by supporters but are now standard.

id: cl.job-killing
forms: job-killing regulations | job-killing regulation | job-killing carbon tax | job-killing climate agenda | war on coal | war on fossil fuels | war on American energy | war on energy | green tyranny | climate tyranny | climate lockdowns | climate lockdown | eco-socialism | climate socialism | climate communism | Green New Scam | green scam | green racket | watermelon socialism | radical climate agenda | extreme climate agenda | crazy climate agenda | costly climate mandates | green energy scam | global warming tax | carbon tax scam
signal: N1
category: delegitimising
actor: climate policy
label: delegitimising
side: climate-sceptic
inflect: no
weight: 1
explain: Slogans like "war on coal" or "job-killing regulations" describe climate rules by their worst claimed effect and frame them as an attack.
alternatives: climate regulations | emissions rules | carbon tax
notes: Bare "climate agenda" is left out because it is often neutral.

id: cl.just-transition
forms: just transition | green jobs revolution | climate justice | climate leadership | bold climate action | ambitious climate action | historic climate bill | historic climate legislation | landmark climate law | landmark climate bill | climate wins | green recovery | clean energy revolution | good green jobs | good-paying green jobs | carbon pollution | climate pollution
signal: N1
category: legitimising
actor: climate policy
label: legitimising
side: climate-action
inflect: no
weight: 0.5
explain: Warm phrases like "bold climate action" or "landmark climate law" praise a policy in the outlet's own voice; "carbon pollution" was chosen by supporters to make carbon dioxide sound like smog.
alternatives: climate policy | the climate law | carbon dioxide emissions
notes: Weight 0.5: "just transition" and "climate justice" are also the names of programmes and movements.

# ---------------------------------------------------------------- loaded words (L1)

id: cl.denial-talking-points
forms: CO2 is plant food | carbon dioxide is plant food | more CO2 is good | greening of the planet | global cooling | the pause in warming | warming pause | hockey stick fraud | Climategate | cooked the books | fudged data | manipulated temperature data | climate models have failed | failed climate predictions | climate scientists are in it for the money | grant-seeking scientists
signal: L1
category: loaded
side: climate-sceptic
inflect: no
weight: 1
explain: These are talking points used to cast doubt on climate science that investigations and later data have not supported.
alternatives: (report the finding and who disputes it, with the evidence)
notes: "Global cooling" also appears in accurate history of 1970s science news; read the context.

id: cl.unreliables
forms: unreliables | unreliable renewables | intermittent unreliables | bird-chopping windmills | bird choppers | windmills that kill birds | solar scam | wind scam | green energy boondoggle | renewable energy boondoggle | green boondoggle | ugly windmills | subsidy junkies | subsidy farmers
signal: L1
category: loaded
side: climate-sceptic
inflect: no
weight: 1
explain: Mocking names for wind and solar power dismiss them without facts about cost or reliability.
alternatives: renewable energy | wind power | solar power | intermittent sources of power

id: cl.ecocide
forms: ecocide | carbon bombs | carbon bomb | planet-killing | planet-wrecking | planet-cooking | planet-destroying | climate-wrecking | climate-destroying | climate vandalism | climate suicide | suicidal fossil fuel expansion | burning our future | fossil fuel addiction | addiction to fossil fuels | addicted to oil
signal: L1
category: loaded
side: climate-action
inflect: no
weight: 1
explain: Words like "planet-killing" or "carbon bombs" condemn projects in the outlet's own voice instead of saying how much they emit.
alternatives: large fossil-fuel projects | high-emitting projects (with the emissions figure)

id: cl.extreme-weather-attribution
forms: climate-fueled | climate-fuelled | climate-driven disaster | climate-driven disasters | fueled by climate change | supercharged by climate change | climate change-fueled | climate-charged | climate-intensified
signal: L1
category: contested
side: climate-action
inflect: no
weight: 0.5
explain: Linking one storm or fire to climate change can be right when attribution studies show it, but stated without a study it goes further than the evidence.
alternatives: made more likely by climate change, according to an attribution study | a storm of the kind scientists expect more of as the climate warms
notes: Weight 0.5: attribution science often supports such links; the hit asks whether the source is given.

id: cl.tipping-doom
forms: last chance to save the planet | 12 years to save the planet | years left to save the planet | only years left | planet is on fire | our house is on fire | the world is burning | humanity's last chance | code red for humanity | only years to save the planet
signal: L1
category: loaded
side: climate-action
inflect: no
weight: 0.5
explain: Doomsday deadlines overstate what scientists say; the IPCC describes risks that rise with every increment of warming, not a single end date.
alternatives: the IPCC says emissions must fall by (figure) by (year) to limit warming to 1.5C
notes: "Code red for humanity" was the UN Secretary-General's phrase (2021); inside his quotes it is his.

id: cl.green-virtue
forms: virtue signalling about climate | climate virtue signaling | limousine liberals flying private jets | private-jet environmentalists | climate hypocrites | eco-hypocrites | champagne environmentalists | hair-shirt environmentalism | eat the bugs | you will eat bugs | ban your gas stove | coming for your gas stoves | coming for your hamburgers | coming for your cars
signal: L1
category: loaded
side: climate-sceptic
inflect: no
weight: 1
explain: Mocking phrases about hypocrisy or "eating bugs" ridicule climate policy by exaggerating it instead of describing it.
alternatives: climate policy | proposed rules on gas stoves | (describe the actual proposal)

# ---------------------------------------------------------------- actor: climate scientists

id: cl.scientists
forms: climate scientists | climate scientist | climate researchers | Intergovernmental Panel on Climate Change | IPCC | scientific consensus | scientific consensus on climate change | NASA scientists | NOAA scientists | World Meteorological Organization | atmospheric scientists
signal: N1
category: descriptive
actor: climate scientists
label: descriptive
inflect: no
weight: 1
explain: Naming scientists and their institutions plainly says who found what.

id: cl.alarmist-scientists
forms: alarmist scientists | alarmist climate scientists | so-called climate experts | climate grifters | climate grifter | government-funded climate scientists | UN climate bureaucrats | climate establishment | climate industrial complex | climate-industrial complex | climate priesthood | climate high priests
signal: N1
category: delegitimising
actor: climate scientists
label: delegitimising
side: climate-sceptic
inflect: no
weight: 1
explain: Calling scientists "grifters" or a "priesthood" suggests they are dishonest or dogmatic instead of engaging with their findings.
alternatives: climate scientists | the IPCC

id: cl.climate-refugees
forms: climate refugees | climate refugee | climate migrants | climate-displaced people | climate exodus
signal: L1
category: contested
side: climate-action
inflect: no
weight: 0.5
explain: "Climate refugee" is not a legal status and one cause rarely explains why people move, so the phrase gives climate change the whole blame for migration.
alternatives: people displaced by floods and drought | migrants from drought-hit regions

id: cl.carbon-neutral-claims
forms: carbon neutral flights | carbon-neutral flights | offset your emissions | carbon-neutral oil | carbon neutral oil | carbon-neutral natural gas | carbon neutral gas | climate-neutral products | net-zero oil | net zero oil | sustainable aviation fuel at scale
signal: L4
category: euphemism
side: climate-sceptic
inflect: no
weight: 0.5
explain: "Carbon neutral" claims based on offsets can hide emissions that still happen, because the offset projects often cut far less than promised.
alternatives: buying offsets instead of cutting emissions | flights whose emissions are offset by projects elsewhere
notes: Corporate "greenwashing" language; tagged with the sceptic side because this pack groups fossil-fuel industry framing there.

id: cl.managed-decline
forms: managed decline of oil and gas | managed phase-out | managed phaseout | orderly decline of fossil fuels | keep it in the ground | leave it in the ground
signal: L4
category: euphemism
side: climate-action
inflect: no
weight: 0.5
explain: Calm phrases like "managed decline" describe closing down whole industries and the jobs in them as a smooth administrative process.
alternatives: phasing out oil and gas production | closing coal mines and power plants
notes: "Keep it in the ground" is a campaign slogan; in narrator voice it is the outlet's.

# ---------------------------------------------------------------- actor: fossil fuels

id: cl.fossil-fuels
forms: fossil fuels | fossil fuel | coal | oil and gas | natural gas | crude oil | petroleum | coal-fired power | coal plants | gas-fired power
signal: N1
category: descriptive
actor: fossil fuels
label: descriptive
inflect: no
weight: 1
explain: The names of fuels are the neutral way to refer to them.

id: cl.dirty-energy
forms: dirty energy | dirty fossil fuels | dirty fossil fuel | dirty coal | dirty oil | dirty fuels | filthy fossil fuels | toxic fossil fuels | deadly fossil fuels | climate-killing fuels
signal: N1
category: delegitimising
actor: fossil fuels
label: delegitimising
side: climate-action
inflect: no
weight: 1
explain: Calling fuels "dirty" or "filthy" condemns them in the name itself instead of saying what they emit.
alternatives: fossil fuels | coal | oil

id: cl.reliable-energy
forms: affordable reliable energy | affordable and reliable energy | reliable baseload power | reliable baseload | abundant American energy | cheap abundant energy | beautiful coal | American energy | homegrown energy | energy that keeps the lights on
signal: N1
category: glorifying
actor: fossil fuels
label: glorifying
side: climate-sceptic
inflect: no
weight: 0.5
explain: Praise words like "affordable, reliable" or "beautiful" present fossil fuels only by their benefits and leave out their emissions.
alternatives: fossil fuels | coal | natural gas
notes: "American energy" is also generic; weight 0.5.

id: cl.climate-denial
forms: climate denial | climate change denial | climate science denial | climate inaction | criminal inaction | climate delay | climate delayers | delayism | climate obstruction | climate obstructionists | climate wreckers
signal: L1
category: loaded
side: climate-action
inflect: no
weight: 0.5
explain: Words like "denial" or "criminal inaction" describe opponents' positions as moral failures rather than saying what they argue.
alternatives: rejection of climate science | opposition to climate policy | slow action on emissions
