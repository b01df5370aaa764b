#!/usr/bin/env python3
"""Builds the VADER parity fixture: texts with the scores of vaderSentiment 3.3.2.

Corpus: every snippet of ../shared/data/vader_other (MIT), the sentences of seeds/*.txt
and their paragraphs, and sentences varied programmatically to exercise each rule (ALL
CAPS, emoji, !!!/???, negations, boosters, "but", idioms, contractions, social-media
style, odd whitespace). Deterministic: the same package version gives the same file.

Usage (from the repo root):
    python3 -m venv .venv-sentiment && .venv-sentiment/bin/pip install vadersentiment==3.3.2
    .venv-sentiment/bin/python Scripts/sentiment/make_vader_reference.py
"""
import json
import random
import re
import sys
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

REPO = Path(__file__).resolve().parents[2]
SHARED_GOLD = REPO.parent / "shared" / "data" / "vader_other" / "gold.jsonl"
OUTPUT = REPO / "Tests" / "GlossSentimentTests" / "Fixtures" / "vader_reference.jsonl"
VARIED_COUNT = 3000

NEGATIONS = ["not", "never", "no", "isn't", "don't", "can't", "without", "nothing", "hardly",
             "wasn't", "didnt", "aint", "nor", "rarely", "despite", "none", "cannot"]
BOOSTERS = ["very", "extremely", "so", "really", "totally", "most", "kind of", "sort of",
            "barely", "slightly", "kinda", "quite", "incredibly", "fucking", "somewhat", "just enough"]
EMOJI = ["😁", "💘", "💋", "😡", "😢", "👍", "🔥", "🙂", "💔", "🎉", "😂", "🔛", "🆙", "©", "®",
         "👩‍👩‍👧", "👍🏽", "🇺🇸", "❤️", "☹", "🤬", "🥳"]
EMOTICONS = [":)", ":(", ":-D", ":D", ";)", ":/", "<3", ":'(", "XD", ":P", "(:", "=)"]
SOCIAL = ["lol", "lmao", "omg", "smh", "wtf", "#blessed", "@user", "http://t.co/x1Y2", "ugh",
          "yay", "meh", "sux", "luv", "gr8", "rofl", "#fail"]
IDIOMS = ["the shit", "the bomb", "bad ass", "yeah right", "kiss of death", "to die for",
          "beating heart", "bus stop", "at least", "the least", "very least", "without a doubt",
          "without doubt", "never so good", "never this bad", "no or bad", "no good",
          "no no", "kind of good", "sort of bad", "just enough fun", "least good"]
TEMPLATES = [
    "The {noun} was {mod} {adj}{punct}",
    "{Neg} {adj}, {but} {adj2} {noun}{punct}",
    "I {neg} think the {noun} is {mod} {adj}{punct}",
    "{adj} {adj2} {adj} {noun} but {adj} {adj2}{punct}",
    "It's {mod} {adj} {idiom} {social} {emoji}{punct}",
    "{NOUN} IS {ADJ} and the {noun} is {adj}{punct}",
    "{idiom} {noun} {punct} {emoticon}",
    "This {noun} {neg} {mod} {adj} {mod} {adj2}{punct}",
    "{emoji}{adj}{emoji} {noun}{emoji}",
    "{social} {Adj}!!! {noun} {neg} {adj2}???",
]
NOUNS = ["movie", "plot", "service", "phone", "day", "ceasefire", "attack", "government",
         "deal", "team", "food", "election", "economy", "war", "vote", "weather", "show"]
ODD_SPACES = ["\u00a0", "\u2003", "\t", "\n", "\u3000", "\u200b", "\u2028", "\x1c"]


def seed_sentences():
    texts = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        content = path.read_text(encoding="utf-8")
        paragraphs = [p.strip() for p in content.split("\n") if p.strip()]
        texts.extend(paragraphs)
        for paragraph in paragraphs:
            texts.extend(s for s in re.split(r"(?<=[.!?])\s+", paragraph) if s)
        texts.append(content)
    return texts


def lexicon_words(analyzer):
    words = [w for w, v in analyzer.lexicon.items() if re.fullmatch(r"[a-z]+", w) and abs(v) >= 0.5]
    return sorted(words)


def varied_sentence(rng, words, bases):
    adj = lambda: rng.choice(words)
    fields = {
        "noun": rng.choice(NOUNS), "adj": adj(), "adj2": adj(), "mod": rng.choice(BOOSTERS),
        "neg": rng.choice(NEGATIONS), "but": rng.choice(["but", "BUT", "but,", "yet"]),
        "idiom": rng.choice(IDIOMS), "social": rng.choice(SOCIAL), "emoji": rng.choice(EMOJI),
        "emoticon": rng.choice(EMOTICONS),
        "punct": rng.choice([".", "!", "!!", "!!!!!", "?", "??", "???", "?!?", "...", ""]),
    }
    fields["Neg"] = fields["neg"].capitalize()
    fields["Adj"] = fields["adj"].capitalize()
    fields["NOUN"] = fields["noun"].upper()
    fields["ADJ"] = fields["adj"].upper()
    if rng.random() < 0.6:
        text = rng.choice(TEMPLATES).format(**fields)
    else:
        text = mutate(rng, rng.choice(bases), fields)
    if rng.random() < 0.1:
        text = text.replace(" ", rng.choice(ODD_SPACES), rng.randint(1, 3))
    return text


def mutate(rng, base, fields):
    tokens = base.split()
    for _ in range(rng.randint(1, 3)):
        if not tokens:
            break
        at = rng.randrange(len(tokens))
        choice = rng.randrange(9)
        if choice == 0:
            tokens[at] = tokens[at].upper()
        elif choice == 1:
            tokens.insert(at, fields["neg"])
        elif choice == 2:
            tokens.insert(at, fields["mod"])
        elif choice == 3:
            tokens.insert(at, "but")
        elif choice == 4:
            tokens[at] = tokens[at] + fields["emoji"]
        elif choice == 5:
            tokens.append(fields["punct"] * 2)
        elif choice == 6:
            tokens.insert(at, fields["idiom"])
        elif choice == 7:
            tokens[at] = tokens[at].replace("'", "\u2019").replace("n't", " not")
        else:
            tokens.insert(at, rng.choice(SOCIAL + EMOTICONS))
    return " ".join(tokens)


def focused_cases():
    """Hand-written texts aimed at single rules and at the package's quirks."""
    return [
        "", "   ", "!!!", "???", "good", "GOOD", "GOOD bad", "no", "no good", "NO good",
        "not bad at all", "VADER is VERY SMART, handsome, and FUNNY!!!",
        "The book was only kind of good.", "kind of", "kind", "sort of great",
        "It was good but bad but good", "good good but good good", "bad, bad but bad bad bad",
        "The plot was good, but the characters are uncompelling and the dialog is not great.",
        "Sentiment analysis has never been this good!", "never so bad", "this is so good",
        "Without a doubt, excellent idea.", "without doubt good", "At least it isn't a horrible book.",
        "the least compelling", "least good", "at least good", "very least good",
        "With VADER, sentiment analysis is the shit!", "yeah right great", "kiss of death",
        "a beating heart", "no or bad", "no nor good", "no no good", "I am no fan", "no, no, no",
        "Catch utf-8 emoji such as 💘 and 💋 and 😁", "😁😁😁", "x😁y", "🔛 good", "ÉTÉ good fun",
        "İSTANBUL is great", "Great... really?? REALLY???", "well... :) :-( :D", "'good'", "(bad)",
        "\u212aind of good", "good\u00a0bad\u2003nice", "ain't good", "isnt bad", "don't LOVE it",
        "hardly good", "HARDLY good", "barely BAD", "I really REALLY love it", "cannot stand it",
        "just enough good", "just enough fun here", "sort of kind of good", "the bomb",
        "bus stop good", "It's not the worst", "uh-uh good", "uh-uh", "n't good", "won't love",
    ]


def escape_line_separators(line):
    """JSON allows raw U+0085/U+2028/U+2029, but line-based readers split on them."""
    for separator in ("\x85", "\u2028", "\u2029"):
        line = line.replace(separator, "\\u%04x" % ord(separator))
    return line


def main():
    analyzer = SentimentIntensityAnalyzer()
    rng = random.Random(20140601)
    gold = [json.loads(line)["text"] for line in SHARED_GOLD.read_text(encoding="utf-8").splitlines()]
    seeds = seed_sentences()
    words = lexicon_words(analyzer)
    bases = gold[::7] + seeds
    varied = [varied_sentence(rng, words, bases) for _ in range(VARIED_COUNT)]
    texts = list(dict.fromkeys(focused_cases() + gold + seeds + varied))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", encoding="utf-8") as out:
        for text in texts:
            scores = analyzer.polarity_scores(text)
            record = {"text": text, "compound": scores["compound"], "pos": scores["pos"],
                      "neu": scores["neu"], "neg": scores["neg"]}
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
            out.write(escape_line_separators(line) + "\n")
    print(f"{len(texts)} texts ({len(gold)} vader_other, {len(seeds)} from seeds, "
          f"{len(varied)} varied) -> {OUTPUT} ({OUTPUT.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
