"""etl/parse_address.py: the lines that say to whom a message goes."""
from etl.parse_address import address_names, letter_address, match_salutation, office_line, trailing_mark


def names(line):
    found = match_salutation(line, 0, len(line))
    if found is None:
        return None
    to, via = address_names(line, 1, found[0], found[1])
    return [r.surface.text for r in to], [r.surface.text for r in via]


def test_addresses_and_what_is_not_one():
    assert names("[to] Cde. G. M. MALENKOV!") == (["G. M. MALENKOV"], [])      # the editor supplied the lead
    # offices are no one: `Foreign Affairs` is not a person
    assert names("[To] the Ministry of Foreign Affairs:") == ([], []) == names("To the Ministry of Foreign Affairs:")
    assert names("To the Foreign Ministry and Comrade Li Fuchun:") == (["Li Fuchun"], [])
    # `To the Chairman [...] and Comrades ...:`; a name the brackets complete (`Liu [Shaoqi]`) is resolved whole later
    assert names("To the Chairman [Mao Zedong] and Comrades Liu [Shaoqi], Zhu [De], [Li] Fuchun, and Su Yu:") == (
        ["Mao Zedong", "Liu", "Zhu", "Li Fuchun", "Su Yu"], [])
    # surnames with the given names in brackets; `also inform` opens the copies, read by the message
    assert names("Wu [Xiuquan] [and] Qiao [Guanhua]:") == (["Wu", "Qiao"], [])
    assert names("[to the] CPSU CC") == ([], [])
    # half a name in the editor's brackets: the person is the whole name
    assert names("To Comrade [Liu] Shaoqi:") == (["Liu Shaoqi"], [])
    assert names("Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and the Central Committee:") == (["Mao Zedong", "Liu Shaoqi"], [])
    assert names("To Comrade FILIPPOV [Stalin]") == (["FILIPPOV"], [])
    assert names("To ZAKHAROV for MAO ZEDONG") == (["MAO ZEDONG"], ["ZAKHAROV"])
    assert names("To the Ministry of Foreign Affairs and Ministry of Higher Education:") == ([], [])
    for sentence in ("I send to you the text of my telegram of 3:00 15 July", "For this purpose I request a plane.",
                     "Comrade KIM IL SUNG informed me that the plane is ready.", "SECOND MAIN ADMINISTRATION"):
        assert names(sentence) is None, sentence


def test_initials_in_an_address_do_not_end_it():
    assert names("To Comrade N.S. Khrushchev") == (["N.S. Khrushchev"], [])
    assert names("To Comrade I.V. Stalin. We need aircraft.") == (["I.V. Stalin"], [])


def test_marks_and_offices_on_address_lines():
    assert trailing_mark("To NORTH KOREA To RAZUVAEV TOP PRIORITY") == "TOP PRIORITY"
    assert trailing_mark("To Comrade RAZUVAEV") is None
    assert office_line("[Chinese] Embassy in the Soviet Union") == "Chinese Embassy in the Soviet Union"
    assert office_line("Comrade GROMYKO") is None and office_line("We ask your orders.") is None
    # `to` and `at` after the institution (`GDR Embassy to the DPRK`), never before it
    assert office_line("GDR Embassy to the DPRK") == "GDR Embassy to the DPRK"
    assert office_line("Sent to the Department, Peiping.") is None


def test_a_letters_address_over_two_lines():
    lines = ["DEAR", "Iosif Vissarionovich STALIN", "We thank you."]
    end_line, line, start, end = letter_address(lines, 1)
    assert (end_line, line[start:end]) == (2, "Iosif Vissarionovich STALIN")
    assert letter_address(["We thank you."], 1) is None


def test_the_editors_words_in_brackets_before_the_addresss_colon():
    line = "To the Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and the Central Committee [of the Chinese Communist Party]:"
    found = match_salutation(line, 0, len(line))
    assert line[found[0]:found[1]] == "Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and the Central Committee"
