# Conflict-frame cues (signal F2): how coverage of a war or armed conflict is told -
# through its human cost, as a security matter, through diplomacy, through law,
# or as domestic politics. Hand-written from the frame definitions used in
# studies of conflict coverage; see docs/FRAMES.md for the article-level rule.
@pack frames-conflict
@title Conflict frames (F2): humanitarian, security, diplomatic, legal, domestic political
@description Cues that show which angle a sentence about a conflict takes: the suffering of civilians, military threat and defence, negotiation between governments, the law of war, or the politics at home.
@topic frames
@reviewed Drafted by the analysis engineer, November 2026; needs external review.

# humanitarian

id: fc.hum.civilians
forms: civilian | civilians | civilian casualties | civilian deaths | civilian harm | civilian lives | innocent people | women and children
signal: F2
category: humanitarian
explain: Putting civilians first frames a conflict by its human cost.

id: fc.hum.crisis
forms: humanitarian | humanitarian crisis | humanitarian catastrophe | humanitarian disaster | suffering | plight | devastation
signal: F2
category: humanitarian
explain: Words of crisis and suffering frame a conflict through the people who endure it.

id: fc.hum.aid
forms: aid | humanitarian aid | aid workers | aid agencies | aid trucks | relief efforts | relief supplies | relief agencies | food aid | medical supplies | clean water | aid convoy | aid convoys
signal: F2
category: humanitarian
explain: Aid and relief frame a conflict by what people need to survive.

id: fc.hum.displaced
forms: displaced | displacement | refugee | refugees | fled their homes | evacuate | evacuation | evacuees | shelter | shelters | tent | tents | homeless
signal: F2
category: humanitarian
explain: Displacement and shelter frame a conflict by the people forced from their homes.

id: fc.hum.hunger
forms: famine | starvation | starving | malnutrition | malnourished | hunger | food shortages
signal: F2
category: humanitarian
explain: Hunger and famine frame a conflict by its effect on survival.

id: fc.hum.casualties
forms: death toll | wounded | injured | casualties | killed | dead | bodies | hospital | hospitals | orphaned
signal: F2
category: humanitarian
explain: Counting the dead and wounded frames a conflict by its human toll.

# security

id: fc.sec.military
forms: military | troops | soldiers | army | armed forces | defense forces | defence forces | IDF | combat | battalion | battalions | brigade | brigades
signal: F2
category: security
explain: Armies and soldiers frame a conflict as a military matter.

id: fc.sec.operations
forms: military operation | military operations | ground operation | ground operations | ground offensive | offensive | incursion | invasion | airstrike | airstrikes | air strike | air strikes | bombardment | shelling | missile | missiles | rocket | rockets | drone strike | drone strikes
signal: F2
category: security
explain: Operations and strikes frame a conflict by the fighting itself.

id: fc.sec.terror
forms: terrorism | terrorist | terrorists | counterterrorism | counter-terrorism | militant | militants | armed group | armed groups | fighters
signal: F2
category: security
explain: Terrorism and militants frame a conflict as a fight against an armed threat.

id: fc.sec.threat
forms: threat | threats | security | national security | self-defense | self-defence | defend itself | deterrence | escalation | weapons | military aid | military assistance | arms shipments | ammunition | hostage | hostages | tunnels
signal: F2
category: security
explain: Threats, defence and weapons frame a conflict as a question of security.

# diplomatic

id: fc.dip.diplomacy
forms: diplomacy | diplomatic | diplomat | diplomats | envoy | envoys | ambassador | ambassadors | secretary of state | foreign minister | foreign ministers | state department
signal: F2
category: diplomatic
explain: Diplomats and envoys frame a conflict as a matter between governments.

id: fc.dip.talks
forms: negotiations | negotiate | negotiators | peace talks | ceasefire talks | truce talks | mediation | mediators | mediated | summit | held talks
signal: F2
category: diplomatic
explain: Negotiations frame a conflict by efforts to end it through talks.

id: fc.dip.ceasefire
forms: ceasefire | cease-fire | truce | peace deal | peace agreement | peace plan | peace process | two-state solution | normalization | normalisation
signal: F2
category: diplomatic
explain: Ceasefires and peace deals frame a conflict by how it could stop.

id: fc.dip.allies
forms: ally | allies | alliance | partnership | counterparts | bilateral | international community | Security Council | United Nations | relations between | diplomatic pressure
signal: F2
category: diplomatic
explain: Allies and partners frame a conflict by relations between states.

# legal

id: fc.legal.law
forms: international law | international humanitarian law | laws of war | Geneva Conventions | Geneva Convention | legal obligations | legal | illegal | unlawful
signal: F2
category: legal
explain: The law of war frames a conflict by what is permitted and what is not.

id: fc.legal.crimes
forms: war crime | war crimes | crimes against humanity | genocide | ethnic cleansing | collective punishment
signal: F2
category: legal
explain: Naming crimes under international law frames a conflict as a legal matter of guilt.

id: fc.legal.courts
forms: International Court of Justice | ICJ | International Criminal Court | ICC | tribunal | arrest warrant | arrest warrants | court | prosecutor | lawsuit
signal: F2
category: legal
explain: International courts frame a conflict through judgement and accountability.

id: fc.legal.conduct
forms: proportionality | proportionate | disproportionate | violation | violations | violate | accountability | investigation | investigations | human rights
signal: F2
category: legal
explain: Proportionality and violations frame a conflict by whether its conduct is lawful.

# domestic_political

id: fc.dom.politics
forms: Congress | lawmakers | senator | senators | Republicans | Democrats | parliament | Knesset | Duma | coalition | coalition partners | opposition leader | far-right | hard-line
signal: F2
category: domestic_political
explain: Legislators and parties frame a conflict through the politics at home.

id: fc.dom.elections
forms: election | elections | re-election | reelection | voters | election campaign | campaign trail | presidential campaign | polls | approval rating | political pressure | political survival
signal: F2
category: domestic_political
explain: Elections and voters frame a conflict by its effect on leaders at home.

id: fc.dom.protest
forms: protesters | protests | demonstrators | rally | rallies | progressive | progressives | hawks | hawkish | domestic pressure | public opinion
signal: F2
category: domestic_political
explain: Protests and public pressure at home frame a conflict as a domestic political issue.
