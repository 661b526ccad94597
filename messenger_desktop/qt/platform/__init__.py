"""Platform integration behind small interfaces (as Telegram Desktop's ``platform/``): the rest of the
Qt layer talks to :class:`~.notifier.Notifier`; each desktop gets its own module (``freedesktop``
for Linux/BSD)."""
