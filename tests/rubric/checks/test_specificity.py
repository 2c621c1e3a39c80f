"""specificity: a recommendation someone could act on and check."""

import pytest

from assist import document as doc
from assist.rubric import check
from tests.rubric.helpers import findings, project_rubric

RULE = "vague-recommendation"


def vague(text):
    return findings(f"# Recommendations\n\n{text}\n", rule=RULE)


@pytest.mark.parametrize(
    "text",
    [
        "Continue to monitor.",
        "Social worker to support the family.",
        "School to monitor attendance.",
        "Explore options for short breaks.",
        "Family to access help as needed.",
        "The family will be offered support.",
        "Mum to attend either the parenting course or the drop-in group.",
        # Someone named and something concrete, but nothing to tell when, where, for what or
        # with what: nobody could say whether it was done well enough.
        "Ms Grant to attend parenting classes.",
    ],
)
def test_vague_recommendations_are_flagged(text):
    assert vague(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mum to attend the Freedom Programme, starting on 4 June, for 12 weekly sessions.",
        "The health visitor to weigh Ben weekly until he reaches the 25th centile.",
        "Refer Sam to the school nurse by Friday 14 June for a hearing test.",
        "The GP to review Mum's medication within two weeks.",
        "Mr Johal to meet Lacy and Sam at school to agree a safe adult for each of them.",
        # An absence with what will be done as well is not only an absence.
        "Mr Cole will not smoke in the flat, and will smoke on the balcony with the door shut.",
        "Ms Grant to attend parenting classes at the Oak Centre.",
        "Ms Grant will attend the Triple P programme.",
    ],
)
def test_specific_recommendations_pass(text):
    assert not vague(text)


def test_the_hedge_itself_is_highlighted():
    (finding,) = vague("The school could refer Amy to the nurse by June.")
    assert finding.excerpt == "could"


def test_recorded_who_and_when_make_a_structured_recommendation_specific():
    rubric = project_rubric().only(RULE)
    recommendation = doc.Recommendation(ref="R1", action="Help Mum with the morning routine.")
    assert check(doc.Document(recommendations=[recommendation]), rubric)
    recommendation.by_when = "2024-06-30"
    assert check(doc.Document(recommendations=[recommendation]), rubric) == []


def test_a_date_does_not_make_a_vague_action_on_a_vague_object_specific():
    rubric = project_rubric().only(RULE)
    recommendation = doc.Recommendation(
        ref="R1",
        action="Monitor the situation and offer support to the family.",
        who="Social worker",
        by_when="2027-03-01",
    )
    (finding,) = check(doc.Document(recommendations=[recommendation]), rubric)
    assert "'Monitor' is not something anyone can see done" in finding.message
    assert "how you will know" in finding.message
    # Saying how we will know makes it checkable.
    recommendation.how_we_will_know = "Nursery reports Kai arrives fed on four days in five."
    assert check(doc.Document(recommendations=[recommendation]), rubric) == []


@pytest.mark.parametrize(
    "text",
    [
        "Monitor the situation by 1 march 2027.",
        "Offer support to the family for 6 weeks.",
        "Monitor the situation from the 3rd of March.",
        "Mum needs to engage by 1 March 2027.",
        "Dad to engage fully with the plan within two weeks.",
    ],
)
def test_the_numbers_of_a_date_or_a_length_of_time_are_not_a_measure(text):
    assert vague(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amy's attendance at nursery to be monitored daily from 1 March 2027.",
        "Amy's attendance to be monitored by the school from 1 March 2027.",
        "Social worker to support Amy to tell her story at the review on 3 May 2027.",
    ],
)
def test_a_vague_verb_with_a_concrete_object_and_a_date_passes(text):
    assert not vague(text)


def test_a_state_that_sets_off_an_action_is_its_condition_not_its_goal():
    assert not vague(
        "When Dad feels angry he will go out for a walk and ring his brother, and tell Mum "
        "when he will be back."
    )
    assert vague("Dad will feel calmer.")


@pytest.mark.parametrize(
    "text",
    [
        # A partner named after "with" is not a method: engaging is still not seen done.
        "Jordan will engage with CAMHS.",
        # A kind of person to be, rated, is a state as the goal.
        "Dad will be a calmer presence at bedtime.",
    ],
)
def test_a_named_partner_or_a_rated_role_does_not_make_a_goal_checkable(text):
    assert vague(text), text


def test_a_named_programme_used_is_a_method():
    assert not vague("Mum will learn to manage her anger through the Freedom Programme.")


@pytest.mark.parametrize(
    "text",
    [
        # A vague aim after a concrete, timed action is what the action is for.
        "The school nurse will see Kai every Friday for six weeks to work on his worries, and "
        "will tell me about any session he misses.",
        "Dr Rao will see Mia in clinic within two weeks to look into her weight loss.",
        # A vague verb that says how, by a deed.
        "I will support Mum to claim her benefits by filling in the form with her on 3 May.",
        # A noun's modifier and a name are not the vague object.
        "Mr Gill will keep the sleep diary for four weeks and bring it to the meeting on 9 May.",
        "The GP will review Mr Gill's medication on 14 May and send me the outcome.",
        # An absence, then what will happen instead in a clause of its own.
        "Dad will not have unsupervised contact; contact will take place at the family centre "
        "every Saturday, and the centre will send me a report after each session.",
    ],
)
def test_a_specific_plan_with_a_vague_word_inside_it_passes(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mum should improve her parenting by the end of term.",
        "Liam to be offered appropriate support by 19 December.",
    ],
)
def test_a_change_to_conduct_or_an_unsaid_kind_of_help_is_vague_whatever_the_date(text):
    assert vague(text), text


def test_the_outcome_for_the_child_after_so_that_is_not_the_vague_goal():
    # recommendation-without-objective asks for the outcome; stating it must not be flagged.
    assert not vague(
        "Mum to attend the Freedom Programme every Tuesday from 3 March, so that Kai is safe "
        "at home; the facilitator will send attendance to the social worker each month."
    )
    assert vague("Mum to be happier by March so that Kai is safe.")


def test_someone_s_appropriate_adult_is_a_person():
    assert not vague(
        "Ms Kaur to complete the age assessment with an interpreter by 19 December, sharing "
        "the outcome with Abel and his appropriate adult at the same meeting."
    )


def test_someone_s_appropriate_things_are_still_to_be_decided():
    assert vague("Mum to take Leo to his appropriate medical appointments.")


def test_who_an_adult_is_and_what_someone_else_then_decides_are_not_the_goal():
    # "who is sober" says which adult; "before the panel will consider" is the panel's step.
    assert not vague(
        "Eli is collected from school each day by an adult who is sober, named in the safety "
        "plan, from 4 May; the school will tell the social worker of any other adult."
    )
    assert not vague(
        "Dad to give a clear hair-strand test in June and in September before the panel will "
        "consider overnight stays."
    )
    assert vague("Consider overnight stays.")


def test_a_phrasal_verb_of_movement_is_something_done():
    assert vague("Dad will keep his temper.")
    assert not vague(
        "When he and Mum disagree, Dad will keep his voice down and go out to the garden; Mum "
        "will note in the shared diary each evening whether he did, starting this week."
    )


def test_a_dated_meeting_and_a_role_in_brackets_are_not_the_vague_action():
    assert not vague(
        "If Jade is reported missing again before the 8 January review, SW Sarah Mensah will "
        "convene a strategy discussion with police and health within 24 hours of the report."
    )
    assert not vague(
        "Maria (family support) will go with Ms Dean to the food bank on Friday 11 December and "
        "make a weekly meal plan with her; on 18 December Maria will check there is food in."
    )
    assert not vague("Contact to be supervised by an adult who is able to keep Tom safe.")
    assert vague("Mum will keep Tom safe.")


def test_an_ability_to_do_something_seen_is_a_goal_one_could_check():
    # The tagger reads "tie" as a noun and "finish" as an adjective after "able to".
    assert not vague("Mia will be able to tie her own laces by 20 December.")
    assert not vague("Kofi will be able to finish a ten-piece jigsaw on his own by Easter.")
    assert vague("Mia will be able to feel safe by 20 December.")


def test_a_thing_kept_somewhere_and_more_than_a_measure_can_be_checked():
    assert not vague(
        "From 9 January each child will keep Gran's number on a card in their school bag; the "
        "social worker will check the cards at each fortnightly visit."
    )
    assert not vague(
        "From 5 January Ms Lee will phone the agency on any day the carers are more than an "
        "hour late, and will record each call on the file."
    )
    assert vague("Tia will be more confident by June.")


@pytest.mark.parametrize(
    "text",
    [
        "Ana Silva (social worker) will refer the family to the council's Family Support Service "
        "by 8 March.",
        "PC Moore will complete a return interview with Leo within 72 hours of each missing "
        "episode and send it to the panel, which will review the pattern at its meeting on 9 "
        "April.",
        "Tariq's goal is to start a college course by the time he turns 17.",
    ],
)
def test_a_service_s_name_and_what_a_panel_then_does_are_not_the_vague_action(text):
    assert not vague(text)


def test_a_vague_action_of_the_recommendation_itself_is_still_found():
    assert vague("Support Mum.")
    assert vague("Refer Mum to the course, which will support her.")
    assert vague("Family Worker To Support Dad.")  # every word capitalised: no name
    assert vague("Kai's goal is to do better by the time he is older.")


@pytest.mark.parametrize(
    "text",
    [
        # What is asked for, after "of", is a thing, not what anyone will do.
        "Ms Tan, the support coordinator, will send the funding request by 4 March asking for "
        "ten hours a week of in-home support, and will email Dad the reference that day.",
        # Someone told whether it happened is how we will know.
        "Mr Bell will attend his first appointment at the Ridge clinic on 2 May at 10am. His "
        "keyworker will phone the social worker that day to confirm whether he went.",
        # A condition ("unless", "until") is not the goal.
        "Dad will give a sample at each Friday appointment from 1 May to 30 June; results go "
        "to the social worker each Monday, and contact stays supervised unless every sample is "
        "clear.",
        # A team named by who they are, and a noun after a possessive and another noun.
        "Ms Obi will brief all six volunteer appropriate adults on the new code by 30 April "
        "and send the attendance list to the manager.",
        "The social worker will visit Kyle on 3 and 17 May and record his views on his release "
        "address in the review report due on 24 May.",
        # A fact to be checked, told as a clause.
        "Mr Ray will send the tenancy offer by 2 May; the case manager will check the offer is "
        "on file at the meeting on 9 May.",
    ],
)
def test_a_thing_asked_for_a_report_of_whether_and_a_condition_are_not_vague(text):
    assert not vague(text), text


def test_having_none_of_something_is_a_goal_of_absence():
    (finding,) = vague("Mr Ward will have no contact with the boys.")
    assert "what will be done instead" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # A state of a person or a place as the condition is still unseen.
        "Contact will be supervised unless Mum is sober.",
        "Noah will stay with his aunt until the home is safe.",
        # Someone reporting on themselves, with no date.
        "Mum to confirm whether she attended.",
        # How much of something vague is still vague.
        "Dad will get a lot of support from 1 June; the social worker will check at each visit.",
    ],
)
def test_unseen_conditions_self_reports_and_amounts_of_support_stay_vague(text):
    assert vague(text), text


def test_a_limit_is_not_a_goal_of_absence():
    assert not any(
        "instead" in f.message
        for f in vague("Mum will have no more than two units a day, counted in her drink diary.")
    )


def test_when_left_open_is_named():
    (finding,) = vague("Gran to ring the school at some point.")
    assert "'at some point' leaves it open when" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "The social worker will visit Leo at home some time before 30 June and note what he says.",
        'Dad will ring the school on 3 June, as he said "maybe" when asked on 2 May.',
        "Mum will see the GP on 4 June about what is probably a chest infection; the GP will "
        "write to the social worker by 11 June.",
        "Dad will have no contact other than video calls on Sundays from 2 June, supervised by "
        "Gran, who will tell the social worker after each call.",
        "The appropriate adult will attend every police interview with Kai from 1 May.",
        "Dad will move his things to his new address by 2 June.",
    ],
)
def test_times_given_quoted_words_roles_and_things_are_not_vague(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "A parenting course to be offered, possibly through the children's centre.",
        "Mum to ring the school soon.",
        "Family support worker to do some direct work with Ava around friendships.",
    ],
)
def test_a_hedged_provider_an_open_time_and_some_work_stay_vague(text):
    assert vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ms Hale will complete the Early Help assessment with Dad at the school on 4 May at 9am.",
        "Mr Lee will deliver a cot on 2 May and visit on 9 May to check it is up and there is a "
        "clear space on the floor for Ava to play.",
        "Nurse Bell to make the referral by 5pm today. Sam is not to be discharged until the "
        "social worker has confirmed his address by phone.",
        "The registrar to request a CT head today, and ophthalmology review before noon on 7 May.",
        "Hi Jo, please could you book an interpreter for the visit on 10 May at 2pm and confirm "
        "by 8 May?",
    ],
)
def test_names_checks_holds_things_asked_for_and_requests_are_not_vague(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Possible referral to CAMHS to be discussed at the next meeting.", "'Possible'"),
        # A hedge after one excused is still found.
        (
            "Mum to consider the parenting report and attend a course if appropriate.",
            "'if appropriate'",
        ),
    ],
)
def test_a_possible_act_and_a_later_hedge_leave_it_open(text, said):
    (finding,) = vague(text)
    assert f"{said} leaves it open" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "The social worker will make it possible for Mum to visit on Tuesdays from 5 May.",
        "Ms Khan will discuss a possible move with Mum by 5 May and tell the IRO the next day.",
        "Mr Dale will attend the Caring Dads course from 13 January 2027; the panel on 12 May "
        "2027 will consider the facilitator's final report.",
        "A Child in Need plan for Leah, with the first meeting held by 20 February 2026 and "
        "chaired by Ms Reid, who will send the plan to Mum by 27 February.",
    ],
)
def test_what_is_made_possible_and_a_report_considered_are_not_hedges(text):
    assert not vague(text), text


def test_a_plan_kept_somewhere_is_seen_done():
    assert not vague(
        "Ms Ali will keep the safety plan by the front door from 2 September; the social worker "
        "will check it is there at each visit."
    )


@pytest.mark.parametrize(
    "text",
    [
        # An occasion named after "since" or "at" is when, not the action asked for.
        "Ms Reid will phone the school on 3 June to ask whether Leo has been late since the "
        "last review, and write the answer on his file that day.",
        "The IRO will write to Ellie by 2 July setting out what was decided at her review.",
        # What a court order will do is not what anyone is asked to do.
        "The local authority will apply for an order by 12 June. The order will require the "
        "return of Sami's passport; PC Ng will tell the social worker when it is handed in.",
        "The council will apply for an Order by 3 March which will require the return of his "
        "passport.",
        # A state told by the one who feels it is heard, not hoped for.
        "Sam will tell us he feels safer at home when his social worker asks at each monthly "
        "visit.",
    ],
)
def test_an_occasion_named_and_what_an_order_does_are_not_vague(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Keep the plan under review.",
        "Mum to improve her confidence.",
        "Review at the next core group.",
    ],
)
def test_a_review_kept_and_a_state_improved_stay_vague(text):
    assert vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Grandad to make sure the boys are kept away from Mr Lee.",
        "The team will follow up with Mum about the safety plan.",
    ],
)
def test_making_sure_and_following_up_say_nothing_done(text):
    assert vague(text), text


def test_what_a_review_is_expected_to_find_is_not_the_action():
    text = (
        "Nan will text Ms Rowe each evening Jade is not home by 9pm. Ms Rowe will count the "
        "texts at each visit and give the totals to the review on 3 March 2027, where we expect "
        "the number to have dropped."
    )
    assert not vague(text)


def test_a_hedge_in_what_a_report_will_answer_is_not_a_hedge():
    text = (
        "Dr Ferris will write an addendum report by 30 April setting out whether Mr Akhtar "
        "could change with support."
    )
    assert not vague(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ms Khan to agree in writing with Ms Nowak by 17 March 2026 that Mr Doyle visits only "
        "in the daytime, because his return is the main danger to the children.",
        "Ms Khan to draw up a written agreement with Ms Nowak by 17 March 2026 that Mr Doyle "
        "will not stay overnight; she will check it at each visit.",
    ],
)
def test_a_reason_given_and_what_an_agreement_says_are_not_the_goal(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ms Reid will update the safety plan by 12 January and share it with the core group.",
        "The IRO will hold Tariq's review on 14 March at the school.",
        "Caseworker Jo Lim to confirm an alternative placement by 5pm on Monday 7 December.",
        "Ms Okafor will complete a needs assessment for Dev by 3 April.",
        "Mr Shaw will put a photo of each fitted alarm on the file by 20 November.",
    ],
)
def test_a_task_held_updated_or_confirmed_by_a_date_is_something_seen_done(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mom will participate in services and cooperate with the agency.",
        "Ongoing assessment of whether section 20 accommodation is needed.",
        "Mum will confirm her commitment by Friday.",
    ],
)
def test_taking_part_with_no_part_named_and_a_section_number_are_vague(text):
    assert vague(text), text


def test_a_person_by_what_they_will_do_and_on_time_is_no_when():
    assert not vague("Ben will be able to ask his friends if he can play at playtime.")
    assert vague("Ms Green will hold the review on time.")


def test_an_acronym_of_a_thing_is_no_one_done_to():
    assert not vague(
        "The police will review the CCTV from the shop by 10 April and share a summary with "
        "the social worker."
    )


def test_a_rule_with_the_condition_it_waits_on_says_what_will_happen():
    assert not vague(
        "The duty team will not agree a return home without a worker seeing Dad sober first."
    )
    assert vague("Dad will not drink.")


def test_a_participle_after_of_describes_the_noun_after_it():
    assert not vague(
        "From Monday the foster carer will do 10 minutes of shared reading with Keira each night "
        "and write in her diary what they read."
    )


def test_a_name_that_opens_the_sentence_is_not_quoted_as_a_vague_action():
    (finding,) = vague("- Child in Need plan.")
    assert "'Need plan'" not in finding.message and "who will do it" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # "Either" of two things, not a choice offered.
        "Nurse to check the spacer every Monday and ring Mum that day if either is broken or lost.",
        # A noun in a list, not the verb "address".
        "By 3 May Mum will give the school the name, address and phone number of each carer.",
        # A condition the plan opens with is when.
        "If Dad cannot get a lift he will ring the centre and not come, and he will ring the "
        "worker the next morning.",
        # Which messages, not a state to reach.
        "Each Friday the worker will read the log with Mum and note any message that is rude.",
    ],
)
def test_either_of_two_a_list_of_nouns_a_condition_and_which_ones_are_not_vague(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ms Kaur to support Ms Harper with her mood by 1 March 2026.",
        "Social worker to support Dad with his mental health by June.",
    ],
)
def test_help_with_someone_s_feeling_or_state_is_vague_whatever_the_date(text):
    assert vague(text), text


def test_help_with_a_task_of_theirs_by_a_date_is_not():
    assert not vague("FSW to help Mum with her housing form by 3 May.")


@pytest.mark.parametrize(
    "text",
    [
        # A decision asked of a court or a panel: its terms are the court's or the panel's.
        "The panel is asked to recommend that Ella's placement with her grandparents continues.",
        "I recommend that the court makes a Special Guardianship Order in favour of Mr Tate.",
        # What the order comes with, not an action asked.
        "A Child Arrangements Order for Ben to live with his mother, supported by the plan "
        "dated 2 June.",
    ],
)
def test_a_decision_asked_of_a_court_or_panel_and_what_it_comes_with_are_not_vague(text):
    assert not vague(text), text


def test_a_court_or_panel_asked_to_do_something_vague_still_is():
    assert vague("The conference to review the plan.")
    assert vague("The family to be supported by the FSW.")


@pytest.mark.parametrize(
    "text",
    [
        # Where a child stands, recommended for a conference or a court to decide.
        "That the children remain subject to child protection plans under neglect.",
        "I recommend that Rio and Kai are made subject to child protection plans.",
        "Leo should continue to live with his father, under a Child in Need plan.",
    ],
)
def test_where_a_child_stands_recommended_as_a_decision_is_not_vague(text):
    assert not vague(text), text


def test_to_continue_something_vague_is_still_vague():
    assert vague("The carers to continue to meet Rio's needs.")
    assert vague("Mum to continue to engage with services.")


@pytest.mark.parametrize(
    "text",
    [
        # An end on a condition, work already done, what someone said, a panel's decision, an
        # aim the plan opens with, and a dated occasion named as a noun.
        "Nurse to cream Eden's legs each Monday at 9am, and to stop when Mum is doing it daily.",
        "We have considered every other option and ask the court to make a placement order.",
        "Ms Kay told the assessor she could not manage two children; we ask for the order.",
        "The panel recommends that the match of Ava with Ms Pike is a good one.",
        "To keep Ava safe while Dad learns, Nan will stay over each Friday; the SW will check.",
        "Ava stays with her aunt. Next review: 18 June.",
    ],
)
def test_ends_on_conditions_work_done_reported_words_decisions_and_aims_are_not_vague(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The health visitor will check Ivy's weight every two weeks until she is one.",
        "Ms Cole will attend the program at Lakeside Recovery every Monday, 9am to 1pm.",
        "Mr Shah has two families under consideration and will write to the Guardian by 3 May.",
    ],
)
def test_a_measure_taken_a_named_place_s_programme_and_what_stands_are_not_vague(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        # One vague action in a plan of specific ones is still vague: the dates and checks of
        # the others are theirs.
        "1. Nan to collect Ivy from school every Friday from 9 May. 2. Mum to improve the "
        "home conditions. 3. The SW will visit fortnightly and photograph the kitchen.",
        "Actions agreed at the meeting, 4 May: - School to keep an eye on Ivy's lunches. - "
        "Mr Dyer will meet Mum every Tuesday at 10am to plan the week's meals.",
        "The health visitor will weigh Ivy on 3, 10 and 17 June. Dad to be more involved.",
        "Mum to reduce her drinking by the next review.",
    ],
)
def test_one_vague_action_among_specific_ones_is_vague(text):
    assert vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        # The grounds, the history and the heading around a plan's actions are not actions.
        "Mr Dyer will live at his sister's flat from 2 May and ring Ivy at 6pm daily. Mr Dyer "
        "has been violent to Ms Cole. Their references are positive.",
        "Early help plan, Dyer family, agreed 2 May:",
        "Ivy will go to bed at 7pm; Mum will tick the chart each night and I will look at it "
        "on my Monday visit.",
        "Mum will attend her perinatal assessment on 12 June.",
        "We will review this plan together on 16 June.",
        "I will review this decision after the medical.",
        "The result will be recorded on her learning plan by 3 May.",
        "By 1 May the SW will write to the surgery, enclosing the guidance on registering "
        "patients without a fixed address.",
        "Fire service will revisit by 15 May to test the alarms and check that the hallway "
        "is clear.",
        "Kai will be home by 8pm on weekdays, as required by his curfew; Mum will text the "
        "duty phone by 8.15pm each night.",
        "Ms Lee, who rang on 1 May asking to be considered as a carer, to be assessed by the "
        "SW by 30 May.",
    ],
)
def test_grounds_headings_reviews_held_and_things_named_are_not_vague(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Dad to go to the first Change Ahead session by 31 May, and the worker to tell the SW "
        "whether he went; the aim is that Ivy no longer hears shouting at night.",
        "The reason for this plan is that Ivy lives with abuse her mother cannot stop alone.",
    ],
)
def test_what_stops_in_an_aim_or_a_reason_is_not_what_will_be_done(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        "If Mum wants, we may consider a referral to the parenting course.",
        "The health visitor will offer her support to Mum.",
        "We will review her mental health on 3 May.",
        "Leo's weight will be checked by the GP on 3 May and we will review his wellbeing.",
        "The social worker will monitor it until 3 May.",
        "Ms Farrell to reduce her alcohol use by the next review.",
        "Parents to ensure all of the children's health needs are met by the next review.",
        "Mr Kowalski will keep up the good work with the girls.",
    ],
)
def test_a_reviewer_s_vague_cases_for_the_twenty_first_round(text):
    assert vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        # A clinician's review on a day is an appointment, whose way of reviewing is theirs.
        "Dr Amal Reid, community paediatrician, will review Noah's sleep on 12 January 2027.",
        # A decision hung on a condition anyone could check, with a count or a date in it.
        "If Mr Bell attends every session on time for eight weeks (to 5 February 2027), the "
        "local authority will increase contact to three sessions a week and consider a "
        "community venue.",
        "Overnight stays will be considered if Ms Kaur has finished the programme and has "
        "attended at least 10 of the 12 Saturday visits.",
        # A review after a time told.
        "The local authority will review the contact arrangement after six months and write to "
        "both parents with its decision.",
        # What is asked, however far into its clause: not what will be done.
        "I recommend that the local authority files the police checks by 15 January, so that "
        "the parties know before the hearing whether there is any reason the assessment should "
        "not continue.",
    ],
)
def test_a_clinician_s_review_a_counted_condition_and_what_is_asked_pass(text):
    assert not vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        # A condition nobody could check leaves "consider" open; so does "if needed" in a
        # lettered item of its own, whatever the item before hangs on.
        "If things do not improve, we will consider further action.",
        "(a) Mum will ring the crisis line the same morning if she has slept fewer than four "
        "hours for two nights. (b) Professionals to keep an eye on things and escalate if "
        "needed.",
        # A clinician named in another clause reviews nothing of this one.
        "Leo's weight will be checked by the GP on 3 May and we will review his wellbeing.",
    ],
)
def test_an_open_condition_and_another_clause_s_clinician_leave_it_vague(text):
    assert vague(text), text


@pytest.mark.parametrize(
    "text",
    [
        # A reviewer's cases for the twenty-second round: an age or a number of people is no
        # condition anyone could count; another clause's condition is not the hedge's.
        "We will consider a referral to CAMHS if Leo (7) is still upset.",
        "Consider more support for Mum if she struggles with the 3 children.",
        "We will consider a referral to CAMHS, and if Leo misses 3 days the school will call Mum.",
        # What is asked ends at "and".
        "Mum will tell us if she needs help and we will continue to monitor.",
        # A time something went on is not when a plan's step is.
        "Support Mum, who relapsed after two years of sobriety, to stay well.",
        # The clinician must be the one who reviews.
        "Following Leo's GP appointment, the social worker will review his wellbeing on 3 May.",
        "After Leo sees his GP on 3 May, I will review his emotional wellbeing.",
    ],
)
def test_a_reviewer_s_vague_cases_for_the_twenty_second_round(text):
    assert vague(text), text


def test_a_doctor_by_title_reviews_on_the_day():
    assert not vague("Dr Sen will review Ethan's sleep on 12 January 2027.")


@pytest.mark.parametrize(
    "text",
    [
        # The twenty-fourth round: a state someone will not be in is an absence goal too (not
        # a hold on what is done to them, "will not be discharged").
        "Ms Hale will not be drunk when the children come home from school.",
        "Dad will not be late for contact.",
    ],
)
def test_a_state_someone_will_not_be_in_is_only_an_absence(text):
    (finding,) = vague(text)
    assert "says only what will stop" in finding.message


def test_a_thing_named_with_a_vague_verb_s_word_is_not_an_action():
    # "A continuous glucose monitor" is a thing to get, not monitoring.
    assert not vague(
        "The diabetes nurse will arrange a continuous glucose monitor by 19 December 2026 and "
        "confirm to me when it is fitted."
    )
    assert vague("The school will closely monitor by 19 December 2026.")


@pytest.mark.parametrize(
    "text",
    [
        # A reviewer's cases: being able, there or available is an arrangement, not a state.
        "Ava will not be able to see Dad until the court hearing on 4 June 2026.",
        "Dad will not be available for contact on Tuesdays, so contact moves to Wednesdays at "
        "4pm at the Oak Centre from 5 May 2026, and Ms Reed will record each one.",
    ],
)
def test_what_someone_will_not_be_able_or_there_to_do_is_no_absence_goal(text):
    assert not any("says only what will stop" in f.message for f in vague(text)), text


def test_a_vague_noun_after_descriptions_is_still_vague():
    (finding,) = vague("Mum will be given the extra emotional support by 3 May 2026.")
    assert "'support'" in finding.message


def test_a_time_of_the_year_says_when():
    # Twenty-sixth round: "during the winter break", "over the summer".
    assert not vague(
        "Jamal (12) and Kiara (8) will move to Ms Harris's home during the winter break, so "
        "neither changes school mid-term."
    )


def test_a_condition_with_someone_named_to_check_it_is_no_bare_absence():
    # A new user's case (twenty-sixth round): a plan's note names who checks, how often, until
    # when and whom they tell.
    text = (
        "Mr Dunmore not to stay overnight at 14 Fenwick Close; DC Lowe to check this unannounced "
        "every two weeks until 30 April 2026 and tell Ms Whitley the same day."
    )
    assert not any("says only what will stop" in f.message for f in vague(text))
    assert any("says only what will stop" in f.message for f in vague("Mr Dunmore not to drink."))


@pytest.mark.parametrize(
    ("text", "is_vague"),
    [
        # Twenty-seventh round: a review's contents named, and a clinician's dated appointment;
        # a reviewer's cases where what is looked at or reassessed is named by nothing.
        (
            "I will review the plan with the family and CAMHS on 16 December, looking at "
            "Amelia's weight trend and whether the office-day arrangement has held.",
            False,
        ),
        ("Dr Maguire will reassess Tara's capacity on 24 November and tell me the outcome.", False),
        ("I will review the situation on 16 December, looking at any concerns.", True),
        ("Dr Maguire will reassess the situation on 24 November.", True),
        ("Dr Maguire will assess Tara's wellbeing on 24 November.", True),
    ],
)
def test_what_a_review_or_reassessment_looks_at_is_named(text, is_vague):
    assert bool(vague(text)) is is_vague, text


@pytest.mark.parametrize(
    ("text", "is_vague"),
    [
        # Twenty-eighth round: a state or condition given only by a rating is no standard, even
        # with a date; defined after a comma, or of a kind ("mental state"), it is.
        ("Leanne to keep the flat in a better state by the review on 29 January 2027.", True),
        (
            "Leanne to keep the flat in a good condition, with the floor clear and the bins "
            "emptied, checked at my weekly visits until 29 January 2027.",
            False,
        ),
        (
            "Dr Khan to review Mr Owusu before 5 December and write to me saying whether his "
            "mental state affects his care of Amir.",
            False,
        ),
        # Twenty-ninth round: contact kept, with nothing said of what passes or when; a thing's
        # name after a participle that describes it is no action.
        ("Professionals to keep in touch with the police about the investigation.", True),
        (
            "I will ask the housing association to replace the vibrating baby monitor by 19 "
            "December 2026, and I will test it with Ms Ali at my visit on 22 December.",
            False,
        ),
        # A new user's: a second aim of a concrete action, joined by "and".
        (
            "The social worker will see Jo alone at school by 25 April 2027 to hear her views "
            "and understand why she is late.",
            False,
        ),
    ],
)
def test_what_a_plan_gives_as_a_standard_a_process_or_a_thing(text, is_vague):
    assert bool(vague(text)) is is_vague, text


@pytest.mark.parametrize(
    ("text", "is_vague"),
    [
        # Thirtieth round: two ways of meeting a condition are no choice left open; a review at
        # the meeting the plan sets is held then.
        (
            "From 8 December Ms Lee will run the bath only once Amy is either in the bathroom "
            "with her or behind the stair gate; she will tell me at each visit which she did.",
            False,
        ),
        (
            "Mum will keep a sleep diary each night until the core group on 1 March; we will "
            "look at it together at the meeting.",
            False,
        ),
        # For whom it is done says nothing of how or when.
        ("The school will find a trusted adult for Kofi.", True),
    ],
)
def test_a_condition_a_meeting_and_whom_it_is_for(text, is_vague):
    assert bool(vague(text)) is is_vague, text


@pytest.mark.parametrize(
    ("text", "is_vague"),
    [
        # Thirty-first round: what someone will be able to do by it is its aim ("so he can").
        (
            "Ms Okafor to invite Mr Dale to one of Kira's clinic appointments each month from "
            "June so he can raise his own worries about her health; his attendance to be noted "
            "in the file.",
            False,
        ),
        # ...but not a state to be in.
        ("Ms Dale will meet Leo at school every Monday until 30 June so he can be happier.", True),
        # What someone will confirm of someone's is a fact one can check.
        (
            "If by the review the nursery has reported no missed days and the health visitor "
            "confirms Kira's weight is rising, the social worker will recommend closing the case.",
            False,
        ),
        # A vague feeling among a plan's conditions is still vague (a reviewer's).
        (
            "If by the review Ms Rowe, Mr Rowe, and the wider family feel more positive, the "
            "social worker will step the plan down.",
            True,
        ),
        # A hedge of how, set off by a comma, leaves open only how.
        (
            "Social worker to see Kira alone twice before 30 May and write up her views, in her "
            "own words where possible, for the review on 14 June.",
            False,
        ),
        (
            "Ms Dale will record Leo's wishes, using the Three Houses tool where possible, before "
            "the review on 3 June.",
            False,
        ),
        # ...not a vague how.
        (
            "The family support worker will help Ms Rowe with routines, in whatever way seems "
            "best where possible.",
            True,
        ),
        # Looking after someone is care, not a time ("after").
        ("Mum to look after herself.", True),
        ("Mum to look after herself and rest as much as she can.", True),
    ],
)
def test_an_aim_a_series_of_conditions_a_hedge_of_how_and_looking_after(text, is_vague):
    assert bool(vague(text)) is is_vague, text


@pytest.mark.parametrize(
    ("text", "is_vague"),
    [
        # A review held on a day, with whom: "and" inside the phrase does not end its clause.
        ("I will review this plan with the family and school at the meeting on 14 January.", False),
        (
            "Dr Lowe will review Ms Dunne's depression and back pain at her appointment on 16 "
            "December, and the surgery will tell me by 6 January what was arranged.",
            False,
        ),
        ("I will review the situation and the school will monitor things by 1 March.", True),
        # A role given ("equipment monitor"), not a vague doing.
        (
            "Mrs Dale will make Tom equipment monitor from 6 January and record his part in "
            "each PE lesson on the class sheet.",
            False,
        ),
        ("Mrs Dale will make Tom monitor his weight.", True),
        # A timed stretch that ends when the child is calm; a stay until a home is safe is a
        # condition no one can see met.
        (
            "Mrs Pell will use time in from 3 May: Ava sits with an adult in the kitchen for "
            "five minutes until she is calm, and Mrs Pell will record each use on the sheet.",
            False,
        ),
        # How often: "every other Saturday" is no description to reach.
        (
            "Mrs Nowak will have Ava to stay every other Saturday from 9 January and text me "
            "after each visit.",
            False,
        ),
        ("There will be no more Wednesday absences for Ava.", True),
        # Who helps, named: "with support from" is no vague doing.
        (
            "By 30 September Mr Khan will have made a referral to the alcohol service with "
            "support from his social worker, Priya Shah, and will give weekly breath tests.",
            False,
        ),
        ("Mr Khan will manage his drinking with support.", True),
    ],
)
def test_the_thirty_second_round_s_reviews_roles_and_timed_stretches(text, is_vague):
    assert bool(vague(text)) is is_vague, text


@pytest.mark.parametrize(
    ("text", "is_vague"),
    [
        # The occasion told before the verb says when, as after it.
        ("At the review we will look at the contact notes and the programme reports.", False),
        ("We will look at the situation.", True),
        # (An occasion in a clause of its own, or of another verb, is not when.)
        ("As discussed at the core group, we will look at the contact notes.", True),
        ("At the review Mum was told that we will look at the contact notes.", True),
    ],
)
def test_the_thirty_third_round_s_occasions_before_the_verb(text, is_vague):
    assert bool(vague(text)) is is_vague, text
