"""etl/parse_signature.py: what closes a message."""
from etl.parse_signature import (
    TYPIST_RE,
    dated_signature,
    is_authority_line,
    is_closing_line,
    is_position,
    signature_line,
    undated_line_month,
    without_marks,
)


def signer(text):
    found = signature_line(text)
    return (found[0].group("name"), found[1]) if found else None


def test_signature_lines():
    assert signer("FILIPPOV [Stalin]") == ("FILIPPOV", "")
    assert signer("MAO ZEDONG, 3:00, 15.7.52") == ("MAO ZEDONG", "3:00, 15.7.52")
    assert signer("With respect KIM IL SUNG") == ("KIM IL SUNG", "")
    assert signer("Irén Rózsa") == ("Irén Rózsa", "")
    assert signer("Kim Il Sung 29.6.51") == ("Kim Il Sung", "29.6.51")      # the date on the name's line
    assert signer("St. Dodin") == ("St. Dodin", "") and signer("No. Dodin") is None      # `St.`: Stanisław
    assert signer("Moscow 12.5.50") is None and signer("Kim Il Sung 29 divisions") is None
    assert signer("We ask your orders.") is None and signer("SPECIAL LIST OF ARMS FOR THE DIVISION") is None
    # a surname and the cable's number; capitals with their accents
    assert signer("Pavlíček 388.") == ("Pavlíček", "388") and signer("VLADIMÍR PAVLÍČEK") == ("VLADIMÍR PAVLÍČEK", "")
    assert signer("Article 5.") is None and signer("Moscow 1950") is None


def test_the_place_of_a_signature_before_the_name():
    from etl.parse_signature import SIGNATURE_MARK_RE
    for text in ("[signature] /A. PUZANOV/", "Signed: N. Popa", "(signed) A. Lazar", "[illegible signature] X"):
        assert SIGNATURE_MARK_RE.match(text)
    assert not SIGNATURE_MARK_RE.match("Signed in Moscow") and not SIGNATURE_MARK_RE.match("Sent to the Department")


def test_the_typists_marks_under_a_signature():
    assert TYPIST_RE.match("me/MB") and TYPIST_RE.match("5-nb")        # copies typed and the typist
    assert not TYPIST_RE.match("5-10") and not TYPIST_RE.match("No. 5") and not TYPIST_RE.match("Moscow")


def test_date_first_signatures_and_posts():
    date_end, name_at, m = dated_signature("24.III.50 Shtykov")
    assert (m.group("name"), date_end) == ("Shtykov", len("24.III.50"))
    assert dated_signature("24 March we met Shtykov") is None
    assert is_position("Deputy Assistant Under-Secretary") and is_position("SOVIET AMBASSADOR IN THE DPRK")
    assert not is_position("By order of the Minister") and not is_position("The Minister agreed.")


def test_lines_of_a_closing_that_name_no_signer():
    assert without_marks("Nº [handwritten: 328/ag] [signature]") == "Nº 328/ag"
    assert without_marks("No. 1476/sh") == "No. 1476/sh"
    assert undated_line_month("[date not filled in] August 1949") == "August 1949"
    assert undated_line_month("September 1951.") == "September 1951"
    assert undated_line_month("12 September 1951") is None and undated_line_month("[illegible] Molotov") is None
    assert is_authority_line("at the instruction of the Political Council of the CC")
    assert is_authority_line("By order of the Minister") and not is_authority_line("At the meeting we agreed.")
    assert is_closing_line("Devotedly yours,") and is_closing_line("With deep respect,")
    assert not is_closing_line("We send our best wishes to the army.")
    assert is_position("Chargé d'Affaires ad interim") and not is_position("Richard Fischer")


def test_the_signers_post_before_the_name():
    assert signer("Deputy Minister of Internal Affairs of the Soviet Union Perevertkin") == ("Perevertkin", "")
    assert signer("Deputy Minister Perevertkin") == ("Perevertkin", "")
    assert signer("Ambassador of the USSR in the DPRK Puzanov") == ("Puzanov", "")
    assert signer("Soviet Ambassador A. Puzanov") == ("A. Puzanov", "")
    # a post alone is no one; a name inside what precedes is no post
    assert signer("Minister of Foreign Affairs") is None
    assert signer("Ambassador Yu Taik Kim Korean Mission in Japan Tokyo") is None
