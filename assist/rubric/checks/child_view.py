"""A missing child's-eye view.

For each child: their own words, or what was seen of them; and somewhere in the analysis or risk,
what the situation means for the child.

The words are read, not only where they were put. A child is heard when they say something
("Leo told me...", a quote after their name) and seen when they are the one doing something in
the sentence ("Sam hunched up in the corner", "Mia did not reach for her mother"); for a baby,
what was seen of their care counts too ("Ellie's nappy was soaked"). Adults' words about the
child are not the child's view: "Mum said Kai loves school" names Kai, but Kai says and does
nothing in it. Children are recognised by their recorded names, by WordNet's nouns for children
("baby", "son", "toddler"), by a pronoun that carries on from a sentence about them, and, when no
child is recorded, by a first name that is no adult's title or role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assist.language import TITLES, lexicon, tag
from assist.language.lexicons import LEXNAMES
from assist.language.tagger import AN_AGE, Token
from assist.rubric import settings as s
from assist.rubric.text import FIRST_PERSON, QUOTE, only_terms_quoted, sentences, whereabouts
from assist.rubric.view import Hit
from assist.rubric.wordlists import (
    HEDGING_ADVERBS,
    LINKING_VERBS,
    OPENINGS_OF_WHEN,
    PERSONS_DOING,
    RECORDING,
    THIRD_PERSON,
    YOUNG_PERSON_SHORT,
    Terms,
    normal,
    opening_source,
)

# The defaults, which the child-words-unused check also reads to tell whose words an item holds.
CHILD_WORDS: tuple[str, ...] = (
    *("young person", "young people", "sibling", "siblings", "twins", "pupil"),
    *YOUNG_PERSON_SHORT,
)
CHILD_ROOTS = ("juvenile", "offspring")
ADULT_ROOTS = ("adult", "parent", "relative", "professional", "worker", "leader")
KIN_ROOTS = ("relative",)
# Family words WordNet does not have, as people write them: "Nana Jean said", "Stepdad was".
KIN_WORDS = ("nana", "mam", "grampa", "granda", "stepmum", "stepdad", "step-mum", "step-dad")
LIGHT_VERBS = ("be", "have", "get", "seem", "become", "remain", "let")
WISH_VERBS = ("want", "wish", "hope", "prefer", "ask")

SETTINGS = {
    "child_words": s.words(CHILD_WORDS),  # words for a child WordNet does not have
    # WordNet person nouns whose kinds are children: juvenile (baby, toddler, boy, girl, ...),
    # offspring (son, daughter, ...).
    "child_roots": s.words(CHILD_ROOTS),
    # Person nouns that are adults, so a capitalised "Mum" or "Nan" is not taken for a child.
    "adult_roots": s.words(ADULT_ROOTS),
    # Family words, which people write as names ("Mum", "Nan", "Grandad") though WordNet's
    # commonest sense of some is not a person ("mum" is first a chrysanthemum).
    "kin_roots": s.words(KIN_ROOTS),
    "kin_words": s.words(KIN_WORDS),
    "titles": s.words(TITLES),  # Mr, Mrs, Dr, ...: a titled name is an adult's
    "light_verbs": s.words(LIGHT_VERBS),  # be, have, get: a child "was" or "has" does nothing seen
    "speech_classes": s.choices(LEXNAMES, default=("verb.communication",)),
    "wish_verbs": s.words(WISH_VERBS),  # wanting, besides WordNet's verbs of feeling
    # Words of certainty ("clearly", "obviously"): before a wish, the writer's inference.
    "inferring": s.words(default=()),
    # What a baby's care is seen in: clothes, cot, bottle, nappy; their body.
    "care_classes": s.choices(LEXNAMES, default=("noun.artifact", "noun.food", "noun.body")),
}
PLACEHOLDERS = frozenset({"problem", "child"})
# Where the child's words and what was seen of them can be written.
_SUBJECT_TAGS = ("NN", "NNS", "NNP", "NNPS", "PRP")
_PRONOUNS = THIRD_PERSON
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})
_BE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
# Verbs after which a participle describes the subject: "appears withdrawn".
_EPISODE_TAGS = ("VBD", "VBG", "VBN")
# English verbs whose past tense is their plain form, a closed class: "Poppy put the toy away".
_SAME_IN_THE_PAST = frozenset(
    {"put", "set", "let", "hit", "cut", "shut", "hurt", "cost", "quit", "spread", "read"}
    | {"bet", "burst", "cast", "split", "thrust", "upset", "beat", "bid", "fit", "shed", "wet"}
)
# What a child's verb can show besides "heard" and "seen" (see Reader._child_verb).
_ANOTHERS, _NOT_THEIRS = "another's account", "not theirs"
# A child who tells of another child: what follows is their account, as an adult's would be.
_OF_ANOTHER = "of another child"
_SUBORDINATORS = frozenset(
    {
        "if",
        "when",
        "whether",
        "because",
        "that",
        "which",
        "who",
        "while",
        "although",
        "unless",
        "until",
        "once",
        "whenever",
        "as",
        # "Old enough to decide where he wants to live": a question's clause, not what he said.
        "where",
        "why",
    }
)


def _subject_follows(tokens, index) -> bool:
    """A noun or pronoun comes next (past determiners and descriptions): a clause of its own."""
    for token in tokens[index + 1 : index + 4]:
        if token.tag in ("DT", "PRP$", "JJ", "POS") or token.word in _QUOTE_MARKS:
            continue
        return token.tag in _SUBJECT_TAGS
    return False


def _after_subordinate_clause(tokens, index) -> bool:
    """The comma at ``index`` ends a clause opened by "when", "if", "as"...: "when she asked
    him why, Mason said" (what follows is a main clause with a speaker of its own)."""
    for token in reversed(tokens[:index]):
        if token.word in (";", ",", ".", ":"):
            return False
        if token.word in _SUBORDINATORS:
            return True
    return False


def _owner(tokens, index) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].tag == "POS"


def _not_the_subject(tokens, index, names=frozenset()) -> bool:
    if _owner(tokens, index):
        return True
    if (
        tokens[index].word in _OBJECT_FORMS
        and index
        and (tokens[index - 1].tag in ("TO", "IN") or tokens[index - 1].tag.startswith("VB"))
    ):
        return True  # "describe her as", "spoke to her": whom it was done to, not who did it
    if (
        tokens[index].word == "it"
        and index + 1 < len(tokens)
        and tokens[index + 1].tag in ("MD", "VBZ", "VBD", "VBP")
    ):
        return False  # "She thinks it would upset him": the subject of what she thinks
    return tokens[index].word not in _PRONOUNS and _object(tokens, index, names)


def _object(tokens, index, names=frozenset()) -> bool:
    """The noun at ``index`` follows a verb or a preposition (past determiners and
    descriptions): the object of a verb or preposition, not a subject."""
    back = index - 1
    compound = False
    while back >= max(0, index - 8):
        tag = tokens[back].tag
        if tag == "NN" and tokens[back + 1].tag in ("NN", "NNS"):
            compound = True  # "during the network meeting": a noun that describes the next
            back -= 1
            continue
        if tag in ("DT", "PRP$", "JJ", "JJR", "CD") or (
            # "At Rowan House": a name of more than one word is one noun, ending in a word for a
            # place or a thing ("At Rowan House Mia showed me": "Mia" begins a clause).
            tag in ("NNP", "NNPS")
            and tokens[back + 1].tag in ("NNP", "NNPS")
            and tokens[index].word not in names
            and lexicon().first_class(tokens[index].word, "n")
            in ("noun.artifact", "noun.location", "noun.group", "noun.person")
        ):
            back -= 1
            continue
        if tag == "CC" and back and tokens[back - 1].tag in ("NN", "NNS", "NNP"):
            # "for his dad and two younger siblings": joined to the noun before, whose place it
            # shares; back over that noun's phrase.
            back -= 1
            while back > 0 and tokens[back].tag in ("NN", "NNS", "NNP", "DT", "PRP$", "JJ"):
                back -= 1
            continue
        # (Past an aside: "while Oliver, just home from school, built...".)
        verb = index + 1
        if verb < len(tokens) and tokens[verb].word == ",":
            aside = _asides(tokens)
            while verb in aside:
                verb += 1
        if (
            # (Or of time: "since her friendship group moved on", "after their dad left".)
            tokens[back].word in _SUBORDINATORS | {"since", "after", "before"}
            and verb < len(tokens)
            and (tokens[verb].tag.startswith("VB") or tokens[verb].tag == "MD")
        ):
            return False  # "as the family felt": the subject of a clause of its own
        if (
            tag in ("VBD", "VBZ", "VBP")
            and verb < len(tokens)
            and tokens[verb].tag in ("VBD", "VBZ", "VBP", "MD")
            and any(t.word in OPENINGS_OF_WHEN for t in tokens[max(0, back - 3) : back])
            and _done_in_view(tokens[verb])
        ):
            # "While we talked Leon came in": the main clause's subject, past the comma a
            # writer may leave out.
            return False
        # (After a verb, a compound is left to be read as before: "has a youth worker, who
        # feels..." goes on with the worker.)
        return (tag.startswith("VB") and not compound) or tag in ("IN", "TO")
    return False


def _between_descriptions(tokens, index) -> bool:
    """The comma or "and" at ``index`` joins two descriptions of one noun: "a confident,
    sociable boy", "a kind and helpful girl"."""
    return (
        0 < index < len(tokens) - 1
        and tokens[index - 1].tag == "JJ"
        and tokens[index + 1].tag == "JJ"
    )


def _mentions_according_to(tokens) -> bool:
    words = [token.word for token in tokens]
    return opening_source(words) is not None or any(
        first == "according" and second == "to"
        for first, second in zip(words, words[1:], strict=False)
    )


# A heading that opens a paragraph: "Amira's views:", "What Luca thinks and feels:".
_A_HEADING = re.compile(r"([^:.;!?\"“”‘]{1,60}):\s+(?=[^\s\"“‘'])")


def _inside_a_noun_phrase(tokens, index) -> bool:
    """The word at ``index`` sits between a determiner, a possessive or a number and a noun,
    describing it: "a settled baby", "three reported incidents"."""
    return (
        index > 0
        and tokens[index - 1].tag in ("DT", "PRP$", "CD")
        and index + 1 < len(tokens)
        and tokens[index + 1].tag in ("NN", "NNS")
    )


def _according_to(tokens, is_child) -> bool:
    words = [token.word for token in tokens]
    for index in range(len(words) - 2):
        per = index == 0 and opening_source(words) == 1  # "Per his foster mom, ..."
        if per or (words[index] == "according" and words[index + 1] == "to"):
            source = index + (1 if per else 2)
            while source + 1 < len(tokens) and tokens[source].tag in ("DT", "PRP$", "JJ"):
                source += 1  # "according to his teacher": the teacher, not "his"
            if is_child(source):
                return True
        if (
            words[index] == "in"
            and index + 3 < len(words)
            and words[index + 2] == "'s"
            and (words[index + 3] == "words" and is_child(index + 1))
        ):
            return True
        if (
            words[index] == "in"
            and words[index + 1] in ("his", "her", "their")
            and words[index + 2 : index + 4] in (["own", "words"], ["words"], ["words", ":"])
            and is_child(index + 1)
        ):
            return True  # "in his own words:", the child's, named before
    return False


def _asides(tokens) -> set[int]:
    """The tokens of asides: anything in brackets, and an age given between commas or after a
    name ("Her son, age 5, sat...", "Amy, aged 7, said...")."""
    aside = set()
    depth = 0
    for index, token in enumerate(tokens):
        if token.word == "(":
            depth += 1
        if depth:
            aside.add(index)
        if token.word == ")" and depth:
            depth -= 1
        if (
            token.word in ("age", "aged")
            and index + 1 < len(tokens)
            and tokens[index + 1].tag == "CD"
            and index
            and tokens[index - 1].word == ","
        ):
            aside.update((index, index + 1))
        # "Ivy, 14 months, crawled": an age alone between commas.
        if (
            token.tag == "CD"
            and index
            and tokens[index - 1].word == ","
            and index + 2 < len(tokens)
            and tokens[index + 1].word.rstrip("s") in ("month", "week", "year", "day")
            and tokens[index + 2].word == ","
        ):
            aside.update((index, index + 1))
        # "Oliver, just home from school, built a car": a phrase between commas after a name,
        # with no verb of its own, before the name's verb.
        if token.tag == "NNP" and index + 1 < len(tokens) and tokens[index + 1].word == ",":
            close = next(
                (
                    p
                    for p in range(index + 2, min(len(tokens), index + 10))
                    if tokens[p].word == ","
                ),
                None,
            )
            if (
                close is not None
                and close > index + 2
                and close + 1 < len(tokens)
                and not any(
                    t.tag.startswith(("VB", "MD"))
                    # ("Leo, his teacher reports, built...": a verb of saying, read as a noun.)
                    or t.word.endswith("s")
                    and lexicon().first_class(t.word, "v") == "verb.communication"
                    for t in tokens[index + 2 : close]
                )
                and tokens[close + 1].tag in ("VBD", "VBZ", "VBP", "VBN", "MD")
            ):
                aside.update(range(index + 1, close + 1))
        aside.update(_a_relative_clause_between(tokens, index))
    return aside


def _a_relative_clause_between(tokens, index) -> range:
    """ "Ava (10 months), who was lying on a mat when I arrived, rolled over": a clause of "who"
    between commas after a name, before the name's own verb (whatever verbs it has)."""
    if not (
        tokens[index].word == ","
        and index
        and tokens[index - 1].tag in ("NNP", "NN", ")")
        and index + 1 < len(tokens)
        and tokens[index + 1].word == "who"
    ):
        return range(0)
    close = next(
        (p for p in range(index + 2, min(len(tokens), index + 20)) if tokens[p].word == ","), None
    )
    if close is None or close + 1 >= len(tokens):
        return range(0)
    if tokens[close + 1].tag not in ("VBD", "VBZ", "VBP", "MD"):
        return range(0)
    return range(index, close + 1)


def _view_of_another(tokens, subject, verb) -> bool:
    """A pronoun subject, a verb, then (after "that") a clause whose subject is a different
    pronoun of a person: "She feels he is happy at home"."""
    after = verb + 1
    if after < len(tokens) and tokens[after].word == "that":
        after += 1
    return (
        after + 1 < len(tokens)
        and tokens[subject].word in _PRONOUNS
        and tokens[after].word in _PRONOUNS
        and tokens[after].tag == "PRP"
        and tokens[after].word != tokens[subject].word
        and tokens[after + 1].tag in ("VBZ", "VBP", "VBD", "MD")
    )


def _subordinate(tokens, subject) -> bool:
    """Whether the subject stands in a subordinate clause: "if Danny continues", "the time when
    he hit", "informed me that Tyrone has". The clause runs back to the last comma, so in "When
    I asked Amy, she told me" the one who told is in the main clause."""
    if (
        subject
        and tokens[subject - 1].tag in ("VBZ", "VBD", "VBP")
        # ("While we talked Leon came in": the main clause, after one of when.)
        and not any(t.word in OPENINGS_OF_WHEN for t in tokens[max(0, subject - 4) : subject - 1])
    ):
        return True  # "Mum thinks he prefers her": the clause of what Mum thinks
    if (
        subject >= 2
        and tokens[subject - 1].word in ("what", "how")
        and tokens[subject - 2].tag in ("VBZ", "VBD", "VBP", "VB")
    ):
        return True  # "knows what he likes": the clause of what she knows
    if subject >= 2 and tokens[subject - 1].tag == "JJ" and tokens[subject - 2].word in _BE:
        return True  # "it is likely Leah feels the same": the clause of how likely it is
    finite = False
    for token in reversed(tokens[:subject]):
        if token.word in (",", ";", ":"):
            return False
        if token.word in _SUBORDINATORS:
            # "When Mum spoke to her she turned...": the clause of when had its own verb, so
            # the subject after it begins the main clause, comma or none.
            return not (finite and token.word in OPENINGS_OF_WHEN)
        finite = finite or token.tag in ("VBD", "VBZ", "VBP")
    return False


_OBJECT_FORMS = frozenset({"him", "her", "them"})
# A subject pronoun and the object forms of the same one.
_SAME_ONE = {"he": ("him",), "she": ("her",), "they": ("them",)}


def _done_in_view(token) -> bool:
    """The verb is something done that can be seen, not staying or being somewhere ("stayed at
    his dad's", "remained in his room")."""
    words = lexicon()
    lemmas = {token.word, *words.lemmas(token.word, "v")}
    return not lemmas & {"stay", "remain", "live", "be"} and (
        words.first_class(token.word, "v") != "verb.stative"
    )


def _a_clause_reported(tokens, at) -> bool:
    """The verb of saying at ``at`` reports a clause ("told me that...", "said while..."), not
    an object said ("explained the plan")."""
    after = list(tokens[at + 1 : at + 3])
    if after and after[0].tag == "PRP":
        after = after[1:]
    return bool(after) and after[0].word in ("that", "while", "when", "how")


def _guessed(tokens, index) -> bool:
    """The verb at ``index`` follows "would", "might", "may" or "could" ("would probably wish"):
    a guess, not what was said or done."""
    modal = index - 1
    while modal > 0 and tokens[modal].tag == "RB":
        modal -= 1
    return tokens[modal].word in ("would", "might", "may", "could")


# Modals that put what follows as a prediction or a possibility ("will feel", "may miss him",
# "must find it hard"); "would" is left out, as it also tells a habit seen ("would glance at
# his mother before answering").
_FORETELLING = frozenset({"will", "'ll", "shall", "may", "might", "must", "could"})
# "Likely to", "bound to": put as probable, as a modal would.
_LIKELY = frozenset({"likely", "unlikely", "bound"})
# Words that open a clause of its own, which a modal before them does not govern.
_CLAUSE_OPENERS = frozenset({"that", "when", "while", "because", "who", "which", "but", "if"})


def _foretold(tokens, index) -> bool:
    """The verb at ``index`` is governed by a modal of prediction or possibility, directly or
    through a chain of verbs joined to it ("She will probably make breakfast and get him
    ready, carrying a worry"): the writer's picture of the child, not a thing done or said.
    A finite verb of its own, or a new clause, between them ends the chain; and a finite verb
    has its own subject ("I will tell Mum what Ellie told me": Ellie did tell)."""
    if tokens[index].tag in ("VBD", "VBZ", "VBP"):
        return False
    if index <= 1 and tokens[index].tag in ("VBG", "VBN"):
        # "Living with a mum on oxygen, Skye will have grown used to...": a participle that
        # opens the sentence shares its main verb's modal, past the comma.
        comma = next((at for at, t in enumerate(tokens) if t.word == ","), None)
        main = next((at for at in range(comma or 0, len(tokens)) if tokens[at].tag == "MD"), None)
        return comma is not None and main is not None and tokens[main].word in _FORETELLING
    for back in range(index - 1, -1, -1):
        token = tokens[back]
        if token.tag == "MD":
            return token.word in _FORETELLING
        if token.word == "to" and back and tokens[back - 1].word in _LIKELY:
            return True  # "is likely to start before seven, helping her mum..."
        if token.word in ("have", "be", "been"):
            continue  # "will have grown used to", whatever the tagger makes of "have"
        if (
            token.tag in ("VBD", "VBZ", "VBP")
            or token.word in _CLAUSE_OPENERS
            or token.word in (";", ":")
            or token.word in _QUOTE_MARKS
        ):
            return False
    return False


def _joined_to_a_plain_verb(tokens, index) -> bool:
    """ "Has seen him push her mother and hurt her cat": a verb after "and" whose last verb
    before it is in its plain form shares that form, so "hurt" here is no past tense."""
    if index == 0 or tokens[index - 1].word not in ("and", "or"):
        return False
    verb = next((at for at in range(index - 2, -1, -1) if tokens[at].tag[:2] == "VB"), None)
    # (Unless that verb is itself one whose past is its plain form: "put his counter down and
    # hurt his finger" may be told in the past.)
    return (
        verb is not None
        and tokens[verb].tag == "VB"
        and (tokens[verb].word not in _SAME_IN_THE_PAST or tokens[verb - 1].tag in ("MD", "TO"))
    )


def _a_clause_after(tokens, verb) -> bool:
    """A clause of its own follows the verb at ``verb`` with no "that": a name or noun phrase
    and its own verb ("says Ava loves school", "says Callum's speech is behind")."""
    if verb + 2 >= len(tokens) or tokens[verb + 1].tag not in ("NNP", "PRP", "DT", "PRP$"):
        return False
    for at in range(verb + 2, min(len(tokens), verb + 7)):
        if tokens[at].tag in ("VBZ", "VBD", "VBP", "MD"):
            return True
        if tokens[at].tag in (",", ".", ":", "CC", "IN"):
            return False
    return False


def _head_of_the_lead(tokens) -> int | None:
    """Where the sentence's first subject is, at its last noun ("The speech and language
    therapist", "the school nurse"): the one a verb after it is said of."""
    lead = next((i for i, t in enumerate(tokens) if t.tag in _SUBJECT_TAGS), None)
    if lead is None or tokens[lead].tag not in ("NN", "NNS"):
        return lead
    head = lead
    while head + 2 < len(tokens) and (
        tokens[head + 1].tag in ("NN", "NNS")
        or tokens[head + 1].word == "and"
        and tokens[head + 2].tag in ("NN", "NNS")
    ):
        head += 1
    return head if tokens[head].tag in ("NN", "NNS") else lead


def _in_a_when_clause(tokens, index) -> bool:
    for token in reversed(tokens[:index]):
        if token.word in (",", ";", ":") or token.tag == "CC":
            return False
        if token.word in OPENINGS_OF_WHEN:
            return True
    return False


def _spoken_to(tokens, index) -> bool:
    """ "When Mum spoke to her she turned": speech to someone, with nothing it reports (not
    "said to me that he cried")."""
    after = [t.word for t in tokens[index + 1 : index + 5]]
    return (
        after[:1] in (["to"], ["with"])
        and len(after) > 1
        and tokens[index + 2].tag in ("PRP", "NNP")
        and "that" not in after
        and not any(word in _QUOTE_MARKS for word in after)
    )


@dataclass(frozen=True)
class Prepared:
    child_words: Terms
    children: frozenset
    adults: frozenset
    kin: frozenset
    titles: frozenset
    light: frozenset
    speech: frozenset
    care: frozenset
    wishes: frozenset
    inferring: frozenset


def prepare(settings) -> Prepared:
    words = lexicon("wordnet")
    return Prepared(
        Terms(settings["child_words"]),
        # Only words whose commonest sense is a person: not "issue" (offspring, but first a
        # question: "no issues raised by the kindy") nor "pup" or "terror".
        frozenset(
            word
            for word in words.person_nouns_under(settings["child_roots"])
            if words.first_class(word, "n") in ("noun.person", None)
        ),
        words.person_nouns_under(settings["adult_roots"]) | set(settings["kin_words"]),
        words.person_nouns_under(settings["kin_roots"]) | set(settings["kin_words"]),
        frozenset(normal(title) for title in settings["titles"]),
        frozenset(settings["light_verbs"]),
        frozenset(settings["speech_classes"]),
        frozenset(settings["care_classes"]),
        frozenset(settings["wish_verbs"]),
        frozenset(settings["inferring"]),
    )


def find(view, prepared: Prepared, sections):
    doc = view.document
    if not any(view.has_content(section) for section in ("facts", "child", "analysis", "risk")):
        return  # nothing written yet: other criteria say so
    yield from _unheard(view, prepared, doc)
    yield from _adults_words(view, prepared, doc)
    yield from _meaning_missing(view, prepared, doc)


def _adults_words(view, prepared, doc):
    """An item recorded as the child's own words in which an adult is the one speaking: "Mum
    said Kai loves school" is Mum's account, and the child is not heard in it."""
    names = {child.ref: child for child in doc.children}
    # With no child recorded, the names the whole text gives children and grown-ups ("Kayleigh
    # Marsh (29)" in the facts, "Kayleigh told me Tyler loves Dean" in the child's section), as
    # when the section is read for the child's view.
    texts = tuple(item.text for item in (*doc.experiences, *doc.facts, *doc.loose) if item.text)
    # (Read once for every item: each would read the same texts.)
    adults = _adults_named_in(prepared, texts)
    unrecorded = frozenset() if doc.children else _children_named_in(prepared, texts)
    for experience in doc.experiences:
        if experience.kind != "words" or not experience.text or not view.wanted(experience.ref):
            continue
        child = names.get(experience.child_ref) or (
            doc.children[0] if len(doc.children) == 1 else None
        )
        # An item tied to no one child may be any recorded child's ("Lena said: ..." in a
        # file that lists Lena and her brother).
        known = (
            _names(child, doc)
            if child is not None
            else frozenset().union(*(_names(each, doc) for each in doc.children))
            if doc.children
            else unrecorded
        )
        reading = Reader(prepared, known, named_children=bool(doc.children), adults=adults)
        # An adult speaking in an item that also shows the child heard or seen ("When the
        # supervisor said it was time to go, he held on to his dad and cried") is not only
        # the adult's account.
        if (
            reading.adult_speaks(experience.text)
            and not reading.heard(experience.text, True)
            and not reading.seen(experience.text, True)
        ):
            name = child.name.split()[0] if child is not None and child.name else "the child"
            yield Hit(
                "child",
                experience.ref,
                "text",
                0,
                len(experience.text),
                experience.text,
                {
                    "problem": f"This is not {name}'s view but an adult's words about them; record "
                    f"what {name} said or did, and keep the adult's account as a fact from them",
                    "child": name,
                },
            )


def adults_words(text: str, child_name: str | None) -> bool:
    """Whether an adult, not the child, is the one speaking in this text (for other checks)."""
    reading = Reader(
        _default_prepared(), _name_words(child_name), named_children=child_name is not None
    )
    return reading.adult_speaks(text) and not reading.heard(text, True)


def in_the_childs_voice(text: str) -> bool:
    """Whether the text is the child speaking in the first person, quotation marks or not ("I
    hate contact, Dad is always on his phone"), as their own experience records it: their
    words, not the writer's (for other checks)."""
    return Reader(_default_prepared(), frozenset(), named_children=False).in_their_voice(text)


@lru_cache(maxsize=1)
def _default_prepared() -> Prepared:
    return prepare({name: setting.default for name, setting in SETTINGS.items()})


def _unheard(view, prepared, doc):
    children = doc.children or [None]
    # Where the child's view is looked for: the child's experience section, and facts whose
    # source was the child. In text read from a file nothing says how a fact is known, so its
    # facts and unsorted text are read as well. A chronology written on the journey is the
    # evidence, not the child's experience: a fact the worker saw does not stand in for it.
    facts = [fact.text for fact in doc.facts if fact.text and fact.how_known == ""]
    said = [fact.text for fact in doc.facts if fact.text and fact.how_known == "said_by_child"]
    loose = [item.text for item in doc.loose if item.text]
    for child in children:
        if child is not None and child.is_unborn:
            continue
        ref = child.ref if child is not None else None
        name = child.name if child is not None and child.name else "the child"
        own = [
            experience.text
            for experience in doc.experiences
            if experience.text and (experience.child_ref in (None, ref) or len(children) == 1)
        ]
        observed = [*own, *facts, *loose]
        named = _names(child, doc) if doc.children else _children_named_in(prepared, observed)
        adults = _adults_named_in(prepared, observed)
        reading = Reader(prepared, named, named_children=bool(doc.children), adults=adults)
        # A fact recorded as said by the child is their words: this child's, if it names them
        # or there is no other child it could be.
        heard = any(reading.heard(text) for text in said) or (bool(said) and len(children) == 1)
        # A quotation recorded as this child's words, with no adult speaking in it, is theirs:
        # 'In his own words: "I want it to stop"'.
        heard = heard or any(
            experience.kind == "words"
            and QUOTE.search(experience.text)
            and not reading.adult_speaks(experience.text)
            and not reading.quotes_about_them(experience.text)
            and not only_terms_quoted(experience.text)
            for experience in doc.experiences
            if experience.text and (experience.child_ref in (None, ref) or len(children) == 1)
        )
        seen = False
        for text in observed:
            # In the child's own experience item, "he" and "she" are that child: "He flinched".
            about = text in own
            heard = heard or reading.heard(text, about) or (about and reading.in_their_voice(text))
            seen = seen or reading.seen(text, about)
            if seen:
                break
        if child is not None and child.is_preverbal:
            # What another child said of them is not what was seen of them.
            if seen or reading.cared_for_in(observed):
                continue
            problem = (
                f"The child's view is missing: {name} cannot tell you in words, so record what "
                "you saw of them: how they "
                "looked, moved, played and responded to the adults caring for them"
            )
        elif heard or seen:
            continue
        else:
            problem = (
                f"The child's view is missing: nothing records {name}'s own words or what you "
                "saw of them; say what it is "
                "like to be them, in their words or from what you observed"
            )
        yield Hit("child", ref, None, 0, 0, name, {"problem": problem, "child": name})


def _children_named_in(prepared, texts) -> frozenset[str]:
    """With no child recorded, the names the text itself gives to children: a name with a
    child's age after it ("Tahlia (7)", "Ruby (3 weeks)"), a heading of whose experience it is
    ("Ruby's daily lived experience."), a name beside a word for a child ("her brother Jack")
    or joined to a child's name ("Oliver (9) and Evie"). A name that tells of them is then an
    adult's ("Leah tells me that Ruby...": the mother's account); any other may still be a
    child's."""
    read = [_names_in(prepared, text) for text in texts]  # each text read once, and kept
    found: set[str] = set().union(*(named for named, _pairs, _adults in read))
    if found:
        for _named, pairs, _adults in read:  # "Amy (6) and Jack", "Jack and Amy": together
            found.update(name for name, beside in pairs if beside in found)
    return frozenset(found)


def _adults_named_in(prepared, texts) -> frozenset[str]:
    """The names the texts give to grown-ups, by a role beside them or children of their own
    ("their father, Ashley,"; "Shannon's five children"): theirs in every sentence after, as
    when "Ashley told me by phone" comes later ("Ashley (7)" a child's all the same)."""
    read = [_names_in(prepared, text) for text in texts]
    found: set[str] = set().union(*(adults for _named, _pairs, adults in read))
    return frozenset(found - _children_named_in(prepared, texts))


_AN_AGE_GIVEN = re.compile(
    r"\(\s*(?:aged\s+)?\d"
    # "Kai, seven,", "Alfie is seven months old", "Reece is sixteen" (read again by the tagger).
    r"|(?:,|\bis|\bwas|'s)\s+(?:aged\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b",
    re.IGNORECASE,
)


_A_NAME_LABEL = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][a-z]+(?:-[A-Z][a-z]+)?):\s", re.MULTILINE)
_JOINED_NAMES = re.compile(r"\b[A-Z][a-z]+\s*(?:\([^)]*\)\s*)?and\s+[A-Z][a-z]+")


@lru_cache(maxsize=4096)
def _names_in(prepared, text) -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[str]]:
    """The names one text gives to children, each name joined by "and" to another name (which
    is a child's if the other is), and the names it gives to grown-ups."""
    named: set[str] = set()
    adults: set[str] = set()
    parented: set[str] = set()  # children only by their parent's word: "Clint's mum"
    # A brother, sister or cousin named after whose they are ("Tom's sister, Jess"): a child if
    # that one is, a grown-up if that one is.
    kin_of: list[tuple[str, str]] = []
    kin_to_a_child: list[str | None] = []  # whose brother or sister a child is: a child too
    pairs: list[tuple[str, str]] = []
    # Names that open a part of their own ("Harley: ...", "Bella: ..."): one each, as a section
    # on several children is set out, each a child if any of the others is.
    labels = [
        label.group(1).lower()
        for label in _A_NAME_LABEL.finditer(text)
        if not lexicon().known(label.group(1).lower(), "n")
    ]
    pairs.extend((one, other) for one in labels for other in labels if one != other)
    for start, end in sentences(text):
        sentence = text[start:end]
        words = {normal(w) for w in re.findall(r"[\w'-]+", sentence)}
        if not (
            _AN_AGE_GIVEN.search(sentence)
            or any(w in prepared.children or w in _siblings() for w in words)
            or _JOINED_NAMES.search(sentence)
            # Whose someone is (and a heading, "Ruby's daily lived experience."), and roles
            # beside names: "Tia's school", "their father, Lee".
            or "'s" in sentence
            or "," in sentence
            and any(w in prepared.adults for w in words)
        ):
            continue  # nothing here could name a child: not tagged (the cold check's cost)
        tokens = tag(sentence).tokens
        # ("Ruby's daily lived experience.", a heading of nouns; not "Janet's strict but fair.")
        heading = (
            len(tokens) <= 7 and tokens[-1].word in (".", ":") and tokens[-2].tag in ("NN", "NNS")
        )
        # (Not "Mum" or "December", capitalised as names are.)
        names = {
            t.word
            for at, t in enumerate(tokens)
            if t.tag == "NNP" and _untitled(prepared, sentence, tokens, at)
        }
        for index, token in enumerate(tokens):
            if (
                token.tag != "NNP"
                and not (
                    # A name the tagger read as a noun at the start: "Danielle, who is 26, ...".
                    index == 0
                    and sentence[:1].isupper()
                    and not lexicon().known(token.word, "n")
                    and token.tag == "NN"
                )
                # ("Uncle" in "Uncle Dean": a title, not a name.)
                or _a_family_title(prepared, token)
                and [t.tag for t in tokens[index + 1 : index + 2]] == ["NNP"]
            ):
                continue
            cast = _cast_of(prepared, sentence, tokens, index, heading)
            if cast == "child":
                # "Jayden Wilson (7)": the given name, which is theirs alone; the family name
                # is their parents' too ("Mom, Megan Wilson, said").
                first = index
                while (
                    first
                    and tokens[first - 1].tag == "NNP"
                    and tokens[first - 1].word not in TITLES
                    # ("Baby Rosa (3 months)": a word for a child before the name.)
                    and not _child_noun(prepared, tokens[first - 1].word)
                ):
                    first -= 1
                named.add(tokens[first].word)
                # ("Kayden's brother Jordan (17)": Kayden a child too.)
                kin_to_a_child.append(_whose_kin(prepared, tokens, index))
            elif cast == "adult":
                # With the surname after it: "Key worker Sam Lewis told me", whose last word
                # the reader takes for the subject.
                adults.update(_a_full_name_from(tokens, index))
            elif cast == "parented":
                parented.add(token.word)
                if tokens[0].word in named and any(t.word in ("is", "was") for t in tokens[:index]):
                    named.add(token.word)  # "Chloe, 17, is Alfie's mum": a child's child
            elif cast is not None:
                kin_of.append((token.word, cast))
        pairs.extend(_listed_together(tokens, names))
    for name, whose in kin_of:
        if whose in adults or whose in prepared.kin and whose not in _KIN_CHILDREN:
            adults.add(name)
        elif whose in named or _child_noun(prepared, whose):
            named.add(name)  # "Kai (7)... Kai's sister, Mia": a child's (whose else, unknown)
    named.update(
        whose
        for whose in kin_to_a_child
        if whose is not None and whose not in adults and whose not in prepared.kin
    )
    if not named:
        # (Only where nothing else names a child: "Alfie (7 months)... Kerry's mother" is his
        # grandmother, and Kerry his mother.)
        named |= parented - adults
    return frozenset(named), tuple(pairs), frozenset(adults)


def _cast_of(prepared, sentence, tokens, index, heading) -> str | None:
    """What the text makes the name at ``index``: "child", "adult", "parented" (a child by
    their parent's word alone), whose brother, sister or cousin they are (that one's word), or
    None."""
    age = _age_after(tokens, index)
    if age is not None:
        return "child" if age < 18 else "adult"  # "their cousin, Danielle, who is 26"
    if index and _a_family_title(prepared, tokens[index - 1]):
        return "adult"  # "Her brother, Uncle Dean,": a grown-up's family word as a title
    whose = _whose_kin(prepared, tokens, index)
    if whose is not None:
        return whose
    if (
        (heading and index == 0 and len(tokens) > 2 and tokens[1].tag == "POS")
        or _a_childs_word_before(prepared, sentence, tokens, index)
        or _schooled(prepared, tokens, index)
        # "Bailey and his sister Imogen": a sibling's.
        or [t.word for t in tokens[index + 1 : index + 2]] == ["and"]
        and index + 3 < len(tokens)
        and tokens[index + 2].tag == "PRP$"
        and tokens[index + 3].word in _siblings()
        # "Jayden said to his sister Maya": the subject whose sister she is, as the text takes
        # a named sister to be a child.
        or _to_their_sibling(tokens, index)
    ):
        return "child"
    if (
        # "Alfie's mum", "is Ruby's dad": whose parent someone is, a child; unless the text
        # calls them a parent too ("Clint's mum, Rita," of "his dad, Clint").
        [t.word for t in tokens[index + 1 : index + 2]] == ["'s"]
        and index + 2 < len(tokens)
        and tokens[index + 2].word in _PARENT_WORDS
    ):
        return "parented"
    return "adult" if _a_grown_up_named(prepared, tokens, index) else None


def _a_family_title(prepared, token) -> bool:
    """A grown-up's family word capitalised before a name, as a title: "Uncle Dean", "Nana
    Jean" (not "Baby Rosa", nor a brother's or sister's)."""
    return (
        token.tag in ("NNP", "NNPS")
        and _adult_role(prepared, token.word)
        and not _child_noun(prepared, token.word)
        and token.word not in _KIN_CHILDREN
    )


def _a_full_name_from(tokens, index) -> list[str]:
    """The name at ``index`` and the names straight after it ("Sam Lewis")."""
    last = index
    while last + 1 < len(tokens) and tokens[last + 1].tag == "NNP":
        last += 1
    return [token.word for token in tokens[index : last + 1]]


def _to_their_sibling(tokens, index) -> bool:
    """The name at ``index`` is the subject of a verb, and its clause goes on to "his" or "her"
    and a word for a brother or sister ("Jayden said to his sister Maya")."""
    if index + 1 >= len(tokens) or not tokens[index + 1].tag.startswith("VB"):
        return False
    for at in range(index + 2, min(len(tokens) - 1, index + 6)):
        if tokens[at].word in (",", ".", ";", ":") or tokens[at].tag == "NNP":
            return False
        if tokens[at].word in ("his", "her") and tokens[at + 1].word in _siblings():
            return True
    return False


def _named_after_a_role(prepared, tokens, index) -> bool:
    """The name at ``index`` follows a comma after a grown-up's noun, no child's or a kin's
    ("Callum's key worker, Simone Baptiste,", "the night manager, Sandra", "his parents,
    Kirsty and Liam Marsh,"): the name of whoever holds that role."""
    first = index
    # (Back over the names given together: "His parents, Kirsty and Liam Marsh,".)
    while first > 0 and (
        tokens[first - 1].tag == "NNP"
        or first >= 2
        and tokens[first - 1].word == "and"
        and tokens[first - 2].tag == "NNP"
    ):
        first -= 1
    if first < 2 or tokens[first - 1].word != ",":
        return False
    at = first - 2
    # Past where they work: "Callum's key worker at Ashdown Lodge, Simone Baptiste".
    place = at
    while place > 0 and tokens[place].tag in ("NNP", "NNPS", "DT", "JJ"):
        place -= 1  # (and "the Teacher of the Deaf, Carys Bell", "at Little Acorns")
    if place < at and tokens[place].word in ("at", "from", "of", "in"):
        at = place - 1
    return _a_grown_ups_role(prepared, tokens, at)


def _a_role_named_after(prepared, tokens, index) -> bool:
    """The name at ``index`` has a grown-up's role after it, between commas ("Lee Dunn, Demi's
    father,", "Bethany, Lacey's key worker at Little Acorns,"): whoever holds that role."""
    last = index
    while last + 1 < len(tokens) and tokens[last + 1].tag == "NNP":
        last += 1
    at = last + 2
    if at >= len(tokens) or tokens[last + 1].word != ",":
        return False
    if tokens[at].tag in ("DT", "PRP$"):
        at += 1  # "Ros, the night manager,", "Lee, their father,"
    elif at + 1 < len(tokens) and tokens[at].tag == "NNP" and tokens[at + 1].word == "'s":
        at += 2  # "Lee, Demi's father,"
    else:
        return False
    # The role is the last of its nouns, before where they work or the comma that closes it.
    role = None
    while at < len(tokens) and tokens[at].tag in ("NN", "NNS", "JJ"):
        if tokens[at].tag != "JJ":
            role = at
        at += 1
    # Set apart, as an aside is: not the subject of what follows ("According to Kai, his mum
    # sleeps most of the day").
    # (Or "who" and what the role has done, and "for" whom: "Dionne, a family friend who has
    # helped since...", "Bethany, the nursery key worker for his sister Isla,".)
    closed = at >= len(tokens) or tokens[at].word in (
        *(",", ".", ";", ")", "at", "from", "in"),
        *("who", "for"),
    )
    return role is not None and closed and _a_grown_ups_role(prepared, tokens, role)


def _a_death(tokens, index, lemmas) -> bool:
    """The verb at ``index`` tells a death: "died", "passed away"."""
    return "die" in lemmas or bool(
        lemmas & {"pass"} and index + 1 < len(tokens) and tokens[index + 1].word == "away"
    )


def _a_grown_ups_role(prepared, tokens, at) -> bool:
    """The noun at ``at`` is a grown-up's role: a worker or a professional ("key worker",
    "night manager") or a parent's, not one a young person may be called ("the young man")
    nor a child's or a sibling's."""
    role = tokens[at]
    words = lexicon()
    return (
        # (A family word read as an adjective too, "their mum, Laura,", or as a name after whose
        # it is, "Jordan's mum, Sharon,"; not a name, "Nana, Mia".)
        (
            role.tag in ("NN", "NNS")
            or role.word in prepared.kin
            and (
                role.tag == "JJ"
                or at
                and tokens[at - 1].word == "'s"
                # "Mum, Leanne, says": the family word capitalised, a name set apart after it.
                or role.tag == "NNP"
                and at + 3 < len(tokens)
                and tokens[at + 1].word == ","
                and tokens[at + 3].word in (",", ".")  # (or ending the sentence: "and Dad, Craig.")
                # (Not a list of names: "Nana, Mia, Leo and I".)
                and (at + 4 >= len(tokens) or tokens[at + 4].tag != "NNP")
            )
        )
        and not (at and tokens[at - 1].word in ("young", "little"))
        and (
            any(
                _a_grown_ups_word(prepared, word)
                and not _child_noun(prepared, word)
                and word not in _KIN_CHILDREN
                for word in {role.word, *words.lemmas(role.word, "n")}
            )
            # A role WordNet does not list: "foster carer Ruth", "keyworker Sam".
            or words.unlisted_person(role.word)
            # Or a person's noun named by their field, as a job is ("the health visitor",
            # "the school nurse"), not by whom they are ("her school friend").
            or at
            and tokens[at - 1].tag == "NN"
            and words.first_class(tokens[at - 1].word, "n") in ("noun.state", "noun.act")
            and words.first_class(role.word, "n") == "noun.person"
            # ...or a person named by a noun for their part ("her key person", "the contact
            # person"; not "a vulnerable person").
            or role.word == "person"
            and at
            and words.known(tokens[at - 1].word, "n")
            and tokens[at - 1].word not in ("young", "little", "old")
            # ...or a friend of the whole family ("a family friend"), not of one child.
            or at
            and tokens[at - 1].word == "family"
            and role.word in ("friend", "friends")
        )
        # (Not the children, "The twins, Amy and Ben,": a word any of whose forms is one.)
        and not any(
            _child_noun(prepared, word) or word in _KIN_CHILDREN
            for word in words.lemmas(role.word, "n")
        )
    )


# WordNet's classes of a noun whose commonest sense is no person ("name", a famous one only
# rarely): not a role, before a comma and a name.
_ABSTRACT_FIRST = frozenset(
    {"noun.communication", "noun.cognition", "noun.attribute", "noun.act", "noun.state"}
)


def _a_grown_ups_word(prepared, word) -> bool:
    """One of the rubric's words for a grown-up, as a person is commonly called it (not
    "name", a famous person only rarely: "said her name, Ruby came over")."""
    return word in prepared.adults and lexicon().first_class(word, "n") not in _ABSTRACT_FIRST


def _before_a_name_set_apart(tokens, at) -> int:
    """Where the word is that a name between commas, ending at ``at``, is set beside: "mum" in
    "Their mum, Tasha, said"; ``at`` when there is none."""
    if tokens[at].word != ",":
        return at
    back = at - 1
    while back > 0 and tokens[back].tag == "NNP":
        back -= 1
    return back - 1 if back < at - 1 and back > 0 and tokens[back].word == "," else at


def _role_after(prepared, tokens, index) -> bool:
    """An adult's role in brackets after the name: "Sarah (mother)", "Tom (father, 34)"."""
    if index + 1 >= len(tokens) or tokens[index + 1].word != "(":
        return False
    for token in tokens[index + 2 : index + 6]:
        if token.word == ")":
            return False
        if token.word in prepared.adults:
            return True
    return False


def _a_grown_up_named(prepared, tokens, index) -> bool:
    """The name at ``index`` is a grown-up's, by what the sentence says of them: a role beside
    it ("their father, Ashley,", "Bethany, Lacey's key worker,", "their dad Lee", "foster carer
    Ruth", "Sarah (mother)"), or children of their own ("Shannon's five children", "Kerry's
    son", "Gary does not want his son to...")."""
    if index and tokens[index - 1].tag == "NN" and _a_grown_ups_role(prepared, tokens, index - 1):
        return True  # "their dad Lee", "mum Donna", "foster carer Ruth"
    if [t.word for t in tokens[index + 1 : index + 2]] == ["'s"]:
        at = index + 2
        while at < len(tokens) and tokens[at].tag in ("CD", "JJ"):
            at += 1  # "Shannon's five children", "Kerry's eldest son"
        if at < len(tokens) and tokens[at].word in _OFFSPRING:
            return True
    # The subject, and in what they do or say, "his son" or "her children": theirs.
    if index + 1 < len(tokens) and tokens[index + 1].tag.startswith(("VB", "MD")):
        for at in range(index + 2, min(len(tokens) - 1, index + 8)):
            if tokens[at].word in (",", ";", ".", "and", "but") or tokens[at].tag == "NNP":
                break
            if tokens[at].word in ("his", "her", "their") and tokens[at + 1].word in _OFFSPRING:
                return True
    return (
        _named_after_a_role(prepared, tokens, index)
        or _a_role_named_after(prepared, tokens, index)
        or _role_after(prepared, tokens, index)
    )


def _schooled(prepared, tokens, index) -> bool:
    """The name at ``index`` owns a school, a class or a teacher ("Tia's school report",
    "Kayla's form tutor", "Jesse's nursery key worker", "Dale's football coach"): a child's."""
    if [t.word for t in tokens[index + 1 : index + 2]] != ["'s"]:
        return False
    following = [t.word for t in tokens[index + 2 : index + 5]]
    if following[:1] == ["head"] and following[1:2] == ["of"]:
        return following[2:] in (["year"], ["house"])  # "Jordan's Head of Year"
    if following[:2] == ["form", "tutor"]:
        return True  # "Kayla's form tutor" (a school's, as a college tutor is not)
    for token in tokens[index + 2 : index + 5]:
        if token.tag not in ("NN", "NNS", "JJ", "NNP"):
            return False
        if token.word in _schooling():
            return True
    return False


@lru_cache(maxsize=1)
def _schooling() -> frozenset[str]:
    """Where and by whom a child is taught: a school, and WordNet's educators of one
    ("teacher", "headmistress", "schoolmaster"; not a college tutor, a driving instructor or a
    coach, whom grown-ups have too)."""
    words = lexicon()
    return (
        frozenset(
            word
            for word in words.person_nouns_under(("educator",))
            if words.first_class(word, "n") in ("noun.person", None)  # ("head teacher")
            and any(part in word for part in ("teacher", "school", "headm"))
        )
        | _CHILDHOOD_SETTINGS
    )


# Where children spend their days, as a child's own: "Tia's school", "Lacey's nursery" (not
# "Donna's parenting class").
_CHILDHOOD_SETTINGS = frozenset(
    {"school", "nursery", "preschool", "pre-school", "kindergarten", "classroom"}
)
# Whose children they are: "Shannon's five children", "Kerry's son" (a parent's).
_OFFSPRING = frozenset(
    {"children", "kids", "son", "sons", "daughter", "daughters", "stepson", "stepdaughter"}
)


@lru_cache(maxsize=1)
def _siblings() -> frozenset[str]:
    """Words for a brother or sister ("brother", "half-sister"), with their plurals."""
    words = lexicon()
    found = words.person_nouns_under(("sibling", "male_sibling", "female_sibling"))
    return frozenset(found | {w + "s" for w in found})


def _names(child, doc) -> frozenset[str]:
    """The words that name this child (each of their names, lower case)."""
    return _name_words(child.name if child is not None else None)


def _name_words(name) -> frozenset[str]:
    return frozenset(normal(part) for part in re.findall(r"\w+", name or ""))


class Reader:
    """Reads texts for one child's words and for what was seen of them."""

    def __init__(
        self,
        prepared: Prepared,
        names: frozenset,
        named_children: bool,
        adults: frozenset = frozenset(),
    ):
        self.prepared = prepared
        self.names = names
        # The names the text gives grown-ups, by their roles ("their father, Ashley,").
        self.adults = adults
        # With no child recorded, any first name that is no adult's stands for one; unless the
        # text names its children itself, by their ages ("Kai, seven,", "Leah (14)"): then a
        # name it gives no age, joined to none of theirs, is a grown-up's ("Darren said...").
        self.any_name = not named_children and not names
        self.words = lexicon()
        # The names of the children the sentence before told of, while sentences are read.
        self.last_children: frozenset[str] = frozenset()
        # Names a child has told of as another child ("Ethan (10) told me Sienna screams at
        # Lee"): children in every sentence after, though the text gives them no age.
        self.told_of: set[str] = set()

    def _is_child(self, text, tokens, index, previous_was_child) -> bool:
        token = tokens[index]
        word = token.word
        if word in _PRONOUNS or word == "you":
            if word == "you" and _of_another(tokens, index):
                return False  # "You both feel she is...": a letter's parents, of their child
            if _the_adult_of_this_sex(tokens, index) or self._the_speaker_again(tokens, index):
                return False  # "Tobi's aunt, Ms Ade, ... his mum..., but she did not say"
            if word in ("she", "he") and (
                any(t.word in self.last_children for t in tokens[index + 1 :])
                or self._quotes_a_child_by_name(text, tokens, index)
            ):
                # "She believes Mia misses the dog", 'She said, "Mia used to run to the door"':
                # a child named after "she" is someone else than "she" (or it would be
                # "herself"); the child the last sentence named is not who speaks.
                return False
            # "You" in the child's own experience is the child written to: "You told me...".
            return previous_was_child
        title = _title_of(text, tokens, index)
        if title is not None and not (
            # "Miss Ellie Lake", "Master Kai Webb": a formal report's title for a child.
            title + 1 < len(tokens)
            and tokens[title].word in ("miss", "master")
            and tokens[title + 1].word in self.names
        ):
            # "Ms Fry": a surname, whatever else the word means ("small fry"); "Ms Toni Lake",
            # an adult however the child is named ("Harley Lake").
            return False
        if word in self.names or word in self.told_of:
            return True
        if (
            token.tag == "NNP"
            and index
            and tokens[index - 1].word in self.names
            and not _a_family_title(self.prepared, tokens[index - 1])
        ):
            return True  # "Leo Ward (9) told me": the child's surname, after their name
        if _child_noun(self.prepared, word):
            return not _children_in_general(tokens, index)
        if token.tag == "NN" and AN_AGE.search(word):
            return _years_before(tokens, index) < 18  # "the 2-year-old", not "the 34-year-old"
        # A child's word of one or two words ending here: "pupil", "young person".
        words = [(t.start, t.end, t.word) for t in tokens[max(0, index - 1) : index + 1]]
        found = self.prepared.child_words.search(words)
        if found is not None and sum(found) == len(words):
            return not _children_in_general(tokens, index)
        if self.any_name and (
            token.tag in ("NNP", "NNPS") or self._named_first(text, tokens, index)
        ):
            return self._a_childs_name(text, tokens, index)
        return False

    def _quotes_a_child_by_name(self, text, tokens, index) -> bool:
        """After the pronoun at ``index``, a quotation names the child it would be ('She said,
        "Ruby used to sing..."'): no one speaks of themselves by name, so whoever speaks is
        someone else."""
        start = tokens[index].end
        for match in QUOTE.finditer(text, start):
            for at, token in enumerate(tokens):
                if (
                    match.start() < token.start < match.end()
                    and token.tag in ("NNP", "NN")
                    and text[token.start].isupper()
                    # (A quotation's first word is capitalised anyway: a name there is the
                    # subject of a verb, '"Ruby used to sing"', not '"Because Mummy cries"'.)
                    and (
                        text[match.start() : token.start].strip(" \"'“‘") != ""
                        or at + 1 < len(tokens)
                        and (
                            tokens[at + 1].tag.startswith(("VB", "MD"))
                            or bool(self.words.lemmas(tokens[at + 1].word, "v"))  # "cries"
                        )
                    )
                    # The child "she" would be: the one the sentence before told of, if any
                    # (not 'she told me, "Harvey stays in his room"', of her brother).
                    and (
                        token.word in self.last_children
                        if self.last_children
                        else token.word in self.names or self.any_name
                    )
                    # (Not one spoken to: '"Jayden, come here"'.)
                    and not (at + 1 < len(tokens) and tokens[at + 1].word in (",", "!", "?"))
                    and self._a_childs_name(text, tokens, at)
                ):
                    return True
        return False

    def _a_childs_name(self, text, tokens, index) -> bool:
        """The capitalised word at ``index``, where any name may be a child's, is one: no
        adult's by the role or the age the text gives them, no relation's, no kind of person."""
        token = tokens[index]
        if (
            index
            and tokens[index - 1].tag == "PRP$"  # "her Nain", "his Nana": a relation
            or token.word in self.adults
            or self._another_by_name(text, tokens, index)
        ):
            return False
        age = _age_after(tokens, index)
        if age is not None:
            return age < 18  # "Mason (10 weeks)", "Ellie (6)"; not "Tom (34)"
        if token.word not in self.words.lemmas(token.word, "n") and (
            self.words.first_class(token.word, "n") == "noun.person"
        ):
            return False  # "Professionals agree": people of a kind, capitalised, not a name
        if (
            index == 0
            and len(tokens) > 1
            and self.words.known(token.word, "n")
            and (self._plural_verb(tokens[1]) or tokens[1].tag in ("NN", "NNS"))
        ):
            # "Nursery describe her": a body of people, as British English has it; "Wing
            # officers say": a word that says which, before the noun it describes.
            return False
        return _untitled(self.prepared, text, tokens, index) and not _role_after(
            self.prepared, tokens, index
        )

    def _the_speaker_again(self, tokens, index) -> bool:
        """The pronoun at ``index`` opens what a grown-up of its sex, the sentence's subject,
        says ("Mum (Shona) phoned to say she has deregistered Alfie"): the speaker."""
        back = index - 1
        while back > 0 and (tokens[back].word in ("that", "me", "us") or tokens[back].tag == "RB"):
            back -= 1
        if back <= 0 or not self._speech(tokens[back]):
            return False
        lead = next((at for at, t in enumerate(tokens) if t.tag in _SUBJECT_TAGS), None)
        return (
            lead is not None
            and lead < back
            and tokens[lead].word not in _PRONOUNS
            and bool(pronouns_for([tokens[index]]) & _sex_of_the_person_at(tokens, lead))
        )

    def _another_by_name(self, text, tokens, index) -> bool:
        """The name at ``index`` is someone else's, by where it stands."""
        return (
            # "Leah tells me that Ruby is...": of a child the text names.
            self.names
            and self._of_the_child_named_after(text, tokens, index)
            # "Priya Lal noted that Leah (14)...": an adult's full name; and where the text
            # names no child by age, a full name recording something ("Shannon Webb at
            # nursery has recorded..."), as professionals do (a child tells, as anyone may).
            or (self.names or self._recording(tokens, index))
            and self._full_name_of_another(tokens, index)
            # "His key worker, Simone Baptiste, says...": whoever holds the role.
            or _named_after_a_role(self.prepared, tokens, index)
        )

    def _recording(self, tokens, index) -> bool:
        """The name at ``index`` is the subject of a verb of recording, past where they work
        ("Shannon Webb at nursery has recorded", "Dana Kerr noted")."""
        at = index + 1
        while at < len(tokens) and tokens[at].tag in ("NNP", "IN", "DT", "NN", ","):
            at += 1
        while at < len(tokens) and tokens[at].word in _AUXILIARIES:
            at += 1
        return (
            at < len(tokens)
            and tokens[at].tag.startswith("VB")
            and not RECORDING.isdisjoint(self.words.lemmas(tokens[at].word, "v"))
        )

    def _full_name_of_another(self, tokens, index) -> bool:
        """The name at ``index`` is part of a full name (a first name and a surname) none of
        whose words is a name the text gives its children: where a text names its children
        ("Leah (14)"), a full name it gives no age is an adult's, as children are called by
        their first names."""
        first, last = index, index
        while first > 0 and tokens[first - 1].tag == "NNP":
            first -= 1
        while last + 1 < len(tokens) and tokens[last + 1].tag == "NNP":
            last += 1
        return (
            first < last
            and not any(t.word in self.names for t in tokens[first : last + 1])
            and _age_after(tokens, last) is None
        )

    def _plural_verb(self, token) -> bool:
        """A verb in its plain form, agreeing with many ("describe", "report"), which the tagger
        may have read as a past tense after a name; not one whose past is the same ("put")."""
        return token.tag == "VBP" or (
            token.tag in ("VB", "VBD")
            and not token.word.endswith("ed")
            and token.word in self.words.lemmas(token.word, "v")
            and token.word not in _SAME_IN_THE_PAST
        )

    def _named_first(self, text, tokens, index) -> bool:
        """A capitalised first word the tagger took for a noun ("Poppy", "Autumn") before a verb
        only a person does ("told", "cried", "smiled"), or a plant's or an animal's before any
        verb: a name. ("Contact went well" and "Alcohol was found" are not.)"""
        if not (
            index == 0
            and len(tokens) > 1
            and text[tokens[0].start].isupper()
            and tokens[0].tag == "NN"
        ):
            return False
        # A flower's or a bird's name with no article, as the subject: "Poppy has arrived",
        # "Robin was", as names are ("The robin" is a bird).
        if self.words.first_class(tokens[0].word, "n") in ("noun.plant", "noun.animal"):
            return tokens[1].tag.startswith("VB") or tokens[1].tag == "MD"
        return tokens[1].tag in ("VBD", "VBZ") and (
            self.words.first_class(tokens[1].word, "v") in PERSONS_DOING
        )

    def _past_a_heading(self, sentence):
        """The sentence past a heading of a few words that names what the paragraph is about
        ("Amira's views:", "Impact on the children:", "What Luca thinks and feels:"), whose
        words are no one's. Kept when the heading says who speaks: a person ("Sam:", "Mum and
        Dad:"), a grown-up's view ("Mum's view:"), a verb of speech ("What Mum says:"), or the
        note's subject ("obs at school: signed 'more'", a verb after it)."""
        heading = _A_HEADING.match(sentence)
        if heading is None or len(heading.group(1).split()) > 6:
            return sentence
        tokens = tag(heading.group(1)).tokens
        if len(tokens) < 2 or any(t.tag.startswith("VB") and self._speech(t) for t in tokens):
            return sentence
        if tokens[0].tag not in ("WP", "WRB"):
            if any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in tokens):
                return sentence  # "Leo said:"
            owned = next((p for p, t in enumerate(tokens) if t.tag == "POS"), None)
            owner = tokens[owned - 1] if owned else None
            # What the heading names: the noun after a possessive ("Amira's views"), or the
            # first ("Impact on the children").
            head = next(
                (t for t in tokens[(owned or -1) + 1 :] if t.tag in ("NN", "NNS", "NNP")), None
            )
            if (
                head is None
                or self._person(head)
                or owner is not None
                and (owner.word in _ADULTS or owner.word in TITLES)
            ):
                return sentence
        rest = sentence[heading.end() :]
        opening = tag(rest).tokens[:1]
        if not opening or opening[0].tag.startswith("VB"):
            return sentence
        return rest

    def _actions(self, text, about=False):
        """(kind, sentence) for each sentence in which a child speaks or acts: kind "heard" when
        the verb is one of speech, else "seen". With ``about``, the text is about this child, so
        a pronoun before any name is theirs."""
        previous = about
        self.last_children = frozenset()
        adults: frozenset[str] = frozenset()  # the sexes of the adults the last sentence named
        # The sex of the adult who was the last sentence's first subject, if one was: whom a
        # "she" or "he" opening the next goes on with ("Ms Purcell told me that Kacey gets on
        # with things. She said...": Ms Purcell, not Kacey, whose sex no word has given).
        teller: frozenset[str] = frozenset()
        # ...and the child's, by the pronoun it gave them (a name alone says neither).
        child_sex: frozenset[str] = frozenset()
        # Inside a quotation an earlier sentence opened, whose words they are: that sentence's
        # ("She said, "He is a happy boy. He loves the dog."": still hers).
        quoting: tuple[str | None, str] | None = None
        for begin, end in sentences(text):
            sentence = self._past_a_heading(text[begin:end])
            tokens = tag(sentence).tokens
            forced = previous and (
                _the_other_adult(tokens, adults - child_sex, child_sex)
                or self._goes_on_with_the_teller(tokens, teller - child_sex)
            )
            if forced:
                # "The mother say he like the iPad. She say he is happy": "she" is the mother,
                # not the boy the last sentence called "he"; "Wing officers describe Jo as
                # settled. They say...": "they" are the officers.
                previous = False

            def child_at(i, sentence=sentence, tokens=tokens, previous=previous):
                return self._is_child(sentence, tokens, i, previous)

            labelled = self._labelled(sentence, tokens, previous)
            if labelled == "child":
                found: str | None = "heard"  # "Jake (9): 'I'm sad all the time.'"
            elif labelled == "adult" or self._an_adult_said_it_all(sentence, tokens, previous):
                found = None  # "Using his board he asks for a drink, Mum said."
            elif _the_writers_plan(tokens):
                # "I will write to Sophie and offer to meet her with an adult she trusts": what
                # the writer means to do, before anything is seen or heard.
                found = None
            elif _according_to(tokens, child_at):
                found = "heard"
            elif _mentions_according_to(tokens):
                # "According to the foster carer, Precious has settled": the carer's account.
                found = "heard" if self._quoted_child(sentence, tokens, child_at) else None
            else:
                found = self._action(sentence, tokens, previous)
                if found is None and self._quoted_child(sentence, tokens, child_at):
                    found = "heard"
            found, quoting = _inside_a_quotation(sentence, found, quoting)
            if found is not None:
                yield found, sentence
            children: list[Token] = []
            for index, token in enumerate(tokens):
                if (
                    token.tag in _SUBJECT_TAGS
                    # Not "her" or "him" after a child the sentence names: "Aaron enjoys
                    # helping her" (that would be "herself"; "her" is Mum).
                    and not (children and token.word in ("her", "him") and token.tag == "PRP")
                    # Nor "she" when the child is "he" and a woman was named before it: "Mrs
                    # Lamb says he is happy..., which she sees as normal".
                    and not (
                        token.word in _PRONOUNS
                        and children
                        and not pronouns_for([token]) & pronouns_for(children)
                        and pronouns_for([token]) <= _sex_of_adults_before(tokens, index)
                    )
                    and self._is_child(sentence, tokens, index, previous)
                ):
                    children.append(token)
            lead = _head_of_the_lead(tokens)
            teller = (
                # (A name alone says no sex, nor a role: whoever "she" or "he" is, it goes on
                # with them unless the child is of that sex: "Donna described... She said:
                # '...'"; "The speech therapist says... She suggested...".)
                _sex_of_the_person_at(tokens, lead)
                or frozenset(
                    {"she", "he"}
                    if tokens[lead].tag == "NNP" or self._one_grown_up(tokens, lead)
                    else ()
                )
                if lead is not None
                and not self._is_child(sentence, tokens, lead, previous)
                and self._telling_after(tokens, lead)
                else frozenset()
            )
            if forced and not children:
                # The adults' report said nothing the child did: the child is still the one
                # the next "he" is ("They say he is no trouble. He told me...").
                previous = True
                continue
            previous = bool(children)
            # (By name: "Poppy", which the tagger may read as the flower.)
            self.last_children = frozenset(
                t.word for t in children if t.tag in ("NNP", "NN") and t.word not in _PRONOUNS
            ) - frozenset(t.word for t in children if _child_noun(self.prepared, t.word))
            child_sex = pronouns_for(children) | ({"they"} if len(children) > 1 else set())
            if "one" in child_sex and not child_sex & {"he", "she"}:
                # "Noah lives with his aunt": a name says no sex, but "his" after it, with no
                # man named before it, is the child's.
                child_sex = child_sex | _sex_of_whose(tokens)
            # ...unless a child of that sex is named too ("his sister Ella. She was smiling").
            grown = [
                t
                for t in tokens
                if t.word in _ADULTS
                or t.tag == "NNS"
                and self._person(t)
                and not _child_noun(self.prepared, t.word)
            ]
            # ("Mum and Dad say...": two of them are "they".)
            # (A title says a sex too: "lives with Mrs Abbott. She said...".)
            titled = frozenset().union(*(_TITLED.get(t.word, ()) for t in tokens))
            # (A grown-up's name, the sentence's subject, says no sex: either. "Danielle, who
            # is 26... Danielle has two children of her own. She told me...": Danielle.)
            named_adults = frozenset(
                {"she", "he"}
                if lead is not None
                and tokens[lead].tag == "NNP"
                and (
                    tokens[lead].word in self.adults
                    or self.names
                    and tokens[lead].word not in self.names
                )
                and _untitled(self.prepared, sentence, tokens, lead)
                else ()
            )
            adults = (
                pronouns_for(grown)
                | titled
                | named_adults
                | ({"they"} if len(grown) > 1 else set())
            ) - pronouns_for(t for t in tokens if t.word in _KIN_CHILDREN)

    def _action(self, sentence, tokens, mentioned):
        """ "heard" or "seen" for the first thing a child does as the subject of the sentence's
        verb, or None. ``mentioned``: a pronoun refers back to a child named before it."""
        child_subject = None
        reported = False
        speaker = None
        last_noun: bool | None = None  # whether the last person named in the sentence is a child
        # "(ages 4 and 6)", ", age 5,": about the one named, not a new subject.
        aside = _asides(tokens)
        for index, token in [(i, t) for i, t in enumerate(tokens) if i not in aside]:
            if token.word in _QUOTE_MARKS or (
                token.word == ":" and self._an_account_before(tokens, index, speaker, child_subject)
            ):
                # A subject inside a quote is not one outside it; "Father gave the history:
                # Olivia has been bullied...": his account follows the colon.
                reported = reported or token.word == ":"
                child_subject = None
                continue
            if token.word == ";" or (
                (
                    token.tag == "CC"
                    or (token.word == "," and _after_subordinate_clause(tokens, index))
                )
                and _subject_follows(tokens, index)
                and not _between_descriptions(tokens, index)
                # (Nor names in a list before their verb: '..: "Kayden, Brooke and Leo come
                # round mine"'.)
                and not (tokens[index - 1].tag == "NNP" and not _a_verb_since_a_mark(tokens, index))
            ):
                # "Mum said they were worried, and Mia told me...": a new clause, whose
                # subject speaks for themselves ("... and ran to him" carries on the last).
                reported = False
                child_subject = None
                continue
            # ("I saw her smile and rock": "her", read as whose, is the child seen.)
            if token.tag in _SUBJECT_TAGS or (
                token.tag == "PRP$" and mentioned and self._seen_doing(tokens, index)
            ):
                if mentioned and self._seen_doing(tokens, index):
                    return "seen"  # "Her teacher saw him hide": what the child did, watched
                if _not_the_subject(tokens, index, self.names):
                    # "Blake's parents": Blake owns the subject, and is not it. "Happy to see
                    # his father": whom something is done to, not who does it; though "I
                    # observed Ben" is the child seen.
                    if self._is_child(sentence, tokens, index, mentioned):
                        mentioned = True
                        # "When Mum spoke to her she turned...": "her" is not Mum (she would
                        # be "herself"), so the nearest person is now the child.
                        # In the clause of when, so the one the main clause goes on with;
                        # elsewhere the next "she" may well be Mum ("Mum knows her best; she
                        # says...").
                        last_noun = (
                            True
                            if token.word in _PRONOUNS
                            and not _owner(tokens, index)
                            and (
                                token.word not in _OBJECT_FORMS or _in_a_when_clause(tokens, index)
                            )
                            else last_noun
                        )
                        if self._child_object_seen(tokens, index):
                            return "seen"
                    continue
                speaker = token.word
                is_child, last_noun = self._subject_is_child(
                    sentence, tokens, index, mentioned, last_noun
                )
                mentioned = mentioned or is_child
                if is_child and self._perceived_by_writer(tokens, index):
                    return "seen"  # "I observed Ben", "I saw Mia"
                child_subject = index if is_child else None
                continue
            if not token.tag.startswith("VB") or child_subject is None:
                reported = (
                    reported
                    or (self._others_speech(token, speaker) and not _spoken_to(tokens, index))
                    or self._others_view(tokens, index, speaker)
                )
                continue
            if reported:
                return self._words_told_on(sentence, tokens, index, mentioned)
            kind = self._child_verb(sentence, tokens, index, child_subject, mentioned)
            if kind in (_ANOTHERS, _OF_ANOTHER):
                reported = reported or kind == _OF_ANOTHER
                child_subject = None
            elif kind == _NOT_THEIRS:
                return None
            elif kind is not None:
                return kind
        return None

    def _an_account_before(self, tokens, index, speaker, child_subject) -> bool:
        """Before the colon at ``index``, an adult gives an account, a history or an
        explanation: what follows the colon is theirs."""
        return (
            child_subject is None
            and speaker not in (None, "i", "we")
            and any(
                # (In any sense: "the history" is first the past, then an account of it.)
                t.tag in ("NN", "NNS") and "noun.communication" in self.words.classes(t.word, "n")
                for t in tokens[max(0, index - 3) : index]
            )
            and any(t.tag.startswith("VB") for t in tokens[:index])
        )

    def _child_verb(self, sentence, tokens, index, child_subject, mentioned):
        """What the verb at ``index``, whose subject is a child, shows: "seen", "heard", None
        (nothing), _ANOTHERS (the subject is in another's account) or _NOT_THEIRS (the
        words are someone else's)."""
        token = tokens[index]
        if self._watched(tokens, index):
            return "seen"  # "the baby was observed to smile", "was seen playing"
        if self._not_a_deed(tokens, index, token):
            return None
        relative = next(
            (
                p
                for p in range(index - 1, max(0, index - 4), -1)
                if tokens[p].word in ("who", "that")
            ),
            None,
        )
        if (
            _predicate_noun(tokens, child_subject)
            or (relative is not None and _predicate_noun(tokens, relative - 1))
            # "Is a 15-year-old boy growing up in...": the kind of boy, not what he did.
            or (
                token.tag in ("VBG", "VBN")
                and tokens[index - 1].tag in ("NN", "NNS")
                and _predicate_noun(tokens, index - 1)
            )
            # "Did not attend the appointments offered": a participle of the thing before it.
            # (Not the child's own verb read as a participle: "the child stated that...".)
            or (
                token.tag == "VBN"
                and tokens[index - 1].tag in ("NN", "NNS")
                and index - 1 != child_subject
            )
            # "Is the subject of a report alleging...": the report's saying, not the child's.
            or (
                token.tag == "VBG"
                and tokens[index - 1].tag in ("NN", "NNS")
                and index - 1 != child_subject
                and self.words.first_class(tokens[index - 1].word, "n") == "noun.communication"
            )
        ):
            return None  # "is a typical teenager who wants...": what kind, not what they did
        if not self._speech(token) and _view_of_another(tokens, child_subject, index):
            # "She feels he is happy", "they feel she is settling": one pronoun holding a view
            # of another; the child is the one the view is of, not the one who holds it.
            return _ANOTHERS
        if (
            _subordinate(tokens, child_subject)
            and not self._meanwhile(tokens, child_subject, index)
            or _said_to(tokens, index)
        ):
            # "Gran fears that Kai is lonely", "the day when he ran off", "is said to enjoy"
            return _ANOTHERS
        if self._speaker_follows(sentence, tokens, index, mentioned):
            return _NOT_THEIRS  # '"...," said Mum': the one who speaks comes after the verb
        if self._of_someone_named_since(tokens, child_subject, index):
            return _ANOTHERS
        if self._speech(token) and self._of_another_child(sentence, tokens, child_subject, index):
            return _OF_ANOTHER
        return self._deed(tokens, index, token)

    def _of_someone_named_since(self, tokens, child_subject, index) -> bool:
        """Between the child and the verb at ``index``, "who" of someone else: "Ava was seen
        by the dietitian on 2 May, who noted she took 4oz" (the dietitian noted it)."""
        who = next(
            (p for p in range(index - 1, child_subject - 1, -1) if tokens[p].word == "who"), None
        )
        if who is None:
            return False
        back = who - 1
        while back > 0 and (
            tokens[back].word in (",", "on", "in", "at")
            or tokens[back].tag == "CD"
            or tokens[back].word.isdigit()
            or self.words.first_class(tokens[back].word, "n") == "noun.time"
        ):
            back -= 1  # (past when: "the dietitian on 2 May, who")
        # (A common noun, and no child's: "Leo (6), who loves trains" is his.)
        return tokens[back].tag in ("NN", "NNS") and not _child_noun(
            self.prepared, tokens[back].word
        )

    def _teller_sex(self, tokens, teller) -> frozenset[str]:
        """ "she" or "he", by the brother or sister the teller is said to be ("Archie's sister
        Evie", "Her brother Jack", "Zain, her older brother,"), or nothing."""
        near = list(tokens[max(0, teller - 3) : teller])
        if teller + 1 < len(tokens) and tokens[teller + 1].word == ",":
            near += tokens[teller + 2 : teller + 5]  # (in apposition, not "says his sister")
        return frozenset(pronouns_for([t for t in near if t.word in _siblings()]) & {"she", "he"})

    def _a_sibling_of(self, tokens, teller, pronoun) -> bool:
        """The teller is set out as the brother or sister of the one ``pronoun`` is: "Zain, her
        older brother,"."""
        after = tokens[teller + 1 : teller + 6]
        if len(after) < 3 or after[0].word != "," or after[1].word not in _SAME_ONE[pronoun]:
            return False
        noun = next((t for t in after[2:] if not t.tag.startswith("JJ")), None)
        return noun is not None and noun.word in _siblings()

    def _of_another_child(self, sentence, tokens, teller, verb) -> bool:
        """The child at ``teller`` tells, at ``verb``, of another child: "Kacey told me Riley
        hides in his room", "Filip says his sister is always hungry", "Archie's sister Evie
        told me he gets sent home". It is their account of the other, as an adult's would be,
        and tells nothing of their own (unless they come into it: "...and that I miss him",
        "Leo hit her"). A name told of so is remembered as a child's for the sentences after."""
        if tokens[verb].word in ("has", "had", "have") and verb + 1 < len(tokens):
            verb += 1  # "has told"
        at = verb + 1
        if "tell" in self.words.lemmas(tokens[verb].word, "v") and at < len(tokens):
            # Past the one told: "told me", "told her mum", "told his teacher".
            if tokens[at].word in ("me", "us", "him", "them") or tokens[at].tag == "NNP":
                at += 1
            elif tokens[at].tag in ("PRP$", "DT"):
                at += 1
                while at < len(tokens) and tokens[at].tag in ("JJ", "JJR", "NN", "NNP"):
                    at += 1  # (the tagger reads "mum" in "her mum" as a description)
        # Past when and where it was told: "told me on 14 November that", "at the hub that".
        that = next(
            (p for p in range(at, min(len(tokens), at + 10)) if tokens[p].word == "that"),
            None,
        )
        if that is not None and not any(t.tag.startswith("VB") for t in tokens[at:that]):
            at = that
        while at < len(tokens) and (
            tokens[at].word in ("that", ",", "why", "whether", "how")
            or tokens[at].word in _QUOTE_MARKS
        ):
            at += 1
        if at + 1 >= len(tokens):
            return False
        sex = self._teller_sex(tokens, teller)

        def may_be_them(word):  # a pronoun that may be the teller's own
            return not sex or ("she" if word in _SHE else "he" if word in _HE else "") in sex

        if tokens[at].tag == "PRP$" and tokens[at + 1].word in _siblings():
            at += 1  # "his sister"
        elif tokens[at].word in _SAME_ONE and (
            self._a_sibling_of(tokens, teller, tokens[at].word) or not may_be_them(tokens[at].word)
        ):
            pass  # "Zain, her older brother, says she...", "Archie's sister Evie told me he..."
        elif (
            sex
            and (told := [t.word for t in tokens[at:] if t.word in _SHE | _HE])
            and not any(may_be_them(word) for word in told)
        ):
            pass  # "Her brother Jack told me the girls wait for her": of his sister, not him
        elif not (
            tokens[at].tag == "NNP"
            and tokens[at].word != tokens[teller].word
            # (Any name not a grown-up's: the child the section is about may have no age given.)
            and not _adult_role(self.prepared, tokens[at].word)
            and (
                self._is_child(sentence, tokens, at, False)
                or self._a_childs_name(sentence, tokens, at)
            )
        ):
            return False
        # Unless the teller comes into it: "Kai hit me", "...hit her", "...and that she is
        # scared" (not "wait for her", of a sister, told by her brother).
        of_another = not any(
            t.word in ("i", "me", "my")
            or t.tag == "PRP"
            and t.word in _OBJECT_FORMS
            and may_be_them(t.word)
            or t.word in ("that", "so")  # ("...and so is she")
            and n + 2 < len(tokens)
            and any(
                u.word in _SAME_ONE and may_be_them(u.word)
                for u in tokens[n + 1 : n + 2 + (t.word == "so")]
            )
            for n, t in enumerate(tokens[at:], start=at)
        )
        if of_another and tokens[at].tag == "NNP":
            self.told_of.add(tokens[at].word)
        return of_another

    def _meanwhile(self, tokens, subject, verb) -> bool:
        """ "The visit was mainly to go through the plan, while Oliver built a Lego car on the
        floor": what the child did as the writer's visit went on, told by the writer (a past
        deed in a clause of "while" in a sentence no one else tells)."""
        return (
            (
                subject >= 1
                and tokens[subject - 1].word == "while"
                or subject >= 2
                and tokens[subject - 2].word == "while"
                and tokens[subject - 1].tag == ","
            )
            and tokens[verb].tag in ("VBD", "VBN")  # (the tagger may read "built" either way)
            and _done_in_view(tokens[verb])
            # (Not what someone tells of such a time, "Mum told me that while Leo built...";
            # "Mum explained the plan while Leo watched TV" is the writer's.)
            and not any(
                t.tag.startswith("VB") and self._speech(t) and _a_clause_reported(tokens, p)
                for p, t in enumerate(tokens[: subject - 1])
            )
        )

    def _child_object_seen(self, tokens, index) -> bool:
        """ "I observed Ben", "the aide saw Mason give...": the child, not the subject, seen."""
        return not _owner(tokens, index) and (
            self._perceived_by_writer(tokens, index) or self._seen_doing(tokens, index, named=True)
        )

    def _subject_is_child(self, sentence, tokens, index, mentioned, last_noun):
        """(is this subject a child, whether the last person named is one). A pronoun is the
        nearest person before it: in "Blake's parents said they...", "they" are the parents."""
        token = tokens[index]
        if token.word in _PRONOUNS and (
            self._of_the_child_named_after(sentence, tokens, index)
            or _the_adult_of_this_sex(tokens, index)
        ):
            return False, False
        if token.word in _PRONOUNS and last_noun is False and mentioned:
            # "When Mum arrived he reached for her": "he" is not Mum but the nearest person it
            # can be, or the child named before.
            agreeing = self._nearest_agreeing(token.word, tokens, index)
            if agreeing is None:
                return True, last_noun
            if agreeing is not True:
                return self._is_child(sentence, tokens, agreeing, mentioned), last_noun
            nearest = next(
                (
                    p
                    for p in range(index - 1, -1, -1)
                    if self._person(tokens[p]) or tokens[p].word in _OBJECT_FORMS
                ),
                None,
            )
            if nearest is not None and tokens[nearest].word in _SAME_ONE.get(token.word, ()):
                # "Amira picked him up and changed him; he settled": "he" is whom "him" was,
                # the child, not the one named before.
                return True, last_noun
        if (
            token.word in ("he", "she")
            and last_noun is False
            and mentioned
            and self._last_person_a_group(tokens, index)
        ):
            return True, last_noun  # "Using his PECS board he chose": no board is a "he"
        if token.word in _PRONOUNS and last_noun is not None:
            return last_noun, last_noun
        is_child = self._is_child(sentence, tokens, index, mentioned)
        if is_child or self._person(token):
            last_noun = is_child
        return is_child, last_noun

    def _of_the_child_named_after(self, sentence, tokens, index) -> bool:
        """A pronoun opening the sentence, saying or thinking something of the child it names
        after its verb: "She feels Amira would benefit from the sessions". A pronoun is not the
        one named again in what it governs, so "she" is someone else (the worker of the
        sentence before). A name that may be another child's counts only when no child's names
        are known, or it is this child's."""
        verb = index + 1
        if index or verb >= len(tokens) or not tokens[verb].tag.startswith("VB"):
            return False
        if not (
            self._speech(tokens[verb])
            or self._others_view(tokens, verb, tokens[index].word)
            # "Gareth reminded me that...": a verb of the mind, told to the writer.
            or "verb.cognition" in self.words.classes(tokens[verb].word, "v")
            and verb + 1 < len(tokens)
            and tokens[verb + 1].word in ("me", "us")
        ):
            return False
        named = verb + 1
        while named < len(tokens) and tokens[named].word in ("me", "us", "that", "the"):
            named += 1  # "Leah tells me that Ruby...", "Gareth reminded me that the children..."
        that = next(
            (
                at
                for at in range(named, min(len(tokens), named + 8))
                if tokens[at].word == "that" or tokens[at].tag.startswith("VB")
            ),
            None,
        )
        if that is not None and tokens[that].word == "that":
            named = that + 1  # "She told me on 3 November that Amara...": past when and how
        if named < len(tokens) and self.names and _child_noun(self.prepared, tokens[named].word):
            return True
        return (
            named < len(tokens)
            and tokens[named].tag == "NNP"
            and (tokens[named].word in self.names if self.names else True)
            and self._is_child(sentence, tokens, named, False)
        )

    def _last_person_a_group(self, tokens, index) -> bool:
        """The nearest noun before ``index`` that could be someone is someone's group in the
        singular ("his PECS board", "her team"), which "he" or "she" cannot stand for (though
        "staff feel she..." may be read as the staff's view of her)."""
        at = next((p for p in range(index - 1, -1, -1) if self._person(tokens[p])), None)
        if at is None or tokens[at].tag != "NN" or at == 0:
            return False
        owner = next((t for t in reversed(tokens[:at]) if t.tag not in ("NN", "JJ")), None)
        return (
            owner is not None
            and owner.tag in ("PRP$", "POS")
            and self.words.first_class(tokens[at].word, "n") == "noun.group"
        )

    def _nearest_agreeing(self, pronoun, tokens, index):
        """Where the nearest person before the pronoun is that it can stand for, skipping
        those of the other sex ("he" is not Mum); None if every one is of the other sex, True
        if the nearest is not known to be of the other sex (it is read as before)."""
        other = _FEMALE if pronoun in ("he", "him", "his") else _MALE
        if pronoun not in ("he", "him", "his", "she", "her"):
            return True
        # (Read back lazily, nearest first: a 50,000-word run-on sentence has thousands.)
        people = (p for p in range(index - 1, -1, -1) if self._person(tokens[p]))
        nearest = next(people, None)
        if nearest is None or tokens[nearest].word not in other:
            return True
        return next((p for p in people if tokens[p].word not in other), None)

    def _person(self, token) -> bool:
        """A name or a noun for a person ("parents", "Dr Khan"), who a pronoun can stand for."""
        if token.tag in ("NNP", "NNPS") or token.word in _FAMILY:
            return True  # (and "his mum", which WordNet has first as keeping quiet)
        return token.tag in ("NN", "NNS") and self.words.first_class(token.word, "n") in (
            "noun.person",
            "noun.group",
        )

    def _not_a_deed(self, tokens, index, token) -> bool:
        if _a_preposition_or_the_writers_view(tokens, index) or _named_not_done(tokens, index):
            return True
        if token.tag in ("VBD", "VBN") and _inside_a_noun_phrase(tokens, index):
            return True  # "a settled baby": a description inside a noun phrase
        before = index - 1
        while before > 0 and (
            tokens[before].tag == "RB"
            # "is home educated", "was bottle fed": a noun saying how, then the participle.
            or before == index - 1
            and tokens[before].tag == "NN"
            and tokens[before - 1].word in _BE
        ):
            before -= 1  # "were not seen", "was then offered"
        if token.tag in ("VBN", "VBD") and index and tokens[before].word in _BE:
            return True  # "was offered", "is well cared for": done to the child, not by them
        if (tokens[index - 1].word == "as" and token.tag in ("VBD", "VBN", "VBG")) or (
            token.tag in ("VBG", "VBD", "VBN")
            and index >= 3
            and tokens[index - 1].tag == "CC"
            and tokens[index - 2].tag in ("JJ", "VBD", "VBN")
            and tokens[index - 3].word == "as"
        ):
            # "Described as settled", "as happy and doing well": the description goes on.
            return True
        if token.word == "according" or (
            token.tag == "VBG"
            and index
            and (
                tokens[index - 1].tag in ("DT", "JJ", "PRP$")
                # "safe and nurturing care": the last of a series of descriptions before its
                # noun (not "at the table, drawing pictures")
                or tokens[index - 1].tag in ("CC", ",")
                and index >= 2
                and tokens[index - 2].tag == "JJ"
                and index + 1 < len(tokens)
                and tokens[index + 1].tag in ("NN", "NNS")
            )
        ):
            return True  # "a learning disability": a description inside a noun phrase
        if (
            token.tag == "VBN"
            or (token.tag == "VBD" and tokens[index - 1].tag == "RB")
            # "Presented as happy and settled": the series ends in the participle
            or (token.tag == "VBD" and index >= 2 and tokens[index - 2].tag == "JJ")
            and tokens[index - 1].tag == "CC"
            and self.words.known(token.word, "a")  # not "was quiet and drew a picture"
            # nor "was thirsty and finished his juice": the series ends there
            and (index + 1 == len(tokens) or tokens[index + 1].tag in ("CC", ",", ".", ":"))
        ):
            # "Appear happy and well cared for": the series the participle describes ("was
            # quiet and drew a picture" is something done).
            while before > 0 and (
                tokens[before].tag in ("RB", "CC", "JJ", ",") or tokens[before].word == "as"
            ):
                before -= 1
        if (
            token.tag in ("VBN", "VBD")
            and index
            and {tokens[before].word, *self.words.lemmas(tokens[before].word, "v")}
            & (LINKING_VERBS | _BE | {"present"})
        ):
            return True  # "appears withdrawn", "remains hospitalised": a description
        if (
            token.tag == "VBN"
            and index + 1 < len(tokens)
            and (
                tokens[index + 1].tag in ("NN", "NNS")
                # The tagger reads some nouns after a participle as verbs ("play area").
                or tokens[index + 1].tag == "VB"
                and self.words.known(tokens[index + 1].word, "n")
            )
        ):
            return True  # "had designated play area": an adjective, not a deed
        for back in range(index - 2, max(-1, index - 8), -1):
            if tokens[back].word in _CLAUSE_MARKS or (
                # "Mum is likely to be evicted and Omar said...": a new subject, a new clause
                (tokens[back].tag == "CC" or tokens[back].word == "so")
                and tokens[back + 1].tag in ("NN", "NNS", "NNP", "PRP")
            ):
                break
            if (
                tokens[back].word in ("likely", "unlikely", "bound")
                and tokens[back + 1].word == "to"
                # "Is probably used to crying": put as a possibility.
                or tokens[back].word in HEDGING_ADVERBS
            ):
                # "is likely to be carrying trauma", "likely to be confused and frightened", "is
                # bound to feel unsafe": a guess, not a deed seen
                return True
            if (
                tokens[back].word in ("will", "would", "may", "might", "must")
                and tokens[back + 1].word == "be"
                and back + 2 == index
            ):
                return True  # "will be finding the new baby difficult": a guess at them
        lemmas = {token.word, *self.words.lemmas(token.word, "v")}
        return bool(lemmas & self.prepared.light)

    def _an_adult_said_it_all(self, sentence, tokens, mentioned) -> bool:
        """The sentence ends ", Mum said." or ", his teacher told me.": everything before it is
        the speaker's, who is not the child."""
        end = len(tokens) - 1 if tokens and tokens[-1].tag == "." else len(tokens)
        verb = end - 1
        if verb < 2 or not self._speech(tokens[verb]):
            return False
        if tokens[verb].word in ("me", "us") and verb >= 3:
            verb -= 1  # ", Mum told me."
        speaker = verb - 1
        start = speaker
        while start > 0 and tokens[start - 1].tag in ("DT", "PRP$", "NN", "NNP", "JJ"):
            start -= 1
        return (
            start > 0
            and tokens[start - 1].word == ","
            and tokens[speaker].tag in ("NN", "NNS", "NNP", "NNPS")
            and not self._is_child(sentence, tokens, speaker, mentioned)
        )

    def _labelled(self, sentence, tokens, mentioned) -> str | None:
        """Whose words follow a label before a colon and a quotation: "adult" ("Grandmother
        Nasreen: 'Yusuf is no bother'", "Yusuf's teacher: 'a lovely lad'", "(d) Jodie, by phone
        from the unit: '...'", "Sasha's account (home visit, 21 October): '...'"), "child"
        ("Jake (9): 'I'm sad all the time'", "In Jake's words: '...'"), or None. A label has no
        verb ("Tyrone (14) texted the school nurse: '...'" is told, not labelled)."""
        colon = next((at for at, t in enumerate(tokens) if t.word == ":"), None)
        if colon is None or not any(t.word in _QUOTE_MARKS for t in tokens[colon + 1 : colon + 3]):
            return None
        start = 0
        if tokens[:1] and tokens[0].word == "(" and ")" in [t.word for t in tokens[1:4]]:
            start = [t.word for t in tokens].index(")") + 1  # past a list's "(d)"
        if (
            start + 1 < colon
            and tokens[start + 1].word == "from"
            and self.words.first_class(tokens[start].word, "n") == "noun.communication"
        ):
            start += 2  # "Text from Jordan's mum, Sharon, 9.40pm:", "Email from Nan:"
        while start < colon and (tokens[start].tag in ("DT", "PRP$") or tokens[start].word == "in"):
            start += 1  # ("In Jake's words:")
        depth = 0
        for token in tokens[start:colon]:
            depth += (token.word == "(") - (token.word == ")")
            if depth == 0 and (token.tag.startswith("VB") or token.tag == "MD"):
                return None
        title = _title_of(sentence, tokens, colon - 1) if colon >= 2 else None
        if title is not None and tokens[title].word not in ("miss", "master"):
            return "adult"  # "...a note from his class teacher, Mr Okafor: '...'": whose note
        speaker = start
        if start + 2 < colon and tokens[start + 1].word == "'s":
            head = start + 2
            while head + 1 < colon and tokens[head + 1].tag in ("NN", "NNS"):
                head += 1  # "Yusuf's class teacher"
            if self.words.first_class(tokens[head].word, "n") != "noun.communication":
                speaker = head  # "Yusuf's teacher:", not "Sasha's account:" (Sasha's words)
        if speaker >= colon:
            return None
        age = _age_after(tokens, speaker)
        if age is not None:
            return "child" if age < 18 else "adult"  # "Poppy, 9: '...'", "Jake (9): '...'"
        if not self._person(tokens[speaker]):
            return None
        word = tokens[speaker].word
        if self.words.first_class(word, "n") in ("noun.time", "noun.state", "noun.act") or (
            # A heading's first word, capitalised: "Safety plan in Sophie's own words:".
            speaker == 0
            and word not in _FAMILY
            and self.words.known(word, "n")
            and self.words.first_class(word, "n") != "noun.person"
        ):
            return None
        # (Whoever speaks is read as ``heard`` reads them: where the text names its children,
        # a name it gives no age is a grown-up's.)
        child = self._is_child(sentence, tokens, speaker, mentioned)
        unnamed = (
            self.names
            and tokens[speaker].tag == "NNP"
            and word not in self.names
            and not _child_noun(self.prepared, word)  # ("Child (Leo, 8): '...'")
        )
        return "child" if child and not unnamed else "adult"

    def _speaker_follows(self, sentence, tokens, index, mentioned) -> bool:
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return bool(
            self._speech(tokens[index])
            and index
            and tokens[index - 1].word in _QUOTE_MARKS | {","}
            and following is not None
            and following.tag in ("NN", "NNS", "NNP", "NNPS")
            and not self._is_child(sentence, tokens, index + 1, mentioned)
        )

    def _a_nouns_word(self, tokens, index, token) -> bool:
        """The verb form at ``index`` is a noun's or a noun: "excited about fostering", "a
        history of trauma and going missing"; "began trauma-focused therapy"."""
        if token.tag == "VBG":
            return _a_gerund(tokens, index) or (
                # "Sophie is in Year 12, studying biology": a course they follow these days,
                # told in the present with no occasion of the writer's ("is in the garden,
                # kicking a ball, when I arrive" is what was seen).
                tokens[index - 1].word == ","
                and any(t.word in ("is", "are") for t in tokens[:index])
                and not any(t.tag == "VBD" for t in tokens[:index])
                and not any(t.word in _THE_WRITER_THERE for t in tokens)
                and self.words.first_class(token.word, "v") == "verb.cognition"
            )
        if (
            token.tag == "VBN"
            and index >= 2
            and tokens[index - 1].word == ","
            and tokens[index - 2].tag in ("NN", "NNS", "CD")
            # (Not the verb after an aside: "Oliver, just home from school, built a car".)
            and index - 1 not in _asides(tokens)
        ):
            # "He declined my offer of a meeting on 6 November, passed on through his father":
            # the offer's (not "Leah (12), seen alone at school", the child seen).
            return True
        return (
            token.tag == "VBN"
            and tokens[index - 1].tag.startswith("VB")
            and not {tokens[index - 1].word, *self.words.lemmas(tokens[index - 1].word, "v")}
            & {"be", "have", "get"}
            and index + 1 < len(tokens)
            and tokens[index + 1].tag in ("JJ", "NN", "NNS")
        )

    def _deed(self, tokens, index, token):
        if (
            self._a_nouns_word(tokens, index, token)
            or _foretold(tokens, index)  # "Callum will feel safer now": a guess at him
            or token.word in _SAME_IN_THE_PAST
            and _joined_to_a_plain_verb(tokens, index)
        ):
            return None
        if (
            _done_to_them(tokens, index)
            and self.words.first_class(token.word, "v") != "verb.emotion"
        ):
            return None  # "has been kept informed", "is said to have asked": not their doing
        lemmas = {token.word, *self.words.lemmas(token.word, "v")}
        if _a_death(tokens, index, lemmas) or (
            lemmas & _REFUSING and self._refused_to_speak(tokens, index)
        ):
            # "Lily died in her cot in July": a death recorded, nothing seen of them; "declined
            # to meet": no words of theirs, and nothing seen of them.
            return None
        described = next(
            (t for t in tokens[index + 1 : index + 4] if t.tag != "RB" and t.word != "as"), None
        )
        if (
            lemmas & (LINKING_VERBS | {"present"})
            and described is not None
            and described.tag in ("JJ", "JJR", "VBN")
        ):
            # "appear happy", "presented as happy and settled": how they seemed to someone
            # ("looked at" is a deed)
            return None
        main = index
        if lemmas & {"do"}:
            # "Did not want", "did not look up": the verb after the denial is what was not done.
            main = next(
                (
                    p
                    for p in range(index + 1, min(len(tokens), index + 4))
                    if tokens[p].tag in ("VB", "VBP")
                ),
                index,
            )
        if (
            _negated(tokens, index)
            and (
                token.tag == "VBN"
                or self._said(tokens, main)
                or self._wish(tokens[main])
                # "did not attend the FGC", "did not come": not there, so not seen
                or {tokens[main].word, *self.words.lemmas(tokens[main].word, "v")} & _MEETING
                # ("did not reach for me" is a gesture, seen)
                or main != index
                and {tokens[main].word, *self.words.lemmas(tokens[main].word, "v")} & _BEING_THERE
                # ("Did not turn up"; "did not turn when Mum spoke" is a movement, seen.)
                and (
                    tokens[main].word != "turn"
                    or [t.word for t in tokens[main + 1 : main + 2]] in (["up"], ["out"])
                )
            )
        ):
            # "Did not want to engage", "did not wish to speak", "not seen or spoken to": no
            # words or wishes of theirs, and no one saw them ("did not look up when his dad
            # spoke" is what was seen).
            return None
        if self._wish(token) and tokens[index - 1].word in self.prepared.inferring:
            return None  # "clearly wants to stay": the writer's inference, not their words
        if self._wish(token) and _guessed(tokens, index):
            return None  # "what Mia would want": a guess at her wishes, not her words
        if (self._said(tokens, index) or self._wish(token)) and _hearsay_before(tokens, index):
            return None  # "It is understood he wishes to remain": nobody's account of them
        if self._said(tokens, index) or self._wish(token):
            # Their words, or their wishes and feelings ("wants to live with Nan", "likes her
            # teacher", "has always wanted to"), which are what hearing a child finds out.
            return "heard"
        if _summed_up(tokens, index) and self.words.first_class(token.word, "v") not in (_DOINGS):
            return None  # "has benefited from the plan", "has experienced neglect": a summary
        if _how_well(tokens, index):
            return None  # "has settled well", "is doing well at school": a verdict, not a deed
        if lemmas & _BEGINNING and self._a_course_after(tokens, index):
            return None  # "began therapy on 5 August", "started nursery": a record's dates
        # "Leo (9) put his counter on 2": a verb whose past is its plain form, with no modal
        # or "to" before it, told as it happened.
        in_the_past = (
            token.tag == "VB"
            and token.word in _SAME_IN_THE_PAST
            and tokens[index - 1].tag not in ("MD", "TO", "RB")
        )
        if (
            (token.tag in _EPISODE_TAGS or in_the_past)
            and not (token.tag == "VBG" and _going_on(tokens, index))
            # ("Have lived with their mum... and spent weekends with their dad, travelling by
            # train": a participle going on from a span summed up, no occasion seen.)
            and not (
                token.tag == "VBG"
                and tokens[index - 1].word == ","
                and any(_summed_up(tokens, at) for at in range(index))
            )
            # "Were staying with their father": where they were, an arrangement going on, not
            # something seen of them ("stayed at my side for the whole visit" was seen).
            and not (
                (whereabouts(tokens, index) or _moved_home(tokens, index, lemmas))
                and (token.tag == "VBG" or not any(t.word in _THE_WRITER_THERE for t in tokens))
            )
            # "Have lived with their mother", "stayed at Gran's": where they were, a matter of
            # record, not something seen of them.
            and (
                self.words.first_class(token.word, "v") != "verb.stative"
                # "Held Mum's gaze", "kept his coat on": done to something, so seen (not
                # "attended the check", a matter of record).
                or index + 1 < len(tokens)
                and tokens[index + 1].tag in ("DT", "PRP$", "NNP")
                and not lemmas & _MEETING
                # "Lay quietly on the mat", "sat still": how they were, as it was seen.
                or index + 1 < len(tokens)
                and tokens[index + 1].tag == "RB"
                and tokens[index + 1].word.endswith("ly")
            )
        ):
            # Something seen happen, told as it happened ("threw the toys", "was hitting"), not
            # a habit ("misses school") or another clause's account ("the day when he ran off").
            return "seen"
        return None

    def _a_course_after(self, tokens, index) -> bool:
        """What the verb at ``index`` begins or ends is a course of things done or a place of
        them ("therapy", "her sessions", "nursery"), not a thing in hand ("the puzzle")."""
        at = index + 1
        while at < len(tokens) and tokens[at].tag in ("DT", "PRP$", "JJ", "HYPH", "VBN", "NN"):
            if tokens[at].tag == "NN" and not (
                at + 1 < len(tokens) and tokens[at + 1].tag in ("NN", "NNS", "JJ", "HYPH")
            ):
                break  # the head
            at += 1
        return at < len(tokens) and self.words.first_class(tokens[at].word, "n") in (
            "noun.act",
            "noun.group",
            "noun.cognition",
        )

    def _refused_to_speak(self, tokens, index) -> bool:
        """ "Declined to meet", "refused to speak", "chose not to meet with me", "declined my
        offer of a meeting"."""
        if (
            any(
                {t.word, *self.words.lemmas(t.word, "n")} & _A_MEETING
                for t in tokens[index + 1 : index + 6]
                if t.tag in ("NN", "NNS")
            )
            and tokens[index + 1 : index + 2]
            and tokens[index + 1].tag in ("DT", "PRP$")
        ):
            return True
        if tokens[index + 1 : index + 2] and tokens[index + 1].word == "not":
            index += 1
        if index + 2 >= len(tokens) or tokens[index + 1].word != "to":
            return False
        wanted = tokens[index + 2]
        return self._speech(wanted) or bool(
            {wanted.word, *self.words.lemmas(wanted.word, "v")} & _MEETING
        )

    def _quoted_child(self, sentence, tokens, is_child) -> bool:
        """Their words in quotation marks, said the other way round or not said at all:
        '"I hate it there," said Sam', 'Sam: "I want my nan"'. The child is named beside the
        quote, with nothing between but a verb of speech and punctuation."""
        for match in QUOTE.finditer(sentence):
            begin, end = match.span()
            inside = [i for i, t in enumerate(tokens) if begin <= t.start < end]
            if not inside:
                continue
            after = [i for i in range(inside[-1] + 1, min(len(tokens), inside[-1] + 4))]
            before = [i for i in range(max(0, inside[0] - 3), inside[0])]
            for neighbours, leading in ((after, False), (list(reversed(before)), True)):
                passed_speech = False
                for i in neighbours:
                    token = tokens[i]
                    if (
                        leading
                        and token.word in ("her", "him", "them", "me", "us")
                        and i
                        and tokens[i - 1].tag.startswith("VB")
                        and self._speech(tokens[i - 1])
                    ):
                        continue  # "Leo told her '...'": whom it was told to, not who spoke
                    if (
                        not leading
                        and i == after[0]
                        and token.tag in ("NN", "NNS")
                        and not re.search(r"[,.!?]\W*$", match.group())
                    ):
                        break  # "a 'quiet, conscientious' pupil": words describing the noun
                    # (An object pronoun speaks no quote: "the two of them 'see eye to eye'";
                    # nor "her" after one, 'the house "gets on top of" her'.)
                    if token.tag in _SUBJECT_TAGS and token.word not in (
                        *("i", "we", "me", "us", "him", "them"),
                        *(() if leading else ("her",)),
                    ):
                        # (Past a verb of speech, the child speaks: "Mum told me Sam said...".)
                        if leading and i == inside[0] - 1 and self._in_a_report(tokens, i):
                            break  # "Dad says Tyler 'never cries'": Dad's words of Tyler
                        if (
                            leading
                            and not passed_speech
                            and self._an_adult_reports(tokens, i, is_child)
                        ):
                            # "Mum reports ... that the boys 'get on like a house on fire'",
                            # "Dad told me the kids don't mind, they 'just get on with it'":
                            # the adult's words of them, unless the child is said to speak.
                            break
                        if (
                            leading
                            and not passed_speech
                            and i == inside[0] - 1
                            and self._words_of_them(tokens, inside, is_child)
                        ):
                            break
                        if (
                            leading
                            and i == inside[0] - 1
                            and i
                            and tokens[i - 1].tag.startswith("VB")
                            and not self._speech(tokens[i - 1])
                            # ('Having heard Mum say "my lungs are finished", Skye may...':
                            # after a quotation, a name speaks it only with a verb of speech.)
                            or not leading
                            and not passed_speech
                            and not self._speaks_at(tokens, i)
                        ):
                            break  # 'misses Rocco "in a funny way"': what is done to a name
                        if is_child(i) or self._childs_words(tokens, i, is_child):
                            return True
                        break
                    if token.tag.startswith("VB") and self._speech(token):
                        passed_speech = True
                    elif token.word not in (",", ":", "—", "-", "(", ")", "'", '"'):
                        break
        return False

    def _speaks_at(self, tokens, index) -> bool:
        """The word after ``index`` is a verb of speech ('"...", Sam said')."""
        return (
            index + 1 < len(tokens)
            and tokens[index + 1].tag.startswith("VB")
            and self._speech(tokens[index + 1])
        )

    def _holds_a_view(self, token) -> bool:
        """A verb of thinking or feeling that something is so: "feels", "believes", "thinks"."""
        return bool(
            {token.word, *self.words.lemmas(token.word, "v")} & {"feel", "believe", "think"}
        )

    def _an_adult_reports(self, tokens, index, is_child) -> bool:
        """Before ``index``, someone other than the child and the writer speaks, writes or
        holds a view: "Mum reports that...", "Police notes state...", "His mother feels he has
        'gone off the rails'"."""
        for at in range(index - 1, 0, -1):
            if not (
                tokens[at].tag.startswith("VB")
                and (self._speech(tokens[at]) or self._holds_a_view(tokens[at]))
            ):
                continue
            speaker = at - 1
            while speaker > 0 and tokens[speaker].tag == "RB":
                speaker -= 1
            speaker = _before_a_name_set_apart(tokens, speaker)
            if (
                tokens[speaker].tag in ("NN", "NNS", "NNP", "NNPS", "PRP")
                and tokens[speaker].word not in ("i", "we", "it")
                and not is_child(speaker)
            ):
                return True
        return False

    def _in_a_report(self, tokens, index) -> bool:
        """The name at ``index`` follows someone's verb of speech, perhaps past "that" or whom
        it was told to: "Dad says Tyler...", "Mrs Lee told me Oliver..."."""
        if index and tokens[index - 1].word == "that":
            return True
        at = index - 1
        while at > 0 and tokens[at].word in ("me", "us", "him", "her", "them"):
            at -= 1
        return at >= 0 and tokens[at].tag.startswith("VB") and self._speech(tokens[at])

    def _others_speech(self, token, speaker) -> bool:
        """Someone else speaks here, so what follows is their account ("When asked," has no
        speaker: the child is the one asked)."""
        return (
            token.tag.startswith("VB") and self._speech(token) and speaker not in (None, "i", "we")
        )

    def _words_told_on(self, sentence, tokens, index, mentioned):
        """In an adult's report, the child's verb at ``index``: "heard" when it is of speech,
        for the child's words told on by an adult are still theirs ("Dad told me Skye had
        said she was frightened"). Else the report runs to the sentence's end ("his mother say
        he listen to her and he is not sad"), or to a semicolon, after which the writer may go
        on ("Mum reports Isla is feeding well; during my visit I saw Isla take 5oz")."""
        said = index
        if tokens[index].word in ("had", "has", "have") and said + 1 < len(tokens):
            said += 1  # "Skye had said"
        following = tokens[said + 1 : said + 4]
        if (
            self._said(tokens, said)
            and not _spoken_to(tokens, said)
            # What was said, or to whom: "said she was", "told me", "disclosed that" (not
            # "cries a lot", "doesn't listen to anyone").
            and following
            and (
                following[0].tag in ("PRP", "WRB")
                or following[0].word == "that"
                or any(t.word in _QUOTE_MARKS for t in following)
            )
        ):
            return "heard"
        semicolon = next((p for p in range(index + 1, len(tokens)) if tokens[p].word == ";"), None)
        if semicolon is None:
            return None
        after = tokens[semicolon + 1 :]
        # "...; she also noted his cough": the one reporting goes on reporting.
        verb = next((at for at in range(1, len(after)) if after[at].tag != "RB"), None)
        if verb is not None and after[0].word in ("she", "he") and self._said(after, verb):
            return None
        return self._action(sentence, after, mentioned)

    def _others_view(self, tokens, index, speaker) -> bool:
        """Someone else's view, a verb with a sense of thinking and a clause after it ("Nan
        reckons he has been calmer since he started staying at hers", "she feels Amira would
        benefit"): what follows is what they think."""
        after = tokens[index + 1 : index + 3]
        return (
            tokens[index].tag.startswith("VB")
            and speaker not in (None, "i", "we")
            and bool(after)
            and (
                after[0].word == "that"
                or (
                    len(after) == 2
                    and after[0].tag in ("PRP", "NNP")
                    and after[0].word not in _OBJECT_FORMS
                    and (after[1].tag.startswith("VB") or after[1].tag == "MD")
                )
            )
            and "verb.cognition" in self.words.classes(tokens[index].word, "v")
        )

    def _childs_words(self, tokens, index, is_child) -> bool:
        """ "Amy's words:", "the child's reply": a noun of speech the child owns."""
        return (
            index >= 2
            and tokens[index - 1].tag == "POS"
            and self.words.first_class(tokens[index].word, "n") == "noun.communication"
            and is_child(index - 2)
        )

    def _watched(self, tokens, index) -> bool:
        """The child, in the passive, seen doing something: "was observed to turn to her
        mother", "was seen playing" (not "was seen by the GP", an appointment)."""
        token = tokens[index]
        if token.tag != "VBN" or self.words.first_class(token.word, "v") != "verb.perception":
            return False
        following = tokens[index + 1 : index + 3]
        return bool(following) and (
            following[0].tag == "VBG"
            or (following[0].word == "to" and len(following) > 1 and following[1].tag == "VB")
        )

    def _seen_doing(self, tokens, index, named=False) -> bool:
        """Someone saw or watched a child named before do something: "his teacher saw him
        hide", "noticed Kai crying". The child is the one watched, the pronoun is theirs (it
        cannot be the one who watched), and what follows is what they did. With ``named``,
        the child's name itself is the one watched ("the aide saw Mason give...")."""
        if index + 1 >= len(tokens) or not (named or tokens[index].word in ("him", "her", "them")):
            return False
        verb, following = tokens[index - 1] if index else None, tokens[index + 1]
        return (
            verb is not None
            and verb.tag.startswith("VB")
            and self.words.first_class(verb.word, "v") == "verb.perception"
            and (
                following.tag in ("VB", "VBG", "VBD")
                # "I saw her smile": the tagger read "her" as whose, and the verb as a noun.
                or following.tag == "NN"
                and tokens[index].word == "her"
                and self.words.first_class(following.word, "v") in PERSONS_DOING
                and self.words.first_class(following.word, "n") != "noun.person"
            )
            and not {following.word, *self.words.lemmas(following.word, "v")} & self.prepared.light
        )

    def _perceived_by_writer(self, tokens, index) -> bool:
        """The child is what the writer saw, heard or watched: "I observed Ben"."""
        for back in range(index - 1, max(-1, index - 4), -1):
            token = tokens[back]
            if token.tag.startswith("VB"):
                # ("I could see Ruby smiling": what the writer was able to see, so saw.)
                by = back - 1 - int(back > 1 and tokens[back - 1].word == "could")
                return (
                    self.words.first_class(token.word, "v") == "verb.perception"
                    and by >= 0
                    and tokens[by].word in ("i", "we")
                )
        return False

    def _wish(self, token) -> bool:
        """Wishes and feelings: a verb of feeling ("likes", "misses") or of wanting."""
        if self.words.first_class(token.word, "v") == "verb.emotion":
            return True
        return bool({token.word, *self.words.lemmas(token.word, "v")} & self.prepared.wishes)

    def _said(self, tokens, index) -> bool:
        """A verb of speech used as speech: followed by what was said or to whom ("said that",
        "told me", 'said "..."', "asked why"), or ending the sentence ("..., Amy said.")."""
        if not self._speech(tokens[index]):
            return False
        if any(
            t.word in ("not", "n't", "never", "to") or t.tag == "MD"
            for t in tokens[max(0, index - 2) : index]
        ):
            # "Never talks about home", "too young to express her views", "before she can talk
            # about it": that they do not, cannot or will speak, not their words.
            return False
        if tokens[index].tag == "VBN" and any(
            t.word in _BE for t in tokens[max(0, index - 3) : index]
        ):
            return False  # "has been kept informed": told, not telling
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if _inside_a_noun_phrase(tokens, index):
            return False  # "three reported incidents": a participle that says which incidents
        if following is not None and following.word in ("through", "via", "using"):
            return False  # "communicates through Makaton": how they speak, not what they said
        return following is None or (
            following.tag in ("PRP", "WRB", "WP", "IN", "TO", ".", ",", ":")
            or following.word in _QUOTE_MARKS
            # What they told of: "describes sleepless nights", "explained the rules".
            or following.tag in ("DT", "PRP$", "JJ", "NN", "NNS")
            # Words quoted about someone named: 'said Lisa "hasn't been right"' (not "called
            # Ava into the room").
            or following.tag == "NNP"
            and index + 2 < len(tokens)
            and tokens[index + 2].word in _QUOTE_MARKS
        )

    def _telling_after(self, tokens, lead) -> bool:
        """The subject at ``lead`` tells something: its verb, past its name, is speech used as
        speech ("Ms Hart told me...", not "Ms Hart took Jade to the park" or "Mum called Ava
        into the room")."""
        verb = next((at for at in range(lead + 1, len(tokens)) if tokens[at].tag[:2] == "VB"), None)
        return verb is not None and (
            self._said(tokens, verb)
            # "Mum says Ava loves school": what someone told, a clause of its own.
            # ("Says Callum's speech is behind": past a noun phrase to its verb.)
            or self._speech(tokens[verb])
            and _a_clause_after(tokens, verb)
        )

    def _one_grown_up(self, tokens, at) -> bool:
        """A noun for one person who is no child, with their name set beside it ("The speech
        therapist, Lucy Ward, says..."), as a name alone says who goes on as "she" or "he"; not
        a group ("the school") nor a child or a brother or sister. (A role alone says no one:
        "The therapist says Callum... He said he likes the chart" is Callum.)"""
        token = tokens[at]
        return (
            token.tag == "NN"
            and self.words.first_class(token.word, "n") == "noun.person"
            and not _child_noun(self.prepared, token.word)
            and token.word not in _KIN_CHILDREN
            and [t.tag for t in tokens[at + 1 : at + 3]] == [",", "NNP"]
        )

    def _goes_on_with_the_teller(self, tokens, sexes) -> bool:
        """The sentence opens with "she" or "he" telling something ("She said...", "He told
        me"), of the sex of the adult who was the last sentence's subject: that adult goes on
        telling."""
        first = next((at for at, token in enumerate(tokens) if token.tag in _SUBJECT_TAGS), None)
        if first is None:
            return False
        verb = first + 1
        while verb < len(tokens) and (
            tokens[verb].word in _AUXILIARIES or tokens[verb].tag == "RB"
        ):
            verb += 1  # "He has requested a meeting", "She also said"
        return (
            tokens[first].word in ("she", "he")
            and verb < len(tokens)
            and self._speech(tokens[verb], tokens[verb + 1] if verb + 1 < len(tokens) else None)
            and bool(pronouns_for([tokens[first]]) & sexes)
        )

    def _speech(self, token, following=None) -> bool:
        """A verb of speech; or, before a comma, a colon or "that", one with any sense of
        telling ("She added, ..."; WordNet's commonest "add" is arithmetic's)."""
        return self.words.first_class(token.word, "v") in self.prepared.speech or (
            following is not None
            and (following.word in (",", ":", "that") or following.word in _QUOTE_MARKS)
            and bool(self.words.classes(token.word, "v") & self.prepared.speech)
        )

    def _words_of_them(self, tokens, inside, is_child) -> bool:
        """The quotation at token positions ``inside`` follows a child's name in an adult's
        sentence, with no verb of speech and no "I" in it: "Ms Grant does not want Poppy
        'dragged into it'", "cancelled by Ms Carver because Riley 'had a headache'"; the adult's
        words of the child."""
        named = inside[0] - 1
        # The adult in the same clause ("Mum was out; Kai 'wants to go home'" is Kai's).
        clause = max((p + 1 for p in range(named) if tokens[p].word == ";"), default=0)
        return (
            named > 0
            and is_child(named)
            and not any(tokens[q].word in FIRST_PERSON for q in inside)
            and any(self._person(tokens[p]) and not is_child(p) for p in range(clause, named))
        )

    def quotes_about_them(self, text) -> bool:
        """Every quotation speaks of a child by name and never as "I", or follows their name in
        an adult's sentence: someone else's words about them ("email from school: 'Jayden
        seems more settled'", "Mum does not want Poppy 'dragged into it'"), not the child's
        own."""
        quotations = list(QUOTE.finditer(text))
        for match in quotations:
            if self._after_their_name(text, match):
                continue
            quotation = match.group()
            tokens = tag(quotation).tokens
            if any(token.word in FIRST_PERSON for token in tokens):
                return False
            if not any(
                token.tag in ("NNP", "NNPS") and self._is_child(quotation, tokens, index, False)
                for index, token in enumerate(tokens)
            ):
                return False
        return bool(quotations)

    def _after_their_name(self, text, match) -> bool:
        """The quotation ``match`` follows a child's name in an adult's sentence (see
        ``_words_of_them``)."""
        begin, end = next(
            ((b, e) for b, e in sentences(text) if b <= match.start() < e), (0, len(text))
        )
        sentence = text[begin:end]
        tokens = tag(sentence).tokens
        inside = [
            i
            for i, t in enumerate(tokens)
            if match.start() - begin <= t.start < match.end() - begin
        ]
        return bool(inside) and self._words_of_them(
            tokens, inside, lambda i: self._is_child(sentence, tokens, i, False)
        )

    def adult_speaks(self, text) -> bool:
        """Someone who is not the child, and not the writer, says something in the text."""
        # The sex of a grown-up the last sentence opened with, whom a "she" or "he" telling
        # something next goes on with ("Nana Maureen knows them best. She told me: '...'").
        before: frozenset[str] = frozenset()
        for sentence_begin, sentence_end in sentences(text):
            sentence = text[sentence_begin:sentence_end]
            tokens = tag(sentence).tokens
            if self._labelled(sentence, tokens, False) == "adult" or (
                self._goes_on_with_the_teller(tokens, before)
            ):
                return True  # "Grandmother Nasreen: 'Yusuf is no bother.'"
            lead = next((at for at, t in enumerate(tokens) if t.tag in _SUBJECT_TAGS), None)
            before = (
                _sex_of_the_person_at(tokens, lead)
                if lead is not None
                and self._person(tokens[lead])
                and not self._is_child(sentence, tokens, lead, False)
                else frozenset()
            )
            quoted = [match.span() for match in QUOTE.finditer(sentence)]
            opened = max(sentence.rfind(mark) for mark in _DOUBLE_QUOTES)
            if sum(sentence.count(mark) for mark in _DOUBLE_QUOTES) % 2:
                quoted.append((opened, len(sentence)))  # a quotation going on past the sentence
            left_open = _single_quote_left_open(sentence)
            if left_open is not None:
                quoted.append((left_open, len(sentence)))  # ("'I hide when Dad shouts. ...")
            for index, token in enumerate(tokens):
                # (Or holds a view in words: 'His nan feels he has "lost his way"'.)
                if not (
                    token.tag.startswith("VB")
                    and (self._speech(token) or self._holds_a_view(token))
                ):
                    continue
                if index and (
                    (token.tag == "VBG" and tokens[index - 1].word not in _BE)
                    or (
                        token.tag == "VB"
                        and (tokens[index - 1].word == "to" or tokens[index - 1].tag == "MD")
                    )
                ):
                    # "I want them to stop yelling", "Mum will shout again": what they would
                    # stop or may do, not said.
                    continue
                if any(begin <= token.start < end for begin, end in quoted):
                    continue  # "Daddy shouts", in the child's own words, is theirs
                for back in range(index - 1, max(-1, index - 4), -1):
                    subject = tokens[back]
                    if subject.tag in _SUBJECT_TAGS:
                        if _of_the_other_sex(tokens, back, quoted):
                            return True  # 'She said, "He is a happy boy."': not him speaking
                        # A thing is not a speaker: in "at the end of the visit and asked", the
                        # one asking is the sentence's subject, further back.
                        if (
                            subject.word not in ("i", "we", *_PRONOUNS)
                            and self._person(subject)
                            and not self._is_child(
                                text[sentence_begin:sentence_end], tokens, back, False
                            )
                        ):
                            return True
                        break
        return False

    def heard(self, text, about=False) -> bool:
        return any(kind == "heard" for kind, _ in self._actions(text, about))

    def in_their_voice(self, text) -> bool:
        """In the child's own experience, a sentence in which "I" feels something, in the
        present, is the child speaking, quotation marks or not: "I hate it when everyone
        shouts". (A writer's "I feel Tom is..." gives a view: a clause follows the verb.)"""
        if self.adult_speaks(text):
            return False  # "I love you, Mum shouted": someone else's "I"
        quoting: tuple[str | None, str] | None = None
        for begin, end in sentences(text):
            inside = quoting is not None
            _found, quoting = _inside_a_quotation(text[begin:end], None, quoting)
            if inside:
                continue  # in a quotation an earlier sentence opened: its speaker's "I"
            tokens = tag(text[begin:end]).tokens
            at = 1
            while at < len(tokens) and (
                tokens[at].word in ("do", "don't", "not", "n't", "really", "just")
            ):
                at += 1
            if len(tokens) <= at + 1 or tokens[0].word != "i":
                continue
            if any(
                tokens[p - 1].word == "," and self._speech(tokens[p]) for p in range(1, len(tokens))
            ):
                continue  # "I want to see her more, said her father": his words
            verb, after = tokens[at], tokens[at + 1]
            feels = (
                self.words.first_class(verb.word, "v") == "verb.emotion"
                or (
                    verb.word in ("am", "'m", "feel")
                    and (
                        self.words.names_feeling(after.word)
                        # "I'm worried about my mum": a feeling's participle, of their own world
                        # ("I am worried about the children" is the writer's concern).
                        or after.tag in ("VBN", "JJ")
                        and self.words.first_class(after.word, "v") == "verb.emotion"
                        and any(t.word in ("i", "me", "my") for t in tokens[at + 2 :])
                    )
                )
            )  # "I like", "I am scared of him"
            if (
                feels
                and verb.tag in ("VBP", "VB", "IN")
                # "I feel that Tom is...": a view; "I wish that I could...": their own wish.
                and (
                    after.word != "that"
                    or tokens[at + 2 : at + 3] == []
                    or tokens[at + 2].word == "i"
                )
                and not (
                    after.tag in _SUBJECT_TAGS
                    and after.word != "i"  # "I hope I can stay": their own wish
                    and at + 2 < len(tokens)
                    and tokens[at + 2].tag in ("VBZ", "VBP", "VBD", "MD")
                )
            ):
                return True
        return False

    def seen(self, text, about=False) -> bool:
        return any(kind == "seen" for kind, _ in self._actions(text, about))

    def cared_for_in(self, texts) -> bool:
        """A baby's care described: the child's things seen ("Ellie's nappy", "the baby's
        bottle")."""
        for text in texts:
            for begin, end in sentences(text):
                sentence = text[begin:end]
                tokens = tag(sentence).tokens
                for index in range(len(tokens) - 2):
                    if tokens[index + 1].word == "'s" and self._is_child(
                        sentence, tokens, index, False
                    ):
                        thing = tokens[index + 2]
                        if self.words.first_class(thing.word, "n") in self.prepared.care:
                            return True
        return False


_AUXILIARIES = frozenset(
    {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would"}
)
# WordNet's verbs of doing with the body, told in the perfect still as something seen ("has
# drawn a picture of her family", "has hit his sister twice").
_DOINGS = frozenset(
    {"verb.body", "verb.contact", "verb.motion", "verb.creation", "verb.communication"}
)


# Words for a person that say which sex they are, which a pronoun must agree with.
_FEMALE = frozenset(
    {"mum", "mam", "mummy", "mother", "gran", "nan", "nana", "nanna", "grandma", "grandmother"}
    | {"aunt", "auntie", "sister", "stepmum", "stepmother", "daughter", "girl", "woman"}
    | {"mom", "mommy", "momma", "stepmom", "granny", "aunty"}  # (and in American English)
)
_MALE = frozenset(
    {"dad", "daddy", "father", "grandad", "grandpa", "grandfather", "uncle", "brother"}
    | {"stepdad", "stepfather", "son", "boy", "man", "granddad", "papa"}
)
_MANY = frozenset({"both", "all", "two"})
# The family words for grown-ups: a sister or a son named in a sentence may be the child.
# Words that put the writer or an occasion they saw in the sentence: "I", "me", "the visit".
_THE_WRITER_THERE = FIRST_PERSON | {"visit", "contact", "during", "when"}
_KIN_CHILDREN = frozenset(
    {"sister", "daughter", "girl", "brother", "son", "boy", "sibling", "twin"}
)
_FAMILY = _FEMALE | _MALE
_ADULTS = _FAMILY - _KIN_CHILDREN
_SHE = frozenset({"she", "her"})
_HE = frozenset({"he", "him", "his"})


def pronouns_for(tokens) -> frozenset[str]:
    """Which of "she", "he" and "they" the tokens (people and pronouns) can be; "one" for a
    name, which is no "they"."""
    found = set()
    for token in tokens:
        if token.word in _FEMALE | _SHE:
            found.add("she")
        elif token.word in _MALE | _HE:
            found.add("he")
        elif token.word in ("they", "them") or token.tag in ("NNS", "NNPS"):
            found.add("they")
        elif token.tag == "NNP":
            found.add("one")
    return frozenset(found)


def _age_after(tokens, index) -> int | None:
    """The age in years given after the word at ``index``: in brackets ("(6)", "(aged 4)", "(2
    years)"; "(10 weeks)" is 0), between commas ("Kai, seven,", ", aged 7,") or after "is"
    ("Alfie is seven months old", "Reece Murray is sixteen"); or None."""
    words = [t.word for t in tokens[index + 1 : index + 7]]
    if words[:1] == ["("]:
        if ")" not in words:
            return None
        inside = words[1 : words.index(")")]
    elif words[:1] in ([","], ["is"], ["was"], ["'s"]):  # ("Brooke's twelve")
        ends = (",", ".", ";", ")", ":") if words[0] == "," else (",", ".", ";", "and")
        inside = words[1:]
        end = next((n for n, word in enumerate(inside) if word in ends), None)
        if end is None and words[0] == ",":
            return None
        inside = inside[:end]
    else:
        return None
    while inside[:1] in (["aged"], ["now"], ["nearly"], ["almost"], ["who"], ["is"]):
        inside = inside[1:]  # ", now seven,", ", who is four,"
    number = _a_number(inside[0]) if inside else None
    rest = [word for word in inside[1:] if word != "old"]
    if rest[:1] in (["years"], ["year"], ["yrs"]):
        rest = rest[:1]  # "(3 years 2 months)"
    if number is None or len(rest) > 1:
        return None  # ("is one of three": no age)
    unit = rest[0] if rest else "years"
    if unit.startswith(("week", "month", "day")):
        return 0
    return number if unit.startswith(("year", "yr")) else None


def _a_verb_since_a_mark(tokens, index) -> bool:
    """A verb between ``index`` and the colon, quotation mark or start before it."""
    for token in reversed(tokens[:index]):
        if token.word in (":", ";") or token.word in _QUOTE_MARKS:
            return False
        if token.tag.startswith("VB") or token.tag == "MD":
            return True
    return False


def _listed_together(tokens, names) -> list[tuple[str, str]]:
    """Each name joined by "and" to another ("Kai (7) and Mia", and past an age between commas,
    "Kai, seven, and Mia"), with that other. (Not one a comma alone sets beside it: "I met Kai
    (7), Donna and Lee" lists the grown-ups too.)"""
    joined = [
        t.word
        for t in tokens
        if t.word not in ("(", ")", ",", "aged") and _a_number(t.word) is None
    ]
    pairs = []
    for index, word in enumerate(joined):
        if word not in names:
            continue
        for p, q in ((index - 1, index - 2), (index + 1, index + 2)):
            if min(p, q) >= 0 and max(p, q) < len(joined) and joined[p] == "and":
                pairs.append((word, joined[q]))
    # Names listed as the sentence's subject, before its verb ("Niamh (16), Aoife and Sean live
    # with their mum"), are together as those joined by "and" are.
    opening: list[str] = []
    at = 0
    while at < len(joined) and (joined[at] in names or joined[at] == "and" and opening):
        if joined[at] in names:
            opening.append(joined[at])
        at += 1
    verbs = {t.word for t in tokens if t.tag.startswith(("VB", "MD"))}
    if len(opening) > 2 and at < len(joined) and joined[at] in verbs:
        pairs.extend((one, other) for one in opening for other in opening if one != other)
    return pairs


def _whose_kin(prepared, tokens, index) -> str | None:
    """Whose brother, sister or cousin the name at ``index`` is, if the text says ("Tom's
    sister, Jess", "their mum's brother, Andre"): that one's word."""
    before = index - 1 - int(index > 1 and tokens[index - 1].word == ",")
    if (
        before >= 2
        and (tokens[before].word in _siblings() or tokens[before].word in ("cousin", "cousins"))
        and tokens[before - 1].word == "'s"
    ):
        return tokens[before - 2].word
    return None


def _a_childs_word_before(prepared, sentence, tokens, index) -> bool:
    """A word for a child, a sibling or a cousin just before the name ("her brother Jack", "his
    cousin Sam", "her baby, Alfie"); not a word of a name ("the Child Advocacy Center")."""
    # (Back to the first of the names listed after a plural one: "Kelly's four children,
    # Jayden, Kacey, Tommy and Lily-Mae"; not "her son, Kai, Donna and Lee".)
    listed = index
    while (
        listed >= 3
        and tokens[listed - 1].word in (",", "and")
        and tokens[listed - 2].tag == "NNP"
        and tokens[listed - 3].word == ","
    ):
        listed -= 2
    if (
        listed != index
        and listed >= 2
        and tokens[listed - 2].tag == "NNS"
        # (Whose brothers they are decides theirs: "Reece's brothers, Connor and Leon".)
        and _child_noun(prepared, tokens[listed - 2].word)
    ):
        index = listed
    before = index - 1 - int(index > 1 and tokens[index - 1].word == ",")
    return (
        before >= 0
        and (
            _child_noun(prepared, tokens[before].word)
            or tokens[before].word in _siblings()
            or tokens[before].word in ("cousin", "cousins")
        )
        and not (before > 0 and sentence[tokens[before].start].isupper())
    )


def _a_number(word) -> int | None:
    """The number a word writes, in figures or as a word for a child's age ("7", "seven")."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def _the_writers_plan(tokens) -> bool:
    """The sentence is what the writer will do: "I will...", "We are going to...", "I plan
    to...", or what will be done ("Her views will be recorded..."), telling nothing done ("I
    will tell her mum what Ellie told me" tells it)."""
    if any(t.tag == "VBD" for t in tokens):
        return False
    modal = next((at for at, t in enumerate(tokens) if t.tag == "MD" or t.tag[:2] == "VB"), None)
    if (
        modal is not None
        # The sentence's own first verb, no one's words: not 'He says he will be killed' or
        # 'Amir: "I will be sent back"'.
        and not any(t.word in _QUOTE_MARKS for t in tokens)
        and tokens[modal].word in ("will", "shall", "'ll")
        and [t.word for t in tokens[modal + 1 : modal + 2]] == ["be"]
        and tokens[modal + 2 : modal + 3]
        and tokens[modal + 2].tag == "VBN"
    ):
        return True  # "Her views will be recorded in her own words": what will be done
    words = [t.word for t in tokens[:4]]
    return words[:1] in (["i"], ["we"]) and (
        words[1:2] in (["will"], ["'ll"], ["shall"])
        or words[1:2] in (["plan"], ["intend"], ["aim"])
        and words[2:3] == ["to"]
        or words[1:2] in (["am"], ["are"])
        and words[2:4] == ["going", "to"]
    )


def _title_of(text, tokens, index) -> int | None:
    """Where the title is, when the word is a name after one, past the names between ("Ms
    Toni Lake")."""
    back = index - 1
    while (
        back >= 0
        and tokens[back].word not in TITLES
        and tokens[back].tag == "NNP"
        and text[tokens[back].start].isupper()
    ):
        back -= 1
    return back if 0 <= back < index and tokens[back].word in TITLES else None


def _hearsay_before(tokens, index) -> bool:
    """ "It is understood (that)", "it was reported": before ``index``, a passive with "it" and
    no one saying it."""
    for at in range(index - 2):
        if tokens[at].word != "it" or tokens[at + 1].word not in _BE:
            continue
        participle = at + 2
        if tokens[participle].word == "been" and participle + 1 < index:
            participle += 1
        if tokens[participle].tag in ("VBN", "VBD") and "by" not in (
            t.word for t in tokens[participle:index]
        ):
            return True
    return False


def _sex_of_adults_before(tokens, index) -> frozenset[str]:
    """The sexes of the grown-ups named before ``index``, by a word for them or a title."""
    return pronouns_for(t for t in tokens[:index] if t.word in _ADULTS).union(
        *(_TITLED.get(t.word, ()) for t in tokens[:index])
    )


def _sex_of_whose(tokens) -> frozenset[str]:
    """The sex the sentence's first "his" or "her" (as whose) gives, if no grown-up of that
    sex is named before it: theirs is the child's."""
    for index, token in enumerate(tokens):
        if token.tag == "PRP$" and token.word in ("his", "her"):
            sex = "he" if token.word == "his" else "she"
            named_before = _sex_of_adults_before(tokens, index)  # "Ms Mensah ... her"
            return frozenset() if sex in named_before else frozenset({sex})
    return frozenset()


def _the_other_adult(tokens, sexes, childs) -> bool:
    """The sentence's first subject is "she", "he" or "they" that only an adult named before
    can be, and the child was named so that it cannot ("he" for the child, "she" for Mum; Jo,
    and "they" for the officers)."""
    first = next((token for token in tokens if token.tag in _SUBJECT_TAGS), None)
    if first is None or first.word not in ("he", "she", "they"):
        return False
    known = childs & ({"they", "one"} if first.word == "they" else {"he", "she"})
    # ("Nana knows the children best. She told me...": no one of them is "she".)
    known = known or bool(childs) and childs <= {"they"} and first.word != "they"
    # Or this sentence names the child by the other pronoun: "The mother tell me that Adam is
    # always on the phone. She say he don't want to go back": "he" is Adam, "she" the mother.
    other = {"he": "she", "she": "he"}.get(first.word)
    # ...or names one of its sex as whom something is done to, who cannot be the subject (that
    # would be "herself"): "Mum said Amy was upset. She said she didn't know what to do with
    # her."
    same = {"he": "him", "she": "her"}.get(first.word)
    known = known or any(
        (token.word == other and token.tag == "PRP") or (token.word == same and token.tag == "PRP")
        for token in tokens[tokens.index(first) :]
    )
    return bool(known) and bool(pronouns_for([first]) & sexes)


def _sex_of_the_person_at(tokens, index) -> frozenset[str]:
    """Which of "she" and "he" the person at ``index`` is, by a word for them or their title
    ("Mum", "Ms Purcell", "Mr Pryce"); none for a name alone."""
    found = _TITLED.get(tokens[index].word) or pronouns_for([tokens[index]]) - {"one", "they"}
    back = index
    while not found and back > 0 and tokens[back].tag == "NNP":
        back -= 1
        found = _TITLED.get(tokens[back].word, found)
    return found


def _the_adult_of_this_sex(tokens, index) -> bool:
    """The pronoun at ``index`` is "she" or "he" after a grown-up of that sex named earlier in
    the sentence, and the child was given the other pronoun before it ("his mum"): the
    grown-up, who alone can be it."""
    sex = pronouns_for([tokens[index]]) & {"she", "he"}
    other = (
        {"he": _HE, "she": _SHE}.get(next(iter({"she", "he"} - sex)), frozenset()) if sex else None
    )
    return bool(
        sex
        and other
        and sex <= _sex_of_adults_before(tokens, index)
        and any(t.word in other for t in tokens[:index])
    )


def _of_the_other_sex(tokens, speaker, quoted) -> bool:
    """The speaker at ``speaker`` is "she" or "he", and what they are quoted saying speaks of
    someone by the other pronoun, never as "I": someone else's words about the child."""
    other = {"she": _HE, "he": _SHE}.get(tokens[speaker].word)
    words = [
        t.word
        for t in tokens[speaker + 1 :]
        if any(begin <= t.start < end for begin, end in quoted)
    ]
    if other is None or not words:
        return False
    return bool(set(words) & other) and not set(words) & FIRST_PERSON


def _inside_a_quotation(sentence, found, quoting):
    """What the sentence shows, and the quotation it leaves open: inside one an earlier
    sentence opened (``quoting`` holds what that one showed, and its mark), the words are that
    speaker's. Double marks pair up; a single one opens before a word and closes after one, as
    an apostrophe inside a word ("Tia's") does neither."""
    doubles = sum(sentence.count(mark) for mark in _DOUBLE_QUOTES) % 2
    # (By where the marks stand, not how many: "'nothing, 'cos there's none'" is closed.)
    opening = [m.start() for m in _SINGLE_OPENING.finditer(sentence)]
    closing = [m.start() for m in _SINGLE_CLOSING.finditer(sentence)]
    if quoting is not None:
        if quoting[1] == '"':
            still = not doubles
        else:  # closed by a mark before any other opens
            still = not closing or bool(opening) and opening[0] < closing[0]
        if not still and found is not None and _told_after_the_quotation(sentence, quoting[1]):
            return found, None  # "...I hide in my room,' Leo said.": whose the words were
        return quoting[0], (quoting if still else None)
    if doubles:
        return found, (found, '"')
    return found, ((found, "'") if _single_quote_left_open(sentence) is not None else None)


def _told_after_the_quotation(sentence, mark) -> bool:
    """After the mark that closes the quotation, words that say whose it was (", Leo said.")."""
    if mark == '"':
        end = max(sentence.rfind(m) for m in _DOUBLE_QUOTES)
    else:
        closing = _SINGLE_CLOSING.search(sentence)
        end = closing.start() if closing else -1
    return end >= 0 and re.search(r"[A-Za-z]", sentence[end + 1 :]) is not None


def _single_quote_left_open(sentence) -> int | None:
    """Where a quotation in single marks opens that the sentence does not close, or None."""
    opening = [m.start() for m in _SINGLE_OPENING.finditer(sentence)]
    if opening and not any(m.start() > opening[-1] for m in _SINGLE_CLOSING.finditer(sentence)):
        return opening[-1]
    return None


_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[:]))['\u2018](?=[\w\"\u201c])")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?\"\u201d])['\u2019](?=[\s.,;:)!?\"\u201d]|$)")


# Words for a parent after a name's "'s": "Alfie's mum", "Ruby's dad".
_PARENT_WORDS = frozenset({"mum", "mom", "mother", "dad", "father", "parents", "parent"})
_DOUBLE_QUOTES = ('"', "\u201c", "\u201d")
_TITLED = {
    "ms": frozenset({"she"}),
    "mrs": frozenset({"she"}),
    "miss": frozenset({"she"}),
    "mr": frozenset({"he"}),
}


def _of_another(tokens, index) -> bool:
    """ "You both feel she is happier": more than one written to, saying what another is."""
    following = tokens[index + 1 : index + 5]
    return (
        len(following) == 4
        and following[0].word in _MANY
        and following[1].tag.startswith("VB")
        and following[2].word in ("she", "he", "they")
        and (following[3].tag.startswith("VB") or following[3].tag == "MD")
    )


# Words that say what is so as a rule, of children in general.
_AS_A_RULE = frozenset({"often", "usually", "generally", "typically", "commonly", "frequently"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "."})


_REFUSING = frozenset({"decline", "refuse", "choose"})  # "chose not to meet"
_MEETING = frozenset({"meet", "engage", "attend", "see", "join"})
_BEING_THERE = frozenset({"come", "go", "arrive", "turn", "show"})  # "did not come"
# What is offered to meet a child, and may be turned down ("declined my offer of a meeting").
_A_MEETING = frozenset({"offer", "invitation", "meeting", "visit", "appointment", "interview"})
_BEGINNING = frozenset({"begin", "start", "commence", "resume", "finish", "complete"})


def _moved_home(tokens, index, lemmas) -> bool:
    """ "Moved from his mother's home to live with his aunt", "moved in with Dad": where they
    live now, a matter of record, not a move the writer saw ("moved to the window")."""
    if not lemmas & {"move", "relocate"}:
        return False
    following = [t.word for t in tokens[index + 1 : index + 16]]
    if following[:2] == ["in", "with"] or following[:1] in (["house"], ["home"]):
        return True
    # Moved themselves, not a thing: "moved from...", "moved to live with" (not "moved the
    # dolls around her doll's house").
    return following[:1] in (["from"], ["to"], ["into"], ["back"], ["away"]) and any(
        word in ("live", "living", "stay", "staying", "home", "house", "flat") for word in following
    )


def _done_to_them(tokens, index) -> bool:
    """A participle in the passive ("has been kept informed") or after "to have" ("is said
    ... to have asked"): what was done to them, or what someone says they did."""
    if tokens[index].tag not in ("VBN", "VBD") or index < 2:
        return False
    before = [t for t in tokens[max(0, index - 3) : index] if t.tag != "RB"]
    words = [t.word for t in before]
    return words[-2:] == ["to", "have"] or (
        tokens[index].tag == "VBN" and any(w in ("been", "being") for w in words)
    )


# How well something went, a verdict in a word: "has settled well", "is doing better".
_HOW_WELL = frozenset({"well", "badly", "better", "worse"})


def _how_well(tokens, index) -> bool:
    """The verb at ``index`` is rated by how well, after its particle if any: "has settled in
    well", "is getting on better" (not "well" opening a new clause)."""
    after = index + 1
    while after < len(tokens) and tokens[after].word in (
        "in",
        "on",
        "down",
        "really",
        "so",
        "very",
    ):
        after += 1
    return after < len(tokens) and tokens[after].word in _HOW_WELL


def _a_gerund(tokens, index) -> bool:
    """The -ing word at ``index`` names an activity, as a noun would: after a preposition, or
    joined to a noun that is."""
    before = tokens[index - 1] if index else None
    if before is None:
        return False
    if before.tag == "IN" and before.word not in ("while", "when", "whilst", "after", "before"):
        return True  # (not "while playing", "after leaving": when something was done)
    if before.tag == "VBG":
        return _a_gerund(tokens, index - 1)  # "and going missing"
    if before.tag == "CC":
        return index >= 2 and tokens[index - 2].tag in ("NN", "NNS")
    # "for his personal care, feeding and movement": one of a list of nouns (not "at the
    # table, drawing pictures", which has an object).
    return (
        before.word == ","
        and index >= 2
        and tokens[index - 2].tag in ("NN", "NNS")
        and index + 1 < len(tokens)
        and tokens[index + 1].tag in ("CC", ",", ".")
    )


def _going_on(tokens, index) -> bool:
    """ "Is staying with a friend", "is 15 and staying with a friend": what goes on for now, in
    the present, not something seen happen."""
    for token in reversed(tokens[max(0, index - 4) : index]):
        # (Or the while of something else: "has been an inpatient ... while receiving
        # treatment".)
        if (
            token.word in ("is", "are", "'s")
            or token.word in ("while", "whilst")
            and (token is tokens[index - 1])
        ):
            return True
        # Past an age, not a description ("is happy and playing when I arrive" is seen).
        if token.tag not in ("CC", "CD", "RB"):
            return False
    return False


def _predicate_noun(tokens, at) -> bool:
    """The noun at ``at`` is what someone is said to be ("is a lovely boy"), not a subject."""
    back = at - 1
    # (Past an age: "is a 15-year-old boy".)
    # (And past what kind: "is a 15-year-old Black British boy".)
    while back >= 0 and (
        tokens[back].tag in ("JJ", "RB", "VBG", "CD", "NNP", "NNPS")
        or tokens[back].word == "-"
        or tokens[back].word.endswith("year-old")
    ):
        back -= 1
    return back >= 1 and tokens[back].word in ("a", "an") and tokens[back - 1].word in _BE


# Participles that are prepositions: what follows is no one's doing.
_PREPOSITIONS_FROM_VERBS = frozenset({"given", "including", "regarding", "concerning"})
# What the writer holds, in "in my view": the rest of the clause is theirs, not the child's.
_THE_WRITERS_VIEW = frozenset({"view", "opinion", "assessment", "judgement", "judgment"})


def _named_not_done(tokens, index) -> bool:
    """The verb at ``index`` names something rather than tells it done: "weighed without
    comment" (after a preposition a base form is a noun), "leading adults to what he wants"
    (what he wants, as a place led to, not his telling it; "tell Mum what Ellie told me"
    tells it)."""
    return (
        tokens[index].tag in ("VB", "VBP")
        and index > 0
        and tokens[index - 1].tag == "IN"
        or index >= 3
        and tokens[index - 2].word in ("what", "whatever")
        and tokens[index - 3].tag in ("IN", "TO")
    )


def _a_preposition_or_the_writers_view(tokens, index) -> bool:
    """ "Given Mum's low mood", "including": a preposition made from a verb; or the verb is in
    what the writer holds: "Noah is, in my view, carrying a lot"."""
    if index + 1 < len(tokens) and (
        tokens[index].word in _PREPOSITIONS_FROM_VERBS
        # "...is the focus of this assessment following concerns raised by her school": after
        # (not "was following her brother around").
        or tokens[index].word == "following"
        and tokens[index - 1].word not in _BE
    ):
        return True
    if tokens[0].word in _PREPOSITIONS_FROM_VERBS and all(t.word != "," for t in tokens[1:index]):
        return True  # "Given everything the girls went through, ...": the writer's grounds
    return any(
        tokens[at].word == "in"
        and tokens[at + 1].word in ("my", "our")
        and tokens[at + 2].word in _THE_WRITERS_VIEW
        for at in range(max(0, index - 8), index - 2)
    )


_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen"),
        )
    )
}


def _years_before(tokens, index) -> int:
    """The number of years in "the 2-year-old", "the two-year-old": 0 for months, weeks or
    days; a grown-up's 99 for a number past the words for a child's ages ("forty")."""
    word = tokens[index].word
    if not word.startswith("year") and "-year-" not in word:
        return 0
    number = word.split("-")[0]
    if number in _NUMBER_WORDS:
        return _NUMBER_WORDS[number]
    if index >= 2 and tokens[index - 1].word == "-" and tokens[index - 2].word.isdigit():
        return int(tokens[index - 2].word)
    return 99


def _negated(tokens, index) -> bool:
    """The verb at ``index`` is denied: "did not want", "not seen or spoken to"."""
    if (
        index + 1 < len(tokens)
        and tokens[index + 1].word in ("not", "n't", "never")
        and tokens[index].word in _AUXILIARIES
    ):
        return True  # "did not", "was not": the auxiliary denied ("asked not to go" is asked)
    back = index - 1
    while (
        back >= 0
        and (tokens[back].tag in ("RB", "MD") or tokens[back].word in _BE)
        and (tokens[back].word not in ("not", "n't", "never"))
    ):
        back -= 1
    if back >= 0 and tokens[back].word in ("not", "n't", "never"):
        return True
    # "Not seen or spoken to": the denial carries over to the verb joined to the denied one.
    return index >= 3 and tokens[index - 1].word in ("or", "and") and _negated(tokens, index - 2)


def _summed_up(tokens, index) -> bool:
    """A participle after "has" or "have": a span summed up, not an occasion seen."""
    back = index - 1
    while back >= 0 and tokens[back].tag == "RB":
        back -= 1
    # The tagger reads some participles after "has" as past tenses ("has benefited").
    return (
        tokens[index].tag in ("VBN", "VBD")
        and back >= 0
        and tokens[back].word in ("has", "have", "'s")
    )


def _children_in_general(tokens, index) -> bool:
    """ "Children who live with domestic abuse...", "young people living in care": a plural
    with no determiner before it and a clause after it that says which, children in general
    ("children in the household were seen playing" are these children)."""
    token = tokens[index]
    if token.tag not in ("NNS", "NNPS") or index + 1 >= len(tokens):
        return False
    if index and tokens[index - 1].tag in ("DT", "PRP$", "POS", "CD"):
        return False
    if tokens[index + 1].word in ("who", "that", "living"):
        return True
    if tokens[index + 1].word == "of" and "age" in [t.word for t in tokens[index + 2 : index + 5]]:
        return True  # "Children of his age...", "babies of that age": any child that old
    # "Children in foster care often feel torn": what such children are like as a rule.
    clause = []
    for token in tokens[index + 1 : index + 8]:
        clause.append(token.word)
        # To the first finite verb (the tagger may read a noun, "foster care", as a base form).
        if token.tag in ("VBZ", "VBD", "VBP", "MD") or token.word in _CLAUSE_MARKS:
            break
    return bool(set(clause) & _AS_A_RULE)


def _said_to(tokens, index) -> bool:
    """ "Is said to enjoy", "was reported to be happy": what the child does in others' words."""
    at = index - 1
    if at >= 2 and tokens[at].word in _BE and tokens[at - 1].word == "to":
        at -= 1  # "are said to be doing well"
    if at < 2 or tokens[at].word != "to":
        return False
    # "Is said by his parents to be excited": back over who said it.
    by = next((p for p in range(at - 1, max(0, at - 6), -1) if tokens[p].word == "by"), None)
    if by is not None and all(
        t.tag in ("DT", "PRP$", "NN", "NNS", "NNP", "JJ") for t in tokens[by + 1 : at]
    ):
        at = by
    if tokens[at - 1].tag not in ("VBN", "VBD") or at < 2:
        return False
    kind = lexicon().first_class(tokens[at - 1].word, "v")
    return kind in ("verb.communication", "verb.cognition") and tokens[at - 2].word in _BE


def _child_noun(prepared, word) -> bool:
    """A noun for a child, singular or plural ("children", "boys")."""
    return word in prepared.children or any(
        lemma in prepared.children for lemma in lexicon().lemmas(word, "n")
    )


def _meaning_missing(view, prepared, doc):
    fields = list(view.all_fields(("analysis", "risk")))
    if not fields:
        return
    names = {normal(word) for name in view.child_names for word in name.split()}
    for entry in fields:
        words = view.words(entry)
        if words & names:
            return
        if any(_child_noun(prepared, word) for word in words) or prepared.child_words.in_text(
            entry.text
        ):
            return
        if not names and _untitled_name(prepared, entry.text):
            return  # no child recorded: a first name in the analysis stands for one
    who = doc.children[0].name if len(doc.children) == 1 and doc.children[0].name else "the child"
    yield Hit(
        "analysis",
        detail={
            "problem": f"The child's view is missing: the analysis and risk never say what "
            f"this means for {who}",
            "child": who,
        },
    )


def _untitled_name(prepared, text) -> bool:
    for begin, end in sentences(text):
        sentence = text[begin:end]
        tokens = tag(sentence).tokens
        if any(
            token.tag in ("NNP", "NNPS")
            and _untitled(prepared, sentence, tokens, index)
            # A sentence's first word is capitalised anyway: "Money is short" names no one.
            and (index > 0 or not lexicon().known(token.word, "n"))
            for index, token in enumerate(tokens)
        ):
            return True
    return False


def _untitled(prepared, text, tokens, index) -> bool:
    """A first name that is no adult's: not after a title ("Mr Smith", "Mr. Smith"), not an
    adult's role ("Mum", "Parent"), not a group ("School", "Police"), not an acronym ("CSC").
    WordNet's famous people do not count against a name: "David" is a child's name too."""
    token = tokens[index]
    if token.word in prepared.titles:
        return False
    back = index - 1
    if back >= 0 and tokens[back].word == ".":
        back -= 1
    if back >= 0 and tokens[back].word in prepared.titles:
        return False
    if (
        back >= 0
        and tokens[back].tag in ("NNP", "NNPS")
        and _adult_role(prepared, tokens[back].word)
        and not _child_noun(prepared, tokens[back].word)
    ):
        return False  # "Nana Jean", "Auntie Sue": a family word before the name is a title
    if (
        back >= 1
        and tokens[back].word == ","
        and tokens[back - 1].tag in ("NN", "NNS", "NNP")  # (not "made things better, Ruby")
        and (
            _a_grown_ups_word(prepared, tokens[back - 1].word)
            # A role WordNet does not list: "childminder", "keyworker".
            or lexicon().unlisted_person(tokens[back - 1].word)
        )
        and tokens[back - 1].word not in _KIN_CHILDREN  # "his sister, Ella,"
        and not _child_noun(prepared, tokens[back - 1].word)
    ):
        return False  # "The childminder, Debbie,": the adult, named
    written = text[token.start : token.end]
    # A role noun capitalised in mid-sentence with no "the" or "his" before it is a name:
    # "saw Mason give", "with Hunter" (but "Mum", and "the Social Worker", are roles).
    named = (
        index > 0
        and token.word not in prepared.kin
        and tokens[index - 1].tag not in ("DT", "PRP$", "POS")
    )
    if (_adult_role(prepared, token.word) and not named) or (
        written.isupper() and len(written) > 1 and "." not in written
    ):
        return False
    if lexicon().unlisted_person(token.word):
        return False  # "Keyworker says", "Carer reports": a role WordNet does not list
    if (
        index == 0
        and lexicon().first_class(token.word, "n") in _KNOWLEDGE
        and [t.word for t in tokens[1:2]] in (["tells"], ["shows"], ["suggests"], ["indicates"])
    ):
        return False  # "Research tells us that...": what is known, not a child called Research
    # Nor a month or a day ("July", "Monday"), capitalised as names are.
    return lexicon().first_class(token.word, "n") not in ("noun.group", "noun.time")


# What is known or found, as WordNet files it: the subject of "tells us", "shows", never a child.
_KNOWLEDGE = frozenset({"noun.act", "noun.cognition", "noun.communication"})


def _adult_role(prepared, word) -> bool:
    """A capitalised word that is an adult's role, not a name: a family word ("Mum", "Nan"), or
    an adult's noun whose commonest sense is a person ("Teacher"). "Jack" is a name: that it can
    mean a labourer is a rare sense."""
    if word in prepared.kin:
        return True
    return word in prepared.adults and lexicon().first_class(word, "n") == "noun.person"
