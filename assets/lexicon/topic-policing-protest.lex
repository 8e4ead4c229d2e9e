# Topic pack: policing and protest.
# Written for Framelens in our own words. Every actor has neutral entries (formal or descriptive) so the
# engine can count all mentions of the actor; loaded labels are flagged on every side with the same care.
# Sides used here: pro-police (law-and-order camp), police-critical (protest and police-reform camp).
# Label classes and contested choices are documented in docs/LEXICON-PACKS.md.
@pack topic-policing-protest
@title Policing and protest: names for the police, protesters and the events, and the loaded words of each side
@description What outlets call police officers, protesters, the Black Lives Matter movement and the events of a protest, plus topic words that take a side (officer-involved shooting, thin blue line, rioters, police state, mostly peaceful, uprising).
@topic policing-protest
@reviewed Balance reviewed by: topic-lexicon writer (Framelens helper), 2026-11-22; needs external review by readers from both camps.

# ---------------------------------------------------------------- actor: police

id: pp.police
forms: police | police officers | police officer | policeman | policemen | policewoman | police department | police departments | police force | police forces | law enforcement | law enforcement officers | law enforcement officials | law enforcement agencies | sheriff's deputies | sheriff's deputy | sheriff's office | state troopers | riot police | officers on the scene | police union | police unions | police chief | police commissioner
signal: N1
category: formal
actor: police
label: formal
inflect: no
weight: 1
explain: Plain names for the police and their ranks say who acted without praise or blame.

id: pp.police-acronyms
forms: NYPD | LAPD | MPD | SFPD | SWAT
signal: N1
category: formal
actor: police
label: formal
case: sensitive
inflect: no
weight: 1
explain: These are the standard abbreviations of police forces and units.

id: pp.cops
forms: cops | cop | the cops
signal: N1
category: descriptive
actor: police
label: descriptive
inflect: no
weight: 1
explain: "Cops" is an informal but common word for police officers, used by officers themselves, and is not loaded in most news.

id: pp.pigs
forms: pig cops | pigs in uniform | fascist pigs | killer cops | killer cop | killer police | thugs in blue | gang in blue | armed thugs in uniform | jackbooted thugs | jack-booted thugs | storm troopers | stormtroopers | occupying army in our neighborhoods | occupying force in Black neighborhoods | slave patrols | modern-day slave patrol | racist cops | racist police
signal: N1
category: delegitimising
actor: police
label: delegitimising
side: police-critical
inflect: no
weight: 2
explain: Calling police "pigs", "thugs" or an "occupying army" insults all officers instead of describing what particular officers did.
alternatives: police | police officers | officers involved in the arrest
notes: Bare "pigs" is left out because it matches farming news.

id: pp.heroes-in-blue
forms: heroes in blue | men and women in blue | boys in blue | our brave police | brave police officers | brave officers | heroic officers | heroic police | heroic cops | New York's finest | our finest | law enforcement heroes | fallen heroes in blue | the thin blue line that protects us
signal: N1
category: glorifying
actor: police
label: glorifying
side: pro-police
inflect: no
weight: 1
explain: Calling officers "heroes" or "the finest" praises them as a group in the outlet's own voice instead of reporting what they did.
alternatives: police | police officers

# ---------------------------------------------------------------- actor: protesters

id: pp.protesters
forms: protesters | protester | protestors | protestor | demonstrators | demonstrator | marchers | peaceful protesters | Black Lives Matter protesters | BLM protesters | racial justice protesters | racial justice activists | George Floyd protesters | counterprotesters | counter-protesters | student protesters | anti-police protesters | police-reform advocates | police reform advocates | rioters | rioter | looters | looter | arsonists | violent protesters
signal: N1
category: descriptive
actor: protesters
label: descriptive
inflect: no
weight: 1
explain: "Protesters" and "demonstrators" say what people are doing without praising or condemning them.
notes: "Peaceful protesters" is descriptive when the protest was peaceful; "mostly peaceful" as a blanket phrase is flagged separately.

id: pp.rioters
forms: violent mob | angry mob | unruly mob | leftist mob | left-wing mob | BLM mob | antifa mob | mob of protesters | mobs of protesters
signal: N1
category: delegitimising
actor: protesters
label: delegitimising
side: pro-police
inflect: no
weight: 0.5
explain: Calling a crowd a "mob" paints every demonstrator as part of a lawless, violent mass instead of describing what people did.
alternatives: protesters | demonstrators | some people in the crowd who broke windows
notes: Plain "rioters" and "looters" are descriptive (in the protesters entry): expert annotators of biased news language (BABE) did not mark them, and they are accurate for people who riot or loot. The within-story comparison still shows an outlet that uses them far more than others.

id: pp.thugs
forms: BLM thugs | antifa thugs | leftist thugs | left-wing thugs | Marxist thugs | radical thugs | antifa terrorists | BLM terrorists | left-wing terrorists | domestic terrorists | anarchist jurisdictions | anarchists and agitators | outside agitators | paid agitators | professional agitators | paid protesters | paid protestors | professional protesters | agitators
signal: N1
category: delegitimising
actor: protesters
label: delegitimising
side: pro-police
inflect: no
weight: 1
explain: Calling protesters "thugs", "terrorists" or "paid agitators" suggests they are criminals or fakes rather than people with a cause.
alternatives: protesters | demonstrators | people arrested for vandalism (when they were)
notes: "Domestic terrorists" is also used of far-right attackers; in that use the actor link is wrong, so read the context.

id: pp.freedom-fighters
forms: freedom fighters for racial justice | heroes of the uprising | brave protesters | courageous protesters | heroic protesters | revolutionaries in the streets | righteous protesters
signal: N1
category: glorifying
actor: protesters
label: glorifying
side: police-critical
inflect: no
weight: 1
explain: Calling protesters "heroic" or "righteous" praises them in the outlet's own voice instead of reporting what they did.
alternatives: protesters | demonstrators

# ---------------------------------------------------------------- actor: Black Lives Matter

id: pp.blm
forms: Black Lives Matter | Black Lives Matter movement | BLM movement | Movement for Black Lives | Black Lives Matter Global Network Foundation | Black Lives Matter activists | Black Lives Matter organizers
signal: N1
category: formal
actor: Black Lives Matter
label: formal
inflect: no
weight: 1
explain: The movement's own name is the neutral way to refer to it.

id: pp.blm-acronym
forms: BLM
signal: N1
category: formal
actor: Black Lives Matter
label: formal
case: sensitive
inflect: no
weight: 1
explain: BLM is the common abbreviation of the movement's name.
notes: BLM is also the US Bureau of Land Management, which appears in environment news; read the context.

id: pp.blm-marxist
forms: Marxist BLM | Marxist Black Lives Matter | Burn Loot Murder | BLM Marxists | trained Marxists | terrorist organization Black Lives Matter | BLM terrorist organization | BLM cult | Black Lives Matter cult | BLM grifters | BLM scam
signal: N1
category: delegitimising
actor: Black Lives Matter
label: delegitimising
side: pro-police
inflect: no
weight: 1
explain: Calling the movement "Marxist", a "cult" or "Burn Loot Murder" mocks and condemns it instead of describing what it wants.
alternatives: Black Lives Matter | the movement

# ---------------------------------------------------------------- actor: the protest events

id: pp.events
forms: protests | protest | demonstrations | unrest | civil unrest | clashes with police | protest march | protest marches | protest rally | protest rallies | vigil | vigils | sit-in | sit-ins | protest encampment | protest encampments | riots | riot | rioting | looting
signal: N1
category: descriptive
actor: protest events
label: descriptive
inflect: no
weight: 1
explain: "Protests", "demonstrations" or "unrest" describe what happened without judging it.

id: pp.riots
forms: anarchy in the streets | burning cities | cities burning | cities on fire | domestic terrorism in our streets | Summer of Rage | summer of riots | BLM riots | antifa riots | leftist riots
signal: N1
category: delegitimising
actor: protest events
label: delegitimising
side: pro-police
inflect: no
weight: 0.5
explain: Phrases like "cities burning" or "BLM riots" describe a whole movement by its worst moments.
alternatives: protests | unrest | some buildings were set on fire
notes: Plain "riots", "rioting" and "looting" are descriptive (in the protest events entry): they are accurate when a riot happened and expert annotators (BABE) did not mark them.

id: pp.uprising
forms: George Floyd uprising | uprising against police | urban uprising | urban uprisings | rebellion in the streets | urban rebellion | revolt against police | righteous rage | righteous anger | racial reckoning | summer of racial reckoning | reckoning on race | national reckoning | autonomous zone | Capitol Hill Autonomous Zone | Capitol Hill Organized Protest | CHAZ
signal: N1
category: legitimising
actor: protest events
label: legitimising
side: police-critical
inflect: no
weight: 0.5
explain: Words like "uprising" or "racial reckoning" present the protests as a just rebellion or a moral turning point, a judgement stated as description.
alternatives: protests | demonstrations | the 2020 protests
notes: "Racial reckoning" became common newsroom language in 2020; weight 0.5. Bare "uprising" is left out because it names revolts everywhere.

id: pp.mostly-peaceful
forms: mostly peaceful | fiery but mostly peaceful | mostly peaceful protests | mostly peaceful protest
signal: L4
category: euphemism
side: police-critical
inflect: no
weight: 0.5
explain: "Mostly peaceful" can be accurate, but as a blanket phrase next to images of fires it plays down violence that did happen.
alternatives: peaceful during the day, with fires and looting at night (describe what happened)

# ---------------------------------------------------------------- loaded words (L1) and euphemisms (L4)

id: pp.officer-involved-shooting
forms: officer involved shooting | officer involved shootings | police-involved shootings | officer-involved death | in-custody deaths
signal: L4
category: euphemism
side: pro-police
inflect: no
weight: 1
explain: "Officer-involved shooting" hides who fired the gun; saying "an officer shot a man" names the act and the actor.
alternatives: an officer shot | police shot and killed | died after being restrained by police

id: pp.medical-incident
forms: medical emergency during police interaction | suffered a medical emergency | medical distress | weapon was discharged | discharged their firearms | the suspect was struck
signal: L4
category: euphemism
side: pro-police
inflect: no
weight: 1
explain: Police statements often describe a death as a "medical incident" or a shooting as a weapon being "discharged", which hides what the officers did.
alternatives: an officer knelt on his neck | an officer shot him | police fired

id: pp.less-lethal
forms: less-lethal munitions | less-lethal weapons | non-lethal munitions | non-lethal rounds | crowd control munitions | chemical irritants | pepper balls | kinetic impact projectiles | impact munitions | compliance techniques
signal: L4
category: euphemism
side: pro-police
inflect: no
weight: 0.5
explain: Technical terms like "less-lethal munitions" or "chemical irritants" sound harmless and hide that these weapons can blind, injure and occasionally kill.
alternatives: rubber bullets | tear gas | pepper spray | beanbag rounds

id: pp.thin-blue-line
forms: thin blue line | Blue Lives Matter | back the blue | war on law enforcement | anti-cop | anti-cop rhetoric | cop-haters | cop haters | cop-hating | police-haters | police haters | Ferguson effect | Minneapolis effect | defund-the-police radicals | soft on crime | pro-criminal
signal: L1
category: loaded
side: pro-police
inflect: no
weight: 1
explain: Slogans like "war on cops" or "thin blue line" cast police as soldiers under siege and critics as enemies of order.
alternatives: attacks on police officers | criticism of police | support for police

id: pp.law-and-order
forms: dominate the streets | dominate the battlespace | when the looting starts | law and order president
signal: L1
category: loaded
side: pro-police
inflect: no
weight: 0.5
explain: Slogans like "law and order president" or "dominate the streets" come from a long history of being used against civil-rights protests, so the outlet's own use of them takes a side.
alternatives: public safety | policing | enforcement of the law
notes: Bare "law and order" is left out: it is common in neutral copy and expert annotators (BABE) did not mark it.

id: pp.police-brutality
forms: police terror | police terrorism | state violence | state-sanctioned violence | state-sanctioned murder | police murder | police murders | murdered by police | murdered by a police officer | murdered by cops | executed by police | police execution | police lynching | modern-day lynching
signal: L1
category: loaded
side: police-critical
inflect: no
weight: 0.5
explain: "Murdered" and "executed" state a criminal verdict in the outlet's own voice, and "police terror" describes all police force as cruel before the facts of a case are known.
alternatives: police use of force | was shot and killed by police | died after an officer knelt on his neck
notes: "Police brutality" and "police violence" are left out: they are the movements' plain names for their cause, common in neutral copy and not marked by expert annotators (BABE). "Murder" is accurate after a murder conviction (as in the Derek Chauvin case); the voice and date matter.

id: pp.police-state
forms: police states | militarized police | militarised police | militarization of police | warrior cops | warrior cop | warrior policing | stop-and-frisk regime | mass incarceration state | prison-industrial complex | carceral state
signal: L1
category: loaded
side: police-critical
inflect: no
weight: 0.5
explain: Phrases like "police state" or "warrior cops" describe policing as an oppressive system, an argument of one side presented as description.
alternatives: heavily armed police | police using military equipment | high incarceration rates

id: pp.acab
forms: ACAB | All Cops Are Bastards | 1312 | F the police | fuck the police | no justice no peace | defund the police now | abolish the police now
signal: L1
category: loaded
side: police-critical
inflect: no
weight: 1
explain: These chants condemn every officer at once; in the outlet's own voice they show which side the writer is on.
alternatives: protesters chanted slogans against the police

id: pp.victim-smears
forms: no angel | career criminal | career criminals | lengthy rap sheet | long rap sheet | violent felon | known gang member | known gang members | had a criminal record | drugs in his system
signal: L1
category: loaded
side: pro-police
inflect: no
weight: 0.5
explain: Bringing up someone's past record after police kill them suggests the death was deserved, which is not what the facts of the arrest show.
alternatives: (the person's name) | a man with prior convictions, not relevant to the arrest
notes: A person's record is sometimes relevant news; the weight is low and the context decides. "Thug" is left to the general pack.

id: pp.victim-halo
forms: gentle giant | innocent Black man | beloved father | stolen lives | stolen life | martyr for racial justice | martyrdom of George Floyd | Saint George Floyd
signal: L1
category: loaded
side: police-critical
inflect: no
weight: 0.5
explain: Tender or saintly words for a person killed by police build sympathy before the facts of the encounter are reported.
alternatives: (the person's name) | a man killed by police
notes: "Unarmed" is left out: it is usually a key fact, not a halo.

id: pp.defund-smear
forms: anti-police Democrats | Democrat-run cities | Democrat-run city | crime-ridden Democrat cities | lawless Democrat cities | soft-on-crime prosecutors | rogue prosecutors | Soros prosecutors | Soros-backed prosecutors | Soros-funded prosecutors
signal: L1
category: loaded
side: pro-police
inflect: no
weight: 1
explain: Labels like "Soros prosecutors" or "lawless Democrat cities" tie crime to the other party or a hate figure instead of reporting crime data.
alternatives: progressive prosecutors | cities led by Democratic mayors | supporters of cutting police budgets

id: pp.proactive-policing
forms: proactive policing | proactive enforcement | quality-of-life enforcement | quality-of-life policing | broken windows policing | broken-windows policing | high-crime area | high-crime areas | aggressive policing strategies | saturation patrols | crime suppression units | crime suppression unit
signal: L4
category: euphemism
side: pro-police
inflect: no
weight: 0.5
explain: Bland names like "proactive policing" or "quality-of-life enforcement" describe frequent stops and arrests for minor offences in words that hide who bears them.
alternatives: frequent stops and searches | arrests for minor offences | stop-and-frisk

id: pp.split-second
forms: split-second decision | split-second decisions | feared for his life | feared for their lives | feared for her life | officers were forced to | forced to fire | forced to shoot | had no choice but to shoot | justified shooting | good shoot
signal: L1
category: loaded
side: pro-police
inflect: no
weight: 0.5
explain: Phrases like "forced to fire" or "split-second decision" tell the story from the officer's side and present the shooting as unavoidable before any inquiry.
alternatives: the officer fired | the officer said he feared for his life (attributed)

id: pp.reimagine-safety
forms: reimagine public safety | reimagining public safety | reimagine policing | reimagining policing | divest from policing | divest from police | reinvest in communities | invest in communities instead of police | community safety instead of police | shift funding away from police | right-size the police
signal: L4
category: euphemism
side: police-critical
inflect: no
weight: 0.5
explain: Soft phrases like "reimagine public safety" or "reinvest in communities" describe cutting police budgets without saying so.
alternatives: cut police budgets | move money from the police to other services

id: pp.racist-policing
forms: racist policing | racist police system | white supremacist policing | white supremacist police | police are racist | the police are racist | policing is racist | inherently racist policing | racist institution of policing
signal: L1
category: loaded
side: police-critical
inflect: no
weight: 1
explain: Stating that the police are racist as a fact in the outlet's own voice presents one side's conclusion about a debated question as settled.
alternatives: racial disparities in policing | Black Americans are stopped more often (with the figure)

id: pp.anti-police-rhetoric
forms: anti-police rhetoric | anti-police sentiment | anti-police movement | anti-police agenda | anti-police climate | hands up don't shoot hoax | hands up don't shoot myth | Ferguson hoax | Ferguson lie
signal: L1
category: loaded
side: pro-police
inflect: no
weight: 0.5
explain: Calling criticism of police "anti-police" or a "hoax" dismisses the critics and their evidence together.
alternatives: criticism of police | calls for police reform

id: pp.defund-movement
forms: defund the police movement | defund-the-police movement | police abolitionists | police abolition movement | advocates of defunding the police | supporters of defunding the police | police reform movement | police reform activists
signal: N1
category: descriptive
actor: police reform movement
label: descriptive
inflect: no
weight: 1
explain: Naming the movement by what it calls for is the neutral description.

id: pp.defund-crowd
forms: defund the police crowd | defund-the-police crowd | defund the police mob | defund mob | defund crowd | anti-police left | anti-police radicals | cop-hating left | police haters on the left | abolitionist extremists
signal: N1
category: delegitimising
actor: police reform movement
label: delegitimising
side: pro-police
inflect: no
weight: 1
explain: Calling reform activists a "mob" or "cop-haters" dismisses their cause by insulting them.
alternatives: supporters of defunding the police | police reform activists

id: pp.killed-by-police
forms: people killed by police | person killed by police | man killed by police | woman killed by police | killed by police | shot by police | fatal police shootings | police shootings | police killings | deaths at the hands of police | died after police restrained
signal: N1
category: descriptive
actor: people killed by police
label: descriptive
inflect: no
weight: 1
explain: Saying plainly that police shot or killed someone names what happened and who did it.

id: pp.suspect-labels
forms: deceased suspect | the armed suspect | violent suspect | combative suspect | non-compliant suspect | noncompliant suspect | uncooperative suspect | known offender
signal: N1
category: delegitimising
actor: people killed by police
label: delegitimising
side: pro-police
inflect: no
weight: 0.5
explain: Police-report words like "combative suspect" or "deceased suspect" describe the person who died in the officers' terms before any finding of what happened.
alternatives: (the person's name) | the man police shot

id: pp.police-riot
forms: police riot | police riots | police rampage | police rampages | cops ran amok | police ran amok | police went on a rampage | police attacked peaceful protesters | police brutalized protesters | brutalized by police
signal: L1
category: loaded
side: police-critical
inflect: no
weight: 1
explain: Calling police crowd control a "riot" or "rampage" turns the officers into the rioters, a verdict stated before the facts of the night are set out.
alternatives: police used batons and tear gas on protesters | officers charged the crowd

id: pp.kidnapped-by-police
forms: kidnapped by police | kidnapped by federal agents | abducted by police | abducted by federal agents | snatched by police | snatched off the street by federal agents | disappeared by federal agents | secret police grabbing protesters | unmarked vans
signal: L1
category: loaded
side: police-critical
inflect: no
weight: 1
explain: Words like "kidnapped" or "disappeared" describe arrests as crimes committed by the officers.
alternatives: arrested by federal officers in unmarked cars | detained by police

id: pp.blue-wall
forms: blue wall of silence | blue code of silence | police impunity | cops get away with murder | police get away with murder | killer cops walk free | never held accountable
signal: L1
category: loaded
side: police-critical
inflect: no
weight: 0.5
explain: Phrases like "police impunity" or "blue wall of silence" describe police as a closed group above the law, a charge that is argued rather than shown in a particular case.
alternatives: officers were not charged | few officers are prosecuted for on-duty shootings (with the figure)
notes: "Blue wall of silence" is also used by researchers and some officers; weight 0.5.
