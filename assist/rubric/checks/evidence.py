"""Judgements stated without evidence.

A judgement is found by what the words are, not by a list of examples: an evaluative or feeling
adjective said of someone or something ("was rude", "presented as low", "arrived intoxicated"),
a label for a person ("is an addict", "a loving mother"), an opinion stated as there being
something ("there are no concerns"), a claim to certainty ("clearly", "it looks like"), or a
frequency nobody has counted ("often misses school"). Which adjectives evaluate comes from VADER's
and TextBlob's rated lexicons carried through WordNet; which nouns label a person, from WordNet's
hypernyms; parts of speech from a tagger.

Evidence is what was seen, heard or said, specifically enough to weigh: a quote, a count or
measure (not a date or time: when something happened does not show it happened), a cited fact,
someone's perception ("I saw", "was observed", "smelled of"), or what someone did and the
things involved, described beyond the judgement's own words ("leaning against the wall", "held
her sister's hand", "dishes in the sink and food on the floor"). It may
sit in the sentence, after a colon, in the next sentence, or in the one before when the sentence
points back to it ("This shows..."). A judgement inside a quote, in a question or condition, in a
prediction ("may", "could"), or in what a named person said is not the writer's assertion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from assist.language import TITLES, lexicon, tag
from assist.language.lexicons import LEXNAMES, RATED
from assist.rubric import settings as s
from assist.rubric.checks.child_view import in_the_childs_voice, pronouns_for
from assist.rubric.text import (
    CITATION,
    DATE,
    FIGURE,
    FIRST_PERSON,
    ON_A_DAY,
    QUOTE,
    REF,
    REFERENCE_WORDS,
    WHEN,
    cited_refs,
    names_a_part,
    only_terms_quoted,
    sentences,
    whereabouts,
)
from assist.rubric.view import Hit
from assist.rubric.wordlists import (
    HEDGING_ADVERBS,
    OPENINGS_OF_WHEN,
    PARTICLES,
    RECORDING,
    SUBJECT_PRONOUNS,
    THIRD_PERSON,
    TIME_AND_FOCUS,
    YOUNG_PERSON_SHORT,
    Terms,
    opening_source,
    tokens_of,
)
from assist.vocabulary import ExperienceKind

SETTINGS = {
    # Which rated lexicons say how evaluative a word is, and how evaluative (per cent) it must be.
    "lexicons": s.choices(RATED, default=RATED),
    "evaluative_percent": s.integer(default=50, minimum=1),
    "linking_verbs": s.words(),  # be, become, remain: "was rude"
    "appearance_verbs": s.words(),  # seem, appear, look, present: any description after them
    # Verbs a state can ride on: "arrived drunk", "came home angry".
    "arrival_classes": s.choices(LEXNAMES, default=("verb.motion",)),
    "label_roots": s.words(),  # WordNet person nouns whose kinds label a person: "bad person"
    "feeling_classes": s.choices(LEXNAMES, default=("noun.feeling",)),  # "no concerns"
    # Verbs whose commonest sense is a verdict on conduct or an inner state ("neglects",
    # "struggles", "loves"), not an act one could watch: an evaluative one is a judgement.
    "conduct_classes": s.choices(LEXNAMES),
    # Abstract nouns an evaluative adjective judges: "a good relationship", "poor insight".
    "abstract_classes": s.choices(LEXNAMES),
    # Adjectives WordNet makes from verbs of these classes describe how someone treats others
    # ("evasive" from "evade", "argumentative" from "argue"): said of a person, a character.
    "disposition_classes": s.choices(LEXNAMES, default=()),
    "certainty": s.words(),  # clearly, obviously, it looks like, ...
    # Verbs of holding a view that may be wrong (believe, feel, think): held by no one named,
    # the view is the writer's to show.
    "belief_verbs": s.words(),
    # Belief verbs whose passive with "it" ("it is believed that") reported-as-fact names as
    # hearsay; any other ("it is felt that") is a view held by no one named.
    "hearsay_verbs": s.words(default=()),
    # Words a number names a rule or a part of a document after ("Reg 44", "section 47"): the
    # number is a name, not a count or a measure.
    "reference_words": s.words(default=REFERENCE_WORDS),
    # Nouns of a view held (WordNet's kinds of belief: opinion, view, suspicion) and of a worry:
    # raised in a passive with no one after "by", held by no one named.
    "view_roots": s.words(default=("belief",)),
    "worry_nouns": s.words(default=("concern", "worry")),
    "frequency": s.words(),  # often, always, never, ...
    # Words for every thing or person (everything, nobody): of a habit, a claim about every
    # occasion, which nobody could have seen.
    "absolutes": s.words(default=()),
    "perception_classes": s.choices(LEXNAMES, default=("verb.perception",)),
    # WordNet verbs whose kinds say how a message went, not how it was said ("telephoned",
    # "emailed"): not expressive, though WordNet files them with "shouted".
    "channel_roots": s.words(default=()),
    # WordNet verbs whose kinds say what someone was made to undergo ("exposed to", "subjected
    # to"): filed with the senses, but passive they report no one's perception.
    "undergoing_roots": s.words(default=()),
    "life_event_roots": s.words(default=()),
    "capacity_roots": s.words(default=()),
    # Verbs of keeping something going ("sustain the changes"): a capacity, as coping is.
    "sustaining_roots": s.words(default=("maintain",)),
    "bodily_state_roots": s.words(default=()),
    # WordNet nouns whose kinds are illnesses ("asthma", "a tumour"): had, a fact of medicine.
    "ailment_roots": s.words(default=()),
    # WordNet nouns whose kinds are illnesses of the mind ("depression", "PTSD"): had, as
    # fact, they are a diagnosis, which needs whose it is.
    "illness_roots": s.words(default=()),
    # Who diagnoses and treats an illness (WordNet's kinds of these, and words it lacks): named
    # in the text, they say whose a diagnosis is.
    "clinician_roots": s.words(default=()),
    "clinicians": s.words(default=()),
    # WordNet verbs whose kinds are the senses themselves: "saw", "heard", "noticed", "watched".
    "sensing_roots": s.words(default=("perceive", "watch", "witness")),
    # Adjectives of being perceived that WordNet makes from no verb ("visible").
    "perceptible": s.words(),
    # WordNet nouns whose kinds are sensations ("a strong smell of cannabis", "a loud noise"):
    # how strong or loud one was is what was perceived, not a verdict.
    "percept_roots": s.words(default=("sensation",)),
    # WordNet attributes a thing's size or warmth is a value of: "the room was cold" says what
    # was felt or seen of a thing, not a verdict on it.
    "measurable_attributes": s.words(),
    "figurative_of_people": s.words(),
    "norm_attributes": s.words(),
    "reporting_classes": s.choices(LEXNAMES, default=("verb.communication",)),
    "behaviour_classes": s.choices(LEXNAMES),  # what someone visibly did
    # Acts that show a state by themselves: crying, smiling, shaking, shouting. One is enough.
    "expressive_classes": s.choices(LEXNAMES, default=("verb.body", "verb.communication")),
    "concrete_classes": s.choices(LEXNAMES),  # things one can see, touch or smell
    "light_verbs": s.words(),  # be, have, do, get, make: verbs that describe nothing
    "observers": s.words(),  # I, we, staff: whose perception is the writer's evidence
    "not_asserted": s.words(),  # if, whether, check, ...: a question or a condition
    # Adjectives of sequence (first, previous, next): where something comes, not how good it is.
    "sequence": s.words(),
    # Nouns of the risk model that a word on a scale rates: "the risk is high".
    "rated_nouns": s.words(),
    # The risk model's words for how exposed someone is ("vulnerable", "unsafe"): a rating,
    # which its grounds show ("most vulnerable because of her age").
    "rated_states": s.words(default=()),
    # The middle of a scale, which WordNet gives no opposite: "the risk is medium".
    "scale_middles": s.words(),
    # Nouns used for problems in British English that neither WordNet nor the lexicons give
    # that sense: "has anger issues".
    "trouble_nouns": s.words(),
    "sign_nouns": s.words(),
    "standard_nouns": s.words(),
    "reaching_verbs": s.words(),
    "resolving": s.words(),
    # The nouns and verbs English names a cause with ("the main driver of", "is a result of",
    # "is driven by", "stems from"): said of someone's conduct or state, a link asserted.
    "causal_nouns": s.words(default=()),
    "effect_nouns": s.words(default=()),
    "causal_verbs": s.words(default=()),
    # The nouns of why someone acts, beside WordNet's noun.motive ("reason", "incentive"):
    # "her motivation for moving is financial" says what is in someone's mind.
    "motive_nouns": s.words(default=()),
    # Nouns of a ruse ("ploy", "tactic"): what someone did, called one, is put down to an end
    # they did not say they had. And nouns of a way or an aim ("way", "attempt", "aim"), which
    # do so only with an end a motive is read into ("a way of avoiding questions").
    "ruses": s.words(default=()),
    "aims": s.words(default=()),
    # English's maximizers and words of exactness ("fully", "exactly", "full"): before or after
    # a verb of knowing, the writer vouching for what someone grasps ("fully understands").
    "maximizers": s.words(default=()),
    # A person's standing on a register, in law or in work ("married", "unemployed", "charged",
    # "sectioned"): a fact a record holds, not a verdict on them.
    "statuses": s.words(default=()),
    # The nouns of how good something is, after "of a": "is of a high standard".
    "quality_nouns": s.words(default=()),
    # States a smell can show (drink, drugs, neglect of hygiene): only of these is "smell"
    # asked, so that nobody is asked what they smelled that showed "low".
    "smelt": s.words(),
}
PLACEHOLDERS = frozenset({"term", "question", "cite"})
# Items that can cite the facts they rest on: only there is citing a way to show it.
_CITING = frozenset({"analysis", "hazard", "strength", "loose"})
_NOWHERE = " It cites {refs}, which this assessment does not hold: cite the fact it rests on."

# How far back a judgement's context is read (a condition, a modal, who said it): a clause is
# rarely longer, and a 50,000-word run-on paragraph must not make every word look back at all.
_REACH = 40
_CLAUSE_END = frozenset({",", ";", ":", "(", ")", "—", "–", "but", "because", "although", "while"})
_MODAL_TAGS = frozenset({"MD"})
_NOT = frozenset({"not", "n't", "never"})
# Words that tie what is told to an occasion or a while: "was tearful throughout the visit".
_OCCASION_WORDS = frozenset({"during", "throughout", "today", "yesterday", "when", "while"})
# Verbs of being and having, and "does not": what someone is said to be, have or not do.
_BEING = frozenset({"be", "have", "remain", "seem", "appear", "present", "do"})
# Verbs of reaching or holding a view that the rubric's belief verbs leave out (they are read
# as no belief of their own): "this leads me to conclude", "I doubt", "we assess".
_CONCLUDING = frozenset({"worry", "judge", "conclude", "reckon", "expect", "doubt", "assess"})
# Things and people not named ("nothing" is: "said nothing when asked").
_INDEFINITE = frozenset(
    {"something", "anything", "everything", "someone", "anyone", "everyone"}
    | {"somebody", "anybody", "everybody"}
)
# Verbs of taking part in something, whose object is the course or session taken part in.
_TAKING_PART = frozenset({"attend", "complete", "finish", "start", "begin", "join", "undertake"})
# Verbs whose object does the next verb, bare: "let Mum speak", "made him leave".
_CAUSING = frozenset({"let", "make", "have", "help"})
# Light verbs that still move someone somewhere: "came home drunk"; "went to school under the
# influence" (but "went quiet" is a change, as "got angry" is).
_COMING = frozenset({"come"})
_COMING_OR_GOING = frozenset({"come", "go"})
_NOUN = ("NN", "NNS", "NNP", "NNPS")
# Adverbs of degree, which only a description takes ("deeply traumatised", not "deeply hit").
_OF_DEGREE = frozenset(
    {"very", "really", "deeply", "extremely", "quite", "so", "highly", "profoundly", "terribly"}
)
# Words that pick out children or siblings by age: "the older two", "the little ones".
_OF_AN_AGE = frozenset({"older", "younger", "elder", "eldest", "youngest", "oldest", "little"})
_ADJECTIVE = ("JJ", "JJR", "JJS")

# The classes of noun a way of being or acting is filed under ("manner", "approach",
# "attitude", "anger"), which a description judges (see Sentence._presupposed).
_WAYS_OF_BEING = frozenset({"noun.attribute", "noun.act", "noun.cognition", "noun.feeling"})
# The nouns for a way of acting, which a verb's "-ing" before them judges ("his controlling
# manner"; not "her working pattern").
_MANNERS = frozenset(
    {
        "manner",
        "attitude",
        "approach",
        "behaviour",
        "behavior",
        "conduct",
        "style",
        "stance",
        "demeanour",
        "demeanor",
        "way",
        "ways",
    }
)
# The tags of a verb that makes a clause.
_FINITE = ("VBD", "VBZ", "VBP", "MD")
# The words that open a clause of when or why between commas.
_SUBORDINATE_OPENERS = frozenset(
    {
        "when",
        "while",
        "as",
        "because",
        "since",
        "after",
        "before",
        "which",
        "who",
        "where",
        "although",
        "though",
        "if",
    }
)
# The nouns for the whole of someone's character (WordNet files them with every other attribute,
# "age" and "size" among them).
_CHARACTER = frozenset({"nature", "personality", "character", "temperament", "disposition"})
# Openings that take what follows as the ground of what is said: "Given her..., ...".
_GROUNDS_OPENING = (
    ["given"],
    ["because", "of"],
    ["due", "to"],
    ["owing", "to"],
    ["in", "view", "of"],
    ["in", "light", "of"],
    ["with"],
)
_SKIPPABLE_BEFORE_STATE = frozenset({"RB", "RBR", "RBS"})
# After these a participle with no subject of its own is passive: "when asked about it".
# A person's own usual way, against which a change is told: "than usual".
_USUAL = (["usual"], ["normal"], ["before"], ["previously"], ["ever"])
# "Will" and its forms, with which a habit is foretold ("will always go back to him").
_WILL = frozenset({"will", "would", "wo", "'ll"})
# Someone's state of mind or feeling, in WordNet's classes: what a cause is judged to act on.
_OF_MIND = frozenset({"noun.feeling", "noun.cognition", "noun.state"})
# What a subject's noun phrase, with the phrase hanging from it, is made of.
_IN_A_NOUN_PHRASE = frozenset(
    {"NN", "NNS", "NNP", "NNPS", "JJ", "DT", "IN", "TO", "VBG", "RB", "PRP$", "POS", "CD"}
)
# What ends a clause of "since": its comma, or a new clause ("since the move as she told me").
_SINCE_CLAUSE_ENDS = frozenset({",", ";", ":", "as", "because", "but", "and", "so", "which"})
# Quotation marks the tokeniser leaves standing alone.
_QUOTE_MARKS = frozenset({"'", "‘", "’", '"', "“", "”"})
# By how much, said without a measure, and much: "has improved a lot".
_BY_A_DEGREE = (
    *(["a", "lot"], ["a", "great", "deal"], ["heaps"], ["loads"], ["lots"]),
    *(["a", "bit"], ["a", "little"]),
)
# What can follow a change told with nothing done to anything: the sentence or clause ends, or
# how or since when ("has stabilised since May", "has escalated quickly").
_ENDS_A_CHANGE = frozenset({".", ",", ":", "CC", "RB"})
# The noun classes of a state of mind, feeling or thought: nothing done to one is seen.
_OF_THE_MIND = frozenset({"noun.state", "noun.feeling", "noun.cognition"})
# A study cited by its authors and year ("Brandon et al. (2020)", "(Farmer and Lutman, 2012)",
# "(Kemp and colleagues, 2015; Sugar, 1999)"): a published source, named.
_OTHER_AUTHORS = r"(?:\s+et\s+al\.?|\s+(?:and|&)\s+(?:[A-Z][a-z]+|colleagues|others))?"
_AUTHOR_AND_YEAR = re.compile(
    rf"\b[A-Z][a-z]+{_OTHER_AUTHORS}\s*\((?:19|20)\d{{2}}[a-z]?\)"
    rf"|\((?:(?:for\s+)?example,?\s+|e\.g\.,?\s+|see\s+)?[A-Z][a-z]+{_OTHER_AUTHORS},?\s+"
    rf"(?:19|20)\d{{2}}[a-z]?[;)]"
)
# A score someone gives on a scale ("safety scale 7/10", "scaled it 6 out of 10"): itself a
# judgement, not a measure (but "7/10 sessions" counts them).
_NAMES_A_CAUSE = (["because", "of"], ["due", "to"], ["down", "to"])
_AHEAD = re.compile(
    r"\b(?:within|(?:in|over|for) the (?:next|coming))\s+$"
    # An age ahead: "will be asthmatic before he is two", "by the time she turns five".
    r"|\b(?:before|until|by the time)\s+\w+\s+(?:is|turns|reaches)\s+$",
    re.IGNORECASE,
)
_A_SCORE_GIVEN = re.compile(r"\d+\s*(?:/|out\s+of)\s*10\b", re.IGNORECASE)
# A score given as a thing one is put at: "put this family at a 7" (a time is "at 7pm").
_A_SCORE = re.compile(r"\bat\s+an?\s+\d{1,2}\b(?!\s*(?:am|pm|:|\.\d|o'clock))", re.IGNORECASE)
# A place on a scale, where one is spoken of: "at a 7", "at 3 out of 10", "a 4".
_ON_A_SCALE = re.compile(
    r"\b(?:at|a|an)\s+(?:a\s+)?\d+(?:\s*(?:/|out\s+of)\s*10)?\b(?!\s*(?:am|pm|:|\.\d))"
    # ...and the scale's own range: "on a scale of 1 to 10".
    r"|\b(?:of|from)\s+\d+\s*(?:to|-|–)\s*\d+\b",
    re.IGNORECASE,
)

# The endings English makes abstract nouns with: a word WordNet lacks is still known abstract.
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence")
# The nouns of those measures that can stand before a description ("a lot worse").
_DEGREE_NOUNS = frozenset({"lot", "bit", "little"})
# Of those, the ones that claim much: a change of any state by them is a judgement.
_MUCH = (["a", "lot"], ["a", "great", "deal"], ["heaps"], ["loads"], ["lots"])
# The words a place a state is in starts with: "at", "in", "under", and "out of".
_PLACING = frozenset({"at", "in", "under", "of", "beyond"})  # "beyond parental control"
# What a group is likened to, to say what kind: "families like this", "mothers like her".
# The verbs English contracts, as the tagger keeps them apart ("Dad's", "they're", "we've").
_CONTRACTED = {
    "'s": frozenset({"'s", "be", "have"}),
    "'re": frozenset({"'re", "be"}),
    "'m": frozenset({"'m", "be"}),
    "'ve": frozenset({"'ve", "have"}),
}
# Telling the truth, as a trait: "not honest", "not being truthful", and their opposites.
_TRUTHFUL = frozenset({"honest", "truthful"})
# The services, and the writer, in a motive read into someone: "to keep children's services
# away", "to get social care off his back", "to keep us happy".
# Who may be called by more than one word: "Mum", "Ms Brennan", "she" are one person.
_PRONOUNS_OF_ONE = frozenset({"she", "he", "her", "him", "they"})
_FAMILY_WORDS = frozenset(
    {"mum", "mom", "mother", "dad", "father", "parent", "parents", "family", "gran", "nan"}
)
_THE_SERVICES = frozenset(
    {"services", "service", "social", "worker", "workers", "court", "police", "us", "me", "cps"}
)
# What someone wants, as the reason for what they do ("because he wants to").
_WANTING = frozenset({"want", "wish", "intend"})
_INTO = (["in"], ["into"], ["on"])
_LIKE_THIS = frozenset({"this", "these", "them", "her", "him", "theirs"})
# How much of a group a likeness takes in ("like many Polish men", "like a lot of lads").
_MUCH_OF_A_GROUP = frozenset({"many", "most", "all", "lots", "so"})
# What is the way of things, said of a group ("as is usual in...").
_USUAL_WORDS = tuple(
    [word] for word in ("usual", "typical", "common", "normal", "customary", "traditional")
)
# The adverbs of those words, and "generally": what a kind of person does as a rule ("are
# generally left in silence").
_AS_A_RULE = frozenset({f"{word}ly" for (word,) in _USUAL_WORDS} | {"generally"})
# Modals of what may or can be, not of what is done as a rule ("may be eligible", "can use").
_MAY = frozenset({"may", "might", "can", "could"})
# Verbs of the mind that make a decision or a plan, not a view: "it was decided that...".
_DECIDING = frozenset({"decide", "plan", "intend", "determine", "resolve", "arrange"})
# What someone gives of themselves, "by his own ...": his account of it (not "by his own
# standards").
_OWN_ACCOUNTS = frozenset({"account", "accounts", "description", "admission", "words", "report"})
# What the writer does in acknowledging what the reader goes through ("I know it was hard").
_ACKNOWLEDGING = frozenset({"know", "understand", "appreciate", "realise", "realize", "recognise"})
# Nouns of an opinion held, which say whose only if someone is named: "medical opinion is that",
# "the general feeling is that"
# (not "the plan is that", "the worry is that", which say what is planned or feared).
_OPINIONS = frozenset({"opinion", "view", "consensus", "belief", "feeling"})
# Words before a noun that say whose it is.
_WHOSE = frozenset({"'s", "s'", "my", "our", "his", "her", "their", "your", "its"})
# Nouns of what may happen, whose "that" names it without saying it will: "the risk that...".
_POSSIBILITIES = frozenset({"risk", "likelihood", "probability", "danger"})
# Having or lacking: a capacity held ("has the skills to", "lacks the ability to").
_HAVING = frozenset({"have", "lack"})
# Nouns that make a group a people, unnamed ("men from his background"), or a place's people
# ("Teenagers from the Hollins estate often skip school").
_OF_A_PEOPLE = frozenset(
    {
        *("background", "backgrounds", "culture", "cultures", "community", "communities"),
        *("estate", "estates", "area", "areas", "neighbourhood", "neighbourhoods"),
    }
)
# What opens a reading of someone by a group: "like many...", "as is usual in...", "typical
# of...", "given his background", "In Somali households, ...", "part of Polish culture", "a
# culture where...".
_OPENS_A_GROUP = frozenset({"like", "as", "typical", "given", "in", "part"}) | _OF_A_PEOPLE
# Where someone stands against others or a standard, a closed class of English: "is behind for
# his age", "is ahead of her peers", "is below the expected level".
_COMPARING = frozenset({"behind", "ahead", "below", "above", "beneath", "within"})
# The writer's verbs of forecasting: "I expect he will relapse then" holds the forecast as theirs.
_FORESEE = frozenset({"expect", "anticipate", "predict", "foresee"})
# Words before a forecast that hedge it or make it someone's worry: "it is likely that".
_HEDGED_BEFORE = (
    frozenset({"likely", "unlikely", "probable", "probably", "possible", "possibly"})
    | {"worried", "concerned", "fear", "expects"}
    | _FORESEE
)
# "Matters to him": what someone values.
_MATTERS = frozenset({"matter", "matters", "mattered"})
# Verbs that give a rating ("I would assess the risk as high"), a closed class of English.
_RATING_VERBS = frozenset({"assess", "rate", "judge", "grade", "score", "consider"})
# What someone is or does, as WordNet files it, which can be no one's source.
_STATES_OF_SOMEONE = frozenset({"noun.state", "noun.attribute", "noun.act", "noun.feeling"})
# The verbs of a life lived, whose doings are someone's ("her parenting", "his sleeping").
_OF_THEIR_LIFE = frozenset(
    {"verb.social", "verb.cognition", "verb.emotion", "verb.consumption", "verb.body"}
)
# Descriptions of being sure of something: said of someone, what follows is their position.
_SURE = frozenset({"clear", "sure", "certain", "adamant", "confident", "convinced"})
# Verbs that help another ("has said", "had improved", "did say"), not ones of their own.
_AUXILIARIES = frozenset({"have", "be", "do"})
_SHOWN = -1  # a verb that shows the judgement by itself (a perception, something told)
_REDUCED = frozenset({"when", "if", "once", "unless", "until", "after", "before", "as"})
# Verbs of the mind: what someone is "unable to" do of these is a judgement of their capacity.
_MIND = frozenset({"verb.cognition", "verb.emotion"})
_CANNOT = frozenset({"cannot", "can't", "can’t"})  # a capacity denied may follow
# A verb denied, as the plain words have it (with or without the apostrophe).
_DENIED = frozenset({"not", "n't", "don't", "doesn't", "dont", "doesnt", "didn't", "didnt"})
# Nouns of the mind and character: to have none of one ("no insight") is a judgement.
# What a person can be called without a judgement: a kind of person, a member of a group, or
# (in a word WordNet files elsewhere) a thing, place, time or amount ("a Year 5 pupil", "a
# size 12"). Anything else said to be what a person is ("a risk", "a factor") labels them.
_KINDS_A_PERSON_IS = frozenset(
    {
        None,
        "noun.person",
        "noun.group",
        "noun.artifact",
        "noun.location",
        "noun.object",
        "noun.animal",
        "noun.body",
        "noun.food",
        "noun.substance",
        "noun.plant",
        "noun.quantity",
        "noun.time",
        "noun.Tops",
    }
)
_INNER = frozenset(
    {"noun.cognition", "noun.feeling", "noun.motive", "noun.attribute", "noun.relation"}
)
_PRESENT_AUX = frozenset({"is", "are", "has", "have"})
_HAPPENINGS = frozenset({"noun.state", "noun.event", "noun.phenomenon"})
_POINTS_BACK = re.compile(
    # (After the writer's own "In my view," or "In my assessment": "In my view this pattern...")
    r"(?:(?:in\s+)?(?:my|our)\s+(?:view|opinion|assessment|professional\s+opinion)"
    r"(?:\s+is\s+that)?,?\s+)?"
    r"(?:this|these|that|those|such|it|both|overall|therefore|thus|so|taken together|as a result|"
    r"given this|in light of this|on this basis|on that basis|because of this|for these reasons|"
    r"based on (?:this|these|that|those|what)|"
    r"on (?:this|that|the) evidence)\b",
    re.IGNORECASE,
)
# The span a judgement covers ("over the past six weeks", "in the last 3 months"): when, not how
# often or how much. (How long something went on, "cried for 20 minutes", "has kept it up for
# the past year", is detail.)
# Someone's age, which is who they are, not how often or how much anything happened: "Lacey,
# aged four,", "Kai (7)", "is six years old", "a 4-year-old", "by the age of twelve".
_AN_AGE_BEFORE = re.compile(r"\bage(?:d|\s+of)?\s*$", re.IGNORECASE)  # ("by the age of 12")
_IN_BRACKETS_ALONE = (re.compile(r"\(\s*$"), re.compile(r"\s*\)"))
_AN_AGE_AFTER = re.compile(
    r"\s*(?:years?|months?|weeks?)\s+old\b|-(?:years?|months?|weeks?)-old\b", re.IGNORECASE
)


# An age in a clause of when: "before he was two", "when he is 3" (not "since he was three",
# which says how long).
_AN_AGE_WHEN = re.compile(
    r"\b(?:before|until|when|by the time)\s+(?:he|she|they|\w+)\s+"
    r"(?:is|was|were|turns|turned|reaches|reached)\s+$",
    re.IGNORECASE,
)


def _an_age(text, figure) -> bool:
    """The figure is someone's age: after "aged", alone in brackets ("Kai (7)"), before
    "years old", or in a clause of when ("before he was two")."""
    before = text[max(0, figure.start() - 10) : figure.start()]
    return bool(
        _AN_AGE_BEFORE.search(before)
        or _AN_AGE_WHEN.search(text, max(0, figure.start() - 40), figure.start())
        or _IN_BRACKETS_ALONE[0].search(before)
        and _IN_BRACKETS_ALONE[1].match(text, figure.end())
        or _AN_AGE_AFTER.match(text, figure.end())
    )


# An age to come, in a forecast: "before he is two", "by the time she turns five".
_AN_AGE_AHEAD = re.compile(
    r"(?:before|by)(?: the time)? \w+ (?:is|turns|reaches) (?:\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)"
)
_SPAN = re.compile(
    r"\b(?:over|in|during|across|within)\s+the\s+(?:past|last|previous|first)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple\s+of)?\s*"
    r"(?:days?|weeks?|months?|years?|fortnights?|terms?)\b",
    re.IGNORECASE,
)


def _adjectives_of(adverb) -> set[str]:
    """The adjectives an adverb in -ly may come from: "sadly" from "sad", "gently" from
    "gentle", "happily" from "happy", "dramatically" from "dramatic"."""
    base = adverb[:-2]
    return {
        base,
        base + "e",
        base[:-1] + "y" if base.endswith("i") else base,
        base[:-2] if base.endswith("ical") else base,
    }


# What is not yet known, said as not known ("their strength is unknown", "the cause is
# unclear"): an information gap the writer owns, not a judgement of anyone or anything.
_NOT_KNOWN = frozenset({"due", "unknown", "unclear", "uncertain", "unconfirmed", "unverified"})


def _not_a_state(token, following, after=None) -> bool:
    """ "Was due to the bus strike", "the review is due on 3 May", "prior to the visit": a
    cause given, a time expected or an order, never a state ("due to trauma" is read as a cause,
    by _caused); and what is not known ("is unknown"). Nor is "known to" someone: on their books
    ("known to the team")."""
    return token.word in _NOT_KNOWN or (
        token.word in ("prior", "known")
        and following is not None
        and following.word == "to"
        and (token.word == "prior" or after is None or not after.tag.startswith("VB"))
    )


def _blank(found) -> str:
    """Spaces where the words found were, so that what is left keeps its place."""
    return " " * len(found.group())


_WORRY = re.compile(r"\b(?:worried|concerned)\s+(?:that|about)\b", re.IGNORECASE)
# What someone is at or in when they attend it: an appointment, a meeting, a session.
_ATTENDED = ("noun.act", "noun.group", "noun.event", "noun.communication")
# Tags no reading of a judgement starts at (punctuation that ends or joins, possessives, "to",
# conjunctions): skipped, as the readings would each look and find nothing.
# A name or a pronoun starts no reading, unless it is a word of a view or of every one
# ("Concerns were raised", "Nobody visits"), which the tagger may read as a name at the start.
_NAMES_AND_PRONOUNS = frozenset({"NNP", "NNPS", "PRP"})
# Kinds of noun a record can say someone goes without ("any after-school clubs", "any family
# nearby"), besides things one could touch.
_PLAIN_THINGS = frozenset({"noun.group", "noun.event", "noun.time", "noun.person", "noun.object"})
_NEVER_JUDGES = frozenset({".", ",", "POS", "TO", "PRP$", "CC", "(", ")", "''", "``"})
# What someone's needs are, in WordNet's classes: "needs" (a state), "wishes" (a feeling); not
# "the threshold" or "the criteria", which a case meets.
_NEEDS = frozenset({"noun.state", "noun.feeling"})
# How words of diagnosing or treating start ("diagnosed", "prescription", "medication",
# "psychiatrist"): a sentence holding one tells whose a diagnosis is.
_TREATING = ("diagnos", "prescri", "medicat", "psychiatr")
# Words that deny a diagnosis or treatment just after them: "no diagnosis", "never diagnosed".
_NO_TREATMENT = frozenset({"no", "not", "never", "n't", "without"})
# WordNet's classes of what a disorder of the body is named by ("a blood disorder", "a skin
# disorder", "a thyroid disorder").
_OF_THE_BODY = frozenset({"noun.body", "noun.substance", "noun.artifact", "noun.food"})
# Tags in a noun phrase that names an illness ("a severe dissociative disorder", "PTSD and
# anxiety", "post-traumatic stress disorder").
_IN_A_DIAGNOSIS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "CC", "HYPH", "VBN", "VBG"})
_HEADING_MARKS = frozenset({":", "-", "–", "—"})
# What a cause given for someone's conduct may be, in some sense: a state or a feeling.
_CAUSES = frozenset({"noun.state", "noun.feeling"})
# "The two-year check", "the 28-week scan", "24-hour support": a length that may name a kind
# of thing (a check, a scan, a service), not a measure of anything seen (_a_kind_by_length).
_A_KIND_BY_LENGTH = re.compile(r"-(?:week|month|year|day|hour)\s+(?!old\b)[a-z]", re.IGNORECASE)
# What a heading names when what follows is a result ("Drug test - mum negative").
_TESTED = frozenset({"test", "screen", "sample", "result", "swab", "scan"})
_BRACKETED = re.compile(r"\(([^()]{3,80})\)")
_ELABORATION = re.compile(r"[:;]\s|\s[—–-]\s|—")
# The feared outcome of a danger and the plans for methods are not claims about what is.
# Nor is an information gap, which says what is not known ("how Alfie experiences being cared
# for by Mr Dunmore").
_NOT_CLAIMS = {
    ("danger", "text"),
    ("method", "text"),
    ("method", "how_to_fill"),
    ("information_gap", "text"),
}
_QUESTIONS = {
    "state": "What did you see or hear that showed '{term}'?",
    "smelt": "What did you see, hear or smell that showed '{term}'?",
    "label": "It labels a person: who says so, and what have they done that shows it?",
    "label_thing": "What did you see of it that shows '{term}'? Describe what you saw.",
    "harm": "Which facts make it so? Say what was seen, heard or said, and by whom.",
    "conduct": "What did you see or hear that shows it? Describe what was done or said.",
    "tie": "What passed between them that shows it? Say what was seen or said.",
    "quality": "What did you see or hear that shows it?",
    "capacity": "When did it happen? Say what was tried, and what was done or said.",
    "foretold": "What has happened that makes you expect it? Say what was seen or said, and when.",
    "want": "Did they say so? Give their words, or what you saw them do.",
    "motive": "Only they can say why: did they tell you? Give their words, or what they did.",
    "opinion": "Who gave this opinion, and on what is it based?",
    "diagnosis": "Whose diagnosis is it, and when was it made? Name who made it, or the record.",
    "unnamed": "Whose view is it? Name who holds it, and say what they saw or heard that shows it.",
    "belief": "What did you see or hear that makes you think so?",
    "certainty": "What makes it so? Say what was seen, heard or said, and by whom.",
    "frequency": "How many times, over what period, and how do you know?",
    "absolute": "Who could know that of every time? Say the occasions you know of, and how.",
    "comparison": "Compared with what, and since when? Say what has changed and how you know.",
    "standing": "Measured how, and by whom? Give the assessment or measure, its date, and what "
    "it found.",
    "needs": "Which needs? Say what was seen of the child's care, or what they said, that "
    "shows it.",
    "cause": "What links the two? Say what was seen or said that shows this is why.",
    "rating": "What puts it at '{term}'? Say which facts, and what makes harm more or less likely.",
    "group": "It judges someone by a group they belong to. What did you see or hear of them?",
    "interests": "What in the child's life makes it best for them? Say what was seen or said, "
    "and what else was weighed.",
}


@dataclass(frozen=True)
class Prepared:
    sources: tuple[str, ...]
    threshold: float
    linking: frozenset
    appearance: frozenset
    arrival: frozenset
    labels: frozenset
    feelings: frozenset
    conduct: frozenset
    abstract: frozenset
    disposition: frozenset
    person_words: frozenset
    percepts: frozenset
    proving: frozenset
    hearsay: frozenset
    references: frozenset
    views: frozenset
    worries: frozenset
    certainty: Terms
    belief: frozenset
    frequency: Terms
    frequency_words: frozenset
    absolutes: frozenset
    perception: frozenset
    perceptible: frozenset
    measurable: frozenset
    figurative_of_people: frozenset
    norms: frozenset
    certainty_words: frozenset
    reporting: frozenset
    behaviour: frozenset
    expressive: frozenset
    channels: frozenset
    undergoing: frozenset
    life_events: frozenset
    capacities: frozenset
    sustaining: frozenset
    bodily_states: frozenset
    ailments: frozenset
    illnesses: frozenset
    illness_ends: frozenset
    # (Not hashed: a pattern's hash reads its whole compiled code, and the check's cache
    # hashes this on every text.)
    treated: re.Pattern = field(hash=False, compare=False)
    clinicians: frozenset
    sensing: frozenset
    concrete: frozenset
    light: frozenset
    observers: frozenset
    not_asserted: Terms
    sequence: frozenset
    rated_nouns: frozenset
    rated_states: frozenset
    scale_middles: frozenset
    trouble: frozenset
    resolving: frozenset
    sign_nouns: frozenset
    standard_nouns: frozenset
    reaching: frozenset
    smelt: frozenset
    # What "meets her needs" is: the verbs with a sense of "satisfy".
    satisfying: frozenset
    # What "her drinking is impacting on her parenting" claims: the verbs with a sense of "impact".
    impacting: frozenset
    # The words a reading may start at though the tagger reads them as a name: views, worries
    # and absolutes.
    named_openers: frozenset
    causal_nouns: frozenset
    effect_nouns: frozenset
    causal_verbs: frozenset
    motive_nouns: frozenset
    ruses: frozenset
    aims: frozenset
    maximizers: frozenset
    statuses: frozenset
    quality_nouns: frozenset
    # A tie formed with someone ("is not bonding with the baby"): the verbs WordNet gives both a
    # sense of "bond" and one of "attach".
    bonding: frozenset
    # Speech named by its verdict ("minimises", "downplays"): the verbs with a sense of
    # "minimize".
    misstating: frozenset
    keeping_away: frozenset
    addicts: frozenset
    vices: frozenset  # a person named by an addiction or by lying
    concealing: frozenset
    ending_up: frozenset


def prepare(settings) -> Prepared:
    words = lexicon("wordnet", *settings["lexicons"])
    clinicians = frozenset(
        {
            *words.person_nouns_under(settings["clinician_roots"]),
            *(word.lower() for word in settings["clinicians"]),
            "dr",
        }
    )
    views = words.nouns_under(settings["view_roots"], "noun.cognition") | frozenset(
        settings["worry_nouns"]
    )
    return Prepared(
        sources=tuple(settings["lexicons"]),
        threshold=settings["evaluative_percent"] / 100,
        linking=frozenset(settings["linking_verbs"]),
        appearance=frozenset(settings["appearance_verbs"]),
        arrival=frozenset(settings["arrival_classes"]),
        labels=words.person_nouns_under(settings["label_roots"]),
        feelings=frozenset(settings["feeling_classes"]),
        conduct=frozenset(settings["conduct_classes"]),
        abstract=frozenset(settings["abstract_classes"]),
        disposition=frozenset(settings["disposition_classes"]),
        # And "person" itself, which WordNet files at the top of its tree, not as a person.
        person_words=words.person_nouns_under(("person",)) | {"person"},
        # The verbs of showing something true ("prove", "establish", "demonstrate": the
        # sense the two share), whose passive with "it" claims a finding no one is named as
        # having made ("It has been established that...").
        proving=words.sharing_a_sense("prove") & words.sharing_a_sense("establish"),
        certainty=Terms(settings["certainty"]),
        belief=frozenset(settings["belief_verbs"]),
        hearsay=frozenset(settings["hearsay_verbs"]),
        references=frozenset(settings["reference_words"]),
        views=views,
        worries=frozenset(settings["worry_nouns"]),
        frequency=Terms(settings["frequency"]),
        # (Its one-word entries: "invariably", "often".)
        frequency_words=frozenset(w for w in settings["frequency"] if " " not in w),
        absolutes=frozenset(settings["absolutes"]),
        perception=frozenset(settings["perception_classes"]),
        perceptible=frozenset(settings["perceptible"]),
        percepts=words.nouns_under(settings["percept_roots"], "noun.cognition"),
        measurable=frozenset(settings["measurable_attributes"]),
        figurative_of_people=frozenset(settings["figurative_of_people"]),
        norms=frozenset(settings["norm_attributes"]),
        # Words of certainty ("evident", "apparent") claim, they do not report a perception.
        certainty_words=frozenset(
            word for phrase in settings["certainty"] for word in phrase.split()
        ),
        reporting=frozenset(settings["reporting_classes"]),
        behaviour=frozenset(settings["behaviour_classes"]),
        expressive=frozenset(settings["expressive_classes"]),
        channels=words.verbs_under(settings["channel_roots"]),
        undergoing=words.verbs_under(settings["undergoing_roots"]),
        life_events=words.verbs_under(settings["life_event_roots"]),
        capacities=words.nouns_under(settings["capacity_roots"], "noun.cognition"),
        sustaining=words.verbs_under(settings["sustaining_roots"]),
        bodily_states=words.nouns_under(settings["bodily_state_roots"], "noun.state"),
        # (Not a word of thought or telling too: "condition", a term as much as an illness.)
        ailments=frozenset(
            word
            for word in words.kinds_of(settings["ailment_roots"], "noun.state")
            if not words.classes(word, "n") & {"noun.cognition", "noun.communication"}
        ),
        # (Only words whose commonest sense is a state: not "fury" or "craze".)
        illnesses=frozenset(
            word
            for word in words.nouns_under(settings["illness_roots"], "noun.state")
            if " " in word or words.first_class(word, "n") == "noun.state"
        ),
        illness_ends=frozenset(
            name.split()[-1] for name in words.nouns_under(settings["illness_roots"], "noun.state")
        ),
        treated=_treated(clinicians),
        clinicians=clinicians,
        sensing=words.verbs_under(settings["sensing_roots"]),
        concrete=frozenset(settings["concrete_classes"]),
        light=frozenset(settings["light_verbs"]),
        observers=frozenset(settings["observers"]),
        not_asserted=Terms(settings["not_asserted"]),
        sequence=frozenset(settings["sequence"]),
        rated_nouns=frozenset(settings["rated_nouns"]),
        rated_states=frozenset(settings["rated_states"]),
        scale_middles=frozenset(settings["scale_middles"]),
        trouble=frozenset(settings["trouble_nouns"]),
        resolving=frozenset(settings["resolving"]),
        smelt=frozenset(settings["smelt"]),
        satisfying=words.sharing_a_sense("satisfy"),
        impacting=words.sharing_a_sense("impact"),
        named_openers=views | frozenset(settings["absolutes"]),
        causal_nouns=frozenset(settings["causal_nouns"]),
        effect_nouns=frozenset(settings["effect_nouns"]) | frozenset(settings["sign_nouns"]),
        sign_nouns=frozenset(settings["sign_nouns"]),
        standard_nouns=frozenset(settings["standard_nouns"]),
        reaching=frozenset(settings["reaching_verbs"]),
        causal_verbs=frozenset(settings["causal_verbs"]),
        motive_nouns=frozenset(settings["motive_nouns"]),
        ruses=frozenset(settings["ruses"]),
        aims=frozenset(settings["aims"]),
        maximizers=frozenset(settings["maximizers"]),
        statuses=frozenset(settings["statuses"]),
        quality_nouns=frozenset(settings["quality_nouns"]),
        bonding=words.sharing_a_sense("bond") & words.sharing_a_sense("attach"),
        # Coming to be somewhere at last, as WordNet's phrasal verbs with "up" have it: "will end
        # up in care", "will wind up in custody".
        ending_up=frozenset(
            verb.removesuffix("_up")
            for verb in words.sharing_a_sense("end_up")
            if verb.endswith("_up")
        ),
        # WordNet's people named by an addiction: "alcoholic", "addict", "junkie", "drunk".
        addicts=(addicts := words.person_nouns_under(("addict", "drunkard"))),
        # ...and by lying ("a compulsive liar"), and the verbs of keeping something from others
        # ("is hiding the extent of it from us").
        vices=addicts | (words.person_nouns_under(("liar",)) - {"storyteller"}),
        concealing=words.sharing_a_sense("conceal"),
        # Saying something is smaller or bigger than it is: "minimises", "is overstating".
        # (And "downplay"'s, which hold the phrasal "play down".)
        misstating=words.sharing_a_sense("minimize")
        | words.sharing_a_sense("downplay")
        | {
            verb
            for verb in words.sharing_a_sense("overstate")
            # (Not "amplify" or "magnify", whose commonest sense is to make bigger.)
            if words.first_class(verb, "v") == "verb.communication"
        },
        # Keeping away from something or someone: the verbs with a sense of these.
        keeping_away=frozenset().union(
            *(words.sharing_a_sense(verb) for verb in ("avoid", "evade", "elude"))
        ),
    )


def _treated(clinicians) -> re.Pattern:
    """A sentence that says who diagnoses or treats someone's illness: a clinician named ("her
    psychiatrist", "Dr Shah", "the GP"), or a diagnosis, prescription or medication told."""
    names = "|".join(re.escape(name) for name in sorted(clinicians, key=len, reverse=True))
    return re.compile(rf"\b(?:{names})\b|{'|'.join(_TREATING)}", re.IGNORECASE)


def find(view, prepared: Prepared, sections):
    for entry in view.fields(sections):
        if (entry.kind, entry.name) in _NOT_CLAIMS:
            continue
        if view.linked_beyond_its_text(entry.item):
            continue  # the item is linked to the facts it rests on (a citation written in a
            # sentence shows that sentence, and is read there)
        yield from _field_hits(view, prepared, entry)


def _field_hits(view, prepared, entry):
    # What a text holds depends on the text alone, so a chronology of 3,000 facts re-read after
    # one edit reads one fact again, not 3,000.
    unknown = view.unknown_citations.get(entry.item)
    text = _blank_citations(entry.text, unknown) if unknown else entry.text
    # "If nothing changes" asks what life will be like: a forecast is what it is for.
    forecasting = getattr(entry.owner, "kind", None) == ExperienceKind.IF_NOTHING_CHANGES
    for begin, end, detail in _judged(prepared, text, forecasting):
        if entry.section == "child" and in_the_childs_voice(text[begin:end]):
            continue  # "I hate contact, Dad is always on his phone": the child's words
        if detail["cite"] and entry.kind not in _CITING:
            detail = {**detail, "cite": ""}
        elif detail["cite"] and unknown:
            # Only what this sentence cites: another sentence's citations are its own.
            here = [ref for ref in cited_refs(entry.text[begin:end]) if ref in unknown]
            if here:
                detail = {**detail, "cite": _NOWHERE.format(refs=", ".join(here))}
        yield Hit(entry.section, entry.item, entry.name, begin, end, entry.text, detail)


def _blank_citations(text, unknown):
    """The text with each citation of items the assessment does not hold blanked out (kept the
    same length, so what is found still points at the words typed): "[F99]" shows nothing."""
    for match in reversed(list(CITATION.finditer(text))):
        if set(cited_refs(match.group(0))) <= set(unknown):
            text = text[: match.start()] + " " * len(match.group(0)) + text[match.end() :]
    return text


@lru_cache(maxsize=8)
def _last_words(phrases: frozenset) -> frozenset:
    """The last word of each phrase ("no one" gives "one"): where a phrase can end."""
    return frozenset(phrase.split()[-1] for phrase in phrases)


@lru_cache(maxsize=20000)
def _judged(prepared, text, forecasting=False):
    """(begin, end, detail) of each unevidenced judgement in ``text``; "cite" is filled in, and
    left out by the caller for an item that cannot cite. ``forecasting``: the text is asked
    for a forecast ("If nothing changes"), whose forecasts are what it is for."""
    return tuple(_text_hits(prepared, text, forecasting))


def clear_caches():
    _judged.cache_clear()


def _text_hits(prepared, text, forecasting=False):
    spans = sentences(text)
    readings: list[Sentence | None] = [None] * len(spans)
    quoted = _quoted_runs(text)

    def reading(number):
        if readings[number] is None:
            begin, end = spans[number]
            readings[number] = Sentence(prepared, text[begin:end], begin)
            readings[number].a_line_of_its_own = _a_line_of_its_own(text, begin, end)
            if any(opened < begin and end <= closed for opened, closed in quoted):
                # A sentence in the middle of a quotation of several: someone's words too.
                readings[number].quotes = [(0, end - begin)]
        return readings[number]

    for number, (begin, end) in enumerate(spans):
        each = list(_each_unshown(prepared, text, spans, number, reading))
        reading(number).cleared = not each
        if not each:
            continue
        sentence = reading(number)
        kind, first, last = each[0]
        term = sentence.term(kind, first, last)
        # The sentence's other unshown judgements, named too: fixing the first alone would
        # leave them ("...is not engaging and is minimising the concerns").
        # (And one in the same clause, which is read as what shows the first, if nothing shows
        # it either.)
        beside = sentence.judgement(last + 1)
        if (
            beside is None
            # (Not one overlapping the first: "not being met in terms of" is no "terms".)
            or beside[1] <= last
            or beside[1] >= sentence.next_clause(first, last)
            or sentence.evidenced(beside[1], beside[2], False)
        ):
            beside = None
        found_too = ([beside] if beside is not None else []) + each[1:]
        others = list(dict.fromkeys(sentence.term(*found) for found in found_too))
        if kind == "foretold" or kind not in ("label", "capacity") and sentence.foretold(first):
            if forecasting:
                continue
            kind = "foretold"  # "will relapse", "will be poor": what will happen needs grounds
        elif sentence.tokens[last].tag in ("JJR", "RBR"):
            kind = "comparison"  # "getting worse": a change, which needs a before and an after
        elif kind == "state" and term.lower() in prepared.smelt:
            kind = "smelt"
        elif kind == "label" and not sentence.said_of_someone(first, last):
            kind = "label_thing"  # "the kitchen was a state": no person is labelled
        also = (
            " It also judges "
            + " and ".join(f"'{other}'" for other in others if other != term)
            + ": show that too."
            if [other for other in others if other != term]
            else ""
        )
        yield (
            begin,
            end,
            {
                "term": term,
                "question": _QUESTIONS[kind].format(term=term) + also,
                "cite": " Or cite the fact it rests on.",
            },
        )


# More text on a line below, and a line break just before: read at the sentence's ends, not by
# copying the rest of the text for every sentence.
_MORE_BELOW = re.compile(r"[ \t]*\n\s*\S")
_A_BREAK_BEFORE = re.compile(r"\n[ \t]*\Z")


def _a_line_of_its_own(text, begin, end) -> bool:
    """The sentence is a line of its own, with more below it or another line above: what a
    heading is."""
    return bool(
        _MORE_BELOW.match(text, end) or _A_BREAK_BEFORE.search(text, max(0, begin - 80), begin)
    )


def _unshown(prepared, text, spans, number, reading):
    """The sentence's first judgement that nothing shows, or None."""
    return next(_each_unshown(prepared, text, spans, number, reading), None)


def _each_unshown(prepared, text, spans, number, reading):
    """Each of the sentence's judgements that nothing shows, in order. Each judgement needs its
    own evidence: "Mum was tearful and held her sister's hand, and Dad was rude" shows the first
    and not the second. (At most a few are read: a 50,000-word run-on sentence is one.)"""
    sentence = reading(number)
    begin = spans[number][0]
    if number > 0 and _POINTS_BACK.match(text, begin) and _WORRY.search(reading(number - 1).text):
        # "...are worried that Dad shouts when he drinks. This leaves Tia frightened": the worry
        # goes on, in the words of those who hold it (a danger statement names them).
        return
    # "She describes waking every night... She barely eats": their account goes on (a label, a
    # claim to certainty, a rating, a quality or a diagnosis is still the writer's: "He is an
    # alcoholic", "He has no insight", "She has PTSD").
    account = number > 0 and (
        sentence.goes_on_with_account(reading(number - 1))
        or sentence.goes_on_with_worry(reading(number - 1))
    )
    start = 0
    for _attempt in range(3):
        judgement = sentence.judgement(start)
        if judgement is None:
            return
        kind, first, last = judgement
        # The next judgement looked for is in a clause of its own: within one, what follows
        # the judgement is read as what shows it ("appeared happy and was smiling").
        start = max(last + 1, sentence.next_clause(first, last))
        # (A person named by an addiction, as a charge is, is shown by a source: "Mum is a
        # junkie; on 12 June police found needles" tells something else.)
        charge = (
            sentence.a_charge(first)
            or kind == "label"
            and bool(sentence.words.with_lemmas(sentence.tokens[last].word, "n") & prepared.vices)
            # (So is a label set beside a name as given: "Mr Pask, a controlling man, answered
            # the door" tells what he did, not what he is.)
            or kind == "label"
            and sentence.set_beside_a_name(first)
        )
        if (
            account
            and kind not in ("label", "certainty", "rating", "quality", "diagnosis")
            # ("He said he had never seen it. He is lying": the writer's word on the account.)
            and not charge
            or sentence.against_their_usual(last)
        ):
            continue
        if kind == "diagnosis":
            # A diagnosis is shown by whose it is, told anywhere in the text, or by what this
            # sentence gives for it ("confirmed by the community mental health team"); not by
            # the story around it, as other judgements may be.
            head = sentence._head_of_subject(first)
            whose = head.word if head is not None else None
            # ("Has an untreated bipolar disorder": no clinician elsewhere treats it.)
            untreated = any(
                t.word in ("untreated", "undiagnosed") for t in sentence.tokens[first : last + 1]
            )
            illness = frozenset(
                t.word for t in sentence.tokens[first : last + 1] if t.tag in ("NN", "NNS", "JJ")
            )
            told = not untreated and _diagnosis_told(
                prepared, text, spans, number, reading, whose, illness
            )
            # (What the illness does, "hiding food is part of that illness", is no one's
            # finding: only a source or what was perceived or said shows a diagnosis.)
            if told or sentence.evidenced(first, last, strong_only=True):
                continue
            yield judgement
            continue
        strong_only = kind in ("certainty", "frequency", "absolute", "group")
        # Someone's way of acting taken as given ("Given his dismissive attitude, ...") rests
        # on what its own phrase or what went before it shows: what the sentence goes on to
        # say on that ground, and what comes after, cannot have been given.
        ground = sentence.presupposition_ground(first) if kind in ("quality", "label") else None
        given = ground is not None and not ground[2]
        if (
            # A charge of deceit is shown by a source set against it (a quotation, a record, a
            # cited fact), not by a time or a count: "is lying about the pens, as he was forty
            # minutes late on 17 February" tells something else.
            # (Or a record named in brackets: "(nursery body map, 3 May)".)
            sentence.sourced_or_quoted()
            if charge
            # (What a sentence says on the ground of a way of acting it takes as given shows
            # nothing of it: "Because of his chaotic lifestyle, the twins miss nursery".)
            # (Nor what someone is said to know full well, unless its grounds are given: "knows
            # perfectly well that Maisie is missing school" tells what is known, not that they
            # know it.)
            else ground is not None
            and sentence.ground_shown(ground, strong_only)
            or ground is None
            and not (
                kind == "conduct"
                and sentence.a_mind_vouched(first)
                and not _grounds_given(prepared, sentence, first, last)
                and not sentence.sourced_or_quoted()
                # ("When I visited on 3 April, Zara reached for you, and you knew exactly how
                # she likes to be held": what was seen, before it.)
                and not sentence.shown_before_it(first, strong_only)
            )
            and sentence.evidenced(
                first, last, strong_only, bodies_tell=kind not in _NEEDS_A_WITNESS
            )
        ):
            continue
        # (A charge's elaboration is shown by its source, read above with the sentence's.)
        if not charge and _elaborated(prepared, sentence, last, strong_only):
            continue
        # Some judgements the story around them cannot show, whatever it tells: a forecast said
        # as certain ("he will be asked to leave again within a month", "will never accept
        # it"), as what happened tells what has been; someone judged by a group ("Young men
        # from his culture..."), which nothing they did shows; a view in an impersonal passive
        # ("It is generally agreed that...") or one there is ("There is a growing view
        # that..."), whose holder no fact names; and a charge
        # of deceit ("is lying", "is exaggerating") or of not caring, which says what they
        # meant or felt. Their grounds are in their own sentence, or they are hedged or held as
        # the writer's view with reasons.
        own_only = (
            kind == "group"
            # A clinical finding presented ("The twins present with an insecure attachment"):
            # an assessment someone made, which the story around it does not show.
            or kind == "quality"
            and sentence._presents_with(first + 1)
            # So is a verdict on an attachment ("The attachment between Maisie and her mother
            # is insecure"), a finding of an assessment, not of a story.
            or kind in ("state", "quality")
            and sentence.of_an_attachment(first)
            # ("It is ... agreed that": not "the Department's view is that", summing up.)
            or kind == "unnamed"
            and (
                sentence._impersonal_it(first) is not None
                or sentence._a_view_there_is(first)
                or sentence.a_view_of_many(first)
            )
            # ("Professionals agree that...", "Everyone agrees that...": "...is a worry" is a
            # state, shown as one.)
            or sentence.a_view_held_by_no_one_named(kind, first)
            or charge
            # What someone's mind holds or lacks, vouched for ("knows full well", "lacks any
            # real empathy"): what the story around shows is what they did, not that.
            or kind == "conduct"
            and sentence.a_mind_vouched(first)
            # A forecast no history could show, said as certain: never, always, again, within a
            # time, or the gravest harm ("I expect he will relapse then", after the history it
            # rests on, is the writer's; "it is likely that she will relapse again", hedged).
            or (kind == "foretold" or sentence.foretold(first))
            and sentence.certain_beyond_any_history(first, last)
        )
        if (
            not own_only
            and not given
            and _shown_after(sentence, kind, first, len(spans), number, reading, strong_only)
            or charge
            and _set_against_straight_after(sentence, first, len(spans), number, reading)
        ):
            continue
        if kind == "frequency" and _each_of_those_counted(sentence, first, last, number, reading):
            continue
        if kind in ("comparison", "cause") and _shown_in_the_rest(
            prepared, sentence, last, strong_only
        ):
            continue
        if (
            not own_only
            # (A way of acting taken as given is drawn from what went before only if that told
            # of whose it is: "...his mother asked him. Given Mrs Ash's punitive approach"
            # did not.)
            and not (
                ground is not None
                and number
                and not sentence.owner_named_in(first, reading(number - 1))
            )
            and _drawn_from_what_went_before(
                prepared, text, begin, sentence, judgement, number, reading, strong_only
            )
        ):
            continue
        # A judgement held as the writer's view ("I think his drinking is a worry because he is
        # the main carer on weekdays"), its reasons given, each showing something (a date
        # alone shows nothing of a state: "...because the school opened in 1990").
        held = (
            kind not in _GROUNDED
            and kind not in _NEEDS_ITS_OWN | {"group"}
            and sentence.held_as_the_writers_view(first)
        )
        if (
            (kind in _GROUNDED or held)
            and not (kind == "belief" and _holds_what_needs_its_own(sentence, first))
            and _grounds_given(prepared, sentence, first, last, shown_only=held)
        ):
            continue
        if kind == "certainty" and _grounds_given(prepared, sentence, first, last, strong=True):
            continue  # "It seems likely that...: his test on 8 Nov was positive, and Mum told me"
        yield judgement


@lru_cache(maxsize=1)
def _relatives() -> frozenset[str]:
    """WordNet's nouns for a relative ("parent", "grandparent", "aunt"): the family's own."""
    return frozenset(lexicon().person_nouns_under(("relative",)))


# Verbs of holding a view in common: "agencies agree that...".
_AGREEING = frozenset({"agree", "concur"})
# The sex a title gives: "Mr Hale" and "Mrs Hale" are two people.
_TITLE_SEX = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
_OBJECT_OF = {"he": "him", "she": "her"}
# The words for the one "his", "her" or "their" may be, and the titles of someone it is not.
_SAME_PERSON = {
    "his": ("he", "his", "him"),
    "her": ("she", "her", "hers"),
    "their": ("they", "their", "them"),
}
_OTHER_TITLES = {"his": ("mrs", "ms", "miss"), "her": ("mr",)}
# One person, told of by a pronoun at a sentence's start: "She cried...", "Her relief...".
_ONE_OF_THEM = {"she": "she", "he": "he", "her": "she", "his": "he"}


def _set_against_straight_after(sentence, first, count, number, reading) -> bool:
    """A charge of something done once, in the past, and the next sentence, going on about
    them, sets a source of a day against it: "Both parents minimised the bite. On 3 May Mum
    told her mother it was "a little nip", and the triage record..." (not "He is lying. He has
    missed two appointments", of now, nor an undated word of anyone's)."""
    done = sentence.tokens[first].tag == "VBD" or (
        # (The tagger's participle straight after its subject: "Mr Hale minimised his use".)
        sentence.tokens[first].tag == "VBN"
        and first
        and sentence.tokens[first - 1].tag in ("NNP", "NN", "NNS", "PRP")
    )
    if not done or number + 1 >= count:
        return False
    following = reading(number + 1)
    return (
        sentence.goes_on_in(first, following)
        and _dated_evidence(following, False)
        and (following.sourced() or QUOTE.search(following.text) is not None)
    )


def _diagnosis_told(
    prepared, text, spans, number, reading, whose=None, illness=frozenset()
) -> bool:
    """Another sentence of the text says who diagnoses or treats the illness ("Dr Khan
    diagnosed depression in May 2024. Mum has depression...", "...Her community psychiatric
    nurse reported that she has taken her medication"); not someone else's clinician ("Joanne
    Reid, Niamh's CAMHS keyworker", when the illness is said of Mrs Brennan). Further off than
    the sentence next to it, it must name the illness or a diagnosis or treatment: "the school
    nurse weighed him" tells no one's diagnosis of an eating disorder."""
    return any(
        other != number
        and reading(other).tells_who_treats()
        and not reading(other).someone_elses(whose)
        and (
            abs(other - number) == 1
            or any(t.word in illness or t.word.startswith(_TREATING) for t in reading(other).tokens)
        )
        for other in _may_treat(prepared, text, spans)
    )


@lru_cache(maxsize=64)
def _may_treat(prepared, text, spans) -> tuple[int, ...]:
    """The number of each sentence with a word of diagnosing or treating: found once a text, as a
    long one may hold many diagnoses (each is then read to see the word is one). Keyed by the
    prepared rubric, whose hash leaves the pattern out: a pattern's hash reads its code."""
    return tuple(
        number
        for number, (begin, end) in enumerate(spans)
        if prepared.treated.search(text, begin, end)
    )


def _each_of_those_counted(sentence, first, last, number, reading) -> bool:
    """ "Every time", "each time", "on each occasion": of occasions the paragraph has already
    counted ("reported missing on five occasions since 1 September... Her mum has rung police
    promptly every time")."""
    words = [t.word for t in sentence.tokens[first : last + 1]]
    # (Or how often, drawn from them: "On three of my four visits she was asleep... Ava is
    # therefore regularly without an awake adult".)
    drawn = any(t.word in _SO for t in sentence.tokens[:first])
    if words not in (["every", "time"], ["each", "time"], ["each", "occasion"]) and not drawn:
        return False
    return any(
        reading(earlier)._counted()
        # (Drawn, the count must be of them: not "Jack missed school on 3, 10 and 17 March.
        # Ms Reid therefore regularly uses cannabis".)
        and (not drawn or sentence.went_on_from(first, reading(earlier)))
        for earlier in range(max(0, number - _TOGETHER_REACH), number)
    )


# Words that bring together what the paragraph has set out: "Taken together, ...", "Overall,
# I think...", "On balance", "Putting this together", "All of this suggests".
_BRINGS_TOGETHER = re.compile(
    r"\s*(?:but\s+|and\s+|so\s+)?(?:taken\s+together|overall|on\s+balance|in\s+summary|"
    r"to\s+sum\s+up|putting\s+(?:this|these|it|all\s+this)\s+together|all\s+of\s+this|"
    r"all\s+this|together\s+(?:these|they)|in\s+(?:the\s+)?light\s+of\s+all\s+(?:this|of\s+this))\b",
    re.IGNORECASE,
)
# How far back a conclusion that brings things together may reach in its paragraph.
_TOGETHER_REACH = 6


def _brings_together(sentence, text, begin, number, reading, strong_only) -> bool:
    """The sentence opens by bringing together what went before ("Taken together, I think
    she can meet Lily's needs"), or follows straight on from one that did ("Taken together,
    this suggests... I do not think the risk can be managed..."), and at least two sentences
    before it in the paragraph show something, with no judgement of their own left unshown: a
    conclusion with its working above it."""
    opens = _BRINGS_TOGETHER.match(text, begin)
    if (
        not opens
        and not (
            number
            and _BRINGS_TOGETHER.match(reading(number - 1).text)
            # Going on with the writer's conclusion ("I do not think...", "This means..."), not
            # a new judgement of someone ("Ms Wilson has been hostile throughout").
            and (
                _POINTS_BACK.match(text, begin)
                or sentence.tokens[:1]
                and sentence.tokens[0].word in ("i", "we")
            )
        )
    ):
        return False
    shown = 0
    for earlier in range(max(0, number - _TOGETHER_REACH), number):
        before = reading(earlier)
        own = before.judgement()
        if own is not None and not before.evidenced(own[1], own[2], strong_only):
            continue
        shown += before.evidenced(None, None, strong_only)
    return shown >= 2


def _drawn_from_what_went_before(
    prepared, text, begin, sentence, judgement, number, reading, strong_only
) -> bool:
    """The sentences before show the judgement, and this one draws it from them: sums them up,
    points back to them, says it is drawn from them, or compares what they measured."""
    kind, first, last = judgement
    if _of_what_it_told(prepared, sentence, first):
        return True
    if kind == "belief" and _holds_what_needs_its_own(sentence, first):
        return False  # "On this evidence, I think she is an aggressive parent": a label still
    if kind not in _NEEDS_ITS_OWN and _brings_together(
        sentence, text, begin, number, reading, strong_only
    ):
        return True
    if (
        (
            kind in _SUMMED_UP
            or kind == "certainty"
            and number > 0
            and _an_appearance_verb(sentence, first)
            # (What they said or a source told, not "Ellie started Year 2 in September.")
            and (
                QUOTE.search(reading(number - 1).text) is not None or reading(number - 1).sourced()
            )
        )
        and number
        and (
            _summed_up(sentence, first, reading(number - 1))
            # Past a sentence between that judges nothing ("His contract ends in April."):
            # "Mr Hill relapsed each time he lost work... His contract ends in April. I expect
            # he will relapse then." (Only a view or a forecast reaches so far back:
            # "Crawls over...; gets upset" is told of the moment.)
            or number > 1
            and (kind == "belief" or sentence.foretold(first))
            and reading(number - 1).judgement() is None
            and _summed_up(sentence, first, reading(number - 2))
        )
    ):
        return True
    if _POINTS_BACK.match(text, begin) and (
        _shown_before(number, 1, reading, strong_only)
        # ("Given this, ..." past a sentence between that judges nothing.)
        or number > 1
        and reading(number - 1).judgement() is None
        and _shown_before(number - 1, 1, reading, strong_only)
    ):
        return True
    if kind not in _NEEDS_ITS_OWN and _reasoned(prepared, sentence, first, number, reading):
        return True
    if sentence.of_what_went_before(last) and _shown_before(number, _GOES_ON, reading, strong_only):
        return True
    # "Attendance on Spanish days is 60%. Days are harder when...": measured just before.
    return bool(
        (kind == "comparison" or sentence.tokens[last].tag in ("JJR", "RBR"))
        and number
        and _measured_just_before(sentence, reading(number - 1))
    )


# The writer saying their grounds come next: "I base this on three things.", "...and my
# reasons are these.", "My reasons are as follows:", "This view is based on the following."
_GROUNDS_TO_COME = re.compile(
    r"\b(?:I|we)\s+(?:have\s+)?(?:base|ground|reached|drawn|drew|formed)\s+"
    r"(?:this|that|these|it|my\s+\w+)\s+(?:on|from)\s+"
    r"(?:two|three|four|five|several|a\s+few|the\s+following|these|what\s+follows"
    r"|what\s+(?:I|we)\s+(?:saw|heard|observed|watched))\b"
    r"|\b(?:my|our)\s+reasons\s+(?:for\s+\w+\s+)?(?:are|were)\b"
    r"|\b(?:I|we)\s+(?:set|lay)\s+out\s+(?:the|my|our)\s+(?:basis|reasons|grounds|evidence)\b"
    r"|\bis\s+based\s+on\s+the\s+following\b"
    # "I reach this view for three reasons", "I say so on two grounds".
    r"|\b(?:for|on)\s+(?:two|three|four|five|several|these|the\s+following)\s+(?:main\s+)?"
    r"(?:reasons|grounds)\b"
    r"|\bfor\s+the\s+reasons\s+(?:below|that\s+follow|set\s+out\s+below)\b"
    r"|^\s*(?:there\s+are\s+)?(?:two|three|four|five|several)\s+(?:main\s+)?reasons\b"
    r"|^\s*the\s+evidence\s+(?:for\s+(?:this|that|it)\s+)?(?:comes|is\s+drawn)\s+from\s+"
    r"(?:two|three|four|five|several|a\s+few|many)\b",
    re.IGNORECASE,
)
# An announcement is a short sentence (or a judgement's last words): not "I base this on what
# his school told me, which was...", whose grounds it gives itself.
_ANNOUNCEMENT_WORDS = 12


def _grounds_announced(sentence, number, count, reading) -> int | None:
    """The sentence that gives the grounds the writer says come next: the one after a judgement
    that ends by saying so ("...is meeting her needs, and my reasons are these."), or after a
    short sentence that says so straight after it ("I base this on three things.")."""
    if number + 1 < count and _announces(sentence.text, at_end=True):
        return number + 1
    if number + 2 < count and _announces(reading(number + 1).text, at_end=False):
        return number + 2
    return None


def _announces(text, at_end) -> bool:
    match = _GROUNDS_TO_COME.search(text)
    if match is None:
        return False
    rest = text[match.end() :]
    if at_end:
        # "...are these.", "...are as follows:"; "..., for the reasons below, with one doubt."
        words = len(rest.split())
        return words <= 3 or words <= 6 and rest.lstrip().startswith(",")
    return len(text.split()) <= _ANNOUNCEMENT_WORDS


# Linking verbs that link a description ("got angry") but take a noun phrase as what is got
# or grown ("did not get a registration"), not as what someone is.
_LINK_ONLY_A_DESCRIPTION = frozenset({"get", "grow"})
# How good or bad (from -1 to 1) a word with a relational sense must be rated in another to be
# read as a quality: "chaotic" (-0.88) is; "mental" (-0.5) and "domestic" (0.5) are kinds.
_STRONGLY_VALENCED = 0.8
# A heading is a short line (text.py splits lines of at most as many words as headings).
_HEADING_WORDS = 8
# Words that stand for what a clause before told ("...; this is a strength", ", which is").
_POINTER = frozenset({"this", "that", "these", "those", "which"})


def _of_what_it_told(prepared, sentence, first) -> bool:
    """The judgement is of what the sentence has just told, pointed back to: "Since Mr Bell left
    on 15 January there have been no call-outs; this is a significant strength". What was told
    must show something, and leave no judgement of its own unshown."""
    tokens = sentence.tokens
    start = sentence._clause_start(first)
    if (
        start < 2
        or tokens[start].word not in _POINTER
        # Called something ("this is a strength"), not said to have done something: "Dad left
        # in March, and this has had an impact on her" claims an effect.
        or start + 2 >= len(tokens)
        or "be" not in sentence._verb_lemmas(tokens[start + 1].word)
        # "...; this is because she is a selfish mother": a cause claimed, not what was told
        or tokens[start + 2].word in ("because", "why", "due", "down", "since")
    ):
        return False
    joint = start - 1 - (tokens[start - 1].word == "and")
    if tokens[joint].word not in (";", ",", ":"):
        return False
    told = Sentence(prepared, sentence.text[: tokens[joint].start], sentence.offset)
    return _shows_and_leaves_nothing(told)


# A numbered paragraph's number, read as a sentence of its own: "23.", "(4)".
_A_PARAGRAPH_NUMBER = re.compile(r"\s*\(?\d{1,3}[.)]?\s*")
# How many sentences on a description may go on before it shows what it described: "Sherise got
# angry. Her face went red. She said sharply, 'Those are mine!'"
_GOES_ON = 2


def _shown_after(sentence, kind, first, count, number, reading, strong_only) -> bool:
    """A sentence soon after shows the judgement, and those up to it go on about the same
    person or thing. A judgement told of someone as how they are, flatly, is shown only by
    what they did on a day told straight after ("Mr Ray is hostile to professionals. He swore
    at me twice on 3 May"), or a record dated: "Mr Doyle is a manipulative man. He has declined
    the programme..." tells something he did, not that he is manipulative. So is one that
    needs grounds of its own (a label, a rating, a claim to certainty, how often, always or
    never, of a group): "The risk of breakdown is low. The panel will need to consider her..."
    goes on, and shows nothing of the risk."""
    announced = _grounds_announced(sentence, number, count, reading)
    if announced is not None:
        grounds = reading(announced)
        # (What needs its own grounds needs them on a day: "First, on 14 March police...".)
        return _shows_and_leaves_nothing(grounds) and (
            kind not in _ON_A_DAY_ONLY
            and not sentence.told_as_lasting(first)
            or _dated_evidence(grounds, strong_only)
        )
    lasting = sentence.told_as_lasting(first)
    if lasting or kind in _ON_A_DAY_ONLY and not sentence.an_appearance(first):
        following = reading(number + 1) if number + 1 < count else None
        judged = sentence.head_of_phrase(sentence._head_of_subject(first))
        if following is not None and kind != "label" and _backs_the_point(following, strong_only):
            # "...is good. This is supported by two observed visits and..." (a name for
            # someone needs what they did: "This is shown by two incidents" tells none).
            return True
        if (
            kind not in _ON_A_DAY_ONLY
            and following is not None
            and number + 2 < count
            and (
                _why_then_what_they_did(judged, following, reading(number + 2), strong_only)
                or _each_in_turn(judged, following, reading(number + 2), strong_only)
            )
        ):
            return True
        return (
            following is not None
            and _dated_evidence(following, strong_only)
            and not sentence.another_by_title(judged, following)
            and (
                # A record of a day ("Police attended on 2 May"), or one of someone's ("Finley's
                # account on 4 March"), shows a label of a person only if it is of them: "Mr
                # Cullen is a controlling man. Finley's account on 4 March..." shows nothing of
                # him. (How often someone does something, a record of others may show.)
                not following.opens_with_someone()
                and (
                    kind != "label"
                    or not sentence.of_someone(judged)
                    # (Not of another named first: "Mrs Okafor is a controlling parent. At the
                    # meeting on 3 November, Amara sat with her hood up" is Amara's.)
                    or sentence.goes_on_in(first, following)
                    and not following.another_named_first(judged)
                    # ("Ava's nursery record on 4 March shows Mum reads with her daily.")
                    or judged.word in {t.word for t in following.tokens}
                )
                or judged is not None
                and (
                    following.starts_with_them(judged, sentence._sex_by_title(judged))
                    or following.the_writer_saw_them(judged, sentence._sex_by_title(judged))
                )
                # "Ellis appears withdrawn since the arrest. His mum told me on 14 November
                # that he now spends most evenings in his room": what someone told of them.
                or kind not in _ON_A_DAY_ONLY
                and following.tells_of_them(judged)
                # A thing judged ("Ellie's relationship with her grandmother shows many signs
                # of security") is shown by whoever is seen in it on the day.
                or not lasting
                and not sentence.of_someone(judged)
                and sentence.goes_on_in(first, following)
            )
        )
    for later in range(number + 1, min(count, number + 1 + _GOES_ON)):
        if _A_PARAGRAPH_NUMBER.fullmatch(reading(later).text):
            return False  # "23.": the next numbered paragraph makes a point of its own
        if (
            later == number + 1
            and _dated_evidence(reading(later), strong_only)
            and not reading(later).opens_with_someone()
        ):
            # "The parents' relationship remains volatile. Police attended on 2, 19 and 27
            # February...": a topic sentence, then what was recorded when (not "Ms Patel told
            # me on 6 May that Ava...", which is about whomever it names).
            return True
        if not sentence.goes_on_in(first, reading(later)) and not (
            # "...is a worry. Mrs Hollis has kept a note showing that Kayla refused her tea":
            # what someone told or recorded of them (of how they are or what they do; a quality
            # named, such as an illness, is not shown so).
            kind in ("state", "unnamed", "conduct")
            and reading(later).tells_of_them(sentence.judged_person(first))
        ):
            return False
        if reading(later).evidenced(None, None, strong_only):
            return True
    return False


# The judgements a writer may make as the point of what the sentence before showed: a state,
# a change, a cause, a quality, conduct, a standing, a tie or the writer's view of someone (not a
# label, a certainty, a frequency, an absolute or a rating, which need their own grounds).
_SUMMED_UP = frozenset(
    {"state", "comparison", "cause", "quality", "conduct", "standing", "tie", "belief"}
)


def _summed_up(sentence, first, before) -> bool:
    """The sentence before showed it, about the same person or thing, and the judgement sums it
    up: "At contact on 8 July Ruby threw toys and bit the supervisor. She was dysregulated for
    most of the session." The sentence before must show something, with no judgement of its
    own left unshown."""
    if (
        sentence.verbless  # "Manipulative.", "ADHD likely.": a note's bare verdict
        # How someone is, told flatly ("He has no insight", "Her account is not credible"),
        # is more than what one sentence before showed of them (how they seem is not flat).
        or sentence.told_as_lasting(first)
        and not _an_appearance_verb(sentence, first)
        or not before.evidenced(None, None, False)
        or not sentence.went_on_from(first, before)
    ):
        return False
    own = before.judgement()
    # (Its judgement may be shown as the passage shows it: "Joel's paediatrician's letter of 4
    # November supports their account that his seizures have become more frequent.")
    return own is None or before.evidenced(own[1], own[2], False) or bool(before.cleared)


def _why_then_what_they_did(judged, following, then, strong_only) -> bool:
    """A state told flatly, then what they are carrying, then what they did on a day: "Ms
    Lane is overwhelmed. She works nights and cares for her mother. On 18 May she cried
    twice..." (each sentence of them, and the one between judging nothing)."""
    return (
        following.starts_with_them(judged)
        and following.judgement() is None
        and then.starts_with_them(judged)
        and _dated_evidence(then, strong_only)
    )


def _each_in_turn(judged, following, then, strong_only) -> bool:
    """People judged together, then each of them shown on a day in turn: "Both parents are
    exhausted. Mr Ash told me on 10 May that he sleeps in bits. Mrs Ash scored 31 on..."
    (two sentences, each opening with one of them, by title or as one of the group)."""
    if judged is None or judged.tag != "NNS" or not following._names_person(judged):
        return False
    subjects = [s.subject_past_an_opening() for s in (following, then)]
    return (
        all(
            subject is not None
            and (s.titled(subject) or s._one_of(subject, judged))
            and _dated_evidence(s, strong_only)
            for s, subject in zip((following, then), subjects, strict=True)
        )
        and subjects[0].word != subjects[1].word
    )


def _an_appearance_verb(sentence, first) -> bool:
    """The claim is how things seem ("he seems to choose carefully whom he tells"): what the
    sentences before looked like, which they may show as they show a state (not "clearly" or
    "it is evident", a claim to be sure)."""
    return sentence.tokens[first].word in ("seems", "seem", "seemed", "appears", "appear")


# Judgements shown by what comes after only as a record of a day straight after (see
# _shown_after).
_ON_A_DAY_ONLY = frozenset({"label", "rating", "certainty", "frequency", "absolute", "group"})
# Judgements no reasoning from what went before can carry: a label, a claim to certainty, a
# frequency or an absolute each needs grounds of its own.
_NEEDS_ITS_OWN = frozenset({"label", "certainty", "frequency", "absolute"})
# Words that draw what follows from what was just told ("..., so I consider").
_SO = frozenset({"so", "therefore", "thus", "hence", "consequently"})
# A ground named after the conclusion ("given the rise in call-outs", "because of this").
_GROUND_AFTER = re.compile(
    r"\b(?:given|because\s+of|in\s+(?:the\s+)?light\s+of|in\s+view\s+of|on\s+the\s+basis\s+of)"
    r"\s+(?:this|that|these|those|the|her|his|their|its)\b"
    r"|\bfor\s+(?:this|that|these|those)\s+reasons?\b|\bon\s+(?:this|that)\s+basis\b",
    re.IGNORECASE,
)


def _holds_what_needs_its_own(sentence, first) -> bool:
    """The view at ``first`` holds a judgement no reasoning can carry: a label, an absolute, a
    frequency or a group ("I think she is an aggressive parent", "...that she will never be
    able to")."""
    held = sentence.judgement(first + 1)
    return (
        held is not None
        and (
            held[0] in ("absolute", "group", "frequency")
            # A label of someone, not of what happened: "I think this was an accident" is a
            # view reasoning may carry.
            or held[0] == "label"
            and sentence.said_of_someone(held[1], held[2])
            # "...that she will never be able to": for all time, whatever happens
            or any(
                t.word in ("never", "always")
                for t in sentence.tokens[first : sentence.clause_end(first, first) + 1]
            )
        )
    )


def _reasoned(prepared, sentence, first, number, reading) -> bool:
    """The writer draws the judgement from what they have just told, and says so: "Her father
    died last month, so I think the next few weeks carry more risk", "I think the risk is
    rising given the rise in call-outs". What was told, before the link in this sentence or in
    one of the two sentences before, must show something and leave no judgement of its own
    unshown; the link is the working shown."""
    tokens = sentence.tokens
    link = next(
        (
            p
            for p in range(first - 1, 0, -1)
            if tokens[p].word in _SO
            and tokens[p - 1].word in (",", ";", "and", "i", "we")  # "I therefore think"
            and p + 1 < len(tokens)
            and tokens[p + 1].tag not in (*_ADJECTIVE, "RB", "IN")  # not "so angry", "so that"
        ),
        None,
    )
    if link is not None:
        ground = Sentence(prepared, sentence.text[: tokens[link - 1].start], sentence.offset)
        if _shows_and_leaves_nothing(ground):
            return True
    elif not _GROUND_AFTER.search(sentence.text, tokens[first].end):  # (a view spans its content)
        return False
    return any(
        _shows_and_leaves_nothing(reading(earlier)) for earlier in range(max(0, number - 2), number)
    )


# Judgements that may rest on facts given as their grounds in the same sentence: a view, a
# rating, a change foretold or a cause (a state or conduct of someone's needs what showed it:
# "Mum is neglectful because she was late on 3 May").
# Judgements that a body's say-so ("the school say", "police advised") does not show.
_NEEDS_A_WITNESS = frozenset({"label", "rating"})
_GROUNDED = frozenset({"belief", "rating", "comparison", "cause", "opinion", "interests"})
# What opens the grounds given for a view ("because", "given that", "on the basis of").
_GROUNDS = re.compile(
    r"\b(?:because|given(?:\s+that)?|on\s+the\s+basis\s+of|in\s+view\s+of"
    r"|in\s+(?:the\s+)?light\s+of)\b"
    # Or a colon after the view, setting its grounds out: "The risk is higher when he drinks:
    # on both mornings I found him asleep at 2pm".
    r"|:(?=\s)",
    re.IGNORECASE,
)


def _grounds_given(prepared, sentence, first, last=None, strong=False, shown_only=False) -> bool:
    """A view, a rating or a forecast with its grounds given in the same sentence, each a fact
    told specifically (when it happened, a count, a record, what was seen or said) that judges
    nothing itself: "The risk to the baby is high because her brothers were removed in 2020
    and 2022", "Given that Ms Adams moved into a refuge on 3 May, I think the risk has
    reduced". A judgement that only names the grounds ("because of his history") gives none."""
    text = sentence.text
    opening = sentence.tokens[first].start
    # The judgement's own words are not its grounds: in "is because of the contact on Friday"
    # the "because" names the cause claimed.
    closing = sentence.tokens[last].end if last is not None else opening
    for match in _GROUNDS.finditer(text):
        if opening < match.start() < closing:
            continue
        if match.start() > opening:
            ground = text[match.end() :]
        elif not text[: match.start()].strip():
            comma = text.find(",", match.end())
            if comma < 0 or comma > opening:
                continue
            ground = text[match.end() : comma]
        else:
            continue
        ground = re.split(r"[;:]", ground)[0]
        told = Sentence(prepared, ground, sentence.offset)
        # (A claim to certainty needs what was perceived, said or counted, not a date.)
        dated = not (strong or shown_only) and (_dated(ground) or FIGURE.search(ground) is not None)
        own = told.judgement()
        # (A judgement in the grounds is theirs to show, unless they are a record, dated:
        # "care orders in 2023 for neglect".)
        if own is not None and not (dated or told.evidenced(own[1], own[2], strong)):
            continue
        if dated or told.evidenced(None, None, strong):
            return True
    return False


def _dated(text) -> bool:
    """A date or a time is given: when something happened, which a record can be checked by."""
    return bool(DATE.search(text) or WHEN.search(text))


def _shows_and_leaves_nothing(told) -> bool:
    """What was told shows something, or is dated ("missed the meeting on 3 May, the drug test
    on 10 May and the contact on 17 May"), and leaves no judgement of its own unshown."""
    dated = _dated(told.text)
    if not (dated or told.evidenced(None, None, False)):
        return False
    own = told.judgement()
    return own is None or told.evidenced(own[1], own[2], False)


def _shown_in_the_rest(prepared, sentence, last, strong_only) -> bool:
    """A change, then in a clause of its own after it, what was recorded when or seen: "her
    health has deteriorated; she took an overdose on 3 June", "he has been affected by the
    fire: he won't sleep with the light off and asks every night...". The rest is read as a
    sentence of its own, and must hold no judgement it leaves unshown."""
    tokens = sentence.tokens
    joint = next(
        (p for p in range(last + 1, len(tokens) - 1) if tokens[p].word in (",", ";", ":", "and")),
        None,
    )
    if joint is None:
        return False
    rest = Sentence(prepared, sentence.text[tokens[joint + 1].start :], sentence.offset)
    if not (
        WHEN.search(rest.text) or DATE.search(rest.text) or rest.evidenced(None, None, strong_only)
    ):
        return False
    own = rest.judgement()
    return own is None or rest.evidenced(own[1], own[2], strong_only)


# A sentence that points back to the point before and says what bears it out: "This is
# supported by...", "This is based on...", "That is borne out by...".
_BACKS_THE_POINT = re.compile(
    r"\s*(?:this|that|these|my view)\s+(?:is|was|are|were)\s+(?:\w+\s+)?"
    r"(?:supported|based|shown|evidenced|borne\s+out|demonstrated)\s+(?:by|on|in)\b",
    re.IGNORECASE,
)


def _backs_the_point(following, strong_only) -> bool:
    """The sentence after a point says it bears the point out, and what it gives is dated,
    counted or a record, leaving no judgement of its own unshown."""
    text = following.text
    return (
        _BACKS_THE_POINT.match(text) is not None
        and (ON_A_DAY.search(text) is not None or following._counted() or following.sourced())
        and _shows_and_leaves_nothing(following)
        and not strong_only
    )


def _dated_evidence(following, strong_only) -> bool:
    """The sentence tells when (a date, a year or a time) and shows something, with no
    judgement of its own left unshown: evidence set out after the point it makes."""
    if not ON_A_DAY.search(following.text) or not following.evidenced(None, None, strong_only):
        return False
    own = following.judgement()
    return own is None or following.evidenced(own[1], own[2], strong_only)


def _shown_before(number, back, reading, strong_only) -> bool:
    """One of the ``back`` sentences before shows what this one points back to."""
    return any(
        reading(earlier).evidenced(None, None, strong_only)
        for earlier in range(max(0, number - back), number)
    )


def _measured_just_before(sentence, before) -> bool:
    """The sentence before counts or measures (a figure, a quotation, a record) something this
    one compares, named in both: "Attendance on days with Spanish is 60%. Days tend to be harder
    when she has Spanish"."""
    if not before.evidenced(None, None, True):
        return False
    nouns = {t.word for t in before.tokens if t.tag in ("NN", "NNS", "NNP")}
    return any(
        t.tag in ("NN", "NNS", "NNP")
        and t.word in nouns
        and sentence.words.first_class(t.word, "n") not in (None, "noun.person")
        for t in sentence.tokens
    )


def _elaborated(prepared, sentence, last, strong_only) -> bool:
    """A colon or dash after the judgement, followed by detail that is evidence and no judgement
    of its own: "Home conditions were poor: the bins were overflowing"."""
    after = sentence.tokens[last].end
    match = _ELABORATION.search(sentence.text, after)
    if match is None:
        return False
    rest = Sentence(prepared, sentence.text[match.end() :], sentence.offset + match.end())
    if len(rest.tokens) < 4 or not rest.evidenced(None, None, strong_only):
        return False
    # Detail that judges again must show its own judgement too: "poor: the house was dirty"
    # adds a word, not evidence.
    again = rest.judgement()
    return again is None or rest.evidenced(again[1], again[2], strong_only)


def _quoted_runs(text) -> list[tuple[int, int]]:
    """(opening, closing) of each quotation of the text said aloud, by its marks in turn (a
    curly double mark says which it is, straight ones open and close alternately; single marks
    are told from apostrophes by where they stand), so that a quotation of several sentences is
    known in the ones between its marks. Only what someone said or told: a professional's written
    contribution quoted ("Ms Kaur wrote: ...", "Health visitor's contribution: ...") is their
    analysis, and the writer's own words ("I told Mum: ...") theirs, held to the same standard."""
    runs = []
    opened = None
    for match in re.finditer(r'["\u201c\u201d]', text):
        mark = match.group()
        if opened is None and mark != "\u201d":
            opened = match.start()
        elif opened is not None and mark != "\u201c":
            if _SPOKEN_BEFORE.search(text, max(0, opened - _SPOKEN_REACH), opened):
                runs.append((opened, match.start()))
            opened = None
    for match in _OPENING_SINGLE.finditer(text):  # "said: 'I know. He's soft.'"
        opened = match.end() - 1
        closing = _CLOSING_SINGLE.search(text, opened + 1)
        if closing is not None and _SPOKEN_BEFORE.search(
            text, max(0, opened - _SPOKEN_REACH), opened
        ):
            runs.append((opened, closing.start()))
    return runs


# Nouns for a reading of what happened, one of several that may be offered ("one explanation
# is that...", "another possibility is that..."), and words that make any noun one.
_READINGS = frozenset(
    {"explanation", "possibility", "hypothesis", "interpretation", "theory", "reading"}
)
_POSSIBLE = frozenset({"possible", "plausible", "alternative"})
# A verb of speaking just before a quotation ("Ms Maddox said on 24 November: ...").
# (Not the writer's own: "I told Mum: ...".)
_SPOKEN_BEFORE = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)\b(?:said|says|say|saying|told|tells|telling)\b", re.IGNORECASE
)
_SPOKEN_REACH = 60


def _open_quote(text) -> list[tuple[int, int]]:
    """A quotation the sentence splitter cut: one that ends in this sentence and began in an
    earlier one ('You look skinny."'), or begins and runs on. Its words are someone else's."""
    marks = [m.start() for m in re.finditer(r'["\u201c\u201d]', text)]
    if not marks:
        return _open_single_quote(text)
    if len(marks) != 1:
        return []
    at = marks[0]
    closing = text[at] == "\u201d" or (text[at] == '"' and at > 0 and not text[at - 1].isspace())
    return [(0, at + 1)] if closing else [(at, len(text))]


def _open_single_quote(text) -> list[tuple[int, int]]:
    """Single marks, told from apostrophes by where they stand: "She said, 'I don't feel
    anything when I hold her." opens a quotation; "I know I should.'" closes one."""
    opening = [m.end() - 1 for m in _OPENING_SINGLE.finditer(text)]
    if len(opening) == 1 and not _CLOSING_SINGLE.search(text, opening[0] + 1):
        return [(opening[0], len(text))]
    ends = [m.end() for m in _CLOSING_SINGLE.finditer(text)]
    if not opening and ends and not text[ends[-1] :].strip():
        return [(0, ends[-1])]
    return []


# A single quotation mark that opens (after a space or bracket, before a word) or closes (after
# a word or its punctuation, before a space or the end): an apostrophe stands inside a word.
_OPENING_SINGLE = re.compile(r"(?:^|[\s(\[])['\u2018](?=\w)")
_CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?])['\u2019](?=[\s.,;:!?)]|$)")


class Sentence:
    """One sentence read once: its tags, then its judgement and its evidence on demand."""

    def __init__(self, prepared: Prepared, text: str, offset: int):
        self.prepared = prepared
        self.text = text
        self.offset = offset
        self.words = lexicon()
        # Whether every judgement the sentence makes was found shown, once it has been read as
        # one of a passage's sentences (None until then).
        self.cleared: bool | None = None
        self.a_line_of_its_own = False
        self.worth_reading = self._worth_tagging(tokens_of(text))
        self.quotes = (
            []
            if only_terms_quoted(text)  # "is 'acting out'": a label, not what anyone said
            else [match.span() for match in QUOTE.finditer(text)] or _open_quote(text)
        )

    @cached_property
    def tokens(self):
        # Read hundreds of times a sentence: kept here, not looked up in tag's cache each time.
        tokens = tag(self.text).tokens
        read_as_nouns = [
            at
            for at, token in enumerate(tokens)
            if token.tag == "NN" and self._an_adjective_read_as_a_noun(tokens, at)
        ]
        if not read_as_nouns:
            return tokens
        retagged = list(tokens)
        for at in read_as_nouns:
            retagged[at] = tokens[at]._replace(tag="JJ")
        return tuple(retagged)

    def _an_adjective_read_as_a_noun(self, tokens, at) -> bool:
        """ "A secure attachment": the tagger read a word WordNet has only as an adjective as
        the first of two nouns; before a noun, after a determiner, it describes."""
        return (
            0 < at < len(tokens) - 1
            and tokens[at + 1].tag in ("NN", "NNS")
            and tokens[at - 1].tag in ("DT", "PRP$", "RB", "JJ", "POS")
            and not self.words.known(tokens[at].word, "n")
            and self.words.known(tokens[at].word, "a")
        )

    @cached_property
    def plain(self):
        """The tagged words as the word lists match them: (start, end, word)."""
        return [(t.start, t.end, t.word) for t in self.tokens]

    def of_what_went_before(self, last) -> bool:
        """The judgement is of what the sentence before told, by a pronoun that points back
        and ends the sentence: "She splashed me twice and giggled. She loved that." What was told
        is its evidence."""
        rest = [t for t in self.tokens[last + 1 :] if t.tag not in (".", ",", ":")]
        if len(rest) == 2 and rest[0].tag in ("IN", "TO"):
            rest = rest[1:]  # "was happy with that", "was proud of it"
        return len(rest) == 1 and rest[0].word in ("this", "that", "it")

    def _worth_tagging(self, plain) -> bool:
        """Only a sentence that holds a possible judgement is tagged (the tagger is the cost)."""
        p = self.prepared
        if (
            p.certainty.search(plain) is not None
            or p.frequency.search(plain) is not None
            # "I would scale this family at 2", "put them at a 7": a rating, if given.
            or "scal" in self.text.lower()
            or _A_SCORE.search(self.text) is not None
        ):
            return True
        # The commonest reason first, over the whole sentence: a word the lexicons rate.
        if any(
            word in p.labels
            or word[-1:] == "s"
            and (word[:-1] in p.labels or word[:-1] in p.addicts)  # "are alcoholics"
            or self.words.evaluative(word, p.sources) >= p.threshold
            for _start, _end, word in plain
        ):
            return True
        for position, (_start, _end, word) in enumerate(plain):
            if (
                word in p.trouble
                or word in _CANNOT
                or word in p.illness_ends  # "has schizophrenia": a diagnosis, if had
                or self._may_judge_in_grammar(word)
                or self._may_judge_in_context(plain, position, word)
            ):
                return True
            if (
                word in _DENIED
                and position + 1 < len(plain)
                and self.words.first_class(plain[position + 1][2], "v")
                in ("verb.cognition", *_MIND, "verb.social")
            ):
                # "does not understand", "dont recognise", "is not coping": a capacity denied
                return True
            # A rated noun or verb ("problem", "neglects"), or an adverb from a rated adjective.
            if abs(self.words.valence(word, "v")) >= p.threshold:
                return True
            if word.endswith("ly") and self.words.evaluative(word[:-2], p.sources) >= p.threshold:
                return True
            if (
                word in ("a", "an", "because", "due", "down", "of")
                and position
                and self._verb_lemmas(plain[position - 1][2]) & p.linking
            ):
                return True  # "is a risk", "is because of", "is of": what comes after decides
            if self.words.names_feeling(word) or self._verb_lemmas(word) & p.appearance:
                return True
            # "Emotionally unavailable", "was worrying": the mind's adverbs and feeling's verbs.
            if word.endswith("ly") and self.words.names_feeling(word[:-2]):
                return True
            if word.endswith("ing") and (
                "verb.emotion" in self.words.classes(word, "v")
                or self._verb_lemmas(word) & p.rated_nouns  # "was concerning"
            ):
                return True
            if word in ("no", "little", "too") or word in p.rated_nouns or word in p.absolutes:
                return True  # "has no insight", "the risk is high": what comes with it decides
            if (
                word in ("at", "in", "under", "out", "beyond", *_COMPARING)
                and position
                and (
                    any(
                        self._verb_lemmas(w) & p.linking
                        for _s, _e, w in plain[position - 2 : position]
                    )
                    # "came to the door under the influence": a state arrived in
                    or any(
                        self.words.classes(w, "v") & p.arrival
                        for _s, _e, w in plain[max(0, position - 5) : position]
                    )
                )
            ):
                return True  # "was under the influence": what the noun is decides
            if self.words.classes(word, "n") & p.feelings:
                return True
        return False

    def _may_judge_in_context(self, plain, position, word) -> bool:
        """Words that judge only with the words after them."""
        following = plain[position + 1][2] if position + 1 < len(plain) else ""
        before = plain[position - 1][2] if position else ""
        if (following == "to" and self.words.with_lemmas(word, "n") & self.prepared.capacities) or (
            following in ("is", "was") and word in _OPINIONS and before not in _WHOSE
        ):
            return True  # "has the capacity to", "medical opinion is that": whose decides
        if word in _WILL and position + 1 < len(plain) and plain[position + 1][2] in _NOT:
            return True  # "would not cope": a capacity foretold, if of care
        if word in _WILL and following in ("keep", "continue"):
            return True  # "will keep turning up": a habit foretold
        if (
            word.endswith("ing")
            and (before in ("his", "her", "their") or before.endswith(("'s", "s'")))
            and self.words.first_class(following, "n") in _WAYS_OF_BEING
        ):
            return True  # "his controlling manner": someone's way of acting, judged
        if (
            word in PARTICLES
            and position
            and any(
                f"{lemma}_{word}" in self.prepared.misstating
                for back in plain[max(0, position - 2) : position]
                for lemma in self._verb_lemmas(back[2])
            )
        ):
            return True  # "is playing down", "plays it down": what was said, judged
        if word == "any" and any(
            w in _NOT or w in _DENIED or w in ("won't", "wont")
            for _s, _e, w in plain[max(0, position - 4) : position]
        ):
            return True  # "won't accept any help": every occasion, if a habit
        if word in ("will", "'ll", "wo") and self._foretold_verb(plain, position + 1):
            return True  # "will relapse", "will hurt them": a forecast, if of someone
        if word == "only" or word in self.prepared.concealing:
            return True  # "only went to...", "is hiding the extent of it": if so
        if word in self.prepared.maximizers and position:
            return True  # "fully understands", "knows exactly": a mind vouched for, if so
        if word in ("tend", "tends") and position:
            return True  # "Drug users tend to relapse": a kind's rule, if of people
        if word == "because" and any(
            self._verb_lemmas(w) & _WANTING for _s, _e, w in plain[position + 2 : position + 5]
        ):
            return True  # "because he wants to": a motive, if someone's
        following = [w for _s, _e, w in plain[position + 1 : position + 3]]
        if (
            (word == "like" and following[:1] and following[0] in _MUCH_OF_A_GROUP | _LIKE_THIS)
            # "Men from his culture", "Families on the Ashfield estate": a group by its people.
            or (word in _OF_A_PEOPLE and position >= 2)
            or (
                word == "as"
                and following[:1] in (["is"], ["are"])
                and following[1:] in _USUAL_WORDS
            )
            or (word == "given" and following[1:] and following[1] in _OF_A_PEOPLE)
            or (word in ("typical", "part") and following[:1] == ["of"])
            or (word in _OF_A_PEOPLE and following[:1] == ["where"])
            or (
                self.text[plain[position][0]].isupper()
                and following[:1] != []
                and (
                    # "Somali girls", "Gypsy families", "Europeans".
                    "adj.pert" in self.words.classes(word, "a")
                    and self._plural(following[0])
                    or self.words.a_people(word)
                )
            )
            or (
                # "as Travellers generally distrust doctors": a people, capitalised, inside it.
                position
                and self.text[plain[position][0]].isupper()
                and self._plural(word)
                and "noun.person" in self.words.classes(word, "n")
            )
            or (
                word in ("like", "in")
                and (word == "like" or position == 0)
                and position + 1 < len(plain)
                and self.text[plain[position + 1][0]].isupper()
            )
        ):
            return True  # "like many...", "as is usual in...": a group, if a people
        return "noun.relation" in self.words.classes(word, "n") and any(
            self._verb_lemmas(w) & self.prepared.linking for _s, _e, w in plain[position + 1 :]
        )  # "the relationship is close": how close decides

    def _plural(self, word) -> bool:
        """A noun in the plural: WordNet knows it, as another word ("men" as "man")."""
        return any(lemma != word for lemma in self.words.lemmas(word, "n"))

    def _foretold_verb(self, plain, position) -> bool:
        """The verb after "will", past adverbs ("inevitably"), is a change or a harm."""
        while position < len(plain) and plain[position][2].endswith("ly"):
            position += 1
        if position >= len(plain):
            return False
        verb = plain[position][2]
        return (
            self.words.first_class(verb, "v") == "verb.change"
            or self.words.valence(verb, "v") <= -0.5
        )

    def _may_judge_in_grammar(self, word) -> bool:
        """Words that judge only in some grammar, which the tagger must read."""
        p = self.prepared
        if self.words.made_from(word) & p.disposition:
            return True  # "evasive": a person's disposition, if said of one
        lemmas = self._verb_lemmas(word)
        if lemmas & p.belief or lemmas & p.proving:
            return True  # "staff believe...", "it has been established": whose view decides
        if (
            word in p.causal_nouns
            or word in ("history", "pattern")  # "has a history of": what it is of decides
            or word in p.ruses  # "a ploy", "a way of avoiding questions": if said of a doing
            or word in p.aims
            or word in p.effect_nouns
            or lemmas & p.causal_verbs
            or lemmas & {"explain"}  # "which explains his behaviour"
            or self.words.with_lemmas(word, "n") & p.standard_nouns  # "her milestones"
            or lemmas & p.bonding
            or lemmas & p.misstating
        ):
            return True  # "the main driver of", "bonding with", "minimising": of whom decides
        if (
            lemmas & {"expose", "subject"}
            or lemmas & p.keeping_away  # "avoids professionals": whom decides
            or lemmas & p.impacting
            or (word.endswith("s") and self.words.first_class(word, "n") in _NEEDS)
            or (word == "need" and "met" in self.text)  # "the need for respite is met"
        ):
            return True  # "exposed to abuse", "her needs are met": what is said of them decides
        # "Has deteriorated": what changed decides; "was overwhelmed": a feeling, if said of
        # someone.
        if word.endswith("ing"):  # "is escalating": under way
            return self.words.first_class(word, "v") == "verb.change"
        return word.endswith("ed") and (
            self.words.first_class(word, "v") == "verb.emotion"
            # "Has stabilised", whose commonest sense is to hold something steady.
            or "verb.change" in self.words.classes(word, "v")
        )

    # -- judgements ------------------------------------------------------------------------------

    def term(self, kind, first, last) -> str:
        """The judgement's own words: for a state, the description without the verb it rides on
        ("intoxicated" in "arrived at contact intoxicated", "agitated and rude")."""
        tokens = self.tokens
        if kind in ("unnamed", "belief"):
            if tokens[first].tag in ("NN", "NNS") and self._raised_by_no_one(first):
                # The worry and the passive it is raised in: "Concerns were raised".
                end = next(
                    p
                    for p in range(first + 1, last + 1)
                    if self._participle(p)
                    and not self._verb_lemmas(tokens[p].word) & {"be", "have"}
                )
                return self.text[tokens[first].start : tokens[end].end]
            # Who holds the view and the view: "School feel", "It is the professional view".
            holder = self._holder(first) or self._subject_before(first)
            start = holder.start if holder is not None else tokens[first].start
            before = next((p - 1 for p, t in enumerate(tokens) if t.start == start), -1)
            if before >= 0 and tokens[before].word in ("this", "the") and kind == "belief":
                start = tokens[before].start  # "This worker believes": the writer, as named
            return self.text[start : tokens[first].end]
        if kind == "opinion":
            # "There are concerns", not what they are about.
            last = next((p - 1 for p in range(first, last + 1) if tokens[p].word == "that"), last)
        if kind == "want":
            last = first + 1  # "feel like", with its negation below
            while first and tokens[first - 1].word in (*_NOT, "did", "does", "do"):
                first -= 1
        first = self._term_start(kind, first, last)
        return self.text[tokens[first].start : tokens[last].end]

    def _term_start(self, kind, first, last) -> int:
        """Where a judgement of ``kind`` starts its own words, past the verb it rides on (and
        back over its negation)."""
        tokens = self.tokens
        if kind == "standing" and self._verb_lemmas(tokens[first].word) & self.prepared.reaching:
            while first and tokens[first - 1].word in _NOT:
                first -= 1  # "not meeting her milestones": the verb is the standing
        elif kind == "standing":
            # "behind for his age": from where they are placed, not the verb before it
            first = next(
                (p for p in range(first + 1, last) if tokens[p].tag not in _SKIPPABLE_BEFORE_STATE),
                last,
            )
        elif kind in ("state", "rating"):
            for index in range(first + 1, last + 1):
                if tokens[index].tag in (*_ADJECTIVE, "VBN"):
                    first = index
                    break
            else:
                first = last
            if first and tokens[first - 1].word in (*_NOT, "no"):
                first -= 1  # "not engaging", "no risk": the description is its negation
        elif kind == "quality":
            if tokens[first].tag.startswith("VB"):
                first += 1  # past the verb: "poor insight", not "showed poor insight"
                first += self._presents_with(first)  # ("presents with a lack")
            while first < last and tokens[first].tag in ("DT", "PRP$", "RB"):
                first += 1
        elif kind in ("conduct", "tie"):
            # With its negation: "doesn't care", not "care".
            while first and (
                tokens[first - 1].word in _NOT
                or (
                    tokens[first - 1].tag in ("VBZ", "VBP", "VBD", "MD")
                    and tokens[first].word in _NOT
                )
            ):
                first -= 1
        return first

    def judgement(self, start=0):
        """(kind, first token, last token) of the first asserted judgement from token
        ``start`` on, or None."""
        if not self.worth_reading:
            return None
        tokens = self.tokens
        plain = self.plain
        candidates = []
        ends_of_absolutes = _last_words(self.prepared.absolutes)
        for kind, terms in (
            ("certainty", self.prepared.certainty),
            ("frequency", self.prepared.frequency),
        ):
            for index, length in terms.find(plain):
                if index < start:
                    continue
                if kind == "frequency" and (
                    not self._habit(index + length, index)
                    or index
                    and plain[index - 1][2] == "how"  # "how often incidents happen": asked
                    # "Every time I have visited": the writer's own visits, which they know.
                    or index + length < len(tokens)
                    and tokens[index + length].word in ("i", "we")
                ):
                    continue
                if self._a_title(index, length) or self._to_the_writer(kind, index + length):
                    continue  # "a Signs of Safety mapping": a name, not a sign of anything
                # "Will always go back to him" foretells from a habit: no prediction.
                foretold = index and self.tokens[index - 1].word in _WILL
                if self._asserted(index - 1 if foretold else index):
                    candidates.append((kind, index, index + length - 1))
                    break
        for index, token in enumerate(tokens):
            if index < start or token.tag in _NEVER_JUDGES:
                continue
            if (
                token.tag in _NAMES_AND_PRONOUNS
                and token.word not in self.prepared.named_openers
                and token.word.rstrip("s") not in self.prepared.named_openers
                and not (
                    (token.tag == "NNPS" or token.tag == "NNP" and index == 0)
                    and self._a_people_as_a_rule(index)
                )
            ):
                continue  # "Mum", "he": no reading starts at a name or a pronoun
            if candidates and index > min(first for _kind, first, _last in candidates):
                break
            if self._a_status_at(index):
                continue
            # Each reading is tried only on the tags or words it can start from (a call saved
            # for most tokens: this loop is most of the check's time).
            tag = token.tag
            verbal = tag[:2] == "VB"
            described = tag in _ADJECTIVE
            nominal = tag in ("NN", "NNS")
            found = self._series(
                (token.word == "bothered" and self._not_bothered(index))
                or ((verbal or described) and self._state(index, token))
                or (tag in ("RB", "RBR") and self._outcome(index, token))
                or ((tag == "RB" or token.word == "too") and self._manner(index, token))
                or (token.word in _PLACING and self._placed(index, token))
                or (token.word in _COMPARING and self._compared(index))
                or (
                    (token.word in self.prepared.ruses or token.word in self.prepared.aims)
                    and self._a_means_to_an_end(index)
                )
                or self._label(index, token)
                or (
                    (
                        described
                        or tag == "VBG"
                        # ("Her warm and patient nature": descriptions the tagger read as nouns.)
                        or tag == "NN"
                        and any(t.word in _CHARACTER for t in tokens[index + 1 : index + 4])
                    )
                    and self._presupposed(index, token)
                )
                or (token.word == "there" and self._opinion(index, token))
                or ((verbal or nominal or described) and self._unnamed_view(index, token))
                or (tag in ("VBN", "VBD", "VBG", "VB") and self._change(index, token))
                or (tag in ("VB", "VBN", "VBD") and self._harm_foretold(index, token))
                or (tag == "VB" and self._state_foretold(index, token))
                or (tag in ("VBN", "VBD") and self._mind_changed(index, token))
                # (Before conduct: "cannot prioritise her needs" denies a capacity, as fact.)
                or ((verbal or tag == "MD") and self._incapable(index, token))
                or (verbal and self._capacity_had(index, token))
                or (verbal and self._diagnosed(index, token))
                or (token.word in ("history", "pattern") and self._a_history(index))
                or (verbal and self._conduct(index, token))
                or (
                    (nominal or described or tag in ("VB", "VBP", "VBZ"))
                    and self._quality(index, token)
                )
                or (
                    (tag in _ADJECTIVE or token.word in self.prepared.scale_middles)
                    and self._rating(index, token)
                )
                or (token.word == "of" and self._of_a_standard(index))
                or (token.word in ends_of_absolutes and self._absolute(index, token))
                or (token.word == "like" and self._felt_like(index, token))
                or (token.word in _MATTERS and self._valued(index))
                or (token.word == "intention" and self._intended(index))
                or (token.word in ("telling", "lie", "lies") and self._untruth(index))
                or (verbal and self._concealed(index))
                or (token.word == "only" and self._for_one_reason(index))
                or (token.word == "because" and self._wanted_because(index))
                or (verbal and self._understood_fully(index, token))
                or (tag == "VB" and self._ends_up(index, token))
                or (token.word in _OPENS_A_GROUP and self._group_generalised(index))
                or (
                    (tag in ("NNS", "NNPS") or tag == "NNP" and index == 0)
                    and self._a_people_as_a_rule(index)
                )
                or (token.word in ("interests", "interest") and self._in_best_interests(index))
                or (token.word == "any" and self._none_ever(index))
                or (token.word == "known" and self._known_to_do(index))
                or (verbal and self._made_so(index, token))
                or (verbal and self._scaled(index, token))
                or (verbal and (self._caused(index, token) or self._met_or_exposed(index, token)))
                or ((verbal or tag in _ADJECTIVE) and self._tie(index, token))
                or (
                    (tag in ("NN", "NNS") or token.word in self.prepared.motive_nouns)
                    and self._motive(index, token)
                )
                or None
            )
            # A view's content may hold a modal of its own ("...how far he can push them");
            # whether the view is asserted is read at the view, and a rating at the verb that
            # gives it ("was assessed as high" is no assessment still to do).
            at = (
                found[1]
                if found is not None
                and found[0]
                in ("unnamed", "belief", "absolute", "capacity", "foretold", "rating", "opinion")
                else None
            )
            if found is not None and self._asserted(
                at if at is not None else found[2], found[1], found[0]
            ):
                candidates.append(found)
                break
        # The first judgement in the sentence is the one reported.
        return min(candidates, key=lambda found: found[1], default=None)

    def _not_bothered(self, index):
        """ "Can't be bothered to treat them", "couldn't be bothered with the inhalers": the
        idiom of not caring enough to, a motive read into someone."""
        tokens = self.tokens
        if index < 3 or tokens[index - 1].word != "be":
            return None
        at = index - 2
        if tokens[at].word in ("not", "n't"):
            at -= 1
        elif tokens[at].word != "cannot":
            return None  # "could be bothered by the noise": not the idiom
        if tokens[at].tag != "MD":
            return None
        return "capacity", at, index

    def _group_generalised(self, index):
        """ "Like many Eastern European men, Dad drinks heavily", "as is usual in Somali
        households, decisions are made by the men", "typical of young mothers", "In Somali
        households, ...": someone judged by a people, a place or a faith they belong to, not by
        anything they did."""
        tokens = self.tokens
        word = tokens[index].word
        words = [t.word for t in tokens[index + 1 : index + 4]]
        if word not in ("like", "as", "in", "typical"):
            return self._group_in_a_phrase(index, word, words)
        named_or_not = False  # whether the group must be a people named with a capital
        if word == "like":
            if (
                index
                and words[:1]
                and (
                    tokens[index + 1].tag == "NNP"
                    # "Fathers in families like this", "parents like her": a kind, by its likeness.
                    or words[0] in _LIKE_THIS
                    and self._a_group_word(tokens[index - 1])
                    and self._group_as_a_rule(index + 2)
                )
            ):
                # "Young mothers like Ms Ward": the group, then the one said to be of it.
                found = self._a_group_word(tokens[index - 1])
                return ("group", index - 1, index + 1) if found else None
            if not words or words[0] not in _MUCH_OF_A_GROUP and words[:2] != ["a", "lot"]:
                return None
            opening = index + 1
        elif word == "as":
            if words[:1] not in (["is"], ["are"]) or words[1:2] not in _USUAL_WORDS:
                return None
            opening = index + 3  # past "is usual": "as is usual with Polish fathers"
        elif word == "in":
            if index:
                return self._a_rule_among(index)
            opening = 1  # "In Somali households, girls...": a people's way, as a rule
        elif words[:1] == ["of"]:
            opening, named_or_not = index + 1, True  # "typical of young mothers"
        else:
            return None
        end = next(
            (
                at
                for at in range(opening, min(len(tokens), index + 12))
                if tokens[at].tag in (",", ".", ":", "VBZ", "VBD", "VBP")
            ),
            min(len(tokens), index + 12),
        )
        if word == "in" and (end >= len(tokens) or tokens[end].word != ","):
            return None
        if not any(self._a_group_word(t) for t in tokens[opening:end]):
            return None
        if (
            named_or_not
            or self._a_people_named(opening, end - 1)
            # "Like many men from his background": a people, not named.
            or any(t.word in _OF_A_PEOPLE for t in tokens[opening:end])
        ):
            return "group", index, end - 1
        return None

    def _a_rule_among(self, index):
        """ "Physical chastisement is an accepted part of parenting in Nigerian families": what
        is, in the present, held of a people's households or members as a rule (a people's
        adjective, capitalised, then a plural group word), after "is" or "are" in its clause."""
        tokens = self.tokens
        if index + 2 >= len(tokens):
            return None
        people, group = tokens[index + 1], tokens[index + 2]
        if not (
            self.text[people.start].isupper()
            and "adj.pert" in self.words.classes(people.word, "a")
            and group.tag in ("NNS", "NNPS")
            and self._a_group_word(group)
        ):
            return None
        verb = next(
            (
                at
                for at in range(index - 1, -1, -1)
                if tokens[at].tag in ("VBZ", "VBP", "VBD", "MD") or tokens[at].word in (",", ";")
            ),
            None,
        )
        if (
            verb is None
            or tokens[verb].tag not in ("VBZ", "VBP")
            or not self._verb_lemmas(tokens[verb].word) & {"be"}
        ):
            return None
        subject = self._subject_before(verb)
        if subject is not None and self._names_person(subject):
            return None  # "Her father is an elder in Somali communities": of him, not a rule
        after = tokens[verb + 1] if verb + 1 < len(tokens) else None
        if (
            after is not None
            # (A participle the tagger may read as an adjective: "is run by volunteers".)
            and (after.tag == "VBN" or after.tag == "JJ" and self.words.known(after.word, "v"))
            and self.words.first_class(after.word, "v") not in _MIND
        ):
            return None  # "is run by volunteers in Somali communities": what is done, told
        return "group", verb, index + 2

    def _group_in_a_phrase(self, index, word, words):
        """ "Given his background", "from a culture where domestic abuse is accepted",
        "part of Polish culture": a people's way, named in a phrase of its own."""
        tokens = self.tokens
        if word == "given":
            # "Given his background, ...": the background, as the ground.
            if (
                words[:1] in (["his"], ["her"], ["their"])
                and words[1:2]
                and words[1] in (_OF_A_PEOPLE)
            ):
                return "group", index, index + 2
            return None
        if self.words.with_lemmas(word, "n") & _OF_A_PEOPLE and self._a_group_from_a_people(index):
            return "group", 0, index  # (and "from these communities", "such cultures")
        if word in _OF_A_PEOPLE and words[:1] in (["where"], ["in"]):
            usual = next(
                (
                    at
                    for at in range(index + 1, min(len(tokens), index + 10))
                    if [tokens[at].word] in _USUAL_WORDS
                    or tokens[at].word in ("accepted", "norm", "expected")
                ),
                None,
            )
            return None if usual is None else ("group", index, usual)
        if word == "part" and words[:1] == ["of"] and len(words) > 2 and words[2] == "culture":
            named = self.text[tokens[index + 2].start].isupper()
            return ("group", index, index + 3) if named else None
        return None

    def _a_group_from_a_people(self, index) -> bool:
        """ "Young men from his culture do not accept authority from women", "Families of that
        background keep things hidden": a group, opening the sentence, by the people whose ways
        it has ("from his culture", the word at ``index``), and what it does as a rule (not what
        is done for it or may be: "will be invited to the drop-in", "may be eligible")."""
        tokens = self.tokens
        at = index - 1
        while at > 0 and (
            tokens[at].tag in ("PRP$", "DT", "JJ", "NNP") or tokens[at].word == "that"
        ):
            at -= 1
        if at < 1 or tokens[at].word not in ("from", "of", "with", "on"):
            return False
        group = tokens[at - 1]
        if not (
            # Plural, as tagged or as WordNet has it ("women" at the start, tagged a name).
            (group.tag in ("NNS", "NNPS") or group.word not in self.words.lemmas(group.word, "n"))
            and self.words.first_class(group.word, "n") in ("noun.person", "noun.group")
        ):
            return False
        if any(t.tag != "JJ" for t in tokens[: at - 1]):
            return False  # "the help that children from his community need": no rule
        verb = index + 1
        while verb < len(tokens) and tokens[verb].tag == "RB":
            verb += 1
        if verb >= len(tokens) or tokens[verb].tag not in ("VBP", "VB", "MD"):
            return False
        if tokens[verb].word in _MAY:
            return False  # "may be eligible for free childcare", "can use the drop-in"
        if tokens[verb].tag == "MD":
            verb += 1  # "will not speak": what follows says
            while verb < len(tokens) and tokens[verb].tag == "RB":
                verb += 1
        after = tokens[verb + 1] if verb + 1 < len(tokens) else None
        # Not what is done to them or offered ("will be invited", "are welcome at the centre").
        return not (
            verb < len(tokens)
            and self._verb_lemmas(tokens[verb].word) & {"be"}
            and after is not None
            and after.tag in ("VBN", *_ADJECTIVE)
        )

    def _a_people_as_a_rule(self, index):
        """ "Asian families keep things hidden", "Somali girls are expected to obey": a people
        (a capitalised adjective of a people or a place, as WordNet files it) in the plural with
        no article, and what they do as a rule, in the present."""
        tokens = self.tokens
        if index + 1 >= len(tokens) or not self._a_group_word(tokens[index]):
            return None
        # (Further past a clause that says which kind: "Mothers who have a new baby and a new
        # partner in the same year nearly always let...".)
        reach = 18 if tokens[index + 1].word in ("who", "whose") else 10
        tends = next(
            (
                at
                for at in range(index + 1, min(len(tokens) - 1, index + reach))
                if (
                    self._verb_lemmas(tokens[at].word) & {"tend"}
                    and tokens[at + 1].word == "to"
                    or (
                        tokens[at].word in self.prepared.frequency_words
                        or tokens[at].word in _AS_A_RULE
                    )
                    and (
                        tokens[at + 1].tag in ("VBP", "VB")
                        # ("Usually struggle": the verb, as the tagger may read it.)
                        or tokens[at + 1].tag == "NN"
                        and self.words.known(tokens[at + 1].word, "v")
                        # "Are generally left in silence", "are usually isolated": a passive or
                        # a state, as a rule.
                        or tokens[at + 1].tag in ("VBN", "JJ")
                        and tokens[at - 1].word in ("are", "were")
                        # (Not a service given: "are generally offered a referral".)
                        and self.words.first_class(tokens[at + 1].word, "v") != "verb.possession"
                    )
                )
            ),
            None,
        )
        if (
            tends is not None
            # People, by the singular ("sessions" is no person, though WordNet has a composer).
            and self.words.first_class(
                next(
                    (
                        n
                        for n in self.words.lemmas(tokens[index].word, "n")
                        if n != tokens[index].word
                    ),
                    tokens[index].word,
                ),
                "n",
            )
            in ("noun.person", "noun.group")  # ("Young people", "Families")
            # Bare, or after a word that says which kind: "Young fathers", "Drug users".
            and (
                index == 0
                or index == 1
                and (
                    tokens[0].tag == "JJ"
                    or tokens[0].tag in ("NN", "NNP")
                    and self.words.known(tokens[0].word, "n")
                )
            )
            # Not people named by a place of theirs ("Teachers at Kai's school always meet him"):
            # those, not a kind (but "Men who drink like Dean always...": a kind he is one of).
            and not any(
                t.tag in ("NNP", "POS") and tokens[at - 1].word != "like"
                for at, t in enumerate(tokens[index + 1 : tends], index + 1)
            )
        ):
            # "Young fathers in his situation tend to drift away", "young people whose homes
            # are taken over invariably end up...": a kind of person, bare, and what it does
            # as a rule.
            return "group", index, tends
        verb = index + 1
        if tokens[verb].tag == "RB" and verb + 1 < len(tokens):
            verb += 1  # "Travellers generally distrust doctors"
        if tokens[verb].tag not in ("VBP", "MD"):
            return None
        opens = index == 0 or tokens[index - 1].tag in (",", ":", "CC", "RB", "IN", "NNP", "JJ")
        if (
            self.words.a_people(tokens[index].word)
            and self.text[tokens[index].start].isupper()
            and opens
        ):
            return "group", index, verb  # "Eastern Europeans drink heavily", "Somalis are..."
        if index == 0:
            return None
        people = tokens[index - 1]
        if (
            self.text[people.start].isupper()
            # A people's adjective ("Somali"), or its noun before a plural ("Gypsy families").
            and (
                "adj.pert" in self.words.classes(people.word, "a")
                or self.words.a_people(people.word)
            )
            and (index == 1 or tokens[index - 2].tag in (",", ":", "CC", "RB", "IN"))
        ):
            return "group", index - 1, verb
        if self.text[tokens[index].start].isupper() and people.tag == "IN":
            # A people named by a capitalised plural inside the sentence ("as Travellers
            # generally distrust doctors"); at its start, "Professionals agree" is no people.
            return "group", index, verb
        return None

    def _in_best_interests(self, index):
        """ "Remaining at home is in Jayden's best interests", "it is not in her best interest
        to...": the welfare judgement the law asks for, stated; what in the child's life shows
        it is the evidence."""
        tokens = self.tokens
        if index < 1 or tokens[index - 1].word != "best":
            return None
        subject = self._best_interests_as_subject(index)
        if subject is not None:
            return subject
        if index < 3:
            return None
        back = index - 2
        while back > 0 and tokens[back].tag in ("POS", "PRP$", "NNP", "NNS", "NN", "DT", "CC"):
            back -= 1  # whose: "Jayden's", "her", "the children's", "Kai and Mia's"
        if self._verb_lemmas(tokens[back].word) & {"serve"}:
            return "interests", back, index  # "a move would serve Tia's best interests"
        if tokens[back].word != "in":
            return None
        verb = back - 1
        while verb > 0 and tokens[verb].tag == "RB":
            verb -= 1  # "is not", "is clearly"
        if verb < 0 or not (
            self._verb_lemmas(tokens[verb].word) & self.prepared.linking
            or tokens[verb].word == "'s"  # "it's in the best interest of the kids"
        ):
            return None
        if verb and (
            tokens[verb - 1].tag in ("WP", "WDT", "WRB") or tokens[verb - 1].word == "whether"
        ):
            return None  # "The court will decide what is in his best interests": a question
        return "interests", verb, index

    def _best_interests_as_subject(self, index):
        """ "Best interests of the children is to stay together", "For Bella best interest is
        she stay with auntie", or a note with no verb: "Kinship placement with Nan in best
        interests of all 3 children"."""
        tokens = self.tokens
        before = index - 2
        while before >= 0 and tokens[before].tag in ("DT", "PRP$", "POS", "NNP"):
            before -= 1
        opens = before < 0 or tokens[before].word in (",", ":") or tokens[before].tag == "NNP"
        if self.verbless and before >= 0 and tokens[before].word == "in":
            return "interests", before, index
        if not opens and not (before >= 0 and tokens[before].word == "for"):
            return None
        verb = next(
            (
                at
                for at in range(index + 1, min(len(tokens), index + 8))
                if tokens[at].tag.startswith("VB")
            ),
            None,
        )
        if verb is None or not self._verb_lemmas(tokens[verb].word) & (
            self.prepared.linking | {"serve"}
        ):
            return None
        # ("Tia's best interests would be best served by a move": the subject, served.)
        return "interests", index - 1, verb

    def _group_as_a_rule(self, index) -> bool:
        """What the group does, as a rule, in the verb at ``index`` (past adverbs): in the
        present ("tend to withdraw", "rarely engage"), not what was done for it or may be ("were
        offered", "may need"), nor a noun ("like this school": the verb "like")."""
        at = index
        while at < len(self.tokens) and self.tokens[at].tag == "RB":
            at += 1
        return at < len(self.tokens) and (
            self.tokens[at].tag in ("VBP", "VBZ")
            # ("Rarely engage": the plain verb, as the tagger reads it after an adverb; "always
            # end up", which it may read as a noun.)
            or at > index
            and (
                self.tokens[at].tag == "VB"
                or self.tokens[at].tag == "NN"
                and self.words.known(self.tokens[at].word, "v")
            )
        )

    def _a_group_word(self, token) -> bool:
        """A word for many people ("fathers", "households") or for a people ("culture")."""
        return (
            token.tag in ("NNS", "NNPS")
            or token.word in ("community", "culture")
            # ("Girls like her": a plural the tagger reads as a name, opening the sentence.)
            or token is self.tokens[0]
            and token.word not in self.words.lemmas(token.word, "n")
            and self.words.known(token.word, "n")
        ) and self.words.first_class(token.word, "n") in ("noun.person", "noun.group")

    def _a_people_named(self, first, last) -> bool:
        """A capitalised word from ``first`` to ``last`` names a people, a place or a faith
        ("Somali", "Eastern European", "the Riverside estate"); not "Year 9", a school year."""
        return any(
            self.text[self.tokens[at].start].isupper()
            and self.tokens[at].word.isalpha()
            and not (at + 1 < len(self.tokens) and self.tokens[at + 1].tag == "CD")
            for at in range(max(first, 1), last + 1)
        )

    def _caused(self, index, token):
        """ "His regression is because of the stress at home", "her school refusal is down to
        anxiety": what someone does or suffers given a cause in their mind or circumstances, as
        fact. Why is itself a judgement; what links the two is the evidence. Or the other way
        round, an effect: "Mum's drinking is impacting on her parenting"."""
        if not token.tag.startswith("VB"):
            return None
        lemmas = self._verb_lemmas(token.word)
        if lemmas & self.prepared.impacting:
            return self._impact(index, token)
        if lemmas & self.prepared.causal_verbs:
            found = self._caused_verb(index, token, lemmas)
            if found is not None or self._caused_by(index, lemmas):
                return found
        if lemmas & {"have"}:
            return self._an_effect_had(index)
        if lemmas & {"explain"}:
            return self._explained(index)
        if not lemmas & {"be"}:
            return None
        named = self._cause_named(index)
        if named is not None:
            return self._a_cause_named(index, named)
        pair = [t.word for t in self.tokens[index + 1 : index + 3]]
        if pair not in _NAMES_A_CAUSE:
            return None
        position = index + 3
        while position < len(self.tokens) and (
            self.tokens[position].tag in ("DT", "PRP$", "JJ", "POS")
            # Whose it is: "because of Mum's depression", "down to Ms Brannigan's sight loss".
            or self.tokens[position].tag in ("NNP", "NNPS")
            and position + 1 < len(self.tokens)
            and self.tokens[position + 1].tag in ("POS", "NNP")
        ):
            position += 1
        while (
            position + 1 < len(self.tokens)
            and self.tokens[position].tag == "NN"
            and self.tokens[position + 1].tag in ("NN", "NNS")
        ):
            position += 1  # "sight loss": the last noun is the head
        if position >= len(self.tokens) or self.tokens[position].tag not in ("NN", "NNS"):
            return None
        cause = self.tokens[position].word
        if not self._an_effect_claimed(index):
            return None
        plain_cause = not self.words.classes(cause, "n") & _CAUSES or self.words.first_class(
            cause, "n"
        ) in (*self.prepared.concrete, "noun.event")
        # Whatever is named as why someone feels as they do, or behaves as they do, is a claim:
        # "her low mood is down to the long winters" (not "his absence was due to the snow", a
        # plain cause of a plain event).
        effect = self.tokens[self._subject_head(index)].word
        if plain_cause and not (self._of_feeling_or_conduct(effect) or self._found_wanting(effect)):
            return None
        return "cause", index, position

    def _an_effect_claimed(self, be_at) -> bool:
        """What "is because of" something: someone's doing or state, or a harm ("the neglect
        in this household is because of Mum's depression")."""
        if self._someones_doing_before(be_at) is not None:
            return True
        subject = self.tokens[self._subject_head(be_at)]
        return subject.tag in ("NN", "NNS") and self._found_wanting(subject.word)

    def _of_feeling_or_conduct(self, noun) -> bool:
        """A feeling ("mood", "anger") or a way of behaving ("behaviour"), not a state of
        record ("absence")."""
        classes = self.words.classes(noun, "n")
        return "noun.feeling" in classes or (
            self.words.first_class(noun, "n") == "noun.state" and "noun.attribute" in classes
        )

    def _impact(self, index, token):
        """ "Mum's drinking is impacting on her parenting", "Zain has not been affected by the
        arguments": an effect on someone, asserted."""
        subject = self.tokens[self._subject_head(index)]
        if (
            token.tag == "VBN"
            and index + 1 < len(self.tokens)
            and self.tokens[index + 1].word == "by"
            and self._names_person(subject)
            # (Not a name that is a body of people or a thing: "School was affected".)
            and self.words.first_class(subject.word, "n")
            not in ("noun.group", "noun.artifact", "noun.location", "noun.act")
        ):
            # "Zain has not been affected by the arguments": what something did, or did
            # not do, to someone's inner life.
            return "cause", index, index
        head = self._someones_doing_before(index)
        if head is None and self._pointing_back_at(index) and self._on_someone(index + 1):
            # "..., and this is impacting on Noah's progress": the clause before, as the
            # cause of what happens to someone.
            return "cause", index, index
        subject_at = self._subject_head(index)
        if (
            head is None
            and subject_at < index
            and self.tokens[subject_at].tag in ("NN", "NNS")
            and self.words.first_class(self.tokens[subject_at].word, "n") in _OF_THE_MIND
            and self._on_someone(index + 1)
        ):
            return "cause", subject_at, index  # "Mum's mental health impacts on her parenting"
        return ("cause", head, index) if head is not None else None

    def _caused_verb(self, index, token, lemmas):
        """A verb of causing: active on someone's state or doing, or passive before its cause
        ("is caused by", "stems from")."""
        after = index + 1
        if after < len(self.tokens) and self.tokens[after].tag == "PRP":
            after += 1  # "has caused them significant emotional harm": whom, then what
        if (
            not (token.tag == "VBN" and self._after_be(index))  # (active: "has caused")
            and after < len(self.tokens)
            and self.tokens[after].word not in ("by", "from")
            and (
                not self._a_person_from(after)
                and self._someones_own_doing(after)
                or after > index + 1
                and self._phrase_head(after) is not None
                and self._found_wanting(self.tokens[self._phrase_head(after)].word)
            )
        ):
            # "Her anxiety is feeding Isla's school refusal", "this is what is driving his
            # missing episodes": a cause of someone's state or doing, asserted (not "drove the
            # children to school", "feeds her baby": people, not their states).
            return "cause", index, index
        if self._caused_by(index, lemmas):
            # "Her anxiety stems from...": the subject is the effect, after "by" or "from" the
            # cause.
            head = self._someones_doing_before(index)
            if head is None:
                # "The bruise was caused by Dad grabbing her arm", "the neglect is caused by
                # Mum's drug use": how an injury or a harm came about is the judgement.
                subject = self._subject_head(index)
                word = self.tokens[subject].word
                if self.tokens[subject].tag in ("NN", "NNS") and (
                    self._of_the_body(word) or self._found_wanting(word)
                ):
                    return "cause", subject, index
                return None
            if not self._a_link_of_people(head, self._phrase_head(index + 2)):
                return None
            return "cause", head, index
        return None

    def _a_cause_named(self, index, named):
        """After "be" at ``index``, the noun of a cause or effect at ``named``: "his offending
        is the result of...", "the bruising is a sign of physical abuse"."""
        head = self._someones_doing_before(index)
        other = self._phrase_head(named + 2)
        # "Is the main driver of" makes the subject the cause; "is a result of", the effect.
        effect, cause = (
            (head, other)
            if self.tokens[named].word in self.prepared.effect_nouns
            else (other, head)
        )
        if (
            head is None
            and self.tokens[named].word in self.prepared.sign_nouns
            and other is not None
            and self._found_wanting(self.tokens[other].word)
        ):
            # "The bruising is a sign of physical abuse": what was seen, named a harm's effect;
            # the link is the judgement.
            return "cause", index, other
        # After "of" or "for" what it is the cause of; or the clause itself ("the reason he").
        start = named + 1 if self.tokens[named + 1].tag in ("PRP", "NNP") else named + 2
        if [t.word for t in self.tokens[start : start + 2]] in (["all", "of"], ["some", "of"]):
            start += 2  # "all of their difficulties"
        subject = self._subject_head(index)
        if (
            self.tokens[named].word in self.prepared.causal_nouns
            and self._on_someone(start)
            # (Not a plain cause: "the dental appointment was the reason for her absence",
            # "his broken leg is the reason".)
            and not self._a_plain_cause(subject)
            and self.words.first_class(self.tokens[subject].word, "n") not in self.prepared.concrete
        ):
            # "Poverty is the root cause of all their difficulties", "this is the reason he
            # keeps being evicted": anything else given as the cause of what someone does or
            # suffers. What it is the cause of is the claim too, not detail that shows it.
            return "cause", index, max(named, self._end_of_clause_from(start) - 1)
        if head is None or not self._a_link_of_people(effect, cause):
            return None
        if self.tokens[named].word in self.prepared.effect_nouns:
            # "Is a result of the neglect he suffered": the cause given is the claim too.
            return "cause", index, max(named, self._end_of_clause_from(start) - 1)
        return "cause", index, named

    def _end_of_clause_from(self, start) -> int:
        """Where the clause running on from ``start`` ends: its comma, semicolon or stop."""
        return next(
            (
                p
                for p in range(start, len(self.tokens))
                if self.tokens[p].word in _CLAUSE_END or self.tokens[p].tag == "."
            ),
            len(self.tokens),
        )

    def _explained(self, index):
        """ "Tyler has ADHD, which explains his behaviour": what went before given as the cause
        of someone's conduct or state (not "explained the plan to Mum", told)."""
        before = self.tokens[index - 1].word if index else ""
        after = index + 1
        if after < len(self.tokens) and self.tokens[after].word in ("why", "how"):
            # "ADHD, which explains why he cannot settle in class": a state given as the cause
            # (not an event: "Mum was evicted in May, which explains why they moved school").
            if not any(
                self.words.first_class(t.word, "n") == "noun.state"
                for t in self.tokens[: index - 1]
                if t.tag in _NOUN
            ):
                return None
            after += 1
        if (
            self.tokens[index].tag not in ("VBZ", "VBD", "VBP")
            or before not in ("which", "this", "that")
            or not self._on_someone(after)
        ):
            return None
        return "cause", index - 1, index

    def _an_effect_had(self, index):
        """ "Is having a significant impact on", "has an effect on": an effect, as a noun."""
        effect = self._phrase_head(index + 1)
        if (
            effect is None
            or effect + 1 >= len(self.tokens)
            or self.tokens[effect + 1].word != "on"
            or not (
                self.tokens[effect].word in self.prepared.effect_nouns
                or self._verb_lemmas(self.tokens[effect].word) & self.prepared.impacting
            )
        ):
            return None
        head = self._someones_doing_before(index)
        if head is None and self._pointing_back_at(index) and self._on_someone(effect + 1):
            return "cause", index, effect  # "..., and this has had an impact on her"
        subject = self._subject_head(index)
        if (
            head is None
            and self.tokens[subject].tag in ("NN", "NNS")
            and self._found_wanting(self.tokens[subject].word)
            and self._a_person_from(effect + 2)
        ):
            return "cause", subject, effect  # "the domestic abuse has had no impact on them"
        if not self._someones_mind(effect + 2) and (
            head is None or not self._a_person_from(effect + 2)
        ):
            return None  # "the new timetable has an effect on the pick-up time"
        return "cause", index if head is None else head, effect

    def _caused_by(self, index, lemmas) -> bool:
        """ "Is driven by his ADHD", "was triggered by", "stems from her own childhood": a verb
        of causing, passive before "by" or active before "from"."""
        if not lemmas & self.prepared.causal_verbs or index + 1 >= len(self.tokens):
            return False
        after = self.tokens[index + 1].word
        return (after == "by" and self.tokens[index].tag == "VBN") or (
            after == "from" and self.tokens[index].tag != "VBN"
        )

    def _cause_named(self, be_at) -> int | None:
        """ "Is the main driver of", "is a direct result of", "is the root cause of": after
        "be", a noun that names a cause or an effect, followed by what it is of. Its position,
        or None."""
        position = be_at + 1
        while position < len(self.tokens) and self.tokens[position].tag in (
            "RB",
            "DT",
            "PRP$",
            "JJ",
            "JJS",
            "NN",
            "VBG",  # "the underlying cause"
        ):
            word = self.tokens[position].word
            after = self.tokens[position + 1 : position + 2]
            if (word in self.prepared.causal_nouns or word in self.prepared.effect_nouns) and (
                after
                and after[0].word in ("of", "for", "behind", "in", "why")
                # "The reason he keeps...", "the reason the letters go unanswered": the clause
                # of what it is the reason for.
                or after
                and after[0].tag in ("PRP", "NNP", "DT")
                and word in self.prepared.causal_nouns
            ):
                return position
            position += 1
        return None

    def _a_thing_had(self, index) -> bool:
        """The verb's object is a thing, money, an act or a paper ("a car", "the money", "the
        training", "the paperwork"), not a quality of the mind ("insight", "the ability")."""
        if index + 1 >= len(self.tokens) or self.tokens[index + 1].word not in (
            "a",
            "an",
            "the",
            "any",
        ):
            return False  # "lack structure", "lacks motivation": a quality, found wanting
        head = self._phrase_head(index + 1)
        if head is None:
            return False
        word = self.tokens[head].word
        if abs(self.words.valence(word, "n")) >= self.prepared.threshold:
            return False  # "lack the support": found wanting
        return self.words.first_class(word, "n") not in (
            None,
            "noun.Tops",
            "noun.attribute",
            "noun.cognition",
            "noun.feeling",
            "noun.state",
            "noun.motive",
        )

    def _phrase_head(self, start) -> int | None:
        """The last noun of the noun phrase from ``start`` ("the factory closing" is "closing",
        "her own childhood" is "childhood"), or None."""
        at = start
        while at < len(self.tokens) and self.tokens[at].tag in ("DT", "PRP$", "JJ", "CD", "RB"):
            at += 1
        if at >= len(self.tokens) or self.tokens[at].tag not in (*_NOUN, "VBG"):
            return None
        while at + 1 < len(self.tokens) and self.tokens[at + 1].tag in (*_NOUN, "POS"):
            at += 1
        return at

    def _a_link_of_people(self, effect, cause) -> bool:
        """Whether a cause asserted is a judgement of someone: an effect in the mind ("her low
        mood is a result of"), or an effect or a cause that is a pattern or a state ("his
        outbursts", "her drinking", "his ADHD") -- unless a single occurrence has a plain cause
        ("Tom's absence was the result of a dental appointment", "Kayla's move was triggered by
        her landlord selling the flat"), which is a fact to record."""
        if effect is not None and self.words.first_class(self.tokens[effect].word, "n") in (
            "noun.feeling",
            "noun.cognition",
            "noun.motive",
        ):
            return True
        if (
            effect is not None
            and self.words.first_class(self.tokens[effect].word, "n") == "noun.attribute"
            and abs(self.words.valence(self.tokens[effect].word, "n")) >= self.prepared.threshold
        ):
            return True  # "his aggression is caused by": a trait, rated, and why someone has it
        if self._a_plain_cause(cause) and not (
            effect is not None and self.tokens[effect].tag == "NNS"
        ):
            return False
        if (
            self._an_occurrence(cause)
            and self._dated(cause)
            and effect is not None
            and self.tokens[effect].tag == "NN"
            and "noun.act" in self.words.classes(self.tokens[effect].word, "n")
        ):
            # "Kane's exclusion was a result of the fight on Tuesday": one thing done, then
            # another, as the record tells it.
            return False
        return any(at is not None and self._pattern_or_state(at) for at in (effect, cause))

    def _an_occurrence(self, at) -> bool:
        """One act or event, singular ("the fight", "his exclusion"), not a pattern or a state."""
        if at is None:
            return False
        token = self.tokens[at]
        return (
            token.tag == "NN"
            and not token.word.endswith("ing")
            and self.words.first_class(token.word, "n") in ("noun.act", "noun.event")
        )

    def _dated(self, at) -> bool:
        """When it happened follows: "the fight on Tuesday", "the move in March"."""
        after = self.tokens[at + 1 : at + 3]
        return (
            len(after) == 2
            and after[0].word in ("on", "in", "at", "last")
            and (
                after[1].tag in ("CD", "NNP")
                or self.words.first_class(after[1].word, "n") == "noun.time"
            )
        )

    def _pattern_or_state(self, at) -> bool:
        """A noun for what goes on or how someone is: plural ("outbursts"), a doing
        ("drinking"), rated ("violence"), a state ("anxiety"), or one WordNet lacks
        ("offending")."""
        token = self.tokens[at]
        word = token.word
        return (
            token.tag == "NNS"
            or word.endswith("ing")
            or abs(self.words.valence(word, "n")) >= self.prepared.threshold
            or self.words.first_class(word, "n")
            in (
                None,
                "noun.state",
                "noun.feeling",
                "noun.cognition",
                "noun.motive",
                "noun.attribute",
            )
        )

    def _a_plain_cause(self, at) -> bool:
        """A cause that is an act, an event, a message, a thing or a person, not itself rated:
        "a dental appointment", "a train cancellation", "her landlord"."""
        if at is None:
            return False
        word = self.tokens[at].word
        return (
            not word.endswith("ing")
            and abs(self.words.valence(word, "n")) < self.prepared.threshold
            and self.words.first_class(word, "n")
            in (
                "noun.act",
                "noun.event",
                "noun.communication",
                "noun.person",
                "noun.artifact",
                "noun.possession",
                "noun.group",
            )
        ) or self._names_person(self.tokens[at])

    def _motive(self, index, token):
        """ "Mr Eze's motivation for taking her in is financial", "her reason for leaving was
        to punish him": why someone acts, said of them as fact. Only they can say; what they
        said or did shows it."""
        if not (
            token.word in self.prepared.motive_nouns
            # (the tagger may read "motive" after "'s" as an adjective)
            or token.tag in ("NN", "NNS")
            and self.words.first_class(token.word, "n") == "noun.motive"
            # "Her reason for missing it was an admission": a cause, read as one
            and token.word not in self.prepared.causal_nouns
        ):
            return None
        if not any(t.tag in ("POS", "PRP$") for t in self.tokens[max(0, index - 3) : index]):
            return None  # "the reason for the delay": no one's
        if index + 1 < len(self.tokens) and self.tokens[index + 1].tag in ("NN", "NNS"):
            return None  # "Mum's motivation letter": a kind of letter
        verb = next(
            (
                at
                for at in range(index + 1, min(len(self.tokens), index + 12))
                # The finite verb, past "for offering to care for Ty".
                if self.tokens[at].tag in ("VBZ", "VBD", "VBP", "MD")
            ),
            None,
        )
        if verb is None or not self._verb_lemmas(self.tokens[verb].word) & {"be"}:
            return None
        if verb + 1 < len(self.tokens) and self.tokens[verb + 1].word in ("that", "unclear"):
            return None  # "her reason was that...": the content is read as itself
        return "motive", index, index

    def _a_person_from(self, start) -> bool:
        """The noun phrase from ``start`` is someone: "the children", "her", "Maisie"."""
        if start < len(self.tokens) and self.tokens[start].tag == "PRP":
            return True
        head = self._phrase_head(start)
        return head is not None and self._names_person(self.tokens[head])

    def _an_effect_after(self, start) -> bool:
        """From ``start``, past auxiliaries, a verb of affecting or having an effect ("is
        impacting", "has had an impact"): not "this showed when she shook", which goes on
        showing what went before."""
        position = start
        while position + 1 < len(self.tokens) and (
            self.tokens[position].tag in ("MD", "RB")
            or self._verb_lemmas(self.tokens[position].word) & {"be", "do", "have"}
            and self.tokens[position + 1].tag.startswith(("VB", "RB", "MD"))
        ):
            position += 1
        if position >= len(self.tokens):
            return False
        lemmas = self._verb_lemmas(self.tokens[position].word)
        # ("... and this is fuelling her anxiety": a verb of causing, active, is one too; and
        # "and this is at the root of the decline": a cause, named.)
        return (
            bool(lemmas & (self.prepared.impacting | self.prepared.causal_verbs))
            or self._an_effect_had(position) is not None
            or "be" in lemmas
            and any(
                t.word in self.prepared.causal_nouns
                for t in self.tokens[position + 1 : position + 5]
                if t.tag in ("NN", "NNS")
            )
        )

    def _pointing_back_at(self, verb_at) -> bool:
        """The verb's subject, past its auxiliaries, is "this" or "that": what went before."""
        position = verb_at - 1
        while position > 0 and (
            self.tokens[position].tag in ("MD", "RB")
            or self._verb_lemmas(self.tokens[position].word) & {"be", "do", "have"}
        ):
            position -= 1
        # (Or "which": "..., which affects her parenting capacity".)
        return (
            position < verb_at - 1
            and self.tokens[position].word in ("this", "that")
            or self.tokens[position].word == "which"
        )

    def _on_someone(self, start) -> bool:
        """From ``start`` (past an adverb and "on"), someone, or something of someone's that is
        not a thing: "on Noah's progress", "her sleep", "the children"."""
        while start < len(self.tokens) and (
            self.tokens[start].tag == "RB" or self.tokens[start].word in ("on", "upon")
        ):
            start += 1
        if self._a_person_from(start):
            return True
        head = self._phrase_head(start)
        if head is not None and self._found_wanting(self.tokens[head].word):
            return True  # "the cause of the lack of supervision": of a harm or a want
        if head is None or not any(t.tag in ("POS", "PRP$") for t in self.tokens[start:head]):
            return False
        # Of their state, feelings, ties, capacities or doings ("her sleep", "Noah's progress",
        # "her parenting capacity"), not of what they hold or have booked ("her benefits", "her
        # hours").
        word = self.tokens[head].word
        return (
            self.words.first_class(word, "n")
            in ("noun.state", "noun.feeling", "noun.relation", "noun.attribute")
            # A doing of their own life ("her parenting", "his eating"), not of a task ("her
            # driving", "his parking").
            or word.endswith("ing")
            and self.words.first_class(word[:-3], "v") in _OF_THEIR_LIFE
            or abs(self.words.valence(word, "n")) >= self.prepared.threshold
        )

    def _someones_own_doing(self, start) -> bool:
        """The noun phrase from ``start`` is something of someone's that is not a thing, a
        place, a time or a possession: "Isla's school refusal", "his missing episodes", "her
        low mood" (not "her car", "his flat")."""
        head = self._phrase_head(start)
        if head is None or not any(t.tag in ("POS", "PRP$") for t in self.tokens[start:head]):
            return False
        return self.words.first_class(self.tokens[head].word, "n") not in (
            *self.prepared.concrete,
            "noun.person",
            "noun.group",
            "noun.location",
            "noun.time",
            "noun.possession",
        )

    def _someones_mind(self, start) -> bool:
        """The noun phrase from ``start`` is someone's state of mind or of feeling ("the
        children's emotional wellbeing", "her mood"): what any cause is judged to act on."""
        owned, heads = False, []
        for token in self.tokens[start : start + 10]:
            if token.tag in ("POS", "PRP$"):
                owned = True
            elif token.tag in ("NN", "NNS"):
                heads.append(token)
            elif token.tag not in ("DT", "JJ", "NNP", "CC"):
                break  # (through "and": "on both his education and his wellbeing")
        return owned and any(self.words.first_class(head.word, "n") in _OF_MIND for head in heads)

    def _someones_doing_before(self, index) -> int | None:
        """Before the verb at ``index``, its subject is someone's conduct or state: "Ethan's
        regression (at pre-K)", "her behaviour"; not "the visit was cancelled because of snow",
        which is no one's doing. The subject's head noun, or None."""
        if index >= 2 and self.tokens[index - 1].word == "and":
            # A second verb of the same subject: "Aaliyah's aggression is attachment-based and
            # stems from...": the first verb's subject.
            first = next(
                (
                    p
                    for p in range(index - 2, max(-1, index - 8), -1)
                    if self.tokens[p].tag in ("VBZ", "VBD", "VBP")
                    or self.tokens[p].word in _CLAUSE_END
                ),
                None,
            )
            if first is not None and self.tokens[first].tag.startswith("VB"):
                return self._someones_doing_before(first)
        owner = next(
            (
                p
                for p in range(index - 1, max(-1, index - 9), -1)
                if self.tokens[p].tag in ("POS", "PRP$")
            ),
            None,
        )
        end = index  # back past auxiliaries: "is impacting", "does not affect"
        while end > 0 and (
            self.tokens[end - 1].tag in ("MD", "RB")
            or self._verb_lemmas(self.tokens[end - 1].word) & {"be", "do", "have"}
        ):
            end -= 1
        if owner is None or any(
            t.tag.startswith("VB") or t.word in _CLAUSE_END for t in self.tokens[owner:end]
        ):
            return None
        head = owner + 1
        while head + 1 < end and self.tokens[head + 1].tag in ("NN", "NNS"):
            head += 1
        word = self.tokens[head].word
        kind = self.words.first_class(word, "n")
        if self.tokens[head].tag not in ("NN", "NNS") or kind in (
            *self.prepared.concrete,
            "noun.person",
            "noun.group",
            "noun.location",
            "noun.time",
        ):
            # (A time that is also a doing or a state, of a person's: "her speech delay", not
            # "the visit's delay".)
            whose = self.tokens[owner]
            if not (
                kind == "noun.time"
                and self.words.classes(word, "n") & {"noun.act", "noun.state"}
                and (
                    whose.tag == "PRP$"
                    and whose.word != "its"
                    or owner > 0
                    and self._names_person(self.tokens[owner - 1])
                )
            ):
                return None
        return head

    def _compared(self, index):
        """ "Is behind for his age", "is well behind his peers", "is below expected levels":
        someone, or something they do, placed against others or a standard nobody measured
        (not "is behind the sofa", a place; nor "is below the 2nd centile", a measure)."""
        verb_at = index - 1
        while verb_at > 0 and (
            self.tokens[verb_at].tag in _SKIPPABLE_BEFORE_STATE
            or self.tokens[verb_at].word in ("a", "bit", "way", "far", "little", "lot", "much")
        ):
            verb_at -= 1  # "is well behind", "is not far below", "is a bit behind"
        # After "be" or "seem" (not "went ahead as planned": a particle of moving).
        if index == 0 or not self._verb_lemmas(self.tokens[verb_at].word) & (
            self.prepared.linking | self.prepared.appearance
        ):
            return None
        subject = self._head_of_subject(verb_at)
        # Someone, or something of someone's ("his attainment", "Nathan's development"), not a
        # thing or a place ("the school is within walking distance").
        if subject is None or not (
            self._names_person(subject)
            or any(
                t.tag in ("POS", "PRP$") for t in self.tokens[self._clause_start(verb_at) : verb_at]
            )
        ):
            return None
        end = index
        for position in range(index + 1, min(len(self.tokens), index + 8)):
            token = self.tokens[position]
            if (
                token.word in _CLAUSE_END
                or token.tag in ("CC", ".", "WRB", "WP")
                or token.word in ("according", "per", "as")
                # A second phrase says where or in what ("for his age in all three areas").
                or token.tag == "IN"
                and position > index + 1
                and token.word != "of"
                and any(t.tag in ("NN", "NNS") for t in self.tokens[index + 1 : position])
            ):
                break  # ("behind where it should be": the standard, unnamed; "according to":
                # who measured it, read as a source)
            if token.tag == "CD" or (
                token.tag in ("NN", "NNS")
                and (
                    self.words.first_class(token.word, "n") in self.prepared.concrete
                    or "noun.possession" in self.words.classes(token.word, "n")
                )
                and not self._names_person(token)
            ):
                return None  # a measure, a place, or money ("behind with the rent")
            end = position
        return "standing", verb_at, end

    def _placing_verb(self, verb_at):
        """The verb a place-like state hangs from, back from ``verb_at``: a linking or
        appearance verb ("is now out of control", "presented as under the influence"), or one of
        arriving; None if there is none."""
        while verb_at > 0 and (
            self.tokens[verb_at].tag in _SKIPPABLE_BEFORE_STATE or self.tokens[verb_at].word == "as"
        ):
            verb_at -= 1
        arrived = self._arrived_before(verb_at)
        if arrived is not None:
            return arrived  # "arrived on the unit under the influence"
        if self._verb_lemmas(self.tokens[verb_at].word) & (
            self.prepared.linking | self.prepared.appearance
        ):
            return verb_at
        return None

    def _an_arrival(self, word, light_moving) -> bool:
        """A verb of movement that someone arrives by, in some state: not a light verb ("took
        the bus", "got in"), unless it is among ``light_moving``."""
        return bool(self.words.classes(word, "v") & self.prepared.arrival) and not (
            self._verb_lemmas(word) & (self.prepared.light - light_moving)
        )

    def _arrived_before(self, at):
        """Where a verb of arriving is, at ``at`` or before a phrase of where ("came home",
        "arrived on the ward"): a state someone arrives in is said of them."""
        position = at
        while position > 0 and (
            self.tokens[position].tag in ("NN", "NNS", "DT", "JJ", "PRP$")
            or self.tokens[position].word == "&"  # "at A&E"
        ):
            position -= 1
        if position > 0 and self.tokens[position].tag in ("IN", "TO") and position < at:
            position -= 1  # "arrived on the ward", "came to the door"
        if (
            position > 0
            and self.tokens[position].word in PARTICLES
            and self.tokens[position - 1].tag.startswith("VB")
        ):
            position -= 1  # "turned up to the review", "came back to the house"
        token = self.tokens[position]
        if token.tag.startswith("VB") and self._an_arrival(token.word, _COMING_OR_GOING):
            return position
        return None

    def _incapable(self, index, token):
        """ "Cannot cope", "can't get on with other children": a capacity of mind or of dealing
        with others denied, as "unable to prioritise" is, and as a standing trait (the present
        tense); the modal is part of it. So is "is not coping", with no object: a capacity denied
        as it goes on ("is not attending school" tells what is not done)."""
        if token.tag in ("VBG", "VBN") and index >= 2:
            return self._not_managing(index, token)  # "is not coping", "has not coped"
        if token.tag == "MD":
            return self._capacity_foretold(index, token)
        if token.tag not in ("VB", "VBP") or index < 2:
            return None
        at = index - 1
        if self.tokens[at].word in ("not", "n't"):
            at -= 1
        elif self.tokens[at].word != "cannot":
            return None
        if self.tokens[at].word not in ("can", "ca", "cannot"):
            return None  # "could not remember when asked" tells an occasion
        if not self._of_care(index):
            return None
        subject = self._subject_before(at)
        if subject is not None and subject.tag in ("NN", "NNS") and not self._names_person(subject):
            return None  # "ones that a single demonstration cannot solve": a thing's, no one's
        return "capacity", at, index

    def _capacity_had(self, index, token):
        """ "Does not have the capacity to keep her safe", "has the skills to manage him", "lacks
        the ability to put the baby first": a capacity of mind had or lacked, for something to
        be done, said of someone as fact."""
        if not self._verb_lemmas(token.word) & _HAVING:
            return None
        tokens = self.tokens
        at = index + 1
        while at < len(tokens) and (
            tokens[at].tag in ("DT", "JJ", "RB") or tokens[at].word == "no"
        ):
            at += 1  # "the", "no", "little", "the necessary"
        if (
            at + 2 >= len(tokens)
            or tokens[at].tag not in ("NN", "NNS")
            or tokens[at + 1].word != "to"
            # ("To change": the tagger may read the verb as a noun after "to".)
            or not (tokens[at + 2].tag == "VB" or self.words.known(tokens[at + 2].word, "v"))
            or not self.words.with_lemmas(tokens[at].word, "n") & self.prepared.capacities
        ):
            return None
        subject = self._subject_before(index)
        if subject is None or not self._names_person(subject):
            return None  # "The plan has the capacity to...": a thing's
        verb = at + 2
        if not (
            self._of_care(verb)
            or self.words.first_class(tokens[verb].word, "v") == "verb.change"  # "to change"
            or any(  # "to put the children's needs first"
                t.tag == "NNS" and self.words.first_class(t.word, "n") in _NEEDS
                for t in tokens[verb + 1 : verb + 6]
            )
            # "To make decisions about where he lives": a light verb and an act of the mind.
            or self._verb_lemmas(tokens[verb].word) & self.prepared.light
            and any(
                t.tag in ("NN", "NNS")
                and self.words.first_class(t.word, "n") in ("noun.act", "noun.cognition")
                for t in tokens[verb + 1 : verb + 4]
            )
        ):
            return None  # "has the capacity to take a third child": room, not a mind's
        return "capacity", index, verb

    def _capacity_foretold(self, index, token):
        """ "Would not cope with a tenancy", "will not be able to keep a newborn safe": what
        someone could manage, foretold as fact. The modal is part of the judgement, not a
        hedge on it ("may", "might" and "could" are hedges, and are left alone)."""
        if token.word not in _WILL:
            return None
        at = index + 1
        negated = at < len(self.tokens) and self.tokens[at].word in _NOT
        at += negated
        words = [t.word for t in self.tokens[at : at + 3]]
        if words[:1] == ["be"] and words[1:2] in (["a"], ["an"]):
            # "Would not be a safe carer": a label foretold.
            found = self._label(at + 1, self.tokens[at + 1])
            return ("foretold", index, found[2]) if found is not None else None
        if words[:1] == ["be"] and len(words) == 3 and words[2] == "to":
            # "Will be able to", "would not be ready to": an ability or a readiness.
            if not self.words.value_of(words[1]) & {"ability", "capability", "readiness"}:
                return None
            at += 3
        elif not negated and words[:2] in (["struggle", "to"], ["fail", "to"]):
            at += 2  # "would struggle to manage him": a capacity, foretold as falling short
        elif not negated or (
            at + 1 < len(self.tokens) and self.tokens[at + 1].tag in ("DT", "PRP", "PRP$", "CD")
        ):
            # "Would not allow me to see": a refusal, told; "would not cope": foretold.
            return None
        if at >= len(self.tokens) or self.tokens[at].tag != "VB" or not self._of_care(at):
            return None
        if token.word == "would" and self.tokens[at - 1].word != "to":
            # "Mum would not engage": as often a refusal told as one foretold; what was seen
            # or heard answers either.
            return "capacity", index, at
        return "foretold", index, at

    def _of_care(self, at) -> bool:
        """What a capacity to care is judged on: a verb of the mind or of dealing with others
        ("cope", "prioritise"), of protecting ("protect"), of meeting needs, or keeping someone
        in a state ("keep the baby safe")."""
        token = self.tokens[at]
        if self._of_capacity(token) or self.words.first_class(token.word, "v") == (
            "verb.competition"
        ):
            return True
        lemmas = self._verb_lemmas(token.word)
        if lemmas & self.prepared.satisfying:
            # "Meet her needs", not "meet at 2pm".
            return any(
                t.tag == "NNS" and self.words.first_class(t.word, "n") in _NEEDS
                for t in self.tokens[at + 1 : at + 6]
            )
        if lemmas & self.prepared.sustaining and self._a_change_kept(at):
            return True  # "sustain the changes", "maintain her progress"
        return "keep" in lemmas and any(
            t.tag in _ADJECTIVE and self._evaluative(t.word) for t in self.tokens[at + 1 : at + 6]
        )

    def _a_change_kept(self, verb_at) -> bool:
        """The verb's object names a change, as a verb of change or a noun made from one
        ("the changes", "the improvements")."""
        for token in self.tokens[verb_at + 1 : verb_at + 5]:
            if token.tag not in ("NN", "NNS"):
                continue
            stems = {*self.words.lemmas(token.word, "n"), token.word}
            stems |= {stem.removesuffix("ment") for stem in stems}
            return any(self.words.first_class(stem, "v") == "verb.change" for stem in stems)
        return False

    def _of_capacity(self, token) -> bool:
        """A verb of the mind or of dealing with others ("cope", "prioritise"), not a light one."""
        return self.words.first_class(token.word, "v") in (*_MIND, "verb.social") and not (
            self._verb_lemmas(token.word) & (self.prepared.light | self.prepared.linking)
        )

    def _not_managing(self, index, token):
        at = index - 1
        if token.word == "known":
            return None  # "It is not known whether...": what is not known, said so
        if self.tokens[at].word not in ("not", "n't") or not (
            # "is not coping", "has not coped"
            self._verb_lemmas(self.tokens[at - 1].word) & {"be", "have"}
        ):
            return None
        if not self._of_capacity(token):
            return None
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if following is not None and following.tag in (*_NOUN, "DT", "PRP$", "PRP", "TO"):
            return None  # "is not attending school": what is not done
        return "capacity", at - 1, index

    def _felt_like(self, index, token):
        """ "Didn't feel like going out": a want read into someone, as "wanted to" is
        when no one said it."""
        if token.word != "like" or index == 0 or index + 1 >= len(self.tokens):
            return None
        if not self._verb_lemmas(self.tokens[index - 1].word) & {"feel"}:
            return None
        if self.tokens[index + 1].tag != "VBG" or self._the_writers_own(index - 1):
            return None
        return "want", index - 1, index + 1

    def _ends_up(self, index, token):
        """ "Sam will end up in care", "will wind up in custody": where someone will come to be,
        foretold as certain; or what they will keep doing ("will keep turning up")."""
        following = [t.word for t in self.tokens[index + 1 : index + 3]]
        # "Will be back in care by the summer": where they will come to be again.
        back = token.word == "be" and following[:1] == ["back"] and following[1:] in _INTO
        if back:
            # A state or a course ("care", "custody", "trouble"), not a place ("the office").
            head = next(
                (
                    at
                    for at in range(index + 3, min(len(self.tokens), index + 6))
                    if self.tokens[at].tag in ("NN", "NNS")
                ),
                None,
            )
            back = head is not None and self.words.first_class(self.tokens[head].word, "n") in (
                "noun.act",
                "noun.state",
            )
        # "Will keep turning up whatever we do", "will continue to drink": a habit foretold to
        # go on, of drink or drugs, of harm, or whatever anyone does (not an arrangement: "will
        # continue to live with her grandmother", "will keep visiting weekly").
        kept_up = (
            self._verb_lemmas(token.word) & {"keep", "continue"}
            and index + 1 < len(self.tokens)
            and (
                self.tokens[index + 1].tag == "VBG"
                or following[:1] == ["to"]
                and index + 2 < len(self.tokens)
                and self.words.known(self.tokens[index + 2].word, "v")
            )
            and self._a_habit_kept_up(index + 1 + (following[:1] == ["to"]))
        )
        if kept_up and any(t.word in ("i", "we") for t in self.tokens[:index]):
            return None  # "I hope Mum will keep going": the writer's hope, not a forecast
        if (
            not back
            and not kept_up
            and (token.word not in self.prepared.ending_up or following[:1] != ["up"])
            or not self._after_will(index)
            # Someone's: "the letter will end up with the team" is a thing's.
            or not self._names_person(self.tokens[self._subject_head(index)])
        ):
            return None
        modal = index - 1
        while modal > 0 and self.tokens[modal].word not in ("will", "wo", "'ll"):
            modal -= 1
        last = index + 2 if kept_up and following[:1] == ["to"] else index + 1
        return ("foretold", modal, last) if self._foretold_as_fact(modal, index) else None

    def _a_habit_kept_up(self, verb_at) -> bool:
        """What is kept up from ``verb_at`` is a habit of consuming (drink, drugs), a harm, or
        goes on whatever anyone does ("whatever contact arrangements are put in place")."""
        word = self.tokens[verb_at].word
        return (
            self.words.first_class(word, "v") == "verb.consumption"
            or self.words.valence(word, "v") <= -0.4
            or any(t.word in ("whatever", "regardless") for t in self.tokens[verb_at:])
        )

    def _wanted_because(self, index):
        """ "...has told police he does not know them, because he wants to keep his supply
        coming": why someone acts, put down to what they want; only they can say."""
        tokens = self.tokens
        subject = index + 1
        if subject >= len(tokens) or tokens[subject].word in ("i", "we", "it", "this", "that"):
            return None
        if not self._names_person(tokens[subject]):
            return None
        at = subject + 1
        cannot = False
        while at < len(tokens) and (
            tokens[at].tag == "RB"
            or tokens[at].word in ("does", "do", "did", "can", "cannot", "ca")
        ):
            cannot = cannot or tokens[at].word in ("cannot", "ca", "can")
            at += 1  # "because he only wants", "because she does not want", "cannot face"
        if at >= len(tokens):
            return None
        lemmas = self._verb_lemmas(tokens[at].word)
        # "Because she is frightened the children will be taken": a feeling, as the reason.
        described = at + 1
        while (
            described < len(tokens)
            and tokens[described].tag in ("RB", "RBR", "JJR")
            and (tokens[described].word in ("more", "so", "too", "very", "less", "most"))
        ):
            described += 1  # "because she is more afraid of losing him"
        felt = (
            "be" in lemmas
            and described < len(tokens)
            and tokens[described].tag in ("JJ", "VBN")
            # A feeling made from a verb of feeling ("frightened", "worried"; not "ill"), or a
            # word for a feeling ("afraid").
            and (
                self.words.first_class(tokens[described].word, "v") == "verb.emotion"
                or self.words.names_feeling(tokens[described].word)
            )
        )
        if not (
            felt
            or lemmas & _WANTING
            # What they feel: "because she hates being at home", "because he fears..."
            or self.words.first_class(tokens[at].word, "v") == "verb.emotion"
            # What they cannot bear: "because she cannot face being at home with him".
            or cannot
            and any(
                {"tolerate", "endure"} <= self.words.sharing_a_sense(lemma)
                or "confront" in self.words.sharing_a_sense(lemma)
                for lemma in lemmas
            )
        ):
            return None
        return (
            None
            if self._their_own_reason(index, at)
            else ("motive", index, described if felt else at)
        )

    def _told_only_by_others(self, at) -> bool:
        """After ``at``, no one tells it in an aside (", she told me"); a verb of telling there
        is in a clause of its own ("..., which school had reported missing")."""
        return not any(
            self.tokens[n].tag.startswith("VB")
            and self.words.first_class(self.tokens[n].word, "v") == "verb.communication"
            and self.tokens[n - 1].tag in ("PRP", "NNP")
            for n in range(at + 1, len(self.tokens))
        )

    def _their_own_reason(self, index, at) -> bool:
        """The reason opened at ``index`` (its verb at ``at``) is in their own account: ", she
        told me" after it, or "he told me he left because he wanted to", the reason inside what
        was told; not when set apart by a comma after a report, which makes it the writer's
        ("has told police he does not know them, because he wants...")."""
        tokens = self.tokens
        telling = [
            n
            for n, t in enumerate(tokens)
            if t.tag.startswith("VB")
            and self.words.first_class(t.word, "v") == "verb.communication"
        ]
        # What was told follows a verb before it ("told police he...", "said that"), not what
        # was agreed to or signed ("has agreed to the plan because...").
        told_before = [
            n
            for n in telling
            if n < index
            and any(
                w.word in ("that", "he", "she", "they", "i", "we") for w in tokens[n + 1 : n + 3]
            )
        ]
        # (Nor ", she told me, because...", ", according to her, because...": an aside of whose
        # account it is.)
        aside = next(
            (n for n in range(index - 2, max(-1, index - 7), -1) if tokens[n].word == ","), None
        )
        return bool(
            # Someone telling it after ("..., she told me"; not a doing inside the reason:
            # "did not want the clinic questioning her", "wanted to avoid questions").
            any(n > at and tokens[n].tag != "VBG" and tokens[n - 1].word != "to" for n in telling)
            or tokens[index - 1].word != ","
            and told_before
            or aside is not None
            and (
                any(aside < n < index for n in telling)
                or "according" in {t.word for t in tokens[aside:index]}
            )
        )

    def _intended(self, index):
        """ "The landlord has no intention of doing the work", "has every intention of
        leaving": what someone means to do, read into them; only they can say it."""
        tokens = self.tokens
        if (
            index < 3
            or index + 2 >= len(tokens)
            or tokens[index + 1].word != "of"
            or tokens[index - 1].tag != "DT"
            or not self._verb_lemmas(tokens[index - 2].word) & {"have"}
        ):
            return None
        subject = self._subject_before(index - 2)
        if (
            subject is None
            or not self._names_person(subject)
            or subject.word in ("i", "we")
            or not self._asserted(index)
        ):
            return None
        return "want", index - 1, index

    def _valued(self, index):
        """ "His faith matters more to him than his son does", "school matters to her": what
        someone values, a want read into them unless they said it."""
        at = index + 1
        while at < len(self.tokens) and self.tokens[at].tag in ("RB", "RBR", "RBS", "JJR", "JJS"):
            at += 1
        before = self.tokens[index - 1] if index else None
        if (
            # ("I put these matters to him": the noun.)
            before is not None
            and (before.tag in ("DT", "JJ", "PRP$", "CD") or before.tag.startswith("VB"))
            or at + 1 >= len(self.tokens)
            or self.tokens[at].word != "to"
            or not self._names_person(self.tokens[at + 1])
            or self.tokens[at + 1].word in ("me", "us")
            or not self._asserted(index)
        ):
            return None
        return "want", index, at + 1

    def _series(self, found):
        """A state runs on through the descriptions joined to it: "was attentive and
        nurturing" is one judgement, and its second word is not evidence of the first."""
        if found is None or found[0] != "state":
            return found
        kind, first, last = found
        tokens = self.tokens
        while (
            last + 2 < len(tokens)
            and tokens[last + 1].word in ("and", "or", ",")
            and tokens[last + 2].tag in (*_ADJECTIVE, "VBG", "VBN")
            and (
                self._evaluative(tokens[last + 2].word)
                # "Low and withdrawn": a participle WordNet has as an adjective describes too.
                or (tokens[last + 2].tag == "VBN" and self.words.known(tokens[last + 2].word, "a"))
            )
            # "Anxious and crying": an act that shows a state is what was seen, not more of it.
            and not (tokens[last + 2].tag == "VBG" and self._bodily_or_vocal(tokens[last + 2].word))
            # Nor a past verb with its object ("tearful and held Amy's hand"), the tagger
            # reading it as a participle: something done.
            and not (
                tokens[last + 2].tag == "VBN"
                and last + 3 < len(tokens)
                and tokens[last + 3].tag in ("DT", "PRP$", "NNP", "PRP")
            )
        ):
            last += 2
        return kind, first, last

    def _bodily_or_vocal(self, word) -> bool:
        """A verb of something the body or voice does ("crying", "shaking", "shouting"), not of
        how someone treats others ("nurturing", which WordNet also files as social)."""
        classes = self.words.classes(word, "v")
        return "verb.body" in classes or (
            self.words.first_class(word, "v") == "verb.communication"
            and "verb.social" not in classes
        )

    def _habit(self, index, start=None) -> bool:
        """What a frequency qualifies is a habit or a trait: a verb in a finite tense or a
        description ("never does his homework", "always late"), not an event told in a
        participle ("the diary never having been returned", a matter of record). After a
        present "be" it is where someone always is ("is always on her phone"); at the end of a
        clause, it qualifies the clause's verb in a present tense ("are exposed to it all the
        time")."""
        tokens = self.tokens
        if start and tokens[start - 1].word in _WILL:
            return True  # "will always go back to him": a habit foretold from the past
        for token in tokens[index : index + 3]:
            if token.tag in ("VBZ", "VBP", "VBD", "MD", *_ADJECTIVE):
                return True
            if token.tag == "VBG" and self._after_be(index - 1):
                return True  # "is always making excuses": a trait told in the progressive
            if (
                (
                    token.tag == "VBN"
                    # (After "has", the tagger's base form is a participle: "has always put".)
                    or token.tag == "VB"
                    and start
                    and self.tokens[start - 1].word in ("has", "have")
                )
                and start
                and self.tokens[start - 1].word in _PRESENT_AUX
            ):
                # "Is never dressed warmly": a present passive, a habit; "has never accepted
                # responsibility": never, up to now.
                return True
            if token.tag == "VB" and start and tokens[start - 1].tag in ("NNS", "PRP"):
                return True  # "the carers never shout": the tagger's base form after a plural
            if token.tag in ("VBG", "VBN", "VB"):
                return False
            if token.word in _CLAUSE_END or token.tag == ".":
                break
        if start is None or start == 0:
            return False
        before = tokens[start - 1]
        # The tagger reads a present verb after a plural as its base ("the twins hear").
        present = ("VBZ", "VBP", "VB")
        if (
            before.tag in ("VBZ", "VBP")
            and self._verb_lemmas(before.word) & {"be"}
            and index < len(tokens)
            and tokens[index].tag in ("IN", "DT", "PRP$")
        ):
            return True
        ends_clause = index >= len(tokens) or tokens[index].word in _CLAUSE_END
        if not ends_clause and tokens[index].tag != ".":
            return False
        clause = self._clause_start(start)
        return any(
            t.tag in present and (t.tag != "VB" or tokens[at - 1].tag in ("NNS", "PRP"))
            for at, t in enumerate(tokens[clause:start], clause)
            if at
        )

    def _manner(self, index, token):
        """ "Was dressed inappropriately", "spoke aggressively": an adverb that judges how
        something was done, rated through the adjective it comes from (and found wanting:
        "played happily" describes, "spoke aggressively" judges); or done "too much", "too
        often": more than it should be, against an amount nobody gave."""
        if token.word == "too":
            verb = self._verb_before(index, 4)
            if verb is not None and self._excess(index, verb):
                return "frequency", verb, index + 1
            return None
        if token.tag != "RB" or not token.word.endswith("ly") or len(token.word) < 6:
            return None
        if not any(
            self.words.known(candidate, "a")
            and (
                self.words.evaluative(candidate, self.prepared.sources) >= self.prepared.threshold
                and self.words.valence(candidate, "a") < 0
                # Or against a norm, either way: "responded appropriately", "dressed adequately";
                # or a disposition: "acted protectively".
                or bool(self.words.value_of(candidate) & self.prepared.norms)
                or bool(self.words.made_from(candidate) & self.prepared.disposition)
            )
            for candidate in _adjectives_of(token.word)
        ):
            return None
        verb = self._verb_before(index, 3)
        if verb is None or self._the_writers_own(verb):
            return None  # "I took her concerns seriously": how the writer did it is theirs
        if index + 1 < len(self.tokens) and self._impersonal_it(index + 1) is not None:
            return None  # "It is widely accepted that...": how widely a view is held
        return "state", verb, index

    def _verb_before(self, index, reach):
        """The nearest verb within ``reach`` tokens before ``index``, or None."""
        return next(
            (
                at
                for at in range(index - 1, max(-1, index - reach - 1), -1)
                if self.tokens[at].tag.startswith("VB")
            ),
            None,
        )

    def _excess(self, index, verb) -> bool:
        """ "Cries too much", "eats too little", "is on her phone too often": how much or how
        often something is done, after its verb, as more or less than it should be."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        between = self.tokens[verb + 1 : index]
        return (
            following is not None
            and following.word in ("much", "little", "often")
            and index > 0
            # Not what is too small or large to do ("too little to reach").
            and (index + 2 == len(self.tokens) or self.tokens[index + 2].tag != "TO")
            # Not a measure ("it costs too much") nor what someone has ("too much on her
            # plate"): how much is had is no doing.
            and self.words.first_class(self.tokens[verb].word, "v") != "verb.stative"
            and not self._verb_lemmas(self.tokens[verb].word) & {"have"}
            # Nor a verb of an earlier clause: "her mother said they cost too much", "Mum
            # said the uniform costs too much".
            and not any(t.word in SUBJECT_PRONOUNS for t in between)
            and not (
                between
                and self.words.first_class(self.tokens[verb].word, "v") == "verb.communication"
                and any(t.tag in ("DT", "PRP$") for t in between)
            )
        )

    def _placed(self, index, token):
        """ "Is at risk", "was in crisis": a state given as where someone is."""
        if index == 0 or index + 1 >= len(self.tokens):
            return None
        verb_at = index - 1
        if token.word == "of" and self.tokens[index - 1].word == "out" and index >= 2:
            verb_at = index - 2  # "was out of control"
        elif token.word not in ("at", "in", "under", "beyond"):
            return None
        living = token.word == "in" and self._verb_lemmas(self.tokens[index - 1].word) & {"live"}
        # "Are living in constant fear": where someone lives, when it is a state, is one.
        verb_at = index - 1 if living else self._placing_or_noted(verb_at, index, token)
        if verb_at is None:
            return None
        position, judged_place, described = self._past_descriptions(index + 1)
        if (
            position + 2 < len(self.tokens)
            and self.tokens[position].word == "state"
            and self.tokens[position + 1].word == "of"
        ):
            position += 2  # "in a state of disrepair": the state is what follows
            while position < len(self.tokens) and self.tokens[position].tag in ("DT", "JJ"):
                position += 1
        if position >= len(self.tokens) or self.tokens[position].tag not in ("NN", "NNS"):
            return None
        if self._attended(position):
            return None  # "at her mental health appointment": where she went
        following = self.tokens[position + 1 : position + 3]
        if self._fact_or_prediction(position, following):
            return None
        if living:
            # "Living in denial": a stance, lived in (_a_stance_in).
            found = self._lived_in(verb_at, position)
            if found is None and self._a_stance_in(index, position, following):
                found = "state", verb_at, position
            return found
        if (
            judged_place
            and token.word == "in"
            # Neither a thing ("in the big bedroom") nor a word WordNet does not have ("in a
            # clean babygro"), which is likelier a thing than a state.
            and self.words.first_class(self.tokens[position].word, "n")
            not in (*self.prepared.concrete, None)
        ):
            return "state", verb_at, position  # not "in the big bedroom": a room is a room
        if token.word == "in" and self._a_stance_in(index, position, following):
            return "state", verb_at, position  # "is in denial about": a stance towards a matter
        # A state, a feeling or an attribute ("under the influence", "out of control"); or a
        # noun that can be a state, described ("in a heightened state").
        if self.words.first_class(self.tokens[position].word, "n") in self.prepared.feelings | {
            "noun.state",
            "noun.attribute",
        } or (described and "noun.state" in self.words.classes(self.tokens[position].word, "n")):
            return "state", verb_at, position
        return None

    def _placing_or_noted(self, verb_at, index, token):
        """The verb that places someone in a state, or, in a note with no verb, the person
        right before "under": "Both parents under the influence."."""
        placing = self._placing_verb(verb_at)
        if (
            placing is None
            and token.word == "under"
            and self.verbless
            and self._names_person(self.tokens[index - 1])
        ):
            return index - 1
        return placing

    def _a_stance_in(self, index, position, following) -> bool:
        """ "In denial about her drinking", "remains in denial.": a state of the mind ("denial",
        "doubt", "turmoil"), not of dealings with others ("contact", "dispute", "mediation",
        "treatment"), with no article, ending the clause or about a matter."""
        noun = self.tokens[position]
        return (
            ([t.word for t in following[:1]] in (["about"], ["."], [";"]) or not following)
            and noun.tag == "NN"
            and self.tokens[index + 1].tag != "DT"
            and (
                self.words.first_class(noun.word, "n")
                in ("noun.cognition", "noun.feeling", "noun.state")
                or "noun.process" in self.words.classes(noun.word, "n")
            )
        )

    def _past_descriptions(self, position) -> tuple[int, bool, bool]:
        """Past the determiners and descriptions from ``position``: where the noun is, whether
        a description rates it ("in a good place", "in a right state": where, rated), and
        whether any describes it ("in a heightened state")."""
        judged = described = False
        while position < len(self.tokens) and self.tokens[position].tag in (
            "DT",
            "JJ",
            "JJR",  # "in a much better place"
            "PRP$",
            "VBN",
            "RB",
        ):
            token = self.tokens[position]
            judged = judged or (token.tag in ("JJ", "JJR") and self._evaluative(token.word))
            described = described or token.tag in ("JJ", "JJR", "VBN")
            position += 1
        return position, judged, described

    def _lived_in(self, verb_at, position):
        """ "Are living in constant fear", "live in poverty": a feeling or a state, rated, as
        where someone lives (not "in temporary accommodation")."""
        noun = self.tokens[position].word
        if (
            self.words.first_class(noun, "n") in self.prepared.feelings | {"noun.state"}
            and abs(self.words.valence(noun, "n")) >= self.prepared.threshold
        ):
            return "state", verb_at, position
        return None

    def _fact_or_prediction(self, position, following) -> bool:
        """ "At the age of 5": a fact; "is at risk of harm if Dad drinks while caring for
        her": a prediction."""
        if [t.word for t in following[:1]] == ["of"] and following[-1].tag == "CD":
            return True
        for at in range(position + 1, len(self.tokens)):
            token = self.tokens[at]
            if token.word in ("if", "unless"):
                return True
            if (
                token.word == "and"
                and at + 1 < len(self.tokens)
                and (self.tokens[at + 1].tag in ("MD", "VBZ", "VBD", "VBP"))
            ):
                return False  # "is in denial ... and would put him first if...": another clause
        return False

    def _attended(self, position) -> bool:
        """The compound starting at ``position`` ends in something attended or a thing ("mental
        health appointment"), not a state ("crisis point")."""
        head = position
        while head + 1 < len(self.tokens) and self.tokens[head + 1].tag in ("NN", "NNS"):
            head += 1
        return head > position and self.words.first_class(self.tokens[head].word, "n") in (
            *self.prepared.concrete,
            *_ATTENDED,
        )

    def _absolute(self, index, token):
        """ "Dad minimises everything", "will go along with anything", "everyone knows it": a
        claim about every occasion or every person, made of a habit (a present tense or "will"),
        not of one occasion ("did not eat anything at lunch")."""
        tokens = self.tokens
        at = (
            index - 1 if token.word == "one" and index and tokens[index - 1].word == "no" else index
        )
        if " ".join(t.word for t in tokens[at : index + 1]) not in self.prepared.absolutes or (
            # "The hours when no one is free": which hours, defined, not a claim of all time.
            at >= 2
            and tokens[at - 1].word == "when"
            and self.words.first_class(tokens[at - 2].word, "n") == "noun.time"
        ):
            return None
        following = tokens[index + 1 : index + 3]
        verb = None
        if not (following and following[0].tag.startswith(("VB", "MD"))):
            # The object of a verb before it: "minimises everything", "goes along with anything"
            # (not the subject of its own: "says nobody visits").
            for back in range(at - 1, max(-1, at - 5), -1):
                if tokens[back].tag.startswith("VB"):
                    verb = back
                    break
                if tokens[back].tag not in ("RP", "IN", "RB"):
                    break
        if verb is None:
            # Its subject: "everyone knows it", "nobody listens to him", "nobody in the family
            # is willing to have him".
            after = self._past_phrase(index + 1)
            verb = next(
                (
                    after + n
                    for n, t in enumerate(tokens[after : after + 2])
                    if t.tag.startswith("VB")
                ),
                None,
            )
            if verb is not None and self._disposed(verb):
                return "absolute", at, verb + 1
            if verb is None or self.words.first_class(tokens[verb].word, "v") not in (
                "verb.cognition",
                "verb.perception",
                "verb.communication",
                "verb.emotion",
            ):
                return None
        elif not self._said_of_someone(self._head_of_subject(verb) or token):
            return None  # "the report covers everything": not said of anyone
        if self._verb_lemmas(tokens[verb].word) & {"be", "have", "live"}:
            return None  # "is everything to her", "has nothing in the fridge", "lives alone"
        if not self._habit_verb(verb):
            return None
        if verb < at:
            # The judgement runs from the verb's helpers ("will go along with anything", "does
            # not follow through with anything"): a habit told with "will" is not a prediction.
            while verb and (
                tokens[verb - 1].word in _NOT or tokens[verb - 1].tag in ("MD", "VBZ", "VBP")
            ):
                verb -= 1
            at = verb
        return "absolute", at, index

    def _a_rating_verb(self, word) -> bool:
        """A verb that gives a rating: "assess", "rate", "scale"; or "put" and "place" where a
        scale is spoken of ("On the scale I would put this family at a 7")."""
        lemmas = self._verb_lemmas(word)
        return bool(lemmas & (_RATING_VERBS | {"scale"})) or bool(
            lemmas & {"put", "place"}
            and ("scal" in self.text.lower() or _A_SCORE.search(self.text) is not None)
        )

    def _scaled(self, index, token):
        """ "I would put this family at a 7", "I scale the risk at 3 out of 10": a place on a
        scale given; what puts it there is the evidence (a score is no count)."""
        if token.tag == "VBG" or not self._a_rating_verb(token.word):
            return None
        tokens = self.tokens
        subject = self._subject_before(index)
        passive = token.tag == "VBN" and self._after_be(index)
        if not passive and (subject is None or subject.word not in ("i", "we")):
            return None  # "Kai scaled his worry at 8": his own scaling, which he told
        if passive and any(t.word == "by" for t in tokens[index + 1 :]):
            return None
        at = next(
            (p for p in range(index + 1, min(len(tokens), index + 7)) if tokens[p].word == "at"),
            None,
        )
        if at is None:
            return None
        figure = at + 1
        if figure < len(tokens) and tokens[figure].word in ("a", "an"):
            figure += 1
        if figure >= len(tokens) or not (
            tokens[figure].tag == "CD" or tokens[figure].word.isdigit()
        ):
            return None
        following = tokens[figure + 1].word if figure + 1 < len(tokens) else ""
        if following in ("am", "pm", ":", "o'clock", "hours", "weeks", "months"):
            return None  # a time, not a place on a scale
        return "rating", index, figure

    def _made_so(self, index, token):
        """ "The exclusion has made things much worse at home", "the move made Kai anxious": a
        cause claimed, and the state or change it made; what links the two is the evidence."""
        if not self._verb_lemmas(token.word) & {"make"} or token.tag == "VBG":
            return None
        tokens = self.tokens
        at = index + 1
        while (
            at < len(tokens)
            and at - index <= 5
            and (
                tokens[at].tag in ("DT", "POS")
                # Whose: "the family's situation" (but "made her anxious": "her" is whom).
                or tokens[at].tag == "PRP$"
                and not (
                    tokens[at].word == "her"
                    and at + 1 < len(tokens)
                    and tokens[at + 1].tag in ("JJ", "JJR", "RB", "VBN", "VBD")
                )
                or tokens[at].tag in ("NN", "NNP")
                and at + 1 < len(tokens)
                and tokens[at + 1].tag == "POS"
            )
        ):
            at += 1
        if at >= len(tokens) or tokens[at].tag not in ("NN", "NNS", "NNP", "PRP", "PRP$"):
            return None
        at += 1
        while at < len(tokens) and (
            tokens[at].tag in ("RB", "RBR") or tokens[at].word in ("a", "lot", "more", "less")
        ):
            at += 1  # "much worse", "a lot worse", "more depressed"
        if at >= len(tokens) or tokens[at].tag not in ("JJ", "JJR", "VBN", "VBD"):
            return None
        state = tokens[at].word
        if not (self._evaluative(state) or self.words.names_feeling(state)):
            return None
        if at + 1 < len(tokens) and tokens[at + 1].tag in ("NN", "NNS"):
            return None  # "made the boys a hot breakfast": what was made
        subject = self._head_of_subject(index)
        if (
            subject is not None
            and self._names_person(subject)
            and self._someones_doing_before(index) is None
            and self.words.valence(state, "a") > -self.prepared.threshold
        ):
            # "The carer made Kai comfortable": something done, by someone (though "Mum has
            # made things worse" says what she caused).
            return None
        return "cause", index, at

    def _known_to_do(self, index):
        """ "Josh is known to frequent the park", "Mother is known to drink heavily": what
        someone does, known to no one named (not "known to the team", on its books)."""
        tokens = self.tokens
        if not (index and self._after_be(index)) or index + 2 >= len(tokens):
            return None
        if tokens[index + 1].word != "to" or tokens[index + 2].tag in (
            "DT",
            "PRP$",
            "NNP",
            "NNS",
            "POS",
        ):
            return None
        after = tokens[index + 2].word
        if tokens[index + 2].tag == "NN" and (
            not self.words.known(after, "v")
            or self.words.first_class(after, "n") in ("noun.group", "noun.person")
        ):
            return None  # "known to police": on its books (the tagger's noun "use" is a verb)
        if any(t.word == "by" for t in tokens[index + 2 :]):
            return None
        return "unnamed", index, index + 2

    def _none_ever(self, index):
        """ "Mum cannot make any decisions for herself", "he won't accept any help": a habit
        denied of every occasion, as "never" would say ("did not eat any lunch" is one
        occasion; "has not had any contact since May" a record)."""
        tokens = self.tokens
        if index + 1 >= len(tokens) or tokens[index + 1].tag not in ("NN", "NNS", "JJ"):
            return None
        verb = index - 1
        while (
            verb > 0
            and tokens[verb].tag in ("RP", "IN", "RB", "TO")
            and tokens[verb].word not in _NOT
        ):
            verb -= 1  # "won't listen to any advice"
        if verb < 2 or tokens[verb].tag != "VB":
            return None
        if self._verb_lemmas(tokens[verb].word) & {"be", "have"}:
            return None
        head = index + 1
        while head + 1 < len(tokens) and tokens[head].tag == "JJ":
            head += 1  # "any after-school clubs": what it is is the noun
        thing = self.words.first_class(tokens[head].word, "n")
        if thing in ("noun.communication", "noun.motive") and self.words.first_class(
            tokens[verb].word, "v"
        ) in ("verb.communication", "verb.possession"):
            return None  # "cannot give any explanation", "any reason": what was not said, told
        if thing in self.prepared.concrete or thing in _PLAIN_THINGS:
            return None  # "does not go to any after-school clubs": a record of what is not done
        helper = self._denied_habit(verb)
        if helper is None or any(t.word in ("until", "unless") for t in tokens[index:]):
            return None  # "...cannot make any decisions until probate is granted": for now
        subject = self._head_of_subject(helper)
        if subject is None or subject.word in ("i", "we") or not self._said_of_someone(subject):
            return None
        return "absolute", helper, index + 1

    def _denied_habit(self, verb):
        """Where a habit's denial starts before its verb, or None: "cannot", "won't" (or
        "wont"), "doesn't ever", "is unable to", "is not able to"; not "did not" or "was
        unable to", one occasion."""
        tokens = self.tokens
        helper = verb - 1
        while helper > 0 and tokens[helper].tag == "RB" and tokens[helper].word not in _NOT:
            helper -= 1  # "doesn't ever show any warmth"
        word = tokens[helper].word
        if word == "to" and helper >= 2:
            able = helper - 1
            if not (
                tokens[able].word == "unable"
                or tokens[able].word == "able"
                and tokens[able - 1].word in _NOT
            ):
                return None
            be = able - 1 if tokens[able].word == "unable" else able - 2
            return be if be >= 0 and tokens[be].tag in ("VBZ", "VBP") else None
        if word in _CANNOT or word in ("wont", "cant", "dont", "doesnt"):
            return helper
        if word in _NOT and (
            tokens[helper - 1].tag == "MD" or tokens[helper - 1].word in ("does", "do")
        ):
            return helper - 1
        return None

    def _past_phrase(self, position) -> int:
        """Where a phrase of place or membership from ``position`` ends ("in the family", "at
        home"): the position after it, or ``position`` if there is none."""
        tokens = self.tokens
        if (
            position >= len(tokens)
            or tokens[position].tag != "IN"
            or tokens[position].word == "that"
        ):
            return position
        end = position + 1
        while end < len(tokens) and tokens[end].tag in ("DT", "PRP$", *_ADJECTIVE):
            end += 1
        if end >= len(tokens) or tokens[end].tag not in _NOUN:
            return position
        while end < len(tokens) and tokens[end].tag in _NOUN:
            end += 1
        return end

    def _disposed(self, verb_at) -> bool:
        """ "Is willing to", "was protective of": a linking verb, then a rated description that
        takes what it is towards (a disposition, or one ending in "to", "of" or "about")."""
        tokens = self.tokens
        if not self._verb_lemmas(tokens[verb_at].word) & self.prepared.linking:
            return False
        at = verb_at + 1
        while at < len(tokens) and (tokens[at].tag == "RB" or tokens[at].word in _NOT):
            at += 1
        if at + 1 >= len(tokens) or tokens[at].tag not in _ADJECTIVE:
            return False
        word = tokens[at].word
        if self.words.made_from(word) & self.prepared.disposition:
            return True
        return self._evaluative(word) and tokens[at + 1].word in ("to", "of", "about", "towards")

    def _said_of_someone(self, subject) -> bool:
        """A person, or people as a body: "the school are doing everything they can"."""
        return self._names_person(subject) or (
            subject.tag in ("NN", "NNS")
            and self.words.first_class(subject.word, "n") == "noun.group"
        )

    def _habit_verb(self, verb_at) -> bool:
        """The verb tells a habit: a present tense ("minimises"), after "will", "won't" or
        "doesn't" ("does not follow through"), or a present progressive ("is doing")."""
        tokens = self.tokens
        verb = tokens[verb_at]
        if verb.tag in ("VBZ", "VBP"):
            return True
        before = [t for t in tokens[max(0, verb_at - 3) : verb_at] if t.word not in _NOT]
        if verb.tag == "VB":
            return any(
                t.tag in ("VBZ", "VBP") or (t.tag == "MD" and t.word in _WILL) for t in before[-2:]
            )
        return verb.tag == "VBG" and any(
            t.tag in ("VBZ", "VBP") and self._verb_lemmas(t.word) & {"be"} for t in before[-2:]
        )

    def _conduct(self, index, token):
        """ "Mum neglects the baby", "Dad lacks insight": an evaluative verb whose commonest sense
        is a verdict or an inner state."""
        if not token.tag.startswith("VB") or token.tag == "VBG" and index == 0:
            return None
        if self._verb_lemmas(token.word) & (self.prepared.light | self.prepared.linking):
            return None
        if token.tag == "VBG" and index and self.tokens[index - 1].tag in ("JJ", "JJR"):
            return None  # "safer caring training": a description of the noun after it
        if (
            # (The tagger may read "being cared for by her gran" as a past tense.)
            (
                token.tag == "VBN"
                or [t.word for t in self.tokens[index + 1 : index + 3]] == ["for", "by"]
            )
            and index
            and self._verb_lemmas(self.tokens[index - 1].word) & {"be"}
        ):
            # "Was agitated": a state, read as one; "was excluded on 3 May", "were supported by
            # Gran": what was done. "Was coerced into it", "was exploited by older boys" judge
            # how others treated someone, a verb of dealing with others rated bad.
            return self._treated(index, token)
        found = self._misstated_or_kept_away(index)
        if found is not None:
            return found
        sense = self.words.first_class(token.word, "v")
        if sense not in self.prepared.conduct:
            return self._undone(index, token)
        if sense == "verb.emotion" and (
            self._the_writers_own(index)
            or index + 1 < len(self.tokens)
            and self.tokens[index + 1].word in ("about", "that")
            and self.tokens[index - 1].word not in _NOT  # ("doesn't care about": found wanting)
        ):
            # "I hope", "I love my nan's house", "I felt intimidated": the speaker's own
            # feeling, known to them; "she worries about relying on it", "he fears that Dad
            # will come back": a worry held by someone, told as theirs (as "is worried about"
            # is).
            return None
        subject = self._head_of_subject(index)
        if (
            subject is not None
            and subject.tag in ("NN", "NNS")
            and not self._names_person(subject)
            and self.words.first_class(subject.word, "n") in self.prepared.concrete
        ):
            return None  # "the stair gate ... not fitted": said of a thing, not conduct
        if self.words.evaluative(token.word, self.prepared.sources, "v") < self.prepared.threshold:
            return None
        if sense == "verb.stative" and self._a_thing_had(index):
            return None  # "The parents lack a car", "lack the money": a fact of what they have
        # An inner state either way ("loves", "hates"); conduct only when it is found wanting:
        # "helps with Kai every week" tells what was done, "neglects the baby" and "is not
        # engaging" judge it.
        negated = any(
            t.word in ("not", "n't", "never") for t in self.tokens[max(0, index - 2) : index]
        )
        if sense != "verb.emotion" and self.words.valence(token.word, "v") > 0 and not negated:
            return None
        if negated and self._a_decision_on(index):
            return None  # "did not support a prosecution": a choice made, and recorded
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if (
            following is not None
            and following.word == "for"
            and index + 2 < len(self.tokens)
            # not "has cared for Rio lovingly": how it was done is the verdict
            and not any(
                t.tag == "RB" and t.word.endswith("ly") or t.word in ("well", "badly")
                for t in self.tokens[index + 3 : index + 5]
            )
        ):
            following = self.tokens[index + 2]  # "has cared for Rio": done for someone
        if (
            sense == "verb.emotion"
            and token.tag in ("VBD", "VBN", "VBG")
            and not negated
            and following is not None
            and (
                token.tag != "VBG"
                and following.tag in ("PRP", "NNP")
                # "The only adult caring for the children": looking after them, a doing (not
                # "the bullying she went through": a noun).
                or token.tag == "VBG"
                and self.tokens[index - 1].tag != "DT"
                and self._a_person_from(self._index_of(following))
            )
        ):
            return None  # "she comforted him straight away": told as it happened, to someone
        return "conduct", index, index

    def _misstated_or_kept_away(self, index):
        """ "Is minimising the injury", "is playing down what happened": what was said, judged
        ("minimises everything" is read as an absolute); "avoids professionals": keeping away
        from people, as a habit."""
        misstated = self._misstates(index)
        if misstated is not None and not (
            index + 1 < len(self.tokens) and self.tokens[index + 1].word in self.prepared.absolutes
        ):
            return "conduct", index, misstated
        return ("conduct", index, index) if self._keeps_away_from_someone(index) else None

    def _keeps_away_from_someone(self, index) -> bool:
        """ "Avoids professionals", "is evading the social worker": keeping away from people as a
        habit, in a verb with a sense of "avoid" or "evade" (WordNet files "avoid" with
        telling), its object someone (not "avoids eye contact": what was seen)."""
        if self.tokens[index].tag in ("VBD", "VBN"):
            return False  # "avoided me at the gate on 3 May": told as it happened
        if not self._verb_lemmas(self.tokens[index].word) & self.prepared.keeping_away:
            return False
        # ("Avoids contact with the school", "any conversation with me": dealings with them.)
        reach = self.tokens[index + 1 : index + 7]
        return (
            self._a_person_from(index + 1)
            or any(t.word in _THE_SERVICES for t in self.tokens[index + 1 : index + 4])
            or any(
                t.word == "with"
                and (
                    self._a_person_from(index + 2 + n)
                    or index + 2 + n < len(self.tokens)
                    and self.tokens[index + 2 + n].word in (*_THE_SERVICES, "the", "school")
                )
                for n, t in enumerate(reach)
            )
        )

    def _have_got(self, at) -> bool:
        """ "Has got", "she's got", "they've got": British English's "have", not "get"."""
        return (
            self.tokens[at].word == "got"
            and at > 0
            and (
                self.tokens[at - 1].word in ("'s", "'ve", "s", "ve")
                or bool(self._verb_lemmas(self.tokens[at - 1].word) & {"have"})
            )
        )

    def _stance_word(self, word) -> bool:
        """A description of being sure, said of someone ("she is clear that", "Mum is adamant
        that")."""
        return word in _SURE

    def _a_stance_held(self, index, token, following) -> bool:
        """ "She is clear this is an observation", "Mum is certain that he hit her": a word of
        certainty said of someone, then what they are sure of: their position, as they put it
        (not the writer's claim: "it is clear that")."""
        if not self._stance_word(token.word):
            return False
        if following is None or not (
            following.word == "that" or following.tag in ("PRP", "DT", "NNP")
        ):
            return False
        subject = self._subject_before(index)
        return (
            subject is not None
            and subject.word != "it"
            and subject.word not in self.prepared.observers  # "I am clear that": the writer's
            and self._names_person(subject)
        )

    def _writer_sure(self, index, token, following):
        """ "I am confident that Mum will stop", "the assessor is sure that": the writer's own
        certainty, which needs what it rests on as much as the claim does."""
        # ("I am clear that" states a position or a plan: what follows is read as such.)
        if token.word not in _SURE - {"clear", "adamant"} or following is None:
            return None
        content = index + 1 + (following.word == "that")
        if content >= len(self.tokens) or self.tokens[content].tag not in (
            "NNP",
            "PRP",
            "DT",
            "NN",
            "NNS",
        ):
            return None
        if self.tokens[content].word in ("i", "we"):
            return None  # "I am sure that I will visit": the writer's own plan
        subject = self._subject_before(index)
        if subject is None or subject.word not in self.prepared.observers:
            return None
        return "certainty", index, index

    def _to_the_writer(self, kind, after) -> bool:
        """ "Appears to me to be": a claim to certainty made to the writer is their view, held as
        theirs."""
        return (
            kind == "certainty"
            and after < len(self.tokens)
            and self.tokens[after].word in ("me", "us")
        )

    def _a_status_at(self, index) -> bool:
        """A status word said plainly of someone at ``index``, or denied from there ("isn't
        working")."""
        tokens = self.tokens
        if tokens[index].word in ("not", "n't") and index + 1 < len(tokens):
            index += 1
        return tokens[index].word in self.prepared.statuses and self._a_status(index)

    def _a_status(self, index) -> bool:
        """The status word at ``index`` is said plainly of someone: straight after "be" (or
        joined to a word that is), and, with "from", "to" or "by" after it, of a person ("is
        separated from Dad", not "from reality"; "married to Mr Dale", not "to the idea";
        "was charged by police", not "disabled by her anxiety"); never "sectioned off"."""
        tokens = self.tokens
        before = tokens[index - 1].word if index else ""
        if before in ("and", ",", "or"):
            # "Was charged and remanded": joined to a status said so.
            return (
                index >= 2
                and tokens[index - 2].word in self.prepared.statuses
                and self._a_status(index - 2)
            )
        be_at = index - 1
        if before in ("not", "n't") and index >= 2:
            be_at -= 1  # "is not married": a status denied is a status still
        if not self._verb_lemmas(tokens[be_at].word) & {"be"}:
            return False
        if tokens[index].tag == "VBG":
            # "Is working", "is not working": in work or out of it, if said of a person ("the
            # plan is not working" is a verdict on a thing, "is not working with services" on
            # how someone deals with others).
            following = tokens[index + 1].word if index + 1 < len(tokens) else ""
            subject = self._subject_before(be_at)
            # (Or of a thing one could touch, broken: "the bathroom light is not working".)
            return (
                following not in ("with", "alongside", "together", "towards", "on")
                and subject is not None
                and (
                    self._names_person(subject)
                    or any(
                        self.words.first_class(t.word, "n") in self.prepared.concrete
                        for t in tokens[max(0, be_at - 3) : be_at]
                        # (A noun the tagger read as a verb: "the heat pump isn't working".)
                        if t.tag in ("NN", "NNS", "VB", "VBP")
                    )
                )
            )
        following = tokens[index + 1].word if index + 1 < len(tokens) else ""
        if following in ("off", "up"):
            return False  # "sectioned off", "charged up": not the status
        if following in ("from", "to", "by"):
            head = self._phrase_head(index + 2)
            return (
                self._a_person_from(index + 2)
                or head is not None
                and self.words.first_class(tokens[head].word, "n") == "noun.group"
                # "Discharged from hospital", "from physio"; not "separated from reality".
                or following == "from"
                and head is not None
                and self.words.first_class(tokens[head].word, "n")
                not in ("noun.cognition", "noun.feeling", "noun.attribute")
            )
        return True

    def _an_undoing_of_dealings(self, word) -> bool:
        """ "Disengaged", "unengaged": a description made by a prefix that undoes a verb of
        dealing with others; not "disconnected" or "discharged"."""
        return bool(
            word.startswith(("dis", "un", "non"))
            and self.words.prefixed_adjective(word)
            and self.words.first_class(re.sub(r"^(?:dis|un|non)-?", "", word), "v") == "verb.social"
        )

    def _a_decision_on(self, verb_at) -> bool:
        """In the past, what was not done is to a proceeding or a paper ("did not support a
        prosecution", "did not support the application"): a decision, as a record has it; "does
        not support Sam" judges how someone is with a person."""
        if (
            verb_at < 2
            or self.tokens[verb_at - 2].word not in ("did", "didn't")
            and not (
                self.tokens[verb_at - 1].word in ("n't", "not")
                and self.tokens[verb_at - 2].word == "did"
            )
        ):
            return False
        head = self._phrase_head(verb_at + 1)
        return (
            head is not None
            # Not someone's: "did not support the children's education".
            and not any(t.tag in ("POS", "PRP$") for t in self.tokens[verb_at + 1 : head])
            and self.words.first_class(self.tokens[head].word, "n")
            in ("noun.act", "noun.communication")
        )

    def _undone(self, index, token):
        """ "Dad disengaged", "SU disengaged from treatment": a verb in the past whose form is a
        rated description made by a prefix of negation, said of someone: conduct, found
        wanting."""
        if (
            token.tag not in ("VBD", "VBN")
            # Undoing ("dis-", "un-") dealings with others ("engage", "comply"); not "in-",
            # which makes other verbs ("informed"), nor undoing a saying ("disagreed").
            or not self._an_undoing_of_dealings(token.word)
            or not self._evaluative(token.word)
        ):
            return None
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if (
            following is not None
            and following.tag not in (".", ",", ":")
            and following.word
            not in (
                "from",
                "and",
                "again",
            )
        ):
            return (
                None  # "disconnected the gas", "disagreed with the plan": a deed, with its object
            )
        subject = self._head_of_subject(index)
        if subject is None or not self._names_person(subject):
            # Past an opening clause with no comma: "Since the family moved off the site they
            # have disengaged".
            subject = self._subject_before(index)
            if subject is None or subject.tag != "PRP" or not self._names_person(subject):
                return None
        return "conduct", index, index

    def _diagnosed(self, index, token):
        """ "She has PTSD", "Dad suffers from schizophrenia", "Mum has bipolar disorder": an
        illness of the mind (WordNet's kinds of mental disorder) had by someone, as fact. That is
        a diagnosis, which only a clinician makes: the evidence is whose it is and when. A
        sentence that says it was diagnosed, or what was prescribed for it, tells that."""
        tokens = self.tokens
        lemmas = self._verb_lemmas(token.word)
        at = index + 1
        if "suffer" in lemmas and at < len(tokens) and tokens[at].word == "from":
            at += 1
        elif "have" not in lemmas or token.tag not in ("VBZ", "VBP", "VBD"):
            return None
        if at < len(tokens) and tokens[at].tag == "VBN":
            return None  # "has experienced recurrent depression, requiring...": a history told
        illness = self._an_illness_from(at)
        if illness is None:
            return None
        subject = self._head_of_subject(index) or self._subject_before(index)
        if subject is None or not self._names_person(subject):
            return None  # "The house has a damp problem"; "it has depression in it"
        if any(t.word in ("who", "whose") for t in tokens[max(0, index - 3) : index]):
            return None  # "Children whose parents have depression...": who is meant, not fact
        if self.tells_who_treats() or self._a_dated_record():
            return None  # "has depression, diagnosed by her GP in 2022"
        if (
            illness + 2 < len(tokens)
            and tokens[illness + 1].word == "on"
            and self._a_person_from(illness + 2)
        ):
            return None  # "has a dependency on her mother": a reliance, no addiction
        return "diagnosis", index, illness

    def _a_history(self, index):
        """ "Has a history of not attending appointments", "had a long history of violence",
        "there is a pattern of Mum cancelling visits": what someone is said to have done again
        and again, with no count of when or how often (a
        frequency: "a history of three convictions between 2015 and 2019" counts); not of an
        illness ("has a history of depression": a past told, which real assessments give as
        background)."""
        tokens = self.tokens
        article = index - 1
        while article > 0 and tokens[article].tag in ("JJ", "VBN"):
            article -= 1  # "a long history", "an established pattern"
        if (
            article < 1
            or tokens[article].word not in ("a", "an")
            or index + 2 >= len(tokens)
            or tokens[index + 1].word != "of"
        ):
            return None
        verb = article - 1
        if (
            tokens[index].word == "pattern"
            and verb >= 1
            and tokens[verb - 1].word == "there"
            and self._verb_lemmas(tokens[verb].word) & {"be"}
        ):
            # "There is an established pattern of this family avoiding professionals": a
            # habit said to exist, of whoever the phrase after "of" names.
            if self._an_illness_from(index + 2) is not None:
                return None
            return "frequency", article, index + 1
        if not self._verb_lemmas(tokens[verb].word) & {"have"}:
            return None
        subject = self._head_of_subject(verb) or self._subject_before(verb)
        if subject is None or not self._names_person(subject):
            return None  # "the house has a history of damp"
        what = index + 2 + (tokens[index + 2].word == "not")
        if what >= len(tokens) or tokens[what].tag not in ("VBG", "NN", "NNS", "JJ"):
            return None
        if self._an_illness_from(index + 2) is not None:
            return None  # "has a history of depression": a past told, which was one
        return "frequency", article, index + 1

    def another_named_first(self, judged) -> bool:
        """Before its first finite verb the sentence names a person other than ``judged``:
        what it tells is theirs ("At the family meeting on 3 November, chaired by Dr Nair, Amara
        sat...")."""
        for token in self.tokens:
            if token.tag in ("VBD", "VBZ", "VBP", "MD"):
                return False
            if (
                token.tag == "NNP"
                and token.word != judged.word
                and self.words.first_class(token.word, "n") != "noun.time"
                and self._names_person(token)
            ):
                return True
        return False

    def someone_elses(self, whose) -> bool:
        """The sentence is of someone other than ``whose`` (a word of their name or role): it
        names another's ("Niamh's keyworker") and never them."""
        if whose is None or whose in _PRONOUNS_OF_ONE or whose in _FAMILY_WORDS:
            return False  # ("Mum's GP...", "She has depression": whose, not told apart)
        words = {token.word for token in self.tokens}
        owners = {
            self.tokens[at - 1].word
            for at, token in enumerate(self.tokens)
            if token.tag == "POS" and self.tokens[at - 1].word not in _FAMILY_WORDS
        }
        return whose not in words and bool(owners - {whose})

    def a_view_held_by_no_one_named(self, kind, first) -> bool:
        """The judgement at ``first`` is a view people hold, none of them named: "Professionals
        agree that...", "Everyone agrees that..." (a verb of thinking or saying, at it or just
        after its "everyone"); not "...is a worry", a state."""
        return kind in ("unnamed", "absolute") and any(
            self.words.first_class(token.word, "v") in ("verb.cognition", "verb.communication")
            and token.tag.startswith("VB")
            for token in self.tokens[first : first + 1 + (kind == "absolute")]
        )

    def tells_who_treats(self) -> bool:
        """The sentence names a clinician ("her psychiatric nurse", "Dr Shah", "the GP"; not
        "specialist therapy", which names a kind of help) or tells of a diagnosis, a
        prescription or medication."""
        tokens = self.tokens
        for at, token in enumerate(tokens):
            if any(t.word in _NO_TREATMENT for t in tokens[max(0, at - 3) : at]):
                continue  # "there is no diagnosis", "has never been diagnosed", "has no GP"
            if token.word.startswith(_TREATING) or self._confirmed_by_someone(at):
                return True
            if (
                token.word in self.prepared.clinicians
                and (token.tag in _NOUN or token.word in TITLES)
                and "as" not in (t.word for t in tokens[max(0, at - 2) : at])  # "as a nurse"
                # (Not a record cited for a figure: "38 kg (GP record, May 2023)".)
                and self.text.count("(", 0, token.start) <= self.text.count(")", 0, token.start)
                and not self._naming_a_kind_of_help(at)
                and not self._someone_to_ask(at)
            ):
                return True
        # (A clinician of more than one word: "the community mental health team".)
        return any(" " in found.group() for found in self.prepared.treated.finditer(self.text))

    def _someone_to_ask(self, at) -> bool:
        """The clinician at ``at`` is someone the writer will or may ask ("agreed that I could
        speak to her GP, Dr Mensah", "I will contact the GP"): named, but for no diagnosis."""
        return any(
            t.word in ("i", "we") and n + 1 < at and self.tokens[n + 1].tag == "MD"
            for n, t in enumerate(self.tokens[:at])
        )

    def _confirmed_by_someone(self, at) -> bool:
        """A verb of telling or knowing at ``at`` whose teller is named, apart from whoever has
        the illness: "confirmed by her health visitor", "which her consultant confirmed in
        writing"."""
        tokens = self.tokens
        if not (
            tokens[at].tag in ("VBN", "VBD")
            and (
                self._saying(at)
                # ("Confirmed", "identified", "assessed": verbs of knowing, as WordNet files them.)
                or self.words.first_class(tokens[at].word, "v") == "verb.cognition"
            )
        ):
            return False
        if at + 1 < len(tokens) and tokens[at + 1].word == "by":
            return True
        if at + 1 < len(tokens) and tokens[at + 1].word in ("up", "out", "on", "off"):
            return False  # "which Niamh has picked up from her": a phrasal verb, no knowing
        return any(t.word in ("which", "as") for t in tokens[max(0, at - 4) : at])

    def _naming_a_kind_of_help(self, at) -> bool:
        """The clinician's word at ``at`` names a kind of help, before a noun of an act that is
        no record or assessment ("specialist therapy"; not "the CAMHS assessment", "her GP
        records")."""
        following = self.tokens[at + 1] if at + 1 < len(self.tokens) else None
        return (
            following is not None
            and following.tag in ("NN", "NNS")
            and self.words.first_class(following.word, "n") != "noun.communication"
            and not following.word.startswith("assess")
        )

    def _a_dated_record(self) -> bool:
        """The sentence names a record (a noun of communication after the noun whose it is,
        "the memory clinic letter", "her GP's report") and a date: "...described as moderate in
        the memory clinic letter of 30 June 2026"."""
        tokens = self.tokens
        return _dated(self.text) and any(
            tokens[at].tag in ("NN", "NNS")
            and self.words.first_class(tokens[at].word, "n") == "noun.communication"
            and tokens[at - 1].tag in (*_NOUN, "POS")
            for at in range(1, len(tokens))
        )

    def _an_illness_from(self, at):
        """The last token of an illness of the mind named in the noun phrase starting at
        ``at`` ("a dissociative disorder", "PTSD and anxiety"), or None."""
        tokens = self.tokens
        end = at
        while end < len(tokens) and end - at < 6 and tokens[end].tag in _IN_A_DIAGNOSIS:
            end += 1
        return next((last for last in range(at, end) if self._ends_an_illness(last, at)), None)

    def _ends_an_illness(self, last, start=0) -> bool:
        """The words ending at ``last`` (from ``start`` on) name an illness of the mind:
        WordNet's ("bipolar disorder", "PTSD"), or a disorder of a kind it does not list, named
        by what is not of the body ("an attachment disorder", "an eating disorder"; not "a
        blood disorder")."""
        tokens = self.tokens
        for first in range(max(start, last - 3), last + 1):
            name = self.text[tokens[first].start : tokens[last].end].lower()
            if name in self.prepared.illnesses or name.replace("-", "") in self.prepared.illnesses:
                return True
        return (
            last > start
            and tokens[last].word == "disorder"
            and self.words.first_class(tokens[last - 1].word, "n") not in _OF_THE_BODY
        )

    def _quality(self, index, token):
        """ "Has a good relationship", "showed poor insight": an evaluative adjective judging an
        abstract noun, as what a verb has, shows or gives; or an evaluative abstract noun on its
        own ("shows hostility", "has problems")."""
        if (
            token.tag in _ADJECTIVE
            and index + 1 < len(self.tokens)
            and self.tokens[index + 1].word in self.prepared.illness_ends
            and self._ends_an_illness(index + 1, index)
            and self.tells_who_treats()
        ):
            return None  # "a diagnosis of paranoid schizophrenia": the illness's name, told
        if (
            token.tag in ("NN", "NNS")
            # Not a noun that describes the next: "the crisis (mental health) team".
            and not self._modifier(index)
            # Nor an illness of the mind whose diagnosis is told, not a quality ("Dr Khan
            # diagnosed depression", "has bipolar disorder, diagnosed by her GP").
            and not (
                token.word in self.prepared.illness_ends
                and self._ends_an_illness(index)
                and self.tells_who_treats()
            )
            # Nor one a thing's name makes a thing, when it can be one: "a door alarm" (not "a
            # drink problem": no problem is a thing).
            and not (
                index
                and self.tokens[index - 1].tag == "NN"
                and self.words.first_class(self.tokens[index - 1].word, "n")
                in self.prepared.concrete
                and "noun.artifact" in self.words.classes(token.word, "n")
                and token.word not in self.prepared.trouble  # "drink issues"
            )
            and (self._found_wanting(token.word) or self._trouble_had(index))
            and not self._an_illness_had(index)
        ):
            # "Has a drinking problem", "shows hostility": a noun found wanting (a rated good
            # noun, "missed antenatal care", is only what it names). Back over the noun phrase
            # to the verb it is the object of, which is part of the judgement.
            back = index - 1
            crossed = 0
            # And through "of" with the noun it hangs from: "has a history of violence".
            while back >= 0 and (
                self.tokens[back].tag in ("DT", "JJ", "NN", "PRP$", "RB")
                or (
                    self.tokens[back].word == "of"
                    and not crossed
                    and back
                    and self.tokens[back - 1].tag == "NN"
                    # An illness had is a diagnosis: its source is asked by reported-as-fact.
                    and self.words.first_class(token.word, "n") != "noun.state"
                )
            ):
                crossed += self.tokens[back].word == "of"
                back -= 1
            # "Presents with a lack of insight": a clinician's verb, the finding its object.
            presents = self._presents_with(back)
            back -= presents
            if (
                back >= 0
                # (None of something bad is a record of its absence: "had no injuries".)
                and not any(t.word == "no" for t in self.tokens[back + 1 : index])
                and index - back <= 4 + 3 * crossed
                # What someone has a history of is theirs: "has a history of violence" (not
                # "the first reported incident of violence").
                and (not crossed or self._verb_lemmas(self.tokens[back].word) & {"have"})
                and self.tokens[back].tag.startswith("VB")
                # ("Died following a long illness": "following" before a noun is "after".)
                and self.tokens[back].word != "following"
                and (
                    presents
                    or not self._verb_lemmas(self.tokens[back].word) & self.prepared.linking
                )
                and not self._a_decision_on(back)  # "did not support a prosecution"
                and not self._verb_lemmas(self.tokens[back].word) & self.prepared.resolving
                and not self._subject_of_what_is_said(back, index)
            ):
                return "quality", back, index
            if (
                back < 0
                and self.tokens[index + 1 : index + 2]
                and self.tokens[index + 1].word == "of"
                and self.verbless
            ):
                return "quality", index, index  # a note: "Lack of routine at home."
        # ("Presents with limited insight": the finding presented, past "with".)
        verb = index - 2 - self._presents_with(index - 2)
        if (
            token.tag in ("NN", "NNS")
            and index >= 2
            # ("Has limited insight", "shows minimal remorse": a measure nobody took.)
            and self.tokens[index - 1].word in ("no", "little", "zero", "limited", "minimal")
            and self.tokens[verb].tag.startswith("VB")
            and (
                not self._verb_lemmas(self.tokens[verb].word) & self.prepared.linking
                or verb < index - 2
                or self._have_got(verb)
            )
            and (self._inner_or_good(token.word) or self._a_tie_named(index))
            # An idea one may have or not is told, not judged: "have no plans to travel".
            # ("No idea how to parent" is a capacity denied.)
            and not (
                self.words.first_class(token.word, "n") == "noun.cognition"
                and not self.words.with_lemmas(token.word, "n") & self.prepared.capacities
                and [t.word for t in self.tokens[index + 1 : index + 2]] != ["how"]
            )
            # "Has no concerns" is someone's view, reported; "has no insight" judges them; "I
            # noticed no smell" is what was sensed.
            and not self.words.with_lemmas(token.word, "n")
            & (self.prepared.rated_nouns | self.prepared.percepts)
        ):
            return "quality", verb, index  # "has no insight", "shows little remorse"
        if (
            token.tag in ("NN", "NNS")
            and index >= 3
            and self.tokens[index - 1].word in ("any", "a", "an")
            and self.tokens[index - 2].tag.startswith("VB")
            and self.tokens[index - 3].word in ("not", "n't", "never")
            and not self._verb_lemmas(self.tokens[index - 2].word) & self.prepared.linking
            # Not what is taken part in: "has not attended a review" tells a fact.
            and not self._verb_lemmas(self.tokens[index - 2].word) & _TAKING_PART
            and (self._inner_or_good(token.word) or self._a_tie_named(index))
        ):
            return "quality", index - 2, index  # "did not show any remorse"
        found = self._not_understood(index, token)
        if found is not None:
            return found
        return self._rated_object(index, token)

    def _presupposed(self, index, token):
        """ "Given Mrs Hart's punitive approach, ...", "His controlling manner with staff is
        likely to...": someone's way of acting judged in passing, as the ground the sentence
        stands on or its subject, and so never argued. A description ("punitive", or a verb's
        "-ing" before a noun of a manner: "controlling manner") of a noun of how someone is or
        acts (an attribute, an act, an attitude or a feeling, as WordNet files it), owned by
        someone ("his", "Mr Kerr's"), at the sentence's start or after "given", "because of"
        and the like."""
        found = self._presupposition(index, token)
        return None if found is None else found[:3]

    def presupposition_ground(self, first):
        """Where the ground a way of acting is taken as given in runs (first token, last token,
        whether what follows the sentence may show it: only the subject's), or None if the
        judgement at ``first`` is no such judgement."""
        found = self._presupposition(first, self.tokens[first])
        return None if found is None else found[3]

    def _presupposition(self, index, token):
        word = token.word
        participle = (
            token.tag == "VBG" or word.endswith("ing") and bool(self._verb_lemmas(word) - {word})
        )
        head = index + 1
        tokens = self.tokens
        while head < len(tokens) and (
            tokens[head].tag in ("JJ", "CC", ",", "VBN")
            and tokens[head].word != "of"
            or tokens[head].tag == "NN"
            and tokens[head].word not in _CHARACTER
            and any(t.word in _CHARACTER for t in tokens[head + 1 : head + 3])
        ):
            head += 1
        # (Any description of someone's whole character judges it: "his addictive personality".)
        character = head < len(tokens) and tokens[head].word in _CHARACTER
        if not (self._evaluative(word) or participle or character) or self._kind_not_quality(word):
            return None
        if (
            head >= len(tokens)
            or tokens[head].tag != "NN"
            or head + 1 < len(tokens)
            and tokens[head + 1].tag in ("NN", "NNS")
            or self.words.first_class(tokens[head].word, "n") not in _WAYS_OF_BEING
            # (A verb's "-ing" judges only a manner: "her working pattern" does not.)
            or participle
            and not self._evaluative(word)
            and tokens[head].word not in _MANNERS | _CHARACTER
            or tokens[head].word in self.prepared.measurable
            # A measure on the noun's own scale, not how good: "her young age".
            or tokens[head].word in self.words.value_of(word)
            # A motive is read as one: "Ms Lee's real aim is...".
            or tokens[head].word in self.prepared.motive_nouns
            or tokens[head].word in self.prepared.aims
        ):
            return None
        back = index - 1
        while back > 0 and tokens[back].tag in ("JJ", "CC", ",", "RB", "VBN", "NN"):
            back -= 1  # "Given her rigid and punitive approach": the first description
        if back < 0:
            return None
        if tokens[back].tag == "PRP$" and tokens[back].word in ("his", "her", "their"):
            start = back
        elif tokens[back].tag == "POS" and back and tokens[back - 1].tag == "NNP":
            start = back - 1
            while start > 0 and tokens[start - 1].tag == "NNP":
                start -= 1
        else:
            return None
        opening = [t.word for t in tokens[:start]]
        if not opening:
            # The subject, up to its verb: "His controlling manner with staff is likely to...",
            # which the sentences after may go on to show.
            verb = next(
                (p for p in range(head, len(tokens)) if tokens[p].tag in _FINITE),
                len(tokens),
            )
            ground = (0, verb - 1, True)
        elif opening in _GROUNDS_OPENING:
            ground = (0, self._main_clause_comma(head), False)
        elif any(
            opening[-len(words) :] == words for words in _GROUNDS_OPENING if words != ["with"]
        ):
            # "...is unlikely to improve given her attitude": the ground runs to the end.
            ground = (start - 1, len(tokens) - 1, False)
        else:
            return None
        # Someone's whole character ("his manipulative nature") labels them, as "a
        # manipulative man" does: no one thing they did shows it.
        kind = "label" if tokens[head].word in _CHARACTER else "quality"
        return kind, index, head, ground

    def sourced_or_quoted(self) -> bool:
        """The sentence names its source, quotes someone, or cites a dated record in brackets
        ("(nursery body map, 3 May)")."""
        return (
            self.sourced()
            or QUOTE.search(self.text) is not None
            or any(DATE.search(inside) for inside in _BRACKETED.findall(self.text))
        )

    def of_an_attachment(self, first) -> bool:
        """The judgement at ``first`` is said of an attachment, in its clause: "The attachment
        between Maisie and her mother is insecure", "her attachment to Dad appears secure"."""
        start = self._clause_start(first)
        clause = self.tokens[start : first + 3]
        # (How it seems is the writer's reading of what they saw: "appears secure".)
        return any("attachment" in self.words.lemmas(t.word, "n") for t in clause) and not any(
            self._verb_lemmas(t.word) & self.prepared.appearance
            or t.word in _MAY
            or t.word in HEDGING_ADVERBS
            for t in clause
        )

    def shown_before_it(self, first, strong_only) -> bool:
        """The words of the sentence before the judgement at ``first`` show something seen,
        heard or told."""
        end = self.tokens[first].start
        if not self.text[:end].strip():
            return False
        return Sentence(self.prepared, self.text[:end], self.offset).evidenced(
            None, None, strong_only
        )

    def ground_shown(self, ground, strong_only) -> bool:
        """The phrase a way of acting is taken as given in shows it: "Given Ms Rowe's cooperative
        attitude on 3 May, when she showed me every room, ..."."""
        first, last, _after = ground
        begin, end = self.tokens[first].start, self.tokens[last].end
        phrase = Sentence(self.prepared, self.text[begin:end], self.offset + begin)
        return phrase.evidenced(None, None, strong_only)

    def _main_clause_comma(self, after) -> int:
        """The comma, after ``after``, that the sentence's main clause follows: the last before
        the first stretch between commas with a finite verb and no word of when or why ("Given
        her attitude on 3 May, when she showed me round, the plan can go on")."""
        tokens = self.tokens
        commas = [p for p in range(after, len(tokens)) if tokens[p].word == ","]
        for at, comma in enumerate(commas):
            end = commas[at + 1] if at + 1 < len(commas) else len(tokens)
            stretch = tokens[comma + 1 : end]
            if any(t.tag in _FINITE for t in stretch) and not any(
                t.word in _SUBORDINATE_OPENERS for t in stretch[:2]
            ):
                return comma
        return commas[0] if commas else len(tokens) - 1

    def _subject_of_what_is_said(self, verb_at, index) -> bool:
        """ "Her letter says his aggression is concentrated at home": the noun is the subject
        of the clause a verb of saying reports, not what the verb says."""
        return (
            self.words.first_class(self.tokens[verb_at].word, "v") == "verb.communication"
            and index + 1 < len(self.tokens)
            and self.tokens[index + 1].tag in ("VBZ", "VBD", "VBP", "MD")
        )

    def _rated_object(self, index, token):
        """ "Has a good relationship", "provides a loving home": an evaluative adjective on
        what a verb has, shows or gives."""
        if token.tag not in _ADJECTIVE or index + 1 >= len(self.tokens):
            return None
        head = index + 1
        while head + 1 < len(self.tokens) and self.tokens[head + 1].tag in ("NN", "NNS"):
            head += 1  # "poor parenting skills": the phrase's last noun is what is judged
        # A thing, not an idea ("a loving and stable home"), is judged only by what someone
        # is said to do as a rule: "provides a safe and stable home" (not "had a small flat").
        thing = not self._judged_noun(index, self.tokens[head])
        if thing and (
            self.tokens[head].tag not in ("NN", "NNS")
            or self.words.value_of(token.word) & self.prepared.measurable
        ):
            return None
        # "Low self-esteem", "high anxiety": a feeling put on a scale is rated, however mildly
        # the lexicons rate the word.
        scaled_feeling = self.words.opposite(token.word) is not None and self.words.first_class(
            self.tokens[head].word, "n"
        ) in ("noun.feeling",)
        if (
            not (self._evaluative(token.word) or scaled_feeling)
            or self._kind_not_quality(token.word)
            # A measure on the noun's own scale, not how good: "given her young age".
            or self.tokens[head].word in self.words.value_of(token.word)
        ):
            return None
        back = index - 1
        # Back to the verb, through determiners and descriptions, and through "of" with the
        # noun it hangs from: "has a history of poor choices".
        crossed = 0
        while back >= 0 and (
            self.tokens[back].tag in ("DT", "RB", "PRP$", "JJ")
            # A series of descriptions: "a loving and stable home", "warm, consistent care".
            or (self.tokens[back].word in ("and", ",") and back and self._describing(back - 1))
            or (self.tokens[back].word == "of" and crossed == 0)
            or (self.tokens[back].tag in ("NN", "NNS") and crossed == 1)
        ):
            crossed += self.tokens[back].word == "of"
            back -= 1
        if (
            back > 0
            and self.tokens[back].word == "with"
            and self._verb_lemmas(self.tokens[back - 1].word) & {"present"}
        ):
            back -= 1  # "presents with a disorganised attachment": what is had, found
        if back < 0 and not thing and not any(t.tag.startswith("VB") for t in self.tokens):
            return "quality", index, head  # a note with no verb: "Poor social skills."
        if back < 0 or not self.tokens[back].tag.startswith("VB"):
            return None
        if thing and not (
            self._present(back)
            and not self._verb_lemmas(self.tokens[back].word) & (self.prepared.linking | {"have"})
        ):
            return None
        if self._verb_lemmas(self.tokens[back].word) & self.prepared.linking and crossed:
            return None  # "is one of the better schools": a comparison of things
        if (
            any(t.word == "no" for t in self.tokens[back + 1 : index])
            and back > 0
            and self.tokens[back - 1].tag in ("EX", "MD")
            and self.words.first_class(self.tokens[head].word, "n") in ("noun.act", "noun.event")
        ):
            return None  # "there will be no criminal investigation": a proceeding that will not be
        if (
            self._verb_lemmas(self.tokens[back].word) & _TAKING_PART
            and self.words.first_class(self.tokens[head].word, "n") == "noun.act"
        ):
            return None  # "attended safer caring training": a course's name, not a verdict
        return "quality", back, head

    def _judged_with_what_to_do(self, index, token, after) -> bool:
        """ "Able to stand" is an ability whose content is what is judged; "unable to
        prioritise" judges a capacity of mind, which only what was done can show; "happy to see
        her" is a feeling, whatever it is about; "too old and frail to manage a toddler" is more
        than it takes, a verdict."""
        if (
            self.words.value_of(token.word) & {"age", "size"}
            and self._telling(index + 2)
            and not any(
                t.tag in _ADJECTIVE and self._evaluative(t.word)
                for t in self.tokens[index + 3 : index + 6]
            )
        ):
            # "Too young to give his views": why no words were asked for, an age ("to give a
            # reliable account" judges what they would say).
            return False
        return (
            self.words.first_class(after.word, "v") in _MIND
            # (A feeling the tagger read as a participle too: "are scared to go home".)
            or (token.tag in (*_ADJECTIVE, "VBN") and self.words.names_feeling(token.word))
            or self._too(index)
            # "Is not ready to live alone", "is able to keep him safe": a readiness or a
            # capacity to care, judged.
            or bool(self.words.value_of(token.word) & {"readiness"})
            or (
                bool(self.words.value_of(token.word) & {"ability", "capability"})
                and self._of_care(index + 2)
            )
        )

    def _cared_for_by(self, index, following) -> bool:
        """ "Baby changed, fed and winded by Mum": a note's series of things done, by someone."""
        if not self.verbless or following is None or following.word != "by":
            return False
        series = self.tokens[max(0, index - 6) : index]
        return any(t.tag == "VBN" for t in series) and all(
            t.tag in (*_ADJECTIVE, "VBN", "CC", ",", "RB") for t in series[1:]
        )

    def _too(self, index) -> bool:
        """ "Too" leads the series of descriptions ending at ``index``."""
        for token in reversed(self.tokens[:index]):
            if token.word == "too":
                return True
            if token.tag not in (*_ADJECTIVE, "CC", ",", "RB"):
                return False
        return False

    def _describing(self, index) -> bool:
        return self.tokens[index].tag in _ADJECTIVE or self._participle_as_adjective(index)

    def _judged_noun(self, index, noun) -> bool:
        """The noun an adjective at ``index`` describes is one a judgement can be of: something
        abstract ("a poor relationship"), or a time someone had ("had a bad day"); not a
        sensation, which is as it was sensed ("a strong smell of cannabis")."""
        if noun.tag not in _NOUN or self.words.with_lemmas(noun.word, "n") & (
            self.prepared.percepts
        ):
            return False
        kind = self.words.first_class(noun.word, "n")
        return kind in self.prepared.abstract or bool(
            kind == "noun.time"
            and index
            and self._verb_lemmas(self.tokens[index - 2].word) & {"have"}
        )

    def _modifier(self, index) -> bool:
        """The noun at ``index`` describes a noun after it: "crisis team", "crisis mental health
        team"."""
        position = index + 1
        while position < len(self.tokens) and self.tokens[position].tag == "JJ":
            position += 1
        return position < len(self.tokens) and self.tokens[position].tag in ("NN", "NNS")

    def _concealed(self, index):
        """ "Is hiding the true extent of her gambling from us", "concealed her drinking":
        keeping a matter from others (WordNet's verbs sharing a sense with "conceal"); not a
        thing put out of sight ("hid the bottles", "hides the medication from Kai")."""
        tokens = self.tokens
        if not tokens[index].tag.startswith("VB") or not (
            self._verb_lemmas(tokens[index].word) & self.prepared.concealing
        ):
            return None
        head = self._phrase_head(index + 1)
        # What is kept back is a matter ("the extent of her gambling", "her drinking", "his
        # feelings"), not a thing ("the medication", "his face", "the letter").
        of_a_matter = head is not None and self.words.first_class(tokens[head].word, "n") in (
            "noun.attribute",
            "noun.cognition",
            "noun.act",
            "noun.state",
            "noun.feeling",
        )
        return ("conduct", index, index) if of_a_matter else None

    def _for_one_reason(self, index):
        """ "She only went to the clinic to keep children's services away": one reason, what
        they meant by it, said as the only one."""
        tokens = self.tokens
        verb = index + 1
        if verb >= len(tokens) or not (
            tokens[verb].tag in ("VBD", "VBZ", "VBP")
            # "Is only engaging to get us out of his life": the verb under way.
            or tokens[verb].tag == "VBG"
            and index
            and self._verb_lemmas(tokens[index - 1].word) & {"be"}
        ):
            return None
        end = self.clause_end(verb, verb)
        purpose = next(
            (
                n
                for n in range(verb + 1, min(end, verb + 10))
                if tokens[n].word == "to"
                and n + 1 < len(tokens)
                # (An infinitive the tagger may read as a participle: "to upset Mum".)
                and tokens[n + 1].tag in ("VB", "VBN", "VBP")
            ),
            None,
        )
        # (Told after the aim, not by its own verb: "to avoid", a verb WordNet also files as
        # telling.)
        if (
            purpose is None
            or self._the_writers_own(verb)
            or self._their_own_reason(index, purpose + 1)
        ):
            return None
        # A motive read into someone: harm meant ("only visits to upset Mum"), or an end in their
        # dealings with the services ("only went to keep children's services away"); not a
        # plain errand ("only came downstairs to get a drink").
        if not self._an_end_read_in(purpose + 1, end):
            return None
        return "motive", index, purpose + 1

    def _an_end_read_in(self, verb_at, end) -> bool:
        """The aim from the verb at ``verb_at`` to ``end`` is one a motive is read into: harm
        meant ("to upset Mum"), an end in someone's dealings with the services ("to keep
        children's services away"), or keeping away from something or someone ("to avoid being
        at home with Dean", "of avoiding questions"); not a plain errand ("to get a drink")."""
        verb = self.tokens[verb_at].word
        return (
            self.words.valence(verb, "v") <= -0.5
            or any(t.word in _THE_SERVICES for t in self.tokens[verb_at:end])
            or bool(self._verb_lemmas(verb) & self.prepared.keeping_away)
        )

    def _a_means_to_an_end(self, index):
        """ "His interest in getting help is a tactic to get back home", "the cancellation was a
        way of avoiding questions", "her real aim is to get us out of her life": what someone
        did or said, put down to an end they did not say they had. A ruse by its name ("a
        ploy") is one whatever the end; a way, an attempt or an aim only when the end is one a
        motive is read into (not "a way of helping her sleep")."""
        tokens = self.tokens
        ruse = tokens[index].word in self.prepared.ruses
        back = index - 1
        while back > 0 and tokens[back].tag in ("JJ", "RB") or tokens[back].word == "real":
            back -= 1
        aim = (
            tokens[index].word in self.prepared.aims
            and back >= 0
            and tokens[back].tag in ("POS", "PRP$")
            and tokens[back].word not in ("its", "my", "our")
            and (tokens[back].tag == "PRP$" or self._names_person(tokens[back - 1]))
        )
        sole = False  # "only a way of keeping the children at home": the one end, read in
        if not aim:
            if back < 1 or tokens[back].word not in ("a", "an", "another", "just", "simply"):
                return None
            verb = back - 1
            while verb > 0 and tokens[verb].word in ("only", "just", "simply", "merely", "really"):
                sole = sole or tokens[verb].word in ("only", "merely")
                verb -= 1
            if not self._verb_lemmas(tokens[verb].word) & {"be"}:
                return None
            subject = self._subject_before(verb)
            if subject is not None and subject.word in ("i", "we"):
                return None  # "We were a way of...": the writer's own
        # The end: "to" and a verb, or "of" and a verb's "-ing", after the noun (past a
        # phrase: "aim in making these changes is to...").
        end = self.clause_end(index, index)
        verb_at = next(
            (
                at + 1
                for at in range(index + 1, min(end, index + 10))
                if at + 1 < len(tokens)
                and (
                    tokens[at].word == "to"
                    and tokens[at + 1].tag in ("VB", "VBP")
                    or tokens[at].word == "of"
                    and tokens[at + 1].tag == "VBG"
                    and at == index + 1
                )
            ),
            None,
        )
        if ruse and (verb_at is None or tokens[index + 1].word in ("to", "of", ".", ",")):
            return "motive", index, index if verb_at is None else verb_at
        if verb_at is None or not (sole or self._an_end_read_in(verb_at, end)):
            return None
        if self._their_own_reason(index, verb_at) and not self._told_only_by_others(verb_at):
            return None
        # (The noun alone names it when a phrase comes between: "aim in making these changes".)
        return "motive", index, verb_at if verb_at - index <= 3 else index

    def _untruth(self, index):
        """ "He is not telling the truth", "This is a lie", "..., which is a lie": someone's
        account called untrue, a charge of deceit."""
        tokens = self.tokens
        word = tokens[index].word
        if word == "telling":
            if [t.word for t in tokens[index + 1 : index + 3]] != ["the", "truth"]:
                return None
            denied = next(
                (at for at in range(max(0, index - 3), index) if tokens[at].word in _NOT), None
            )
            return None if denied is None else ("conduct", index, index + 2)
        if (
            index >= 3
            and tokens[index - 1].word in ("a", "all")
            and self._verb_lemmas(tokens[index - 2].word) & {"be"}
            and tokens[index - 3].word in _POINTER | {"it", "what", "he", "she"}
        ):
            return "conduct", index, index  # "This is a lie", "which is a lie"
        return None

    def _presents_with(self, at) -> bool:
        """The word at ``at`` is the "with" of "presents with" (a finding presented)."""
        return (
            at > 0
            and self.tokens[at].word == "with"
            and bool(self._verb_lemmas(self.tokens[at - 1].word) & {"present"})
        )

    def _understood_fully(self, index, token):
        """ "Mum fully understands the concerns", "Kayla knows exactly what she is doing", "he
        knows full well": a mind vouched for by a word of completeness (English's maximizers);
        only what they said or did shows what someone grasps. Not the writer's own ("I fully
        understand"), nor what is not a person's ("the plan fully reflects")."""
        tokens = self.tokens
        if self._the_writers_own(index) or self.words.first_class(token.word, "v") != (
            "verb.cognition"
        ):
            return None
        maximizers = self.prepared.maximizers
        if index and tokens[index - 1].word in maximizers:
            first, last = index - 1, index
        elif index + 1 < len(tokens) and tokens[index + 1].word in maximizers:
            if index + 2 < len(tokens) and tokens[index + 2].tag in ("NN", "NNS"):
                return None  # "confirms full attendance": a word of the noun after it
            first, last = index, index + 1
            if index + 2 < len(tokens) and tokens[index + 2].word == "well":
                last = index + 2  # "knows full well", "knows perfectly well"
        else:
            return None
        back = first
        while back and tokens[back - 1].word in ("both", "all", "each"):
            back -= 1  # "They both fully understand"
        subject = self._subject_before(back)
        if subject is None or not self._names_person(subject) or subject.word in ("i", "we"):
            return None
        return "conduct", first, last

    def _not_understood(self, index, token):
        """ "Does not understand the seriousness", "cannot recognise the impact on the
        children": a capacity of mind denied, over something abstract; only what was said or
        done shows it. (Not knowing a thing, "does not know the address", is a fact.)"""
        if token.tag not in ("VB", "VBP", "VBZ") or index < 2:
            return None
        if self.words.first_class(token.word, "v") != "verb.cognition":
            return None
        before = self.tokens[index - 1].word
        if before not in _NOT and self.tokens[index - 1].tag != "MD":
            return None
        if before in _NOT and not (
            self._verb_lemmas(self.tokens[index - 2].word) & {"do"}
            or self.tokens[index - 2].tag == "MD"
        ):
            return None
        if self.tokens[index - 1].tag == "MD" and self.tokens[index - 1].word != "cannot":
            return None
        if self._the_writers_own(index):
            return None  # "we do not know Stacey's view": a gap the writer names, no judgement
        position = index + 1
        while position < len(self.tokens) and (
            self.tokens[position].tag in ("DT", "PRP$", "JJ", "POS")
            or self.tokens[position].tag in ("NNP", "VBG", "NN")
            and position + 1 < len(self.tokens)
            # "Amira's disability"; "safeguarding expectations", "the safety plan": a noun's
            # modifier, before its head.
            and (
                self.tokens[position + 1].tag == "POS"
                or self.tokens[position].tag != "NNP"
                and self.tokens[position + 1].tag in ("NN", "NNS")
            )
        ):
            position += 1
        if (
            position == index + 1
            and position < len(self.tokens)
            and self.tokens[position].tag in ("WRB", "WP")
            and not self._verb_lemmas(token.word) & {"know", "remember", "recall"}
        ):
            # "Does not understand why the baby is on the unit": the reason not grasped (not
            # "does not know where he lives", a fact not known).
            return "conduct", index, position
        if position >= len(self.tokens) or self.tokens[position].tag not in ("NN", "NNS"):
            return None
        # Something abstract: a state, an idea, or what happens ("the impact on Amira").
        if self.words.first_class(self.tokens[position].word, "n") not in _INNER | _HAPPENINGS:
            return None
        return "conduct", index, position

    def _rating(self, index, token):
        """ "The risk to Amy is high", "the likelihood of harm is significant": a noun of the
        risk model rated with a word on a scale (an adjective with an opposite), which is the
        worker's judgement and needs the facts that put it there."""
        # ("Medium", which the tagger reads as a noun, is only ever a rating after "is".)
        middle = token.word in self.prepared.scale_middles
        if (token.tag not in _ADJECTIVE and not middle) or not self._on_a_scale(token.word):
            return None
        if self._rated_before_its_noun(index):
            return "rating", index - 1, index + 1  # from its article: "a high likelihood"
        verb_at = index - 1
        while verb_at > 0 and self.tokens[verb_at].tag in _SKIPPABLE_BEFORE_STATE:
            verb_at -= 1
        if verb_at < 1:
            return None
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if (
            following is not None
            and self.words.with_lemmas(following.word, "n") & self.prepared.rated_nouns
            and self._verb_lemmas(self.tokens[verb_at].word) & self.prepared.linking
        ):
            return "rating", verb_at, index + 1  # "the household is high risk": rated, as a kind
        if self.tokens[verb_at].word == ":":
            # "Risk of placement breakdown: high": a form's field and its rating.
            subject = next((t for t in self.tokens[:verb_at] if t.tag in _NOUN), None)
        else:
            if self.tokens[verb_at].word == "as" and self._participle(verb_at - 1):
                verb_at -= 1  # "assessed as high", "was rated as low": the rating given
            elif self.tokens[verb_at].word == "as":
                return self._rated_as(verb_at, index)
            elif not self._verb_lemmas(self.tokens[verb_at].word) & self.prepared.linking:
                return None
            subject = self._head_of_subject(verb_at)
            if subject is not None and self._subject_among(
                verb_at, self.prepared.rated_nouns | self.prepared.capacities
            ):
                return "rating", verb_at, index  # "parenting capacity is assessed as good"
        if subject is None or not (
            self.words.with_lemmas(subject.word, "n") & self.prepared.rated_nouns
        ):
            return None
        return "rating", verb_at, index

    def _on_a_scale(self, word) -> bool:
        """An adjective with an opposite ("high", "low"), or the middle between ("medium")."""
        return self.words.opposite(word) is not None or word in self.prepared.scale_middles

    def _rated_before_its_noun(self, index) -> bool:
        """ "There is a high likelihood of harm", "Dad poses a significant risk": the rating
        before the risk model's noun, after "there is a" or a verb of posing."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if (
            following is None
            or not self.words.with_lemmas(following.word, "n") & self.prepared.rated_nouns
            or index < 3
            or self.tokens[index - 1].word not in ("a", "an")
        ):
            return False
        verb = self.tokens[index - 2]
        return bool(self._verb_lemmas(verb.word) & {"be"}) and self.tokens[index - 3].word == (
            "there"
        )

    def _rated_as(self, as_at, index):
        """ "I would assess the risk to Fionn as high": a verb of rating, a noun of the risk
        model as its object, then "as" and the rating."""
        for at in range(as_at - 1, max(-1, as_at - 10), -1):
            token = self.tokens[at]
            if token.tag.startswith("VB"):
                if not self._verb_lemmas(token.word) & _RATING_VERBS:
                    return None
                rated = any(
                    self.words.with_lemmas(t.word, "n") & self.prepared.rated_nouns
                    for t in self.tokens[at + 1 : as_at]
                )
                return ("rating", at, index) if rated else None
        return None

    def _of_a_standard(self, of_at):
        """ "Recording is of a high standard", "the care was of poor quality": after "be", a
        level of quality given ("of", a description, then a noun of an attribute that is not a
        measure), the worker's rating."""
        tokens = self.tokens
        if of_at == 0 or not self._verb_lemmas(tokens[of_at - 1].word) & {"be"}:
            return None
        position = of_at + 1
        while position < len(tokens) and (
            tokens[position].word in ("a", "an") or tokens[position].tag == "RB"
        ):
            position += 1  # "of a very good standard"
        if position + 1 >= len(tokens) or tokens[position].tag not in _ADJECTIVE:
            return None
        # (The tagger may read the noun that ends the phrase as one more description.)
        rated, noun = tokens[position], tokens[position + 1]
        if self._kind_not_quality(rated.word) or not (
            self._evaluative(rated.word) or self.words.opposite(rated.word) is not None
        ):
            return None
        if noun.word not in self.prepared.quality_nouns and not (
            # "Of poor hygiene", "of a poor level of cleanliness": a state rated strongly.
            abs(self.words.valence(rated.word, "a")) >= self.prepared.threshold
            and noun.word not in self.prepared.measurable
            and self.words.first_class(noun.word, "n") in ("noun.state", "noun.attribute")
        ):
            return None  # "of a similar age", "of a dark colour": a kind, not how good
        return "quality", of_at - 1, position + 1

    def _kind_not_quality(self, word) -> bool:
        """An adjective that says what kind of thing, or where it comes in a sequence, not how
        good it is: a relational one ("mental health", "domestic abuse": WordNet files a sense
        of it as pertaining to a noun) or one of sequence ("first appointment", "previous
        conviction")."""
        # ...unless as strongly good or bad as a word can be rated in another sense ("a
        # chaotic parent": "chaotic" also pertains to chaos theory).
        return (
            "adj.pert" in self.words.classes(word, "a")
            and abs(self.words.valence(word, "a")) < _STRONGLY_VALENCED
        ) or word in self.prepared.sequence

    def _evaluative(self, word) -> bool:
        if self._perceptible(word):
            return False  # "no marks were visible": what was perceived, which is evidence
        if word in self.prepared.sequence:
            return False  # "sat by the boy next to Sam": where someone comes, not how good they are
        parts = word.split("-")
        if (
            len(parts) == 2
            and self.words.known(parts[0], "a")
            and not self.words.known(parts[1], "n")
            and self._evaluative(parts[0])
        ):
            return True  # two descriptions made one ("insecure-avoidant"); not "high-risk"
        return self.words.evaluative(
            word, self.prepared.sources
        ) >= self.prepared.threshold or self.words.names_feeling(word)

    def _perceptible(self, word) -> bool:
        """An adjective of being perceived: made from a verb of perception with the suffix of
        what can be done to something ("audible", "noticeable"; not "attentive", which says
        how someone attends), or named by the rubric ("visible")."""
        return word in self.prepared.perceptible or bool(
            word.endswith(("able", "ible"))
            and self.words.made_from(word) & self.prepared.perception
            and word not in self.prepared.certainty_words
        )

    def _misstates(self, index) -> int | None:
        """The verb at ``index`` misstates how much, alone ("minimises") or with its particle,
        straight after it or past a pronoun, and an object ("is playing down the injury",
        "plays it down"; not "were playing down by the river"): where it ends, or None."""
        lemmas = self._verb_lemmas(self.tokens[index].word)
        if lemmas & self.prepared.misstating:
            return index
        tokens = self.tokens
        for after in (index + 1, index + 2):
            if after >= len(tokens) or tokens[after].word not in PARTICLES:
                continue
            pronoun = after == index + 2
            if pronoun and tokens[index + 1].tag != "PRP":
                continue
            following = tokens[after + 1] if after + 1 < len(tokens) else None
            if not pronoun and (
                following is None or following.tag not in (*_NOUN, "DT", "PRP$", "PRP", "WRB", "JJ")
            ):
                return None
            head = None if pronoun else self._phrase_head(after + 1)
            if head is not None and self.words.first_class(self.tokens[head].word, "n") in (
                "noun.artifact",
                "noun.location",
                "noun.object",
            ):
                return None  # "playing down the road": where, not how much
            particle = tokens[after].word
            if any(f"{lemma}_{particle}" in self.prepared.misstating for lemma in lemmas):
                return after
            return None
        return None

    def _verb_lemmas(self, word) -> frozenset[str]:
        if word in _CONTRACTED:
            return _CONTRACTED[word]  # "Dad's an alcoholic", "she's been"
        return self.words.with_lemmas(word, "v")

    def _state(self, index, token):
        """An adjective said of someone: after a linking verb, after an appearance verb, or
        riding on an arrival ("showed up drunk")."""
        tokens = self.tokens
        # A participle reads as a state when it names a feeling ("overwhelmed") or WordNet has it
        # as an adjective ("cluttered"). The tagger reads some as a past tense ("is strained"),
        # which cannot follow "be".
        participle = self._participle(index)
        feeling = participle and self.words.first_class(token.word, "v") == "verb.emotion"
        # "Is deeply traumatised (by what happened)": only a description takes a degree; a
        # rated one is felt, whatever WordNet's class of the verb.
        feeling = feeling or (
            participle
            and index > 0
            and self.tokens[index - 1].word in _OF_DEGREE
            and self._evaluative(token.word)
        )
        is_participle = participle and self._a_description(token, feeling)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        if token.tag == "VBG":
            # "Are thriving", "was concerning": a present participle that describes rather than
            # does, with nothing done to anything after it.
            feeling = self._describing_participle(index, token, following)
            is_participle = feeling
        if (
            (token.tag not in _ADJECTIVE and not is_participle)
            or _not_a_state(token, following, after)
            # ("The cause is not known", "is not yet known": what is not known, said so.)
            or token.word == "known"
            and index
            and tokens[index - 1].word in ("not", "n't", "yet")
            # "Missing: 29.06 18:00 to 30.06 09:30": a record's heading, said of no one; and
            # "Prepared by Ms Ahmed, social worker": who wrote the document.
            or (index == 0 and following is not None and following.word in (*_HEADING_MARKS, "by"))
        ):
            return None
        last = index
        if (
            self._to_the_touch(index)
            or self._cared_for_by(index, following)
            or (is_participle and self._done_not_state(index, token, feeling))
            # "Is being cared for by her grandmother": something done to them, and by whom.
            or is_participle
            and [t.word for t in tokens[index + 1 : index + 3]] == ["for", "by"]
            or is_participle
            and not feeling
            and self._done_by_someone(index)
            or self._a_stance_held(index, token, following)
        ):
            return None
        if (
            following is not None
            and following.word == "to"
            and after is not None
            and after.tag.startswith("VB")
        ):
            if not self._judged_with_what_to_do(index, token, after):
                return None
            last = index + 2
        elif self._not_said_of_anyone(index, token, following, feeling):
            return (
                self._writer_sure(index, token, following)
                or self._noted_label(index)
                or self._article_dropped(index)
            )
        position = index - 1
        # "Emotionally unavailable": an adverb of the mind makes any description a state of it.
        of_mind = False
        while position >= 0 and (
            tokens[position].tag in _SKIPPABLE_BEFORE_STATE
            or tokens[position].word in ("not", "n't", "as", "very", "and", "or", ",", "across")
            or tokens[position].word in _QUOTE_MARKS  # "is 'volatile'": a term, quoted
            # "Has got a lot worse", "was a bit low": by how much, said without a measure.
            or tokens[position].word in _DEGREE_NOUNS
            and tokens[position - 1].word == "a"
            or tokens[position].word == "a"
            and tokens[position + 1].word in _DEGREE_NOUNS
            or (
                tokens[position].tag in _ADJECTIVE
                and (
                    tokens[position - 1].word in ("and", "or", ",")
                    # "Was loud and aggressive": the series' first word, which may not judge.
                    or tokens[position + 1].word in ("and", "or", ",")
                )
            )
            # "Is disengaged and hostile": a participle leading the series after the verb.
            or (
                tokens[position].tag in ("VBN", "VBD")
                and tokens[position + 1].word in ("and", "or", ",")
                and position > 0
                and (
                    self._verb_lemmas(tokens[position - 1].word) & self.prepared.linking
                    # "House cluttered, dirty, smelly": in a note with no verb, as after "is",
                    # when the series ends on a description ("changed, fed and winded" are acts).
                    or (self.verbless and tokens[position].tag == "VBN" and token.tag in _ADJECTIVE)
                )
            )
        ):
            word = tokens[position].word
            of_mind = of_mind or (word.endswith("ly") and self.words.names_feeling(word[:-2]))
            position -= 1
        of_mind = of_mind or self._in_feeling(index)
        if position < 0:
            return self._fragment(index, position)
        verb = tokens[position]
        lemmas = self._verb_lemmas(verb.word)
        if not verb.tag.startswith("VB"):
            return (
                self._depictive(index, position)
                or self._note_style(index, position)
                or self._fragment(index, position)
            )
        if (
            (token.tag == "VBG" and not lemmas & self.prepared.linking)
            or self._the_writers_own(position)
            # "His sense of being safe", "afraid of being hurt": a state named, not said.
            or (verb.word == "being" and position and tokens[position - 1].tag == "IN")
        ):
            # "Seen on the landing crying" tells what was seen; "I was frightened", "we were
            # getting ready": the writer's own state is theirs to know.
            return None
        if lemmas & self.prepared.appearance or (
            # "Came across as cold": the appearance is the verb and its particle together.
            position + 1 < len(tokens)
            and tokens[position + 1].word == "across"
            and {f"{lemma} across" for lemma in lemmas} & self.prepared.appearance
        ):
            return "state", position, last
        if lemmas & self.prepared.linking and (
            feeling
            or of_mind
            or self._evaluative(token.word)
            # "Is more regulated than he was": a state, compared with before.
            or tokens[index - 1].word in ("more", "less")
            and tokens[index - 1].tag == "RBR"
            or self._disposition(token, position)
            or self._of_a_relation(token, position)
            or self._capacity_scaled(token, position)
            # "Is fully committed": a leaning of the mind vouched for by a maximizer.
            or tokens[index - 1].word in self.prepared.maximizers
            and abs(self.words.valence(token.word, "a")) >= 0.3
            # "Too old to manage a toddler": unfit for what is to be done, however plain the word.
            or (last > index and self._too(index))
        ):
            if self._physical_result(token, position) or self._measure_of_thing(token, position):
                return None
            return self._kind_of_state(index, position), position, last
        if self._went_or_arrived(index, position, lemmas):
            return "state", position, last
        return None

    def _done_by_someone(self, index) -> bool:
        """The participle at ``index``, or the series of participles it is in, ends with who
        did it: "was cared for by her aunt", "are fed, sheltered and seen by a vet"."""
        tokens = self.tokens
        end = index
        while (
            end + 2 < len(tokens)
            and tokens[end + 1].word in (",", "and", "or")
            and tokens[end + 2].tag in ("VBN", "VBD")
        ):
            end += 2
        if end + 2 >= len(tokens) or tokens[end + 1].word != "by":
            return False
        if end > index and self._evaluative(tokens[end].word):
            return False  # "isolated and controlled by his father": a verdict ends the series
        after = end + 2
        if tokens[after].tag in ("DT", "PRP$"):
            after += 1  # "by a vet", "by her aunt", "by the school nurse"
        while after + 1 < len(tokens) and tokens[after + 1].tag == "NN":
            after += 1
        return after < len(tokens) and (
            tokens[after].tag == "NNP" or self._names_person(tokens[after])
        )

    def _kind_of_state(self, index, verb_at):
        """ "Is clinically depressed": a diagnosis, whoever made it; "Ben's risk is increased": a
        rating; else a state."""
        if self.tokens[index - 1].word == "clinically":
            return "diagnosis"
        subject = self._head_of_subject(verb_at)
        if (
            self.tokens[index].word in self.prepared.rated_states
            and subject is not None
            and self._names_person(subject)
        ):
            return "rating"  # "Ruby is most vulnerable because of her age": rated, with grounds
        return "rating" if self._risk_rated(verb_at) else "state"

    def _capacity_scaled(self, token, verb_at) -> bool:
        """ "Her insight is limited", "Mum's capacity to change is low": a capacity of mind put
        on a scale (an adjective with an opposite), however mildly the lexicons rate the word."""
        return self.words.opposite(token.word) is not None and self._subject_among(
            verb_at, self.prepared.capacities
        )

    def _risk_rated(self, verb_at) -> bool:
        """The verb's subject is a noun of the risk model ("risk", "likelihood", "danger"): what
        is said of it rates it, and may give its grounds."""
        return self._subject_among(verb_at, self.prepared.rated_nouns)

    def _subject_among(self, verb_at, nouns) -> bool:
        """The head of the verb's subject, before it, is one of ``nouns`` (as a lemma too)."""
        head = self._subject_head(verb_at)
        return head < verb_at and bool(self.words.with_lemmas(self.tokens[head].word, "n") & nouns)

    def _went_or_arrived(self, index, position, lemmas) -> bool:
        """ "Contact went OK": how an occasion went; "arrived drunk": a state arrived in."""
        token, verb = self.tokens[index], self.tokens[position]
        if not self._evaluative(token.word):
            return False
        if (
            self.tokens[index - 1].tag in ("DT", "PRP$")
            and index + 1 < len(self.tokens)
            and self.tokens[index + 1].tag in _NOUN
        ):
            return False  # "moved to a new flat": a description of where, not a state arrived in
        if "go" in lemmas and position == index - 1 and self._of_an_occasion(position):
            return True
        return (
            self._an_arrival(verb.word, _COMING)
            and not lemmas & self.prepared.light
            # A base form with no "to" or modal before it is no verb here ("(DSL, lead
            # professional)": the tagger's misreading of a noun).
            and not (verb.tag == "VB" and self.tokens[position - 1].tag not in ("MD", "TO"))
        )

    def _the_writers_own(self, verb_at) -> bool:
        """The verb's subject, right before it and its auxiliaries, is the writer ("I", "we")."""
        back = verb_at - 1
        while back >= 0 and (
            self.tokens[back].tag in ("MD", "RB")
            # "I felt intimidated", "we became worried": a linking verb, then the state.
            or self._verb_lemmas(self.tokens[back].word)
            & ({"be", "have", "do"} | self.prepared.linking)
        ):
            back -= 1
        return (
            back >= 0
            and self.tokens[back].word in ("i", "we")
            and not (back and self.tokens[back - 1].word in ("and", ","))  # "Mum and I were"
        )

    def _not_said_of_anyone(self, index, token, following, feeling) -> bool:
        """The description is of the thing after it ("a dirty plate", "abusive and violent
        things"), or a stance whose content is what is judged ("worried that"; "dismissive of
        the concerns" still judges the one dismissing)."""
        if following is None:
            return False
        if self._describes_noun_after(index):
            return True
        return (
            # Not a time ("was sad today", "tired this morning"), which says when, not what.
            following.tag in _NOUN
            and not (
                self.words.first_class(following.word, "n") == "noun.time"
                and self.tokens[index - 1].tag not in ("DT", "PRP$")  # "a cold night"
            )
            # (But "appears anxious about going home": how someone seemed to the writer.)
            or following.word in ("that", "about", "whether", "if")
            and not self._seemed(index)
            # (A trait shown about a matter is still theirs: "dishonest about her drug use",
            # "evasive about the injury"; a feeling's content is what it is about.)
            and not (
                following.word == "about"
                and not feeling
                and token.tag in _ADJECTIVE
                and self._evaluative(token.word)
                and not self.words.names_feeling(token.word)
                # (Against them: "positive about his progress" is a view of the matter.)
                and (self.words.valence(token.word, "a") < 0)
                != any(t.word in _NOT for t in self.tokens[max(0, index - 3) : index])
            )
            or (
                following.word == "of"
                and not (token.tag in _ADJECTIVE and self._evaluative(token.word))
                and not feeling  # "frightened of him" is a feeling, whatever it is about
            )
        )

    def _seemed(self, index) -> bool:
        """The description at ``index`` follows a verb of appearance ("appears", "seemed",
        "presented as"), past adverbs: how someone came across to whoever saw them."""
        back = index - 1
        while back > 0 and (
            self.tokens[back].tag in _SKIPPABLE_BEFORE_STATE or self.tokens[back].word == "as"
        ):
            back -= 1
        return bool(self._verb_lemmas(self.tokens[back].word) & self.prepared.appearance)

    def _describes_noun_after(self, index) -> bool:
        """The adjective leads a series that ends on a noun: "seeing abusive and violent
        things", "a warm, loving home" (the noun right after it is read where it stands)."""
        tokens = self.tokens
        position = index + 1
        joined = False
        while position < len(tokens) and (
            tokens[position].word in ("and", "or", ",")
            or tokens[position].tag in (*_ADJECTIVE, "RB")
        ):
            joined = joined or tokens[position].word in ("and", "or", ",")
            position += 1
        return (
            joined
            and position < len(tokens)
            and tokens[position - 1].tag in _ADJECTIVE
            and tokens[position].tag in ("NN", "NNS")
            and self.words.first_class(tokens[position].word, "n") != "noun.time"
        )

    def _measure_of_thing(self, token, verb_at) -> bool:
        """ "The room was cold", "the television was loud": a thing's warmth, size or loudness,
        as felt or seen (said of a person, "thin" or "small" is a judgement to show)."""
        if token.tag not in _ADJECTIVE:
            return False
        if not self.words.value_of(token.word) & self.prepared.measurable:
            return False
        subject = self._head_of_subject(verb_at)
        return (
            subject is not None and subject.tag in ("NN", "NNS") and not self._names_person(subject)
        )

    def _judges_a_person(self, token) -> bool:
        """An adjective that judges only when it describes a person: a warmth or brightness
        ("a cold father") or a disposition ("a protective parent", "an evasive man")."""
        word = token.word
        if token.tag == "VBG" and self.words.known(word, "a"):
            # "A controlling man": a participle of how people deal with each other that the
            # lexicons rate at all (not "a working father").
            return self.words.evaluative(word) > 0 and any(
                self.words.first_class(lemma, "v") in self.prepared.disposition
                for lemma in self.words.lemmas(word, "v")
            )
        if token.tag not in _ADJECTIVE:
            return False
        return bool(
            self.words.value_of(word) & self.prepared.figurative_of_people
            and self._evaluative(word)
            or not word.endswith(("ed", "able", "ible"))
            and self.words.made_from(word) & self.prepared.disposition
        )

    def _disposition(self, token, verb_at) -> bool:
        """ "Mum was evasive", "Dad is argumentative": an adjective WordNet makes from a verb of
        how people deal with each other, said of a person, sums up how they behave. (Not one
        made from a participle or of what can be done to someone: "self-employed",
        "eligible".)"""
        word = token.word
        if token.tag not in _ADJECTIVE or word.endswith(("ed", "able", "ible")):
            return False
        if not self.words.made_from(word) & self.prepared.disposition:
            return False
        subject = self._head_of_subject(verb_at)
        # Of a person, or of people together: "the family are resistant to CAMHS".
        return subject is not None and (
            self._names_person(subject) or self.words.first_class(subject.word, "n") == "noun.group"
        )

    def _tie(self, index, token):
        """ "Is not bonding with the baby", "are very attached to their carers": a tie with
        someone, which only what passed between them can show."""
        if not (token.tag.startswith("VB") or token.tag in _ADJECTIVE):
            return None
        if not self._verb_lemmas(token.word) & self.prepared.bonding:
            return None
        at = index + 1
        while at < len(self.tokens) and self.tokens[at].tag in ("RB", "RBR"):
            at += 1  # "bonded quickly with"
        if at >= len(self.tokens) or self.tokens[at].word not in ("with", "to"):
            return None
        at += 1
        while at < len(self.tokens) and self.tokens[at].tag in ("DT", "PRP$", "JJ", "CD", "POS"):
            at += 1
        if at >= len(self.tokens) or not self._names_person(self.tokens[at]):
            return None  # "attached to the email": a thing
        while at + 1 < len(self.tokens) and self.tokens[at + 1].tag in _NOUN:
            at += 1  # "their foster parents"
        return "tie", index, at

    def _of_an_occasion(self, verb_at) -> bool:
        """The verb's subject is something that took place: a visit, a contact, a meeting
        ("family time": the last noun of a compound names what it is)."""
        subject = self._head_of_subject(verb_at)
        if subject is None:
            return False
        head = self._phrase_head(next(p for p in range(verb_at) if self.tokens[p] is subject))
        if head is not None:
            subject = self.tokens[head]
        return self.words.first_class(subject.word, "n") in (
            "noun.act",
            "noun.event",
            "noun.communication",
            "noun.time",
        )

    def _of_a_relation(self, token, verb_at) -> bool:
        """ "The relationship between them is close", "their bond is strong": how close or
        strong a tie between people is, which only what passed between them can show, however
        plain the word (not a kind of tie: "the relationship is sexual")."""
        if token.tag not in _ADJECTIVE or self._kind_not_quality(token.word):
            return False
        # A matter of degree (it has an opposite), and not of age or length ("is new").
        if self.words.opposite(token.word) is None or self.words.value_of(token.word) & {
            "age",
            "duration",
            "length",
        }:
            return False
        subject = self._head_of_subject(verb_at)
        return (
            subject is not None
            and subject.tag in ("NN", "NNS")
            and "noun.relation" in self.words.classes(subject.word, "n")
            and self.words.first_class(subject.word, "n") not in self.prepared.concrete
        )

    def _done_not_state(self, index, token, feeling) -> bool:
        """A participle that tells something done, not a state: an event in the passive, what
        is to be done ("needs to be found out"), or something said to someone ("the manager
        was informed")."""
        stranded = (
            # "The meetings he was invited to", "was spoken to": a passive whose preposition is
            # left at the end, something done to someone ("the man she was frightened of" is
            # still a feeling).
            not self.words.names_feeling(token.word)
            and index + 1 < len(self.tokens)
            and self.tokens[index + 1].tag in ("IN", "TO")
            and (index + 2 == len(self.tokens) or self.tokens[index + 2].tag in (".", ",", ":"))
        )
        # "Washed his hands": the tagger's participle with an object of its own is an act.
        with_object = (
            not feeling
            and index + 1 < len(self.tokens)
            and self.tokens[index + 1].tag in ("PRP$", "DT")
        )
        # "No other marks were found": a thing perceived, which is a finding.
        subject = self._subject_before(index)
        perceived = (
            not feeling
            and self.words.classes(token.word, "v") & self.prepared.perception
            and self._after_be(index)
            and subject is not None
            and subject.tag in ("NN", "NNS")
            # A thing one could touch ("knives were found"), or none at all ("no other marks
            # were found"); not "evidence of drug use" or "hazards", which say what it meant.
            and (
                self.words.classes(subject.word, "n") & self.prepared.concrete
                or self.tokens[self._clause_start(index)].word == "no"
            )
            # Its commonest sense a thing: a plural read as its singular ("marks", not a
            # surname "Marks").
            and self.words.first_class(
                next(
                    (w for w in self.words.lemmas(subject.word, "n") if w != subject.word),
                    subject.word,
                )
                if subject.tag == "NNS"
                else subject.word,
                "n",
            )
            not in ("noun.person", "noun.group")
            # Nor a verdict found: "evidence of neglect", "risks", "no problems", "dangerous
            # items" were found.
            and not any(
                self._evaluative(t.word)
                if t.tag in _ADJECTIVE
                else (
                    abs(self.words.valence(t.word, "n")) >= self.prepared.threshold
                    or self.words.with_lemmas(t.word, "n")
                    & (self.prepared.rated_nouns | self.prepared.trouble | self.prepared.views)
                )
                for t in self.tokens[self._clause_start(index) : index]
                if t.tag in (*_ADJECTIVE, "NN", "NNS")
            )
        )
        # "Was taken off the roll", "was sent away": a phrasal verb in the passive, something
        # done.
        phrasal = (
            not feeling
            # Told in the past ("is worn out" is a state); foretold, it is a forecast ("will be
            # thrown out again within a month").
            and index > 0
            and self.tokens[index - 1].word in ("was", "were", "been", "being")
            and index + 1 < len(self.tokens)
            and self.tokens[index + 1].word in ("off", "out", "away", "back", "over")
            and any(
                self.words.sharing_a_sense(f"{lemma}_{self.tokens[index + 1].word}")
                for lemma in self._verb_lemmas(token.word)
            )
        )
        return (
            stranded
            or with_object
            or phrasal
            or bool(perceived)
            or self._passive_event(index, feeling)
            or self._to_be_done(index)
            or (not feeling and self.words.first_class(token.word, "v") == "verb.communication")
        )

    def _to_the_touch(self, index) -> bool:
        """ "Felt icy to the touch": what was felt, which is evidence."""
        words = [t.word for t in self.tokens[index + 1 : index + 4]]
        return words[:2] == ["to", "touch"] or words[:3] == ["to", "the", "touch"]

    def _to_be_done(self, index) -> bool:
        """ "Needs to be found out": a participle after "to be" is something to be done; not
        after a passive of knowing or saying ("are known to be involved in criminality": they
        are, it says, with no one to say so)."""
        return (
            index >= 2
            and self.tokens[index - 1].word == "be"
            and self.tokens[index - 2].word == "to"
            and not (
                index >= 3
                and self.tokens[index - 3].tag == "VBN"
                and self.words.first_class(self.tokens[index - 3].word, "v")
                in ("verb.cognition", "verb.communication")
            )
        )

    def _passive_event(self, index, feeling) -> bool:
        """Something done, in the passive: by someone ("was interpreted by Dawit"), or to a
        thing and told with its time ("was arranged for the same afternoon")."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if (
            index
            and self.tokens[index - 1].word == "being"
            and self.words.valence(self.tokens[index].word, "v") <= -self.prepared.threshold
        ):
            return False  # "is being exploited by a gang": a harm said to go on, not an event
        if not feeling and self.words.first_class(self.tokens[index].word, "v") == (
            "verb.perception"
        ):
            return True  # "not being noticed", "was seen": perceived by someone, not a state
        if following is not None and following.word == "by":
            # (A degree makes it a state: "was deeply hurt by what Dad said".)
            return not (index and self.tokens[index - 1].word in _OF_DEGREE)
        if (
            not feeling
            and following is not None
            and following.word in ("to", "into", "from", "onto")
            # Told in the past, an occasion ("was taken to"); "is securely attached to" is how
            # someone is.
            and index
            and self.tokens[index - 1].word in ("was", "were", "been")
            and (index + 2 >= len(self.tokens) or not self.tokens[index + 2].tag.startswith("VB"))
            and self.words.classes(self.tokens[index].word, "v") & {"verb.motion", "verb.contact"}
            # "Have been disengaged from the process": the undoing of how someone deals with
            # others, a description ("disconnected from the ventilator" is done).
            and not self._an_undoing_of_dealings(self.tokens[index].word)
        ):
            return True  # "was taken to the police station": moved somewhere by someone
        return not feeling and self._when_follows(index) and self._said_of_thing(index)

    def _said_of_thing(self, index) -> bool:
        """The noun before (the subject) is a thing or an event, not a person: "Mum was upset
        on Monday" is her state, "the medical was arranged for Monday" an event."""
        subject = self._subject_before(index)
        return (
            subject is not None and subject.tag in ("NN", "NNS") and not self._names_person(subject)
        )

    def _when_follows(self, index) -> bool:
        """A preposition and a time after a participle: "arranged for that afternoon",
        "cancelled on 3 May". An adjective does not take one; a passive told as it happened
        does."""
        following = self.tokens[index + 1 : index + 5]
        if not following or following[0].word not in ("for", "on", "at", "in", "until", "since"):
            return False
        for token in following[1:]:
            if token.tag in ("DT", "WDT", "JJ", "PRP$") or token.word in ("that", "this"):
                continue
            return token.tag == "CD" or self.words.first_class(token.word, "n") == "noun.time"
        return False

    def _physical_result(self, token, verb_at) -> bool:
        """ "The nappy was soaked", "the window was broken": a thing in the state a physical
        change or touch left it in, which is what was seen of it, not a verdict on it."""
        if token.tag not in ("VBN", "VBD") or not token.word.endswith(("ed", "en")):
            return False
        if self.words.first_class(token.word, "v") not in ("verb.contact", "verb.change"):
            return False
        subject = self._subject_before(verb_at)
        return (
            subject is not None
            and subject.tag in ("NN", "NNS")
            and self.words.first_class(subject.word, "n") in self.prepared.concrete
        )

    def _note_style(self, index, position):
        """ "Parents hostile and uncooperative", "Mum tearful": a case note's judgement with its
        verb left out, the description right after the noun phrase that opens the sentence."""
        token = self.tokens[index]
        feeling = token.tag == "VBN" and self.words.first_class(token.word, "v") == "verb.emotion"
        if not (feeling or (token.tag in _ADJECTIVE and self._describes(index))):
            return None  # "Carer overwhelmed": a participle of feeling is one too
        opening = self.tokens[position]
        if not (
            (opening.tag in _NOUN and self._names_person(opening))
            # The tagger reads a capitalised first word with no verb after it as a description.
            or (position == 0 and "noun.person" in self.words.classes(opening.word, "n"))
            # "Home conditions very poor": with no verb in its clause, of a thing as of a person
            # (not "cocaine positive": a substance's test result).
            or (opening.tag in ("NN", "NNS") and self._verbless_clause(index))
        ):
            return None
        # After a note's heading, the people it is about open it ("PLO mtg - parents
        # hostile"; but "Hair strand, 14 Aug: cocaine positive" is a thing's result); a gerund
        # may be one of its nouns ("home learning environment poor").
        start = next(
            (p + 1 for p in range(position - 1, -1, -1) if self.tokens[p].word in _HEADING_MARKS),
            0,
        )
        if not self._names_person(opening) or any(
            self.words.with_lemmas(t.word, "n") & _TESTED for t in self.tokens[:start]
        ):
            start = 0  # "Drug test - mum negative": a result, as the heading says
        if any(
            t.tag not in ("DT", "PRP$", "POS", "VBG", *_NOUN) for t in self.tokens[start:position]
        ):
            return None
        return "state", position, index

    def _fragment(self, index, position):
        """ "Uncooperative and defiant.", "Mood: low and tearful throughout": a note's description
        with no subject and no verb, said of whoever the note is about (after a heading and a
        colon, or on its own)."""
        tokens = self.tokens
        if not self.verbless or tokens[index].tag not in _ADJECTIVE:
            return None
        if position >= 0 and not (
            tokens[position].word == ":"
            and all(t.tag in (*_NOUN, *_ADJECTIVE, "DT", "PRP$", "POS") for t in tokens[:position])
        ):
            return None
        if not self._describes(index):
            return None
        word = tokens[index].word
        if (
            index == 0
            and len(tokens) > 1
            and tokens[1].tag == "IN"
            and self.words.known(word, "n")
            and not self._in_feeling(index)
        ):
            return None  # "Mum at home", "Frank at school today": a name, where they were
        return "state", index, index

    def _noted_label(self, index):
        """ "Uncooperative patient.", "Triage: chaotic household.": a note with no verb that is
        only a description and the person or household it labels."""
        tokens = self.tokens
        if not self.verbless or tokens[index].tag not in _ADJECTIVE or not self._describes(index):
            return None
        if self._kind_not_quality(tokens[index].word):
            return None
        if index and not (
            tokens[index - 1].word in _HEADING_MARKS
            and all(t.tag in (*_NOUN, *_ADJECTIVE, "DT", "POS") for t in tokens[: index - 1])
        ):
            return None
        head = index + 1
        while head + 1 < len(tokens) and tokens[head + 1].tag in _NOUN:
            head += 1
        if tokens[head].tag not in _NOUN or (
            head + 1 < len(tokens) and tokens[head + 1].word not in (".", ",", ";", "!")
        ):
            return None
        if not (
            self._names_person(tokens[head])
            or self.words.first_class(tokens[head].word, "n") == "noun.group"
        ):
            return None  # "Strong smell of damp.", "Good visit.": a thing described
        return "label", index, head

    def _article_dropped(self, index):
        """ "Mother is very lazy person": a label with its article left out, as a writer
        whose first language has none may write it (after "be", a description that rates,
        then a person)."""
        tokens = self.tokens
        back = index - 1
        while back > 0 and tokens[back].tag == "RB":
            back -= 1
        if (
            back < 1
            or index + 1 >= len(tokens)
            or not self._verb_lemmas(tokens[back].word) & {"be"}
            or tokens[index + 1].tag != "NN"
            or not self._evaluative(tokens[index].word)
            or self._kind_not_quality(tokens[index].word)
            or not self._names_person(tokens[index + 1])
        ):
            return None
        return "label", index, index + 1

    def _describes(self, index) -> bool:
        """The adjective at ``index`` judges whoever or whatever it is said of: rated by the
        lexicons, naming a feeling or a disposition ("evasive"), or of a feeling named after it
        ("low in mood"); not a size or warmth felt ("cold and wet")."""
        word = self.tokens[index].word
        return (
            bool(
                self._evaluative(word)
                or self.words.made_from(word) & self.prepared.disposition
                or self._in_feeling(index)
            )
            and not self.words.value_of(word) & self.prepared.measurable
        )

    def _in_feeling(self, index) -> bool:
        """ "Low in mood", "flat in affect": a description of a feeling named after it."""
        position = index + 1
        if position >= len(self.tokens) or self.tokens[position].word != "in":
            return False
        position += 1
        while position < len(self.tokens) and self.tokens[position].tag in ("DT", "PRP$", "JJ"):
            position += 1
        return (
            position < len(self.tokens)
            and self.tokens[position].tag in ("NN", "NNS")
            and self.words.first_class(self.tokens[position].word, "n") == "noun.feeling"
        )

    @cached_property
    def verbless(self) -> bool:
        """No verb in the sentence but, perhaps, a participle ("Hostile when asked", which the
        tagger may read as a past tense)."""
        return not any(self._finite(at) for at in range(len(self.tokens)))

    def _finite(self, at) -> bool:
        token = self.tokens[at]
        return token.tag in ("VB", "VBD", "VBZ", "VBP", "MD") and not (
            at and token.tag == "VBD" and self.tokens[at - 1].word in _REDUCED
        )

    def _verbless_clause(self, index) -> bool:
        """No verb from the start of the sentence to the end of the clause at ``index``: "Home
        conditions poor again, despite all the work put in" is a note, whatever comes after."""
        end = next(
            (p for p in range(index, len(self.tokens)) if self.tokens[p].word in _CLAUSE_END),
            len(self.tokens),
        )
        return not any(self._finite(at) for at in range(end))

    def _after_be(self, index) -> bool:
        position = index - 1
        while position >= 0 and self.tokens[position].tag in _SKIPPABLE_BEFORE_STATE:
            position -= 1
        return position >= 0 and bool(self._verb_lemmas(self.tokens[position].word) & {"be"})

    def _has_doer(self, index) -> bool:
        """Someone before the verb who did it: "Following the meeting, ..." frames the
        sentence in time and shows no one doing anything. A note with no verb ("Anxious, with
        shaking hands") is about someone, who is the doer."""
        return self.verbless or any(t.tag in (*_NOUN, "PRP", "WP") for t in self.tokens[:index])

    def _done_to(self, index) -> bool:
        """A verb in the passive ("was asked", "when asked"): something done to someone, which
        shows nothing of their own state."""
        token = self.tokens[index]
        if token.tag not in ("VBN", "VBD") or index == 0:
            return False
        before = self.tokens[index - 1]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if token.tag == "VBN" and (
            self._after_be(index)
            or (following is not None and following.word == "by")
            or before.tag in ("NN", "NNS")  # "the concerns raised": a reduced relative
        ):
            return True
        return before.word in _REDUCED

    def _telling(self, verb_at) -> bool:
        """The verb at ``verb_at`` tells something: a verb of speech ("to say"), or one whose
        object is a view, an account or a feeling ("to give his views", "share his worries")."""
        if self.words.first_class(self.tokens[verb_at].word, "v") == "verb.communication":
            return True
        told = self._phrase_head(verb_at + 1)
        return told is not None and self.words.first_class(self.tokens[told].word, "n") in (
            "noun.communication",
            "noun.cognition",
            "noun.feeling",
            "noun.state",  # "his worries"
        )

    def _a_time(self, index) -> bool:
        """The noun at ``index`` names a time after "this", "last" or "next" ("this term"),
        in any of its senses ("the fall from a bike" is no time, whatever WordNet puts first)."""
        return (
            index > 0
            and self.tokens[index - 1].word in ("this", "last", "next")
            and "noun.time" in self.words.classes(self.tokens[index].word, "n")
        )

    def _because_of_what_happened(self, verb_at) -> bool:
        """After the verb at ``verb_at``, "because" opens a clause with a subject and a verb of
        its own: the reason for a change, told (whose own words are read for themselves)."""
        tokens = self.tokens
        start = next(
            (
                at
                for at in range(verb_at + 1, min(len(tokens) - 1, verb_at + 10))
                if tokens[at].word == "because"
            ),
            None,
        )
        return (
            start is not None
            and tokens[start + 1].tag in ("PRP", "NNP", "NN", "NNS", "DT", "PRP$")
            and any(t.tag in ("VBZ", "VBD", "VBP") for t in tokens[start + 2 : start + 6])
        )

    def _head_before_its_phrase(self, last) -> int:
        """The noun a subject ending at ``last`` is about, before the phrase that hangs from it:
        "the risk" in "the risk of Dad returning to the home", "the likelihood" in "the
        likelihood of further incidents"; else ``last``."""
        at = last
        for _ in range(8):
            if at < 1 or not (
                self.tokens[at - 1].tag in _IN_A_NOUN_PHRASE
                # "Relationships between home and school": two nouns joined inside the phrase.
                or self.tokens[at - 1].word in ("and", "or")
                and self.tokens[at - 2].tag in _NOUN
            ):
                break
            at -= 1
            token = self.tokens[at]
            if token.tag in _NOUN and self.tokens[at + 1].tag in ("DT", "PRP$"):
                break  # "in June the risk": the phrase before is another
            if token.tag in ("NN", "NNS") and self.tokens[at + 1].word in (
                *("of", "to", "for"),
                # "The overcrowding in the hostel", "her behaviour at school", "the bruise on
                # her arm".
                *("in", "at", "with", "on", "between"),
            ):
                return at
        return last

    def _treated(self, index, token):
        """A passive verdict on how someone was treated ("was pressured into the move"), with
        what they were made to do ("coerced into sending the images"); else None."""
        subject = self._subject_before(index)
        if (
            # Dealing with others, or using them ("was exploited"); not a decision recorded
            # ("was excluded") or a movement ("was left at school", "was dropped off").
            self.words.first_class(token.word, "v") not in ("verb.social", "verb.consumption")
            # Rated bad, not only in passing ("was taken into care").
            or self.words.valence(token.word, "v") > -0.3
            or subject is None
            or not self._names_person(subject)
        ):
            return None
        last = index
        if index + 1 < len(self.tokens) and self.tokens[index + 1].word == "into":
            last = next(
                (
                    at - 1
                    for at in range(index + 2, len(self.tokens))
                    if self.tokens[at].tag in (",", ".", ":", "CC") or self.tokens[at].word == "by"
                ),
                len(self.tokens) - 1,
            )
        return "conduct", index, last

    def _a_description(self, token, feeling) -> bool:
        """A past participle that is a description: a feeling, an adjective in WordNet
        ("cluttered"), or one made from an adjective by a prefix ("is disengaged")."""
        words = self.words
        return feeling or words.known(token.word, "a") or words.prefixed_adjective(token.word)

    def _describing_participle(self, index, token, following) -> bool:
        """A present participle used as a description: rated as an adjective ("thriving") or
        a verb of feeling that causes one ("worrying", "distressing"), with no object after it
        ("is worrying about the rent" is an act of worrying, read as a stance). Said of
        something abstract, it can only describe: "his behaviour has been challenging"."""
        if (
            index >= 2
            and self.tokens[index - 1].word == "as"
            and self._verb_lemmas(self.tokens[index - 2].word) & self.prepared.appearance
        ):
            # "Presents as controlling", "came across as caring": after how someone seems, a
            # description, however much of a doing the verb is.
            return self.words.known(token.word, "a") and self._evaluative(token.word)
        if following is not None and (
            following.tag in (*_NOUN, "DT", "PRP", "PRP$", "CD")
            or following.word in ("that", "about", "of", "whether", "if", "to", "over")
            # ("Is working on her anger": a doing, on what is hers; not "challenging on a
            # number of occasions".)
            or following.word == "on"
            and index + 2 < len(self.tokens)
            and self.tokens[index + 2].tag in ("PRP$", "PRP")
            # A phrasal verb WordNet lists, with its object: "is taking on the extra shifts"
            # (not "is charming", "taking" an adjective too).
            or index + 2 < len(self.tokens)
            and self.tokens[index + 2].tag in ("DT", "PRP$", "JJ", "NNS", "NN", "CD")
            and any(
                self.words.sharing_a_sense(f"{lemma}_{following.word}")
                for lemma in self._verb_lemmas(token.word)
            )
        ):
            return False
        if self._verb_lemmas(token.word) & self.prepared.linking:
            return False  # "is getting worse": "getting" links to the description after it
        if self._verb_lemmas(token.word) & self.prepared.impacting:
            return False  # "is affecting pick-up times": an effect, read as one (_caused)
        verb_class = self.words.first_class(token.word, "v")
        if verb_class in self.prepared.behaviour and not self._said_of_the_abstract(index):
            return False  # "was crying", "her voice was shaking": an act seen, not a verdict
        if (
            verb_class == "verb.perception"
            and following is not None
            and following.tag == "IN"
            and following.word not in ("like", "as")
        ):
            # "Was looking at the floor", "was looking after his nephew": perceiving or caring,
            # not "looking" as appearance ("looking like she hadn't slept" is how she looked).
            return False
        if self.words.known(token.word, "a") and self._evaluative(token.word):
            return True
        if self._verb_lemmas(token.word) & self.prepared.rated_nouns:
            return True  # "was concerning": the worker's own rating, as the risk model's noun
        return "verb.emotion" in self.words.classes(token.word, "v")

    def _said_of_the_abstract(self, verb_at) -> bool:
        """The clause's subject is a state, a relationship or something of the mind ("his
        behaviour", "the relationship"), not a person or a thing; its owner ("Harvey's") is not
        its head."""
        start = self._clause_start(verb_at)
        for position in range(start, verb_at):
            token = self.tokens[position]
            if token.tag not in _NOUN or (
                position + 1 < verb_at and self.tokens[position + 1].tag == "POS"
            ):
                continue
            return token.tag in ("NN", "NNS") and (
                # Not an act or a quality, which may be of a body ("her breathing", "her voice
                # was shaking").
                self.words.first_class(token.word, "n")
                in ("noun.state", "noun.relation", "noun.cognition", "noun.feeling")
            )
        return False

    def _outcome(self, index, token):
        """ "The visit went well", "Mum is doing well", "is coping badly": a verdict on how
        something went, in an adverb that rates, after a verb that says nothing of what was
        done (or one whose commonest sense is a verdict, such as "cope")."""
        if (
            token.tag not in ("RB", "RBR")
            or index == 0
            or token.word in PARTICLES
            or token.word in TIME_AND_FOCUS
        ):
            return None  # "didn't come down for tea", "are still registered": not how well
        if self.words.evaluative(token.word, self.prepared.sources) < self.prepared.threshold:
            return None
        following_tag = self.tokens[index + 1].tag if index + 1 < len(self.tokens) else ""
        if following_tag in ("RBR", "JJR") or token.tag == "RBR" and following_tag == "JJ":
            return None  # "presents as much more settled": how much more, of what follows
        felt = any(self.words.names_feeling(a) for a in _adjectives_of(token.word))
        position = index - 1
        while position > 0 and (
            self.tokens[position].tag in ("RB", "RBR")
            # "Has settled in really well", "gets on well": the verb's particle
            or self.tokens[position].word in PARTICLES
            and self.tokens[position - 1].tag.startswith("VB")
        ):
            position -= 1  # "really well"
        presented_as = (
            position > 0
            and self.tokens[position].word == "as"
            and bool(self._verb_lemmas(self.tokens[position - 1].word) & self.prepared.appearance)
        )
        position -= presented_as  # "presenting as well": how someone came across, rated
        verb = self.tokens[position]
        if not verb.tag.startswith("VB"):
            return None
        lemmas = self._verb_lemmas(verb.word)
        if presented_as:
            return "state", position, index
        if felt and self.words.first_class(verb.word, "v") not in ("verb.social", "verb.stative"):
            return None  # "played happily with the blocks": a doing, and how it looked
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if lemmas & (self.prepared.linking | self.prepared.appearance):
            if (
                following is not None
                and following.tag == "VBN"
                and position == index - 1
                and self._said_of_someone(self._head_of_subject(position) or verb)
                # Not "was well wrapped in a blanket": what with is what was seen.
                and not any(
                    t.tag in ("NN", "NNS")
                    and self.words.first_class(t.word, "n") in self.prepared.concrete
                    for t in self.tokens[index + 2 : index + 6]
                )
            ):
                return "state", position, index + 1  # "is well attached", "seemed well cared for"
            if lemmas & self.prepared.linking and (
                self.words.first_class(verb.word, "v") != "verb.change" or verb.tag != "VBG"
            ):
                return None  # "is well": a state, read as one (not "is growing well")
        if (
            lemmas & self.prepared.light
            or self.words.first_class(verb.word, "v") in self.prepared.conduct
            # "Has bonded well", "behaved well": a verb with a sense of dealing with others
            # (not "fed well", whose commonest sense is eating).
            or "verb.social" in self.words.classes(verb.word, "v")
            and self.words.first_class(verb.word, "v") != "verb.consumption"
            # "Is developing well", "has settled well": how someone is changing, rated (not
            # "eats well", "sleeps well": what the body does, told).
            or "verb.change" in self.words.classes(verb.word, "v")
            and self.words.first_class(verb.word, "v") not in ("verb.consumption", "verb.body")
            and self._names_person(self._head_of_subject(position) or verb)
        ):
            return "state", position, index
        return None

    def _depictive(self, index, position):
        """ "Showed up for his visit drunk": an arrival verb a few words back, with only its
        particle and a short phrase between. (Or a feeling: "came to the review
        overwhelmed".)"""
        word = self.tokens[index].word
        if not (
            self._evaluative(word)
            or self.words.names_feeling(word)
            or self.tokens[index].tag == "VBN"
            and self.words.first_class(word, "v") == "verb.emotion"
        ):
            return None
        back = index - 1
        while back > 0 and self.tokens[back].tag == "JJ":
            back -= 1  # "moved to a new flat": past the descriptions before it
        if index and self.tokens[back].tag in ("DT", "PRP$"):
            return None  # "seen by any professional": a noun's word, not how someone arrived
        if index and self.tokens[index - 1].word == "as":
            return None  # "closed by the LADO as unfounded": what it was found, not a state
        if any(t.word in _CLAUSE_END for t in self.tokens[position + 1 : index]):
            return None  # "arrested for assault on Ms T, bruising to her arm": a new phrase
        for back in range(position, max(-1, position - 6), -1):
            token = self.tokens[back]
            if token.tag.startswith("VB"):
                if (
                    token.tag == "VBD"
                    and self.words.first_class(token.word, "v") == "verb.perception"
                    and self.tokens[back + 1].word not in PARTICLES
                ):
                    return None  # "saw the dog loose in the hallway": what was seen, as it was
                if self._an_arrival(token.word, _COMING) and not self._describes_the_object(
                    back, index
                ):
                    return "state", back, index
                return None
            if token.word in _CLAUSE_END or (token.tag in ("CC", ".") and token.word != "&"):
                return None  # (not "A&E", whose "&" joins no clauses)
        return None

    def _since_clause(self, last) -> range:
        """The words of a "since" clause after the judgement ending at ``last``, up to its
        comma: "has improved since the plan started", "has been low since her mother died" say
        from when, not what was seen ("..., as she told me" after it still counts). Likewise
        the cause after "caused by", which is the claim itself."""
        words = [t.word for t in self.tokens]
        if words[0] == "since" and last > 1:
            # Or opening the sentence, to its comma or the subject of what it judges: "Since the
            # family moved off the site they have disengaged".
            comma = next((at for at in range(1, last) if words[at] == ","), None)
            if comma is None:
                subject = self._subject_before(last)
                comma = next(
                    (at for at in range(last - 1, 0, -1) if self.tokens[at] is subject), last
                )
            return range(0, comma)
        start = next((at for at in range(last + 1, len(words)) if words[at] == "since"), None)
        if (
            start is None
            and last + 1 < len(words)
            and words[last + 1] in ("by", "from")
            and self._verb_lemmas(words[last]) & self.prepared.causal_verbs
        ):
            # "Was caused by Dad grabbing her arm", "stems from what he saw as a toddler": the
            # cause given is the claim, not what shows it.
            start = last + 1
        if start is None:
            # "Is a heavy drinker, which is why he falls asleep and the girls roam": what
            # follows from the claim, to the sentence's end, is claimed too, not what shows it.
            why = next(
                (
                    at
                    for at in range(last + 1, len(words) - 2)
                    if words[at] in ("which", "that", "this")
                    and words[at + 1 : at + 3] in (["is", "why"], ["'s", "why"])
                ),
                None,
            )
            if why is not None:
                return range(why, len(words))
        if (
            start is None
            and last + 1 < len(words)
            and words[last + 1] in ("when", "while")
            # ("Was dry when he changed her in front of me": the writer was there to see.)
            and not any(word in ("i", "me", "we", "us") for word in words[last + 1 :])
        ):
            # "Was drunk when he brought Freddie in": when it was, not what showed it.
            start = last + 1
        if start is None:
            return range(0)
        end = next(
            (at for at in range(start + 1, len(words)) if words[at] in _SINCE_CLAUSE_ENDS), None
        )
        return range(start, len(words) if end is None else end)

    def _describes_the_object(self, verb_at, index) -> bool:
        """ "Showed me her plan saved on her phone": a participle right after the verb's object
        describes the object, not how someone showed up ("found the remarks rude" still judges)."""
        return (
            self.tokens[verb_at + 1].tag in ("PRP", "PRP$", "DT")
            and self.tokens[index].tag == "VBN"
            and self.tokens[index - 1].tag in ("NN", "NNS")
        )

    def _participle_as_adjective(self, position) -> bool:
        """ "A domineering child", "a caring mother": a present participle before a noun that
        WordNet knows as an adjective describes the noun (the tagger reads it as a verb); so does a
        past one ("a known alcoholic", "a convicted drug dealer")."""
        token = self.tokens[position]
        return (
            token.tag in ("VBG", "VBN")
            and position + 1 < len(self.tokens)
            and (
                self.tokens[position + 1].tag in ("NN", "NNS", "JJ")
                # "a controlling and violent man": one of a series of descriptions
                or self.tokens[position + 1].word in ("and", ",")
                and position + 2 < len(self.tokens)
                and self.tokens[position + 2].tag in (*_ADJECTIVE, "VBG")
            )
            and self.words.known(token.word, "a")
        )

    def _met_or_exposed(self, index, token):
        """ "Her needs are not being met", "Mum meets the children's basic needs": whether
        someone's needs (a state or feeling of theirs, in WordNet's classes) are satisfied is
        the assessment's central judgement, which only what was seen of their care shows.
        "The children are exposed to domestic abuse": a harm suffered, named, not shown."""
        if not token.tag.startswith("VB"):
            return None
        if (
            token.tag == "VBN"
            and index + 2 < len(self.tokens)
            and self.tokens[index + 1].word == "to"
            and self._verb_lemmas(token.word) & {"expose", "subject"}
        ):
            harm = self._noun_ahead(index + 2)
            if harm is not None and self._found_wanting(self.tokens[harm].word):
                return "harm", index, harm
            return None
        reached = self._a_standard_reached(index, token)
        if reached is not None:
            return reached
        if not self._verb_lemmas(token.word) & self.prepared.satisfying:
            return None
        if token.tag == "VBN" or (token.tag == "VBD" and self._after_be(index)):  # "are met"
            nearby = range(index - 1, max(-1, index - 8), -1)
        else:
            # ("is meeting all of the children's needs": past a quantity and whose.)
            nearby = range(index + 1, min(len(self.tokens), index + 8))
        for position in nearby:
            following = self.tokens[position + 1] if position + 1 < len(self.tokens) else None
            # Whose ("the children's") and what kind ("health") come before the head noun.
            whose = following is not None and following.tag == "POS"
            if token.tag != "VBN" and following is not None and following.tag in ("NN", "NNS"):
                continue
            if self.tokens[position].tag in ("NN", "NNS") and not whose:
                if position < index and self._after_for_or_of(position):
                    continue  # "the need for respite is being met": what it is a need of
                if self.words.first_class(self.tokens[position].word, "n") in _NEEDS:
                    return "needs", min(index, position), max(index, position)
                return None
        return None

    def _after_for_or_of(self, position) -> bool:
        """The noun at ``position`` is in a phrase after "for" or "of" ("the needs of the
        children", "the need for respite"): what the head before it is of."""
        back = position - 1
        while back > 0 and self.tokens[back].tag in ("DT", "PRP$", "JJ", "POS", "NN", "NNS"):
            back -= 1
        return back >= 0 and self.tokens[back].word in ("for", "of")

    def _a_standard_reached(self, index, token):
        """ "Is not meeting her milestones", "is reaching his potential", "achieving expected
        levels": someone placed against a standard, by whether they reach it."""
        if not self._verb_lemmas(token.word) & self.prepared.reaching:
            return None
        head = self._noun_ahead(index + 1)
        if head is None or head - index > 5:
            return None
        noun = self.tokens[head].word
        if not self.words.with_lemmas(noun, "n") & self.prepared.standard_nouns:
            return None
        subject = self._head_of_subject(index)
        if subject is not None and not self._names_person(subject):
            return None  # "the school met its target": of no one
        return "standing", index, head

    def _noun_ahead(self, position):
        """The noun a noun phrase starting at ``position`` ends with, or None."""
        while position < len(self.tokens) and self.tokens[position].tag in ("DT", "JJ", "PRP$"):
            position += 1
        while position + 1 < len(self.tokens) and self.tokens[position + 1].tag in ("NN", "NNS"):
            position += 1
        return (
            position if position < len(self.tokens) and self.tokens[position].tag in _NOUN else None
        )

    def _named_as_harm(self, index, token) -> bool:
        """ "This is neglect", "it was abuse": what happened named as a harm, a conclusion
        that needs the facts it rests on (not "the concern is neglect", which names the risk
        model's category)."""
        if not self._found_wanting(token.word):
            return False
        at = index - 1
        if at > 1 and self.tokens[at].word == "of":
            # "This was the second episode of neglect": what the episode was, named.
            at -= 2
            while at > 0 and self.tokens[at].tag in ("DT", "JJ", "JJS", "CD"):
                at -= 1
        verb = self.tokens[at]
        if not self._verb_lemmas(verb.word) & {"be"}:
            return False
        subject = self.tokens[at - 1] if at >= 1 else None
        return subject is not None and (
            subject.word in ("this", "that", "it")
            or subject.tag in ("NN", "NNS")
            and not self.words.with_lemmas(subject.word, "n") & self.prepared.rated_nouns
        )

    def _label(self, index, token):
        """ "Is an addict", "is a loving mother": a linking verb, a determiner, then a label noun
        or a noun an evaluative adjective describes, said of someone or somewhere (not of an
        idea: "her engagement is a protective factor" is the risk model's own term)."""
        found = self._a_label(index, token)
        if found is not None and found[0] == "label":
            noun = self.tokens[found[2]]
            if noun.word in self.prepared.ruses or noun.word in self.prepared.aims:
                # "Was a way of avoiding us": an end read in, not a name for them.
                return self._a_means_to_an_end(found[2]) or found
        return found

    def _a_label(self, index, token):
        """The reading of a label itself, as ``_label`` describes it."""
        if index and token.tag == "NN" and self._named_as_harm(index, token):
            return "harm", index, index
        # "Lewis: prolific offender": a note's heading, and the label the note gives them.
        headed = (
            token.word == ":"
            and index > 0
            and all(t.tag in _NOUN for t in self.tokens[:index])
            and self._names_person(self.tokens[index - 1])
        )
        if token.word == "no" and index:
            return self._posed_at_none(index)
        if token.tag == "JJ" and index and not headed:
            return self._plural_label(index)
        if (
            token.tag == "NNS"
            and index
            and self._verb_lemmas(self.tokens[index - 1].word) & self.prepared.linking
            and not self.words.with_lemmas(token.word, "n").isdisjoint(
                (*self.prepared.labels, *self.prepared.addicts)
            )
        ):
            return "label", index, index  # "Both parents are alcoholics"
        if token.word not in ("a", "an") and not headed:
            return None
        if self._set_apart_after_someone(index):
            return self._a_label_beside(index)
        if index == 0 or headed:
            # "A bully.": a note's label with no verb, said of whoever the note is about (not
            # "A good visit.", "A strong smell of damp.": things, described).
            following = self.tokens[index + 1].word if index + 1 < len(self.tokens) else ""
            article = index + int(headed and following in ("a", "an"))  # "Mum: a liar."
            found = self._labelled(article, None) if self.verbless else None
            if (
                found is None
                or self._a_full_name(found[1])  # "Workers: Jade Osei": a name, not a label
                or not self._names_person(self.tokens[found[2]])
                and self.tokens[found[2]].word not in self.prepared.labels
                # After a heading, a label proper ("Lewis: prolific offender"), not a role
                # described ("Nan: main carer since 2021").
                or headed
                and self.tokens[found[2]].word not in self.prepared.labels
            ):
                return None
            return found
        verb_at = index - 1
        while verb_at > 0 and (
            self.tokens[verb_at].tag in _SKIPPABLE_BEFORE_STATE
            # "Is no longer a", "is such a", "is quite a": what comes before the article.
            or self.tokens[verb_at].word in ("as", "and", ",", "no", "such", "quite", "rather")
            # "Was cluttered and not a safe place": the label joined to a description before it.
            or self.tokens[verb_at].tag in (*_ADJECTIVE, "VBN")
            and self.tokens[verb_at + 1].word in ("and", ",")
        ):
            verb_at -= 1  # "is not a safe carer", "presents as a good candidate": a label
        verb = self.tokens[verb_at]
        linked = self._verb_lemmas(verb.word) & (self.prepared.linking | self.prepared.appearance)
        has_got = verb_at and self.tokens[verb_at - 1].word in ("has", "have", "'s", "'ve")
        if not (linked - _LINK_ONLY_A_DESCRIPTION or linked and has_got):
            return self._posed(index, verb_at)
        if "there" in [t.word for t in self.tokens[max(0, verb_at - 2) : verb_at]]:
            # "There was a fight", "there has been a fire": what there is, read as such
            # (_opinion).
            return None
        if self._cause_named(verb_at) is not None:
            return None  # "was a result of", "is the main driver of": a cause, read as one
        worry = self._unheld_worry(index)
        if worry is not None:
            return "unnamed", verb_at, worry
        said_of = self._subject_before(verb_at)
        if (
            said_of is not None
            and said_of.tag in ("NN", "NNS")
            # (Or what is said or meant: "Another explanation is an illness".)
            and self.words.first_class(said_of.word, "n")
            in (*self.prepared.abstract, "noun.communication", "noun.motive")
        ):
            return None
        return self._labelled(index, verb_at)

    def _a_label_beside(self, index):
        """ "Mr Pask, a controlling man, answered the door": a label set beside the name before
        the article at ``index``, closed by a comma; None for any other phrase after a comma."""
        found = self._labelled(index, None)
        closed = found is not None and found[2] + 1 < len(self.tokens)
        return found if closed and self.tokens[found[2] + 1].word == "," else None

    def _posed_at_none(self, index):
        """ "Poses no risk", "is now no risk": rated, at none (``_posed``), when a verb comes
        before "no" at ``index``."""
        verb_at = index - 1 - int(index > 1 and self.tokens[index - 1].tag == "RB")
        return self._posed(index, verb_at) if self.tokens[verb_at].tag.startswith("VB") else None

    def _set_apart_after_someone(self, index) -> bool:
        """The article at ``index`` follows a comma after a name or a person's noun."""
        return (
            index >= 2
            and self.tokens[index - 1].word == ","
            and self._names_person(self.tokens[index - 2])
        )

    def set_beside_a_name(self, first) -> bool:
        """The judgement at ``first`` is a noun phrase set between commas after a name ("Mr
        Pask, a controlling man,")."""
        at = first
        while at > 0 and self.tokens[at].word not in ("a", "an", ","):
            at -= 1
        return (
            at >= 2
            and self.tokens[at].word in ("a", "an")
            and self.tokens[at - 1].word == ","
            and self._names_person(self.tokens[at - 2])
        )

    def _posed(self, index, verb_at):
        """ "He poses a risk to the children": a rated noun ("risk", "danger") after a verb
        that shares its commonest sense with a verb of appearance ("pose" is "present"), said
        of someone."""
        verb = self.tokens[verb_at].word
        if not self.words.synonyms(verb) & self.prepared.appearance and not (
            self.tokens[index].word == "no" and self._verb_lemmas(verb) & self.prepared.linking
        ):
            return None
        position = index + 1
        while position < len(self.tokens) and self.tokens[position].tag in (*_ADJECTIVE, "RB"):
            position += 1  # "a significant risk"
        if position >= len(self.tokens):
            return None
        noun = self.tokens[position].word
        if not self.words.with_lemmas(noun, "n") & self.prepared.rated_nouns:
            return None
        subject = self._head_of_subject(verb_at)
        if subject is None and verb_at >= 2 and self.tokens[verb_at - 1].word == "and":
            subject = self._head_of_subject(verb_at - 2)  # "is well and poses no risk": shared
        if (
            subject is None
            and verb_at
            and self.tokens[verb_at - 1].word == "there"
            and [t.word for t in self.tokens[position + 1 : position + 2]] in (["to"], ["of"])
        ):
            return "rating", index, position  # "there is no risk to the children", "of harm"
        if subject is None or not self._names_person(subject):
            return None
        return "label", verb_at, position

    def _unheld_worry(self, index):
        """ "His drinking is a concern", "is no longer a worry": a worry, and no one's (not "a
        concern to the school", "a worry for Gran"), at the noun's index; else None."""
        position = index + 1
        while position < len(self.tokens) and self.tokens[position].tag in (*_ADJECTIVE, "RB"):
            position += 1  # "a real concern"
        if position >= len(self.tokens) or self.tokens[position].word not in self.prepared.worries:
            return None
        following = self.tokens[position + 1].word if position + 1 < len(self.tokens) else ""
        return None if following in ("to", "for") else position

    def _plural_label(self, index):
        """ "Mum and Dad are loving parents": a label in the plural, with no article, right
        after a linking verb; its head a word for people."""
        verb_at = index - 1
        if not self._verb_lemmas(self.tokens[verb_at].word) & self.prepared.linking:
            return None
        found = self._labelled(verb_at, verb_at)
        if found is None or self.tokens[found[2]].tag != "NNS":
            return None
        if self.words.first_class(self.tokens[found[2]].word, "n") != "noun.person":
            return None
        return found

    def _a_title(self, index, length) -> bool:
        """The words from ``index`` are part of a name in capitals ("Signs of Safety")."""
        after = index + length
        return (
            length > 1
            and index > 0  # ("It seems Liam...", "Clearly Mum..." open with their capitals)
            and after < len(self.tokens)
            and self.text[self.tokens[index].start].isupper()
            and self.text[self.tokens[after].start].isupper()
            and self.tokens[after].word.isalpha()
        )

    def _a_full_name(self, at) -> bool:
        """A capitalised name and another after it: "Jade Osei", whatever "jade" means."""
        return (
            at + 1 < len(self.tokens)
            and self.tokens[at].tag == "NNP"
            and self.tokens[at + 1].tag == "NNP"
            and self.text[self.tokens[at].start].isupper()
            and self.text[self.tokens[at + 1].start].isupper()
        )

    def _labelled(self, index, verb_at):
        """What the noun phrase from the article at ``index`` calls someone: a label, or None.
        ``verb_at`` is the linking verb before it (None in a note with no verb)."""
        position = index + 1
        if [t.word for t in self.tokens[position : position + 3]] in (
            ["bit", "of", "a"],
            ["bit", "of", "an"],
            ["sort", "of", "a"],
            ["kind", "of", "a"],
        ):
            position += 3  # "a bit of a nightmare": the label is the noun after
        evaluative_adjective = rated_compound = False
        # Of a person only, a warmth or brightness is a character ("a warm mother", "a bright
        # girl"; not "a cold night") and a disposition a verdict ("a protective parent").
        of_a_person_only = False
        # A series of descriptions: "a happy, settled child", "a warm and loving mother".
        while position < len(self.tokens) and (
            self.tokens[position].tag in (*_ADJECTIVE, "RB")
            # "A very immature 14 year old": an age among the descriptions.
            or (self.tokens[position].tag == "CD" or self.tokens[position].word == "-")
            and position > index + 1
            or self._participle_as_adjective(position)
            or self.tokens[position].word in (",", "and")
            and position + 1 < len(self.tokens)
            and self.tokens[position + 1].tag in (*_ADJECTIVE, "VBN", "VBD", "VBG")
            # "A violent and controlling man": a participle joined to the series.
            or self.tokens[position].tag in ("VBN", "VBD", "VBG")
            and self.tokens[position - 1].word in (",", "and")
        ):
            described = self.tokens[position].word
            evaluative_adjective = evaluative_adjective or (
                # A past participle says what was done ("a qualified nurse", "a planned
                # visit"): the noun after it is what may label.
                self.tokens[position].tag != "VBN"
                and self._evaluative(described)
                and not self._kind_not_quality(described)
                # "A cold night", "a small flat": a size or warmth as seen or felt.
                and not self.words.value_of(described) & self.prepared.measurable
            )
            # "A low-risk parent", "a high-harm offender": a rating, as the risk model's noun.
            rated_compound = rated_compound or (
                "-" in described and described.rpartition("-")[2] in self.prepared.rated_nouns
            )
            of_a_person_only = of_a_person_only or self._judges_a_person(self.tokens[position])
            position += 1
        if any(t.word in self.prepared.statuses for t in self.tokens[index + 1 : position]):
            return None  # "a registered sex offender", "a convicted burglar": a record's word
        if position >= len(self.tokens) or self.tokens[position].tag not in _NOUN:
            # "Is an alcoholic": the tagger read a noun that is also an adjective as one.
            last = position - 1
            if last > index and self.tokens[last].word in self.prepared.labels:
                return "label", last, last
            # "A good mum who...": the tagger read the person noun that ends the series as one
            # more description; WordNet knows it as a person.
            if (
                last > index + 1
                and evaluative_adjective
                and (
                    "noun.person" in self.words.classes(self.tokens[last].word, "n")
                    or self.tokens[last].word.endswith("year-old")  # "a mature 15-year-old"
                )
            ):
                return "label", index + 1, last
            return None
        start = position
        while position + 1 < len(self.tokens) and self.tokens[position + 1].tag in ("NN", "NNS"):
            position += 1  # "a care leaver", "a drug user": the last noun is the head
        # "A high risk case": a rating, as the risk model's noun, with no hyphen.
        rated_compound = rated_compound or (
            start < position
            and start - 1 > index
            and self.tokens[start].word in self.prepared.rated_nouns
            and self._on_a_scale(self.tokens[start - 1].word)
        )
        words = [t.word for t in self.tokens[start : position + 1]]
        noun = words[-1]
        # A label is a whole phrase ("drug user") or a single noun; the head alone of a longer
        # one may not be ("a wheelchair user" is no drug user). How good or bad a noun is rated
        # is its head's ("a care leaver" is not rated as "care").
        # (Someone named by an addiction or by lying is one whatever the word before says: "a
        # gambling addict", "a compulsive liar".)
        named_by_a_vice = bool(self.words.with_lemmas(noun, "n") & self.prepared.vices)
        lemmas = {
            " ".join(words),
            *(
                [noun, *self.words.lemmas(noun, "n")]
                if start == position or named_by_a_vice
                else []
            ),
        }
        vader = self.words.evaluative(noun, ("vader",))
        if rated_compound and not evaluative_adjective:
            return "rating", index, position  # "a high-risk parent": from its article
        if (
            evaluative_adjective
            or of_a_person_only
            and start == position
            and self.words.first_class(noun, "n") == "noun.person"
            or lemmas & self.prepared.labels
            or vader >= self.prepared.threshold
            # "A family friend": a kind of person, whom the noun before says, however warm the
            # head word is rated on its own (not "a family bully").
            and not (
                start < position
                and self.words.valence(noun, "n") > 0
                and "noun.person" in self.words.classes(noun, "n")
            )
        ):
            return "label", index + 1, position
        # Someone called an abstract thing: "Dad is a risk", "she is a worry", "Gran is a
        # protective factor". A person is what they did, and that is the evidence to write. (A
        # person called a kind of person, or a member of something, is not: "Mum is a nurse".)
        subject = self._head_of_subject(verb_at) if verb_at is not None else None
        if (
            subject is not None
            and self._names_person(subject)
            # "Dear Ayesha and Imran, this is a record of...": "this" is what is called one.
            and not (verb_at and self.tokens[verb_at - 1].word in (*_POINTER, "it"))
            and self.words.first_class(noun, "n") not in _KINDS_A_PERSON_IS
            # Nor a compound whose head has a sense that is a kind of person: "a forklift
            # operator" (the commonest sense of "operator" is a mathematical symbol).
            and not (start < position and "noun.person" in self.words.classes(noun, "n"))
        ):
            return "label", index + 1, position
        return None

    def _opinion(self, index, token):
        """ "There are no concerns": a feeling stated as a thing that exists."""
        if token.word != "there" or index + 2 >= len(self.tokens):
            return None
        position = index + 2
        if (
            self._verb_lemmas(self.tokens[index + 1].word) & {"have"}
            and self.tokens[index + 2].word == "been"
        ):
            position += 1  # "there has been a marked improvement"
        elif not self._verb_lemmas(self.tokens[index + 1].word) & self.prepared.linking:
            return None
        while position < min(len(self.tokens), index + 8):
            candidate = self.tokens[position]
            if candidate.tag in _NOUN:
                # "There has been a fire": one thing that happened, in its commonest sense (a
                # rarer sense of "fire" is a feeling; "there are no concerns" is one in any).
                one_event = self.tokens[index + 1].word in ("has", "have") and self.tokens[
                    position - 1
                ].word in ("a", "an")
                kinds = (
                    {self.words.first_class(candidate.word, "n")}
                    if one_event
                    else self.words.classes(candidate.word, "n")
                )
                if kinds & self.prepared.feelings:
                    return "opinion", index, self._with_content(position)
                # "There is a lot of conflict", "a pattern of neglect": how much or how often
                # is said through "of"; what there is, is the noun after it.
                if position + 1 < len(self.tokens) and self.tokens[position + 1].word == "of":
                    if self._found_wanting(candidate.word) and position + 2 < len(self.tokens):
                        return "opinion", index, position + 2  # "there is a lack of routine"
                    if (
                        self.tokens[position - 1].word == "no"
                        and self.words.first_class(candidate.word, "n") == "noun.communication"
                    ):
                        return None  # "There is no report of violence": a record's absence
                    position += 2
                    continue
                # Something bad of conduct or mind said to exist ("there is conflict"): what
                # shows it is what was seen or heard. An act in the past is an event told
                # ("there was a fight at 3pm"), not a state of things.
                kind = self.words.first_class(candidate.word, "n")
                perfect = self.tokens[index + 1].word in ("has", "have")
                event_told = one_event or (
                    # "There was a fight at 3pm"; "there were lots of incidents of abuse" sums up
                    # many, which needs them told.
                    self.tokens[index + 1].word == "was" and kind in ("noun.act", "noun.event")
                )
                if self._found_wanting(candidate.word) and not event_told:
                    return "opinion", index, position
                if (
                    perfect
                    and not one_event
                    and kind in (*self.prepared.abstract, "noun.event", "noun.process")
                    and self.words.evaluative(candidate.word, ("vader",), "n")
                    >= self.prepared.threshold
                ):
                    # "There has been real progress", "a marked improvement": a change up to
                    # now, judged, with no before and after.
                    return "comparison", index, position
                return None
            position += 1
        return None

    def _trouble_had(self, index) -> bool:
        """ "Has anger issues": a noun of trouble as what someone has."""
        if self.tokens[index].word not in self.prepared.trouble:
            return False
        back = index - 1
        while back > 0 and self.tokens[back].tag in ("DT", "JJ", "NN", "PRP$"):
            back -= 1
        return bool(self._verb_lemmas(self.tokens[back].word) & {"have"})

    def _a_tie_named(self, index) -> bool:
        """The noun at ``index`` is a tie with someone named after it: "a bond with Ruby", "an
        attachment to her carers" (in some sense a relation or a feeling)."""
        tokens = self.tokens
        if not self.words.classes(tokens[index].word, "n") & {"noun.relation", "noun.feeling"}:
            return False
        at = index + 1
        if at >= len(tokens) or tokens[at].word not in ("with", "to"):
            return False
        at += 1
        while at < len(tokens) and tokens[at].tag in ("DT", "PRP$", "JJ", "POS"):
            at += 1
        return at < len(tokens) and self._names_person(tokens[at])

    def _inner_or_good(self, noun) -> bool:
        """A quality of mind ("insight", "remorse") or something abstract rated good
        ("progress", "improvement"): to have none of it is a verdict."""
        if self.words.first_class(noun, "n") in _INNER:
            return True
        return (
            bool(self.words.classes(noun, "n") & self.prepared.abstract)
            and self.words.valence(noun, "n") >= self.prepared.threshold
        )

    def _an_illness_had(self, index) -> bool:
        """ "Has a brain stem tumour", "has asthma": an illness of the body someone has, a fact
        of medicine and no verdict on them (not "fabricated or induced illness")."""
        if not self.words.with_lemmas(self.tokens[index].word, "n") & self.prepared.ailments:
            return False
        # (Back over the words that say which: "a brain stem tumour", "stem" read as a verb.)
        back = index - 1
        while (
            back > 0
            and index - back < 5
            and not self._verb_lemmas(self.tokens[back].word) & {"have"}
        ):
            if self.tokens[back].tag not in ("DT", "JJ", "NN", "RB", "VB"):
                return False
            back -= 1
        return bool(self._verb_lemmas(self.tokens[back].word) & {"have"})

    def _found_wanting(self, noun) -> bool:
        """An abstract noun rated bad: "conflict", "neglect", "hostility". (Not one that is
        also an adjective, whose rating is the adjective's: "a nappy rash" is no rashness.)"""
        return (
            self.words.first_class(noun, "n") in self.prepared.abstract
            and not self.words.known(noun, "a")
            and self.words.evaluative(noun, ("vader",), "n") >= self.prepared.threshold
            and self.words.valence(noun, "n") < 0
        )

    def _change(self, index, token):
        """ "His behaviour has deteriorated", "her mental health has improved": something
        abstract said to have changed, with no before and after (a measure, which is evidence,
        would give them)."""
        # Or foretold: "her health will deteriorate", "Ms Hale will relapse".
        foretold = token.tag == "VB" and self._after_will(index)
        if (token.tag not in ("VBN", "VBD", "VBG") and not foretold) or index == 0:
            return None
        if self.words.first_class(token.word, "v") != "verb.change" and not (
            # A verb with a sense of change, used with nothing after it ("her drinking has
            # stabilised", whose commonest sense is to hold something steady).
            "verb.change" in self.words.classes(token.word, "v")
            # (Not a movement of the body, seen: "her voice was shaking"; but a movement of
            # the mind or of conduct is a change: "her mood has dropped", "attendance has
            # fallen".)
            and self.words.first_class(token.word, "v") != "verb.body"
            and (
                self.words.first_class(token.word, "v") != "verb.motion"
                or self._of_mind_or_conduct(self.tokens[self._subject_head(index)].word)
            )
            and (
                index + 1 == len(self.tokens)
                or self.tokens[index + 1].tag in _ENDS_A_CHANGE
                or self.tokens[index + 1].word == "since"
            )
        ):
            return None
        # A change up to now, in the perfect ("has deteriorated") or since a time ("conditions
        # deteriorated since last time"); "the visit ended at 11am" tells an event.
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        degree = int(
            following is not None
            and following.word.endswith("ly")
            and any(self._evaluative(word) for word in _adjectives_of(following.word))
        )
        words = [t.word for t in self.tokens[index + 1 : index + 4]]
        phrase = next((words[:n] for n in (3, 2, 1) if words[:n] in _BY_A_DEGREE), None)
        skip = degree
        if phrase is not None:
            # "Has improved a lot", "a bit": by how much, a measure no one took; not something
            # done to "a lot". Only a claim of much judges a change in any state.
            degree, skip, following = int(phrase in _MUCH), len(phrase), None
        after = self.tokens[index + 1 + skip] if index + 1 + skip < len(self.tokens) else None
        helper = index - 1
        while helper > 0 and self.tokens[helper].tag == "RB":
            helper -= 1  # "has really improved"
        # Or under way: "is deteriorating rapidly".
        under_way = token.tag == "VBG" and bool(
            self._verb_lemmas(self.tokens[helper].word) & {"be"}
        )
        if (
            not self._verb_lemmas(self.tokens[helper].word) & {"have"}
            and not (self.tokens[helper].word == "'s" and token.tag == "VBN")  # "Mum's relapsed"
            and not (after is not None and after.word == "since")
            and not under_way
            and not foretold
        ):
            return None
        if token.tag == "VBG" and not under_way:
            return None
        if (
            self._verb_lemmas(token.word) & self.prepared.light
            # A linking verb links to a description after it ("has grown tired"); alone, it
            # is a change ("her confidence has grown").
            or self._verb_lemmas(token.word) & self.prepared.linking
            and following is not None
            and following.tag in (*_ADJECTIVE, "VBN", "RB")
        ) or (
            self._verb_lemmas(token.word) & self.prepared.life_events
            # (A phrasal verb means what it means: "has broken down" is no plain end.)
            and not (following is not None and following.word in PARTICLES)
        ):
            return None  # (an end or a beginning is an event, told: "the tenancy has ended")
        if (
            self._participle(index)
            and self._after_be(index)
            and self.tokens[index - 1].word != "'s"
        ):
            return None  # "the plan was changed": something done, by someone
        if following is not None and following.tag in ("DT", "PRP", "PRP$", *_NOUN):
            return None  # "reduced the hours": done to something, by someone
        if whereabouts(self.tokens, index):
            return None  # "Tia will stay with Nan": where someone is, not how they changed
        if self._because_of_what_happened(index):
            return None  # "has reduced because Dad has moved to Bristol": the working, shown
        back = self._subject_head(index)
        subject = self.tokens[back]  # the head: "health" in "Jack's mental health has..."
        rated = (
            degree or self.words.evaluative(token.word, ("vader",), "v") >= self.prepared.threshold
        )
        if (
            subject.tag in ("NNP", "PRP")
            or subject.tag in ("NN", "NNS")
            and self._names_person(subject)
        ):
            return self._someone_changed(index, token, subject, rated or foretold)
        if (
            subject.tag not in ("NN", "NNS")
            # A thing, a body of people or a place: "the school has closed".
            or self.words.first_class(subject.word, "n")
            in (*self.prepared.concrete, "noun.group", "noun.location")
            # The body, seen to change: "her wounds have healed".
            or self._of_the_body(subject.word)
        ):
            return None
        # "Self-harm", which WordNet does not list, is a kind of harm; "parenting", a doing.
        kinds = (
            self.words.classes(subject.word, "n")
            or self.words.classes(subject.word.rpartition("-")[2], "n")
            or frozenset(
                {"noun.act"}
                if subject.word.endswith("ing") and self.words.known(subject.word, "v")
                else ()
            )
        )
        # Of conduct, mind, feeling or a relationship ("behaviour", "mood", "presentation"); a
        # noun that is a state only in a rarer sense, only with a change rated ("improved"), by
        # how much ("deteriorated significantly") or named as someone's ("her mental health");
        # an event only by how much. (The body, seen to change, was set aside above.)
        if not kinds & (self.prepared.abstract - {"noun.state", "noun.phenomenon"}) and not (
            "noun.event" in kinds
            and degree  # "missing episodes have escalated significantly": a pattern, by how much
            or "noun.state" in kinds
            and (
                rated
                or self._owned(back)
                # "The home environment has deteriorated": a state in its commonest sense.
                or self.words.first_class(subject.word, "n") == "noun.state"
            )
        ):
            return None
        return "comparison", index, index

    def _mind_changed(self, index, token):
        """ "Mum has developed insight", "he has lost all confidence in adults", "Dad has gained
        an understanding of...": something of the mind gained or lost, in the perfect, said of
        someone with no before and after (not "has gained weight", "has developed a rash": the
        body, seen)."""
        if (
            index < 2
            or not self._verb_lemmas(self.tokens[index - 1].word) & {"have"}
            or self.words.first_class(token.word, "v")
            not in ("verb.creation", "verb.possession", "verb.change")
        ):
            return None
        head = self._phrase_head(index + 1)
        if head is None or not (
            self.words.with_lemmas(self.tokens[head].word, "n") & self.prepared.capacities
        ):
            return None  # (not "has developed a plan with the school", an idea set down)
        subject = self.tokens[self._subject_head(index)]
        if not (subject.tag in ("NNP", "PRP") or self._names_person(subject)):
            return None
        return "comparison", index, head

    def _of_the_body(self, noun) -> bool:
        """An injury, by its noun or the verb of its -ing noun: "bruise", "wounds", "bruising"."""
        stems = (noun[:-3], noun[:-3] + "e") if noun.endswith("ing") else ()
        return bool({noun, *stems, *self.words.lemmas(noun, "n")} & self.prepared.bodily_states)

    def _of_mind_or_conduct(self, noun) -> bool:
        """A noun of feeling, thought or doing, and never of the body ("mood", "attendance";
        not "hands", whose commonest sense WordNet files with acts)."""
        return self.words.first_class(noun, "n") in (
            "noun.feeling",
            "noun.act",
            "noun.cognition",
        ) and "noun.body" not in self.words.classes(noun, "n")

    def _someone_changed(self, index, token, subject, rated):
        """Someone changed: for better or worse ("Mum has improved"), or in their health ("has
        relapsed", "has regressed"); not an event of a life ("has died")."""
        if (
            not self._names_person(subject)
            or self.words.first_class(token.word, "v") != "verb.change"
            or not (rated or "verb.body" in self.words.classes(token.word, "v"))
            # Under way, only a change rated: "is improving" (not "is wetting again", told).
            or token.tag == "VBG"
            and not rated
        ):
            return None
        return "comparison", index, index

    def _subject_head(self, verb_at) -> int:
        """Where the head of the verb's subject is, back past its auxiliaries and the phrase
        that hangs from it: "health" in "Jack's mental health has...", "risk" in "the risk of
        harm is..."."""
        back = verb_at - 1
        while back > 0 and (
            self.tokens[back].tag in ("MD", "RB")
            or self._verb_lemmas(self.tokens[back].word) & _AUXILIARIES
            or self.tokens[back].word == "'s"
            and self.tokens[back].tag == "VBZ"  # "Mum's relapsed"
        ):
            back -= 1
        if self.tokens[back].word == ")":
            # "Zain (6) has...": past an aside in brackets.
            opening = next(
                (
                    at
                    for at in range(back - 1, max(-1, back - 8), -1)
                    if self.tokens[at].word == "("
                ),
                None,
            )
            back = back if opening is None or opening == 0 else opening - 1
        return self._head_before_its_phrase(back)

    def _owned(self, head) -> bool:
        """The noun phrase ending at ``head`` is someone's: "her", "Jack's" before it, and
        only descriptions between ("her mental health")."""
        at = head - 1
        while at >= 0 and self.tokens[at].tag in ("JJ", "NN", "VBG"):
            at -= 1
        return at >= 0 and self.tokens[at].tag in ("PRP$", "POS")

    def _unnamed_view(self, index, token):
        """ "School feel that...", "It was determined that...", "Professionals agree...", "Health
        have concerns about...": a view of the mind held by no one named (a group, an agency,
        people in general, or "it"). Its content is not evidence of it; only what follows a
        "because" or who saw what can be."""
        tokens = self.tokens
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        holder = None if following is None else self._view_holder(index, token, following)
        if holder is None:
            return None
        # The writer's own belief ("I think she invented the story", "it is my opinion that",
        # "in my view") is theirs to ground; anyone else's unnamed view needs its holder named.
        # "The health visitor has no worries about this family": a reassurance, whoever gives
        # it, is only as good as what it rests on.
        reassured = index > 0 and tokens[index - 1].word in ("no", "zero") and token.tag == "NNS"
        # "This officer's assessment is that...": the writer's view, stated.
        stated = self._stated(index)
        kind = (
            "belief"
            if self._the_writer(holder)
            and (token.tag.startswith("VB") or holder.word in ("my", "our") or reassured or stated)
            else None
        )
        if kind == "belief" and self._tentative(index + 1):
            return None  # "I think she may find it hard to accept": a hypothesis, offered
        if kind is None and not (
            holder is token or self._no_one_named(holder) or self._collective(holder) or reassured
        ):
            return None
        return kind or "unnamed", index, self._before_grounds(index + 1)

    def _index_of(self, token) -> int:
        """Where a token of this sentence is."""
        return next(p for p, t in enumerate(self.tokens) if t is token)

    def _believes_someone(self, index) -> bool:
        """ "Believe Ms Carter, whose account matches...", "believed him": a person believed,
        with nothing said of them after ("believe Mum is..." holds a view of her)."""
        at = index + 1
        while at < len(self.tokens) and self.tokens[at].tag in ("NNP", "PRP"):
            at += 1
        return at > index + 1 and (
            at == len(self.tokens) or self.tokens[at].word in (",", ".", ";", "when", "because")
        )

    def _the_writer(self, holder) -> bool:
        """ "I", "we", or the writer in the third person of a formal report ("this worker
        believes", "the author considers"): one of the rubric's observers, singular, after
        "this" or "the" and nothing else ("the support worker" is someone else)."""
        if holder.word in ("i", "we", "my", "our"):
            return True
        at = self._index_of(holder)
        return (
            holder.tag == "NN"
            and at > 0
            and (
                holder.word in self.prepared.observers
                and self.tokens[at - 1].word in ("this", "the")
                # "This officer believes", "this practitioner's assessment": the writer of a
                # formal report, by role ("the officer" may be anyone's).
                or self.tokens[at - 1].word == "this"
                and self._names_person(holder)
            )
        )

    def _tentative(self, start) -> bool:
        """What is held, from ``start``, is put as a possibility: its subject, then "may",
        "might" or "could" ("she may find it hard"), or a hedging adverb."""
        for token in self.tokens[start : start + 5]:
            if token.word in ("may", "might", "could") or token.word in HEDGING_ADVERBS:
                return True
            if token.tag.startswith("VB") or token.tag == "MD":
                return False
        return False

    def _view_holder(self, index, token, following):
        """Who holds the view or worry at ``index``, if a view or a worry is there."""
        tokens = self.tokens
        if (
            index > 1
            and following.word == "about"
            and _WORRY.match(self.text, token.start)
            and self._verb_lemmas(tokens[index - 1].word) & {"be"}
        ):
            # "The school are worried about her weight": a worry, about a matter. (A danger
            # statement's "are worried that Dad..." tells what is feared.)
            return self._holder(index - 1)
        if token.tag.startswith("VB"):
            if not (following.word == "that" or following.tag in (*_NOUN, "PRP", "DT")):
                return None  # "feel that" holds a view; "feel sad" is a state
            if self._verb_lemmas(token.word) & self.prepared.light:
                return None
            # A belief ("believe", "feel", "think"), not knowledge reported ("the school
            # confirmed she is not on the register": a fact, whose source is named).
            lemmas = self._verb_lemmas(token.word)
            if lemmas & _AGREEING:
                if following.word != "that" or self._a_plan_after(index + 2):
                    # ("A single agreed plan"; "the school has agreed that any exclusion will
                    # first be discussed": a decision made, not a view held.)
                    return None
                # "Agencies are agreed that...", "Professionals agree that...": a view held in
                # common, whose holders are to be named (the writer agreeing with someone
                # decides, or takes their view, with them: "We agreed that Jo would stay").
                back = index - 1
                while back > 0 and self._verb_lemmas(self.tokens[back].word) & {"be"}:
                    back -= 1  # "are agreed": agreed, as a state of mind
                holder = self._holder(back + 1)
                if holder is not None:
                    # (The family agreeing tells their account: "The parents agree that...".)
                    mine = self._the_writer(holder)
                    theirs = set(self.words.lemmas(holder.word, "n")) & _relatives()
                    return None if mine or theirs else holder
                # (Else in a passive with "it": "It is generally agreed that...".)
            if not (lemmas & self.prepared.belief or self._impersonal(index)):
                return None
            if self._believes_someone(index):
                return None  # "I believe Ms Carter, whose account...": trust in an account
            holder = self._holder(index)
            if holder is None and self._participle(index):
                # "it is felt that": the passive's dummy subject
                holder = self._impersonal_it(index)
            if (
                holder is not None
                and holder.word == "it"
                and self._participle(index)
                and self._verb_lemmas(token.word) & self.prepared.hearsay
            ):
                return None  # "it is believed that": hearsay, reported-as-fact's to name
            return holder
        if token.tag in ("NN", "NNS") and (
            self.words.first_class(token.word, "n") in ("noun.cognition", "noun.feeling")
            or token.word in _OPINIONS  # ("feeling", which WordNet files at its top)
            # "This officer's assessment is that...": a noun of a view, whatever its class,
            # stated ("until a decision is made" states none).
            or self.words.with_lemmas(token.word, "n") & self.prepared.views
            and self._stated(index)
        ):
            return self._holder_of_a_view_noun(index, token, following)
        return None

    def _stated(self, index) -> bool:
        """The view noun at ``index`` is followed by what it holds: "(the officer's
        assessment) is that..."."""
        return [t.word for t in self.tokens[index + 1 : index + 3]] in (
            ["is", "that"],
            ["was", "that"],
        )

    def _holder_of_a_view_noun(self, index, token, following):
        """Who holds the view or worry a noun names ("concerns", "the team's view"), if any."""
        tokens = self.tokens
        if self._raised_by_no_one(index) or self._standing_for_no_one(index):
            return token  # "Concerns were raised about...", "Concerns remain": no one's
        if (
            index >= 2
            and tokens[index - 1].word in ("my", "our")
            and tokens[index - 2].word == "in"
            and self.words.with_lemmas(token.word, "n") & self.prepared.views
        ):
            return tokens[index - 1]  # "In my view the children would be better off"
        # A view someone has, or that "it is", of something put as true: "it is the
        # professional view that"; or a worry about something ("Health have concerns about
        # her weight", "no worries at all about"), which needs what it rests on as much.
        if [t.word for t in tokens[index + 1 : index + 3]] == ["at", "all"]:
            following = tokens[index + 3] if index + 3 < len(tokens) else following
        elif following.word == "whatsoever" and index + 2 < len(tokens):
            following = tokens[index + 2]  # "no worries whatsoever about"
        if self._stated(index) and index >= 2 and tokens[index - 1].tag == "POS":
            # "This officer's assessment is that...": whose it is, named before it.
            return tokens[index - 2]
        if token.word in _OPINIONS and self._stated(index) and self._nobodys(index):
            return token  # "Medical opinion is that...", "The professional view is that..."
        following = self._past_where_held(index, following)
        if following.word not in ("that", "about"):
            return None
        back = index - 1
        possessor = None  # "the team's view": the team holds it
        while back > 0 and (
            tokens[back].tag in ("DT", "JJ", "RB", "POS", "PRP$", "CD", *_NOUN)
            # "A growing view", "the shared view": a participle describing it.
            or tokens[back].tag in ("VBG", "VBN")
            and tokens[back - 1].tag == "DT"
        ):
            if tokens[back].word in ("report", "reports") and tokens[back - 1].tag in _NOUN:
                break  # "School report no concerns": the tagger's noun is the verb
            if tokens[back].tag in ("POS", "PRP$"):
                possessor = tokens[back - 1] if tokens[back].tag == "POS" else tokens[back]
            back -= 1
        if (
            tokens[back].word == "of"
            and back >= 1
            and self._verb_lemmas(tokens[back - 1].word) & {"be"}
        ):
            # "Professionals are of the view that...": whoever is of it holds it.
            return possessor or self._subject_before(back - 1)
        # ("School report no concerns at all about...": a worry's absence, reported.)
        if not self._verb_lemmas(tokens[back].word) & {"have", "be", "share", "raise", "report"}:
            return None
        if possessor is None and back >= 1 and tokens[back - 1].word == "there":
            # "There is a growing view (within the network) that...": a view that exists,
            # held by no one.
            return token
        return possessor or self._subject_before(back)

    def _a_plan_after(self, start) -> bool:
        """The clause from ``start`` says what will be done: a modal of the future or of an
        order ("will", "would", "shall", "should"), or "is to"."""
        for at in range(start, min(len(self.tokens), start + 12)):
            token = self.tokens[at]
            if token.word in (".", ";", ":"):
                return False
            if token.word in ("will", "would", "shall", "should") or (
                token.word == "to" and at and self._verb_lemmas(self.tokens[at - 1].word) & {"be"}
            ):
                return True
        return False

    def a_view_of_many(self, index) -> bool:
        """The view at ``index`` is held by many, none named ("Professionals agree that...",
        "Agencies are of the view that...", "the network feels"): no one a reader could ask, and
        nothing the story around tells shows who holds it, or why."""
        token = self.tokens[index]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        holder = None if following is None else self._view_holder(index, token, following)
        if holder is None or holder is token or holder.word == "it":
            return False
        at = self._index_of(holder)
        return (
            (holder.tag in ("NNS", "NNPS") or self._collective(holder))
            and self._no_one_named(holder) | self._collective(holder)
            # Not the family's own ("the parents agree", "her teachers feel"): people the
            # story names as its own, whose account the story around may bear out.
            and not (at and self.tokens[at - 1].tag in ("PRP$", "POS"))
            # (Nor whose view it is, by name: "the assessors' view is that...".)
            and not (at + 1 < len(self.tokens) and self.tokens[at + 1].tag == "POS")
            and not set(self.words.lemmas(holder.word, "n")) & _relatives()
        )

    def _past_where_held(self, index, following):
        """Past a phrase of where a view is held ("a view within the network that", "a
        feeling among staff that"), the word after it; otherwise ``following``."""
        if following.word not in ("within", "among", "amongst", "across", "in"):
            return following
        for token in self.tokens[index + 2 : index + 7]:
            if token.word == "that":
                return token
            if token.tag not in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$"):
                break
        return following

    def _nobodys(self, index) -> bool:
        """The view noun at ``index`` opens its clause with only descriptions before it ("the
        professional", "medical"): no one's, not "my", "her", "Dr Rao's" or "this" (the
        writer's own, in a formal report)."""
        back = index - 1
        while back >= 0 and (
            self.tokens[back].tag == "JJ"
            or self.tokens[back].tag == "NN"
            and not self._names_person(self.tokens[back])  # not "the social worker's"
        ):
            back -= 1
        if back >= 0 and self.tokens[back].word in ("the", "a"):
            back -= 1
        if back >= 0 and self.tokens[back].word not in (",", ";", ":", "and", "but"):
            return False
        # "Dr Shah examined Ava on 3 May; the medical opinion is that...": his, named before.
        return not any(
            t.tag == "NNP" and self._names_person(t) or t.word in TITLES
            for t in self.tokens[: max(back, 0)]
        )

    def _raised_by_no_one(self, index) -> bool:
        """The view or worry at ``index`` is the subject of a passive with no one after "by":
        "concerns were raised regarding her mental health", "worries have been expressed"; not
        one already named or owned ("the concerns were discussed", "her views were recorded")."""
        word = self.tokens[index].word
        if not self.words.with_lemmas(word, "n") & self.prepared.views:
            return False  # "Transport arrangements were adjusted": no view
        back = index - 1
        while back >= 0 and self.tokens[back].tag in (*_ADJECTIVE, "RB"):
            back -= 1
        if back >= 0 and (
            self.tokens[back].tag in ("PRP$", "POS")
            or self.tokens[back].word in ("the", "this", "that", "these", "those")
        ):
            return False
        if back >= 1 and self.tokens[back].word == "of" and self._titled(index):
            return False  # "a Report of Concern was received": a document's name
        position = index + 1
        while position < len(self.tokens) and self._verb_lemmas(self.tokens[position].word) & {
            "be",
            "have",
        }:
            position += 1
        return (
            position > index + 1
            and position < len(self.tokens)
            and self._participle(position)
            and "by" not in (t.word for t in self.tokens[position + 1 :])
        )

    def _standing_for_no_one(self, index) -> bool:
        """ "Concerns remain", "worries persist": a view or worry that goes on, held by no one
        named (not "the school's concerns remain")."""
        tokens = self.tokens
        if not self.words.with_lemmas(tokens[index].word, "n") & self.prepared.views:
            return False
        if index and tokens[index - 1].tag in ("PRP$", "POS"):
            return False
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return following is not None and bool(
            self._verb_lemmas(following.word) & {"remain", "persist", "continue", "linger"}
        )

    def _titled(self, index) -> bool:
        """The word at ``index`` is capitalised mid-sentence, as in a title."""
        return (
            index > 0
            and self.text[self.tokens[index].start : self.tokens[index].start + 1].isupper()
        )

    def _with_content(self, position) -> int:
        """The last token of a view or worry at ``position`` with what it holds ("concerns
        that he is being exploited, and that..."): what it holds is no evidence of it; only
        what follows a "because" is."""
        if position + 1 >= len(self.tokens) or self.tokens[position + 1].word != "that":
            return position
        return self._before_grounds(position + 1)

    def _before_grounds(self, start) -> int:
        """The last token from ``start`` before a "because", "since", ";" or ":" (or the end):
        how far a view's content runs, up to the grounds given for it."""
        end = start
        while end < len(self.tokens) and self.tokens[end].word not in (
            "because",
            "since",
            ";",
            ":",
        ):
            end += 1
        return end - 1

    def _collective(self, holder) -> bool:
        """A singular noun with a plural verb is a body of people, as British English has it:
        "the nursery are worried", "the school have concerns"."""
        at = next(i for i, t in enumerate(self.tokens) if t.start == holder.start)
        following = self.tokens[at + 1] if at + 1 < len(self.tokens) else None
        return holder.tag == "NN" and following is not None and following.tag == "VBP"

    def _impersonal(self, index) -> bool:
        """ "It is generally accepted that...", "it was recognised that...": a verb of the mind
        (as WordNet files its commonest sense) in a passive with "it" and no one after it,
        holding a view that no one is named as holding (not a decision or a plan: "It was
        decided that Tia would stay with Nan" tells what was decided)."""
        word = self.tokens[index].word
        return (
            self._impersonal_it(index) is not None
            and (
                "verb.cognition"
                in (
                    self.words.first_class(word, "v"),
                    # (WordNet files some British spellings' commonest sense apart: "recognised".)
                    self.words.first_class(word.replace("ised", "ized"), "v"),
                )
                # "It is generally agreed that...": agreement said to hold now, among people
                # left unnamed ("it was agreed that Tia would stay" records a meeting's decision).
                or bool(self._verb_lemmas(word) & {"agree", "acknowledge"})
                and self.tokens[index - 1].word.endswith("ly")
                and self.tokens[index - 2].word in ("is", "are", "'s", "been")
                # "It has been established that...": proven, by no one named.
                or bool(self._verb_lemmas(word) & self.prepared.proving)
            )
            and not self._verb_lemmas(word) & _DECIDING
        )

    def _impersonal_it(self, index):
        """The "it" of a passive with no one named ("it is [generally] felt that...") whose
        participle is at ``index``, or None."""
        tokens = self.tokens
        at = index - 1
        while at > 0 and tokens[at].tag == "RB":
            at -= 1
        be = at
        if at > 1 and tokens[at].word == "been" and tokens[at - 1].word in ("has", "had", "have"):
            at -= 1  # "it has been felt that": "it" is before "has"
        if (
            at > 0
            and index + 1 < len(tokens)
            and tokens[index + 1].word == "that"
            and tokens[at - 1].word == "it"
            and self._verb_lemmas(tokens[be].word) & {"be"}
            and self._participle(index)
        ):
            return tokens[at - 1]
        return None

    def _a_view_there_is(self, index) -> bool:
        """The view noun at ``index`` is one "there is", held by no one: "there is a growing
        view that...", "there is a feeling among staff that"."""
        tokens = self.tokens
        at = index - 1
        while at > 0 and (
            tokens[at].tag in ("DT", "JJ", "RB", "VBG", "VBN") and tokens[at].word != "there"
        ):
            at -= 1
        return (
            at > 0
            and tokens[at - 1].word == "there"
            and bool(self._verb_lemmas(tokens[at].word) & {"be"})
        )

    def _participle(self, index) -> bool:
        """A past participle, also where the tagger read one after "be" as a past tense."""
        token = self.tokens[index]
        return token.tag == "VBN" or (token.tag == "VBD" and self._after_be(index))

    def _no_one_named(self, holder) -> bool:
        """ "It", "everyone", many people ("professionals") or a body of them ("school",
        "staff", "Health"): no one whom a reader could ask."""
        word = holder.word
        if word in ("it", "everyone", "everybody", "people"):
            return True
        if holder.tag == "PRP":
            return False
        kind = self.words.first_class(word, "n")
        if kind == "noun.person":
            return holder.tag in ("NNS", "NNPS") or word not in self.words.lemmas(word, "n")
        if holder.tag in ("NNP", "NNPS") and not self.words.known(word, "n"):
            return False  # a name
        return kind in ("noun.group", "noun.state", "noun.act")

    def _a_body(self, token) -> bool:
        """A body of people or many of them ("school", "police colleagues"), not a record
        ("intelligence", "the log") and not people known by whose they are ("her teachers")."""
        at = self._index_of(token)
        return (
            self._no_one_named(token)
            and self.words.first_class(token.word, "n")
            not in ("noun.communication", "noun.cognition")
            and not (at and self.tokens[at - 1].tag in ("PRP$", "POS"))
        )

    def _asked_whether(self, clause) -> bool:
        """ "Considered whether Tyson (8) and his sister Kiara (5) are safe": the question is
        asked of both, however the clause of the second is read; "whether" since the last
        comma, before the clause starts."""
        back = clause - 1
        while back >= 0 and self.tokens[back].word not in (",", ";", ":"):
            if self.tokens[back].word == "whether":
                return True
            if self.tokens[back].word in ("and", "but") and self._subject_starts(back + 1):
                return False  # "I asked whether he had been drinking and he was hostile"
            back -= 1
        return False

    @cached_property
    def _a_heading_asking(self) -> bool:
        """A heading put as a question with no mark: "What is going well", "How Mia experiences
        her home" (a line of its own; "When Mum drinks, ..." is a condition, and ends)."""
        text = self.text.rstrip()
        return (
            self.a_line_of_its_own
            and bool(text)
            and text[-1] not in ".!:;"
            and len(text.split()) <= _HEADING_WORDS
            and bool(self.tokens)
            and self.tokens[0].word in ("what", "how", "who", "why", "where")
        )

    def _asserted(self, index, first=None, kind=None) -> bool:
        """Not inside a quote, a question, a condition, a prediction or what a named person said."""
        token = self.tokens[index]
        if any(a <= token.start < b for a, b in self.quotes):
            return False
        if self.text.rstrip().endswith("?") or self._a_heading_asking:
            return False
        reach = max(0, index - _REACH)
        clause = self._clause_start(index if first is None else first)
        unasserted = self.prepared.not_asserted.search(self.plain, clause, index)
        if unasserted is not None and not self._foretold_on_a_condition(unasserted[0], index):
            return False
        if self._asked_whether(clause):
            return False
        if self._what_may_happen(index):
            return False
        if self._acknowledged(index) or self._told_before_a_colon(index):
            return False
        if self._an_offence_named(index if first is None else first):
            return False
        start = index - 1
        while start >= reach and self.tokens[start].word not in _CLAUSE_END:
            if (
                self.tokens[start].tag in _MODAL_TAGS
                and not self._at_times(start, index)
                and not self._writers_rating(start)
                and not self._foretold_as_fact(start, index)
                and not self._best_for_them(start)
                and not self._would_be(start, index)
                # ("Because she cannot face being at home": what they cannot bear, as fact.)
                and not (kind == "motive" and self.tokens[start].word in ("cannot", "ca"))
            ):
                return False
            # "Perhaps he is minimising"; "One explanation is that he is minimising": put as
            # a possibility, or as one reading of several.
            if (
                self.tokens[start].word in HEDGING_ADVERBS
                and self._hedges_it(start, index)
                or self._one_reading_of_several(start)
            ):
                return False
            start -= 1
        if self._said_at_the_end(index) or self._according_to(
            index, bodies_tell=kind not in _NEEDS_A_WITNESS
        ):
            return False  # "Nobody visits, Mum said": hers, named after what she said
        # Who said it is read before the judgement's own words: in "Mum spoke aggressively" the
        # verb the judgement rides on is not someone reporting it.
        return not self._reported(index if first is None else first)

    def _hedges_it(self, hedge, index) -> bool:
        """The hedging adverb at ``hedge`` is the judgement's own: nothing between them opens
        another clause or ranks ("Mum is probably tired and Dad is neglectful", "perhaps the
        clearest sign that Dad is controlling" hedge something else)."""
        return not any(
            t.word in ("and", "or", "that") or t.tag in ("JJS", "RBS")
            for t in self.tokens[hedge + 1 : index]
        )

    def _one_reading_of_several(self, at) -> bool:
        """The "that" at ``at`` opens what one of several readings is ("One explanation is
        that", "Another possible reason is that"): offered beside others, not a claim ("One
        concern is that..." is one)."""
        tokens = self.tokens
        if tokens[at].word != "that" or at < 3 or tokens[at - 1].word not in ("is", "was"):
            return False
        noun = at - 2
        if tokens[noun].tag not in ("NN", "NNS"):
            return False
        before = noun - 1
        possible = False
        while before > 0 and tokens[before].tag == "JJ":
            possible = possible or tokens[before].word in _POSSIBLE
            before -= 1  # "one possible explanation"
        return tokens[before].word in ("one", "another") and (
            possible or tokens[noun].word in _READINGS
        )

    def _an_offence_named(self, first) -> bool:
        """The words at ``first`` name what someone was convicted of, charged with or arrested
        for ("convicted of failing to notify the police", "found guilty of neglect"): the
        record's name for it, not the writer's judgement."""
        tokens = self.tokens
        if any(
            tokens[at].word == "found" and tokens[at + 1].word in ("guilty", "not")
            for at in range(first, min(first + 2, len(tokens) - 1))
        ):
            return True  # "was found guilty of wilful neglect": a court's verdict
        return (
            first >= 2
            and tokens[first - 1].word in ("of", "with", "for")
            and (
                tokens[first - 2].word in self.prepared.statuses
                or tokens[first - 2].word == "guilty"
            )
        )

    def _told_before_a_colon(self, index) -> bool:
        """The word at ``index`` is in what someone told, set out after a colon that follows
        them and their telling: "Ms Roberts told me on 10 March: Maisie is...", "10 March,
        nursery key worker Ms Roberts by email: ...", "Telephone call with Gran, 9 March: ..."
        (their account, whose source the sentence names; not the writer's own, "I told Mum:",
        nor a note with no one named, "Home visit, 4 May:")."""
        if ":" not in self.text:
            return False
        tokens = self.tokens
        colon = next((at for at in range(index - 1, -1, -1) if tokens[at].word == ":"), None)
        if colon is None:
            return False
        before = range(colon)
        if any(tokens[at].word in ("i", "we") for at in before):
            return False
        told = any(
            tokens[at].tag.startswith("VB")
            and self._saying(at)
            or tokens[at].tag in ("NN", "NNS")
            and self.words.first_class(tokens[at].word, "n") == "noun.communication"
            for at in before
        )
        return told and any(self._someone_named(tokens[at]) for at in before)

    def _someone_named(self, token) -> bool:
        """A title, a name, or a word for a person ("Gran", "the teacher"); not a common word
        capitalised at the start ("Case note 4 May:")."""
        return token.word in TITLES or (
            token.tag in ("NNP", "NN")
            and token.word not in self.prepared.observers
            and (
                self.words.first_class(token.word, "n") == "noun.person"
                or token.tag == "NNP"
                and not self.words.known(token.word, "n")
            )
        )

    def _acknowledged(self, index) -> bool:
        """The writer acknowledging what the reader goes through, in a letter: "I know it was
        hard to hear...", "I understand that this is difficult for you" (of "it", "this" or
        "you", in the acknowledgement's own clause; "I know Dad is dangerous" is a claim)."""
        tokens = self.tokens
        if len(tokens) < 3 or tokens[0].word != "i":
            return False
        if not self._verb_lemmas(tokens[1].word) & _ACKNOWLEDGING:
            return False
        subject = next(
            (t for t in tokens[2:index] if t.tag in (*_NOUN, "PRP") or t.word in _POINTER), None
        )
        return (
            subject is not None
            and subject.word in ("it", "this", "that", "you")
            and not any(t.word in ("but", ";", "because") for t in tokens[2:index])
        )

    def _what_may_happen(self, index) -> bool:
        """The word at ``index`` is in what a noun of the risk model names as possible: "the risk
        that Abdi will be exploited", "the likelihood that she will relapse" (not the rating
        after it, "...is high", past the clause's own verb; "the chance that Mum is lying" is
        still read, a chance being no rating the model makes)."""
        finite = int(self.tokens[index].tag in ("MD", "VBZ", "VBP", "VBD"))  # (the rating's "is")
        for at in range(index - 1, max(0, index - _REACH) - 1, -1):
            token = self.tokens[at]
            if token.word in (",", ";", ":"):
                return False
            if token.tag in ("MD", "VBZ", "VBP", "VBD"):
                finite += 1
            if token.word == "that" and at and self.tokens[at - 1].word in _POSSIBILITIES:
                return finite <= 1
        return False

    def certain_beyond_any_history(self, first, last) -> bool:
        """A forecast at ``first`` to ``last`` says never, always, again or within a time, or
        foretells the gravest harm (a verb the lexicons rate as bad as can be: "will suffer a
        fatal cardiac arrest"), with no hedge or view of the writer's before it."""
        words = [t.word for t in self.tokens]
        return (
            (
                # ("Will be back in care": again.)
                any(
                    word in ("never", "always", "again", "within", "back") for word in words[first:]
                )
                or "never" in words[:first]
                # By a time: "before the summer", "by Christmas", "before he is two".
                or any(
                    word in ("before", "by")
                    and (
                        any(
                            self.words.first_class(t.word, "n") == "noun.time"
                            and t.tag in ("NN", "NNS", "NNP")
                            for t in self.tokens[at + 1 : at + 3]
                        )
                        or _AN_AGE_AHEAD.match(" ".join(words[at : at + 5])) is not None
                    )
                    for at, word in enumerate(words[first:], first)
                )
                or any(
                    t.tag.startswith("VB") and self.words.valence(t.word, "v") <= -0.9
                    for t in self.tokens[: last + 1]
                )
            )
            and not (
                self.held_as_the_writers_view(first)
                or any(word in _HEDGED_BEFORE for word in words[:first])
            )
        )

    def a_mind_vouched(self, first) -> bool:
        """The judgement at ``first`` vouches for what someone's mind holds ("knows full well",
        "fully understands") or lacks, of the mind or of feeling ("lacks any real empathy",
        "lacks insight")."""
        tokens = self.tokens
        token = tokens[first]
        if token.word in self.prepared.maximizers and first + 1 < len(tokens):
            token, first = tokens[first + 1], first + 1
        if self._understood_fully(first, token) is not None:
            return True
        if not self._verb_lemmas(token.word) & {"lack"}:
            return False
        head = self._phrase_head(first + 1)
        return head is not None and self.words.first_class(tokens[head].word, "n") in (
            "noun.feeling",
            "noun.cognition",
        )

    def a_charge(self, first) -> bool:
        """The judgement at ``first`` charges someone with deceit or indifference, or with an
        end they did not own to ("a ploy", "a way of avoiding questions"): misstating
        how much ("exaggerating", "minimises"), lying ("is lying to protect him", "lied about
        it"; not "lying on the sofa" or "what lies behind this"), or not caring ("does not care
        about getting it right"), or calling an account untrue ("This is a lie", "That is not
        true", "he is not telling the truth", "is in denial")."""
        # A description's words come after the linking verb it rides on: "is not being
        # truthful", "is in denial".
        denied = any(t.word in _NOT for t in self.tokens[max(0, first - 3) : first])
        while first + 1 < len(self.tokens) and (
            self.tokens[first].word in ("is", "was", "are", "were", "be", "been", "being", "in")
            or self.tokens[first].word in _NOT
            # ("Is plainly hiding...": past the writer's certainty, to what is charged.)
            or self.tokens[first].tag == "RB"
            and self.tokens[first].word != "only"
        ):
            denied = denied or self.tokens[first].word in _NOT
            first += 1
        token = self.tokens[first]
        following = self.tokens[first + 1].word if first + 1 < len(self.tokens) else "."
        if token.tag.startswith("VB") and self._misstates(first) is not None:
            # Not lessening something by doing something ("to minimise disruption", "has
            # minimised the risk by moving his room").
            return self.tokens[first - 1].word != "to" and not any(
                t.word == "by" for t in self.tokens[first + 1 : self.clause_end(first, first)]
            )
        if token.word == "because":
            # What they meant by it: "because he wants to keep his supply coming".
            return self._wanted_because(first) is not None
        if (token.word in self.prepared.ruses or token.word in self.prepared.aims) and (
            self._a_means_to_an_end(first) is not None
        ):
            return True  # "was a ploy", "a way of avoiding questions": what they meant by it
        if self._concealed(first) is not None or (
            token.word == "only" and self._for_one_reason(first) is not None
        ):
            return True  # "is hiding the extent of it from us"; "only went to keep us away"
        if token.word in ("telling", "lie", "lies") and self._untruth(first) is not None:
            return True  # "He is not telling the truth", "This is a lie"
        if token.word == "denial" and self.tokens[first - 1].word == "in":
            return True  # "is in denial about his drug use": a deceit of oneself
        if token.word in ("true", "untrue", "false") and any(
            t.word in _POINTER for t in self.tokens[max(0, first - 4) : first]
        ):
            return denied or token.word != "true"  # "That is not true": an account called false
        if token.word in _TRUTHFUL or self.words.opposite(token.word) in _TRUTHFUL:
            # "Is dishonest about it", "is not being truthful about when she last used"; not
            # "was honest about her use" (the word's opposite: "untruthful", WordNet's).
            return token.word not in _TRUTHFUL or denied
        if (
            denied
            and self._verb_lemmas(token.word) & {"take"}
            and any(t.word == "seriously" for t in self.tokens[first + 1 : first + 6])
        ):
            return True  # "does not take the risks seriously": not caring, charged
        if self._verb_lemmas(token.word) == {"care"}:
            # ("Does not care for her eczema": look after it.)
            return following != "for" and any(
                t.word in _NOT for t in self.tokens[max(0, first - 3) : first]
            )
        return (
            token.word in ("lying", "lied", "lies", "lie")
            and token.tag.startswith("VB")
            and (
                following in ("to", "about", "when")  # ("is lying when he says...")
                # "Mum is lying." (not "found him lying, drunk, on the floor")
                or following in (".", ";")
                and self.tokens[first - 1].word in ("is", "was", "are", "were")
            )
        )

    def foretold(self, first) -> bool:
        """The judgement at ``first`` is foretold as fact ("will relapse", "will be poor")."""
        return any(
            self._a_will(at) and self._foretold_as_fact(at, first)
            for at in range(self._clause_start(first), first)
        )

    def _harm_foretold(self, index, token):
        """ "Mr Cole will hurt the children", "will harm any child placed with him": harm done
        to someone, foretold (a verb the lexicons rate as harm, with whom it is done to)."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if (
            self._after_will(index)
            and (following is None or following.tag in (".", ",", "IN", "RB", "CC", ":"))
            and self.words.valence(token.word, "v") <= -0.5
            and self._suffered_by_someone(index)
        ):
            # "His schooling will suffer (as a result)", "Mia will struggle": harm that befalls
            # someone, foretold, with no one who does it.
            return "conduct", index, index
        if (
            not self._after_will(index)
            or following is None
            or following.tag not in ("DT", "PRP", "PRP$", "NNP", "NNS", "NN")
            or self.words.valence(token.word, "v") > -0.5
            # By someone: "the injection will hurt him" is a needle's.
            or not self._names_person(self.tokens[self._subject_head(index)])
        ):
            return None
        return "conduct", index, index

    def _state_foretold(self, index, token):
        """ "Once the dose is reduced, Hannah's tiredness will lift", "her anxiety will ease":
        how someone will come to feel or be, said as certain (a verb of change, with no object,
        whose subject is a state or a feeling of someone's)."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        if (
            not self._after_will(index)
            or following is not None
            and following.tag not in (".", ",", "IN", "RB", "CC", ":")
            or "verb.change" not in self.words.classes(token.word, "v")
        ):
            return None
        head = self._subject_head(index)
        if (
            self.tokens[head].tag not in ("NN", "NNS")
            or self.words.first_class(self.tokens[head].word, "n")
            not in ("noun.state", "noun.feeling")
            or not head
            or self.tokens[head - 1].tag not in ("PRP$", "POS")
        ):
            return None
        modal = index - 1
        while modal > 0 and not self._a_will(modal):
            modal -= 1
        return ("foretold", modal, index) if self._foretold_as_fact(modal, index) else None

    def _suffered_by_someone(self, index) -> bool:
        """The subject of the verb at ``index`` is someone, or something of someone's life that
        is not a thing ("his schooling", "her mental health")."""
        head = self._subject_head(index)
        if self._names_person(self.tokens[head]):
            return True
        start = head
        while start > 0 and self.tokens[start - 1].tag in ("PRP$", "POS", "JJ", "NN", "NNP"):
            start -= 1
        return self._someones_own_doing(start)

    def _after_will(self, index) -> bool:
        """The verb at ``index`` is foretold: "will" (or "won't") before it, with only adverbs
        and "not" between ("will inevitably relapse")."""
        at = index - 1
        while at > 0 and (self.tokens[at].tag == "RB" or self.tokens[at].word in _NOT):
            at -= 1
        if self.tokens[at].word == "to" and at > 1:
            at -= 1  # "is going to fail"
        return self._a_will(at)

    def _a_will(self, at) -> bool:
        """The word at ``at`` foretells: "will", "won't", "'ll", or "going" in "is going to"
        (not "is going to the shop": a verb must follow)."""
        tokens = self.tokens
        if tokens[at].word in ("will", "wo", "'ll"):
            return True
        return (
            tokens[at].word == "going"
            and 0 < at < len(tokens) - 2
            and tokens[at + 1].word == "to"
            and tokens[at + 2].tag in ("VB", "RB")
            and bool(self._verb_lemmas(tokens[at - 1].word) & {"be"})
        )

    def _foretold_on_a_condition(self, condition_at, index) -> bool:
        """ "If the children go home, Mr Rowe will hurt them": a forecast as certain as any, on
        a condition set apart by its comma; what is foretold still needs its grounds."""
        if self.tokens[condition_at].word not in ("if", "unless"):
            return False
        comma = next(
            (p for p in range(index - 1, condition_at, -1) if self.tokens[p].word == ","), None
        )
        # (The modal itself may be where the judgement is read from: "..., the violence will
        # inevitably start again".)
        return comma is not None and any(
            self._a_will(at) and self._foretold_as_fact(at, index)
            for at in range(comma + 1, index + 1)
        )

    def _foretold_as_fact(self, modal_at, index) -> bool:
        """ "Ms Hale will relapse once the case closes", "the children will be harmed": what
        someone will do or suffer, said as certain. A forecast is a judgement like any other and
        needs its grounds; "may", "might" and "could" hedge it, "would" makes it a condition,
        and what the writer will do is a plan ("I will visit weekly")."""
        if not self._a_will(modal_at):
            return False
        if self.tokens[modal_at].word == "going":
            modal_at -= 1  # (whose: before "is going to")
        subject = self._subject_before(modal_at)
        if subject is None and modal_at and self.tokens[modal_at - 1].word in ("this", "that"):
            subject = self.tokens[modal_at - 1]  # "this will only get worse"
        if subject is None or subject.word in ("i", "we", "you"):
            return False
        span = self.tokens[self._clause_start(modal_at) : index + 1]
        # (When something happens, someone will: a habit. "Once" foretells, unless it counts:
        # "once a week she will ring".)
        return not any(
            t.word in HEDGING_ADVERBS
            or t.word in ("when", "whenever")
            or t.word == "once"
            and n + 1 < len(span)
            and span[n + 1].word in ("a", "every")
            for n, t in enumerate(span)
        )

    def _writers_rating(self, modal_at) -> bool:
        """ "I would assess the risk as high": the writer's "would" before a verb of rating is
        politeness, not a condition; the rating is given."""
        following = self.tokens[modal_at + 1] if modal_at + 1 < len(self.tokens) else None
        return (
            self.tokens[modal_at].word == "would"
            and modal_at > 0
            and self.tokens[modal_at - 1].word in ("i", "we")
            and following is not None
            and self._a_rating_verb(following.word)
        )

    def _would_be(self, modal_at, index) -> bool:
        """ "It would not be safe for Kai to go home", "a return home would be unsafe": "would
        be" then a judgement against it, with no condition anywhere in the sentence, is the
        writer's verdict on a course, said politely (not "would be unsafe if Dad returns", nor
        "I would be worried", nor "would be helpful", which suggests)."""
        words = [t.word for t in self.tokens]
        denied = words[modal_at + 1 : modal_at + 2] in (["not"], ["n't"])
        after = modal_at + 1 + int(denied)
        # Against the course, not for it: "would be helpful for Mum to attend" suggests.
        against = (self.words.valence(words[index], "a") < 0) != denied
        return (
            against
            and words[modal_at] == "would"
            and words[after : after + 1] == ["be"]
            and after < index <= after + 2
            and modal_at > 0
            and words[modal_at - 1] not in ("i", "we", "you")
            and not any(w in ("if", "unless", "were", "otherwise", "without") for w in words)
        )

    def _best_for_them(self, modal_at) -> bool:
        """ "It would be in Oskar's best interests to move", "a move would serve her best
        interests": "would" gives the welfare judgement politely, as the writer's, not as a
        condition."""
        if self.tokens[modal_at].word != "would":
            return False
        words = [t.word for t in self.tokens]
        return any(
            first == "best" and second in ("interests", "interest")
            for first, second in zip(words, words[1:], strict=False)
        )

    def _at_times(self, modal_at, index) -> bool:
        """ "Dad can be manipulative": "can be" and a description is how someone is at times,
        their way, not a possibility (as "may be" or "could be" is)."""
        # "Can sometimes be hostile", "can at times be neglectful": how often, before "be".
        between = [
            t
            for t in self.tokens[modal_at + 1 : index]
            if t.tag != "RB" and t.word not in ("at", "times")
        ]
        token = self.tokens[index]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        subject = self._subject_before(modal_at)
        return (
            self.tokens[modal_at].word == "can"
            and len(between) == 1
            and bool(self._verb_lemmas(between[0].word) & self.prepared.linking)
            # Not hedged ("can probably be"), and of someone ("the medication can be harmful"
            # is a general fact).
            and not any(t.word in HEDGING_ADVERBS for t in self.tokens[modal_at + 1 : index])
            and subject is not None
            and self._names_person(subject)
            and (
                token.tag in _ADJECTIVE
                # "Can be very controlling (towards Mum)", not "can be working late": a
                # description ends there.
                or token.tag == "VBG"
                and (
                    following is None
                    or following.tag in (".", ",", ":", "CC")
                    or following.word in ("towards", "toward")
                )
            )
            and self._a_way_of_being(token.word, index)
        )

    def _a_way_of_being(self, word, index) -> bool:
        """A description that can be someone's way at times: not one rated good ("free on
        Thursdays", "responsible for the dog": "can be" makes those a possibility), nor one
        of a time ("absent on Fridays")."""
        after = self.tokens[index + 1 : index + 3]
        of_a_time = (
            len(after) == 2
            and after[0].word in ("on", "at", "in")
            and self.words.first_class(after[1].word, "n") == "noun.time"
        )
        return self.words.valence(word, "a") < self.prepared.threshold and not of_a_time

    def _according_to(self, index, bodies_tell=True) -> bool:
        """ "According to the school, ..." or "Per his foster mom, ..." opens the sentence, or
        ", according to his teacher" ends it: whose account the judgement at ``index`` is,
        named."""
        tokens = self.tokens
        words = [t.word for t in tokens]
        source = opening_source(words)
        if source is not None:
            comma = words.index(",", source)
            # Someone, a body of people or a record; but a label or a rating passed on by a
            # body ("Per school, Kai is a neglected child") says nothing of who saw what.
            return comma < index and any(
                t.tag in _NOUN and (bodies_tell or not self._a_body(t))
                for t in tokens[source:comma]
            )
        for at in range(index + 1, len(tokens) - 2):
            if (
                words[at : at + 3 : 2] == ["by", "own"]
                and tokens[at + 1].tag == "PRP$"
                and at + 3 < len(tokens)
                and words[at + 3] in _OWN_ACCOUNTS
            ):
                return True  # "by his own description", "by her own account": theirs, told
            after = at + 2 if words[at : at + 2] == ["according", "to"] else at + 1
            if not (after == at + 2 or words[at] == "per"):
                continue
            # ", according to his teacher", "according to the psychologist's report", "per the
            # HV visit on 12/05": a person or a record named after it (not "according to
            # plan").
            named = [t for t in tokens[after : after + 5] if t.tag in _NOUN]
            if tokens[after].tag in (*_NOUN, "PRP$", "DT") and (
                words[at - 1] == ","
                and named
                or any(
                    self._names_person(t)
                    or self.words.first_class(t.word, "n") in ("noun.communication", "noun.act")
                    for t in named
                )
            ):
                return True
        return False

    def _said_at_the_end(self, index) -> bool:
        """The sentence ends ", Mum said" or ", the solicitor confirmed": all before it is what
        that person, named, said."""
        tokens = self.tokens
        end = len(tokens) - 1 if tokens and tokens[-1].tag == "." else len(tokens)
        verb = end - 1
        # A verb with a sense of telling ("said", "confirmed", "added"), after what was told.
        if (
            verb < 2
            # ", his carer reports": a last word after its speaker is the verb, however tagged.
            or not (tokens[verb].tag.startswith("VB") or tokens[verb].tag == "NNS")
            or not self.words.classes(tokens[verb].word, "v") & self.prepared.reporting
            or self._verb_lemmas(tokens[verb].word) & self.prepared.channels
        ):
            return False
        position = verb - 1
        head = verb - 1
        while position > index and (
            tokens[position].tag in (*_NOUN, "DT", "PRP$", "JJ", "CD")
            or tokens[position].word == "of"
        ):
            if tokens[position].word == "of":
                head = position - 1  # "the GP letter of 3 May": the letter, of its date
            position -= 1
        if position <= index or tokens[position].word != "," or position == verb - 1:
            return False
        speaker = tokens[head]
        if (
            # A record, whose it is named before it: "the GP letter", "the police log".
            self.words.first_class(speaker.word, "n") == "noun.communication"
            and tokens[head - 1].tag in _NOUN
        ):
            return True
        return (
            self._names_person(speaker)
            and speaker.word not in self.prepared.observers
            and not self._no_one_named(speaker)
        )

    def _clause_start(self, index) -> int:
        """Where the clause holding tokens[index] starts: after the last "and", "but", ";" or
        ":" before it (a condition's comma does not end its reach: "If Mum is drunk, the
        children are unsafe"), and never more than _REACH words back."""
        reach = max(0, index - _REACH)
        for position in range(index - 1, reach - 1, -1):
            token = self.tokens[position]
            if (token.tag == "CC" and not self._joins_nouns(position)) or token.word in (";", ":"):
                return position + 1
        return reach

    def _joins_nouns(self, position) -> bool:
        """ "Speech and language (assessment)", "health and development (needs)": a "and"
        between two nouns joins them in one noun phrase, not two clauses (not "the door and
        glass flew": a noun with its own verb starts a clause)."""
        tokens = self.tokens
        if any(t.word == "between" for t in tokens[max(0, position - 4) : position]):
            return True  # "the relationship between Ms Dunn and Kai": both, one phrase
        return (
            0 < position < len(tokens) - 2
            and tokens[position - 1].tag in ("NN", "NNS")
            and tokens[position + 1].tag in ("NN", "NNS")
            and not tokens[position + 2].tag.startswith(("VB", "MD"))
        )

    def _in_the_same_tense(self, clause) -> bool:
        """The clause from ``clause`` has its first verb in the tense of the verb that ends the
        clause before its "and" ("was clean and Ruby was responsive")."""
        mine = next((t.tag for t in self.tokens[clause:] if t.tag in _FINITE), None)
        theirs = next(
            (t.tag for t in reversed(self.tokens[: clause - 1]) if t.tag in _FINITE), None
        )
        return mine is not None and theirs is not None and (mine == "VBD") == (theirs == "VBD")

    def _reports_a_clause(self, start, end) -> bool:
        """Between ``start`` and ``end`` someone other than the writer reports a clause with a
        verb of saying: "the health visitor said the home was clean" (not "Dad shouts", which
        says nothing of anything, nor "I asked whether...", the writer's question)."""
        return not any(t.word in ("i", "we") for t in self.tokens[start:end]) and any(
            self.tokens[at].tag.startswith("VB")
            and self._saying(at)
            and self.tokens[at + 1].tag in ("DT", "NNP", "PRP", "PRP$", "IN")
            and self.tokens[at + 1].word not in ("whether", "if")
            for at in range(start, end - 1)
        )

    def _reported(self, index) -> bool:
        """The judgement is in what someone other than the writer said ("Mum said he was fine"),
        or in a worry or belief someone else holds ("the school are worried that he feels
        upset"); the writer's own ("I feel that Mum is neglectful") is still their assertion."""
        if self.tokens[index].word == "because" and self._wanted_because(index) is not None:
            return False  # "...because he wants...": whose reason it is, read there
        clause = self._clause_start(index)
        while clause >= 2 and (
            self.tokens[clause - 1].word in ("and", "or")
            and (
                not self._subject_starts(clause)
                # "...said the home was clean and Ruby was responsive": with no comma before
                # the "and", one report of two things (not "and I found...", the writer's).
                or self.tokens[clause - 2].word != ","
                and self.tokens[clause].word not in ("i", "we")
                and self._reports_a_clause(self._clause_start(clause - 2), clause - 1)
                # (In the tense of what was reported: "...said she was tired and Ruby is out of
                # control" goes on in the writer's own present.)
                and self._in_the_same_tense(clause)
            )
            or self._said_on(clause)
        ):
            # "...said that she was tired and that the baby was unwell", "told me he gets them
            # up and cooks tea": one report, two parts.
            clause = self._clause_start(clause - 2)
        # (A judgement that opens with "there" opens the clause itself: "accepts there is...".)
        top = index if self.tokens[index].tag == "EX" else index - 1
        for position in range(top, max(clause, 1) - 1, -1):
            holder_word = self.tokens[self._before_its_date(position)]
            # "Believes that Leah...", or with no "that": "believes Leah is...".
            # "Believes that...", "worries about relying on it": what is held, or worried about
            # (a verb's worry: "is anxious about the move" is the writer's to show).
            opens = (
                self.tokens[position].word == "that"
                or self.tokens[position].word == "about"
                and holder_word.tag in ("VBZ", "VBP", "VBD")
            ) or (
                # ("Accepts there is a problem": "there" opens what is accepted.)
                self.tokens[position].tag in ("NNP", "PRP", "DT", "EX")
                and (
                    holder_word.tag in ("VBD", "VBZ", "VBP") or self._stance_word(holder_word.word)
                )
            )
            if opens and (
                holder_word.tag in (*_ADJECTIVE, "VBN", "VBD", "VBZ", "VBP")
                and (
                    self.words.names_feeling(holder_word.word)
                    or self.words.first_class(holder_word.word, "v")
                    in ("verb.cognition", "verb.emotion")
                    # "She is clear (that) this is an observation": what she is sure of.
                    or self._stance_word(holder_word.word)
                )
            ):
                holder = self._subject_before(position - 1)
                if holder is not None and self._no_source(holder):
                    return False
                if (
                    holder is not None
                    and self._no_one_named(holder)
                    and not (holder.word == "it" and self._participle(position - 1))
                ):
                    # "Staff feel that": no one to ask, so the writer's. ("It is believed
                    # that" is hearsay, which reported-as-fact names.)
                    return False
                return holder is None or holder.word not in self.prepared.observers
        for position in range(index - 1, clause - 1, -1):
            token = self.tokens[position]
            if token.word == "that" and self._a_named_view_is(position):
                return True  # "Dr Iqbal's opinion is that...": the doctor's, named
            if token.tag.startswith("VB") and self._saying(position):
                speaker = self._teller_of(self._saying_for(position, clause))
                if speaker is not None and self._no_source(speaker):
                    return False
                if speaker is not None and speaker.word in ("i", "we"):
                    # "I explained that my job is to help keep children safe": what the writer
                    # told the family, not a finding about them.
                    return True
                # "It was determined that...", "the school say he is often hungry": said by no
                # one a reader could ask, so the writer's to show; but "the admissions team
                # confirmed on 6 March that..." is a record, dated.
                return (
                    speaker is not None
                    and speaker.word not in self.prepared.observers
                    and (not self._no_one_named(speaker) or self._dated_after(position))
                )
        return False

    def _teller_of(self, verb_at):
        """Who tells, at the verb: its subject, or past an aside between them ("His appropriate
        adult, Ms Frey of the Bridgeway project, wrote...")."""
        holder = self._holder(verb_at)
        if holder is not None or verb_at < 2 or self.tokens[verb_at - 1].word != ",":
            return holder
        opening = next((p for p in range(verb_at - 2, 0, -1) if self.tokens[p].word == ","), None)
        return self._subject_before(opening) if opening is not None else None

    def _saying_for(self, verb_at, clause) -> int:
        """The verb whose subject says what the verb of saying at ``verb_at`` says: itself, or
        for "to say" or "saying" the finite verb before it ("Ms Frey wrote to the council on 6
        August to say that...": Ms Frey says it, not the council)."""
        if not (self.tokens[verb_at].tag == "VBG" or self.tokens[verb_at - 1].word == "to"):
            return verb_at
        finite = next(
            (
                at
                for at in range(verb_at - 1, clause - 1, -1)
                if self.tokens[at].tag in ("VBD", "VBZ", "VBP")
            ),
            None,
        )
        # A message sent ("wrote", "rang", "emailed"), not "I am pleased to tell you that...",
        # where the writer gives their own finding.
        if finite is None or "verb.communication" not in self.words.classes(
            self.tokens[finite].word, "v"
        ):
            return verb_at
        return finite

    def _before_its_date(self, that_at) -> int:
        """The token before ``that_at``, or before the date between a verb and its "that"
        ("confirmed on 6 March that"), where the verb is."""
        back = that_at - 1
        if self.tokens[that_at].word != "that":
            return back
        while back > 0 and (
            self.tokens[back].tag == "CD"
            or DATE.fullmatch(self.text[self.tokens[back].start : self.tokens[back].end])
            or self.tokens[back].word == "on"
        ):
            back -= 1
        return back

    def _dated_after(self, verb_at) -> bool:
        """A date right after the verb of telling ("confirmed on 6 March that")."""
        after = self.text[self.tokens[verb_at].end :][:20]
        found = WHEN.search(after) or DATE.search(after)
        return found is not None and found.start() <= 6

    def _told_by_no_one(self, index, first, last, bodies_tell=True) -> bool:
        """The verb at ``index`` tells something, and who tells it is the judgement itself: an
        absolute ("everybody says", "nobody thinks")."""
        speaker = self._holder(index)
        if speaker is None:
            return False
        if not bodies_tell and index < first and self._saying(index) and self._a_body(speaker):
            # "The GP surgery advise that Mother is a vulnerable adult": a label or a rating
            # passed on by a body, which says nothing of who saw what.
            return True
        return (
            any(speaker is self.tokens[at] for at in range(first, last + 1))
            and speaker.word in self.prepared.absolutes
        )

    def _no_source(self, holder) -> bool:
        """ "His mobility issues mean he would struggle", "her age means": someone's state,
        trait or trouble "means" nothing as a source does; the link is the writer's (not a
        person, a group or a record: "the school say", "police intelligence suggests")."""
        return (
            holder.tag in ("NN", "NNS")
            and not self._names_person(holder)
            and (
                self.words.first_class(holder.word, "n") in _STATES_OF_SOMEONE
                or holder.word in self.prepared.trouble
            )
        )

    def _a_named_view_is(self, that_at) -> bool:
        """Before the "that" at ``that_at``: someone named's view, and "is" ("Dr Iqbal's
        opinion is that", "Gran's view was that"), or a view held, named by its holder ("his
        view that he is safe", "Mum's belief that")."""
        if that_at >= 2 and self._a_view(self.tokens[that_at - 1]):
            whose = self.tokens[that_at - 2]
            taken_up = next(
                (
                    t
                    for t in reversed(self.tokens[max(0, that_at - 6) : that_at - 2])
                    if t.tag.startswith("VB")
                ),
                None,
            )
            if taken_up is not None and self._verb_lemmas(taken_up.word) & {"share", "agree"}:
                return False  # "I share Mum's view that...": the writer's, taken up
            if whose.tag == "PRP$":
                return whose.word not in ("my", "our")
            if whose.tag == "POS" and that_at >= 3:
                holder = self.tokens[that_at - 3]
                return holder.word not in self.prepared.observers and not self._no_one_named(holder)
        if (
            that_at >= 5
            and [t.word for t in self.tokens[that_at - 3 : that_at - 1]] == ["of", "the"]
            and self._a_view(self.tokens[that_at - 1])
            and self._verb_lemmas(self.tokens[that_at - 4].word) & {"be"}
        ):
            # "Ms Quinn is of the view that...": hers, as its holder is the subject.
            holder = self._subject_before(that_at - 4)
            return (
                holder is not None
                and holder.word not in self.prepared.observers
                and not self._no_one_named(holder)
                and holder.word not in ("i", "we")
            )
        if that_at < 4 or not self._verb_lemmas(self.tokens[that_at - 1].word) & {"be"}:
            return False
        view = that_at - 2
        if self.tokens[view].word == ",":
            # Past an aside: "DC Rana's view, from her experience of interviewing children, is
            # that...".
            view = next(
                (
                    at - 1
                    for at in range(view - 1, max(0, view - _REACH), -1)
                    if self.tokens[at].word == ","
                ),
                0,
            )
        if view < 2 or not self._a_view(self.tokens[view]):
            return False
        if self.tokens[view - 1].tag != "POS":
            return False
        holder = self.tokens[view - 2]
        return (
            holder.word not in self.prepared.observers
            and holder.word not in _INDEFINITE | self.prepared.absolutes
            and not self._no_one_named(holder)
        )

    def _a_view(self, token) -> bool:
        return bool(self.words.with_lemmas(token.word, "n") & self.prepared.views)

    def _subject_starts(self, position) -> bool:
        """A clause with a subject of its own starts at ``position`` ("and Dad was rude"), not
        more of the one before ("and has never tried to", "or intention to end her life",
        "and that the baby was unwell", which the report still holds)."""
        if self.tokens[position].word == "that":
            return False
        if self.tokens[position].tag in ("WRB", "WP"):
            return True  # "and how you are not coping": a clause of its own
        at = position
        while at < len(self.tokens) and self.tokens[at].tag in ("DT", "PRP$", "JJ", "POS"):
            at += 1
        if at >= len(self.tokens) or self.tokens[at].tag not in (*_NOUN, "PRP"):
            return False
        following = self.tokens[at + 1 : at + 3]
        return any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in following)

    def said_of_someone(self, first, last=None) -> bool:
        """The judgement starting at token ``first`` is said of a person (or nobody named): not
        of a thing or a place ("the kitchen was a state"), nor of "it" when what it is called is
        no person ("it was a good visit")."""
        subject = self._head_of_subject(first)
        if (
            subject is not None
            and subject.word == "it"
            and last is not None
            and "noun.person" not in self.words.classes(self.tokens[last].word, "n")
        ):
            return False
        if (
            subject is not None
            and subject is self.tokens[0]
            and subject.tag == "NNP"
            and self.words.first_class(subject.word, "n") in self.prepared.concrete
            # "Mum": a flower first, in WordNet, but a mother too.
            and "noun.person" not in self.words.classes(subject.word, "n")
        ):
            return False  # "House was a mess": a thing, capitalised only to open the sentence
        verb_at = next(
            (
                p
                for p in range(first - 1, max(-1, first - 5), -1)
                if self.tokens[p].tag.startswith("VB")
            ),
            None,
        )
        if (
            verb_at
            and self.tokens[verb_at - 1].word in ("this", "that", "it")
            and last is not None
            and "noun.person" not in self.words.classes(self.tokens[last].word, "n")
        ):
            return False  # "I think this was an accident": what happened, called something
        nearest = self._subject_before(verb_at) if verb_at is not None else None
        if (
            nearest is not None
            and nearest.tag in ("NN", "NNS")
            and not self._names_person(nearest)
            and self.words.classes(nearest.word, "n") & self.prepared.concrete
        ):
            return False  # "home visit, house was a mess": the house, next to its verb
        return (
            subject is None
            or self._names_person(subject)
            or not (self.words.classes(subject.word, "n") & self.prepared.concrete)
        )

    def _names_person(self, token) -> bool:
        if token.word in TITLES:
            return True  # "when PC arrived": a police constable, not a computer
        if token.tag in ("NNP", "PRP"):
            return token.word not in ("it", "this", "that")
        if not self.words.known(token.word, "n"):
            # A word for someone WordNet does not list: "keyworker", "childminder", "carer",
            # "YP".
            return token.word in YOUNG_PERSON_SHORT or self.words.unlisted_person(token.word)
        return self.words.first_class(token.word, "n") == "noun.person" or bool(
            self.words.with_lemmas(token.word, "n") & self.prepared.person_words
        )

    def _head_of_subject(self, verb_at):
        """The first noun of the verb's clause: "her engagement" in "Her engagement with the
        GP is...", not "GP"."""
        start = self._clause_start(verb_at)
        if self.tokens[start].tag in ("IN", "RB", "WRB") or self.tokens[start].word == "given":
            # Past an opening phrase of where or when: "At the meeting on 4 May, Ms Kennedy
            # was..." is said of Ms Kennedy, not the meeting; "Given the history, the risk...".
            commas = [p for p in range(start, verb_at) if self.tokens[p].word == ","]
            if commas:
                start = commas[-1] + 1
            elif self.tokens[start].word in (*OPENINGS_OF_WHEN, "since", "because", "until"):
                # With no comma after a clause of when or why ("Since the twins were born in
                # 2024 Maisie has been jealous"): the subject is the one just before the verb.
                back = verb_at - 1
                while back > start and (
                    self.tokens[back].tag.startswith(("VB", "RB", "MD"))
                    or self.tokens[back].word in ("not", "n't")
                ):
                    back -= 1
                if back > start and self.tokens[back].tag in (*_NOUN, "PRP"):
                    return self.tokens[back]
            elif self.tokens[start].word in ("in", "at") and start + 3 < verb_at:
                # With no comma: "In my assessment the risk of harm is high".
                after = start + 1
                while after < verb_at and self.tokens[after].tag in ("DT", "PRP$", "JJ"):
                    after += 1
                if after + 1 < verb_at and self.tokens[after + 1].tag in ("DT", "PRP$", "NNP"):
                    start = after + 1
        found = next(
            (t for t in self.tokens[start:verb_at] if t.tag in (*_NOUN, "PRP")),
            None,
        )
        joined = next(
            (p for p in (start, start - 1) if 0 < p < verb_at and self.tokens[p].word == "and"),
            None,
        )
        if (
            found is None
            and joined is not None
            # (Not "and there is no risk": a subject of its own, if an empty one.)
            and not any(t.tag == "EX" for t in self.tokens[joined:verb_at])
        ):
            # "Ms Bamford does not see it as a priority and is content...": a verb joined to
            # the one before, with no subject of its own, shares that one's.
            return self._head_of_subject(joined)
        return found

    def _holder(self, verb_at):
        """Who holds the view or says it: the noun before the verb, past a phrase that hangs
        from it ("Staff at the nursery feel", "the nursing staff felt" after "At the hospital
        on 30 July,")."""
        back = verb_at - 1
        if back > 0 and self.tokens[back].word == "and":
            # A verb joined to the one before shares its subject: "The child wants support and
            # says they wish...".
            return self._head_of_subject(back)
        while back > 0 and (
            self.tokens[back].tag == "RB"
            or self.tokens[back].tag.startswith("VB")
            and self._verb_lemmas(self.tokens[back].word) & {"have", "do"}
        ):
            back -= 1  # "Dr Osei has said", "the school had also told me" (not "was told")
        while back >= 0:
            token = self.tokens[back]
            if token.tag in (*_NOUN, "PRP"):
                before = back - 1
                while before >= 0 and self.tokens[before].tag in ("DT", "JJ", "CD", "PRP$", *_NOUN):
                    if self.tokens[before].tag == "CD" and self.tokens[before + 1].tag == "DT":
                        break  # "on 3 October 2026 all agencies agreed": a new phrase, the date's
                    before -= 1
                if before >= 0 and self.tokens[before].tag == "IN" and before > 0:
                    back = before - 1  # the object of "at the nursery": go on back
                    continue
                return token
            if token.word == "," and self._apposition_before(back) is not None:
                back = self._apposition_before(back)  # "Dr Osei, the paediatrician, wrote"
                continue
            if (
                token.tag in ("VBN", "VBG")
                and back > 0
                and self.tokens[back - 1].tag in (*_NOUN, "PRP")
            ):
                back -= 1  # "Everyone involved with the family agrees": the phrase hangs from it
                continue
            if token.word in (",", ";", ":") or token.tag.startswith("VB"):
                return None
            back -= 1
        return None

    def _apposition_before(self, comma):
        """Where the noun before "Dr Osei, the paediatrician," is, when the comma at ``comma``
        closes a noun phrase set between commas after it; else None."""
        tokens = self.tokens
        opening = next(
            (p for p in range(comma - 1, max(-1, comma - 6), -1) if tokens[p].word == ","), None
        )
        if opening is None or opening == 0 or tokens[opening - 1].tag not in (*_NOUN, "PRP"):
            return None
        inside = tokens[opening + 1 : comma]
        if not inside or any(t.tag not in ("DT", "JJ", "POS", "PRP$", *_NOUN) for t in inside):
            return None
        return opening - 1

    def _subject_before(self, position):
        for back in range(position - 1, max(-1, position - 4), -1):
            token = self.tokens[back]
            if token.tag in (*_NOUN, "PRP"):
                return token
        return None

    # -- evidence --------------------------------------------------------------------------------

    def _yardstick(self, last) -> range:
        """The tokens of a comparison's "than..." after the judgement ending at ``last``, to the
        end of its clause: what it is measured against ("worse than the family are saying"),
        which shows nothing of it ("..., and she cried when I left" still does)."""
        tokens = self.tokens
        than = next((p for p in range(last + 1, len(tokens)) if tokens[p].word == "than"), None)
        if than is None:
            return range(0)
        end = next(
            (p for p in range(than + 1, len(tokens)) if tokens[p].word in (",", ";", ":", "(")),
            len(tokens),
        )
        return range(than, end)

    def sourced(self) -> bool:
        """The sentence gives a source: a quotation, a citation or a record."""
        text = self.text
        return bool(
            self.quotes
            or CITATION.search(text)
            or _AUTHOR_AND_YEAR.search(text)
            or REF.search(text)
            or self._cites_a_record()
            or self._a_record_shows()
        )

    def evidenced(self, first, last, strong_only, bodies_tell=True) -> bool:
        """Whether the sentence shows how its judgement (tokens first..last) is known, reading
        every word outside the judgement. With strong_only, behaviour and detail do not count:
        a frequency needs a count, a certainty needs what was perceived or said."""
        if self.sourced() or self._counted():
            return True
        tokens = self.tokens
        if (
            first is not None
            and tokens[first].tag.startswith("VB")
            and self._recorded_by_another(first)
        ):
            return True  # "the health visitor has recorded warm, attentive handling": hers
        if first is not None:
            last = self._with_its_complement(last)
        actions = things = 0
        # Nouns before the judgement are what it is about ("the kitchen" in "the kitchen was
        # dirty"), not detail that shows it.
        carrier_subject_end = first if first is not None else -1
        # What someone did shows the state of the one who did it: acts and things are read in
        # the judgement's own clause ("Mum was upset and cried"), not in another with a subject
        # of its own ("Gran told me about it, and Dad was rude"). Perception, quotes and counts
        # are read across the sentence.
        own_begin, own_end = (
            self._own_clause(first, last) if first is not None else (0, len(tokens))
        )
        since_clause = self._since_clause(last) if first is not None else range(0)
        if first is not None and any(
            tokens[p].word == "which" and p and tokens[p - 1].word == ","
            for p in range(max(0, first - 4), first)
        ):
            # "Mia lay quietly in a cot with no sheet..., which is unusual": the judgement is of
            # what the clause before it describes, and that is its evidence.
            carrier_subject_end, own_begin = -1, 0
        # What a comparison measures against ("worse than the family are saying", "more than
        # she admits") is its yardstick, not anything seen or said that shows the judgement.
        yardstick = self._yardstick(last) if first is not None else range(0)
        for index, token in enumerate(tokens):
            if index in yardstick or (
                first is not None and (first <= index <= last or index in since_clause)
            ):
                continue
            misread = self._a_noun_read_as_a_verb(index)
            if token.tag.startswith("VB") and not misread:
                if first is not None and self._their_body_did(index):
                    return True
                shown = self._act_shows(
                    index, token, first is not None, own_begin <= index < own_end, last
                )
                if shown and (
                    self._met_or_exposed(index, token) is not None or self._what_was_done(index)
                ):
                    # "Is meeting Kwame's needs": a verdict too, not what was seen; "a direct
                    # result of what he saw in Iraq": what was seen, unsaid, only named.
                    shown = 0
                if (
                    shown
                    and first is not None
                    and self._told_by_no_one(index, first, last, bodies_tell)
                ):
                    shown = 0  # "Everybody says that...": told by no one a reader could ask
                if (
                    shown == _SHOWN
                    and first is not None
                    and index < first <= index + 3
                    and not any(t.tag in (",", ":", ".") for t in tokens[index + 1 : first])
                    and not self._recorded_by_another(index)
                ):
                    # "I saw Mum neglecting the baby": what was seen is the verdict itself, so
                    # what was seen is still to be told.
                    shown = 0
                if shown == _SHOWN or shown and self._while_the_writer_was_there(index):
                    # ("When I visited on 15 October, Callum was sitting on her knee": done
                    # while the writer was there, so seen.)
                    return True
                if shown and first is not None and self._takes_as_complement(index, first):
                    # "All agreed Ruby is at risk", "have raised concerns", "seemed
                    # disengaged": the verb whose complement is the judgement carries it; it
                    # is not something else seen that shows it.
                    shown = 0
                actions += shown
            elif (
                # Something one could see or touch, unless it is first an idea ("plan"). A name
                # is never the detail ("Sam" is also a missile in WordNet).
                (token.tag in ("NN", "NNS") or misread)
                and index > carrier_subject_end
                and own_begin <= index < own_end
                and self.words.classes(token.word, "n") & self.prepared.concrete
                # Nor a time ("this term") or a degree ("a lot"), whatever else WordNet has them.
                and not self._a_time(index)
                # Nor a link named ("a sign of stress", "the root of it"): no thing seen.
                and token.word not in self.prepared.effect_nouns | self.prepared.causal_nouns
                and not (index and [tokens[index - 1].word, token.word] in _BY_A_DEGREE)
                # Nor a person, whom a rare sense makes a thing ("mother" of vinegar, "mums").
                and self.words.first_class(token.word, "n")
                not in (*self.prepared.abstract, "noun.person", "noun.group", "noun.event")
                and not self._names_person(token)
                # Nor where someone went ("on the phone to the office"): a place, not detail
                # of what was seen.
                and not self._whither(index)
                # Nor the object folded into a doing ("sofa surfing", "drug dealing"): what
                # is named is the doing, not a thing seen.
                and not (
                    index + 1 < len(tokens) and tokens[index + 1].tag == "VBG" and token.tag == "NN"
                )
            ):
                things += 1
        # Specific enough to weigh: two things described (an action and what it was done with,
        # two actions, or several concrete things). One alone ("in the kitchen", "sat down") is
        # only where or that something happened.
        return not strong_only and actions + things >= 2

    def _while_the_writer_was_there(self, index) -> bool:
        """The sentence opens with a clause of when the writer came or was with them ("When I
        visited her flat on 15 October,", "As I arrived,", "During my visit,"), and the verb at
        ``index`` is past it: what was done then was done in front of the writer. Not by
        telephone or letter ("When I phoned her"), which sees nothing."""
        tokens = self.tokens
        if len(tokens) < 4 or tokens[0].word not in (*OPENINGS_OF_WHEN, "during", "on", "at"):
            return False
        # (The opening ends at its comma, or, with none, at the next one done anything: "During
        # my visit on 4 May she fed the baby".)
        comma = next(
            (at for at, t in enumerate(tokens) if t.word == ","),
            next((at - 1 for at, t in enumerate(tokens) if at > 2 and t.tag == "PRP"), None),
        )
        if comma is None or index <= comma or tokens[index - 1].word in FIRST_PERSON:
            return False
        if tokens[0].word in ("during", "on", "at"):
            # "During my visit": the writer's own visit, a verb's name.
            return tokens[1].word in ("my", "our") and any(
                "verb.social" in self.words.classes(t.word, "v")
                or "verb.motion" in self.words.classes(t.word, "v")
                for t in tokens[2:comma]
                if t.tag in ("NN", "NNS")
            )
        verb = tokens[2] if tokens[1].word in ("i", "we") else None
        return (
            verb is not None
            and verb.tag == "VBD"
            and self.words.first_class(verb.word, "v") in ("verb.social", "verb.motion")
            and not self._verb_lemmas(verb.word) & self.prepared.channels
        )

    def _what_was_done(self, index) -> bool:
        """The verb at ``index`` is in "what he saw", "whatever she did": named, not told."""
        tokens = self.tokens
        return (
            index >= 2
            and tokens[index - 2].word in ("what", "whatever")
            and tokens[index - 1].tag in ("PRP", "NNP")
        )

    def _cites_a_record(self) -> bool:
        """A record named in brackets with its date or number: "(Lakeside Testing report,
        22/06/2026)", "(police log 0412)". A record cited is how the fact is known."""
        for match in _BRACKETED.finditer(self.text):
            inside = match.group(1)
            if not (WHEN.search(inside) or FIGURE.search(inside)):
                continue
            inside_tokens = [
                (n, t) for n, t in enumerate(self.tokens) if match.start() < t.start < match.end()
            ]
            if any(t.tag == "PRP$" for _n, t in inside_tokens):
                continue  # "(my case note, 4 May)": the writer's own, no record of another's
            if any(t.word == "dated" for _n, t in inside_tokens) and WHEN.search(inside):
                return True  # "(PNC check dated 2 November)": only a record is dated
            if any(
                t.tag in ("NN", "NNS")
                and self.words.first_class(t.word, "n") == "noun.communication"
                # Whose record, named before it: "Lakeside Testing report", "police log", "the
                # psychologist's report", "child protection medical report".
                and n
                and self.tokens[n - 1].tag in (*_NOUN, "POS", "JJ")
                and match.start() < self.tokens[n - 1].start
                for n, t in inside_tokens
            ):
                return True
        return False

    def _counted(self) -> bool:
        """A count, a measure or how long something went on ("for the past 18 months"), or how
        often since when; when it happened (a date, a year, a time) shows nothing."""
        undated = _SPAN.sub(_blank, WHEN.sub(_blank, self.text))  # each word where it was
        return (
            any(
                not self._counts_people(figure)
                and not _an_age(undated, figure)
                and not self._measures_nothing(figure)
                and not self._a_reference(figure)
                and not self._a_kind_by_length(undated, figure)
                and not self._a_place_on_a_scale(undated, figure)
                and not self._time_ahead(undated, figure)
                for figure in FIGURE.finditer(undated)
            )
            or self._kept_up_since()
        )

    def _time_ahead(self, undated, figure) -> bool:
        """ "Within two years he won't be able to...", "SW to see Amara within 24 hours": a
        forecast's or a plan's time frame, no count."""
        return (
            any(t.word in _WILL for t in self.tokens)
            # A plan's step: who, then "to" and what they will do ("SW to see Amara").
            or any(
                t.word == "to"
                and 0 < n < len(self.tokens) - 1
                and self.tokens[n - 1].tag in _NOUN
                and self.tokens[n + 1].tag == "VB"
                for n, t in enumerate(self.tokens)
            )
        ) and (_AHEAD.search(undated, max(0, figure.start() - 30), figure.start()) is not None)

    @cached_property
    def _the_writers_score(self) -> bool:
        """The sentence gives the writer's own place on a scale (read once, for every figure)."""
        return any(
            token.tag.startswith("VB") and self._scaled(at, token)
            for at, token in enumerate(self.tokens)
        )

    def _a_place_on_a_scale(self, undated, figure) -> bool:
        """Where a scale is spoken of, a score ("7/10", "2 out of 10", "at a 7") is the
        rating, not a count of anything."""
        if "scal" not in undated.lower() and _A_SCORE.search(undated) is None:
            return False
        if _A_SCORE_GIVEN.match(undated, figure.start()):
            return True
        # The whole score, when it is the writer's own rating ("I would put this family at a
        # 7"); someone else's ("Kai scaled his worry at 8") is what they told.
        return self._the_writers_score and any(
            match.start() <= figure.start() < match.end()
            for pattern in (_A_SCORE_GIVEN, _ON_A_SCALE)
            for match in pattern.finditer(undated)
        )

    def _kept_up_since(self) -> bool:
        """ "Every weekend since August", "each Tuesday since the summer": how often, and for how
        long, which is a count a reader could check."""
        tokens = self.tokens
        for at, token in enumerate(tokens[:-1]):
            if token.word not in ("every", "each"):
                continue
            if (
                any(
                    self.words.first_class(unit.word, "n") == "noun.time"
                    or self.words.first_class(unit.word.removesuffix("s"), "n") == "noun.time"
                    for unit in tokens[at + 1 : at + 3]  # "every school holiday"
                )
                and any(t.word == "since" for t in tokens[at + 2 : at + 9])
            ):
                return True
        return False

    def _a_kind_by_length(self, undated, figure) -> bool:
        """ "The two-year check", "the 28-week scan": a length that names a kind of check, not a
        measure; "a three-month delay", "a two-week gap" still measure a time or a span."""
        length = _A_KIND_BY_LENGTH.match(undated, figure.end())
        if length is None:
            return False
        noun = next(
            (t for t in self.tokens if t.start >= length.end() - 1 and t.tag not in _ADJECTIVE),
            None,
        )
        return noun is not None and self.words.first_class(noun.word, "n") not in (
            "noun.time",
            "noun.attribute",
            "noun.quantity",
        )

    def _a_record_shows(self) -> bool:
        """ "Probation records show", "the GP's letter confirms": whose record, the record, and a
        verb of what it tells. A record named is how the fact is known."""
        tokens = self.tokens

        def verb_after(n):
            """Past the record's date ("the report of 4 March says"), where its verb is."""
            if n + 1 < len(tokens) and tokens[n + 1].word == "of":
                after = n + 2
                while after < len(tokens) and (
                    tokens[after].tag in ("CD", "NNP", "DT") or tokens[after].word.isdigit()
                ):
                    after += 1
                if (
                    after > n + 2
                    and after < len(tokens)
                    and (
                        tokens[after].tag.startswith("VB")
                        # ("...of 14 February places him there": the tagger's plural noun.)
                        or tokens[after].tag == "NNS"
                        and self.words.known(tokens[after].word, "v")
                    )
                ):
                    return after - 1
            return n

        return any(
            tokens[n].tag in ("NN", "NNS")
            and self.words.first_class(tokens[n].word, "n") == "noun.communication"
            and tokens[n - 1].tag in (*_NOUN, "POS")
            and (
                tokens[verb_after(n) + 1].tag.startswith("VB")
                # "Records show he...": the tagger may read the verb as a noun.
                or verb_after(n) + 2 >= len(tokens)
                or tokens[verb_after(n) + 2].tag in ("PRP", ".")
                or tokens[verb_after(n) + 2].word == "that"
            )
            # A verb of telling, showing or establishing ("show", "state", "confirm"): a record
            # can do nothing else.
            and self._tells_as_a_record(verb_after(n) + 1)
            for n in range(1, len(tokens) - 1)
            if verb_after(n) + 1 < len(tokens)
        )

    def _tells_as_a_record(self, verb_at) -> bool:
        """A verb of telling, showing or establishing, in its first sense, or in any sense with
        what it tells after it in a record dated: "the letter of 4 November supports their
        account" (not "her father's shouting made her anxious")."""
        verb = self.tokens[verb_at].word
        told = (*self.prepared.reporting, *self.prepared.perception, "verb.cognition")
        if self.words.first_class(verb, "v") in told:
            return True
        after = self.tokens[verb_at + 1] if verb_at + 1 < len(self.tokens) else None
        return (
            after is not None
            # ("...places him at the address": whom it tells of.)
            and (after.word == "that" or after.tag in ("PRP$", "DT", "PRP"))
            and ON_A_DAY.search(self.text) is not None
            and bool(self.words.classes(verb, "v") & {"verb.cognition", "verb.communication"})
        )

    def _takes_as_complement(self, verb_at, first) -> bool:
        """The judgement starting at ``first`` is what the verb at ``verb_at`` takes: its object,
        its clause or its description, with nothing between them but what opens a phrase
        ("all agreed Ruby is", "raised concerns", "seemed disengaged")."""
        opening: tuple[str, ...] = ("DT", "PDT", "JJ", "RB", "PRP$", "IN", "TO")
        if self.words.first_class(self.tokens[verb_at].word, "v") in _MIND | {"verb.communication"}:
            holder = self._holder(verb_at)
            if holder is not None and not (
                holder.word in ("all", "it", "everyone", "everybody", "people")
                # Many people: "professionals agree" (the tagger may read "Professionals" as a
                # name; WordNet knows it as a plural).
                or "noun.person" in self.words.classes(holder.word, "n")
                and (
                    holder.tag in ("NNS", "NNPS")
                    or holder.word not in self.words.lemmas(holder.word, "n")
                )
            ):
                return False  # "the school reported that...": a source, named
            opening += ("PRP", *_NOUN)  # a clause's subject: "agree that the family are"
            # ...and, of no one at all, its linking verb: "everyone said that Mum is a good mum"
            # ("her teachers said that Noah is a delight" tells whose words they are).
            crowd = holder is not None and holder.word in ("all", "everyone", "everybody", "people")
            linking = self.prepared.linking if crowd else frozenset()
        else:
            linking = frozenset()
        between = self.tokens[verb_at + 1 : first]
        if between and between[-1].word == "to" and self.tokens[first].word == "be":
            # "Found the children to be at risk", "considered him to be": the verb judges its
            # object to be so, and shows nothing of it.
            opening += ("PRP", *_NOUN)
        return (
            verb_at < first
            and len(between) <= 5
            and all(t.tag in opening or self._verb_lemmas(t.word) & linking for t in between)
        )

    def _their_body_did(self, verb_at) -> bool:
        """ "Her hands were shaking", "his face went red": what someone's body did or looked
        like is what was seen of them."""
        start = self._clause_start(verb_at)
        # The nearest subject before the verb ("so her family will not help": the family).
        subject = self._subject_before(verb_at)
        return (
            subject is not None
            and subject.tag in ("NN", "NNS")
            and "noun.body" in self.words.classes(subject.word, "n")
            and any(t.tag == "PRP$" for t in self.tokens[start:verb_at])
            and self.words.first_class(self.tokens[verb_at].word, "v") not in _MIND
        )

    def _whither(self, index) -> bool:
        """The noun at ``index`` ends a phrase of where to ("to the office"; not "according to
        the police national computer", which names a source)."""
        back = index - 1
        while back >= 0 and self.tokens[back].tag in ("DT", "PRP$", "JJ", "NN", "POS"):
            back -= 1
        return (
            back >= 0
            and self.tokens[back].word == "to"
            and not (back and self.tokens[back - 1].word in ("according", "due"))
        )

    def _a_reference(self, figure) -> bool:
        """ "Reg 44", "section 47", "s47": the number of a rule or a part of a document, which
        names it, not how much of anything there was."""
        return names_a_part(self.text, figure.start(), self.prepared.references)

    def _measures_nothing(self, figure) -> bool:
        """A figure that is no count or measure: an officer's number after a title ("PC 4471
        attended"), a time or an age after "at" with no unit ("at 4.40pm", "At eleven, she..."),
        or people already spoken of, counted again ("the older two", "all three")."""
        index = next((n for n, t in enumerate(self.tokens) if t.start >= figure.start()), None)
        if index is None or self._a_noun_follows(index):
            return False
        before = index - 1
        while before > 0 and self.tokens[before].word in _OF_AN_AGE:
            before -= 1  # "the older two"
        word = self.tokens[before].word if index else ""
        if before == index - 1:
            # ("Scaled his worry at 8": a score, which _a_place_on_a_scale reads.)
            at_a_time = word == "at" and "scal" not in self.text.lower()
            return word in TITLES or word in ("all", "both") or at_a_time
        return word in ("the", "these", "those")  # ("the last two" counts occasions)

    def _a_noun_follows(self, index) -> bool:
        """A noun comes after the figure at ``index``, past any adjectives: what it counts."""
        after = index + 1
        if after < len(self.tokens) and self.tokens[after].word in ("st", "nd", "rd", "th"):
            after += 1  # "the 2nd centile"
        while after < len(self.tokens) and self.tokens[after].tag in _ADJECTIVE:
            if "-" in self.tokens[after].word and self.tokens[after].word.endswith("s"):
                return True  # "call-outs", "step-brothers": plurals the tagger misreads
            after += 1
        return after < len(self.tokens) and self.tokens[after].tag in ("NN", "NNS")

    def _counts_people(self, figure) -> bool:
        """ "Three children", "two older brothers", "his two step-brothers", "two sets of
        children": how many people there are, which is who is spoken of, not how often or how
        much anything happened."""
        after = next((t for t in self.tokens if t.start >= figure.end()), None)
        while (
            after is not None
            and after.tag in _ADJECTIVE
            and not ("-" in after.word and after.word.endswith("s"))
        ):
            after = next((t for t in self.tokens if t.start > after.start), None)
        following = next((t for t in self.tokens if after and t.start > after.start), None)
        if following is not None and (
            following.tag in ("NNS", "NN")
            # "call-outs", a plural the tagger misreads; not "full-time".
            or following.tag == "JJ"
            and "-" in following.word
            and following.word.endswith("s")
        ):
            after = following  # "six police call-outs": the head noun is what is counted
        if after is None:
            return False
        head = after.word
        if "-" in head and not self.words.known(head, "n"):
            head = head.rpartition("-")[2]  # "step-brothers": brothers
        kind = self.words.first_class(head, "n")
        if kind in ("noun.group", "noun.quantity"):
            # "Two sets of children", "two pairs of twins": the people, in groups.
            position = next(n for n, t in enumerate(self.tokens) if t is after)
            people = [t for t in self.tokens[position + 1 : position + 4] if t.tag in _NOUN]
            if (
                position + 1 < len(self.tokens)
                and self.tokens[position + 1].word == "of"
                and people
                and self._names_person(people[0])
            ):
                return True
        return (
            (after.tag in ("NNS", "NN") or head != after.word)
            and kind in ("noun.person", "noun.group")
            and not (
                # Not what happens and is attended: "12 sessions", "3 meetings" count occasions.
                self.words.classes(head, "n") & {"noun.act", "noun.event", "noun.time"}
            )
        )

    def _with_its_complement(self, last) -> int:
        """The judgement's last token, past what a description that is not a feeling takes
        after "with": in "consistent with falling against the table" the fall is what the
        bruise is judged against, not what shows it ("angry with him" ends there)."""
        tokens = self.tokens
        word = tokens[last]
        if (
            last + 1 < len(tokens)
            and tokens[last + 1].word == "and"
            and any(
                [tokens[p].word, tokens[p + 1].word] in _NAMES_A_CAUSE
                for p in range(max(0, last - 6), last)
            )
        ):
            # "Is down to the long winters and being cut off from town": every cause named is
            # the claim, none of them what shows it.
            end = last + 1
            while end + 1 < len(tokens) and tokens[end + 1].word not in (",", ";", ":"):
                end += 1
            return end
        # What an understanding is of is not what shows it: "no insight into how the fighting
        # impacts the kids".
        of_the_mind = (
            last + 1 < len(tokens)
            and word.tag in ("NN", "NNS")
            and tokens[last + 1].word in ("into", "of", "about")
            and self.words.first_class(word.word, "n") == "noun.cognition"
        )
        if not of_the_mind and (
            last + 1 >= len(tokens)
            or word.tag not in _ADJECTIVE
            # What a feeling is about is not what shows it: "anxious about returning home".
            or not (
                tokens[last + 1].word == "with"
                and not self.words.names_feeling(word.word)
                or tokens[last + 1].word == "about"
                and self.words.names_feeling(word.word)
            )
        ):
            return last
        end = last + 1
        while end + 1 < len(tokens) and not (
            tokens[end + 1].word in (",", ";", ":", "because") or tokens[end + 1].tag == "CC"
        ):
            end += 1
        return end

    def _claimed_as_an_effect(self, index) -> bool:
        """The verb at ``index`` is in what a cause is said to bring about: after "the reason"
        or "why" in the same clause ("the main reason she has started smoking cannabis")."""
        for back in range(index - 1, max(-1, index - 6), -1):
            word = self.tokens[back].word
            if word in (",", ";", ":", "and", "but"):
                return False
            if word in ("reason", "reasons") and (
                back == 0 or self.tokens[back - 1].word not in ("no", "any")
            ):
                return True  # (not "for no reason he punched his brother")
            if word == "why":
                return True
        return False

    def _no_doing_here(self, index, token) -> bool:
        """The verb at ``index`` tells nothing done: a noun the tagger read as a verb ("her poor
        sleep"), or what is foretold ("will be running the paperwork"); or a verb that links a
        description ("felt that", "looked upset"), never evidence."""
        tokens = self.tokens
        if self._verb_lemmas(token.word) & (
            self.prepared.light | self.prepared.appearance | self.prepared.linking
        ):
            return True
        if self._a_noun_read_as_a_verb(index):
            return True
        return self._after_will(index) or (
            index >= 2
            and tokens[index - 1].word == "be"
            and token.tag == "VBG"
            and self._after_will(index - 1)
        )

    def _a_noun_read_as_a_verb(self, index) -> bool:
        """ "Her poor sleep", "its own lock": a base form after a possessive (and a description)
        is the noun the tagger read as a verb."""
        tokens = self.tokens
        return (
            tokens[index].tag in ("VB", "VBP")
            and index > 0
            and (
                tokens[index - 1].tag == "PRP$"
                or index > 1
                and tokens[index - 1].tag == "JJ"
                and tokens[index - 2].tag == "PRP$"
            )
        )

    def _recorded_by_another(self, index) -> bool:
        """The verb at ``index`` records or reports, and its subject is someone other than the
        writer: "the health visitor has recorded warm, attentive handling" is hers, sourced (a
        perception is not: "I saw Mum neglecting the baby" still needs what was seen)."""
        if not self._verb_lemmas(self.tokens[index].word) & RECORDING:
            return False
        subject = self._subject_before(index)
        return (
            subject is not None
            and subject.word not in ("i", "we")
            and subject.word not in self.prepared.observers
            and self._names_person(subject)
        )

    def _act_shows(self, index, token, judged: bool, in_own_clause: bool, last=None):
        """What the verb at ``index`` shows of the judgement: _SHOWN for a perception or what
        someone told the writer; else its weight as an act described (0, 1 or 2)."""
        lemmas = self._verb_lemmas(token.word)
        if self._no_doing_here(index, token):
            return 0
        # "Exposure to spoken English", "a written agreement": a kind of thing, not anything
        # perceived or told.
        attributive = (
            token.tag in ("VBN", "VBD")
            and 0 < index < len(self.tokens) - 1
            and self.tokens[index + 1].tag in ("NN", "NNS", "NNP")
            and self.tokens[index - 1].tag in ("DT", "TO", "IN", "JJ", "PRP$", "POS")
        )
        if (
            not attributive
            and self.words.classes(token.word, "v") & self.prepared.perception
            and self._perceived(index)
            # (Not a view in the passive: "is considered to be", "is seen as", which says what
            # someone unnamed thinks of them.)
            and not (token.tag == "VBN" and self._a_view_after(index))
        ):
            return _SHOWN
        said_after = judged and last is not None and index > last and self._says_what(index)
        if in_own_clause and not attributive and (self._told_the_writer(index) or said_after):
            # In the judgement's own clause: "..., as she told me"; "was upset and said she could
            # not cope": what the one judged said, in their words or near them.
            return _SHOWN
        if (
            index + 1 < len(self.tokens)
            and self.tokens[index + 1].word == "that"
            and not self._saying(index)
        ):
            return 0  # "showed that he is...": a claim that something is so, not an act seen
        doer = next((t for t in reversed(self.tokens[:index]) if t.tag != "RB"), None)
        if (
            doer is not None
            and token.tag in ("VBN", "VBD", "JJ")
            and self._verb_lemmas(doer.word) & (self.prepared.appearance | self.prepared.linking)
        ):
            return 0  # "seemed disengaged", "was reported": a state or a passive, not an act
        if self._no_act_of_theirs(index, token, doer) or self._claimed_as_an_effect(index):
            return 0  # (and "...are the main reason she has started smoking": what is claimed)
        # A verb whose commonest sense is a verdict ("engaging") is not an act described,
        # unless what it was done to is a thing in hand: "held her sister's hand" is touch.
        first_sense = self.words.first_class(token.word, "v")
        if first_sense in self.prepared.conduct and not self._handled(index):
            return 0
        if (
            not in_own_clause
            or self._done_to(index)
            or not self._has_doer(index)
            or (self._habitual(index) and not self._a_worry_about(index))
        ):
            return 0
        if lemmas & self.prepared.channels:
            return 0  # "telephoned the office": that a message went, not how
        if (
            token.tag == "VBG"
            and index
            and self.tokens[index - 1].word in ("for", "of", "at", "in")
        ):
            # "Too small for raising a family": a doing named, not one done; unless it is a
            # thing ("piles of washing").
            return int(bool(self.words.classes(token.word, "n") & self.prepared.concrete))
        if self._a_doing_as_object(index) or self._abstract_object(index, _OF_THE_MIND):
            # "Is hiding the drinking": what was done to a doing, not a thing seen; "is
            # processing his trauma", "managing her anxiety": to a state of mind, which no one
            # can see done.
            return 0
        if first_sense == "verb.communication" and self._abstract_object(index):
            # "Minimised the concerns", "discussed the plan": that something was said about a
            # matter, not what; the words said would show it.
            return 0
        if first_sense in self.prepared.expressive and judged:
            # "was smiling", "cried": the state shown, as it was seen, in the judgement's own
            # clause (a neighbouring sentence may be about someone else).
            return 2
        if first_sense in self.prepared.behaviour or (
            self.words.classes(token.word, "v") & self.prepared.behaviour
        ):
            # An act, and what it was done to: "showed me his drawings".
            return 2 if self._has_object(index) else 1
        return 0

    def _a_view_after(self, index) -> bool:
        """ "To be" or "as" after the participle at ``index``: "is considered to be", "is seen
        as", a view someone holds of them."""
        following = [t.word for t in self.tokens[index + 1 : index + 3]]
        return following == ["to", "be"] or following[:1] == ["as"]

    def _handled(self, index) -> bool:
        """The verb at ``index`` has a sense of touch and its object is a body, a thing or a
        person ("held her sister's hand", "held the baby"): the touch was done, though the
        verb's commonest sense is a state ("hold a view"). (Not a feeling caused: "scared the
        kids".)"""
        word = self.tokens[index].word
        if self.words.first_class(word, "v") != "verb.stative" or "verb.contact" not in (
            self.words.classes(word, "v")
        ):
            return False
        for at in range(index + 1, min(index + 6, len(self.tokens))):
            token = self.tokens[at]
            if token.tag in ("DT", "PRP$", "JJ", "CD", "POS") or (
                at + 1 < len(self.tokens) and self.tokens[at + 1].tag == "POS"
            ):
                continue  # "her sister's": whose it is, not what was held
            return token.tag in ("NN", "NNS") and self.words.first_class(token.word, "n") in (
                *_OF_THE_BODY,
                "noun.person",
            )
        return False

    def _no_act_of_theirs(self, index, token, doer) -> bool:
        """The verb tells no act of the one judged: the writer's own ("When I met the
        grandparents"), a cause at work ("this is what is driving him away"), or a description
        of a noun ("his repeated non-attendance")."""
        return (
            (doer is not None and doer.word in self.prepared.observers)
            or self._done_by_no_one(index)
            or token.tag in ("VBN", "VBD")
            and self._describes_a_noun(index)
            or token.tag == "VBG"
            and self._a_doing_named(index)
        )

    def _a_doing_named(self, index) -> bool:
        """ "The risk of Mr Ward harming the children": a doing named after "of", not one
        seen."""
        back = index - 1
        while back > 0 and self.tokens[back].tag in ("NNP", "PRP", "PRP$", "DT", "NN"):
            back -= 1
        # (After a noun: "the risk of", not "spent most of it drawing", which is what he did.)
        # Or what someone is said to be in: "known to be involved in drug dealing".
        return (
            0 < back < index - 1
            and self.tokens[back].word == "of"
            and self.tokens[back - 1].tag in ("NN", "NNS")
        ) or (
            0 < back < index
            and self.tokens[back].word == "in"
            and self.tokens[back - 1].tag in ("VBN", "JJ")
            and bool(self._verb_lemmas(self.tokens[back - 1].word) & {"involve", "engage"})
        )

    def _describes_a_noun(self, index) -> bool:
        """The participle at ``index`` stands between someone's or a determiner and a noun,
        as a description of it: "his repeated missed appointments"."""
        at = index - 1
        while at > 0 and self.tokens[at].tag in ("JJ", "VBN", "VBD", "RB"):
            at -= 1
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return (
            at >= 0
            and at < index
            and self.tokens[at].tag in ("PRP$", "POS")
            and following is not None
            and following.tag in ("NN", "NNS", "JJ", "VBN", "VBD")
        )

    def _done_by_no_one(self, index) -> bool:
        """The verb's subject, just before it and its auxiliaries, is a pointer to something
        told ("what", "this", "which", "it"), not a person."""
        at = index - 1
        while at > 0 and (
            self.tokens[at].tag == "RB" or self._verb_lemmas(self.tokens[at].word) & _AUXILIARIES
        ):
            at -= 1
        return (
            at >= 0 and at < index - 1 and self.tokens[at].word in ("what", "this", "which", "it")
        )

    def _habitual(self, index) -> bool:
        """What someone is said to do as a rule, not an act anyone saw: the simple present ("a
        good mum who puts her children first", "plays staff off against each other"); or an
        act that did not happen, denied or under a modal ("cannot handle three children",
        "won't let us in")."""
        tokens = self.tokens
        before = [t for t in tokens[max(0, index - 3) : index] if t.tag != "RB" or t.word in _NOT]
        if any(t.tag == "MD" or t.word in _NOT for t in before[-2:]):
            return True
        if index and tokens[index - 1].tag == "TO":
            return True  # "the capacity to put Ellie first": a capacity or an aim, not an act
        if self._present(index) and not self._verb_lemmas(tokens[index].word) & {"be", "have"}:
            return True
        causing = self._causing(index)
        return causing is not None and self._habitual(causing)

    def _present(self, index) -> bool:
        """A verb in the simple present: what someone does as a rule."""
        tokens = self.tokens
        if tokens[index].tag in ("VBZ", "VBP"):
            return True
        # The tagger reads a present verb after a plural as its base ("when staff ask", "a
        # couple who always put the children first").
        back = index - 1
        while back > 0 and tokens[back].tag == "RB":
            back -= 1
        return (
            tokens[index].tag == "VB" and back >= 0 and tokens[back].tag in (*("NNS", "PRP", "WP"),)
        )

    def _causing(self, index) -> int | None:
        """The verb that lets or makes the one at ``index`` happen ("won't let Mum speak"),
        whose tense and negation it takes: an act not let happen was not seen."""
        if self.tokens[index].tag != "VB":
            return None
        position = index - 1
        while position > 0 and self.tokens[position].tag in (
            *_NOUN,
            "PRP",
            "PRP$",
            "DT",
            "JJ",
        ):
            position -= 1  # "won't let his wife speak"
        if position < index - 1 and self._verb_lemmas(self.tokens[position].word) & _CAUSING:
            return position
        return None

    def opens_with_someone(self) -> bool:
        """The sentence's first noun or pronoun, its subject, is a person other than the writer
        ("Ms Patel told me..."; not "Police attended...", "On my visits the kitchen...")."""
        # (Past a date's month: "On 3 May I saw...".)
        subject = next(
            (
                t
                for t in self.tokens
                if t.tag in (*_NOUN, "PRP") and self.words.first_class(t.word, "n") != "noun.time"
            ),
            None,
        )
        if subject is not None and subject.tag in ("NN", "NNS"):
            subject = self.head_of_phrase(subject)  # "The housing officer": an officer
        return (
            subject is not None
            and subject.word not in ("i", "we")
            and self._names_person(subject)
            and self.words.first_class(subject.word, "n") != "noun.group"
            and not self._a_record_of_theirs(subject)
        )

    def _a_record_of_theirs(self, subject) -> bool:
        """The subject is something someone wrote or recorded, said with whose it is: "Her
        consultant psychiatrist's letter of 22 October confirms...", "Joel's school report"
        (a record, dated, not a person's word)."""
        at = self._index_of(subject)
        head = None
        for token in self.tokens[at:]:
            if token.tag in ("NN", "NNS", "NNP"):
                head = token
            elif token.tag not in ("PRP$", "POS", "JJ"):
                break
        # (A relative's message is their word, not a record: "His sister's message on 3 May
        # said that she loves him".)
        relatives = self.words.person_nouns_under(("relative",))
        return (
            head is not None
            and head is not subject
            and (
                self.words.first_class(head.word, "n") == "noun.communication"
                # ("The school's office log", whose commonest sense is a tree's.)
                or bool(set(self.words.lemmas(head.word, "n")) & RECORDING)
            )
            and not any(t.word in relatives for t in self.tokens[at : self._index_of(head)])
        )

    def subject_past_an_opening(self):
        """The sentence's first person, thing or verb past an opening phrase of where or when:
        "he" in "In our session he said...", "On 3 March she told me" (a month is no one)."""
        tokens = self.tokens
        start = 0
        comma = next((at for at, t in enumerate(tokens) if t.word == ","), None)
        if (
            tokens
            and tokens[0].word in OPENINGS_OF_WHEN
            and comma is not None
            and comma + 1 < len(tokens)
            and tokens[comma + 1].tag in ("PRP", "NNP")
        ):
            # "When Riley came home during my visit, she hugged him": the clause of when has
            # its own subject; the sentence's is after it.
            start = comma + 1
        elif tokens and tokens[0].tag == "IN":
            start = 1
            dates = [(m.start(), m.end()) for m in WHEN.finditer(self.text)]
            while start < len(tokens) and (
                # ("On my visit on 14 October he...": one phrase of when after another.)
                tokens[start].tag in ("DT", "PRP$", "JJ", "CD", "NN", "IN")
                or any(a <= tokens[start].start < b for a, b in dates)
            ):
                if (
                    tokens[start].tag == "DT"
                    and any(a <= tokens[start - 1].start < b for a, b in dates)
                    and not any(a <= tokens[start].start < b for a, b in dates)
                ):
                    break  # "During my visit on 13 October the kitchen worktop held...": its own
                start += 1
            start += start < len(tokens) and tokens[start].word == ","
        return next(
            (
                token
                for token in tokens[start:]
                if token.tag in ("PRP", "PRP$", "NNP", "NN", "NNS") or token.tag.startswith("VB")
            ),
            None,
        )

    def judged_person(self, first):
        """Whom the judgement at ``first`` is of: its subject, or the owner of a doing or state
        of theirs ("Kayla's behaviour")."""
        judged = self._head_of_subject(first) if first is not None else None
        if judged is not None and not self._names_person(judged):
            judged = self._whose(judged) or judged
        return judged

    def tells_of_them(self, judged) -> bool:
        """Someone tells or reports, on a day, that the person judged did or does something:
        "Ms Whitcombe told me on 14 November that he now spends...", "His head of year reports
        that Ellis has dropped out of football"."""
        if judged is None:
            return False
        that = next(
            (
                at
                for at, t in enumerate(self.tokens)
                if t.word == "that"
                and at
                and any(
                    u.tag.startswith("VB")
                    and (
                        # A verb with any sense of telling ("wrote on 24 October that"), or
                        # "a note showing that...".
                        "verb.communication" in self.words.classes(u.word, "v")
                        or self._verb_lemmas(u.word) & {"show"}
                    )
                    for u in self.tokens[max(0, at - 8) : at]
                )
                # Or a record, and what it holds after a colon: "has kept a log since 14
                # September: Kai has come to all eleven sessions".
                or t.word == ":"
                and any(
                    u.tag in ("NN", "NNS")
                    and "noun.communication" in self.words.classes(u.word, "n")
                    for u in self.tokens[max(0, at - 8) : at]
                )
            ),
            None,
        )
        if that is None or that + 1 >= len(self.tokens):
            return False
        # Its subject, past an opening phrase of when: "that after four contacts Kayla
        # refused her tea".
        subject = next(
            (
                t
                for n, t in enumerate(self.tokens[that + 1 : that + 12], that + 1)
                if t.tag in ("NNP", "PRP")
                and self.words.first_class(t.word, "n") != "noun.time"  # not "Saturday"
                and n + 1 < len(self.tokens)
                and self.tokens[n + 1].tag.startswith(("VB", "MD"))
            ),
            self.tokens[that + 1],
        )
        if subject.word in ("he", "she", "they"):
            # Not the teller's own "she": "Mom told me that she was in the shower".
            teller = [t for t in self.tokens[: that - 1] if t.tag != "PRP$"]  # (not "His mother")
            titles = {"she"} if any(t.word in ("ms", "mrs", "miss") for t in teller[:3]) else set()
            titles |= {"he"} if any(t.word == "mr" for t in teller[:3]) else set()
            return subject.word not in pronouns_for(teller[:4]) | titles
        return self.head_of_phrase(subject).word == judged.word

    def starts_with_them(self, judged, sex=frozenset()) -> bool:
        """The sentence's subject is the person judged, by name or as "he", "she" or "they"
        (not "Amira's school", "Her partner"), past any opening phrase or clause of when; not
        "he" of one whose title, ``sex``, says "she"."""
        subject = self.subject_past_an_opening()
        if (
            subject is None
            or subject.tag.startswith("VB")
            or judged is None
            or self._someone_of_theirs(subject) is not None
        ):
            return False
        at = self._index_of(subject)
        if at + 1 < len(self.tokens) and self.tokens[at + 1].tag == "POS":
            return False  # a thing of theirs, or someone of theirs
        if subject.word in ("he", "she"):
            return not sex or subject.word in sex
        return subject.word == "they" or self.head_of_phrase(subject).word == judged.word

    def held_as_the_writers_view(self, first) -> bool:
        """Before the judgement at ``first``, in its clause, the writer says it is their view:
        "my view is that...", "in my assessment", "I think that..."."""
        tokens = self.tokens
        start = max((p + 1 for p in range(first) if tokens[p].word in (";", ":", "but")), default=0)
        return any(
            (
                token.word in ("my", "our")
                and at + 2 < first
                and self._a_view(tokens[at + 1])
                and tokens[at + 2].word in ("is", "was", ",")  # "my view is that..."
            )
            or (
                token.word in ("i", "we")
                and at + 1 < first
                and bool(self._verb_lemmas(tokens[at + 1].word) & (self.prepared.belief | _FORESEE))
            )
            # "In my view her anger is...", "appears to me to be", "seems to us".
            or token.word in ("my", "our")
            and at
            and tokens[at - 1].word == "in"
            and at + 1 < first
            and self._a_view(tokens[at + 1])
            or token.word in ("me", "us")
            and at >= 2
            and tokens[at - 1].word == "to"
            and bool(self._verb_lemmas(tokens[at - 2].word) & self.prepared.appearance)
            for at, token in enumerate(tokens[:first])
            if at >= start
        )

    def _related_people(self, first) -> frozenset[str] | None:
        """The people a relationship judged at ``first`` is of: whose it is and whom it is
        with or between ("Ellie's relationship with her grandmother", "the relationship between
        Ms Dunmore and Kayden"); None if the judgement is of no relationship."""
        judged = self._head_of_subject(first)
        if judged is None or self.words.first_class(judged.word, "n") != "noun.relation":
            return None
        at = self._index_of(judged)
        people = set()
        whose = self._whose(judged)
        if whose is not None:
            people.add(whose.word)
        if at + 1 < len(self.tokens) and self.tokens[at + 1].word in ("between", "with"):
            people |= {
                t.word
                for t in self.tokens[at + 2 : first]
                if t.tag in ("NNP", "NNPS") or t.tag in ("NN", "NNS") and self._names_person(t)
            }
        return frozenset(people) or None

    def of_someone(self, judged) -> bool:
        """The judged word names a person, or a doing or state of someone's ("Amira's
        behaviour"), not a thing ("Ellie's relationship with her grandmother", "the risk")."""
        if judged is None:
            return False
        if self._names_person(judged):
            return True
        whose = self._whose(judged)
        return whose is not None and self.words.first_class(judged.word, "n") in (
            "noun.act",
            "noun.state",
            "noun.feeling",
            "noun.attribute",
        )

    def an_appearance(self, first) -> bool:
        """The judgement at ``first`` is how something appeared ("appears to be", "seemed"): a
        hedge, which what follows may show, not a claim to be sure ("clearly", "inevitably")."""
        return bool(self._verb_lemmas(self.tokens[first].word) & self.prepared.appearance)

    def head_of_phrase(self, token):
        """The noun a name or noun phrase from ``token`` is about: "mother" in "Ms Dunne's
        mother", "Dunne" in "Ms Dunne" (so "Ms Dunne" is not taken for her mother)."""
        if token is None:
            return None
        head = self._phrase_head(self._index_of(token))
        return self.tokens[head] if head is not None else token

    def told_as_lasting(self, first) -> bool:
        """The judgement at ``first`` is told of someone, or of people together, as how they
        are, flatly: in the simple present, of no occasion, held as no one's view ("Mr Doyle is
        a manipulative man", "Callum has no insight", "Ms Reyes is in denial", "Amira's
        behaviour is always worse", "The family are hard to reach"). (Of a thing it was tried,
        and flagged plain statuses the sentence after had hidden: "IDVA Sam Clarke remains
        involved".) Not "Ms
        Kowalczyk was tearful throughout the visit" (an occasion seen), "Ava is doing a great
        deal" (going on now), "Mum has been low this week" (over a time told), nor "I think
        she is..." (a view, whose reasons may follow)."""
        tokens = self.tokens
        verb = next(
            (
                p
                for p in range(min(first, len(tokens) - 1), max(-1, first - 5), -1)
                if tokens[p].tag in ("VBZ", "VBP", "VBD", "MD") or tokens[p].word in (",", ";")
            ),
            None,
        )
        if (
            verb is None
            or tokens[verb].tag not in ("VBZ", "VBP")
            # Being or having, not a doing ("Sophie's parents handle mealtimes differently").
            or not self._verb_lemmas(tokens[verb].word) & _BEING
        ):
            return False
        after = next((t for t in tokens[verb + 1 : verb + 4] if t.tag != "RB"), None)
        if after is not None and (
            after.tag == "VBG" or after.tag == "VBN" and tokens[verb].word in ("has", "have")
        ):
            return False  # "is doing", "has been": going on, or over a time
        subject = self._head_of_subject(verb)
        at = self._index_of(subject) if subject is not None else 0
        if subject is None or not (
            self._names_person(subject)
            # "Jade's account is not credible": a name, whatever the tagger makes of it.
            or at + 1 < len(tokens)
            and tokens[at + 1].tag == "POS"
            and self.text[subject.start].isupper()
            # A doing or a state of someone's ("Amira's behaviour"), not a time of theirs
            # ("Her evenings with her mum are warm").
            or self._whose(subject) is not None
            and self.words.first_class(subject.word, "n") != "noun.time"
            # People together: "The family are hard to reach".
            or self.words.first_class(subject.word, "n") == "noun.group"
        ):
            return False
        if subject.word in ("i", "we"):
            return False
        return not any(
            self._a_view(t)
            or t.word in _OCCASION_WORDS
            or self._a_time(p)
            or self._verb_lemmas(t.word) & (self.prepared.belief | _CONCLUDING)
            for p, t in enumerate(tokens)
        ) and not WHEN.search(self.text)

    def goes_on_in(self, first, following) -> bool:
        """The next sentence goes on about the person judged, so what it shows is shown of them:
        "Jack appeared happy. He laughed..." ("Mum has a history of poor engagement. Ms Patel told
        me Amelia arrived in soiled clothes" is about someone else, and shows nothing of Mum)."""
        subject = following.subject_past_an_opening()
        if subject is None or subject.tag.startswith("VB"):
            return True  # no subject of its own: "Cried twice during the visit."
        related = self._related_people(first) if first is not None else None
        if related:
            # "The relationship between Ms Dunmore and Kayden appears to be important. His
            # mother and the previous worker both confirm that he has spent most holidays with
            # Ms Dunmore": whoever tells of it, of either of them (not "Leo won an award").
            return any(t.word in related for t in following.tokens)
        someone_else = following._someone_of_theirs(subject)
        if subject.tag in ("PRP", "PRP$"):
            # "He laughed", "Her mood...": of them; "Her partner works nights": of someone else.
            return subject.word not in ("i", "we", "my", "our") and someone_else is None
        judged = self._head_of_subject(first) if first is not None else None
        if judged is not None and judged.word in ("i", "we"):
            return True  # "I am worried about Ruby's care. On three visits...": why, told next
        if judged is not None and judged.word == "it":
            # "It is widely accepted that Ms Khan cannot...": of whom the clause after says.
            that = next((p for p, t in enumerate(self.tokens) if t.word == "that"), None)
            judged = (
                next((t for t in self.tokens[that + 1 :] if t.tag in (*_NOUN, "PRP")), judged)
                if that is not None
                else judged
            )
        if judged is not None:
            at = self._index_of(judged)
            if at + 1 < len(self.tokens) and self.tokens[at + 1].tag == "POS":
                # "Sophie's parents handle it...": the parents are judged, not Sophie.
                judged = next((t for t in self.tokens[at + 2 : at + 5] if t.tag in _NOUN), judged)
        if judged is not None and not self._names_person(judged):
            # "Dad's drinking is the root of it", "Amira's behaviour is worse": a doing or a
            # state of someone's is a judgement of them.
            judged = self._whose(judged) or judged
        if self.another_by_title(judged, following) or (
            someone_else is not None
            and not (someone_else.word == judged.word if judged is not None else False)
        ):
            # "Aroha's mother has completed seven weeks": what another did, however near the
            # one judged, shows nothing of them; nor "Mrs Hale has..." after "Mr Hale is...".
            return False
        if judged is None or not self._names_person(judged):
            # A judgement of a thing, a place or an event is shown by what the next sentence
            # describes of it and in it: "The house was dirty. The kitchen floor was sticky...",
            # "The visit went well. Sam hugged his dad...".
            return True
        # Or about whom the judgement is, named in it ("Mum meets the children's needs. At
        # each visit the children were clean"), or someone it refers back to ("Mr Lowe has a
        # history of violence. Police records show four call-outs to his address").
        named = {t.word for t in self.tokens[first:] if t.tag in _NOUN}
        # (And whom a doing judged is of: "Ms Mensah's care of Ama was warm. Ama brought her a
        # book...")
        start = self._clause_start(first)
        of = next(
            (
                at
                for at in range(start + 1, first)
                if self.tokens[at].word == "of" and self.tokens[at - 1].tag in ("NN", "NNS")
            ),
            None,
        )
        if of is not None:
            named |= {t.word for t in self.tokens[of + 1 : first] if t.tag in _NOUN}
        # ("The children's needs... Neither child has been seen": the same word, one or many.)
        same = self.words.with_lemmas(subject.word, "n") & {
            judged.word,
            *self.words.lemmas(judged.word, "n"),
        }
        if same or subject.word in named or judged.tag == "NNS" and self._one_of(subject, judged):
            return True  # (or one of them: "Both parents minimised it. Mum told the GP...")
        if following._names_person(subject) and judged.tag in ("NN", "NNP", "PRP"):
            # "Mom stated that she...", after a judgement of Dad: someone else's sentence.
            # (After one of many, "Sophie's parents handle it differently. Dad told me...",
            # one of them may go on.)
            return judged.word in ("they", "them")
        if (
            judged.tag == "NNS"
            and following._names_person(subject)
            and (
                subject.tag in ("NN", "NNS")
                and not self._one_of(subject, judged)
                # "The children have been damaged... Ms Barr's test showed...": a grown-up,
                # by title, is no one of the children.
                or subject.word in TITLES
                and bool(
                    set(self.words.lemmas(judged.word, "n"))
                    & {"child", *self.words.person_nouns_under(("child",))}
                )
                # (unless what they tell is of the children: "Ms Barr said the girls cried")
                and not any(
                    t.tag in ("NN", "NNS") and self._one_of(t, judged) for t in following.tokens
                )
            )
        ):
            # "These children will suffer lasting harm. The dentist has agreed...": someone
            # who is not one of them.
            return False
        return any(
            t.word in THIRD_PERSON or (t.tag in _NOUN and t.word in named) for t in following.tokens
        )

    def another_by_title(self, judged, following) -> bool:
        """The subject of ``following`` has a title of the other sex from the one judged's:
        "Mr Hale... Since then Mrs Hale has helped him" is someone else, by the same name."""
        subject = following.subject_past_an_opening()
        if judged is None or subject is None:
            return False
        mine, theirs = self._sex_by_title(judged), following._sex_by_title(subject)
        return bool(mine and theirs and not mine & theirs)

    def owner_named_in(self, first, before) -> bool:
        """Whose way of acting the description at ``first`` judges ("Mrs Ash's", "his") is
        named in the sentence ``before`` (a pronoun refers back to whoever that named)."""
        back = first - 1
        while back > 0 and self.tokens[back].tag in ("JJ", "CC", ",", "RB", "VBN", "NN"):
            back -= 1
        if self.tokens[back].tag == "PRP$":
            # "his" or "her" is whoever the sentence before named as one, by a pronoun or a
            # name with no title of the other sex ("Mr Kerr..." is no "her").
            word = self.tokens[back].word
            if any(t.word in _SAME_PERSON.get(word, ()) for t in before.tokens):
                return True
            other = _OTHER_TITLES.get(word, ())
            return any(
                t.tag == "NNP"
                and t.word not in TITLES
                and not (at and before.tokens[at - 1].word in other)
                and before._names_person(t)
                and self.words.first_class(t.word, "n") != "noun.time"  # ("January")
                for at, t in enumerate(before.tokens)
            )
        owner = self.tokens[back - 1].word if self.tokens[back].tag == "POS" else None
        return owner is not None and any(t.word == owner for t in before.tokens)

    def the_writer_saw_them(self, judged, sexes) -> bool:
        """The writer saw the person judged do something: "I saw her put her hands over her
        ears", "we watched Kai climb" (by name, or as "him", "her" or "them", of the sex their
        title gives if it gives one)."""
        tokens = self.tokens
        pronouns = (
            {"them"}
            if judged.tag in ("NNS", "NNPS")
            else {"him", "her"} - {_OBJECT_OF[sex] for sex in {"he", "she"} - sexes}
            if sexes
            else {"him", "her"}
        )
        for at, token in enumerate(tokens[:-3]):
            if token.word not in ("i", "we"):
                continue
            verb = at + 1 + (tokens[at + 1].tag == "RB")
            seen = verb + 1
            if (
                seen + 1 < len(tokens)
                and tokens[verb].tag.startswith("VB")
                and self.words.first_class(tokens[verb].word, "v") == "verb.perception"
                and (
                    tokens[seen].word in pronouns  # (the tagger may read "her" as "her hands")
                    or self.head_of_phrase(tokens[seen]).word == judged.word
                )
                and (
                    tokens[seen + 1].tag in ("VB", "VBD", "VBG", "VBP")
                    # ("I saw her drop her cup", the tagger reading "drop" as a noun.)
                    or tokens[seen + 1].tag == "NN"
                    and self.words.known(tokens[seen + 1].word, "v")
                    and seen + 2 < len(tokens)
                    and (
                        tokens[seen + 2].tag in ("PRP$", "DT")
                        # ("I saw her change and feed Oscar": two doings.)
                        or tokens[seen + 2].word == "and"
                        and seen + 3 < len(tokens)
                        and tokens[seen + 3].tag in ("VB", "VBP", "NN")
                        and self.words.known(tokens[seen + 3].word, "v")
                    )
                )
            ):
                return True
        return False

    def titled(self, token) -> bool:
        """The name at ``token`` has a title: "Mr Hale", "Mrs Hale"."""
        return bool(self._sex_by_title(token))

    def _sex_by_title(self, token) -> set[str]:
        """ "he" or "she", by the title the name at ``token`` has ("Mr Hale", "Mrs Hale"), or
        nothing."""
        at = self._index_of(token)
        for title in (token.word, self.tokens[at - 1].word if at else ""):
            if title in _TITLE_SEX:
                return {_TITLE_SEX[title]}
        return set()

    def _one_of(self, person, group) -> bool:
        """The person noun is a kind of what the plural names, by WordNet's hypernyms: "Dad"
        of "the parents", "the boy" of "the children" (not "the dentist")."""
        kinds = {lemma for word in (group.word,) for lemma in self.words.lemmas(word, "n")}
        named = {person.word, *self.words.lemmas(person.word, "n")}
        return bool(named & (kinds | self.words.person_nouns_under(tuple(kinds))))

    def _someone_of_theirs(self, subject):
        """The person a sentence's subject names through someone else: "her partner", "Aroha's
        mother", "his personal adviser"; None when the subject is the person themselves or a
        thing of theirs ("her mood", "Aroha's school")."""
        at = self._index_of(subject)
        if subject.tag == "PRP$" or (
            at + 1 < len(self.tokens) and self.tokens[at + 1].tag == "POS"
        ):
            head = next((t for t in self.tokens[at + 1 : at + 5] if t.tag in ("NN", "NNS")), None)
            if head is not None and self.words.first_class(head.word, "n") == "noun.person":
                return head
        return None

    def _whose(self, token):
        """The person whose doing or state the noun is: "Dad" in "Dad's drinking", "her" in
        "her behaviour"; None if it is no one's."""
        at = self._index_of(token)
        if at >= 1 and self.tokens[at - 1].tag == "PRP$":
            return self.tokens[at - 1]
        if at >= 2 and self.tokens[at - 1].tag == "POS" and self._names_person(self.tokens[at - 2]):
            return self.tokens[at - 2]
        return None

    def went_on_from(self, first, before) -> bool:
        """The judgement at ``first`` is about someone the sentence before told of: "Ruby threw
        toys... She was dysregulated" ("she", after someone named), "Ruby threw toys... Ruby
        was dysregulated"; of a thing or a state ("Things have got worse"), any sentence before
        may have shown it."""
        judged = self._head_of_subject(first)
        if judged is not None and self._the_writer(judged):
            # The writer's view of someone or something: "I think she is not yet able to...",
            # said of her; "I think the risk is rising", of the risk.
            writer = self._index_of(judged)
            judged = next(
                (
                    t
                    for t in self.tokens[writer + 1 : max(first, writer) + 5]
                    if t.tag in (*_NOUN, "PRP") and not self._the_writer(t)
                ),
                None,
            )
            if judged is None:
                return False
        if judged is None:
            return True
        people = [t for t in before.tokens if t.tag in ("NNP", "PRP") or before._names_person(t)]
        if judged.tag in ("PRP", "PRP$"):
            return any(t.word not in ("i", "we", "me", "us", "my", "our") for t in people)
        if not self._names_person(judged):
            return True
        # (Or named now, after a sentence that went on about them as "she" or "her": "Ms Hale
        # cried as she told me... Her relief was plain... I think Ms Hale understands...".)
        if self.another_by_title(judged, before):
            return False  # "Mrs Patel has not drunk since May. Mr Patel has stopped...": two
        return any(t.word == judged.word for t in before.tokens) or (
            judged.tag == "NNP"
            and before.tokens[:1] != []
            and before.tokens[0].word in _ONE_OF_THEM
            # (Of their sex, if a title gives it: not "She told me..." before "Mr Hale's...".)
            and _ONE_OF_THEM[before.tokens[0].word] in (self._sex_by_title(judged) or {"she", "he"})
            # (Of them, not someone of theirs: "Her mother told me...".)
            and not (len(before.tokens) > 1 and before._names_person(before.tokens[1]))
        )

    def goes_on_with_account(self, before) -> bool:
        """The sentence goes on with what someone told in the one before, in the present as
        accounts are ("She describes waking every night with toothache. She barely eats...";
        "Mum told me she has been struggling. She is not sleeping"). What the writer saw is
        told in the past ("Mum said she was fine. She was tearful" is still the writer's)."""
        tokens = self.tokens
        if len(tokens) < 2 or tokens[0].word not in ("he", "she", "they"):
            return False
        verb = next((t for t in tokens[1:4] if t.tag.startswith("VB") or t.tag == "MD"), None)
        if verb is None or verb.tag not in ("VBZ", "VBP"):
            return False
        speaker = before.teller()
        return (
            speaker is not None
            and (speaker.tag != "PRP" or speaker.word == tokens[0].word)
            # "Yonas says he goes to church on those evenings; the deacon confirmed he comes on
            # Sundays only. He is lying...": an account checked against another's is over.
            and not before._told_by_another_after(speaker)
        )

    def _told_by_another_after(self, speaker) -> bool:
        """After ``speaker`` tells something, someone else tells or confirms something."""
        start = self._index_of(speaker) + 1
        # (After a clause of its own: "Kai says his coach told him..." is still Kai's account.)
        apart = next(
            (p for p in range(start, len(self.tokens)) if self.tokens[p].word in (";", ",", "but")),
            len(self.tokens),
        )
        for index in range(apart, len(self.tokens)):
            token = self.tokens[index]
            # ("Confirmed he comes": a verb with a sense of telling, telling what follows.)
            if not token.tag.startswith("VB") or not (
                self._saying(index) or self.words.classes(token.word, "v") & self.prepared.reporting
            ):
                continue
            other = self._holder(index)
            if (
                other is not None
                and other.tag != "PRP"  # ("...and he told me he loves it": the same one, going on)
                and other.word != speaker.word
                and other.start > speaker.start
            ):
                return True
        return False

    def against_their_usual(self, last) -> bool:
        """ "Was chattier than usual", "quieter than before": a change from how the person
        is known to be, which is how behaviour is recorded; the baseline is given."""
        at = last + 1
        while at < len(self.tokens) and self.tokens[at].tag in (*_ADJECTIVE, "RB", "RBR"):
            at += 1  # "more cheerful than usual"
        following = [t.word for t in self.tokens[at : at + 2]]
        return following[:1] == ["than"] and following[1:] in _USUAL

    def goes_on_with_worry(self, before) -> bool:
        """The sentence goes on, in the present, about whom the one before is worried about:
        "Gran is worried that Tom drinks to cope. When he has been drinking, Tom does not get the
        girls up for school" (a danger statement, in the words of those worried)."""
        worry = _WORRY.search(before.text)
        if worry is None:
            return False
        about = next(
            (t for t in before.tokens if t.start >= worry.end() and t.tag in ("NNP", "PRP")), None
        )
        subject_at = self._main_subject()
        if about is None or subject_at is None:
            return False
        subject = self.tokens[subject_at]
        verb = next(
            (t for t in self.tokens[subject_at + 1 : subject_at + 4] if t.tag.startswith("VB")),
            None,
        )
        return (
            verb is not None
            and verb.tag in ("VBZ", "VBP")
            and (subject.word == about.word or subject.word in ("he", "she", "they"))
        )

    def _main_subject(self) -> int | None:
        """Where the main clause's subject is: past an opening clause that ends in a comma."""
        tokens = self.tokens
        start = 0
        if tokens and tokens[0].tag in ("IN", "WRB", "RB"):
            comma = next((i for i, t in enumerate(tokens) if t.word == ","), None)
            start = comma + 1 if comma is not None else 0
        return next(
            (i for i in range(start, len(tokens)) if tokens[i].tag in ("NNP", "PRP", "NN", "NNS")),
            None,
        )

    def teller(self):
        """Whoever tells something in the sentence, other than the writer: the subject of a verb
        of saying with what was said after it ("She describes waking every night", "Mum told me
        she...")."""
        for index, token in enumerate(self.tokens):
            if not token.tag.startswith("VB"):
                continue
            if not self._saying(index):
                continue
            if not (
                self._says_what(index) or self._told_the_writer(index) or self._has_object(index)
            ):
                continue
            if [t.word for t in self.tokens[index + 2 : index + 4]][:1] == ["to"] or [
                t.word for t in self.tokens[index + 2 : index + 4]
            ] == ["not", "to"]:
                continue  # "asked me not to tell her mum": a request, no account of anything
            subject = self._holder(index)
            at = self._index_of(subject) if subject is not None else 0
            if at and self.tokens[at - 1].tag in ("WP", "WDT"):
                continue  # "...share what she had told me": a telling named, nothing told
            if (
                subject is not None
                and subject.word not in self.prepared.observers
                and (subject.tag == "PRP" or self._names_person(subject))
            ):
                return subject
        return None

    def clause_end(self, first, last) -> int:
        return self._own_clause(first, last)[1]

    def next_clause(self, first, last) -> int:
        """Where the next judgement is looked for: the end of this one's clause, or sooner, a
        comma and a conjunction or a semicolon after it ("was hostile from start to finish, and
        his interest in help is a tactic": a second claim, with a subject of its own)."""
        end = self.clause_end(first, last)
        tokens = self.tokens
        return next(
            (
                at
                for at in range(last + 1, end)
                if tokens[at].word == ";"
                or tokens[at].word in ("and", "but")
                and tokens[at - 1].word == ","
                and at + 1 < len(tokens)
                and tokens[at + 1].tag in ("PRP$", "DT", "NNP", "PRP")
            ),
            end,
        )

    def _own_clause(self, first, last) -> tuple[int, int]:
        """The tokens of the clause holding tokens[first..last]: bounded by a conjunction, ";"
        or ":" that starts a clause with a subject of its own ("..., and Dad was rude")."""
        tokens = self.tokens

        def starts_clause(position):
            token = tokens[position]
            if token.word in ("but", "because") and position < first:
                # "Attended contact but was rude": the contrast shows nothing of it; "cried
                # because he wants his nan": what was seen is not why.
                return True
            if (
                token.word == "because"
                and position > last
                and tokens[position - 1].word != ","
                and not self._grounds(position)
            ):
                # "Was unhappy because his nan had left": why, not how it was seen (after a comma,
                # or telling what was said or seen, the grounds for saying so: "is frightened,
                # because she...", "unsafe because he told his teacher that...").
                return True
            if (
                token.word in _REDUCED
                and position > last
                and position + 1 < len(tokens)
                and tokens[position + 1].word in self.prepared.observers
            ):
                return True  # "was evasive when I asked": what the writer did shows nothing
            if (
                token.word in _REDUCED
                and position > last
                and self._someone_else_acts(position)
                # (Not an aside of who told it: "..., as she and Zain both told me".)
                and not (
                    token.word == "as"
                    and any(
                        self._told_the_writer(at)
                        for at in range(position + 1, min(len(tokens), position + 7))
                    )
                )
            ):
                return True  # "was hostile when the duty SW called": when, not how it showed
            if not (token.tag == "CC" or token.word in (";", ":")):
                return False
            if (
                position >= 2
                and tokens[position - 2].word in _REDUCED
                and (tokens[position - 1].tag in ("PRP", "NNP"))
            ):
                return False  # "as she and Zain both told me": two subjects of one verb
            # A subject of its own, then its verb: "and Dad was rude" starts a clause; "and
            # asked questions" carries on the one before, whose subject did it.
            following = tokens[position + 1 : position + 4]
            for offset, candidate in enumerate(following):
                if candidate.word in ("this", "that") and self._an_effect_after(
                    position + offset + 2
                ):
                    return True  # "and this is affecting her sleep": an effect, claimed anew
                if candidate.tag in ("DT", "PRP$", "JJ"):
                    continue
                if (
                    offset
                    and following[offset - 1].tag == "PRP$"
                    and "noun.body" in self.words.classes(candidate.word, "n")
                ):
                    return False  # "and her hands were shaking": what their body did
                return candidate.tag in ("NN", "NNS", "NNP", "NNPS", "PRP", "EX") and any(
                    t.tag.startswith("VB") or t.tag == "MD" for t in following[offset + 1 :]
                )
            return False

        begin = next((p + 1 for p in range(first - 1, -1, -1) if starts_clause(p)), 0)
        end = next((p for p in range(last + 1, len(tokens)) if starts_clause(p)), len(tokens))
        return begin, end

    def _someone_else_acts(self, at) -> bool:
        """After the word at ``at`` ("when"), a noun for someone then their verb: a clause of
        its own, with a subject named ("when the duty SW called", "when Dad arrived")."""
        tokens = self.tokens
        position = at + 1
        while position < len(tokens) and tokens[position].tag in ("DT", "PRP$", "JJ"):
            position += 1
        start = position
        while position < len(tokens) and tokens[position].tag in _NOUN:
            position += 1
        return (
            position > start
            and position < len(tokens)
            and tokens[position].tag.startswith("VB")
            and any(self._names_person(t) for t in tokens[start:position])
        )

    def _grounds(self, because_at) -> bool:
        """What follows "because" tells what someone said or perceived."""
        return any(
            t.tag.startswith("VB")
            and (
                self.words.first_class(t.word, "v") in self.prepared.reporting
                or self._verb_lemmas(t.word) & self.prepared.sensing
            )
            for t in self.tokens[because_at + 1 :]
        )

    def _has_object(self, index) -> bool:
        """The verb takes a noun phrase right after it (its object or what it was done with),
        perhaps after a determiner, a number, a particle or a person: "showed me his drawings"."""
        following = self.tokens[index + 1 : index + 6]
        if len(following) > 1 and following[0].tag in ("IN", "RP") and following[1].tag == "IN":
            following = following[1:]  # a particle, then the preposition: "hits out at"
        for at, token in enumerate(following):
            if token.tag in ("DT", "PRP$", "JJ", "CD", "RP", "PRP"):
                continue
            if token.tag in ("IN", "TO") and at == 0 and at + 1 < len(following):
                # Or someone it was done to or towards: "clung onto Mary", "ran to his mum",
                # "shouted at me" (not where: "sat in the kitchen").
                person = next((t for t in following[1:] if t.tag not in ("DT", "PRP$")), None)
                return person is not None and (
                    person.word in ("me", "us", "him", "her", "them")
                    or self._names_person(person)
                    or "noun.person" in self.words.classes(person.word, "n")  # "his mum"
                )
            # Not "is hiding something": a thing not named is no detail.
            return token.tag in _NOUN and token.word not in _INDEFINITE
        return False

    def _saying(self, index) -> bool:
        """A verb of saying, not of how a message went ("telephoned me": that she called, not
        what she said)."""
        word = self.tokens[index].word
        reports = self.words.first_class(word, "v") in self.prepared.reporting or (
            # "Wrote that", "recorded that": a verb with a sense of telling, telling something
            # (not "showed that", whose commonest sense is making seen).
            index + 1 < len(self.tokens)
            and self.tokens[index + 1].word == "that"
            and bool(self.words.classes(word, "v") & self.prepared.reporting)
            and self.words.first_class(word, "v") != "verb.perception"
        )
        return reports and not (self._verb_lemmas(word) & self.prepared.channels)

    def _said_on(self, clause) -> bool:
        """The clause from ``clause``, after "but", goes on with what was said before it: "said
        Kerry is 'alright' but that she hates...", or "She said ... but she doesn't like...",
        its subject the one who said it."""
        tokens = self.tokens
        if tokens[clause - 1].word != "but":
            return False
        if tokens[clause].word == "that":
            return True
        # (In the present, as said: "but she was aggressive" is the writer's.)
        return (
            tokens[clause].word in ("she", "he", "they")
            and clause + 1 < len(tokens)
            and tokens[clause + 1].tag in ("VBZ", "VBP")
            and any(
                tokens[at].word == tokens[clause].word and self._saying(at + 1)
                for at in range(clause - 2)
            )
        )

    def _told_the_writer(self, index) -> bool:
        """ "As she told me", "Dad said to us": what someone said to the writer, who heard it,
        with the one who said it named."""
        tokens = self.tokens
        # ("Relaxed enough to chat to me": what the description let them do, and they did.)
        done = (
            index >= 2
            and tokens[index - 2].word == "enough"
            and not any(t.word in _NOT for t in tokens[max(0, index - 6) : index])
        )
        if not self._saying(index) or (index and tokens[index - 1].word == "to" and not done):
            return False  # (not "coached about what to say to me": a saying not done)
        if index and (tokens[index - 1].word in _NOT or tokens[index - 1].tag == "MD"):
            return False  # "will not tell us what she wants": nothing told yet
        heard_by = [t.word for t in tokens[index + 1 : index + 3]]
        return bool(heard_by) and (heard_by[0] in ("me", "us") or heard_by == ["to", "me"])

    def _a_worry_about(self, index) -> bool:
        """The verb is in what someone is worried about ("the school are worried that Jake ...
        hits out at teachers"): a danger statement tells the pattern of what is done, in the
        present, so a habit described there is what the worry rests on."""
        at = self.tokens[index].start
        return any(
            worry.end() <= at and not re.search(r"[;:]", self.text[worry.end() : at])
            for worry in _WORRY.finditer(self.text)
        )

    def _says_what(self, index) -> bool:
        """A verb of saying with what was said after it, as a clause: "said she could not cope",
        "says that he wants to", "shouted that he would..." (not "talked about school")."""
        tokens = self.tokens
        if not self._saying(index):
            return False
        following = tokens[index + 1 : index + 4]
        if following and following[0].word == "that":
            return True
        return (
            len(following) > 1
            and following[0].tag in ("PRP", "NNP")
            and following[0].word not in ("me", "us", "him", "her", "them")
            and (following[1].tag.startswith("VB") or following[1].tag == "MD")
        )

    def _a_visit(self, index) -> bool:
        """ "When I saw Ms Clarke at 2pm", "Kayla was seen alone in her bedroom": someone seen,
        where or when, is a visit, not what was seen of them ("I saw Mum slap him", "was seen
        with a bruise", "saw that the cupboards were empty")."""
        tokens = self.tokens
        position = index + 1
        if not self._participle(index) or not self._after_be(index):
            # Active: past the person seen ("Ms Clarke", "her", "the boys").
            while position < len(tokens) and tokens[position].tag in ("DT", "PRP$", "JJ"):
                position += 1
            seen = position
            while position < len(tokens) and tokens[position].tag in ("NNP", "NN", "NNS", "PRP"):
                position += 1
            if position == seen or not any(self._names_person(t) for t in tokens[seen:position]):
                return False
        while position < len(tokens) and tokens[position].tag == "RB":
            position += 1  # "seen alone", "seen again"
        if position >= len(tokens):
            return True
        following = tokens[position]
        return following.word in (",", ";", ".", "and") or (
            following.tag == "IN" and following.word not in ("with", "that", "as", "like")
        )

    def _a_doing_as_object(self, index) -> bool:
        """The verb's object is a doing named by its verb ("the drinking", "her drug use"
        is not; "his gambling"): a habit, which no one sees hidden or stopped."""
        following = self.tokens[index + 1 : index + 3]
        if not following or following[0].tag not in ("DT", "PRP$"):
            return False
        noun = following[1] if len(following) > 1 else None
        return (
            noun is not None
            and noun.tag == "NN"
            and noun.word.endswith("ing")
            and self.words.known(noun.word[:-3], "v") | self.words.known(noun.word[:-3] + "e", "v")
            and (len(self.tokens) <= index + 3 or self.tokens[index + 3].tag not in _NOUN)
        )

    def _abstract_object(self, index, kinds=None) -> bool:
        """What the verb takes is an abstract thing (of ``kinds``, by default any abstract
        class): "the children have suffered neglect", "witnessed domestic abuse" is what
        happened to them, not what someone saw of it; "downplayed the school's worries" says
        that something was said, not what."""
        following = self.tokens[index + 1 : index + 7]
        for at, token in enumerate(following):
            if token.tag in ("DT", "JJ", "PRP$", "CD", "POS"):
                continue
            if (
                token.tag in _NOUN
                and at + 1 < len(following)
                and following[at + 1].tag in ("POS", *_NOUN)
            ):
                continue  # whose, or what kind: "the school's worries", "the safety plan"
            found = self.words.first_class(token.word, "n")
            return token.tag in ("NN", "NNS") and (
                found in (kinds or self.prepared.abstract)
                # A noun WordNet does not know, made abstract by its ending ("dysregulation").
                or found is None
                and token.word.endswith(_ABSTRACT_ENDINGS)
            )
        return False

    def _perceived(self, index) -> bool:
        """Perception by someone: "I saw", "was observed", "smelled of"; not "looked happy"."""
        tokens = self.tokens
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and (
            following.tag in _ADJECTIVE or following.word in ("like", "as")
        ):
            return False  # "looked happy": how something seemed, not a sense
        if index > 0 and tokens[index - 1].word == "to":
            return False  # "what we want to hear": a wish, not a sense
        if self._a_visit(index):
            return False
        if following is not None and following.word == "of":
            return True  # "smelled of alcohol"
        if token.tag == "VBN" and index > 0 and self._verb_lemmas(tokens[index - 1].word) & {"be"}:
            if index > 1 and (tokens[index - 2].word == "to" or tokens[index - 2].tag == "MD"):
                return False  # "in no state to be spoken to", "should be seen": not yet done
            # "Was observed"; not "are exposed to", which is what happens to them.
            return not self._verb_lemmas(token.word) & self.prepared.undergoing
        for back in range(index - 1, max(-1, index - 4), -1):
            if tokens[back].word in self.prepared.observers:
                return True
            if (
                token.tag in ("VBD", "VBN")
                # A sense ("saw", "heard"), not all WordNet files with them ("hid", "showed").
                and self._verb_lemmas(token.word) & self.prepared.sensing
                and tokens[back].tag in ("NN", "NNS", "NNP")
                and self._names_person(tokens[back])
                and not self._abstract_object(index)
            ):
                # "His teacher has seen": someone named saw it, on an occasion (in the present
                # tense, "the child often misses school" is a habit, not a perception).
                return True
        return False
