"""Forms of the embassies' cables of 1962 (each telegram written for this test in the layout of a
real one): a Polish ciphergram that writes its dates month first (`10.31.1962`, so `11.01.1962`
is the first of November), sent `from Havana on ... and received at ...`, with `To:` and `From:`
fields that name people, the given name in the editor's brackets and a footnote's number on the
surname (`[Ambassador Boleslaw] JELEN2`); a Czechoslovak cable (`Telegram from Havana File #
...`, `Arrived:` / `Processed:` / `Dispatched:`) signed with the surname and the cable's number
(`Pavlíček 412.`); a Soviet cipher cable addressed above its form, with a letter-spaced mark
(`S P E C I A L`), a date with its month in Roman numerals (`28/X/62`) and `Time:` / `Date:`
fields; a cable under `Making Copies Prohibited` that reports a sentence in quotation marks
(speech, not a message); a report that opens with its date alone; and the editor's brackets
that give a post and a given name before the surname (`[Soviet Ambassador Aleksandr] Alekseev`)."""
import pytest

from conftest import build_corpus, document, recipients, top, warning_codes

POLISH = '''Ciphergram No. 17004

Dispatched from Havana on 10.31.1962 at 22:10 and received at 11.01 at 9:40

Came into the Deciphering Department on 11.01.1962 at 11:05

To: [Aleksander] KRAJEWSKI1, Urgent

From: [Ambassador Boleslaw] JELEN2

The delegation has arrived. [Soviet Ambassador Aleksandr] Alekseev thinks the talks will be long.

[1] An official of the Foreign Ministry.

[2] Poland's ambassador in Havana.
'''

POLISH_BARE = '''Dispatched from Havana on 11.23.1962 at 3:00 and received at 11.23 at 14:20

Came to the Decoding Department at 11.23 at 16:45

To: Krajewski

From: Ambassador JELEN

Here is the supplement to our dispatch no. 502.
'''

CZECH = '''Telegram from Havana File # 12811 P.
Arrived: 2.12.62 18:40
Processed: 2.12.62 21:15 G, HTS
Dispatched: 3.12.62 06:00
Re. your 1502.
The partner asks for the rest of the delivery in the first quarter. I ask for a reply.
Pavlíček 412.
'''

SOVIET = '''To Comrade N.S. Khrushchev

TOP SECRET

Reproduction prohibited

Copy No. 7

6301    28/X/62

Enciphered Cable

From: Havana                  No. 49377                   Time: 4:15                  Date: 28/X/1962

Special No. 1702-1703

Top Priority

S P E C I A L

The friends report that the night passed quietly. We are following the situation.

A. ALEKSEEV
'''

REPORTED_SPEECH = '''TOP SECRET
Making Copies Prohibited
Copy No. 1
CIPHERED TELEGRAM
TOP PRIORITY
The Secretary of State handed me the text of both documents.
"These documents, he said, are clear enough."
The meeting was short.
A. DOBRYNIN
'''

DATELINE = '''6 November 1962

Today the newspaper published an article about the talks.

6.XI.62 A. DOBRYNIN
'''

DOCS = {"polish.txt": POLISH, "bare.txt": POLISH_BARE, "czech.txt": CZECH, "soviet.txt": SOVIET,
        "speech.txt": REPORTED_SPEECH, "dateline.txt": DATELINE}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("embassies"), DOCS)


def test_a_ciphergram_that_writes_its_dates_month_first(db):
    d = document(db, "polish.txt")
    # `10.31.1962` shows the month first, so `11.01.1962` is 1 November, not 11 January
    assert (d["doc_type"], d["number"], d["sent_at"], d["received_at"], d["date"]) == (
        "ciphergram", "17004", "1962-10-31T22:10", "1962-11-01T09:40", "1962-11-01")
    assert d["sent_at_text"] == "from Havana on 10.31.1962 at 22:10"
    assert (d["origin_text"], d["priority"]) == ("Havana", "Urgent")
    m = top(db, "polish.txt")
    assert (m["sender_id"], m["sent_at"]) == ("boleslaw-jelen", "1962-10-31T22:10")
    assert recipients(db, m) == {"aleksander-krajewski": 1}
    assert m["body"].startswith("The delegation has arrived.")
    assert warning_codes(db, "polish.txt") == []
    # the editor's post and given name before the surname: Alekseev, not a person named Aleksandr
    assert db.value("select surface from mentions where person_id = 'aleksandr-alekseev' and document_id = ?",
                    d["id"]) == "Alekseev"
    assert db.value("select count(*) from people where id in ('aleksandr', 'boleslaw', 'jelen', 'krajewski')") == 0


def test_a_bare_to_field_names_a_person_only_when_the_authority_knows_one(db):
    d = document(db, "bare.txt")
    assert (d["sent_at"], d["received_at"], d["sent_to"]) == ("1962-11-23T03:00", "1962-11-23T14:20", "Krajewski")
    m = top(db, "bare.txt")
    assert m["sender_id"] == "boleslaw-jelen"
    assert recipients(db, m) == {"aleksander-krajewski": 1}
    assert m["body"] == "Here is the supplement to our dispatch no. 502."


def test_a_czechoslovak_cable_and_its_signature_with_the_cables_number(db):
    d = document(db, "czech.txt")
    # `Dispatched:` under `Arrived:` is when the copy went to its readers, not when it was sent
    assert (d["doc_type"], d["origin_text"], d["received_at"], d["sent_at"], d["date"]) == (
        "telegram", "Havana", "1962-12-02T18:40", None, "1962-12-02")
    m = top(db, "czech.txt")
    assert (m["sender_id"], m["number"], m["signature"]) == ("vladimir-pavlicek", "412", "Pavlíček 412.")
    assert m["body"].startswith("Re. your 1502.\n") and m["body"].endswith("I ask for a reply.")
    assert warning_codes(db, "czech.txt") == []


def test_a_cipher_cable_addressed_above_its_form(db):
    d = document(db, "soviet.txt")
    assert (d["doc_type"], d["number"], d["date"], d["priority"], d["classification"]) == (
        "enciphered cable", "49377", "1962-10-28", "Top Priority", "TOP SECRET")
    m = top(db, "soviet.txt")
    assert m["salutation"] == "To Comrade N.S. Khrushchev"
    assert recipients(db, m) == {"nikita-khrushchev": 1}
    assert m["body"] == "The friends report that the night passed quietly. We are following the situation."
    assert m["sender_id"] == "aleksandr-alekseev"
    assert warning_codes(db, "soviet.txt") == []


def test_a_sentence_reported_in_quotation_marks_is_not_a_message(db):
    d = document(db, "speech.txt")
    assert (d["doc_type"], d["priority"]) == ("ciphered telegram", "TOP PRIORITY")
    assert db.value("select count(*) from messages where document_id = ?", d["id"]) == 1
    m = top(db, "speech.txt")
    assert m["sender_id"] == "anatoly-dobrynin"
    assert '"These documents, he said, are clear enough."' in m["body"]
    assert m["body"].startswith("The Secretary of State")


def test_a_report_that_opens_with_its_date_has_a_header(db):
    d = document(db, "dateline.txt")
    assert d["date"] == "1962-11-06"
    assert top(db, "dateline.txt")["sender_id"] == "anatoly-dobrynin"
    assert "no-header" not in warning_codes(db, "dateline.txt")
