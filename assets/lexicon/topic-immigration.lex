# Topic pack: immigration.
# Written for Framelens in our own words. Every actor has neutral entries (formal or descriptive) so the
# engine can count all mentions of the actor; loaded labels are flagged on every side with the same care.
# Sides used here: restrictionist (favours less immigration and more enforcement), pro-immigration.
# Label classes and contested choices are documented in docs/LEXICON-PACKS.md.
@pack topic-immigration
@title Immigration: names for migrants, the border and the two camps, and the loaded words of each side
@description What outlets call immigrants without legal status, asylum seekers, immigration agents, the border and the people on each side of the debate, plus topic words that take a side (illegals, invasion, anchor babies, amnesty, open borders, concentration camps, kids in cages).
@topic immigration
@reviewed Balance reviewed by: topic-lexicon writer (Framelens helper), 2026-11-22; needs external review by readers from both camps.

# ---------------------------------------------------------------- actor: immigrants without legal status

id: im.unauthorized-immigrants
forms: unauthorized immigrants | unauthorized immigrant | unauthorized migrants | immigrants without legal status | immigrants in the country illegally | immigrants living in the country illegally | people living in the country illegally | immigrants living in the US illegally | immigrants living in the U.S. illegally | people in the country without legal status | immigrants without legal permission | immigrants without authorization
signal: N1
category: descriptive
actor: immigrants without legal status
label: descriptive
inflect: no
weight: 1
explain: These wordings say plainly that someone lives in a country without permission, describing the person's situation rather than labelling the person.
sources: AP Stylebook (2013) guidance to describe actions ("living in the country illegally") rather than label people; Pew Research Center uses "unauthorized immigrants".

id: im.undocumented
forms: undocumented immigrants | undocumented immigrant | undocumented migrants | undocumented migrant | undocumented workers | undocumented people | undocumented residents | undocumented individuals | undocumented population
signal: N1
category: descriptive
actor: immigrants without legal status
label: descriptive
inflect: no
weight: 1
explain: "Undocumented" is widely used by news outlets for people without legal status and does not call the person a criminal.
notes: Contested: restrictionists call it a euphemism (many have documents, just not valid visas). We class it descriptive because most major outlets use it as their neutral term; "undocumented Americans" and similar are flagged separately.

id: im.illegal-immigrants
forms: illegal immigrants | illegal immigrant | illegal migrants | illegal migrant | illegal workers | illegal residents | illegal entrants | illegal border crossers
signal: N1
category: delegitimising
actor: immigrants without legal status
label: delegitimising
side: restrictionist
inflect: no
weight: 0.5
explain: Calling a person "illegal" labels who they are rather than what they did, and many style guides now avoid it.
alternatives: immigrants in the country illegally | unauthorized immigrants | undocumented immigrants
notes: Standard usage in many outlets until 2013 and still common; hence weight 0.5. "Illegal immigration" (the act) is not listed.

id: im.illegal-aliens
forms: illegal aliens | illegal alien | criminal aliens | criminal alien | alien invaders | illegal alien criminals | deportable aliens
signal: N1
category: delegitimising
actor: immigrants without legal status
label: delegitimising
side: restrictionist
inflect: no
weight: 1
explain: "Alien" is an old legal word that makes people sound strange and foreign, and with "illegal" or "criminal" it brands a whole group as lawbreakers.
alternatives: immigrants in the country illegally | unauthorized immigrants | immigrants convicted of crimes (when they were)
notes: "Alien" remains a term in US law; inside quotes of statutes or officials it is theirs.

id: im.illegals
forms: illegals | the illegals | illegal hordes | hordes of illegals | horde of illegals | invaders from the south | border jumpers | wetbacks | anchor baby | anchor babies
signal: N1
category: dehumanising
actor: immigrants without legal status
label: dehumanising
side: restrictionist
inflect: no
weight: 2
explain: Words like "illegals", "hordes" or "anchor babies" reduce people to a threat or a trick and are widely considered slurs.
alternatives: immigrants in the country illegally | unauthorized immigrants | US-born children of immigrants

id: im.undocumented-americans
forms: undocumented Americans | undocumented neighbors | undocumented neighbours | aspiring Americans | aspiring citizens | future citizens | Americans in waiting | new Americans without papers | undocumented community members
signal: N1
category: legitimising
actor: immigrants without legal status
label: legitimising
side: pro-immigration
inflect: no
weight: 1
explain: Calling people without legal status "Americans" or "neighbors" presents their claim to stay as already settled, the advocates' framing.
alternatives: undocumented immigrants | immigrants without legal status

id: im.newcomers
forms: newcomers without papers | people without papers | sin papeles | out-of-status immigrants | immigrants out of status | irregular migrants | irregular migrant | migrants in an irregular situation
signal: N1
category: euphemistic
actor: immigrants without legal status
label: euphemistic
side: pro-immigration
inflect: no
weight: 0.5
explain: Soft technical phrases like "out of status" or "irregular" avoid saying plainly that someone lives in the country without permission.
alternatives: immigrants without legal status | immigrants in the country illegally
notes: "Irregular migration" is the standard term of the UN and the EU; weight 0.5 because in Europe it is ordinary official language.

# ---------------------------------------------------------------- actor: DACA recipients

id: im.daca-recipients
forms: DACA recipients | DACA recipient | Deferred Action for Childhood Arrivals | DACA beneficiaries | DACA holders | immigrants brought to the US as children | immigrants brought to the country as children | brought to the U.S. as children
signal: N1
category: formal
actor: DACA recipients
label: formal
inflect: no
weight: 1
explain: The programme's name, or a plain description of how they came, is the neutral way to refer to these young immigrants.

id: im.dreamers
forms: Dreamers | DREAMers | Dreamer
signal: N1
category: self-label
actor: DACA recipients
label: self-label
side: pro-immigration
case: sensitive
inflect: no
weight: 0.5
explain: "Dreamers" is the hopeful name advocates chose, after the DREAM Act, and it makes readers see young people with hopes rather than a legal category.
alternatives: DACA recipients | immigrants brought to the US as children
notes: Case-sensitive so that ordinary "dreamers" does not match. In the article-bias corpus (2012-2020) the word is used more by right- and centre-rated outlets than left ones, so it has become a common name; weight 0.5.

# ---------------------------------------------------------------- actor: asylum seekers and refugees

id: im.asylum-seekers
forms: asylum seekers | asylum-seekers | asylum seeker | asylum-seeker | asylum applicants | asylum applicant | migrants seeking asylum | people seeking asylum | families seeking asylum | refugees | refugee | refugee claimants | resettled refugees | refugee families
signal: N1
category: descriptive
actor: asylum seekers and refugees
label: descriptive
inflect: no
weight: 1
explain: "Asylum seeker" and "refugee" are the legal and plain words for people asking for or granted protection.

id: im.bogus-asylum
forms: bogus asylum seekers | bogus asylum seeker | fake refugees | fake refugee | bogus refugees | so-called refugees | so-called asylum seekers | asylum shoppers | asylum shopping | economic migrants posing as refugees | fake asylum claims | bogus asylum claims | asylum cheats | asylum fraudsters
signal: N1
category: delegitimising
actor: asylum seekers and refugees
label: delegitimising
side: restrictionist
inflect: no
weight: 1
explain: Calling asylum seekers "bogus" or "so-called" decides in the outlet's own voice a question that judges decide case by case.
alternatives: asylum seekers | people whose asylum claims were rejected

id: im.refugees-fleeing
forms: desperate families fleeing violence | families fleeing violence | fleeing for their lives | people fleeing for their lives | vulnerable asylum seekers | innocent refugees | desperate refugees | desperate migrants | huddled masses
signal: N1
category: legitimising
actor: asylum seekers and refugees
label: legitimising
side: pro-immigration
inflect: no
weight: 0.5
explain: Emotional phrases like "desperate families fleeing for their lives" describe every migrant as a victim before their cases are known.
alternatives: asylum seekers | migrants

# ---------------------------------------------------------------- actor: immigrants and migrants in general

id: im.immigrants
forms: immigrants | immigrant | migrants | migrant | migrant workers | immigrant workers | foreign-born residents | foreign-born workers | immigrant families | migrant families | migrant children | unaccompanied minors | unaccompanied children | migrant caravan | migrant caravans | caravan of migrants | border crossers | people crossing the border
signal: N1
category: descriptive
actor: immigrants
label: descriptive
inflect: no
weight: 1
explain: Plain words for people who move to another country say who they are without praise or blame.

id: im.invasion
forms: migrant invasion | invasion at the border | invasion of illegals | border invasion | invasion of our country | invasion of our southern border | foreign invasion at the border | swarm of migrants | swarms of migrants | migrant swarm | infest our country | poisoning the blood | poisoning the blood of our country | bad hombres | criminals and rapists | they're not sending their best | sending rapists | animals coming across the border
signal: N1
category: dehumanising
actor: immigrants
label: dehumanising
side: restrictionist
inflect: no
weight: 2
explain: Words of war, insects or disease turn people who cross a border into an enemy or a plague, language that has been linked to violence against immigrants.
alternatives: rising number of border crossings | migrants | immigrants

id: im.water-metaphors
forms: flood of immigrants | flood of migrants | flood of illegal immigrants | flood of refugees | flooding across the border | flooding into the country | tide of migrants | tide of immigrants | onslaught of migrants | deluge of migrants | stream of illegal immigrants | pouring across the border | pouring over the border | pouring into the country
signal: L1
category: loaded
side: restrictionist
inflect: no
weight: 0.5
explain: Water words like "flood" or "wave" make people sound like a natural disaster that must be stopped rather than individuals.
alternatives: increase in arrivals | number of migrants rose | more people crossed the border
notes: "Wave", "influx" and "surge" are left out: officials and neutral outlets use them and expert annotators (BABE) rarely marked them.

# ---------------------------------------------------------------- actor: immigration enforcement agencies

id: im.enforcement-formal
forms: Immigration and Customs Enforcement | Customs and Border Protection | U.S. Customs and Border Protection | US Customs and Border Protection | Border Patrol | U.S. Border Patrol | US Border Patrol | Border Patrol agents | immigration agents | immigration officers | immigration authorities | federal immigration authorities | immigration officials | Department of Homeland Security | border agents | deportation officers | Office of Refugee Resettlement
signal: N1
category: formal
actor: immigration enforcement
label: formal
inflect: no
weight: 1
explain: Agency names and plain job titles are the neutral way to say who enforced the law.

id: im.ice-acronym
forms: ICE | CBP | DHS | ICE's | CBP's | USCIS | ERO
signal: N1
category: formal
actor: immigration enforcement
label: formal
case: sensitive
inflect: no
weight: 1
explain: These are the standard abbreviations of US immigration agencies.

id: im.gestapo
forms: ICE Gestapo | immigration Gestapo | Gestapo tactics | Gestapo-like | deportation machine | deportation squads | kidnapping immigrants | kidnapped by ICE | modern-day slave catchers | Trump's secret police | ICE thugs
signal: N1
category: delegitimising
actor: immigration enforcement
label: delegitimising
side: pro-immigration
inflect: no
weight: 1
explain: Comparing immigration officers to the Gestapo, kidnappers or slave catchers condemns them in the outlet's own voice instead of describing what they did.
alternatives: immigration agents | ICE officers | immigration arrests
notes: "Abolish ICE" is a slogan; in narrator voice it is the outlet's, in quotes the speaker's.

id: im.border-heroes
forms: border heroes | heroic Border Patrol agents | heroes of ICE | brave ICE agents | brave Border Patrol agents | heroic ICE agents | our heroic border agents | protecting our sovereignty
signal: N1
category: glorifying
actor: immigration enforcement
label: glorifying
side: restrictionist
inflect: no
weight: 1
explain: Calling agents "heroes" praises them in the outlet's own voice instead of reporting what they did.
alternatives: Border Patrol agents | ICE officers

# ---------------------------------------------------------------- actor: the two camps in the debate

id: im.restrictionists
forms: immigration restrictionists | immigration hawks | immigration hardliners | immigration skeptics | advocates of stricter immigration | supporters of stricter immigration laws | groups favoring lower immigration | groups that favor lower immigration | Federation for American Immigration Reform | Center for Immigration Studies | NumbersUSA
signal: N1
category: descriptive
actor: immigration restrictionists
label: descriptive
inflect: no
weight: 1
explain: Saying what someone wants ("stricter immigration laws") or naming their group is the neutral description.
notes: "Hardliners" and "hawks" are mild labels common in neutral reporting; they are kept descriptive here.

id: im.nativists
forms: nativists | nativist | xenophobes | xenophobic | anti-immigrant zealots | anti-immigrant extremists | anti-immigrant bigots | immigrant-bashing | immigrant bashing | anti-immigrant groups | anti-immigrant hate groups | white nationalist groups opposed to immigration | restrictionist extremists
signal: N1
category: delegitimising
actor: immigration restrictionists
label: delegitimising
side: pro-immigration
inflect: no
weight: 1
explain: Labelling opponents of immigration as "xenophobes" or "nativists" judges their motives instead of describing their position.
alternatives: immigration restrictionists | advocates of lower immigration
notes: "Anti-immigrant" is common even in wire copy; restrictionists reject it because they oppose illegal immigration or current levels, not immigrants.

id: im.advocates
forms: immigration advocates | immigrant advocates | immigrant rights groups | immigrant-rights groups | immigrant rights advocates | immigrant-rights advocates | pro-immigration groups | immigration reform advocates | refugee advocates | supporters of immigration reform | Refugees International | International Rescue Committee | American Immigration Council | National Immigration Law Center | United We Dream | RAICES
signal: N1
category: descriptive
actor: immigration advocates
label: descriptive
inflect: no
weight: 1
explain: Saying what the groups stand for is the neutral description.

id: im.open-borders-crowd
forms: open-borders advocates | open borders advocates | open-borders activists | open borders activists | open-borders crowd | open borders crowd | open-borders lobby | open borders lobby | open-borders left | open borders Democrats | open-borders Democrats | amnesty advocates | amnesty crowd | amnesty lobby | pro-amnesty | pro-illegal immigration
signal: N1
category: delegitimising
actor: immigration advocates
label: delegitimising
side: restrictionist
inflect: no
weight: 1
explain: Calling people who favour legal paths or asylum "open-borders advocates" pins on them a position almost none of them hold.
alternatives: immigration advocates | supporters of a path to citizenship

# ---------------------------------------------------------------- actor: the border

id: im.border
forms: southern border | US-Mexico border | U.S.-Mexico border | U.S.-Mexican border | US-Mexican border | border with Mexico | Mexican border | southwest border | border wall | border fence | border barrier | ports of entry | port of entry
signal: N1
category: descriptive
actor: the border
label: descriptive
inflect: no
weight: 1
explain: Plain place names and descriptions of the border say where things happen without judgement.

id: im.open-borders
forms: open borders | open border | wide-open border | wide open border | wide-open southern border | porous border | porous southern border | border chaos | chaos at the border | lawless border | broken border | unsecured border | border catastrophe
signal: N1
category: delegitimising
actor: the border
label: delegitimising
side: restrictionist
inflect: no
weight: 1
explain: "Open border" or "border chaos" describe the border as unguarded and out of control, a claim the arrest and deportation figures do not support.
alternatives: the US-Mexico border | border crossings rose | record number of arrests at the border

id: im.trump-wall
forms: Trump's vanity wall | vanity wall | wall of hate | monument to racism | medieval wall | Trump's racist wall
signal: N1
category: delegitimising
actor: the border
label: delegitimising
side: pro-immigration
inflect: no
weight: 1
explain: Calling the border wall a "racist" or "vanity" project condemns it in the outlet's own voice instead of reporting what it costs and does.
alternatives: border wall | border barrier

# ---------------------------------------------------------------- loaded words (L1) and euphemisms (L4)

id: im.border-crisis
forms: border crisis | crisis at the border | crisis on the border | border emergency | national emergency at the border | humanitarian crisis at the border
signal: L1
category: contested
inflect: no
weight: 0.5
explain: Both sides call the border a "crisis", one meaning a security threat and the other a humanitarian one, so the word sets up a frame before the facts.
alternatives: rising number of arrivals | conditions at the border
notes: No side: used by both camps with different meanings.

id: im.amnesty
forms: amnesty for illegal immigrants | amnesty for illegals | amnesty for illegal aliens | amnesty for undocumented immigrants | amnesty for millions | mass amnesty | backdoor amnesty | blanket amnesty | de facto amnesty | amnesty bill | amnesty plan | amnesty program | Reagan amnesty | Reagan's amnesty | grant amnesty | granting amnesty | amnesty to illegal immigrants
signal: L1
category: loaded
side: restrictionist
inflect: no
weight: 1
explain: "Amnesty" suggests forgiving a crime for nothing in return, which is how opponents describe plans that often include fines, waiting periods and checks.
alternatives: path to citizenship | legalization | legal status for immigrants in the country illegally
notes: Bare "amnesty" is left out because it also names Amnesty International and tax or political amnesties.

id: im.path-to-citizenship
forms: earned citizenship | earned legalization | earned legalisation | earned path to citizenship | common-sense immigration reform | commonsense immigration reform
signal: L4
category: euphemism
side: pro-immigration
inflect: no
weight: 0.5
explain: Names like "common-sense reform" or "earned citizenship" sound unobjectionable and hide that the main change is legal status for people in the country illegally.
alternatives: legalization | legal status for immigrants in the country illegally | path to citizenship

id: im.chain-migration
forms: chain migration | chain immigration | catch and release | catch-and-release | birth tourism | jump the line | cut in line | line jumpers | jumped the line | welfare magnets | welfare magnet | diversity lottery scam
signal: L1
category: loaded
side: restrictionist
inflect: no
weight: 1
explain: Slogans like "chain migration" or "catch and release" describe legal procedures (family sponsorship, release pending a hearing) in words meant to make them sound reckless.
alternatives: family-based immigration | release pending an immigration court hearing

id: im.replacement
forms: Great Replacement | replacement theory | great replacement theory | white genocide | demographic replacement | replacing American voters | replace American voters | importing voters | import new voters | importing a new electorate
signal: L1
category: loaded
side: restrictionist
inflect: no
weight: 2
explain: The "Great Replacement" is a white-nationalist conspiracy theory claiming elites are replacing native populations, and it has inspired mass shootings.
alternatives: demographic change | immigration levels

id: im.stealing-jobs
forms: stealing American jobs | steal American jobs | taking our jobs | take our jobs | took our jobs | stealing our jobs | steal our jobs | drain on taxpayers | burden on taxpayers
signal: L1
category: loaded
side: restrictionist
inflect: no
weight: 1
explain: Saying immigrants "steal jobs" or "drain" taxpayers presents a debated economic question as a theft.
alternatives: competition for jobs | effects on wages | fiscal costs

id: im.concentration-camps
forms: concentration camps at the border | concentration camps on the border | concentration camps for migrants | migrant concentration camps | kids in cages | children in cages | babies in cages | caged children | ripping children from their parents | tearing families apart | internment camps for migrants | baby jails | baby jail | kiddie prisons
signal: L1
category: loaded
side: pro-immigration
inflect: no
weight: 1
explain: Comparing detention sites to concentration camps or describing every child as "caged" uses the strongest possible image and leaves readers no room to judge.
alternatives: detention centers | family separation | children held in Border Patrol facilities

id: im.family-residential-centers
forms: family residential centers | family residential center | family residential centres | tender age shelters | tender-age shelters | emergency influx shelters | soft-sided facilities | migrant processing facilities
signal: L4
category: euphemism
side: restrictionist
inflect: no
weight: 1
explain: Official names like "family residential center" or "tender age shelter" make detention of families and small children sound like housing or childcare.
alternatives: family detention centers | shelters for detained young children | detention facilities

id: im.self-deportation
forms: self-deportation | self-deport | self-deported | self-deporting | attrition through enforcement | Migrant Protection Protocols | remigration | mass remigration
signal: L4
category: euphemism
side: restrictionist
inflect: no
weight: 1
explain: Phrases like "self-deportation" or "remigration" describe making life hard enough that people leave, or expelling them, as if it were their free choice or a neutral policy.
alternatives: pressure to leave the country | Remain in Mexico policy | mass deportation

id: im.welcoming-cities
forms: welcoming cities | welcoming city | welcoming communities | sanctuary for families | trust acts | community trust policies
signal: L4
category: euphemism
side: pro-immigration
inflect: no
weight: 0.5
explain: Friendly names like "welcoming city" describe limits on cooperation with immigration agents in words that leave out what the policy does.
alternatives: sanctuary cities | cities that limit cooperation with immigration authorities

id: im.lawless-sanctuary
forms: lawless sanctuary cities | lawless sanctuary city | sanctuary for criminals | sanctuaries for criminals | sanctuary city scourge | sanctuary jurisdictions harboring criminals | harboring illegal aliens | harboring criminal aliens
signal: L1
category: loaded
side: restrictionist
inflect: no
weight: 1
explain: Calling cities "lawless" or "sanctuaries for criminals" condemns a legal policy dispute as protection of criminals.
alternatives: sanctuary cities | cities that limit cooperation with immigration authorities

id: im.migrant-crime
forms: migrant crime | migrant crime wave | illegal alien crime | crimes by illegals | murdered by an illegal | killed by an illegal | illegal immigrant crime wave | migrant rape epidemic
signal: L1
category: loaded
side: restrictionist
inflect: no
weight: 1
explain: Phrases that link crime to migrants as a group suggest they are especially dangerous, which studies of crime rates do not support.
alternatives: crimes committed by immigrants | a man in the country illegally was charged

id: im.xenophobic-policy
forms: racist immigration policy | racist immigration policies | cruel immigration policies | inhumane immigration policy | war on immigrants | assault on immigrants | attack on immigrants | anti-immigrant crusade | mass deportation machine
signal: L1
category: loaded
side: pro-immigration
inflect: no
weight: 0.5
explain: Calling a policy a "war on immigrants" or "cruel" states a verdict about its purpose in the outlet's own voice.
alternatives: travel ban | the administration's immigration policy | executive order restricting entry from several countries
notes: "Muslim ban" is left out: it echoes Trump's own 2015 campaign words, was common in neutral copy of 2017-2020 and expert annotators (BABE) rarely marked it.

id: im.extreme-vetting
forms: extreme vetting | merit-based immigration | merit-based system | border security first | enforcement first | law and order at the border | restoring the rule of law at the border
signal: L4
category: euphemism
side: restrictionist
inflect: no
weight: 0.5
explain: Reassuring slogans like "merit-based" or "securing the border" present cuts to immigration in words nobody would oppose.
alternatives: stricter screening | cuts to family-based immigration | more border enforcement

id: im.deportations
forms: deportations | deportation | deported | removals | removal proceedings | deportation proceedings | immigration arrests | immigration enforcement | immigration raids | worksite raids | mass deportation | mass deportations | expedited removal
signal: N1
category: descriptive
actor: deportation
label: descriptive
inflect: no
weight: 1
explain: "Deportation" and "immigration arrests" say plainly what the government does.

id: im.roundups
forms: roundups | immigrant roundups | mass roundups | ICE roundups | terror raids | ICE terror | reign of terror against immigrants | snatched off the street | disappeared by ICE | ethnic cleansing of immigrants | mass expulsion of immigrants | deportation terror
signal: N1
category: delegitimising
actor: deportation
label: delegitimising
side: pro-immigration
inflect: no
weight: 1
explain: Words like "roundups", "terror" or "disappeared" describe arrests with images of persecution rather than saying who was arrested and how.
alternatives: immigration arrests | deportations | ICE detained (number) people

id: im.enforcement-euphemisms
forms: enforcement operations | enforcement surge | targeted enforcement actions | collateral arrests | collateral apprehensions | removal flights | repatriation flights | law-enforcement partnership
signal: N1
category: euphemistic
actor: deportation
label: euphemistic
side: restrictionist
inflect: no
weight: 0.5
explain: Bureaucratic phrases like "enforcement operations" or "collateral arrests" describe arrests of people who were not targeted in words that hide what happened to them.
alternatives: immigration arrests | deportation flights | arrests of bystanders during raids

id: im.birthright
forms: birthright citizenship | citizenship by birth | 14th Amendment citizenship | US-born children of immigrants | American-born children of immigrants | U.S.-born children
signal: N1
category: descriptive
actor: birthright citizenship
label: descriptive
inflect: no
weight: 1
explain: "Birthright citizenship" is the plain name for the rule that people born in the country are citizens.

id: im.birthright-loaded
forms: birthright citizenship loophole | automatic citizenship for illegals | citizenship for anchor babies | birthright citizenship scam | magnet of birthright citizenship | birthright citizenship for illegal aliens
signal: N1
category: delegitimising
actor: birthright citizenship
label: delegitimising
side: restrictionist
inflect: no
weight: 1
explain: Calling a constitutional rule a "loophole" or "scam" presents it as an abuse rather than as the law courts have upheld since 1898.
alternatives: birthright citizenship | citizenship for children born in the US
sources: United States v. Wong Kim Ark (1898).

id: im.fearmongering
forms: anti-immigrant hysteria | anti-immigrant fearmongering | anti-immigrant fear-mongering | fearmongering about immigrants | fear-mongering about immigrants | scapegoating immigrants | scapegoat immigrants | demonizing immigrants | demonising immigrants | dehumanizing immigrants | hate-filled rhetoric about immigrants | racist rhetoric about immigrants
signal: L1
category: loaded
side: pro-immigration
inflect: no
weight: 0.5
explain: Calling an argument about immigration "fearmongering" or "scapegoating" judges the motive of the speaker instead of reporting what they said.
alternatives: warnings about immigration | criticism of immigrants | (quote the statement)

id: im.humane-system
forms: humane immigration system | humane immigration reform | fair and humane immigration | humane border policy | humane border policies | welcoming the stranger | nation of immigrants | a nation of immigrants | immigrants built this country
signal: L4
category: euphemism
side: pro-immigration
inflect: no
weight: 0.5
explain: Warm slogans like "a nation of immigrants" or "humane border policy" present one side's policy goals as a shared national value.
alternatives: immigration policy | proposals to expand legal immigration
notes: "A nation of immigrants" is also a historical description used across parties; weight 0.5.
