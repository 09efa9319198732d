"""etl/parse_names.py: names after a form of address, in lists, and offices."""
from etl.parse_names import find_titled_names, looks_like_person, names_an_office, names_of_people


def surfaces(refs):
    return [r.surface.text for r in refs]


def test_titled_names_in_prose_and_in_a_text_all_in_capitals():
    assert surfaces(find_titled_names("Comrade TUNKIN informs us", 1)) == ["TUNKIN"]
    # all in capitals, the name ends where the sentence's words begin
    assert surfaces(find_titled_names("1. ROK AMBASSADOR HAHM CALLED AT HIS REQUEST ON", 1)) == ["HAHM"]
    assert surfaces(find_titled_names("ASKED AMBASSADOR IF HE HAD RECEIVED INSTRUCTIONS", 1)) == []
    assert surfaces(find_titled_names("2. BELGRADE NON-ALIGNED FOREIGN MINISTER CONFERENCE.", 1)) == []
    line = "CALLED ON COMRADE KIM IL SUNG AT NOON"
    refs = find_titled_names(line, 1)
    assert surfaces(refs) == ["KIM IL SUNG"] and line[refs[0].surface.char_start:refs[0].surface.char_end] == "KIM IL SUNG"


def test_the_editors_post_and_given_name_before_a_surname():
    assert surfaces(find_titled_names("[Soviet Ambassador Aleksandr] Alekseev thinks so.", 1)) == ["Alekseev"]
    assert surfaces(find_titled_names("From: [Ambassador Boleslaw] JELEN2", 1)) == ["JELEN"]


def test_people_among_offices_in_a_list_of_copies():
    line = "Copy to: All embassies abroad, Xinhua Bureau in Cuba, and Comrade Li Fuchun."
    assert surfaces(names_of_people(line, 1, 9, len(line))) == ["Li Fuchun"]
    assert names_an_office("GDR Embassy to the DPRK") and not names_an_office("Sent to the Department, Peiping.")


def test_a_cables_posts_are_no_one():
    # `TO SECSTATE WASHDC IMMEDIATE 2912`, `INFO AMEMBASSY TOKYO`: posts by their telegraphic names
    assert not looks_like_person("SECSTATE WASHDC") and not looks_like_person("AMEMBASSY TOKYO")
    assert looks_like_person("KIM IL SUNG") and names_an_office("AMEMBASSY SEOUL")


def test_a_name_a_cable_wrapped_onto_the_next_line_is_not_a_name():
    # `... SOVIET AMBASSADOR ALEXANDER M.` / `PUZANOV OCT 21.`: the surname is on the next line
    assert surfaces(find_titled_names("2. SUMMARY: I CALLED UPON SOVIET AMBASSADOR ALEXANDER M.", 1)) == []
    assert surfaces(find_titled_names("I CALLED ON AMBASSADOR ALEXANDER M. PUZANOV ON OCT 21", 1)) == ["ALEXANDER M. PUZANOV"]
    # `From` and `For` are no person's words: `For Ambassador From Secretary.` names no one
    assert not looks_like_person("From Secretary")


def test_a_possessive_is_not_part_of_the_name():
    # `Premier Zhou Enlai’s talk`, with a typographic or a plain apostrophe
    for line in ("Following is a summary of Premier Zhou Enlai’s talk", "Following is a summary of Premier Zhou Enlai's talk"):
        refs = find_titled_names(line, 1)
        assert surfaces(refs) == ["Zhou Enlai"] and line[refs[0].surface.char_start:refs[0].surface.char_end] == "Zhou Enlai"


def test_a_title_that_is_a_common_word_names_someone_only_capitalised():
    assert surfaces(find_titled_names("their policy regarding general Vietnam matters corresponds", 1)) == []
    assert surfaces(find_titled_names("we could send General Zakharov to Beijing", 1)) == ["Zakharov"]
    assert surfaces(find_titled_names("comrade Filippov agreed", 1)) == ["Filippov"]


def test_the_editors_words_in_brackets_are_no_identification():
    refs = find_titled_names("I sent comrades Lato and Szmidt [to Hanoi]. We waited.", 1)
    assert [(r.surface.text, r.bracket) for r in refs] == [("Lato", None), ("Szmidt", None)]
    refs = find_titled_names("To Comrade FILIPPOV [Stalin].", 1)
    assert [(r.surface.text, r.bracket.text) for r in refs] == [("FILIPPOV", "Stalin")]


def test_a_chancery_is_an_office():
    assert not looks_like_person("Chancery")
