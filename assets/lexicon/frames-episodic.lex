# Episodic and thematic cues (signal F4), after Iyengar (1991): episodic coverage
# tells an issue through particular people and moments; thematic coverage through
# numbers, trends, causes and policy. Most articles mix both; the dashboard shows
# the balance. See docs/FRAMES.md for the article-level rule.
@pack frames-episodic
@title Episodic vs thematic (F4)
@description Cues for telling a story through individual people's experiences (episodic) or through statistics, trends and policy (thematic).
@topic frames
@reviewed Drafted by the analysis engineer, November 2026; needs external review.

# episodic

id: fe.epi.family
forms: mother of | father of | his wife | her husband | his mother | her mother | his father | her father | his son | her son | his daughter | her daughter | his brother | her brother | his sister | her sister | his children | her children | his family | her family | grandmother | grandfather | widow | widower
signal: F4
category: episodic
explain: Naming someone's family tells the story through one person's life.

id: fe.epi.firstperson
forms: my son | my daughter | my wife | my husband | my mother | my father | my family | my children | my home | my house | my life | our home | our family
signal: F4
category: episodic
explain: First-person words about home and family tell the story through someone's own experience.

id: fe.epi.age
forms: years old | year-old
signal: F4
category: episodic
inflect: no
explain: Giving a person's age introduces an individual as the face of the story.

id: fe.epi.moment
forms: recalled | recalls | remembered | remembers | woke up | was sitting | was standing | that morning | that night
signal: F4
category: episodic
explain: Recounting one person's moment tells the story as an episode.

id: fe.epi.person
forms: a resident | one resident | a neighbor | a neighbour | neighbors | neighbours | a survivor | survivors | a witness | eyewitness | eyewitnesses | a shopkeeper | a teacher | a nurse | a student | a farmer
signal: F4
category: episodic
explain: Introducing an ordinary person gives the story a human face.

id: fe.epi.loss
forms: lost his | lost her | lost their | lost everything | buried | funeral | mourned | mourners
signal: F4
category: episodic
explain: Personal loss tells the story through what happened to particular people.

# thematic

id: fe.them.percent
forms: percent | per cent | percentage | percentage points | proportion | share of
signal: F4
category: thematic
explain: Percentages describe a whole population rather than one person.

id: fe.them.rate
forms: rate | rates | per capita | on average | average | median | ratio
signal: F4
category: thematic
explain: Rates and averages put the story in terms of patterns across many people.

id: fe.them.stats
forms: statistics | statistical | data | figures show | figures showed | census | estimate | estimates | estimated | tally
signal: F4
category: thematic
explain: Statistics and estimates tell the story through numbers.

id: fe.them.trend
forms: trend | trends | rise in | decline in | increase in | decrease in | doubled | tripled | over the past decade | in recent years | long-term
signal: F4
category: thematic
explain: Trends over time tell the story as a pattern rather than an event.

id: fe.them.scope
forms: nationwide | across the country | statewide | worldwide | globally | across the region | systemic | widespread
signal: F4
category: thematic
explain: Words of scope frame the story as a broad social issue.

id: fe.them.research
forms: study | studies | research | researchers | analysis | report found | survey found | according to data
signal: F4
category: thematic
explain: Research and analysis tell the story through evidence about many cases.

id: fe.them.policy
forms: policy | policies | legislation | reform | reforms | root causes | structural | long-term solution
signal: F4
category: thematic
explain: Policy and causes frame the story as a problem for society to solve.
