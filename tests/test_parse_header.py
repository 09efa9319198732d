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
    stop = header("Ciphered Telegram No. 34691/sh.\n\nPyongyang. Soviet Ambassador.\n\nReport this to KIM IL SUNG.\n")
    assert (stop.doc_type, stop.number) == ("ciphered telegram", "34691/sh")        # the number closed by a stop
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


def test_mfa_heading_with_issuing_number_stamps_and_destination():
    h = header("MFA USSR\nTenth Department\nTop Secret\nMaking copies is prohibited\nSpecial no. 550\n113\n"
               "Issuing No. 8600\nReceived on 4:10 am, 14 May 1950\nSent on 5:30 am, 14 May 1950\nCIPHERED TELEGRAM\n"
               "_____________\nDestination: PEKING To Whom: SovAmbassador\n_____________\nSPECIAL\nFor Mao Zedong.\n")
    assert (h.issuer, h.doc_type, h.number, h.classification) == ("MFA USSR, Tenth Department", "ciphered telegram", "8600", "Top Secret")
    assert (h.sent_text, h.received_text, h.sent_to_text) == ("5:30 am, 14 May 1950", "4:10 am, 14 May 1950", "PEKING, SovAmbassador")
    assert h.first_body_line == 15


def test_from_lines_of_other_shapes():
    h = header("Ciphered Telegram\nFrom Pyongyang, No. 4040. 10 hours 10 minutes. 8.II.1950\nTo Vyshinsky\n")
    assert (h.origin.text, h.number, h.sent_text) == ("Pyongyang", "4040", "10 hours 10 minutes. 8.II.1950")
    h = header("CABLE Nº 25025\nfrom [BEIJING] received at 1135 19 October 1951\nto Cde. FILIPPOV\n")
    assert (h.doc_type, h.number, h.origin.text, h.received_text) == ("cable", "25025", "BEIJING", "1135 19 October 1951")
    h = header("Ciphered Telegram # 600428/sh\nFROM: PYONGYANG\nSent by wire on 10/14/50 at 03:15 a.m.\nFENG XI [STALIN]\n")
    assert (h.number, h.origin.text, h.sent_text) == ("600428/sh", "PYONGYANG", "by wire on 10/14/50 at 03:15 a.m")


def test_copies_over_several_lines_and_with_counts():
    h = header("CABLE No. 1\nCopies to Cde. Stalin\nto Cde. Molotov\nCopy No 2\n[Stamp: SUBJECT TO RETURN\nIncoming No 254]\n"
               "to Cde. FILIPPOV\n")
    assert [c.surface.text for c in h.copies] == ["Stalin", "Molotov"] and h.first_body_line == 7
    h = header("TELEGRAM\nDistribution list - 11 copies: Stalin - 2, Molotov-1, Beria - 1.\nTo Comrade STALIN\n")
    assert [(c.surface.text, c.copies) for c in h.copies] == [("Stalin", 2), ("Molotov", 1), ("Beria", 1)]


def test_a_list_of_copies_does_not_swallow_the_first_point():
    h = header("TELEGRAM No. 3\nCopies: Stalin, Molotov\n1. We ask you to send two regiments.\n")
    assert [c.surface.text for c in h.copies] == ["Stalin", "Molotov"] and h.first_body_line == 3


def test_an_omission_mark_and_a_destination_above_the_address():
    d = parse_document("[...]\n\nCIPHERED TELEGRAM No. 709\n\nTOP PRIORITY\n\nBEIJING--\n\nTO KRASOVSKY\n\nText.\n", "x.txt")
    h = d.header
    assert (h.doc_type, h.number, h.priority, h.sent_to_text) == ("ciphered telegram", "709", "TOP PRIORITY", "BEIJING")
    assert d.problems == [] and [r.surface.text for r in d.messages[0].to] == ["KRASOVSKY"]


def test_an_institution_line_is_an_issuer_at_the_top_and_a_destination_lower_down():
    h = header("Ministry of Foreign Affairs of the USSR\nCIPHERED TELEGRAM No. 4\nTo Comrade GROMYKO.\n")
    assert (h.issuer, h.sent_to_text) == ("Ministry of Foreign Affairs of the USSR", None)
    h = header("CIPHERED TELEGRAM No. 4\nSent on 10/23/50 at 21:10 p.m.\nMinistry of Foreign Affairs of the USSR\nTo Comrade GROMYKO.\n")
    assert (h.issuer, h.sent_to_text) == (None, "Ministry of Foreign Affairs of the USSR")


def test_a_body_line_is_not_an_institution():
    h = header("CIPHERED TELEGRAM No. 4\nThe Soviet Government agrees with the plan.\n")
    assert h.sent_to_text is None and h.first_body_line == 2


def test_columns_and_stamps_over_two_lines():
    h = header("CABLE Nº 58990          TOP SECRET\nfrom PEKING   received at 0810 13 October 1949  Copy Nº 2\nText.\n")
    assert (h.doc_type, h.number, h.classification, h.origin.text, h.received_text) == (
        "cable", "58990", "TOP SECRET", "PEKING", "0810 13 October 1949")
    h = header("From BEIJING No. 1309 20 hours 05\nminutes, 13.1.1951\nText.\n")
    assert (h.number, h.sent_text, h.first_body_line) == ("1309", "20 hours 05 minutes, 13.1.1951", 3)
    h = header("From Pyongyang Sent 13.9.50 Received\n13.9. 13:15\nText.\n")
    assert (h.sent_text, h.received_text, h.first_body_line) == ("13.9.50", "13.9. 13:15", 3)


def test_numbered_copies_and_a_note_above_the_form():
    h = header("to Cde. Stalin\nCABLE Nº 1\nCopy Nº 1 to Cde. Stalin\nCopy Nº 2\nto Cde. Molotov\nto Cde. GROMYKO\n")
    assert [c.surface.text for c in h.copies] == ["Stalin", "Molotov"] and h.first_body_line == 6


def test_the_secrecy_between_the_office_and_the_kind():
    # `Foreign Ministry Top Secret Telegram`: the office, its secrecy, the kind
    h = header("Foreign Ministry Top Secret Telegram\n\nAmbassador Pan:\n\nFollowing is a summary of the talk.\n")
    assert (h.issuer, h.classification, h.doc_type) == ("Foreign Ministry", "Top Secret", "telegram")


def test_a_blank_copy_number_a_day_never_filled_in_and_an_acronym_kept():
    h = header("Secret. Copy # ___\n____ April 1958\n\ncde. L. I. SOKOLOV\n\nRespected Comrade,\n\nThe text.\n")
    # `Secret. Copy # ___`: the secrecy; `____ April 1958`: dated to the month
    assert (h.classification, h.date_text) == ("Secret", "April 1958")
    d = parse_document("Secret. Copy # ___\n____ April 1958\n\ncde. L. I. SOKOLOV\n\nThe text.\n", "x.txt")
    assert [r.surface.text for r in d.messages[0].to] == ["L. I. SOKOLOV"]       # `cde.` in lower case
    h = header("THE SOVIET EMBASSY IN THE DRV\nSecret\n20 May 1969\n\nThe text.\n")
    assert h.issuer == "The Soviet Embassy in the DRV"


def test_from_a_place_to_an_office_in_capitals():
    h = header("FROM WARSAW TO FOREIGN OFFICE\n\nIMMEDIATE\n\nSECRET\n\nThe talks have begun.\n\nHANKEY\n")
    assert (h.origin.text, h.sent_to_text, h.priority, h.classification) == ("WARSAW", "FOREIGN OFFICE", "IMMEDIATE", "SECRET")
    h = header("From Pyongyang To Vyshinsky\n\nThe talks have begun.\n")
    assert (h.origin.text, h.sent_to_text, [r.surface.text for r in h.to]) == ("Pyongyang", "Vyshinsky", ["Vyshinsky"])


def test_a_secrecy_in_parentheses_over_the_address():
    doc = parse_document("(Top Secret)\n\nChairman [Mao], Comrade [Liu] Shaoqi and the Central Committee:\n\n"
                         "(1) The session opened yesterday.\n\nZhou Enlai\n7 June 1954\n", "x.txt")
    assert doc.header.classification == "Top Secret"
    m = doc.messages[0]
    assert m.salutation.text == "Chairman [Mao], Comrade [Liu] Shaoqi and the Central Committee:"
    assert m.body == "(1) The session opened yesterday."


def test_a_distribution_note_with_the_editors_sic_inside():
    h = header("Enciphered Cable\n\n[Translator's note: Distribution for this cable is as follows: Brezhnev, Khrushchev, "
               "Khrushchev [sic], Shvernik, Gromyko]\n\nFrom: Havana\n\nCastro thanked the Soviet government.\n")
    assert [(c.surface.text, c.bracket) for c in h.copies] == [
        ("Brezhnev", None), ("Khrushchev", None), ("Khrushchev", None), ("Shvernik", None), ("Gromyko", None)]


def test_from_a_person_and_his_post_is_the_author_not_a_place():
    d = parse_document("from Misho Nikolov – Ambassador of PR Bulgaria to DPRK\nOn 25 January 1969, I was summoned "
                       "to the Ministry of Foreign Affairs.\n", "x.txt")
    assert (d.header.author.surface.text, d.header.origin) == ("Misho Nikolov", None)
    assert d.messages[0].signer.surface.text == "Misho Nikolov"
    assert "no-header" not in [p[1] for p in d.problems]
    # a place after `From` is still the origin
    assert header("From Pyongyang - Sent 13.9.50\n\nTo Vyshinsky.\n").origin.text == "Pyongyang"


def test_a_reports_number_and_date_under_the_forms_own_words():
    # `(when filled)` under the secrecy is the form's, and the report's date follows its number
    h = header("TOP SECRET\n\n(when filled)\n\nREPORT #5426/273 from 24.X.62\n\nFollowing KENNEDY's announcement, "
               "the situation has become extremely tense.\n")
    assert (h.classification, h.doc_type, h.number, h.date_text) == ("TOP SECRET", "report", "5426/273", "24.X.62")
    assert h.first_body_line == 7


def test_the_editors_heading_of_a_named_report_under_the_form():
    d = parse_document("CODED TELEGRAM\nFrom Budapest Priority\nTop Secret\nNot to be copied\n"
                       "Andropov Report from Budapest to Moscow\n1 November 1956\nToday, on November 1, at 7 p.m. "
                       "I received an invitation.\n", "x.txt")
    h = d.header
    assert (h.doc_type, h.origin.text, h.priority, h.classification) == ("coded telegram", "Budapest", "Priority", "Top Secret")
    assert (d.messages[0].signer.surface.text, h.date_text) == ("Andropov", "1 November 1956")
    assert d.messages[0].body.startswith("Today, on November 1")


def test_the_chinese_foreign_ministrys_form_of_a_telegram_received():
    h = header("Foreign Telegram Received (62)\n\nTo the Ministry of Foreign Affairs:\n\nOn the evening of the 21st, "
               "Foreign Minister Raúl Roa García had the following discussion.\n")
    assert (h.doc_type, h.number, h.subject) == ("telegram", "62", None)
