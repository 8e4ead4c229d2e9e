# Entries the analysis engine's seed checks showed missing from the general packs.
# Each is general news language, written to apply to any story, not only to the seeds.
@pack core-seeds-gaps
@title General news language: gaps found by the engine's checks
@description Loaded wordings the engine's reference checks found uncovered: accusatory ways of describing how information was shared.
@topic general
@reviewed Written by the analysis-core author, November 2026; needs external review.

id: gaps.gave-away-secrets
forms: gave away secrets | give away secrets | gives away secrets | giving away secrets | gave away top secret information | give away top secret information | gave away classified information | give away classified information | giving away classified information | gave away sensitive information | give away sensitive information | gave away intelligence | give away intelligence | giving away intelligence | handed over secrets | hand over secrets
signal: L1
category: loaded
side: general
weight: 1
explain: Saying someone "gave away" secrets turns a decision to share information into a betrayal or a blunder, which is the writer's judgement, not a fact.
alternatives: shared information | disclosed | provided intelligence
notes: Only the last word gets inflections, so the verb forms are listed.
