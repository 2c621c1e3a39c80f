"""Part-of-speech tags for a sentence, with each word's place in the original text.

The tags come from TextBlob's Brill tagger (Penn Treebank tags: NN noun, VBD past verb, JJ
adjective, MD modal, ...). Words are split here rather than by the tagger so that every tag keeps
its character offsets, which findings need to mark the words they are about.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib.util import find_spec, module_from_spec, spec_from_file_location
from pathlib import Path
from typing import Any, NamedTuple

from assist.language.cache import Shelf, kept, shelved
from assist.language.lexicons import LexiconMissing, lexicon

# Words (with apostrophes or hyphens inside), numbers with their separators, or one mark.
# Initials written with stops ("J.D.") are one word, a name; then numbers, words and marks.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\d+(?:[.,:/]\d+)*(?:am|pm)?|\w+(?:['’-]\w+)*|[^\w\s]")
# English clitics the tagger's lexicon knows as words of their own: "did n't", "he 's".
_CLITIC = re.compile(r"(?i)(n't|'s|'re|'ve|'ll|'d|'m)$")


class Token(NamedTuple):
    start: int
    end: int
    word: str  # lower case, straight apostrophes
    tag: str  # Penn Treebank tag


class Tagged(NamedTuple):
    text: str
    tokens: tuple[Token, ...]


# Contractions typed without their apostrophe ("isnt", "wont let", "shes"), as hurried notes
# often are: each is split as its spelled form would be, its clitic read as that clitic. Only
# forms that are no other word ("its", "were", "well" and "IM" are left as written).
_BARE_CLITIC = re.compile(
    r"(?i)^(?:(is|was|are|were|do|does|did|has|have|had|could|would|should|must|need|wo|ca)(nt)"
    r"|(she|he|that|what|there|who)(s)|(they|you)(re)|(i|they|you|we)(ve))$"
)
_CLITIC_OF = {"nt": "n't", "s": "'s", "re": "'re", "ve": "'ve"}


def _split(text: str) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """Each word's span, and the words to be read as other than written (by span index)."""
    spans: list[tuple[int, int]] = []
    read_as: dict[int, str] = {}
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        piece = match.group().replace("’", "'")
        clitic = _CLITIC.search(piece)
        # Lower case, or opening the sentence: "Mr Cant", "Ms Hes" are names.
        bare = (
            _BARE_CLITIC.match(piece) if clitic is None and (piece.islower() or not spans) else None
        )
        if clitic and clitic.start() > 0:
            spans.append((start, start + clitic.start()))
            spans.append((start + clitic.start(), end))
        elif bare:
            cut = start + len(next(group for group in bare.groups() if group))
            spans.append((start, cut))
            read_as[len(spans)] = _CLITIC_OF[text[cut:end].lower()]
            spans.append((cut, end))
        else:
            spans.append((start, end))
    return spans, read_as


_FINITE = ("VBD", "VBZ", "VBP", "MD")
# Bump when what ``_keep_words`` keeps changes, so old caches are not read.
_TAGGER_BUILD = 2
_tagger_lock = threading.Lock()
_tagger = None


def _brill():
    """TextBlob's Brill tagger, made on first use: a check of text with nothing to tag never
    pays for it."""
    global _tagger
    if _tagger is None:
        with _tagger_lock:
            if _tagger is None:
                brill = _standalone() or _through_textblob()
                # TextBlob reads its lexicon lazily, on the first word it tags, and not under any
                # lock: a thread tagging while another is still filling it would see half a
                # lexicon (and the cache would keep its wrong tags). So fill it here, once.
                brill("Mum said the baby was asleep .", tokenize=False)
                _tagger = brill
    return _tagger


def _through_textblob():
    from textblob.en import tag as brill

    return brill


def _standalone():
    """The same tagger without importing the textblob package, whose start-up imports NLTK (a
    quarter of a second for every command-line check). The tagger is textblob/_text.py, which
    needs only the standard library, reading the lexicon, morphology and context rules that
    textblob/en ships; it is given them as textblob.en gives them (a test checks the tags are the
    same). None if the module cannot be loaded so, and the package is imported after all."""
    try:
        spec = find_spec("textblob")
        if spec is None or not spec.submodule_search_locations:
            return None
        folder = Path(next(iter(spec.submodule_search_locations)))
        module_spec = spec_from_file_location("_assist_brill", folder / "_text.py")
        if module_spec is None or module_spec.loader is None:
            return None
        module = module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
        data = folder / "en"
        lexicon = _shelved_lexicon(module)(
            path=str(data / "en-lexicon.txt"),
            morphology=str(data / "en-morphology.txt"),
            context=str(data / "en-context.txt"),
            entities=str(data / "en-entities.txt"),
            language="en",
        )
        _keep_words(module, lexicon)
        parser = module.Parser(lexicon=lexicon, default=("NN", "NNP", "CD"), language="en")
    except Exception:  # noqa: BLE001 - any failure here means: use the package's own way
        return None

    def brill(text, tokenize=False):
        tagged = parser.find_tags(text.split(" "), map=lambda word, tag: (word, tag))
        return [(token[0], token[1]) for token in tagged]

    return brill


def _shelved_lexicon(module):
    """TextBlob's Lexicon, read a part at a time from this machine's cache (``Shelf``)."""

    textblob_lexicon: Any = module.Lexicon  # a class of a module loaded from its file

    class ShelvedLexicon(Shelf, textblob_lexicon):
        def _lazy(self, method, *args):
            # TextBlob's other dict methods (none is used to tag): the whole lexicon first.
            self.read_all()
            return getattr(dict, method)(self, *args)

        def load(self):
            self.read_all()

    return ShelvedLexicon


def _keep_words(module, lexicon) -> None:
    """Give the tagger's lexicon (94,000 words and their tags) from this machine's cache, read
    a part at a time as words are looked up: TextBlob reads its text file line by line, a quarter
    of a second in every new process, and a check of a few sentences needs a few hundred words.
    What is kept is what TextBlob's own reading made (``module.Lexicon.load``), so the tags cannot
    differ."""
    source = Path(lexicon.path)

    def words_as_textblob_reads_them():
        fresh = module.Lexicon(path=str(source))
        fresh.load()
        return shelved(dict(dict.items(fresh)))

    parts = kept("tagger-lexicon", _TAGGER_BUILD, [source], words_as_textblob_reads_them)
    if not isinstance(parts, dict) or not all(isinstance(p, bytes) for p in parts.values()):
        parts = words_as_textblob_reads_them()  # not what this build writes: never trust it
    lexicon.shelve(parts)


@lru_cache(maxsize=32768)
def tag(text: str) -> Tagged:
    """Tag one sentence (or any short text)."""
    spans, read_as = _split(text)
    if not spans:
        return Tagged(text, ())
    # The tagger reads words separated by spaces and uses "/" itself: neither may be in a word.
    words = [
        read_as.get(i) or text[a:b].replace("’", "'").replace("/", "|") or "|"
        for i, (a, b) in enumerate(spans)
    ]
    _as_if_capitalised(words)
    tagged = _brill()(" ".join(words), tokenize=False)
    if len(tagged) != len(words):  # never seen; a tagger upgrade could change its splitting
        tagged = [(word, "NN") for word in words]
    tags = [t for _w, t in tagged]
    lowered = [word.lower() for word in words]
    # The Brill tagger's commonest slips, put right by the grammar around them.
    _names_and_pronoun_subjects(words, lowered, tags)
    _capitalised_description(words, tags)
    _capitalised_plural(words, tags)
    _family_names(words, lowered, tags)
    _shouted(words, tags)
    _title_case_names(words, tags)
    _after_titles(words, lowered, tags)
    _after_determiners_and_do(lowered, tags)
    _after_articles(lowered, tags)
    _reports_before_a_clause(words, lowered, tags)
    _ages_as_nouns(lowered, tags)
    _contracted_is(lowered, tags)
    _joined_and_after_to(lowered, tags)
    _descriptions(lowered, tags)
    _graded(lowered, tags)
    _verbs_after_subjects(words, tags)
    _verbs_in_lists(words, tags)
    _never_verbs(lowered, tags)
    _phrasal_after_adverbs(lowered, tags)
    _presenting_with(lowered, tags)
    _capitalised_subject(words, tags)  # again, now that "minimises" is known for a verb
    _what_is_had(lowered, tags)
    _inside_a_compound(words, lowered, tags)
    _regarding(lowered, tags)
    _please(lowered, tags)
    _ok(lowered, tags)
    _after_modals(tags)
    return Tagged(
        text,
        tuple(
            Token(a, b, words[i].lower().replace("|", "/"), tags[i])
            for i, (a, b) in enumerate(spans)
        ),
    )


# Titles before a name (English's and the public services' usual ones): what follows one is a
# name, whatever it would be in lower case ("Ms Fry", "Mr Cook", "PC Marsh").
TITLES = (
    *("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "cllr"),
    *("pc", "dc", "ds", "di", "dci", "det", "sgt", "insp", "pcso"),  # police ranks: "DS Moss"
)


def _after_titles(words, lowered, tags) -> None:
    """ "Ms Fry has...": a capitalised word after a title is (part of) the name."""
    for i in range(1, len(words)):
        if (
            lowered[i - 1].rstrip(".") in TITLES
            and words[i - 1][:1].isupper()
            and words[i][:1].isupper()
            and words[i].isalpha()
        ):
            tags[i - 1] = "NNP"
            tags[i] = "NNP"


# What a family calls its own, used as names ("told mum", "mum said"): written in lower case
# in hurried notes, where the tagger would read "mum" as the adjective (silent).
_FAMILY_NAMES = frozenset(
    {"mum", "mam", "mummy", "dad", "daddy", "nan", "nana", "nanna", "gran", "grandad", "grandma"}
)


def _as_if_capitalised(words) -> None:
    """Read a note typed all in lower case as the tagger, trained on edited text, would: the
    first word with its capital, and the names a family uses for its own."""
    for i, word in enumerate(words):
        if not word.islower():
            continue
        # ("Their mum", "a nan": a noun, as written.)
        named = word in _FAMILY_NAMES and not (i and words[i - 1].lower() in _ARTICLES_AND_OWNERS)
        if named or (i == 0 and word.isalpha()):
            words[i] = word.capitalize()


def _family_names(words, lowered, tags) -> None:
    """ "Mum: a nurse", "Mum named her sister", "her mum is": the family's name for someone, or
    the noun, which the tagger can read as "mum" (silent)."""
    for i, tagged_as in enumerate(tags):
        if tagged_as != "JJ" or lowered[i] not in _FAMILY_NAMES:
            continue
        if words[i][:1].isupper():
            tags[i] = "NNP"
        elif i + 1 < len(tags) and (tags[i + 1].startswith("VB") or tags[i + 1] == "MD"):
            tags[i] = "NN"  # "her mum is very streetwise": the noun before its verb


# After these "mum" is a noun ("their mum"). Not _DETERMINERS: "her" may be an object there.
_ARTICLES_AND_OWNERS = frozenset(
    {"a", "an", "the", "my", "your", "his", "her", "its", "our", "their"}
)


def _after_modals(tags) -> None:
    """ "Will drink less", "should not bond": after a modal (and "not") comes a verb."""
    for i in range(1, len(tags)):
        back = i - 1
        while back > 0 and tags[back] == "RB" and back > i - 3:
            back -= 1  # "will almost certainly relapse": past up to two adverbs
        if tags[back] == "MD" and tags[i] == "NN":
            tags[i] = "VB"


def _ok(lowered, tags) -> None:
    """ "Went OK", "YP ok": after a word, "OK" describes; only a sentence's first word is the
    interjection ("OK, we agreed...")."""
    for i in range(1, len(tags)):
        if lowered[i] in ("ok", "okay") and tags[i] == "UH" and lowered[i - 1] not in (",", "."):
            tags[i] = "JJ"
        # "Is doing okay", "coping fine": said of how someone does, the word is an adverb, as
        # "well" is (not "doing good work").
        if (
            lowered[i] in _HOW_ONE_DOES
            and lowered[i - 1] in ("doing", "coping", "managing")
            and (i + 1 == len(tags) or tags[i + 1] in (".", ",", ":", "CC", "IN", "RB"))
        ):
            tags[i] = "RB"
        if (
            lowered[i] in ("better", "worse")
            and (
                lowered[i - 1] in ("doing", "coping", "managing")
                # "doing much better"
                or i > 1
                and lowered[i - 1] in ("much", "far")
                and lowered[i - 2] in ("doing", "coping", "managing")
            )
            and (i + 1 == len(tags) or tags[i + 1] in (".", ",", ":", "CC", "IN", "RB"))
        ):
            tags[i] = "RBR"  # "coping better": how well, compared


_HOW_ONE_DOES = frozenset({"ok", "okay", "fine", "alright", "good", "great", "grand"})


def _contracted_is(lowered, tags) -> None:
    """ "He's doing okay": after a personal pronoun "'s" is "is" (or "has"), never whose, and
    an -ing word after it is the verb."""
    for i in range(1, len(tags) - 1):
        if lowered[i] != "'s":
            continue
        if lowered[i - 1] in ("he", "she", "it", "that", "there"):
            tags[i] = "VBZ"
            if tags[i + 1] == "NN" and lowered[i + 1].endswith("ing"):
                tags[i + 1] = "VBG"
            elif tags[i + 1] == "VBD":
                tags[i + 1] = "VBN"  # "she's relapsed": "has", and its participle
            continue
        if lowered[i + 1] in ("a", "an", "not", "never", "always", "been", "got"):
            tags[i] = "VBZ"  # "Dad's an alcoholic", "Mum's not coping": no one owns "an"
            continue
        # After a name or a noun, "'s" is "is" or "has" when a verb's form follows that ends
        # the clause or takes an adverb ("Mum's relapsed.", "Mom's doing good", "Dad's
        # drinking's stabilised"), never before a noun ("Mum's cooked dinner").
        after = tags[i + 2] if i + 2 < len(tags) else "."
        if after in ("NN", "NNS", "NNP", "POS"):
            continue
        if lowered[i + 1].endswith("ed") and tags[i + 1] in ("VBN", "VBD", "JJ"):
            tags[i], tags[i + 1] = "VBZ", "VBN"
        elif lowered[i + 1].endswith("ing") and after in ("RB", "JJ", "RBR", "JJR"):
            tags[i], tags[i + 1] = "VBZ", "VBG"


def _please(lowered, tags) -> None:
    # "Please bring your solicitor": a word of asking before the verb, not the verb "please".
    for i in range(len(tags) - 1):
        if lowered[i] == "please" and tags[i + 1] in ("VB", "VBP", "NN"):
            tags[i] = "UH"
            if tags[i + 1] != "VB":
                tags[i + 1] = "VB"


def _regarding(lowered, tags) -> None:
    """ "Re:", "re the boys": the note-taker's "regarding", never a noun."""
    for i, word in enumerate(lowered):
        if word == "re" and i + 1 < len(lowered):
            tags[i] = "IN"


def _inside_a_compound(words, lowered, tags) -> None:
    """ "An EHC needs assessment": a plural noun between an acronym after a determiner and the
    noun they name, not a verb ("the family needs support" has its subject and verb)."""
    for i in range(2, len(tags) - 1):
        if (
            tags[i] != "VBZ"
            or tags[i + 1] not in ("NN", "NNS")
            or tags[i - 1] not in ("NN", "NNP")
            or not (words[i - 1].isupper() and len(words[i - 1]) > 1)
        ):
            continue
        back = i - 1
        while back > 0 and tags[back] in ("NN", "NNP", "JJ"):
            back -= 1
        if lowered[back] in ("a", "an"):  # ("The LA needs support": its subject and verb)
            tags[i] = "NNS"


def _what_is_had(lowered, tags) -> None:
    """ "Has mental health issues": what someone has is a noun phrase, and its last word a
    plural noun, not a second verb."""
    for i in range(2, len(tags)):
        if tags[i] == "VBZ" and tags[i - 1] == "NN":
            back = i - 1
            while back > 0 and tags[back] in ("NN", "JJ", "DT", "PRP$", "CD"):
                back -= 1
            if lowered[back] in ("has", "have", "had", "having"):
                tags[i] = "NNS"


def _capitalised_plural(words, tags) -> None:
    """ "Relationships with school have...": the tagger reads a capitalised plural opening a
    sentence as a name; a family's name in the plural rarely opens one, and a plural the
    tagger knows in lower case is the noun."""
    if (
        tags
        and tags[0] == "NNPS"
        and words[0][1:].islower()
        and _brill()(words[0].lower(), tokenize=False)[0][1] == "NNS"
    ):
        tags[0] = "NNS"


def _capitalised_description(words, tags) -> None:
    """The tagger takes any capitalised word it does not know for a name, and knows only lower
    case: "Poor social skills", "Good eye contact" open with a description, if that is what the
    lower-case word is and a noun (perhaps after another description) follows it."""
    if not tags or tags[0] != "NNP" or not words[0][:1].isupper():
        return
    if words[0].lower() in _FAMILY_NAMES:
        return  # "Mum: tearful", "Mum tearful at times": "mum" as a description is "silent"
    follows_noun = len(tags) > 1 and (
        tags[1] in ("NN", "NNS") or (tags[1] == "JJ" and len(tags) > 2 and tags[2] in ("NN", "NNS"))
    )
    # "Lazy.", "Tearful at times.": a note with no verb, which a name would need to do anything
    # (but "Mum tearful" is a name and its description).
    descriptions_only = not any(t.startswith("VB") or t == "MD" for t in tags[1:]) and (
        len(tags) == 1 or tags[1] in ("CC", ",", ".", ":", "IN", "RB")
    )
    if (follows_noun or descriptions_only) and _brill()(words[0].lower(), tokenize=False)[0][
        1
    ] == "JJ":
        tags[0] = "JJ"


def _title_case_names(words, tags) -> None:
    """Capitalised words together in mid-sentence are one name ("Brookfield Primary", "the
    Caring Dads programme"), whatever each would be in lower case."""
    capital = [w[:1].isupper() and w[1:2].islower() for w in words]
    if all(capital[i] for i, w in enumerate(words) if w[:1].isalpha()):
        return  # "Patient Appeared Drunk": a heading's capitals, not names
    for i in range(1, len(words)):
        if not capital[i] or tags[i] in ("NNP", "NNPS") or words[i - 1] in (".", "!", "?", ":"):
            continue
        # "The XL Bully": a capital after an article and a name goes on with the name, as no
        # verb could there.
        named = (
            i >= 2 and tags[i - 1] in ("NNP", "NNPS") and words[i - 2].lower() in ("the", "a", "an")
        )
        if tags[i].startswith("VB") and tags[i] != "VBG" and not named:
            continue  # a verb in capitals is still the verb
        beside = named or (capital[i - 1] and i - 1 > 0) or (i + 1 < len(words) and capital[i + 1])
        if beside:
            tags[i] = "NNPS" if tags[i] == "NNS" else "NNP"


def _shouted(words, tags) -> None:
    """A word in capitals for emphasis ("assessed as HIGH") is the word, which the tagger
    would otherwise take for a name; an acronym ("DV", "GP") it does not know in lower case."""
    for i, word in enumerate(words):
        if tags[i] == "NNP" and len(word) >= 3 and word.isalpha() and word.isupper():
            lower = _brill()(word.lower(), tokenize=False)[0][1]
            if lower in ("JJ", "JJR", "JJS", "RB"):
                tags[i] = lower


# Tags that cannot follow a possessive "her": a pronoun, a conjunction, a preposition, a verb.
_NOT_POSSESSED = frozenset(
    {"PRP", "CC", ".", ",", ":", "IN", "TO", "RB", "DT", "WRB", "VBD", "VBZ", "VBP", "MD"}
)


def _capitalised_subject(words, tags) -> None:
    if len(tags) > 1 and tags[0] == "JJ" and words[0][:1].isupper() and tags[1] in _FINITE:
        # A capitalised first word before a verb is its subject: "Mum said", not "mum" (silent).
        tags[0] = "NNP"
    elif (
        len(tags) > 1
        and tags[0] == "JJ"
        and words[0][:1].isupper()
        and tags[1] == "JJ"
        and (len(tags) == 2 or tags[2] in ("IN", ".", ",", "CC", ":"))
    ):
        # So is one before a description that describes no noun: "Mum tearful at times", a
        # note with its verb left out ("Quiet withdrawn boy" is one description of the boy).
        tags[0] = "NNP"


def _names_and_pronoun_subjects(words, lowered, tags) -> None:
    _capitalised_subject(words, tags)
    for i, tagged_as in enumerate(tags):
        # A capitalised word the tagger does not know it calls foreign ("Maya"): a name.
        if tagged_as == "FW" and words[i][:1].isupper():
            tags[i] = "NNP"
        # "She hides under the bed": after he, she or it comes a verb, not a plural noun.
        if tagged_as == "NNS" and i and lowered[i - 1] in ("he", "she", "it"):
            tags[i] = "VBZ"
        # "I love my nan's dog": "I" is only ever a subject, so what follows is its verb.
        if tagged_as == "NN" and i and lowered[i - 1] == "i" and words[i].isalpha():
            tags[i] = "VBP"
        # "Spoke to her she turned", "held her and": "her" with no noun after it is the object,
        # not a possessive.
        if (
            lowered[i] == "her"
            and tagged_as == "PRP$"
            and (i + 1 == len(tags) or tags[i + 1] in _NOT_POSSESSED)
        ):
            tags[i] = "PRP"
        # "The grandparents lead a chaotic life": after a plural subject opening the sentence, a
        # verb's base form is its present tense.
        if (
            tagged_as == "VB"
            and i
            and (tags[i - 1] == "NNS" or lowered[i - 1] in ("they", "we"))
            and not any(t.startswith("VB") or t in ("MD", "TO") for t in tags[:i])
        ):
            tags[i] = "VBP"
        # "He whimpered", "she smiled": after he or she with no "has" or "was", a past tense.
        if tagged_as == "VBN" and i and lowered[i - 1] in ("he", "she", "they", "i", "we"):
            tags[i] = "VBD"
        # "Mia put the toy away": after its subject, a name or he or she, a verb with no -s is in
        # the past tense, never the base form (unless a question's "did" or a verb comes first:
        # "did she go", "saw Mia hide").
        if (
            tagged_as == "VB"
            and i
            and (tags[i - 1] == "NNP" or lowered[i - 1] in ("he", "she"))
            and not (i >= 2 and (tags[i - 2].startswith("VB") or tags[i - 2] == "MD"))
            and "did" not in lowered[max(0, i - 3) : i]
        ):
            tags[i] = "VBD"


def _progressive_and_of(lowered, tags) -> None:
    for i in range(2, len(tags) - 1):
        # "Is not meeting her needs": after "be" (and "not"), an -ing word before its object
        # is the verb; "the health needs of the baby": an -s word before "of" is a noun.
        back = i - 2 if lowered[i - 1] in ("not", "n't") else i - 1
        if (
            tags[i] == "NN"
            and lowered[i].endswith("ing")
            and lowered[back] in _BE
            # ("is meeting milestones": a plural object with no determiner, too, but not after
            # a possessive's "'s": "Dad's drinking impacts")
            and (
                tags[i + 1] in ("NNP", "DT", "PRP$", "PRP")
                or tags[i + 1] == "NNS"
                and lowered[back] != "'s"
            )
        ):
            tags[i] = "VBG"
        if (
            tags[i] == "VBZ"
            and lowered[i + 1] == "of"
            and tags[i - 1] in ("NN", "JJ")
            and lowered[i] not in _BE  # "recording at the home is of a high standard"
        ):
            tags[i] = "NNS"
        # "Is well managed", "was badly bruised": after "be" and an adverb, a participle.
        if (
            tags[i] == "VBD"
            and tags[i - 1] == "RB"
            and lowered[i - 1] not in ("not", "n't")
            and i >= 2
            and lowered[i - 2] in _BE
            and lowered[i].endswith("ed")
        ):
            tags[i] = "VBN"
        # "The therapist inspected the chair": after a noun subject, a participle with an
        # object of its own (no "has" or "was" before it) is the past tense.
        # So after a name, with a pronoun for its object: "Mrs Casey invited me in".
        if (
            tags[i] == "VBN"
            and (
                tags[i - 1] in ("NN", "NNS")
                and tags[i - 2] in ("DT", "JJ")
                and tags[i + 1] in ("DT", "PRP$")
                or tags[i - 1] == "NNP"
                and lowered[i + 1] in ("me", "us", "him", "her", "them")
            )
            and not _BE.union({"has", "have", "had"}) & set(lowered[max(0, i - 4) : i])
        ):
            tags[i] = "VBD"


def _joined_and_after_to(lowered, tags) -> None:
    for i in range(2, len(tags)):
        # "Scratches and swelling to his arm": joined to a noun, an -ing word is one too.
        if (
            tags[i] == "JJ"
            and lowered[i].endswith("ing")
            and lowered[i - 1] in ("and", "or")
            and tags[i - 2] in ("NN", "NNS")
        ):
            tags[i] = "NN"
        # "Too young to share his worries", "able to tell her": after a description's "to", a
        # word before "his" or "her" is a verb (not "went to school her own way").
        # After "able to" or "willing to", which take only a verb, any such word is one ("able
        # to care for him").
        if (
            lowered[i - 1] == "to"
            and tags[i - 2] == "VBN"
            and tags[i] == "NN"
            and i + 1 < len(tags)
            and tags[i + 1] == "RB"
        ):
            tags[i] = "VB"  # "known to drink heavily": a manner, so what came before is a verb
        if (
            lowered[i - 1] == "to"
            and (tags[i - 2] == "JJ" or lowered[i - 2] == "enough")
            and tags[i] in ("NN", "VBN", "VBD")
            and (
                tags[i] == "NN"
                and i + 1 < len(tags)
                and tags[i + 1] == "PRP$"
                or lowered[i - 2] in _ONLY_BEFORE_A_VERB
            )
        ):
            tags[i] = "VB"  # ("unable to set any limits": "set" is no participle there)


# Descriptions whose "to" only ever comes before a verb: "able to care", "willing to work",
# "relaxed enough to chat".
_ONLY_BEFORE_A_VERB = frozenset({"able", "unable", "willing", "unwilling", "enough"})


# The verbs English follows with an object and a bare verb: "let her sleep", "made him cry".
_TAKES_A_BARE_VERB = frozenset(
    f"{stem}{ending}"
    for stem, endings in (
        ("let", ("", "s", "ting")),
        ("mak", ("e", "es", "ing")),
        ("made", ("",)),
        ("help", ("", "s", "ed", "ing")),
        ("ha", ("ve", "s", "d", "ving")),
        ("watch", ("", "es", "ed", "ing")),
        ("hear", ("", "s", "d", "ing")),
        ("see", ("", "s", "n", "ing")),
        ("saw", ("",)),
        ("feel", ("", "s", "ing")),
        ("felt", ("",)),
        ("notic", ("e", "es", "ed", "ing")),
        ("observ", ("e", "es", "ed", "ing")),
        ("bid", ("", "s")),
    )
    for ending in endings
)


def _plural_before_finite(lowered, tags) -> None:
    """ "Health and development needs are not being met": after a noun, an -s word before a
    finite verb is the subject's plural noun (two finite verbs do not meet)."""
    for i in range(1, len(tags) - 1):
        if (
            tags[i] == "VBZ"
            and tags[i - 1] == "NN"
            and lowered[i + 1] in ("are", "were", "have", "had", "will", "would", "can")
        ):
            tags[i] = "NNS"


# Verbs of reporting that are nouns too ("a report", "a state").
_REPORTING_NOUNS = frozenset({"report", "state", "note", "claim", "record", "advise", "say"})


def _reports_before_a_clause(words, lowered, tags) -> None:
    """ "Staff state Connor is angry", "Nursery report that he is happy": after a noun for
    who speaks, a word of reporting before "that" or a clause's subject and verb is the verb."""
    for i in range(1, len(tags) - 2):
        if (
            lowered[i] in _REPORTING_NOUNS
            and tags[i] in ("NN", "NNP")
            # (A common noun: "YOS report that" may be a service's report, a document.)
            and tags[i - 1] in ("NN", "NNS")
            and not words[i - 1].isupper()
            and (
                lowered[i + 1] == "that"
                and tags[i + 2] in ("NNP", "PRP", "DT", "PRP$")
                or tags[i + 1] in ("NNP", "PRP")
                and tags[i + 2] in ("VBZ", "VBD", "VBP", "MD")
            )
        ):
            tags[i] = "VBP"


# An age as one word ("2-year-old" after its number, "two-year-old"), for the rubric too.
AN_AGE = re.compile(r"(?:year|month|week|day)s?-old$")


def _ages_as_nouns(lowered, tags) -> None:
    """ "The 2-year-old followed Mum": an age with no noun after it is who is that old (the
    tagger reads it as a description, and the number as a preposition)."""
    for i, word in enumerate(lowered):
        if (
            "-old" not in word  # (most words: no search)
            or not AN_AGE.search(word)
            or (i + 1 < len(tags) and tags[i + 1] in ("NN", "NNS"))
        ):
            continue
        tags[i] = "NN"
        if i >= 2 and lowered[i - 1] == "-" and lowered[i - 2].isdigit():
            tags[i - 2] = "CD"


def _after_articles(lowered, tags) -> None:
    for i in range(1, len(tags)):
        # "The needs of the children": no verb's -s form follows an article.
        if lowered[i - 1] in ("the", "a", "an") and tags[i] == "VBZ" and lowered[i].endswith("s"):
            tags[i] = "NNS"
        # Before an article, after "n't ever" or "is now": a verb ("doesn't ever show any
        # warmth", "is now meeting the baby's needs").
        if (
            i >= 2
            and i + 1 < len(tags)
            and tags[i] == "NN"
            and tags[i - 1] == "RB"
            and tags[i + 1] in ("DT", "PRP$")
            and (lowered[i - 2] in ("n't", "not") or lowered[i - 2] in _BE)
        ):
            tags[i] = "VBG" if lowered[i].endswith("ing") and lowered[i - 2] in _BE else "VB"


def _after_determiners_and_do(lowered, tags) -> None:
    for i in range(1, len(tags)):
        # After a possessive comes what is possessed: "the children's needs", "Mum's drinks",
        # "Dad's shouting", "his wishes".
        possessive = tags[i - 1] == "POS" or lowered[i - 1] in ("his", "their", "my", "your", "our")
        if possessive and tags[i] in ("VBZ", "VB", "VBP", "VBG"):
            tags[i] = "NNS" if tags[i] == "VBZ" else "NN"
        # And past its descriptions, where the phrase ends: "the children's basic needs."
        at = i
        while possessive and at + 1 < len(tags) and tags[at] == "JJ":
            at += 1
        if (
            at > i
            and tags[at] == "VBZ"
            and (at + 1 == len(tags) or tags[at + 1] in (*_PHRASE_ENDS, *_FINITE, "MD"))
        ):
            tags[at] = "NNS"  # "...basic needs were met": the phrase's noun, then its verb
        if (
            tags[i - 1] == "POS"
            and tags[i] == "JJ"
            and (
                i + 1 == len(tags)
                or tags[i + 1] in (*_PHRASE_ENDS, *_FINITE, "DT", "IN", "TO", "CC", "MD")
            )
        ):
            # "Visits Mum's flat every Tuesday", "Mum's engagement has improved": what is
            # someone's, a noun.
            tags[i] = "NN"
        # "Her wishes and feelings": no verb in -s follows "her" as its object (it would need a
        # subject), so "her" is whose and the word a plural noun.
        if lowered[i - 1] == "her" and tags[i] == "VBZ":
            tags[i - 1], tags[i] = "PRP$", "NNS"
        # "Is affecting her sleep", "about her sleep": a bare verb after "her" needs a verb that
        # takes one ("let her sleep", "help her cope"); after any other word "her" is whose.
        if (
            lowered[i - 1] == "her"
            and tags[i] == "VB"
            and i >= 2
            and lowered[i - 2] not in _TAKES_A_BARE_VERB
            and (i + 1 == len(tags) or tags[i + 1] in _PHRASE_ENDS)
        ):
            tags[i - 1], tags[i] = "PRP$", "NN"
    _progressive_and_of(lowered, tags)
    _plural_before_finite(lowered, tags)
    for i in range(1, len(tags) - 1):
        # After a determiner comes a noun: "the teen rolled her eyes", "behind the monitor".
        if (
            tags[i - 1] == "DT"
            and lowered[i - 1] in ("the", "a", "an")
            and (tags[i] in ("VB", "VBP") or (tags[i] == "JJ" and tags[i + 1] in _FINITE))
        ):
            tags[i] = "NN"
    for i in range(2, len(tags) - 1):
        # "Mum and Dad both love Riley", "they all need help": after a subject and a floating
        # "both" or "all", a word before its object is the verb, not a noun.
        if (
            lowered[i - 1] in ("both", "all")
            and tags[i - 2] in ("NNP", "NNPS", "NNS", "PRP")
            and tags[i] == "NN"
            and tags[i + 1] in ("NNP", "PRP", "DT", "PRP$")
        ):
            tags[i] = "VBP"
    for i in range(1, len(tags)):
        # After "do" ("does not", "didn't") comes a verb in its base form: "doesn't care".
        back = i - 1
        if lowered[back] in ("n't", "not", "never") and back > 0:
            back -= 1
        if (
            lowered[back] in ("do", "does", "did")
            and back < i - 1
            and (tags[i] in ("NN", "JJ", "VBP") or lowered[i] == "like")
        ):
            tags[i] = "VB"  # "doesn't like to share": the verb, not the preposition


# What may follow a noun phrase that has ended: punctuation, a preposition, a conjunction.
_PHRASE_ENDS = frozenset({".", ",", ":", "IN", "CC", "TO"})
_HOW_OFTEN = frozenset(
    {"often", "always", "sometimes", "never", "rarely", "regularly", "frequently", "usually"}
)
_BE = frozenset({"is", "was", "are", "were", "am", "be", "been", "being", "'s", "'re", "'m"})
# The finite forms of English's verbs of seeming, after which, as after "is", a description
# comes and never a verb's base form ("appears secure").
_SEEMS = frozenset(
    {
        *("appears", "appeared", "seems", "seemed", "looks", "looked"),
        *("remains", "remained", "becomes", "became"),
    }
)

# Pronouns no noun is compounded with: after a subject and an -s word, its object ("Dad
# minimises everything").
_INDEFINITE = (
    "everything",
    "anything",
    "nothing",
    "something",
    "everyone",
    "anyone",
    "someone",
    "everybody",
    "anybody",
    "somebody",
    "nobody",
)


def _subject_then_verb(tags, at) -> bool:
    """A noun or a name, or a noun and a name ("baby Nevaeh"), at ``at``, then a finite verb."""
    end = at
    while end < len(tags) and end - at < 2 and tags[end] in ("NN", "NNP"):
        end += 1
    return at < end < len(tags) and tags[end] in _FINITE


def _verbs_after_subjects(words, tags) -> None:
    if not any(t.startswith("VB") or t == "MD" for t in tags):
        # A sentence with no verb but an -s word after a noun, before a preposition or a
        # determiner: that word is the verb ("Mum's mental health impacts on her parenting").
        for i in range(2, len(tags) - 1):
            if (
                tags[i] == "NNS"
                and tags[i - 1] == "NN"
                and tags[i + 1] in ("IN", "DT", "PRP$", "TO")
                and words[i + 1].lower() != "of"  # "the housing needs of": a noun's
                and tags[i - 2] != "DT"
                and words[i].lower().endswith("s")
                and not words[i].lower().endswith("ss")
            ):
                tags[i] = "VBZ"
                break
    for i in range(1, len(tags) - 1):
        if i == 1 and tags[0] == "JJ" and tags[2] == "IN" and "VBP" in tags[3:7]:
            continue  # "Young fathers in his situation tend to": a plural subject, its verb later
        # The Brill tagger reads a verb's -s form after its subject as a plural noun ("Mum
        # struggles to", "He hits out"): a name or pronoun (or a capitalised word it took for an
        # adjective, as "Mum" for "mum"), then the word, then "to", a determiner or a
        # possessive can only be subject, verb, object.
        if (
            (
                tags[i] == "NNS"
                and (
                    tags[i - 1] in ("NNP", "PRP")
                    or words[i - 1][:1].isupper()
                    and tags[i - 1] == "JJ"
                )
                and (
                    tags[i + 1] in ("TO", "DT", "PRP$", "RP")
                    # (An adverb, unless a verb follows it: "Aboriginal families usually rely"
                    # is a plural subject and its verb.)
                    or tags[i + 1] == "RB"
                    and not (i + 2 < len(tags) and tags[i + 2] in ("VB", "VBP"))
                    # "Heidi struggles with": a one-word subject opening the sentence.
                    or (tags[i + 1] == "IN" and i == 1)
                    or words[i + 1].lower() in ("out", "up", "that", *_INDEFINITE)
                    # "Carer reports YP settled", "Mum reports baby Nevaeh is feeding": a
                    # subject and its own verb follow.
                    or _subject_then_verb(tags, i + 1)
                )
            )
            or (
                # "...and hits out at", "and struggles to": a second verb of the same subject.
                tags[i] == "NNS"
                and words[i - 1].lower() in ("and", "or")
                and (
                    words[i + 1].lower() in ("out", "up")
                    or tags[i + 1] == "PRP$"
                    # "Rude, and mocks the staff": not a list of nouns ("cakes and biscuits the").
                    or (tags[i + 1] == "DT" and i >= 2 and tags[i - 2] in ("JJ", ","))
                )
            )
            or (
                # "Nobody visits", "everyone knows": after such a pronoun, an -s word is its verb.
                tags[i] == "NNS" and words[i - 1].lower() in _INDEFINITE
            )
            or (
                # "Connor never engages", "Dad often drinks": a name or pronoun, an adverb, then an
                # -s word is a verb.
                tags[i] == "NNS"
                and i >= 2
                and tags[i - 1] == "RB"
                and tags[i - 2] in ("NNP", "PRP")
            )
            or (
                # "The foster father reports that...", "the school says he...", "her drinking
                # affects her sleep", "...impacts Maisie's health": after a singular noun, an -s
                # word before "that", a pronoun or someone's is its verb.
                tags[i] == "NNS"
                and tags[i - 1] == "NN"
                and (
                    words[i + 1].lower() == "that"
                    or tags[i + 1] in ("PRP", "PRP$")
                    or (tags[i + 1] == "NNP" and i + 2 < len(tags) and tags[i + 2] == "POS")
                )
            )
        ) and words[i].lower().endswith("s"):
            # (A plural with no -s is no verb's -s form: "Young people in his situation".)
            tags[i] = "VBZ"
        # "Gypsy families typically marry young": after a plural and an adverb, a base form
        # is the present tense; "Eastern Europeans drink heavily": a word read as a noun
        # between a plural subject and an adverb is the verb.
        if (
            tags[i] == "VB"
            and i >= 2
            and tags[i - 1] == "RB"
            and tags[i - 2] in ("NNS", "NNPS")
            and not any(t.startswith("VB") or t in ("MD", "TO") for t in tags[: i - 1])
        ) or (
            tags[i] == "NN"
            and tags[i - 1] in ("NNS", "NNPS")
            and tags[i + 1] == "RB"
            and not any(t.startswith("VB") or t in ("MD", "TO") for t in tags[: i - 1])
        ):
            tags[i] = "VBP"
        # "Parents never visit", "they often stay": after a plural subject and an adverb, a
        # word the tagger read as a noun is the verb (a singular noun cannot follow a plural).
        if (
            tags[i] == "NN"
            and i >= 2
            and tags[i - 1] == "RB"
            and (tags[i - 2] == "NNS" or words[i - 2].lower() in ("they", "we", "i", "you"))
            # ("Travellers generally distrust doctors": a plural object too.)
            and tags[i + 1] in ("IN", "DT", "PRP$", "PRP", "RB", "TO", ".", ",", "NNS")
        ) or (
            # "The parents lack the ability": a plural subject opening the sentence, then a word
            # read as a noun before a determiner, is subject, verb, object.
            tags[i] == "NN"
            and tags[i - 1] == "NNS"
            # Opening the sentence, or a clause after "and": "..., and both parents lack".
            and (
                i == 1
                or i >= 2
                and tags[i - 2] == "DT"
                and (i == 2 or i >= 3 and tags[i - 3] == "CC")
            )
            and (
                tags[i + 1] in ("DT", "PRP$")
                # "lack insight into": an object with no determiner, then a preposition.
                or tags[i + 1] == "NN"
                and (i + 2 == len(tags) or tags[i + 2] in ("IN", ".", ","))
            )
        ):
            tags[i] = "VBP"
        # Likewise a past tense read as an adjective: "David preferred to", "She seemed"; or
        # a second verb of the same subject, with its object: "raised his voice and clenched
        # his fists".
        if (
            tags[i] == "JJ"
            and words[i].lower().endswith("ed")
            and (
                (
                    (tags[i - 1] in ("NNP", "PRP") or words[i - 1][:1].isupper() and i == 1)
                    and tags[i + 1] in ("TO", "DT", "PRP$", "IN", "RP")
                )
                or (
                    words[i - 1].lower() == "and"
                    and tags[i + 1] == "PRP$"
                    and any(t in ("VBD", "VBN") for t in tags[:i])
                )
            )
        ):
            tags[i] = "VBD"


def _never_verbs(lowered, tags) -> None:
    """ "Youth workers at the club say...": an -s word WordNet has as a noun and never as a
    verb, with a verb of the sentence's own after it, is a plural noun. (With no verb after it
    it may be one WordNet does not know: "Dad texts Mum daily".)"""
    verbs = [i for i, t in enumerate(tags) if t == "VBZ"]
    if not verbs:
        return
    try:
        words = lexicon()
    except LexiconMissing:
        return  # the tagger works without WordNet; this reading needs it
    for i in verbs:
        if (
            any(t in _FINITE for t in tags[i + 1 :])
            and words.known(lowered[i], "n")
            and not words.known(lowered[i], "v")
        ):
            tags[i] = "NNS"


def _presenting_with(lowered, tags) -> None:
    """ "Both parents present with", "continues to present with": the clinician's verb, which
    the tagger reads as the adjective after a plural or "to"."""
    for i in range(1, len(tags) - 1):
        if lowered[i] == "present" and lowered[i + 1] == "with" and tags[i] == "JJ":
            if tags[i - 1] in ("TO", "MD"):
                tags[i] = "VB"
            elif tags[i - 1] in ("NNS", "PRP", "NNP", "RB"):
                tags[i] = "VBP"


def _phrasal_after_adverbs(lowered, tags) -> None:
    """ "Invariably end up", "always end up": after an adverb of how or how often, a word the
    tagger read as a noun, with a particle after it, is the verb of a phrasal verb WordNet has
    ("end_up")."""
    for i in range(2, len(tags) - 1):
        if (
            tags[i] == "NN"
            and tags[i - 1] == "RB"
            and (lowered[i - 1].endswith("ly") or lowered[i - 1] in ("always", "never", "often"))
            and lowered[i + 1] in ("up", "out", "off", "down")
        ):
            try:
                words = lexicon()
            except LexiconMissing:
                return
            if words.sharing_a_sense(f"{lowered[i]}_{lowered[i + 1]}"):
                tags[i] = "VBP"


def _verbs_in_lists(words, tags) -> None:
    """Verbs the tagger reads as nouns, and nouns it reads as verbs, in a run of what someone
    does ("sneezes often and draws his legs up after feeds")."""
    for i in range(1, len(tags) - 1):
        # "Nursery report she is...": a noun after its subject noun, before a pronoun that
        # opens what was said, is the verb of saying.
        if (
            i == 1
            and tags[i] == "NN"
            and tags[0] in ("NN", "NNP")
            and words[i + 1].lower() in ("he", "she", "they")
        ):
            tags[i] = "VBP"  # (not "On Monday morning she said": a time)
        # "Mum reports he is feeding", "his mom and grandma state he is": after a person, and
        # before "he", "she" or "they", a plural noun, or a noun after two people joined, is
        # the verb of saying.
        if tags[i - 1] in ("NN", "NNP") and words[i + 1].lower() in ("he", "she", "they"):
            if tags[i] == "NNS":
                tags[i] = "VBZ"
            elif tags[i] == "NN" and i >= 3 and tags[i - 2] == "CC":
                tags[i] = "VBP"
        # "Police records show a...", "the notes say that...": after a plural noun, a noun
        # before what opens a clause or a noun phrase is the plural subject's verb.
        if (
            tags[i] == "NN"
            and tags[i - 1] == "NNS"
            and words[i + 1].lower() in ("that", "a", "an", "the")
            and not words[i].lower().endswith(("ness", "tion", "ment", "ity"))
        ):
            tags[i] = "VBP"
        # "He gets them up and cooks tea": after "and", an -s word with its object, in a
        # sentence whose earlier verb is in the present, is a second verb of the same subject.
        if (
            tags[i] == "NNS"
            and words[i - 1].lower() == "and"
            and tags[i + 1] in ("NN", "NNS")
            and (i + 2 == len(tags) or tags[i + 2] in ("RB", "RBS", "IN", "DT", ".", ","))
            and "VBZ" in tags[: i - 1]
        ):
            tags[i] = "VBZ"
        # "Sneezes often and draws his legs up": an -s word before an adverb of how often,
        # with no verb after them, is the verb.
        if (
            tags[i] == "NNS"
            and words[i + 1].lower() in _HOW_OFTEN
            and (i + 2 == len(tags) or tags[i + 2] in ("CC", ",", ".", "IN", ":"))
            # After a verb or a possessive it is an object: "has nightmares sometimes".
            and tags[i - 1] in (",", "CC", "NNP", "PRP", "NN")
        ):
            tags[i] = "VBZ"
        # "And frequently tops up on heroin", "she often shouts at him": after an adverb of how
        # often, following its subject or "and", an -s word with a preposition after it is the
        # verb.
        if (
            tags[i] == "NNS"
            and i >= 2
            and words[i - 1].lower() in _HOW_OFTEN
            and tags[i - 2] in ("CC", "NNP", "PRP", "NN")
            and tags[i + 1] in ("IN", "RP", "TO", "DT", "PRP$", "PRP")
            # Not "plates and often scraps of food", "clothes and usually toys on the floor":
            # after "and", a verb goes on with a particle ("tops up") or its object.
            and (
                tags[i - 2] != "CC"
                or words[i + 1].lower() in ("up", "out", "off", "down", "back", "away", "over")
                or tags[i + 1] in ("DT", "PRP$", "PRP")
            )
            and words[i + 1].lower() not in ("of", "with")
        ):
            tags[i] = "VBZ"
        # "After feeds", "with cuts": an -s word right after a preposition has no subject, so
        # it is a plural noun ("that feeds" may be a clause).
        if tags[i] == "VBZ" and tags[i - 1] == "IN" and words[i - 1].lower() != "that":
            tags[i] = "NNS"
        # "Maisie (9 weeks) held Mum's gaze": after a name and its aside, a past tense.
        if tags[i] == "VBN" and tags[i - 1] == ")":
            opening = max((j for j in range(i) if tags[j] == "("), default=None)
            if opening and tags[opening - 1] in ("NNP", "PRP"):
                tags[i] = "VBD"
        # "Hannah, aged 3, separated from her mother": the same with an age between commas.
        if (
            tags[i] == "VBN"
            and i >= 5
            and words[i - 1] == ","
            and tags[i - 2] == "CD"
            and words[i - 3].lower() == "aged"
            and words[i - 4] == ","
            and tags[i - 5] == "NNP"
        ):
            tags[i] = "VBD"
        # "Fell and hurt her arm": a participle joined to a past tense is one too.
        if tags[i] == "VBN" and i >= 2 and words[i - 1].lower() == "and" and tags[i - 2] == "VBD":
            tags[i] = "VBD"


# Determiners that always have their noun after them ("all" and "that" need not).
_DETERMINERS = frozenset({"a", "an", "the", "no", "every", "each", "any", "some", "this"})


# The finite forms of the verbs after which "as" brings how someone came over.
_PRESENTS_AS = frozenset({"presents", "presented", "present", "across"})


def _after_presenting_as(lowered, at) -> bool:
    """The word at ``at`` is the "as" of "presented as", "came across as"."""
    return lowered[at] == "as" and at > 0 and lowered[at - 1] in _PRESENTS_AS


_ADJECTIVE_ENDING = re.compile(r"(?:ant|ent|ive|ous|ful|less|ic|ible|able)$")


def _graded(lowered, tags) -> None:
    """Words of degree the tagger read as descriptions, and participles it read as verbs."""
    for i in range(1, len(tags)):
        # "More settled", "less regulated": a participle graded is a description, and
        # "(much) more" says how much of it.
        if lowered[i - 1] in ("more", "less") and tags[i] in ("VBN", "VBD"):
            tags[i - 1], tags[i] = "RBR", "JJ"
        # "Less aggressive": before a description, how much of it.
        if lowered[i - 1] in ("more", "less") and tags[i] == "JJ" and tags[i - 1] == "JJR":
            tags[i - 1] = "RBR"
    for i in range(1, len(tags) - 1):
        # "Much happier", "much more settled" (not "much more money": how much of it).
        if lowered[i - 1] == "much" and (
            tags[i] == "JJR"
            and tags[i + 1] not in ("NN", "NNS")
            or tags[i] == "RBR"
            and tags[i + 1] == "JJ"
        ):
            tags[i - 1] = "RB"


def _descriptions(lowered, tags) -> None:
    """Words the tagger read as verbs or nouns where only a description can be."""
    for i in range(1, len(tags)):
        # After "be" no verb comes in its base form: "is mean", "was clean" describe.
        back = i - 1
        if (tags[back] == "RB" or lowered[back] == "n't") and back > 0:
            back -= 1  # "is not mean", "is very streetwise" (a word it does not know)
        # (Not "what he needs is help": a clause as the subject, and a noun after it.)
        if (
            tags[i] in ("VB", "VBP")
            and (lowered[back] in _BE or lowered[back] in _SEEMS)
            and back > 0
            and tags[back - 1] in ("NN", "NNS", "NNP", "PRP")
        ) or (
            tags[i] == "NN"
            and (
                lowered[back] in _BE
                or lowered[back] in _SEEMS
                or _after_presenting_as(lowered, back)  # "presented as hypervigilant"
            )
            and tags[back] != "POS"  # "Mum's engagement": whose, not "is"
            and _ADJECTIVE_ENDING.search(lowered[i])
            and (i + 1 == len(tags) or tags[i + 1] not in ("NN", "NNS", "NNP", "POS"))
        ):
            tags[i] = "JJ"
        if (
            tags[i] == "VBG"
            and _after_presenting_as(lowered, back)
            and lowered[i] != "being"
            and (i + 1 == len(tags) or tags[i + 1] in (".", ",", "CC", ":"))
        ):
            tags[i] = "JJ"  # "presents as controlling": how he came over, not what he did
    for i in range(1, len(tags) - 1):
        # "In no fit state": between a determiner and its noun no verb comes in its base form.
        if lowered[i - 1] in _DETERMINERS and tags[i] == "VB" and tags[i + 1] in ("NN", "NNS"):
            tags[i] = "JJ"
        # "Tried to hug him", "wanted to kiss her": after a verb's "to", a word before the
        # object pronoun is a verb (not "went to school": no pronoun follows).
        if (
            tags[i] == "NN"
            and lowered[i - 1] == "to"
            and i >= 2
            and tags[i - 2].startswith("VB")
            and lowered[i + 1] in ("him", "them", "me", "us")
        ):
            tags[i] = "VB"
        # "Turned his back", "their home": after whose, a noun ("her" may be an object).
        if tags[i] == "RB" and lowered[i - 1] in ("his", "their", "my", "our", "your", "its"):
            tags[i] = "NN"
        # "Her foster carer", "his step dad": after whose, a noun's description (not "let her
        # wash the dishes": "her" the object of a verb that takes a bare verb).
        if (
            tags[i - 1] == "PRP$"
            and tags[i] == "VB"
            and tags[i + 1] in ("NN", "NNS")
            and not (i >= 2 and lowered[i - 2] in _TAKES_A_BARE_VERB)
        ):
            tags[i] = "JJ"
    for i in range(2, len(tags) - 1):
        # "An attuned and patient father": after a description and "and", before the noun,
        # another description.
        if (
            tags[i - 1] == "CC"
            and tags[i - 2] in ("JJ", "VBN")
            and tags[i] == "NN"
            and tags[i + 1] in ("NN", "NNS")
            and i >= 3
            and lowered[i - 3] in _DETERMINERS
        ):
            tags[i] = "JJ"
        # "An extremely close attachment": between an article's adverb and a noun, a
        # description.
        if (
            lowered[i - 2] in ("a", "an", "the")
            and tags[i - 1] == "RB"
            and tags[i] in ("VB", "VBP", "NN")
            and (
                tags[i + 1] in ("NN", "NNS")
                # "A medically fit and healthy child": the first of a series.
                or tags[i + 1] == "CC"
                and i + 2 < len(tags)
                and tags[i + 2] == "JJ"
            )
        ):
            tags[i] = "JJ"
