"""A full assessment as the web app's Document, with every field the pages show."""

from assist import document as doc


def rich_document(text_suffix="") -> doc.Document:
    return doc.Document(
        title="Assessment of Amy and Ben",
        children=[
            doc.Child(ref="C1", name="Amy Jones", date_of_birth="2020-03-03"),
            doc.Child(ref="C2", name="Ben Jones", is_preverbal=True),
        ],
        adults=[
            doc.Adult(ref="P1", name="Kelly Jones", relationship_to_child="mother"),
            doc.Adult(
                ref="P2",
                name="Lee Brown",
                relationship_to_child="mother's partner",
                lives_in_household=False,
            ),
        ],
        facts=[
            doc.Fact(
                ref="F1",
                text="I saw no food in the kitchen." + text_suffix,
                date="2024-05-03",
                source="Home visit",
                how_known="seen_by_me",
            ),
            doc.Fact(
                ref="F2",
                text="Amy arrived at nursery hungry.",
                date="2019-01-04",
                source="Nursery manager",
                how_known="reported_by_professional",
                is_historic=True,
            ),
        ],
        experiences=[
            doc.Experience(
                ref="E1",
                kind="words",
                text='Amy said "my tummy hurts".',
                child_ref="C1",
                heard_on="2024-05-03",
                how_heard="alone in her bedroom",
            )
        ],
        analysis=[
            doc.Analysis(
                ref="A1",
                text="Amy is often hungry, which slows her growth.",
                cites=["F1", "F2"],
                contradicted_by=["F3"],
                alternative_explanation="A short illness.",
                reasoning="Hunger is seen at home and at nursery.",
            )
        ],
        dangers=[
            doc.Danger(
                ref="D1",
                text="Amy's growth is harmed by hunger.",
                child_ref="C1",
                probability="high",
                probability_reasoning="Seen twice in a month.",
                factors=[
                    doc.Factor(ref="H1", kind="hazard", text="Food runs out mid-week."),
                    doc.Factor(ref="S1", kind="strength", text="Nan visits on Sundays."),
                    doc.Factor(ref="G1", kind="information_gap", text="Lee's income."),
                    doc.Factor(ref="M1", kind="method", text="A weekly food plan."),
                ],
            )
        ],
        recommendations=[
            doc.Recommendation(
                ref="R1",
                action="Arrange a benefits check with Kelly.",
                objective="Amy eats three meals a day.",
                reason="Money runs out mid-week.",
                who="Social worker",
                by_when="2024-06-01",
                how_we_will_know="Nursery reports no hunger for four weeks.",
                answers=["D1"],
                fills=["G1"],
            )
        ],
    )
