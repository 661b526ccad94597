"""Reading a server's JSON when orjson refuses it, so one bad value cannot poison a whole answer.

orjson is strict where Python's parser is not: a string holding a lone surrogate escape
(``"\\ud800"``) or a number beyond every double (``1e400``) fails the whole document. In a
``/sync`` answer that is one hostile event making every retry of the same token fail, the client
stuck on "connecting" for good. So a refused body is read again by Python's parser, and what
orjson would have refused is repaired on the way: lone surrogates become U+FFFD, numbers no
double holds become ``null``, integers beyond 64 bits become floats (as orjson reads them), and
the ``NaN``/``Infinity`` words become ``null``. Only a body neither parser can read (not JSON,
nested deeper than Python's recursion allows) is refused.

The fallback is slow (Python, and a walk of the result) and rare: the strict parser runs first.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import orjson

_SURROGATES = re.compile("[\ud800-\udfff]")
_INT64 = (-(2**63), 2**64 - 1)
_MAX_INT_DIGITS = 21


def loads(body: bytes | str) -> Any:
    """The JSON value of ``body``; raises :class:`orjson.JSONDecodeError` (a ``ValueError``)
    when it is not JSON at all."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as strict:
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        try:
            value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
        except (ValueError, RecursionError):
            raise strict from None
        return _repaired(value)


def _int(text: str) -> int | float | None:
    if len(text) <= _MAX_INT_DIGITS:
        number = int(text)
        if _INT64[0] <= number <= _INT64[1]:
            return number
    return _float(text)


def _float(text: str) -> float | None:
    number = float(text)
    return number if math.isfinite(number) else None


def _constant(_text: str) -> None:
    return None


def _repaired(root: Any) -> Any:
    """``root`` with every lone surrogate (in values and keys) replaced; without recursion, so
    a value as deep as the parser allowed cannot overflow the stack here."""
    if isinstance(root, str):
        return _SURROGATES.sub("\ufffd", root)
    pending = [root] if isinstance(root, dict | list) else []
    while pending:
        container = pending.pop()
        if isinstance(container, list):
            for index, item in enumerate(container):
                if isinstance(item, str):
                    container[index] = _SURROGATES.sub("\ufffd", item)
                elif isinstance(item, dict | list):
                    pending.append(item)
            continue
        for key in list(container):
            item = container[key]
            if isinstance(item, str):
                item = _SURROGATES.sub("\ufffd", item)
            elif isinstance(item, dict | list):
                pending.append(item)
            fixed = _SURROGATES.sub("\ufffd", key)
            if fixed != key:
                del container[key]
            container[fixed] = item
    return root
