"""Vague recommendations: hedged ("consider", "if appropriate"), either/or, or with nothing that
would let anyone tell whether it happened: no timescale, no measure, and no one named to do a
concrete action.

A measure (how we will know) makes a recommendation checkable on its own. A timescale or a named
person is enough only when what is to be done is concrete ("Mr Johal to meet Lacy and Sam by
Friday"), not when it is itself vague ("Mum to engage with services", "monitor the situation
by March").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assist.language import lexicon, tag
from assist.language.lexicons import LEXNAMES
from assist.rubric import settings as s
from assist.rubric.text import (
    CALENDAR,
    DATE,
    FIGURE,
    ON_A_DAY,
    QUOTE,
    WHEN,
    names_a_part,
    sentences,
)
from assist.rubric.view import Hit
from assist.rubric.wordlists import HEDGING_ADVERBS, PARTICLES, PERSONS_DOING, Terms, tokens_of

SETTINGS = {
    "hedges": s.words(),  # consider, if appropriate, as needed, ...
    "vague_actions": s.words(),  # engage, support, monitor, improve, ...: processes, not acts
    "roles": s.words(),  # doers WordNet does not know: SENCO, IRO, CAMHS, ...
    "timescales": s.words(),  # weekly, daily, immediately, ...
    "measures": s.words(),  # compared with, in line with, score, scale, ...
    "vague_objects": s.words(),  # shell nouns (situation, issues, needs): nothing to check
    # "Will not argue", "no more drinking": a goal that is only an absence (the "dead man's goal").
    "absence": s.words(),
    "instead": s.words(),  # instead, rather than: the absence comes with what will happen
    # A goal that is a state, not something done: "to feel safe", "be happy".
    "state_verbs": s.words(),
    # A change or social process done to something abstract: "achieve their potential",
    # "improve his literacy" (WordNet's classes of the verb's and the noun's commonest sense).
    "process_classes": s.choices(LEXNAMES),
    # WordNet verbs of beginning, completing, bringing up to date and confirming (start,
    # finish, update, verify, convene): a task begun, completed, updated or confirmed is seen
    # done.
    "aspect_roots": s.words(default=("begin", "complete", "update", "confirm", "convene")),
    # Holding an event, which WordNet files under keeping and having ("hold the review",
    # "chair the meeting", "book the appointment"): walking "hold" would bring 200 verbs.
    "task_verbs": s.words(default=("hold", "chair", "book", "attend", "sit")),
    "abstract_classes": s.choices(LEXNAMES),
    # Nouns that name a degree to reach: given only a rating ("an acceptable standard", "in a
    # better state", "in a good condition"), none.
    "standards": s.words(default=("standard", "level", "state", "condition")),
    "person_classes": s.choices(LEXNAMES, default=("noun.person", "noun.group")),  # who can act
    # When, left open ("at some point", "in due course").
    "open_times": s.words(default=()),
    # Someone told whether it happened ("to confirm whether she attended"): how we will know,
    # when it is also said by when.
    "reports": s.words(default=()),
}
PLACEHOLDERS = frozenset({"term", "problem"})

# ("If either is missing or out of date": "either" of two things, no choice offered.)
_EITHER_OR = re.compile(
    # (Not past ", and": "no evidence that either parent intends..., and the police or...".)
    r"\beither\b(?!\s+(?:is|are|was|has|of)\b)(?:(?!,\s+and\b)[^.;]){0,200}?\bor\b|\band\s*/\s*or\b|\bor\s+alternatively\b",
    re.I,
)
# A clause of when or if, open up to the choice: "only once Mia is either in the bathroom or
# behind the gate" sets a condition with two ways of meeting it; no choice is left open.
_A_CONDITION = re.compile(
    r"\b(?:once|if|when|whenever|unless|until|whether|while|provided)\b[^,;.:]*$", re.I
)
_TIME_WORD = (
    r"(?:\d|next|end|the\s+end|mid|half[- ]term|christmas|easter|summer|autumn|spring|winter|"
    r"year\s+\d|week\s+\d|term|the\s+(?:next|review|conference|core\s+group|meeting|hearing))"
)
_TIMESCALE = re.compile(
    rf"\b(?:by|before|until|no\s+later\s+than|starting|from|on)\s+(?:the\s+)?{_TIME_WORD}"
    # A time of the year: "during the winter break", "over the summer".
    r"|\b(?:during|over)\s+(?:the\s+)?(?:christmas|easter|summer|autumn|spring|winter|"
    r"half[- ]term)\b"
    r"|\bwithin\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|the\s+next)\b"
    # A span from now: "in twelve months", "over the next 8 weeks".
    r"|\b(?:in|over|during)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:days?|weeks?|months?|years?|fortnights?|terms?)\b"
    r"|\b(?:every|each)\s+(?:\d+\s+)?(?:\w+\s+)?(?:day|week|month|term|visit|session|morning|"
    r"evening|night|fortnight|school\s+day|\w+day)s?\b"
    # An occasion that comes round: "on my Monday visit".
    r"|\bon\s+(?:my|her|his|their|our|the)\s+\w+day\s+(?:visits?|sessions?|calls?)\b"
    r"|\b(?:once|twice|\w+\s+times)\s+(?:a|per|each)\s+\w+"
    r"|\bper\s+(?:day|week|month|term)\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    # Bound to an event: "by the time she turns 18".
    r"|\bby\s+the\s+time\s+(?!it\b)\w+\s+(?!is\b|are\b|gets?\b|feels?\b|needs?\b)\w+",
    re.I,
)
# A named tool or programme: "using the SEN Feeling Chart", "through the Freedom Programme".
# ("With" names a partner, not a method: "engage with YOT" is as vague as "engage".)
_NAMED_TOOL = re.compile(r"\b(?:using|via|through)\s+(?:the\s+|a\s+|an\s+)?[A-Z]\w+")
# Verbs that take "to" at the start of an instruction: "Continue to monitor" names no one.
_VERBS_BEFORE_TO = frozenset(
    [
        "continue",
        "try",
        "need",
        "aim",
        "seek",
        "want",
        "wish",
        "agree",
        "refer",
        "go",
        "attempt",
        "plan",
        "work",
        "begin",
        "start",
        "hope",
        "expect",
        "commit",
        "listen",
        "talk",
        "speak",
        "return",
        "move",
        "come",
        "get",
        "ensure",
        "remember",
    ]
)


@dataclass(frozen=True)
class Prepared:
    hedges: Terms
    vague_actions: Terms
    roles: Terms
    timescales: Terms
    measures: Terms
    reports: Terms
    open_times: Terms
    vague_objects: Terms
    absence: Terms
    instead: Terms
    state_verbs: frozenset
    process_classes: frozenset
    aspectual: frozenset
    standards: frozenset
    abstract_classes: frozenset
    person_classes: frozenset


_WORD_SETTINGS = ("hedges", "vague_actions", "roles", "timescales", "measures", "vague_objects")


def prepare(settings) -> Prepared:
    lexicon("wordnet")
    return Prepared(
        **{
            name: Terms(settings[name])
            for name in (*_WORD_SETTINGS, "absence", "instead", "reports", "open_times")
        },
        state_verbs=frozenset(settings["state_verbs"]),
        process_classes=frozenset(settings["process_classes"]),
        aspectual=lexicon().verbs_under(settings["aspect_roots"]) | set(settings["task_verbs"]),
        standards=frozenset(settings["standards"]),
        abstract_classes=frozenset(settings["abstract_classes"]),
        person_classes=frozenset(settings["person_classes"]),
    )


def clear_caches():
    _where_words_start.cache_clear()
    _units.cache_clear()


def find(view, prepared: Prepared, sections):
    for entry in view.fields(sections, names=("action", "text")):
        if entry.kind not in ("recommendation", "loose"):
            continue
        yield from judge(prepared, entry.section, entry.item, entry.name, entry.text, entry.owner)


def _hedge(prepared, text, tokens):
    """The hedge that leaves the recommendation open, as (token index, length), or None: the
    first of them that is not excused ("...consider the report, if appropriate" is hedged)."""
    return next(
        (hedge for hedge in prepared.hedges.find(tokens) if _hedges(prepared, text, tokens, hedge)),
        None,
    )


# A phrase of how something will be done, set off by a comma, just before a hedge that is then
# its own: ", in his words where possible".
_A_MANNER_BEFORE = re.compile(
    r",\s+(?:in|using)\s+(?:his|her|their|your|our|the|a)\s+(?:own\s+)?(?:[\w'-]+\s+){1,3}$"
)


def _hedges(prepared, text, tokens, hedge) -> bool:
    """Whether the hedge found at ``hedge`` leaves the recommendation open."""
    if _an_aim(text, tokens, hedge[0]):
        return False  # "will see Reece in clinic within four weeks to look into his weight loss"
    if hedge[0] and tokens[hedge[0] - 1][2] in ("have", "has", "had"):
        return False  # "We have considered every other option": done, not left open
    if any(word in _TOLD for _b, _e, word in tokens[max(0, hedge[0] - 4) : hedge[0]]):
        return False  # "she told the assessor she could not manage": what was said
    if any(word in _ASKED for _b, _e, word in tokens[max(0, hedge[0] - 3) : hedge[0]]):
        return False  # "who rang asking to be considered as a carer": what someone asked
    after = hedge[0] + hedge[1]
    if tokens[after - 1][2] == "required" and after < len(tokens) and tokens[after][2] == "by":
        return False  # "as required by his court curfew": a requirement named, not left open
    if hedge[0] and tokens[hedge[0] - 1][2] == "under":
        return False  # "has two families under consideration": where things stand
    if hedge[1] == 1 and _owned(tokens, hedge[0]) and _a_person_next(tokens, hedge[0]):
        return False  # "his appropriate adult": someone's, already there, not yet to be found
    if _after_what_is_done(text, tokens, hedge[0]) or (
        # "write up his views, in his words where possible": how it is done, not whether
        hedge[1] > 1 and _A_MANNER_BEFORE.search(text, 0, tokens[hedge[0]][0])
    ):
        return False  # "...stay drug-free for six months before the court will consider it"
    if (
        tokens[hedge[0]][2] == "could"
        and tokens[hedge[0] + 1 : hedge[0] + 2]
        and tokens[hedge[0] + 1][2] == "you"
    ):
        return False  # "please could you book an interpreter": a request, made
    if _quoted(text, tokens[hedge[0]][0]) or _a_role_at(prepared, tokens, hedge[0]):
        return False  # 'he said "maybe"': someone's word; "the appropriate adult": a role
    if _what_is_told_whether(tokens, hedge[0]):
        return False  # "a report setting out whether he could change": what it will answer
    if tokens[hedge[0]][2] in HEDGING_ADVERBS and not _on_the_verb(tokens, hedge[0]):
        return False  # "to discuss what is probably post-natal depression": not the action
    if tokens[hedge[0]][2] == "possible" and not (
        hedge[0] == 0 or hedge[0] == 1 and tokens[0][2] in ("a", "an", "any")
    ):
        # Only a note's "Possible referral to CAMHS" leaves its act open ("make it possible",
        # "the earliest possible date" and "discuss a possible move" do not).
        return False
    if _on_a_counted_condition(text, tokens[hedge[0]][0]):
        return False  # "...will be considered if Aroha has attended at least 10 of 12 visits"
    # "The hui will consider the facilitator's report": a record, read.
    return not (tokens[hedge[0]][2] == "consider" and _a_record_considered(tokens, hedge[0]))


# A condition's opening word.
_CONDITION = re.compile(r"\b(?:if|once|provided(?:\s+that)?|as\s+long\s+as)\b", re.IGNORECASE)
# A count a condition can be checked by: how many times, sessions or days ("at least 10 of the
# 12 visits", "for eight weeks", "90%"); an age ("Leo (7)") or a number of people is none.
_A_COUNT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\w+\s+)?"
    r"(?:times|sessions?|visits?|appointments?|nights?|days?|weeks?|months?|hours?|tests?"
    r"|screens?)\b|\b\d+\s*(?:%|of\b)",
    re.IGNORECASE,
)
# How far a condition's clause is read (a run-on sentence is not read to its end for each "if").
_CONDITION_REACH = 200


def _on_a_counted_condition(text, at) -> bool:
    """The hedge at the character ``at`` hangs on a condition in its own clause that anyone
    could check, with a count or a day in it: "If he attends every session on time for eight
    weeks (to 5 February), we will... consider a community venue" is a decision rule, not a
    hedge ("If things do not improve, we will consider further action" is one; so is "consider
    a referral, and if Leo misses 3 days the school will call", whose condition is the
    school's)."""
    begin, end = next(((b, e) for b, e in _units(text) if b <= at < e), (0, len(text)))
    for match in _CONDITION.finditer(text, begin, end):
        between = text[min(match.start(), at) : max(match.start(), at)]
        if ";" in between or re.search(r",\s*(?:and|but)\b", between):
            continue
        reach = text[match.end() : min(end, match.end() + _CONDITION_REACH)]
        clause = re.split(r"[,;]|\bthen\b", reach, maxsplit=1)[0]
        if _A_COUNT.search(clause) or ON_A_DAY.search(clause):
            return True
    return False


def _a_record_considered(tokens, index) -> bool:
    """What "consider" at ``index`` takes is a record, in its phrase before any "to", "for" or
    "whether": "will consider the facilitator's final report" (not "consider a referral")."""
    for position, (_start, _end, word) in enumerate(tokens[index + 1 : index + 7]):
        if word in ("to", "for", "whether", "if", "how", ",", ".", ";", "and") or (
            position == 0 and word.endswith("ing")  # "consider accessing a programme"
        ):
            return False
        if lexicon().first_class(word, "n") == "noun.communication":
            return True
    return False


def _quoted(text, at) -> bool:
    """Whether the character at ``at`` is inside quotation marks."""
    return any(match.start() < at < match.end() for match in QUOTE.finditer(text))


def _a_role_at(prepared, tokens, index) -> bool:
    """A role's name covers the token at ``index``: "the appropriate adult"."""
    return any(start <= index < start + length for start, length in prepared.roles.find(tokens))


def _on_the_verb(tokens, index) -> bool:
    """The adverb at ``index`` hedges what is to be done, not what something is ("to discuss
    what is probably post-natal depression")."""
    return not (index and tokens[index - 1][2] in ("is", "are", "was", "were", "be"))


# Subordinators of time that put what follows after what is recommended: what someone else
# will then decide is not the recommendation's hedge.
_THEN = frozenset({"before", "until", "after"})


def _after_what_is_done(text, tokens, index) -> bool:
    """The hedge at ``index`` is in a clause of time after the recommendation: "before the
    court will consider reunification"."""
    for position in range(index - 1, 0, -1):
        if text[tokens[position][1] : tokens[position + 1][0]].strip(" "):
            return False  # punctuation between: the clause began later
        if tokens[position][2] in _THEN:
            return True
    return False


def _a_person_next(tokens, index) -> bool:
    """The word after ``index`` is a kind of person ("adult"), as WordNet has it."""
    return index + 1 < len(tokens) and lexicon().first_class(tokens[index + 1][2], "n") == (
        "noun.person"
    )


def _owned(tokens, index) -> bool:
    """The word at ``index`` follows a possessive ("his", "Abel's"), or a count or a noun that
    says which ("all five volunteer appropriate adults"): people already there."""
    if index == 0:
        return False
    before = tokens[index - 1][2]
    return (
        before in ("his", "her", "their", "my", "your", "our")
        or before.endswith(("'s", "’s"))
        or FIGURE.fullmatch(before) is not None
        or lexicon().first_class(before, "n") == "noun.person"
    )


def judge(prepared, section, item, field, text, owner=None):
    if text.rstrip().endswith(":") and not _proposes(text):
        return  # "Early help plan, Okafor family, agreed 2 December 2026:": what the list is
    whole = list(_judge(prepared, section, item, field, text, owner))
    if whole:
        yield from whole
        return
    spans = _units(text)
    if len(spans) < 2:
        return
    for begin, end in spans:
        if not _proposes(text[begin:end]):
            continue  # "Mr Ruiz has been violent", "Their references are positive": grounds
        for hit in _judge(prepared, section, item, field, text[begin:end], owner, alone=False):
            if hit.detail.get("term"):
                yield Hit(
                    section, item, field, begin + hit.start, begin + hit.end, text, hit.detail
                )
                return


# What opens an aim or a reason: what follows is what the action is for, or why.
_AIM_OR_REASON = re.compile(
    r"\b(?:the\s+aim\s+is|aim\s+is\s+(?:that|for)|so\s+that|in\s+order\s+that|because|"
    r"the\s+reason\s+(?:for\s+\w+\s+\w+\s+)?is)\b",
    re.IGNORECASE,
)
# A bullet inside a paragraph: " - Nursery to...", " • Mum to...".
_BULLET = re.compile(r"\s[-–•*]\s+(?=\S)")


@lru_cache(maxsize=64)
def _units(text):
    """(start, end) of each sentence, and of each bulleted part of one."""
    units = []
    for begin, end in sentences(text):
        for part in _BULLET.finditer(text, begin, end):
            units.append((begin, part.start()))
            begin = part.end()
        units.append((begin, end))
    return tuple((begin, end) for begin, end in units if begin < end)


# Modals that say what is to be done (not "can" or "may", what could be).
_TO_BE_DONE = frozenset({"will", "shall", "should", "must", "'ll", "wo"})
# Every modal: "the sleep diary will be looked at" has no object in "will".
_MODALS = _TO_BE_DONE | {"would", "can", "could", "may", "might"}


def _proposes(text) -> bool:
    """The sentence says what is to be done: a modal of the future or of duty before a verb
    ("I will visit", "Mum should not"), a plan's "Ms Cole to book" or "needs to", or an
    order ("Book the interpreter"); not what was or is ("Mr Ruiz has been violent", "Both
    assessments were negative") nor a heading ("Early help plan: the Hassan family")."""
    tagged = tag(text).tokens
    for index, token in enumerate(tagged):
        following = next(
            (t for t in tagged[index + 1 : index + 4] if t.tag not in ("RB", "RBR")), None
        )
        if following is None or not (
            following.tag == "VB"
            # "Ms Pryce to work on...": after "to", a word that can be a verb is one.
            or token.word == "to"
            and lexicon().known(following.word, "v")
        ):
            continue
        if (
            token.tag == "MD"
            and token.word in _TO_BE_DONE
            or (
                _a_plans_to(tagged, index)
                and not text[following.start].isupper()  # "Skills to Foster"
            )
        ):
            return True
    words = [t for t in tagged if t.tag not in ("CD", "LS", ".", ":", "-NONE-")]
    return bool(words) and words[0].tag == "VB" and words[1:2] != [] and words[1].word != "of"


# Words before "to" that make what follows a duty: "needs to", "is to", "agreed to".
_DUTY = frozenset({"need", "needs", "has", "have", "is", "are", "agreed", "agrees", "ought"})


def _a_plans_to(tagged, index) -> bool:
    """The "to" at ``index`` sets out what someone is to do: after whoever will do it ("Ms
    Cole to book", "Yusuf (4) to sleep") or a word of duty ("needs to attend"); not after
    another verb ("continues to let him stay") nor in a purpose ("for the children to remain
    safe")."""
    if tagged[index].word != "to" or not index:
        return False
    before = tagged[index - 1]
    if before.word == "order" and index > 1 and tagged[index - 2].word == "in":
        return False  # "in order to protect Maya": what it is for
    if before.word in _DUTY:
        return True
    if before.tag not in ("NN", "NNS", "NNP", "NNPS", "PRP", ")", "-RRB-"):
        return False
    return not any(t.word == "for" for t in tagged[max(0, index - 4) : index])


def _an_absence_goal(prepared, text, tokens):
    """(token index, length) of what the recommendation says will stop or not happen, or None:
    not a name ("the Stop Smoking Service"), a limit ("no more than two units"), an end on a
    condition ("to stop when Ms Hughes is doing it every day"), nor what an aim or a reason
    says stops ("the aim is that Maya no longer hears shouting", "because she cannot stop it
    on her own": what it is for, or why, not what will be done)."""
    absence = prepared.absence.search(tokens)
    if absence is None:
        return None
    after = absence[0] + absence[1]
    if (
        _in_a_title(text, tokens, absence[0])
        or _a_limit(text, tokens, after)
        or tokens[after : after + 1]
        and tokens[after][2] in ("when", "once", "after")
        or _AIM_OR_REASON.search(text, 0, tokens[absence[0]][0])
    ):
        return None
    return absence


def _judge(prepared, section, item, field, text, owner=None, alone=True):
    tokens = tokens_of(text)

    def on_words(found, problem):
        """A finding about the words found (token index, length): problem(term) says why."""
        index, length = found
        begin, end = tokens[index][0], tokens[index + length - 1][1]
        term = text[begin:end]
        return Hit(section, item, field, begin, end, text, {"term": term, "problem": problem(term)})

    hedge = _hedge(prepared, text, tokens)
    if hedge is not None:
        yield on_words(
            hedge,
            lambda term: f"'{term}' leaves it open whether this will happen; say what will be done",
        )
        return
    either = _EITHER_OR.search(text)
    if either is not None and not _A_CONDITION.search(text, 0, either.start()):
        yield Hit(
            section,
            item,
            field,
            either.start(),
            either.end(),
            text,
            {
                "term": either.group(),
                "problem": "it offers a choice; say which one you recommend and why",
            },
        )
        return
    absence = _an_absence_goal(prepared, text, tokens) if alone else None
    if (
        absence is not None
        and prepared.instead.search(tokens) is None
        and not _done_as_well(text, tokens, absence)
    ):
        yield on_words(
            absence,
            lambda term: (
                f"'{term}' says only what will stop; say what will be done instead, "
                "by whom, and how you will know"
            ),
        )
        return
    has_when = bool(
        getattr(owner, "by_when", None)
        or _TIMESCALE.search(text)
        or DATE.search(text)
        or prepared.timescales.in_text(text)
    )
    open_time = prepared.open_times.search(tokens)
    if open_time is not None and not has_when:
        # "At some point", "in due course" ("some time before 30 June" says by when).
        yield on_words(open_time, lambda term: f"'{term}' leaves it open when; say by when")
        return
    has_measure = bool(
        (getattr(owner, "how_we_will_know", "") or "").strip()
        or _a_measure(text)
        or _NAMED_TOOL.search(text)
        or prepared.measures.in_text(text)
        or (has_when and prepared.reports.in_text(text))
    )
    if has_measure:
        return
    unseen = _a_goal_unseen(prepared, text, tokens)
    rated = None if unseen else _rated_standard(prepared, text)
    unseen = unseen or rated or (None if has_when else _compared(text))
    if unseen is not None and _A_DECISION_ASKED.search(text):
        return  # "The panel recommends that the placement is a good match": its decision
    vague = unseen or _vague_action(prepared, text, tokens)
    # A date makes a concrete action checkable ("attendance to be monitored daily"), not a vague
    # action on a vague object: "monitor the situation by 1 March" still cannot be seen to have
    # happened.
    if has_when:
        vague = unseen or _vague_throughout(prepared, text, tokens, vague)
        if vague is None:
            return
    has_who = bool((getattr(owner, "who", "") or "").strip()) or _names_someone(
        prepared, text, tokens
    )
    if vague is None and (has_who and _anchored(text) or _a_decision(text)):
        return
    missing = [
        part for part, given in (("who will do it", has_who), ("by when", has_when)) if not given
    ] + ["how you will know it has happened"]
    if vague is not None:
        index, length = vague
        term = text[tokens[index][0] : tokens[index + length - 1][1]]
        if vague == rated:
            # What will be seen when it is met is how anyone will know.
            problem = (
                f"'{term}' does not say what standard; describe what will be seen when it is met"
            )
            if missing[:-1]:
                problem += ", and say " + _joined(missing[:-1], "and")
        else:
            problem = f"'{term}' is not something anyone can see done; say " + _joined(
                ["what will be done", *missing], "and"
            )
    else:
        term = ""
        problem = "it does not say " + _joined(missing, "or")
    yield Hit(section, item, field, 0, len(text), text, {"term": term, "problem": problem})


def _a_goal_unseen(prepared, text, tokens):
    """A goal no one could see reached, unless it is the aim or the outcome of what will be
    done: "will meet Tayla every Tuesday to work on managing her anger"; "..., so that Tyler
    and Amelia are safe" (the outcome for the child, which another criterion asks for)."""
    unseen = _unseen_goal(prepared, text)
    if unseen is not None and (
        _an_aim(text, tokens, unseen[0]) or _outcome(text, tokens, unseen[0])
    ):
        return None
    return unseen


def _a_decision(text) -> bool:
    """ "The panel is asked to recommend that the placement continues", "I recommend that the
    court makes...": a decision asked of a court or a panel, whose terms are its own; "that
    the children are made subject to child protection plans", "continue to live with their
    mother": where a child stands, which the conference or court decides."""
    return bool(_A_DECISION_ASKED.search(text) or _A_STANDING.search(text))


# A court, a panel or a conference asked to decide: what is recommended is its decision.
_A_DECISION_ASKED = re.compile(
    r"\b(?:the\s+)?(?:court|panel|conference|tribunal|bench|judge|magistrates)\s+"
    r"(?:is\s+(?:asked|invited|requested)\s+to|to|should|makes?|approves?|grants?|agrees?"
    r"|recommends?)\b"
    r"|\b(?:invites?|asks?|requests?)\s+the\s+(?:court|panel|conference|tribunal)\b",
    re.IGNORECASE,
)


# Where a child stands in law or in care, recommended as a decision.
_A_STANDING = re.compile(
    r"\bsubject\s+to\s+(?:an?\s+)?(?:\w+\s+){0,3}(?:plans?|orders?)\b"
    r"|\b(?:live|lives|living|remain|remains|stay|stays)\s+(?:with|in\s+the\s+care\s+of)\b"
    r"|\bplaced\s+(?:with|in)\b",
    re.IGNORECASE,
)


_ANCHOR = re.compile(
    # Where, when, on what condition or for what it will be done, or a named thing to do it
    # with: what makes "attend" checkable ("at the Oak Centre", "when Dad feels angry", "so
    # that", "the Freedom Programme").
    # ("Look after herself" is to care, not a time.)
    r"\b(?:at|in|on(?!\s+time\b)|during|(?<!look )(?<!looks )(?<!looking )after|before|when"
    r"|whenever|if|once|while|so that"
    r"|in order to)\s"
    # (Not for whom: "identify a safe adult for Kofi" says no more of how than "for him".)
    r"|\w(?<!\bfor)\s+[A-Z][a-z]|\w\s+the\s+[A-Z][a-z]",
)


def _a_measure(text) -> bool:
    """A figure that is not a date, a length of time, an age or a rule's number ("section
    20")."""
    undated = CALENDAR.sub(" ", text)
    return any(not names_a_part(undated, figure.start()) for figure in FIGURE.finditer(undated))


def _vague_action(prepared, text, tokens):
    """The first vague action (index, length) that is what will be done: not a noun ("a needs
    assessment", "the family support worker"), and not the aim or the means of a concrete
    action before it ("will meet Tayla every Tuesday to work on her anger", "will support her
    by helping her fill in the form")."""
    tagged = {token.start: token for token in tag(text).tokens}
    aims = _aims_opening(text)
    for index, length in prepared.vague_actions.find(tokens):
        after = index + length
        following = tagged.get(tokens[after][0]) if after < len(tokens) else None
        if following is not None and following.tag in ("NN", "NNS", "NNP") and length == 1:
            word = tagged.get(tokens[index][0])
            before = tagged.get(tokens[index - 1][0]) if index else None
            if (
                word is not None
                and word.tag in ("NN", "NNS")
                # A role's name ("the adoption support SW"); not "to support Mum".
                and (following.tag != "NNP" or (before is not None and before.tag == "NN"))
            ):
                continue  # a noun's modifier: "needs assessment", "support worker", "support SW"
        if _not_what_is_asked(text, tokens, index) or _a_review_held(
            prepared, text, tokens, index, after
        ):
            continue
        if _a_noun_in_a_list(text, tokens, tagged, index) or _a_things_name(tokens, tagged, index):
            continue  # "the name, address and phone number", "a continuous glucose monitor"
        if (
            length == 1
            and getattr(tagged.get(tokens[index][0]), "tag", "") == "NN"
            and WHEN.match(text, tokens[index][1] + 2)
        ):
            continue  # "Next review: 18 June": an occasion, dated
        word = tagged.get(tokens[index][0])
        if (
            word is not None
            and word.tag == "VBN"
            and after < len(tokens)
            and tokens[after][2] == "by"
            and index
            and tokens[index - 1][2] not in _PASSIVE
        ):
            continue  # "an order, supported by the support plan dated 4 March": what it comes with
        if text.count("(", 0, tokens[index][0]) > text.count(")", 0, tokens[index][0]):
            continue  # "Maria (family support) will...": who someone is, in brackets
        if (
            length == 1
            and index
            and tokens[index - 1][2] == "with"
            and getattr(tagged.get(tokens[index][0]), "tag", "") == "NN"
            and after < len(tokens)
            and tokens[after][2] == "from"
        ):
            continue  # "with support from his social worker, Priya Shah": who helps, named
        if (
            _an_aim(text, tokens, index)
            or _explained(tokens, after)
            or any(a <= tokens[index][0] < b for a, b in aims)
        ):
            continue
        if after + 1 < len(tokens) and tokens[after][2] == "to":
            # "Continue to monitor": the two together are what is vague.
            chained = next(
                (found for found in prepared.vague_actions.find(tokens, after + 1)), None
            )
            if chained is not None and chained[0] == after + 1:
                length = chained[0] + chained[1] - index
            elif tokens[index][2] in ("continue", "continues", "continued") and _A_STANDING.match(
                text, tokens[after + 1][0]
            ):
                continue  # "continue to live with Mum": where the child stands, decided
        return index, length
    return None


# Verbs that make someone what the noun after them names: "make Kai equipment monitor".
_MADE_INTO = frozenset({"make", "appoint", "name", "elect"})


def _a_things_name(tokens, tagged, index) -> bool:
    """The word at ``index`` heads a compound noun after a determiner: "a continuous glucose
    monitor", "the new baby monitor" (a thing to get, not an action)."""
    word = tagged.get(tokens[index][0])
    before = tagged.get(tokens[index - 1][0]) if index else None
    if before is None or before.tag not in ("NN", "NNS"):
        return False  # a compound's head ("glucose monitor"), not "the extra emotional support"
    following = tagged.get(tokens[index + 1][0]) if index + 1 < len(tokens) else None
    # (Whatever the tagger calls it: "a continuous glucose monitor by 3 May"; but "the nursery
    # monitor her weight" has its object, and is done.)
    if word is None or (
        following is not None and following.tag in ("DT", "PRP$", "PRP", "NNP", "NN", "NNS", "JJ")
    ):
        return False
    back = index - 1
    while back >= 0 and index - back <= 3:
        before = tagged.get(tokens[back][0])
        if tokens[back][2] in _DETERMINERS:
            return True  # (past the noun before it, at least: "a ... glucose monitor")
        if (
            before is not None
            and before.tag in ("NNP", "PRP")
            and back
            and {tokens[back - 1][2], *lexicon().lemmas(tokens[back - 1][2], "v")} & _MADE_INTO
        ):
            return True  # "will make Kai equipment monitor": a role he is given
        if before is None or before.tag not in ("JJ", "NN", "NNS", "VBN", "VBG"):
            return False  # ("the vibrating baby monitor")
        back -= 1
    return False


def _a_noun_in_a_list(text, tokens, tagged, index) -> bool:
    """The word at ``index`` is a noun after another noun and a comma or "and" (the tokens
    hold no punctuation): "the name, address and phone number"."""
    word = tagged.get(tokens[index][0])
    if word is None or word.tag not in ("NN", "NNS") or index < 1:
        return False
    before = index - 1
    if "," not in text[tokens[before][1] : tokens[index][0]]:
        if tokens[before][2] not in ("and", "or") or before < 1:
            return False
        before -= 1
    return getattr(tagged.get(tokens[before][0]), "tag", "") in ("NN", "NNS")


def _not_what_is_asked(text, tokens, index) -> bool:
    """The vague word at ``index`` names a thing ("by the review", "a GP review", "to the
    Family Support Service") or is what something named before does ("send it to the panel,
    which will review..."): not the action the recommendation asks for."""
    return (
        _after_determiner(text, tokens, index)
        or _an_occasion(tokens, index)
        or _after_of(tokens, index)
        or _ends_a_noun_phrase(text, tokens, index)
        or _in_a_name(text, tokens, index)
        or _of_a_relative_clause(text, tokens, index)
        or _what_is_told_whether(tokens, index)
    )


# How far back in its sentence what is asked may open: "whether there is any reason the
# assessment should not continue".
_WHETHER_REACH = 12


def _what_is_told_whether(tokens, index) -> bool:
    """The vague word is in what someone will say whether it is so ("she will tell me whether
    she wants to continue"): what is asked, not what will be done."""
    for back in range(index - 1, max(-1, index - _WHETHER_REACH), -1):
        if tokens[back][2] in (".", ";", "and", "but"):
            return False  # "...if she needs help and we will continue to monitor": a new clause
        if tokens[back][2] in ("whether", "if"):
            return back > 0 and tokens[back - 1][2] not in (",", "and")
    return False


def _title_case(text, tokens) -> bool:
    """Most words start with a capital, as some plans are typed ("Early Help To Support
    Family"): capitals there do not mark names."""
    capitals = sum(text[start].isupper() for start, _end, _word in tokens)
    return len(tokens) >= 3 and capitals * 3 >= len(tokens) * 2


def _of_a_relative_clause(text, tokens, index) -> bool:
    """The words at ``index`` are in a clause that says more of something named before it
    (", which will review the pattern", ", who will support her", "the review on 4 March,
    where we expect..."), in the same sentence."""
    before = text[: tokens[index][0]]
    opening = max(before.rfind(", which "), before.rfind(", who "), before.rfind(", where "))
    return opening > 0 and not _SENTENCE_END.search(before, opening + 2)


def _in_a_name(text, tokens, index, connector=False) -> bool:
    """The word at ``index`` is capitalised after a capitalised word of the same sentence: a
    part of a name ("Family Support Service", "Child Protection Review"), not what someone will
    do ("Action: Support Mum" starts anew after its colon). With ``connector``, the word is a
    name's small lower-case word ("in" of "Child in Need"), after a capitalised one."""
    if (
        index == 0
        or not (connector or text[tokens[index][0]].isupper())
        or _title_case(text, tokens)
    ):
        return False  # "Social Worker To Support Mum": every word capitalised says nothing
    if (
        index >= 2
        and tokens[index - 1][2] in ("in", "of", "for", "and", "the", "around")
        and not text[tokens[index - 1][0]].isupper()
        and _in_a_name(text, tokens, index - 1, connector=True)
    ):
        return True  # "Child in Need", "Team Around the Child": a name's small word between
    before_start, before_end = tokens[index - 1][0], tokens[index - 1][1]
    return (
        text[before_start].isupper()
        # A capital that opens the sentence says nothing, unless a capital after the name's
        # small word says it is a name: "Child in Need plan".
        and (connector or before_start > 0)
        and (connector or not re.search(r"(?:^|[.!?:;•*-])\s*$", text[:before_start]))
        and text[before_end : tokens[index][0]].strip() == ""
    )


def _an_aim(text, tokens, index) -> bool:
    """The words at ``index`` are the aim of a concrete action told before them in the same
    sentence: "to" or "so that" after a verb of doing, with a time or a count ("will see him
    in clinic within four weeks to look into..."): what will be done is the action before."""
    before = text[: tokens[index][0]]
    start = max(before.rfind(";"), before.rfind(". "))
    clause = before[start + 1 :]
    # (Or a second aim joined by "and": "to hear her views and understand her lateness".)
    aim = (
        re.search(r"\b(?:to|so that|in order to)\s+(?:\w+\s+){0,2}$", clause)
        or re.search(r"\b(?:to|so that|in order to)\s+(?:\w+\s+){1,5}and\s+$", clause)
        # "...so he can raise his worries": what someone will be able to do by it.
        # (Not a state to be in: "so he can be happier" is a goal no one could see reached.)
        or (
            re.search(r"\bso(?:\s+that)?\s+\w+\s+(?:can|could|will|would|may)\s+$", clause)
            if tokens[index][2] not in ("be", "feel", "become", "seem", "get")
            else None
        )
    )
    if aim is None:
        return False
    done = clause[: aim.start()]
    return bool(
        re.search(r"\b(?:will|to)\s+\w+", done)
        and (_TIMESCALE.search(done) or DATE.search(done) or FIGURE.search(done))
    )


# Verbs of taking a measure: what they are done to is a quantity, read off and written down.
_MEASURING = frozenset({"check", "measure", "weigh", "plot", "record", "test"})
_TOLD = frozenset({"told", "said", "says", "explained", "stated", "reported"})
_ASKED = frozenset({"asking", "asked", "asks", "applied", "applying"})
_AN_OPENING_AIM = re.compile(r"(?:^|[.:;]\s+)(To\s+[^,.;:]{3,80},)")


def _a_named_place(text, word, next_start) -> bool:
    """ "at Eastlake Behavioral Health", "run by Hill Street": the word joins what went before
    to a name, capitalised at ``next_start``."""
    return word in ("at", "with", "run") and text[next_start].isupper()


def _aims_opening(text):
    """The spans of aims a sentence opens with: "To keep Sofia safe while he builds his
    confidence, I recommend: ...": why, not what will be done."""
    return [match.span(1) for match in _AN_OPENING_AIM.finditer(text)]


def _outcome(text, tokens, index) -> bool:
    """The words at ``index`` follow "so that" or "in order that" after something to be done:
    the outcome the action is for; or "until", the state in which a timed stretch ends."""
    before = text[: tokens[index][0]]
    if re.search(r"\b(?:needed|necessary|enough)\s+for\s+(?:\w+\s+){1,3}to\s+$", before):
        return True  # "an order is needed for the children to remain safe": what it is for
    if re.search(r"\bfor\s+(?:a\s+few|\w+)\s+(?:minutes|hours)\s+until\s+(?:\w+\s+){1,3}$", before):
        # "Sits with an adult for five minutes until he is calm": when a timed stretch ends
        # (not "stay with his aunt until the home is safe", a condition no one can see met).
        return True
    found = list(re.finditer(r"\b(?:so that|in order that)\b", before))
    return bool(found) and bool(re.search(r"\b(?:will|to)\s+\w+", before[: found[-1].start()]))


def _explained(tokens, after) -> bool:
    """ "Support her by helping her fill in the form": a vague verb that says how, by a deed."""
    words = [word for _begin, _end, word in tokens[after : after + 10]]
    return any(
        word == "by" and following.endswith("ing")
        for word, following in zip(words, words[1:], strict=False)
    )


def _anchored(text) -> bool:
    """A concrete action comes with at least one of where, when, a condition, a purpose or a
    named programme or place: "Mum to attend parenting classes" says none, so nobody could tell
    whether it has been done well enough."""
    # Read after the doer ("Mr Jones will ..."): a name there is who, not what with.
    doer = re.search(r"\b(?:to|will|shall|must|should)\s", text)
    # Or a condition the plan opens with: "If Mum can't get cover, she will ring...".
    return bool(
        _ANCHOR.search(text[doer.end() if doer else 1 :]) or _OPENS_ON_A_CONDITION.match(text)
    )


_OPENS_ON_A_CONDITION = re.compile(r"\s*(?:if|when|whenever|once|unless)\s", re.IGNORECASE)


def _done_as_well(text, tokens, absence) -> bool:
    """The absence comes with something that will be done: "will not drink before contact, and
    will take a breath test when he arrives" says what happens instead, joined by "and" or in a
    clause of its own ("...; contact will take place at the family centre")."""
    words = [word for _begin, _end, word in tokens]
    lexical = lexicon()
    for position in range(max(1, absence[0] - 6), absence[0]):
        # What an agreement or an order says ("a written agreement that Ryan will not stay
        # overnight"): the agreement is what will be done.
        if words[position] == "that" and (
            lexical.first_class(words[position - 1], "n") == "noun.communication"
            or lexical.first_class(words[position - 1], "v") == "verb.communication"
        ):
            return True
    for position in range(1, absence[0] - 1):
        # Told before it: "will take a breath test on arrival; if it is over zero, contact will
        # not go ahead" is a condition on something that will be done.
        if words[position] in ("will", "shall", "must") and words[position + 1] not in (
            "not",
            "no",
            "never",
        ):
            return True
    joined = False
    for position in range(absence[0] + absence[1], len(words) - 1):
        between = text[tokens[position - 1][1] : tokens[position][0]]
        joined = joined or words[position] in ("and", ";") or bool(_SENTENCE_END.search(between))
        if (
            joined
            and (
                words[position] in ("will", "shall", "must")
                # A plan's note of who checks it: "...; DC Lowe to check this every two weeks".
                or words[position] == "to"
                and text[tokens[position - 1][0]].isupper()
                and any(w in ("this", "it", "that") for w in words[position + 1 : position + 4])
            )
            and words[position + 1] not in ("not", "no", "never")
        ):
            return True
    return False


def _joined(parts, last_word):
    """ "a, b and c": the parts a recommendation is missing, said as a sentence says them."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {last_word} " + parts[-1]


def _unseen_goal(prepared, text):
    """(token index, length) of a goal no one could see done, in the plain tokens, or None:
    a state ("to feel safe", "will be happy"), or a process verb applied to something abstract
    ("achieve their potential", "improve his literacy")."""
    words = lexicon()
    tagged = tag(text).tokens
    plain = tokens_of(text)
    starts = {start: position for position, (start, _end, _word) in enumerate(plain)}
    aims = _aims_opening(text)  # read once: "To keep Sofia safe while..., "
    for index, token in enumerate(tagged):
        if (
            not token.tag.startswith("VB")
            or _after_an_article(tagged, index)
            # "Note any message that is abusive": which messages, not a state to reach.
            or (
                index >= 2
                and tagged[index - 1].word in ("that", "which")
                and tagged[index - 2].tag in ("NN", "NNS")
            )
            or (
                token.start in starts
                and (
                    _of_a_relative_clause(text, plain, starts[token.start])
                    or _in_a_name(text, plain, starts[token.start])
                )
            )
        ):
            # "Send it to the panel, which will review the pattern": the panel's part; "the
            # Early Help assessment": a name.
            continue
        lemmas = {token.word, *words.lemmas(token.word, "v")}
        kept = _kept_in_state(words, tagged, index, lemmas)
        if any(a <= token.start < b for a, b in aims):
            continue  # "To keep Sofia safe while..., I recommend": why, not what
        if kept is not None and token.start in starts and not _in_condition(tagged, index):
            return starts[token.start], _span(plain, starts[token.start], kept.end)
        if (
            lemmas & prepared.state_verbs
            and not _in_condition(tagged, index)
            # "Mr Dyer has been violent", "their references are positive": what was or is,
            # not what is to be.
            and not _told_as_past(tagged, index)
            and not (token.tag in ("VBZ", "VBP") and _in_a_statement(text, token.start))
            and not _a_result_awaited(tagged, index)
            and not _what_is_checked(words, tagged, index)
        ):
            following = [t for t in tagged[index + 1 : index + 4] if t.tag not in ("RB", "RBR")]
            if following and following[0].tag == "DT":
                following = following[1:]  # "be a more positive presence": what kind, rated
            # An adjective that evaluates or names a feeling ("to feel safe", "be happier"), not
            # a participle ("to be monitored daily" is something done) or a plain fact ("to be
            # present at every session").
            if (
                following
                and following[0].tag in ("JJ", "JJR")
                and (
                    words.names_feeling(following[0].word)
                    or words.evaluative(following[0].word) >= 0.5
                )
                and not _complement_follows(tagged, following[0])
                and not _more_than_a_measure(tagged, following[0])
                # (Nor how often: "to stay every other Saturday".)
                and not (
                    tagged[index + 1].word in ("every", "each")
                    and len(following) > 1
                    and words.first_class(following[1].word, "n") == "noun.time"
                )
            ):
                end = following[0]
                if token.start in starts:
                    return starts[token.start], _span(plain, starts[token.start], end.end)
            continue
        if words.first_class(token.word, "v") not in prepared.process_classes:
            continue
        if (
            _in_condition(tagged, index)
            or (token.start in starts and _a_clause_after(text, plain, starts[token.start] + 1))
            or _what_a_paper_does(words, tagged, index)
        ):
            # "Saying whether his mental state affects his ability": what is asked; "will check
            # the confirmation is on file": a fact to be checked, told.
            continue
        if token.start in starts and _a_review_held(
            prepared, text, plain, starts[token.start], starts[token.start] + 1
        ):
            continue
        found = _done_to_an_idea(prepared, text, tagged, plain, starts, index, lemmas)
        if found is not None:
            return found
    return None


def _in_a_statement(text, at) -> bool:
    """The sentence holding the character at ``at`` proposes nothing: it tells how things are."""
    return not any(begin <= at < end and _proposes(text[begin:end]) for begin, end in _units(text))


def _told_as_past(tagged, index) -> bool:
    """The verb at ``index`` tells what was: a past tense, or a perfect ("has been")."""
    if tagged[index].tag == "VBD":
        return True
    back = index - 1
    while back >= 0 and tagged[back].tag in ("RB", "RBR"):
        back -= 1
    return tagged[index].tag == "VBN" and back >= 0 and tagged[back].word in ("has", "have", "had")


def _after_an_article(tagged, index) -> bool:
    """A word the tagger calls a verb right after an article or a determiner is a noun's
    modifier: "a needs assessment", "a photo of each fitted alarm"; so is a participle after
    "of" before a noun ("10 minutes of shared reading")."""
    return index > 0 and (
        tagged[index - 1].word.lower() in _ARTICLES
        or (tagged[index - 1].word.lower() == "of" or tagged[index - 1].tag == "PRP$")
        and tagged[index].tag in ("VBN", "VBD", "VBG")
        and index + 1 < len(tagged)
        and tagged[index + 1].tag in ("NN", "NNS")
    )


_ARTICLES = frozenset({"a", "an", "the", "each", "every", "this", "these", "those", "no", "any"})


def _what_a_paper_does(words, tagged, index) -> bool:
    """The verb's subject, just before it and its modal, is a paper or a thing: "the order will
    require the surrender of her passport" says what the order does, not what anyone must."""
    back = index - 1
    while back > 0 and tagged[back].tag in ("MD", "RB"):
        back -= 1
    if back < index and tagged[back].word == "which":
        # "...apply for an Order by 10 July which will require...": what the order does, past
        # when it is applied for.
        back -= 1
        while back > 0 and (
            tagged[back].tag in ("CD", "IN") or DATE.fullmatch(tagged[back].word.title())
        ):
            back -= 1
    return (
        back < index
        and tagged[back].tag in ("NN", "NNS", "NNP")
        and words.first_class(tagged[back].word, "n") in ("noun.communication", "noun.artifact")
    )


def _done_to_an_idea(prepared, text, tagged, plain, starts, index, lemmas):
    """(token index, length) of a process verb at ``index`` done to something abstract after it
    ("improve his literacy", "address the issues"), or None."""
    words = lexicon()
    token = tagged[index]
    window = tagged[index + 1 : index + 5]
    for position, later in enumerate(window):
        if later.tag in ("DT", "PRP$", "JJ", "JJR", "RB", "POS") or later.word in ("'s",):
            continue
        if position + 1 < len(window) and window[position + 1].tag == "POS":
            continue  # whose: "the children's needs" are needs
        # The noun after, even past the window: "the perinatal mental health service".
        after = index + 2 + position
        if later.tag == "NN" and after < len(tagged) and tagged[after].tag in ("NN", "NNS"):
            if not _abstract(prepared, tagged[after].word) or not _abstract(prepared, later.word):
                # "the sleep diary": the last noun is the thing, and a thing is seen; "a
                # meal plan": a plan of things one can see.
                break
            continue  # "keep the safety plan by the door": the head noun decides
        if (
            later.tag in ("NN", "NNS")
            and token.start in starts
            # A capital names something: "start the Choices programme".
            and not text[later.start].isupper()
            # A phrasal verb of movement is done: "keep his voice down".
            and not _particle(tagged, after)
            # A task begun, completed or held is seen done: "finish the pre-birth assessment",
            # "hold Kai's review", "confirm an alternative placement", "complete a needs
            # assessment" (not "fulfil her potential", an attribute, nor "meet his needs").
            and not _a_task_done(prepared, words, tagged, lemmas, after - 1)
            and (
                _abstract(prepared, later.word)
                or prepared.vague_objects.search(tokens_of(later.word)) is not None
            )
            # "Keep Chantelle's number on a card in their bag": put somewhere one can look.
            and not _put_somewhere(tagged, after)
            # "Check Sofia's weight": a quantity measured, which is seen done.
            and not (lemmas & _MEASURING and words.first_class(later.word, "n") == "noun.attribute")
            # "Attend the program at Eastlake Behavioral Health": a named place's programme.
            and not (
                after + 1 < len(tagged)
                and _a_named_place(text, tagged[after].word, tagged[after + 1].start)
            )
        ):
            return starts[token.start], _span(plain, starts[token.start], later.end)
        break
    return None


def _more_than_a_measure(tagged, adjective) -> bool:
    """ "Are more than an hour late", "is less than 2 kg": a comparison with a measure, which one
    can check."""
    position = next(i for i, token in enumerate(tagged) if token.start == adjective.start)
    after = tagged[position + 1 : position + 4]
    if len(after) < 2 or after[0].word != "than":
        return False
    words = lexicon()
    return after[1].tag == "CD" or (
        after[1].word in ("a", "an")
        and len(after) > 2
        and words.first_class(after[2].word, "n") in ("noun.time", "noun.quantity")
    )


def _put_somewhere(tagged, at) -> bool:
    """A place one could look follows at ``at``: a preposition of place and a thing ("on a
    card", "in her school bag")."""
    if at >= len(tagged) or tagged[at].word not in ("on", "in", "inside", "under", "by"):
        return False
    words = lexicon()
    for position in range(at + 1, min(len(tagged), at + 5)):
        token = tagged[position]
        if token.tag in ("DT", "PRP$", "JJ", "CD") or (
            position + 1 < len(tagged) and token.tag == "NN" and tagged[position + 1].tag == "NN"
        ):
            continue  # past "the front" of "the front door": the head is the place
        return token.tag in ("NN", "NNS") and words.first_class(token.word, "n") in _CONCRETE
    return False


def _particle(tagged, at) -> bool:
    """The word at ``at`` is a phrasal verb's particle, not a preposition: nothing it governs
    follows ("keep his voice down when...", not "improve it over the next month")."""
    return (
        at < len(tagged)
        and tagged[at].word in PARTICLES
        and (at + 1 == len(tagged) or tagged[at + 1].tag in ("WRB", "IN", "CC", ".", ",", ":"))
    )


def _rated_standard(prepared, text):
    """(token index, length) of a standard given only by a word that rates it ("kept to an
    acceptable standard", "cut down to a safe level"), or None: no one can check against it."""
    words = lexicon()
    tagged = tag(text).tokens
    plain = tokens_of(text)
    starts = {start: position for position, (start, _end, _word) in enumerate(plain)}
    for index, token in enumerate(tagged):
        if token.word.lower() not in prepared.standards or not (
            token.tag in ("NN", "NNS")
            # The tagger takes "standard" after an adjective for one: "an acceptable standard by".
            or (token.tag == "JJ" and not _noun_at(tagged, index + 1))
        ):
            continue
        rating, before = None, index - 1
        # Back over the words that rate it: "a good enough", "a clean and safe".
        while before >= 0 and tagged[before].tag in ("JJ", "JJR", "RB", "CC"):
            word = tagged[before].word.lower()
            # A rating ("a better state"), not a word of what it pertains to ("his mental
            # state", WordNet's relational adjectives).
            if (
                tagged[before].tag != "CC"
                and words.evaluative(word) >= 0.5
                and "adj.pert" not in words.classes(word, "a")
            ):
                rating = tagged[before]
            before -= 1
        following = tagged[index + 1].word if index + 1 < len(tagged) else ""
        after = tagged[index + 2].word if index + 2 < len(tagged) else ""
        if following in ("(", "of", ":") or following == "," and after in ("with", "meaning"):
            # Defined after it ("a good standard (clean sheets...)", "in a good condition,
            # with the floor clear"), or an amount of something.
            continue
        if rating is not None and rating.start in starts:
            return starts[rating.start], _span(plain, starts[rating.start], token.end)
    return None


def _noun_at(tagged, index) -> bool:
    return index < len(tagged) and tagged[index].tag.startswith("NN")


_COMPARED = frozenset({"better", "more", "less", "worse"})
# WordNet's classes of things one can see or hold.
_CONCRETE = frozenset(
    {"noun.food", "noun.artifact", "noun.animal", "noun.plant", "noun.object", "noun.substance"}
)


def _abstract(prepared, word) -> bool:
    """A noun of an abstract kind in its commonest sense. WordNet files some plain things at
    the top of its tree ("food" is a unique beginner, noun.Tops): those are things."""
    words = lexicon()
    kind = words.first_class(word, "n")
    if kind == "noun.Tops" and words.classes(word, "n") & _CONCRETE:
        return False
    return kind in prepared.abstract_classes


def _compared(text):
    """(token index, length) of a verb done "better", "more" or "less" than nothing named
    ("will bond better with Ruby", "to drink less"), or None."""
    tagged = tag(text).tokens
    plain = tokens_of(text)
    starts = {start: position for position, (start, _end, _word) in enumerate(plain)}
    for index, token in enumerate(tagged[:-1]):
        compared = tagged[index + 1]
        if (
            token.tag.startswith("VB")
            and compared.word in _COMPARED
            and token.start in starts
            and not (index + 2 < len(tagged) and tagged[index + 2].word == "than")
        ):
            return starts[token.start], _span(plain, starts[token.start], compared.end)
    return None


def _kept_in_state(words, tagged, index, lemmas):
    """The adjective of "keep Ruby safe", "make her happy": a state someone is to be kept or
    put in, which no one could see done; None for "keep the gate locked" (a thing's state, as
    seen) or "...by checking the gate each night" (what will be done)."""
    if not lemmas & {"keep", "make"} or index + 2 >= len(tagged):
        return None
    person = tagged[index + 1]
    if person.tag not in ("NNP", "PRP") and not (
        person.tag in ("NN", "NNS") and words.first_class(person.word, "n") == "noun.person"
    ):
        return None
    state = tagged[index + 2]
    if state.tag not in ("JJ", "JJR") or not (
        words.names_feeling(state.word) or words.evaluative(state.word) >= 0.5
    ):
        return None
    if any(t.word == "by" for t in tagged[index + 3 : index + 5]):
        return None
    return state


def _a_task_done(prepared, words, tagged, lemmas, at) -> bool:
    """A verb of beginning, completing or holding, done to a task: the noun compound at ``at``
    ends in a noun that is an act, a piece of work or a document in its commonest sense, or in
    any sense after an article ("an alternative placement"; not "her commitment")."""
    head = _head(tagged, at).word
    if not lemmas & prepared.aspectual or prepared.vague_objects.search(tokens_of(head)):
        return False
    if words.first_class(head, "n") in _TASKS:
        return True
    back = at
    while back > 0 and tagged[back].tag in ("JJ", "JJR", "NN", "NNS", "VBN"):
        back -= 1
    return tagged[back].word.lower() in ("a", "an", "the") and bool(
        words.classes(head, "n") & _TASKS
    )


def _head(tagged, at):
    """The last noun of the noun compound starting at ``at`` ("viability assessment")."""
    while at + 1 < len(tagged) and tagged[at + 1].tag in ("NN", "NNS"):
        at += 1
    return tagged[at]


# What a task is, as WordNet files it: an act, a piece of work or thought, a document.
_TASKS = frozenset({"noun.act", "noun.cognition", "noun.communication"})

# A condition, or a question asked ("to ask whether the mornings feel different", "how he
# feels at home"): a state in one is not the goal.
# And a relative pronoun: "supervised by an adult who is sober" says which adult, not the goal.
# (And a reason given, "because his return is the main danger": why, not the goal.)
_CONDITIONS = frozenset(
    {"when", "whenever", "if", "once", "while", "whether", "how", "what", "who", "whom", "because"}
)


# How far back a clause's opening word may be: farther, and it opened another clause.
_CLAUSE_REACH = 30


def _in_condition(tagged, index) -> bool:
    """ "When Dad feels angry he will leave the room": a state that sets off what will be
    done is its condition, not its goal; "to ask whether he feels safe" asks about it."""
    # (Within a clause's reach: a run-on plan with no stops is not read back to its start.)
    for position in range(index - 1, max(-1, index - 1 - _CLAUSE_REACH), -1):
        token = tagged[position]
        joins_nouns = (
            token.tag == "CC"
            and 0 < position < len(tagged) - 1
            and tagged[position - 1].tag in ("NN", "NNS", "NNP")
            and tagged[position + 1].tag in ("NN", "NNS", "NNP", "DT")
        )  # "the mornings and afternoons": one subject, not a new clause
        if token.word in (",", ";", ".") or (token.tag == "CC" and not joins_nouns):
            return False
        if token.word in _CONDITIONS:
            return True
    return False


def _what_is_checked(words, tagged, index) -> bool:
    """The state at ``index`` is what someone will check ("will visit on 16 December to check
    the cot is up and there is a clear floor space") or tell ("Jordan will tell us he feels
    safer"): something seen or heard, then, not the goal."""
    for position in range(index - 1, -1, -1):
        token = tagged[position]
        if token.word in (".", ";"):
            return False
        verbal = (
            token.tag.startswith("VB")
            or (position and tagged[position - 1].tag in ("TO", "MD"))  # "to check", however tagged
            # "...and check that the hallway is clear": a clause of what is checked follows.
            or (position + 1 < len(tagged) and tagged[position + 1].word in ("that", "whether"))
        )
        if verbal and {token.word, *words.lemmas(token.word, "v")} & {
            *("check", "confirm", "verify"),
            *("tell", "say", "report", "describe"),
        }:
            return True
    return False


def _a_result_awaited(tagged, index) -> bool:
    """ "Contact stays supervised unless every sample is negative": after "unless" or
    "until", the state of a thing (a test, a sample), which one can check; not of a person or a
    place ("unless Mum is sober", "until the home is safe"), which is still the goal unseen."""
    words = lexicon()
    subject = None
    for position in range(index - 1, -1, -1):
        token = tagged[position]
        if token.word in ("unless", "until"):
            return (
                subject is not None
                and subject.tag in ("NN", "NNS")
                and words.first_class(subject.word, "n")
                not in ("noun.person", "noun.group", "noun.location", "noun.object")
                and not words.unlisted_person(subject.word)
            )
        if token.word in (",", ";", ".") or token.tag.startswith("VB"):
            return False
        if token.tag in ("NN", "NNS", "NNP", "PRP") and subject is None:
            subject = token
    return False


def _complement_follows(tagged, adjective) -> bool:
    """ "Able to attend", "ready to start": an ability or a readiness to do something, which
    names the doing, not a state as the goal."""
    position = next(i for i, token in enumerate(tagged) if token.start == adjective.start)
    after = tagged[position + 1 : position + 3]
    if (
        len(after) == 2
        and after[0].word == "to"
        # "Able to tie her laces": after "able to" a verb, though the tagger may read a
        # noun ("tie") or an adjective ("complete").
        and (after[1].tag.startswith("VB") or lexicon().known(after[1].word, "v"))
        # "Feel confident to join in" is still a feeling as the goal.
        and not lexicon().names_feeling(adjective.word)
    ):
        return True
    # "Will be safe at home when Mum and Dad talk through their disagreements calmly": the
    # state comes with what people will be seen to do (not "when Dad is sober", another state).
    when = next(
        (
            at
            for at, token in enumerate(tagged[position + 1 : position + 6], position + 1)
            if token.word in ("when", "whenever", "once")
        ),
        None,
    )
    if when is None or any(t.tag.startswith("VB") or t.word in ",;" for t in tagged[position:when]):
        return False  # "safe at home when ...", not "safe, and when ..."
    words = lexicon()
    return any(
        token.tag.startswith("VB") and not {token.word, *words.lemmas(token.word, "v")} & _NOT_DOING
        for token in tagged[when + 1 :]
    )


# Verbs that do not say what anyone will be seen to do.
_NOT_DOING = frozenset({"be", "feel", "seem", "have", "become", "appear", "look", "remain"})


def _span(plain, first, end):
    """How many plain tokens from ``first`` up to the character offset ``end``."""
    count = 0
    while first + count < len(plain) and plain[first + count][0] < end:
        count += 1
    return max(count, 1)


# How many words after a vague action its object may start: "support to the family".
_OBJECT_REACH = 4


# Words that end what a vague action is done to before it has an object: "Mum to engage by
# March", "to engage fully".
_NO_OBJECT = frozenset(
    [
        "by",
        "before",
        "until",
        "within",
        "from",
        "starting",
        "during",
        "over",
        "fully",
        "more",
        "better",
        "appropriately",
    ]
)
# "Attendance to be monitored by the school": in the passive, what is done comes first.
_PASSIVE = frozenset(["be", "been", "being", "is", "are", "was", "were"])


def _vague_throughout(prepared, text, tokens, vague):
    """The vague action (index, length) with a vague object, or none at all, or None."""
    if vague is None:
        return None
    for index, length in prepared.vague_actions.find(tokens, vague[0]):
        after = index + length
        if _not_what_is_asked(text, tokens, index) or _a_review_held(
            prepared, text, tokens, index, after
        ):
            continue
        if index and tokens[index - 1][2] in _PASSIVE:
            before = max(0, index - 1 - _OBJECT_REACH)
            if _vague_object(prepared, tokens, before, index - 1, text):
                return index, length  # "the situation to be monitored"
            continue
        if _a_clause_after(text, tokens, after):
            continue  # "will check the confirmation is on file": a fact to be checked, told
        if after == len(tokens) or tokens[after][2] in _NO_OBJECT:
            return index, length
        if _SENTENCE_END.search(text, tokens[after - 1][1], tokens[after][0]):
            return index, length  # "Mum to engage. The school will..."
        if tokens[index][2] in _BY_NO_AMOUNT and tokens[after][2] not in ("to", "from"):
            # "reduce her alcohol use by the review": by how much? ("then reduce to Fridays
            # only" says to what.)
            return index, length
        # (Past "all of", "each of": "ensure all of the children's health needs are met".)
        start = after + 2 * (
            tokens[after][2] in ("all", "each", "both", "any")
            and after + 1 < len(tokens)
            and tokens[after + 1][2] == "of"
        )
        if _vague_object(prepared, tokens, start, min(len(tokens), start + _OBJECT_REACH), text):
            return index, length
        if _changed_conduct(tokens, index, after):
            return index, length
        if _only_someone(prepared, text, tokens, after):
            return index, length
    return None


# A change with no amount: whatever is reduced and whenever, no one can say it was done
# unless the amount is given (which is a measure, read before).
_BY_NO_AMOUNT = frozenset({"reduce", "reduced", "reducing", "cut"})
# Words a person can be followed by that say only when: "monitor the family by 30 June".
_ONLY_WHEN = frozenset({*_NO_OBJECT, "going", "for", "throughout"}) - {"more", "better"}


# Where a clause ends: a full stop, a semicolon, or "and" before another doing ("and send",
# "and Ms Lee will"); not "and" inside a noun phrase ("with the family and school").
_CLAUSE_END = re.compile(r"[.;]|\band\b(?=(?:\s+\w+){0,2}?\s+(?:will|to|should|must)\b)")


def _a_review_held(prepared, text, tokens, index, after) -> bool:
    """ "We will review this plan together on 16 December", "I will review this decision after
    the medical", "We look at this plan again on 25 March": a review held on a day or after an
    event, of something named (not "review the situation by 1 March", nor "keep it under
    review")."""
    if tokens[index][2] in ("assess", "reassess", "re-assess"):
        # "Dr Maguire will reassess Tara's capacity on 24 November": a clinician's appointment,
        # of something named (not "the situation", "her wellbeing").
        return _by_a_clinician(text, tokens, index, dated=True) and _something_named(
            prepared, tokens, after
        )
    if tokens[index][2] not in ("review", "reviewed", "look", "looked"):
        return False
    looked_at = _WHAT_IS_LOOKED_AT.search(text, tokens[index][1])
    if looked_at and DATE.search(text, tokens[index][1]):
        # "review the plan on 16 December, looking at Amelia's weight and whether...": what the
        # review will look at, someone's (not "looking at any concerns", "at progress").
        return True
    clause = _CLAUSE_END.split(text[tokens[index][1] :], maxsplit=1)[0]
    # ("At the review we will look at the contact notes": the occasion told before the verb.)
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, tokens[index][0])), default=0)
    if not (
        DATE.search(clause)
        or _TIMESCALE.search(clause)
        or _AFTER_AN_EVENT.search(clause)
        or _AT_AN_OCCASION.search(clause)
        or _an_occasion_opens(text, opening, tokens[index][0])
    ):
        # When, after the verb and in its clause; or a clinician's appointment, on its day.
        return _by_a_clinician(text, tokens, index, dated=True)
    if after == len(tokens) or tokens[after][2] in _NO_OBJECT:
        return False  # "review by the end of March": of nothing named
    if tokens[after][2] in ("it", "them"):
        return True  # "I will look at it on my Monday visit": the chart, told before
    # Something one can sit down and review ("this plan", "the decision", "both goals"), not
    # a state of someone's ("her mental health", "his behaviour"): that would be reviewed how?
    # Unless a clinician reviews it, on the day: "Dr Sen will review Ethan's sleep on 12
    # January" is an appointment, whose way of reviewing is their own.
    return _by_a_clinician(text, tokens, index) or _something_named(prepared, tokens, after)


def _an_occasion_opens(text, opening, verb) -> bool:
    """The clause opens with an occasion the plan sets, and only its doer and "will" come
    between it and the verb: "At the review we will look at the notes" (not "As discussed at
    the core group, we will...", nor "At the review Mum was told that we will...")."""
    while opening < verb and text[opening].isspace():
        opening += 1
    found = _AT_AN_OCCASION.match(text, opening)
    if found is None:
        return False
    between = text[found.end() : verb].replace(",", " ").split()
    return len(between) <= 6 and "that" not in between


def _something_named(prepared, tokens, after) -> bool:
    """The words from ``after`` name something (not a vague object, "the situation", nor a
    state or feeling, "her wellbeing")."""
    window = range(after, min(len(tokens), after + 3))
    return (
        after < len(tokens)
        and not prepared.vague_objects.search(tokens, after, window.stop)
        and not any(
            lexicon().first_class(tokens[p][2], "n") in ("noun.state", "noun.feeling")
            for p in window
        )
        and tokens[after][2] not in ("things", "everything", "it")
    )


# What a review will look at, named: "..., looking at Amelia's weight trend and whether...".
_WHAT_IS_LOOKED_AT = re.compile(
    r",\s+(?:looking\s+at|to\s+look\s+at|checking|to\s+check)\s+"
    # Someone's: "Amelia's weight", "her attendance".
    r"(?:[A-Z]\w+['’]s|his|her|their)\s+\w+",
)
# Health professionals, by WordNet (a paediatrician, a nurse, a psychologist, a therapist), and
# a general practitioner or a doctor by the abbreviations WordNet does not file as one.
_CLINICIANS = ("health professional", "psychologist", "therapist")
_CLINICIAN_ABBREVIATIONS = frozenset({"gp", "dr"})
_MODALS_ONLY = re.compile(r"\b(?:will|shall|would|should|must|also|then|to)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:](?:\s|$)|\s(?:and|but)\s", re.IGNORECASE)


def _by_a_clinician(text, tokens, index, dated=False) -> bool:
    """The verb at ``index`` is a health professional's, or their appointment's (and, if
    ``dated``, a day is named in its clause): "Dr Paul Sen, community paediatrician, will
    review...", "Ms Price's GP appointment on 12 December will review..." (not "Following Leo's
    GP appointment, the social worker will review...": the social worker's)."""
    at = tokens[index][0]
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, at)), len(text))
    if dated and not DATE.search(text, start, end):
        return False
    # Its subject: the words after the last comma before it; past a modal alone, the phrase
    # between the commas before that ("Dr Sen, community paediatrician, will review").
    pieces = text[start:at].split(",")
    subject = pieces[-1]
    if len(pieces) > 1 and not _MODALS_ONLY.sub("", subject).strip():
        subject = pieces[-2]
    clinicians = lexicon().person_nouns_under(_CLINICIANS)
    return any(
        word in clinicians or word in _CLINICIAN_ABBREVIATIONS
        for word in re.findall(r"[a-z]+", subject.lower())
    )


# After an event, or a time, which says when a review is: "after the medical", "following her
# discharge", "after six months" (not "after six months of...", a time something went on).
# At an occasion the plan sets ("we will look at it together at the meeting"): when, as "on
# 1 December" would be.
_AT_AN_OCCASION = re.compile(
    r"\bat\s+(?:the|that|this)\s+(?:next\s+)?(?:review|conference|core\s+group|meeting|hearing)\b",
    re.I,
)
_AFTER_AN_EVENT = re.compile(
    r"\b(?:after|following)\s+(?:the|her|his|their|its)\s+\w+"
    r"|\bafter\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:days?|weeks?|months?|years?)\b(?!\s+of\b)",
    re.I,
)


def _only_someone(prepared, text, tokens, after) -> bool:
    """The vague action is done to someone and nothing else is said of it but when: "monitor
    the family by 30 June", "support Mum from January" (not "support Mum to register with the
    GP", "work with Jack on his reading")."""
    words = lexicon()
    position = after
    people = 0
    while position < len(tokens):
        word = tokens[position][2]
        written = text[tokens[position][0] : tokens[position][1]]
        if (
            # A name, not an acronym of a thing ("review the CCTV from the shop").
            written[:1].isupper()
            and not (
                len(written) > 1
                and written.isupper()
                and not prepared.roles.search(tokens, position, position + 1)
            )
            or word in ("him", "her", "them")
            or (words.first_class(word, "n") in prepared.person_classes)
        ):
            people += 1
        elif word not in (*_DETERMINERS, "his", "her", "their", "'s", "and"):
            break
        position += 1
    if not people or tokens[position - 1][2] == "and":
        return False
    if position == len(tokens) or tokens[position][2] in _ONLY_WHEN:
        return True
    if tokens[position][2] in ("with", "around") and _a_state_of_theirs(tokens, position + 1):
        return True  # "support Ms Harper with her mood by 1 March": with a feeling, how?
    if tokens[position][2] == "on" and _TIMESCALE.match(text, tokens[position][0]):
        return True  # "on 30 June", not "on his reading"
    return bool(_SENTENCE_END.search(text, tokens[position - 1][1], tokens[position][0] + 1))


def _a_state_of_theirs(tokens, at) -> bool:
    """From ``at``, someone's feeling, state or trait: "her mood", "his anger", "their mental
    health" (not "his reading" or "the housing form", which can be worked on and seen)."""
    words = lexicon()
    if at >= len(tokens) or tokens[at][2] not in ("his", "her", "their"):
        return False
    head = at + 1
    while (
        head + 1 < len(tokens)
        and words.known(tokens[head + 1][2], "n")
        and not (tokens[head + 1][2] in _ONLY_WHEN or tokens[head + 1][2] in ("and", "so", "to"))
    ):
        head += 1  # "her mental health": the last noun
    return head < len(tokens) and words.first_class(tokens[head][2], "n") in (
        "noun.feeling",
        "noun.state",
        "noun.attribute",
    )


def _changed_conduct(tokens, index, after) -> bool:
    """ "Improve her parenting", "develop his behaviour": a change (WordNet's verb.change) to
    something done as a whole, which no date makes checkable ("monitor attendance daily" is a
    look at a record; "improve her parenting by March" says nothing anyone could count)."""
    words = lexicon()
    if words.first_class(tokens[index][2], "v") != "verb.change":
        return False
    for position in range(after, min(len(tokens), after + 3)):
        word = tokens[position][2]
        if word in _NO_OBJECT:
            return False
        if words.known(word, "n"):
            return words.first_class(word, "n") == "noun.act"
        if word.endswith("ing") and words.known(word, "v"):
            return True  # "her parenting": a doing, named by its verb
    return False


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "each", "every"})


def _vague_object(prepared, tokens, low, high, text=None) -> bool:
    """A shell noun ("the situation") or an abstract one ("her mental health", "his
    behaviour") in tokens[low:high]: what no one can check was done to. A name is no object of
    that kind ("Ms Kearney's medication"), nor is a noun that describes the next ("the sleep
    diary")."""
    if prepared.vague_objects.search(tokens, low, high):
        return True
    if low < high and tokens[low][2] in ("it", "them"):
        return True  # "monitor it": a pronoun names nothing anyone could check was done
    words = lexicon()
    positions = [
        position
        for position in range(low, high)
        if tokens[position][2] not in _NO_OBJECT
        and tokens[position][2] not in _MODALS  # "the sleep diary will be looked at"
        and tokens[position][2] not in ("it", "them")  # (not IT: read below, as a pronoun)
        and not (text is not None and text[tokens[position][0]].isupper())
    ]
    return any(
        _abstract(prepared, tokens[position][2])
        and not (
            position + 1 < len(tokens)
            and position + 1 in positions
            and words.known(tokens[position + 1][2], "n")
            and not words.known(tokens[position + 1][2], "v")
        )
        # "The program at Eastlake Behavioral Health": a named place's, which can be found.
        and not (
            text is not None
            and position + 2 < len(tokens)
            and _a_named_place(text, tokens[position + 1][2], tokens[position + 2][0])
        )
        for position in positions
    )


_SENTENCE_END = re.compile(r"[.;:!?]")


_PERSONAL = frozenset({"he", "she", "they"})


def _after_determiner(text, tokens, index) -> bool:
    """The word at ``index`` heads a noun phrase: a determiner before it, perhaps with a
    capitalised word between ("the review", "a GP review"), or one participle or adjective
    ("patients without a fixed address")."""
    back = index - 1
    # Past a name or a date that says which: "a GP review", "the 8 January review".
    while (
        back > 0
        and index - back <= 3
        and (text[tokens[back][0]].isupper() or tokens[back][2].isdigit())
    ):
        back -= 1
    if back == index - 1 and back > 0 and tokens[back - 1][2] in _DETERMINERS:
        word = tag(text[tokens[back][0] : tokens[index][1]]).tokens[0]
        if word.tag in ("JJ", "VBN"):
            back -= 1  # "a fixed address", "the agreed review"
    return back >= 0 and back < index and tokens[back][2] in _DETERMINERS


# Prepositions of time and place, after which a noun names an occasion: "since the last
# review", "at her review".
_OF_AN_OCCASION = frozenset({"since", "at", "after", "before", "until", "during", "following"})


def _an_occasion(tokens, index) -> bool:
    """The word at ``index`` ends a phrase of when or where ("since the last review", "what was
    decided at her review"): an occasion named, not the action asked for."""
    back = index - 1
    while back > 0 and index - back <= 3 and tokens[back][2] not in _OF_AN_OCCASION:
        back -= 1
    return (
        back >= 0
        and back < index - 1
        and tokens[back][2] in _OF_AN_OCCASION
        and tokens[back + 1][2] in (*_DETERMINERS, "her", "his", "their", "last", "next")
    )


def _tagged_at(text, start):
    """The text's tagged tokens, and where among them the word starting at ``start`` is."""
    return tag(text).tokens, _where_words_start(text).get(start)


@lru_cache(maxsize=64)
def _where_words_start(text) -> dict[int, int]:
    """Each tagged word's place among the text's words, by where it starts: read once a text,
    not once a word (a 50,000-word plan has thousands of words to place)."""
    return {token.start: n for n, token in enumerate(tag(text).tokens)}


def _a_clause_after(text, tokens, after) -> bool:
    """What follows the word before ``after`` is a clause with a subject and its verb ("the
    confirmation is on file", "that she attended"): the object is a fact one can check."""
    if after >= len(tokens):
        return False
    tagged, at = _tagged_at(text, tokens[after][0])
    if at is None:
        return False
    if tagged[at].word == "that":
        at += 1
    subject = at
    # (A subject someone owns: "Isla's weight is on track".)
    while (
        at < len(tagged)
        and at - subject < 4
        and tagged[at].tag in ("DT", "PRP$", "JJ", "NN", "NNP", "POS")
    ):
        at += 1
    # (A present verb that could be a noun, "her alcohol use", is not taken for one.)
    return (
        at > subject
        and at < len(tagged)
        and (tagged[at].tag in ("VBZ", "VBD", "MD") or tagged[at].word in ("are", "have", "were"))
    )


def _ends_a_noun_phrase(text, tokens, index) -> bool:
    """The tagger reads the word at ``index`` as a noun after a possessive or another noun:
    "his release address", "Gran's support" (not "to address", "will support her")."""
    tagged, at = _tagged_at(text, tokens[index][0])
    return (
        at is not None
        and at >= 2
        and tagged[at].tag in ("NN", "NNS")
        and (
            tagged[at - 1].tag in ("NN", "POS", "PRP$")
            # ("... a CT head today, and ophthalmology review": one more thing asked for.)
            and tagged[at - 2].tag in ("PRP$", "POS", "DT", "NN", "NNP", "CC", ",")
            # "His new address" (not "some direct work": the work is still what is asked).
            or tagged[at - 1].tag == "JJ"
            and tagged[at - 2].tag in ("PRP$", "POS")
            # After "his" or "their" (not "her", which may be whom: "to support her") comes
            # what is theirs: "confirmed his address".
            or tagged[at - 1].word in ("his", "their", "its", "my", "our", "your")
        )
        and (at + 1 == len(tagged) or tagged[at + 1].tag not in ("NN", "NNS", "DT", "PRP"))
    )


def _a_limit(text, tokens, after) -> bool:
    """ "Will have no more than two units a day": a limit, which one can count; "will have no
    contact unless (or without being) supervised by Gran": a rule with the exception that says
    what will happen
    (not "until the review", which only says for how long)."""
    words = [word for _begin, _end, word in tokens[after : after + 2]]
    return (
        # "Jack is not to be discharged until...": a hold on what is done to someone, not a
        # goal of someone's own conduct ("will not be drunk" is one: a state of theirs).
        words[:1] == ["be"]
        and not _a_state_after(text, tokens, after + 1)
        or words[:1] == ["than"]
        or (words[:1] in (["more"], ["less"], ["fewer"]) and words[1:] == ["than"])
        # ("will not agree a return without a worker seeing Mum sober": what will happen)
        or any(word in ("unless", "except", "without") for _b, _e, word in tokens[after:])
        or any(
            (first, second) == ("other", "than")
            for (_b, _e, first), (_b2, _e2, second) in zip(
                tokens[after:], tokens[after + 1 :], strict=False
            )
        )
    )


def _a_state_after(text, tokens, at) -> bool:
    """The word at ``at`` is an adjective, as tagged: a state someone is in ("drunk", "late"),
    not a participle of what is done to them ("discharged", "left alone"), nor whether they can
    or may, or are there ("able to", "available", "present": an arrangement)."""
    if at >= len(tokens) or tokens[at][2] in _ABLE_OR_THERE:
        return False
    tagged, index = _tagged_at(text, tokens[at][0])
    return index is not None and tagged[index].tag in ("JJ", "JJR")


# Adjectives of being able, allowed or there, which say what is arranged, not how someone is.
_ABLE_OR_THERE = frozenset(
    {"able", "unable", "allowed", "permitted", "eligible", "present", "available", "required"}
)


def _after_of(tokens, index) -> bool:
    """The word at ``index`` is the noun after "of", perhaps past what describes it ("20 hours
    a week of in-home support"): a thing asked for, not what someone will do."""
    words = lexicon()
    back = index - 1
    while (
        back > 0
        and index - back <= 2
        and ("-" in tokens[back][2] or words.known(tokens[back][2], "a"))
    ):
        back -= 1
    return (
        back > 0
        and back < index
        and tokens[back][2] == "of"
        # Not how much of it: "a lot of support", "a period of monitoring".
        and tokens[back - 1][2] not in ("lot", "lots", "deal", "bit", "plenty", "amount", "period")
    )


def _in_a_title(text, tokens, index) -> bool:
    """The word at ``index`` is one of a name's capitalised words, past the sentence's first:
    "refer her to the Stop Smoking Service"."""
    if index == 0 or not text[tokens[index][0]].isupper() or _title_case(text, tokens):
        return False  # "Social Worker To Support Mum": every word capitalised says nothing
    return any(
        0 < other < len(tokens) and text[tokens[other][0]].isupper()
        for other in (index - 1, index + 1)
    )


def _a_name(text, start) -> bool:
    """The tagger, which knows common words whatever their case, reads the word at ``start``
    as a name ("Jo will", not "Attendance will")."""
    words = lexicon()
    return any(
        t.start == start
        and t.tag == "NNP"
        # Not a common noun the tagger calls a name for its capital ("Therapy will start").
        and (not words.known(t.word, "n") or words.first_class(t.word, "n") == "noun.person")
        for t in tag(text).tokens
    )


def _a_persons_doing(tokens, at) -> bool:
    """What follows "will" at ``at`` only a person does ("ask", "tell", "feel"), past "be able
    to": its subject is someone, whatever their name means in lower case ("Ben", "Aril")."""
    words = [word for _start, _end, word in tokens[at : at + 4]]
    if words[:3] == ["be", "able", "to"]:
        return True
    return bool(words) and lexicon().first_class(words[0], "v") in PERSONS_DOING


def _someones_aim(text, tokens, to_at) -> bool:
    """ "Tony's goal is to secure...": the "to" at ``to_at`` opens what someone named, whose aim
    it is, will do."""
    if to_at < 3 or tokens[to_at - 1][2] not in ("is", "was"):
        return False
    owner = tokens[to_at - 3]
    return (
        owner[2].endswith(("'s", "’s"))
        and text[owner[0]].isupper()
        and lexicon().first_class(tokens[to_at - 2][2], "n") in ("noun.cognition", "noun.act")
    )


def _names_someone(prepared, text, tokens) -> bool:
    """Someone is named as the doer: "Mr Johal to meet", "Staff to check", "the school will"."""
    sentence_starts = {begin for begin, _ in sentences(text)}
    for index in range(1, len(tokens)):
        word = tokens[index][2]
        if word not in ("to", "will", "should", "must", "shall"):
            continue
        if word == "to" and index + 2 < len(tokens) and tokens[index + 1][2] == "be":
            after = next((t for t in tag(text).tokens if t.start == tokens[index + 2][0]), None)
            if after is not None and after.tag == "VBN":
                continue  # "emotions to be measured": passive, no one named
        if prepared.roles.ends_at(tokens, index - 1) or _someones_aim(text, tokens, index):
            return True
        if lexicon().classes(tokens[index - 1][2], "n") & prepared.person_classes:
            return True  # "the teacher will", "staff to check", "Kai's mum will"
        if word != "to":
            # "will" only counts after a role or a titled name: "X will improve" names no one.
            before = tokens[index - 1]
            if text[before[0]].isupper() and (
                before[0] not in sentence_starts
                or _a_name(text, before[0])
                or _a_persons_doing(tokens, index + 1)
            ):
                # "Jo will stay at the club": a name, even opening the sentence; "Ben will be
                # able to ask his friends": a person, by what they will do.
                return True
            if before[2] in ("i", "we"):
                return True  # the writer, or the family writing their own plan
            if before[2] in _PERSONAL and any(
                start not in sentence_starts and text[start].isupper()
                for start, _end, _word in tokens[: index - 1]
            ):
                return True  # "When Dad feels angry he will...": the one named before
            continue
        before = tokens[index - 1]
        if not text[before[0]].isupper():
            continue
        if before[0] in sentence_starts and before[2] in _VERBS_BEFORE_TO:
            continue
        return True
    return False
