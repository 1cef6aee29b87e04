"""Closed word classes the actor roles read (folded spelling): particles, numbers, time words, and the verbs and
nouns whose grammar decides who did what to whom."""

from __future__ import annotations

from rasd.events.dates import WEEKDAY_NAMES
from rasd.events.forms import fold, strip_article
from rasd.ner.features import CUES

BY = (fold("قبل"), fold("يد"), fold("ايدي"), fold("جانب"))  # من قبل، على يد، من جانب: the doer follows
SHOT_BY = frozenset(fold(w) for w in ("برصاص", "بنيران"))  # قتل برصاص الشرطة: the doer follows
SELF = fold("نفس")
# "was subjected to", "survived": their subject underwent the act the noun after them names (تعرض لهجوم، نجا من)
SUFFERING_VERBS = tuple(fold(w) for w in ("تعرض", "يتعرض"))  # the beginnings of their forms (تعرضت، يتعرضون)
SURVIVING_VERBS = frozenset(fold(w) for w in ("نجا", "نجت", "نجوا", "ينجو", "تنجو"))  # whole: نجتمع is no نجت
# لقي حتفه / مصرعه ("met his death"): the forms of لقي, and the nouns of death that make it a sufferer's verb
MET_VERBS = frozenset(fold(w) for w in ("لقي", "لقيت", "لقيا", "لقوا", "يلقى", "تلقى", "يلقون", "لقين"))
DEATH_NOUNS = tuple(fold(w) for w in ("حتف", "مصرع"))
DEATH_REACH = 6  # words from لقي to حتفه past its subject (لقي ثلاثة من عناصر الشرطة مصرعهم)
# أدين ("was convicted", or "I condemn") and its passive forms, and the charges after ب that make it a conviction
CONVICTED = frozenset(fold(w) for w in ("أدين", "أدينت", "أدينوا", "أدينا"))
_CHARGE_WORDS = "تهمة تهم قتل محاولة ضلوع ارتكاب جريمة جرائم تخطيط تجسس شن تنفيذ دعم تمويل تدبير تهريب"
CHARGES = frozenset(fold(w) for w in _CHARGE_WORDS.split())
# the forms of اتهم that, with no object before the charge, are its passive (اتهمت بشن هجوم: was accused of)
ACCUSED = frozenset(fold(w) for w in ("اتهم", "اتهمت", "اتهموا", "اتهما", "اتهمتا", "يتهم", "تتهم", "يتهمون", "يتهمان"))
# words with ب that are no charge after an accused (اتهمت إيران بعد ذلك إسرائيل), and those that tell who leads
# the accused (اتهموا التحالف بقيادة السعودية بشن الهجوم)
_NOT_CHARGE_WORDS = "بعد بين بسبب بشأن بحسب بدون برغم بفضل بدوره بدورها"
LED_BY = frozenset(fold(w) for w in ("بقيادة", "برئاسة", "بزعامة"))
NOT_CHARGES = frozenset(fold(w) for w in _NOT_CHARGE_WORDS.split())
CHARGE_REACH = 8  # words from أدين to its charge (أدين المتهم البالغ من العمر 61 عاماً بتهمة القتل)
ALREADY = fold("قد")  # between a subject and its past verb (وكان الجيش قد أعلن)
KANA = frozenset(fold(w) for w in ("كان", "كانت"))  # before a subject and its verb (وكان نتنياهو قد اتهم)
TIME_WORDS = frozenset(fold(w) for w in ("أمس", "اليوم", "الليلة", "صباح", "مساء", "فجر", "ليل", "ظهر", "عصر"))
# units of a time phrase (الأسبوع الماضي، قبل خمسة أيام، قبل يومين); duals are listed, a count stands before plurals
_TIME_UNIT_WORDS = "يوم أيام يومين أسبوع أسابيع أسبوعين شهر أشهر شهور شهرين عام أعوام سنة سنوات عامين ساعة ساعات ساعتين"
TIME_UNITS = frozenset(fold(w) for w in _TIME_UNIT_WORDS.split())
TIME_NOUNS = TIME_UNITS | frozenset(fold(w) for w in ("وقت", "فترة", "لحظة", "مرة", "حين", "عام", "سنة", "ساعة"))
PAST = frozenset(fold(w) for w in ("ماضي", "ماضية"))
# هجوم شنه مسلحون, غارة نفذتها طائرات, هجوم تبنته طالبان, انفجار لغم زرعته الميليشيات
DOER_VERBS = (fold("شن"), fold("نفذ"), fold("تبن"), fold("زرع"))
# agent words whose feminine plural names a machine of war, not the people: مقاتلات (fighter jets, not female fighters)
MACHINES = {fold("مقاتلات"): "MIL"}
# actor words that are also verbal nouns, read so before their preposition: القضاء على الفساد (eliminating, not the
# judiciary), هيئة الدفاع عنها (defending her, not the military)
ACTING_NOUNS = {fold("قضاء"): fold("على"), fold("دفاع"): fold("عن")}
PREPOSITIONS = frozenset(
    fold(w) for w in ("في", "على", "من", "إلى", "عن", "مع", "نحو", "ضد", "بين", "عند", "لدى", "داخل", "قرب", "أمام")
)
# prepositions of topic, "about": no verb's object (a dictionary pattern's على/حول), no state brought about
# (قراره بشأن الاتفاق)
ABOUT = frozenset(fold(w) for w in ("حول", "بشأن"))
# prepositions of time and cause: a protest noun after one (استقال الوزير عقب احتجاجات) is the setting of what
# the clause reports, and the clause's subject did not protest (a meeting after one may be the subject's own:
# وقال بارنييه إثر اجتماع مع الوزراء)
SETTING = frozenset(fold(w) for w in ("بعد", "قبل", "خلال", "أثناء", "إثر", "عقب", "غداة", "بسبب", "جراء"))
# the words before a verb's form that make it its verbal noun (أقدم على قتل طفل، بعد خطف صحفي)
# verbs that make a verbal noun after them a passive (تم اعتقال ثلاثة صحفيين: three journalists were arrested), with
# the conjunction too, which a word of three letters is not read without (وتم)
AUXILIARIES = frozenset(fold(c + w) for c in ("", "و", "ف") for w in ("تم", "يتم", "جرى", "يجري"))
BEFORE_VERBAL_NOUN = PREPOSITIONS | SETTING | AUXILIARIES
# verbs that state or renew a stance: a verb form with a pronoun after one and its subject is the verbal noun with
# its possessor (جدد العاهل المغربي رفضه الاعتراف …، أكدت الحكومة رفضها التدخل …: his rejection, not "rejected it")
_STATING_WORDS = (
    "جدد جددت جددوا يجدد تجدد يجددون أكد أكدت أكدوا يؤكد تؤكد يؤكدون أعلن أعلنت أعلنوا يعلن تعلن يعلنون "
    "أبدى أبدت أبدوا يبدي تبدي يبدون كرر كررت كرروا يكرر تكرر يكررون"
)
STATING = frozenset(fold(w) for w in _STATING_WORDS.split())
STATING_REACH = 5  # words from the stating verb to the noun (أكدت وزارة الخارجية الروسية أمس رفضها)
POSSESSIVE_PRONOUNS = ("ه", "ها", "هم", "هما")
# nouns that, without the article, take a verbal noun as their genitive (قرار رفض الاندماج، عملية رفض واسعة، مبدأ
# رفض بث الحلقة)
_CONSTRUCT_HEAD_WORDS = "قرار عملية مبدأ موقف سياسة خطوة حالة مسألة قضية حملة محاولة"
CONSTRUCT_HEADS = frozenset(fold(w) for w in _CONSTRUCT_HEAD_WORDS.split())
# words that put a protest down or set it off (فرقت الشرطة احتجاجات، أدت عملية توقيف سلمان إلى تظاهرات): whoever
# is named before a protest past one of them is not who protested
_QUELLING_WORDS = (
    "قمع قمعت قمعوا يقمع تقمع فرقت فرقوا يفرق تفرق تفريق لتفريق فض فضت فضوا يفض تفض لفض أخمد أخمدت تخمد يخمد "
    "إخماد لإخماد تصدت تصدى للتصدي أدى أدت أثار أثارت أشعل أشعلت فجر فجرت"
)
QUELLING = frozenset(fold(w) for w in _QUELLING_WORDS.split())
# words that credit what is told to its teller (بحسب الأمم المتحدة، وفقا للشرطة، على لسان وزير خارجيتها: "by the
# tongue of"): no party to the event
ACCORDING = frozenset(fold(w) for w in ("حسب", "بحسب", "وفق", "وفقا", "طبقا", "لسان"))
IN = frozenset({fold("في")})
AIMED_AT = frozenset(fold(w) for w in ("على", "ضد", "نحو", "باتجاه"))  # أطلق النار على، شن هجوما ضد
# the heads of place names (مدينة، مخيم، حي, the tagger's cue words) and their plurals: a name after one names the
# place (مدخل مدينة القدس، في مخيمات لاجئين), not what an act is done to
PLACE_NOUNS = frozenset(strip_article(w) for w, kind in CUES.items() if kind == "LOCHEAD") | frozenset(
    fold(w) for w in ("مدن", "مخيمات", "مناطق", "قرى", "أحياء", "شوارع", "محافظات", "ولايات")
)
# nouns of direction and surroundings that make the name after them a place (شرق مدينة غزة، جنوب بغداد)
LOCATIVES = frozenset(
    fold(w) for w in ("شرق", "غرب", "شمال", "جنوب", "وسط", "ضواحي", "أطراف", "محيط", "أنحاء", "أرجاء")
)
AROUND = LOCATIVES | frozenset(fold(w) for w in ("قرب", "أمام", "داخل"))  # where something is, a place follows
# a name right after one of them is a place (مدينة القدس، غرب محافظة تعز، عبر أرجاء بلجيكا), not whom an act befell
# (وسط حشد من المتظاهرين); with the article a word of direction is a name itself (الغرب، the West)
_REGION_WORDS = "شرق غرب شمال جنوب شرقي غربي شمالي جنوبي ضواحي أطراف أنحاء أرجاء"
REGIONS = frozenset(fold(w) for w in _REGION_WORDS.split())


def with_pronouns(prepositions: str, pronouns: str) -> frozenset[str]:
    """Each preposition of ``prepositions`` with each pronoun of ``pronouns`` attached, folded (عليه، إليهم)."""
    return frozenset(fold(p + s) for p in prepositions.split() for s in pronouns.split())


IN_IT = with_pronouns("في", "ه ها")
# a preposition with a pronoun (إليها، فيه، عليه): after a verb that follows a relative pronoun it points back to
# the antecedent, which is then no subject of the verb (مقاطعة فرنسا التي دعا إليها بعض الصينيين)
RESUMED = with_pronouns("إلي في علي ب ل من عن مع", "ه ها هم هما")
# demonstratives, which stand between a preposition and the noun it governs (في هذا الحي، لهذه الدول); not ذلك, most
# often a pronoun itself (علاوة على ذلك، وساعد على ذلك الجهود الأميركية)
DEMONSTRATIVES = frozenset(fold(w) for w in ("هذا", "هذه", "تلك", "هؤلاء"))
# words that neither begin nor continue the phrase a verb of violence acts on: prepositions, bare or with a
# pronoun (أطلقوا عليه النار), nouns of place used as prepositions (قتل 20 شخصا وسط السوق), and ثم
GOVERNORS = PREPOSITIONS | LOCATIVES  # the words before a mention that make it no verb's subject
PATIENT_STOPS = (
    GOVERNORS
    | with_pronouns("علي في من عن ل إلي", "ه ها هم هما هن")
    | {fold(w) for w in ("ثم", "فوق", "تحت")}
    # when, not whom (اعتقلن مؤخرا، احتجز منذ أغسطس، قتل أثناء الصيد), and إلا (لم تطلق النار إلا دفاعا)
    | {fold(w) for w in ("منذ", "أثناء", "حتى", "طوال", "مؤخرا", "حاليا", "سابقا", "لاحقا", "فورا", "مجددا", "إلا")}
)
# what came of it, after whom (استهدف سيارته ما أدى إلى مقتله، مما أسفر عن …); first, ما counts (قتل ما لا يقل عن 20)
RESULT_OPENERS = frozenset(fold(w) for w in ("ما", "مما"))
# how, not whom: an adjective right after a noun of detention or violence (احتجاز تعسفي، اعتقالات عشوائية)
MANNER_ADJECTIVES = frozenset(
    fold(stem + ending)
    for stem in ("تعسفي", "عشوائي", "جماعي", "إداري", "ممنهج", "وحشي", "مجحف")
    for ending in ("", "ة", "ا")
)
# what a gun fires, not whom at (أطلقت الشرطة النار عليه): whom it was aimed at follows على
FIRED = frozenset(fold(w) for w in ("نار", "نيران", "رصاص"))
# the relative pronouns, each with the pronoun that takes up its antecedent in its clause (الاتفاق الذي وقعه
# الطرفان، العمال الذين اعتقلتهم كوريا)
RESUMPTIVE = {
    fold(w): pronoun
    for pronoun, words in (
        ("ه", "الذي"),
        ("ها", "التي"),
        ("هم", "الذين"),
        ("هما", "اللذين اللذان اللتين اللتان"),
        ("هن", "اللواتي اللاتي اللائي"),
    )
    for w in words.split()
}
RELATIVE_PRONOUNS = frozenset(RESUMPTIVE)
DISAGREEING = {fold("الذي"): "f", fold("التي"): "m"}  # the gender of a verb that does not agree with each
COMMAS = frozenset("،,")
COMPLEMENTIZERS = frozenset({fold("أن")})  # إن، أن، بأن fold to it
VERB_PARTICLES = frozenset(fold(w) for w in ("قد", "لقد", "لم", "لن", "لا", "سوف", "ما"))  # before a verb
ENDINGS = ("ون", "ين", "ان", "ا", "ه")  # folded: ة is ه
PEOPLE_PLURALS = ("يون", "يين")  # the endings of a nisba's masculine plural, folded: people (الإسرائيليون)
# "armed" in the singular, an event noun's adjective (هجوم مسلح، عملية مسلحة، هجوما مسلحا), not the plural agent
ARMED = frozenset(fold(w) for w in ("مسلح", "مسلحة", "مسلحا"))
_NUMERAL_WORDS = (
    "واحد واحدا واحدة اثنين اثنان اثنتين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني ثمان "
    "تسعة تسع عشرة عشر "
    "عشرات عشرين عشرون ثلاثين ثلاثون أربعين أربعون خمسين خمسون ستين ستون سبعين سبعون ثمانين ثمانون "
    "تسعين تسعون مئة مائة مئات مائتين مئتي مائتي ألف آلاف ألفين ألفي مليون ملايين"
)
NUMERALS = frozenset(fold(w) for w in _NUMERAL_WORDS.split())
# nouns of military units; before a nationality (وحدة إسرائيلية، دورية بريطانية) they name that country's military,
# while alone they are as often everyday words (وحدة "unity", دورية "periodic")
UNIT_NOUNS = frozenset(fold(w) for w in ("وحدة", "دورية", "قوة", "فرقة", "مفرزة", "كتيبة", "سرية", "حامية"))
# words of quantity and of membership in a partitive subject (عشرات من أعضاء حزب الغد، مئات من طلبة المدارس)
QUANTITIES = frozenset(
    fold(w) for w in ("عدد", "العديد", "بعض", "كل", "حشد", "حشود", "جموع", "آلاف", "مئات", "عشرات", "مجموعة", "مجموعات")
)
MEMBERS = frozenset(fold(w) for w in ("أعضاء", "عناصر", "أفراد", "أنصار", "مؤيدي", "ممثلي", "أهالي"))
# words of belonging between a force and the group it serves, without the article (مقاتلين تابعين لحركة طالبان،
# قوات موالية للنظام)
# words of belonging, in every case and number; موالي is the definite form (الموالي), looked up without its article
_AFFILIATION_WORDS = "تابع تابعا تابعة تابعون تابعين موال موالي مواليا موالية موالون موالين"
AFFILIATION = frozenset(fold(w) for w in _AFFILIATION_WORDS.split())
# nouns that head the names of organised groups and, alone and definite, refer back to one (حركة طالبان … الحركة)
GROUP_NOUNS = frozenset(fold(w) for w in ("حركة", "جبهة", "جماعة", "تنظيم", "ميليشيا", "وكالة"))
# verbs whose object is brought in by ب (التقى بوزير، رحب بأمير قطر، أشاد بالملك، نددت مصر بإسرائيل); lemmas, folded
WITH_BI = frozenset(fold(w) for w in ("التقى", "اجتمع", "رحب", "أشاد", "نوه", "ندد", "احتفى"))
# masculine singular nouns of one man, titles (رئيس، ولي العهد) and others (مدرس، شاب): no subject of a verb in the
# feminine (تلتقي ولي العهد: she meets him; فقتلت المدرس: it killed the teacher)
_MAN_WORDS = (
    "رئيس وزير ولي ملك عاهل أمير سفير مبعوث زعيم قائد نائب مندوب شيخ عقيد عميد مستشار متحدث مدير أمين "
    "مدرس معلم طبيب صحفي مهندس جندي ضابط شرطي شاب رجل طفل مواطن ناشط مسؤول"
)
MEN = frozenset(fold(w) for w in _MAN_WORDS.split())
TITLES = frozenset(fold(w) for w in ("عقيد", "لواء", "عميد", "رئيس", "وزير", "شيخ", "مبعوث", "زعيم", "قائد"))
STATES = fold("دول")  # states: several, of no one country (دول الحصار، الدول الغربية)
NAME_OF = fold("اسم")  # المتحدث باسم الحكومة: the office of the body named after it
# heads of organisations' names (الحكومة، الجيش، المحكمة), less those that are also a man's title (اللواء), and the
# bodies news names by one collective noun (وتتهم المعارضة إردوغان، الشرطة، الرئاسة، النيابة)
BODIES = (frozenset(strip_article(w) for w, kind in CUES.items() if kind == "ORGHEAD") - TITLES) | frozenset(
    fold(w) for w in ("معارضة", "شرطة", "رئاسة", "نيابة")
)
# nouns of an office or a calling that open an apposition after a person's name (جاسم السعدون، رئيس شركة الشال،
# مقتدى الصدر، رجل الدين الشيعي), in both genders; ممثل is left out: after a name it is more often an actor of the
# screen than a representative
_OFFICE_WORDS = (
    "رئيس نائب وزير مدير متحدث ناطق عضو قائد زعيم أمين سفير مبعوث مستشار نقيب عميد محافظ أمير ملك مفوض مساعد "
    "مندوب منسق مسؤول رجل سيد ناشط صحفي كاتب خبير محلل أستاذ باحث محامي قاضي مدرب"
    " ممثل فنان مغني مطرب مخرج لاعب شاعر نجم"
)
APPOSED_OFFICES = frozenset(fold(w + ending) for w in _OFFICE_WORDS.split() for ending in ("", "ة"))
ONE_OF = frozenset(fold(w) for w in ("أحد", "إحدى"))  # خالد محسود، أحد أعضاء حركة طالبان
APPOSITION_REACH = 12  # words from an office after a name to the comma that closes its apposition
CONDEMNING_VERBS = frozenset(
    [fold(form) for lemma in ("ادان", "استنكر", "شجب", "ندد") for form in (lemma, lemma + "ت", lemma + "وا")]
    + [fold(w) for w in ("نفى", "نفت", "نفوا", "نعى", "نعت")]
)
# the subject of شهد (شهدت العاصمة مظاهرات، تشهد فرنسا احتجاجات) is where an event happened, not who acted
WITNESSING_VERBS = frozenset(fold(w) for w in ("شهد", "شهدت", "تشهد", "يشهد", "ستشهد", "سيشهد"))
_REPORTING_LEMMAS = "اعلن اكد ذكر نقل رصد وثق تحدث افاد اوضح اشار كشف قال"
REPORTING_VERBS = frozenset(
    [fold(form) for lemma in _REPORTING_LEMMAS.split() for form in (lemma, lemma + "ت", lemma + "وا")]
    + [fold(w) for w in ("أحصى", "أحصت")]
)
# a response to an act (ردا على الهجوم، ترد على انتقادات روحاني): the act is the other side's
_RESPONDING_WORDS = "رد ردت ردوا يرد ترد ردا الرد رده ردها ردهم ردود"
RESPONDING = frozenset(fold(w) for w in _RESPONDING_WORDS.split())
ON = fold("على")
# a relayer passes on what another said (ونقلت الوكالة عن لافروف، ذكرت الصحيفة نقلا عن مسؤول): its verb, and
# the word that makes any reporting verb's subject one
RELAYING_VERBS = frozenset(fold(w) for w in ("نقل", "نقلت", "نقلوا", "ينقل", "تنقل"))
RELAYING = fold("نقلا")
FROM = fold("عن")
BEFALLING_NOUNS = frozenset(fold(w) for w in ("مقتل", "مصرع", "إصابة", "جرح", "وفاة"))
_PATIENT_NOUN_WORDS = "مقتل قتل اغتيال اختطاف خطف اعتقال تعذيب إصابة جرح احتجاز أسر إعدام ذبح طعن استهداف"
PATIENT_NOUNS = frozenset(fold(w) for w in _PATIENT_NOUN_WORDS.split())
GOING_OFF = frozenset({fold("انفجر")})  # verbs whose subject is the device that went off, not who set it off
WEEKDAYS = frozenset(fold(d) for d in WEEKDAY_NAMES)  # with their article: اثنين alone is a number
# words that qualify a number before what is counted (قتل ما لا يقل عن 24 مصليا، أصيب نحو عشرين شخصا)
APPROXIMATIONS = tuple(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        "ما لا يقل عن",
        "لا يقل عن",
        "ما يزيد عن",
        "ما يزيد على",
        "أكثر من",
        "أقل من",
        "نحو",
        "حوالي",
        "قرابة",
        "زهاء",
    )
)
# conjunctions that open a clause of time, with a subject of its own (قتل مدنيان عندما انفجرت سيارة)
TIME_CLAUSES = frozenset(fold(w) for w in ("بعدما", "عندما", "حينما", "بينما", "فيما"))
NP_STOPS = (
    frozenset(
        fold(w)
        for w in [
            "في",
            "على",
            "من",
            "الى",
            "إلى",
            "عن",
            "مع",
            "بعد",
            "قبل",
            "عند",
            "خلال",
            "حيث",
            "التي",
            "الذي",
            "الذين",
            "اثر",
            "إثر",
        ]
    )
    | TIME_CLAUSES
)
# a protest in front of an institution (أمام مقر البرلمان) is addressed to it, unless named against another
FACING = fold("أمام")
AGAINST = fold("ضد")
SEATS = frozenset(fold(w) for w in ("مقر", "مبنى", "مقار", "مباني", "بوابة"))
