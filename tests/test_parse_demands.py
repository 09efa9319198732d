from etl.parse_demands import parse_demands


def demands(*lines):
    body = [(i + 1, line, 0, len(line)) for i, line in enumerate(lines)]
    return [(d.path, d.parent_path, d.kind, d.text) for d in parse_demands(body)]


def test_hierarchy_comes_from_labels_not_indentation():
    got = demands("We propose the following measures:", "- 1. Strengthen artillery.", "  - 2. Air battles:",
                  "  - a) Improve command.", "- b) Extend the line.", "  - 3. Attack locally.")
    assert [(p, parent) for p, parent, _, _ in got] == [("1", None), ("2", None), ("2.a", "2"), ("2.b", "2"), ("3", None)]
    assert {k for _, _, k, _ in got} == {"proposal"}


def test_parenthesis_labels_and_letters_without_a_parent():
    got = demands("We ask you:", "1) Send fuel.", "2) Send trucks.")
    assert [(p, k) for p, _, k, _ in got] == [("1", "request"), ("2", "request")]
    got = demands("Please take these measures:", "a) Move two regiments;", "b) Report daily.")
    assert [(p, parent) for p, parent, _, _ in got] == [("a", None), ("b", None)]


def test_decisions():
    got = demands("We have decided the following:", "1. To withdraw the delegation.")
    assert got[0][2] == "decision"


def test_requests_in_a_sentence_of_their_own():
    got = demands("We agree with you. I ask you to review the opinions indicated above. If we cannot, we will ask FILIPPOV.")
    assert got == [(None, None, "request", "I ask you to review the opinions indicated above.")]


def test_a_list_of_facts_is_not_a_demand():
    assert demands("The losses were as follows:", "1. Ten aircraft.", "2. Two bridges.") == []


def test_item_text_continues_on_the_next_line():
    got = demands("We request:", "1. Send fuel", "and lubricants.")
    assert got == [("1", None, "request", "Send fuel and lubricants.")]


def test_inflected_introductions_and_letters_under_numbers_after_a_gap():
    got = demands("Comrade KIM IL SUNG requests:", "1) to send 5 regiments;", "2) to send 100 trucks.",
                  "a) the trucks are needed by 1 August;", "b) the aircraft by 15 August.")
    assert [(p, parent, k) for p, parent, k, _ in got] == [
        ("1", None, "request"), ("2", None, "request"), ("2.a", "2", "request"), ("2.b", "2", "request")]


def test_a_past_request_is_not_a_demand():
    assert demands("I asked him about the trucks yesterday.") == []


def test_labels_in_parentheses():
    # `(1)`, `(2)`: as Chinese cables number their points; they number a report's sections too, so a
    # point is one only when it asks in so many words
    got = demands("(1) It is good that you report by different means.", "(2) We ask you to increase vigilance.",
                  "(a) Report daily.", "(3) The staff must increase vigilance.", "(4) The terms were decided yesterday.")
    assert [(p, parent, k) for p, parent, k, _ in got] == [("2", None, "request"), ("2.a", "2", "request")]
    assert got[0][3] == "We ask you to increase vigilance."
    got = demands("We request the following:", "(1) Send fuel.", "(2) Send trucks.")
    assert [(p, k) for p, _, k, _ in got] == [("1", "request"), ("2", "request")]


def test_the_editors_words_in_brackets_ask_for_nothing():
    assert demands("For details [please see] the report of the news agency.") == []
    got = demands("Therefore, [I] request that you send trucks.")
    assert [k for _, _, k, _ in got] == ["request"]


def test_the_telegrams_number_before_its_first_point():
    # `1289. 1. Unless ... please ascertain ...`: point 1 after the number, as the points under it
    got = demands("1289. 1. Unless you perceive some objection thereto please ascertain how long Cripps and Eden intend "
                  "to be in Moscow.", "2. Please proceed there at once.")
    assert [(p, k, t[:6]) for p, _, k, t in got] == [("1", "request", "Unless"), ("2", "request", "Please")]


def test_wording_in_a_condition_or_a_purpose_is_not_the_points_kind():
    got = demands("1. If you find that they will be in Moscow longer, please endeavor to proceed there, taking with you "
                  "a code and, if you consider it advisable, a code clerk.",
                  "2. Maintain close contact with Cripps in order that you may be able to keep your Government informed.",
                  "3. We consider it advisable to send a code clerk.")
    assert [(p, k) for p, _, k, _ in got] == [("1", "request"), ("3", "proposal")]


def test_a_label_alone_on_its_line_numbers_the_text_under_it():
    got = demands("1.", "We ask you to send fuel.", "2.", "Addressees of this message are as suggested.")
    assert [(p, k, t) for p, _, k, t in got] == [("1", "request", "We ask you to send fuel.")]
    assert parse_demands([(1, "4.", 0, 2)]) == []       # a label with nothing under it


def test_a_request_told_in_the_past_is_no_point_of_this_message():
    got = demands("1. The Soviet Charge asked again about the coming talks.", "2. We ask you to send fuel.",
                  "3. As suggested, the delegation needs trucks.")
    assert [(p, k) for p, _, k, _ in got] == [("2", "request"), ("3", "request")]
    # an introduction told in the past still makes its points requests
    assert [k for _, _, k, _ in demands("Kim Il Sung requested the following:", "1. Trucks.")] == ["request"]


def test_someone_elses_proposal_told_of_in_a_point_is_no_proposal():
    got = demands("1. Some days ago the Ambassador presented a letter in which SED CC proposals are presented.",
                  "2. The existence of a mediation proposal by U Thant was reported.", "3. Proposal: to send two divisions.")
    assert [(p, k) for p, _, k, _ in got] == [("3", "proposal")]
    # under an introduction, the points take its kind whatever they mention
    assert [k for _, _, k, _ in demands("We propose:", "1. To reject the enemy's proposal.")] == ["proposal"]
