"""Reads feeds as strict clients do and prints one JSON line per file for scripts/check-outputs.ts.

xml.etree (expat) must parse the file, and feedparser must read it without its "bozo" flag
(set on any well-formedness or encoding problem it had to work around). The raw date strings,
ids and links are printed so the caller can check them against the W3C feed validator's rules.
"""
import json
import sys
import xml.etree.ElementTree as ElementTree

import feedparser


def read(path):
    result = {"file": path, "problems": []}
    try:
        ElementTree.parse(path)
    except ElementTree.ParseError as error:
        result["problems"].append(f"xml.etree: {error}")
    with open(path, "rb") as handle:
        data = handle.read()
    feed = feedparser.parse(data)
    if feed.bozo:
        result["problems"].append(f"feedparser: {feed.bozo_exception}")
    result["version"] = feed.version
    result["feed"] = {
        "title": feed.feed.get("title"),
        "link": feed.feed.get("link"),
        "id": feed.feed.get("id"),
        "updated": feed.feed.get("updated"),
        "self": [l.get("href") for l in feed.feed.get("links", []) if l.get("rel") == "self"],
        "author": bool(feed.feed.get("author")),
    }
    result["entries"] = [
        {
            "title": entry.get("title"),
            "id": entry.get("id"),
            "guidislink": entry.get("guidislink"),
            "link": entry.get("link"),
            "published": entry.get("published"),
            "updated": entry.get("updated"),
            "authors": [a.get("name") for a in entry.get("authors", []) if a.get("name")],
            "tags": [t.get("term") for t in entry.get("tags", [])],
        }
        for entry in feed.entries
    ]
    return result


for path in sys.argv[1:]:
    print(json.dumps(read(path), ensure_ascii=False))
