"""Telegrams laid out as the archive prints them (Wilson Center translations, 1950-1952), each
written for this test in the layout of a real one: an MFA outgoing telegram with its issuing
number, stamps, destination and the list of copies under the signature; an ambassador's report
signed `20/5-50. Roshchin` above an editor's footnote; a report from Pyongyang with US-style
stamps, `Distribution list - 8 copies: Stalin - 2, ...` and a letter-spaced signature; a short
report signed `14.III.50 Shtykov`; an answer relayed through an adviser, opening with `[...]`;
a General Staff cable with `Nº`, copies over several lines and a stamp in brackets; a report
with an archivist's note under the signature; stamps of several offices and an office above
the address; a covering note signed `(A. Gromyko)`."""
import pytest

from conftest import build_corpus, document, inner, recipients, top

MFA_OUTGOING = '''MFA USSR
Tenth Department
Top Secret
Making copies is prohibited
Special no. 612
207
Issuing No. 9120
Received on 3:20 am, 20 May 1950
Sent on 6:45 am, 20 May 1950
CIPHERED TELEGRAM
______________________________________
Destination: PEKING To Whom: SovAmbassador
______________________________________
SPECIAL
For Mao Zedong.
"Cde. Mao Zedong!
We have studied your questions about the railway and agree with your view. The details will follow by the usual channel.
Filippov [Stalin]."
Telegraph the fulfillment.
GROMYKO
4 copies
20 May 1950
Copies:
1. Comr. Stalin
2. Comr. Molotov
3. Comr. Gromyko
4. Comr. Copy
'''

AMBASSADOR_REPORT = '''Ciphered Telegram

Strictly Secret

Making copies is forbidden

[Stamp: "Declassified 2 March 1994"]

From PEKING

For immediate report to comrade Filippov [Stalin].x/

Today on May 20, at 22 hours 15 minutes Zhou Enlai visited me and on behalf of Mao Zedong told me the following:

1. The Chinese comrades ask for two more advisers on railway matters.

2. The Korean delegation will arrive in Peking on May 22 this year.

The Chinese comrades are requesting an urgent answer.

20/5-50. Roshchin

——————

x/ Pseudonym of I.V. Stalin. [Ed. note: from the copy kept in the archive.]
'''

PYONGYANG_REPORT = '''Ciphered Telegram # 600511/sh

FROM: PYONGYANG

Sent by wire on 10/21/50 at 02:40 a.m.

Received in Moscow on 10/21/50 at 5:55 a.m.

Arrived at the 8D/GS on 10/21/50 at 6:30 a.m.

Deciphered by Ivanov on 10/21/50 at 7:05 a.m.

Distribution list - 8 copies: Stalin - 2, Molotov-1, Malenkov - 1, Beria - 1, Bulganin - 1.

FENG XI [STALIN]

Today I met KIM IL SUNG and handed him your letter.

KIM IL SUNG thanked you and asked me to report that the government moves to the north tomorrow.

S H T Y K O V

No. 1502/sh
21 October 1950
Typed by Petrova on 10/21/50 at 10:10 a.m.
'''

SHORT_REPORT = '''Ciphered Telegram.

Strictly secret.

Copies: Stalin, Molotov, Vyshinsky, Copy.

From Pyongyang, No. 4122. 11 hours 40 minutes. 14.III.1950

Special File
To Vyshinsky

Kim Il Sung asked me to find out whether a plane can be sent for him on March 30.

I ask your instructions.

14.III.50 Shtykov
'''

RELAYED_ANSWER = '''[...]

CIPHERED TELEGRAM No. 812

TOP PRIORITY

SPECIAL

BEIJING--

TO KRASOVSKY

Transmit the following answer to MAO ZEDONG.

"Comrade MAO ZEDONG.

We received your telegram of 10 February about the observers.

We agree with your plan.

With greetings. FILIPPOV [Stalin]."

Confirm receipt.

No. 95/III

11.2.52

[...]
'''

CABLE = '''SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY
CABLE Nº 25110
Copies to Cde. Stalin
to Cde. Molotov
to Cde. Bulganin
from [BEIJING] received at 0940 22 October 1951
Copy Nº 2
[Stamp: SUBJECT TO RETURN
Incoming Nº 301/3700/shs 22 October 1951]
Series G.
T
to Cde. FILIPPOV
Cde. FILIPPOV!
I am sending you for your information the text of my telegram to Cde. Li Kenong of 0600 21 October 1951.
"Cde. Li Kenong.
Keep to the agreed approach at the next meeting of liaison officers.
Mao Zedong
0600 21 October"
MAO ZEDONG
No. 5102
21 October 1951
'''

ROSHCHIN_TO_MFA = '''Copies: Stalin (2), Molotov, Malenkov, Vyshinsky, Copy.

From BEIJING No. 1412 21 hours 30 minutes, 20.1.1951

Special No. 71

Your order No. 52 has been carried out. Zhou Enlai thanked comrade Filippov for the advice.

20.1.51 ROSHCHIN

Spravka: no. 52 of 19 January 1951. Vyshinsky proposed to hand Zhou Enlai the telegram of Filippov.
'''

EMBASSY_REPORT = '''Sent on 10/23/50 at 21:10 p.m.
Received in Moscow on 10/24/50 at 15:20 p.m.
Received at the 8D/GS on 10/24/50 at 15:30 p.m.
Deciphered by Orlov on 10/24/50 at 16:40 p.m.
Distribution list - 10 copies:
Stalin - 2, Molotov - 1, Beria - 1, Gromyko - 1, 8 MDGS - 1, MFA - 1, on file - 1.
Ministry of Foreign Affairs of the USSR
To Comrade GROMYKO
On 23 October I met KIM IL SUNG at his request.
SHTYKOV
No. 1362
23 October 1950
'''

COVERING_NOTE = '''to Cde. I. V. STALIN

I am sending you by diplomatic post the letter of Kim Il Sung of 30 August 1950 received on 27 September from Cde. Shtykov.

(A. Gromyko)

27 September 1950
'''

DOCS = {"mfa.txt": MFA_OUTGOING, "to_mfa.txt": ROSHCHIN_TO_MFA, "embassy.txt": EMBASSY_REPORT, "note.txt": COVERING_NOTE, "roshchin.txt": AMBASSADOR_REPORT, "pyongyang.txt": PYONGYANG_REPORT,
        "short.txt": SHORT_REPORT, "relayed.txt": RELAYED_ANSWER, "cable.txt": CABLE}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("shapes"), DOCS)


def test_mfa_outgoing_telegram(db):
    d = document(db, "mfa.txt")
    assert (d["doc_type"], d["number"], d["issuer"], d["classification"]) == (
        "ciphered telegram", "9120", "MFA USSR, Tenth Department", "Top Secret")
    assert (d["sent_to"], d["sent_at"], d["received_at"], d["date"]) == (
        "PEKING, SovAmbassador", "1950-05-20T06:45", "1950-05-20T03:20", "1950-05-20")
    m = top(db, "mfa.txt")
    assert (m["sender_id"], m["sent_at"]) == ("andrei-gromyko", "1950-05-20")
    assert recipients(db, m) == {"mao-zedong": 1}
    # the copies listed under the signature are its distribution, not its text; `Copy` is no one
    assert set(recipients(db, m, "distribution")) == {"joseph-stalin", "vyacheslav-molotov", "andrei-gromyko"}
    assert m["body"].endswith("Telegraph the fulfillment.")
    q = inner(db, m)
    assert (q["sender_id"], recipients(db, q)) == ("joseph-stalin", {"mao-zedong": 1})


def test_ambassador_report_signed_date_first_with_a_footnote(db):
    d = document(db, "roshchin.txt")
    assert (d["doc_type"], d["origin_place_id"], d["classification"], d["date"]) == (
        "ciphered telegram", "beijing", "Strictly Secret", "1950-05-20")
    m = top(db, "roshchin.txt")
    assert (m["sender_id"], m["sent_at"], m["signature"]) == ("nikolai-roshchin", "1950-05-20", "20/5-50. Roshchin")
    assert recipients(db, m) == {"joseph-stalin": 1}
    assert "Pseudonym" not in m["body"] and m["body"].endswith("requesting an urgent answer.")
    # point 1 asks for something; point 2 only informs
    assert [(r["path"], r["kind"]) for r in db.rows("select * from demands where message_id = ?", m["id"])] == [
        ("1", "request")]


def test_report_with_us_dates_counted_copies_and_a_letter_spaced_signature(db):
    d = document(db, "pyongyang.txt")
    assert (d["number"], d["origin_place_id"], d["sent_at"], d["received_at"]) == (
        "600511/sh", "pyongyang", "1950-10-21T02:40", "1950-10-21T05:55")
    m = top(db, "pyongyang.txt")
    assert (m["sender_id"], m["number"], m["sent_at"]) == ("terenty-shtykov", "1502/sh", "1950-10-21")
    assert recipients(db, m) == {"joseph-stalin": 1}          # the address line `FENG XI [STALIN]`
    assert recipients(db, m, "distribution") == {"joseph-stalin": 2, "vyacheslav-molotov": 1, "georgy-malenkov": 1,
                                                 "lavrentiy-beria": 1, "nikolai-bulganin": 1}
    assert "Typed" not in m["body"] and "Typed by Petrova" not in (m["signature"] or "")
    assert "Feng Xi" in db.value("select aliases from people where id = 'joseph-stalin'")


def test_short_report_signed_date_first(db):
    d = document(db, "short.txt")
    assert (d["number"], d["origin_text"], d["sent_at"], d["classification"]) == (
        "4122", "Pyongyang", "1950-03-14T11:40", "Strictly secret")
    m = top(db, "short.txt")
    assert (m["sender_id"], m["sent_at"]) == ("terenty-shtykov", "1950-03-14")
    assert recipients(db, m) == {"andrei-vyshinsky": 1}
    assert set(recipients(db, m, "distribution")) == {"joseph-stalin", "vyacheslav-molotov", "andrei-vyshinsky"}


def test_answer_relayed_through_an_adviser(db):
    d = document(db, "relayed.txt")
    assert (d["doc_type"], d["number"], d["priority"], d["classification"], d["sent_to"]) == (
        "ciphered telegram", "812", "TOP PRIORITY", "SPECIAL", "BEIJING")
    m = top(db, "relayed.txt")
    assert recipients(db, m) == {"stepan-krasovsky": 1}
    q = inner(db, m)
    assert (q["sender_id"], recipients(db, q)) == ("joseph-stalin", {"mao-zedong": 1})
    # `your telegram of 10 February`, seen from Stalin's answer to Mao: Mao's telegram to Stalin
    stub = db.one("select * from messages where in_corpus = 0 and document_id = ?", d["id"])
    assert (stub["sender_id"], stub["sent_at"]) == ("mao-zedong", "1952-02-10")
    assert recipients(db, stub) == {"joseph-stalin": 1}


def test_general_staff_cable(db):
    d = document(db, "cable.txt")
    assert (d["doc_type"], d["number"], d["origin_place_id"], d["received_at"], d["series"]) == (
        "cable", "25110", "beijing", "1951-10-22T09:40", "G.")
    m = top(db, "cable.txt")
    assert (m["sender_id"], m["number"], m["sent_at"]) == ("mao-zedong", "5102", "1951-10-21")
    assert recipients(db, m) == {"joseph-stalin": 1}
    assert set(recipients(db, m, "distribution")) == {"joseph-stalin", "vyacheslav-molotov", "nikolai-bulganin"}
    q = inner(db, m)
    assert (q["sender_id"], q["sent_at"], recipients(db, q)) == ("mao-zedong", "1951-10-21T06:00", {"li-kenong": 1})


def test_from_line_with_number_and_clock_and_an_archive_note_under_the_signature(db):
    d = document(db, "to_mfa.txt")
    assert (d["number"], d["origin_place_id"], d["sent_at"], d["date"]) == ("1412", "beijing", "1951-01-20T21:30", "1951-01-20")
    m = top(db, "to_mfa.txt")
    assert (m["sender_id"], m["signature"]) == ("nikolai-roshchin", "20.1.51 ROSHCHIN")
    assert "Spravka" not in m["body"]


def test_stamps_in_order_copies_under_their_heading_and_an_office_above_the_address(db):
    d = document(db, "embassy.txt")
    # the first received stamp (in Moscow), not the office's that follows it
    assert (d["sent_at"], d["received_at"], d["sent_to"]) == (
        "1950-10-23T21:10", "1950-10-24T15:20", "Ministry of Foreign Affairs of the USSR")
    m = top(db, "embassy.txt")
    assert (m["sender_id"], recipients(db, m)) == ("terenty-shtykov", {"andrei-gromyko": 1})
    # offices in the list (`8 MDGS - 1`, `MFA - 1`, `on file - 1`) are no one
    assert recipients(db, m, "distribution") == {"joseph-stalin": 2, "vyacheslav-molotov": 1, "lavrentiy-beria": 1,
                                                 "andrei-gromyko": 1}


def test_signature_in_parentheses(db):
    m = top(db, "note.txt")
    assert (m["sender_id"], m["sent_at"], recipients(db, m)) == ("andrei-gromyko", "1950-09-27", {"joseph-stalin": 1})


def test_the_build_settles_every_shape(db):
    """Only what the sources themselves leave open is reported: the MFA stamps (received by the
    cipher office before it was sent) and the relayed answer's unsigned wrapper."""
    warnings = {(w["source_file"], w["code"]) for w in db.rows("select * from build_warnings")}
    assert warnings == {("seeds/mfa.txt", "date-conflict"), ("seeds/relayed.txt", "no-sender")}
    assert db.value("select count(*) from people where id in ('copy', 's-h-t-y-k-o-v', 'mfa', 'mdgs')") == 0


def test_a_stamp_that_reads_both_ways_is_reported(corpus):
    db = corpus({"x.txt": "Ciphered Telegram # 7\n\nFROM: PYONGYANG\n\nSent by wire on 10/02/50 at 03:15 a.m.\n\n"
                          "To Comrade VYSHINSKY\n\nText.\n\nSHTYKOV\n"})
    assert db.value("select sent_at from documents") == "1950-02-10T03:15"
    w = db.one("select * from build_warnings where code = 'ambiguous-date'")
    assert (w["line"], w["message"]) == (5, "sent stamp 'by wire on 10/02/50 at 03:15 a.m' read day first as 1950-02-10; it could be month first")
