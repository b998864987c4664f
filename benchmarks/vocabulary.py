"""Words and sentences for synthetic notes, findings and recommendations.

Every interview note holds one topic sentence, chosen evenly from ``TOPICS``, so a topic word such
as "overcrowding" is in about 1 note in ``len(TOPICS)`` (3 %); filler sentences never use a topic
word. A rare sentence ("scabies") is added to about 1 note in 1,000.
"""

from __future__ import annotations

import random

COMMON_WORD = "overcrowding"
RARE_WORD = "scabies"
RARE_SHARE = 0.001

# Topic word -> a sentence that uses it; {n} is a small number.
TOPICS: dict[str, str] = {
    "overcrowding": "Overcrowding is severe: {n} persons share a cell built for four.",
    "ventilation": "There is no ventilation and the air is heavy in the afternoon.",
    "sanitation": "Sanitation is poor; the toilet is not partitioned from the sleeping area.",
    "mattresses": "Only {n} mattresses are available for the whole dormitory.",
    "food": "The food is served cold twice a day and portions are small.",
    "water": "Drinking water is available for {n} hours a day only.",
    "medication": "Prescribed medication was stopped on arrival without explanation.",
    "tuberculosis": "A cellmate coughing for weeks was never tested for tuberculosis.",
    "handcuffs": "Handcuffs were kept on for {n} hours during the first night.",
    "isolation": "Isolation lasted {n} days as a disciplinary measure.",
    "lawyer": "No lawyer was present during the first questioning.",
    "interpreter": "No interpreter was provided when the charges were read.",
    "complaint": "A written complaint went unanswered for {n} weeks.",
    "relatives": "Relatives were not informed of the arrest for {n} days.",
    "telephone": "Telephone calls are limited to {n} minutes a week.",
    "exercise": "Outdoor exercise is offered less than one hour a day.",
    "education": "There is no education programme for younger detainees.",
    "employment": "Paid employment exists for a handful of detainees only.",
    "worship": "Requests for a place of worship were refused.",
    "discrimination": "Foreign nationals face discrimination in the allocation of work.",
    "bribes": "Staff demand bribes for parcels and for visits.",
    "insults": "Guards use insults and racial slurs during searches.",
    "undressing": "Full undressing is required at every return from court.",
    "restraints": "Mechanical restraints are used without medical supervision.",
    "selfharm": "Scars suggest repeated selfharm that was never reported.",
    "narcotics": "Narcotics circulate in the block with the knowledge of staff.",
    "heating": "The heating does not work and blankets are thin.",
    "vermin": "Vermin are seen in the cells every night.",
    "transfers": "Transfers happen at night without notice to the family.",
    "hunger": "He has been on hunger strike for {n} days in protest.",
}

_RARE_SENTENCES = (
    "Several detainees show signs of scabies and no treatment is offered.",
    "The nurse confirmed an outbreak of scabies in the wing last month.",
)

_SUBJECTS = ("The interviewee", "He", "She", "The person", "The group", "The speaker")
_VERBS = ("described", "mentioned", "spoke about", "explained", "talked about", "raised")
_OBJECTS = (
    "the daily schedule",
    "access to the yard",
    "the quality of the cell light",
    "the visiting hours",
    "the library trolley",
    "the shower rota",
    "the morning count",
    "the canteen prices",
    "the parcel rules",
    "the evening lock-up",
    "the admission procedure",
    "the court appearances",
    "the clothes provided",
    "the letters received",
)
_WHERE = (
    "in block A",
    "in block B",
    "in the admission unit",
    "on the second floor",
    "in the women's wing",
    "in the juvenile section",
    "at the police station",
    "during the transport",
    "in the old building",
    "since the last inspection",
)


def filler_sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_WHERE)}."
    )


def topic_sentence(rng: random.Random, topic: str) -> str:
    return TOPICS[topic].format(n=rng.randint(2, 12))


def interview_notes(rng: random.Random) -> str:
    """Two to four filler sentences around one topic sentence, rarely a rare one."""
    sentences = [filler_sentence(rng) for _ in range(rng.randint(2, 4))]
    topic = rng.choice(list(TOPICS))
    sentences.insert(rng.randint(0, len(sentences)), topic_sentence(rng, topic))
    if rng.random() < RARE_SHARE:
        sentences.append(rng.choice(_RARE_SENTENCES))
    return " ".join(sentences)


def finding_title(topic: str, place_name: str | None) -> str:
    where = f" at {place_name}" if place_name else " in places visited"
    return f"{topic.capitalize()}{where}"


def finding_text(rng: random.Random, topic: str) -> str:
    return " ".join((topic_sentence(rng, topic), filler_sentence(rng), filler_sentence(rng)))


def recommendation_text(rng: random.Random, topic: str) -> str:
    return (
        f"The State party should take urgent measures on {topic}, "
        f"and report on {rng.choice(_OBJECTS)} within {rng.randint(3, 12)} months."
    )


def place_name(rng: random.Random, kind: str, number: int) -> str:
    town = rng.choice(("Lorvik", "Estmar", "Carrow", "Dunhill", "Velta", "Ormsk", "Talin"))
    return f"{kind.replace('_', ' ').capitalize()} {number} of {town}"


def person_name(rng: random.Random) -> str:
    first = rng.choice(("Ana", "Omar", "Ilse", "Karl", "Mira", "Jon", "Leila", "Tomas", "Ruth"))
    last = rng.choice(("Varnava", "Tell", "Brisk", "Ost", "Dax", "Moor", "Kern", "Sato", "Lind"))
    return f"{first} {last}"
