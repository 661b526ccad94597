"""The Qt layer: QObject controllers and list models that QML binds to.

Nothing here blocks the UI thread: async work runs on the qasync loop through :mod:`.tasks`, and
models apply :class:`~messenger_desktop.session.changes.ChangeSet` values with fine-grained updates.
"""
