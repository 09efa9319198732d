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
that give a post and a given name before the surname (`[Soviet Ambassador Aleksandr] Alekseev`).
And the 1960s-1980s forms of other embassies: Romanian telegrams (`Sender:`, `CLASSIFICATION:`,
`No.: 060.076`, `To: Comrade Stancu (handwritten)`; `TELEGRAM 066.621` signed `Ambassador Dumitru
Popa`), East German letters with the letterhead over two lines and the address down to `Dear
Comrade ...!` (`To:` / posts / a titled name / the town, spaced or with its street), a Stasi
report under its office's code, place and date (`HA II/10 Berlin, 8/23/1983`), and a report that
opens `From our discussions with ...`, which is prose, not a header's `From PLACE`. A ciphergram
with its secrecy, kind and number on one line (`Secret Ciphergram No. 7237`), `FYI: ...` under
its addressee, and a Chinese cable received `by the [Chinese] Foreign Ministry` (who, not when).
South Korean letters and cables of 1958: a filing code over the date (`PS/S`), `COPY`, the
signer's name with the post after it (`Chung W. Cho Minister`) and the addressee printed under
it (`Ambassador Yu Taik Kim` / `Korean Mission in Japan,` / `TOKYO`); `No.MT-023`, `DATE. ...`,
`TO. ...` and `CONFIDENTIAL—URGENT`. An East German note whose title runs over several lines,
each but the last broken mid-phrase (`about a Conversation of ...,` / ... / `in the Foreign Ministry`).
Hungarian cipher telegrams of 1980 (`PYONGYANG, 80. 10. 02.`: the year first; `Created by`,
`Checked by`; `– 166 charges d’affaires –`; `To be seen by` / `Seen by` and the names under
them), and a Romanian `To:` field that names people after the office (`..., to comrade X and Y`).
A translator's note that lists a Soviet cable's distribution (`[Translator’s note: Distribution for
this cable is as follows: Brezhnev, ...]`), and `COPY OF TELEGRAM RECEIVED ON 30TH JULY,1959`. Mexican
telegrams (`TRANSLATION OF CODED TELEGRAM`, `PROCEDURAL COPY`, `Number 2557`, the addressee
`RELACIONES MEXICO`, the typist's `fb` under the signature; `Telegram for coding [Telegrama para
cifra]`, `Number:`, `Mexico, D. F., 23 October 1962`) and a `To:` field with marks after the
name (`To: KRAJEWSKI, URGENT, EYES ONLY`)."""
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

# where it was sent from, alone over the stamps; dates month first, which only the stamps' few days apart show
POLISH_PLACE_ALONE = '''Warsaw
Dispatched 11.02.64 at 10:30 hours
Received [in Hanoi] 11.05.64 at 08:00 hours
No. 4417
Siedlecki
1. We have no news of the delegation. I sent comrades Nowak and Lis [to Haiphong].
2. I ask you to confirm the date of the talks.
Rapacki
'''

# no year in the stamps; the decoders' stamp under them has one
POLISH_YEAR_BELOW = '''Ciphergram No. 2281

From…Hanoi…..dispatched on 05.02. at 9:00 hours……..received on 05.03. at 10:15hours…

Came in to the Decoding Department…05.03.64. at 12:30 hours…………………………

We discussed general Vietnam matters with the Prime Minister.

Siedlecki
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

ROMANIAN = """TELEGRAM
Sender: Pyongyang
CLASSIFICATION: SECRET
Urgent
Date: 4.03.1975
No.: 059.071
To: Comrade Stancu (handwritten)
To continue our telegram no. 059.060, we inform you that the debate on the incident goes on.
"""

ROMANIAN_SIGNED = """TELEGRAM 066.640

To: the Romanian Ministry of Foreign Affairs (First Directorate)
From: the Romanian Embassy in Pyongyang

Date: April 20th, 1978
Classification: Secret

On April 19th 1978 the Minister received the ambassadors of the socialist countries.

Ambassador Dumitru Popa
"""

GDR_LETTER = """Embassy of the GDR
in the DPRK
Pyongyang, 3 January 1967
To:
Secretary of State and First Deputy Minister of Foreign Affairs
Comrade Hegen
104 Berlin
Stamped: Confidential Matter 2/67
Dear Comrade Hegen!
In this letter I report briefly on the campaign among the people.
"""

GDR_REPORT = """GDR Embassy to the DPRK
Pyongyang, 2 September, 1975
Ministry for Foreign Affairs
Head of Far East Department
Comrade Helmut Liebermann
B e r l i n
Dear Comrade Liebermann!
We send you our assessment with this letter.
"""

STASI = """HA II/10 Berlin, 9/14/1983
Information Report
About the Activity of the DPRK Trade Mission in the GDR
1.1. Introduction
The activity of the mission was analysed.
"""

PROSE_FROM = """From our discussions with the Ambassador of Czechoslovakia on January 30, we gathered that the talks go on.
The neutral generals believe the situation is dangerous.
"""

MEXICAN_TRANSLATION = """TRANSLATION OF CODED TELEGRAM
PROCEDURAL COPY
Number 2561
Prague, 30 October 1962
RELACIONES MEXICO
105. - Continuing on from my 104. The demonstrations ended without incident.
DEL RIO
510612
fb
"""

MEXICAN_OUTGOING = """Telegram for coding [Telegrama para cifra]
Number:
From: DIPL
To: III/210/72911/31560
Mexico, D. F., 24 October 1962
[To Amb. Alfonso] García Robles
Referring to your telephone conversation this morning. The Council voted in favor.
"""

POLISH_MARKED = """Ciphergram No. 16060
Dispatched from Havana on 11.01.1962 at 14:20
To: KRAJEWSKI, URGENT, EYES ONLY
From: [Ambassador Boleslaw] JELEN1
The propaganda is carried out in a very rigid manner.
"""

POLISH_LEADERS = """Secret
Ciphergram No. 15060
From…Hanoi……dispatched on 11.26.63 at 1700 hours…received on 11.26.63 at 11:20 hours…
Came in to the Decoding Department…11.26.63 at 14:20 hours…………………………..
Morski
Urgent
(FYI: Thee, Maneli)
Ha Van Lau relayed the decision of the Vietnamese leadership regarding the Commission.
"""

POLISH_ONE_LINE = """Secret Ciphergram No. 7301
From…Saigon……dispatched on 2.6.63 at 7:10 hours……..received 3.6.63 at 9:40 hours……
Came in to the Decoding Department…3.6.63 at 13:00 hours………………………………….
Spasowski
FYI: Trojanowski, Thee
I am passing on a short report of the talks with the Premier.
"""

CHINESE_INCOMING = """Received by the [Chinese] Foreign Ministry
Level: Urgent
Received from the Vietnam Desk
To the Foreign Ministry:
The representatives congratulated us on the test and hosted a dinner.
"""

# the same form's fields on one line, parted by slashes
CHINESE_ONE_LINE = """Ministry of Foreign Affairs Cable

Level: Extra Urgent / From the Moscow Desk / Received (65) No. 590

Situation of the Talks during the Ambassador's Visit

Ministry of Foreign Affairs:

At 1:00 p.m. on the 10th, the Vietnamese Ambassador came to speak with Ambassador Pan.
"""

ROK_LETTER = """PS/S

March 4, 1958

Dear Mr. Ambassador :
I acknowledge the receipt of your cable TS-910305 dated March 3, 1958 about the talks.
You are hereby instructed to report on your findings without delay.

Sincerely yours,

Chung W. Cho Minister

Ambassador Yu Taik Kim
Korean Mission in Japan,
TOKYO
"""

ROK_COPY = """COPY
March 5, 1958
No.PS/9
Dear Mr. Ambassador:
1. This is to acknowledge the receipt of your report dated March 1, 1958.
Sincerely yours,
Chung W. Cho Minister
Ambassador Yu Taik Kim Korean Mission in Japan Tokyo
"""

ROK_CABLE = """No.MT-031
DATE. 09081200, 58.9.8
TO. KYUNG MU DAI, FOREIGN MINISTER
CONFIDENTIAL—URGENT
I MET MR ITAGAKI THIS MORNING TO PRESS THE JAPANESE ON THE DETAINEE ISSUE.
"""

GDR_NOTE = """Embassy of the GDR in the PR China
Beijing, 30 June 1969
Note
about a Conversation of the Ambassador of the GDR in the PR China,
Comrade Hertzfeldt, with the
Head of Main Department in the Foreign Ministry of the PR China,
on 25 June 1969 between 10:00 and 11:00 hours
in the Foreign Ministry of the PR China
The Ambassador had requested a meeting with the Minister of Foreign Affairs.
"""

HUNGARIAN_CIPHER = """PYONGYANG, 80. 10. 06.
TOP SECRET!
Created by Se 10.15
Checked by [unknown signature]
CIPHER TELEGRAM
I met the referent at the Central Committee's Foreign Division on October 5.
He said that the agenda will be ready in a few days.
– 171 charges d’affaires –
To be seen by
Comrade Szabó F.
Comrade Barity
Seen by
Comrade Rátkai
"""

HUNGARIAN_UNREAD_DATE = """PYONGYANG, 08. 10. 07.
CIPHER TELEGRAM
The referent confirmed the program of the delegation.
– 172 –
"""

# Romanian telegrams of 1966-1969: the place and the clock, the number with a space in it, the
# urgency before the kind; the number, date and place on one line; a title with number and date
ROMANIAN_FLASH = """April 26, 1966

Bucharest 2010 hrs

No. 12 285

Flash Telegram [Fulger]

Comrade ad interim chargé d'affairs

We inform you at, on April 25 of this year, comrade Vasile Vlad communicated to the Chinese ambassador.
"""

ROMANIAN_NUMBER_DATE_PLACE = """No. 56 312 18 July 1969, Beijing

On 18 July of this year, Sheg Jian presented me with the letter of reply from the CCP CC.

Ion Dorobantu
"""

ROMANIAN_TITLED = """Telegram no. 74320, 22 August 1968

22 August 1968. Nr. 74 320

Top Secret

At 2200 hours on 22 August 1968, I was received by Cde. Chen Yi.
"""

# the Chinese ministry's form: its heading names the ministry and the kind
CHINESE_INCOMING_FORM = """Ministry of Foreign Affairs Incoming Telegram
To the Foreign Ministry:
According to our observations of recent diplomatic activities, Romania is still watching.
Chinese Embassy in Romania
14 February 1962
"""

# the names of whom it was passed on to, one a line under `From:`, and a handwritten instruction
POLISH_ROUTED = """Ciphergram No. 16053

Dispatched from Havana on 10.30.1962 at 15:00

Received on 10.31.1962 at 13:35

To: KRAJEWSKI, EYES ONLY

From: [Ambassador Boleslaw] JELEN1

Politburo

Czesak2

[?]

Milnikiel

[Handwritten text:] Relay this [information], if possible, today, to [Foreign] Minister [Adam] Rapacki, 31 October

Based on the conversation with [Soviet Ambassador to Cuba Aleksandr] Alexeyev:

He confirms the fact that there is confusion within the [Cuban] leadership.
"""

# the footnote's number spaced from the surname (`MILNIKIEL 1`) or after its comma (`MILNIKIEL,1 URGENT`);
# sent from the capital with its district (`Washington, D.C.,`); a `From:` field with the surname alone,
# under stamps that already say where it was sent from
POLISH_SPACED_MARKS = """Ciphergram No. 16300

Dispatched from Washington, D.C., on 11.05.1962 at 11:40 and received on 11.06.1962 at 01:50

To: [Foreign Ministry Director Eugeniusz] MILNIKIEL 1, IMMEDIATELY

From: [Ambassador Edward] DROZNIAK 2

Several sources tell us that the inspections will be carried out by the Red Cross.
"""

POLISH_COMMA_MARK = """Ciphergram No. 16301
Dispatched from Moscow on 11.05.1962 at 16:00
To: [Foreign Ministry Director Eugeniusz] MILNIKIEL,1 URGENT, EYES ONLY
From: TARNOWSKI
The talks have not begun yet.
"""

# a Hungarian cipher telegram: its subject under the address, its readers under the text
HUNGARIAN_SUBJECT = """PYONGYANG, 80. 09. 02.
TOP SECRET!
Created by Szi–Né 13.30
CIPHER TELEGRAM
To the HWSP (Hungarian Socialist Workers' Party) Central Committee Foreign Division.
Subject: KWP's 6th Congress
I held a farewell dinner to our party vacationers on September 1. The main guest from the Korean side was Comrade Lee Won-seon.
They did not invite the Pol Pot-ist party delegation!
– 157 –
To be seen by
Comrade Szabó F.
Comrade Somodi
"""

# a reply that names the telegram it answers by number, then its subject
HUNGARIAN_REFERENCING = """PYONGYANG, 80. 10. 02.

Referencing the no. 73 cipher telegram.

Subject: KWP's 6th Congress

I forwarded the message to referent Lee Won-seon on October 1.

– 166 charges d'affaires –
"""

ROMANIAN_TO_COMRADES = """TELEGRAM  066720
To: the Romanian Ministry of Foreign Affairs, to comrade Constantin Oancea and Ion Ciubotaru
From: the Romanian Embassy in Pyongyang
Date: September 2, 1977
Classification: Secret
The Hungarian Minister of Foreign Affairs ended his visit.
"""

DISTRIBUTION_NOTE = """To Comrade N.S. Khrushchev
TOP SECRET
Enciphered Cable
[Translator’s note: Distribution for this cable is as follows: Brezhnev, Kosygin, Mikoyan, Suslov, Khrushchev, Khrushchev, Voronov]
From: Havana                  No. 49210                   Time: 9:40                  Date: 28/X/1962
The friends report that the night passed quietly.
Alekseev
"""

ROK_TELEGRAM_COPY = """COPY OF TELEGRAM RECEIVED ON 31ST JULY,1959
AMBASSADOR YIU MET THE JAPANESE MINISTER THIS MORNING PD THE TALKS WILL RESUME NEXT WEEK PD
"""

# the editor's given name in the brackets before the surname, signed with the surname alone
POLISH_GIVEN_NAME = """Ciphergram No. 15997
From: [Ambassador Boleslaw] JASZCZUK
To: [Foreign Ministry Director Eugeniusz] MILNIKIEL 1
Sent: 30.10.1962
We met the deputy minister on the matter of the delegation.
JASZCZUK
"""

# a surname in capitals with a Polish letter, a footnote's number glued to it
POLISH_GIVEN_NAME_DIACRITIC = """Ciphergram No. 15815
From: [Ambassador Edward] DROŻNIAK2
To: [Foreign Ministry Director Eugeniusz] MILNIKIEL 1
Sent: 26.10.1962
The Secretary of State received me today.
"""

DOCS = {"given_name.txt": POLISH_GIVEN_NAME, "given_name_2.txt": POLISH_GIVEN_NAME_DIACRITIC, "chinese_one_line.txt": CHINESE_ONE_LINE, "spaced_marks.txt": POLISH_SPACED_MARKS, "comma_mark.txt": POLISH_COMMA_MARK, "place_alone.txt": POLISH_PLACE_ALONE, "year_below.txt": POLISH_YEAR_BELOW, "rok_telegram_copy.txt": ROK_TELEGRAM_COPY, "distribution_note.txt": DISTRIBUTION_NOTE, "hungarian_cipher.txt": HUNGARIAN_CIPHER, "hungarian_unread.txt": HUNGARIAN_UNREAD_DATE,
        "romanian_comrades.txt": ROMANIAN_TO_COMRADES, "hungarian_subject.txt": HUNGARIAN_SUBJECT, "polish_routed.txt": POLISH_ROUTED, "romanian_flash.txt": ROMANIAN_FLASH, "romanian_ndp.txt": ROMANIAN_NUMBER_DATE_PLACE, "romanian_titled.txt": ROMANIAN_TITLED, "chinese_form.txt": CHINESE_INCOMING_FORM,
        "hungarian_referencing.txt": HUNGARIAN_REFERENCING, "gdr_note.txt": GDR_NOTE, "rok_letter.txt": ROK_LETTER, "rok_copy.txt": ROK_COPY, "rok_cable.txt": ROK_CABLE, "one_line.txt": POLISH_ONE_LINE, "incoming.txt": CHINESE_INCOMING, "leaders.txt": POLISH_LEADERS, "mexican.txt": MEXICAN_TRANSLATION, "mexican_out.txt": MEXICAN_OUTGOING, "marked.txt": POLISH_MARKED,
        "polish.txt": POLISH, "bare.txt": POLISH_BARE, "czech.txt": CZECH, "soviet.txt": SOVIET,
        "speech.txt": REPORTED_SPEECH, "dateline.txt": DATELINE, "romanian.txt": ROMANIAN,
        "signed.txt": ROMANIAN_SIGNED, "gdr.txt": GDR_LETTER, "gdr_report.txt": GDR_REPORT, "stasi.txt": STASI,
        "prose.txt": PROSE_FROM}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("embassies"), DOCS)


def test_a_ciphergram_that_writes_its_dates_month_first(db):
    d = document(db, "polish.txt")
    # `10.31.1962` shows the month first, so `11.01.1962` is 1 November, not 11 January
    assert (d["doc_type"], d["number"], d["sent_at"], d["received_at"], d["date"]) == (
        "ciphergram", "17004", "1962-10-31T22:10", "1962-11-01T09:40", "1962-10-31")      # dated when it was sent
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


def test_footnote_numbers_spaced_or_after_a_comma_and_a_bare_surname_that_sends(db):
    d = document(db, "spaced_marks.txt")
    assert (d["origin_text"], d["sent_at"], d["priority"]) == ("Washington", "1962-11-05T11:40", "IMMEDIATELY")
    m = top(db, "spaced_marks.txt")
    assert (m["sender_id"], recipients(db, m)) == ("edward-drozniak", {"eugeniusz-milnikiel": 1})
    assert warning_codes(db, "spaced_marks.txt") == []
    d = document(db, "comma_mark.txt")
    assert (d["origin_text"], d["priority"], d["classification"]) == ("Moscow", "URGENT", "EYES ONLY")
    m = top(db, "comma_mark.txt")
    # `From: TARNOWSKI` under `Dispatched from Moscow`: the sender, not a second origin
    assert (m["sender_id"], recipients(db, m)) == ("tarnowski", {"eugeniusz-milnikiel": 1})
    assert db.value("select count(*) from people where id in ('milnikiel-1', 'drozniak-2', 'moscow')") == 0


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


def test_romanian_telegrams(db):
    d = document(db, "romanian.txt")
    assert (d["doc_type"], d["number"], d["date"], d["origin_text"], d["classification"], d["priority"]) == (
        "telegram", "059.071", "1975-03-04", "Pyongyang", "SECRET", "Urgent")
    m = top(db, "romanian.txt")
    assert recipients(db, m) == {"stancu": 1}
    assert m["body"].startswith("To continue our telegram no. 059.060")
    stub = db.one("select * from messages where document_id = ? and in_corpus = 0", d["id"])
    assert stub["number"] == "059.060"          # the number with its stop, as printed
    d = document(db, "signed.txt")
    # `From: the Romanian Embassy in Pyongyang`: sent from Pyongyang, by the embassy
    assert (d["doc_type"], d["number"], d["date"], d["origin_text"], d["origin_place_id"], d["classification"]) == (
        "telegram", "066.640", "1978-04-20", "Pyongyang", "pyongyang", "Secret")
    assert d["sent_to"] == "the Romanian Ministry of Foreign Affairs (First Directorate)"
    m = top(db, "signed.txt")
    # the post before the name is not part of it
    assert (m["sender_id"], m["signature"]) == ("dumitru-popa", "Ambassador Dumitru Popa")
    assert db.value("select name from people where id = 'dumitru-popa'") == "Dumitru Popa"


def test_an_east_german_letter_under_its_letterhead_and_address(db):
    d = document(db, "gdr.txt")
    assert (d["issuer"], d["date"], d["origin_text"]) == ("Embassy of the GDR in the DPRK", "1967-01-03", "Pyongyang")
    assert d["sent_to"] == "Secretary of State and First Deputy Minister of Foreign Affairs, Comrade Hegen, 104 Berlin"
    m = top(db, "gdr.txt")
    assert (m["salutation"], m["body"]) == (
        "Dear Comrade Hegen!", "In this letter I report briefly on the campaign among the people.")
    assert recipients(db, m) == {"hegen": 1}
    d = document(db, "gdr_report.txt")
    assert (d["issuer"], d["date"]) == ("GDR Embassy to the DPRK", "1975-09-02")
    assert d["sent_to"] == "Ministry for Foreign Affairs, Head of Far East Department, Comrade Helmut Liebermann, Berlin"
    m = top(db, "gdr_report.txt")
    assert (m["salutation"], m["body"]) == ("Dear Comrade Liebermann!", "We send you our assessment with this letter.")


def test_a_report_under_its_offices_code_place_and_date(db):
    d = document(db, "stasi.txt")
    assert (d["issuer"], d["origin_text"], d["date"], d["doc_type"]) == (
        "HA II/10", "Berlin", "1983-09-14", "information report")
    assert d["subject"] == "About the Activity of the DPRK Trade Mission in the GDR"
    assert top(db, "stasi.txt")["body"].startswith("1.1. Introduction")


def test_a_report_that_opens_with_from_is_prose(db):
    d = document(db, "prose.txt")
    assert d["origin_text"] is None
    assert top(db, "prose.txt")["body"].startswith("From our discussions with the Ambassador")


def test_mexican_telegrams_and_marks_after_the_addressee(db):
    d = document(db, "mexican.txt")
    assert (d["doc_type"], d["number"], d["date"], d["origin_text"], d["sent_to"]) == (
        "coded telegram", "2561", "1962-10-30", "Prague", "RELACIONES MEXICO")
    m = top(db, "mexican.txt")
    assert (m["sender_id"], m["signature"]) == ("del-rio", "DEL RIO\n510612")     # the typist's `fb` is not text
    assert m["body"] == "105. - Continuing on from my 104. The demonstrations ended without incident."
    d = document(db, "mexican_out.txt")
    assert (d["doc_type"], d["date"], d["origin_text"]) == ("telegram for coding", "1962-10-24", "DIPL")
    m = top(db, "mexican_out.txt")
    assert m["body"].startswith("Referring to your telephone conversation")
    # the editor's lead with the post and given name it supplied, then the surname
    assert (m["salutation"], recipients(db, m)) == ("[To Amb. Alfonso] García Robles", {"garcía-robles": 1})
    d = document(db, "marked.txt")
    assert (d["sent_to"], d["priority"], d["classification"]) == ("KRAJEWSKI", "URGENT", "EYES ONLY")
    assert recipients(db, top(db, "marked.txt")) == {"aleksander-krajewski": 1}


def test_a_form_filled_in_along_dotted_leaders(db):
    d = document(db, "leaders.txt")
    # `From…Hanoi……dispatched on 11.26.63 at 1700 hours…received on 11.26.63 at 11:20 hours…`
    assert (d["number"], d["origin_text"], d["sent_at"], d["received_at"], d["date"]) == (
        "15060", "Hanoi", "1963-11-26", "1963-11-26T11:20", "1963-11-26")
    assert (d["sent_to"], d["priority"], d["classification"]) == ("Morski", "Urgent", "Secret")
    m = top(db, "leaders.txt")
    assert recipients(db, m, "distribution") == {"thee": 1, "mieczyslaw-maneli": 1}      # `(FYI: Thee, Maneli)`
    assert m["body"] == "Ha Van Lau relayed the decision of the Vietnamese leadership regarding the Commission."


def test_the_secrecy_kind_and_number_on_one_line_and_who_else_read_it(db):
    d = document(db, "one_line.txt")
    # `Secret Ciphergram No. 7301`; `FYI: ...` under the addressee is who else read it, not a subject
    assert (d["doc_type"], d["number"], d["classification"], d["subject"], d["sent_to"]) == (
        "ciphergram", "7301", "Secret", None, "Spasowski")
    assert (d["sent_at"], d["received_at"]) == ("1963-06-02T07:10", "1963-06-03T09:40")
    assert recipients(db, top(db, "one_line.txt"), "distribution") == {"trojanowski": 1, "thee": 1}


def test_received_by_or_from_an_office_is_no_received_stamp(db):
    d = document(db, "incoming.txt")
    # `Received by the [Chinese] Foreign Ministry`, `Received from the Vietnam Desk`: who, not when
    assert (d["received_at_text"], d["received_at"], d["priority"]) == (None, None, "Urgent")
    assert "bad-date" not in warning_codes(db, "incoming.txt")
    assert top(db, "incoming.txt")["salutation"] == "To the Foreign Ministry:"


def test_a_forms_fields_on_one_line_parted_by_slashes(db):
    d = document(db, "chinese_one_line.txt")
    assert (d["doc_type"], d["priority"], d["number"], d["subject"]) == (
        "cable", "Extra Urgent", "590", "Situation of the Talks during the Ambassador's Visit")
    m = top(db, "chinese_one_line.txt")
    assert (m["salutation"], m["body"]) == ("Ministry of Foreign Affairs:", "At 1:00 p.m. on the 10th, the Vietnamese Ambassador came to speak with Ambassador Pan.")


def test_a_letter_that_prints_its_addressee_under_the_signature(db):
    d = document(db, "rok_letter.txt")
    assert d["date"] == "1958-03-04" and "no-header" not in warning_codes(db, "rok_letter.txt")   # `PS/S`: a filing code
    m = top(db, "rok_letter.txt")
    # `Chung W. Cho Minister`: the name, then the post; the addressee under it is no signer
    assert (m["sender_id"], m["salutation"]) == ("chung-w-cho", "Dear Mr. Ambassador :")
    assert recipients(db, m) == {"yu-taik-kim": 1}
    assert db.value("select count(*) from people where id in ('tokyo', 'chung-w-cho-minister')") == 0
    assert m["body"].endswith("without delay.") and "TOKYO" not in m["body"]
    # `your cable TS-910305`: a cable the addressee sent to the signer
    stub = db.one("select * from messages where document_id = ? and in_corpus = 0", d["id"])
    assert stub["sender_id"] == "yu-taik-kim"


def test_a_copy_with_its_addressee_on_one_line_under_the_signature(db):
    d = document(db, "rok_copy.txt")
    assert (d["issuer"], d["number"], d["date"]) == (None, "PS/9", "1958-03-05")      # `COPY`: no issuer
    m = top(db, "rok_copy.txt")
    assert m["sender_id"] == "chung-w-cho" and m["sender_office"] is None
    assert db.value("select count(*) from people where name like '%Tokyo%'") == 0


def test_fields_labelled_with_a_full_stop_and_two_marks_on_one_line(db):
    d = document(db, "rok_cable.txt")
    assert (d["number"], d["issuer"], d["sent_to"], d["classification"], d["priority"]) == (
        "MT-031", None, "KYUNG MU DAI, FOREIGN MINISTER", "CONFIDENTIAL", "URGENT")
    assert top(db, "rok_cable.txt")["body"].startswith("I MET MR ITAGAKI")


def test_a_notes_title_over_several_lines(db):
    d = document(db, "gdr_note.txt")
    assert (d["doc_type"], d["issuer"], d["date"], d["origin_text"]) == (
        "note", "Embassy of the GDR in the PR China", "1969-06-30", "Beijing")
    assert d["subject"] == ("about a Conversation of the Ambassador of the GDR in the PR China, Comrade Hertzfeldt, "
                            "with the Head of Main Department in the Foreign Ministry of the PR China, on 25 June 1969 "
                            "between 10:00 and 11:00 hours in the Foreign Ministry of the PR China")
    assert top(db, "gdr_note.txt")["body"] == "The Ambassador had requested a meeting with the Minister of Foreign Affairs."


def test_a_hungarian_cipher_telegram_and_who_was_to_see_it(db):
    d = document(db, "hungarian_cipher.txt")
    # `PYONGYANG, 80. 10. 06.`: the year first; `Created by` / `Checked by`: header only
    assert (d["doc_type"], d["date"], d["origin_text"], d["classification"], d["issuer"]) == (
        "cipher telegram", "1980-10-06", "PYONGYANG", "TOP SECRET", None)
    m = top(db, "hungarian_cipher.txt")
    assert (m["number"], m["signature"]) == ("171", "– 171 charges d’affaires –")
    # the post between the dashes sent it, unnamed
    assert (m["sender_id"], m["sender_office"]) == (None, "charges d’affaires")
    assert recipients(db, m, "distribution") == {"szabó-f": 1, "barity": 1, "rátkai": 1}
    assert m["body"] == ("I met the referent at the Central Committee's Foreign Division on October 5.\n"
                         "He said that the agenda will be ready in a few days.")


def test_a_dateline_whose_date_reads_no_way_gives_only_the_place(db):
    d = document(db, "hungarian_unread.txt")
    # `08. 10. 07.`: not a year first, and no day first either (1907?): the place only, never an issuer
    assert (d["origin_text"], d["issuer"], d["date"]) == ("PYONGYANG", None, None)
    assert top(db, "hungarian_unread.txt")["number"] == "172"


def test_people_named_in_a_to_field_after_the_office(db):
    m = top(db, "romanian_comrades.txt")
    assert recipients(db, m) == {"constantin-oancea": 1, "ion-ciubotaru": 1}
    # unsigned: the office of its `From:` field sent it
    assert (m["sender_id"], m["sender_office"]) == (None, "Romanian Embassy in Pyongyang")
    assert "no-sender" not in warning_codes(db, "romanian_comrades.txt")


def test_the_translators_note_that_lists_the_distribution(db):
    m = top(db, "distribution_note.txt")
    # `[Translator’s note: Distribution for this cable is as follows: ...]`; Khrushchev twice: two copies
    assert recipients(db, m, "distribution") == {
        "leonid-brezhnev": 1, "alexei-kosygin": 1, "anastas-mikoyan": 1, "mikhail-suslov": 1,
        "nikita-khrushchev": 2, "voronov": 1}
    assert recipients(db, m) == {"nikita-khrushchev": 1}


def test_a_copy_of_a_telegram_and_when_it_was_received(db):
    d = document(db, "rok_telegram_copy.txt")
    # `COPY OF TELEGRAM RECEIVED ON 31ST JULY,1959`: the kind and the received stamp, never an issuer
    assert (d["doc_type"], d["issuer"], d["received_at"], d["date"]) == ("telegram", None, "1959-07-31", "1959-07-31")


def test_where_a_ciphergram_was_sent_from_alone_over_its_stamps(db):
    d = document(db, "place_alone.txt")
    assert (d["origin_text"], d["number"], d["sent_to"]) == ("Warsaw", "4417", "Siedlecki")
    # `11.02.64` and `11.05.64`: 2 and 5 November (months apart read day first)
    assert (d["sent_at"], d["received_at"]) == ("1964-11-02T10:30", "1964-11-05T08:00")
    assert warning_codes(db, "place_alone.txt") == []
    # `Lis [to Haiphong]`: the editor's words, not who Lis is
    assert db.value("select count(*) from people where id in ('to-haiphong', 'haiphong')") == 0
    assert db.value("select count(*) from people where id = 'lis'") == 1


def test_a_ciphergrams_year_from_the_decoders_stamp(db):
    d = document(db, "year_below.txt")
    assert (d["sent_at"], d["received_at"]) == ("1964-05-02T09:00", "1964-05-03T10:15")
    assert warning_codes(db, "year_below.txt") == []
    # `general Vietnam matters`: no General Vietnam
    assert db.value("select count(*) from people where id = 'vietnam'") == 0


def test_a_subject_under_the_address_or_under_the_telegram_it_follows(db):
    d = document(db, "hungarian_subject.txt")
    assert (d["doc_type"], d["classification"], d["date"], d["subject"]) == (
        "cipher telegram", "TOP SECRET", "1980-09-02", "KWP's 6th Congress")
    d = document(db, "hungarian_referencing.txt")
    assert (d["date"], d["subject"]) == ("1980-10-02", "KWP's 6th Congress")
    # `Referencing the no. 73 cipher telegram.`: the telegram it follows, known by its number only
    m = top(db, "hungarian_referencing.txt")
    stub = db.one("select s.* from message_links l join messages s on s.id = l.to_message_id "
                  "where l.from_message_id = ? and s.in_corpus = 0", m["id"])
    assert (stub["number"], stub["sender_id"]) == ("73", None)


def test_a_to_field_read_on_over_the_lines_under_it_still_names_its_addressee(db):
    m = top(db, "polish_routed.txt")
    assert (m["sender_id"], recipients(db, m)) == ("boleslaw-jelen", {"aleksander-krajewski": 1})


def test_romanian_telegrams_of_the_late_1960s(db):
    d = document(db, "romanian_flash.txt")
    assert (d["doc_type"], d["number"], d["priority"], d["origin_place_id"], d["date"]) == (
        "telegram", "12 285", "Flash", "bucharest", "1966-04-26")
    d = document(db, "romanian_ndp.txt")
    assert (d["number"], d["date"], d["origin_place_id"]) == ("56 312", "1969-07-18", "beijing")
    d = document(db, "romanian_titled.txt")
    assert (d["doc_type"], d["number"], d["date"], d["classification"]) == ("telegram", "74 320", "1968-08-22", "Top Secret")
    assert top(db, "romanian_titled.txt")["body"].startswith("At 2200 hours")


def test_the_chinese_ministrys_incoming_telegram_form(db):
    d = document(db, "chinese_form.txt")
    assert (d["doc_type"], d["issuer"], d["date"]) == ("telegram", "Ministry of Foreign Affairs", "1962-02-14")
    assert top(db, "chinese_form.txt")["sender_office"] == "Chinese Embassy in Romania"


def test_the_editors_given_name_before_a_surname_completes_it(db):
    m = top(db, "given_name.txt")
    assert (m["sender_id"], recipients(db, m)) == ("boleslaw-jaszczuk", {"eugeniusz-milnikiel": 1})
    assert db.value("select name from people where id = 'boleslaw-jaszczuk'") == "Boleslaw Jaszczuk"
    # the surname alone, as signed, is the same person
    assert db.value("select count(*) from people where id in ('jaszczuk', 'milnikiel')") == 0
    m = top(db, "given_name_2.txt")
    assert db.value("select name from people where id = ?", m["sender_id"]) == "Edward Drożniak"
    # the given name in the brackets is no person of its own
    assert db.value("select count(*) from people where id = 'edward'") == 0
