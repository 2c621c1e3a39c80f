"""voice: the child's words are used in the analysis."""

from tests.rubric.helpers import findings

RULE = "child-words-unused"
CHILD = '# The child\'s experience\n\n- Amy told me "I hide when Lee shouts".\n'


def test_words_never_used_are_flagged():
    (finding,) = findings(
        CHILD + "\n# Analysis\n\n- Money is short, so Amy may go hungry.\n", rule=RULE
    )
    assert finding.item == "E1"


def test_citing_or_quoting_the_words_uses_them():
    assert not findings(CHILD + "\n# Analysis\n\n- Amy is frightened of Lee [E1].\n", rule=RULE)
    assert not findings(
        CHILD + '\n# Analysis\n\n- That Amy hides "when Lee shouts" means she is afraid.\n',
        rule=RULE,
    )
