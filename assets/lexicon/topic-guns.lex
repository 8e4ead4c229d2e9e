# Topic pack: guns.
# Written for Framelens in our own words. Every actor has neutral entries (formal or descriptive) so the
# engine can count all mentions of the actor; loaded labels are flagged on every side with the same care.
# Sides used here: gun-rights, gun-control.
# Self-labels ("gun safety advocates", "constitutional carry", "modern sporting rifle") are each camp's own
# favourable names and are flagged as self-label or euphemism, never as neutral.
# Label classes and contested choices are documented in docs/LEXICON-PACKS.md.
@pack topic-guns
@title Guns: names for gun owners, both camps, the weapons, the laws and shooters, and the loaded words of each side
@description What outlets call gun owners, gun-rights and gun-control groups, semi-automatic rifles, gun laws and mass shooters, plus topic words that take a side (gun grabbers, gun nuts, assault weapons, weapons of war, common-sense gun laws, constitutional carry, crisis actors).
@topic guns
@reviewed Balance reviewed by: topic-lexicon writer (Framelens helper), 2026-11-22; needs external review by readers from both camps.

# ---------------------------------------------------------------- actor: gun owners

id: gn.gun-owners
forms: gun owners | gun owner | firearm owners | firearms owners | firearm owner | gun buyers | gun purchasers | hunters and sport shooters | sport shooters | concealed carry permit holders | concealed-carry permit holders | concealed carry holders | licensed gun owners
signal: N1
category: descriptive
actor: gun owners
label: descriptive
inflect: no
weight: 1
explain: "Gun owners" says plainly who is meant without praise or blame.

id: gn.law-abiding
forms: law-abiding gun owners | law-abiding gun owner | law-abiding citizens | law-abiding Americans | responsible gun owners | responsible gun owner | good guys with guns | good guy with a gun | armed citizens | Second Amendment patriots | 2A patriots | freedom-loving gun owners
signal: N1
category: legitimising
actor: gun owners
label: legitimising
side: gun-rights
inflect: no
weight: 0.5
explain: Adding "law-abiding" or "responsible" to every mention of gun owners builds the gun-rights argument (that laws only burden the innocent) into the name.
alternatives: gun owners
notes: Weight 0.5: the phrase is also a plain legal contrast in some contexts.

id: gn.gun-nuts
forms: gun nuts | gun nut | gun fanatics | gun fanatic | gun lovers | gun-lovers | ammosexuals | ammosexual | gun-crazed | gun crazy | gun-obsessed | gun worshippers | gun cult | gun-toting yahoos | gun-toting rednecks | cosplay commandos | Rambo wannabes
signal: N1
category: delegitimising
actor: gun owners
label: delegitimising
side: gun-control
inflect: no
weight: 1
explain: Mocking names like "gun nuts" or "ammosexuals" ridicule gun owners instead of describing them.
alternatives: gun owners | gun enthusiasts

# ---------------------------------------------------------------- actor: gun-rights groups and advocates

id: gn.gun-rights-advocates
forms: gun-rights advocates | gun rights advocates | gun-rights groups | gun rights groups | gun-rights activists | gun rights activists | gun-rights supporters | gun rights supporters | gun-rights organizations | National Rifle Association | Gun Owners of America | National Shooting Sports Foundation | Second Amendment Foundation | Firearms Policy Coalition | opponents of gun control | opponents of stricter gun laws
signal: N1
category: descriptive
actor: gun-rights camp
label: descriptive
inflect: no
weight: 1
explain: "Gun-rights groups" or a group's own name say plainly who is meant.

id: gn.nra
forms: NRA | NRA's | NSSF | GOA | NRA-ILA
signal: N1
category: formal
actor: gun-rights camp
label: formal
case: sensitive
inflect: no
weight: 1
explain: These are the standard abbreviations of gun-rights organisations.

id: gn.second-amendment-supporters
forms: Second Amendment supporters | Second Amendment advocates | Second Amendment defenders | Second Amendment community | 2A community | Second Amendment activists | defenders of the Second Amendment | pro-gun | pro-gun groups | pro-gun activists | pro-gun lawmakers
signal: N1
category: self-label
actor: gun-rights camp
label: self-label
side: gun-rights
inflect: no
weight: 0.5
explain: Naming the camp after the Second Amendment presents its reading of the Constitution as the only one, which is the camp's own framing.
alternatives: gun-rights advocates | opponents of gun control

id: gn.gun-lobby
forms: gun lobby | gun lobbyists | NRA-backed politicians | NRA-bought | bought by the NRA | owned by the NRA | NRA puppets | NRA stooges | NRA shills | gun industry shills | NRA blood money | blood money from the NRA | merchants of death | gun merchants | gun profiteers | gun extremists | gun-rights extremists
signal: N1
category: delegitimising
actor: gun-rights camp
label: delegitimising
side: gun-control
inflect: no
weight: 1
explain: Calling gun-rights groups "the gun lobby" or their allies "NRA puppets" suggests money, not belief, drives their position.
alternatives: gun-rights groups | the NRA | lawmakers who oppose gun control
notes: "Gun lobby" is also common in neutral copy; it is kept at weight 1 because it is the gun-control side's standard label for its opponents.

# ---------------------------------------------------------------- actor: gun-control groups and advocates

id: gn.gun-control-advocates
forms: gun-control advocates | gun control advocates | gun-control groups | gun control groups | gun-control activists | gun control activists | gun-control supporters | gun control supporters | supporters of gun control | supporters of stricter gun laws | gun-control organizations | Everytown for Gun Safety | Moms Demand Action | Brady Campaign | Brady United | Giffords Law Center | March for Our Lives | Violence Policy Center | Coalition to Stop Gun Violence
signal: N1
category: descriptive
actor: gun-control camp
label: descriptive
inflect: no
weight: 1
explain: "Gun-control advocates" or a group's own name say plainly who is meant.

id: gn.gun-safety-advocates
forms: gun safety advocates | gun-safety advocates | gun safety groups | gun-safety groups | gun safety activists | gun violence prevention advocates | gun violence prevention groups | gun-violence prevention advocates | gun reform advocates | gun-reform advocates | gun sense candidates | gun sense voters
signal: N1
category: self-label
actor: gun-control camp
label: self-label
side: gun-control
inflect: no
weight: 0.5
explain: "Gun safety" is the camp's own name; it presents its proposals as safety measures that nobody could oppose.
alternatives: gun-control advocates | supporters of stricter gun laws

id: gn.gun-grabbers
forms: gun grabbers | gun-grabbers | gun grabber | gun-grabbing | gun grabbing | anti-gun | anti-gunners | anti-gunner | anti-gun zealots | anti-gun extremists | anti-gun left | anti-gun Democrats | anti-gun lobby | anti-Second Amendment | gun confiscators | disarmament lobby | gun-control zealots | gun control extremists | Bloomberg-funded | Bloomberg's gun-control groups
signal: N1
category: delegitimising
actor: gun-control camp
label: delegitimising
side: gun-rights
inflect: no
weight: 1
explain: Calling supporters of gun laws "gun grabbers" or "anti-gun" suggests they want to take everyone's guns, which most of them do not propose.
alternatives: gun-control advocates | supporters of stricter gun laws
notes: "Anti-gun" is sometimes used in neutral copy; it is still the gun-rights side's label for its opponents.

# ---------------------------------------------------------------- actor: semi-automatic rifles

id: gn.rifles
forms: semi-automatic rifles | semi-automatic rifle | semiautomatic rifles | semiautomatic rifle | semi-automatic weapons | semi-automatic weapon | AR-15 | AR-15s | AR-15-style rifles | AR-15-style rifle | AR-style rifles | AR-style rifle | AK-47 | AK-47s | AK-47-style rifle | long guns | rifles | rifle
signal: N1
category: descriptive
actor: semi-automatic rifles
label: descriptive
inflect: no
weight: 1
explain: Naming the type or model of a gun says what it is without colouring it.

id: gn.assault-weapons
forms: assault weapons | assault weapon | assault rifles | assault rifle | assault-style weapons | assault-style weapon | assault-style rifles | assault-style rifle | military-style weapons | military-style weapon | military-style rifles | military-style rifle | military-style assault weapons | military-grade weapons | weapons of war | weapon of war | weapons of mass killing | killing machines | killing machine | war weapons on our streets
signal: N1
category: delegitimising
actor: semi-automatic rifles
label: delegitimising
side: gun-control
inflect: no
weight: 0.5
explain: "Assault weapon" and "weapon of war" make civilian semi-automatic rifles sound like military machine guns, which gun-control supporters intend and gun-rights supporters reject.
alternatives: semi-automatic rifles | AR-15-style rifles
notes: Contested: "assault weapon" is a legal category in the 1994 federal ban and several state laws, so it is formal inside those law names ("assault weapons ban"); "assault rifle" properly means a fully automatic-capable rifle. Weight 0.5.

id: gn.modern-sporting-rifle
forms: modern sporting rifles | modern sporting rifle | sporting rifles | America's rifle | America's most popular rifle | the people's rifle | freedom rifle | black rifles | standard-capacity magazines | standard capacity magazines | standard-capacity magazine
signal: N1
category: euphemistic
actor: semi-automatic rifles
label: euphemistic
side: gun-rights
inflect: no
weight: 1
explain: "Modern sporting rifle" is a name the gun industry promoted to make AR-15-style rifles sound like hunting or sports equipment.
alternatives: semi-automatic rifles | AR-15-style rifles | large-capacity magazines
sources: The National Shooting Sports Foundation promoted "modern sporting rifle" from about 2009.

id: gn.ghost-guns
forms: ghost guns | ghost gun | untraceable guns | untraceable firearms | untraceable weapons | homemade guns | homemade firearms | privately made firearms | privately made firearm | unserialized firearms | unserialized guns | 3D-printed guns | 3D-printed gun | build-it-yourself guns
signal: N1
category: descriptive
actor: homemade guns
label: descriptive
inflect: no
weight: 1
explain: Plain descriptions of how a gun was made, or the official term "privately made firearm", say what it is.
notes: "Ghost guns" is the gun-control side's coinage and is listed in the next entry.

id: gn.ghost-gun-label
forms: ghost gun epidemic | ghost gun crisis | deadly ghost guns | scary ghost guns | so-called ghost guns
signal: N1
category: delegitimising
actor: homemade guns
label: delegitimising
side: gun-control
inflect: no
weight: 0.5
explain: Dramatic phrases around "ghost guns" make homemade guns sound mysterious and sinister rather than describing how many exist and what they are used for.
alternatives: homemade guns | privately made firearms

# ---------------------------------------------------------------- actor: gun laws

id: gn.laws
forms: gun control | gun-control | gun laws | gun law | gun legislation | firearms legislation | gun regulations | gun restrictions | background checks | universal background checks | red flag laws | red flag law | red-flag laws | extreme risk protection orders | extreme risk protection order | assault weapons ban | waiting periods | permitless carry | concealed carry | open carry | stand your ground | stand-your-ground | Second Amendment | gun rights | gun-rights
signal: N1
category: descriptive
actor: gun laws
label: descriptive
inflect: no
weight: 1
explain: The names of laws and of the constitutional right are the neutral vocabulary of the gun debate.

id: gn.common-sense
forms: common-sense gun laws | commonsense gun laws | common-sense gun safety | commonsense gun safety | common-sense gun reform | commonsense gun reform | common-sense gun control | commonsense gun control | sensible gun laws | sensible gun control | gun safety legislation | gun safety laws | gun safety measures | gun reform | gun violence prevention laws | life-saving gun laws
signal: N1
category: self-label
actor: gun laws
label: self-label
side: gun-control
inflect: no
weight: 0.5
explain: "Common-sense" and "gun safety" describe proposed restrictions in words that make any opponent sound unreasonable.
alternatives: gun control | gun restrictions | new gun laws

id: gn.constitutional-carry
forms: constitutional carry | constitutional-carry | freedom to carry | self-defense rights | God-given right to bear arms | shall not be infringed | from my cold dead hands | cold dead hands
signal: N1
category: self-label
actor: gun laws
label: self-label
side: gun-rights
inflect: no
weight: 0.5
explain: "Constitutional carry" is the gun-rights name for carrying a gun without a permit, presenting one reading of the Constitution as settled.
alternatives: permitless carry | carrying without a permit

id: gn.gun-grab
forms: gun grab | gun grabs | gun confiscation | gun confiscations | confiscate guns | confiscating guns | gun confiscation orders | gun registry | national gun registry | gun ban | gun bans | war on guns | war on gun owners | assault on the Second Amendment | attack on the Second Amendment | attacks on the Second Amendment | gun-control schemes | gun control scheme | disarm Americans | disarm law-abiding citizens | first step toward confiscation
signal: N1
category: delegitimising
actor: gun laws
label: delegitimising
side: gun-rights
inflect: no
weight: 1
explain: Calling background checks or red-flag laws a "gun grab" or "confiscation" describes limited measures as if they were a plan to take all guns.
alternatives: gun control | gun restrictions | red flag laws
notes: Actual confiscation or buyback proposals exist and can be described plainly; the label is loaded when used for any restriction.

id: gn.shoot-first
forms: shoot-first law | shoot first law | shoot-first laws | shoot first laws | kill at will law | license to kill law | gun show loophole | gun-show loophole | Charleston loophole | boyfriend loophole | NRA-written law | NRA-backed law | wild west laws | Wild West gun laws | guns everywhere law | guns everywhere bill
signal: N1
category: delegitimising
actor: gun laws
label: delegitimising
side: gun-control
inflect: no
weight: 0.5
explain: Names like "shoot-first law" or "loophole" describe existing laws in terms that condemn them before explaining what they do.
alternatives: stand-your-ground law | private sales without background checks | permitless carry law
notes: "Gun show loophole" is common in neutral copy; weight 0.5.

# ---------------------------------------------------------------- actor: mass shooters

id: gn.shooters
forms: gunman | gunmen | the shooter | shooter | shooters | suspected shooter | alleged shooter | active shooter | mass shooter | mass shooters
signal: N1
category: descriptive
actor: mass shooters
label: descriptive
inflect: no
weight: 1
explain: "Gunman" or "shooter" says what the person did without adding a verdict about who they are.

id: gn.monster
forms: deranged gunman | crazed gunman | crazed killer | crazed shooter | sick monster | evil monster | deranged shooter | lunatic gunman | madman with a gun | psycho killer | monster who killed
signal: N1
category: dehumanising
actor: mass shooters
label: dehumanising
side: gun-rights
inflect: no
weight: 1
explain: Calling a shooter a "monster" or "madman" treats the attack as the act of an inhuman individual and moves attention away from how the gun was obtained.
alternatives: the gunman | the shooter
notes: Used by all sides; tagged gun-rights because the "evil individual" framing is a standard reply to calls for gun laws. Bare "monster" and "madman" are left out as too generic.

id: gn.troubled-loner
forms: troubled young man | troubled teen | troubled teenager | troubled loner | mentally disturbed | sick individual | a mental health problem not a gun problem | mental health issue not a gun issue | not a gun problem
signal: L4
category: euphemism
side: gun-rights
inflect: no
weight: 0.5
explain: Describing a shooter as a "troubled loner" or the problem as mental health alone makes the shooting sound like a personal tragedy rather than a question of weapons and policy.
alternatives: the gunman | the shooter, who had (the documented history)

# ---------------------------------------------------------------- loaded words (L1)

id: gn.crisis-actors
forms: crisis actors | crisis actor | false flag | false-flag | false flag operation | staged shooting | staged shootings | Sandy Hook hoax | Sandy Hook was a hoax | hoax shooting | paid actors
signal: L1
category: loaded
side: gun-rights
inflect: no
weight: 2
explain: Calling shootings "false flags" or victims "crisis actors" is a conspiracy theory that has caused real harm to grieving families; courts have found it defamatory.
alternatives: shooting | victims | survivors
notes: The conspiracy is not the view of gun-rights groups generally; it is tagged by the side whose arguments it was used to serve. "False flag" also appears in war reporting; read the context.

id: gn.good-guy-slogans
forms: only thing that stops a bad guy with a gun | only way to stop a bad guy with a gun | guns don't kill people | guns don't kill people people do | when guns are outlawed | criminals don't follow laws | criminals don't obey laws | an armed society is a polite society | gun-free zones | gun-free zone | disarmed victim zones | more guns less crime
signal: L1
category: loaded
side: gun-rights
inflect: no
weight: 0.5
explain: Gun-rights slogans in the outlet's own voice present one side's argument as plain common sense.
alternatives: gun-rights advocates argue that (attributed) | areas where guns are banned
notes: "Gun-free zone" is also a legal term for schools; weight 0.5.

id: gn.gun-violence-epidemic
forms: gun violence epidemic | epidemic of gun violence | gun violence crisis | public health crisis of gun violence | gun carnage | carnage on our streets | slaughter of our children | blood on the floor of Congress | nothing but thoughts and prayers | more than thoughts and prayers | thoughts and prayers are not enough | only thoughts and prayers | weapons designed to kill | designed for killing | the sole purpose of killing
signal: L1
category: loaded
side: gun-control
inflect: no
weight: 0.5
explain: Phrases like "gun violence epidemic" or scorn for mere "thoughts and prayers" frame the story as a crisis demanding action, one side's call presented as description.
alternatives: gun deaths rose to (the figure) | lawmakers offered condolences
notes: Weight 0.5: public-health researchers use "epidemic" for gun deaths.

id: gn.gun-culture
forms: gun culture | America's gun culture | sick gun culture | toxic gun culture | gun-worshipping culture | gun worship | obsession with guns | America's obsession with guns | gun-saturated | awash in guns | gun madness | gun insanity
signal: L1
category: loaded
side: gun-control
inflect: no
weight: 0.5
explain: Words like "gun worship" or "gun madness" describe millions of gun owners as a sickness, a judgement rather than a description.
alternatives: gun ownership | the number of guns in the United States (with the figure)
notes: "Gun culture" alone is used by historians and gun owners themselves; the low weight reflects that.

id: gn.tyranny
forms: tyrannical government | government tyranny | defend against tyranny | jackbooted government thugs | jackbooted ATF | ATF jackboots | gun-control tyranny | disarm the population | disarm the people | slippery slope to confiscation | come and take it
signal: L1
category: loaded
side: gun-rights
inflect: no
weight: 1
explain: Describing gun laws or agents as "tyranny" or "jackboots" casts a policy dispute as a fight against oppression.
alternatives: gun laws | federal agents | ATF agents

id: gn.mandatory-buyback
forms: mandatory buyback | mandatory buybacks | mandatory gun buyback | mandatory buyback program | compulsory buyback | required buyback
signal: L4
category: euphemism
side: gun-control
inflect: no
weight: 0.5
explain: A "mandatory buyback" is a law requiring owners to hand in guns for payment; "buyback" makes it sound like a voluntary sale.
alternatives: required surrender of guns, with compensation | compulsory purchase of guns

id: gn.2a-sanctuary
forms: Second Amendment sanctuary | Second Amendment sanctuaries | 2A sanctuary | 2A sanctuaries | Second Amendment sanctuary counties | gun sanctuary counties | Second Amendment Preservation Act
signal: N1
category: self-label
actor: gun laws
label: self-label
side: gun-rights
inflect: no
weight: 0.5
explain: "Second Amendment sanctuary" is the name counties gave themselves when refusing to enforce certain gun laws, borrowing the favourable language of "sanctuary".
alternatives: counties that say they will not enforce state gun laws

id: gn.shootings
forms: mass shooting | mass shootings | school shooting | school shootings | shooting rampage | shooting spree | gun deaths | gun violence | firearm deaths | firearm homicides | gun homicides | gun suicides
signal: N1
category: descriptive
actor: shootings
label: descriptive
inflect: no
weight: 1
explain: Plain words for shootings and gun deaths say what happened without adding a frame.
notes: Gun-rights groups object that "gun violence" counts suicides; it is still the standard term.

id: gn.shootings-loaded
forms: gun massacre | school massacre | school massacres | massacre of schoolchildren | slaughter of schoolchildren | slaughter of innocents with an AR-15 | preventable massacre | preventable massacres | the carnage at
signal: N1
category: emotive
actor: shootings
label: emotive
side: gun-control
inflect: no
weight: 0.5
explain: Words like "massacre" and "slaughter" carry strong emotion; they can be accurate for mass killings, but an outlet that uses them only in some cases shows a pattern.
alternatives: mass shooting | school shooting

id: gn.politicizing
forms: politicizing a tragedy | politicizing the tragedy | politicizing the shooting | politicising a tragedy | exploiting a tragedy | exploiting the tragedy | exploiting the victims | dancing on the graves | blood dancing | now is not the time | not the time to talk about guns | gun-control vultures
signal: L1
category: loaded
side: gun-rights
inflect: no
weight: 0.5
explain: Accusing those who call for gun laws after a shooting of "exploiting a tragedy" dismisses the argument by attacking its timing and motives.
alternatives: calls for gun laws after the shooting | opponents said the debate should wait

id: gn.nra-blood
forms: blood on the NRA's hands | NRA has blood on its hands | bought and paid for by the gun lobby | owned by the gun lobby | in the pocket of the NRA | in the NRA's pocket | gun lobby's stranglehold | NRA's grip on Congress | NRA-owned | complicit in mass murder
signal: L1
category: loaded
side: gun-control
inflect: no
weight: 1
explain: Saying opponents have "blood on their hands" or are "owned" by the gun lobby accuses them of murder or corruption instead of describing their votes.
alternatives: received donations from the NRA (with the figure) | opposed the bill

id: gn.hardening
forms: hardening schools | harden schools | school hardening | hardened schools | target hardening | school guardians | guardian program | sheepdogs
signal: L4
category: euphemism
side: gun-rights
inflect: no
weight: 0.5
explain: Words like "hardening" or "guardians" describe putting armed staff and barriers in schools in a protective vocabulary that leaves out the risks.
alternatives: armed staff in schools | more security measures at schools
notes: "Armed teachers" is left out: it is plain description.
