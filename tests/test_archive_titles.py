"""Telegrams copied from an archive's pages with its catalogue title over the text (the Wilson
Center prints `Telegram, Shtykov to Vyshinskyy` or `Cable from X to Y, 'Subject'` above each):
the title is read as the archive's heading, filling only what the document's own heading leaves
unsaid, and the heading under it is read as it would be without it."""
import pytest

from conftest import build_corpus, document, recipients, top, warning_codes

# the title over a heading whose lines end with full stops; the signature says who sent it
TITLED_HEADING = '''Telegram, Shtykov to Vyshinskyy

Ciphered Telegram.

Strictly secret.

From Pyongyang.

To Vyshinsky.

Kim Il Sung plans to leave Korea for Moscow on March 30 of this year. I consider it advisable to arrange a special plane for transporting Kim and Pak to Moscow.

I ask for corresponding orders.

24.III.50 Shtykov
'''

# signed by its number only: the title names the sender
SIGNED_BY_NUMBER = '''Ciphered telegram, Shtykov to Ministry of Foreign Affairs, Moscow
From Pyongyang Sent 13.9.50 Received
13.9. 13:15
By telegraph.
Extremely urgent.
Moscow—Ministry of Foreign Affairs of the USSR.
In such case as you agree to this proposal, we ask you to communicate when it would be convenient to send such a statement.
We ask your orders.
No. 1154/sh.
13 September of this year
Copies: Stalin (2), Molotov, Malenkov
'''

# an excerpt with no heading of its own, to two people and a committee
EXCERPT = '''Telegram, Zhou Enlai to Mao Zedong, Liu Shaoqi, and CCP Central Committee (excerpt)

(1) According to the situation of the first three days of the conference, the discussion on the Korea question has already entered a deadlock.

(2) Bidault is eager to discuss the Indochina question. He already approached Molotov.
'''

# an embassy to a ministry, under the date and over a subject in quotation marks
DATED_SUBJECT = '''October 2, 1980

Telegram from the Hungarian Embassy in Pyongyang, 'KWP’s 6th Congress'

PYONGYANG, 80. 10. 02.

I forwarded the message to referent Lee Won-seon on October 1 at the Central Committee's Foreign Division here.

The referent said that so far more than a hundred delegations gave a positive answer to the invitation.
'''

OFFICE_TO_OFFICE = '''Telegram, Embassy of Hungary in Czechoslovakia to the Hungarian Foreign Ministry

The FM made a promise to take measures with regard to the issue of the Koreans living in Japan, but they do not intend to keep it.
'''

# the heading's own number, secrecy and address stand; the title's number agrees
TITLE_OVER_A_FORM = '''Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong

MFA USSR
Tenth Department
Top Secret
Issuing No. 8600
Sent on 5:30 am, 14 May 1950
CIPHERED TELEGRAM

Destination: PEKING To Whom: SovAmbassador

For Mao Zedong.

The Korean comrades can tell you the details of the conversation.

VYSHINSKY
'''

# a first line that begins with a kind of document but is a sentence of the text
NO_TITLE = '''Telegram, which we received yesterday, was read. It changes nothing.

Mao Zedong
'''

# a title after its date and a slash, indented, naming where it came from and then who sent it
DATED_SLASH = '''  23 October 1962 / Enciphered cable from Havana, from Alekseyev on his discussion with Fidel Castro

Castro thanked the Soviet government for their assistance.
'''

# the sender's post with `to` in it, and the archive's count of the part
POST_WITH_TO = '''Telegram from Soviet Ambassador to the USA Dobrynin to USSR Foreign Ministry (1)

Today the "Washington Post" published an article by [columnist Joseph] Alsop.

5.XI.62 A. DOBRYNIN
'''

# the date at the title's end; the telegram carries the President's message
DATE_AT_THE_END = '''Telegram From the Department of State to the Embassy in the Soviet Union December 30, 1962

1367. Please deliver following message from President:
"Dear Chairman Khrushchev and Chairman Brezhnev:
On behalf of the American people and myself I extend best wishes for the New Year.
John F. Kennedy"
'''

# places where the title names sender and addressee; the marks and the number after them
PLACE_TO_PLACE = '''February 5, 1968

Telegram from Pyongyang to Bucharest, TOP SECRET, No. 76.033, Urgent

On February 5, A. Lazar received T. Surgov, Second Secretary of the Bulgarian Embassy to Pyongyang.
'''

# the title's secrecy before the kind, the places of sender and addressee in parentheses, the
# archive's kind and number in brackets; the ciphergram's own heading under it
POLISH = '''Secret Telegram from Maneli (Saigon) to Spasowski (Warsaw) [Ciphergram No. 12768]

Ciphergram No. 12768

From…Saigon……dispatched on 03.10 at 10:00 hours……..received on 06.10 at 10:50 hours…

I am presenting, in its summary, the report from my visit in Hanoi.
'''

# a British telegram titled with what it is about and its date; its own heading under the title
BRITISH = '''Telegram from the British Embassy in Belgrade to the Foreign Office, on Yugoslav-Soviet Relations, dated 30 June 1948

FROM BELGRADE TO FOREIGN OFFICE

IMMEDIATE

CONFIDENTIAL

As I have reported the whole emphasis of Yugoslav statements and behaviour so far is upon their determination.
'''

# the post to a country before the name, and no signature under a text the archive copied without
# its first page
POSTED_NAME = '''Telegram from Soviet Ambassador to Cuba A. Alekseev to USSR Foreign Ministry (2)

[first page of two-page document is missing from copy obtained by CWIHP--ed.]

[...] expressed the hope that the quarantine would be lifted without waiting for the inspections.
'''

# what it is about, unquoted, after the office it went to
UNQUOTED_SUBJECT = '''Cable, Ambassador Dobrynin to the Soviet Foreign Ministry, Meeting with Robert Kennedy

Making Copies Prohibited

Copy No. 1

Late tonight R. Kennedy invited me to come see him. We talked alone.
'''

# full names in the title, no other line naming them; the secrecy with the hour it went
FULL_NAMES = '''Telegram from Aurel Duma to Corneliu Manescu Concerning the Information Passed to Chinese Foreign Ministry

No. 56 228 3 June 1969, Beijing

Confidential 1:30 pm

1. During the meeting on 2 June of this year, I presented to Qiao Guanhua the decision of the congress.
'''

# a letter whose title names an office of nineteen words; under it the letterhead, its institution
# in lower case and over two lines, the place and date, and the address
LETTERHEAD = '''Letter from Liaison Office of the Ministry of State Security at the Ministry of Interior of the Socialist Republic of Vietnam to the Ministry of State Security

Liaisons office of the MfS
at the MdI of the SRV

Hanoi, 28.01.1989

Ministry of State Security (MfS)
Department X
Comrade Major General Damm

B e r l i n

Dear Comrade Major General Damm!

On 27.1.1989, according to your wishes, I had a conversation with the deputy heads of the HA 18.
'''

DOCS = {"full.txt": FULL_NAMES, "letterhead.txt": LETTERHEAD, "posted.txt": POSTED_NAME, "unquoted.txt": UNQUOTED_SUBJECT, "british.txt": BRITISH, "polish.txt": POLISH, "places.txt": PLACE_TO_PLACE, "post.txt": POST_WITH_TO, "date_end.txt": DATE_AT_THE_END, "slash.txt": DATED_SLASH, "heading.txt": TITLED_HEADING, "number.txt": SIGNED_BY_NUMBER, "excerpt.txt": EXCERPT,
        "subject.txt": DATED_SUBJECT, "offices.txt": OFFICE_TO_OFFICE, "form.txt": TITLE_OVER_A_FORM,
        "sentence.txt": NO_TITLE}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("titles"), DOCS)


def test_the_heading_under_a_title_is_read(db):
    d = document(db, "heading.txt")
    assert (d["doc_type"], d["classification"], d["origin_place_id"], d["date"]) == (
        "ciphered telegram", "Strictly secret", "pyongyang", "1950-03-24")
    m = top(db, "heading.txt")
    # the text's own address and signature, not the title's misspelt `Vyshinskyy`
    assert (m["sender_id"], recipients(db, m)) == ("terenty-shtykov", {"andrei-vyshinsky": 1})
    assert m["body"].startswith("Kim Il Sung plans") and "Vyshinskyy" not in m["body"]
    assert "no-header" not in warning_codes(db, "heading.txt")


def test_the_title_names_a_sender_the_signature_does_not(db):
    d = document(db, "number.txt")
    assert (d["doc_type"], d["origin_place_id"], d["priority"]) == ("ciphered telegram", "pyongyang", "Extremely urgent")
    m = top(db, "number.txt")
    assert (m["sender_id"], m["number"]) == ("terenty-shtykov", "1154/sh")
    assert [r["requester_id"] for r in db.rows("select * from demands where message_id = ?", m["id"])] == [
        "terenty-shtykov", "terenty-shtykov"]
    assert "no-sender" not in warning_codes(db, "number.txt")


def test_an_excerpt_to_people_and_a_committee(db):
    d = document(db, "excerpt.txt")
    assert (d["doc_type"], d["is_excerpt"], d["sent_to"]) == (
        "telegram", 1, "Mao Zedong, Liu Shaoqi, and CCP Central Committee")
    m = top(db, "excerpt.txt")
    assert (m["sender_id"], recipients(db, m)) == ("zhou-enlai", {"mao-zedong": 1, "liu-shaoqi": 1})
    assert "CCP Central Committee" in m["label"] and "(excerpt)" not in m["body"]
    assert m["body"].startswith("(1) According")


def test_a_dated_title_with_a_subject_from_an_embassy(db):
    d = document(db, "subject.txt")
    assert (d["doc_type"], d["subject"], d["issuer"], d["date"]) == (
        "telegram", "KWP’s 6th Congress", "Hungarian Embassy in Pyongyang", "1980-10-02")
    m = top(db, "subject.txt")
    assert (m["sender_id"], m["sender_office"]) == (None, "Hungarian Embassy in Pyongyang")
    assert "no-sender" not in warning_codes(db, "subject.txt")


def test_an_office_to_an_office(db):
    d = document(db, "offices.txt")
    assert (d["issuer"], d["sent_to"]) == ("Embassy of Hungary in Czechoslovakia", "the Hungarian Foreign Ministry")
    assert d["title"] == "Telegram, Embassy of Hungary in Czechoslovakia to Hungarian Foreign Ministry"
    # the embassy sent it, from where it sits
    assert top(db, "offices.txt")["sender_office"] == "Embassy of Hungary in Czechoslovakia"
    assert d["origin_text"] == "Czechoslovakia"


def test_the_documents_own_heading_stands(db):
    d = document(db, "form.txt")
    assert (d["number"], d["issuer"], d["classification"], d["sent_to"]) == (
        "8600", "MFA USSR, Tenth Department", "Top Secret", "PEKING, SovAmbassador")
    m = top(db, "form.txt")
    assert (m["sender_id"], recipients(db, m)) == ("andrei-vyshinsky", {"mao-zedong": 1})


def test_a_sentence_is_no_title(db):
    d = document(db, "sentence.txt")
    assert (d["doc_type"], d["sent_to"]) == (None, None)
    assert top(db, "sentence.txt")["body"].startswith("Telegram, which we received yesterday")


def test_a_date_and_a_slash_before_the_title_and_the_place_before_the_sender(db):
    d = document(db, "slash.txt")
    assert (d["doc_type"], d["date"], d["origin_place_id"]) == ("enciphered cable", "1962-10-23", "havana")
    m = top(db, "slash.txt")
    assert (m["sender_id"], m["body"]) == ("aleksandr-alekseev", "Castro thanked the Soviet government for their assistance.")


def test_a_post_with_to_in_it_and_the_archives_count(db):
    d = document(db, "post.txt")
    assert (d["sent_to"], d["date"]) == ("USSR Foreign Ministry", "1962-11-05")
    assert top(db, "post.txt")["sender_id"] == "anatoly-dobrynin"


def test_a_post_to_a_country_before_the_senders_name(db):
    d = document(db, "posted.txt")
    assert d["sent_to"] == "USSR Foreign Ministry"
    m = top(db, "posted.txt")
    assert (m["sender_id"], m["label"]) == ("aleksandr-alekseev", "Aleksandr Alekseev to USSR Foreign Ministry")
    assert "no-sender" not in warning_codes(db, "posted.txt")


def test_what_a_title_is_about_unquoted_after_the_office(db):
    d = document(db, "unquoted.txt")
    assert (d["sent_to"], d["subject"]) == ("the Soviet Foreign Ministry", "Meeting with Robert Kennedy")
    m = top(db, "unquoted.txt")
    assert (m["sender_id"], m["label"]) == ("anatoly-dobrynin", "Anatoly Dobrynin to Soviet Foreign Ministry")


def test_a_date_at_the_titles_end(db):
    d = document(db, "date_end.txt")
    assert (d["issuer"], d["sent_to"], d["date"]) == ("Department of State", "the Embassy in the Soviet Union", "1962-12-30")
    assert top(db, "date_end.txt")["sender_office"] == "Department of State"


def test_places_in_a_title_are_no_one(db):
    d = document(db, "places.txt")
    assert (d["number"], d["classification"], d["priority"], d["date"]) == ("76.033", "TOP SECRET", "Urgent", "1968-02-05")
    assert (d["origin_place_id"], d["sent_to"]) == ("pyongyang", "Bucharest")
    m = top(db, "places.txt")
    assert (m["sender_id"], recipients(db, m)) == (None, {})
    # a title's one-word names are looked up, never made people: no `Bucharest`, no misspelt `Vyshinskyy`
    assert db.rows("select id from people where name in ('Bucharest', 'Pyongyang', 'Vyshinskyy')") == []


def test_a_secret_telegram_titled_with_places_in_parentheses_and_the_archives_number(db):
    d = document(db, "polish.txt")
    # the title's secrecy is no classification line of its own; the heading's number and place stand
    assert (d["doc_type"], d["number"], d["classification"], d["origin_place_id"]) == (
        "ciphergram", "12768", "Secret", "saigon")
    m = top(db, "polish.txt")
    assert (m["sender_id"], recipients(db, m)) == ("mieczyslaw-maneli", {"romuald-spasowski": 1})


def test_what_a_titled_telegram_is_about_and_its_date(db):
    d = document(db, "british.txt")
    assert (d["subject"], d["date"], d["origin_place_id"], d["sent_to"]) == (
        "Yugoslav-Soviet Relations", "1948-06-30", "belgrade", "FOREIGN OFFICE")
    assert (d["priority"], d["classification"], d["issuer"]) == ("IMMEDIATE", "CONFIDENTIAL", "British Embassy in Belgrade")
    assert top(db, "british.txt")["sender_office"] == "British Embassy in Belgrade"


def test_full_names_in_a_title_are_people(db):
    d = document(db, "full.txt")
    assert (d["number"], d["date"], d["origin_place_id"], d["classification"]) == ("56 228", "1969-06-03", "beijing", "Confidential")
    m = top(db, "full.txt")
    assert (m["sender_id"], recipients(db, m)) == ("aurel-duma", {"corneliu-manescu": 1})
    assert db.value("select name from people where id = 'aurel-duma'") == "Aurel Duma"


def test_a_letterhead_in_lower_case_over_the_place_date_and_address(db):
    d = document(db, "letterhead.txt")
    assert (d["doc_type"], d["issuer"], d["date"], d["origin_place_id"]) == (
        "letter", "Liaisons office of the MfS at the MdI of the SRV", "1989-01-28", "hanoi")
    m = top(db, "letterhead.txt")
    assert m["sender_office"] == ("Liaison Office of the Ministry of State Security at the Ministry of Interior "
                                  "of the Socialist Republic of Vietnam")
    assert (m["salutation"], m["body"][:9]) == ("Dear Comrade Major General Damm!", "On 27.1.1")
    assert recipients(db, m) == {"damm": 1}
