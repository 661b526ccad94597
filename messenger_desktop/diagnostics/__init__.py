"""What a bug report needs without giving anything away: the profile's log files (secrets and
message content redacted before a line is written), a summary of the setup, and the licences of
the components the app ships with. Plain Python, below every other layer: no Qt, no I/O beyond
the log files and package metadata.
"""

from .redact import REDACTED, RedactingFilter, Redactor

__all__ = ["REDACTED", "RedactingFilter", "Redactor"]
