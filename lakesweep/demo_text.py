"""Text for the demo lake, shaped like LLM API logs: shared system prompts, unique user
messages, some with planted personal information, and documents from a shared pool."""

from __future__ import annotations

import random

from faker import Faker

SYSTEM_TOPICS = (
    "customer support agent for a logistics company",
    "coding assistant that answers with short, correct Python",
    "summarizer of quarterly business reports",
    "travel planner that proposes itineraries",
    "HR assistant that drafts polite emails",
    "legal clause classifier",
    "SQL tutor",
    "product description writer for an online store",
)


class TextFactory:
    """Deterministic (seeded) generator of prompts, outputs and documents."""

    def __init__(self, seed: int) -> None:
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)
        self.rng = random.Random(seed)
        self.system_prompts = [self._system_prompt(t) for t in SYSTEM_TOPICS]
        self.documents = [self.fake.paragraph(nb_sentences=6) for _ in range(60)]

    def _system_prompt(self, topic: str) -> str:
        rules = " ".join(self.fake.sentence(nb_words=12) for _ in range(self.rng.randint(2, 6)))
        return f"You are a {topic}. Follow these rules. {rules}"

    def pii(self) -> str:
        f, r = self.fake, self.rng.random()
        if r < 0.25:
            return f"My name is {f.name()} and you can reach me at {f.email()}."
        if r < 0.5:
            return f"Call me back on {f.phone_number()}, ask for {f.first_name()}."
        if r < 0.7:
            return f"Ship it to {f.street_address()}, {f.city()}."
        if r < 0.85:
            return f"Card on file: {f.credit_card_number()}; SSN {f.ssn()}."
        return f"Use the key sk-{f.pystr(min_chars=32, max_chars=32)} for the API call."

    def prompt(self) -> str:
        user = self.fake.paragraph(nb_sentences=self.rng.randint(2, 4))
        if self.rng.random() < 0.3:
            user = f"{user} {self.pii()}"
        return f"{self.rng.choice(self.system_prompts)}\n\n{user}"

    def output(self) -> str:
        text = self.fake.paragraph(nb_sentences=self.rng.randint(3, 5))
        if self.rng.random() < 0.1:
            text = f"Dear {self.fake.name()},\n\n{text}\n\nBest regards,\n{self.fake.name()}"
        return text

    def documents_or_none(self) -> list[str] | None:
        if self.rng.random() < 0.2:
            return self.rng.sample(self.documents, self.rng.randint(1, 3))
        return None

    def request_id(self) -> str:
        return self.fake.uuid4()
