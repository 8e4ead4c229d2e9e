# Policy-frame cues (signal F1): words that show which side of a policy a sentence
# talks about, after the 15 dimensions of the Media Frames Corpus codebook.
# Derivation and the article-level rule ("frame present"): docs/FRAMES.md.
# Each sentence with at least one cue of a frame counts once for that frame.
@pack frames-policy
@title Policy frames (F1): cues for the 15 Media Frames Corpus dimensions
@description Words and phrases that signal which dimension of an issue a sentence is about (money, law, crime, security, health, morality, ...), used to count how much of an article each frame takes up.
@topic frames
@reviewed Drafted by the analysis engineer from MFC PMI rankings and the codebook, November 2026; needs external review.

# economic

id: fp.econ.cost
forms: cost | costly | price tag
signal: F1
category: economic
explain: Talking about what something costs puts money at the centre of the story.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.econ.price
forms: price | prices | cheaper | more expensive | inflation
signal: F1
category: economic
explain: Prices and inflation frame an issue by its effect on what people and firms pay.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.econ.tax
forms: tax | taxes | taxpayer | taxpayers | taxation | excise | tariff | tariffs
signal: F1
category: economic
explain: Taxes and tariffs frame an issue in terms of who pays the state and how much.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.econ.budget
forms: budget | deficit | national debt | public spending | government spending | fiscal
signal: F1
category: economic
explain: Budgets and deficits frame an issue by its cost to public finances.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.econ.economy
forms: economy | economic | economically | economist | economists | recession | gross domestic product | GDP
signal: F1
category: economic
explain: Words about the economy as a whole frame an issue by its effect on prosperity.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.econ.jobs
forms: unemployment | jobless | job losses | job creation | wage | wages | minimum wage | labor market | labour market
signal: F1
category: economic
explain: Jobs and wages frame an issue by its effect on work and pay.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.econ.business
forms: revenue | revenues | profit | profits | profitable | investor | investors | shareholder | shareholders | stock market | industry | industries | businesses
signal: F1
category: economic
explain: Profits, revenue and investors frame an issue as a matter for business and markets.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.econ.money
forms: billion dollars | million dollars | dollars | funding | subsidy | subsidies | financial | financially
signal: F1
category: economic
explain: Sums of money and funding put the financial side of an issue forward.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.econ.trade
forms: exports | imports | trade deficit | trade war | free trade
signal: F1
category: economic
explain: Trade flows frame an issue by its effect on a country's commerce.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)

id: fp.econ.compensation
forms: compensation | reimburse | reimbursement
signal: F1
category: economic
explain: Who must pay back whom is an economic framing of harm.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# capacity_resources

id: fp.cap.shortage
forms: shortage | shortages | shortfall | scarce | scarcity | running out
signal: F1
category: capacity_resources
explain: A shortage frames an issue as too little of something to go round.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.cap.capacity
forms: capacity | overcapacity | overcrowded | overcrowding | overwhelmed | overstretched | stretched thin
signal: F1
category: capacity_resources
explain: Talk of capacity frames an issue by whether there is room and means to cope.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.cap.backlog
forms: backlog | backlogs | waiting list | waiting lists | waiting times | delays | bottleneck
signal: F1
category: capacity_resources
explain: Backlogs and waiting lists frame an issue as a system that cannot keep up.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.cap.resources
forms: resources | manpower | staffing | understaffed | short-staffed | staff shortages
signal: F1
category: capacity_resources
explain: Resources and staffing frame an issue by what people and means are available.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.cap.supply
forms: supply | supplies | stockpile | stockpiles | depleted
signal: F1
category: capacity_resources
explain: Supplies and stockpiles frame an issue by how much is available and for how long.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# morality

id: fp.moral.moral
forms: moral | morally | morality | immoral | amoral | ethical | ethically | ethics | unethical
signal: F1
category: morality
explain: Calling something moral or immoral frames it as a question of right and wrong.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.moral.religion
forms: religious | religion | faith | God | church | churches | clergy | pastor | pastors | priest | priests | imam | imams | rabbi | rabbis | bishop | bishops | biblical | Bible | Quran | scripture
signal: F1
category: morality
explain: Religious words frame an issue through faith and religious teaching.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.moral.sin
forms: sin | sinful | sacred | sanctity | holy | blasphemy | blasphemous
signal: F1
category: morality
explain: Words of sin and sanctity frame an issue as a matter of the sacred.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.moral.conscience
forms: conscience | moral obligation | moral duty | duty to | evil | wicked | shameful | disgrace
signal: F1
category: morality
explain: Appeals to conscience and duty, or to evil and shame, frame an issue morally.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)

id: fp.moral.values
forms: family values | traditional values | moral values | principles
signal: F1
category: morality
explain: Appeals to values and principles frame an issue as a test of what a society stands for.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# fairness_equality

id: fp.fair.fairness
forms: fairness | unfair | unfairly | fair share | fair treatment | level playing field | double standard | double standards
signal: F1
category: fairness_equality
explain: Fairness words frame an issue by whether people are treated alike.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.fair.equality
forms: equality | inequality | inequalities | unequal | equal rights | equal pay | equal treatment | equally | equal protection
signal: F1
category: fairness_equality
explain: Equality words frame an issue by who gets the same rights and who does not.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.fair.discrimination
forms: discrimination | discriminate | discriminatory | prejudice | bigotry | racism | sexism | racial profiling | profiling
signal: F1
category: fairness_equality
explain: Discrimination words frame an issue as one group being treated worse than another.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.fair.rights
forms: civil rights | civil liberties | second-class | disparity | disparities | injustice | injustices | marginalized | marginalised
signal: F1
category: fairness_equality
explain: Rights and disparities frame an issue through justice between groups.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# legality

id: fp.legal.court
forms: court | courts | supreme court | federal court | high court | appeals court | court of appeals | district court | circuit court | court ruling | court order | court case
signal: F1
category: legality
explain: Courts and rulings frame an issue as a legal question to be decided by judges.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.legal.judge
forms: judge | judges | justices | ruled | ruling | verdict | injunction | jurisdiction | appellate
signal: F1
category: legality
explain: Judges, rulings and injunctions frame an issue through the law.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.legal.lawsuit
forms: lawsuit | sue | litigation | plaintiff | plaintiffs | class-action | legal challenge | legal action | filed suit
signal: F1
category: legality
explain: Lawsuits frame an issue as a legal dispute.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.legal.constitution
forms: constitution | constitutional | unconstitutional | constitutionality | constitutionally | amendment | First Amendment | Second Amendment
signal: F1
category: legality
explain: Constitutional language frames an issue as a question of what the law allows.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.legal.law
forms: legal | legally | lawful | unlawful | unlawfully | legality | statute | statutes | loophole | loopholes | lawyer | lawyers | attorney | attorneys | legal status
signal: F1
category: legality
explain: Words of law and lawyers frame an issue by what is legal and who may do what.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.legal.rights-law
forms: violated the law | in violation of | violation of | violations of | breach of | international law
signal: F1
category: legality
explain: Talk of violations frames an issue as breaking a rule or law.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)

# policy_prescription

id: fp.policy.policy
forms: policy | policies | policymakers | proposal | proposals | proposed | reform | reforms | overhaul | initiative
signal: F1
category: policy_prescription
explain: Talk of policies and proposals frames an issue by what should be done about it.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.policy.rules
forms: regulation | regulations | regulate | regulators | ordinance | ordinances | mandate | mandatory | requirement | requirements
signal: F1
category: policy_prescription
explain: Rules and mandates frame an issue as something to be governed.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.policy.restrict
forms: ban | bans | banned | banning | prohibit | prohibition | restrict | restriction | restrictions | exemption | exemptions | exempt | crackdown
signal: F1
category: policy_prescription
explain: Bans and restrictions frame an issue by the measures proposed to limit it.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.policy.enact
forms: enact | implement | implementation | comply | compliance | enforce the law | bill would | would require
signal: F1
category: policy_prescription
explain: Enacting and implementing frame an issue by how a measure would work.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.policy.evaluate
forms: effective | ineffective | effectiveness | has worked | did not work | backfire | unintended consequences | pilot program | pilot scheme
signal: F1
category: policy_prescription
explain: Judging whether a measure works frames an issue as policy evaluation.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)

# crime_punishment

id: fp.crime.crime
forms: crime | crimes | criminal | criminals | criminality | felony | felonies | misdemeanor | offense | offence | offences | offender | offenders
signal: F1
category: crime_punishment
explain: Crime words frame an issue as law-breaking.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.crime.arrest
forms: arrest | arrested | arrests | detained | custody | handcuffed | raid | raids | sting operation
signal: F1
category: crime_punishment
explain: Arrests and raids frame an issue as a matter for police.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.crime.charges
forms: charged with | indicted | indictment | prosecutor | prosecutors | prosecution | prosecute | convicted | conviction | pleaded guilty | plead guilty | guilty | acquitted
signal: F1
category: crime_punishment
explain: Charges and convictions frame an issue through criminal courts.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.crime.punish
forms: sentenced | sentence | prison | prisons | jail | jailed | imprisonment | inmates | probation | parole | bail | fined | death penalty | punishment
signal: F1
category: crime_punishment
explain: Prison and sentences frame an issue by how wrongdoers are punished.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.crime.offences
forms: smuggling | smuggler | smugglers | trafficking | traffickers | fraud | theft | robbery | murder | homicide | gang | gangs | cartel | cartels
signal: F1
category: crime_punishment
explain: Named offences frame an issue as crime.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.crime.police
forms: police | law enforcement | officers | detective | detectives | FBI
signal: F1
category: crime_punishment
explain: The police frame an issue as a matter of law enforcement.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# security_defense

id: fp.sec.terror
forms: terrorism | terrorist | terrorists | counterterrorism | counter-terrorism | terror attack | terror attacks | terror group
signal: F1
category: security_defense
explain: Terrorism words frame an issue as a threat to a country's safety.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.sec.military
forms: military | militaries | troops | soldiers | army | armed forces | defense forces | defence forces | navy | air force | Pentagon | ministry of defence | defense ministry | defence ministry
signal: F1
category: security_defense
explain: Armies and soldiers frame an issue through military power.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.sec.security
forms: national security | security forces | security threat | homeland security | border security | security concerns | security services
signal: F1
category: security_defense
explain: Security talk frames an issue by how to protect a country.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.sec.threat
forms: threat | threats | threaten | adversary | adversaries | enemy | enemies | deterrence | deter
signal: F1
category: security_defense
explain: Threats and enemies frame an issue as danger from outside.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.sec.defend
forms: defend itself | defend themselves | self-defense | self-defence | right to defend | defense secretary | defence secretary | missile defense | air defense | air defence | defense spending | defence spending | defense needs
signal: F1
category: security_defense
explain: Defence frames an issue as protecting against attack.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)

id: fp.sec.operations
forms: military operation | military operations | ground operation | ground offensive | military offensive | invasion | incursion | airstrike | airstrikes | air strike | air strikes | missile | missiles | rocket | rockets | bombing | bombardment | shelling
signal: F1
category: security_defense
explain: Military operations and strikes frame an issue as armed conflict.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)

id: fp.sec.weapons
forms: arms sales | arms shipments | munitions | weapons of mass destruction | militant | militants | hostage | hostages
signal: F1
category: security_defense
explain: Arms deals, militants and hostages frame an issue through force and the threat of it.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)

id: fp.sec.patrol
forms: patrol | patrols | surveillance | intelligence agencies | intelligence services | intelligence officials | escalation | war
signal: F1
category: security_defense
explain: Patrols, intelligence and war frame an issue as a matter of security.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# health_safety

id: fp.health.health
forms: health | healthcare | health care | public health | mental health | health risks | health risk
signal: F1
category: health_safety
explain: Health words frame an issue by its effect on people's bodies and minds.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.health.disease
forms: disease | diseases | illness | illnesses | cancer | cancers | infection | infections | epidemic | pandemic | outbreak | virus | chronic
signal: F1
category: health_safety
explain: Diseases frame an issue as a danger to health.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.health.medical
forms: hospital | hospitals | doctor | doctors | nurses | patients | medical | medicine | medicines | treatment | vaccine | vaccines | surgeon
signal: F1
category: health_safety
explain: Doctors and hospitals frame an issue through medical care.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.health.harm
forms: injury | injuries | injured | toxic | hazard | hazards | hazardous | harmful | carcinogen | carcinogens | overdose | overdoses | addiction | addictive
signal: F1
category: health_safety
explain: Injuries and hazards frame an issue by physical harm.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.health.safety
forms: safety | unsafe | safer | safety standards | risk of death | dangerous conditions
signal: F1
category: health_safety
explain: Safety words frame an issue by whether people are kept from harm.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# quality_of_life

id: fp.qol.life
forms: quality of life | standard of living | living conditions | way of life | daily life | everyday life | well-being | wellbeing
signal: F1
category: quality_of_life
explain: Words about daily life frame an issue by how it changes people's lives.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.qol.poverty
forms: poverty | poor families | homeless | homelessness | hardship | hardships | make ends meet | cost of living
signal: F1
category: quality_of_life
explain: Poverty and hardship frame an issue by its effect on people's circumstances.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.qol.home
forms: housing | affordable housing | rent | rents | childcare | child care | commute | neighborhood | neighbourhood | livelihood | livelihoods
signal: F1
category: quality_of_life
explain: Homes, childcare and livelihoods frame an issue through ordinary life.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.qol.afford
forms: afford | affordable | unaffordable | welfare | pension | pensions
signal: F1
category: quality_of_life
explain: What people can afford and the support they get frame an issue by living standards.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.qol.feelings
forms: happier | happiness | loved ones | fear for | lonely | loneliness
signal: F1
category: quality_of_life
explain: Feelings about one's own life frame an issue by its human effect.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# cultural_identity

id: fp.culture.culture
forms: culture | cultures | cultural | culturally | heritage | tradition | traditions | traditional | folklore
signal: F1
category: cultural_identity
explain: Culture and tradition frame an issue as a question of who a people are.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.culture.identity
forms: identity | national identity | ethnic | ethnicity | ethnically | assimilation | assimilate | integration | multicultural | multiculturalism | diversity | diverse
signal: F1
category: cultural_identity
explain: Identity and belonging frame an issue through the make-up of society.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.culture.groups
forms: minorities | minority | indigenous | native-born | foreign-born | newcomers | language and culture
signal: F1
category: cultural_identity
explain: Naming groups by origin frames an issue around who belongs.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.culture.nation
forms: patriotism | patriotic | national pride | our values | western values | civilization | civilisation
signal: F1
category: cultural_identity
explain: Nation and civilisation frame an issue as a matter of a people's character.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)

# public_opinion

id: fp.opinion.poll
forms: poll | polls | polling | pollster | pollsters | survey | surveyed | respondents | approval rating | public opinion | Gallup
signal: F1
category: public_opinion
explain: Polls frame an issue by what the public thinks.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.opinion.protest
forms: protest | protests | protesters | protestors | demonstrators | demonstration | demonstrations | rally | rallies | marched | sit-in | boycott | petition
signal: F1
category: public_opinion
explain: Protests and rallies frame an issue through public reaction.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.opinion.mood
forms: public outcry | outcry | backlash | public anger | public support | popular support | sentiment | mood of the country | grassroots | activists | advocacy groups
signal: F1
category: public_opinion
explain: Outcry and backlash frame an issue by how the public reacts.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.opinion.majority
forms: majority of Americans | majority of voters | most Americans | most people | percent of Americans | per cent of voters
signal: F1
category: public_opinion
explain: Claims about what most people think frame an issue by public opinion.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# political

id: fp.pol.parties
forms: Republican | Republicans | Democrat | Democrats | Democratic Party | GOP | Labour Party | Tory | Tories | party leader | ruling party | opposition party
signal: F1
category: political
explain: Party names frame an issue as a contest between political sides.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.pol.legislature
forms: Congress | congressional | Senate | senator | senators | lawmakers | legislators | legislature | parliament | parliamentary | House of Representatives | filibuster | veto | vetoed | caucus
signal: F1
category: political
explain: Legislatures and their manoeuvres frame an issue as political process.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.pol.elections
forms: election | elections | electoral | re-election | reelection | campaign trail | presidential campaign | primaries | midterm | midterms | candidate | candidates | nominee | voters | constituents
signal: F1
category: political
explain: Elections and voters frame an issue by its effect on who wins power.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.pol.politics
forms: political | politically | politics | politician | politicians | partisan | bipartisan | political pressure | political capital | strategists | coalition
signal: F1
category: political
explain: Talk of politics frames an issue as a game of power and advantage.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.pol.ideology
forms: left-wing | right-wing | far-right | far-left | conservative | conservatives | liberal | liberals | progressive | progressives
signal: F1
category: political
explain: Left and right labels frame an issue along political camps.
notes: derived: ranked by PMI in MFC spans (framecues), curated

# external_regulation

id: fp.ext.international
forms: international community | international pressure | international criticism | world leaders | global standing | reputation abroad | image abroad
signal: F1
category: external_regulation
explain: The world's view frames an issue by a country's standing abroad.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.ext.relations
forms: foreign policy | foreign relations | international relations | bilateral | relations between | diplomatic | diplomacy | diplomats | ambassador | embassy | allies | ally
signal: F1
category: external_regulation
explain: Relations between countries frame an issue through foreign affairs.
notes: derived: ranked by PMI in MFC spans (framecues), curated

id: fp.ext.bodies
forms: United Nations | Security Council | European Union | NATO | World Health Organization | treaty | treaties | sanctions | international agreement | trade agreement
signal: F1
category: external_regulation
explain: International bodies, treaties and sanctions frame an issue by rules made beyond one country.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)

id: fp.ext.UN
forms: UN
signal: F1
category: external_regulation
case: sensitive
inflect: no
explain: The UN stands for rules and judgement from outside one country.
notes: codebook: added from the frame's definition (Boydstun et al. 2014)
