"""Hostile input, written by the project: what a malicious sender or homeserver can put in front of
the app (issue 8).

- :mod:`.values`, :mod:`.events`, :mod:`.syncs`: hypothesis strategies for arbitrary event JSON
  and whole ``/sync`` bodies — wrong types in every field, missing fields, huge values, odd
  unicode — shaped closely enough like the events the app knows that the values reach deep into it;
- :mod:`.corpus`: a fixed, named corpus of known attacks (HTML, bidi and homoglyph names, traversal
  URIs and file names, absurd sizes) and image bombs made with Pillow when asked, never committed;
- :mod:`.pipeline`, :mod:`.server`: the ways in (a cache without a server; a real homeserver);
- :mod:`.checks`, :mod:`.model_checks`: what must hold of whatever comes out.
"""
