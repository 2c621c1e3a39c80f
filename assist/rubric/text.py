"""Small text tools the check types share: sentences and the signals that show how something is
known (a quote, a figure, a date or time, a cited item)."""

from __future__ import annotations

import re
from functools import lru_cache

from assist.language import TITLES, lexicon
from assist.rubric.wordlists import LINKING_VERBS

# A sentence ends at . ! or ? followed by space and something that can start a sentence, or at a
# blank line. Titles and common abbreviations do not end one.
_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n[ \t]*\n"
    # ...or before a lettered item: "...text Mr Lacey. (b) Mr Lacey will come home".
    r"|[.!?…]+[\"'”’)\]]*(?=\s+\((?:[a-z]|[ivx]{1,4})\)\s)"
    # A hurried note's next sentence may start in lower case: "house a mess. mum low".
    r"|(?<=[a-z]{3})\.(?=\s+[a-z])"
)
_ABBREVIATIONS = frozenset(
    [
        *TITLES,  # "Mr.", "Det." before a name
        "st",
        "no",
        "nos",
        "e.g",
        "eg",
        "i.e",
        "ie",
        "etc",
        "approx",
        "al",  # "Brandon et al. (2020)"
        "vs",
        "cf",
        "fig",
        # Months, days and short forms of notes, which a lower-case word may follow.
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"),
        *("esp", "tel", "incl", "dept", "est", "min", "mins", "hr", "hrs", "wk", "wks", "yr"),
        *("yrs", "tbc", "re", "attn", "ref", "apt", "appt", "poss", "prob"),
    ]
)


@lru_cache(maxsize=32768)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, whitespace trimmed, covering all of the text."""
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith(".") and _ends_with_abbreviation(text, match.start()):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    trimmed = []
    for begin, end in (piece for span in spans for piece in _past_heading_lines(text, *span)):
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if begin < end:
            trimmed.append((begin, end))
    return tuple(trimmed)


# A line of its own that no sentence ends: a heading or a label ("What is going well",
# "Analysis for the review conference") at most this many words long.
_HEADING_WORDS = 8
# The tags of words a line that wraps mid-sentence ends on and a heading does not: a verb, a
# preposition, an article or determiner, a conjunction, a pronoun or a modal, each of which
# needs what follows it ("...she had spoken to", "Mum has missed").
_RUNS_ON_TAGS = ("IN", "DT", "CC", "TO", "PRP", "PRP$", "MD", "WDT", "WP", "EX", "VB")
_LINE_END = re.compile(r"[ \t]*\n")


def _past_heading_lines(text: str, begin: int, end: int):
    """The span cut after each heading line inside it: a short line, with no punctuation that
    ends or carries on a sentence, that starts the span or follows a line that ended one, and is
    followed by a line that starts with a capital, a number or a mark. A long line ending
    mid-sentence ("...she had spoken to" before "Ms Patel") is text wrapped, and runs on."""
    start = begin
    line_start = begin
    after_an_end = True
    for match in _LINE_END.finditer(text, begin, end):
        line = text[line_start : match.start()].strip()
        following = text[match.end() : end].lstrip()
        if (
            after_an_end
            and following[:1]
            and (following[0].isupper() or following[0].isdigit() or following[0] in '-*•"“(')
            and reads_as_a_heading(line)
        ):
            yield start, match.start()
            start = match.end()
        else:
            after_an_end = bool(line) and line[-1] in '.!?:…"”)'
        line_start = match.end()
    yield start, end


def reads_as_a_heading(line: str) -> bool:
    """A line that could be a heading, if it stands alone: short, starting with a capital, with
    no punctuation that ends or carries on a sentence, not ending on a word that needs more."""
    line = line.strip()
    return (
        bool(line)
        and len(line.split()) <= _HEADING_WORDS
        and line[0].isupper()
        and line[-1] not in ".!?,;…-–—"
        and ":" not in line[:-1]  # "Mum is a caring parent: she sat beside": a sentence
        and not _runs_on(line)
    )


def finite_verbs(line: str) -> int:
    """How many verbs in the line are finite, as a clause's own verb is ("told", "is", "will")."""
    from assist.language import tag  # (only for the rare short line read as a heading)

    return sum(token.tag in ("VBD", "VBZ", "VBP", "MD") for token in tag(line).tokens)


def tells(text: str) -> bool:
    """Someone tells something in the text: a verb whose commonest sense WordNet files as one
    of communication, followed by what was told or to whom ("reports that", "states she",
    "mentioned to me"; not "shouted at his sister", which is something they did)."""
    from assist.language import lexicon, tag  # (only for a line of the child's section)

    words = lexicon()
    tokens = tag(text).tokens
    return any(
        token.tag.startswith("VB")
        and words.first_class(token.word, "v") == "verb.communication"
        and (following.tag in ("PRP", ":", "''", "``") or following.word in _TOLD_NEXT)
        for token, following in zip(tokens, tokens[1:], strict=False)
    )


def whereabouts(tokens, index) -> bool:
    """ "Will stay with Nan", "remained in hospital", "were staying with their father": a verb
    of being somewhere or staying so (WordNet files its commonest sense as stative, or as a
    change with a stative sense among the others: "stay", "remain"), then with whom or where;
    where someone is, not how they changed or what they did (not "has grown in confidence", a
    state, nor "was playing in the sand", a doing)."""
    from assist.language import lexicon

    after = index + 1
    word = tokens[index].word
    if (
        after + 1 >= len(tokens)
        or tokens[after].word not in ("with", "at", "in")
        or lexicon().first_class(word, "v") not in ("verb.stative", "verb.change")
        or "verb.stative" not in lexicon().classes(word, "v")
    ):
        return False
    head = after + 1
    while head + 1 < len(tokens) and tokens[head].tag in ("DT", "PRP$", "JJ", "POS"):
        head += 1
    return tokens[head].tag in ("NNP", "PRP") or (
        tokens[head].tag in ("NN", "NNS")
        and lexicon().first_class(tokens[head].word, "n") not in (None, *_STATES)
    )


# What someone is or feels, or thinks: "in confidence", "in a low mood", "in two minds".
_STATES = ("noun.state", "noun.attribute", "noun.act", "noun.feeling", "noun.cognition")


# What follows a verb of telling when it tells something: what ("that", "why", a quotation) or
# to whom ("to").
_TOLD_NEXT = frozenset({"that", "to", "why", "how", "what", "whether", '"', "'", "“", "‘"})


def _runs_on(line: str) -> bool:
    """The line's last word needs what follows it: the line is a sentence wrapped, not a
    heading."""
    from assist.language import tag  # (only for the rare short line before a capital)

    tokens = tag(line).tokens
    if not tokens or not tokens[-1].tag.startswith(_RUNS_ON_TAGS):
        return False
    # "What we are worried about", "What Ellie told me": a question's preposition or object,
    # left at its end.
    return not (tokens[-1].tag in ("IN", "PRP") and tokens[0].tag in ("WP", "WRB"))


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    # A single capital ("J. Smith") is an initial, not the end of a sentence; a shortened word
    # with dots inside ("a.m.") runs on.
    return (
        word in _ABBREVIATIONS
        or (len(word) == 1 and text[word_start].isupper())
        or ("." in word and dot + 2 < len(text) and text[dot + 2 : dot + 3].islower())
    )


# Paired quotation marks around at least one word. A straight or curly apostrophe inside a word
# ("Sue’s", "isn't") is not a quote mark.
QUOTE = re.compile(
    r"“[^”\n]+”"
    r"|\"[^\"\n]+\""
    r"|(?<![\w])['‘](?=\w)[^\n]*?(?<=[\w.!?,])['’](?![\w])"
)

# The words a term is set after when the quotation marks say what someone is ("he is 'acting
# out'", "described as 'a handful'"), not what anyone said.
_DESCRIBED_AS = frozenset({"is", "are", "was", "were", "be", "been", "being", "as", "seems"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our"})


_ASKED = re.compile(r"\bask(?:ed|ing|s)?\b", re.IGNORECASE)


def only_terms_quoted(text: str) -> bool:
    """Every quotation in ``text`` is a term of a few words set where a description goes ("Noah
    is 'acting out' at school", "has been 'quieter'"): someone's label in quotation marks, not
    words someone said, so neither evidence nor a child's view."""
    quotations = list(QUOTE.finditer(text))
    for match in quotations:
        words = match.group().strip("\"'“”‘’ ").split()
        before = text[: match.start()].split()[-1:]
        if (
            not 0 < len(words) <= 3
            or {word.lower().strip(".,!?") for word in words} & FIRST_PERSON
            or not before
            or before[0].lower() not in _DESCRIBED_AS
            # ("seemed 'tired and quiet'", "appeared 'flat'": any form of a linking verb; not
            # an answer to a question, 'seemed "fine" when I asked'.)
            and not (
                set(lexicon().lemmas(before[0].lower().strip(",;:"), "v")) & LINKING_VERBS
                and not _ASKED.search(text)
            )
        ):
            return False
    return bool(quotations)


# A figure: digits at the start of a word (so the reference "F3" is not one), or a counted word.
FIGURE = re.compile(
    # Not a code that only has digits in it: "Ward 4B", "class 3C", "flat 12A".
    r"\b\d+(?:[.,:/]\d+)*(?!\d|[.,:/]\d|(?-i:[A-Z])\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred|twice|thrice|dozen)\b",
    re.IGNORECASE,
)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Month and day names must be capitalised: "may" is usually a modal verb.
DATE = re.compile(rf"\b(?:{_MONTHS}|{_DAYS})\b")
# Month and day names for patterns that put them beside a number, where case does not matter.
CALENDAR_NAMES = f"{_MONTHS}|{_DAYS}"

# The numbers in a date, a year, a clock time or a length of time say when, not how much: "by 1
# March 2027" or "for 6 weeks" measures nothing. With a number beside it a month name is a month
# whatever its case ("1 may 2027"), unlike DATE alone, where "may" is usually a verb.
_MONTH = rf"(?i:{CALENDAR_NAMES})"
_WHEN = (
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b(?:\s+\d{{4}})?"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|\b{_MONTH}\s+\d{{4}}"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b"
    # "14.03.26"; and a day and month with no year where only a date can be: a note's heading
    # ("DSL note 14/03:", "14/03: seen at home"), not a count or a score ("on 3/4 visits",
    # "rated his mood 2/10: he...").
    r"|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"
    r"|(?:^|(?<=note )|(?<=Note )|(?<=entry )|(?<=log )|(?<=dated ))\d{1,2}/\d{1,2}\b(?=\s*:)"
    # ...or after "on", unless a plural follows ("on 12/03 Chloe", not "on 3/4 visits").
    r"|(?<=\b[Oo]n )\d{1,2}/\d{1,2}\b(?!\s+[a-z]+s\b)"
)
# An age or a school year ("a 15 year old", "aged 7", "Leo (7)", "in Year 9"): whose, not how
# much; no more a measure of anything than a date is.
_AGE = (
    r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen)[- ](?:years?|yrs?|months?|weeks?)[- ]old\b"
    r"|\baged?\s+\d{1,2}\b"
    # "four children under five", "the under-5s": an age.
    r"|\bunder[- ](?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)s?\b"
    r"(?!\s+(?:minutes?|hours?|days?|weeks?|months?|years?|times?|per|%|kg|g\b))"
    r"|\(\s*\d{1,2}\s*\)|\b(?i:year|yr)\s+\d{1,2}\b"
)
# A date, a year or a clock time: when something happened (or an age).
WHEN = re.compile(_WHEN + _AGE)
# ...without the age: a day a record can be checked by ("Leo (7)" says whose, not when).
ON_A_DAY = re.compile(_WHEN)
# ...or a length of time as well: what a recommendation's numbers often are ("for 6 weeks").
CALENDAR = re.compile(
    _WHEN
    + _AGE
    + r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|fortnights?|terms?)\b"
)
# The words a rule or a part of a document is numbered after ("section 47", "Reg 44"): the
# number names it, and is no count or measure of anything.
REFERENCE_WORDS = (
    "reg",
    "regulation",
    "regulations",
    "section",
    "article",
    "schedule",
    "part",
    "paragraph",
    "para",
    "rule",
    "clause",
    "chapter",
    "page",
)


def names_a_part(text: str, start: int, words=REFERENCE_WORDS) -> bool:
    """The figure starting at ``start`` numbers a rule or a part of a document: after one of
    ``words`` ("section 47"), or run on from an "s" ("s47", "s.20")."""
    before = text[:start].rstrip(" .").rsplit(None, 1)
    word = before[-1].lower() if before else ""
    run_on = start - 1 - (start > 1 and text[start - 1] == ".")  # "s47", "s.47"
    return word in words or (
        run_on >= 0
        and text[run_on].lower() == "s"
        and (run_on == 0 or not text[run_on - 1].isalpha())
    )


# An item reference written in the text: [F3], (F3), [F3, F4], (A1; D2), [F3-F5].
_REF = r"[CPFEADHSGMRT]\d{1,4}"
CITATION = re.compile(
    rf"[\[(]\s*({_REF}(?:\s*(?:[,;&/]|and|[-–—]|to)\s*(?:{_REF}|\d{{1,4}}))*)\s*[\])]"
)
REF = re.compile(rf"\b{_REF}\b")


def cited_refs(text: str) -> list[str]:
    """Every reference cited in the text, ranges expanded, in order, without repeats."""
    refs: list[str] = []
    for match in CITATION.finditer(text):
        parts = re.split(r"\s*(?:[,;&/]|\band\b)\s*", match.group(1))
        for part in parts:
            range_match = re.fullmatch(
                r"([A-Z])(\d{1,4})\s*(?:[-–—]|to)\s*(?:[A-Z])?(\d{1,4})", part.strip()
            )
            if range_match:
                letter, first, last = range_match.groups()
                if 0 <= int(last) - int(first) <= 200:
                    refs.extend(f"{letter}{n}" for n in range(int(first), int(last) + 1))
                continue
            if REF.fullmatch(part.strip()):
                refs.append(part.strip())
    return list(dict.fromkeys(refs))


def collapse(text: str) -> str:
    """Whitespace folded to single spaces, for excerpts."""
    return " ".join(text.split())
