"""A Soviet station's telegrams that pass on other governments' telegrams (each written for this
test in the layout of the 1941 London station's): a cipher telegram sent in two parts, each
numbered (`CIPHER TELEGRAM NO. 7550, 7553`); the telegram passed on introduced by its number, the
office that sent it, its date and its addressee (`I am transmitting the contents of telegram No.
5653 from the British Foreign Office, dated 17 October, to Lord Halifax:`); the telegram it
answers named by number and date or by the place it went to (`your telegram 4706 from 15
October`, `your telegram 5757 to Washington`)."""
import pytest

from conftest import build_corpus, document, inner, recipients, top

IN_TWO_PARTS = '''TOP SECRET
CIPHER TELEGRAM NO. 7550, 7553
From LONDON
Received 30 October 1941 at 0800 Decoded 31 October 1941 at 0100
Materials from "List".
I am transmitting the contents of telegram No. 5653 from the British Foreign Office, dated 17 October, to Lord Halifax:
"In response to your telegram 4706 from 15 October:
"1) It is clear that policy guidance has wound up in the hands of the extremists.
"2) It is possible that the Japanese are moving southward."
'''

TO_AN_OFFICE = '''TOP SECRET
CIPHER TELEGRAM No. 7739
From WASHINGTON
Received 5 November 1941 at 0010 Decoded 6 November 1941 at 1320
I am transmitting the contents of telegram No. 2142 from the British embassy in Tokyo, dated 28 October, to the British Foreign Office:
"In response to your telegram 5757 to Washington:
I do not understand the nature of those who raise the possibilities you refer to."
VADIM
'''

# a telegram known only from a reference, to an office
REFERS_TO_AN_OFFICE = '''CIPHERED TELEGRAM No. 3120
From LONDON 12 November 1941
As I reported in my telegram No. 7801 to the People's Commissariat of Foreign Affairs on 9 November, the talks were postponed.
VADIM
'''

DOCS = {"parts.txt": IN_TWO_PARTS, "office.txt": TO_AN_OFFICE, "refers.txt": REFERS_TO_AN_OFFICE}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("stations"), DOCS)


def test_a_telegram_sent_in_parts_is_numbered_by_the_first(db):
    d = document(db, "parts.txt")
    assert (d["doc_type"], d["number"], d["issuer"], d["origin_place_id"]) == ("cipher telegram", "7550", None, "london")


def test_the_telegram_passed_on_takes_its_number_sender_date_and_addressee_from_the_line_over_it(db):
    m = inner(db, top(db, "parts.txt"))
    assert (m["number"], m["sender_id"], m["sender_office"], m["sent_at"]) == (
        "5653", None, "British Foreign Office", "1941-10-17")
    assert recipients(db, m) == {"lord-halifax": 1}
    assert m["label"] == "British Foreign Office to Lord Halifax, 1941-10-17"
    # it is the quotation under the line, not another telegram known only from the line
    assert db.value("select count(*) from messages where document_id = ? and number = '5653'",
                    document(db, "parts.txt")["id"]) == 1
    # the telegram it answers: Halifax's, by its number and date
    stub = db.one("select * from messages where parent_id is null and in_corpus = 0 and document_id = ?",
                  document(db, "parts.txt")["id"])
    assert (stub["number"], stub["sender_id"], stub["sent_at"]) == ("4706", "lord-halifax", "1941-10-15")


def test_an_office_to_an_office_and_a_place_is_no_one(db):
    m = inner(db, top(db, "office.txt"))
    assert (m["number"], m["sender_office"], m["sent_at"], m["label"]) == (
        "2142", "British embassy in Tokyo", "1941-10-28", "British embassy in Tokyo to British Foreign Office, 1941-10-28")
    stub = db.one("select * from messages where in_corpus = 0 and document_id = ?", document(db, "office.txt")["id"])
    assert (stub["number"], stub["sender_office"]) == ("5757", "British Foreign Office")
    # Washington, where a telegram came from, is no person a telegram went to
    assert db.value("select count(*) from people where id = 'washington'") == 0
    assert recipients(db, stub) == {}


def test_a_telegram_known_only_from_a_reference_to_an_office_is_labelled_with_it(db):
    stub = db.one("select * from messages where in_corpus = 0 and document_id = ?", document(db, "refers.txt")["id"])
    assert (stub["number"], stub["sent_at"], stub["sender_id"]) == ("7801", "1941-11-09", top(db, "refers.txt")["sender_id"])
    assert stub["label"] == ("Vadim to People's Commissariat of Foreign Affairs, 1941-11-09 "
                             "(known only from a reference)")
