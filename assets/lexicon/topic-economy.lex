# Topic pack: economy (taxes, welfare, business, labour, spending).
# Written for Framelens in our own words. Every actor has neutral entries (formal or descriptive) so the
# engine can count all mentions of the actor; loaded labels are flagged on every side with the same care.
# Sides used here: right (free-market, lower taxes and spending), left (redistribution, labour, regulation).
# Label classes and contested choices are documented in docs/LEXICON-PACKS.md.
@pack topic-economy
@title Economy: names for taxes, welfare and its recipients, business, unions and spending, and the loaded words of each side
@description What outlets call taxes and tax cuts, welfare programmes and the people who use them, businesses and the rich, unions and public spending, plus topic words that take a side (death tax, tax relief, job creators, welfare queens, handouts, tax cuts for the rich, corporate greed, trickle-down, union bosses).
@topic economy
@reviewed Balance reviewed by: topic-lexicon writer (Framelens helper), 2026-11-22; needs external review by economists and readers from both sides.

# ---------------------------------------------------------------- actor: the estate tax

id: ec.estate-tax
forms: estate tax | estate taxes | inheritance tax | inheritance taxes | federal estate tax | tax on inherited wealth | tax on large estates
signal: N1
category: formal
actor: estate tax
label: formal
inflect: no
weight: 1
explain: "Estate tax" is the tax's legal name and the neutral way to refer to it.

id: ec.death-tax
forms: death tax | death taxes | the death tax | tax on dying | tax on death | grave robbing tax
signal: N1
category: delegitimising
actor: estate tax
label: delegitimising
side: right
inflect: no
weight: 1
explain: "Death tax" makes a tax on large inheritances sound like a tax on everyone who dies, though only the largest estates pay it.
alternatives: estate tax | inheritance tax

# ---------------------------------------------------------------- actor: tax cuts

id: ec.tax-cuts
forms: tax cuts | tax cut | tax-cut | Tax Cuts and Jobs Act | tax overhaul | tax law | tax bill | tax plan | tax changes | lower taxes | lower tax rates | rate cuts | tax rate cuts | cut taxes | cutting taxes
signal: N1
category: descriptive
actor: tax cuts
label: descriptive
inflect: no
weight: 1
explain: "Tax cuts" or the law's name say what happened to taxes without praise or blame.

id: ec.tax-relief
forms: tax relief | middle-class tax relief | tax relief for families | much-needed tax relief | pro-growth tax reform | pro-growth tax cuts | historic tax cuts | largest tax cut in history | let families keep more of their money | keep more of their hard-earned money | hard-earned money
signal: N1
category: legitimising
actor: tax cuts
label: legitimising
side: right
inflect: no
weight: 0.5
explain: "Tax relief" presents taxes as an affliction to be relieved, and "historic" or "pro-growth" praise the cut in the outlet's own voice.
alternatives: tax cuts | the tax law
notes: Bare "tax reform" is left out: it is also the neutral name for changes to the tax code.
sources: George Lakoff's analysis of "tax relief" framing (Don't Think of an Elephant, 2004).

id: ec.tax-cuts-for-rich
forms: tax cuts for the rich | tax cuts for the wealthy | tax cut for the rich | tax breaks for the rich | tax breaks for the wealthy | tax breaks for billionaires | tax cuts for billionaires | billionaire tax cuts | tax giveaway | tax giveaways | giveaway to the rich | giveaway to the wealthy | giveaways to corporations | corporate tax giveaway | GOP tax scam | Republican tax scam | tax scam | tax heist | tax cuts for corporations and the rich
signal: N1
category: delegitimising
actor: tax cuts
label: delegitimising
side: left
inflect: no
weight: 1
explain: Calling a tax cut a "giveaway" or "scam" for the rich states a judgement about who benefits instead of giving the figures.
alternatives: tax cuts | the tax law, whose largest benefits go to (group, with the figure)

# ---------------------------------------------------------------- actor: tax increases

id: ec.tax-increases
forms: tax increase | tax increases | tax hike | tax hikes | higher taxes | raise taxes | raising taxes | tax rise | tax rises | higher tax rates | wealth tax | minimum tax | billionaire minimum tax | millionaires tax | surtax
signal: N1
category: descriptive
actor: tax increases
label: descriptive
inflect: no
weight: 1
explain: "Tax increase" or the name of the tax says what changes without praise or blame.
notes: "Tax hike" is common headline shorthand and kept descriptive.

id: ec.tax-and-spend
forms: tax-and-spend | tax and spend | tax-and-spend liberals | tax-and-spend Democrats | job-killing tax hikes | job-killing tax hike | job-killing taxes | massive tax hike | massive tax hikes | crushing taxes | crushing tax burden | confiscatory taxes | confiscatory tax rates | tax grab | class warfare | soak the rich | soak-the-rich | punishing success | punish success | punishing job creators | largest tax increase in history | tax-hiking
signal: N1
category: delegitimising
actor: tax increases
label: delegitimising
side: right
inflect: no
weight: 1
explain: Phrases like "job-killing tax hikes" or "class warfare" describe a tax increase by its worst claimed effect and cast its supporters as enemies of success.
alternatives: tax increase | higher taxes on high earners

id: ec.fair-share
forms: fair share | pay their fair share | pay its fair share | paying their fair share | fair share of taxes | tax fairness | make the rich pay | tax the rich | billionaires should pay | patriotic millionaires | ultra-millionaire tax
signal: N1
category: legitimising
actor: tax increases
label: legitimising
side: left
inflect: no
weight: 0.5
explain: "Fair share" presents a tax increase as simply fair, a judgement about what is fair stated as if it were agreed.
alternatives: higher taxes on the wealthy | tax increase on incomes above (figure)

# ---------------------------------------------------------------- actor: welfare recipients

id: ec.recipients
forms: welfare recipients | welfare recipient | benefit recipients | benefits recipients | food stamp recipients | SNAP recipients | SNAP beneficiaries | Medicaid recipients | Medicaid enrollees | Medicaid beneficiaries | low-income families | low-income Americans | low-income households | people on public assistance | people receiving benefits | families receiving benefits | unemployed workers | jobless workers | the unemployed
signal: N1
category: descriptive
actor: welfare recipients
label: descriptive
inflect: no
weight: 1
explain: Saying which programme someone uses, or that they have low incomes, describes them without blame.

id: ec.welfare-queens
forms: welfare queens | welfare queen | welfare cheats | welfare cheat | benefit cheats | benefit scroungers | scroungers | moochers | freeloaders | makers and takers | the 47 percent | lazy poor | able-bodied freeloaders | dependency class | professional welfare recipients | generational welfare | welfare-dependent | government-dependent | cradle-to-grave dependency
signal: N1
category: delegitimising
actor: welfare recipients
label: delegitimising
side: right
inflect: no
weight: 1
explain: Labels like "welfare queens" or "moochers" paint people who get benefits as cheats or idlers, a stereotype studies of benefit fraud do not support.
alternatives: welfare recipients | people receiving benefits
notes: "Welfare queen" has a racial history (Ronald Reagan's 1976 campaign anecdote).

id: ec.most-vulnerable
forms: the poorest among us | the least of these | struggling families | families struggling to get by | families living paycheck to paycheck
signal: N1
category: legitimising
actor: welfare recipients
label: legitimising
side: left
inflect: no
weight: 0.5
explain: Warm phrases like "the least of these" or "struggling families" invite sympathy and frame any cut as cruelty before the policy is described.
alternatives: low-income families | benefit recipients
notes: "Working families" is left out: both parties use it.

# ---------------------------------------------------------------- actor: welfare programmes

id: ec.programmes
forms: welfare | public assistance | food stamps | Supplemental Nutrition Assistance Program | Medicaid | Medicare | Social Security | unemployment benefits | unemployment insurance | jobless benefits | Temporary Assistance for Needy Families | earned income tax credit | child tax credit | housing assistance | safety net programs | social programs | anti-poverty programs
signal: N1
category: formal
actor: welfare programmes
label: formal
inflect: no
weight: 1
explain: Programme names and plain descriptions say what is meant without judging it.

id: ec.handouts
forms: handouts | handout | government handouts | government handout | free stuff | freebies | nanny state | welfare programs that trap people | dependency trap | safety net into a hammock | cradle-to-grave welfare | welfare for able-bodied adults | socialist giveaways | socialist handouts | entitlement society | entitlement culture
signal: N1
category: delegitimising
actor: welfare programmes
label: delegitimising
side: right
inflect: no
weight: 1
explain: Calling benefits "handouts" or "free stuff" presents them as undeserved gifts rather than programmes people qualify for under the law.
alternatives: benefits | welfare programmes | government assistance

id: ec.entitlements
forms: unfunded entitlements | Social Security reform | Medicare reform | welfare-to-work | reforming entitlements | modernizing Social Security | saving Social Security
signal: L4
category: euphemism
side: right
inflect: no
weight: 0.5
explain: "Entitlement reform" and "welfare reform" usually mean cutting benefits or adding conditions, but "reform" makes the change sound like a repair.
alternatives: cuts to Social Security and Medicare | new conditions for receiving benefits | reducing benefits
notes: Bare "entitlements" is left out: it is also a budget term for spending set by law; the euphemism is in "reform".

id: ec.earned-benefits
forms: earned benefits | earned benefit | benefits they earned | benefits they paid into | investments in families | invest in families | investing in families | human infrastructure | care economy | social infrastructure
signal: L4
category: euphemism
side: left
inflect: no
weight: 0.5
explain: Calling spending "investment" or "human infrastructure", or benefits "earned", frames new spending and programme costs in the most favourable words.
alternatives: spending on families | social spending | benefits

id: ec.gutting-programs
forms: gutting Medicaid | gut Medicaid | gutting Social Security | gut Social Security | gutting Medicare | gut Medicare | gutting the safety net | shredding the safety net | shred the safety net | assault on the poor | attack on the poor | throwing people off Medicaid | kicking people off food stamps | pulling the rug out | taking food out of children's mouths | cruel cuts | heartless cuts | balancing the budget on the backs of the poor
signal: L1
category: loaded
side: left
inflect: no
weight: 1
explain: "Gutting" or "war on the poor" describe cuts by their most dramatic effect and accuse their supporters of cruelty.
alternatives: cuts to Medicaid | reductions in benefits (with the figure)

id: ec.programme-acronyms
forms: SNAP | TANF | WIC | CHIP | EITC
signal: N1
category: formal
actor: welfare programmes
label: formal
case: sensitive
inflect: no
weight: 1
explain: These are the standard abbreviations of US benefit programmes.

# ---------------------------------------------------------------- actor: business and the rich

id: ec.business
forms: businesses | companies | corporations | employers | small businesses | small business owners | business owners | private sector | executives | chief executives | CEOs | corporate America | big businesses | large corporations | the wealthy | wealthy Americans | high earners | high-income earners | top earners | millionaires | billionaires | the richest Americans
signal: N1
category: descriptive
actor: business and the rich
label: descriptive
inflect: no
weight: 1
explain: Plain words for companies and for people with high incomes say who is meant without praise or blame.

id: ec.job-creators
forms: job creators | job creator | wealth creators | wealth creator | entrepreneurs who built this country | engines of growth | engine of job growth | backbone of our economy | backbone of the American economy | Main Street heroes | hardworking business owners | successful Americans
signal: N1
category: glorifying
actor: business and the rich
label: glorifying
side: right
inflect: no
weight: 1
explain: Calling the rich "job creators" or "wealth creators" presents them as the source of everyone's jobs, an argument for lower taxes built into a name.
alternatives: business owners | high earners | the wealthy

id: ec.fat-cats
forms: fat cats | fat-cat | Wall Street fat cats | corporate fat cats | robber barons | robber baron | corporate greed | greedy corporations | greedy corporation | corporate overlords | billionaire class | American oligarchs | billionaire oligarchs | US oligarchs | vulture capitalists | vulture capitalism | vulture fund | price gougers | price gouging corporations | greedflation | corporate welfare queens | the one percent | one percenters | millionaires and billionaires | billionaires who pay nothing | parasitic billionaires | rent-seeking elites
signal: N1
category: delegitimising
actor: business and the rich
label: delegitimising
side: left
inflect: no
weight: 1
explain: Labels like "fat cats", "robber barons" or "corporate greed" paint businesses and the rich as villains instead of describing what they did.
alternatives: business owners | corporations | the wealthiest Americans | rising profit margins (with the figure)
notes: Bare "oligarchs" is left out: it is the standard word for Russian tycoons close to the state.

id: ec.big-industries
forms: Big Pharma | Big Tech | Big Banks | Big Ag | Big Insurance | Big Food | Wall Street banks | too big to fail | banksters
signal: N1
category: delegitimising
actor: business and the rich
label: delegitimising
inflect: no
weight: 0.5
explain: "Big Pharma" or "Big Tech" turn a whole industry into one powerful villain, a label used by left and right alike.
alternatives: drug companies | technology companies | large banks
notes: No side: both populist left and populist right use these.

# ---------------------------------------------------------------- actor: labour unions

id: ec.unions
forms: unions | labor unions | labour unions | labor union | trade unions | trade union | union members | union workers | organized labor | organised labour | AFL-CIO | Teamsters | United Auto Workers | Service Employees International Union | American Federation of Teachers | National Education Association | teachers unions | teachers' unions | union leaders | union officials
signal: N1
category: descriptive
actor: labour unions
label: descriptive
inflect: no
weight: 1
explain: "Unions" and their names say who is meant without praise or blame.

id: ec.union-bosses
forms: union bosses | union boss | Big Labor | labor bosses | union thugs | union goons | teachers union bosses | government union bosses | union cartel | forced unionism | compulsory unionism | union dues extortion
signal: N1
category: delegitimising
actor: labour unions
label: delegitimising
side: right
inflect: no
weight: 1
explain: Calling union leaders "bosses" or "thugs" paints elected worker representatives as corrupt bosses.
alternatives: union leaders | union officials | unions

id: ec.right-to-work
forms: right-to-work laws | right-to-work law | right-to-work states | worker freedom | employee freedom of choice | workplace freedom | freedom to work
signal: L4
category: euphemism
side: right
inflect: no
weight: 0.5
explain: "Right-to-work" is the supporters' name for laws that let workers in unionised jobs skip union fees; it sounds like a guarantee of jobs, which the laws are not.
alternatives: laws banning mandatory union fees
notes: "Right-to-work" is the standard name in news and law; weight 0.5.

id: ec.right-to-work-for-less
forms: right-to-work-for-less | right to work for less | right-to-work-for-less laws | union-busting | union busting | union busters | union-busters | wage theft | starvation wages | poverty wages | slave wages | sweatshop wages | exploitation wages
signal: L1
category: loaded
side: left
inflect: no
weight: 1
explain: Phrases like "union-busting" or "starvation wages" condemn employers and laws in the outlet's own voice instead of giving the facts.
alternatives: anti-union campaign | low wages (with the figure) | unpaid wages
notes: "Wage theft" is also a legal term for unpaid wages; read the context.

# ---------------------------------------------------------------- loaded words on economic policy

id: ec.trickle-down
forms: trickle-down | trickle-down economics | trickle down economics | trickle-down tax cuts | voodoo economics | failed trickle-down | supply-side fantasy | Reaganomics failure | starve the beast | austerity cruelty | brutal austerity
signal: L1
category: loaded
side: left
inflect: no
weight: 1
explain: "Trickle-down" is a mocking name for supply-side economics that its supporters never used, so it states the critics' verdict.
alternatives: supply-side economics | tax cuts aimed at raising investment

id: ec.socialism
forms: socialist agenda | socialist policies | socialist takeover | socialist scheme | radical socialist agenda | government takeover of health care | government-run health care | government-run healthcare | job-killing regulations | job-crushing | jobs-killing | reckless spending | out-of-control spending | runaway spending | spending spree | spending binge | bloated government | tax-and-spend agenda | Bidenflation | Bidenomics failure | Obamanomics
signal: L1
category: loaded
side: right
inflect: no
weight: 1
explain: Phrases like "socialist takeover", "job-killing" or "spending spree" describe a policy by its worst claimed effect instead of its content.
alternatives: new regulations | federal spending (with the figure) | public health insurance option | inflation
notes: "Big government" is a long-standing political phrase; it fires here as a loaded term.

id: ec.debt-doom
forms: debt bomb | debt time bomb | ticking debt bomb | bankrupting our children | bankrupt our children | mortgaging our children's future | generational theft | drowning in debt | mountain of debt | debt explosion
signal: L1
category: loaded
side: right
inflect: no
weight: 0.5
explain: Alarm images like "debt bomb" or "bankrupting our children" present a debated question about public debt as a looming disaster.
alternatives: federal debt (with the figure and the share of GDP)
notes: "Fiscal cliff" (the 2012 deadline) and "debt crisis" are left out: they are common neutral names.

id: ec.living-wage
forms: living wage | a living wage | fair wages | good-paying jobs | good paying jobs | family-sustaining wages | economic justice | economic fairness | an economy that works for everyone | the economy is rigged
signal: L1
category: loaded
side: left
inflect: no
weight: 0.5
explain: Words like "living wage" or "rigged economy" build one side's judgement about what is fair into the description.
alternatives: minimum wage of (figure) | higher wages | inequality (with the figure)
notes: "Living wage" is also the name of campaigns and calculations; weight 0.5.

id: ec.putin-price-hike
forms: Putin's price hike | Putin price hike | Putin's price hikes | transitory inflation | inflation is transitory | corporate price gouging is driving inflation | greed is driving inflation
signal: L4
category: euphemism
side: left
inflect: no
weight: 1
explain: Blaming price rises only on Putin or corporate greed, or calling them "transitory", moves attention away from other causes, including government policy.
alternatives: inflation | rising prices (with the figure and the causes economists cite)
notes: "Putin's price hike" was President Biden's 2022 phrase; inside his quotes it is his.

id: ec.free-market-euphemisms
forms: regulatory relief | cutting red tape | burdensome regulations | job-creating tax cuts | flexible labor market | labor market flexibility | right-sizing | streamlining government | efficiency cuts | unleashing American energy | unleash the economy
signal: L4
category: euphemism
side: right
inflect: no
weight: 0.5
explain: Friendly phrases like "regulatory relief" or "cutting red tape" describe removing rules or jobs without saying which protections or jobs go.
alternatives: removing regulations | job cuts | deregulation (name the rule)

id: ec.corporate-welfare
forms: corporate bailouts | bailouts for billionaires | bailout for billionaires | socialism for the rich | socialism for corporations | handouts to corporations | handouts for the rich | welfare for the wealthy | welfare for billionaires
signal: L1
category: loaded
side: left
inflect: no
weight: 0.5
explain: Calling subsidies or tax breaks "corporate welfare" borrows the stigma of welfare to condemn them in the outlet's own voice.
alternatives: business subsidies | tax breaks for companies | government support for banks
notes: Also used by libertarians on the right; weight 0.5.

id: ec.free-enterprise
forms: free enterprise system | the free enterprise system | magic of the market | magic of the free market | economic freedom | economic liberty | free-market miracle | the free market works | greatest economy in history | greatest economy in the history of our country | blue-collar boom | economic miracle
signal: L1
category: loaded
side: right
inflect: no
weight: 0.5
explain: Praise for "the magic of the market" or "the greatest economy in history" states a judgement about the economy instead of giving the figures.
alternatives: market economy | economic growth (with the figure)

id: ec.obscene-profits
forms: obscene profits | obscene wealth | record profits while | pandemic profiteers | pandemic profiteering | war profiteers | gouging consumers | billionaires got richer | billionaires got even richer
signal: L1
category: loaded
side: left
inflect: no
weight: 0.5
explain: Words like "obscene" or "profiteering" condemn profits as immoral instead of giving their size and how they were made.
alternatives: record profits (with the figure) | higher prices | profits rose
notes: "Price gouging" is also a legal term in many US states; read the context.

id: ec.minimum-wage
forms: minimum wage | minimum wages | federal minimum wage | minimum-wage increase | 15 minimum wage | Fight for 15 | wage floor
signal: N1
category: descriptive
actor: minimum wage
label: descriptive
inflect: no
weight: 1
explain: "Minimum wage" is the plain legal name.

id: ec.minimum-wage-loaded
forms: job-killing minimum wage | job-killing minimum wage hike | minimum wage job killer | robot-replacement wage | starter wage | entry-level wage | training wage | teen wage
signal: N1
category: delegitimising
actor: minimum wage
label: delegitimising
side: right
inflect: no
weight: 0.5
explain: Names like "starter wage" or "job-killing minimum wage" describe the minimum wage by who supposedly earns it or its worst claimed effect, matters economists debate.
alternatives: minimum wage | minimum wage increase
