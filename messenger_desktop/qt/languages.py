"""The languages of the user interface: which exist, which are finished enough to ship.

The one place that says which languages the app offers. ``scripts/translations check`` holds every
language in :data:`SHIPPED` to a complete translation (CI runs it); a language whose translation
is still under way has its ``.ts`` source in ``resources/translations/`` but stays out of
:data:`SHIPPED`, so the Settings window does not offer it and the system locale does not pick it.
"""

from __future__ import annotations

SOURCE = "en"
"""The language the strings are written in (its ``.ts`` holds only the plural forms)."""

NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "pl": "Polski",
    "ro": "Română",
    "ru": "Русский",
}
"""Every language with a translation source, each named in itself (a user who cannot read the
current language still finds their own)."""

SHIPPED: tuple[str, ...] = ("en", "de", "fr", "pl", "ro", "ru")
"""The languages offered, in the Settings window's order. Add a language here when its
translation is complete (``scripts/translations check`` then guards it)."""
