# A small pack for unit tests, written for these tests.
@pack test-general
@title Test pack: general
@description Entries that exercise the matcher and the signals.
@topic general

id: t.slam
forms: slam
signal: L3
category: dysphemism
explain: Test entry.

id: t.red-line
forms: red line
signal: L1
category: loaded
explain: Test entry.

id: t.line
forms: line
signal: L1
category: loaded
weight: 0.5
explain: Test entry.

id: t.regime
forms: regime
signal: L1
category: loaded
explain: Test entry.

id: t.humcat
forms: humanitarian catastrophe
signal: L1
category: emotive
explain: Test entry.

id: t.so-called
forms: so-called
signal: L5
category: distancing
inflect: no
explain: Test entry.

id: t.very
forms: very | utterly
signal: L2
category: intensifier
inflect: no
explain: Test entry.

id: t.reportedly
forms: reportedly | may
signal: E2
category: hedge
inflect: no
explain: Test entry.

id: t.critics-say
forms: critics say | critics said
signal: E4
category: vague
inflect: no
explain: Test entry.

id: t.collateral
forms: collateral damage
signal: L4
category: euphemism
explain: Test entry.

id: t.bill
forms: BILL
signal: L1
category: loaded
case: sensitive
explain: Test entry for case-sensitive matching.

id: t.clearly
forms: clearly
signal: L2
category: booster
not_before: not
explain: Test entry for not_before.

id: t.pseudo
forms: pseudo-
signal: L5
category: distancing
explain: Test entry for prefix forms.

id: t.say
forms: say | said
signal: E1
category: neutral
inflect: no
explain: Test entry.

id: t.claim
forms: claim | claimed
signal: E1
category: doubt
inflect: no
explain: Test entry.

id: t.slammed
forms: slammed
signal: E1
category: emotive
inflect: no
explain: Test entry.
