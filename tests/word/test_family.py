"""The family's version of an assessment: jargon and short forms in everyday words (from the
rubric's own jargon list and assist/data/plain-words.txt), the child's experience and what the
family is asked to do first, and nothing written only for professionals. On the web it is a link
beside the Word download, for the same people, and every download is audited."""

import io
import re

import docx
import pytest
import sqlalchemy as sa

from assist import clock
from assist.extensions import db
from assist.models import AssessmentStatus, AuditEvent
from assist.rubric.loader import load_rubric
from assist.word.drafts import IMPORTED
from assist.word.export import Details
from assist.word.family import PlainWords, build_family, by_when
from tests.rubric.helpers import RUBRIC_PATH
from tests.word.rich import rich_document


@pytest.fixture(scope="module")
def plain():
    return PlainWords.from_rubric(load_rubric(RUBRIC_PATH))


@pytest.mark.parametrize(
    ("written", "for_the_family"),
    [
        # The rubric's own plain words (say "a child protection enquiry").
        ("A section 47 enquiry began.", "A child protection enquiry began."),
        # Words that cannot stand in the term's place explain it, in brackets, and the
        # sentence still reads.
        (
            "Her parenting capacity is good.",
            "Her parenting capacity (how well the parents can care for the child) is good.",
        ),
        (
            "Strategy meeting to be held with police and school within 5 working days.",
            "Strategy meeting (a meeting of social care, police and health to decide what to "
            "do) to be held with police and school within 5 working days.",
        ),
        (
            "We held a strategy meeting.",
            "We held a strategy meeting (a meeting of social care, police and health to decide "
            "what to do).",
        ),
        (
            "The LADO was told and the LADO will call.",
            "The LADO (the officer who looks into worries about adults who work with children) "
            "was told and the LADO will call.",
        ),
        (
            "A MARAC referral was made.",
            "A MARAC (a meeting about keeping people safe from domestic abuse) referral was made.",
        ),
        (
            "The PLO (pre-proceedings) letter was sent.",
            "The PLO (pre-proceedings) letter was sent.",
        ),
        ("Amy is LAC.", "Amy is LAC (looked after by the council)."),
        # "a" or "an" fits the words put in.
        ("An ICPC was held.", "A first child protection conference was held."),
        ("Police took NFA.", "Police took no further action."),
        # Short forms spelt out, once however they were explained.
        (
            "Amy was discussed at the CIN meeting.",
            "Amy was discussed at the child in need meeting.",
        ),
        ("A Child in Need (CIN) meeting was held.", "A Child in Need meeting was held."),
        ("CAMHS (the mental health team) saw her.", "The mental health team saw her."),
        # Short forms every family knows stay; a word in capitals is no short form of ours.
        ("Amy saw her GP.", "Amy saw her GP."),
        ("Amy said NO loudly.", "Amy said NO loudly."),
        # References into the full assessment mean nothing here.
        ("Food runs out mid-week [F1, F3].", "Food runs out mid-week."),
        (
            "After the strategy discussion we met.",
            "After the strategy discussion (a meeting of social care, police and health to decide "
            "what to do) we met.",
        ),
    ],
)
def test_plain_words(plain, written, for_the_family):
    assert plain(written) == for_the_family


_CLAUSE = re.compile(r"\b(?:to|that|who|which|how|what|whether|before|about|did|does)\b")


def test_words_put_in_place_of_a_term_are_a_name_for_it_and_the_rest_are_explanations(plain):
    """Plain words that replace a term must read wherever the term stood: a name for the same
    thing ("child in need"), never a clause ("a meeting ... to decide what to do"), which would
    break the sentence around it ("... to decide what to do to be held ..."). Any other plain
    words, the rubric's among them, follow the term in brackets."""
    assert plain.explained  # the rubric's own, at least
    for term, words in {**plain.terms, **plain.short_forms}.items():
        if term not in plain.explained:
            assert not _CLAUSE.search(words), (term, words)
            assert plain(f"It was the {term} then.") == f"It was the {words} then.", term
        else:
            explained = plain(f"It was the {term} then.")
            assert explained.lower() == f"it was the {term} ({words}) then.".lower(), term


def test_a_term_the_rubric_only_advises_on_takes_this_services_plain_words(plain):
    assert "agreeing to things but not doing them" in plain("Lee shows disguised compliance.")
    assert (
        plain("The case was stepped down to early help.")
        == "The case was stepped down (moved to a lower level of help) to early help."
    )


def _headings(word, level=1):
    return [p.text for p in word.paragraphs if p.style.name == f"Heading {level}"]


def test_the_family_reads_the_childs_experience_and_what_they_are_asked_first(plain):
    document = rich_document()
    document.recommendations[0].who = "Kelly, with the social worker"
    word = build_family(document, Details(author="Wendy Worker"), plain)
    assert word.paragraphs[0].text == "About Amy and Ben: what we found"
    assert _headings(word) == [
        "What life is like for Amy and Ben",
        "What we are asking you to do",
        "What we are worried about",
        "What we think this means",
        "What has happened",
        "The people in this assessment",
        "What happens next",
    ]
    assert _headings(word, 2)[0] == "Arrange a benefits check with Kelly."
    text = "\n".join(p.text for p in word.paragraphs)
    assert "By when: Saturday 1 June 2024" in text
    assert "So that: Amy eats three meals a day." in text
    # Nothing for professionals only: references, the sign-off, the rubric's findings.
    for internal in ("F1:", "R1", "Sign-off", "Appendix", "rubric", "Rests on"):
        assert internal not in text, internal
    assert (
        word.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE    Draft – not yet agreed"
    )


def test_what_others_will_do_is_apart_from_what_the_family_is_asked(plain):
    document = rich_document()
    word = build_family(document, Details(), plain)
    headings = _headings(word)
    assert headings[1:3] == ["What we are asking you to do", "What other people will do"]
    text = "\n".join(p.text for p in word.paragraphs)
    assert "We are not asking you to do anything yourselves yet." in text


def test_a_recommendation_with_only_its_text_is_what_needs_to_happen(plain):
    document = rich_document()
    for item in document.recommendations:
        item.who, item.by_when, item.objective = "", None, ""
    word = build_family(document, Details(), plain)
    assert "What needs to happen" in _headings(word)


def test_a_date_written_as_text_is_kept():
    assert by_when("2026-03-03") == "Tuesday 3 March 2026"
    assert by_when("end of term") == "end of term"
    assert by_when(None) == ""


def _family_exports():
    return db.session.scalars(
        sa.select(AuditEvent).where(
            AuditEvent.action == "export", AuditEvent.detail.like("Family version%")
        )
    ).all()


def test_a_worker_downloads_the_family_version_and_it_is_audited(pages, world):
    assessment = world.assessments["wendy_draft"]  # one item of every kind
    pages.sign_in(world.user("wendy"))
    task_list = pages.get("author.assessment", assessment_id=assessment.id)
    link = task_list.find("a", string="Download a family version (.docx)")
    assert link is not None
    check_answers = pages.get("author.check_answers", assessment_id=assessment.id)
    assert (
        check_answers.find("a", string="Download a family version (.docx)")["href"]
        == (link["href"])
    )
    response = pages.client.get(link["href"])
    assert response.status_code == 200
    assert "-family-version.docx" in response.headers["Content-Disposition"]
    word = docx.Document(io.BytesIO(response.data))
    assert word.paragraphs[0].style.name == "Title"
    assert "What we are worried about" in _headings(word)
    (event,) = _family_exports()
    assert (event.user_id, event.record_id) == (world.users["wendy"].id, assessment.id)
    assert event.detail == "Family version (Word document)"
    other = world.assessments["will_draft"]
    refused = pages.client.get(pages.url("author.download_family_word", assessment_id=other.id))
    assert refused.status_code == 404
    assert len(_family_exports()) == 1


def test_a_trainee_has_no_family_version_of_practice(pages, world):
    pages.sign_in(world.user("tara"))
    practice = world.assessments["tara_practice"]
    page = pages.get("author.assessment", assessment_id=practice.id)
    assert page.find("a", string="Download a family version (.docx)") is None
    url = pages.url("author.download_family_word", assessment_id=practice.id)
    assert pages.client.get(url).status_code in (403, 404)
    assert _family_exports() == []


def test_a_fact_from_an_import_shows_no_placeholder_source_and_no_made_up_date(plain):
    document = rich_document()
    imported = document.facts[0]
    imported.source, imported.date, imported.date_precision = IMPORTED, None, "unknown"
    text = "\n".join(p.text for p in build_family(document, Details(), plain).paragraphs)
    assert f"Date not known: {imported.text}" in text
    assert IMPORTED not in text
    assert "Where we heard this: Nursery manager" in text  # a real source is still said


def test_a_family_version_says_it_is_a_draft_until_it_is_signed_off(pages, world):
    assessment = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))

    def first_lines():
        url = pages.url("author.download_family_word", assessment_id=assessment.id)
        word = docx.Document(io.BytesIO(pages.client.get(url).data))
        return [p.text for p in word.paragraphs[:2]]

    # Where the worker's own copy gives its status: just under the title.
    worker = pages.client.get(pages.url("author.download_word", assessment_id=assessment.id))
    title_block = docx.Document(io.BytesIO(worker.data)).tables[0]
    assert ["Status", "Draft"] in [[cell.text for cell in row.cells] for row in title_block.rows]
    assert first_lines() == [
        "About Child: what we found",
        "Status: Draft – not yet agreed. It may change before it is final.",
    ]
    assessment.status = AssessmentStatus.SIGNED_OFF
    assessment.signed_off_at = clock.now()
    assessment.signed_off_by = world.users["nadia"]
    db.session.commit()
    assert first_lines()[1].startswith("This is the assessment about")


def test_both_copies_say_draft_at_the_top_of_every_page_until_sign_off(pages, world):
    assessment = world.assessments["wendy_draft"]
    pages.sign_in(world.user("wendy"))

    def headers(endpoint):
        url = pages.url(endpoint, assessment_id=assessment.id)
        word = docx.Document(io.BytesIO(pages.client.get(url).data))
        # Each section's header (a landscape page's carries on from the one before it).
        return word, [[p.text for p in section.header.paragraphs] for section in word.sections]

    worker, worker_headers = headers("author.download_word")
    assert len(worker_headers) > 1  # portrait and landscape pages
    for header in worker_headers:
        assert header == ["OFFICIAL-SENSITIVE    Draft – not yet signed off"]
    title_block = worker.tables[0]  # and still on the first page, in the title block
    assert ["Status", "Draft"] in [[cell.text for cell in row.cells] for row in title_block.rows]
    family, family_headers = headers("author.download_family_word")
    for header in family_headers:
        assert header == ["OFFICIAL-SENSITIVE    Draft – not yet agreed"]
    assert family.paragraphs[1].text.startswith("Status: Draft – not yet agreed.")

    assessment.status = AssessmentStatus.SIGNED_OFF
    assessment.signed_off_at = clock.now()
    assessment.signed_off_by = world.users["nadia"]
    db.session.commit()
    for endpoint in ("author.download_word", "author.download_family_word"):
        _word, signed_off = headers(endpoint)
        assert all(header == ["OFFICIAL-SENSITIVE"] for header in signed_off), signed_off
