# Topic pack: Russia and Ukraine.
# Written for Framelens in our own words. Every actor has neutral entries (formal or descriptive) so the
# engine can count all mentions of the actor; loaded labels are flagged on every side with the same care.
# Label classes and contested choices are documented in docs/LEXICON-PACKS.md.
# Sides used here: pro-Russian, pro-Ukrainian. Neutral entries carry no side.
@pack topic-russia-ukraine
@title Russia and Ukraine: names for the actors and the loaded words of each side
@description What outlets call Russia's and Ukraine's governments and armies, the war, the occupied and annexed regions and the 2014 revolution, plus topic words that take a side (special military operation, denazification, orcs, Kyiv regime, Putler).
@topic russia-ukraine
@reviewed Balance reviewed by: topic-lexicon writer (Framelens helper), 2026-11-22; needs external review by readers close to both sides.

# ---------------------------------------------------------------- actor: Russian government (the state)

id: ru.russia
forms: Russia | Russian Federation | Russian government | government of Russia | Russian authorities | Russian leadership | Kremlin | Putin government | Putin administration | Putin's government | Russian state
signal: N1
category: formal
actor: Russian government
label: formal
weight: 1
explain: The country's official name, its government or its seat of power ("the Kremlin") are the neutral ways to refer to the Russian state.

id: ru.putin-regime
forms: Putin regime | Putin's regime | Kremlin regime | Russian regime | Moscow regime | Putinist regime | Putin's dictatorship | Putin dictatorship | Kremlin dictatorship
signal: N1
category: delegitimising
actor: Russian government
label: delegitimising
side: pro-Ukrainian
weight: 1
explain: Calling a government a "regime" or "dictatorship" says it is illegitimate, a verdict stated as if it were the government's name.
alternatives: Russian government | Kremlin | Putin government
notes: Russia's elections are widely judged unfree, so "regime" is common even in careful Western reporting; it is flagged the same way as "Kyiv regime" and "Israeli regime" because the pack counts labels, not whether a label is deserved.

id: ru.terrorist-state
forms: Russian terrorist state | terrorist state Russia | Russia is a terrorist state | terrorist country Russia | Ruscist state | rashist state | Mordor | Muscovy | Moscow horde | Russian horde | Russian Empire of evil
signal: N1
category: delegitimising
actor: Russian government
label: delegitimising
side: pro-Ukrainian
inflect: no
weight: 1
explain: Names like "terrorist state", "Mordor" or "Muscovy" turn the country into a villain and are used to condemn, not to describe.
alternatives: Russia | Russian government
notes: The bare "terrorist state" is left out: it is used of several countries.

# ---------------------------------------------------------------- actor: Russian forces

id: ru.russian-forces
forms: Russian forces | Russian troops | Russian army | Russian military | Russian soldiers | Russian servicemen | Russian armed forces | Armed Forces of the Russian Federation | Russian Defence Ministry | Russian Defense Ministry | Russian air force | Russian navy | Black Sea Fleet | Russian military's | Russian army's
signal: N1
category: descriptive
actor: Russian forces
label: descriptive
weight: 1
explain: Plain names for an army say which side acted without praising or condemning it.

id: ru.wagner
forms: Wagner Group | Wagner mercenaries | Wagner fighters | Wagner forces | Wagner private military company | Africa Corps
signal: N1
category: descriptive
actor: Russian forces
label: descriptive
weight: 1
explain: Naming the private military company and what its members do is the neutral description.

id: ru.occupiers
forms: Russian occupiers | Russian invaders | Russian occupying forces | Russian occupation forces | Russian occupation troops | invading Russian forces | Russian aggressor | Russian aggressors | Moscow's hordes | Putin's hordes | Russian hordes | Putin's army of criminals
signal: N1
category: delegitimising
actor: Russian forces
label: delegitimising
side: pro-Ukrainian
weight: 1
explain: Calling the soldiers "occupiers" or "hordes" as their everyday name condemns them in the outlet's own voice rather than describing what they did.
alternatives: Russian forces | Russian troops
notes: "Occupied" for territory Russia holds is classed descriptive (it matches the UN General Assembly's wording); using "occupiers" as the name of the army is the label.

id: ru.rashists
forms: rashists | ruscists | rashist | ruscist | Russian fascists | Russian Nazis | Z-Nazis | Z-fascists
signal: N1
category: delegitimising
actor: Russian forces
label: delegitimising
side: pro-Ukrainian
inflect: no
weight: 2
explain: These are insults that equate Russians with fascists or Nazis and replace description with condemnation.
alternatives: Russian forces | Russian troops

id: ru.orcs
forms: orcs | Russian orcs | Putin's orcs | Russian orc | Russian pigs | Russian zombies | Putin's zombies | Russian animals
signal: N1
category: dehumanising
actor: Russian forces
label: dehumanising
side: pro-Ukrainian
inflect: no
weight: 2
explain: Calling soldiers orcs, pigs or zombies, creatures from fantasy or animals, strips them of humanity.
alternatives: Russian forces | Russian soldiers

id: ru.liberators
forms: Russian liberators | our liberators | liberating army | heroes of the special military operation | heroes of the special operation | SMO heroes | heroes of the SVO | defenders of Donbas | defenders of the Fatherland | Russian peacekeepers in Donbas
signal: N1
category: glorifying
actor: Russian forces
label: glorifying
side: pro-Russian
inflect: no
weight: 1
explain: Calling an invading army "liberators" or "heroes" presents the invasion as rescue and praises the soldiers instead of describing them.
alternatives: Russian forces | Russian troops

# ---------------------------------------------------------------- actor: the war

id: ru.war-descriptive
forms: Russia-Ukraine war | Russia's war in Ukraine | Russia's war against Ukraine | war in Ukraine | Ukraine war | war between Russia and Ukraine | Russian invasion of Ukraine | Russia's invasion of Ukraine | Russian invasion | full-scale invasion | full-scale Russian invasion | conflict in Ukraine | Ukraine conflict | fighting in Ukraine | war in eastern Ukraine | conflict in eastern Ukraine
signal: N1
category: descriptive
actor: Russia-Ukraine war
label: descriptive
inflect: no
weight: 1
explain: These names say plainly what happened and where, the way most news agencies and the UN describe it.
notes: "Invasion" is classed descriptive: the UN General Assembly (March 2022) deplored Russia's aggression and the crossing of the border by Russia's army is not disputed.

id: ru.special-military-operation
forms: special military operation | special operation in Ukraine | special military operation in Ukraine | SMO | SVO | military operation in Ukraine | operation to demilitarise Ukraine | operation to demilitarize Ukraine | operation to protect Donbas
signal: N1
category: euphemistic
actor: Russia-Ukraine war
label: euphemistic
side: pro-Russian
inflect: no
weight: 2
explain: "Special military operation" is the Kremlin's official name for the war, chosen to hide that it is a full-scale war; in Russia calling it a war was punished by law.
alternatives: Russia's invasion of Ukraine | war in Ukraine
notes: An official self-label that hides harm is classed euphemistic, not self-label.

id: ru.ukraine-crisis
forms: Ukrainian crisis | events in Ukraine | intra-Ukrainian conflict | internal Ukrainian conflict | civil war in Ukraine | Ukrainian civil war | fratricidal war in Donbas
signal: N1
category: euphemistic
actor: Russia-Ukraine war
label: euphemistic
side: pro-Russian
inflect: no
weight: 0.5
explain: Vague words like "crisis" or "civil war" leave out that one country's army invaded another.
alternatives: Russia's war against Ukraine | Russian invasion of Ukraine
notes: "Ukraine crisis" and "crisis in Ukraine" were ordinary wording for 2014-2021 and are left out; the Kremlin's "Ukrainian crisis" and "civil war" remain.

id: ru.proxy-war
forms: proxy war in Ukraine | NATO's proxy war | NATO proxy war | US proxy war | American proxy war | Western proxy war | proxy war against Russia | NATO's war against Russia | war of the collective West | West's war against Russia
signal: N1
category: delegitimising
actor: Russia-Ukraine war
label: delegitimising
side: pro-Russian
inflect: no
weight: 1
explain: Calling the war a "proxy war" of NATO makes Ukraine a puppet and moves the blame away from the country that invaded.
alternatives: Russia's war in Ukraine | the war, in which Western countries arm Ukraine

id: ru.russian-aggression
forms: Russian aggression | Russia's aggression | Russian aggression against Ukraine | Russia's war of aggression | unprovoked invasion | unprovoked war | unprovoked attack on Ukraine | brutal invasion | Putin's war | Putin's war of aggression | Putin's invasion | genocidal war against Ukraine | Russian genocide | genocide of Ukrainians | Russian terror
signal: N1
category: delegitimising
actor: Russia-Ukraine war
label: delegitimising
side: pro-Ukrainian
inflect: no
weight: 0.5
explain: Adding "brutal", "unprovoked" or "Putin's" to the war's name builds a verdict and a villain into the name itself.
alternatives: Russia's invasion of Ukraine | war in Ukraine
notes: "Aggression" is the UN General Assembly's own word (2022), hence the low weight; "unprovoked" answers the Kremlin's claim of NATO provocation and "Putin's war" puts the blame on one man.

# ---------------------------------------------------------------- actor: Ukrainian government (the state)

id: ru.ukraine
forms: Ukraine | Ukrainian government | government of Ukraine | Ukrainian authorities | Ukrainian leadership | Zelensky government | Zelenskyy government | Zelensky administration | Zelenskyy administration | Zelensky's government | Ukrainian state | Verkhovna Rada
signal: N1
category: formal
actor: Ukrainian government
label: formal
weight: 1
explain: The country's official name or its government are the neutral ways to refer to the Ukrainian state.

id: ru.kyiv-regime
forms: Kyiv regime | Kiev regime | Zelensky regime | Zelenskyy regime | Zelensky's regime | regime in Kyiv | regime in Kiev | Kyiv junta | Kiev junta | junta in Kyiv | junta in Kiev | Kiev authorities' regime | Bandera regime | Banderite regime
signal: N1
category: delegitimising
actor: Ukrainian government
label: delegitimising
side: pro-Russian
inflect: no
weight: 1
explain: Calling Ukraine's elected government a "regime" or "junta" suggests it seized power illegally, which is the Kremlin's justification for the war.
alternatives: Ukrainian government | Kyiv | Zelensky government

id: ru.neo-nazi-regime
forms: neo-Nazi regime | neo-Nazi regime in Kyiv | Nazi regime in Kyiv | Nazi regime in Kiev | neo-Nazi government | Kyiv Nazis | Kiev Nazis | Nazi Ukraine | neo-Nazi Ukraine | Ukronazis | Ukro-Nazis | Ukrainian Nazis | Ukrainian neo-Nazis | Nazi-infested Ukraine
signal: N1
category: delegitimising
actor: Ukrainian government
label: delegitimising
side: pro-Russian
inflect: no
weight: 2
explain: Calling Ukraine's government Nazis, though its president is Jewish and was freely elected, is the central propaganda claim used to justify the invasion.
alternatives: Ukrainian government | Ukraine

id: ru.puppet
forms: Western puppet | NATO puppet | Washington's puppet | puppet regime in Kyiv | Kyiv puppet regime | puppet government in Kyiv | Kiev puppet regime | anti-Russia project | so-called Ukraine | artificial state | failed state Ukraine
signal: N1
category: delegitimising
actor: Ukrainian government
label: delegitimising
side: pro-Russian
inflect: no
weight: 1
explain: Describing Ukraine as a puppet or an "artificial" country denies that Ukrainians choose their own government.
alternatives: Ukraine | Ukrainian government

id: ru.bulwark-democracy
forms: shield of Europe | Europe's shield | eastern shield of Europe | Ukraine is fighting for all of us | Ukraine is fighting for Europe | frontline of the free world | front line of the free world | outpost of the free world | Ukraine is defending democracy
signal: N1
category: glorifying
actor: Ukrainian government
label: glorifying
side: pro-Ukrainian
inflect: no
weight: 1
explain: Praise like "shield of Europe" or "fighting for all of us" turns a news report into an appeal for support.
alternatives: Ukraine | Ukrainian government

# ---------------------------------------------------------------- actor: Ukrainian forces

id: ru.ukrainian-forces
forms: Ukrainian forces | Ukrainian troops | Ukrainian army | Ukrainian military | Ukrainian soldiers | Ukrainian servicemen | Armed Forces of Ukraine | Ukrainian Armed Forces | Ukraine's armed forces | Ukraine's military | Ukrainian air force | Ukrainian navy | Territorial Defense Forces | Territorial Defence Forces | Ukrainian military's | Azov regiment | Azov battalion | Azov brigade | National Guard of Ukraine
signal: N1
category: descriptive
actor: Ukrainian forces
label: descriptive
weight: 1
explain: Plain names for an army say which side acted without praising or condemning it.
notes: Azov began as a far-right volunteer battalion before joining the National Guard; its name is classed descriptive and its description is left to the text.

id: ru.ukrainian-militants
forms: Ukrainian militants | Kyiv's militants | Kiev's militants | AFU militants | Ukrainian nationalists | nationalist battalions | Ukrainian neo-Nazi battalions | Nazi battalions | Banderites | Banderovtsy | Ukrainian punitive forces | punitive battalions | Kiev's punitive forces | Ukrainian terrorists | Kyiv terrorists | Kiev terrorists
signal: N1
category: delegitimising
actor: Ukrainian forces
label: delegitimising
side: pro-Russian
inflect: no
weight: 1
explain: Calling a national army "militants", "punitive forces" or "Banderites" denies it is a real army and casts it as criminals.
alternatives: Ukrainian forces | Ukrainian troops | Armed Forces of Ukraine

id: ru.ukrainian-heroes
forms: Ukraine's heroic defenders | heroic defenders | Ukrainian heroes | heroes of Ukraine | defenders of Ukraine | Ukraine's defenders | Ukrainian defenders | brave Ukrainian soldiers | Ghost of Kyiv | heroic Ukrainian army | heroic Ukrainian soldiers | Snake Island heroes
signal: N1
category: glorifying
actor: Ukrainian forces
label: glorifying
side: pro-Ukrainian
inflect: no
weight: 1
explain: Calling soldiers "heroes" or "heroic defenders" praises them in the outlet's own voice instead of describing what they did.
alternatives: Ukrainian forces | Ukrainian troops

# ---------------------------------------------------------------- actor: occupied and annexed regions

id: ru.regions
forms: Crimea | Crimean Peninsula | Donbas | Donbass | Donetsk | Luhansk | Lugansk | Zaporizhzhia | Zaporizhzhia region | Kherson region | Donetsk region | Luhansk region | Donetsk and Luhansk | eastern Ukraine | occupied Crimea | Russian-occupied Crimea | Russian-annexed Crimea | annexed Crimea | Russian-occupied territories | Russian-occupied territory | occupied territories of Ukraine | Russian-occupied Ukraine | occupied parts of Ukraine | Russian-controlled territory | Russian-held territory | Russian-held areas
signal: N1
category: descriptive
actor: occupied regions of Ukraine
label: descriptive
inflect: no
weight: 1
explain: Place names and the words "occupied" or "annexed" are the UN's and most news agencies' neutral description of these areas.
notes: Consistent with the Israel-Palestine pack: "occupied" is classed descriptive where the UN General Assembly and courts use it (resolution 68/262 on Crimea, ES-11/4 on the 2022 annexations).

id: ru.peoples-republics
forms: Donetsk People's Republic | Luhansk People's Republic | Lugansk People's Republic | DPR | LPR | LNR | Republic of Crimea | Zaporozhye region of Russia | Kherson region of Russia
signal: N1
category: self-label
actor: occupied regions of Ukraine
label: self-label
side: pro-Russian
inflect: no
weight: 1
explain: These are the names Russia and its local authorities gave the areas; using them without explanation accepts their claim to be states or parts of Russia.
alternatives: Russian-occupied Donetsk region | Russian-occupied Luhansk region | Crimea
notes: "DPR"/"LPR" collide rarely with other abbreviations; they are kept because they are the standard abbreviations in this topic.

id: ru.new-regions
forms: new regions of Russia | new Russian regions | historical Russian lands | historic Russian lands | Novorossiya | Novorossia | Russian Crimea | reunified Crimea | Russian Donbas | Russia's new regions | liberated territories of Donbas
signal: N1
category: legitimising
actor: occupied regions of Ukraine
label: legitimising
side: pro-Russian
inflect: no
weight: 1
explain: Calling occupied Ukrainian land "new regions" or "historical Russian lands" presents its seizure as natural and lawful.
alternatives: Russian-occupied regions of Ukraine | annexed Crimea
notes: The bare phrase "new regions" is left out because it is generic English.

id: ru.temporarily-occupied
forms: temporarily occupied territories | temporarily occupied territory | temporarily occupied Crimea | temporarily occupied Donbas | de-occupied territories | de-occupation of Crimea | Ukrainian Crimea | Crimea is Ukraine
signal: N1
category: legitimising
actor: occupied regions of Ukraine
label: legitimising
side: pro-Ukrainian
inflect: no
weight: 0.5
explain: "Temporarily occupied" is Ukraine's legal term; it adds a promise that the land will return, which is Kyiv's position rather than a neutral fact.
alternatives: Russian-occupied territories | occupied Crimea

# ---------------------------------------------------------------- actor: separatist forces in Donbas (2014-2022)

id: ru.separatists
forms: pro-Russian separatists | Russian-backed separatists | Moscow-backed separatists | separatist forces | separatist fighters | Donbas separatists | separatist rebels | pro-Russian rebels | Russian-backed rebels | Moscow-backed rebels | pro-Russian militants | Russian-backed militants | Russian-backed forces | pro-Moscow separatists
signal: N1
category: descriptive
actor: Donbas separatist forces
label: descriptive
inflect: no
weight: 1
explain: "Russian-backed separatists" or "rebels" say who they are and who supports them without praise or condemnation.

id: ru.militia-donbas
forms: people's militia | Donbas militia | Donbass militia | DPR militia | LPR militia | militia of Donbas | Donbas self-defence forces | Donbas self-defense forces | self-defence forces of Donbas | allied forces of the DPR | Donbas defenders
signal: N1
category: legitimising
actor: Donbas separatist forces
label: legitimising
side: pro-Russian
inflect: no
weight: 1
explain: Calling Russian-armed fighters a "people's militia" or "self-defence forces" presents them as locals protecting their homes and hides Russia's role.
alternatives: Russian-backed separatists | Russian-backed forces

id: ru.separatist-terrorists
forms: pro-Russian terrorists | Russian-backed terrorists | DPR terrorists | LPR terrorists | separatist terrorists | Donbas terrorists | terrorist republics | Russian mercenaries in Donbas
signal: N1
category: delegitimising
actor: Donbas separatist forces
label: delegitimising
side: pro-Ukrainian
inflect: no
weight: 1
explain: Kyiv officially called its fight against the separatists an "anti-terrorist operation", and naming the fighters "terrorists" adopts that side's label.
alternatives: Russian-backed separatists | separatist fighters

# ---------------------------------------------------------------- actor: the 2014 Maidan revolution

id: ru.maidan
forms: Maidan protests | Euromaidan | Euromaidan protests | Maidan revolution | 2014 revolution in Ukraine | Ukraine's 2014 revolution | ouster of Yanukovych | ousting of Viktor Yanukovych | Maidan uprising | 2014 uprising in Kyiv
signal: N1
category: descriptive
actor: 2014 Maidan revolution
label: descriptive
inflect: no
weight: 1
explain: These names describe the 2014 protests and the fall of the president plainly.

id: ru.revolution-of-dignity
forms: Revolution of Dignity | Heavenly Hundred | Heavenly Hundred heroes
signal: N1
category: self-label
actor: 2014 Maidan revolution
label: self-label
side: pro-Ukrainian
inflect: no
weight: 0.5
explain: "Revolution of Dignity" is the protesters' and Ukraine's own honouring name for the uprising, so using it adopts their view of it.
alternatives: Maidan protests | 2014 revolution in Ukraine

id: ru.maidan-coup
forms: Maidan coup | 2014 coup | coup in Kyiv | coup in Kiev | Kyiv coup | Kiev coup | Western-backed coup | US-backed coup | CIA-backed coup | neo-Nazi coup | anti-constitutional coup | coup d'etat in Kyiv | coup d'etat in Kiev | coup d'état in Kiev
signal: N1
category: delegitimising
actor: 2014 Maidan revolution
label: delegitimising
side: pro-Russian
inflect: no
weight: 1
explain: Calling the 2014 protests a foreign-backed "coup" is the Kremlin's account; it denies that Ukrainians themselves drove out their president.
alternatives: Maidan protests | 2014 revolution in Ukraine | ouster of Viktor Yanukovych

# ---------------------------------------------------------------- actor: Ukrainians and Russians as peoples

id: ru.ukrainians
forms: Ukrainians | Ukrainian civilians | Ukrainian people | Ukrainian refugees | people of Ukraine | Ukrainian citizens | Russian-speaking Ukrainians
signal: N1
category: descriptive
actor: Ukrainians
label: descriptive
inflect: no
weight: 1
explain: Naming people by their nationality is the plain, neutral way to talk about them.

id: ru.little-russians
forms: Little Russians | Little Russia | Malorossiya | khokhly | khokhols | khokhol | one people with Russians | Russians and Ukrainians are one people | Ukrainians are Russians | so-called Ukrainians
signal: N1
category: delegitimising
actor: Ukrainians
label: delegitimising
side: pro-Russian
inflect: no
weight: 2
explain: Old imperial names and slurs for Ukrainians, or calling them "one people" with Russians, deny that Ukrainians are a nation of their own.
alternatives: Ukrainians
notes: "one people" is generic English; it is kept because Putin's 2021 essay made it the key phrase of this claim; expect some false hits.

id: ru.russians
forms: Russians | Russian civilians | Russian people | Russian citizens | ordinary Russians | Russian speakers | Russian-speaking population
signal: N1
category: descriptive
actor: Russians
label: descriptive
inflect: no
weight: 1
explain: Naming people by their nationality or language is the plain, neutral way to talk about them.

id: ru.moskals
forms: moskals | moskali | katsaps | vatniks | vatnik | rusnya | Russkies | Ruskies
signal: N1
category: dehumanising
actor: Russians
label: dehumanising
side: pro-Ukrainian
inflect: no
weight: 2
explain: These are ethnic slurs for Russians that insult a whole people rather than describe anyone.
alternatives: Russians

# ---------------------------------------------------------------- loaded words (L1)

id: ru.denazification
forms: denazification | denazify | denazifying | denazified | demilitarisation and denazification | demilitarization and denazification | de-Nazification | de-Nazify
signal: L4
category: euphemism
side: pro-Russian
inflect: no
weight: 2
explain: "Denazification" was the Kremlin's stated war aim; it dresses up overthrowing an elected government as a fight against Nazis.
alternatives: regime change | overthrowing Ukraine's government | the Kremlin's stated aim
notes: Also used for post-1945 Germany; in that historical use it is not loaded, and the voice of the hit should be read.

id: ru.donbas-genocide
forms: genocide in Donbas | genocide in Donbass | genocide of Russian speakers | genocide of the Russian-speaking population | genocide of Russians | Kyiv's genocide | eight years of shelling Donbas | eight years of genocide
signal: L1
category: loaded
side: pro-Russian
inflect: no
weight: 2
explain: The claim that Ukraine committed genocide in Donbas was used to justify the invasion, and no international body has found evidence for it.
alternatives: the war in eastern Ukraine since 2014 | civilian deaths in Donbas

id: ru.filtration
forms: filtration camps | filtration camp | filtration centers | filtration centres | filtration points | filtration process | filtration measures | filtration procedures
signal: L4
category: euphemism
side: pro-Russian
inflect: no
weight: 1
explain: "Filtration" is Russia's bland technical word for screening, detaining and sometimes deporting Ukrainian civilians.
alternatives: detention and screening camps | forced screening of civilians

id: ru.evacuated-children
forms: evacuated Ukrainian children | evacuation of children from Donbas | rescued children from Donbas | children evacuated to Russia | children taken to safety in Russia | adopted Ukrainian children
signal: L4
category: euphemism
side: pro-Russian
inflect: no
weight: 1
explain: Calling the removal of Ukrainian children to Russia an "evacuation" or "rescue" hides what the International Criminal Court calls unlawful deportation.
alternatives: Ukrainian children deported to Russia | children taken to Russia
sources: ICC arrest warrant for Vladimir Putin (March 2023) over the unlawful deportation of children.

id: ru.goodwill-gesture
forms: withdrew as a goodwill gesture | withdrawal as a goodwill gesture | goodwill gesture on Snake Island | regrouping of forces | regrouping of troops | regrouping of Russian troops | difficult decision to withdraw | straightening the front line | straightening of the front line
signal: L4
category: euphemism
side: pro-Russian
inflect: no
weight: 0.5
explain: Calling a retreat a "goodwill gesture" or a "regrouping" hides a military defeat behind friendly words.
alternatives: retreat | withdrawal

id: ru.liberated-by-russia
forms: liberation of Donbas | liberation of Donbass | liberation of Mariupol | liberated Mariupol | liberated Avdiivka | liberation of Avdiivka | liberation of Bakhmut | liberated Bakhmut | liberated Artemovsk | liberation of Artemovsk | liberated by Russian forces | liberated by Russian troops | liberated territories of Ukraine
signal: L1
category: glorifying
side: pro-Russian
inflect: no
weight: 1
explain: Saying Russian forces "liberated" a Ukrainian city they destroyed and seized presents the conquest as freeing its people.
alternatives: captured | seized | took control of

id: ru.liberated-by-ukraine
forms: liberation of Kherson | liberated Kherson | liberation of Kharkiv region | liberated Kharkiv region | liberated by Ukrainian forces | liberated by Ukrainian troops | de-occupation | de-occupied | de-occupy
signal: L1
category: glorifying
side: pro-Ukrainian
inflect: no
weight: 0.5
explain: "Liberated" celebrates Ukraine's recapture of its own land, which international law supports, but it is still the winning side's word rather than a plain description.
alternatives: recaptured | retook | regained control of
notes: Lower weight than the pro-Russian use because the land is Ukraine's under international law; the same verb is flagged on both sides so readers can compare.

id: ru.sham-referendums
forms: sham referendums | sham referendum | sham referenda | sham votes | sham vote | fake referendums | fake referendum | pseudo-referendums | pseudo-referendum | so-called referendums
signal: L1
category: loaded
side: pro-Ukrainian
inflect: no
weight: 0.5
explain: "Sham" states a verdict on the vote in the outlet's own voice; describing the conditions (held under occupation, with armed soldiers present) lets readers judge.
alternatives: referendums held under Russian occupation | votes not recognised by the UN
notes: Most governments called them shams, hence the low weight; "sham" also fires in other topics.

id: ru.reunification
forms: reunification of Crimea | reunification with Russia | Crimea's reunification | Crimea's return to Russia | return of Crimea to Russia | return to the native harbour | return home to Russia | Crimean Spring | accession to Russia | voted to join Russia
signal: L1
category: legitimising
side: pro-Russian
inflect: no
weight: 1
explain: Calling the annexation a "reunification" or a "return home" presents the seizure of Ukrainian land as a happy family reunion.
alternatives: Russia's annexation of Crimea | annexation

id: ru.russian-world
forms: Russian world | Russkiy mir | Holy Rus | historical Russia | thousand-year-old Russia | triune Russian people | all-Russian nation
signal: L1
category: glorifying
side: pro-Russian
inflect: no
weight: 1
explain: These phrases come from an ideology that treats Ukraine and Belarus as parts of a greater Russia, so using them adopts that claim.
alternatives: Russia's claims over Ukraine | Russian nationalism

id: ru.nato-encroachment
forms: NATO encroachment | NATO's encroachment | NATO aggression | NATO's aggression | NATO expansionism | NATO's eastward march | NATO at Russia's borders | collective West | the Anglo-Saxon world | Western masters | Western handlers | Kyiv's Western handlers | Kiev's Western masters
signal: L1
category: loaded
side: pro-Russian
inflect: no
weight: 1
explain: Kremlin phrases like "collective West" or "NATO encroachment" cast Russia as a victim of a hostile West and Ukraine as its tool.
alternatives: NATO enlargement | Western countries | Ukraine's Western allies
notes: "NATO expansion" and "NATO enlargement" are ordinary historical terms and are not listed.

id: ru.biolabs
forms: biolabs | biolab | US biolabs | American biolabs | secret biolabs | Pentagon biolabs | bioweapons labs in Ukraine | biological weapons labs in Ukraine | dirty bomb plot | Ukrainian dirty bomb
signal: L1
category: loaded
side: pro-Russian
inflect: no
weight: 2
explain: Claims about secret US "biolabs" or a Ukrainian "dirty bomb" are Russian disinformation that the evidence does not support, and repeating them as fact misleads readers.
alternatives: public-health laboratories | unfounded Russian claims about laboratories

id: ru.bucha-staged
forms: Bucha provocation | staged in Bucha | Bucha staging | Bucha fake | fakes about Bucha | Ukrainian fakes | Ukrainian fake news | information terrorism | Russophobia | Russophobic | Russophobes | Russophobe
signal: L1
category: loaded
side: pro-Russian
inflect: no
weight: 1
explain: Dismissing evidence as "staged" or criticism as "Russophobia" avoids the question of what happened by attacking whoever reported it.
alternatives: Ukraine's account | Western governments' statements | criticism of Russia

id: ru.kremlin-propaganda
forms: Kremlin mouthpiece | Kremlin mouthpieces | Putin apologist | Putin apologists | Putin's useful idiots | useful idiots for Putin | Putin puppet | Putin's puppet | Kremlin stooge | Kremlin stooges | Putinversteher | Putin-friendly
signal: L1
category: loaded
side: pro-Ukrainian
inflect: no
weight: 1
explain: Labels like "Putin apologist" or "Kremlin stooge" dismiss a person's argument by questioning their loyalty instead of answering it.
alternatives: Russian state media | critics of aid to Ukraine | people who oppose sanctions

id: ru.putler
forms: Putler | Putlerism | mad Vlad | Putin the butcher | Butcher of Bucha | war criminal Putin | Putin's thugs | Putin's henchmen | Kremlin thugs | Kremlin henchmen
signal: L1
category: loaded
side: pro-Ukrainian
inflect: no
weight: 1
explain: Nicknames and insults for Putin and his officials ridicule or condemn instead of reporting what they did.
alternatives: Vladimir Putin | Russian officials
notes: The ICC has issued an arrest warrant for Putin; "war criminal" as his name still decides a case no court has tried.

id: ru.heroic-ukraine
forms: heroic Ukrainian resistance | Ukraine's heroic resistance | heroic resistance of the Ukrainian people | heroic Ukraine | heroic Ukrainian people | heroic Kyiv | brave Ukraine | brave Ukrainians | Glory to Ukraine | Slava Ukraini
signal: L1
category: glorifying
side: pro-Ukrainian
inflect: no
weight: 1
explain: Words like "heroic" or the national slogan in the outlet's own voice cheer for one side instead of reporting.
alternatives: Ukrainian resistance | Ukraine | Ukrainians

id: ru.bavovna
forms: bavovna | cotton explosions | goodwill gesture from Ukraine | unexplained explosions in Crimea
signal: L4
category: euphemism
side: pro-Ukrainian
inflect: no
weight: 0.5
explain: Joking words for explosions inside Russia or Crimea hide who struck and what was hit behind a wink to one side's audience.
alternatives: explosions | strikes on military sites in Crimea | Ukrainian drone strikes

id: ru.liquidated-occupiers
forms: liquidated occupiers | occupiers liquidated | liquidated Russian soldiers | eliminated occupiers | occupiers eliminated | occupiers were liquidated | demilitarised Russians | Russian losses per day | minus one occupier
signal: L4
category: euphemism
side: pro-Ukrainian
inflect: no
weight: 1
explain: Ukrainian military tallies of "liquidated occupiers" turn the killing of soldiers into a cheerful score.
alternatives: killed Russian soldiers | Russian soldiers killed

id: ru.liquidated-nationalists
forms: liquidated nationalists | eliminated nationalists | destroyed nationalists | eliminated Ukrainian militants | liquidated Ukrainian militants | nationalists eliminated | neutralised Ukrainian servicemen | neutralized Ukrainian servicemen
signal: L4
category: euphemism
side: pro-Russian
inflect: no
weight: 1
explain: Russian military reports of "eliminated nationalists" turn the killing of soldiers into a tally and call Ukraine's army by a loaded name.
alternatives: killed Ukrainian soldiers | Ukrainian soldiers killed

id: ru.propaganda-western
forms: Western propaganda | Ukrainian propaganda | Kyiv propaganda | Kiev propaganda | Anglo-Saxon propaganda | NATO propaganda
signal: L1
category: loaded
side: pro-Russian
inflect: no
weight: 0.5
explain: Calling the other side's reports "propaganda" in the outlet's own voice dismisses them without showing what is false.
alternatives: Ukraine's account | Western governments' statements
notes: Paired with ru.propaganda-russian at the same weight.

id: ru.propaganda-russian
forms: Russian propaganda | Kremlin propaganda | Putin's propaganda | Kremlin disinformation | Kremlin's propaganda machine | Russian propaganda machine
signal: L1
category: loaded
side: pro-Ukrainian
inflect: no
weight: 0.5
explain: Calling the other side's reports "propaganda" in the outlet's own voice dismisses them without showing what is false.
alternatives: Russian state media | Russian officials' statements | the Kremlin's account
notes: Often accurate for state media; the low weight and the paired pro-Russian entry keep the two sides symmetrical.

id: ru.illegally-annexed
forms: illegally annexed | illegal annexation | illegally annexed Crimea | illegally occupied | illegal occupation of Crimea | illegal occupation of Ukrainian territory | illegally seized
signal: L1
category: contested
side: pro-Ukrainian
inflect: no
weight: 0.5
explain: The UN General Assembly called Russia's annexations invalid and Russia disputes it; putting "illegal" into the description states that legal view in the outlet's own voice.
alternatives: annexed, in a move the UN General Assembly declared invalid | Russian-occupied
notes: Weight 0.5 because it is the majority legal view; parallel to "illegal settlements" in the Israel-Palestine pack.

# ---------------------------------------------------------------- actor: the two presidents

id: ru.zelensky
forms: Volodymyr Zelensky | Volodymyr Zelenskyy | President Zelensky | President Zelenskyy | Zelensky | Zelenskyy | Zelenskiy | Ukrainian President
signal: N1
category: formal
actor: Volodymyr Zelensky
label: formal
inflect: no
weight: 1
explain: The president's name and title are the neutral way to refer to him.

id: ru.zelensky-loaded
forms: Nazi Zelensky | clown Zelensky | comedian Zelensky | Zelensky the clown | drug addict Zelensky | cocaine Zelensky | illegitimate president Zelensky | expired president | Zelensky's expired term | former comedian turned dictator | dictator Zelensky | Zelensky regime's leader | Western puppet Zelensky
signal: N1
category: delegitimising
actor: Volodymyr Zelensky
label: delegitimising
side: pro-Russian
inflect: no
weight: 2
explain: Insults like "clown", "drug addict" or "dictator" attack Ukraine's elected president instead of reporting what he said or did.
alternatives: Volodymyr Zelensky | President Zelensky
notes: Elections were postponed under martial law, which Ukraine's constitution requires; "expired president" is a Kremlin talking point.

id: ru.zelensky-hero
forms: hero Zelensky | heroic Zelensky | Zelensky the hero | Churchill of our time | modern-day Churchill | wartime hero Zelensky | servant of the people hero | Zelensky the lionheart | defender of the free world Zelensky
signal: N1
category: glorifying
actor: Volodymyr Zelensky
label: glorifying
side: pro-Ukrainian
inflect: no
weight: 1
explain: Calling a president a "hero" or "the Churchill of our time" praises him in the outlet's own voice instead of reporting his actions.
alternatives: Volodymyr Zelensky | President Zelensky

id: ru.putin
forms: Vladimir Putin | President Putin | Putin | Vladimir Vladimirovich | Russian President
signal: N1
category: formal
actor: Vladimir Putin
label: formal
inflect: no
weight: 1
explain: The president's name and title are the neutral way to refer to him.

id: ru.putin-loaded
forms: dictator Putin | Putin the dictator | tyrant Putin | Putin the tyrant | madman Putin | thug Putin | killer Putin | murderer Putin | butcher Putin | Russian dictator | Kremlin dictator | Kremlin tyrant | new Hitler | Hitler of our time | Putin-Hitler
signal: N1
category: delegitimising
actor: Vladimir Putin
label: delegitimising
side: pro-Ukrainian
inflect: no
weight: 1
explain: Names like "tyrant", "madman" or "new Hitler" condemn the Russian president in the outlet's own voice instead of reporting what he did.
alternatives: Vladimir Putin | President Putin | Russian President Vladimir Putin
notes: Russia's elections are widely judged unfree, so "autocrat" is used by careful outlets; it is not listed.

id: ru.putin-genius
forms: genius Putin | Putin's genius | savvy Putin | Putin the genius | strong leader Putin | Putin the strongman leader | gatherer of Russian lands | defender of traditional values | leader of the free world Putin | Putin the peacemaker
signal: N1
category: glorifying
actor: Vladimir Putin
label: glorifying
side: pro-Russian
inflect: no
weight: 1
explain: Praise like "genius" or "defender of traditional values" flatters the Russian president in the outlet's own voice instead of reporting his actions.
alternatives: Vladimir Putin | President Putin
