"""Generic baselines to hold the rubric against, scored on the same passages and the same split
(``eval_rubric.py --peers``).

- unsupported-assertion: an untuned sentiment lexicon. A passage is flagged when a sentence is
  subjective (TextBlob subjectivity 0.5 or more) or strongly felt (VADER compound 0.5 or more
  either way) and the passage has no quote, no figure and no verb of observation.
- vague-recommendation: a recommendation with no number and no date is vague.
"""

from __future__ import annotations

import re

OBSERVED = re.compile(r"\b(?:saw|seen|observed|noted|heard|smelled|smelt|watched|noticed)\b", re.I)
QUOTE = re.compile(r"[\"“”‘’']\w[^\"“”]*[\"“”’']")
NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twice)\b", re.I)
MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|week|month|term|year)\b",
    re.I,
)


def _lexicon_baseline():
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()

    from assist.rubric.text import sentences

    def flags(text):
        # TextBlob's own sentence splitter needs data downloaded from NLTK; ours does not.
        judged = any(
            TextBlob(text[begin:end]).sentiment.subjectivity >= 0.5
            or abs(vader.polarity_scores(text[begin:end])["compound"]) >= 0.5
            for begin, end in sentences(text)
        )
        evidenced = QUOTE.search(text) or NUMBER.search(text) or OBSERVED.search(text)
        return bool(judged and not evidenced)

    return flags


def _no_date_or_number(text):
    return not (NUMBER.search(text) or MONTH.search(text))


def report(rows, scores, parts):
    lexicon = _lexicon_baseline()
    baselines = {
        "unsupported-assertion": (
            "VADER + TextBlob, with a quote, figure or observation test",
            lexicon,
            {"unsupported_assertion"},
            {"evidenced_judgement", "description_only"},
        ),
        "vague-recommendation": (
            "no number and no date",
            _no_date_or_number,
            {"vague_recommendation"},
            {"specific_recommendation"},
        ),
    }
    print("Generic baselines on the same passages")
    print(
        f"  {'criterion':<22} {'part':<7} {'TP':>3} {'FP':>3} {'FN':>3} {'TN':>3}    P     R    F1"
    )
    for rule, (name, flags, positives, negatives) in baselines.items():
        for part in parts:
            mine = [row for row in rows if row["part"] == part]
            result, _ = scores(mine, lambda row, f=flags: f(row["text"]), positives, negatives)
            f1 = "   -" if result["f1"] is None else f"{result['f1']:4.2f}"
            p = "   -" if result["p"] is None else f"{result['p']:4.2f}"
            r = "   -" if result["r"] is None else f"{result['r']:4.2f}"
            print(
                f"  {rule:<22} {part:<7} {result['tp']:>3} {result['fp']:>3} {result['fn']:>3} "
                f"{result['tn']:>3}  {p}  {r}  {f1}   ({name})"
            )
