"""Cables of the crises of 1956 and 1968 (each written for this test in the layout of a real one):
a Soviet coded telegram whose origin line carries its urgency (`From Budapest Priority`); Chinese
Foreign Ministry and embassy cables addressed to offices (`To the Foreign Ministry and the Party
Center:`), signed by an office over the date and the stamps, each labelled, of what happened to
them (`Received: 4 November at 19:25; printed: 5 November at 0:55`; `Received at the Office: ...,
issued: ..., sent encrypted: ...`); and a circular headed by the post it goes to, its secrecy in
parentheses and the editor's note number after it (`SOVIET AMBASSADOR (EYES ONLY)114`).
And those of 1945-1953 and 1975: a telegram from Baku with its date on the origin's line (`FROM
BAKU 23 November 1945`) addressed to a city and people (`to MOSCOW, to Cdes. STALIN, ...`: the
city is no one); an address line to each addressee (`To Comrade V.M. Molotov` / `To Comrade N.A.
Bulganin`); the editor's headnote over an excerpt quoted whole (`[The following is an excerpt of
a telephonogram by ... in Berlin to ..., sent on 19 June 1953 at 5:35 p.m., ...]` / `"..."`); a
letter addressed by a post alone (`Commander-in-Chief,`) signed with a footnote mark
(`Risquet.[1]`); and a date with its Roman month and a hyphen (`14. IV-46`) over `No 8/sh`. A General
Staff report of 1953 with its letterhead over three lines (`OPERATIONS DIVISION,` / ...), two who
sign on one line (`GRECHKO TARASOV`), the copy's certifier (`"Correctly": GENERAL OF THE ARMY
SHTEMENKO`) and a date with the editor's note number glued to it (`2:30 p.m.53`)."""
import pytest

from conftest import build_corpus, document, recipients, top, warning_codes

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

BAKU = '''TELEGRAM

FROM BAKU 24 November 1945

to MOSCOW, to Cdes. STALIN, MOLOTOV and BERIA

We report the situation in the province as of 0900 24 November. All is quiet in the city.
'''

TWO_ADDRESSES = '''Top Secret
To Comrade V.M. Molotov
To Comrade N.A. Bulganin
The following report sets out the events of the last three days and the measures taken.
'''

HEADNOTE = '''[The following is an excerpt of a telephonogram by V. Semenov and V. Sokolovskii in Berlin to V. Molotov and N. A. Bulganin, sent on 20 June 1953 at 4:10 p.m., describing the situation in the city.]

"In the morning the trams ran again in all districts.

Order is kept by the police. The inquiry is continuing."
'''

POST_ADDRESS = '''Commander-in-Chief,

I have just come back from the front. The morale of the commanders is very high.

Risquet.[1]

[1] Head of the mission in Luanda.
'''

ROMAN_HYPHEN = '''Moscow
CC VKPB to Cde. Stalin
We ask for your instructions on the matter of the arrested men.
Request your orders.
14. IV-46
No 9/sh
'''

GENERAL_STAFF_REPORT = '''OPERATIONS DIVISION,
MAIN OPERATIONS ADMINISTRATION,
GENERAL STAFF OF THE SOVIET ARMY

Top Secret (Declassified)

To Comrade BULGANIN, N.A.

I am reporting the situation in Berlin as of 19 June 1953, 9.00 a.m. (Moscow time). Berlin is calm.

GRECHKO TARASOV
"Correctly": GENERAL OF THE ARMY SHTEMENKO
19 June 1953, 10:30 a.m.54
'''

CZECHOSLOVAK_FORM = '''Receiving number: 6570/53 Sent by: Berlin
Re: information Received: [6/17/53] at 6:30 PM
Attention: I. Referred: [6/17/53] at 7:30 PM Zi
Assigned: GO/I

Comrade Minister of Foreign Affairs David

Situation at 16:00. The demonstrators have left the square.
'''

# a Brazilian telegram as the ministry received it: the register's number under `RECEIVED`, the
# embassy it came from, the days sent and received, marks with a word after them, the filing code,
# the subject; the number, weekday and hour open the text; a note of the division under the signature
BRAZILIAN_RECEIVED = """SECRETARY OF STATE FOR EXTERNAL RELATIONS
TELEGRAM
RECEIVED
12.851
FROM THE EMBASSY IN HAVANA
ON/26/27/X/62
CONFIDENTIAL—URGENT SUBSTITUTION
DAC/DAS/DOR/600.(24h)
Question of Cuba.
346 – FRIDAY – 1800hs – Cuba continues totally mobilized, and the other activities are, practically, paralyzed.
LUIZ LEIVAS BASTIAN PINTO
NOTE OF DCA: -- This telegram was communicated to the Mr. Minister of State by the Chief of Division.
"""

# a Japanese cable: transmitted and received stamps, the address naming the sender too, its subject
JAPANESE_CABLE = """Transmitting from Havana 10/26/1962 20:06

Received in Tokyo 10/27/14:21

To Foreign Minister Ohira from Chargés d'affaires ad interim Kataoka

Re: The Situation in Cuba facing the US blockade

1. The Cuban press harshly condemns the US naval blockade on a daily basis.

This cable has been also sent out to [Japan's] Embassies in the US and Mexico.
"""

DOCS = {"brazilian.txt": BRAZILIAN_RECEIVED, "japanese.txt": JAPANESE_CABLE, "czechoslovak_form.txt": CZECHOSLOVAK_FORM, "general_staff.txt": GENERAL_STAFF_REPORT, "baku.txt": BAKU, "two.txt": TWO_ADDRESSES, "headnote.txt": HEADNOTE, "post.txt": POST_ADDRESS,
        "roman.txt": ROMAN_HYPHEN, "coded.txt": CODED, "embassy.txt": EMBASSY_CABLE, "ministry.txt": MINISTRY_CABLE, "circular.txt": CIRCULAR}


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


def test_a_telegram_with_its_date_on_the_origins_line_to_a_city_and_people(db):
    d = document(db, "baku.txt")
    assert (d["doc_type"], d["origin_text"], d["origin_place_id"], d["sent_at"], d["date"]) == (
        "telegram", "BAKU", "baku", "1945-11-24", "1945-11-24")
    m = top(db, "baku.txt")
    assert recipients(db, m) == {"joseph-stalin": 1, "vyacheslav-molotov": 1, "lavrentiy-beria": 1}
    # MOSCOW, among the names, is a place: never a person
    assert db.value("select count(*) from people where id = 'moscow'") == 0
    assert db.value("select entity_type from mentions where document_id = ? and surface = 'MOSCOW'", d["id"]) == "place"


def test_an_address_line_to_each_addressee(db):
    m = top(db, "two.txt")
    assert recipients(db, m) == {"vyacheslav-molotov": 1, "nikolai-bulganin": 1}
    assert m["salutation"] == "To Comrade V.M. Molotov\nTo Comrade N.A. Bulganin"
    assert m["body"] == "The following report sets out the events of the last three days and the measures taken."


def test_the_editors_headnote_over_an_excerpt_quoted_whole(db):
    d = document(db, "headnote.txt")
    assert (d["doc_type"], d["origin_text"], d["sent_at"], d["date"]) == (
        "telephonogram", "Berlin", "1953-06-20T16:10", "1953-06-20")
    # the quotation is the telephonogram itself, not a message it quotes
    assert db.value("select count(*) from messages where document_id = ?", d["id"]) == 1
    m = top(db, "headnote.txt")
    assert (m["sender_id"], m["sent_at"]) == ("vladimir-semyonov", "1953-06-20T16:10")
    assert recipients(db, m) == {"vyacheslav-molotov": 1, "nikolai-bulganin": 1}
    assert m["body"].startswith("In the morning the trams") and m["body"].endswith("The inquiry is continuing.")
    assert warning_codes(db, "headnote.txt") == []


def test_a_letter_addressed_by_a_post_and_signed_with_a_footnote_mark(db):
    m = top(db, "post.txt")
    assert (m["salutation"], m["sender_id"], m["signature"]) == ("Commander-in-Chief,", "jorge-risquet", "Risquet.[1]")
    assert m["body"].startswith("I have just come back") and "Head of the mission" not in m["body"]
    assert "no-header" not in warning_codes(db, "post.txt")


def test_a_date_with_its_roman_month_and_a_hyphen(db):
    d = document(db, "roman.txt")
    m = top(db, "roman.txt")
    assert (d["date"], m["sent_at"], m["number"]) == ("1946-04-14", "1946-04-14", "9/sh")
    assert m["body"].endswith("Request your orders.")


def test_a_letterhead_over_three_lines_and_two_who_sign_on_one(db):
    d = document(db, "general_staff.txt")
    assert d["issuer"] == "Operations Division, Main Operations Administration, General Staff of the Soviet Army"
    assert (d["sent_to"], d["classification"], d["date"]) == (None, "Top Secret (Declassified)", "1953-06-19")
    m = top(db, "general_staff.txt")
    # `GRECHKO TARASOV`: two surnames the authority knows, the first the sender; the one who
    # certified the copy (`"Correctly": ...`) signs nothing; `10:30 a.m.54`: the editor's note number
    assert (m["sender_id"], m["sender_office"], m["sent_at"]) == ("andrei-grechko", None, "1953-06-19T10:30")
    assert db.value("select count(*) from people where id = 'grechko-tarasov'") == 0


def test_a_form_with_several_labelled_values_to_a_line(db):
    d = document(db, "czechoslovak_form.txt")
    # `Receiving number: 6570/53 Sent by: Berlin` / `Re: information Received: [6/17/53] at 6:30 PM` / ...
    assert (d["number"], d["origin_text"], d["received_at"], d["date"], d["subject"]) == (
        "6570/53", "Berlin", "1953-06-17T18:30", "1953-06-17", None)
    assert top(db, "czechoslovak_form.txt")["body"].endswith("The demonstrators have left the square.")


def test_a_brazilian_telegram_as_the_ministry_received_it(db):
    d = document(db, "brazilian.txt")
    assert (d["doc_type"], d["number"], d["origin_place_id"], d["sent_at"], d["received_at"], d["date"]) == (
        "telegram", None, "havana", "1962-10-26", "1962-10-27", "1962-10-26")       # dated when sent
    assert (d["classification"], d["priority"], d["subject"]) == ("CONFIDENTIAL", "URGENT", "Question of Cuba")
    m = top(db, "brazilian.txt")
    assert (m["sender_id"], m["number"], m["signature"]) == (
        "luiz-leivas-bastian-pinto", "346", "LUIZ LEIVAS BASTIAN PINTO")
    assert m["body"].startswith("346 – FRIDAY") and "NOTE OF DCA" not in m["body"]


def test_a_japanese_cable_whose_address_names_the_sender(db):
    d = document(db, "japanese.txt")
    assert (d["origin_place_id"], d["sent_at"], d["date"], d["subject"]) == (
        "havana", "1962-10-26T20:06", "1962-10-26", "The Situation in Cuba facing the US blockade")
    m = top(db, "japanese.txt")
    assert (db.value("select name from people where id = ?", m["sender_id"]), recipients(db, m)) == ("Kataoka", {"ohira": 1})
    # `10/27/14:21`: the day and the clock, no year of 1914
    assert d["received_at"] is None and "bad-date" in warning_codes(db, "japanese.txt")
