# Topic pack: abortion.
# Written for Framelens in our own words. Every actor has neutral entries (formal or descriptive) so the
# engine can count all mentions of the actor; loaded labels are flagged on every side with the same care.
# Sides used here: anti-abortion, abortion-rights (the neutral names the AP Stylebook recommends).
# Self-labels: "pro-life" and "pro-choice" are the movements' own names. We class both as `self-label`
# (not neutral, not an insult): each presents its side's value (life, choice) as the whole question.
# Label classes and contested choices are documented in docs/LEXICON-PACKS.md.
@pack topic-abortion
@title Abortion: names for the two movements, the fetus, providers and the procedure, and the loaded words of each side
@description What outlets call the anti-abortion and abortion-rights movements, the fetus, abortion providers and the procedure, plus topic words that take a side (late-term, partial-birth, heartbeat bill, baby killers, forced birth, clump of cells, reproductive health care).
@topic abortion
@reviewed Balance reviewed by: topic-lexicon writer (Framelens helper), 2026-11-22; needs external review by readers from both movements.

# ---------------------------------------------------------------- actor: the anti-abortion movement

id: ab.anti-abortion
forms: anti-abortion activists | anti-abortion activist | anti-abortion groups | anti-abortion group | anti-abortion movement | anti-abortion advocates | anti-abortion campaigners | anti-abortion organizations | anti-abortion protesters | anti-abortion lawmakers | anti-abortion leaders | abortion opponents | opponents of abortion | opponents of abortion rights | Susan B. Anthony Pro-Life America | Students for Life | National Right to Life Committee | Operation Rescue
signal: N1
category: descriptive
actor: anti-abortion movement
label: descriptive
inflect: no
weight: 1
explain: "Anti-abortion" says plainly what the movement opposes, which is why major style guides prefer it.
sources: AP Stylebook: use "anti-abortion" and "abortion-rights", not "pro-life" or "pro-choice", except in names of groups.

id: ab.pro-life
forms: pro-life | pro-lifers | pro-lifer | pro-life movement | pro-life activists | pro-life groups | pro-life advocates | pro-life Americans | pro-life community | right-to-life | right to life movement | right-to-life movement | pro-life side
signal: N1
category: self-label
actor: anti-abortion movement
label: self-label
side: anti-abortion
inflect: no
weight: 0.5
explain: "Pro-life" is the movement's own name; it presents the side as defending life, implying the other side is against it.
alternatives: anti-abortion | opponents of abortion
notes: A self-label, weight 0.5: respectful to the movement, but not neutral. Group names containing it (Susan B. Anthony Pro-Life America) are formal and listed with the descriptive entry.

id: ab.anti-choice
forms: anti-choice | anti-choicers | anti-choice movement | anti-choice activists | anti-choice extremists | forced-birth | forced birth movement | forced-birthers | forced birthers | forced-birth extremists | anti-abortion extremists | anti-abortion zealots | anti-woman extremists | American Taliban | Christian Taliban | clinic harassers | clinic harasser
signal: N1
category: delegitimising
actor: anti-abortion movement
label: delegitimising
side: abortion-rights
inflect: no
weight: 1
explain: Calling abortion opponents "forced-birthers" or "zealots" attacks their motives instead of describing their position.
alternatives: anti-abortion activists | abortion opponents

# ---------------------------------------------------------------- actor: the abortion-rights movement

id: ab.abortion-rights
forms: abortion-rights activists | abortion rights activists | abortion-rights advocates | abortion rights advocates | abortion-rights groups | abortion rights groups | abortion-rights supporters | abortion rights supporters | supporters of abortion rights | abortion-rights movement | abortion rights movement | abortion-rights campaigners | abortion rights protesters | Planned Parenthood Action Fund | NARAL | Reproductive Freedom for All | Center for Reproductive Rights
signal: N1
category: descriptive
actor: abortion-rights movement
label: descriptive
inflect: no
weight: 1
explain: "Abortion-rights" says plainly what the movement supports, which is why major style guides prefer it.
sources: AP Stylebook: use "abortion-rights" and "anti-abortion".

id: ab.pro-choice
forms: pro-choice | pro-choicers | pro-choice movement | pro-choice activists | pro-choice groups | pro-choice advocates | pro-choice Americans | reproductive rights advocates | reproductive rights activists | reproductive rights groups | reproductive justice advocates | reproductive justice movement | reproductive freedom advocates
signal: N1
category: self-label
actor: abortion-rights movement
label: self-label
side: abortion-rights
inflect: no
weight: 0.5
explain: "Pro-choice" is the movement's own name; it presents the side as defending freedom, implying the other side is against it.
alternatives: abortion-rights | supporters of abortion rights
notes: A self-label, weight 0.5, treated exactly like "pro-life". "Reproductive rights" names a broader cause and is often used for abortion rights alone.

id: ab.pro-abortion
forms: pro-abortion | pro-abortion activists | pro-abortion groups | pro-abortion extremists | pro-abortion left | pro-aborts | pro-abort | abortion extremists | abortion lobby | abortion-rights extremists | abortion zealots | abortion activists on the left | culture of death | abortion cult
signal: N1
category: delegitimising
actor: abortion-rights movement
label: delegitimising
side: anti-abortion
inflect: no
weight: 1
explain: Calling supporters of legal abortion "pro-abortion" or a "death cult" suggests they want abortions to happen rather than to be legal.
alternatives: abortion-rights supporters | supporters of abortion rights

# ---------------------------------------------------------------- actor: the fetus

id: ab.fetus
forms: fetus | fetuses | foetus | foetuses | embryo | embryos | fetal | fetal development | fertilized egg | fertilised egg | zygote
signal: N1
category: descriptive
actor: fetus
label: descriptive
inflect: no
weight: 1
explain: "Embryo" and "fetus" are the medical words for the stages of a developing pregnancy and are the neutral terms in news.

id: ab.unborn-child
forms: unborn child | unborn children | unborn baby | unborn babies | the unborn | preborn | pre-born | preborn child | preborn children | preborn baby | baby in the womb | babies in the womb | child in the womb | children in the womb | unborn human beings | unborn human | tiny humans | little ones in the womb
signal: N1
category: humanising
actor: fetus
label: humanising
side: anti-abortion
inflect: no
weight: 1
explain: Calling a fetus a "baby" or "child" presents it as a person already, which is the central claim of one side of the debate.
alternatives: fetus | embryo | pregnancy
notes: Class `humanising`: the label makes the fetus a person; its mirror, `dehumanising`, makes it a thing. Both are flagged.

id: ab.clump-of-cells
forms: clump of cells | clumps of cells | cluster of cells | blob of tissue | blob of cells | bunch of cells | pregnancy tissue | products of conception | just tissue | fetal tissue mass
signal: N1
category: dehumanising
actor: fetus
label: dehumanising
side: abortion-rights
inflect: no
weight: 1
explain: Calling a fetus a "clump of cells" or "tissue" at any stage makes it sound like nothing at all, which is one side's claim in the debate.
alternatives: embryo | fetus | pregnancy
notes: "Products of conception" is clinical language; in news copy it is euphemistic.

# ---------------------------------------------------------------- actor: abortion providers

id: ab.providers
forms: abortion providers | abortion provider | abortion clinics | abortion clinic | abortion doctors | abortion doctor | doctors who perform abortions | doctor who performs abortions | abortion funds | abortion fund | Planned Parenthood | Whole Woman's Health | independent abortion clinics | abortion clinic staff
signal: N1
category: descriptive
actor: abortion providers
label: descriptive
inflect: no
weight: 1
explain: Plain names for clinics and doctors say what they do without praise or blame.

id: ab.abortionists
forms: abortionist | abortionists | abortion mill | abortion mills | abortion factory | abortion factories | abortion industry | abortion industrial complex | abortion business | abortion profiteers | Big Abortion | abortion giant | abortion industry giant | abortion chain | baby killers | baby-killers | baby killer | child killers | baby butchers | baby murderers | late-term abortionist | Planned Parenthood's abortion empire
signal: N1
category: delegitimising
actor: abortion providers
label: delegitimising
side: anti-abortion
inflect: no
weight: 1
explain: Words like "abortionist", "abortion mill" or "baby killers" turn doctors and clinics into criminals or greedy businesses.
alternatives: abortion providers | doctors who perform abortions | abortion clinics
notes: "Baby killers" is listed here because in news it is mainly used of abortion providers and supporters.

id: ab.abortion-care-heroes
forms: abortion care providers | abortion care workers | heroes of abortion care | abortion heroes | brave abortion providers | courageous abortion providers | abortion storytellers
signal: N1
category: glorifying
actor: abortion providers
label: glorifying
side: abortion-rights
inflect: no
weight: 0.5
explain: Praise like "brave" or "heroes" for abortion providers, or the soft "abortion care", takes the providers' side in the outlet's own voice.
alternatives: abortion providers | doctors who perform abortions

# ---------------------------------------------------------------- actor: pregnancy centers

id: ab.crisis-pregnancy-centers
forms: crisis pregnancy centers | crisis pregnancy center | crisis pregnancy centres | anti-abortion pregnancy centers | anti-abortion centers
signal: N1
category: descriptive
actor: anti-abortion pregnancy centers
label: descriptive
inflect: no
weight: 1
explain: "Crisis pregnancy center" is the name most news outlets use for centers that counsel pregnant women against abortion.
notes: The centers prefer "pregnancy resource centers"; critics say "fake clinics". Both are flagged below.

id: ab.pregnancy-resource-centers
forms: pregnancy resource centers | pregnancy resource center | pregnancy care centers | pregnancy care center | pregnancy help centers | pregnancy help center | pregnancy medical centers | life-affirming pregnancy centers | pregnancy centers
signal: N1
category: self-label
actor: anti-abortion pregnancy centers
label: self-label
side: anti-abortion
inflect: no
weight: 0.5
explain: These are the centers' own names; they sound like general medical services and leave out that the centers aim to discourage abortion.
alternatives: crisis pregnancy centers | anti-abortion pregnancy centers

id: ab.fake-clinics
forms: fake clinics | fake clinic | fake health centers | fake women's health centers | sham clinics | anti-abortion fake clinics | deceptive pregnancy centers | anti-abortion industry | crisis pregnancy industry
signal: N1
category: delegitimising
actor: anti-abortion pregnancy centers
label: delegitimising
side: abortion-rights
inflect: no
weight: 1
explain: Calling the centers "fake clinics" condemns them in the outlet's own voice instead of describing what services they offer.
alternatives: crisis pregnancy centers | anti-abortion pregnancy centers

# ---------------------------------------------------------------- loaded words (L1) and euphemisms (L4)

id: ab.late-term
forms: late-term abortion | late-term abortions | late term abortion | late term abortions | late-term | abortion up to birth | abortion until birth | abortion up until birth | abortion through all nine months | abortion on demand | abortion-on-demand | abortion up to the moment of birth | ripped from the womb | dismembered babies | dismemberment abortion
signal: L1
category: loaded
side: anti-abortion
inflect: no
weight: 1
explain: "Late-term abortion" has no medical definition and, like "abortion up to birth", suggests that abortions late in pregnancy are common, when they are rare.
alternatives: abortion later in pregnancy | abortion after 21 weeks (with the number)

id: ab.partial-birth
forms: partial-birth abortion | partial-birth abortions | partial birth abortion | post-birth abortion | after-birth abortion | infanticide | born-alive infants | Born-Alive Abortion Survivors | abortion survivors | abortion survivor
signal: L1
category: loaded
side: anti-abortion
inflect: no
weight: 1
explain: "Partial-birth abortion" and "infanticide" are political, not medical, terms that describe abortion as killing a born child.
alternatives: intact dilation and extraction | abortion later in pregnancy
notes: "Partial-Birth Abortion Ban Act" (2003) is the name of a law; inside that name the phrase is formal, so read the context.

id: ab.heartbeat
forms: heartbeat bill | heartbeat bills | heartbeat law | heartbeat laws | fetal heartbeat bill | fetal heartbeat law | heartbeat ban | six-week heartbeat | pain-capable | fetal pain | abortion pill reversal | abortion reversal
signal: L1
category: loaded
side: anti-abortion
inflect: no
weight: 1
explain: At six weeks there is no heart yet, only electrical activity in developing cells, so "heartbeat bill" describes the law in its supporters' words; "abortion reversal" is not an established medical treatment.
alternatives: six-week abortion ban | ban on abortion after about six weeks | unproven treatment to stop a medication abortion
sources: American College of Obstetricians and Gynecologists guidance on terms ("fetal heartbeat" is clinically inaccurate at six weeks).

id: ab.murder
forms: abortion is murder | murder of the unborn | murdering babies | murdered babies | killing babies | kill babies | killing unborn babies | slaughter of the unborn | slaughter of innocents | holocaust of the unborn | abortion holocaust | American holocaust | unborn holocaust | genocide of the unborn | black genocide | child sacrifice | abortion genocide
signal: L1
category: loaded
side: anti-abortion
inflect: no
weight: 2
explain: Calling abortion "murder" or a "holocaust" states the strongest moral verdict of one side as fact.
alternatives: abortion | abortions | ending a pregnancy

id: ab.life-affirming
forms: life-affirming | pro-life protections | protections for the unborn | protect the unborn | protecting the unborn | protecting unborn life | protect unborn children | culture of life | sidewalk counselors | sidewalk counseling | sidewalk counselor | abortion-minded women | post-abortive | post-abortion syndrome
signal: L4
category: euphemism
side: anti-abortion
inflect: no
weight: 0.5
explain: Warm phrases like "protecting the unborn" or "sidewalk counseling" describe bans and clinic-door protests in the movement's own gentle words.
alternatives: abortion restrictions | abortion ban | anti-abortion protesters outside clinics

id: ab.reproductive-health-care
forms: reproductive health care | reproductive healthcare | reproductive health services | reproductive care | reproductive freedom | a woman's right to choose | woman's right to choose | pregnancy termination services
signal: L4
category: euphemism
side: abortion-rights
inflect: no
weight: 0.5
explain: Broad phrases like "reproductive health care" or "a woman's right to choose" stand in for the word "abortion" and make a contested procedure sound like ordinary medicine.
alternatives: abortion | abortion services | legal abortion
notes: Weight 0.5: these phrases also describe wider care (contraception, prenatal care). Plain descriptions ("ending a pregnancy") and generic phrases ("health care decisions") are left out.

id: ab.forced-pregnancy
forms: forced pregnancy | forced pregnancies | forced birth | forced births | government-mandated pregnancy | mandatory motherhood | state-mandated pregnancy | back-alley abortions | back-alley abortion | coat-hanger abortions | coat hanger abortions | Handmaid's Tale | handmaids | attack on women's health | assault on women's rights | war on women's health | abortion deserts | abortion desert | extreme abortion bans | extreme abortion ban | draconian abortion ban | draconian abortion bans
signal: L1
category: loaded
side: abortion-rights
inflect: no
weight: 1
explain: Phrases like "forced birth" or "Handmaid's Tale" describe abortion limits with the strongest images of oppression, a verdict presented as description.
alternatives: abortion ban | abortion restrictions | areas without an abortion clinic

id: ab.bodily-autonomy
forms: bodily autonomy | my body my choice | keep your laws off my body | keep your rosaries off my ovaries | abortion is health care | abortion is healthcare | abortion is essential health care | government out of the exam room | politicians in the exam room
signal: L1
category: loaded
side: abortion-rights
inflect: no
weight: 0.5
explain: Slogans of the movement in the outlet's own voice present one side's principle as the frame of the story.
alternatives: supporters of abortion rights argue that (attributed)

id: ab.babies-slogans
forms: abortion stops a beating heart | every life is precious | choose life | love them both | abortion kills | abortion hurts women | abortion regret
signal: L1
category: loaded
side: anti-abortion
inflect: no
weight: 0.5
explain: Slogans of the movement in the outlet's own voice present one side's principle as the frame of the story.
alternatives: opponents of abortion argue that (attributed)

# ---------------------------------------------------------------- actor: abortion (the procedure)

id: ab.abortion
forms: abortion | abortions | medication abortion | medication abortions | abortion pill | abortion pills | mifepristone | misoprostol | surgical abortion | procedural abortion | induced abortion | termination of pregnancy | pregnancy termination | dilation and evacuation
signal: N1
category: descriptive
actor: abortion
label: descriptive
inflect: no
weight: 1
explain: "Abortion" and the names of its methods are the plain, neutral words for the procedure.

id: ab.chemical-abortion
forms: chemical abortion | chemical abortions | chemical abortion pills | mail-order abortion | mail-order abortions | abortion drugs by mail | DIY abortion | do-it-yourself abortion | baby killing | child killing | feticide
signal: N1
category: delegitimising
actor: abortion
label: delegitimising
side: anti-abortion
inflect: no
weight: 1
explain: Calling medication abortion "chemical abortion" or "mail-order abortion" makes an approved medicine sound dangerous or illicit.
alternatives: medication abortion | abortion pills | abortion pills sent by mail

id: ab.self-managed
forms: self-managed abortion | self-managed abortions | abortion self-care | self-care abortion | telehealth abortion care | abortion access | access to abortion care | essential abortion care
signal: N1
category: euphemistic
actor: abortion
label: euphemistic
side: abortion-rights
inflect: no
weight: 0.5
explain: Gentle terms like "self-care" or "abortion access" make ending a pregnancy without a doctor, or abortion in general, sound like routine health care.
alternatives: abortion without a clinician | abortion pills taken at home | abortion
notes: "Abortion access" is very common and often plain; weight 0.5.

# ---------------------------------------------------------------- actor: abortion laws

id: ab.laws
forms: abortion ban | abortion bans | abortion restrictions | abortion restriction | abortion law | abortion laws | six-week ban | six-week abortion ban | 15-week ban | 15-week abortion ban | near-total abortion ban | total abortion ban | Roe v. Wade | Dobbs decision | Dobbs v. Jackson Women's Health Organization | trigger law | trigger laws
signal: N1
category: descriptive
actor: abortion laws
label: descriptive
inflect: no
weight: 1
explain: "Abortion ban" or "abortion restrictions" say what a law does, which is the neutral description used by most outlets.

id: ab.pro-life-laws
forms: pro-life laws | pro-life law | pro-life legislation | life-protecting laws | life-protecting law | protective laws for the unborn | Human Life Protection Act | Life at Conception Act | personhood law | personhood amendment | Born-Alive Infants Protection Act
signal: N1
category: self-label
actor: abortion laws
label: self-label
side: anti-abortion
inflect: no
weight: 0.5
explain: These are the names supporters give abortion bans, presenting them as protections rather than restrictions.
alternatives: abortion ban | abortion restrictions

id: ab.forced-birth-laws
forms: forced-birth laws | forced birth laws | forced-birth law | Taliban-style abortion law | Taliban-style laws | medieval abortion laws | medieval abortion ban | cruel abortion bans | cruel abortion ban | abortion bounty law | bounty hunter law | vigilante law | vigilante abortion law
signal: N1
category: delegitimising
actor: abortion laws
label: delegitimising
side: abortion-rights
inflect: no
weight: 1
explain: Calling abortion laws "medieval", "Taliban-style" or "forced-birth" condemns them in the outlet's own voice instead of describing what they do.
alternatives: abortion ban | Texas law letting private citizens sue abortion providers (SB 8)

# ---------------------------------------------------------------- more loaded words

id: ab.eugenics
forms: abortion is eugenics | eugenic abortion | eugenic abortions | eugenics abortion | Sanger's eugenics | Margaret Sanger's racist | racist roots of Planned Parenthood | Planned Parenthood's racist founder | womb lynching
signal: L1
category: loaded
side: anti-abortion
inflect: no
weight: 1
explain: Linking abortion to eugenics or racism is an argument of one side, presented in these phrases as settled history.
alternatives: abortion | Planned Parenthood | the views of Planned Parenthood's founder Margaret Sanger (with context)

id: ab.theocrats
forms: theocratic abortion ban | theocratic abortion bans | theocrats | theocratic right | religious right's war on women | Christian nationalist abortion bans | anti-abortion terrorists | anti-abortion terrorism | anti-abortion violence | clinic bombers
signal: L1
category: loaded
side: abortion-rights
inflect: no
weight: 0.5
explain: Calling abortion opponents "theocrats" or linking all of them to clinic violence paints a whole movement by its most extreme members.
alternatives: anti-abortion lawmakers | religious conservatives | attacks on abortion clinics (for actual attacks)
notes: Attacks on clinics and doctors did happen; "anti-abortion violence" describes them and weight is 0.5 for that reason.

id: ab.abortion-tourism
forms: abortion tourism | abortion tourists | abortion vacation | abortion vacations | abortion trafficking | abortion travel agents | abortion cartel | abortion cartels | abortion pill cartels | abortion pill trafficking
signal: L1
category: loaded
side: anti-abortion
inflect: no
weight: 1
explain: Words like "abortion tourism" or "trafficking" make travelling to another state for a legal procedure sound frivolous or criminal.
alternatives: travelling out of state for an abortion | helping minors travel for abortions

id: ab.post-roe-doom
forms: post-Roe hellscape | post-Roe nightmare | medieval times | back to the Dark Ages | second-class citizens | women will die | women are dying | war on women's bodies | bans that kill women
signal: L1
category: loaded
side: abortion-rights
inflect: no
weight: 0.5
explain: Dramatic phrases like "post-Roe hellscape" or "back to the Dark Ages" describe abortion bans by their worst predicted effects in the outlet's own voice.
alternatives: abortion bans | states where abortion is banned | (report documented cases with their sources)
notes: Some deaths linked to delayed care under bans have been documented; the phrases are loaded when stated as general fact.

# ---------------------------------------------------------------- actor: people seeking abortions

id: ab.pregnant-women
forms: pregnant women | pregnant woman | pregnant patients | pregnant patient | women seeking abortions | woman seeking an abortion | patients seeking abortions | people seeking abortions | abortion patients | abortion seekers | women who have abortions | women who had abortions
signal: N1
category: descriptive
actor: people seeking abortions
label: descriptive
inflect: no
weight: 1
explain: Plain descriptions say who is meant without judging their choice.
notes: "Pregnant people" (used by some outlets to include transgender men) is left out: it is a separate language debate, not a label for or against abortion.

id: ab.birth-control-abortion
forms: abortion as birth control | abortion as contraception | convenience abortions | convenience abortion | abortion of convenience | irresponsible women | careless women | abortion on a whim | women who kill their babies | mothers who kill their children
signal: N1
category: delegitimising
actor: people seeking abortions
label: delegitimising
side: anti-abortion
inflect: no
weight: 1
explain: Phrases like "convenience abortions" or "irresponsible women" suggest people seek abortions lightly, which is a judgement about their motives, not a fact.
alternatives: women seeking abortions | abortion patients
