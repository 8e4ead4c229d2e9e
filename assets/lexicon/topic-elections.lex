# Topic pack: elections (mainly United States).
# Written for Framelens in our own words. Every actor has neutral entries (formal or descriptive) so the
# engine can count all mentions of the actor; loaded labels are flagged on every side with the same care.
# Sides used here: right (Republican-aligned, conservative), left (Democratic-aligned, progressive).
# Claims about elections are flagged against what courts and officials found: the claim that the 2020
# election was stolen was rejected by courts, recounts and audits, so "stolen election" is loaded; so is the
# claim that the 2016 result was "illegitimate". Label classes are documented in docs/LEXICON-PACKS.md.
@pack topic-elections
@title Elections: names for parties, candidates' camps, voters, election claims and January 6, and the loaded words of each side
@description What outlets call the two parties and their supporters, disputed election claims, the people who make them, January 6 and voting laws, plus topic words that take a side (stolen election, the Big Lie, insurrection, MAGA extremists, Democrat Party, voter suppression, election integrity, insulting nicknames).
@topic elections
@reviewed Balance reviewed by: topic-lexicon writer (Framelens helper), 2026-11-22; needs external review by readers from both parties.

# ---------------------------------------------------------------- actor: Democratic Party

id: el.democrats
forms: Democratic Party | Democrats | Democratic lawmakers | Democratic leaders | Democratic leadership | House Democrats | Senate Democrats | congressional Democrats | Democratic National Committee | Democratic candidates | Democratic candidate | Democratic nominee | Democratic officials | Democratic-led | Democratic senators | Democratic governors | Dems | the Democratic side
signal: N1
category: formal
actor: Democratic Party
label: formal
inflect: no
weight: 1
explain: The party's own name and plain descriptions of its members are the neutral way to refer to it.

id: el.dnc
forms: DNC | DCCC | DSCC
signal: N1
category: formal
actor: Democratic Party
label: formal
case: sensitive
inflect: no
weight: 1
explain: These are the standard abbreviations of Democratic Party committees.

id: el.democrat-party
forms: Democrat Party | Democrat Party's | Democrat lawmakers | Democrat leaders | Democrat-controlled | Democrat-led | Democrat senators | Democrat governors | Democrat candidates | Democrat politicians
signal: N1
category: delegitimising
actor: Democratic Party
label: delegitimising
side: right
inflect: no
weight: 0.5
explain: Using "Democrat" instead of "Democratic" as an adjective is a decades-old partisan jab that many readers notice as a sign of the writer's side.
alternatives: Democratic Party | Democratic lawmakers

id: el.radical-left-democrats
forms: radical-left Democrats | radical left Democrats | far-left Democrats | socialist Democrats | Democrat socialists | Marxist Democrats | communist Democrats | woke Democrats | the radical left | radical leftists | radical-left | far-left radicals | Democrat mob | Democrat machine | Demonrats | Democraps | Dumbocrats | party of open borders | party of crime | party of death | party of abortion
signal: N1
category: delegitimising
actor: Democratic Party
label: delegitimising
side: right
inflect: no
weight: 1
explain: Labels like "radical left", "Marxist Democrats" or "Demonrats" insult the party instead of describing its positions.
alternatives: Democrats | Democratic Party | progressive Democrats

id: el.democracy-defenders
forms: party of the people | defenders of democracy | pro-democracy Democrats | the only party defending democracy | party of working families | champions of working families
signal: N1
category: glorifying
actor: Democratic Party
label: glorifying
side: left
inflect: no
weight: 1
explain: Praise like "defenders of democracy" or "party of the people" repeats the party's own campaign message in the outlet's voice.
alternatives: Democrats | Democratic Party

# ---------------------------------------------------------------- actor: Republican Party

id: el.republicans
forms: Republican Party | Republicans | Republican lawmakers | Republican leaders | Republican leadership | House Republicans | Senate Republicans | congressional Republicans | Republican National Committee | Republican candidates | Republican candidate | Republican nominee | Republican officials | Republican-led | Republican senators | Republican governors | the Republican side | Grand Old Party
signal: N1
category: formal
actor: Republican Party
label: formal
inflect: no
weight: 1
explain: The party's own name and plain descriptions of its members are the neutral way to refer to it.

id: el.gop
forms: GOP | GOP's | RNC | NRCC | NRSC
signal: N1
category: formal
actor: Republican Party
label: formal
case: sensitive
inflect: no
weight: 1
explain: GOP ("Grand Old Party") and the committees' abbreviations are standard, neutral names.

id: el.maga-extremists
forms: MAGA Republicans | MAGA extremists | MAGA extremist | ultra-MAGA | ultra MAGA | extreme MAGA Republicans | MAGA cult | Trump cult | cult of Trump | MAGA cultists | Trump cultists | far-right Republicans | extremist Republicans | Republican extremists | semi-fascism | semi-fascist | fascist Republicans | GQP | Rethuglicans | Republikkkans | party of insurrection | party of Trump | white nationalist party | Christian nationalist Republicans
signal: N1
category: delegitimising
actor: Republican Party
label: delegitimising
side: left
inflect: no
weight: 1
explain: Labels like "MAGA extremists", "Trump cult" or "GQP" insult the party instead of describing its positions.
alternatives: Republicans | Republican Party | Trump-aligned Republicans
notes: "MAGA Republicans" was President Biden's 2022 coinage for part of the party; "far-right" is sometimes an accurate description of specific groups, weight stays 1 because as a party label it judges.

id: el.patriots
forms: party of patriots | America First patriots | true patriots | real Americans | real America | silent majority | party of law and order | party of the working class | defenders of freedom
signal: N1
category: glorifying
actor: Republican Party
label: glorifying
side: right
inflect: no
weight: 1
explain: Praise like "true patriots" or "real Americans" suggests the other side is less American, and repeats a campaign message in the outlet's voice.
alternatives: Republicans | Trump supporters | conservative voters

# ---------------------------------------------------------------- actor: Trump supporters

id: el.trump-supporters
forms: Trump supporters | Trump supporter | Trump voters | Trump voter | Trump's base | Trump base | MAGA supporters | MAGA voters | Trump loyalists | Trump allies | pro-Trump | supporters of President Trump | supporters of former President Trump | MAGA movement | Make America Great Again movement
signal: N1
category: descriptive
actor: Trump supporters
label: descriptive
inflect: no
weight: 1
explain: "Trump supporters" or "Trump voters" say plainly who is meant.
notes: "MAGA" is the movement's own slogan-name; as "MAGA supporters" it is classed descriptive because supporters use it proudly.

id: el.deplorables
forms: deplorables | basket of deplorables | Trumpanzees | Trumpkins | Trumptards | MAGAts | rubes | low-information voters | bitter clingers | cling to guns or religion | red-state rubes | flyover country | Trump's army of morons
signal: N1
category: delegitimising
actor: Trump supporters
label: delegitimising
side: left
inflect: no
weight: 1
explain: Insults like "deplorables" or "rubes" dismiss millions of voters as stupid or bigoted instead of describing what they think.
alternatives: Trump supporters | Trump voters
notes: Some supporters adopted "deplorables" proudly after Hillary Clinton's 2016 remark; in their mouths it is a self-label.

id: el.forgotten-americans
forms: forgotten Americans | forgotten men and women | the forgotten man | everyday Americans in the heartland | hardworking patriots | real working Americans | America's heartland voters | heartland patriots
signal: N1
category: glorifying
actor: Trump supporters
label: glorifying
side: right
inflect: no
weight: 0.5
explain: Romantic phrases like "forgotten Americans" present one candidate's voters as the true, neglected people, a campaign theme in the outlet's voice.
alternatives: Trump voters | rural voters | working-class voters

# ---------------------------------------------------------------- actor: liberal and progressive voters

id: el.liberals
forms: liberals | liberal voters | progressives | progressive voters | Democratic voters | Democratic base | Biden supporters | Biden voters | Harris supporters | Harris voters | Clinton supporters | left-leaning voters | liberal activists | progressive activists
signal: N1
category: descriptive
actor: left-leaning voters
label: descriptive
inflect: no
weight: 1
explain: "Liberals", "progressives" or "Democratic voters" are the standard, neutral names.

id: el.libtards
forms: libtards | libtard | snowflakes | snowflake liberals | woke mob | woke left | wokesters | leftards | commies | commie | coastal elites | latte liberals | limousine liberals | champagne socialists | liberal elites | cultural Marxists | social justice warriors | SJWs | Trump Derangement Syndrome | Karens of the left | unhinged leftists | unhinged liberals
signal: N1
category: delegitimising
actor: left-leaning voters
label: delegitimising
side: right
inflect: no
weight: 1
explain: Insults like "snowflakes", "libtards" or "Trump Derangement Syndrome" dismiss people who vote on the left as weak or mad instead of describing what they think.
alternatives: liberals | progressives | Democratic voters | Trump's critics

# ---------------------------------------------------------------- actor: disputed election claims (2020 and 2016)

id: el.election-results
forms: 2020 election | 2020 presidential election | 2016 election | 2016 presidential election | 2024 election | election results | election result | election outcome | presidential election results | certified results | certification of the election | Electoral College vote
signal: N1
category: descriptive
actor: election results
label: descriptive
inflect: no
weight: 1
explain: Plain names for an election and its results say what is meant without taking a side on disputes.

id: el.stolen-election
forms: stolen election | stolen 2020 election | election was stolen | election was rigged | rigged election | rigged elections | rigged 2020 election | fraudulent election | the Big Steal | Stop the Steal | massive voter fraud | widespread voter fraud | massive election fraud | widespread election fraud | fraudulent votes | illegal votes | dead people voting | ballot dumps | ballot dump | 2000 Mules | stolen from Trump | landslide victory stolen
signal: N1
category: delegitimising
actor: election results
label: delegitimising
side: right
inflect: no
weight: 2
explain: Calling the 2020 election "stolen" or "rigged" states as fact a claim that more than 60 court cases, recounts and audits, including by Republican officials, rejected.
alternatives: the 2020 election | Trump's false claims of fraud | claims of fraud that courts rejected
notes: "Voter fraud" as a topic (actual cases, which are rare) is not listed; the adjectives "massive" and "widespread" make the claim.

id: el.illegitimate-2016
forms: illegitimate president | illegitimate presidency | stolen 2016 election | 2016 election was stolen | selected not elected | Russian-installed president | installed by Russia | installed by Putin | Putin's puppet president | Kremlin's candidate | Manchurian candidate | puppet of Putin
signal: N1
category: delegitimising
actor: election results
label: delegitimising
side: left
inflect: no
weight: 1
explain: Calling a winner "illegitimate" or "installed by Russia" states as fact a claim that investigations did not establish: Russian interference happened, but no inquiry found it changed the result.
alternatives: the 2016 election | Russian interference in the 2016 election

id: el.big-lie
forms: the Big Lie | Big Lie | Trump's Big Lie | election lies | election lie | Trump's election lies | stolen election lie | election denialism | election denial | election-denying | democracy is on the ballot | end of democracy | the death of democracy | authoritarian takeover
signal: N1
category: delegitimising
actor: election results
label: delegitimising
side: left
inflect: no
weight: 0.5
explain: Phrases like "the Big Lie" or "democracy is on the ballot" frame one side as an existential threat; the underlying claim may be false, but the slogan is a side's campaign language.
alternatives: Trump's false claims that the 2020 election was stolen | the claim of a stolen election
notes: Weight 0.5: describing the stolen-election claim as false is accurate; "the Big Lie" (a phrase from Nazi propaganda analysis) and doom slogans are the loaded part.

# ---------------------------------------------------------------- actor: people who dispute elections

id: el.deniers
forms: election deniers | election denier | 2020 election deniers | election-denying candidates | election conspiracy theorists | stolen-election conspiracy theorists | coup plotters | coup plotter | seditionists | seditionist | traitors to democracy | enemies of democracy
signal: N1
category: delegitimising
actor: people disputing election results
label: delegitimising
side: left
inflect: no
weight: 0.5
explain: "Election denier" turns a person into their false claim; saying what they claimed is clearer, and words like "traitors" or "seditionists" convict them in the outlet's voice.
alternatives: candidates who falsely claim the 2020 election was stolen | Republicans who dispute the 2020 results
notes: Common in mainstream copy since 2022, weight 0.5; "seditionist" is accurate for people convicted of seditious conspiracy.

id: el.integrity-activists
forms: election integrity activists | election integrity advocates | election integrity groups | election integrity volunteers | election integrity movement | election integrity patriots | poll watchers for election integrity | election skeptics | election sceptics | fraud investigators
signal: N1
category: self-label
actor: people disputing election results
label: self-label
side: right
inflect: no
weight: 1
explain: "Election integrity activists" is the name chosen by people who dispute results; it presents them as guardians of fair elections.
alternatives: activists who claim the 2020 election was stolen | people who dispute the 2020 results

# ---------------------------------------------------------------- actor: January 6, 2021

id: el.jan6
forms: January 6 attack | Jan. 6 attack | Jan 6 attack | January 6th attack | attack on the Capitol | Capitol attack | Capitol riot | riot at the Capitol | Capitol riots | storming of the Capitol | Jan. 6 riot | January 6 riot | breach of the Capitol | Capitol breach | events of January 6 | Jan. 6 committee | January 6 committee | House select committee on January 6
signal: N1
category: descriptive
actor: January 6
label: descriptive
inflect: no
weight: 1
explain: "Attack on the Capitol" or "Capitol riot" say what happened on January 6, 2021 in the words used by most outlets.

id: el.insurrection
forms: insurrection | January 6 insurrection | Jan. 6 insurrection | Capitol insurrection | MAGA insurrection | Trump's insurrection | failed coup | attempted coup | coup attempt | self-coup | autogolpe | domestic terrorist attack | terrorist attack on the Capitol | violent insurrection | deadly insurrection
signal: N1
category: delegitimising
actor: January 6
label: delegitimising
side: left
inflect: no
weight: 0.5
explain: "Insurrection" and "coup" describe January 6 as an attempt to overthrow the government, which a congressional committee and several courts concluded but which is disputed by Trump's supporters.
alternatives: attack on the Capitol | Capitol riot
notes: Weight 0.5: the House select committee, 57 senators in the 2021 impeachment vote and the Colorado Supreme Court (2023) used "insurrection"; the US Supreme Court (2024) ruled on other grounds. Bare "insurrection" also matches "Insurrection Act" and history; read the context.

id: el.peaceful-protest
forms: peaceful protest at the Capitol | normal tourist visit | tourists at the Capitol | legitimate political discourse | fedsurrection | FBI-instigated riot | FBI setup | largely peaceful crowd at the Capitol | day of love | so-called insurrection
signal: N1
category: euphemistic
actor: January 6
label: euphemistic
side: right
inflect: no
weight: 2
explain: Calling the attack on the Capitol a "tourist visit", "day of love" or an FBI plot plays down or denies violence that injured about 140 police officers.
alternatives: attack on the Capitol | Capitol riot

# ---------------------------------------------------------------- actor: January 6 participants

id: el.jan6-participants
forms: Capitol rioters | pro-Trump rioters | Jan. 6 rioters | January 6 rioters | Jan. 6 defendants | January 6 defendants | Capitol riot defendants | pro-Trump mob | people who stormed the Capitol | those who stormed the Capitol | Jan. 6 participants
signal: N1
category: descriptive
actor: January 6 participants
label: descriptive
inflect: no
weight: 1
explain: "Rioters" and "defendants" say what people did or are charged with, in the words used by courts and most outlets.

id: el.insurrectionists
forms: insurrectionists | insurrectionist | MAGA insurrectionists | Trump insurrectionists | domestic terrorists who stormed the Capitol | Capitol terrorists | traitors who stormed the Capitol | seditious mob
signal: N1
category: delegitimising
actor: January 6 participants
label: delegitimising
side: left
inflect: no
weight: 0.5
explain: "Insurrectionists" convicts everyone present of trying to overthrow the government, while most were charged with lesser offences.
alternatives: Capitol rioters | Jan. 6 defendants

id: el.j6-hostages
forms: J6 hostages | January 6 hostages | Jan. 6 hostages | J6 political prisoners | January 6 political prisoners | political prisoners of January 6 | J6 patriots | January 6 patriots | J6ers | persecuted patriots | January 6 martyrs | Ashli Babbitt martyr
signal: N1
category: glorifying
actor: January 6 participants
label: glorifying
side: right
inflect: no
weight: 2
explain: Calling people convicted over the Capitol attack "hostages" or "patriots" turns lawful prosecution into persecution.
alternatives: Jan. 6 defendants | people convicted over the Capitol attack

# ---------------------------------------------------------------- loaded words about voting rules (L1, L4)

id: el.election-integrity
forms: election integrity | election integrity laws | election integrity law | ballot integrity | election security law | protect the ballot | restoring confidence in elections | make it easy to vote and hard to cheat | easy to vote and hard to cheat
signal: L4
category: euphemism
side: right
inflect: no
weight: 0.5
explain: "Election integrity" is the name supporters give to new limits on voting; it suggests the old rules allowed cheating.
alternatives: new voting rules | voting restrictions | stricter voter ID requirements
notes: Also a neutral phrase in election administration; weight 0.5.

id: el.ballot-harvesting
forms: ballot harvesting | ballot harvesters | ballot trafficking | ballot mules | vote harvesting | illegal aliens voting | noncitizen voting epidemic | voter rolls full of dead people | dead voters
signal: L1
category: loaded
side: right
inflect: no
weight: 0.5
explain: Words like "ballot harvesting" or "mules" describe the legal collection of other people's ballots as if it were a crime.
alternatives: ballot collection | third-party ballot collection | collecting absentee ballots for others

id: el.voter-suppression
forms: voter suppression | voter-suppression | voter suppression laws | suppressing the vote | suppress the vote | Jim Crow 2.0 | Jim Crow 2 | new Jim Crow | Jim Crow in a suit | war on voting | attacks on voting rights | racist voting laws | voter purges | purging voters
signal: L1
category: loaded
side: left
inflect: no
weight: 0.5
explain: "Voter suppression" and "Jim Crow 2.0" state that a voting rule is meant to stop people voting, a judgement about intent presented as description.
alternatives: new voting rules | voting restrictions | removal of voters from the rolls
notes: Weight 0.5: some measures have been found by courts to discriminate; the label is loaded when applied to all of them.

id: el.gerrymander-loaded
forms: rigged maps | rigged map | rigged districts | partisan power grab | stolen Supreme Court seat | illegitimate Supreme Court | stolen seats | extreme gerrymander | extreme gerrymanders
signal: L1
category: loaded
inflect: no
weight: 0.5
explain: Phrases like "partisan power grab" or "rigged maps" condemn a change in rules before describing it; both parties use them against each other.
alternatives: new district maps | redistricting | the Supreme Court nomination
notes: No side: both parties use these phrases.

id: el.media-insults
forms: fake news media | corrupt media | dishonest media | presstitutes | legacy media liars | regime media | state media for Democrats | Democrat media complex | mainstream media propaganda
signal: L1
category: loaded
side: right
inflect: no
weight: 1
explain: Calling the press "the enemy of the people" or "presstitutes" attacks reporters as a group instead of disputing a specific report.
alternatives: news media | the press | (name the outlet and the report disputed)

id: el.fox-insults
forms: Faux News | Fox propaganda | Fox propaganda network | state TV for Trump | Trump TV | right-wing propaganda machine | right-wing media machine | right-wing echo chamber | disinformation machine | MAGA media
signal: L1
category: loaded
side: left
inflect: no
weight: 1
explain: Calling conservative outlets "propaganda" or mocking their names attacks them as a group instead of disputing a specific report.
alternatives: Fox News | conservative media | (name the outlet and the report disputed)

id: el.nicknames-right
forms: Sleepy Joe | Crooked Joe | Crooked Hillary | Crazy Bernie | Mini Mike | Little Marco | Low-energy Jeb | Low Energy Jeb | Comrade Kamala | Laffin Kamala | Shifty Schiff | Crazy Nancy | Nervous Nancy | Cryin Chuck | Sloppy Steve | Birdbrain | Meatball Ron | DeSanctimonious | Tampon Tim | Joe Hiden | Let's Go Brandon
signal: L1
category: loaded
side: right
inflect: no
weight: 1
explain: Insulting nicknames mock a politician instead of reporting what they said or did.
alternatives: (the politician's name and title)
notes: Most were coined by Donald Trump against rivals of both parties; inside his quotes they are his words.

id: el.nicknames-left
forms: Drumpf | Cheeto Mussolini | Orange Man | Orange Julius | Tangerine Tyrant | Cadet Bone Spurs | Don the Con | Dotard | Trumpty Dumpty | Moscow Mitch | Ditch Mitch | Cancun Cruz | Leningrad Lindsey | Tiny Hands | Mango Mussolini | Dictator Don | Felon Trump | Diaper Don
signal: L1
category: loaded
side: left
inflect: no
weight: 1
explain: Insulting nicknames mock a politician instead of reporting what they said or did.
alternatives: (the politician's name and title)
notes: "Felon" is a factual description of Trump after his May 2024 conviction; as a nickname ("Felon Trump") it is a jab.

id: el.trumpism
forms: Trumpism | Trumpist | Trumpists | Trumpian | Trumpite | Trumpites | Trumpland
signal: L1
category: loaded
side: left
case: sensitive
inflect: no
weight: 1
explain: Naming a politics after one man ("Trumpism", "Trumpian") sums up many people's views as loyalty to a personality.
alternatives: Trump's policies | Trump's supporters | (name the policy or view)
notes: The mirror entry for Democratic leaders is el.leader-isms-right; "Trump cult" is in el.maga-extremists (N1). "Trumpism" is also used by scholars and by some supporters; in a report's own voice it still stands in for a description.

id: el.leader-isms-right
forms: Obamaism | Obamaites | Bidenism | Clintonism | Clintonistas | Clintonites | Clinton machine | Bernie Bros | Bernie bros | Bernie Bro | Bernie bro | BernieBros
signal: L1
category: loaded
side: right
case: sensitive
inflect: no
weight: 1
explain: Naming a camp after its leader ("Clintonistas", "Bernie Bros") sums up many people's views as loyalty to a personality, and "machine" calls them a political operation rather than voters.
alternatives: Obama's policies | Sanders supporters | Clinton's allies | (name the policy or view)
notes: Mirror of el.trumpism. "Bernie Bros" is also used by centrist Democrats against Sanders supporters.

# ---------------------------------------------------------------- actor: mail voting

id: el.mail-voting
forms: mail-in voting | mail-in ballots | mail-in ballot | absentee ballots | absentee ballot | absentee voting | vote by mail | vote-by-mail | voting by mail | mail voting | mail ballots | early voting | ballot drop boxes | ballot drop box | drop boxes
signal: N1
category: descriptive
actor: mail voting
label: descriptive
inflect: no
weight: 1
explain: Plain names for ways of voting describe them without suggesting they are safe or unsafe.

id: el.mail-fraud-claims
forms: unsolicited ballots | unsolicited mail-in ballots | mass mail-in voting | mass mail-in ballots | fraudulent mail-in ballots | rigged mail-in voting | mail-in fraud | mail-in voting fraud | universal mail-in ballots | ballots sent to dead people | unsecured drop boxes
signal: N1
category: delegitimising
actor: mail voting
label: delegitimising
side: right
inflect: no
weight: 1
explain: Phrases like "fraudulent mail-in ballots" present mail voting as riddled with fraud, which studies and election officials have not found.
alternatives: mail-in ballots | absentee ballots sent to all registered voters

id: el.poll-tax
forms: modern-day poll tax | modern poll tax | poll tax | voter ID is racist | racist voter ID laws | disenfranchisement laws | designed to disenfranchise | strip voting rights
signal: L1
category: loaded
side: left
inflect: no
weight: 0.5
explain: Calling ID or fee rules a "poll tax" compares them to Jim Crow measures, a judgement about their purpose stated as description.
alternatives: voter ID requirement | rules requiring fees to be paid before voting
notes: "Poll tax" is also the historical name of the real tax; read the context.
