"""Cables of the crises of 1956 and 1968 (each written for this test in the layout of a real one):
a Soviet coded telegram whose origin line carries its urgency (`From Budapest Priority`); Chinese
Foreign Ministry and embassy cables addressed to offices (`To the Foreign Ministry and the Party
Center:`), signed by an office over the date and the stamps, each labelled, of what happened to
them (`Received: 4 November at 19:25; printed: 5 November at 0:55`; `Received at the Office: ...,
issued: ..., sent encrypted: ...`); and a circular headed by the post it goes to, its secrecy in
parentheses and the editor's note number after it (`SOVIET AMBASSADOR (EYES ONLY)114`)."""
import pytest

from conftest import build_corpus, document, top, warning_codes

CODED = '''CODED TELEGRAM
From Budapest Priority
Top Secret
Not to be copied
3 November 1956
This evening the Minister asked me to call on him and said the talks would go on tomorrow.
Andropov
'''

EMBASSY_CABLE = '''To the Foreign Ministry and the Party Center:


The evening paper today printed a statement that misrepresents our position. Should we reply, and how? Requesting swift instructions.[1]


Embassy in Hungary

11:00, 3 November 1956

Received: 5 November at 18:10; printed: 6 November at 1:05


[1] The statement was withdrawn the next day.
'''

MINISTRY_CABLE = '''To the Embassy in Hungary:
We have received your telegram of 3 November.
(1) Do not express opinions rashly; report on the new government.
Foreign Ministry
6 November 1956
Received at the Office: 5 November, issued: 6 November at 9:00, sent encrypted: 6 November at 15:40
'''

CIRCULAR = '''SOVIET AMBASSADOR (EYES ONLY)87

We inform you in strict secrecy that the meeting of the five parties may take place within days.
'''

DOCS = {"coded.txt": CODED, "embassy.txt": EMBASSY_CABLE, "ministry.txt": MINISTRY_CABLE, "circular.txt": CIRCULAR}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("crises"), DOCS)


def test_an_urgency_mark_after_the_origin_is_not_part_of_the_place(db):
    d = document(db, "coded.txt")
    assert (d["doc_type"], d["origin_text"], d["origin_place_id"], d["priority"], d["classification"], d["date"]) == (
        "coded telegram", "Budapest", "budapest", "Priority", "Top Secret", "1956-11-03")
    assert top(db, "coded.txt")["sender_id"] == "yuri-andropov"
    assert warning_codes(db, "coded.txt") == []


def test_an_embassy_cable_signed_by_the_embassy_over_its_stamps(db):
    d = document(db, "embassy.txt")
    # the stamps under the signature are the cable's; the date it was written stays the document's
    assert (d["date"], d["received_at"], d["received_at_text"], d["issuer"]) == (
        "1956-11-03", "1956-11-05T18:10", "5 November at 18:10", None)
    m = top(db, "embassy.txt")
    assert (m["sender_office"], m["sent_at"], m["salutation"]) == (
        "Embassy in Hungary", "1956-11-03T11:00", "To the Foreign Ministry and the Party Center:")
    assert m["body"].startswith("The evening paper") and m["body"].endswith("Requesting swift instructions.[1]")
    # the stamps are neither the text nor the signature (they stay in the document's text)
    assert m["signature"] == "Embassy in Hungary\n11:00, 3 November 1956" and "Received" not in m["body"]
    assert warning_codes(db, "embassy.txt") == []


def test_a_ministry_cable_and_the_stamps_of_its_sending(db):
    d = document(db, "ministry.txt")
    # `Received at the Office` is when the ministry had the draft, not when the cable arrived
    assert (d["date"], d["sent_at"], d["received_at"]) == ("1956-11-06", "1956-11-06T15:40", None)
    m = top(db, "ministry.txt")
    assert (m["sender_office"], m["salutation"]) == ("Foreign Ministry", "To the Embassy in Hungary:")
    assert m["body"].endswith("report on the new government.")
    assert warning_codes(db, "ministry.txt") == []


def test_a_circular_headed_by_the_post_it_goes_to(db):
    d = document(db, "circular.txt")
    # a post with no office in it, over the text: where the cable went, not who issued it
    assert (d["issuer"], d["sent_to"], d["classification"]) == (None, "Soviet Ambassador", "EYES ONLY")
    assert top(db, "circular.txt")["body"].startswith("We inform you in strict secrecy")
