"""What each kind of journey item asks, and how the answers are stored (including its links)."""

from flask import abort, request

from assist import labels
from assist.author import journey_forms as forms
from assist.author.journey_editing import ItemEditor
from assist.journey import items
from assist.models import (
    Adult,
    AnalysisStatement,
    Child,
    ChildExperience,
    Danger,
    Fact,
    Recommendation,
    RiskFactor,
)
from assist.models.content import (
    ExperienceKind,
    HowKnown,
    ItemKind,
    LinkRole,
    Probability,
    RiskFactorKind,
)

CORROBORATION = {"yes": True, "no": False, "unknown": None}
CORROBORATION_ANSWER = {True: "yes", False: "no", None: "unknown"}


def _blank_to_none(value):
    return value or None


# Citation choices: values are "kind:id" so one field can offer facts and analysis together.
def choice(kind, item_id):
    return f"{kind.value}:{item_id}"


def parse_choices(values):
    parsed = []
    for value in values or []:
        kind, _, item_id = value.partition(":")
        parsed.append((ItemKind(kind), int(item_id)))
    return parsed


def _fact_choices(contents):
    return [
        (
            choice(ItemKind.FACT, f.id),
            f"{f.reference}, {labels.fact_date(f)}: {_short(f.what_happened)}",
        )
        for f in contents.facts
    ]


def _analysis_choices(contents):
    return [
        (choice(ItemKind.ANALYSIS, a.id), f"{a.reference}: {_short(a.meaning_for_child)}")
        for a in contents.analysis
    ]


def _short(text, limit=110):
    """The text, or its first words up to ``limit`` characters and an ellipsis: never a word
    cut in half ("mattr…"), unless one word is longer than the limit."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and text[limit - 1] != " ":
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _current(contents, kind, item_id, role):
    return [choice(k, i) for k, i in contents.cites(kind, item_id, role)]


def _child_choices(form, contents):
    form.child_id.choices = [(str(c.id), c.name) for c in contents.children]


# Children and adults
def _apply_child(form, child, contents):
    for name in ("name", "ethnicity", "first_language", "disability", "communication_needs"):
        setattr(child, name, getattr(form, name).data or (None if name != "name" else ""))
    child.date_of_birth = form.date_of_birth.data
    child.is_unborn = form.is_unborn.data
    child.is_preverbal = form.is_preverbal.data


def _child_in_use(child, contents):
    entries = sum(1 for e in contents.experiences if e.child_id == child.id)
    dangers = sum(1 for d in contents.dangers if d.child_id == child.id)
    if not entries and not dangers:
        return None
    named = " and ".join(
        part
        for part in (
            f"{entries} entr{'y' if entries == 1 else 'ies'} about their experience"
            if entries
            else "",
            f"{dangers} danger{'' if dangers == 1 else 's'}" if dangers else "",
        )
        if part
    )
    return (
        f"{child.name} was not deleted: {named} name{'s' if entries + dangers == 1 else ''} "
        "them. Change or delete those first."
    )


CHILD = ItemEditor(
    blocks_delete=_child_in_use,
    section="people",
    model=Child,
    form_class=forms.ChildForm,
    apply=_apply_child,
    noun="child",
    new_item=lambda assessment, form: Child(assessment_id=assessment.id, name=""),
)


def _apply_adult(form, adult, contents):
    adult.name = form.name.data
    adult.relationship_to_child = form.relationship_to_child.data
    adult.lives_in_household = form.lives_in_household.data == "yes"
    adult.notes = _blank_to_none(form.notes.data)


ADULT = ItemEditor(
    section="people",
    model=Adult,
    form_class=forms.AdultForm,
    apply=_apply_adult,
    noun="adult",
    initial=lambda adult, contents: {
        "lives_in_household": "yes" if adult.lives_in_household else "no"
    },
    new_item=lambda assessment, form: Adult(
        assessment_id=assessment.id, name="", relationship_to_child=""
    ),
)


# Facts
def _apply_fact(form, fact, contents):
    fact.occurred_on = form.occurred_on.data
    fact.date_precision = form.stored_precision()
    fact.children = _concerned(form, contents)
    fact.what_happened = form.what_happened.data
    fact.source = form.source.data
    fact.how_known = HowKnown(form.how_known.data)
    fact.corroborated = CORROBORATION[form.corroborated.data]
    fact.category = form.category.data
    fact.is_historic = form.is_historic.data


def _new_fact(assessment, form):
    return Fact(
        assessment_id=assessment.id,
        number=items.next_number(Fact, assessment.id),
        occurred_on=form.occurred_on.data,
        date_precision=form.stored_precision(),  # "Not known" goes with no date
        what_happened="",
        source="",
        how_known=HowKnown(form.how_known.data),
    )


def _concerned(form, contents):
    """The children a fact concerns; none listed means all of them (also when every child is
    ticked), so a child added later is not left out of it."""
    if form.child_ids is None:
        return []
    chosen = [child for child in contents.children if str(child.id) in form.child_ids.data]
    return [] if len(chosen) == len(contents.children) else chosen


def _setup_fact(form, contents):
    """Which children it concerns is asked only when there is a choice; a new fact starts with
    every child ticked."""
    if len(contents.children) < 2:
        del form.child_ids
        return
    form.child_ids.choices = [(str(child.id), child.name) for child in contents.children]
    if form.child_ids.data is None and not form.is_submitted():
        form.child_ids.data = [value for value, _name in form.child_ids.choices]


def _fact_answers(fact, contents):
    live = {child.id for child in contents.children}
    concerned = [str(child.id) for child in fact.children if child.id in live]
    answers = {
        "corroborated": CORROBORATION_ANSWER[fact.corroborated],
        "child_ids": concerned or [str(child_id) for child_id in sorted(live)],
    }
    if not labels.source_given(fact.source):
        # An import stored a placeholder for a source the document did not give: the box is
        # left empty for the worker to fill in, never offered the placeholder as a source.
        answers["source"] = ""
    return answers


FACT = ItemEditor(
    section="facts",
    model=Fact,
    form_class=forms.FactForm,
    apply=_apply_fact,
    setup=_setup_fact,
    new_item=_new_fact,
    noun="fact",
    initial=_fact_answers,
)


# The child's experience
def _apply_experience(form, experience, contents):
    experience.child_id = int(form.child_id.data)
    experience.kind = ExperienceKind(form.kind.data)
    experience.text = form.text.data
    experience.heard_on = form.heard_on.data
    experience.how_heard = _blank_to_none(form.how_heard.data)
    experience.what_was_done = _blank_to_none(form.what_was_done.data)


EXPERIENCE = ItemEditor(
    section="child",
    model=ChildExperience,
    form_class=forms.ExperienceForm,
    apply=_apply_experience,
    setup=_child_choices,
    noun="entry",
    initial=lambda experience, contents: {"child_id": str(experience.child_id)},
    new_item=lambda assessment, form: ChildExperience(
        assessment_id=assessment.id,
        child_id=int(form.child_id.data),
        kind=ExperienceKind(form.kind.data),
        text="",
    ),
)


# Analysis
def _setup_analysis(form, contents):
    form.cites.choices = _fact_choices(contents) + [
        (
            choice(ItemKind.EXPERIENCE, e.id),
            f"{contents.ref(ItemKind.EXPERIENCE, e.id)}: {_short(e.text)}",
        )
        for e in contents.experiences
    ]
    form.contradicted_by.choices = _fact_choices(contents)


def _apply_analysis(form, statement, contents):
    statement.meaning_for_child = form.meaning_for_child.data
    statement.alternative_explanation = _blank_to_none(form.alternative_explanation.data)
    statement.reasoning = _blank_to_none(form.reasoning.data)
    statement.is_pattern = form.is_pattern.data
    items.set_links(
        statement.assessment_id,
        ItemKind.ANALYSIS,
        statement.id,
        LinkRole.SUPPORTS,
        parse_choices(form.cites.data),
    )
    items.set_links(
        statement.assessment_id,
        ItemKind.ANALYSIS,
        statement.id,
        LinkRole.CONTRADICTS,
        parse_choices(form.contradicted_by.data),
    )


ANALYSIS = ItemEditor(
    section="analysis",
    model=AnalysisStatement,
    form_class=forms.AnalysisForm,
    apply=_apply_analysis,
    setup=_setup_analysis,
    noun="analysis statement",
    initial=lambda statement, contents: {
        "cites": _current(contents, ItemKind.ANALYSIS, statement.id, LinkRole.SUPPORTS),
        "contradicted_by": _current(
            contents, ItemKind.ANALYSIS, statement.id, LinkRole.CONTRADICTS
        ),
    },
    new_item=lambda assessment, form: AnalysisStatement(
        assessment_id=assessment.id,
        meaning_for_child="",
        number=items.next_number(AnalysisStatement, assessment.id),
    ),
)


# Risk
def _apply_danger(form, danger, contents):
    danger.child_id = int(form.child_id.data)
    danger.feared_outcome = form.feared_outcome.data
    danger.probability = Probability(form.probability.data) if form.probability.data else None
    danger.probability_reasoning = _blank_to_none(form.probability_reasoning.data)


DANGER = ItemEditor(
    section="risk",
    model=Danger,
    form_class=forms.DangerForm,
    apply=_apply_danger,
    setup=_child_choices,
    noun="danger",
    initial=lambda danger, contents: {"child_id": str(danger.child_id or "")},
    new_item=lambda assessment, form: Danger(
        assessment_id=assessment.id,
        feared_outcome="",
        number=items.next_number(Danger, assessment.id),
    ),
)


def _factor_editor(kind):
    def setup(form, contents):
        form.cites.choices = _fact_choices(contents) + _analysis_choices(contents)

    def apply(form, factor, contents):
        factor.text = form.text.data
        if hasattr(form, "how_to_fill"):
            factor.how_to_fill = _blank_to_none(form.how_to_fill.data)
        items.set_links(
            factor.assessment_id,
            ItemKind.RISK_FACTOR,
            factor.id,
            LinkRole.SUPPORTS,
            parse_choices(form.cites.data),
        )

    def danger_asked_for(assessment):
        danger_id = request.args.get("danger", "")
        danger = items.item_or_none(
            Danger, assessment.id, int(danger_id) if danger_id.isdigit() else None
        )
        return danger if danger is not None else abort(404)

    def new_item(assessment, form):
        danger = danger_asked_for(assessment)
        return RiskFactor(assessment_id=assessment.id, danger_id=danger.id, kind=kind, text="")

    def initial(factor, contents):
        return {"cites": _current(contents, ItemKind.RISK_FACTOR, factor.id, LinkRole.SUPPORTS)}

    return ItemEditor(
        section="risk",
        model=RiskFactor,
        form_class=forms.GapForm if kind == RiskFactorKind.INFORMATION_GAP else forms.FactorForm,
        apply=apply,
        setup=setup,
        new_item=new_item,
        noun=FACTOR_NOUNS[kind],
        initial=initial,
        accepts=lambda factor: factor.kind == kind,
        check_new=danger_asked_for,
    )


FACTOR_NOUNS = {
    RiskFactorKind.HAZARD: "hazard",
    RiskFactorKind.STRENGTH: "strength",
    RiskFactorKind.INFORMATION_GAP: "information gap",
    RiskFactorKind.METHOD: "method",
}
FACTORS = {kind.value: _factor_editor(kind) for kind in RiskFactorKind}


# Recommendations
def _setup_recommendation(form, contents):
    form.answers.choices = [
        (choice(ItemKind.DANGER, d.id), f"{d.reference}: {_short(d.feared_outcome)}")
        for d in contents.dangers
    ] + _analysis_choices(contents)
    form.fills.choices = [
        (
            choice(ItemKind.RISK_FACTOR, f.id),
            f"{contents.ref(ItemKind.RISK_FACTOR, f.id)}: {_short(f.text)}",
        )
        for f in contents.factors
        if f.kind == RiskFactorKind.INFORMATION_GAP
    ]


def _apply_recommendation(form, recommendation, contents):
    recommendation.action = form.action.data
    recommendation.objective_for_child = _blank_to_none(form.objective_for_child.data)
    recommendation.reason = _blank_to_none(form.reason.data)
    recommendation.who = _blank_to_none(form.who.data)
    recommendation.by_when = form.by_when.data
    recommendation.how_we_will_know = _blank_to_none(form.how_we_will_know.data)
    for role, field in ((LinkRole.ANSWERS, form.answers), (LinkRole.FILLS, form.fills)):
        items.set_links(
            recommendation.assessment_id,
            ItemKind.RECOMMENDATION,
            recommendation.id,
            role,
            parse_choices(field.data),
        )


RECOMMENDATION = ItemEditor(
    section="recommendations",
    model=Recommendation,
    form_class=forms.RecommendationForm,
    apply=_apply_recommendation,
    setup=_setup_recommendation,
    noun="recommendation",
    initial=lambda recommendation, contents: {
        "answers": _current(contents, ItemKind.RECOMMENDATION, recommendation.id, LinkRole.ANSWERS),
        "fills": _current(contents, ItemKind.RECOMMENDATION, recommendation.id, LinkRole.FILLS),
    },
    new_item=lambda assessment, form: Recommendation(
        assessment_id=assessment.id,
        action="",
        number=items.next_number(Recommendation, assessment.id),
    ),
)


# Every editor with its endpoint prefix and address under the assessment: the journey's views
# register new / edit / delete / restore routes for each (a new kind of item is one line here).
EDITORS = {
    "child_record": (CHILD, "children"),
    "adult": (ADULT, "adults"),
    "fact": (FACT, "facts"),
    "experience": (EXPERIENCE, "experiences"),
    "analysis": (ANALYSIS, "analysis-statements"),
    "danger": (DANGER, "dangers"),
    "recommendation": (RECOMMENDATION, "recommendations"),
    **{f"factor_{kind}": (editor, f"dangers/factors/{kind}") for kind, editor in FACTORS.items()},
}
