"""Markdown and plain text -> Document: sections by heading, one item per paragraph or list item,
1-based lines and columns, [F3] and (F3) as citations."""

from textwrap import dedent

import pytest

from assist.readers import InputError, read_markdown, read_string

ASSESSMENT = dedent(
    """\
    # Assessment of Amy

    ## About the child and household

    - Child: Amy Jones, aged 4
    - Mother's partner: Lee Brown, lives in the household
    - Father: Tom Jones, does not live in the household

    ## Chronology

    1. On 3 May 2024 I saw no food in the kitchen.
    2. The nursery reported that Amy
       arrived hungry on 4 May.

    ## Voice of the child

    Amy told me "I get hungry".

    I observed Amy eat two bowls of cereal.

    ## Analysis

    Amy is hungry, which slows her growth [F1, F2].

    It also affects her learning (F2).

    ## Risk

    - Danger: Amy's growth is harmed.
    - Hazard: food runs out [F1].
    - Strength: Sarah asked for help.
    - Probability: high, as it has gone on for weeks.
    - Information gap: whether Lee contributes money.

    ## Recommendations

    - R1: Food bank referral by 10 May [D1].
    - Ask Lee about money by 17 May [G1].
    """
)


@pytest.fixture(scope="module")
def reading():
    return read_markdown(ASSESSMENT)


def test_sections_are_found_by_their_headings_and_aliases(reading):
    document = reading.document
    assert document.title == "Assessment of Amy"
    assert [c.name for c in document.children] == ["Amy Jones"]
    assert [(a.name, a.lives_in_household) for a in document.adults] == [
        ("Lee Brown", True),
        ("Tom Jones", False),
    ]
    assert [f.ref for f in document.facts] == ["F1", "F2"]
    assert [(e.ref, e.kind) for e in document.experiences] == [
        ("E1", "words"),
        ("E2", "observation"),
    ]
    assert [a.ref for a in document.analysis] == ["A1", "A2"]
    assert [r.ref for r in document.recommendations] == ["R1", "R2"]
    # A child's age is not a field: the note asks for the date of birth instead.
    assert (
        reading.notes == ["line 5: Amy Jones is 4 in the document; add their date of birth"]
        and not reading.unsorted
    )


def test_each_list_item_keeps_its_lines_and_starts_at_its_own_column(reading):
    second = reading.document.facts[1]
    assert second.text == "The nursery reported that Amy\n   arrived hungry on 4 May."
    assert (second.location.line, second.location.column) == (12, 4)
    first_analysis = reading.document.analysis[0]
    assert (first_analysis.location.line, first_analysis.location.column) == (23, 1)


def test_citations_in_square_or_round_brackets(reading):
    assert reading.document.analysis[0].cites == ["F1", "F2"]
    assert reading.document.analysis[1].cites == ["F2"]
    first, second = reading.document.recommendations
    assert first.answers == ["D1"] and second.fills == ["G1"]


def test_labels_give_risk_parts_and_strip_from_the_text(reading):
    (danger,) = reading.document.dangers
    assert danger.text == "Amy's growth is harmed."
    assert danger.probability == "high"
    assert [(f.ref, f.kind) for f in danger.factors] == [
        ("H1", "hazard"),
        ("S1", "strength"),
        ("G1", "information_gap"),
    ]
    hazard = danger.factors[0]
    assert hazard.text == "food runs out [F1]." and hazard.cites == ["F1"]
    assert (hazard.location.line, hazard.location.column) == (30, 11)


def test_a_risk_paragraph_with_its_parts_inline_is_read_as_its_parts():
    reading = read_markdown(
        dedent(
            """\
            ## Risk

            Danger: Leo is hurt if the arguments turn physical. Hazards: the fight on 2 May
            [F1]. Strengths: Gran visits daily. Probability: low, because there has been one
            incident. Information gap: whether Ryan drinks.
            """
        )
    )
    (danger,) = reading.document.dangers
    assert danger.text == "Leo is hurt if the arguments turn physical."
    assert [(f.kind, f.text) for f in danger.factors] == [
        ("hazard", "the fight on 2 May\n[F1]."),
        ("strength", "Gran visits daily."),
        ("information_gap", "whether Ryan drinks."),
    ]
    assert danger.probability == "low"
    assert danger.probability_reasoning.startswith("low, because there has been one")
    # Each part is found where it is written, so a finding points at its own words.
    assert (danger.factors[1].location.line, danger.factors[1].location.column) == (4, 18)
    assert (danger.probability_location.line, danger.probability_location.column) == (4, 50)


@pytest.mark.parametrize(
    "heading",
    [
        "## FACTS",
        "## Facts and chronology",
        "## 2. Chronology:",
        "**Chronology**",
        "Chronology",
        "FACTS:",
        "Facts\n=====",
    ],
)
def test_headings_are_case_insensitive_in_markdown_or_plain_text(heading):
    document = read_markdown(f"{heading}\n\nOn 3 May I saw Amy.\n").document
    assert [f.text for f in document.facts] == ["On 3 May I saw Amy."]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("The child's experience", "child"),
        ("Child’s view", "child"),
        ("Voice of the child", "child"),
        ("Analysis", "analysis"),
        ("Risk", "risk"),
        ("Recommendations", "recommendations"),
    ],
)
def test_the_heading_names_the_issue_promises(heading, section):
    reading = read_markdown(f"# {heading}\n\nSome words here.\n")
    document = reading.document
    found = {
        "child": document.experiences,
        "analysis": document.analysis,
        "risk": document.loose,
        "recommendations": document.recommendations,
    }[section]
    assert len(found) == 1


def test_explicit_references_are_kept_and_numbering_skips_them():
    document = read_markdown("# Facts\n\n- F7: First.\n- Second.\n- [F1] Third.\n").document
    assert [(f.ref, f.text) for f in document.facts] == [
        ("F7", "First."),
        ("F2", "Second."),
        ("F1", "Third."),
    ]


def test_no_recognisable_headings_is_said_and_the_text_is_one_section():
    reading = read_markdown("Mum was drunk.\n\n# Notes\n\nShe needs help.\n")
    assert reading.unsorted
    assert "no recognisable section headings" in reading.notes[0]
    assert [loose.section for loose in reading.document.loose] == ["unsorted", "unsorted"]


def test_an_unknown_heading_among_known_ones_is_noted():
    reading = read_markdown("# Facts\n\nOn 3 May.\n\n# Introduction\n\nHello.\n")
    assert "line 5: the heading 'Introduction'" in reading.notes[0]
    assert [(loose.section, loose.text) for loose in reading.document.loose] == [
        ("unsorted", "Hello.")
    ]


def test_code_blocks_rules_and_table_headers_are_not_items():
    text = dedent(
        """\
        # Facts

        | Date | What happened |
        |------|---------------|
        | 3 May | No food |

        ---

        ```
        not an item
        ```
        """
    )
    (fact,) = read_markdown(text).document.facts
    assert fact.text.split() == ["3", "May", "No", "food"]
    assert fact.location.line == 5


def test_headings_with_nothing_under_them_are_nothing_to_check():
    with pytest.raises(InputError, match="nothing to check"):
        read_string("# Facts\n\n# Analysis\n", ".md")


def test_a_household_paragraph_says_who_lives_elsewhere():
    document = read_markdown(
        dedent(
            """\
            # About the child and household

            Kai Moss, aged 7, lives with his mother, Jo Moss (29), and her partner, Lee Hart
            (33), who moved in last spring. Kai's father, Sam Moss, lives in Bristol and has had
            no contact for a year.
            """
        )
    ).document
    assert [(a.name, a.lives_in_household) for a in document.adults] == [
        ("Jo Moss", True),
        ("Lee Hart", True),
        ("Sam Moss", False),
    ]


@pytest.mark.parametrize(
    "label", ["Danger to Kai", "Danger statement", "Worry statement", "Danger to the children"]
)
def test_a_danger_named_for_whom_or_as_a_statement_is_the_danger(label):
    document = read_markdown(
        f"# Risk\n\n{label}: Kai is hurt again when Lee drinks.\n\n"
        "Hazards: Lee drinks most weekends.\n"
    ).document
    assert [d.text for d in document.dangers] == ["Kai is hurt again when Lee drinks."]


def test_someone_who_lives_elsewhere_but_stays_is_in_the_household():
    document = read_markdown(
        dedent(
            """\
            # About the child and household

            Kai Moss, aged 7, lives with his mother, Jo Moss (29). Her partner, Lee Hart, lives
            in Leeds but stays at the flat most nights. Kai's father, Sam Moss, lives with Jo
            and Kai.
            """
        )
    ).document
    assert all(a.lives_in_household for a in document.adults)


@pytest.mark.parametrize(
    "line",
    ["Worry for long-term harm if Kai keeps seeing violence.", "Worries for Jo - she is alone."],
)
def test_a_word_with_a_hyphen_or_a_worry_about_an_adult_is_no_danger_label(line):
    document = read_markdown(f"# Risk\n\nDanger: Kai is hurt when Lee drinks.\n\n{line}\n").document
    assert [d.text for d in document.dangers] == ["Kai is hurt when Lee drinks."]


@pytest.mark.parametrize(
    "line",
    [
        "Father: Sam Moss, lives in Bristol",
        "Father: Sam Moss, 34, lives at 22 Park Street, Bristol",
        "Father: Sam Moss (34), lives nearby",
    ],
)
def test_a_household_line_says_who_lives_elsewhere(line):
    document = read_markdown(
        f"# About the child and household\n\n- Mother: Jo Moss, lives in the household\n- {line}\n"
    ).document
    assert [(a.name, a.lives_in_household) for a in document.adults] == [
        ("Jo Moss", True),
        ("Sam Moss", False),
    ]


SUB_HEADINGS = dedent(
    """\
    # The child's experience

    What Ellie told me

    Ellie said "I like it when Mummy reads to me".

    # Analysis

    **How Ellie gets to school**

    Sophie has walked Ellie to school every day since 12 October [F1].

    Home Conditions

    The kitchen was clean and stocked when I visited; this supports A1 [A1].

    What we are worried about

    Ellie arrived hungry on 14 October [F2].

    # Risk

    - Danger: Ellie goes hungry.
    """
)


def test_a_plain_line_heading_what_follows_is_a_sub_heading_not_an_item():
    reading = read_markdown(SUB_HEADINGS)
    document = reading.document
    assert [(e.ref, e.text) for e in document.experiences] == [
        ("E1", 'Ellie said "I like it when Mummy reads to me".')
    ]
    # The writer's own count of paragraphs is the references: their [A1] is the walk to school.
    assert [a.ref for a in document.analysis] == ["A1", "A2", "A3"]
    assert document.analysis[0].text.startswith("Sophie has walked Ellie")
    assert document.analysis[2].text == "Ellie arrived hungry on 14 October [F2]."
    assert not document.loose
    said = "\n".join(reading.notes)
    for line, words in ((3, "What Ellie told me"), (9, "How Ellie gets to school")):
        assert f"line {line}: '{words}' was read as a sub-heading" in said
    assert "line 13: 'Home Conditions' was read as a sub-heading in the section 'Analysis'" in said


def test_a_plain_line_naming_a_section_inside_a_marked_up_one_does_not_move_what_follows():
    reading = read_markdown(SUB_HEADINGS)
    assert [d.text for d in reading.document.dangers] == ["Ellie goes hungry."]
    assert (
        "line 17: 'What we are worried about' is a plain line inside the section 'Analysis', "
        "so it was read as a sub-heading and what follows stays in that section; to make it "
        "the section 'Risk' instead, mark it as a heading and start each danger with 'Danger:'"
    ) in reading.notes


def test_plain_lines_still_start_sections_in_a_plain_text_document():
    document = read_markdown(
        "FACTS\n\nOn 3 May I saw Amy.\n\nANALYSIS\n\nAmy was hungry [F1].\n\n"
        "What we are worried about\n\nDanger: Amy goes hungry.\n"
    ).document
    assert [f.text for f in document.facts] == ["On 3 May I saw Amy."]
    assert [a.text for a in document.analysis] == ["Amy was hungry [F1]."]
    assert [d.text for d in document.dangers] == ["Amy goes hungry."]


@pytest.mark.parametrize(
    "line",
    [
        "Police called to the home",  # an entry written without a full stop
        "What she told her mother was",  # a sentence wrapped onto the next paragraph
        "Mum is worried.",
        "What Mum said: she was fine",
    ],
)
def test_a_short_line_that_says_something_stays_an_item(line):
    reading = read_markdown(f"# Facts\n\n{line}\n\nOn 3 May I saw Amy.\n")
    assert [f.text for f in reading.document.facts] == [line, "On 3 May I saw Amy."]
    assert not any("sub-heading" in note for note in reading.notes)


def test_a_heading_line_with_nothing_after_it_is_kept_as_an_item():
    document = read_markdown("# Analysis\n\nAmy was hungry [F1].\n\nWhat is going well\n").document
    assert [a.text for a in document.analysis] == ["Amy was hungry [F1].", "What is going well"]


def test_a_report_s_numbered_paragraphs_are_items_of_their_own():
    document = read_markdown(
        "# Recommendations\n\n"
        "9.1 The school will send Amy's attendance to me by 3 May.\n"
        "9.2 Ms Cole should ensure Amy is safe.\n"
        "9.3 I will visit Amy at home on 10 May.\n"
    ).document
    assert [(r.ref, r.action) for r in document.recommendations] == [
        ("R1", "The school will send Amy's attendance to me by 3 May."),
        ("R2", "Ms Cole should ensure Amy is safe."),
        ("R3", "I will visit Amy at home on 10 May."),
    ]
    assert (
        document.recommendations[1].location.line,
        document.recommendations[1].location.column,
    ) == (4, 5)


def test_a_number_that_wraps_onto_a_line_stays_in_its_sentence():
    document = read_markdown(
        "# Facts\n\nAt birth his weight was\n3.4 Kg, the midwife said.\n"
    ).document
    assert [f.text for f in document.facts] == [
        "At birth his weight was\n3.4 Kg, the midwife said."
    ]


@pytest.mark.parametrize(
    ("markdown", "texts"),
    [
        # A reviewer's cases: a date or a time at a line's start is no numbered paragraph...
        ("# Facts\n\n12.05.26 Police attended.\n", ["Police attended."]),
        (
            "# Facts\n\nOn 15 May 2026:\n09.15 Mum arrived at school.\n12.30 Mum left.\n",
            ["On 15 May 2026:\n09.15 Mum arrived at school.\n12.30 Mum left."],
        ),
        # ...and a line in bold or a question that says something is no sub-heading.
        (
            "# Facts\n\n**Ellie told me she is scared of Dad**\n\nShe cried.\n",
            ["**Ellie told me she is scared of Dad**", "She cried."],
        ),
        (
            "# Facts\n\nWhat Ellie wants is to live with Nan\n\nNan agrees.\n",
            ["What Ellie wants is to live with Nan", "Nan agrees."],
        ),
    ],
)
def test_lines_that_say_something_are_kept_as_they_were(markdown, texts):
    reading = read_markdown(markdown)
    assert [f.text for f in reading.document.facts] == texts
    assert not reading.notes


def test_a_section_s_name_alone_still_starts_it_in_a_marked_up_document():
    document = read_markdown(
        "# Facts and chronology\n\nOn 3 May I saw Ava.\n\nANALYSIS\n\nAva was hungry [F1].\n\n"
        "RECOMMENDATIONS\n\n1. Mum will register with a GP by 3 June.\n"
    ).document
    assert [f.text for f in document.facts] == ["On 3 May I saw Ava."]
    assert [a.text for a in document.analysis] == ["Ava was hungry [F1]."]
    assert [r.action for r in document.recommendations] == [
        "Mum will register with a GP by 3 June."
    ]


def test_a_numbered_list_run_into_one_line_is_one_item_to_each_number():
    # As text pasted from a PDF often is: each number after a sentence ends starts an item.
    document = read_markdown(
        "# Recommendations\n\n"
        "1. Mr Hale will attend the course on 3 May. 2. Mr Hale will not shout at Ava. "
        "3. I will see Ava alone at school every fortnight until 1 July.\n"
    ).document
    assert [r.action for r in document.recommendations] == [
        "Mr Hale will attend the course on 3 May.",
        "Mr Hale will not shout at Ava.",
        "I will see Ava alone at school every fortnight until 1 July.",
    ]
    assert document.recommendations[1].location.column == 48  # where "Mr" starts


@pytest.mark.parametrize(
    "line",
    [
        "1. Ava is to see the GP about her weight (target 2. 5 kg a month).",
        "1. Mum will ring me. 3. Dad will call.",  # not the next number
        "1. Mum will ring me at 2. 30 today.",  # no capital after it
    ],
)
def test_a_number_inside_an_item_that_starts_no_series_stays_in_it(line):
    document = read_markdown(f"# Recommendations\n\n{line}\n").document
    assert [r.action for r in document.recommendations] == [line[3:]]


def test_a_report_s_numbered_paragraphs_run_on_stay_one_item():
    # "18. ... 19. ...": a report's paragraphs, numbered, not a list that starts here.
    line = "18. Mum told me on 2 May she had moved. 19. I take this seriously."
    document = read_markdown(f"# Analysis\n\n{line}\n").document
    assert [a.text for a in document.analysis] == [line[4:]]


def test_a_pasted_list_with_no_full_stops_is_still_split():
    # A new user's pasted line: the numbers follow words, not sentence ends.
    document = read_markdown(
        "# Recommendations\n\n"
        "1. Ms Hale to ring the school by 3 May 2. Mr Hale will not shout 3. Review on 1 June\n"
    ).document
    assert [r.action for r in document.recommendations] == [
        "Ms Hale to ring the school by 3 May",
        "Mr Hale will not shout",
        "Review on 1 June",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "1. Mum will ring me. 2. Émile will call.",
        "1. Mum will ring me. 2. 'Dad' will call.",
        "1. Mum will ring me.\t2. Dad will call.",
    ],
)
def test_a_run_on_list_splits_before_any_capital_or_quotation(line):
    document = read_markdown(f"# Recommendations\n\n{line}\n").document
    assert len(document.recommendations) == 2, [r.action for r in document.recommendations]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Someone telling something, by any verb of telling with what was told after it.
        ("Mrs Patel reports that Leo is doing well in class.", "words"),
        ("Mum mentioned to me that Kai sleeps badly.", "words"),
        ("Kai asked for his mum.", "words"),
        # Something done, though WordNet files the verb with telling.
        ("Leo shouted at his sister.", "observation"),
        ("Leo screamed when Dad left.", "observation"),
    ],
)
def test_a_line_of_the_child_s_section_is_words_when_someone_tells(line, kind):
    document = read_markdown(f"# The child's experience\n\n- {line}\n").document
    assert [e.kind for e in document.experiences] == [kind]


def test_what_made_it_hard_to_hear_the_child_is_labelled_as_the_form_and_readme_put_it():
    # A new user's case (twenty-sixth round): the README's own words for it.
    line = 'What made it hard to hear her: Mum had told Ruby I would "ask about Craig".'
    document = read_markdown(f"# The child's experience\n\n- {line}\n").document
    assert [(e.kind, e.text) for e in document.experiences] == [
        ("barriers_to_hearing", 'Mum had told Ruby I would "ask about Craig".')
    ]


def test_a_risk_sub_heading_or_label_names_the_part_with_no_danger_named():
    # A new user's case: prose risk with "## Strengths", "## Information gaps" and a
    # "Protective factors:" label; each is that part of risk reasoning.
    text = (
        "# Risk\n\nThe main worry is that Mr Cole drinks while caring for the children.\n\n"
        "## Strengths\n\nMr Dale lives in the home and acted quickly on 2 March.\n\n"
        "## Information gaps\n\nI do not yet know how much Mr Cole drinks in a week.\n\n"
        "Protective factors: Gran visits daily.\n"
    )
    loose = read_markdown(text).document.loose
    assert [item.kind for item in loose] == [None, "strength", "information_gap", "strength"]


def test_a_risk_sub_heading_that_names_no_part_ends_the_part_above_it():
    text = (
        "# Risk\n\n## Strengths\n\nGran visits daily.\n\n"
        "## Other matters\n\nThe police were called on 3 May.\n"
    )
    loose = read_markdown(text).document.loose
    assert [(item.text, item.kind) for item in loose] == [
        ("Gran visits daily.", "strength"),
        ("The police were called on 3 May.", None),
    ]
