"""Who a line of a household section names: each child and adult, with their age or date of
birth and how they are related to the child, as people write them in assessments.

    Child: Amy Jones, aged 4                   a child (her age is noted; there is no age field)
    Mother: Kelly Jones, lives in the household
    Kelly Jones (mother, 32)
    Lee Brown - Mum's partner, visits at weekends
    Amy Jones, DOB 03/04/2022
    Amy lives with her mother, Kelly Jones, and Kelly's partner, Lee Brown.

A line that names nobody gives nothing (the caller keeps it as text). Plain Python; no Flask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assist.readers.dates import leading_date

CHILD_ROLES = (
    "subject child|child|baby|unborn baby|unborn child|young person|son|daughter|infant|"
    "toddler|step-?son|step-?daughter|half-?brother|half-?sister|sibling|grandchild|"
    "grandson|granddaughter"
)
ADULT_ROLES = (
    "mother|mum|father|dad|step-?father|step-?dad|step-?mother|step-?mum|partner|boyfriend|"
    "girlfriend|husband|wife|grand(?:mother|father|ma|pa|parent)|nan|nana|grandad|uncle|aunt|"
    "auntie|lodger|carer|foster carer|kinship carer|special guardian|adult|cousin|friend|"
    "brother|sister|parent|guardian"
)
_CHILD_ROLE = re.compile(rf"^(?:the |a )?(?:{CHILD_ROLES})\b", re.IGNORECASE)
_ADULT_ROLE = re.compile(rf"\b(?:{ADULT_ROLES})\b", re.IGNORECASE)
# Relatives who may be a child or an adult: the age says which, else they are counted adults.
_EITHER = re.compile(r"^(?:the |a )?(?:brother|sister|cousin)\b", re.IGNORECASE)
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|van|von|bin|al|el|le|la)){0,4}"
_LABEL = re.compile(r"^\**([A-Za-z][A-Za-z'’ -]{1,40}?)\**[ \t]*:[ \t]*")
_NAME_THEN_DETAILS = re.compile(
    rf"^(?P<name>{_NAME})\s*(?:\((?P<bracket>[^)]{{1,80}})\)|[,–—-]\s*(?P<after>.+))"
)
_AGE = re.compile(
    r"\b(?:aged?\s*:?\s*(?P<aged>\d{1,3})|(?P<years>\d{1,3})\s*(?:years?|yrs?)(?:\s*old)?|"
    r"(?P<months>\d{1,2})\s*(?:months?|mths?)(?:\s*old)?)\b|^\s*(?P<bare>\d{1,2})\s*$",
    re.IGNORECASE,
)
_BORN = re.compile(
    r"\b(?:d\.?o\.?b\.?|date of birth|born(?:\s+on)?|due(?:\s+on|\s+in)?|edd)\s*[:–—-]?\s*",
    re.IGNORECASE,
)
_NOT_IN_HOUSEHOLD = re.compile(
    r"does not live|doesn['’]t live|lives elsewhere|not (?:in|part of) the household|"
    r"lives separately|non-resident|no longer lives|visits",
    re.IGNORECASE,
)
# Said in a sentence of someone named: where else they live, or that they have no contact.
_LIVES_ELSEWHERE = re.compile(
    r"^[\s,]*(?:\(?(?:aged?\s*)?\d{1,3}\)?\s*,?\s*)?(?:who\s+)?"
    r"(?:lives|live|is living|are living)\s+"
    r"(?:in|at|near)\s+(?!(?:the|this|their|his|her)\s+(?:household|home|family))"
    r"(?:[A-Z0-9]|a\b|an\b)"
    r"|\blives?\s+(?:\w+\s+){1,3}away\b|\blives?\s+(?:nearby|locally|separately)\b"
    r"|\bhas (?:had )?no (?:direct )?contact\b|\bin (?:prison|custody)\b",
)
# ...unless the sentence says they are there after all: "lives in Leeds but stays at the flat
# most nights" is the man the household check is for.
_THERE_AFTER_ALL = re.compile(
    r"\bbut\b|\bstay(?:s|ing)\b|\bmoved (?:back )?in\b|\bwith (?:them|the family|her|him)\b|"
    r"\bin the household\b",
    re.IGNORECASE,
)
_PREVERBAL = re.compile(
    r"pre-?verbal|non-?verbal|\bbaby\b|\binfant\b|newborn|\b\d{1,2} months?\b|not yet talking",
    re.IGNORECASE,
)
_UNBORN = re.compile(r"\bunborn\b|\bdue (?:on|in)\b|\bpregnan|\bedd\b", re.IGNORECASE)
# "her mother, Kelly Jones", "Kelly's partner Lee Brown" or "her brother Sam" in a sentence.
_IN_PROSE = re.compile(
    rf"\b(?P<owner>[Hh]er|[Hh]is|[Tt]heir|[Tt]he child['’]s|[A-Z][\w'’-]*['’]s)\s+"
    rf"(?P<role>(?:{ADULT_ROLES}|{CHILD_ROLES})(?:'s (?:{ADULT_ROLES}))?),?\s+(?P<name>{_NAME})"
)
# "Amy (6)", "Amy, aged 6" or "Amy, 6," in a sentence.
_CHILD_IN_PROSE = re.compile(
    rf"(?<![\w'’])(?P<name>{_NAME})\s*(?:\(|,\s*)(?:aged?\s*)?(?P<age>\d{{1,2}})\b"
    r"(?!\s*(?:/|\.\d|:|%|am\b|pm\b))"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“‘])")
_THE_CHILDS = ("her", "his", "their", "the child's", "the child’s")
_LONGEST_LINE = 40  # words: a household line names one person and a few facts about them
ADULT_AGE = 18


@dataclass
class Person:
    is_child: bool
    name: str
    role: str = ""
    date_of_birth: str | None = None  # ISO
    age: int | None = None  # in years, as the document gave it
    lives_in_household: bool = True
    notes: str = ""
    is_unborn: bool = False
    is_preverbal: bool = False


def read_person(text: str, today: date) -> Person | None:
    """The one person a line or table row describes, or None (for prose: see
    ``people_in_prose``)."""
    text = text.strip()
    if len(text.split()) > _LONGEST_LINE or len(sentences(text)) > 1:
        return None  # a paragraph about the household, not one person's line
    label = _LABEL.match(text)
    if label and _is_role(label.group(1)):
        role, rest = label.group(1).strip(), text[label.end() :]
        name = re.split(r"\s*(?:[,(;:]|\.\s|\.$|\s[–—-]\s)", rest, maxsplit=1)[0].strip()
        details = rest[len(name) :]
        return _person(name, role, details, text, today)
    named = _NAME_THEN_DETAILS.match(text)
    if named:
        details = named.group("bracket") or named.group("after") or ""
        role = _role_in(details)
        if role or _AGE.search(details) or _BORN.search(details):
            return _person(named.group("name").strip(), role, details, text, today)
    return None


def people_in_prose(text: str, today: date) -> list[Person]:
    """Each person a sentence names with their relationship or age: "Amy (6) lives with her
    mother, Kelly Jones" gives Amy, a child of 6, and Kelly Jones, her mother."""
    found = [
        Person(is_child=True, name=m.group("name"), age=int(m.group("age")))
        for m in _CHILD_IN_PROSE.finditer(text)
        if int(m.group("age")) < ADULT_AGE
    ]
    matches = list(_IN_PROSE.finditer(text))
    for number, m in enumerate(matches):
        if any(same_person(person.name, m.group("name")) for person in found):
            continue  # "her brother Sam, aged 9": a child, by his age
        child = _CHILD_ROLE.match(m.group("role")) is not None
        owner = m.group("owner")
        # "Kelly's partner" is the child's mother's partner: say whose, as the text does.
        role = m.group("role") if owner.lower() in _THE_CHILDS else f"{owner} {m.group('role')}"
        # What the sentence says of them, up to the next person it names: "Kayden's father,
        # Ryan Price, lives in Leeds" is no one in the household.
        said_of = text[m.end() : matches[number + 1].start() if number + 1 < len(matches) else None]
        said_of = _SENTENCE_END.split(said_of, maxsplit=1)[0]
        found.append(
            Person(
                is_child=child,
                name=m.group("name"),
                role=role,
                lives_in_household=not _lives_elsewhere(said_of),
            )
        )
    return found


def _lives_elsewhere(said_of: str) -> bool:
    """What a line or sentence says of someone after their name puts them out of the household:
    "lives in Leeds", "lives two streets away", "has had no contact"; unless it puts them back
    ("but stays at the flat most nights")."""
    return bool(
        (_NOT_IN_HOUSEHOLD.search(said_of) or _LIVES_ELSEWHERE.search(said_of))
        and not _THERE_AFTER_ALL.search(said_of)
    )


def same_person(one: str, other: str) -> bool:
    """ "Amy" and "Amy Jones" in one household are one person (named in full once)."""
    first, second = one.split(), other.split()
    shorter, longer = sorted((first, second), key=len)
    return bool(shorter) and longer[: len(shorter)] == shorter


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text.strip()) if part]


def is_adult_role(words: str) -> bool:
    return bool(_ADULT_ROLE.search(words or ""))


def _is_role(words):
    return bool(_CHILD_ROLE.match(words.strip()) or _ADULT_ROLE.search(words))


def _role_in(details):
    """The relationship words in the details after a name ("mother, 32": "mother")."""
    for part in re.split(r"[,;()]|\s[–—-]\s", details):
        part = part.strip()
        if part and _is_role(part) and len(part) <= 60:
            return part
    return ""


def _person(name, role, details, text, today):
    if not name or not name[0].isalpha():
        return None
    born = _date_of_birth(details, today)
    age = _age(details)
    child = _is_child(role, born, age, today)
    return Person(
        is_child=child,
        name=name,
        role=role,
        date_of_birth=born.isoformat() if born else None,
        age=age,
        lives_in_household=not (_NOT_IN_HOUSEHOLD.search(text) or _lives_elsewhere(details)),
        notes=details.strip(" \t,;–—-()").lstrip(".: "),
        is_unborn=child and bool(_UNBORN.search(text)),
        is_preverbal=child and (bool(_PREVERBAL.search(text)) or (age is not None and age < 2)),
    )


def _is_child(role, born, age, today):
    if age is None and born is not None:
        age = (today - born).days // 365
    if role and _CHILD_ROLE.match(role) and not _EITHER.match(role):
        return True
    if age is not None:
        return age < ADULT_AGE
    return False  # an adult's relationship, or nothing to go on: counted among the adults


def _date_of_birth(details, today):
    born = _BORN.search(details)
    if not born:
        return None
    written, _ = leading_date(details[born.end() :], today=today.replace(year=today.year + 1))
    return written.on if written.known else None


def _age(details):
    match = _AGE.search(details)
    if not match:  # "(brother, 8)": a number on its own between commas
        match = next((m for part in re.split(r"[,;()]", details) if (m := _AGE.search(part))), None)
    if not match:
        return None
    if match.group("months"):
        return 0
    return int(match.group("aged") or match.group("years") or match.group("bare"))


# A household table's column headings ("Name | Relationship | Date of birth | Age").
_COLUMNS = {
    "name": ("name", "full name", "names", "person", "family member", "household member"),
    "role": ("relationship", "relationship to child", "relationship to the child", "role"),
    "born": ("dob", "d o b", "date of birth", "born", "dob or edd", "date of birth or edd"),
    "age": ("age", "age now", "current age"),
    "lives": ("lives in household", "lives in the household", "lives with the child", "address"),
}
_COLUMN_OF = {alias: key for key, aliases in _COLUMNS.items() for alias in aliases}


def household_columns(headings: list[str]) -> dict[str, int] | None:
    """Which column holds what, when the headings are a household table's: a name and at least
    one of relationship, date of birth or age. None for any other table."""
    found: dict[str, int] = {}
    for position, heading in enumerate(headings):
        key = _COLUMN_OF.get(" ".join(re.sub(r"[^a-z0-9]+", " ", heading.lower()).split()))
        if key and key not in found:
            found[key] = position
    if "name" in found and found.keys() & {"role", "born", "age"}:
        return found
    return None


def person_line(row: list[str], columns: dict[str, int]) -> str:
    """A household table's row as the line ``read_person`` reads: "Mother: Kelly Jones, born
    3 April 1990, aged 36, lives in the household"."""

    def cell(key):
        position = columns.get(key)
        return row[position].strip() if position is not None and position < len(row) else ""

    details = [
        f"born {cell('born')}" if cell("born") else "",
        f"aged {cell('age')}" if cell("age").isdigit() else cell("age"),
        _lives(cell("lives")) if "lives" in columns else "",
    ]
    line = ", ".join([cell("name"), *(part for part in details if part)])
    role = cell("role")
    return f"{role}: {line}" if role and _is_role(role) else line + (f" ({role})" if role else "")


def _lives(value):
    lowered = value.strip().lower()
    if lowered in ("no", "n", "false"):
        return "does not live in the household"
    return "" if lowered in ("yes", "y", "true", "") else value
