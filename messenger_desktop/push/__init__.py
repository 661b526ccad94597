"""Push rules evaluated on the client: which events notify, highlight or play a sound.

Pure Python — no Qt, no network, no storage — on raw event JSON. :func:`parse_push_rules` reads the
``m.push_rules`` account data (with the spec's default rules merged in) once per change,
:func:`evaluate` decides for each event, and :func:`notification_level` / :func:`set_level_rules`
read and write a room's "all / mentions / mute" setting as rule data.
"""

from .evaluate import PushContext, evaluate, sender_power_level
from .glob import Glob
from .rules import (
    KINDS,
    NO_ACTIONS,
    Actions,
    DeleteRule,
    Kind,
    Level,
    PushRule,
    PushRules,
    PutRule,
    RuleChange,
    default_push_rules,
    notification_level,
    parse_push_rules,
    set_level_rules,
)

__all__ = [
    "KINDS",
    "NO_ACTIONS",
    "Actions",
    "DeleteRule",
    "Glob",
    "Kind",
    "Level",
    "PushContext",
    "PushRule",
    "PushRules",
    "PutRule",
    "RuleChange",
    "default_push_rules",
    "evaluate",
    "notification_level",
    "parse_push_rules",
    "sender_power_level",
    "set_level_rules",
]
