@pack dashboard-test
@title Dashboard test pack
@description A few entries written for the dashboard's tests.
@topic test
@reviewed Test data only.

id: dt.loaded.slammed
forms: slammed
signal: L1
category: emotive
weight: 1
explain: Test explanation: "slammed" turns criticism into a fight.
alternatives: criticised | said
inflect: no

id: dt.name.regime
forms: regime
signal: N1
category: delegitimising
actor: Vell government
label: delegitimising
weight: 1
explain: Test explanation: "regime" suggests the government is illegitimate.
alternatives: government | administration
inflect: no

id: dt.name.government
forms: government
signal: N1
category: formal
actor: Vell government
label: formal
weight: 1
explain: Test explanation: the plain word for a government.
inflect: no
