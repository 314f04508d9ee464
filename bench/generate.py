"""A deterministic large corpus: the seeds and the shared corpus recombined into N release files.

Each generated release starts from one real release and varies it the way a ministry's archive
varies: the years move together (Date line and stated dates stay consistent), session numbers
change, some named office-holders are replaced by other names, and paragraphs are borrowed from
other releases or dropped, so lengths vary. Texts are unique. Files go to OUT/NNN/rel-NNNNNN.txt
(1,000 per folder); a folder already generated with the same seed and size is reused.

    python -m bench.generate OUT --size 10000 [--seed 6]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

from core.ingest.sources import Document, read_inputs
from core.vocab import load_vocab

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT / "tests" / "corpus"]
MARKER = ".bench.json"  # a dot file: sources skip it
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_ORDINAL = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b")
_GIVEN = ["Min", "Ji", "Seo", "Hyun", "Woo", "Jae", "Soo", "Young", "Dong", "Eun", "Sung", "Kyung", "Hye", "Joon"]
_FAMILY = ["Park", "Choi", "Jung", "Yoon", "Han", "Shin", "Oh", "Seo", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong"]
_FOREIGN = ["Sergei Volkov", "Anna Petrova", "Jan Novak", "Maria Lindqvist", "Ahmad Karimov", "Elena Morales"]


def base_texts() -> list[str]:
    return [d.text for d in read_inputs([p for p in SOURCES if p.exists()]) if isinstance(d, Document)]


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def vary(text: str, rng: random.Random, donors: list[str], people: list[str]) -> str:
    """One plausible new release from `text`."""
    shift = rng.randint(-12, 4)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    bump = rng.randint(-5, 8)
    text = _ORDINAL.sub(lambda m: f"{max(1, int(m.group(1)) + bump)}{_suffix(max(1, int(m.group(1)) + bump))}", text)
    for name in people:
        if name in text and rng.random() < 0.4:
            new = (
                rng.choice(_FOREIGN)
                if rng.random() < 0.3
                else f"{rng.choice(_FAMILY)} {rng.choice(_GIVEN)}-{rng.choice(_GIVEN).lower()}"
            )
            text = text.replace(name, new)
    paras = _paragraphs(text)
    head, body = paras[:4], paras[4:]
    for _ in range(rng.randint(0, min(2, max(0, len(body) - 2)))):
        body.pop(rng.randrange(len(body)))
    for _ in range(rng.choice([0, 0, 1, 2, 3, 5])):
        borrowed = [p for p in _paragraphs(rng.choice(donors))[4:] if len(p) > 120]
        if borrowed:
            body.insert(rng.randint(0, len(body)), rng.choice(borrowed))
    return "\n\n".join(head + body) + "\n"


def generate(out: Path, size: int, seed: int = 6) -> Path:
    out = Path(out)
    marker = {"seed": seed, "size": size}
    if (out / MARKER).is_file() and json.loads((out / MARKER).read_text()) == marker:
        return out
    bases = base_texts()
    people = sorted({p.name for p in load_vocab().people}, key=len, reverse=True)
    rng = random.Random(seed)
    seen: set[str] = set()
    i = 0
    while i < size:
        text = vary(bases[i % len(bases)], rng, bases, people)
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        path = out / f"{i // 1000:03d}" / f"rel-{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        i += 1
    (out / MARKER).write_text(json.dumps(marker))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    print(generate(args.out, args.size, args.seed))


if __name__ == "__main__":
    main()
