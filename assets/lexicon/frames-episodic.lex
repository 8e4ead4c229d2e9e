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
forms: years old | 1-year-old | 2-year-old | 3-year-old | 4-year-old | 5-year-old | 6-year-old | 7-year-old | 8-year-old | 9-year-old | 10-year-old | 11-year-old | 12-year-old | 13-year-old | 14-year-old | 15-year-old | 16-year-old | 17-year-old | 18-year-old | 19-year-old | 20-year-old | 21-year-old | 22-year-old | 23-year-old | 24-year-old | 25-year-old | 26-year-old | 27-year-old | 28-year-old | 29-year-old | 30-year-old | 31-year-old | 32-year-old | 33-year-old | 34-year-old | 35-year-old | 36-year-old | 37-year-old | 38-year-old | 39-year-old | 40-year-old | 41-year-old | 42-year-old | 43-year-old | 44-year-old | 45-year-old | 46-year-old | 47-year-old | 48-year-old | 49-year-old | 50-year-old | 51-year-old | 52-year-old | 53-year-old | 54-year-old | 55-year-old | 56-year-old | 57-year-old | 58-year-old | 59-year-old | 60-year-old | 61-year-old | 62-year-old | 63-year-old | 64-year-old | 65-year-old | 66-year-old | 67-year-old | 68-year-old | 69-year-old | 70-year-old | 71-year-old | 72-year-old | 73-year-old | 74-year-old | 75-year-old | 76-year-old | 77-year-old | 78-year-old | 79-year-old | 80-year-old | 81-year-old | 82-year-old | 83-year-old | 84-year-old | 85-year-old | 86-year-old | 87-year-old | 88-year-old | 89-year-old | 90-year-old | 91-year-old | 92-year-old | 93-year-old | 94-year-old | 95-year-old | 96-year-old | 97-year-old | 98-year-old | 99-year-old | 100-year-old | 101-year-old | 102-year-old | 103-year-old | 104-year-old | 105-year-old | one-year-old | two-year-old | three-year-old | four-year-old | five-year-old | six-year-old | seven-year-old | eight-year-old | nine-year-old | ten-year-old | eleven-year-old | twelve-year-old | thirteen-year-old | fourteen-year-old | fifteen-year-old | sixteen-year-old | seventeen-year-old | eighteen-year-old | nineteen-year-old | twenty-year-old
signal: F4
category: episodic
inflect: no
explain: Giving a person's age introduces an individual as the face of the story.
notes: ages are listed one by one because the matcher compares whole words and "38-year-old" is one word

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
