from etl.parse_references import parse_references


def refs(line):
    return parse_references([(1, line, 0, len(line))])


def test_your_telegram_with_date():
    r = refs("we received your telegram of 18:00 14 July of this year.")[0]
    assert (r.whose, r.date_text) == ("your", "18:00 14 July of this year")


def test_my_telegram_to_someone():
    r = refs("the text of my telegram of 3:00 15 July of this year to KIM IL SUNG and")[0]
    assert (r.whose, r.date_text, r.recipient.surface.text, r.is_enclosure) == ("my", "3:00 15 July of this year", "KIM IL SUNG", True)


def test_a_telegram_we_wrote():
    r = refs("After we wrote a telegram to comrade Ri Geon-yeong [Ri Gon Yong] we received")[0]
    assert r.whose == "my"
    assert (r.recipient.surface.text, r.recipient.bracket.text) == ("Ri Geon-yeong", "Ri Gon Yong")


def test_reply_from_someone_to_me():
    r = refs("the reply telegram to me from Comrade KIM IL SUNG of 21:00 16 July of this year")[0]
    assert r.recipient_is_self and r.sender.surface.text == "KIM IL SUNG" and r.date_text == "21:00 16 July of this year"


def test_letter_of_x_to_y_introduces_an_enclosure():
    r = refs("I transmit the letter of Comrade PENG DEHUAI to Comrade KIM IL SUNG:")[0]
    assert (r.sender.surface.text, r.recipient.surface.text, r.is_enclosure) == ("PENG DEHUAI", "KIM IL SUNG", True)


def test_vague_mentions_are_not_references():
    assert refs("this telegram was decoded late; the letter arrived.") == []


def test_the_translators_our_note_closing_a_bracket_is_no_message():
    # Romanian telegrams mark the translator's remark `—our note)`; a note the sender delivered still counts
    assert refs("a visit (which was to take place in May—our note) at the beginning of April.") == []
    assert refs("the delegation (our note) left.") == []
    assert [(r.text, r.whose) for r in refs("We handed our note to the Ministry (our note of 5 May).")] == [
        ("our note", "my"), ("our note of 5 May", "my")]


def test_an_order_named_by_its_number_or_date_is_a_message():
    r = refs("Your order No. 48 has been fulfilled.")[0]
    assert (r.whose, r.genre, r.number) == ("your", "order", "48")
    r = refs("In accordance with your instruction of 29.8.50 I visited KIM IL SUNG.")[0]
    assert (r.whose, r.genre, r.date_text) == ("your", "instruction", "29.8.50")


def test_an_order_asked_for_or_an_idiom_is_no_message():
    assert refs("We ask your orders.") == []
    assert refs("In order to strengthen the front, the order of the day is to dig in.") == []
    assert refs("He was awarded the Order of Lenin for his orders to the army.") == []


def test_a_message_sent_by_someone_named_before_it():
    r = refs("In addition, Mao Zedong sent a telegram to Kim Il Sung and Peng Dehuai with a request.")[0]
    assert (r.sender.surface.text, r.recipient.surface.text, r.whose) == ("Mao Zedong", "Kim Il Sung", "other")
    r = refs("Comrade ROSHCHIN has sent us the letter of 5 May.")[0]
    assert (r.sender.surface.text, r.recipient_is_self, r.date_text) == ("ROSHCHIN", True, "5 May")


def test_a_sender_is_named_only_at_the_start_of_a_clause():
    # `Beijing Mao Zedong` is no name: the sentence does not begin with it
    assert refs("During their time in Beijing Mao Zedong sent a telegram to Kim Il Sung.")[0].sender is None
    assert refs("The embassy sent a telegram to Kim Il Sung.")[0].sender is None


def test_a_post_before_the_name_is_no_part_of_it():
    r = refs("You could refer to the note from Foreign Minister Chen [Yi] to the Cuban chargé d'affaires.")[0]
    assert (r.sender.surface.text, r.sender.bracket.text) == ("Chen", "Yi")


def test_telegrams_named_by_their_number_alone():
    # the State Department's way: `Your 101, April 15, 8 p.m.`, two in a row, `see my 1487 of ...`
    assert [(r.whose, r.number, r.date_text) for r in refs("78. Your 101, April 15, 8 p.m. Department understands.")] == [
        ("your", "101", "April 15, 8 p.m.")]
    assert [(r.number, r.date_text, r.text) for r in refs("868. Your 1261, July 1, noon, and 1282, July 3, 7 p.m.11")] == [
        ("1261", "July 1, noon", "Your 1261, July 1, noon"), ("1282", "July 3, 7 p.m.", "1282, July 3, 7 p.m.")]
    assert [(r.whose, r.number) for r in refs("information (see my 1487 of November 5, 1 p.m.) with regard")] == [("my", "1487")]
    assert [(r.whose, r.number) for r in refs("1038. My number 1010, August 3, 5 p.m. Kuibyshev advises")] == [("my", "1010")]
    # a number alone ends its phrase
    assert [r.number for r in refs("Instr going forward next day in reply your 1820 and 1821.")] == ["1820", "1821"]
    assert [r.number for r in refs("255. For Ambassador. Your 214 received; proposal fully approved.")] == ["214"]


def test_a_count_after_your_or_my_is_no_telegram():
    assert refs("We send your 20 divisions and your 5 and 6 armies to the front.") == []
    assert refs("In 1950 our 3 armies and your 1,000 tanks held the line.") == []


def test_the_state_departments_abbreviations_and_a_chain_of_dated_numbers():
    got = refs("Soviet charges (mytels 1797 July 20, 1816 July 22, 1930 August 4 and 1961 August 6); insinuations")
    # `1816` and `1930` are the next telegrams' numbers, not years of the dates before them
    assert [(r.whose, r.number, r.date_text) for r in got] == [
        ("my", "1797", "July 20"), ("my", "1816", "July 22"), ("my", "1930", "August 4"), ("my", "1961", "August 6")]
    assert [(r.whose, r.number) for r in refs("As reported urtel 577, the talks go on.")] == [("your", "577")]
    # a dated number, then a count: the count is none
    assert [r.number for r in refs("Your 101, April 15, 2 divisions were sent.")] == ["101"]


def test_who_wrote_or_said_the_quotation_under_a_line():
    from etl.parse_references import parse_quoted_from

    def quoted(line):
        ref = parse_quoted_from([(1, line, 0, len(line))])
        return ref.surface.text if ref else None
    assert quoted("I delivered the note. Vyshinsky replied in translation as follows:") == "Vyshinsky"
    assert quoted("Comrade Mao Zedong stated the following:") == "Mao Zedong"
    # the name must open its clause: `Tito Vyshinski` is no one
    assert quoted("informing Molotov of note to Tito Vyshinski replied on November 18 as follows:") is None
    assert quoted("Vyshinsky replied that he would answer later.") is None


def test_the_departments_telegram_waits_for_who_sends():
    # settled by settle_office_references, once the telegram's heading is read
    got = refs("1299. Department's telegram dated July 4.16 I very much appreciate the information.")
    assert [(r.whose, r.date_text) for r in got] == [("department", "July 4")]
    assert [(r.whose, r.number) for r in refs("Embtel 2211 November 12.1 Embassy feels")] == [("post", "2211")]
    assert refs("the Department's telegram under reference") == []


def test_a_titled_sender_named_anywhere_before_the_message():
    r = refs("according to which two weeks ago Chinese Premier Zhou Enlai had sent a personal message to Kim Il Sung")[0]
    assert (r.sender.surface.text, r.recipient.surface.text) == ("Zhou Enlai", "Kim Il Sung")
    # untitled, mid-clause: no sender (`Beijing Mao Zedong` would be no one)
    assert refs("During their time in Beijing Mao Zedong sent a telegram to Kim Il Sung.")[0].sender is None


def test_a_telegram_referenced_by_its_number_whose_unsaid():
    # `Referencing the no. 73 cipher telegram.`: a telegram by its number; whose, the line does not say
    r = refs("Referencing the no. 73 cipher telegram.")[0]
    assert (r.whose, r.number, r.text) == ("other", "73", "Referencing the no. 73 cipher telegram")
    r = refs("With reference to your No. 412.")[0]
    assert (r.whose, r.number) == ("your", "412")


def test_a_telegram_word_then_its_bare_number_and_date():
    r = refs("Following is part two of my telegram 202, September 23,1 which unfortunately was not forwarded")[0]
    assert (r.whose, r.number, r.date_text) == ("my", "202", "September 23")
    r = refs("Situation unchanged since my telegram 729.1 Embassy staff ready to move south.")[0]
    assert (r.number, r.date_text) == ("729", None)
    # a count after the word is no number
    assert refs("see your telegram 5 days ago")[0].number is None


def test_re_before_a_number_names_a_telegram():
    # `Re Deptel 631 unable communicate Seoul.`: the cables' telegraphic style, no stop after the number
    r = refs("Re Deptel 631 unable communicate Seoul. Arranging air drops.")[0]
    assert (r.whose, r.number) == ("department", "631")
    assert refs("Re your 412 we agree.")[0].number == "412"
    assert refs("We have your 5 divisions ready.") == []


def test_the_editors_correction_of_a_number_is_its_number():
    r = refs("the Secretary's personal message quoted in Department's 8180 [8181] of October 6th.94")[0]
    assert (r.whose, r.number, r.date_text) == ("department", "8181", "October 6th")


def test_the_embassys_own_telegram_or_note():
    # `the Embassy's telegram 1065`: the post's own, settled by who sends (settle_office_references)
    r = refs("as reported in the Embassy's telegram 1065, August 12, 3 p.m. This fact was brought up")[0]
    assert (r.whose, r.genre, r.number, r.date_text) == ("post", "telegram", "1065", "August 12, 3 p.m.")
    assert refs("in the Embassy's note of August 23 and")[0].whose == "post"
    # another country's embassy is no post of the sender's
    assert refs("the Soviet Embassy's note of August 23") == []


def test_numbered_telegrams_dated_with_abbreviated_months():
    got = refs("appreciates helpful comments urtels 853 Aug 10 and 856 Aug 12. In view magnitude issues")
    assert [(r.whose, r.number, r.date_text) for r in got] == [("your", "853", "Aug 10"), ("your", "856", "Aug 12")]


def test_another_posts_telegram_by_its_number():
    # `London's 63 Aug 13 to Ankara`: a telegram of another post, its sender unknown here
    r = refs("outcome Secstate's conversations with Bevin in Paris (see London's 63 Aug 13 to Ankara60) before")[0]
    assert (r.whose, r.number, r.date_text, r.text) == ("other", "63", "Aug 13", "London's 63 Aug 13")
    assert refs("Peking's 245, June 3.")[0].number == "245"
    # counts and years after a possessive are no telegrams
    assert refs("Stalin's 3 divisions were sent.") == [] and refs("as in Mao's 1949.") == []


def test_a_letter_the_writer_received_from_someone():
    r = refs("I am passing the text of a letter I have receive from KIM IL SUNG and PAK HEON-YEONG to Cde. STALIN "
             "with the following content")[0]
    assert (r.whose, r.sender.surface.text, r.is_enclosure) == ("other", "KIM IL SUNG", True)
    assert refs("the telegram which we received from Comrade Gao Gang yesterday")[0].sender.surface.text == "Gao Gang"


def test_a_posts_telegram_after_ref():
    # the cables' `Ref:` before a post and a number, a footnote's mark glued after it
    assert [(r.whose, r.number, r.text) for r in refs("3375. Ref: State 131591.2")] == [
        ("department", "131591", "State 131591")]
    assert [(r.whose, r.number) for r in refs("112967. Ref: Moscow 2887.2 You should seek appointment")] == [("other", "2887")]
    assert refs("110790. Subject: Yugoslav Developments. Reference: USNATO 2601.2")[0].number == "2601"
    assert refs("He read it for reference: Hanoi has 12 points.") == []


def test_our_cables_by_their_numbers():
    assert [(r.whose, r.number) for r in refs("Our [cable] 203.")] == [("my", "203")]
    # the numbers, not a reference to `our cables` with nothing to know them by
    assert [(r.whose, r.number) for r in refs("In connection with our cables 201 and 205, are we still keeping")] == [
        ("my", "201"), ("my", "205")]


def test_despatches_by_their_numbers():
    # `Embdesp 528, October 312)`: the embassy's despatch of October 31, the editor's note 2 glued on
    assert [(r.whose, r.genre, r.number, r.date_text) for r in refs("as claimed in slave labor case (Embdesp 528, October 312).")] == [
        ("post", "despatch", "528", "October 31")]
    assert [(r.whose, r.genre) for r in refs("see Depdesp 45, May 3.")] == [("department", "despatch")]


def test_a_telegram_by_its_number_from_an_office_to_someone_introduces_what_follows():
    # British telegrams passed on by a Soviet station: the office that sent it, its date and addressee
    r = refs("I am transmitting the contents of telegram No. 5653 from the British Foreign Office, "
             "dated 17 October, to Lord Halifax:")[0]
    assert (r.number, r.sender_office, r.date_text, r.recipient.surface.text, r.is_enclosure) == (
        "5653", "British Foreign Office", "17 October", "Lord Halifax", True)
    # an office named in prose, its institution in lower case; an office it went to
    r = refs("the contents of telegram No. 2142 from the British embassy in Tokyo, dated 28 October, "
             "to the British Foreign Office:")[0]
    assert (r.sender_office, r.recipient_office, r.recipient, r.is_enclosure) == (
        "British embassy in Tokyo", "British Foreign Office", None, True)
    # the contents of a telegram with no number: nothing to tell it by
    assert refs("I learned the contents of telegram traffic from London.") == []


def test_a_telegrams_number_then_from_a_date_or_to_a_place():
    r = refs('"In response to your telegram 4706 from 15 October:')[0]
    assert (r.whose, r.number, r.date_text) == ("your", "4706", "15 October")
    r = refs('"In response to your telegram 5757 to Washington:')[0]
    assert (r.number, r.recipient.surface.text) == ("5757", "Washington")
    # `on` a date dates it
    r = refs("As stated in your telegram to the Ministry of Foreign Affairs on 5 May, we agree.")[0]
    assert (r.recipient_office, r.date_text) == ("Ministry of Foreign Affairs", "5 May")


def test_a_dominions_telegram_by_its_series_number_and_a_date_right_after_the_word():
    r = refs("Your telegram 14th March, No. 66, International organisation. [1]")[0]
    assert (r.whose, r.date_text, r.number) == ("your", "14th March", "66")
    a, b = refs("on our telegram D.1102 of 14th [December] [2] and our further telegram D.28 6th January [3] repeating")
    assert (a.number, b.number, b.date_text) == ("D.1102", "D.28", "6th January")
    # a count is no date
    assert refs("see your telegram 5 days ago")[0].date_text is None


def test_a_proposed_telegram_to_a_post_that_follows():
    r = refs("The proposed telegram to the British Ambassador in Moscow follows:—")[0]
    assert (r.recipient_office, r.is_enclosure) == ("British Ambassador in Moscow", True)


def test_the_embassys_telegram_by_its_number_is_the_posts_own():
    r = refs("With further reference to Embassy’s 7216, September 4, 1944 and Department’s instructions")[0]
    assert (r.whose, r.number, r.date_text) == ("post", "7216", "September 4, 1944")


def test_a_posts_telegram_by_its_city_and_number():
    a, b = refs("information (Belgrade telegram 1357 to Dept rpted separately to Athens) as well as (Moscow telegram "
                "1510 to Department not repeated all addressees3)")
    assert (a.number, a.sender_office, b.number, b.sender_office) == ("1357", "Belgrade", "1510", "Moscow")
    assert refs("Hong Kong telegram 267 reports")[0].sender_office == "Hong Kong"
    # a word that opens a sentence or describes the telegram is no city
    assert refs("In telegram 416 of April 12, not printed, Cannon summarized the note.") == []
    assert refs("The CIA Station telegram 2003 from Saigon.") == []
