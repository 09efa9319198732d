"""People, places and terms rows for exactly the entities the loaded rows use."""

# each a DISTINCT over an index, which SQLite reads by skipping from one value to the next
# (asked one by one: inside a UNION the planner would scan the tables)
USED_PEOPLE = [
    "select distinct sender_id from messages where sender_id is not null",
    "select distinct person_id from message_recipients",
    "select distinct requester_id from demands where requester_id is not null",
    "select distinct addressee_id from demands where addressee_id is not null",
    "select distinct person_id from mentions where person_id is not null",
]
USED_PLACES = [
    "select distinct origin_place_id from documents where origin_place_id is not null",
    "select distinct place_id from mentions where place_id is not null",
]


def _used(db, queries):
    return {r[0] for sql in queries for r in db.conn.execute(sql)}


def entity_rows(db, registry):
    used_people = _used(db, USED_PEOPLE)
    people, aliases = registry.people.rows(used_people)
    used_places = _used(db, USED_PLACES)
    seen = {}
    for place_id, surface in db.conn.execute(
            "select distinct place_id, surface from mentions where place_id is not null order by place_id, surface"):
        seen.setdefault(place_id, []).append(surface)
    places = registry.places.rows(used_places, seen)
    terms = [registry.term_row(t) for (t,) in db.conn.execute(
        "select distinct term from mentions where term is not null order by term")]
    return {"people": people, "person_aliases": aliases, "places": places, "terms": terms}
