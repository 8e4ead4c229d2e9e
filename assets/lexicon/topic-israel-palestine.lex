# Topic pack: Israel and Palestine.
# Written for Framelens in our own words. Every actor has neutral entries (formal or descriptive) so the
# engine can count all mentions of the actor; loaded labels are flagged on every side with the same care.
# Label classes and the reasons for contested choices are documented in docs/LEXICON-PACKS.md.
# Sides used here: pro-Israel, pro-Palestinian. Neutral entries carry no side.
@pack topic-israel-palestine
@title Israel and Palestine: names for the actors and the loaded words of each side
@description What outlets call Israel's government and army, Hamas and other armed groups, Palestinians, settlers, the territories and the war, plus topic words that take a side (genocide, apartheid, terror tunnels, resistance operations).
@topic israel-palestine
@reviewed Balance reviewed by: topic-lexicon writer (Framelens helper), 2026-11-22; needs external review by readers close to both sides.

# ---------------------------------------------------------------- actor: Israeli government (the state)

id: ip.israel
forms: Israel | Israel's | State of Israel | State of Israel's
signal: N1
category: formal
actor: Israeli government
label: formal
weight: 1
explain: The country's own official name, used by almost every news outlet, is the neutral way to refer to the state.
notes: Counts as a mention of the state and its government so that loaded labels are measured against every mention.

id: ip.israeli-government
forms: Israeli government | Israel's government | government of Israel | Israeli cabinet | Israeli leadership | Israeli authorities | Israeli administration
signal: N1
category: formal
actor: Israeli government
label: formal
weight: 1
explain: Naming the government plainly says who decided something without praising or condemning it.

id: ip.netanyahu-government
forms: Netanyahu government | Netanyahu's government | Netanyahu administration | Netanyahu's cabinet | Netanyahu cabinet
signal: N1
category: descriptive
actor: Israeli government
label: descriptive
weight: 1
explain: Naming a government after its prime minister is a common, neutral way to say which government is meant.

id: ip.jewish-state
forms: Jewish state | Jewish state's
signal: N1
category: descriptive
actor: Israeli government
label: descriptive
weight: 1
explain: Israel describes itself as a Jewish state and many outlets use the phrase as a plain description.
notes: Some readers hear it as leaving out Israel's non-Jewish citizens; we class it descriptive because it is Israel's own legal self-description.

id: ip.israeli-regime
forms: Israeli regime | Zionist regime | Netanyahu regime | Tel Aviv regime | occupation regime | occupying regime | Israeli occupation regime
signal: N1
category: delegitimising
actor: Israeli government
label: delegitimising
side: pro-Palestinian
weight: 1
explain: Calling an elected government a "regime" suggests it is illegitimate or a dictatorship, a word news usually keeps for governments that were not chosen by voters.
alternatives: Israeli government | Israel | Netanyahu government

id: ip.zionist-entity
forms: Zionist entity | Zionist state | Zionist enemy | Zionist occupation state | occupation state | so-called Israel
signal: N1
category: delegitimising
actor: Israeli government
label: delegitimising
side: pro-Palestinian
weight: 2
explain: Refusing to use the country's name and calling it an "entity" or "so-called" denies that Israel exists as a state at all.
alternatives: Israel | Israeli government

id: ip.apartheid-state
forms: apartheid state | apartheid regime | apartheid Israel | settler-colonial state | colonial entity | settler colony
signal: N1
category: delegitimising
actor: Israeli government
label: delegitimising
side: pro-Palestinian
weight: 1
explain: Human-rights groups argue that Israel practises apartheid and Israel strongly rejects it, so using it as the country's name treats one side's accusation as settled fact.
alternatives: Israel | Israeli government | Israel, which rights groups accuse of apartheid
sources: Amnesty International report (2022) and Human Rights Watch report (2021) make the apartheid argument; Israel's government rejects it.

id: ip.occupied-palestine
forms: occupied Palestine | occupied interior | 1948 occupied territories | occupied territories of 1948 | Palestine 48
signal: N1
category: delegitimising
actor: Israeli government
label: delegitimising
side: pro-Palestinian
weight: 2
explain: Calling Israel itself (not only the West Bank) "occupied Palestine" says the whole country has no right to exist.
alternatives: Israel

id: ip.only-democracy
forms: only democracy in the Middle East | Middle East's only democracy | only democracy in the region | the region's only democracy | outpost of democracy
signal: N1
category: legitimising
actor: Israeli government
label: legitimising
side: pro-Israel
weight: 1
explain: This praise-phrase presents Israel as morally special and is a talking point of its supporters, not a neutral description.
alternatives: Israel | Israeli government

# ---------------------------------------------------------------- actor: Israeli military

id: ip.idf-formal
forms: Israel Defense Forces | Israel Defence Forces | Israeli Defense Forces | Israeli Defence Forces | Israel Defense Force | Tzahal
signal: N1
category: formal
actor: Israeli military
label: formal
weight: 1
explain: The army's official name is the neutral way to name it.

id: ip.idf-acronym
forms: IDF | IDF's
signal: N1
category: formal
actor: Israeli military
label: formal
case: sensitive
inflect: no
weight: 1
explain: IDF is the standard abbreviation of the Israel Defense Forces, the army's official name.

id: ip.israeli-military
forms: Israeli military | Israeli army | Israeli forces | Israeli troops | Israeli soldiers | Israeli air force | Israeli navy | Israeli military's | Israeli army's | Israeli security forces | Israeli warplanes | Israeli jets | Israeli tanks
signal: N1
category: descriptive
actor: Israeli military
label: descriptive
weight: 1
explain: These plain words say which army acted without praising or condemning it.

id: ip.occupation-forces
forms: Israeli occupation forces | Israeli occupation army | Israeli occupation soldiers | Zionist occupation forces | occupation army | Zionist forces | Zionist army | Zionist soldiers
signal: N1
category: delegitimising
actor: Israeli military
label: delegitimising
side: pro-Palestinian
weight: 1
explain: Renaming the army after "occupation" or "Zionism" turns its name into an accusation and signals which side the writer is on.
alternatives: Israeli military | Israeli forces | Israel Defense Forces

id: ip.iof
forms: IOF
signal: N1
category: delegitimising
actor: Israeli military
label: delegitimising
side: pro-Palestinian
case: sensitive
inflect: no
weight: 1
explain: "IOF" (Israeli Occupation Forces) is an activist rewrite of the army's abbreviation meant to condemn it.
alternatives: IDF | Israeli military

id: ip.zionazi
forms: Zionazi | Zio-Nazi | Zionazis | Zio-Nazis | Nazi army | Israeli Nazis
signal: N1
category: dehumanising
actor: Israeli military
label: dehumanising
side: pro-Palestinian
inflect: no
weight: 2
explain: Comparing Israelis to Nazis is a deliberate insult that many Jews find deeply offensive and it replaces description with hate.
alternatives: Israeli military | Israeli forces

id: ip.most-moral-army
forms: most moral army | most moral army in the world | world's most moral army | IDF heroes | heroic IDF soldiers | our heroic soldiers
signal: N1
category: glorifying
actor: Israeli military
label: glorifying
side: pro-Israel
weight: 1
explain: Praising the army as the "most moral" or "heroic" repeats its supporters' slogans instead of describing what it did.
alternatives: Israeli military | Israeli forces

# ---------------------------------------------------------------- actor: Hamas

id: ip.hamas
forms: Hamas | Hamas's | Islamic Resistance Movement
signal: N1
category: formal
actor: Hamas
label: formal
weight: 1
explain: The group's own name is the neutral way to refer to it.
notes: Hamas's full name contains "Resistance"; as a proper name it is formal, unlike "resistance fighters" used as a description.

id: ip.hamas-descriptive
forms: Hamas militants | Hamas militant | Hamas fighters | Hamas gunmen | Hamas members | Hamas operatives | Hamas leaders | Hamas leadership | Hamas officials | Hamas militant group | militant group Hamas | Islamist group Hamas | Palestinian militant group Hamas | Islamist militant group Hamas | Hamas's armed wing | Hamas authorities | Hamas government
signal: N1
category: descriptive
actor: Hamas
label: descriptive
weight: 1
explain: Words like "militants" or "fighters" describe armed members of the group without a verdict, which is why wire services use them.

id: ip.hamas-terrorists
forms: Hamas terrorists | Hamas terrorist | terrorist group Hamas | terror group Hamas | Hamas terror group | Hamas terrorist group | Hamas terror organization | Hamas terrorist organization | Hamas terror organisation | Hamas terrorist organisation | terrorist organization Hamas | terrorist organisation Hamas | Hamas terror | Hamas jihadists | Hamas-ISIS
signal: N1
category: delegitimising
actor: Hamas
label: delegitimising
side: pro-Israel
weight: 1
explain: The US, EU and UK list Hamas as a terrorist organisation, but choosing "terrorists" as the everyday name for the group is a judgement many outlets leave to attributed sources, so using it in the outlet's own voice shows a side.
alternatives: Hamas | Hamas militants | Hamas, which the US and EU designate a terrorist organisation
notes: Consistent rule: the group's name is formal, "militants/fighters" descriptive, "terrorist(s)" delegitimising and "resistance" legitimising, whatever the legal designations; the tool shows which label an outlet chooses, not whether it is true.

id: ip.hamas-savages
forms: Hamas animals | Hamas savages | Hamas monsters | Hamas barbarians | Hamas beasts | Hamas-Nazis | Hamas Nazis
signal: N1
category: dehumanising
actor: Hamas
label: dehumanising
side: pro-Israel
weight: 2
explain: Calling people animals, monsters or Nazis strips them of their humanity and makes any violence against them seem acceptable.
alternatives: Hamas | Hamas militants

id: ip.hamas-resistance
forms: resistance movement Hamas | Hamas resistance movement | Hamas resistance | Hamas resistance fighters | Hamas mujahideen
signal: N1
category: legitimising
actor: Hamas
label: legitimising
side: pro-Palestinian
weight: 1
explain: Presenting Hamas as "the resistance" frames its attacks, including those on civilians, as a justified fight against occupation.
alternatives: Hamas | Hamas militants

# ---------------------------------------------------------------- actor: Palestinian armed groups

id: ip.armed-groups-formal
forms: Palestinian Islamic Jihad | Islamic Jihad | Qassam Brigades | al-Qassam Brigades | Izz ad-Din al-Qassam Brigades | al-Quds Brigades | Al-Aqsa Martyrs Brigades | Popular Resistance Committees
signal: N1
category: formal
actor: Palestinian armed groups
label: formal
weight: 1
explain: A group's own name is the neutral way to refer to it.

id: ip.armed-groups-descriptive
forms: Palestinian militants | Palestinian militant groups | Palestinian militant group | Palestinian armed groups | Palestinian armed group | Palestinian fighters | Palestinian gunmen | Palestinian factions | Palestinian armed factions | Gaza militants | militants in Gaza | militant groups in Gaza | armed groups in Gaza | Islamic Jihad militants
signal: N1
category: descriptive
actor: Palestinian armed groups
label: descriptive
weight: 1
explain: "Militants", "fighters" or "armed groups" say that people carry weapons without calling them heroes or villains.

id: ip.palestinian-terrorists
forms: Palestinian terrorists | Palestinian terrorist | Palestinian terror groups | Palestinian terrorist groups | Palestinian terror organizations | Palestinian terrorist organizations | Palestinian terrorist organisations | Gaza terrorists | terrorists in Gaza | terror groups in Gaza | Islamic Jihad terrorists | Gaza-based terror groups | terror organizations in Gaza
signal: N1
category: delegitimising
actor: Palestinian armed groups
label: delegitimising
side: pro-Israel
weight: 1
explain: Using "terrorists" as the standard name for armed groups decides in the outlet's own voice a question many outlets leave to attributed sources.
alternatives: Palestinian militants | Palestinian armed groups

id: ip.resistance-fighters
forms: resistance groups | resistance fighters | resistance factions | resistance forces | resistance movements | Palestinian resistance | Palestinian resistance fighters | Palestinian resistance factions | Palestinian resistance groups | armed resistance groups | resistance axis | Axis of Resistance
signal: N1
category: legitimising
actor: Palestinian armed groups
label: legitimising
side: pro-Palestinian
weight: 1
explain: Calling armed groups "the resistance" presents their attacks as a rightful struggle and is the groups' own favourable label.
alternatives: armed groups | militant groups | Palestinian militants
notes: "Axis of Resistance" is the self-name of the Iran-aligned alliance; it is counted here because it is used for the same groups in this topic.

id: ip.freedom-fighters
forms: Palestinian freedom fighters | heroes of the resistance | heroic resistance | valiant resistance | mujahideen | mujahedeen | mujahidin | heroic fighters
signal: N1
category: glorifying
actor: Palestinian armed groups
label: glorifying
side: pro-Palestinian
weight: 2
explain: Words like "heroes" or "freedom fighters" turn armed men into admired figures instead of describing what they did.
alternatives: Palestinian militants | armed groups

# ---------------------------------------------------------------- actor: Palestinians (civilians, the people)

id: ip.palestinians
forms: Palestinians | Palestinian civilians | Palestinian people | Gazans | Gaza residents | residents of Gaza | Gaza's residents | Gaza civilians | civilians in Gaza | people of Gaza | people in Gaza | displaced Palestinians | Palestinian refugees | West Bank Palestinians | Palestinians in Gaza
signal: N1
category: descriptive
actor: Palestinians
label: descriptive
inflect: no
weight: 1
explain: Naming people by where they live or who they are is the plain, neutral way to talk about them.

id: ip.gaza-arabs
forms: so-called Palestinians | Gaza Arabs | Arabs of Gaza | Arabs of Judea and Samaria | invented people | an invented people | local Arabs
signal: N1
category: delegitimising
actor: Palestinians
label: delegitimising
side: pro-Israel
inflect: no
weight: 2
explain: Refusing to call Palestinians by their name suggests they are not a real people with a claim to the land.
alternatives: Palestinians | residents of Gaza

id: ip.hamas-supporters-civilians
forms: Hamas sympathizers in Gaza | Hamas supporters in Gaza | no innocents in Gaza | no uninvolved civilians | there are no innocents
signal: N1
category: delegitimising
actor: Palestinians
label: delegitimising
side: pro-Israel
inflect: no
weight: 2
explain: Describing a whole population as the enemy's supporters erases the difference between civilians and fighters that the laws of war protect.
alternatives: Palestinians | civilians in Gaza

# ---------------------------------------------------------------- actor: Israelis (civilians, the people)

id: ip.israelis
forms: Israelis | Israeli civilians | Israeli people | Israeli citizens | Israeli residents | residents of southern Israel | Israeli Jews | Israeli Arabs | Arab citizens of Israel | Palestinian citizens of Israel
signal: N1
category: descriptive
actor: Israelis
label: descriptive
inflect: no
weight: 1
explain: Naming people by their nationality or where they live is the plain, neutral way to talk about them.
notes: "Israeli Arabs" and "Palestinian citizens of Israel" are both used for the same people; each group of speakers prefers one, and we class both descriptive.

id: ip.zionist-settlers-all
forms: Zionist settlers | Zionist colonists | Israeli colonists | Zionist invaders | Zionist occupiers | colonial settlers | settler colonists
signal: N1
category: delegitimising
actor: Israelis
label: delegitimising
side: pro-Palestinian
inflect: no
weight: 2
explain: Calling all Israelis "colonists" or "occupiers" suggests none of them belong in the country and can make attacks on civilians seem justified.
alternatives: Israelis | Israeli settlers (for people living in West Bank settlements)

# ---------------------------------------------------------------- actor: Israeli settlers

id: ip.settlers
forms: Israeli settlers | Jewish settlers | West Bank settlers | settlers in the West Bank | settler leaders | settler groups | settler movement | Israeli settler | Jewish settler | settler group
signal: N1
category: descriptive
actor: Israeli settlers
label: descriptive
weight: 1
explain: "Settlers" is the standard word for Israelis living in the West Bank and is used by most outlets and by many settlers themselves.

id: ip.settler-terrorists
forms: settler terrorists | terrorist settlers | settler militias | settler militia | settler gangs | settler mobs | Jewish terrorists | Jewish extremists | extremist settlers
signal: N1
category: delegitimising
actor: Israeli settlers
label: delegitimising
side: pro-Palestinian
weight: 1
explain: These labels turn the whole group into criminals; where individual settlers carried out an attack, describing what they did is clearer than the label.
alternatives: Israeli settlers | settlers who attacked the village
notes: Israeli officials also use "Jewish terrorism" for specific settler attacks; the entry counts the label, the reader judges the case.

id: ip.judea-samaria-residents
forms: residents of Judea and Samaria | Judea and Samaria residents | Jewish residents of Judea and Samaria | Jewish communities in Judea and Samaria | Israeli residents of the West Bank | pioneers of Judea and Samaria | hilltop youth
signal: N1
category: euphemistic
actor: Israeli settlers
label: euphemistic
side: pro-Israel
weight: 1
explain: Calling settlers simply "residents" or "communities" hides that they live on land most of the world considers occupied.
alternatives: Israeli settlers | settlers
notes: "Hilltop youth" is the self-name of a militant settler youth movement; it softens what the group does.

# ---------------------------------------------------------------- actor: the territories

id: ip.territories
forms: West Bank | occupied West Bank | Gaza Strip | Gaza | East Jerusalem | occupied East Jerusalem | Palestinian territories | Palestinian territory | occupied Palestinian territories | occupied Palestinian territory | occupied territories | Israeli-occupied West Bank | Israeli-occupied East Jerusalem
signal: N1
category: descriptive
actor: Palestinian territories
label: descriptive
inflect: no
weight: 1
explain: These are the names used by the United Nations and most news agencies for the areas Israel captured in 1967.
notes: "Occupied" is the word of the UN, the ICJ (advisory opinion, July 2024) and most governments; Israel's government disputes it. We class it descriptive because it matches international law as courts state it, and flag the Israeli right's alternative ("Judea and Samaria", "disputed territories") as the loaded one. Readers close to Israel's government would disagree: see docs/LEXICON-PACKS.md.

id: ip.state-of-palestine
forms: State of Palestine | Palestine
signal: N1
category: formal
actor: Palestinian territories
label: formal
inflect: no
weight: 1
explain: "State of Palestine" is the name used at the United Nations and by the many countries that recognise it.
notes: Israel and the US do not recognise the state; using the name is still standard at the UN. Longer forms such as "occupied Palestine" are separate entries.

id: ip.judea-samaria
forms: Judea and Samaria | Judaea and Samaria | Yesha | liberated territories | liberated Judea | biblical heartland | Jewish heartland
signal: N1
category: legitimising
actor: Palestinian territories
label: legitimising
side: pro-Israel
inflect: no
weight: 1
explain: Using the Biblical names or calling the land "liberated" presents Israel's control of the West Bank as a historic right rather than a dispute.
alternatives: West Bank | occupied West Bank

id: ip.disputed-territories
forms: disputed territories | disputed West Bank | administered territories
signal: N1
category: euphemistic
actor: Palestinian territories
label: euphemistic
side: pro-Israel
inflect: no
weight: 1
explain: "Disputed" makes the area sound like an even quarrel between equals, avoiding the word "occupied" that the UN and most courts use.
alternatives: occupied West Bank | West Bank

id: ip.hamastan
forms: Hamastan | terror state in Gaza | terror enclave | terrorist enclave
signal: N1
category: delegitimising
actor: Palestinian territories
label: delegitimising
side: pro-Israel
inflect: no
weight: 1
explain: Naming Gaza after Hamas or calling it a "terror enclave" treats the two million people who live there as one with the armed group.
alternatives: Gaza | Gaza Strip

id: ip.open-air-prison
forms: open-air prison | world's largest open-air prison | largest open-air prison | open air prison | concentration camp in Gaza | Gaza ghetto | Gaza concentration camp
signal: N1
category: delegitimising
actor: Palestinian territories
label: delegitimising
side: pro-Palestinian
inflect: no
weight: 1
explain: This striking image condemns Israel's blockade in the outlet's own voice instead of describing the restrictions themselves.
alternatives: Gaza, under an Israeli and Egyptian blockade since 2007

# ---------------------------------------------------------------- actor: the Gaza war (2023-)

id: ip.war-descriptive
forms: Israel-Hamas war | Israel-Gaza war | war in Gaza | Gaza war | war between Israel and Hamas | Gaza conflict | conflict in Gaza | Israeli offensive | Israeli military offensive | Israeli military campaign | Israeli ground offensive | Israeli ground operation | Israeli military operation | Israeli military operations | Israel's war in Gaza
signal: N1
category: descriptive
actor: Gaza war
label: descriptive
inflect: no
weight: 1
explain: Plain names for the war say where it happens and who fights without judging it.
notes: Critics on each side object to one name: "Israel-Hamas war" leaves out Gaza's civilians, "Israel-Gaza war" leaves out Hamas; both are standard and classed descriptive.

id: ip.swords-of-iron
forms: Operation Swords of Iron | Swords of Iron | Iron Swords | Operation Iron Swords | War of Revival
signal: N1
category: self-label
actor: Gaza war
label: self-label
side: pro-Israel
inflect: no
weight: 0.5
explain: This is the Israeli army's own name for its operation, chosen to sound strong and justified, so using it adopts one side's framing.
alternatives: Israel-Hamas war | war in Gaza

id: ip.war-on-hamas
forms: war against Hamas | war on Hamas | Israel's war against Hamas | war against terror in Gaza | counterterrorism operation in Gaza | counterterrorism operations in Gaza | war of self-defense | war of self-defence | war of survival | existential war | war of no choice | second War of Independence
signal: N1
category: legitimising
actor: Gaza war
label: legitimising
side: pro-Israel
inflect: no
weight: 0.5
explain: Describing the war only as a fight against Hamas or for survival presents it as plainly justified and leaves out its toll on civilians.
alternatives: war in Gaza | Israel-Hamas war

id: ip.war-on-gaza
forms: war on Gaza | Israeli war on Gaza | Israel's war on Gaza | assault on Gaza | onslaught on Gaza | Israeli onslaught | Israeli aggression | Zionist aggression | aggression on Gaza | war of extermination | war of annihilation | genocidal war | Gaza genocide | Gaza holocaust | genocide in Gaza
signal: N1
category: delegitimising
actor: Gaza war
label: delegitimising
side: pro-Palestinian
inflect: no
weight: 1
explain: These names describe the war as an attack on a whole people or a crime, a verdict stated as if it were the war's name.
alternatives: war in Gaza | Israel-Hamas war | Israeli military campaign in Gaza

# ---------------------------------------------------------------- actor: the October 7 attack

id: ip.oct7-descriptive
forms: October 7 attack | October 7 attacks | Oct. 7 attack | Oct. 7 attacks | Oct 7 attack | October 7th attack | Hamas-led attack | Hamas-led attacks | Hamas attack on Israel | Hamas-led assault | Hamas attack of October 7 | Hamas's October 7 attack
signal: N1
category: descriptive
actor: October 7 attack
label: descriptive
inflect: no
weight: 1
explain: Naming the attack by its date and its attackers is the plain, neutral way to refer to it.

id: ip.oct7-massacre
forms: October 7 massacre | October 7th massacre | Oct. 7 massacre | October 7 pogrom | Oct. 7 pogrom | Simchat Torah massacre | Hamas massacre | Hamas pogrom
signal: N1
category: delegitimising
actor: October 7 attack
label: delegitimising
side: pro-Israel
inflect: no
weight: 1
explain: "Massacre" and "pogrom" describe mass killing of civilians, which happened on October 7; the choice shows when an outlet uses these words for one side's killings but not the other's.
alternatives: October 7 attack | Hamas-led attack on Israel
notes: Not a claim that the word is false; the balance lies in using the same words for comparable killings of civilians by any side.

id: ip.al-aqsa-flood
forms: Al-Aqsa Flood | Operation Al-Aqsa Flood | Al-Aqsa Storm | Al-Aqsa Deluge | Operation Al-Aqsa Deluge | Battle of Al-Aqsa Flood | glorious October 7 | heroic operation of October 7 | October 7 operation
signal: N1
category: glorifying
actor: October 7 attack
label: glorifying
side: pro-Palestinian
inflect: no
weight: 2
explain: Hamas's own heroic name for the attack, or calling it an "operation", turns the killing and kidnapping of civilians into a military triumph.
alternatives: October 7 attack | Hamas-led attack on Israel

# ---------------------------------------------------------------- actor: hostages

id: ip.hostages
forms: Israeli hostages | hostages held in Gaza | hostages in Gaza | hostages held by Hamas | hostages held captive by Hamas | hostages taken on October 7
signal: N1
category: descriptive
actor: hostages in Gaza
label: descriptive
inflect: no
weight: 1
explain: "Hostages" is the accurate word for civilians and soldiers seized and held to pressure the other side.

id: ip.captives
forms: Zionist captives | Israeli captives | Zionist prisoners | enemy prisoners | prisoners of the resistance | Israeli prisoners of war
signal: N1
category: euphemistic
actor: hostages in Gaza
label: euphemistic
side: pro-Palestinian
inflect: no
weight: 1
explain: Calling kidnapped civilians "prisoners" or "captives of the resistance" makes taking them sound like a normal part of war.
alternatives: hostages | Israeli hostages

# ---------------------------------------------------------------- actor: protesters in the Israel-Palestine debate

id: ip.propal-protesters
forms: pro-Palestinian protesters | pro-Palestinian demonstrators | pro-Palestinian activists | pro-Palestinian students | pro-Palestinian protest | pro-Palestinian protests | pro-Palestinian encampment | pro-Palestinian rally | Gaza protesters | Gaza protest | Gaza solidarity encampment | pro-Palestine protesters | pro-Palestine protest
signal: N1
category: descriptive
actor: pro-Palestinian protesters
label: descriptive
inflect: no
weight: 1
explain: Saying what the protesters support is the plain, neutral description.

id: ip.pro-hamas-mob
forms: pro-Hamas protesters | pro-Hamas mob | pro-Hamas mobs | pro-Hamas activists | pro-Hamas students | pro-Hamas rally | pro-terror protesters | pro-terror mob | Hamas supporters | Hamas sympathizers | Hamas sympathisers | jihad supporters
signal: N1
category: delegitimising
actor: pro-Palestinian protesters
label: delegitimising
side: pro-Israel
inflect: no
weight: 1
explain: Calling people who protest the war "pro-Hamas" or a "mob" paints all of them as supporters of an armed group without evidence about each person.
alternatives: pro-Palestinian protesters | demonstrators

id: ip.anti-genocide-protesters
forms: anti-genocide protesters | anti-genocide activists | anti-genocide movement | anti-genocide encampment | Palestine solidarity movement | anti-Zionist Jews for peace
signal: N1
category: legitimising
actor: pro-Palestinian protesters
label: legitimising
side: pro-Palestinian
inflect: no
weight: 1
explain: Naming the protesters by the word "genocide" builds one side's disputed accusation into their name.
alternatives: pro-Palestinian protesters

id: ip.proisrael-protesters
forms: pro-Israel protesters | pro-Israel demonstrators | pro-Israel activists | pro-Israel rally | pro-Israel groups | pro-Israeli protesters | pro-Israel counter-protesters
signal: N1
category: descriptive
actor: pro-Israel protesters
label: descriptive
inflect: no
weight: 1
explain: Saying what the demonstrators support is the plain, neutral description.

id: ip.zionist-mob
forms: Zionist mob | Zionist mobs | Zionist thugs | Zionist gangs | Zionist militias | genocide supporters | genocide apologists
signal: N1
category: delegitimising
actor: pro-Israel protesters
label: delegitimising
side: pro-Palestinian
inflect: no
weight: 1
explain: Calling people who support Israel "thugs" or "genocide supporters" condemns them as a group instead of describing what they did.
alternatives: pro-Israel protesters | counter-protesters

# ---------------------------------------------------------------- loaded words (L1)

id: ip.genocide
forms: genocide | genocides | genocidal
signal: L1
category: loaded
side: pro-Palestinian
inflect: no
weight: 1
explain: Genocide is the legal name for trying to destroy a whole people; whether Israel's war in Gaza is one is being argued before the International Court of Justice, so stating it as fact in the outlet's own voice takes a side.
alternatives: war | military campaign | what South Africa's case at the ICJ calls genocide
notes: Fires in any topic; the voice of the hit matters: attributed uses ("rights groups accuse Israel of genocide") are reporting.
sources: ICJ case South Africa v. Israel (filed December 2023).

id: ip.ethnic-cleansing-gaza
forms: ethnic cleansing of Gaza | ethnic cleansing of Palestinians | ethnic cleansing in Gaza | ethnically cleanse Gaza | ethnically cleansing Gaza | second Nakba | new Nakba | another Nakba
signal: L1
category: loaded
side: pro-Palestinian
inflect: no
weight: 1
explain: These phrases call the displacement of Palestinians a deliberate crime or a repeat of 1948, a verdict that is argued, not simply reported.
alternatives: forced displacement | displacement of Palestinians | evacuation orders

id: ip.apartheid
forms: Israeli apartheid | Israel's apartheid | apartheid in Palestine | apartheid against Palestinians | apartheid in the West Bank | Israeli apartheid policies
signal: L1
category: loaded
side: pro-Palestinian
inflect: no
weight: 1
explain: Rights groups accuse Israel of apartheid and Israel denies it, so using the word as plain description adopts the accusation.
alternatives: Israeli rule over Palestinians | what rights groups call apartheid

id: ip.apartheid-wall
forms: apartheid wall | annexation wall | racist wall | Israeli apartheid wall
signal: L1
category: loaded
side: pro-Palestinian
inflect: no
weight: 1
explain: Naming the barrier after apartheid or annexation condemns it in the outlet's own voice.
alternatives: separation barrier | West Bank barrier

id: ip.security-fence
forms: Israeli security fence | Israel's security fence | West Bank security fence | security fence in the West Bank | anti-terror fence | anti-terrorism fence | anti-terror barrier | Israeli security barrier
signal: L1
category: loaded
side: pro-Israel
inflect: no
weight: 0.5
explain: Calling the West Bank barrier a "security fence" gives only Israel's reason for it and calls a wall up to eight metres high a fence in many places.
alternatives: separation barrier | West Bank barrier

id: ip.occupation
forms: Israeli occupation | Zionist occupation | occupation of Palestine | illegal occupation | brutal occupation | decades of occupation | years of occupation | end the occupation
signal: L1
category: contested
side: pro-Palestinian
inflect: no
weight: 0.5
explain: "Occupation" is the UN's and the World Court's word for Israel's rule over the West Bank, but adding "brutal" or using it for all of Israel turns a legal term into a slogan.
alternatives: Israeli military rule over the West Bank | Israel's control of the territories
notes: Two readings: (1) the legal description of Israel's control of territory captured in 1967 (standard in wire copy: "occupied West Bank" is classed descriptive); (2) activist use for the whole of Israel since 1948. Weight 0.5 because reading (1) is common in careful reporting.

id: ip.settler-colonialism
forms: settler colonialism | settler-colonial | settler-colonialism | Zionist colonialism | Zionist project | colonial project | Zionist colonization | Zionist colonisation | colonial occupation
signal: L1
category: loaded
side: pro-Palestinian
inflect: no
weight: 1
explain: Framing Israel as a colonial project is an academic and activist argument that denies the Jewish people's tie to the land; stated as fact it takes a side.
alternatives: Israel | Israeli settlement policy

id: ip.zionist-lobby
forms: Zionist lobby | Zionist-controlled | Zionist media | Zionist-owned | Zionist influence | Zio
signal: L1
category: loaded
side: pro-Palestinian
inflect: no
weight: 2
explain: Phrases about a hidden "Zionist" hand controlling media or politics echo old antisemitic conspiracy myths.
alternatives: pro-Israel lobbying groups | AIPAC (name the organisation)

id: ip.self-hating-jews
forms: self-hating Jew | self-hating Jews | self-hating Jewish | kapo | kapos | useful idiots for Hamas | Hamas apologists | Hamas apologist | terror apologists | terror apologist
signal: L1
category: loaded
side: pro-Israel
inflect: no
weight: 2
explain: These insults attack critics of Israel as traitors or enablers of terror instead of answering what they said.
alternatives: critics of Israel's government | Jewish critics of the war

id: ip.terror-infrastructure
forms: terror infrastructure | terrorist infrastructure | terror tunnels | terror tunnel | terror hub | terror hubs | terror nest | terror nests | terror stronghold | terror strongholds
signal: L1
category: loaded
side: pro-Israel
inflect: no
weight: 0.5
explain: Calling buildings or tunnels "terror" targets adopts the army's justification for striking them before it can be checked.
alternatives: tunnels | military targets | buildings the army says Hamas used
notes: Army statements use these terms; inside quotes they are the army's words, in narrator voice the outlet's.

id: ip.human-shields
forms: human shields | human shield | used as human shields | uses civilians as human shields | hiding behind civilians
signal: L1
category: contested
side: pro-Israel
inflect: no
weight: 0.5
explain: The claim that fighters hide among civilians may be true in a given case, but stated generally it shifts the blame for civilian deaths away from whoever fired.
alternatives: fighting in densely populated areas | the army said militants operated near civilians

id: ip.hamas-run-ministry
forms: Hamas-run health ministry | Hamas-controlled health ministry | Hamas-run ministry | Hamas-controlled ministry | Hamas health ministry | Hamas-run Gaza health ministry | Hamas-affiliated health ministry
signal: L1
category: doubt
side: pro-Israel
inflect: no
weight: 0.5
explain: Naming the source of death tolls after Hamas tells readers the figures may be untrustworthy; UN agencies and past checks have found them broadly reliable, so the wording casts doubt in a particular direction.
alternatives: Gaza's health ministry | the health ministry in Gaza
notes: Two readings: the ministry is part of the Hamas-run government (many wire services say so); critics say repeating it with every figure signals doubt the data have not earned.

id: ip.human-animals
forms: human animals | Amalek | Amalekites | children of darkness | two-legged animals | beasts in human form
signal: L1
category: dehumanising
side: pro-Israel
inflect: no
weight: 2
explain: Comparing enemies to animals or a people God ordered destroyed strips them of humanity and can be used to justify mass killing.
alternatives: Hamas militants | the enemy | Palestinians (name who is meant)

id: ip.sons-of-apes
forms: sons of apes and pigs | descendants of apes and pigs | apes and pigs | Jewish dogs | killers of prophets
signal: L1
category: dehumanising
side: pro-Palestinian
inflect: no
weight: 2
explain: These are old religious insults that call Jews animals and have been used to encourage violence against them.
alternatives: Israelis | Jews (name who is meant)

id: ip.martyrs
forms: martyred | was martyred | were martyred | Palestinian martyrs | martyrs of Gaza | Gaza martyrs | shuhada | heroic martyr | heroic martyrs | martyrs of the resistance
signal: L1
category: glorifying
side: pro-Palestinian
inflect: no
weight: 1
explain: Calling the dead "martyrs" gives their death a holy, heroic meaning instead of simply saying they were killed.
alternatives: killed | people killed | the dead

id: ip.pallywood
forms: Pallywood | Gazawood | fake casualties | staged photos from Gaza | Hamas propaganda figures
signal: L1
category: loaded
side: pro-Israel
inflect: no
weight: 2
explain: These phrases dismiss evidence of suffering as staged without proof, teaching readers to distrust every image.
alternatives: images whose authenticity is disputed | unverified footage

id: ip.hasbara
forms: Hasbara | Zionist propaganda | Israeli propaganda | hasbara machine | Zionist narrative | Israeli narrative
signal: L1
category: loaded
side: pro-Palestinian
inflect: no
weight: 1
explain: Calling Israel's account "propaganda" or "hasbara" dismisses it as lies before the reader can weigh it.
alternatives: Israel's account | Israeli government statements

id: ip.struggle-against-terrorism
forms: struggle against terrorism | struggle against terror | Israel's fight against terrorism | Israel's war against terrorism | Israel's war on terror | Israel's war against terror | Israel's fight against terror | Israel's battle against terrorism
signal: L1
category: legitimising
side: pro-Israel
inflect: no
weight: 1
explain: Describing a war as a "struggle against terrorism" labels the whole enemy as terrorists and presents the war as plainly justified.
alternatives: war in Gaza | military campaign | the fight against Hamas
notes: Governments use the phrase for many wars; the generic "fight against terrorism" is left out because it is ordinary wording in counterterrorism news, while "struggle against terrorism" and the Israel-anchored forms present a war as a moral struggle.

id: ip.beacon-democracy
forms: beacon of democracy in the Middle East | light unto the nations | a light unto the nations | villa in the jungle | bastion of Western civilization | bastion of Western civilisation | front line of Western civilization | frontline of civilisation
signal: L1
category: glorifying
side: pro-Israel
inflect: no
weight: 1
explain: These phrases cast Israel as civilisation standing against barbarism, praise that takes a side and often belittles its neighbours.
alternatives: Israel

id: ip.resistance-operations
forms: resistance operations | resistance operation | heroic operation | heroic operations | martyrdom operation | martyrdom operations | qualitative operation | resistance attacks | resistance attack
signal: L4
category: euphemism
side: pro-Palestinian
inflect: no
weight: 1
explain: Calling attacks, including suicide bombings of civilians, "resistance" or "martyrdom operations" hides who was killed and presents violence as heroic.
alternatives: attacks | suicide bombing | rocket attacks

id: ip.mowing-grass
forms: mowing the grass | mow the grass | mowed the grass | roof knocking | roof-knocking | knock on the roof | uninvolved civilians | neutralized terrorists | neutralised terrorists
signal: L4
category: euphemism
side: pro-Israel
inflect: no
weight: 1
explain: Military jargon like "mowing the grass" or "neutralised" makes repeated bombing and killing sound like routine maintenance.
alternatives: repeated military operations | warning strike | killed

id: ip.voluntary-emigration
forms: voluntary emigration | voluntary migration | encourage emigration | encouraging emigration | humanitarian city | thinning out the population | relocation of Gazans
signal: L4
category: euphemism
side: pro-Israel
inflect: no
weight: 1
explain: Words like "voluntary emigration" describe moving people out of their homeland during a war as if it were a free choice.
alternatives: displacement | forced displacement | removing Palestinians from Gaza

id: ip.humanitarian-pause
forms: humanitarian pause | humanitarian pauses | tactical pause | tactical pauses
signal: L4
category: euphemism
side: pro-Israel
inflect: no
weight: 0.5
explain: "Pause" was chosen by governments opposing a ceasefire, so it signals that fighting will resume and avoids the word "ceasefire".
alternatives: temporary ceasefire | truce

id: ip.palestinian-hostages
forms: Palestinian hostages | kidnapped Palestinians | abducted Palestinians | Palestinian captives in Israeli jails
signal: L1
category: loaded
side: pro-Palestinian
inflect: no
weight: 1
explain: Calling Palestinian prisoners "hostages" equates Israeli detention with Hamas's kidnapping of civilians, a comparison argued by one side.
alternatives: Palestinian prisoners | Palestinian detainees | prisoners held without charge (administrative detention)

id: ip.terrorist-prisoners
forms: terrorist prisoners | jailed terrorists | convicted terrorists | terrorist inmates | terrorists released | release of terrorists
signal: L1
category: loaded
side: pro-Israel
inflect: no
weight: 1
explain: Calling all Palestinian prisoners "terrorists" ignores that many are held without charge or for minor offences.
alternatives: Palestinian prisoners | Palestinian detainees | prisoners convicted of attacks (when they were)

id: ip.antisemitism-smear
forms: weaponizing antisemitism | weaponising antisemitism | antisemitism smear | antisemitism smears | Jewish supremacy | Jewish supremacist | Jewish supremacists
signal: L1
category: loaded
side: pro-Palestinian
inflect: no
weight: 1
explain: These phrases dismiss charges of antisemitism as a trick or paint Jews as a ruling caste, ready-made attacks instead of arguments.
alternatives: disputes over what counts as antisemitism

id: ip.jew-haters
forms: Jew-haters | Jew haters | Jew-hating | Israel-haters | Israel haters | Israel-hating | Israel bashers | Israel-bashing | Israel bashing
signal: L1
category: loaded
side: pro-Israel
inflect: no
weight: 1
explain: Labelling critics as people who "hate" Israel or Jews dismisses their arguments by attacking their motives.
alternatives: critics of Israel | opponents of Israeli policy

id: ip.settlements
forms: Israeli settlements | Israeli settlement | Jewish settlements | West Bank settlements | settlement construction | settlement expansion | settlement outposts | settlement outpost | unauthorized outposts | settlement blocs
signal: N1
category: descriptive
actor: Israeli settlements
label: descriptive
inflect: no
weight: 1
explain: "Settlements" is the standard word for Israeli towns built in the West Bank and East Jerusalem since 1967.

id: ip.illegal-settlements
forms: illegal settlements | illegal Israeli settlements | illegal Jewish settlements | illegal settlement | illegal colonies | Israeli colonies | Zionist colonies | colonial settlements | colony-settlements
signal: N1
category: delegitimising
actor: Israeli settlements
label: delegitimising
side: pro-Palestinian
inflect: no
weight: 0.5
explain: Most governments and the UN consider the settlements illegal under international law and Israel disputes it; putting "illegal" in the name states one side's legal view as part of the name, and "colonies" goes further.
alternatives: Israeli settlements, which most of the world considers illegal under international law
notes: Weight 0.5 for "illegal" (the majority legal view, UN Security Council resolution 2334 of 2016); "colonies" is the stronger label. Parallel to "illegally annexed" in the Russia-Ukraine pack.

id: ip.neighbourhoods
forms: Jewish neighborhoods in East Jerusalem | Jewish neighbourhoods in East Jerusalem | Jerusalem neighborhoods beyond the Green Line | communities in Judea and Samaria | Jewish communities in the West Bank | Israeli communities in the West Bank | Israeli towns in the West Bank | Jewish towns in Judea and Samaria
signal: N1
category: euphemistic
actor: Israeli settlements
label: euphemistic
side: pro-Israel
inflect: no
weight: 1
explain: Calling settlements "neighbourhoods" or "communities" makes them sound like any town and hides that most of the world considers them built on occupied land.
alternatives: Israeli settlements | settlements in East Jerusalem

# ---------------------------------------------------------------- actor: UNRWA

id: ip.unrwa
forms: UNRWA | UN Relief and Works Agency | United Nations Relief and Works Agency | UN agency for Palestinian refugees | UN agency for Palestine refugees
signal: N1
category: formal
actor: UNRWA
label: formal
inflect: no
weight: 1
explain: The agency's name is the neutral way to refer to it.

id: ip.unrwa-terror
forms: UNRWA terrorists | terror agency UNRWA | Hamas-infiltrated UNRWA | UNRWA-Hamas | Hamas's UN agency | UNRWA terror | UN terror agency | terror-supporting UNRWA
signal: N1
category: delegitimising
actor: UNRWA
label: delegitimising
side: pro-Israel
inflect: no
weight: 1
explain: Israel accused some UNRWA staff of taking part in the October 7 attack and a UN inquiry found some were possibly involved; naming the whole agency a "terror agency" turns those findings into a label for all its workers.
alternatives: UNRWA | UNRWA, some of whose staff Israel accused of involvement in the October 7 attack
