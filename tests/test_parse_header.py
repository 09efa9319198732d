from etl.parse import parse_document


def header(text):
    return parse_document(text, "x.txt").header


def test_seed_shape():
    h = header("## SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY\n\nCIPHERED TELEGRAM No. 21646\n\n"
               "Copies: Stalin (2), Molotov\n\nFrom BEIJING Received 12:15 18.7.1952\n\nSeries \"G\" T\n\n## To Comrade FILIPPOV [Stalin]\n")
    assert h.issuer == "Second Main Administration of the General Staff of the Soviet Army"
    assert (h.doc_type, h.number) == ("ciphered telegram", "21646")
    assert [(c.surface.text, c.copies) for c in h.copies] == [("Stalin", 2), ("Molotov", 1)]
    assert (h.origin.text, h.received_text, h.series) == ("BEIJING", "12:15 18.7.1952", '"G" T')
    assert h.first_body_line == 11


def test_sent_stamp_and_suffixed_number_and_priority():
    h = header("TELEGRAM No. 502597/sh\nExtremely Urgent\nFrom MOSCOW Sent 23:40 17.7.1952\n\nTo Comrade MAO ZEDONG.\n")
    assert h.number == "502597/sh" and h.priority == "Extremely Urgent"
    assert (h.origin.text, h.sent_text) == ("MOSCOW", "23:40 17.7.1952")


def test_correspondent_with_both_stamps():
    h = header("CIPHERED TELEGRAM No. 5\nFrom Correspondent 20 Sent 17.7.52 18:45 Received 17.7 20:50\n\nTo Comrade STALIN.\n")
    assert h.origin.text == "Correspondent 20"
    assert (h.sent_text, h.received_text) == ("17.7.52 18:45", "17.7 20:50")


def test_sent_to_an_office():
    h = header("Sent to 8th Administration of the General Staff of the Soviet Army 17.7 21:10\n\nDear Comrade STALIN!\n")
    assert h.sent_to_text == "8th Administration of the General Staff of the Soviet Army"
    assert h.sent_text == "17.7 21:10"


def test_number_on_a_line_of_its_own_and_acronyms():
    h = header("MINISTRY OF FOREIGN AFFAIRS OF THE USSR\nTOP SECRET\nCIPHERED TELEGRAM\nNo. 4567\n\nTo Comrade GROMYKO.\n")
    assert h.issuer == "Ministry of Foreign Affairs of the USSR"
    assert (h.doc_type, h.number, h.classification) == ("ciphered telegram", "4567", "TOP SECRET")


def test_no_header_is_reported_not_fatal():
    d = parse_document("Some notes without any heading.\n", "x.txt")
    assert [p[1] for p in d.problems] == ["no-header"]
