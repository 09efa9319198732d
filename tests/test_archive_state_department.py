"""State Department telegrams as the printed edition gives them (each written for this test in
the layout of a real one): the decimal file and the kind of document (`795.00/6–2650: Telegram`,
whose file ends with the date it was filed), the posts of who wrote to whom with the names in
parentheses (`The Ambassador in Korea (Muccio) to the Secretary of State`), the classification
in lower case (`top secret`, `confidential` / `niact`), the telegram's number opening its text
(`731. For Muccio. ...`), where it was sent and repeated (`Sent to the Department, Peiping.`,
text, not a signature or an office), the editor's received stamp in brackets, a dateline over two lines
(`Washington, November` / `3, 1950—noon.`), a surname alone as the signature, and the editor's
numbered footnotes under it (`  1. ...`, indented quotations, `- ... ↩`), which are not the text."""
import pytest

from conftest import build_corpus, document, recipients, top, warning_codes

FROM_EMBASSY = '''795.00/6–2650: Telegram

The Ambassador in Korea (Muccio) to the Secretary of State

confidential
niact

[Received June 26—9:40 p.m.]

731. Situation around the capital unchanged since my telegram 729.1 Embassy staff ready to move south on short notice.

Muccio
  1. Not printed; it reported the evacuation plans of June 25.

    "Dependents to leave by ship from Inchon at dawn." (795.00/6–2550)

  2. See footnote 1, p. 140.
'''

FROM_WASHINGTON = '''795.00/6–2750: Telegram

The Secretary of State to the Embassy in Korea

top secret

740. For Muccio. Decision expected within hours on air support.2 Keep Department informed.

  1. Not printed.
  2. See the editorial note on p. 180.
'''

DATELINE = '''861.424/11–350: Telegram
The Secretary of State to the Embassy in the Soviet Union
restricted
Washington, November
3, 1950—noon.
301. Deliver fol greetings through appropriate channels Nov 7.1
Acheson
- The message was sent on the occasion of the national holiday.↩
'''

PERSONNEL_FILE = '''123 Kirk, Alan G.: Telegram

The Secretary of State to the Embassy in the Soviet Union

top secret

552. Instr going forward next day in reply your 1820.

Acheson
  1. Telegram 1820 is not printed.
'''

ROUTED = '''793.94/8731: Telegram

The Counselor of Embassy in China (Peck) to the Secretary of State

275. Our 272, July 13, noon.

The British Secretary has telegraphed this information to his Ambassador.
Sent to the Department, Peiping.
'''

DOCS = {"routed.txt": ROUTED, "embassy.txt": FROM_EMBASSY, "washington.txt": FROM_WASHINGTON, "dateline.txt": DATELINE,
        "personnel.txt": PERSONNEL_FILE}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("state"), DOCS)


def test_a_telegram_from_an_embassy_with_the_editors_footnotes(db):
    d = document(db, "embassy.txt")
    # the file `795.00/6–2650` was filed on 26 June 1950: the document's date, no printed one being given
    assert (d["doc_type"], d["date"], d["issuer"], d["sent_to"]) == (
        "telegram", "1950-06-26", "Ambassador in Korea", "Secretary of State")
    assert (d["classification"], d["priority"], d["received_at"]) == ("confidential", "niact", "1950-06-26T21:40")
    m = top(db, "embassy.txt")
    assert (m["sender_id"], m["number"], m["signature"]) == ("john-j-muccio", "731", "Muccio")
    assert m["body"] == ("731. Situation around the capital unchanged since my telegram 729.1 Embassy staff "
                         "ready to move south on short notice.")
    assert m["label"].startswith("John J. Muccio to Secretary of State")
    # the date it was filed is the document's, not when the telegram was sent
    assert m["sent_at"] is None
    assert warning_codes(db, "embassy.txt") == []


def test_an_unsigned_telegram_from_the_secretary_names_its_addressee_in_the_text(db):
    m = top(db, "washington.txt")
    assert (m["sender_office"], m["number"]) == ("Secretary of State", "740")
    assert recipients(db, m) == {"john-j-muccio": 1}
    assert m["body"].endswith("Keep Department informed.")
    assert "no-sender" not in warning_codes(db, "washington.txt")


def test_a_dateline_over_two_lines_and_footnotes_marked_with_arrows(db):
    d = document(db, "dateline.txt")
    assert (d["date"], d["origin_text"], d["classification"]) == ("1950-11-03", "Washington", "restricted")
    m = top(db, "dateline.txt")
    assert (m["sender_id"], m["sent_at"], m["number"]) == ("dean-acheson", "1950-11-03T12:00", "301")
    assert m["sent_at_text"] == "November 3, 1950—noon"
    assert m["body"] == "301. Deliver fol greetings through appropriate channels Nov 7.1"
    assert m["signature"] == "Acheson"


def test_a_personnel_file_gives_no_date(db):
    d = document(db, "personnel.txt")
    assert (d["doc_type"], d["date"], d["sent_to"]) == ("telegram", None, "Embassy in the Soviet Union")
    m = top(db, "personnel.txt")
    assert (m["sender_id"], m["number"], m["body"]) == (
        "dean-acheson", "552", "552. Instr going forward next day in reply your 1820.")
    assert warning_codes(db, "personnel.txt") == ["no-date"]


def test_where_a_telegram_was_sent_is_its_text_not_its_signature(db):
    m = top(db, "routed.txt")
    assert (m["sender_id"], m["sender_office"], m["signature"], m["number"]) == ("peck", None, None, "275")
    assert m["body"].endswith("The British Secretary has telegraphed this information to his Ambassador.\n\n"
                              "Sent to the Department, Peiping.")
    assert db.value("select name from people where id = 'peck'") == "Peck"     # named in the heading, unknown to the authority
