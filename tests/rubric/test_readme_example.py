"""The README's example of a draft checked from the command line raises nothing, as it says."""

import re

from assist.config import PROJECT_ROOT
from assist.readers.markdown import read_markdown
from assist.rubric import check
from tests.rubric.helpers import project_rubric


def test_the_readme_s_markdown_example_raises_nothing():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```markdown\n(.*?)```", readme, re.DOTALL)
    reading = read_markdown(example)
    document = reading.document
    assert not reading.notes
    assert [f.rule for f in check(document, project_rubric())] == []
    # And it is read as the README says: items numbered by section.
    assert [fact.ref for fact in document.facts] == ["F1"]
    assert [rec.ref for rec in document.recommendations] == ["R1", "R2"]
