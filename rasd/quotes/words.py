"""Closed word classes the quote rules read, in normalised spelling (see rasd.text.normalize)."""

from __future__ import annotations

from functools import lru_cache

from rasd.text.normalize import normalize


def _words(text: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in text.split())


# words that open reported content (أن/إن with attached pronouns, after a preposition or not)
THAT = _words(
    "أن إن أنه إنه أنها إنها أنهم إنهم أنهما إنهما أنهن إنهن أننا إننا أنني إنني أني إني بأن بأنه بأنها بأنهم"
    " بأنهما بأننا بأنني وأن وإن وأنه وإنه وأنها وإنها وأنهم وإنهم"
)
# names of Latin letters, as news spells abbreviations (سي أن أن، إن بي سي، إن إتش كيه); not those that read as
# words once normalised (أو، في، أي، إيه as أية، إل as آل، جاي، دي as in دي ميستورا)
LETTER_NAMES = _words("بي سي إف جي إتش كيه إس تي إكس زد")
# words with ف that open the main clause after a fronted source (وبحسب المصدر فإن …، ووفقا للوزارة فقد …)
MAIN_CLAUSE_OPENERS = _words("فإن فإنه فإنها فإنهم فأن فقد فمن فهناك فلا فليس فهو فهي فهم")
# عدم: the verbal noun after it is not done (طلب عدم ذكر اسمه، أكد عدم وجود …)
NOT_DOING = _words("عدم وعدم")
# words asking for what follows them, as a source asks not to be named (طلب عدم ذكر اسمه، شريطة عدم الكشف)
ASKING = _words("طلب وطلب طلبت طلبوا طالبا طالبة شريطة بشرط مشترطا فضل وفضل فضلت مفضلا مفضلة مفضلين")
# what a source asks not to have done to its name (عدم ذكر اسمه، عدم الكشف عن هويته)
DISCLOSING = _words("ذكر كشف الكشف نشر الإفصاح إفصاح الإعلان")
# words that end a body's or a source's name: whom it relays (نقلت الوكالة عنه) and prepositions that open a verb's
# complement (أعرب المجلس عن، شدد على); not في or من, which name a body's place (مسؤول في الوزارة)
# adjectives of a source that take ل: its complement, not whom it spoke to (مصدر تابع للوزارة، مصدر مواكب للمفاوضات)
GOVERNING_TO = _words("تابع تابعة مقرب مقربة قريب قريبة مواكب مواكبة خاضع خاضعة معاد معادية مناهض مناهضة موال موالية")
# cue forms that are also an adjective "affiliated to" before ل (مصدر تابع للوزارة، تابع لحزب الله); with و or ف
# they report (وتابع للصحفيين)
AFFILIATED = _words("تابع")
# after ذات: once (اعترف ذات يوم، ذات مرة), not who
ONE_TIME = _words("يوم مرة ليلة صباح مساء مرات")
# words that end a body's phrase: a preposition (أعرب مجلس الوزراء عن …) or ما (وصف محللون ما يقوم به …)
ENDS_A_BODY = _words(
    "عنه عنها عنهم عنهما عن على إلى حول ضد مع ما"
    # verbal nouns a body announces (أعلن الجيش مقتل ضابط، أعلنت الوزارة إغلاق المعبر): its verb's object
    " مقتل مصرع إصابة اعتقال توقيف استقالة وفاة سقوط تدمير انطلاق انتهاء إغلاق تعليق"
)
# words whose preposition belongs to a body's name (بيان صادر عن، منظمة الدفاع عن، للرقابة على، مطلعة على), without
# the article
GOVERNING = _words("صادر صادرة صدر أصدره أصدرته دفاع مدافع مدافعة رقابة قضاء مطلع مطلعة إشراف")
# those a call is often addressed to (دعا المجتمع الدولي إلى، طالب الحكومة بـ، حث السلطات على)
ADDRESSED = _words(
    "المجتمع الحكومة الحكومات السلطات رئاسة المواطنين الأطراف الدول الجهات أعضاء المسؤولين الشعب الجميع"
    " المنظمات العالم"
)
# of those, the ones that are hardly a call's subject: right after the verb, they leave its subject dropped
# (وناشدت العالم بأن …: it appealed to the world)
ADDRESSED_ONLY = _words("المجتمع العالم المواطنين الجميع")
# nouns a quoted name follows: media and works (وكالة “رويترز”، برنامج «رسل السلام»), places (مدينة “سيتينيل”),
# bodies (شركة "غوغل"، قوات "التحالف العربي"، حركة "حماس")
QUOTED_NAME_HEADS = _words(
    "وكالة صحيفة جريدة قناة محطة موقع إذاعة مجلة شبكة برنامج تلفزيون عنوان حساب صفحة تطبيق فيلم كتاب رواية"
    " عملية مؤتمر منتدى مهرجان مسلسل اسم تسمية شعار هاشتاغ وسم حملة"
    " مدينة بلدة قرية منطقة حي شارع ميدان ساحة فندق مستشفى جامعة مطار سجن مخيم"
    " شركة قوات حزب حركة جماعة تنظيم منظمة جمعية مجلس هيئة لجنة تحالف جبهة ائتلاف مركز نادي"
)
# prepositions and nouns after which a quoted word is a name, not speech (لـ«عكاظ»، وكالة “رويترز”)
NAME_BEFORE_QUOTE = _words("ل لـ ب بـ في من عن على إلى مع") | QUOTED_NAME_HEADS
# the first words of noun cues (بحسب، وفقا): no part of a name (بحسب نيابة باريس)
NOUN_CUE_WORDS = _words("بحسب حسب حسبما وفق وفقا طبقا نقلا")
# when a statement was made (اليوم، أمس، الثلاثاء، صباح …): between a verb opening its clause and the speaker it is
# skipped (قال اليوم الثلاثاء سفير فرنسا …), after the speaker it ends it
TIME_WORDS = _words(
    "اليوم أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء ظهر عشية ليلة الليلة فجر"
    " حينها حينذاك حينئذ آنذاك وقتها"
)
TIME_MODIFIERS = _words("الماضي الماضية المقبل المقبلة")  # السبت الماضي
# adverbs of time, adjuncts but after what a report was issued or published (التقرير الصادر مؤخرا عن المنظمة)
RECENTLY = _words("مؤخرا سابقا لاحقا حاليا")
ISSUED = _words("الصادر الصادرة المنشور المنشورة")
# words that are times only before a day's name or a date (عصر الاثنين، يوم الأحد، يوم 3 نيسان; alone عصر is also an
# era, يوم a day)
DAY_PARTS = _words("عصر ظهيرة يوم")
# despite: an adjunct, not a verb (وعن رفضه التعليق، رغم مواصلة التصوير، قال)
CONCESSIVE = _words("رغم برغم بالرغم")
# words that start an adjunct after the speaker (in an interview, to reporters, on Saturday …)
ADJUNCT = TIME_WORDS | CONCESSIVE | _words(
    "خلال عبر أمام أثناء عقب بعد قبل إثر حين عندما ردا تعليقا بدوره بدورها لرويترز للصحافيين وسط"
    " للصحفيين للصحافة للإعلاميين للمراسلين للتلفزيون للإذاعة لوكالة لصحيفة لجريدة لقناة لمحطة لموقع"
    " لإذاعة لمجلة لشبكة لبرنامج لتلفزيون لمراسل لمراسلة لسي لبي أيضا كذلك مجددا ليوم بالقول بقوله قائلا لـ"
    " مخاطبا مخاطبة موجها موجهة يقول تقول يقولون طويلا مطولا كثيرا فورا خلاله خلالها"
    # whom the words were told: an audience (قال للحاضرين، قال الرئيس للحشد)
    " للحاضرين للحضور للحشد للحشود للجمهور للجماهير للمشاركين للمتظاهرين للمحتجين لأنصاره لأنصارها لمؤيديه"
    " لمؤيديها للنواب للطلاب"
)
# nouns that make "في …" an adjunct (في بيان، في مقابلة مع …)
SPEECH_NOUNS = _words(
    "بيان مقابلة تصريح تصريحات تصريحه تصريحاته حديث حديثه كلمة كلمته مؤتمر رسالة تغريدة تغريدات منشور"
    " لقاء اتصال ندوة جلسة حوار خطاب رد معرض تعليق تعليقه سياق وقت ختام افتتاح مداخلة بيانه رسالته"
    " تقرير تقريرها تقريره بلاغ بلاغها بلاغه سلسلة مقابلته مقابلتها مقال مقالة مقاله مقالها"
)
# speech nouns that are no source of their own, unlike a statement or a report (بيان، تقرير): whose words they
# were follows them (وفق تصريحات قائد عسكري)
SPOKEN_WORDS = _words("تصريح تصريحات حديث كلمة مقابلة لقاء مداخلة تعليق تغريدة تغريدات")
# words that may stand between في and a speech noun (في أحدث بيان، في آخر تصريح له، في أول تعليق)
LATEST = _words("أحدث آخر أول أخير")
TITLES = _words(
    "العقيد اللواء العميد الجنرال المشير الفريق الرائد النقيب الدكتور الدكتورة دكتور د. أ. م. الشيخ الشيخة"
    " الأمير الأميرة الملك الملكة السيد السيدة المهندس الأستاذ الأستاذة القاضي الحاج صاحب السمو الملكي"
    " سمو معالي فخامة سعادة المطران البابا الإمام الركن ركن السيناتور سيناتور"
)
# heads of role phrases (with or without ال); "ال" is stripped before lookup
ROLE_HEADS = _words(
    "وزير وزيرة رئيس رئيسة متحدث متحدثة ناطق ناطقة عضو عضوة نائب نائبة زعيم زعيمة مدير مديرة مسؤول"
    " مسؤولة سفير سفيرة مبعوث قائد قائدة مفاوض مستشار مستشارة محافظ أستاذ خبير مندوب مندوبة ممثل ممثلة"
    " حاكم مدرب لاعب نجم مهاجم حارس باحث باحثة محلل محللة مراسل مراسلة مؤسس وكيل مشرف المشرف أحد إحدى الأمين"
    " سكرتير منسق منسقة قاضي مفتي مساعد مساعدة مفوض مفوضة العميد النقيب كبير كبيرة"
)
ORG_HEADS = _words(
    "وزارة الحكومة حكومة مكتب قصر الجيش جيش المعارضة حزب حركة الاتحاد اتحاد الأمم منظمة هيئة مجلس"
    " شركة وكالة صحيفة الرئاسة رئاسة الشرطة شرطة البرلمان لجنة جماعة جماعات جمعية تحالف التحالف"
    " السلطات سلطات السلطة البيت الكرملين الخارجية الداخلية محكمة المحكمة النيابة القيادة الإدارة إدارة"
    " المرصد مرصد مركز البنك بنك صندوق الوزارة الرابطة رابطة نقابة الفريق المنتخب النادي نادي جامعة"
    " الدراسة دراسة التقرير تقرير البيان بيان المصرف مصرف الهلال الصليب المفوضية مفوضية الوفد وفد"
    " قناة إذاعة شبكة مجلة جريدة موقع محطة تلفزيون أرقام تقديرات إحصاءات إحصائيات معطيات"
)
UNNAMED_HEADS = _words(
    "مصدر مصادر مسؤول مسؤولون مسؤولين شهود شاهد ناشطون ناشطين نشطاء سكان مواطنون مواطنين عدد بعض"
    " مجموعة مراسلون مراسلين وسائل خبراء علماء باحثون محللون دبلوماسي دبلوماسيون مراقبون"
    " متحدث ناطق أطباء طبيب مقربون أوساط تقارير صحف وكالات"
)
RELATIVES = _words("الذي التي الذين اللذان اللتان اللواتي اللاتي والذي والتي والذين")
FEMININE_RELATIVES = _words("التي اللتان اللواتي اللاتي والتي")
PRONOUN_SPEAKERS = _words("هو هي هم سموه سموها معاليه فخامته بدوره بدورها قوله قولها بقوله بقولها")
# possessive pronouns after a noun cue that only re-attribute the words just quoted (بحسب قوله، وفق تعبيره)
SELF_REFERENCE = frozenset(
    normalize(noun + suffix)
    for noun in ["قول", "تعبير", "وصف", "تأكيد", "تصريح", "تصريحات", "كلام", "حديث", "رواية"]
    for suffix in ("ه", "ها", "هم")
)
# particles carrying the dropped subject's gender or number (لكنه أكد، لكنها أوضحت، فإنه كان قد قال، لكنهم قالوا)
# and verbs of going on before a present cue (ومضى يقول، ومضت تقول)
MASCULINE_PRONOUN_HOSTS = _words("لكنه ولكنه فإنه مضى ومضى")
FEMININE_PRONOUN_HOSTS = _words("لكنها ولكنها فإنها مضت ومضت")
PLURAL_PRONOUN_HOSTS = _words("لكنهم ولكنهم فإنهم")
# words that glue a following cue to the clause before (… ، لكنه أكد …) and are dropped from content ends
COPULAS = _words("هو هي هم")  # الشعور العام هو: "…": what something is, no one's words
CONNECTORS = _words("و ف لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها ولكنهم كما ثم فيما بينما حيث إذ عندما حين")
PREPOSITIONS = _words("في من على إلى عن مع ب ل حول ضد منذ عند لدى بين حتى نحو")
# a preposition with a pronoun, an object that may come between a verb and its subject (وعلق عليه الوزير قائلا)
PRONOUN_OBJECTS = _words(
    "عليه عليها عليهم له لها لهم منه منها منهم عنه عنها عنهم إليه إليها إليهم به بها بهم معه معها معهم"
)
AUXILIARIES = _words("كان كانت وكان وكانت قد وقد فقد")
# relatives named by whom they belong to (زوجة أبو العبد، نجل الرئيس محمد مرسي): the name after one is the other's;
# not أبو، أم، ابن, which begin names (أبو العبد، ابن خلدون)
KINSHIP = _words("زوجة زوج نجل نجلة ابنة شقيق شقيقة والد والدة أرملة حفيد حفيدة عائلة أسرة")
# بين with its pronouns: a وبين after one in its clause is the pair's second "between" (بينه وبين فؤاد), no cue
BETWEEN = _words("بين بينه بينها بيننا بينهم بينهما بينكم بينك بيني بينكما بينكن")
# أما opens a sentence's topic (أما الزائر عبدالله الفركز فقد أعرب …); its comment resumes with ف on one of
# these words (فقد، فإن، فهو) or on a cue (فقال، فأكد)
TOPIC_OPENERS = _words("أما وأما")
TOPIC_RESUMERS = _words("قد إن إنه إنها إنهم هو هي هم كان كانت لم لا لن")
# a topic that is what is spoken about (أما بخصوص الحكومة، أما عن الأسعار), not who speaks
TOPIC_ABOUT = _words("بخصوص بالنسبة عن في على حول فيما بشأن")
FUNCTION_WORDS = _words(
    "في من على إلى عن مع أن إن لا لم لن ما هذا هذه ذلك تلك الذي التي هو هي هم قد كان كانت أو ثم"
    " بين حول ضد منذ عند لدى كل بعض غير حتى إذا لكن بل كما وقد فقد أي فيه فيها له لها لهم لي لنا عليها عليهم"
    " منه منها عنه عنها مما بعدما عندما كلما ربما طالما لطالما ولطالما لهذا ولهذا"
)


ARTICLES = ("ال", "وال", "بال", "فال", "كال")  # no word starts with two of them


@lru_cache(maxsize=65536)
def strip_article(norm: str) -> str:
    """A normalised word without its article or a clitic + article (ال، وال، بال، لل، فال، كال)."""
    if norm.startswith(ARTICLES):
        size = 2 if norm[0] == "ا" else 3
        return norm[size:] if len(norm) > size + 1 else norm
    if norm.startswith("لل") and len(norm) > 3:
        return norm[2:]
    return norm


@lru_cache(maxsize=65536)
def is_role_head(norm: str) -> bool:
    """A word that heads a role phrase (وزير، المتحدث، الأمين، لقائد); names such as أمين count only with ال."""
    if norm.startswith("ل") and not norm.startswith("لل") and norm[1:] in ROLE_HEADS:
        return True  # وفقا لقائد الشرطة
    return norm in ROLE_HEADS or strip_article(norm) in ROLE_HEADS


def is_speech_noun(norm: str) -> bool:
    """A speech noun, maybe with a possessive pronoun (بيانها، كلمتها، تصريحاتهم)."""
    if norm in SPEECH_NOUNS:
        return True
    for suffix in ("ها", "هم", "ه"):
        base = norm.removesuffix(suffix)
        if base != norm and (base in SPEECH_NOUNS or (base.endswith("ت") and base[:-1] + "ه" in SPEECH_NOUNS)):
            return True
    return False


def is_definite(norm: str) -> bool:
    return strip_article(norm) != norm
