"""Quote finding on sentences written for the tests: every rule the seed needs, and more, on other text."""

from __future__ import annotations

from rasd.doc import Document, Entity, Span
from rasd.quotes.extract import extract_quotes


def quotes(text: str, entities: list[Entity] | None = None) -> list[tuple[str, str, str | None]]:
    """(kind, content, speaker canonical) of every statement."""
    doc = Document(text=text, entities=entities or [])
    found = extract_quotes(doc)
    for q in found:
        for span in (q.content, q.cue, q.speaker):
            if span is not None:
                assert span.text == text[span.start : span.end]
    return [(q.kind, q.content.text, q.speaker.canonical if q.speaker else None) for q in found]


def tagged(text: str, name: str, label: str, canonical: str | None = None, after: str = "") -> Entity:
    """The tagger's entity for ``name`` where it first stands in ``text`` (past ``after``, when given)."""
    start = text.index(name, text.index(after) if after else 0)
    return Entity(start, start + len(name), name, label, canonical or name)


def test_indirect_with_inna_and_anna():
    text = "قال وزير الخارجية سامح شكري إن المحادثات مستمرة. وأكدت الوزارة أن الوفد سيعود غدا."
    assert quotes(text) == [
        ("indirect", "إن المحادثات مستمرة", "سامح شكري"),
        ("indirect", "أن الوفد سيعود غدا", "الوزارة"),
    ]


def test_direct_after_colon_and_without_colon():
    text = 'وقال المدرب يوسف الحربي: "سنلعب للفوز فقط". وقال الحارس خالد العنزي "لن نستسلم أبدا في هذه المباراة".'
    assert quotes(text) == [
        ("direct", "سنلعب للفوز فقط", "يوسف الحربي"),
        ("direct", "لن نستسلم أبدا في هذه المباراة", "خالد العنزي"),
    ]


def test_direct_after_colon_without_marks_runs_to_paragraph_end():
    text = "وقال اللاعب كريم بنزيمة للصحافيين: أنا سعيد جدا. الفريق قدم مباراة كبيرة.\nوانتهت المباراة."
    assert quotes(text) == [("direct", "أنا سعيد جدا. الفريق قدم مباراة كبيرة", "كريم بنزيمة")]


def test_multi_sentence_quotation():
    text = "وقالت الممثلة أنجلينا جولي: «هذا دمار كبير. الناس خسروا كل شيء».\nوغادرت المدينة."
    assert quotes(text)[0] == ("direct", "هذا دمار كبير. الناس خسروا كل شيء", "أنجلينا جولي")


def test_mixed_indirect_with_quoted_fragment():
    text = 'وقال سعيد المصري إن ما جرى "جريمة منظمة" ضد المدنيين.'
    assert quotes(text) == [("mixed", 'إن ما جرى "جريمة منظمة" ضد المدنيين', "سعيد المصري")]


def test_scare_quotes_and_names_are_not_statements():
    text = "عقدت جولة ”جنيف 5″ أمس، وقالت الناشطة سلمى علي لوكالة “رويترز”، الأحد، إن الجولة فشلت."
    assert quotes(text) == [("indirect", "إن الجولة فشلت", "سلمى علي")]
    assert quotes('شارك آلاف في مظاهرات "يوم الأرض" في غزة.') == []


def test_continuations_resolve_to_the_last_speaker_of_the_same_gender():
    text = (
        "قالت الوزيرة هدى سالم إن الخطة جاهزة. وقال المستشار عمر فاروق إن التمويل متوفر. "
        "وأضافت أن التنفيذ يبدأ الشهر المقبل. وأضاف أن البنك سيشارك، لكنه أكد أن الموعد لم يحدد."
    )
    assert [(c[:12], s) for _, c, s in quotes(text)] == [
        ("إن الخطة جاه", "هدى سالم"),
        ("إن التمويل م", "عمر فاروق"),
        ("أن التنفيذ ي", "هدى سالم"),
        ("أن البنك سيش", "عمر فاروق"),
        ("أن الموعد لم", "عمر فاروق"),
    ]


def test_participle_continuation_and_content_end():
    text = "وأوضح المدير أحمد يوسف أن العمل انتهى، مضيفا أن التسليم سيتم الخميس، ومشيرا إلى أن الكلفة ارتفعت."
    assert quotes(text) == [
        ("indirect", "أن العمل انتهى", "أحمد يوسف"),
        ("indirect", "أن التسليم سيتم الخميس", "أحمد يوسف"),
        ("indirect", "أن الكلفة ارتفعت", "أحمد يوسف"),
    ]


def test_surname_joins_the_fullest_earlier_name():
    text = "وصل العقيد مازن الحلبي إلى المدينة أمس.\nوقال الحلبي إن الوضع مستقر. وأضاف الحلبي أن الطرق مفتوحة."
    assert [s for _, _, s in quotes(text)] == ["مازن الحلبي", "مازن الحلبي"]


def test_hashtag_names_and_entities_give_the_canonical_name():
    text = "قال المبعوث الأممي، مارتن #غريفيث ، إن الهدنة صامدة. وقال غريفيث إن المفاوضات ستستأنف."
    assert [s for _, _, s in quotes(text)] == ["مارتن غريفيث", "مارتن غريفيث"]
    start = text.index("غريفيث إن المفاوضات")
    chain = [Entity(start, start + 6, "غريفيث", "PER", "مارتن غريفيث الثاني")]
    assert quotes(text, chain)[1][2] == "مارتن غريفيث الثاني"


def test_role_phrases_and_speaker_role():
    doc = Document(
        text="قالت ليلى حسن، عضو الهيئة العليا للمفاوضات في مقابلة مع وكالة “رويترز”، السبت، إن الاتفاق صامد. "
        "وقال نائب رئيس الوزراء، كمال يوسف، إن الحكومة ملتزمة. "
        "وقال العقيد فراس ناجي، قائد الفوج الأول، إن الهجوم صُدّ. "
        "وقال المفاوض البارز في وفد المعارضة نادر حمدان للصحافيين إن الجولة انتهت."
    )
    got = [(q.speaker.canonical, q.speaker_role) for q in extract_quotes(doc)]
    assert got == [
        ("ليلى حسن", "عضو الهيئة العليا للمفاوضات"),
        ("كمال يوسف", "نائب رئيس الوزراء"),
        ("فراس ناجي", "قائد الفوج الأول"),
        ("نادر حمدان", "المفاوض البارز في وفد المعارضة"),
    ]


def test_definite_description_refers_to_the_earlier_source():
    text = "وأكد مصدر أمني عراقي أن الانفجار وقع ليلا. وقال المصدر إن التحقيق بدأ."
    got = extract_quotes(Document(text=text))
    assert [q.speaker.canonical for q in got] == ["مصدر أمني عراقي", "مصدر أمني عراقي"]
    assert {q.speaker.kind for q in got} == {"unnamed"}


def test_organisations_and_unnamed_sources_are_kept_and_marked():
    text = (
        "وقالت وزارة الخارجية إن السفير استدعي. وذكرت مصادر أمنية أن المهاجمين فروا. وقال شهود عيان إن الدخان غطى الحي."
    )
    got = extract_quotes(Document(text=text))
    assert [(q.speaker.text, q.speaker.kind) for q in got] == [
        ("وزارة الخارجية", "organisation"),
        ("مصادر أمنية", "unnamed"),
        ("شهود عيان", "unnamed"),
    ]


def test_calls_and_demands():
    text = "ودعا الأمين العام للجامعة العربية حسام زكي إلى وقف القتال فورا. وطالب المتظاهرون بضرورة رحيل الحكومة."
    assert quotes(text) == [
        ("indirect", "إلى وقف القتال فورا", "حسام زكي"),
        ("indirect", "بضرورة رحيل الحكومة", "المتظاهرون"),
    ]


def test_noun_cues_before_and_after_the_clause():
    text = (
        "قتل ثلاثة أشخاص في الانفجار، بحسب ما أكد محافظ المدينة سمير داود. "
        "ووفقا لوزارة الصحة، ارتفع عدد المصابين إلى عشرين. وأضاف أن الجرحى نقلوا، حسب تعبيره."
    )
    got = quotes(text)
    assert got[0] == ("indirect", "قتل ثلاثة أشخاص في الانفجار", "سمير داود")
    assert got[1] == ("indirect", "ارتفع عدد المصابين إلى عشرين", "وزارة الصحة")
    assert got[2][1] == "أن الجرحى نقلوا"
    assert len(got) == 3  # حسب تعبيره only re-attributes


def test_quotation_before_the_cue():
    text = "«لن نسمح بتكرار ما حدث مرة أخرى»، قال الرئيس التونسي قيس سعيد."
    assert quotes(text) == [("direct", "لن نسمح بتكرار ما حدث مرة أخرى", "قيس سعيد")]


def test_speaker_colon_quotation():
    text = "وزير المالية خالد الراشد: «الميزانية متوازنة هذا العام»."
    assert quotes(text) == [("direct", "الميزانية متوازنة هذا العام", "خالد الراشد")]
    assert quotes("محمد الزهراني- سبق- الباحة: بدأت الإدارة المقابلات.") == []


def test_fronted_subject():
    text = "أحمد الغامدي أحد سكان الحي أكد أن المياه انقطعت منذ أسبوع."
    assert quotes(text) == [("indirect", "أن المياه انقطعت منذ أسبوع", "أحمد الغامدي")]


def test_impersonal_and_nested_reporting_are_not_statements():
    assert quotes("ويذكر أن الاجتماع المقبل سيعقد في القاهرة.") == []
    text = "وقال سالم العبدالله إنه يعتبر ما جرى “انقلابا على الاتفاق” الموقع سابقا."
    got = quotes(text)
    assert len(got) == 1 and got[0][2] == "سالم العبدالله"


def test_nothing_inside_a_direct_quotation_opens_a_statement():
    text = 'وقال نبيل فهمي: "قال لي الوزير إن الاتفاق جاهز".'
    assert quotes(text) == [("direct", "قال لي الوزير إن الاتفاق جاهز", "نبيل فهمي")]


def test_relative_clause_speaker():
    text = "ودعت الأمم المتحدة إلى تحقيق مستقل، وهو ما رفضته إسرائيل التي قالت إن جنودها لم يطلقوا النار."
    assert quotes(text)[1] == ("indirect", "إن جنودها لم يطلقوا النار", "إسرائيل")


def test_a_relative_of_the_other_gender_than_the_cue_is_not_its_speaker():
    """مدينة الطائف التي ذكر بأنها …: he said it of the city; the city did not say it."""
    text = "بدأ الفنان صالح الشهري مشواره من مدينة الطائف التي ذكر بأنها تشبه القاهرة في أجوائها."
    names = [tagged(text, "صالح الشهري", "PER"), tagged(text, "الطائف", "LOC")]
    assert quotes(text, names) == [("indirect", "بأنها تشبه القاهرة في أجوائها", "صالح الشهري")]
    text = 'أعلن المدرب السابق يوسف الحربي اللجوء إلى "الهيئة الرياضية" التي قال إنها تنصف اللاعبين.'
    assert quotes(text, [tagged(text, "يوسف الحربي", "PER")]) == [("indirect", "إنها تنصف اللاعبين", "يوسف الحربي")]


def test_a_verb_describing_a_noun_in_a_clause_opened_by_another_verb_reports_nothing():
    """ونظمت الأمم المتحدة مؤتمرات … تدعو إلى: the conferences call for it; no one is quoted."""
    text = "ونظمت الأمم المتحدة مؤتمرات للسلام في جنيف عام 2012 تدعو إلى تشكيل حكومة انتقالية."
    assert quotes(text, [tagged(text, "الأمم المتحدة", "ORG")]) == []


def test_who_wrote_what_a_cue_with_fihi_quotes_is_the_subject_of_the_opening_verb():
    text = "وأرسل يوسف الحربي رسالة إلى منظمي البطولة قال فيها إنه أصيب بجرح في الظهر."
    assert quotes(text, [tagged(text, "يوسف الحربي", "PER")]) == [("indirect", "إنه أصيب بجرح في الظهر", "يوسف الحربي")]


def test_idh_before_a_cue_leaves_its_subject_dropped():
    text = "قالت الباحثة جويل بوفرحات إن المرشحات كثيرات. وتقدم بوفرحات تفسيرا؛ إذ تقول إن النساء يستعددن منذ سنوات."
    scholar = tagged(text, "جويل بوفرحات", "PER")
    again = tagged(text, "بوفرحات", "PER", "جويل بوفرحات", after="وتقدم")
    assert quotes(text, [scholar, again])[1] == ("indirect", "إن النساء يستعددن منذ سنوات", "جويل بوفرحات")


def test_a_web_site_told_after_the_speaker_ends_the_speaker():
    """وقال الوزير للعربية.نت إن …: the site is whom he told; نت after its dot is no name."""
    assert quotes("وقال وزير الصحة للعربية.نت إن الوضع مستقر.") == [("indirect", "إن الوضع مستقر", "وزير الصحة")]
    assert quotes("وأكد مسؤول في الوزارة للجزيرة.نت أن الوفد سيعود.")[0][2] == "مسؤول في الوزارة"


def test_a_connector_opening_the_sentence_is_no_part_of_the_verb_and_its_subject():
    """بينما علق الرئيس السوري بالقول: the president, not علق; what a colon follows after a connector or a
    copula (وعندما يقال:، الشعور العام هو:) is said by no one named."""
    assert quotes('بينما علق الرئيس السوري بالقول: "إن القانون لا يحرم أحدا".') == [
        ("direct", "إن القانون لا يحرم أحدا", "الرئيس السوري")
    ]
    assert quotes("وفيما اكتفى الوزير بالقول إن الأمر قيد الدراسة.")[0][2] == "الوزير"
    assert quotes('وعندما يقال: "فلان أغضب فلانا" فنعلم فعل الغضب.') == []
    assert quotes('لكن الشعور العام هو: "من المهم أن أخدم بلدي".') == []


def test_empty_and_quote_free_text():
    assert quotes("") == []
    assert quotes("ارتفعت أسعار النفط اليوم بنسبة طفيفة.") == []


def test_news_articles_never_break_and_spans_hold():
    """Every statement of a few hundred real articles quotes its text exactly."""
    from helpers import NEWS, iter_news

    from rasd.quotes.cues import load_lexicon

    lexicon = load_lexicon()
    for n, record in enumerate(iter_news(NEWS)):
        if n >= 10_000:
            break
        if n % 20:
            continue
        text = record["text"]
        for q in extract_quotes(Document(text=text), lexicon):
            assert q.kind in ("direct", "indirect", "mixed")
            assert q.content.text and q.content.text == text[q.content.start : q.content.end]
            for span in (q.cue, q.speaker):
                if span is not None:
                    assert span.text == text[span.start : span.end]


def test_a_present_verb_of_saying_after_the_cue_is_no_speaker():
    # وأضاف يقول، وتابعت تقول: "added, saying" — the speaker is the one who spoke before
    text = (
        'وقال الوزير سامح شكري إن الوضع خطير. وأضاف يقول: "لن نقبل بهذا أبدا". '
        'وقالت الوزيرة هند صبري: "نحن مستعدون". وتابعت تقول: "لن نتراجع".'
    )
    assert [s for _, _, s in quotes(text)] == ["سامح شكري", "سامح شكري", "هند صبري", "هند صبري"]


def test_whom_a_verb_of_saying_was_told_to_is_no_speaker_when_one_stands_before_it():
    text = "المحلل السياسي جاسم الأسدي قال للعربية.نت: إن المفوضية ألزمت نفسها بإعلان النتائج."
    assert [s for _, _, s in quotes(text)] == ["جاسم الأسدي"]


def test_a_quoted_name_after_the_cue_is_the_speaker():
    # the masculine speaker before is not who a feminine verb with a quoted name after it reports
    text = (
        "وقال رئيس الوزراء أحمد سالم إن الوثائق هربت. وأوضحت \"واشنطن بوست\" أن المهمة استغرقت ست ساعات. "
        "وذكرت «الحياة» اللندنية أن الوفد وصل. وأفادت وكالة \"سبأ\" بأن الطريق أغلق."
    )
    import rasd

    got = rasd.analyze(text).quotes
    assert [(q.speaker.text, q.speaker.canonical, q.content.text) for q in got] == [
        ("أحمد سالم", "أحمد سالم", "إن الوثائق هربت"),
        ("واشنطن بوست", "واشنطن بوست", "أن المهمة استغرقت ست ساعات"),
        ("«الحياة» اللندنية", "الحياة اللندنية", "أن الوفد وصل"),
        ('وكالة "سبأ"', "وكالة سبأ", "بأن الطريق أغلق"),
    ]
    # an organisation where the tagger found one (a person's name in quotation marks is read as a name)
    assert [q.speaker.kind for q in got] == ["person", "organisation", "description", "organisation"]


def test_a_quoted_name_after_a_preposition_or_a_name_stays_out_of_the_speaker():
    text = 'وقال مصدر لـ"العربية.نت" إن الهدنة صامدة. وقال الوزير "المستقيل" إن الأزمة طويلة.'
    got = extract_quotes(Document(text=text))
    assert [q.speaker.text for q in got] == ["مصدر", "الوزير"]


def test_what_a_fronted_source_said_follows_it_after_an_or_fa():
    text = (
        "ويكشف التحقيق بحسب \"أسوشيتد برس\"، أن الوزارة أصدرت ترخيصا. "
        "والأرجح بحسب المصدر أنهم حصلوا على المعلومات مسبقا. "
        "وبحسب الجيش فإن قنابل ألقيت على الجنود. ووفقا لوزارة الصحة فقد ارتفع عدد القتلى إلى عشرة."
    )
    assert quotes(text) == [
        ("indirect", "أن الوزارة أصدرت ترخيصا", "أسوشيتد برس"),
        ("indirect", "أنهم حصلوا على المعلومات مسبقا", "المصدر"),
        ("indirect", "فإن قنابل ألقيت على الجنود", "الجيش"),
        ("indirect", "فقد ارتفع عدد القتلى إلى عشرة", "وزارة الصحة"),
    ]


def test_a_source_ends_at_its_own_clause_and_spelled_letters_open_nothing():
    # موضحا opens a statement of its own; سي إن إن spells CNN
    text = (
        "عين الرئيس سفيرا جديدا في دمشق، حسبما أعلن متحدث باسم الحكومة، موضحا أن باريس لم تفتح سفارة. "
        "عثر على الطاهي ميتا في غرفته، بحسب شبكة سي إن إن الأميركية."
    )
    got = extract_quotes(Document(text=text))
    assert [(q.cue.text, q.speaker.text, q.content.text) for q in got] == [
        ("حسبما", "متحدث باسم الحكومة", "عين الرئيس سفيرا جديدا في دمشق"),
        ("موضحا", "متحدث باسم الحكومة", "أن باريس لم تفتح سفارة"),
        ("بحسب", "شبكة سي إن إن الأميركية", "عثر على الطاهي ميتا في غرفته"),
    ]


def test_a_footnote_crediting_the_article_is_no_statement():
    for credit in ("* نقلا عن صحيفة الحياة", '* نقلا عن "الحياة" اللندنية'):
        assert quotes("ارتفعت أسعار النفط في الأسواق العالمية خلال الأسبوع الماضي. " + credit) == []
    assert quotes("ارتفعت أسعار النفط في الأسواق العالمية خلال الأسبوع الماضي.\nنقلا عن صحيفة الحياة") == []
    # an unmarked credit at the end of a sentence's paragraph still names the sentence's source
    assert quotes("ارتفعت أسعار النفط في الأسواق العالمية؛ حسب ما أعلن المصدر.") == [
        ("indirect", "ارتفعت أسعار النفط في الأسواق العالمية؛", "المصدر")
    ]


def test_asking_not_to_be_named_is_no_statement_and_no_part_of_the_source():
    text = (
        "وقال مصدر أمني طلب عدم ذكر اسمه إن الهجوم وقع فجرا. "
        "وقال مسؤول في الوزارة، تحدث شريطة عدم نشر اسمه، إن الاتفاق قريب. "
        "وقال مصدر عسكري طالبا عدم الكشف عن هويته إن القوات انسحبت."
    )
    assert quotes(text) == [
        ("indirect", "إن الهجوم وقع فجرا", "مصدر أمني"),
        ("indirect", "إن الاتفاق قريب", "مسؤول في الوزارة"),
        ("indirect", "إن القوات انسحبت", "مصدر عسكري"),
    ]
    # عدم after the speaker is what was affirmed, not who affirmed it
    text = "وقال الوزير خالد الراشد إن الأزمة انتهت. وأكد الراشد عدم وجود أي خلاف، داعيا إلى الهدوء."
    got = extract_quotes(Document(text=text))
    assert [q.speaker.canonical for q in got] == ["خالد الراشد", "خالد الراشد"]


def test_spelled_letters_are_no_clause_but_a_clause_after_them_is():
    text = (
        "وأضاف المسؤولان، اللذان لم تكشف إن بي سي عن هويتهما، أن الضربة نفذت ليلا. "
        "وقالت الكاتبة لبي بي سي إنها فوجئت بالجائزة. وذكرت شبكة سي إن إن أن الوفد وصل."
    )
    got = extract_quotes(Document(text=text))
    assert [(q.speaker.text, q.content.text) for q in got] == [
        ("المسؤولان", "أن الضربة نفذت ليلا"),
        ("الكاتبة", "إنها فوجئت بالجائزة"),
        ("شبكة سي إن إن", "أن الوفد وصل"),
    ]


def test_a_fronted_subject_without_its_particles_and_titles_and_a_call_without_its_object():
    text = (
        "وكانت مصادر أمنية قد قالت إن الانفجار وقع فجرا. "
        "وقال العقيد ركن تركي المالكي إن الصاروخ اعترض. وأضاف المالكي أن التحالف مستعد. "
        "ودعت الجامعة العربية تركيا إلى الكف عن التدخل. ودعا الرئيس دونالد ترامب الكونغرس إلى إقرار الميزانية."
    )
    got = extract_quotes(Document(text=text, entities=[]))
    assert [q.speaker.text for q in got][:2] == ["مصادر أمنية", "العقيد ركن تركي المالكي"]
    import rasd

    doc = rasd.analyze(text)
    assert [q.speaker.canonical for q in doc.quotes] == [
        "مصادر أمنية",
        "تركي المالكي",
        "تركي المالكي",
        "الجامعة العربية",
        "دونالد ترامب",
    ]
    assert [q.speaker.text for q in doc.quotes][1:4] == ["العقيد ركن تركي المالكي", "المالكي", "الجامعة العربية"]
    assert "الكونغرس" not in doc.quotes[4].speaker.text


def test_figures_and_estimates_credited_to_a_body_are_its_statements():
    text = (
        "وفر أكثر من خمسة ملايين شخص من البلاد منذ بداية الحرب، وفقا لأرقام مفوضية اللاجئين. "
        "وبحسب تقديرات أعلنتها وزارة الدفاع فإن ألفي مقاتل ما زالوا في المدينة."
    )
    got = extract_quotes(Document(text=text))
    assert [(q.cue.text, q.content.text) for q in got] == [
        ("وفقا", "وفر أكثر من خمسة ملايين شخص من البلاد منذ بداية الحرب"),
        ("وبحسب", "فإن ألفي مقاتل ما زالوا في المدينة"),
    ]
    assert "مفوضية اللاجئين" in got[0].speaker.text and "وزارة الدفاع" in got[1].speaker.text


def test_a_quoted_surname_whom_a_source_told_and_whom_it_relays():
    text = (
        "كشف الفريق ضاحي خلفان تميم عن تسجيل بلاغ. وقال \"خلفان\" لـ\"الإمارات اليوم\": \"تقدمت بالدعوى ضد المغرد\". "
        "أبلغ \"الاقتصادية\" الدكتور إبراهيم العساف أن تراجع النفط لا يؤثر في التمويل. "
        "ونقل موقع النادي عنه أن الاستقبال كان رائعا. وبحسب \"الفرنسية\"، فقد انطلقت المحادثات أمس."
    )
    import rasd

    got = [(q.speaker.text, q.speaker.canonical) for q in rasd.analyze(text).quotes]
    assert got == [
        ("خلفان", "ضاحي خلفان تميم"),
        ("الدكتور إبراهيم العساف", "إبراهيم العساف"),
        ("موقع النادي", "موقع النادي"),
        ("الفرنسية", "الفرنسية"),
    ]


def test_because_opens_no_reported_clause():
    text = "ونفت الشركة وجود الحيوان، ولم تؤكد صحة الصورة؛ لأن أي راكب لم يتقدم بشكوى."
    assert quotes(text) == []


def test_the_first_statement_with_its_subject_dropped_is_the_last_person_named():
    text = (
        "وصف الرئيس الأميركي دونالد ترامب الحزبين بالإرهاب خلال كلمته في القمة. "
        "وقال إن الحزبين يرتكبان أعمالا وحشية. وشدد على ضرورة قطع مصادر التمويل."
    )
    import rasd

    assert [q.speaker.canonical for q in rasd.analyze(text).quotes] == ["دونالد ترامب", "دونالد ترامب"]
    # not for a plural verb: they are not the one person named
    plural = "واستقبل الوزير أحمد سالم وفد المزارعين. وأكدوا أن المحصول تضرر كثيرا."
    assert [q.speaker for q in rasd.analyze(plural).quotes] == [None]


def test_a_source_after_the_verb_of_a_noun_cue_and_its_pronoun():
    text = "ارتفع التضخم إلى أربعة بالمائة في فيفري، حسب ما أعلنت عنه وزارة التجارة في بلاغ لها."
    got = extract_quotes(Document(text=text))
    assert [(q.speaker.text, q.content.text) for q in got] == [
        ("وزارة التجارة", "ارتفع التضخم إلى أربعة بالمائة في فيفري")
    ]


def test_a_body_ends_before_its_verbs_complement_but_not_before_whom_it_issued_from():
    text = (
        "وأعرب مجلس الوزراء عن إدانته الشديدة لاستهداف المدنيين، مشددا على ضرورة حماية السكان. "
        "وذكر التقرير الصادر مؤخرا عن المنظمة الدولية أن أعداد الزائرين قفزت. "
        "وقالت منظمة الدفاع عن المستهلك إن الأسعار ارتفعت."
    )
    got = extract_quotes(Document(text=text))
    assert [q.speaker.text for q in got] == [
        "مجلس الوزراء",
        "التقرير الصادر مؤخرا عن المنظمة الدولية",
        "منظمة الدفاع عن المستهلك",
    ]


def test_a_dropped_subject_of_another_gender_than_every_speaker_before_is_left_unnamed():
    text = "وقال الوزير أحمد سالم إن الوثائق هربت. وأوضحت أن المهمة استغرقت ست ساعات."
    assert quotes(text) == [
        ("indirect", "إن الوثائق هربت", "أحمد سالم"),
        ("indirect", "أن المهمة استغرقت ست ساعات", None),
    ]


def test_whom_a_call_is_addressed_to_after_its_speaker_is_no_part_of_it():
    text = (
        "وطالب البرلمان العربي المجتمع الدولي بالتدخل الفوري. ودعا الصدر الحكومة إلى التعامل بحزم. "
        "ودعا رئيس الحكومة اللبنانية إلى الهدوء. وطالب المتحدث باسم الحكومة الليبية بالوقف الفوري للتصعيد."
    )
    got = extract_quotes(Document(text=text))
    assert [(q.speaker.text, q.content.text) for q in got] == [
        ("البرلمان العربي", "بالتدخل الفوري"),
        ("الصدر", "إلى التعامل بحزم"),
        ("رئيس الحكومة اللبنانية", "إلى الهدوء"),
        ("المتحدث باسم الحكومة الليبية", "بالوقف الفوري للتصعيد"),
    ]


def test_a_time_or_a_figure_in_quotation_marks_opens_no_statement():
    assert quotes("تتواصل الفعاليات اليوم حيث يبدأ العرض الساعة 9:30، والاستمتاع بعروض المسرح.") == []
    assert quotes("وصرح المسافرون عند القدوم بمبلغ “2,519,219,171” ريال.") == []
    assert quotes('وقال الوزير: "تبدأ الجلسة الساعة ١٠:٣٠".') == [("direct", "تبدأ الجلسة الساعة ١٠:٣٠", "الوزير")]


def test_wa_bayyana_reports_but_a_second_between_does_not():
    text = "وبين مدير التعليم أحمد الزهراني أن المدارس جاهزة. وبينت الوزارة أن الخطة جاهزة."
    assert quotes(text) == [
        ("indirect", "أن المدارس جاهزة", "أحمد الزهراني"),
        ("indirect", "أن الخطة جاهزة", "الوزارة"),
    ]
    text = "وأكد المخرج تامر عبد المنعم أن الخلافات بينه وبين فؤاد تعود إلى مسلسل قديم. والفرق بيننا كبير."
    assert quotes(text) == [("indirect", "أن الخلافات بينه وبين فؤاد تعود إلى مسلسل قديم", "المخرج تامر عبد المنعم")]
    text = 'وشدد الوزير على التعاون بين البلدين، وقال: "نحن أكبر اقتصادين".'
    assert quotes(text) == [
        ("indirect", "على التعاون بين البلدين", "الوزير"),
        ("direct", "نحن أكبر اقتصادين", "الوزير"),
    ]


def test_the_topic_after_amma_is_the_subject_its_comment_drops():
    text = (
        "قال الوزير محمد العلي إن الخطة جاهزة. أما الزائر عبدالله الفركز فقد أعرب عن إعجابه بالفعاليات، "
        "وقال إنه جاء من الرياض. أما وزارة الخارجية فقالت إن الوضع هادئ."
    )
    start = text.index("عبدالله الفركز")
    visitor = Entity(start, start + len("عبدالله الفركز"), "عبدالله الفركز", "PER", "عبدالله الفركز")
    assert quotes(text, [visitor]) == [
        ("indirect", "إن الخطة جاهزة", "محمد العلي"),
        ("indirect", "إنه جاء من الرياض", "عبدالله الفركز"),
        ("indirect", "إن الوضع هادئ", "وزارة الخارجية"),
    ]
    # what is spoken about is no speaker: the one named before speaks on
    text = "قال الوزير محمد العلي إن الخطة جاهزة. أما بخصوص الحكومة فقد أكد أنها ستتشكل قريبا."
    assert quotes(text)[1] == ("indirect", "أنها ستتشكل قريبا", "محمد العلي")


def test_a_relative_named_by_whom_they_belong_to_is_not_that_one():
    text = (
        "وقالت زوجة أبو العبد إنها مستعدة للعيش في المغارة. وقال نجل الرئيس الراحل محمد مرسي إن والده تعرض "
        "للإهمال. وكانت ابنة الجاسوس الروسي قالت إنها تتعافى. وقال ابنه أحمد إن الوضع صعب."
    )
    assert [speaker for _, _, speaker in quotes(text)] == [
        "زوجة أبو العبد",
        "نجل الرئيس الراحل محمد مرسي",
        "ابنة الجاسوس الروسي",
        "ابنه أحمد",  # his son, named: ه, not the ة of ابنة
    ]


def test_going_on_to_say_keeps_the_speaker():
    text = "وقال الخبير محمد النفيعي إن النتائج جيدة. ومضى يقول: بلغت الاستثمارات 8 مليارات دولار."
    assert quotes(text)[1] == ("direct", "بلغت الاستثمارات 8 مليارات دولار", "محمد النفيعي")


def test_a_quoted_name_after_a_body_noun_names_the_body():
    text = (
        'وأعلنت شركة "غوغل" أن المستخدمين سيتمكنون من ذلك. ودعت منظمة "هيومن رايتس ووتش" إلى فتح تحقيق. '
        'وأفاد مسؤول في شركة "لوك أويل" بأن الشركة قررت عدم المضي.'
    )
    start = text.index("لوك أويل")
    slip = Entity(start, start + len("لوك أويل"), "لوك أويل", "PER", "لوك أويل")  # a tagger's slip
    assert quotes(text, [slip]) == [
        ("indirect", "أن المستخدمين سيتمكنون من ذلك", "شركة غوغل"),
        ("indirect", "إلى فتح تحقيق", "منظمة هيومن رايتس ووتش"),
        ("indirect", "بأن الشركة قررت عدم المضي", "مسؤول في شركة لوك أويل"),
    ]


def test_no_statement_runs_back_into_the_dateline():
    text = (
        "أتلانتا، الولايات المتحدة (CNN) – شهدت المدينة حادثة دهس، وفقا لشرطة المدينة.\n"
        "وقالت الشرطة في سلسلة تغريدات عبر صفحتها إنها تلقت بلاغا."
    )
    end = text.index(" –")
    doc = Document(text=text, dateline=Span(0, end, text[:end]))
    got = [(q.content.text, q.speaker.text) for q in extract_quotes(doc)]
    assert got == [("شهدت المدينة حادثة دهس", "شرطة المدينة"), ("إنها تلقت بلاغا", "الشرطة")]


def test_a_name_spelled_as_that_is_no_that_where_the_tagger_found_a_person():
    text = "وأكد بان كي مون أن الحل سياسي."
    start = text.index("بان")
    ban = Entity(start, start + len("بان كي مون"), "بان كي مون", "PER", "بان كي مون")
    assert quotes(text, [ban]) == [("indirect", "أن الحل سياسي", "بان كي مون")]


def test_the_time_between_a_verb_opening_its_sentence_and_its_speaker_is_skipped():
    text = "قال اليوم الثلاثاء وزير الخارجية إن الحل سياسي. وقال أمس رئيس الوزراء إن الخطة جاهزة."
    assert [speaker for _, _, speaker in quotes(text)] == ["وزير الخارجية", "رئيس الوزراء"]
    # after a subject named before the verb, what follows the time is the verb's object, not its speaker
    text = "وكان المرصد السوري أعلن السبت الماضي أن المفاوضات مستمرة."
    assert quotes(text) == [("indirect", "أن المفاوضات مستمرة", "المرصد السوري")]


def test_a_name_set_off_by_commas_before_its_verb_is_the_speaker():
    text = (
        "وقال الوزير محمد العلي إن الوضع صعب. وكانت المتحدثة باسم الخارجية، هيذر نويرت، قالت الثلاثاء، إن "
        "المفتشين لم يدخلوا. وفي رده، قال: لم يكن أحد يريد التحقيق."
    )
    start = text.index("هيذر نويرت")
    nauert = Entity(start, start + len("هيذر نويرت"), "هيذر نويرت", "PER", "هيذر نويرت")
    assert [speaker for _, _, speaker in quotes(text, [nauert])] == ["محمد العلي", "هيذر نويرت", "محمد العلي"]


def test_a_name_after_called_set_off_by_commas_before_its_verb_is_the_speaker():
    text = (
        "وقال الوزير محمد العلي إن الوضع صعب. لكن طالبة في الجامعة، تُدعى سارة الخطيب، قالت إن الامتحانات "
        "ألغيت."
    )
    speakers = [speaker for _, _, speaker in quotes(text, [person(text, "سارة الخطيب")])]
    assert speakers == ["محمد العلي", "سارة الخطيب"]


def test_each_of_opens_no_speaker_and_a_joined_role_no_name():
    text = "وأكد كل من الرئيس الفرنسي والمستشارة الألمانية أن الاتفاق قائم. ودعا الوزير ومساعده إلى تحقيق مستقل."
    assert [speaker for _, _, speaker in quotes(text)] == ["الرئيس الفرنسي والمستشارة الألمانية", "الوزير ومساعده"]
    # كل من before a verb is "whoever": not skipped
    assert [speaker for _, _, speaker in quotes("وقال كل من حضر الاجتماع إن الأجواء كانت إيجابية.")] != ["حضر الاجتماع"]


def test_a_quotation_before_raa_is_not_what_was_seen():
    text = 'وأفاد السكان بأنهم سمعوا "الكثير من الصراخ والصياح" ورأوا رجلا يركض بعيدا عن المكان.'
    assert [speaker for _, _, speaker in quotes(text)] == ["السكان"]


def test_a_part_of_the_day_and_a_possessed_speech_noun_are_no_part_of_the_speaker():
    text = "وقالت وزارة الصحة عصر الاثنين إن 43 شخصا قتلوا. وقالت الوزارة في بيانها إن الحصيلة ارتفعت."
    assert [speaker for _, _, speaker in quotes(text)] == ["وزارة الصحة", "وزارة الصحة"]  # the ministry named before
    text = "وذكرت صحيفة الغد يوم الأحد أن الحكومة استقالت. وأعلن النادي يوم 3 مارس أن المدرب رحل."
    assert [speaker for _, _, speaker in quotes(text)] == ["صحيفة الغد", "النادي"]
    # عصر alone may be an era: only before a day's name is it a time
    assert [speaker for _, _, speaker in quotes("وقالت مؤسسة عصر النهضة إن الكتاب صدر.")] == ["مؤسسة عصر النهضة"]


def test_reports_papers_and_agencies_are_unnamed_sources_not_persons():
    text = "وذكرت تقارير صحفية أن اللاعب سيرحل. وقالت صحف إيطالية إن النادي يفاوضه. وأفادت وكالات أنباء بأن الصفقة تمت."
    doc = Document(text=text)
    assert [(q.speaker.text, q.speaker.kind) for q in extract_quotes(doc)] == [
        ("تقارير صحفية", "unnamed"),
        ("صحف إيطالية", "unnamed"),
        ("وكالات أنباء", "unnamed"),
    ]


def test_a_preposition_written_apart_before_a_quotation_ends_the_speaker():
    text = 'وأشادت الشرطة المحلية بـ"تعاون الجماهير" وأكدت أن المباراة مرت بسلام.'
    assert [speaker for _, _, speaker in quotes(text)] == ["الشرطة المحلية"]


def test_a_participle_describing_a_feminine_plural_noun_is_no_cue():
    assert quotes("وفرضت القوات الأمنية إجراءات مشددة على مداخل مراكز الاقتراع.") == []
    # after an adverb it reports, for the clause's subject; the adverb is no speaker
    text = "وتحدث الوزير طويلا مشددا على ضرورة الحوار. وكانت تركيا قالت سابقا إن لديها أدلة."
    assert [speaker for _, _, speaker in quotes(text)] == ["الوزير", "تركيا"]


def test_an_opinion_poll_s_opinion_is_no_cue():
    text = "وأظهرت نتائج استطلاع رأي قام به مكتب الإحصاءات الوطني أن النساء أكثر سعادة. ورأى الوزير أن الحل سياسي."
    assert [speaker for _, _, speaker in quotes(text)] == ["الوزير"]


def test_a_verbal_noun_a_body_announces_ends_the_body():
    text = (
        'وأعلن الجيش الأمريكي مقتل "اثنين من الإرهابيين" في الغارة. '
        'وأعلنت الوزارة إغلاق "جميع المعابر الحدودية" حتى إشعار آخر.'
    )
    assert [speaker for _, _, speaker in quotes(text)] == ["الجيش الأمريكي", "الوزارة"]


def test_feminine_plural_participles_that_are_nouns_are_no_cues():
    assert quotes("وتأتي النتائج في ظل مطالبات بتشديد القواعد المنظمة للإعلان عن الوجبات السريعة.") == []
    assert quotes("وأبدى الوزير ملاحظات أن الخطة لم تكتمل بعد.") == []


def test_during_it_is_no_speaker():
    text = "وعقد الوزير مؤتمرا صحفيا أمس. وقال خلاله إن الحكومة ستدعم المزارعين."
    assert [speaker for _, _, speaker in quotes(text)] != ["خلاله"]


def test_a_conjunction_like_after_is_no_speaker():
    text = (
        "وتوقع الخبير الاقتصادي مازن السديري أن الاقتصاد سينمو بنسبة 1,9% في 2018، بعدما كان توقع أن ينمو بنسبة "
        "1,7%. وتوقع أن تبلغ البطالة 5%."
    )
    speakers = [speaker for _, _, speaker in quotes(text, [person(text, "مازن السديري")])]
    assert speakers == ["مازن السديري", "مازن السديري"]


def test_a_call_s_oblique_plural_object_is_no_speaker():
    text = "وقال الرئيس إن القافلة خطر. ودعا المسؤولين في الولايات المجاورة إلى إرسال قوات."
    assert [speaker for _, _, speaker in quotes(text)] == ["الرئيس", "الرئيس"]
    # in ون the plural is the subject
    assert [speaker for _, _, speaker in quotes("ودعا المتظاهرون إلى إسقاط الحكومة.")] == ["المتظاهرون"]


def test_a_speaker_is_named_without_the_preposition_written_on_the_name():
    text = "وسبق لترامب أن استهدف هذه الفئة من المهاجرين، وكتب على حسابه أن أمرهم دليل على ضرورة تشديد القوانين."
    start = text.index("ترامب")
    trump = Entity(start, start + len("ترامب"), "ترامب", "PER", "دونالد ترامب")
    assert [speaker for _, _, speaker in quotes(text, [trump])] == ["ترامب"]


def test_what_a_statement_said_after_a_colon_is_the_statement_s():
    text = 'وسحبت المواد الترويجية. وجاء في البيان: "تبلغنا بأن الشبكة تنوي استخدام الموسيقى دون إذن".'
    assert [speaker for _, _, speaker in quotes(text)] == ["البيان"]
    text = 'وجاء في بيان كاري: "إنه يوم عظيم بالنسبة لي، وأحب هذه المؤسسة".'
    assert [speaker for _, _, speaker in quotes(text, [person(text, "كاري")])] == ["كاري"]


def person(text: str, name: str) -> Entity:
    """A person entity over the first occurrence of ``name``, as the tagger would give it."""
    start = text.index(name)
    return Entity(start, start + len(name), name, "PER", name)


def test_a_plural_pronoun_on_but_keeps_the_speakers_before():
    text = "وأوضح المسؤولون الأميركيون أنهم يريدون خفض الصادرات، لكنهم قالوا إنهم سيتحدثون إلى الدول."
    assert quotes(text) == [
        ("indirect", "أنهم يريدون خفض الصادرات", "المسؤولون الأميركيون"),
        ("indirect", "إنهم سيتحدثون إلى الدول", "المسؤولون الأميركيون"),
    ]


def test_a_name_then_its_role_before_the_verb_is_the_speaker():
    text = "لكن هيليما كروفت، رئيسة استراتيجية السلع في بنك كندا الملكي قالت إن هناك إمكانية لتعويض الإنتاج."
    doc = Document(text=text, entities=[person(text, "هيليما كروفت")])
    (quote,) = extract_quotes(doc)
    assert (quote.speaker.canonical, quote.speaker_role) == (
        "هيليما كروفت",
        "رئيسة استراتيجية السلع في بنك كندا الملكي",
    )
    # a comma before a role and no name of its own clause before it: the role phrase alone
    text = "وفي المؤتمر، رئيس الوزراء قال إن الخطة جاهزة."
    assert quotes(text) == [("indirect", "إن الخطة جاهزة", "رئيس الوزراء")]


def test_a_participle_after_kana_and_qad_speaks_for_the_subject_between_them():
    text = (
        "وقال الوزير إن الوضع صعب. وكان رئيس الوزراء يوسف الشاهد قد توعد الفاسدين لدى افتتاح الجلسة، قائلا إن "
        "الحرب مستمرة. وكانت الشرطة قد اعتقلت ثلاثة أشخاص، مضيفة أن التحقيق مستمر. وكان المدير قد غادر، "
        "قائلة إن الأمر خطير."
    )
    # the last: a feminine participle after a masculine subject goes to the feminine speaker before
    assert [speaker for _, _, speaker in quotes(text)] == ["الوزير", "يوسف الشاهد", "الشرطة", "الشرطة"]


def test_a_noun_of_saying_speaks_for_the_subject_of_its_verb():
    text = (
        "وقال الوزير سامي العلي إن الوضع صعب. ومضى بالقول إن الأزمة ستنتهي. واختتم كلمته بالقول إن العمل مستمر. "
        "ومضت المصادر بالقول إن الاتفاق قريب. ولم تعلق الوزارة على الحادث، مكتفية بالقول إنه قيد التحقيق. "
        "وتبرر إسرائيل قتل المحتجين بالقول إنها تدافع عن حدودها. وتابع العلي بالقول إن الحوار ممكن."
    )
    israel = Entity(text.index("إسرائيل"), text.index("إسرائيل") + len("إسرائيل"), "إسرائيل", "LOC", "إسرائيل")
    assert [speaker for _, _, speaker in quotes(text, [person(text, "سامي العلي"), israel])] == [
        "سامي العلي",
        "سامي العلي",
        "سامي العلي",  # واختتم كلمته: his speech is the object, he the dropped subject
        "المصادر",
        "الوزارة",
        "إسرائيل",
        "سامي العلي",
    ]
    # words that are no source before it leave the one named before (وحاول تبرير النكسة: the effort is no one)
    text = "وقال القائد عبدالملك الحوثي إن الوضع صعب. وحاول تبرير النكسة بالقول إن مسلحيه غادروا."
    assert quotes(text, [person(text, "عبدالملك الحوثي")])[1][2] == "عبدالملك الحوثي"
    # after a verb with content of its own, the noun of saying opens the words said
    text = 'وشدد الوزير على التعاون بين البلدين بالقول: "نحن أكبر اقتصادين".'
    assert quotes(text) == [
        ("indirect", "على التعاون بين البلدين", "الوزير"),
        ("direct", "نحن أكبر اقتصادين", "الوزير"),
    ]


def test_a_role_without_a_name_ends_where_a_preposition_starts():
    doc = Document(text="وقال رئيس الحكومة على هامش المؤتمر إن الخطة جاهزة.")
    (quote,) = extract_quotes(doc)
    assert (quote.speaker.text, quote.speaker_role) == ("رئيس الحكومة", "رئيس الحكومة")


def test_according_to_a_rule_goes_on_with_the_statement_and_a_credit_after_a_comma_ends_it():
    text = (
        "وقال الوزير إن الحكومة ستعمل وفقا للقانون على حل المشكلة. "
        "وأوضح أن صورة الحادث تتمثل، حسب التشخيص الأولي، في انزلاق سيارة."
    )
    assert quotes(text) == [
        ("indirect", "إن الحكومة ستعمل وفقا للقانون على حل المشكلة", "الوزير"),
        ("indirect", "أن صورة الحادث تتمثل، حسب التشخيص الأولي، في انزلاق سيارة", "الوزير"),
    ]
    text = "وأكد الموقع أن اسمه حسن عظيموف، بحسب ما ورد في صحيفة الاتحاد."
    assert quotes(text)[0][1] == "أن اسمه حسن عظيموف"


def test_a_surname_the_tagger_chained_to_a_full_name_is_that_person_though_it_reads_as_a_noun():
    text = "نفى رئيس الحكومة يوسف الشاهد أي تحوير. وقال الشاهد في تصريح للإذاعة إن الإصلاح أولوية."
    start = text.index("الشاهد في")
    chained = Entity(start, start + len("الشاهد"), "الشاهد", "PER", "يوسف الشاهد")
    assert quotes(text, [person(text, "يوسف الشاهد"), chained]) == [("indirect", "إن الإصلاح أولوية", "يوسف الشاهد")]
    # untagged, the witness stays a witness
    assert quotes("وقال الشاهد إن السيارة كانت مسرعة.") == [("indirect", "إن السيارة كانت مسرعة", "الشاهد")]


def test_what_stands_before_a_verb_that_names_no_subject_leaves_the_one_named_before():
    text = (
        "وقال الفنان أحمد الفيشاوي إن الأمر صعب. فقد اعترف ذات يوم بأنه أدمن التدخين. "
        "وحول مواقفه السياسية قال إن الثورة في قلبي. في السياق ذاته، أكد أن الفن رسالة."
    )
    assert quotes(text, [person(text, "أحمد الفيشاوي")]) == [
        ("indirect", "إن الأمر صعب", "أحمد الفيشاوي"),
        ("indirect", "بأنه أدمن التدخين", "أحمد الفيشاوي"),
        ("indirect", "إن الثورة في قلبي", "أحمد الفيشاوي"),
        ("indirect", "أن الفن رسالة", "أحمد الفيشاوي"),
    ]


def test_whom_the_words_were_told_in_quotation_marks_is_no_part_of_the_speaker():
    text = 'في السياق ذاته، أكد لـ"الاقتصادية" مصدر في شركة صلة أن المبيعات ضعيفة.'
    assert quotes(text) == [("indirect", "أن المبيعات ضعيفة", "مصدر في شركة صلة")]
    # after a role, the quotation names the body it serves, and the name after it speaks
    text = 'وأوضح الناطق الإعلامي لـ"صحة الطائف" بالنيابة عيضة الهذلي أن الاستعداد بدأ مبكرا.'
    assert quotes(text, [person(text, "عيضة الهذلي")]) == [("indirect", "أن الاستعداد بدأ مبكرا", "عيضة الهذلي")]


def test_whom_an_unnamed_source_spoke_to_is_no_part_of_it():
    text = "وقال مصدر أمني للجوهرة إن الموقوف اعترف. وقالت مصادر مطلعة لسكاي نيوز عربية إن الاتفاق قريب."
    start = text.index("سكاي")
    sky = Entity(start, start + len("سكاي نيوز عربية"), "سكاي نيوز عربية", "ORG", "سكاي نيوز عربية")
    assert [speaker for _, _, speaker in quotes(text, [sky])] == ["مصدر أمني", "مصادر مطلعة"]
    # a word that governs the ل (تابع)، a nisba (ليبية) or a name beginning with ل (ليستر) stays in the source
    text = "وقالت مصادر ليبية إن الاتفاق قريب. وقالت مصادر في نادي ليستر إن الخبر مزيف."
    start = text.index("ليستر")
    leicester = Entity(start, start + len("ليستر"), "ليستر", "ORG", "ليستر")
    assert [speaker for _, _, speaker in quotes(text, [leicester])] == ["مصادر ليبية", "مصادر في نادي ليستر"]


def test_after_an_opening_adverbial_and_its_comma_the_verb_s_subject_speaks():
    text = "في المقابل، رد سامي الهاشمي، الناطق باسم الحزب، على الاتهامات، معتبرا أن الحملة مسيسة."
    assert quotes(text, [person(text, "سامي الهاشمي")]) == [("indirect", "أن الحملة مسيسة", "سامي الهاشمي")]
    text = "من جهته، انتقد الاتحاد العام للشغل قرار الحكومة، مؤكدا أن الإضراب قائم."
    start = text.index("الاتحاد")
    union = Entity(start, start + len("الاتحاد العام للشغل"), "الاتحاد العام للشغل", "ORG", "الاتحاد العام للشغل")
    assert quotes(text, [union]) == [("indirect", "أن الإضراب قائم", "الاتحاد العام للشغل")]
    # what a body did, read up to ما, is no part of it
    text = "من جهتهم، وصف خبراء اقتصاديون ما جرى بالمفاجأة، لافتين إلى أن الأسواق هادئة."
    assert quotes(text) == [("indirect", "أن الأسواق هادئة", "خبراء اقتصاديون")]


def test_an_opening_cue_a_role_or_despite_after_the_comma_make_no_adverbial():
    text = "وقال المدير خالد العمري إن العمل بدأ. وبين العمري، أنه سيتم تقييم النتائج، مشيرا إلى أن الخطة مرنة."
    speakers = [speaker for _, _, speaker in quotes(text, [person(text, "خالد العمري")])]
    assert speakers == ["خالد العمري", "خالد العمري", "خالد العمري"]
    text = "وفي حديث مع أحمد الفقيه، رئيس النادي الأدبي، قال إن الموسم حافل."
    assert quotes(text, [person(text, "أحمد الفقيه")])[0][2] == "أحمد الفقيه"
    text = "وقال المخرج سعيد العدل إن التصوير انتهى. وعن غياب البطل، رغم مواصلة التصوير، قال إن الأمر عابر."
    speakers = [speaker for _, _, speaker in quotes(text, [person(text, "سعيد العدل")])]
    assert speakers == ["سعيد العدل", "سعيد العدل"]


def test_a_name_the_tagger_found_right_before_the_verb_of_bil_qawl_speaks():
    text = "وانتقد الاتحاد الأوروبي قانون المجر الجديد، إلا أن أوربان رد بالقول إن بلاده لن تتراجع."
    assert quotes(text, [person(text, "أوربان")]) == [("indirect", "إن بلاده لن تتراجع", "أوربان")]


def test_tabi_before_li_is_affiliated_to_and_no_cue():
    text = "وقال مصدر تابع للوزارة إن الاتفاق قريب. وأكد مصدر تابع لوزارة الداخلية أن الهجوم فشل."
    assert quotes(text) == [
        ("indirect", "إن الاتفاق قريب", "مصدر تابع للوزارة"),
        ("indirect", "أن الهجوم فشل", "مصدر تابع لوزارة الداخلية"),
    ]
    # with و it reports, whom it was told to after it
    text = "وقال الوزير إن العمل بدأ. وتابع للصحفيين أن الخطة جاهزة."
    assert quotes(text)[1] == ("indirect", "أن الخطة جاهزة", "الوزير")


def test_a_statement_named_after_in_with_latest_or_first_is_no_part_of_the_speaker():
    text = "وقال الجيش في أحدث بيان بشأن العملية إنه دمر مخازن للسلاح. وقالت الوزارة في أول تعليق لها إن الوضع مستقر."
    assert quotes(text) == [
        ("indirect", "إنه دمر مخازن للسلاح", "الجيش"),
        ("indirect", "إن الوضع مستقر", "الوزارة"),
    ]


def test_a_country_or_a_body_the_tagger_found_speaks_as_an_organisation_not_a_person():
    import rasd

    text = "ونفت إيران أن تكون لديها منشأة سرية. وقالت رويترز إن الاتفاق وشيك. وقال ترامب إن الاتفاق سيئ."
    doc = rasd.analyze(text)
    kinds = [(q.speaker.text, q.speaker.kind) for q in doc.quotes if q.speaker]
    assert kinds == [("إيران", "organisation"), ("رويترز", "organisation"), ("ترامب", "person")]


def test_an_abbreviated_title_or_an_initial_is_part_of_the_speaker_phrase():
    text = "وقال د. سمير حسن إن الوضع صعب. وأضاف م. خالد عمر أن المشروع تأخر. وقال جون ف. كينيدي إن الحرب انتهت."
    assert quotes(text) == [
        ("indirect", "إن الوضع صعب", "سمير حسن"),
        ("indirect", "أن المشروع تأخر", "خالد عمر"),
        ("indirect", "إن الحرب انتهت", "جون ف. كينيدي"),
    ]


def test_his_saying_after_a_verb_that_is_no_cue_quotes_its_subject():
    text = (
        'وعلق وزير الخارجية سامح شكري على القرار بقوله: "هذا قرار خاطئ". واختتم الرئيس كلمته بقوله إن الدولة باقية.'
        " وختمت الوزيرة حديثها بقولها إن المستقبل أفضل."
    )
    assert quotes(text) == [
        ("direct", "هذا قرار خاطئ", "سامح شكري"),
        ("indirect", "إن الدولة باقية", "الرئيس"),
        ("indirect", "إن المستقبل أفضل", "الوزيرة"),
    ]


def test_an_object_pronoun_between_the_verb_and_its_subject_is_no_speaker():
    text = 'وعلق عليه الوزير قائلا: "لن نقبل". وعقب عليها المتحدث باسم الجيش مؤكدا أن القرار خاطئ.'
    assert quotes(text) == [
        ("direct", "لن نقبل", "الوزير"),
        ("indirect", "أن القرار خاطئ", "المتحدث باسم الجيش"),
    ]


def test_whose_statements_a_noun_cue_credits_and_a_second_cue_after_them():
    text = "واستهدفت الضربة مستودعا للأسلحة قرب المطار، وفق تصريحات قائد عسكري سوري بحسب رويترز."
    got = extract_quotes(Document(text=text, entities=[tagged(text, "رويترز", "ORG")]))
    assert [q.speaker.canonical for q in got] == ["قائد عسكري سوري", "رويترز"]
    # a statement or a report is a source of its own
    text = "وارتفعت الأسعار بنسبة كبيرة خلال العام الماضي، بحسب تقرير صدر عن البنك الدولي."
    assert [q.speaker.text for q in extract_quotes(Document(text=text))] == ["تقرير صدر عن البنك الدولي"]


def test_a_role_head_alone_names_the_last_person_unless_given_another_role():
    text = (
        "ونقلت الوكالة عن سامي حسن، أحد كبار مسؤولي الشركة، قوله إن الطائرة هبطت بسلام."
        ' ومضى المسؤول قائلا: "الركاب بخير".'
    )
    assert [q[2] for q in quotes(text)][-1] == "سامي حسن"
    text = 'وقال وزير الخارجية سامي حسن إن الزيارة ناجحة. وقال الرئيس: "العلاقات ممتازة".'
    assert [q[2] for q in quotes(text)] == ["سامي حسن", "الرئيس"]


def test_an_audience_after_the_verb_is_whom_it_was_told_not_who_spoke():
    text = "وقال الرئيس للحشد إن الوطن يحتاج الجميع. وقال للحاضرين إن الأزمة ستنتهي."
    assert quotes(text) == [
        ("indirect", "إن الوطن يحتاج الجميع", "الرئيس"),
        ("indirect", "إن الأزمة ستنتهي", "الرئيس"),
    ]


def test_a_first_person_cue_is_the_one_speaking_named_before():
    text = (
        "وقال اللاعب سامي حسن عقب المباراة: كنا الأفضل. ويمكنكم رؤية ما حققناه وأعتقد أن الفوز مستحق."
        " ونعتقد أن الموسم سيكون جيدا. واعتبر المدرب خالد عمر أن الفريق تطور."
    )
    assert quotes(text) == [
        ("direct", "كنا الأفضل", "سامي حسن"),
        ("indirect", "أن الفوز مستحق", "سامي حسن"),
        ("indirect", "أن الموسم سيكون جيدا", "سامي حسن"),
        ("indirect", "أن الفريق تطور", "خالد عمر"),
    ]


def test_a_cue_word_that_opens_a_persons_name_is_no_cue():
    text = "وقال رئيس الوحدة التنفيذية للنازحين، نجيب السعدي، إن المحافظة استقبلت آلاف النازحين."
    entity = tagged(text, "نجيب السعدي", "PER")
    assert quotes(text, [entity]) == [("indirect", "إن المحافظة استقبلت آلاف النازحين", "نجيب السعدي")]


def test_the_subject_ends_where_the_verbs_object_or_an_adjunct_begins():
    text = (
        "وأعلنت المنظمة نتائجها الأولية في مايو وقالت إن الغاز استخدم في الهجوم. ونقلت عنه وكالة الأنباء الرسمية"
        " قوله إن الجنديين بخير. وقال الأطباء حينها إن حالته مستقرة."
    )
    assert [q[2] for q in quotes(text)] == ["المنظمة", "وكالة الأنباء الرسمية", "الأطباء"]


def test_a_word_hardly_any_calls_subject_after_the_verb_leaves_the_subject_dropped():
    text = (
        "ودعت حكومة إقليم كردستان في بيان الحكومة العراقية إلى تعويض الضحايا، وناشدت العالم بأن لا يسمح بتكرار"
        " الجريمة. وكتبت صحيفة لوموند في مقال إن الرجل كان مكلفا بالأمن."
    )
    entity = tagged(text, "لوموند", "ORG")
    assert [q[2] for q in quotes(text, [entity])][-2:] == ["حكومة إقليم كردستان", "صحيفة لوموند"]


def test_a_noun_cue_word_is_no_part_of_a_name():
    text = "وأفرج عن الرجل، بحسب نيابة باريس. وقالت نيابة باريس إن التحقيق مستمر."
    assert [q[2] for q in quotes(text)][-1] == "نيابة باريس"


def test_a_cue_after_li_opens_a_clause_of_its_own_ending_the_subject():
    text = 'وجاء البيان المشترك ليؤكد أن الأطفال سيظلون "الأولوية الأولى"، طالبا الجميع باحترام خصوصيتهما.'
    assert [q[2] for q in quotes(text)][-1] == "البيان المشترك"


def test_a_verb_before_a_full_name_the_tagger_found_is_no_part_of_the_name():
    text = (
        "دبي، الإمارات العربية المتحدة (CNN) -- نصح سعود القحطاني، المستشار بالديوان الملكي، الشباب بتطوير"
        " مهاراتهم.\n"
        "وقال القحطاني إن سوق العمل له متطلباته.\n"
        "واشنطن -- نيكي هيلي تحذر روسيا من عرقلة القرار.\nوقالت هيلي إن الأدلة واضحة."
    )
    entities = [
        tagged(text, "سعود القحطاني", "PER"),
        tagged(text, "القحطاني", "PER", "سعود القحطاني", after="وقال"),
        tagged(text, "هيلي", "PER"),
        tagged(text, "هيلي", "PER", "هيلي", after="وقالت"),
    ]
    # a surname alone found by the tagger leaves the name before it whole
    assert [q[2] for q in quotes(text, entities)] == ["سعود القحطاني", "نيكي هيلي"]


def test_a_title_and_its_adjective_before_a_name_set_off_by_commas():
    text = (
        "وقال السيناتور الجمهوري، ليندسي غراهام، إن الرئيس يواجه لحظة حاسمة."
        " وقالت المندوبة، نيكي هيلي، إن القرار خاطئ."
    )
    assert [q[2] for q in quotes(text)] == ["ليندسي غراهام", "نيكي هيلي"]


def test_a_body_that_published_a_statement_it_said_something_in():
    text = "من جانبه، نشر مكتب الاتصال الحكومي في قطر بيانا أكد فيه أن هذه الخطوة تأتي لحماية المستهلك."
    entity = tagged(text, "قطر", "LOC")
    assert [q[2] for q in quotes(text, [entity])] == ["مكتب الاتصال الحكومي في قطر"]


def test_a_time_phrase_and_its_comma_before_the_verb_are_no_subject():
    text = "وقبل استقالة الوزير، أصدرت نقابة الصحف المطبوعة في اليابان بيانا تدعو فيه إلى توفير حماية أفضل للنساء."
    assert [q[2] for q in quotes(text)] == ["نقابة الصحف المطبوعة في اليابان"]
