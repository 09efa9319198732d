"""People, places and terms rows for exactly the entities the loaded rows use."""

USED_PEOPLE = """
select sender_id from messages where sender_id is not null
union select person_id from message_recipients
union select requester_id from demands where requester_id is not null
union select addressee_id from demands where addressee_id is not null
union select person_id from mentions where person_id is not null
"""
USED_PLACES = """
select origin_place_id from documents where origin_place_id is not null
union select place_id from mentions where place_id is not null
"""


def entity_rows(db, registry):
    used_people = {r[0] for r in db.conn.execute(USED_PEOPLE)}
    people, aliases = registry.people.rows(used_people)
    used_places = {r[0] for r in db.conn.execute(USED_PLACES)}
    seen = {}
    for place_id, surface in db.conn.execute(
            "select distinct place_id, surface from mentions where place_id is not null order by place_id, surface"):
        seen.setdefault(place_id, []).append(surface)
    places = registry.places.rows(used_places, seen)
    terms = [registry.term_row(t) for (t,) in db.conn.execute(
        "select distinct term from mentions where term is not null order by term")]
    return {"people": people, "person_aliases": aliases, "places": places, "terms": terms}
