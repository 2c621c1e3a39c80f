"""General knowledge of English that the rubric's checks read: which words are evaluative, which
verbs are of perception, speech, movement or touch, which nouns name things one can see, and each
word's part of speech in its sentence.

None of it is grown from the passages the rubric is measured on. It comes from maintained,
published lexical resources, read where their packages install them and never downloaded at run
time:

- Princeton WordNet 3.0 (Debian's ``wordnet-base``): the lexicographer classes of nouns, verbs
  and adjectives, adjective clusters and antonyms, person nouns' hypernyms, and the exception
  lists its own lemmatiser uses.
- VADER's valence lexicon (the ``vaderSentiment`` package): 7,500 words rated by people.
- TextBlob's subjectivity lexicon (the ``textblob`` package, from the Pattern project): 2,900
  adjective senses, each tied to its WordNet sense, rated for subjectivity.
- TextBlob's Brill part-of-speech tagger (the same package's lexicon and context rules).

Plain Python with no Flask, so the rubric engine, the CLI and the benchmarks share it.
"""

from assist.language.lexicons import Lexicon, LexiconMissing, lexicon
from assist.language.tagger import TITLES, Tagged, tag

__all__ = ["TITLES", "Lexicon", "LexiconMissing", "Tagged", "lexicon", "tag"]
