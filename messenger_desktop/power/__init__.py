"""Power levels: who may do what in a room, by the spec's rules, and the edits a role editor makes.

Pure: no I/O, no event loop, no Qt. The ``m.room.power_levels`` content comes in as a mapping (with
the room's creators where they outrank every level, room version 12+); answers and new contents go
out as plain values for the layers above to show or send.
"""

from .auth import Refusal, may_act, may_ban, may_change_right, may_change_user, may_kick, may_unban, may_use
from .channels import SIGNATURES_EVENT, channel_levels, is_channel, signatures_content, signs_posts
from .edits import with_right_level, with_user_level
from .levels import (
    CREATOR_LEVEL,
    PowerLevels,
    can,
    level_value,
    needed_level,
    notification_level,
    outranks,
    room_levels,
    user_level,
)
from .rights import RIGHTS, Right, right_level
from .roles import ADMIN, MEMBER, MODERATOR, Role, role_of

__all__ = [
    "ADMIN",
    "CREATOR_LEVEL",
    "MEMBER",
    "MODERATOR",
    "RIGHTS",
    "SIGNATURES_EVENT",
    "PowerLevels",
    "Refusal",
    "Right",
    "Role",
    "can",
    "channel_levels",
    "is_channel",
    "level_value",
    "may_act",
    "may_ban",
    "may_change_right",
    "may_change_user",
    "may_kick",
    "may_unban",
    "may_use",
    "needed_level",
    "notification_level",
    "outranks",
    "right_level",
    "role_of",
    "room_levels",
    "signatures_content",
    "signs_posts",
    "user_level",
    "with_right_level",
    "with_user_level",
]
