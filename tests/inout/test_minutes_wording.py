"""How councils write actions, one way at a time: each failure the issue lists, in wording of our own."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes


def _got(text: str, meeting=date(2024, 3, 12), programme=()):
    return [(p.subject, p.lead, p.due_text) for p in read_minutes(text, meeting, programme).proposals]


def test_several_requests_in_one_paragraph_are_several_matters():
    text = ("4 Work Programme\nThe Head of Democratic Services presented the work programme. Members agreed to receive "
            "an update on the home care contract; requested a six-month update on the reablement unit relocation; "
            "and asked for a report on agency staffing.\nRESOLVED – That the work programme be updated accordingly.\n")
    got = _got(text)
    assert [s for s, _, _ in got] == ["Update on the home care contract", "Six-month update on the reablement unit "
                                      "relocation", "Report on agency staffing"]
    assert got[1][2] == "September 2024"  # six months from the meeting


def test_the_clerk_in_the_contact_line_and_a_questioning_councillor_are_not_leads():
    text = ("Contact: Jo Bloggs, Democratic Services Officer, Tel: 01234 567890\n\n5 Libraries\nCllr Amy Hart asked "
            "for a breakdown of visitor numbers by branch. Tom Reed, Head of Libraries, agreed to provide this.\n")
    assert _got(text) == [("Breakdown of visitor numbers by branch", "Tom Reed", "")]


def test_a_numbered_resolution_without_the_word_resolved():
    text = ("6 Highways Maintenance\nThe Director of Place presented the report.\n1. That the report be noted.\n"
            "2. That officers be asked to bring details of the pothole repair backlog to the next meeting.\n")
    assert _got(text, programme=[date(2024, 3, 12), date(2024, 5, 14)]) == [
        ("Details of the pothole repair backlog", "Officers", "next meeting")]


def test_a_chairs_list_of_questions_is_not_an_action():
    text = ("7 Leisure Contract\nThe Chair listed the panel's questions:\n• Need to understand why the contract slipped\n"
            "• Why were members not told sooner?\n• What will the delay cost?\n")
    assert _got(text) == []


def test_agenda_text_is_not_an_action_and_the_action_line_names_the_lead():
    text = ("8 Bus Services\nTo receive an update on rural bus services.\nMembers discussed the withdrawal of route 12. "
            "The Chair agreed to write to the operator about the withdrawal of route 12.\nACTION: Cllr Smith\n")
    assert _got(text) == [("Write to the operator about the withdrawal of route 12", "Cllr Smith", "")]


def test_undertakings_in_reported_speech():
    text = ("9 Adult Social Care Charging\nIt was noted that a report on the charging policy would go to Cabinet in July "
            "and that the Head of Service would keep members informed of the consultation.\n")
    got = _got(text)
    assert [lead for _, lead, _ in got] == ["Head of Service"]
    assert "consultation" in got[0][0]


def test_the_director_be_requested_and_stray_characters_leave_the_lead():
    text = ("10 Fostering\nRESOLVED:\n(a) That the Director of Children’s Services be requested to circulate the "
            "recruitment figures to members.\n(b) That the report be noted.\n")
    assert _got(text) == [("Recruitment figures on Fostering", "Director of Children’s Services", "")]
    text = "11 Parks\nThe Parks Manager* would provide a list of play areas awaiting repair.\n"
    assert _got(text) == [("List of play areas awaiting repair", "Parks Manager", "")]


def test_due_from_the_meeting_date_and_month_names():
    text = ("12 Waste\nRESOLVED:\n1. That a six-month update on the recycling rate be brought to the panel.\n"
            "2. That the Waste Manager report back on fly-tipping enforcement in November.\n")
    got = _got(text)
    assert [d for _, _, d in got] == ["September 2024", "November 2024"]


def test_a_question_is_not_an_action():
    text = ("13 Select Committee Review\nKey points raised:\n1. Should a de-brief session be added to the agenda?\n"
            "2. Could the briefing papers be sent out earlier?\n")
    assert _got(text) == []


def test_presenting_the_report_is_not_an_action():
    text = ("14 Resolutions Report\nThe Democratic Services Manager presented the report entitled Resolutions of the "
            "Committee and drew attention to the following: the actions from March had been completed.\n")
    assert _got(text) == []


def test_the_decision_and_the_minutes_of_one_item_give_one_matter():
    resolution = "That the Policy Officer be requested to circulate the training dates to members."
    text = (f"15 Member Training\nDecision:\nRESOLVED:\n(1) That the report be noted;\n(2) {resolution}\nMinutes:\n"
            f"The Policy Officer presented the report.\nRESOLVED:\n(1) That the report be noted;\n(2) {resolution}\n")
    assert _got(text) == [("Training dates on Member Training", "Policy Officer", "")]


def test_an_actions_list_names_its_owner():
    text = ("16 Review of Scrutiny\nActions:\n1. Chair of the group to raise the contract extension with the Chief "
            "Executive. (Owner: Pat Lane)\n")
    assert [(lead, "contract extension" in subject) for subject, lead, _ in _got(text)] == [("Pat Lane", True)]


def test_a_reported_question_and_a_power_granted_are_not_actions_but_a_promised_report_is():
    text = ("17 Reviews\nCllr Ray enquired whether the closed reviews would be reported back to the Board and Ann Lee "
            "informed the board that there would be a progress report coming to the Board in due course.\n"
            "The committee recommended that discretion be given to chairs to alter start times.\n")
    assert _got(text) == [("Progress report on Reviews", "Ann Lee", "future meeting")]


def test_list_items_under_requested_that():
    text = ("18 Enquiry System\nThe Committee received a report.\nThe Committee requested that:\n"
            "i) Methods of measuring response times be explored;\n"
            "ii) Definitions of urgent enquiries were developed in time for the September meeting.\n")
    got = _got(text)
    assert [(s.split()[0], d) for s, _, d in got] == [("Methods", ""), ("Definitions", "September 2024")]


def test_an_action_line_after_a_sentence_leaves_the_next_sentence_its_own():
    text = ("19 Rural Transport\nThe Chair agreed to write to the Secretary of State about rural bus funding.\n"
            "ACTION: Cllr Smith\nOfficers undertook to circulate the latest passenger figures after the meeting.\n")
    assert _got(text) == [("Write to the Secretary of State about rural bus funding", "Cllr Smith", ""),
                          ("Latest passenger figures", "Officers", "")]


def test_a_request_that_a_report_come_back_and_a_report_back_by_month():
    text = ("20 Parking\nThe Committee asked that a further report on the parking review come back in six months.\n"
            "21 Allotments\nThe Head of Parks explained the waiting list. This will be reported back in December.\n")
    got = _got(text)
    assert [(s.split()[-1], d) for s, _, d in got] == [("review", "September 2024"), ("Allotments", "December 2024")]


def test_sight_of_a_plan_and_a_task_group_asked_for_in_a_list_of_requests():
    text = ("22 Libraries\nMembers requested sight of the volunteer action plan once finalised; and asked for a task "
            "and finish group on opening hours.\n")
    got = _got(text)
    assert [(s, lead) for s, lead, _ in got] == [("Volunteer action plan", ""),
                                                 ("Task and finish group on opening hours", "")]


def test_the_model_proposes_only_what_names_a_thing_owed_by_someone_who_can_act():
    text = ("23 Fees and Charges\nThe Head of Finance explained that the proposed changes would include a higher "
            "charge for late payment. The Committee considered the report of the Director which would be presented "
            "to Council in May. It was agreed that the responsibility for the annual report be delegated to the Chair."
            "\n")
    assert _got(text) == []


def test_requests_joined_by_commas_and_and_are_several_matters():
    text = ("24 Housing Repairs\nMembers agreed to receive an update on void properties, requested a six-month update "
            "on damp and mould and asked for a report on contractor performance.\n"
            "It was requested that an item on rent arrears be added to the work programme.\n")
    got = [s for s, _, _ in _got(text)]
    assert got[:3] == ["Update on void properties", "Six-month update on damp and mould",
                       "Report on contractor performance"]
    assert len(got) == 4 and "rent arrears" in got[3]  # 'It was requested that ...' is one clause, not cut


def test_an_officer_asked_to_attend_and_a_report_to_come_to_a_named_meeting():
    text = ("25 Damp and Mould\nThe Panel requested that the Head of Housing attend the next meeting to answer "
            "questions on damp and mould.\nAgreed: Report to come to the May meeting on the town centre plan.\n")
    got = _got(text, programme=[date(2024, 3, 12), date(2024, 4, 16)])
    assert got == [("Attend the next meeting to answer questions on damp and mould", "Head of Housing", "next meeting"),
                   ("Report on the town centre plan", "", "May 2024")]


def test_what_an_organisation_plans_is_not_owed_to_the_panel():
    text = ("26 Community Beds\nThe ICB will carry out a review of community beds next year. The Council would review "
            "its charging policy as part of the budget. The Trust agreed to provide the panel with its winter plan.\n")
    assert _got(text) == [("Winter plan on Community Beds", "Trust", "")]


def test_an_answer_promised_to_a_question_is_the_thing_asked():
    text = ("27 Waiting Times\nCllr Patel asked whether the figures could be broken down by ward and the Director said "
            "she would look into it.\n")
    assert _got(text) == [("Figures broken down by ward", "Director", "")]


def test_the_lead_is_the_named_officer_not_a_title_after_the_name():
    text = ("28 Highways\nSarah Jones (Head of Commissioning) agreed to share the contract specification.\n"
            "Mr Alan Davies, Assistant Director, Highways, confirmed that he would provide the panel with a list of "
            "planned schemes.\n")
    assert [(s.split()[0], lead) for s, lead, _ in _got(text)] == [("Contract", "Sarah Jones"), ("List", "Mr Alan Davies")]


def test_a_month_named_without_a_meeting_date_is_kept_as_written():
    text = "29 Plans\nRESOLVED: That a report on the play strategy be brought to the January meeting.\n"
    assert [d for _, _, d in _got(text, meeting=None)] == ["January"]


def test_bullets_headed_by_their_topic_and_two_things_on_one_item():
    text = ("30 Task and Finish Group Updates\nThe Scrutiny Officer gave an update on each group:\n"
            "• Housing Allocations – the group would present its final report to the May meeting.\n"
            "• Town Centre Parking – officers would report back in June on the consultation results.\n"
            "• Flooding – no further meetings were planned.\n"
            "31 Health Update\nDr Amy Shaw gave a presentation on vaccination rates. She would share the slides with "
            "members. A further update would be provided in the new year.\n")
    got = [(s, d) for s, _, d in _got(text)]
    assert got == [("Final report on Housing Allocations", "May 2024"), ("Report back on Town Centre Parking", "June 2024"),
                   ("Slides on Health Update", ""), ("Update on Health Update", "new year")]  # a season is a due word


def test_a_group_set_up_to_review_something_is_a_matter_named_by_its_aim():
    text = "32 Fees\nResolved that a working group be established to review the fees and charges.\n"
    assert [s for s, _, _ in _got(text)] == ["Working group on the fees and charges"]


def test_the_officer_who_undertook_is_the_one_who_presented():
    text = ("33 Waste\nThe Head of Waste presented the report.\nThe officer undertook to investigate the complaints "
            "and report back.\n")
    assert [lead for _, lead, _ in _got(text)] == ["Head of Waste"]


def test_undertakings_said_without_agreed():
    text = ("34 Leisure Centres\nThe Head of Leisure presented the report. It was the intention to bring a report on the "
            "pool refurbishment to the June meeting.\n"
            "35 Planning Obligations\nA Member asked about developer contributions. The Chair said that an invitation "
            "would be extended to Sam Lee, the Planning Obligations Officer, for the June 2024 meeting.\n"
            "36 Matters Arising\nMembers heard that the letter had been acknowledged and the Democratic and Civic "
            "Officer would make contact again in due course. A Member suggested asking about flood defences and the "
            "Democratic and Civic Officer confirmed she would make a note for the list of questions.\n"
            "37 Libraries\nThe Head of Libraries confirmed that they could follow that up and provide the figures for "
            "members.\n")
    got = _got(text)
    assert [(s.split()[0], lead) for s, lead, _ in got] == [
        ("Report", ""), ("Invitation", "Chair"), ("Make", "Democratic and Civic Officer"),
        ("Make", "Democratic and Civic Officer"), ("Follow", "Head of Libraries")]
    assert got[0][0] == "Report on the pool refurbishment" and got[0][2] == "June 2024"
    assert "Sam Lee" in got[1][0] and "contact again" in got[2][0] and "figures" in got[4][0]


def test_a_concern_to_be_raised_is_the_raising_and_a_question_about_whom_is_not_an_action():
    text = ("38 Actions\nFollowing a discussion, the Chair explained that the concern would be highlighted to the "
            "Cabinet Members.\n39 Minutes\nA Member said his remarks had been shortened and sought clarification on "
            "who to raise this with. The Chair confirmed it would be raised again with the Chief Executive.\n")
    assert [(s, lead) for s, lead, _ in _got(text)] == [("Highlight the concern to the Cabinet Members", "Chair"),
                                                        ("Raise again with the Chief Executive", "Chair")]


def test_passive_requests_each_thing_asked_for():
    text = ("40 Matters Arising\nMembers received an update on earlier recommendations. Further briefings on the "
            "parking strategy and the bus station redevelopment were requested and members also stressed the wish "
            "for site visits to the depot and the new library to be arranged.\n"
            "41 Fly-tipping\nA breakdown of fly-tipping fines was requested previously, and this will be followed up. "
            "A map of hotspots was requested last year and has since been circulated.\n")
    assert [s for s, _, _ in _got(text)] == [
        "Further briefing on the parking strategy", "Further briefing on the bus station redevelopment",
        "Site visits to the depot and the new library to be arranged", "Breakdown of fly-tipping fines"]


def test_a_deferral_and_a_resolution_in_the_indicative():
    text = ("42 Parking Review\nThe Director presented the report.\nResolved - That consideration of the parking "
            "review report be deferred to a future meeting.\n"
            "43 Depot\nRESOLVED\n(a) that the report be noted;\n(b) that arrangements for a visit to the depot are made.\n")
    assert [(s, d) for s, _, d in _got(text)] == [("Parking review report", "future meeting"),
                                                  ("Arrangements for a visit to the depot", "")]


def test_a_list_of_additions_or_requests_is_one_matter_an_item():
    text = ("44 Work Programme\nThe Chair presented the work programme. Further topics added to the work programme "
            "included:\n· Scrutiny of the Housing Strategy\n· Town centre parking, and;\n· A briefing on the leisure "
            "contract.\nResolved - That the suggestions made be included in the work programme.\n"
            "45 Capital Projects\nThe Committee received the capital report.\nCllr Green requested an update on the "
            "following schemes –\n· Station Quarter redevelopment, including whether it was on time\n· Riverside flood "
            "wall\nThe Director said both were reported to the Projects Board.\n")
    assert [s for s, _, _ in _got(text)] == ["Scrutiny of the Housing Strategy", "Town centre parking",
                                             "Briefing on the leisure contract",
                                             "Update on Station Quarter redevelopment, including whether it was on time",
                                             "Update on Riverside flood wall"]


def test_he_or_she_is_the_person_named_in_the_sentence_before():
    text = ("46 Footpaths\nMrs Jane Brown, the Rights of Way Manager, explained the backlog of repairs. She would send "
            "the repair schedule to members.\n")
    assert [lead for _, lead, _ in _got(text)] == ["Mrs Jane Brown"]


def test_a_conditional_offer_narrative_and_a_panel_given_access_are_read_for_what_they_are():
    text = ("47 Budget\nThe Finance Manager presented the report. More detailed figures would be made available if "
            "required.\n48 Training\nResolved:\nFurther discussion took place about the training session that had been "
            "held on 3 May 2019, and how this had shown where scrutiny could be included within the process.\n"
            "49 Terms of Reference\nA Member requested that the Panel be given access to the forecasts for each "
            "service area.\n")
    assert [s for s, _, _ in _got(text)] == ["Access to the forecasts for each service area"]


def test_a_question_of_how_an_aside_after_that_a_move_and_a_meeting_that_includes_a_report():
    text = ("50 Climate\nMembers asked for clarification on how the two panels shared the climate topics. More "
            "information was sought in regard to tree planting further to a meeting with the Leader.\n"
            "51 Work Programme\nRESOLVED - that the work programme be approved, subject to the report on "
            "allotments being moved to 4 June 2024.\n"
            "52 Police Plan\nRESOLVED\n1. That, in discussion with the Commissioner, the working group develop a "
            "short summary of complaints to be brought to the next meeting.\n"
            "2. That the meeting in March includes a report on the precept.\n")
    got = [s for s, _, _ in _got(text)]
    assert got[0] == "More information on tree planting" and got[1].startswith("Report on allotments")
    assert "summary of complaints" in got[2] and got[3].startswith("Report on the precept") and len(got) == 4


def test_more_ways_of_stating_a_plan_a_list_and_an_offer_on_a_condition():
    text = ("53 Buses\nIt is intended to bring a report on the bus review to the next meeting. The officer offered to "
            "send the slides to members if they wished. He agreed to find out the timetable and let members know.\n"
            "54 Future Topics\nMembers suggested the following topics for future meetings:\n· Grass cutting\n· Street "
            "lighting\nThe following items were added to the work programme:\n· Dog fouling\nThe Chair thanked "
            "members.\n")
    got = _got(text, programme=[date(2024, 3, 12), date(2024, 5, 14)])
    assert [(s, lead) for s, lead, _ in got] == [("Report on the bus review", ""),
                                                 ("Find out the timetable and let members know", ""),
                                                 ("Grass cutting", ""), ("Street lighting", ""), ("Dog fouling", "")]


def test_coming_back_with_something_ensuring_sight_of_a_business_case_and_a_hope():
    text = ("55 Car Parks\nThe Head of Planning would come back to members with the figures on the car park. The "
            "Director would ensure that the tariffs were shared with members. The Committee requested sight of the "
            "car park business case before it went to Cabinet. It was hoped that a report on park and ride could "
            "come to the panel in the autumn.\n")
    got = _got(text)
    assert [(s.split()[0], lead) for s, lead, _ in got] == [("Figures", "Head of Planning"), ("Ensure", "Director"),
                                                            ("Car", ""), ("Report", "")]
    assert got[0][0] == "Figures on the car park" and got[3][0] == "Report on park and ride"
