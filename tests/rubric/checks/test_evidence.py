"""evidence: a judgement needs something that shows how it is known."""

import pytest

from tests.rubric.helpers import findings

RULE = "unsupported-assertion"


def flagged(text, heading="Facts and chronology"):
    return findings(f"# {heading}\n\n{text}\n", rule=RULE)


@pytest.mark.parametrize(
    "text",
    [
        "Mum was drunk when I visited.",
        "Dad is a risk to the children.",
        "The flat was filthy.",
        "The home was cluttered and unhygienic.",
        "Jordan seemed withdrawn and sad.",
        "The parents are not engaging with the plan.",
        "Mother presented as hostile and defensive throughout.",
        "Mum lacks insight into the impact of her drinking.",
        # A state stated as fact with an ordinary verb: what was seen is missing.
        "Dad arrived at the contact centre intoxicated.",
        "Nan was spiteful to the boys.",
        "He was agitated and rude all evening.",
        "Mum presented as low.",
        # Labels, inner states and claims nobody could know without counting.
        "Mr Price is an addict.",
        "Gran is a victim of her son's temper.",
        "Mum neglects the baby.",
        "The home is clearly unsuitable for a baby.",
        "Tyler never does his homework.",
        "There are no worries about the children's care.",
        # When something happened does not show it happened.
        "Mum appeared drunk at 3pm.",
        "Mum appeared drunk on Tuesday.",
        "Today Dad was aggressive.",
    ],
)
def test_judgements_without_evidence_are_flagged(text):
    assert flagged(text)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Dad arrived at the contact centre intoxicated.", "What did you see, hear or smell"),
        ("Mr Price is an addict.", "who says so"),
        ("Tyler never does his homework.", "How many times"),
        ("There are no worries about the children's care.", "Who gave this opinion"),
        # A thing opening a note in lower case is still a thing, not a person labelled.
        ("house was a mess", "What did you see of it that shows 'mess'?"),
        ("Kitchen was a disgrace.", "What did you see of it"),
    ],
)
def test_each_finding_names_its_words_and_asks_what_would_evidence_them(text, question):
    (finding,) = flagged(text)
    assert finding.message.startswith("'")
    assert question in finding.message


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("The flat was filthy, with 12 bags of rubbish in the hall.", "a figure"),
        ("Dad was aggressive: he shouted 'get out' and slammed the door.", "a quote"),
        ("I observed that the flat was filthy.", "an observation"),
        ("The school reported that Jordan seemed withdrawn.", "a named source"),
        ("The flat was filthy [F1].", "a cited fact (the one fact here)"),
        ("Jordan seemed withdrawn, for example sitting alone at every break.", "an example"),
        ("Dad became angry and shouted at me to leave.", "what he visibly did"),
        (
            "Mum was tearful and shaking, and held her sister's hand throughout.",
            "behaviour described, though it names an emotion",
        ),
        ("Dad smelled of alcohol and could not stand without holding the door.", "perception"),
        ("The attendance officer said Kai misses school.", "a named source"),
        ("Kai appeared happy and was smiling.", "an act that shows the state itself"),
        ("Mum was upset and cried.", "an act that shows the state itself"),
    ],
)
def test_a_judgement_with_evidence_in_the_sentence_passes(text, signal):
    assert not flagged(text), signal


def test_what_someone_else_did_is_not_evidence_of_a_judgement():
    assert flagged("Gran told me about the visit, and Dad was rude.")
    assert flagged("I checked the fridge and Dad was rude.")
    assert flagged("Mum was rude. Kai said hello.")


def test_the_writer_s_own_opinion_is_still_an_assertion():
    assert flagged("I feel that Mum is neglectful.")


def test_a_view_no_one_named_holds_asks_whose_it_is():
    # A body of people ("the school", "staff") or "it" is no one a reader could ask.
    for text in (
        "Staff believe Jake is carrying a knife.",
        "It is the team's view that the risk has fallen.",
    ):
        [finding] = flagged(text)
        assert "Whose view is it?" in finding.message, text
    # A worry names who is worried, as a danger statement does; what they are worried about
    # is read for judgements of its own.
    assert flagged("The school are worried that Jake is unsafe at home.")
    assert not flagged("The school and the police are worried that Jake hits his classmates.")
    # A named person's worry is theirs, and a view with what it rests on is evidenced.
    assert not flagged("Mrs Khan, his class teacher, is worried that Jake is unsafe at home.")
    assert not flagged(
        "The school are worried that Jake is unsafe at home because he told his teacher "
        "that Dad hits him."
    )


def test_evidence_in_the_next_sentence_supports_the_claim():
    assert not flagged("Jack appeared happy. He laughed and told me 'Nana is fun'.")
    # A thing, a place or an event is shown by what the next sentence describes in it.
    assert not flagged("The flat was dirty. The kitchen floor was sticky and the bin was full.")
    assert not flagged("Contact went well. Sam hugged his dad and they built a den for an hour.")


def test_evidence_before_counts_only_when_the_claim_points_back_to_it():
    assert not flagged("I saw mouldy food on every surface. This is neglectful.")
    assert flagged("I saw mouldy food on every surface. Mum is neglectful.")


def test_a_question_or_condition_is_not_a_claim():
    assert not flagged("Staff to check whether the toys are challenging for her.")
    assert not flagged("If Mum is drunk, the children are unsafe at night.")


def test_hyphenated_compounds_and_terms_of_art_are_not_judgements():
    assert not flagged("The children had age-appropriate toys in a play area.")
    assert not flagged("Her engagement with the GP is a protective factor.", "Analysis")


def test_an_item_that_cites_facts_rests_on_them():
    assert not flagged("Mum is not coping (F1, F3).", "Analysis")


def test_a_citation_of_an_item_the_assessment_does_not_hold_shows_nothing():
    chronology = (
        "# Facts and chronology\n\n- 3 May 2024: Sam missed school.\n- 4 May 2024: Sam was late.\n"
    )
    cited = findings(f"{chronology}\n# Analysis\n\nDad is unreliable (F1, F2).\n", rule=RULE)
    nowhere = findings(f"{chronology}\n# Analysis\n\nDad is unreliable (F9).\n", rule=RULE)
    assert not cited
    assert [finding.excerpt for finding in nowhere] == ["Dad is unreliable (F9)."]
    assert "It cites F9, which this assessment does not hold" in nowhere[0].message


def test_the_feared_outcome_of_a_danger_is_not_a_claim():
    assert not flagged("- Danger: Amy will be neglected and unsafe.", "Risk")


def test_the_term_named_is_the_judgement_itself():
    (finding,) = flagged("Sarah is a loving mother.")
    assert finding.message.startswith("'loving mother'")


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Rosie is a cheerful, settled girl.", "a label with a series of descriptions"),
        ("Mum is emotionally distant.", "an adverb of the mind makes a state of it"),
        ("The boys are thriving at their new school.", "a participle that describes"),
        ("Dad is unable to understand the baby's needs.", "a capacity of mind"),
        ("The kitchen was in a state of disrepair.", "a state given as where something is"),
        ("Dad was under the influence at contact.", "a state given as where someone is"),
        ("Jordan is now out of control at home.", "a state given as where someone is"),
        ("Mum has no insight into the risks.", "having none of something of the mind"),
        ("The contact session went well.", "a verdict on how something went"),
        ("Mum is coping well with the twins.", "a verdict on how someone is doing"),
        ("Dad has a history of poor decisions.", "an abstract thing judged, after 'of'"),
        ("Nan was dismissive of the school's worries.", "a state with what it is about"),
        ("On 3 May, Mr Reid was hostile and evasive.", "the month of May is not a modal"),
        ("Following the review, Dad has been aggressive.", "a sentence framed in time"),
        ("Mum was hostile when questioned about the burn.", "what was done to her"),
        ("Kai's behaviour was worrying.", "a verb of feeling used as a description"),
        ("Ms Reid is a kind mum who puts her boys first.", "a person noun read as an adjective"),
        ("Dad did not show any remorse.", "none of something of the mind, negated"),
        ("Mr Shah is withdrawn and irritable.", "a participle leading a series of states"),
        ("The flat was unsuitable for a toddler.", "a rating carried one step in WordNet"),
        ("Dad has poor budgeting skills.", "the head of a compound noun is what is judged"),
        ("Mum is always shouting at the boys.", "a trait told in the progressive"),
        ("Neighbours rude and unhelpful.", "a case note's judgement with no verb"),
        ("Nan tearful.", "a case note's judgement with no verb"),
        ("Grandad was warm and nurturing.", "a series of descriptions is one judgement"),
        ("The boy was happy to see his aunt.", "a feeling, whatever it is about"),
        ("Gran was upset on Sunday.", "a person's state, whenever it was"),
        ("Nan is a protective factor.", "a person called an abstract thing"),
        ("Jo has a strong bond with her nan.", "a phenomenon judged ('bond')"),
        ("The risk to Kai is high because his father drinks.", "a rating of the risk model"),
        ("The likelihood of harm is low.", "a rating of the risk model"),
        (
            "Dad came to the review but was rude to the chair.",
            "an act before 'but' does not show what is said after it",
        ),
    ],
)
def test_general_readings_of_a_judgement_are_flagged(text, reading):
    assert flagged(text), reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "The bond between Ava and her dad looks strong: she climbed onto his knee and he "
            "rocked her to sleep.",
            "detail after a colon that describes what was done",
        ),
        (
            "Dad was calm during the review, listened to each worker and asked what he "
            "needed to do next.",
            "acts carried on from the judgement's own subject",
        ),
        (
            "Ben was close to his mum at bedtime: he asked her to stay and she soothed him "
            "until he fell asleep.",
            "an act of feeling told as it happened, to someone",
        ),
        ("Mum was seen by the midwife on 4 June.", "a passive act is no judgement"),
        ("Leo was seen by officers on the stairs crying.", "what officers saw"),
        ("The cot sheet was soaked.", "the state a touch or a change left a thing in"),
        (
            "Dad's drinking seems to have got worse, as he told me he drinks every night now.",
            "what someone told the writer",
        ),
        (
            "Her nursery keyworker has noticed it too: she is hungry and tired on Mondays.",
            "what someone named perceived",
        ),
        (
            "Tom is at risk of serious harm if his stepfather looks after him alone.",
            "a risk under a condition is a prediction",
        ),
        ("The bedroom window was broken.", "the state a touch or a change left a thing in"),
        ("A strategy meeting was arranged for that afternoon.", "a passive told with its time"),
        ("Ms Obi is a single parent and a wheelchair user.", "what a person is, not how good"),
        ("He is a care leaver.", "a compound's head is what the person is called"),
        (
            "When Mum feels low she will ring her sister, who will come round.",
            "a condition is not a claim",
        ),
    ],
)
def test_general_readings_of_evidence_pass(text, reading):
    assert not flagged(text), reading


def test_the_household_section_is_read_like_the_others():
    people = "- Adult: Kelly Jones, mother. She is a good mother."
    assert flagged(people, "About the child and household")
    assert not flagged(
        "- Adult: Lee Brown, stepfather. Not yet seen by any professional.",
        "About the child and household",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mum missed her first appointment with the midwife on 3 May.",
        "Jade was referred to perinatal mental health by her GP.",
        "Dad has a previous conviction for theft.",
    ],
)
def test_adjectives_of_kind_and_sequence_are_not_judgements(text):
    assert not flagged(text)


def test_a_rating_asks_for_the_facts_that_put_it_there():
    (finding,) = flagged("The risk to Kai is high.", "Analysis")
    assert finding.message.startswith("'high'")
    assert "What puts it at 'high'? Say which facts" in finding.message


def test_a_change_names_the_comparison_not_the_verb_it_rides_on():
    (finding,) = flagged("The drinking has gone on for a year and is getting worse.", "Analysis")
    assert finding.message.startswith("'worse'")
    assert "Compared with what" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # An adjective made from a verb of how people deal with each other, said of a person.
        "Mr Shaw was evasive when I asked about the money.",
        "Nan was argumentative with the nurse.",
        # A frequency that qualifies where someone always is, or a clause in the present.
        "Dad is always on the computer.",
        "The twins hear arguments all the time.",
        # A label denied is still a label.
        "Mr Shaw is not a safe adult for the boys.",
        # Something of conduct or mind said to have changed, with no before or after.
        "Leah's behaviour has deteriorated since the summer.",
        # A certainty of the mind's own: evident, apparent.
        "It was apparent that the boys had been told what to say.",
    ],
)
def test_judgements_in_ordinary_grammar_are_found(text):
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Dad is tall and has a beard.",
        "Mr Shaw is not a nurse.",
        "The plan was changed at the meeting on 3 May.",
        "The bruise on her arm had faded by Friday.",
        "Her attendance has improved to 96% this term.",
        "The visit started at 10am and ended at 11am.",
        "Mrs Khan believes Leah is being bullied.",
    ],
)
def test_plain_facts_and_named_views_in_the_same_grammar_pass(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Dad showed zero interest in the baby's feeds.",
        "Mum does not understand the seriousness of the injuries.",
        "There is a lot of conflict between the brothers.",
        "Staff think that Leah is unhappy in the unit.",
        "Nan was in a bad place after the funeral.",
    ],
)
def test_having_none_denying_a_capacity_or_saying_something_bad_exists_is_judged(text):
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "There is a lot of mould on the bedroom wall.",
        "There was a fight between the boys at 3pm.",
        "Mum does not know the address of the flat.",
        "He went to his room at 10pm after staff offered him toast.",
        "Mrs Khan thinks Leah is unhappy because Leah told her so on 4 May.",
    ],
)
def test_the_same_grammar_about_things_or_with_its_basis_passes(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Jay never engages with his youth worker.",
        "Staff feel Jay is testing them to see how far he can go.",
        "It was determined that Mum lacks insight.",
        "Dad shouts and the twins are frightened of him.",
        "Dad presents as a good candidate for overnight stays.",
        "Dad was polite to the worker, as usual.",
        "Mum is emotionally unavailable; she does not have the capacity to put the baby first.",
    ],
)
def test_a_judgement_is_not_hidden_by_its_grammar(text):
    assert flagged(text), text


def test_someone_seen_somewhere_is_a_visit_not_what_was_seen_of_them():
    assert flagged("When I saw Ms Hale at 2pm at her flat, she was clearly not engaging.")
    assert flagged("Ms Hale was seen at the contact centre on 2 May and was hostile.")
    assert not flagged("I saw Ms Hale slap him and she was angry.")
    assert not flagged("Kai was seen with a bruise on his cheek and was upset.")


def test_what_was_perceptible_is_an_observation():
    assert not flagged("Both boys were seen; no marks were visible on their arms or legs.")
    assert flagged("Mother was attentive and nurturing.")


def test_each_judgement_in_a_sentence_needs_its_own_evidence():
    [finding] = flagged("Mum was tearful and cried, and Dad was rude.")
    assert finding.message.startswith("'rude'")


def test_the_next_sentence_shows_a_judgement_only_when_it_goes_on_about_the_same_one():
    # What someone else did, told next, shows nothing of this judgement.
    assert flagged(
        "Mum has a history of poor engagement with services. Ms Patel told me on 6 May that "
        "Ava arrived in soiled clothes."
    )
    assert not flagged("Jack appeared happy. He laughed and told me 'Nana is fun'.")
    # A thing, a place or an event is shown by what the next sentence describes in it.
    assert not flagged("The flat was dirty. The kitchen floor was sticky and the bin was full.")
    assert not flagged("Contact went well. Sam hugged his dad and they built a den for an hour.")


@pytest.mark.parametrize(
    "text",
    [
        "Her hands felt icy to the touch.",
        "She was crying and her voice was shaking.",
        "At 00:05 the on-call manager was informed.",
        "Mr James has no new safeguarding concerns.",
        "The baby had a visible nappy rash.",
    ],
)
def test_observations_in_evaluative_looking_words_pass(text):
    assert not flagged(text), text


def test_a_view_or_an_account_held_by_no_one_named_is_the_writer_s_to_show():
    for text in (
        "Staff at the nursery feel that Ava is neglected.",
        "The school say Tyler is often hungry.",
    ):
        assert flagged(text), text
    # The finding names who holds the view, past the phrase hanging from them.
    [finding] = flagged("Staff at the nursery believe Ava is hungry.")
    assert finding.message.startswith("'Staff at the nursery believe'")
    assert not flagged("Mrs Cole, his teacher, said Tyler was hungry on 3 and 4 May.")


def test_a_thing_s_warmth_or_size_is_what_was_felt_or_seen():
    assert not flagged("The bedroom was cold.")
    assert not flagged("The television was very loud.")
    # Said of a person, it is a judgement to show; and a series is read whole.
    assert flagged("The baby was small for her age.")
    assert flagged("Dad was loud and aggressive.")
    assert flagged("He was tired and irritable.")


def test_a_person_called_an_unpleasant_kind_of_person_is_labelled_and_a_trade_is_not():
    assert flagged("Dad is a hothead.")
    assert not flagged("He is a forklift operator.")


def test_an_absolute_made_of_a_habit_asks_for_the_occasions_known():
    (finding,) = flagged("Dad minimises everything.")
    assert "'minimises everything'" in finding.message
    assert "Say the occasions you know of" in finding.message
    # One occasion, told, is no claim about every time.
    assert not flagged("Leo did not eat anything at lunch and left his plate full.")
    # What someone else says is theirs: "nobody visits" is Mum's account.
    assert not flagged("Mum says nobody visits.")


def test_a_change_up_to_now_asks_compared_with_what():
    (finding,) = flagged("There has been a real improvement in Leo's attitude.")
    assert "Compared with what, and since when?" in finding.message
    assert not flagged("There has been a fire at the flat on 3 May; the fire service attended.")


def test_where_and_when_a_judgement_was_made_do_not_show_it():
    # Opening phrases of place and time, an age, the writer's own visit: none shows it.
    for text in (
        "At the core group on 4 May at the family centre, Ms Grey was evasive.",
        "Dad has no idea how to parent a 15 year old.",
        "When I met Gran at her flat on Tuesday, she came across as cold.",
        "Ms Grey telephoned me on Monday and was aggressive.",
    ):
        assert flagged(text), text


def test_the_verb_that_carries_a_judgement_is_not_evidence_of_it():
    # What no one named agreed, the concerns a body raised, how someone seemed: the verb
    # takes the judgement; nothing else was seen.
    for text in (
        "At the meeting everyone agreed Toby is at risk of harm.",
        "Colleagues agree that the household is in chaos.",
        "The nursery have raised concerns about Ava's weight.",
        "Mr Pike looked tired and seemed disengaged from the whole review.",
        "Mrs Lowe was hostile in the hallway when the SW called.",
    ):
        assert flagged(text), text
    # A source named for what it reported still shows how it is known.
    assert not flagged("The nursery manager reported that Ava seemed withdrawn.")


def test_a_series_of_descriptions_may_end_in_a_participle():
    assert flagged("Mr Vance is a cruel and controlling partner.")
    assert not flagged(
        "Dad changed Mia's nappy, washed his hands and warmed her bottle unprompted."
    )


def test_no_one_in_a_group_said_to_be_disposed_to_something_is_an_absolute():
    assert flagged("Nobody in the household is willing to take Jamie to school.")
    assert flagged("No one at home is protective of the baby.")
    assert not flagged("Nobody was home when I knocked at 2pm.")


def test_a_change_by_how_much_or_since_when_asks_compared_with_what():
    assert flagged("Aunt Rose's health has declined dramatically this year.")
    assert flagged("Home visit: conditions deteriorated since my last visit.")
    assert not flagged("The graze on his knee had faded by Friday.")


def test_a_stance_towards_a_matter_is_a_judgement_of_the_mind():
    assert flagged("Dad is in denial about how much he drinks.")
    assert not flagged("Dad was in court about the burglary charge.")
    assert not flagged("Mum was in a meeting about the rota.")


def test_how_well_something_went_between_people_is_a_verdict():
    assert flagged("The twins have bonded well with their carer.")
    assert flagged("Baby is well attached to her grandmother.")
    assert not flagged("Baby fed well, taking 120ml at 2pm.")
    assert not flagged("The room was very loud.")


def test_what_was_found_a_record_cited_and_a_named_view_are_not_the_writers_claims():
    assert not flagged("No further bruises were found.")
    assert flagged("Dad was found intoxicated.")
    assert not flagged(
        "The drug test was positive for cannabis (Northgate Labs report, 02/03/2026)."
    )
    assert not flagged("Dr Shah's opinion is that the marks do not fit a fall.")
    assert flagged("The agency's view is that Mum is neglectful.")
    assert not flagged(
        "Mr Lowe arrested for assault on Ms Hill, bruising to her left arm photographed."
    )


def test_a_rated_thing_posed_or_a_harm_going_on_is_a_judgement():
    assert flagged("Mr Ray poses a serious risk to the twins.")
    assert not flagged("The stairs pose a risk to the baby, as the gate is broken.")
    assert flagged("Callum is being exploited by older boys from the estate.")
    assert not flagged("Callum is being looked after by his aunt this week.")


def test_only_a_named_source_or_record_clears_a_judgement_near_it():
    for text in (
        "Dad is aggressive (email, 3 June).",
        "The flat was filthy (my case note, 4 May).",
        "The assessor's view is that Mum is lazy.",
        "Someone's view is that Mum is lazy.",
        "Evidence of neglect was found in the bedroom.",
        "No concerns were found.",
    ):
        assert flagged(text), text
    assert not flagged("Nobody visits the family at weekends, Gran said.")
    assert not flagged("Nobody in the family qualifies for legal aid, the solicitor confirmed.")


def test_well_with_what_was_seen_and_in_with_dealings_are_observations():
    for text in (
        "The baby was well wrapped in a cotton blanket.",
        "The stair gate was well secured at the top of the stairs.",
        "Mum was in contact about the repairs.",
        "The parents were in agreement about the date of the next visit.",
        "I noted the kitchen was clean and tidy.",
    ):
        assert not flagged(text), text


def test_a_hurried_note_s_sentences_and_headings_are_read_as_written():
    # A lower-case sentence after a full stop is a sentence of its own, with its own finding.
    found = flagged("home visit, kitchen was a mess. mum presented as flat and was rude.")
    assert len(found) == 2
    assert "What did you see of it that shows 'mess'?" in found[0].message
    assert flagged("Core group - parents evasive and hostile.")
    assert not flagged("Drug screen, 14 Aug: cannabis positive.")
    assert not flagged("Please bring your solicitor with this letter.")
    assert not flagged("Tanya has cared for Rio on alternate weekends since March.")


def test_what_the_writer_does_not_know_is_a_gap_not_a_judgement():
    assert not flagged("We do not know Dad's view of the incident.")
    assert flagged("Dad does not understand the impact on Amira.")


def test_a_test_result_a_short_form_and_how_well_someone_cared():
    assert not flagged("Drug test - mum negative.")
    assert not flagged("Mum was drunk at contact in Sept. and Oct., slurring and swaying.")
    assert flagged("Gran has cared for Rio lovingly since birth.")


def test_a_state_named_after_a_preposition_is_not_said_of_anyone():
    assert not flagged("Leo may lose his sense of being safe at home, his sleep and his appetite.")
    assert flagged("Mum was being rude to the nursery staff.")


def test_a_cause_given_for_someone_s_conduct_is_a_judgement():
    (finding,) = flagged("Leo's bedwetting is because of the stress at home.")
    assert "What links the two?" in finding.message
    assert flagged("Her school refusal is down to anxiety.")
    assert not flagged("The visit was cancelled because of snow.")
    assert not flagged("Her lateness was due to the bus strike.")
    assert not flagged("The next review is due on 3 May.")
    assert flagged("Dad remains in denial.")


def test_a_feeling_said_of_what_went_before_is_shown_by_it():
    # "That" points back to what was just described: that is the evidence of the feeling.
    assert not flagged(
        "Poppy splashed in the bath and giggled each time I poured water on her toes. "
        "I wrapped her in a towel. She loved that."
    )
    assert flagged("Mum was drunk at the door. Poppy hated that.")


def test_more_or_less_than_it_should_be_is_a_judgement_of_amount():
    (finding,) = flagged("Kian plays on his tablet too much.")
    assert "'plays on his tablet too much'" in finding.message
    assert "How many times, over what period" in finding.message
    assert flagged("Nell eats too little.")
    assert not flagged("Nell told me the school dinners cost too much.")
    assert not flagged("Kian had too much sugar at the party, his aunt said.")


def test_what_someone_has_a_history_of_is_a_judgement_until_shown():
    assert flagged("Mr Lowe has a history of violence.")
    assert not flagged("This was the first reported incident of violence at the address.")
    assert not flagged("Their grandfather died of cancer in March 2024 (death certificate).")


def test_whether_needs_are_met_and_a_harm_suffered_are_judgements():
    (finding,) = flagged("Callum's needs are not being met at home.", heading="Analysis")
    assert "'needs are not being met'" in finding.message
    assert "Which needs?" in finding.message
    assert flagged("Mum meets the children's basic needs.", heading="Analysis")
    (finding,) = flagged("The children are exposed to domestic abuse.", heading="Analysis")
    assert "'exposed to domestic abuse'" in finding.message
    assert not flagged("The referral meets the threshold for a section 47 enquiry.")
    assert not flagged("Leo was exposed to the cold for an hour, the paramedic said.")
    assert not flagged("We met the family at the school on 3 May.")


def test_the_writers_own_feelings_and_a_named_account_are_not_assertions():
    assert not flagged("I hope Mum will keep going to the group.", heading="Analysis")
    assert not flagged("According to the school, Tom talks too much in class.")
    assert not flagged("Tom is rude to the dinner staff, according to his teacher.")
    assert not flagged("Per his foster mom, Tom is rude to the dinner staff.")
    assert flagged("Tom is rude to the dinner staff.")
    (finding,) = flagged("Mum is a caring parent.", heading="Analysis")
    assert "It labels a person" in finding.message


def test_what_is_shown_next_or_before_and_quotes_the_splitter_cut():
    assert not flagged("Mum hugged Tom at the end of contact. He was happy with that.")
    assert not flagged(
        "I am worried about Ruby's care. On three visits in October there was dog mess on the "
        "kitchen floor and the only food in the fridge was half a carton of milk.",
        heading="Analysis",
    )
    assert not flagged(
        "Ms Nowak was tearful for most of the visit. She said, 'I cannot feel anything when I "
        "hold her. I know I should.'"
    )
    assert not flagged(
        "Mum meets the children's basic needs. At all three visits the children were clean, "
        "fed and dressed for the weather.",
        heading="Analysis",
    )
    assert flagged("Mum has a history of poor engagement. Ms Patel told me Amelia was late.")


def test_an_amount_had_or_reported_is_not_an_uncounted_amount_done():
    assert not flagged("Mum has too much on her plate at the moment, she said.")
    assert not flagged("Mum said the school uniform costs too much.")
    assert flagged("Tom has missed too much school.")


def test_where_someone_was_is_no_state_unless_the_place_is_one():
    assert not flagged("Ms Hassan was at her perinatal mental health appointment.")
    assert not flagged("Grace was in a clean babygro and cardigan.")
    assert flagged("Professionals agree that the family are at crisis point.", heading="Analysis")
    assert flagged("Mum is in crisis.", heading="Analysis")


def test_an_effect_of_someones_conduct_or_state_asserted_is_a_judgement():
    (finding,) = flagged("Mum's drinking is impacting on her parenting.", heading="Analysis")
    assert "'drinking is impacting'" in finding.message and "What links the two?" in finding.message
    assert flagged("Dad's cannabis use does not affect his care of Ava.", heading="Analysis")
    assert not flagged("The snow affected the visit on 3 March.")
    assert not flagged("Her asthma affects her sleep, the GP letter of 3 May says.")


def test_a_cause_named_by_a_noun_or_a_verb_of_causing_is_a_judgement():
    (finding,) = flagged("Leo's anger is the main driver of the arguments.", heading="Analysis")
    assert "What links the two?" in finding.message
    assert flagged("Her low mood is a direct result of the move.", heading="Analysis")
    assert flagged("His truanting is driven by his friendships.", heading="Analysis")
    assert flagged("Her anxiety stems from the house fire.", heading="Analysis")
    # No one's conduct or state: a plain account of why.
    assert not flagged("The delay is a result of the court's timetable.")
    assert not flagged("The visit was cancelled because of the snow.")
    # One occurrence with a plain cause is a fact to record.
    assert not flagged("Ben's absence last Friday was the result of a GP appointment.")
    assert not flagged("Mum's move to Leeds was triggered by her landlord selling the house.")
    # A cause named by whoever gave it, after the clause, is theirs.
    assert not flagged("Her panic attacks are triggered by crowds, her therapist reports.")
    assert not flagged("His tantrums are driven by hunger, according to the nursery manager.")


def test_a_capacity_to_care_foretold_or_a_readiness_is_a_judgement():
    (finding,) = flagged("Dad would not cope with three children.", heading="Analysis")
    assert "'would not cope'" in finding.message
    assert flagged("Gran will not be able to keep the twins safe.", heading="Analysis")
    assert flagged("Sam is not ready to live on his own.", heading="Analysis")
    # A plan or an arrangement foretold is no judgement of anyone, nor a refusal told.
    assert not flagged("Mum will not be able to attend the review on Tuesday.")
    assert not flagged("Gran will not be able to meet us until 4pm on Friday.")
    assert not flagged("Dad would not let me into the kitchen.")
    assert not flagged("The review will be held on 3 May.")
    # A hedge is not an assertion.
    assert not flagged("Dad might not cope with three children, his sister thinks.")


def test_how_close_a_tie_is_and_a_state_made_by_a_prefix_are_judgements():
    assert flagged("The bond between the brothers is close.", heading="Analysis")
    assert flagged("Their relationship is distant.", heading="Analysis")
    assert not flagged("Their relationship is new.")
    assert flagged("Dad is disengaged.", heading="Analysis")
    assert flagged("Ava was hypervigilant all afternoon.", heading="Analysis")


def test_how_an_occasion_went_is_a_verdict_unless_it_only_went_ahead():
    assert flagged("Contact went OK.")
    assert flagged("Family time went fine.")
    assert flagged("Home visit: YP fine.")
    assert not flagged("The meeting went ahead as planned on 4 May.")
    assert not flagged("OK, we agreed to meet on Friday at the library.")


def test_a_tie_with_someone_and_speech_named_by_its_verdict_are_judgements():
    (finding,) = flagged("Dad is not bonding with the baby.", heading="Analysis")
    assert "'is not bonding with the baby'" in finding.message
    assert "What passed between them" in finding.message
    assert flagged("The girls are bonded to their foster carers.", heading="Analysis")
    assert not flagged("I attached the school's letter to the email.")
    assert flagged("Mum is minimising the bruise on his cheek.", heading="Analysis")
    assert flagged("Dad downplays his drinking.", heading="Analysis")


def test_a_label_foretold_a_reason_not_grasped_and_a_lack_are_judgements():
    (finding,) = flagged("Uncle Joe would not be a safe carer.", heading="Analysis")
    assert "'would not be a safe carer'" in finding.message
    assert "What has happened that makes you expect it?" in finding.message
    assert flagged("Ms Bell does not understand why the twins are in foster care.")
    assert not flagged("Ms Bell does not know where the twins' father lives.")
    assert flagged("The carers lack the patience to settle a baby at night.", heading="Analysis")


def test_a_length_that_names_a_check_is_no_measure_of_what_was_seen():
    assert flagged("Mum seemed low and withdrawn at the six-week check.", heading="Analysis")
    assert not flagged("Mum was tearful at the six-week check and said she had slept four hours.")
    # A length that measures a span is still a measure.
    assert not flagged("The six-week delay is a concern, but it was Mr Hale who rang us.")


def test_a_record_named_as_telling_it_is_how_it_is_known():
    assert not flagged("Dad is often late for contact, the centre's records show.")
    assert not flagged("Ms Cole failed to finish the course, which college records confirm.")
    assert flagged("Dad is often late for contact; the centre's records are on file.")


def test_a_thing_lacked_and_one_dated_event_caused_by_another_are_facts():
    assert not flagged("The carers lack a car, so the support worker drives them to contact.")
    assert not flagged("Mum and Dad lack the money for the school trip.")
    assert flagged("The carers lack the patience to settle a baby at night.", heading="Analysis")
    assert not flagged("Leo's suspension was a result of the fight on Friday.")
    assert flagged("Leo's fighting is a result of the bullying he suffered.", heading="Analysis")


@pytest.mark.parametrize(
    "text",
    [
        "The situation at home has improved a lot.",
        "The risk of exploitation has reduced significantly since the family moved.",
        "Ayesha was coerced into the marriage by her uncle.",
        "Dad's gambling is having a serious impact on Kian's mental health.",
        "Moving between hostels has had a negative effect on the children's wellbeing.",
        "Dad's drinking impacts Leo's sleep.",
        "Ms Obi's motivation for caring for her nephew is financial.",
        "Mr Lane poses no risk to his daughter.",
        "Uncle Ray is no risk to the boys.",
        "Tayo's sleep has improved a bit.",
        "Tayo's behaviour has really improved.",
        "The risk of Mr Lane coming back to the flat has reduced.",
        "Grace was coerced into sending the photos.",
        "Leon was exploited by older boys in the park.",
        "Ms Obi's motive is money.",
        "Mum was looking like she had not eaten for days.",
        "Leo's attendance has improved a lot this term.",
        "Dad's engagement has really improved.",
        "Dad is 'unpredictable' at contact.",  # a term in quotation marks is nobody's words
    ],
)
def test_changes_effects_motives_and_how_others_were_treated_are_judgements(text):
    assert flagged(text, "Analysis")


@pytest.mark.parametrize(
    "text",
    [
        "Sam was looking at the floor and did not answer.",
        "Dr Patel has said she would not support discharge until the nurse can visit daily.",
        "The surgery confirmed Ava and her brother are still registered.",
        "She showed me the plan saved on her phone.",
        "Mum's drinking has increased since the move, as she told me she now drinks every night.",
        "Sam was excluded from school on 3 May.",
        "The children were supported by Gran.",
        "Kayden told me he has never cooked a meal or paid a bill. On this basis I do not think "
        "he could manage a tenancy alone.",
        "Tayo has been calmer since moving to his aunt's because he told me he sleeps now.",
        "Jac was left at school on Friday and collected by his aunt at 5pm.",
        "The coach confirmed that training was cancelled.",
        "The new bus timetable has an effect on the pick-up time.",
        "Her reason for missing the appointment was a hospital admission.",
        "The nurse visits Mum's flat every Tuesday.",
        "Dad's motivation letter to the council was posted on 2 April.",
        "The risk of further harm has reduced because Mr Lane has moved to Leeds and has not "
        "called since May.",
        "Mr Aziz was looking after his niece on the day of the visit.",
    ],
)
def test_acts_seen_what_a_named_person_has_said_and_facts_told_as_such_pass(text):
    assert not flagged(text, "Analysis")


def test_a_motive_asks_whether_they_said_so():
    (finding,) = flagged("Ms Obi's motivation for caring for her nephew is financial.", "Analysis")
    assert "'motivation'" in finding.message
    assert "did they tell you?" in finding.message


def test_a_citation_that_points_nowhere_is_named_in_its_own_sentence_only():
    chronology = "# Facts and chronology\n\n- 3 May 2024: Kai cried at school.\n"
    found = findings(f"{chronology}\n# Analysis\n\nKai is sad [F7]. Dad is cruel.\n", rule=RULE)
    assert ["F7" in finding.message for finding in found] == [True, False]


def test_a_citation_shows_its_own_sentence_not_the_rest_of_the_item():
    chronology = "# Facts and chronology\n\n- 3 May 2024: The GP phoned about Mum's medication.\n"
    found = findings(
        f"{chronology}\n# Analysis\n\nMum is not coping [F1]. Her motivation to change is high.\n",
        rule=RULE,
    )
    assert [finding.message.split("'")[1] for finding in found] == ["motivation"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Cole is unemployed and lives with his brother.",
        "Gran was widowed in 2015.",
        "Dad was charged with assault and remanded in custody.",
        "Ms Reid was sectioned in 2021 and was discharged after six weeks.",
        "Mum is married to Mr Dale.",
        # Denied, a status is a status still; "working" of a person is being in work.
        "Mum is not married to Dad.",
        "Dean is not working at the moment and spends most days at home.",
        "Dad is working full time at the depot.",
    ],
)
def test_standing_on_a_register_in_law_or_in_work_is_a_fact_not_a_verdict(text):
    assert not flagged(text, "Analysis")


@pytest.mark.parametrize(
    "text",
    ["The plan is not working.", "Mum is not working with services."],
)
def test_not_working_said_of_a_thing_or_of_dealings_with_others_is_still_a_verdict(text):
    assert flagged(text, "Analysis")


@pytest.mark.parametrize(
    "text",
    [
        # An unnamed crowd's view: "everyone" names no one a reader could ask.
        "Everybody said that Mr Ross is a good dad.",
        # The clause before, as the cause of what happens to someone.
        "Ms Hale drinks most nights and this is affecting Ben's sleep.",
        "Dad left in March, and this has had an impact on her.",
        # "Can be" and a description: how someone is at times, not a possibility.
        "Mr Pike can be very controlling.",
        # A trait given a cause.
        "Jay's aggression is caused by his new tablets.",
        # A description made by a prefix, as a verb.
        "Ms Lowe disengaged from the clinic.",
        "Mum has been disengaged from the plan for some time.",
        # What goes on now, claimed: the things in it are not what was seen.
        "Mum is not truthful, she is hiding her drinking and the boys know about it.",
        "Dad is unreliable and regularly turns up late to contact at the family centre.",
        # A level of quality given.
        "Record keeping at the nursery is of a high standard.",
        "The meals were of poor quality.",
    ],
)
def test_judgements_said_in_other_shapes_are_found(text):
    assert flagged(text, "Analysis"), text


def test_a_record_named_at_the_end_is_the_source():
    assert not flagged("Her eczema affects her sleep, the GP letter of 9 June says.")


@pytest.mark.parametrize(
    "text",
    [
        # A status word used of something else is a description still.
        "The atmosphere at the contact was highly charged.",
        "Dad seems separated from reality.",
        "Mum is very disabled by her low mood.",
        # An undoing with its object is a deed.
        "Dad disconnected the cooker.",
        "Mum disagreed with the plan.",
    ],
)
def test_a_status_word_used_figuratively_and_an_undoing_with_an_object(text):
    flags = bool(flagged(text, "Analysis"))
    assert flags == text.startswith(("The atmosphere", "Dad seems", "Mum is very")), text


@pytest.mark.parametrize(
    "text",
    [
        "Mum has a new job and this is affecting her hours.",
        "Mum was very anxious, and this showed when she shook and cried all through the meeting.",
        "Mum is anxious and is shaking and picking at her sleeves during the visit.",
        "The two girls are of a similar age.",
        "Her teachers said that Noah is a delight.",
        "Dad can be working late on Thursdays.",
        "He did not say anything else and went back to his seat.",
        "Mr Ode fitted a door alarm on Monday and keeps a log, which I read on 2 May.",
        "Ms Kaur, the therapist, is clear this is an observation and not a disclosure.",
        "The flat is of a high standard, as the housing officer's report of 4 March says.",
        "The kitchen had dirty plates and often scraps of food on the floor.",
    ],
)
def test_what_the_round_must_not_flag(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mr Dean can at times be neglectful.",
        "The children are living in constant fear.",
        "Mum is very overprotective and this is fuelling Sam's anxiety.",
    ],
)
def test_at_times_living_in_and_a_cause_after_this(text):
    assert flagged(text, "Analysis"), text


def test_the_writers_own_assessment_is_no_one_elses_account():
    assert flagged("Per my assessment, the boy is a danger to his sister.", "Analysis")
    assert not flagged("Per his foster carer, Tom is a happy boy.", "Analysis")


def test_a_better_place_is_a_place_rated():
    assert flagged("Kian is now in a much better place.", "Analysis")


def test_a_decision_recorded_is_not_conduct_found_wanting():
    assert not flagged("She did not support a prosecution.")
    assert flagged("Dad does not support Sam.")


@pytest.mark.parametrize("text", ["Noah is such a spiteful boy.", "Lack of routine at home."])
def test_such_a_label_and_a_note_of_what_is_lacking(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mum was discharged from hospital on 2 May.",
        "The baby was disconnected from the ventilator on 3 May.",
        "Per my manager, Dad has been arrested before.",
        "Mrs Khan, who teaches Noah, said that Mum is a good mum.",
        "Noah can be absent on Fridays for his hospital appointments.",
        "Mum can be free on Thursdays.",
    ],
)
def test_records_people_named_and_what_can_be_arranged_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Dad was disengaged from services.",
        "The bruise is definitely accidental.",
        "Gran is a reliable historian and there are no concerns about her.",
        "The flat is of poor hygiene.",
    ],
)
def test_undoing_certainty_a_label_before_there_and_a_state_rated(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize("text", ["Dad does not understand", "Mum lacks", "They don't know"])
def test_a_sentence_cut_off_after_its_verb_is_read_to_its_end(text):
    # These raised IndexError inside the check (the command line hid it as an internal error).
    assert isinstance(flagged(text, "Analysis"), list)


@pytest.mark.parametrize(
    "text",
    [
        "Kofi is a bright girl.",
        "Dad is a cold man.",
        "Mum is a protective parent.",
        "Mum is living in denial.",
        "Ayo is behind for his age.",
        "Her reading is well below expected levels.",
        "Ben is developing well.",
        "The baby is growing well.",
        "Jade is a very immature 14 year old.",
        "Her language is age-appropriate.",
        "His bedwetting is a sign of anxiety.",
        "Her tantrums have got much worse, which is a sign of the stress she is under at home.",
        "I am confident that Dad will stop drinking.",
        "Gran's poor mobility means she would struggle to manage a toddler.",
        "Gran's age means she will not be able to care for Ola through his teenage years.",
        "Father is very lazy person.",
        "Dad's got no control over the boys.",
        "The arrangement is safe and is meeting Ola's needs.",
        "Baby presenting as well.",
        "Everybody says that Dad drinks.",
        "Ola has ADHD, which explains his behaviour at school.",
    ],
)
def test_characters_standings_changes_and_certainties_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "It was a cold night.",
        "He is a small boy.",
        "The cat was behind the sofa.",
        "Her weight is below the 2nd centile.",
        "Mum lives in a flat above a shop.",
        "If Ola's speech and language assessment on 5 May confirms a language disorder, the "
        "school will apply for an EHC needs assessment.",
        "I share his view that the flat is safe, because I saw the new locks fitted on 2 May.",
        "I noticed I felt intimidated when Mr Reid stood in the doorway.",
        "Police records show a Report of Concern was received on 6 June 2026 from the hospital.",
        "Police intelligence suggests he is being exploited.",
        "Mum is confident that she can manage.",
        "Mum has attended 12 sessions and is doing well.",
        "The meeting went ahead as planned on 4 May.",
        "The worker explained the plan to Mum.",
    ],
)
def test_places_measures_conditions_the_writers_own_feelings_and_records_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mum's mental health is well managed and poses no risk to the child.",
        "I would assess the risk of significant harm to Ola as high.",
        "Bea is a medically fit and healthy child.",
        "Ola's health and development needs are not being met.",
        "Both parents lack insight into the impact of their drinking.",
        "Mum has a learning disability which affects her parenting capacity.",
        "Gran would struggle to manage an active two-year-old.",
    ],
)
def test_ratings_given_and_effects_on_someone_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Both described how they settled a disagreement about the curfew by agreeing a rule.",
        "I think she may find it hard to accept the court's findings.",
        "Ola has been reported missing 7 times since 1 September. On 3 of those occasions he was "
        "found 60 miles from home with £340 in cash. In my view this pattern fits criminal "
        "exploitation and he is at high risk.",
    ],
)
def test_troubles_settled_hypotheses_and_views_on_what_went_before_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "He is behind with his rent.",
        "Zara is below expected levels in reading according to her teacher's termly assessment.",
        "Baby Jack is developing well, per the health visitor's visit on 12 May.",
        "Dad presented as a cold man; he turned his back on Tyler.",
        "I am clear that I will visit on Tuesday.",
        "The GP's letter of 28 January says Mum has not attended a review since August.",
        "Jodie Marsh, 29, mother of both children. Main carer.",
        "She played happily with the blocks.",
        "The school is within walking distance.",
    ],
)
def test_arrears_named_sources_shown_labels_and_the_writers_plans_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "I share Mum's view that the children are happy.",
        "The bruising is a sign of physical abuse.",
        "I am confident mum is drinking again.",
        "Mum interacted appropriately with the baby.",
        "He was dressed adequately for the weather.",
        "The baby is meeting milestones.",
        "Ruby is not meeting her milestones.",
        "Charlie is a bit behind for his age.",
        "Zara appears anxious about returning home.",
        "Ms Ali acted protectively.",
        "Ms Hart has limited insight into the impact of her drug use.",
        "Nathan's development is within the expected range.",
    ],
)
def test_a_view_taken_up_a_sign_of_harm_and_certainty_without_that_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "The couple's relationship remains volatile. Police were called to the flat on 4, 11 "
        "and 30 March after neighbours heard shouting, and on 30 March Ms Reed had a bruised "
        "cheek.",
        "I am satisfied that the new flat is suitable for contact. I visited on 2 August; it has "
        "two bedrooms, a cot made up, stair gates fitted and medicines in a locked cupboard.",
        "Attendance on days when Kit has swimming is 60% this term. Those days are harder for "
        "her because swimming is the lesson she finds hardest.",
        "The children's dental needs are not being met. Neither child has seen a dentist since "
        "2020, and Kit missed both appointments made for her in March.",
    ],
)
def test_a_point_made_then_dated_or_measured_evidence_after_it_passes(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A change with no before and after: of someone, of their state, under way.
        "Nan's drinking has stabilised.",
        "Dad has relapsed.",
        "Her mental health has deteriorated.",
        "Ruby's self-harm is escalating.",
        "His behaviour at nursery has got a lot worse.",
        "Ellis is much more regulated than he was.",
        # Ratings in the words of a trade or in plain speech.
        "Aisha's attachment to her father appears secure.",
        "Kofi is dysregulated most afternoons.",
        "Callum is doing okay.",
        "Callum's sofa surfing and he's doing fine.",
        # Causes given of what someone does or suffers.
        "Poverty is the cause of all their difficulties.",
        "Her depression is the reason she misses appointments.",
        "Ivy (7) has not been affected by the rows at home.",
        # Doing something to a state of mind is not seen done.
        "Oscar is more settled now and is processing his grief.",
    ],
)
def test_changes_ratings_causes_and_unseen_doings_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Her grandfather has died.",
        "Her bruise has faded to yellow.",
        "The meeting has moved to Friday.",
        "Mum's dental appointment was the reason for her absence.",
        "His broken arm is the reason for his absence.",
        "Her voice was shaking and she held her brother's hand.",
        "She has much more money now that her benefits are paid.",
    ],
)
def test_a_life_event_a_body_seen_to_change_plain_causes_and_movements_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mum has developed insight.",
        "Her anxiety is feeding Noor's school refusal.",
        "The overcrowding in the flat is the cause of Sami's behaviour at school.",
        "It is clear the boys have been told what to say to me.",
        "Mr Ali does not understand the risk management plan.",
        "Her missing episodes have increased significantly this year.",
        "Mum's relapsed.",
        "Nan's coping okay.",
        "The injury was caused by Dad.",
        "The bruise was caused by Dad pulling her arm.",
        "The neglect is caused by Mum's drinking.",
        "The domestic abuse has had no impact on the children.",
    ],
)
def test_minds_gained_causes_of_harm_and_contracted_changes_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "The tenancy has ended.",
        "The order has expired.",
        "Her wounds have healed.",
        "Sami is wetting again.",
        "School was affected by the strike.",
        "Dad's health has deteriorated; he had a stroke in January.",
        "Mum has developed a plan with the school.",
        "Dad has gained weight.",
        "He said his foster carer is 'OK' but he doesn't like the food.",
        # A record named as dated; a worry held by someone, and what it is about.
        "Mr Cole has a conviction for common assault against a former partner (2018, PNC check "
        "dated 4 March).",
        "She worries about relying on her inhaler too much.",
    ],
)
def test_ends_bodies_healing_plans_and_what_was_said_after_but_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Noor's confidence has grown.",
        "Jordan's mood has dropped since his father went to prison.",
        "The home environment has deteriorated since the last visit.",
        "The bruise on Ellie's arm was caused by her father.",
        "The rows at home have caused them significant emotional harm.",
        "Harper's mum doesn't care about her education.",
        "Roisin is anxious about the move and has been unsettled for weeks.",
        # A note's bare verdict after a sentence that shows something else.
        "Seen in clinic on 4 May, weighed 10.2 kg. Neglectful.",
        "Ms Ward is coping better.",
        "Niamh is doing much better.",
    ],
)
def test_changes_of_mind_and_states_and_causes_given_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # The point summed up after what showed it, about the same person.
        "At family time on 8 July Ruby threw toys, screamed and bit the supervisor. She was "
        "dysregulated for most of the session.",
        "Jayden has been excluded three times this term, after none last year, and his teacher "
        "has logged twelve incidents of hitting. His behaviour has got a lot worse.",
        "Police were called to the home on 2, 9 and 16 March, compared with none between "
        "September and February. Things have got a lot worse since Mr Daly moved back in.",
        "Kai's hands were shaking.",
        "The weather has improved.",
        "Noah's bruising has faded since the examination on 4 March; no new injuries.",
        "Mum is working on her anger with her counsellor, weekly since April (counsellor "
        "confirmed by phone on 10 June).",
    ],
)
def test_a_point_summed_up_after_its_evidence_and_a_body_moving_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # What will happen, foretold as certain: a judgement that needs its grounds.
        "Ms Roper will relapse once the case closes.",
        "Mr Ince's mental health will deteriorate after the baby is born.",
        "Engagement with the plan will be poor.",
        "This will only get worse over the winter.",
        "Ms Lamb will not be able to sustain the changes she has made.",
        "Mr Hale cannot prioritise the children's needs.",
        "This worker believes the risk of further harm is very high.",
        # Someone judged by a people or a faith they belong to.
        "As is typical in Kurdish families, Mrs Ahmadi defers to her husband.",
        "Like many lads on the Eastfield estate, Liam sees dealing as easy money.",
        # Ratings and labels in compounds; a relationship past "and".
        "Mr Tate is a high-risk parent.",
        "There is now no risk to the baby.",
        "Ms Cole is an over-protective mother.",
        "Relationships between the family and the school have broken down.",
        "Mum's parenting is erratic, and this is what is driving Tom's dysregulation.",
        "Mr Shaw came across as caring.",
        "Mr Fox lacks insight into the effect of his repeated missed appointments on Ava.",
        "Scaling 8/10 - things are a lot calmer at home.",
    ],
)
def test_forecasts_groups_compound_ratings_and_causes_at_work_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own plan, a plain event to come, a hedged forecast.
        "I will visit Ms Roper weekly until the review.",
        "Kai will start nursery in January.",
        "Dad will be released from prison on 3 March.",
        "Mum may relapse if her partner returns.",
        # None of something bad is a record of its absence.
        "Tyler had no detentions this term.",
        "She has no injuries on her arms or legs.",
        # A view drawn from what was just told, and said to be.
        "Ms Harper has relapsed twice after a bereavement (March 2022 and June 2024). Her "
        "brother died on 2 November, so I think the next month carries a raised risk of relapse.",
        "Police attended three times in October, compared with once in September. I think the "
        "risk is rising given the rise in call-outs.",
        "Mr Ali said, 'She is lying, it never happened,' and walked out of the meeting. I think "
        "he is not yet able to accept the concern.",
        "I am worried about Kayla. In our session she said she had not eaten since Tuesday and "
        "showed me the empty fridge.",
    ],
)
def test_plans_events_absences_and_views_drawn_from_what_was_told_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mr Cole will hurt the children.",
        "Ryan is bound to reoffend.",
        "Given her background, Ms Tran will not ask for help.",
        "In Polish families, the father's word is final.",
        "Typical of teenage fathers, Mr Lee has not turned up.",
        "The Okafors are loving parents.",
    ],
)
def test_harm_foretold_certainty_of_the_future_and_groups_unnamed_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "The family moved to a new flat in Leeds on 2 May.",
        "Like other pupils in Year 9, Jo sat a mock exam on 3 May.",
        "The injection will hurt him a little.",
        "There were six police call-outs in August, against one in July. I think the risk is "
        "rising.",
        "Mr Hill relapsed each time he lost a job, in 2020, 2022 and 2024. His contract ends in "
        "March. I expect he will relapse then.",
        "Ella will be safe with her aunt, who has looked after her every weekend since June.",
        "I believe Ms Carter, whose account matches the paramedic's notes.",
        "On 5 March we completed a Signs of Safety mapping at the school.",
    ],
)
def test_a_forecast_on_a_history_and_a_view_after_its_grounds_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Ms Dale will relapse.",
        "In my assessment the risk of further harm is high.",
        "There is a high likelihood of future harm.",
        "The risk of Mr Ward harming the children is low.",
        "It is highly probable that Ms Evans will struggle.",
        "Drinking is part of Polish culture, so her family will not help her stop.",
        # A thin fact given as the reason for a state of someone's is no evidence of it.
        "Mum is neglectful because she was late on 3 May.",
    ],
)
def test_bare_forecasts_ratings_in_more_shapes_and_a_thin_reason_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A rating or a view with facts given as its grounds, told specifically.
        "The risk to the baby is high because her two older brothers were removed in 2020 "
        "and 2022 and she tested positive for cocaine on 30 January.",
        "The risk from Mr Stone is assessed as high on the basis of his conviction for "
        "wounding a child in 2014.",
        "Given that Ms Adams moved into a refuge on 3 May, I think the risk from Mr Cole has "
        "reduced.",
        "Ms Quinn is of the view that Mr Jones is dangerous, and she has refused all contact.",
        "The family have no plans to travel.",
        "Noah is four weeks old; research by Brandon et al. (2020) shows that babies under one "
        "are over-represented in serious case reviews.",
    ],
)
def test_grounds_given_someone_elses_view_and_a_study_cited_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hussain will not change.",
        "Somali girls are expected to obey.",
        "Polish men drink a lot.",
    ],
)
def test_someone_not_changing_and_a_people_as_a_rule_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Kai will change schools in September.",
        "Polish children in the school are offered extra lessons.",
        "The Polish families I work with say the same.",
    ],
)
def test_a_change_of_something_and_a_people_named_in_a_fact_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Ms Bell raised her voice once at the contact centre. On this evidence, I think she is "
        "an aggressive parent.",
        "It is highly likely that Mr Hale will reoffend.",
        "Given the family's history with services, the risk of neglect is high.",
        "Ms Kaur is from a culture where domestic abuse is accepted, so she will not leave.",
        "In Somali culture, girls do not give their views, so Hodan will not tell us what she "
        "wants.",
    ],
)
def test_a_label_drawn_from_one_fact_and_groups_in_a_clause_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mr Brennan breached his order on 12 April and 3 May 2024, so I think it is highly "
        "probable he will try to contact Ms Lowe again.",
        "There is a high likelihood of harm to the baby because Mr Ellis shook his first child "
        "in 2016.",
        "Mr Haines is a high-risk parent on the basis of his conviction in 2018 for assaulting "
        "a two-year-old.",
        "Mr Tran missed the meeting on 3 May, the drug test on 10 May and the contact on 17 May. "
        "I therefore think he is not able to commit to the plan at the moment.",
        "The nursery has recorded four bruises on Aisha's arms since September. None were "
        "explained at collection. Given this, I think a child protection medical is needed.",
    ],
)
def test_ratings_and_views_on_dated_grounds_and_two_sentences_back_pass(text):
    assert not flagged(text, "Analysis"), text


def test_a_forecast_on_a_condition_is_still_a_judgement_but_a_plan_on_one_is_not():
    assert flagged("If the boys go home, Mr Kerr will hurt them.", "Analysis")
    for text in (
        "If Mum agrees, I will visit on Monday.",
        "If the children go home, they will start at Oak School.",
        "If Dad drinks, he may hit Mum.",
    ):
        assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Moving to foster care is not in Kayla's best interests.",
        "It is in Rhys's best interests to stay with his grandmother.",
        "The move has made things a lot worse for the boys.",
        "The new school made Zainab anxious.",
        "Dad cannot make any decisions without checking with his mother.",
        "Ms Doyle won't accept any help from the family centre.",
        "Nana is meeting all of the twins' needs.",
        "The family's need for a bigger flat is being met.",
        "The Wards are known to be involved in drug dealing.",
        "Since the family moved to Leeds they have disengaged.",
        "Mr Kelly is in denial about his drinking and would leave the children alone if he had to.",
        "The family are not registered with a GP as Travellers generally distrust doctors.",
        "Mum can't cope with three children under five.",
    ],
)
def test_best_interests_causes_habits_denied_needs_and_hearsay_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "The court will decide what is in Kayla's best interests.",
        "Mum made the boys a hot breakfast.",
        "The foster carer made Zainab comfortable on the sofa.",
        "Kayla did not eat any lunch on 4 May.",
        "Dad has not had any contact with the children since March.",
        "The referral is expected to be completed by Friday.",
        "Parents give written consent on 3 December. Parents agree to the referral.",
    ],
)
def test_a_question_of_interests_things_made_one_occasion_and_records_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "I would scale this family at 2 out of 10.",
        "On the safety scale I would put the family at a 6.",
        "Ms Lane is unable to set any limits for the twins.",
        "Kieran's anger is trauma-based and stems from what he saw as a toddler.",
    ],
)
def test_a_scale_given_and_a_habit_or_a_cause_in_a_second_clause_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "On the safety scale I would put the family at 6 because the police were called six "
        "times in March and none since.",
        "Kieran scaled his worry at 8.",
        "Mrs Boyle invited me in.",
        "Mr Ahmed is unable to give any explanation for the burn.",
        "Dr Lowe's letter says his aggression is mostly at home, which she linked to the "
        "arguments about contact.",
    ],
)
def test_a_scale_with_its_grounds_someone_s_own_score_and_what_is_told_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Eastern Europeans drink heavily, so Mr Novak's drinking is cultural.",
        "Gypsy families typically marry young.",
        "Her father's shouting made her anxious and withdrawn.",
        "Dad's drinking has made things worse for the boys.",
        "It would be in Oskar's best interests to move to his aunt's.",
        "Best interests of the children is to stay together.",
        "Father wont listen to any advice about safe sleep.",
        "Dad doesn't ever show any warmth to Chloe.",
        "Dad is now meeting the baby's basic needs.",
        "Since her medication changed, she is less aggressive.",
    ],
)
def test_peoples_causes_best_interests_and_habits_in_other_wordings_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mr Okoro is known to the team because he did the parenting course last year.",
        "Polish families came to the fun day on 3 May.",
        "Nan made them welcome.",
        "Ben's risk is increased because he is under 5 and not yet in nursery, so no "
        "professional outside the family sees him.",
    ],
)
def test_known_to_a_team_a_people_at_an_event_a_welcome_and_a_grounded_risk_pass(text):
    assert not flagged(text, "Analysis"), text


def test_the_child_s_own_first_person_words_are_not_the_writer_s_judgements():
    assert not flagged("I hate contact, Dad is always on his phone.", "The child's experience")
    assert flagged("Kai is always on his phone.", "The child's experience")


def test_grounds_set_out_after_a_colon_and_someone_known_to_do_something():
    assert not flagged(
        "The risk is higher when Mr Ade drinks: on both mornings I found him asleep at 2pm "
        "and the children had not been taken to school.",
        "Analysis",
    )
    assert flagged("The risk is high: Dad drinks.", "Analysis")
    assert flagged("Josh is known to frequent the park behind the flats.", "Analysis")
    assert not flagged("Mr Ali is known to the team because he did the course in 2024.", "Analysis")


@pytest.mark.parametrize(
    "text",
    [
        "Father is a heavy drinker.",
        "Mother has been offered support on numerous occasions and has refused.",
        "Mum's insight is limited.",
        "Mum is known to use cannabis.",
        "I would put this family at a 7.",
        "On a scale of 1 to 10, I would place the risk of neglect at 8.",
        "A move to foster care would serve Tia's best interests.",
        "Daisy is not coping with the move.",
        "Since the baby arrived, Mum has not coped.",
    ],
)
def test_labels_uncounted_occasions_capacities_scores_and_coping_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Mr Cole is known to police.",
        "Ms Dunn cannot make any decisions about the house until probate is granted.",
        "I put the baby down at 7pm.",
        "Information gap: how often the incidents happen.",
    ],
)
def test_on_the_books_for_now_a_time_and_a_question_pass(text):
    assert not flagged(text, "Analysis"), text


def test_a_sentence_that_ends_at_what_is_made_is_read_without_error():
    assert not flagged("After four weeks Mum will make the bottle", "Analysis")


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hale presented as hypervigilant throughout the visit.",
        "The family is high risk.",
        "Nurses on the ward advised that the flat is high risk.",
        "Following the course, her parenting capacity is assessed as good.",
        "According to police, Dad is a danger to the children.",
        "Dad was drunk when PC arrived at 23:10.",
        "Dad has no insight into how the arguments affect the boys.",
        "Her condition will inevitably worsen, and within three years she won't manage alone.",
    ],
)
def test_a_rating_as_a_kind_a_body_s_label_and_a_forecast_s_time_frame_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "The family is high risk because Dad was arrested for assaulting Mum on 3 May.",
        "According to the school, Tom talks too much in class.",
        "The school reported that Jordan seemed withdrawn.",
        "Her teachers said that Noah is a delight.",
        "Dad was drunk when PC Lowe arrived; he could not stand and slurred his words.",
    ],
)
def test_a_rating_with_its_grounds_and_a_body_s_account_of_behaviour_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Both parents under the influence.",
        "It would not be safe for Leo to go home tonight.",
        "A return home would be unsafe.",
        "The twins are scared to go home.",
        "Leo has a secure attachment to his nan.",
        "There is no risk of harm to the baby.",
        "Ella's behaviour at school is because of the contact with her mother on Sunday.",
        "His temper is a direct result of what he saw in the army.",
    ],
)
def test_a_note_s_state_a_verdict_on_a_course_and_a_cause_claimed_are_judgements(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "It would be helpful for Mum to attend the group.",
        "It would be unsafe for Leo to go home if Dad is there.",
        "There is no risk of Dad coming back: he moved to Spain on 2 May and works there.",
        "Clearly Dad drinks too much: he told me he has 'eight cans a night'.",
    ],
)
def test_a_suggestion_a_condition_and_grounds_set_out_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Dad presents as controlling.",
        "This is a high risk family.",
        "Overall, the risk to the baby is medium.",
        "Worries remain.",
        "School have had no concerns at all about Ruby this year.",
        "Mum's low mood impacts on her parenting.",
        "The boy is beyond parental control.",
        "The neglect in the home is because of Dad's drinking.",
        "Gran has always put her own needs first.",
    ],
)
def test_presenting_as_ratings_without_a_hyphen_or_an_opposite_and_standing_worries(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "The garage is beyond the station.",
        "Art is her favourite medium.",
        "The school's concerns remain.",
        "The delay was because of the snow.",
        "The housing needs of the family.",
    ],
)
def test_a_place_a_noun_an_owned_worry_and_a_plain_cause_pass(text):
    assert not flagged(text, "Analysis"), text


def test_the_writer_s_opinion_named_as_a_noun_needs_its_grounds():
    assert flagged("In my opinion the twins would be better off with Gran.", "Analysis")
    assert flagged("It is my professional opinion that the twins would be better off.", "Analysis")
    assert not flagged(
        "In my view the twins would be safer with Gran because Dad was arrested twice this year "
        "for assaulting Mum (4 March and 9 July).",
        "Analysis",
    )


@pytest.mark.parametrize(
    "text",
    [
        # A number that measures nothing seen: an officer's, an age, the people spoken of.
        "PC 2290 visited and found the baby to be at serious risk.",
        "At nine, Callum is far too young to be left in charge of his sister.",
        "Mum is cold and treats the older two like servants.",
        "The feud between the two sets of cousins is bitter.",
        "His mood has got worse since the arrival of his two step-sisters.",
        # A state someone arrives in, past a place with "&" or a verb's particle.
        "Dad came into A&E drunk and abusive towards the nurses.",
        "Mum turned up to the core group under the influence.",
        # When it was, told by an act of no one watching: not what showed it.
        "Dad was drunk when he dropped Leo off at nursery.",
        # A cause named, of a want or of what went unanswered.
        "Dad's gambling is the underlying cause of the lack of food in the house.",
        "Mum's low mood is the reason the school letters go unanswered.",
        # The idiom of not caring enough to.
        "Mum can't be bothered with the eye drops.",
        "Dad cannot be bothered to walk Ava to school.",
        # A forecast after "once", however certain it sounds.
        "Once the court case ends, Mr Dale will almost certainly start drinking again.",
        # No worries at all, from a body no one could ask.
        "School have no worries whatsoever about his care.",
        "School report no concerns at all about his weight or his mood.",
    ],
)
def test_numbers_that_count_nothing_states_on_arrival_causes_and_idioms_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Her height is on the 9th centile.",
        "The fights are getting more frequent and Jo was in the room for the last two.",
        "Record: 04.03.26 09:00 to 04.03.26 11:30.",
        "Missing: 04.03.26 09:00 to 04.03.26 11:30.",
    ],
)
def test_an_ordinal_a_count_of_occasions_and_a_heading_pass(text):
    assert not flagged(text, "Analysis"), text


def test_a_later_sentence_about_someone_else_does_not_show_the_judgement():
    # What Nan did shows nothing of Dad; what Dad did next does.
    assert flagged(
        "Dad is a violent man. Nan told me on 3 May that she has lived nearby for 30 years.",
        "Analysis",
    )
    assert flagged(
        "Mr Ray is hostile to professionals. His partner has attended all six sessions.",
        "Analysis",
    )
    assert not flagged(
        "Mr Ray is hostile to professionals. He swore at me twice on 3 May and shut the door.",
        "Analysis",
    )
    # One of the two judged may go on: "the parents", then Dad.
    assert not flagged(
        "Jo's parents handle bedtime differently. Dad told me he lets her stay up; Mum said "
        'she puts her to bed "at seven sharp, no arguments".',
        "Analysis",
    )


@pytest.mark.parametrize(
    "text",
    [
        # A tie denied: "does not have a bond with" is "has no bond with".
        "Mum does not have a bond with Alfie.",
        # What follows "which is why" is claimed too, not what shows it.
        "Dad is a heavy drinker, which is why he sleeps all afternoon and the boys roam the "
        "streets.",
        # Only a description takes a degree: a state, however it came about.
        "Alfie is deeply traumatised by what happened in May.",
    ],
)
def test_a_tie_denied_a_consequence_claimed_and_a_state_of_degree_are_flagged(text):
    assert flagged(text, "Analysis"), text


def test_a_state_by_a_plain_event_is_still_the_event():
    assert not flagged("The fence was badly damaged by the storm.", "Analysis")
    assert not flagged("Mum does not have a bond with the bank.", "Analysis")


@pytest.mark.parametrize(
    "text",
    [
        # A reassurance, whoever gives it, rests on something or nothing.
        "The school nurse has no worries about this family.",
        "I have no concerns about Dad.",
        # A feeling someone arrives in.
        "Mum came to the meeting overwhelmed and could not follow it.",
    ],
)
def test_a_reassurance_with_nothing_under_it_and_a_feeling_arrived_in_are_flagged(text):
    assert flagged(text, "Analysis"), text


def test_a_reassurance_with_its_grounds_passes():
    assert not flagged(
        "The school nurse has no concerns about Ava's weight; she weighed her on 3 May at "
        "18.2kg, on the 50th centile.",
        "Analysis",
    )


def test_the_writer_s_view_stated_by_role_is_a_belief_answered_by_its_grounds():
    # "This officer" is the writer of a formal report; the view needs its grounds, and has them.
    (finding,) = flagged("This officer's assessment is that Mum is neglectful.", "Analysis")
    assert "makes you think so" in finding.message  # the writer's own view, as a belief
    assert not flagged(
        "This officer's view is that Mum is neglectful: she left the baby alone on 3 May and "
        '9 May, and told me she "can\'t be bothered".',
        "Analysis",
    )


def test_a_conclusion_that_brings_the_paragraph_together_is_drawn_from_it():
    text = (
        "Police have been called to the flat three times since May (2 May, 9 June, 1 July). "
        'At school on 3 July Kai (8) told me he hides under his bed "when they shout". '
        "Taken together, this suggests the arguments are more frequent than the parents say. "
        "I do not think the risk can be managed while Mum cannot talk about it openly."
    )
    assert not flagged(text, "Analysis")
    # With no working above it, the same conclusion stands alone.
    assert flagged(
        "I do not think the risk can be managed while Mum cannot talk about it openly.", "Analysis"
    )


def test_each_of_the_occasions_counted_before_and_a_thing_that_cannot_do_pass():
    assert not flagged(
        "Kai has been reported missing on four occasions since May. His dad has rung the "
        "police promptly every time, which shows he wants him home.",
        "Analysis",
    )
    assert flagged("His dad has rung the police promptly every time.", "Analysis")
    assert not flagged("These are problems that a single leaflet cannot solve.", "Analysis")


@pytest.mark.parametrize(
    "text",
    [
        # How someone is, told flatly: what they did next is not that they are so.
        "Mr Ray is a manipulative man. He has turned down the course, saying it is for "
        '"other people, not me".',
        "Ms Lowe is clearly depressed. She has not been to her GP, and said she was too busy.",
        "Ivy's behaviour is always worse after contact. Ivy's school reports her attendance "
        "at 95% this year.",
        "Sam's account is not credible. He showed the nurse a graze on his knee.",
        "Kai has no insight into his behaviour. He has started a bricklaying course.",
    ],
)
def test_how_someone_is_told_flatly_is_not_shown_by_what_they_did_next(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Ms Lowe was tearful throughout the visit. She cried twice and wiped her eyes when we "
        "spoke of her mother.",
        "I think Ms Lowe is low. She told me she has stopped opening her post.",
        "Ms Pike is a family friend and not a relative.",
        "Research (Kemp and colleagues, 2015; Sugar, 1999) has found that bruising is rare "
        "in babies who do not yet move about.",
        "I visited on 3 May and 10 May. Mum told me the boys had been fed. Based on these "
        "visits, the boys' needs appear to be met.",
    ],
)
def test_a_moment_seen_a_view_a_tie_a_study_and_grounds_pointed_back_to_pass(text):
    assert not flagged(text, "Analysis"), text


def test_a_participle_of_how_people_deal_with_each_other_labels_a_person():
    assert flagged("Dad is a controlling man.", "Analysis")
    assert flagged("Dad is a controlling and violent man.", "Analysis")
    assert not flagged("Dad is a working father.", "Analysis")


def test_a_new_judgement_after_a_conclusion_that_brings_things_together_needs_its_own():
    text = (
        "Police were called to the flat on 3 and 19 May; on 19 May officers saw a cut to Ms "
        "Hale's lip. The school saw Ivy flinch when her dad raised his voice on 21 May, and "
        "she told her teacher she hides in the bath. Taken together, I think Ivy is frightened "
        "at home. Mr Hale is hostile to every worker."
    )
    assert [f.excerpt for f in flagged(text, "Analysis")] == ["Mr Hale is hostile to every worker."]


@pytest.mark.parametrize(
    "text",
    [
        # How someone is, told flatly after one thing seen of them, is more than it showed.
        'Mr Lowe said the house "is fine for us". He has no insight into the harm to Ivy.',
        "On both visits Ivy was clean and her weight had risen to the 40th centile. Ivy is "
        "well attached to her mother.",
        # A view that nothing will ever change needs grounds of its own.
        "Ms Lowe missed four of nine sessions in May. It is my opinion that she will never "
        "be able to care for Ivy, whatever help is given.",
        # A numbered paragraph makes a point of its own, and its number shows nothing.
        "22. It is my opinion that Sam's offending is caused by his ADHD. 23. Sam's father "
        "has attended every review since 3 May.",
    ],
)
def test_lasting_judgements_absolute_views_and_numbered_paragraphs_need_their_own(text):
    assert flagged(text, "Analysis"), text


def test_a_conclusion_the_writer_draws_from_what_went_before_still_passes():
    text = (
        "Ivy gave a full account in her interview on 3 May: she described the room and what "
        "Mr Lowe said to her. With Dr Shah's findings of 4 May, this leads me to conclude it "
        "is likely she was harmed by Mr Lowe."
    )
    assert not flagged(text, "Analysis")


def test_what_a_cause_is_said_to_bring_about_is_not_what_shows_it():
    assert flagged(
        "Her friends are a bad influence and are the main reason she has started missing school.",
        "Analysis",
    )


def test_someone_who_is_not_one_of_those_judged_does_not_go_on_about_them():
    # The nurse is no one of the children; the boy is.
    assert flagged(
        "The children were frightened during the visit. The nurse told me she gave them "
        "stickers after their jabs.",
        "Analysis",
    )
    assert not flagged(
        "The children were frightened during the visit. The boy told me he hid under the "
        "table when the nurse came in.",
        "Analysis",
    )


def test_what_is_asked_of_two_children_is_not_asserted_of_either():
    assert not flagged(
        "The review considered whether Tyson (8) and his sister Kiara (5) are safe and settled "
        "in their placement.",
        "Analysis",
    )


def test_a_grown_up_by_title_goes_on_about_the_children_only_by_telling_of_them():
    assert flagged(
        "The children have been badly harmed by the chaos at home. Ms Barr's hair test of 2 "
        "May showed cocaine use over three months.",
        "Analysis",
    )
    assert not flagged(
        "The children were upset during contact. Ms Barr said on 3 May that the girls cried "
        "when she left.",
        "Analysis",
    )


def test_a_reviewer_s_cases_for_the_twenty_first_round():
    # A day opening the next sentence is when, not who; a question asked, then a new clause;
    # "for no reason" claims no cause; "never" in a clause after the view is not the view's.
    assert not flagged(
        "Mr Ray is hostile to professionals. On 3 May he swore at me twice and told me to leave.",
        "Analysis",
    )
    assert flagged(
        "I asked whether Dad had been drinking and he was hostile and aggressive towards me.",
        "Analysis",
    )
    assert not flagged(
        "Leo was aggressive at contact and for no reason he punched his brother.", "Analysis"
    )
    assert not flagged(
        "On 3 May Mum swore at me and slammed the door. On 9 May she refused to let me in and "
        "shouted at Leo. Taken together, I think Mum is struggling to accept our involvement, "
        "and she has never said why.",
        "Analysis",
    )


@pytest.mark.parametrize(
    "text",
    [
        # How a family is, told flatly, is not shown by whatever comes next.
        "The family are hard to reach. Ivy has a nursery place on Tuesday mornings.",
    ],
)
def test_how_a_family_is_told_flatly_needs_its_own_grounds(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A label, a rating, a claim to certainty and a view held by no one named are shown by
        # what comes after only as a record of a day straight after, not by whatever goes on.
        "Ms Kerr's sister, Mrs Ann Kerr, is a strong protective factor. Ms Kerr has agreed that "
        "I may speak to her GP, and I will do so on 10 March.",
        "The risk of the placement breaking down is low. The panel will need to consider Ms Lyle "
        "as a connected person, and I have asked for her references.",
        "Without a residential school place Kyle will inevitably end up in custody. Ms Greaves "
        "describes a warm relationship with Kyle when he is calm; she told me they cook together "
        "on Sundays.",
        # An age is whose, not when: no record of a day.
        "Caregiver is manipulative and plays providers off against each other. The ramp to the "
        "front door is broken and Max is carried up the steps by his 16-year-old brother.",
        # A request is no account whose words the next sentence goes on with.
        "I explained that I would share what Jade had told me, and she asked me not to tell her "
        "dad. She is in love with him and he is controlling her.",
        # "Chaotic" pertains to chaos theory too; of a parent it is a verdict.
        "Ms Price is a chaotic parent.",
    ],
)
def test_what_needs_its_own_grounds_is_not_shown_by_what_merely_goes_on(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Grounds announced, then given.
        "In my assessment the risk to Noor is high when her father is caring for her alone. I "
        "base this on two things. First, on 4 March and 9 May police recorded that Mr Aziz "
        "smelt of alcohol and could not stand without holding the door.",
        # What the sentence told, pointed back to and called something.
        "Since Mr Hale left on 15 January there have been no further police call-outs, and Ms "
        "Park obtained a non-molestation order on 2 February; this is a significant strength.",
        # A record of someone's, dated: no one's say-so.
        "I do not think Ms Roe's diagnosis in itself stops her caring safely for Ava. Her "
        "psychiatrist's letter of 22 October confirms she has been stable on her medication "
        "for a year.",
        # A view summing up what a record, itself shown, supports.
        "Ms Ito told me on 8 May that Sam wakes five times a night, and the sleep diary she has "
        "kept since 1 May bears this out. Sam's paediatrician's letter of 4 May supports her "
        "account that his seizures have become more frequent. I think the risk here is to the "
        "parents' health rather than any failure of care.",
        # The writer's own visits, every one of which they saw.
        "I have seen this every time I have visited: you talk about Kai with pride, and on 30 "
        "October you spent an hour helping him try a new food.",
        # A heading put as a question with no mark.
        "Notes for the core group\nWhat is going well\n1. The school confirms that Ava's "
        "attendance rose from 71% to 96% between September and December.",
        "Research on parents of disabled children (for example Grant and Lowe, 2013) finds "
        "higher parenting stress than in other groups of parents.",
    ],
)
def test_grounds_announced_pointed_back_to_or_recorded_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # No one is labelled: "this" is what is called a note, and a registration is got.
        "Dear Sam and Lee, this is a note of what we agreed when I visited. You told me Ava has "
        "slept better since the new bed came.",
        "Jay came back at 02:10 in a blue van, which staff did not get a registration for. He "
        "had £80 in cash.",
    ],
)
def test_a_letter_s_greeting_and_a_thing_got_label_no_one(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A thing judged (a relationship) goes on in whoever tells of it.
        "The relationship between Ms Dunn and Kai appears to be an important one for him. His "
        "mother and the previous social worker both confirm that he has spent most school "
        "holidays with Ms Dunn since he was three.",
        # How the writer did something is theirs to know.
        "I took her account seriously, because a special guardian must be able to tell us if a "
        "parent is putting pressure on the arrangement.",
        # "My view is that this...": pointed back to what was just shown.
        "Gran visits twice a week, and on 3 May and 10 May the children were clean and had eaten "
        "when I called. My view is that this is neglect when she is not there, because the "
        "adults lack the right support.",
        # A view, the writer's, with its grounds given.
        "I think his drinking is a real worry because he is the main carer on weekdays while "
        "Mum works nights at the hospital.",
    ],
)
def test_a_thing_told_of_the_writer_s_manner_and_views_with_grounds_pass(text):
    assert not flagged(text, "Analysis"), text


def test_a_plan_s_section_number_and_time_frame_show_nothing_of_what_went_before():
    # "s.47" names a section of an Act, and "within 24 hours" is when a plan's step is due:
    # neither is a count of anything seen.
    assert flagged(
        "The relationship between Ms Ray and Mr Cole is toxic and always has been. Actions: "
        "s.47 enquiry to be undertaken jointly; SW to see Amara within 24 hours.",
        "Analysis",
    )


def test_a_time_after_someone_went_back_to_sleep_is_no_plan_s_time_frame():
    assert not flagged(
        "Since 1 May the log records Aiden waking on 18 of 31 nights. She sits with him and he "
        "has usually gone back to sleep within 15 minutes.",
        "Analysis",
    )


@pytest.mark.parametrize(
    "text",
    [
        # A reviewer's cases for the twenty-second round. A relationship goes on only in what
        # tells of one of its people; a rating is not shown by someone else's record.
        "The relationship between Mum and Dad is abusive. Leo won a merit award for maths.",
        "The likelihood of reunification is very low. Leo's teacher told me on 3 May that he "
        "enjoys football.",
        # A relative's message is their word, not a record.
        "Dad is a manipulative man. His sister's message on 3 May said that she loves him.",
        # Grounds announced are grounds to come, not any words with "base this on".
        "Mum is a neglectful parent. I base this on nothing but instinct. The school term "
        "started on 3 September.",
        # "This is because" claims a cause; it does not call what was told anything.
        "Mum left Leo alone overnight on 3 May; this is because she is a selfish and neglectful "
        "mother.",
        # A view's grounds show something; a date alone does not, nor a view in another clause.
        "My view is that Leo is thriving at school because the school opened in 1990.",
        "Dad disagrees with my view, but Leo is thriving at school because the school opened in "
        "1990.",
        # "Has got" is "has".
        "Mum has got a drink problem.",
        # A heading asks with no mark only on a line of its own.
        "How Dad behaves towards Mum is abusive and controlling",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_second_round(text):
    assert flagged(text, "Analysis"), text


def test_a_wrapped_line_is_no_heading_however_short():
    assert not flagged(
        "Mum is a caring parent: she sat beside\nLeo in hospital every day from 3 to 9 May.",
        "Analysis",
    )


def test_a_certainty_foretold_on_a_condition_is_still_asserted():
    # Found by a new user: the condition is set apart by its comma, and what follows it is
    # foretold as certain.
    assert flagged("If Liam returns home, the violence will inevitably start again.", "Analysis")
    assert not flagged("If Mum asks, we will arrange a meeting.", "Analysis")


@pytest.mark.parametrize(
    "text",
    [
        # The twenty-third round (our own sentences, in the shape of the blind set's misses).
        # A capacity had or lacked, for something to be done.
        "Ms Reid does not have the capacity to keep Ava safe from her partner.",
        "Dad has the skills to manage Ben's behaviour.",
        # ...but the rating after what may happen is the writer's.
        "The likelihood that Mum will relapse is high.",
        # A chance is not the risk model's noun: what it names is still read.
        "The chance that Mum is lying is high.",
        "There is every chance that Mum will always put her partner first.",
        "Ms Hart does not have the capacity to put the children's needs before her own.",
        "Leo has capacity to make decisions about his contact with his father.",
        # A view no one named holds, stated.
        "Medical opinion is that the burn was caused deliberately.",
        "The professional view is that the marks were inflicted.",
        # A people's way, held as a rule after "is".
        "Smacking is an accepted part of family life in Polish households.",
        # A label of someone, and what follows is a record of someone else's day.
        "Mr Hart is a controlling man. Ava's account has been the same in the school's record "
        "and in her talk with me on 4 May, whereas his explanation was first offered two days "
        "later.",
        # An account checked against someone else's is over: what follows is the writer's.
        "Kai says he goes to football on Tuesdays, and his coach confirmed he has been twice "
        "since May. He is manipulative.",
        # An acknowledgement holds only its own clause; a claim of someone is still a claim.
        "I know this is hard to hear, but Dad is dangerous.",
        "I know Dad is dangerous.",
        # What a comparison is measured against shows nothing (found by a new user).
        "Professionals are concerned that Ryan is controlling and that things are worse than "
        "the family are saying.",
    ],
)
def test_judgements_found_in_the_twenty_third_round(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "The plan has the capacity to reduce the risk.",  # a thing's capacity
        "Dr Shah's opinion is that the burn was caused deliberately.",  # whose it is
        "Her father is a respected elder in Somali communities across the city, as he told me.",
        # Written to say: what the one who wrote says.
        "Ms Frey wrote to the council on 6 August to say that Kai had seemed confused.",
        "Ms Frey rang me on 6 August saying that Kai was frightened.",
        "His appropriate adult, Ms Frey of the Bridgeway project, wrote to the council on 6 "
        "August to say that Kai had seemed confused.",
        # The same teller going on.
        "Kai says he goes to football on Tuesdays, and he told me he loves it. He is happy there.",
        # The writer acknowledging what the reader goes through, in a letter (found by new
        # users in two rounds).
        "I know it was hard to hear that school were worried about Mia.",
        "I know this has been a hard few weeks for you both.",
        # Past a comparison's clause, what was said still shows it.
        "Amy was more tearful than her sister, who told me Amy cries every night.",
        # What a risk's noun names as possible is not said to happen.
        "There is a risk that Kai will be exploited again.",
        # What happened, called something, as the writer's view drawn from what went before.
        "On 3 May Ava's nursery saw the bruise, and Dr Shah wrote that it fits a fall from the "
        "step. For these reasons I think this was an accident.",
    ],
)
def test_readings_the_twenty_third_round_leaves_alone(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A reviewer's cases for the twenty-third round. What is planned or feared, and an
        # opinion whose holder the sentence names, are not views no one holds.
        "The plan is that Ava will return home in June.",
        "The worry is that Ava will be hurt if Dad drinks again.",
        "Dr Shah examined Ava on 3 May; the medical opinion is that the bruise was inflicted.",
        "At the conference on 3 May, the decision was that Ava would stay.",
        # Room or authority, not a capacity of mind.
        "Nan has the capacity to take both children at short notice.",
        "The foster carer does not have the capacity to take a third child.",
        "Mum has the authority to sign the form.",
        # What is done in a community, told, is no people's way.
        "The project is run by volunteers in Somali communities.",
        # A report inside an account is still the account.
        "Kai says his coach told him he is the best in the team. He is happy at football.",
        "Mum says her GP confirmed she is off the methadone. She is doing well.",
        # A record that names the one labelled shows something of them.
        "Mum is a caring mother. Ava's nursery record on 4 March shows Mum reads with her daily.",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_third_round_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # The twenty-fourth round (our own sentences, in the shape of the blind sets' misses).
        # An illness of the mind had, as fact: a diagnosis, with no one who made it.
        ("Ms Lane has bipolar disorder.", "Whose diagnosis is it"),
        ("Abi has PTSD and will need therapy before she can talk about it.", "Whose diagnosis"),
        ("Dad suffers from schizophrenia.", "Whose diagnosis"),
        ("Kai has an attachment disorder.", "Whose diagnosis"),
        # "Specialist" here names a kind of help, not who diagnosed it.
        ("Abi has PTSD and will need specialist therapy.", "Whose diagnosis"),
        # A group by the people whose ways it has, as a rule.
        ("Young men from his culture do not accept authority from women.", "by a group"),
        ("Women from her background will not speak against their husbands.", "by a group"),
        # A view of the mind in a passive with "it", held by no one named.
        ("It is generally accepted that the household has become too strict.", "Whose view"),
        ("It was recognised that Mum had made progress.", "Whose view"),
        ("The general feeling is that the parents lean on Ava.", "Whose view"),
        ("Professional opinion is that Mr Hale poses a risk to Ava.", "Whose view"),
        # What went before given as the cause, with "why"; since the twenty-eighth round the
        # syndrome before it is a diagnosis, asked about first (a new user's case).
        ("Kai has ADHD, which explains why he cannot settle in class.", "Whose diagnosis"),
    ],
)
def test_judgements_found_in_the_twenty_fourth_round(text, question):
    (finding,) = flagged(text, "Analysis")
    assert question in finding.message, finding.message


@pytest.mark.parametrize(
    "text",
    [
        # Whose diagnosis it is, told in the sentence or elsewhere in the text.
        "Dr Khan diagnosed depression in May 2024.",
        "Dr Khan diagnosed depression in May 2024. Mum has depression.",
        "Mum has depression, diagnosed by her GP in 2022.",
        "Mr Dean has a diagnosis of paranoid schizophrenia, confirmed by his care coordinator on "
        "9 May.",
        "Mrs Lowe has vascular dementia, described as moderate in the memory clinic letter of 3 "
        "June 2026.",
        "Ms Lane has bipolar disorder. Her community psychiatric nurse told me on 6 June that she "
        "takes her tablets every day.",
        "Ms Lane may have postnatal depression; her GP will see her on 3 May.",
        "Ms Lane told me she has depression.",
        # What is done for a group is no way of theirs.
        "Families from the Somali community are offered an interpreter.",
        # A decision told in a passive says what was decided.
        "It was decided that Tia would stay with Nan.",
        # Theirs: by their own description, or a view stated by someone named with its basis.
        "I do think the strain on Mr Fenwick is growing, by his own description.",
        "DC Ray's view, from her experience of interviewing children, is that children often tie "
        "events to birthdays.",
    ],
)
def test_readings_the_twenty_fourth_round_leaves_alone(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A new user's chronology (twenty-fourth round): what someone told, set out after a
        # colon that names them and how they told it, is their account.
        "10 March 2026, nursery key worker Ms Roberts by email: Maisie is meeting her "
        "developmental milestones.",
        'Phone call with Gran, 9 March: Leo stays with her when things are "bad at home".',
        "Ms Roberts told me on 10 March: Maisie is meeting her milestones.",
    ],
)
def test_an_account_after_a_colon_naming_its_teller_is_theirs(text):
    assert not flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own note, or one naming no one, is still the writer's.
        "Case note 4 May: Mum was drunk.",
        "Home visit, 4 May: Mum was drunk.",
        "I told Mum on 4 May: the house is filthy.",
    ],
)
def test_a_note_naming_no_teller_before_its_colon_is_the_writer_s(text):
    assert flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        # A reviewer's cases for the twenty-fourth round: whose diagnosis it is, named however
        # the sentence puts it.
        "Ms Lane has bipolar disorder, diagnosed by her GP in 2019.",
        "Kai has an attachment disorder, diagnosed by CAMHS in March 2025.",
        "Mum has PTSD, confirmed by her health visitor.",
        "Mr Okoro has schizophrenia and has been under the community mental health team since "
        "2018.",
        "Ms Vance has bipolar disorder, which her consultant confirmed in writing on 2 May 2025.",
        "Kai has an attachment disorder identified in the CAMHS assessment of 3 March 2025.",
        # Services for a community, and what may be, are no people's way.
        "Families from the Somali community may be eligible for free childcare.",
        "Families from the Roma community can use the drop-in on Tuesdays.",
        # A decision recorded, and an event given as the reason, are not views or causes read in.
        "It was decided that the threshold for an initial child protection conference is met.",
        "Mum was evicted in May, which explains why the children moved school.",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_fourth_round_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A diagnosis denied, or a clinician who is no source, shows nothing.
        "Mum has depression, although there is no diagnosis.",
        "Mum has depression but has never been diagnosed.",
        "Dad has schizophrenia; he has no GP.",
        "Mum has depression and works as a nurse.",
        # A judgement after a diagnosis that its teller gives is still read.
        "Mum has depression, Nan told me on 3 May; Dad is always drunk.",
        # Strong feeling shown is no illness, though WordNet files it with them.
        "Dad showed fury when I raised the school's concerns.",
        "Dad showed great irrationality.",
        # A view of the mind with no one named holds, whatever it foresees.
        "It is generally accepted that Mum will not change.",
        "Men from these communities do not accept authority from women.",
        "Dad is aggressive by his own standards.",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_fourth_round_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # A new user's case (twenty-fourth round): a history claimed, with nothing counted.
        ("Ms Reid has a history of not attending appointments.", "How many times"),
        ("Dad has a history of violence.", "How many times"),
        ("He has a history of making things up to get attention.", "How many times"),
    ],
)
def test_a_history_claimed_asks_how_often(text, question):
    (finding,) = flagged(text, "Analysis")
    assert question in finding.message, finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hale has a history of three convictions for assault between 2015 and 2019.",
        "Ms Reid has a history of missing appointments, including four in March 2026 (GP letter "
        "of 2 April).",
        "Mum has a history of depression, diagnosed by her GP in 2018.",
        "Mum has a history of depression.",  # a past told, as real assessments give it
        "The house has a history of damp.",
        "The family has a long history with children's services.",
    ],
)
def test_a_history_counted_or_of_no_one_passes(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Twenty-fifth round. A forecast said as certain is not shown by the story around it.
        "On 4 May Mum told me she would ring Jade's dad. Mr Cole will never accept Jade's "
        "girlfriend. At the meeting on 9 May he said he 'wants the best for her'.",
        "Dad told me on 2 June that he will leave if Sam comes home. If Sam goes home, he will be "
        "thrown out again within a week.",
        # A charge of deceit or of not caring says what someone meant: the story does not show it.
        "The nurse recorded on 3 May that the dressing was soiled. Mum told me on 4 May she had "
        "changed it the night before. Mum is lying about when she changed it.",
        "Mr Ray does not care about the medication. On 5 June he asked me if he could come to "
        "the next clinic.",
        "Mum is exaggerating how often Kai has seizures. Her diary, which I saw on 2 May, "
        "records four a week.",
        # Someone judged by a group, however much is told of them after.
        "Fathers in families like this tend to leave the caring to mothers. Mr Day told me on "
        "1 May that he does the school run on Fridays.",
        # What someone values, read into them.
        "Mr Ojo's church matters more to him than his son does.",
        # An unnamed view said to be shared now, and how widely.
        "It is generally agreed that the parents cannot carry on without respite.",
        "It is widely accepted that Mum cannot cope.",
        # A finding that someone presents with.
        "Kai presents with an insecure attachment to his father.",
        # A new user's cases: a charge whose reason tells something else; a place's people; where
        # someone will end up, foretold.
        "Mr Pike is lying about the inhalers, as he was forty minutes late on 17 February.",
        "Teenagers from the Hollins estate often skip school.",
        "Families on the Ashfield estate generally keep to themselves.",
        "Sam will end up in care if this carries on.",
    ],
)
def test_the_twenty_fifth_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Where someone stays is no change in them, and a plan recorded is no forecast.
        "It was agreed at the meeting on 3 May that Tia will stay with her nan.",
        "Tia has stayed in hospital since 2 May.",
        # None of something bad is a record of its absence.
        "DS Carr confirmed on 3 May that there will be no criminal investigation.",
        # The alternative the writer sets aside is not asserted.
        "In my view this is neglect, because the adults lack the right support (the adult "
        "social care assessment of May 2026 says so) rather than because they do not care.",
        # Said by someone, a value is theirs; the writer's own is theirs to know.
        "Mum said school matters to her.",
        "It matters to me that Kai is heard.",
        # A likeness that is no group, and a group given no rule of its own.
        "Mum took Kai to the park, as her sister does.",
        "Families like these were offered a place at the group on 3 May.",
        # A charge set against a source; a thing's end; a place's services.
        'Mr Pike says the pens were in date, but the pharmacy record of 3 May shows "none '
        'dispensed since January", so I think he is mistaken about it.',
        "The letter will end up with the team in Leeds.",
        "Families from the area can use the drop-in on Tuesdays.",
    ],
)
def test_the_twenty_fifth_round_s_good_sentences_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A reviewer's cases for the twenty-fifth round: none of a trait is still a judgement;
        # the set-aside reason is only the one after "rather than because".
        "Mum has no violent tendencies.",
        "Rather than supporting Kai, Mum is hostile to the school.",
        # Forecasts a history cannot show; a group by its likeness, past an adverb.
        "Mum has relapsed twice this year. She will never stop drinking.",
        "Families like this rarely engage with services.",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_fifth_round_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Lying as a posture, lessening something, looking after someone.
        "Police found Mr Dee lying, drunk, on the kitchen floor at 3am on 4 May.",
        "Kai was lying and crying on the floor when I arrived on 3 May.",
        "To minimise disruption, Kai will stay at Oak Hill until the end of term.",
        "Gran has minimised the risk by moving Kai's bedroom downstairs. I saw the new room on "
        "3 May.",
        # A charge set against a record or someone's words.
        "Mum is lying about the bruise (nursery body map, 3 May).",
        "Mum minimised the injury when she told me on 3 May it was 'just a scratch'.",
        # Forecasts with their grounds next, hedged, or held as the writer's.
        "The move will be difficult for Kai. He told me on 3 May that he is 'scared of leaving "
        "his friends'.",
        "Mum has relapsed twice this year. It is likely that she will relapse again.",
        "Mum has relapsed twice this year. I fully expect that she will relapse again.",
        # "Like" the verb, and "matters" the noun.
        "The boys like this school and want to stay there.",
        "I put these matters to Mr Dee on 3 May and he denied them.",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_fifth_round_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Twenty-sixth round. A kind of person by likeness or bare, and what it does as a rule.
        "Boys like him always end up in trouble.",
        "Girls like her tend to drift away from school.",
        "Young fathers in his situation tend to drift away once the novelty wears off.",
        "Young people whose homes are taken over invariably end up dealing themselves.",
        # A mind vouched for by a word of completeness.
        "Mum fully understands the concerns.",
        "Kayla knows full well what she is doing.",
        # A finding someone presents with, past "with".
        "Mr Cole presents with a lack of insight.",
        # A person named by an addiction is not shown by a day told after it.
        "Mr Dale is an alcoholic, and that is the core of the concern. On 10/14/2026 this "
        "caseworker made an unannounced visit at 4:40 p.m. and found Mr Dale asleep on the couch.",
        # Untruthfulness is a charge, about whatever matter, and needs a source.
        "Ms Sloan is dishonest about her drug use.",
        "Ms Sloan is not being truthful about when she last used. She showed me her meeting "
        "sheet on 9 July.",
        # A charge after someone's account is the writer's word on it, not more of the account.
        "Mr Bramhall told me on 12 May that he had never seen the bag before. He is lying.",
        # Why someone acts, put down to what they want.
        "Mr Price has told police he does not know the men, because he wants to keep his supply "
        "coming.",
        # A return foretold as certain, and by a time.
        "If the twins go home now, they will be back in foster care before the summer.",
        "Mr Lee will relapse before Christmas.",
    ],
)
def test_the_twenty_sixth_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Their own words, told as theirs.
        "Ms Hart said she fully understands the concerns.",
        "Mum moved to Leeds because she wanted to be near her sister, she told me on 3 May.",
        "Mr Lee told me he missed contact because he wanted to go to work.",
        "Ms Sloan was honest about her use, telling me on 3 May that she had used on 1 May.",
        # A finding presented, a place someone will be back in, a view of a matter.
        "The baby presented with a bruise to the cheek.",
        "Mum will be back in the office on Monday.",
        "The school were positive about his progress.",
        # A likeness that is no group: one child, named, and someone's words.
        "Children like Amy need a calm classroom, her teacher said.",
        # Grounds announced, then given.
        "This caseworker believes the children can start overnight visits, for the reasons "
        "below. Mr Greer completed the parenting course (certificate dated 6 November 2026).",
        "My view is that Ms Mason did not understand what the men were doing. I have reached "
        "this from three sources. First, her account to me on 16 October matched the one she "
        "gave PC Dhillon on 14 October.",
    ],
)
def test_the_twenty_sixth_round_s_good_sentences_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A new user's cases (twenty-sixth round): a record's words for a person or an offence.
        "He is a registered sex offender, managed by DC Lowe.",
        "Mr Dunmore was convicted of failing to notify the police of a change of address.",
        "She was found guilty of wilful neglect in 2019.",
    ],
)
def test_a_record_s_words_for_a_person_or_an_offence_pass(text):
    assert not flagged(text, "Facts and chronology"), text


def test_an_information_gap_says_what_is_not_known():
    text = (
        "# Risk\n\n- Danger: Alfie is harmed.\n"
        "- Information gap: how Alfie experiences being cared for by Mr Dunmore.\n"
    )
    assert not findings(text, rule="unsupported-assertion")


@pytest.mark.parametrize(
    "text",
    [
        # A reviewer's cases for the twenty-sixth round: more than one knower, and the past.
        "They both fully understand the concerns.",
        "Mum fully understood the concerns at the time.",
        # A finding presented, by more than one, or as none or little of it.
        "Both parents present with a lack of insight.",
        "She presents with limited insight.",
        # An addiction named is not shown by a day told in the same sentence, nor in the plural.
        "Mum is a junkie; on 12 June police found needles in the flat.",
        "Both parents are alcoholics.",
        # A kind of person past a clause of its own, "her situation", or a word saying which.
        "Mothers who were in care usually struggle.",
        "Girls in her situation usually go back to the abuser.",
        "Drug users tend to relapse.",
        # An account called untrue, after it.
        "Dad said he was at work that night. This is a lie.",
        "Mum says the bruise came from a fall at the park. That is not true.",
        "Dad told me on 3 May that he no longer drinks. He is not telling the truth.",
        "Dad said he had stopped using. He is in denial about his drug use.",
        # A reason put down to what someone wants, after what they agreed to.
        "Dad has agreed to the plan because he wants to get the social worker off his back.",
        # A verb contracted is the verb: "'s" before "an" or "not" is "is", "'re" is "are".
        "Dad's an alcoholic.",
        "Mum's not coping.",
        "They're neglectful.",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_sixth_round_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A record cited in brackets, whoever's it is; a record that places someone.
        "Mum fully understands the risks (psychologist's report, 14 February 2024).",
        "Mum was dishonest about the bruising (child protection medical report, 3 May 2024).",
        "Dad was not truthful about where he had been: the police record of 14 February places "
        "him at the address.",
        "Mum is lying: the nurse's record of 3 May shows the dose was missed.",
        # Their own reason, in an aside of whose account it is.
        "Mum moved to Leeds in March, she told me, because she wanted to be near her sister.",
        "Dad has started attending AA, he says, because he wants the children back.",
        # People named by a place of theirs, and things that are no people.
        "Teachers at Kai's school always meet him at the gate, as the head confirmed in her "
        "email of 3 June.",
        "Contact sessions tend to run late, the centre's log shows.",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_sixth_round_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Twenty-seventh round. Deceit by its person and by its verb, and a motive as the only
        # reason: charges, which what is told around them does not show.
        "Ms Okafor is a compulsive liar. On 3 May she told me she had paid the rent.",
        "Ms Osei is hiding the extent of her gambling from us.",
        "She only went to the clinic to keep children's services away from her door.",
        # A finding presented, two descriptions made one, the story around it no help.
        "Kai presents with an insecure-avoidant attachment. Mum collected him late on five "
        "occasions in October, the nursery's register shows.",
        # A label, or how someone is, shown only by a day that is of them.
        "Mrs Okafor is a controlling parent. At the family meeting on 3 November, Amara sat with "
        "her hood up.",
        # A diagnosis, not shown by another's clinician, nor when said to be untreated.
        "Mrs Brennan has an eating disorder. Joanne Reid, Niamh's keyworker, reports that the "
        "family attends every week.",
        "Vikram has an untreated bipolar disorder. His clinician, Dr Moss, confirmed his "
        "attendance at the gambling clinic by email.",
        "Mrs Brennan has an eating disorder of her own, which Niamh has picked up from her.",
        # A new user's cases: lying "when he says", an addiction named with what it is to.
        "Mr Marsh is lying when he says he has not placed a bet since January.",
        "Mr Marsh is a gambling addict.",
    ],
)
def test_the_twenty_seventh_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Their own reason; the writer's; a thing put out of sight.
        "Mum only went to the shop to buy milk, she told me.",
        "I only went to the school to collect Kai.",
        "Mum hid the bottles under the sink when I arrived on 3 May.",
        # What a description let them do, and they did it.
        "Leo was relaxed enough to chat to me about his Lego.",
        # A diagnosis whose clinician is named.
        "Mum has depression. Dr Khan diagnosed it in May 2024.",
        # A record's absence is no opinion; a kind of user is no addict.
        "There is no report of physical violence to Ms Marsh or the children.",
        "Kai is a wheelchair user.",
    ],
)
def test_the_twenty_seventh_round_s_good_sentences_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A reviewer's cases for the twenty-seventh round: hiding a matter, not a thing; an
        # errand is no motive; one person by two words; a day that is theirs by a pronoun.
        "Kai hid his face from me when I asked about Dad.",
        "Mum hides the medication from Kai in a locked box.",
        "Mum has not hidden anything from me.",
        "Mum only asked me to leave when Dad came home on 4 May.",
        "Kai only came downstairs to get a drink when I was there on 3 May.",
        "Mum's GP, Dr Khan, diagnosed depression in May 2024. Ms Brennan has depression.",
        "Dr Khan, Ms Brennan's GP, diagnosed depression in May 2024. Mum has depression.",
        "Dad is an aggressive man. On 3 May his shouting frightened the children so much that "
        "they hid upstairs.",
        # A month is no one the next sentence opens with.
        "Mr Ray is a controlling man. On 3 May I saw Mr Ray take Ms Ray's phone from her.",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_seventh_round_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        "Kai is hiding his feelings from his mum.",
        "Dad only visits Kai to upset Mum.",
    ],
)
def test_a_reviewer_s_cases_for_the_twenty_seventh_round_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Twenty-eighth round. What someone means to do, read into them; a kind of person by
        # what they do as a rule, past the clause that says which kind.
        "The landlord has no intention of doing the repairs.",
        "Mothers who have a new baby and a new partner in the same year nearly always let the "
        "older children's needs slide.",
        # An age is who someone is, no count that shows anything.
        "Lacey (4) is hostile to her mother.",
        "Lacey, aged four, is hostile to her mother.",
        # A forecast to an age, as certain; an effect claimed with a cause named.
        "Unless the family is rehoused, Ellis will be asthmatic before he is two.",
        "Leanne has postnatal depression, and this is at the root of the decline in home "
        "conditions.",
        # A British spelling is rated as its American one is.
        "Lacey presents with a disorganised attachment to her mother.",
        # What someone cannot bear, given as why they act.
        "Mum works nights because she cannot face being at home with Dad.",
        "He stays out late because he hates being at home.",
        # A reviewer's case: an illness named by what it is of is no illness of the body.
        "Mum has a psychiatric illness.",
        # A new user's: a motive of keeping away, a kind of person like someone named, and a
        # syndrome or a learning disorder, each a diagnosis that needs whose it is.
        "Kerry only works nights to avoid being at home with Dean.",
        "Men who drink like Dean always end up hitting their partners.",
        "Tyler has ADHD.",
        "Tyler has dyslexia.",
    ],
)
def test_the_twenty_eighth_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # An illness of the body had is a fact of medicine; a phrasal verb with its object is
        # a doing; intentions in one's own words; a reason of one's own.
        "Noah has a brain stem tumour and his care plan includes rescue medication at night.",
        "Noah has asthma, and uses his inhaler before PE.",
        "Ms Carter is taking on extra shifts at the care home.",
        "Mum told me she has no intention of going back to him.",
        "She left early because she had a dentist appointment.",
        "Lacey is hostile (police log 4567).",
        # A new user's: their own reason; a document's author; an explanation weighed.
        "Kerry only works nights to avoid being at home with Dean, she told me.",
        "Prepared by Ms Ahmed, social worker, Northshire Children's Services.",
        "Another explanation is an illness, which her GP has not yet been asked to check.",
        "Tyler has ADHD, diagnosed by Dr Shah at the child development centre in 2023.",
    ],
)
def test_the_twenty_eighth_round_s_facts_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Misstating, in a phrasal verb ("play down" is WordNet's "downplay").
        "Mrs Green is playing down how often her partner drinks.",
        "He plays it down whenever the school raises it.",
        # A diagnosis by the word of a clinic.
        "Ms Oakes is clinically depressed.",
        # A view that exists, held by no one, whatever the story around it tells.
        "There is a growing view within the network that Mum is coaching the boys.",
        "There is a feeling among staff that Dad is still visiting.",
        # What someone did, put down to an end they never owned to.
        "Her new interest in the parenting course is a tactic to get the children home.",
        "The cancelled visit was a way of avoiding questions about the marks on his arm.",
        "Mr Lane's real aim in moving house is to get away from children's services.",
        "His apology was a ploy.",
        # Keeping away from people as a habit; a habit said to exist.
        "The family avoid professionals.",
        "There is an established pattern of this family avoiding the school.",
        # A kind of person, as a rule; harm foretold with no one doing it.
        "Babies of parents who use drugs are generally left to cry for long periods.",
        "If nothing changes, by the age of ten Jo will be running the house and his schooling "
        "will suffer.",
    ],
)
def test_the_twenty_ninth_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A habit foretold; a feeling given as the reason; a cause of a delay; "going to".
        "Dad will continue to drink.",
        "Jo will keep turning up unannounced whatever we put in place.",
        "She is covering for him because she is frightened the children will be taken away.",
        "Sam's speech delay is a result of the neglect he suffered before he was two.",
        "Unless something changes, Kai is going to fail his exams next summer.",
        # A reviewer's: keeping away from dealings with the school; one end, read in.
        "Mr Ives avoids contact with the school.",
        "Her work with us is only a way of keeping the children at home.",
        # A new user's: an addiction had, as a diagnosis; a commitment vouched for.
        "Mr Cole has alcohol dependency.",
        "Aunt Jo is fully committed to caring for both boys until they are grown up.",
        # A noun the tagger read as a verb ("her poor sleep") shows nothing of a diagnosis.
        "Ms Cole is suffering from post-traumatic stress disorder, which explains her poor sleep.",
    ],
)
def test_more_of_the_twenty_ninth_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Not misstating: children at play by a river; a reason in their own words; an errand.
        "The children were playing down by the river when I arrived.",
        "Her silence was a way of avoiding us, she told me on 3 May.",
        "Drawing is a way of helping her calm down at bedtime.",
        "The aim of the plan is to keep the children safe at home.",
        # A diagnosis told by whoever made it.
        "Dr Shah diagnosed depression in May 2025. Ms Oakes is clinically depressed.",
        # Avoiding what is seen, or told as it happened on a day.
        "She avoids eye contact.",
        "He avoided me at the school gate on 3 May when I called his name.",
        # A doing judged, shown by what the one it is of did next.
        "Ms Ray's care of Amy was warm during my visit on 4 March. Amy brought her a book; Ms "
        "Ray lifted her onto her lap and read it to her.",
        # A state since an event, shown by what someone told of them that day.
        "Ellis appears withdrawn since the arrest. His mother told me on 14 November that he "
        "now spends most evenings in his room with the door shut.",
    ],
)
def test_the_twenty_ninth_round_s_facts_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Something done, in a phrasal passive; what someone saw, as it was; what another
        # recorded; going somewhere.
        "Ellie was taken off the roll on 3 February; the letter is on file.",
        "At 08:40 PC Garner saw a dog loose in the hallway and the kitchen gate unlatched.",
        "The health visitor has recorded warm, attentive handling at every visit.",
        "Kai is going to the shop with his nan on Saturday.",
        # A reviewer's: where children play; arrangements that go on; a thing broken.
        "The boys were playing down the lane with friends when I arrived at 4pm.",
        "Jo will continue to attend homework club on Tuesdays, as agreed in the plan.",
        "Tia will continue to live with her aunt while the assessment is completed.",
        "The health visitor will keep visiting fortnightly until Leo is one.",
        "The kitchen light is not working, and Ms Dean has reported it to the landlord.",
        # A new user's: looking after children is a doing; how exposed someone is, with its
        # grounds; a reliance on a person is no addiction.
        "Mr Cole is the only adult caring for the children at weekends.",
        "Ruby is most vulnerable because she is five months old and cannot crawl.",
        "The baby has a dependency on her mother.",
        # A thing broken, whatever the tagger made of its name; how things appear to the
        # writer, held as their view.
        "The heat pump isn't working and Mum has been using a portable gas heater.",
        "Mum appears to me to be coping with the new routine.",
        # A noun the tagger read as a verb is a thing seen: "its own lock".
        "Mr Ray's check came back clear on 14 Oct, and Jo's bedroom, with its own lock, was seen "
        "on my visit.",
    ],
)
def test_more_of_the_twenty_ninth_round_s_facts_pass(text):
    assert not flagged(text, "Analysis"), text


def test_an_end_read_into_what_someone_did_is_asked_about_as_a_motive_not_a_label():
    found = flagged("Ms Cole's cancelling of the visit was a way of avoiding us.", "Analysis")
    assert found and "Only they can say why" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        # What a mind holds or lacks, vouched for, is not shown by what was done around it.
        "Kai set a fire in the park on 3 May and another at school on 10 May. He knows full well "
        "how dangerous it is and simply chooses to ignore it.",
        "Kai set a bin alight on 3 May. Kai lacks any real empathy for the people his fires put "
        "in danger. He told me on 10 May that he likes watching the flames.",
    ],
)
def test_a_mind_vouched_for_needs_its_own_grounds(text):
    assert flagged(text, "Analysis"), text


def test_a_maximizer_of_the_noun_after_a_verb_vouches_for_no_mind():
    text = "Third, his week now has structure: his tutor confirms full attendance at college."
    assert not flagged(text, "Analysis")


def test_a_point_borne_out_by_a_count_or_a_record_in_the_next_sentence_passes():
    # A new user's: the sentence after says what bears the point out.
    text = (
        "Amy's basic care is good. This is supported by two observed visits and the health "
        "visitor's report that her growth and immunisations are on track."
    )
    assert not flagged(text, "Analysis")
    # A name for someone still needs what they did.
    assert flagged("Mr Cole is a violent man. This is shown by two incidents.", "Analysis")


@pytest.mark.parametrize(
    "text",
    [
        # A view held in common by many, none named: whatever the story around it shows, who
        # holds it, and why, is still to be said.
        "Agencies are agreed that Tom cannot live safely with his father.",
        "Professionals are of the view that Mum is coaching the children.",
        "Nursery staff saw Ava hungry on 3 May. Professionals agree that Ava is neglected.",
        # Mrs Dale's doings show nothing of Mr Dale, whose name she shares.
        "Mr Dale is cold towards his son. Since the summer Mrs Dale has taken him to football "
        "every Saturday, as the club's register shows.",
        # "She" opening the sentence before is Tia, not Mr Dale.
        "Tia told me on 2 May that she hides when her dad shouts. She said it calmly. Mr Dale's "
        "parenting is inconsistent.",
        # A reviewer's: a count of someone else's days; an undated word of the one charged;
        # "her teacher", someone of Ellie's; an appearance after a sentence that shows nothing.
        "Jack missed school on 3, 10 and 17 March. Ms Reid therefore regularly smokes cannabis.",
        'Both parents minimised the injury at first. Mr Dale said, "We took him straight to the '
        'GP."',
        "Her teacher told me on 2 June that Ellie had been unwell. I think Ms Cole neglects "
        "Ellie's health.",
        "Ellie started Year 2 in September and has a new teacher. Ellie appears to be frightened "
        "of Mr Cole.",
    ],
)
def test_the_thirtieth_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Something done once, and a source set against it straight after.
        'Both parents minimised the burn at first. Mum told the GP on 3 May it was "just a bit '
        'of red", and the ward record shows a partial-thickness burn.',
        # A state, then what she carries, then what she did on a day.
        "Ms Okoro is exhausted. She works two jobs and looks after her father. On 4 June she fell "
        "asleep twice during our meeting.",
        # How often, drawn from occasions counted before.
        "On four of my five visits (2, 9, 16 and 23 May) Dad was asleep at noon while the twins "
        "played alone. The risk is therefore that the twins are regularly without an awake adult.",
        # Someone named again after a sentence about them as "she".
        "Ms Hale is deeply sorry about the delay. On 3 May she cried as she told me she had rung "
        "her mother rather than 999. She has since done a first aid course and showed me the "
        "certificate. I think Ms Hale understands what went wrong.",
        # How things seem, as the sentence before showed them.
        "On 3 May Leo told the school nurse about the messages, and on 10 May he told his form "
        'tutor "nothing is wrong". He seems to choose carefully whom he tells.',
        # What is not known, said so.
        "The cause of the bruise is unknown.",
        "The strength of the tablets is unknown.",
        "It is not known whether Amy's father knows of the referral.",
        "The cause of the burn is not yet known.",
        # A decision agreed, and a family's agreement: not a view held by no one.
        "The school has agreed that any exclusion will first be discussed at the core group.",
        "The parents agree that they argue most evenings.",
        # A record, by a noun whose commonest sense is another's.
        "Mr Reid is now reliable at the school gate. The St Mary's office log shows he collected "
        "the children on time on all eight of his days between 2 and 19 May.",
    ],
)
def test_the_thirtieth_round_s_facts_and_reasoned_views_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Someone's way of acting judged in passing, as the ground a sentence stands on or as
        # its subject: never argued, so still to be shown.
        "His controlling manner with staff is likely to stop Amy speaking freely.",
        "In light of Mr Kerr's rigid and punitive approach, the boys' anger is no surprise.",
        # A reviewer's: after a trailing "given"; "her" after a sentence only of "Mr Kerr".
        "Tia's attendance is unlikely to improve given Ms Rowe's dismissive attitude to school.",
        "Mr Kerr has missed six of eight appointments since January. Due to her chaotic "
        "lifestyle, the twins often miss nursery.",
        # ...nor drawn from a sentence that does not tell of whose it is.
        "On 3 May Leo hid under the table and did not answer when his mother called him. Given "
        "Mrs Ash's punitive approach at home, his anger is no surprise.",
        # A finding no one is named as having made.
        "It has been established that the new school is the cause of Kai's anger.",
        "It has been proven that Dad drinks before contact.",
        # Someone's whole character, taken as given, labels them; what someone knows full well
        # is not shown by what they are said to know.
        "On 3 May Mr Cole said he had hidden the rent letters. Given Mr Cole's manipulative "
        "nature, his account should be treated with caution.",
        "Ms Pell knows perfectly well that Ava is missing school and has chosen not to act.",
        # (A flattering one too, the tagger reading its descriptions as nouns.)
        "Given Mrs Oduya's warm and patient nature, Tia settled quickly in her care.",
        # A second reviewer's: what follows a report's "and" in the writer's own present.
        "The health visitor said the home was clean and Mr Dunn is a danger to Ruby.",
        "The teacher said Ava arrived late and her father clearly does not care about school.",
        # How someone will come to feel, said as certain.
        "Once the dose is reduced in June, Ms Hale's tiredness will lift.",
    ],
)
def test_the_thirty_first_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A state told flatly, then what the writer saw the child do on a day.
        "Maya is frightened of her uncle at times. On 4 May, when Mr Cole came in, I saw her "
        "drop her cup and hide behind the sofa.",
        # People judged together, then each of them on a day in turn.
        "Both carers are exhausted. Mr Hale works nights and told me on 3 May that he sleeps "
        '"in bits". Mrs Hale scored 30 on the stress scale she completed with Ms Rahman on 22 '
        "April.",
        # A way of acting taken as given, drawn from what its owner was seen to do before.
        "On 3 May Mrs Ash shouted at Leo for spilling his drink and sent him to his room for the "
        "evening. Given Mrs Ash's punitive approach, Leo's anger is no surprise.",
        # ...with its grounds, or its source, it is shown.
        "Ms Pell knows perfectly well that Ava is late, because the school wrote to her on 3 May "
        "and she signed the reply slip.",
        "When I visited on 3 and 17 May, Zara smiled and reached for you, and you knew exactly "
        "how she likes to be held.",
        # A new user's: who cares for a child, and all a named person said.
        "Ruby is being cared for by her grandmother during the day.",
        "The health visitor said the home was clean and Ruby was responsive.",
        # ...hedged, it is a possibility.
        "Ms Hale's tiredness may lift once the dose is reduced in June.",
        # A reviewer's: the ground's own phrase shows it; the subject's, the sentence after;
        # a verb's "-ing" judges only a manner.
        "Given Ms Rowe's cooperative attitude on 3 May, when she showed me every room and let me "
        "read the fridge notes, the plan can go on as agreed.",
        "His controlling manner with staff is likely to make the placement harder. On 4 June he "
        "shouted at the manager and blocked the office door for ten minutes.",
        "Her working pattern means she is out of the house from 6am to 2pm on weekdays.",
        # A measure on the noun's own scale is no judgement of anyone.
        "Given her young age, Amy will need an adult with her at the appointment on 3 June.",
        # A view named as whose it is, however it is put.
        "It has been established by the paediatrician, Dr Shah, on 2 May that the fracture is "
        "at least ten days old.",
    ],
)
def test_the_thirty_first_round_s_facts_and_reasoned_views_pass(text):
    assert not flagged(text, "Analysis"), text


def test_a_finding_names_every_judgement_in_its_sentence_that_nothing_shows():
    # A new user's: fixing the one word named left another behind.
    (finding,) = flagged(
        "Mr Dale is not engaging with the plan and is minimising the concerns.", "Analysis"
    )
    assert "'not engaging'" in finding.message
    assert "It also judges 'minimising': show that too." in finding.message
    (finding,) = flagged("Dad is hostile, and Mum is frightened of him.", "Analysis")
    assert "It also judges 'frightened'" in finding.message
    # One judgement names no other.
    (finding,) = flagged("Dad is hostile.", "Analysis")
    assert "also judges" not in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # A verb joined to the one before shares its subject: the state is hers, and a record
        # of the broken lift shows nothing of it.
        "Ms Dunne does not see Tom's asthma as urgent and is content to let it drift. The "
        "housing officer confirmed by email on 9 October that the lift was broken from 2 April.",
        # A topic sentence, then a thing seen on a day, after a date with no comma: the kitchen
        # is the next sentence's subject, not someone who goes on.
        "Ms Dunne is a compulsive shopper. During my visit on 13 October the hallway held six "
        "unopened parcels and a new television still in its box.",
        # An unnamed view is not named by what comes after.
        "Professionals agree that Mr Pell is using his back pain to avoid meetings. Mr Pell has a "
        "slipped disc, and his physiotherapist told me on 4 May that he cannot sit for long.",
        # A diagnosis is told by whoever made it, not by a school nurse's weighing of the child.
        "Tom's weight has risen to 61 kg when the school nurse weighed him on 2 May. He says "
        "he is hungry all the time. Tom has an eating disorder, and hiding food is part of it.",
        # A reason put down to what someone did not want, with a doing inside it.
        "Mrs Pell cancelled the March appointment because she did not want the clinic "
        "questioning her cooking.",
        "Mrs Pell cancelled the appointment because she wanted to avoid questions.",
        # A view in the passive, held by no one named ("considered" is no seeing).
        "Mrs Lowe is considered to be a manipulative mother.",
        # A feeling given as the reason, past "more".
        "Ms Dunne goes along with the sanctions because she is more afraid of losing Mr Pell "
        "than of losing Ava.",
        # A view held by no one named, whatever comes after.
        "Everyone agrees that Ms Lowe is a devoted mother. On 2 May I saw her walk the "
        "children to school.",
    ],
)
def test_the_thirty_second_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # Touch done, though "hold" is first a state.
        "On 3 May Mum was tearful and held her sister's hand throughout the meeting.",
        "Mum was anxious and held the baby close.",
        # A part of the body and a doing is what was done ("head-banging"), however
        # "banging" is also a description.
        "She gives him the foods he will eat, because anything else brings on head-banging.",
        # The main clause's subject, past a clause of when, is the one judged.
        "Ms Dunne is a warm and affectionate mother. When Tom came home during my visit on 6 "
        "October, she hugged him, asked about his spelling test and laughed with him.",
        # Grounds announced: what the writer heard, or several sources.
        "Mr Pell's way of speaking to Ava is harsh. I base this on what I heard myself. On 10 "
        "November, when Ava asked to go to a friend's, Mr Pell said, \"Who would want you "
        'round?" and Ava left the room without answering.',
        "Mr Pell's control over Ava's evenings is extensive. The evidence comes from several "
        "sources. Ms Dunne wrote out the house rules for me on 6 November: Ava is in her room "
        "by 7pm and may not use the kitchen after tea.",
        # Who told it, in an aside after the clause, one or two of them.
        "Ava is unhappy at school, as Ben told me.",
        "Overall, Ava is unhappy at school and being left out, as she and Ben both told me.",
        # What the writer saw her do, two doings the tagger reads as nouns.
        "Grace is a capable carer. I saw her change and feed Oscar calmly on 11 April.",
        # Being perceived is done by someone, not a state.
        "Ava arranges her evenings around not being noticed.",
        "Leah was not noticed at school.",
    ],
)
def test_the_thirty_second_round_s_facts_and_reasoned_views_pass(text):
    assert not flagged(text, "Analysis"), text


def test_he_after_a_woman_named_by_her_title_is_someone_else():
    # "He" goes on about someone else when the one judged is "Ms": what he did shows nothing
    # of her.
    assert flagged(
        "Ms Dunne is a warm and affectionate mother. When Tom came home during my visit on 6 "
        "October, he told me about his spelling test and showed me his reading book.",
        "Analysis",
    )


def test_a_second_judgement_named_is_not_one_overlapping_the_first():
    # A new user's: "...not being met in terms of her health" also judged "terms".
    (finding,) = flagged("Ava's needs are not being met in terms of her health.", "Analysis")
    assert "also judges" not in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # Done while the writer was there, on a visit, is seen.
        "Mrs Okoro clearly has a warm bond with Zac. When I visited on 3 May, Zac was sitting on "
        "her lap while she read to him.",
        "Mrs Okoro is clearly a caring mother. During my visit on 4 May she fed the baby and "
        "changed him.",
        # One reading of several, or a possibility, is offered, not claimed.
        "One explanation is that Mr Dale is minimising what happened.",
        "Perhaps Mr Dale is minimising what happened.",
        # A series of participles ending in who did them: done to them, not a state.
        "The dogs are now walked, sheltered and checked by a vet.",
        # The middle of a quotation of several sentences is someone's words.
        'Ms Dale told me on 2 May: "I cannot cope some days. I am not going to lie to you. I '
        'just want him to be normal again." This is a frank account.',
        # "When nobody is free" after a noun says which evenings, not all time.
        "The difficulty is the evenings when nobody is free to help him wash.",
        # Grounds announced for several reasons.
        "Mr Dale's care of the dogs is neglectful. I reach this view for two reasons. First, on "
        "3 May the RSPCA found both dogs underweight with no water in the yard. Second, the vet "
        "recorded untreated sores on 9 May.",
        # A quotation of several sentences in single marks, said.
        "Ms Reid said: 'I know how it looks. Craig has never hit her, he is soft with her. She "
        "is always falling off things.' I take seriously that she has thought about it.",
        # A role set beside a name is no label.
        "Mrs Holt, a retired nurse, answered the door on 12 March.",
        # A new user's: what someone accepts is theirs, "following" before a noun is "after",
        # how long is a measure, and "lone" is "single".
        "Mr Reid accepts there is a problem and wants help.",
        "Kai's mother died following a long illness.",
        "Mr Reid has been a lone parent since 2022.",
    ],
)
def test_the_thirty_third_round_s_facts_and_readings_pass(text):
    assert not flagged(text, "Analysis"), text


@pytest.mark.parametrize(
    "text",
    [
        # A telephone call sees nothing.
        "Mr Dale is clearly a caring father. When I phoned on 4 May, he fed the baby and "
        "changed him.",
        # "The explanation", one only, is claimed.
        "The explanation is that Mr Dale is minimising what happened.",
        "Nobody is free to help him.",
        "I think there is a problem.",
        # A reviewer's: a hedge of another clause, or of a rank; one concern or reason of
        # several is still claimed; a verdict ending a series done by someone; the writer's
        # own words quoted; "where nobody cares" of a place.
        "Mum is probably tired and Dad is neglectful.",
        "This is perhaps the clearest sign that Dad is controlling.",
        "One concern is that Dad is controlling towards Mum.",
        "Leo is isolated and controlled by his father.",
        'I told Mum: "You must keep Leo away from Dad. Dad is dangerous. He hurts people."',
        "Leo lives in a house where nobody cares about him.",
        # A label set beside a name, whatever the sentence goes on to tell.
        "Mr Pask, a controlling man, answered the door on 12 March.",
        # A professional's written contribution quoted is their analysis, held to the standard.
        'Ms Kaur wrote on 19 November: "Alfie has settled well. Underneath it all, he is '
        'terrified of losing his mother. He has wet himself twice this term."',
    ],
)
def test_the_thirty_third_round_s_judgements_are_flagged(text):
    assert flagged(text, "Analysis"), text
