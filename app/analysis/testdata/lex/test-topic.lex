@pack test-topic
@title Test pack: a topic
@description Naming entries and frame cues for unit tests.
@topic test

id: tt.israeli-regime
forms: Israeli regime
signal: N1
category: delegitimising
actor: Israeli government
label: delegitimising
explain: Test entry.

id: tt.israeli-government
forms: Israeli government
signal: N1
category: formal
actor: Israeli government
label: formal
explain: Test entry.

id: tt.security
forms: security | military | army
signal: F1
category: security_defense
explain: Test entry.

id: tt.economy
forms: economy | budget
signal: F1
category: economic
explain: Test entry.

id: tt.aid
forms: aid | civilians
signal: F2
category: humanitarian
explain: Test entry.

id: tt.percent
forms: percent
signal: F4
category: thematic
explain: Test entry.
