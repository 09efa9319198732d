from etl.parse import parse_document


def messages(text):
    d = parse_document(text, "x.txt")
    return d.messages, d.problems


def names(refs):
    return [(r.surface.text, r.bracket.text if r.bracket else None) for r in refs]


def test_recipient_forms():
    for line, expected in [
        ("To Comrade FILIPPOV [Stalin]", [("FILIPPOV", "Stalin")]),
        ("To Cdes. VASILEVSKY and VYSHINSKY", [("VASILEVSKY", None), ("VYSHINSKY", None)]),
        ("BEIJING, to Comrade KRASOVSKY", [("KRASOVSKY", None)]),
        ("Dear Comrade STALIN!", [("STALIN", None)]),
        ("To Comrade Filippov (Stalin).", [("Filippov", "Stalin")]),
        ("For Mao Zedong.", [("Mao Zedong", None)]),
        ("For immediate report to comrade Filippov [Stalin].x/", [("Filippov", "Stalin")]),
        ("To transmit to Comrade MAO ZEDONG", [("MAO ZEDONG", None)]),
        ("FENG XI [STALIN]", [("FENG XI", "STALIN")]),       # a name alone above the text
        ("BEIJING - To Comrade ZAKHAROV", [("ZAKHAROV", None)]),
        ("To NORTH KOREA To RAZUVAEV TOP PRIORITY", [("RAZUVAEV", None)]),
        ("Comrade GROMYKO", [("GROMYKO", None)]),
        ("Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and the Central Committee:",
         [("Mao Zedong", None), ("Liu Shaoqi", None)]),
        ("To ZAKHAROV for MAO ZEDONG", [("MAO ZEDONG", None)]),
    ]:
        msgs, _ = messages(f"TELEGRAM No. 1\n\n{line}\n\nText.\n\nMAO ZEDONG\n")
        assert names(msgs[0].to) == expected, line
    msgs, _ = messages("TELEGRAM No. 1\n\nBEIJING, to Comrade KRASOVSKY\n\nText.\n")
    assert msgs[0].to_place.text == "BEIJING"


def test_copy_to_and_copies_in_a_message():
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade KIM IL SUNG.\n\nCopy to Comrade LI KENONG.\n\nText.\n")
    assert names(msgs[0].copy_to) == [("LI KENONG", None)]


def test_signature_forms():
    cases = {
        "With greetings! MAO ZEDONG, 3:00, 15.7.52": ("MAO ZEDONG", "3:00, 15.7.52"),
        "With highest respect toward you. KIM IL SUNG. 21:00 16 July 1952.": ("KIM IL SUNG", "21:00 16 July 1952"),
        "FILIPPOV": ("FILIPPOV", None),
        "I. V. STALIN": ("I. V. STALIN", None),
        "Filippov": ("Filippov", None),
        "24.III.50 Shtykov": ("Shtykov", "24.III.50"),       # the date first
        "13/5-50. Roshchin": ("Roshchin", "13/5-50"),
        "S H T Y K O V": ("S H T Y K O V", None),           # letter-spaced
        "Filippov [Stalin].": ("Filippov", None),
    }
    for sig, (name, date) in cases.items():
        msgs, _ = messages(f"TELEGRAM No. 1\n\nTo Comrade MAO ZEDONG.\n\nWe agree.\n\n{sig}\n")
        assert msgs[0].signer.surface.text == name, sig
        assert msgs[0].date_text == date, sig
        assert msgs[0].body == "We agree."


def test_number_and_date_on_lines_of_their_own():
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade FILIPPOV\n\nText.\n\nMAO ZEDONG\n\nNo. 2084\n\n18.7.52\n")
    m = msgs[0]
    assert (m.signer.surface.text, m.number, m.date_text) == ("MAO ZEDONG", "2084", "18.7.52")
    assert m.signature == "MAO ZEDONG\nNo. 2084\n18.7.52"


def test_forwarded_messages_nest_by_quotation_marks():
    text = ('TELEGRAM No. 1\n\nTo Comrade FILIPPOV\n\nI send you the text of the telegram of Comrade PENG DEHUAI to me:\n\n'
            '"To Comrade MAO ZEDONG.\n\nComrade KIM IL SUNG asked me to transmit his message:\n\n'
            '"Dear Comrade MAO ZEDONG! We need aircraft. KIM IL SUNG. 13.7.52"\n\nPENG DEHUAI. 15.7.52"\n\nMAO ZEDONG\n')
    msgs, problems = messages(text)
    assert problems == []
    assert [(m.index, m.parent) for m in msgs] == [(0, None), (1, 0), (2, 1)]
    assert msgs[2].body == "We need aircraft."
    assert msgs[2].signer.surface.text == "KIM IL SUNG" and msgs[2].date_text == "13.7.52"
    assert msgs[1].signer.surface.text == "PENG DEHUAI"
    assert msgs[0].signer.surface.text == "MAO ZEDONG"


def test_two_quoted_messages_side_by_side():
    text = ('TELEGRAM No. 1\n\nTo Comrade FILIPPOV\n\nI send you two texts:\n\n"To Comrade KIM IL SUNG.\n\nA.\n\nMAO ZEDONG"\n\n'
            '"To Comrade MAO ZEDONG!\n\nB.\n\nKIM IL SUNG"\n\nMAO ZEDONG\n')
    msgs, _ = messages(text)
    assert [(m.parent, m.signer.surface.text) for m in msgs[1:]] == [(0, "MAO ZEDONG"), (0, "KIM IL SUNG")]


def test_unbalanced_quotes_warn_and_never_fail():
    msgs, problems = messages('TELEGRAM No. 1\n\nTo Comrade FILIPPOV\n\n"To Comrade KIM IL SUNG.\n\nText never closed.\n\nMAO ZEDONG\n')
    assert [p[1] for p in problems] == ["unclosed-quote"]
    assert msgs[1].line_end == 9
    msgs, problems = messages('TELEGRAM No. 1\n\nTo Comrade FILIPPOV\n\nText.\n\nMAO ZEDONG"\n')
    assert [(p[0], p[1]) for p in problems] == [(7, "stray-quote")]


def test_a_quotation_of_several_paragraphs_marked_at_each_paragraphs_start():
    # the printer's convention: each paragraph opens with a mark, only the last closes
    text = ('TELEGRAM No. 1\n\nTo Comrade FILIPPOV\n\nMolotov handed me the following note:\n\n'
            '"The Soviet Government has examined the proposal.\n\n"It cannot agree to it, for these reasons:\n\n'
            '"a) the time is too short;\n\n"b) the place is unsuitable."\n\nI will report separately.\n\nMAO ZEDONG\n')
    msgs, problems = messages(text)
    assert problems == []
    assert [(m.index, m.parent) for m in msgs] == [(0, None), (1, 0)]
    assert msgs[1].body.startswith("The Soviet Government has examined") and msgs[1].body.endswith("unsuitable.")
    assert msgs[0].signer.surface.text == "MAO ZEDONG" and msgs[0].body.endswith("I will report separately.")
    # truncated before its closing mark: one quotation left open, not one nested in each paragraph
    msgs, problems = messages(text.replace('unsuitable."', "unsuitable."))
    assert [p[1] for p in problems] == ["unclosed-quote"] and len(msgs) == 2


def test_a_quoted_phrase_is_not_a_message():
    msgs, problems = messages('TELEGRAM No. 1\n\nTo Comrade FILIPPOV\n\n"Peace" is what they call it.\n\nWe disagree.\n\nMAO ZEDONG\n')
    assert len(msgs) == 1 and problems == []


def test_transmit_to_names_the_enclosed_recipient():
    text = ('TELEGRAM No. 1\n\nTo Comrade ROSHCHIN\n\nTransmit to Comrade MAO ZEDONG the following answer:\n\n'
            '"We agree.\n\nFILIPPOV"\n\nTelegraph the fulfillment.\n\nFILIPPOV\n')
    msgs, _ = messages(text)
    assert msgs[0].transmit_to.surface.text == "MAO ZEDONG"
    assert msgs[0].body.endswith("Telegraph the fulfillment.")


def test_more_address_forms():
    for line, expected in [
        ("To Mao Zedong.", [("Mao Zedong", None)]),
        ("TO COMRADE FILIPPOV", [("FILIPPOV", None)]),
        ("DEAR COMRADE STALIN!", [("STALIN", None)]),
        ("COMRADE KIM IL SUNG!", [("KIM IL SUNG", None)]),
    ]:
        msgs, _ = messages(f"TELEGRAM No. 1\n\n{line}\n\nText.\n\nMAO ZEDONG\n")
        assert names(msgs[0].to) == expected, line
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade KIM.\n\nTo improve the command of the Air Force.\n\nMAO ZEDONG\n")
    assert msgs[0].body == "To improve the command of the Air Force."


def test_sentences_that_open_like_an_address_are_text():
    for line in ("For this purpose I request a plane.", "For Comrade KIM IL SUNG it is necessary to leave today.",
                 "For the Korean comrades this is hard."):
        msgs, _ = messages(f"TELEGRAM No. 1\n\n{line}\n\nMAO ZEDONG\n")
        assert msgs[0].to == [] and msgs[0].body == line, line


def test_what_is_printed_under_the_signature_is_not_text():
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade MAO ZEDONG.\n\nWe agree.\n\nGROMYKO\n\n3 copies\n\n20 May 1950\n\n"
                       "Copies:\n1. Comr. Stalin\n2. Comr. Molotov\n3. Comr. Copy\n\nTyped by Petrova on 20.5.50\n")
    m = msgs[0]
    assert (m.body, m.signer.surface.text, m.date_text) == ("We agree.", "GROMYKO", "20 May 1950")
    assert names(m.distribution) == [("Stalin", None), ("Molotov", None)]


def test_numbered_points_under_a_copies_line_at_the_end_need_the_copies_line():
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade MAO ZEDONG.\n\nWe ask you:\n\n1. Comr. Peng to come.\n\n"
                       "2. Cde. Gao to stay.\n\nFILIPPOV\n")
    assert msgs[0].distribution == [] and [d.path for d in msgs[0].demands] == ["1", "2"]


def test_editorial_note_under_a_separator_after_the_signature():
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade FILIPPOV.\n\nThe delegation arrived.\n\n13/5-50. Roshchin\n\n"
                       "——————\n\nx/ Pseudonym of I.V. Stalin.\n")
    assert (msgs[0].body, msgs[0].signer.surface.text) == ("The delegation arrived.", "Roshchin")
    # a separator between parts of the text is no such note
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade FILIPPOV.\n\nFirst part.\n\n* * *\n\nSecond part.\n\nROSHCHIN\n")
    assert msgs[0].body == "First part.\n\nSecond part."


def test_an_address_through_an_intermediary_goes_on_over_lines():
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade ZAKHAROV\nfor Comrade ZHOU ENLAI\n\nText.\n\nFILIPPOV\n")
    assert (names(msgs[0].to), names(msgs[0].via)) == ([("ZHOU ENLAI", None)], [("ZAKHAROV", None)])
    msgs, _ = messages("TELEGRAM No. 1\n\nTo ZAKHAROV for MAO ZEDONG\nor ZHOU ENLAI\n\nText.\n\nFILIPPOV\n")
    assert (names(msgs[0].to), names(msgs[0].via)) == ([("MAO ZEDONG", None), ("ZHOU ENLAI", None)], [("ZAKHAROV", None)])
    # a sentence that opens with `for` stays text
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade ZAKHAROV\nfor this purpose we send two divisions.\n\nFILIPPOV\n")
    assert names(msgs[0].to) == [("ZAKHAROV", None)] and msgs[0].body.startswith("for this purpose")


def test_letters_enclosed_without_quotation_marks():
    text = ("TELEGRAM No. 1\n\nTo Comrade GROMYKO\n\nI send the letter.\n\nSHTYKOV\n\n* * * * *\n\n"
            "Moscow, Kremlin.\nDEAR\nIosif Vissarionovich STALIN\n\nWe thank you.\n\nKIM IL SUNG\n")
    msgs, problems = messages(text)
    assert [(m.parent, m.signer.surface.text) for m in msgs] == [(None, "SHTYKOV"), (0, "KIM IL SUNG")]
    assert names(msgs[1].to) == [("Iosif Vissarionovich STALIN", None)] and msgs[1].to_place.text == "Moscow"
    assert msgs[1].body == "We thank you." and problems == []
    # a separator inside a message that no address follows divides nothing
    msgs, _ = messages("TELEGRAM No. 1\n\nTo Comrade GROMYKO\n\nWe met today.\n\n* * *\n\nThey agreed.\n\nSHTYKOV\n")
    assert len(msgs) == 1 and msgs[0].body == "We met today.\n\nThey agreed."


def test_notes_in_sequence_split_where_one_is_signed_and_dated():
    # under `Cable:`, the text the signed note covers: a child
    msgs, _ = messages("For Chairman Mao:\n\nA cable.\n\nNie Rongzhen\n\nJanuary 4, 1950\n\nCable:\n\nWe need ammunition.\n")
    assert [(m.index, m.parent, m.line_start) for m in msgs] == [(0, None, 1), (1, 0, 9)]
    assert (msgs[0].signer.surface.text, msgs[1].body) == ("Nie Rongzhen", "We need ammunition.")
    # signed and dated in turn: a minute of its own, answering the first
    msgs, _ = messages("Chairman Mao:\n\nPlease decide.\n\nZhou Enlai\n\nMay 3, 1950\n\nI agree.\n\nMao Zedong\n\nMay 5, 1950\n")
    assert [(m.index, m.parent, m.answers) for m in msgs] == [(0, None, None), (1, None, 0)]
    assert (msgs[0].body, msgs[1].body, msgs[1].signer.surface.text) == ("Please decide.", "I agree.", "Mao Zedong")
    # a signed and dated message followed by its number and handling notes is one message
    msgs, _ = messages("To Comrade FILIPPOV\n\nText.\n\nMao Zedong\n\nMay 5, 1950\n\nNo. 2084\n\nTyped by Ivanova\n")
    assert len(msgs) == 1 and msgs[0].number == "2084"


def test_a_letter_under_the_closing_of_the_note_that_covers_it():
    msgs, _ = messages("to Cde. STALIN\n\nI send you a letter of Kim Il Sung.\n\n(A. Gromyko)\n\n20 March 1951\n\n"
                       "[handwritten:]\n\nDear Cde.\n\nI. V. Stalin\n\nWe thank you.\n\nKim Il Sung\n\nPyongyang\n\n12 March 1951\n")
    assert [(m.index, m.parent, m.line_start) for m in msgs] == [(0, None, 1), (1, 0, 11)]
    assert (msgs[0].signer.surface.text, msgs[0].date_text) == ("A. Gromyko", "20 March 1951")
    assert (msgs[1].signer.surface.text, msgs[1].date_text, msgs[1].body) == ("Kim Il Sung", "12 March 1951", "We thank you.")
    # `Dear comrades,` inside a message that has not closed opens no letter
    msgs, _ = messages("To Comrade FILIPPOV\n\nWe wrote:\n\nDear comrades,\n\nMao Zedong\n\nwe thank you.\n\nZHOU ENLAI\n")
    assert len(msgs) == 1


def test_the_editors_footnotes_are_not_the_messages_text():
    msgs, _ = messages("To Comrade FILIPPOV:[1]\n\nWe agree.\n\nMao Zedong\n\n3.7.51\n\n[1] The editors' note on Filippov.\n")
    m = msgs[0]
    assert (m.salutation.text, m.body, m.signer.surface.text, m.date_text) == ("To Comrade FILIPPOV:", "We agree.", "Mao Zedong", "3.7.51")


def test_a_closing_quotation_mark_alone_on_the_last_line():
    # found by the fuzz test: the line is empty once its quotation mark is taken off
    msgs, problems = messages("\nDear Comrade STALIN!\n\nWe ask for your advice.\n”\n")
    assert msgs[0].body == "We ask for your advice.\n”"      # a stray mark is kept as text, and said
    assert [p[1] for p in problems] == ["stray-quote"] and msgs[0].signer is None


def test_the_editors_source_note_under_the_text_is_not_the_text():
    msgs, _ = messages("Comrade [Liu] Shaoqi:\n\nPlease dispatch the telegram quickly.\n\nMao Zedong\n\n"
                       "(Source: JGYLMZDWG, 1:260-1; translation from Chinese Communist Foreign Policy, 142-3.)\n")
    assert msgs[0].body == "Please dispatch the telegram quickly."
    assert msgs[0].signer.surface.text == "Mao Zedong"


def test_a_post_under_the_signers_name_is_no_address_printed_under_the_signature():
    msgs, _ = messages("Dear Mr. Smith:\n\nWe agree.\n\nSincerely yours,\n\nJohn Brown\n\nAmbassador\n")
    assert msgs[0].signer.surface.text == "John Brown"
    assert msgs[0].signature == "Sincerely yours,\nJohn Brown\nAmbassador"
    # the addressee printed under the signature is the recipient
    msgs, _ = messages("Dear Mr. Ambassador:\n\nWe agree.\n\nSincerely yours,\n\nJohn Brown\n\n"
                       "Ambassador Yu Taik Kim\nKorean Mission in Japan,\nTOKYO\n")
    assert msgs[0].signer.surface.text == "John Brown" and names(msgs[0].to) == [("Yu Taik Kim", None)]


def test_an_office_named_over_the_quotation_sent_it():
    ms = messages('8483. I have just received the following secret communication from the Foreign Office:\n\n'
                  '"I am replying on behalf of the Secretary of State to Your Excellency\'s letters.\n\n'
                  'We have now heard from our Ambassador at Moscow."\n\nWinant\n')[0]
    assert [(m.parent, m.sender_office) for m in ms] == [(None, None), (0, "Foreign Office")]
    # a person's message under such a line keeps its own signature
    ms = messages('Here is the following message from the Central Committee:\n\n"We agree.\n\nMao Zedong"\n\nRoshchin\n')[0]
    assert (ms[1].signer.surface.text, ms[1].sender_office) == ("Mao Zedong", None)
