"""Files in the open conversation, as QML sees them: sending what the user attached, dropped or
pasted (with the preview's caption, rotation, crop and "send as file") into the conversation or
into the thread open in the side panel, cancelling an upload,
and saving or opening a file someone sent; playing audio, video and voice messages
(:mod:`.playback`) and recording voice messages (:mod:`.voice_recorder`).

Slots return at once; reading, preparing and saving files run as tasks off the UI thread.
A pasted picture is written to a private folder of the profile first, so it is sent like any file.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QObject, QUrl, Signal, SignalInstance, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage

from ..api.ids import EventId, RoomId, TxnId, UserId
from ..api.mxc import parse_mxc
from ..calls.devices import AudioInput
from ..media.filenames import path_in, safe_file_name
from ..media.loader import MediaLoader, MediaRequest
from ..session.attachments import CannotSend, OutgoingFile
from ..session.session import Session
from ..store.rows import OutboxItem
from .animations import Animations
from .auto_download import AutoDownload
from .formatting import tr
from .media_images import local_url
from .media_lists import MediaLists
from .playback import Playback, next_voice_in, track_in
from .settings import Settings
from .tasks import TaskGroup
from .thread_model import ThreadModel
from .timeline_model import TimelineModel
from .voice_recorder import VoiceRecorder

if TYPE_CHECKING:
    from .call_controller import CallController

log = logging.getLogger(__name__)

MAX_FILES = 20
"""Files sent in one go (a drop of a whole folder's contents is cut here, with a notice)."""


class MediaController(QObject):
    pendingChanged = Signal()
    """The files waiting in the send preview changed."""
    saved = Signal(str, str)
    """(event id, path): a file was saved to the downloads folder."""

    def __init__(
        self,
        session: Session,
        timeline: TimelineModel,
        current_room: Callable[[], RoomId | None],
        notify: Callable[[str], None],
        describe_error: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._timeline = timeline
        self._room = current_room
        self._notify = notify
        self._tasks = TaskGroup(on_error=lambda error: notify(describe_error(error)))
        self._local: dict[str, Path] = {}
        """Files of messages being sent, by transaction id (their echoes show from these)."""
        self._pending: list[dict[str, Any]] = []
        self._pending_paths: list[Path] = []
        self._pending_thread = ""
        """The root of the thread the previewed files go to ("" for the conversation)."""
        self._thread: ThreadModel | None = None
        self._thread_panel_open: Callable[[], bool] = lambda: False
        self._generation = 0
        """Counts previews, so a new one never shows a picture cached for the last."""
        self._strip_metadata = True
        self.downloads = Path(platformdirs.user_downloads_dir())
        """Where saved files go (tests point it elsewhere)."""
        self._lists = MediaLists(timeline)
        """Where a message's file is found: the timeline, then the open thread."""
        self._playback = Playback(
            lambda: session.media,
            lambda event_id: track_in(self._lists, event_id),
            lambda event_id: next_voice_in(self._lists, event_id),
            describe_error,
            self,
        )
        self._playing_room = ""
        timeline.roomIdChanged.connect(lambda: self._room_shown(str(timeline.property("roomId"))))
        self._animations = Animations(session, self._lists, self)
        self._downloads = AutoDownload(session, self._lists, self)
        self._recorder = VoiceRecorder(self._send_voice, notify, self)
        self._recorder.changed.connect(self._recording_changed)
        self._calls: CallController | None = None
        self._take_reply: Callable[[], tuple[EventId, UserId | None] | None] = lambda: None

    # -- playing and recording ------------------------------------------------------------------

    def _get_playback(self) -> Playback:
        return self._playback

    playback = QtProperty(QObject, _get_playback, constant=True)
    """The one player of audio, video and voice messages."""

    def _get_animations(self) -> Animations:
        return self._animations

    animations = QtProperty(QObject, _get_animations, constant=True)
    """Animated GIF and WebP pictures: their local files, once fetched and probed."""

    def _get_downloads(self) -> AutoDownload:
        return self._downloads

    autoDownload = QtProperty(QObject, _get_downloads, constant=True)
    """Videos and files fetched on sight up to the "Download automatically" size, or on a click."""

    def forget_cached_files(self) -> None:
        """The media cache was emptied: what plays or downloads is fetched again when asked."""
        self._animations.forget()
        self._downloads.forget()

    def _get_recorder(self) -> VoiceRecorder:
        return self._recorder

    recorder = QtProperty(QObject, _get_recorder, constant=True)
    """The composer's voice message recorder."""

    def also_look_in(
        self, thread: ThreadModel, panel_open: Callable[[], bool], panel_changed: SignalInstance
    ) -> None:
        """The thread panel's messages play, open in the viewer and save like the timeline's, and
        files can be sent into its thread; what plays from a thread stops when another thread (or
        none) is shown, and when the panel closes (``panel_open`` turns false on
        ``panel_changed``) — what plays from the timeline plays on."""
        self._thread = thread
        self._thread_panel_open = panel_open
        self._lists.also_look_in(thread)
        thread.modelReset.connect(self._thread_shown)
        panel_changed.connect(self._thread_panel_changed)

    @Slot()
    def _thread_shown(self) -> None:
        current = str(self._playback.property("current"))
        if current and not self._lists.holds(current):
            self._playback.stop()

    @Slot()
    def _thread_panel_changed(self) -> None:
        current = str(self._playback.property("current"))
        thread = self._thread
        if (
            current
            and thread is not None
            and not self._thread_panel_open()
            and self._timeline.indexOf(current) < 0
            and thread.indexOf(current) >= 0
        ):
            self._playback.stop()

    def _room_shown(self, room: str) -> None:
        """Another conversation opened: what played belongs to the last one and stops (the same
        one reloaded, after a gap in the sync, plays on)."""
        if room != self._playing_room:
            self._playing_room = room
            self._playback.stop()

    @Slot()
    def _recording_changed(self) -> None:
        if self._recorder.property("recording"):
            self._playback.pause()  # the speaker must not play into the microphone

    def use_microphone(self, open_microphone: Callable[[], AudioInput | None]) -> None:
        self._recorder.use_microphone(open_microphone)

    def follow_calls(self, calls: CallController) -> None:
        """A call ringing or under way pauses what plays: neither the ringtone nor the other
        person should compete with a voice message (it resumes where it was, by hand). It pauses
        a recording too: the call is not recorded, and what was said waits for Send or Cancel."""
        self._calls = calls
        calls.changed.connect(self._call_changed)
        calls.incomingChanged.connect(self._call_changed)

    @Slot()
    def _call_changed(self) -> None:
        calls = self._calls
        if calls is not None and (calls.property("hasIncoming") or calls.property("active")):
            self._playback.pause()
            self._recorder.pause()

    def answer_with(self, take_reply: Callable[[], tuple[EventId, UserId | None] | None]) -> None:
        """Where the message being answered comes from (the composer's reply bar): files and
        voice messages sent while it shows answer that message."""
        self._take_reply = take_reply

    def _send_voice(self, pcm: bytes) -> None:
        room = self._room()
        if room is not None:
            self._tasks.spawn(self._send_voice_to(room, pcm, self._take_reply()), name="send-voice")

    async def _send_voice_to(
        self, room: RoomId, pcm: bytes, reply: tuple[EventId, UserId | None] | None
    ) -> None:
        to, sender = reply or (None, None)
        # a CannotSend is told by the task group
        await self._session.send_voice(room, pcm, reply_to=to, reply_sender=sender)

    def use_settings(self, settings: Settings) -> None:
        self._strip_metadata = bool(settings.value("stripImageMetadata"))
        settings.subscribe("stripImageMetadata", self._set_strip)
        settings.subscribe("mediaCacheMegabytes", self._set_cache_cap)
        self._set_cache_cap(settings.value("mediaCacheMegabytes"))
        settings.subscribe("autoDownloadMegabytes", self._set_auto_download)
        self._set_auto_download(settings.value("autoDownloadMegabytes"))

    def _set_auto_download(self, megabytes: Any) -> None:
        if isinstance(megabytes, int):
            self._downloads.set_limit(megabytes << 20)

    def _set_strip(self, value: Any) -> None:
        self._strip_metadata = bool(value)

    def _set_cache_cap(self, megabytes: Any) -> None:
        loader = self._session.media
        if loader is not None and isinstance(megabytes, int):
            self._tasks.spawn(loader.set_disk_cap(megabytes << 20), name="media-cache-cap")

    # -- what the image provider needs --------------------------------------------------------

    @property
    def loader(self) -> MediaLoader | None:
        return self._session.media

    def local_file(self, key: str) -> Path | None:
        """A file on this computer QML may show: a message's being sent (by transaction id) or
        one in the send preview (``pending-<generation>-<index>``); never a path from QML."""
        if key.startswith("pending-"):
            _, generation, index = key.split("-", 2)
            paths = self._pending_paths if generation == str(self._generation) else []
            return paths[int(index)] if index.isdigit() and int(index) < len(paths) else None
        return self._local.get(key)

    def apply_outbox(self, items: Iterable[OutboxItem], removed: Mapping[TxnId, object]) -> None:
        for item in items:
            if item.attachment is not None:
                self._local[item.txn_id] = Path(item.attachment.path)
        for txn_id in removed:
            self._local.pop(txn_id, None)

    # -- the send preview ----------------------------------------------------------------------

    def _get_pending(self) -> list[dict[str, Any]]:
        return list(self._pending)

    pending = QtProperty(list, _get_pending, notify=pendingChanged)
    """The files the preview shows: {name, isImage, preview (an image:// address)}."""

    def _get_pending_thread(self) -> str:
        return self._pending_thread

    pendingThread = QtProperty(str, _get_pending_thread, notify=pendingChanged)
    """The root of the thread the previewed files go to ("" for the conversation): the thread
    panel's preview shows them, the conversation's does not."""

    @Slot(list)
    def attach(self, urls: list[Any]) -> None:
        """Files chosen in the file dialog or dropped on the conversation: the preview opens."""
        self._attach(urls, "")

    @Slot(list)
    def attachInThread(self, urls: list[Any]) -> None:
        """Files chosen with the thread panel's attach button or dropped on it: the preview opens,
        and Send puts them in the open thread."""
        root = self._thread.root_id if self._thread is not None else ""
        if root:
            self._attach(urls, root)

    def _attach(self, urls: list[Any], thread_root: str) -> None:
        paths = [Path(QUrl(u).toLocalFile()) for u in urls if QUrl(u).isLocalFile()]
        paths = [p for p in paths if str(p)]
        if len(paths) > MAX_FILES:
            self._notify(tr("Only the first %1 files are sent at once.").replace("%1", str(MAX_FILES)))
            paths = paths[:MAX_FILES]
        if not paths:
            if urls:
                self._notify(tr("Only files on this computer can be sent."))
            return
        self._generation += 1
        self._pending_paths = paths
        self._pending_thread = thread_root
        self._pending = [
            {
                "name": safe_file_name(p.name, fallback=tr("file")),
                "isImage": _looks_like_image(p),
                "preview": local_url(f"pending-{self._generation}-{i}"),
            }
            for i, p in enumerate(paths)
        ]
        self.pendingChanged.emit()

    @Slot(result=bool)
    def pasteFromClipboard(self) -> bool:
        """Ctrl+V in the composer with a picture or files on the clipboard: the preview opens
        (True); text is left to the text field (False)."""
        return self._paste("")

    @Slot(result=bool)
    def pasteInThread(self) -> bool:
        """Ctrl+V in the thread panel's reply field: as :meth:`pasteFromClipboard`, for the
        open thread."""
        root = self._thread.root_id if self._thread is not None else ""
        return bool(root) and self._paste(root)

    def _paste(self, thread_root: str) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            self._attach([u.toString() for u in mime.urls()], thread_root)
            return True
        if mime.hasImage():
            image = QGuiApplication.clipboard().image()
            if image.isNull():
                return False
            self._tasks.spawn(self._paste_image(image, thread_root), name="paste-image")
            return True
        return False

    async def _paste_image(self, image: QImage, thread_root: str) -> None:
        folder = self._session.profile.path / "pasted"
        name = f"Pasted image {time.strftime('%Y-%m-%d %H.%M.%S')}.png"
        loop = asyncio.get_running_loop()
        target = await loop.run_in_executor(None, _save_png, image, folder, name)
        if target is None:
            self._notify(tr("The picture on the clipboard could not be read."))
            return
        self._attach([QUrl.fromLocalFile(str(target)).toString()], thread_root)

    @Slot()
    def discard(self) -> None:
        self._pending, self._pending_paths, self._pending_thread = [], [], ""
        self.pendingChanged.emit()

    @Slot(str, bool, int, list)
    def sendPending(self, caption: str, as_file: bool, quarter_turns: int, crop: list[Any]) -> None:
        """Send the previewed files: the caption goes with the first; rotation and crop apply when
        there is one picture. Into a thread, each is a message of the thread (answering, for
        clients without threads, its newest message), and the composer's reply bar stays."""
        room = self._room()
        files, self._pending, self._pending_paths = self._pending_paths, [], []
        thread_root, self._pending_thread = self._pending_thread, ""
        self.pendingChanged.emit()
        if room is None or not files:
            return
        box = tuple(float(c) for c in crop) if len(crop) == 4 else None
        full = box is None or box == (0.0, 0.0, 1.0, 1.0)
        outgoing = [
            OutgoingFile(
                path,
                caption=caption if i == 0 else "",
                as_file=as_file,
                quarter_turns=quarter_turns % 4 if len(files) == 1 else 0,
                crop=None if full or len(files) != 1 else box,  # type: ignore[arg-type]
            )
            for i, path in enumerate(files)
        ]
        if thread_root:
            thread, latest = self._thread, thread_root
            if thread is not None and thread.root_id == thread_root:
                latest = thread.latest_event_id() or thread_root
            in_thread = (EventId(thread_root), EventId(latest))
            self._tasks.spawn(self._send(room, outgoing, None, in_thread), name="send-files")
        else:
            self._tasks.spawn(self._send(room, outgoing, self._take_reply()), name="send-files")

    async def _send(
        self,
        room: RoomId,
        files: list[OutgoingFile],
        reply: tuple[EventId, UserId | None] | None,
        thread: tuple[EventId, EventId] | None = None,
    ) -> None:
        to, sender = reply or (None, None)
        root, latest = thread or (None, None)
        for outgoing in files:  # in order: they arrive in the order they were picked
            try:
                await self._session.send_file(
                    room,
                    outgoing,
                    strip_metadata=self._strip_metadata,
                    reply_to=to,
                    reply_sender=sender,
                    thread_root=root,
                    thread_latest=latest,
                )
            except CannotSend as exc:
                self._notify(str(exc))
            to = sender = None  # the first answers; the rest follow it

    @Slot(str)
    def cancelUpload(self, txn_id: str) -> None:
        async def cancel() -> None:
            if not await self._session.outbox.cancel(TxnId(txn_id)):
                self._notify(tr("It is already on its way and cannot be stopped."))

        self._tasks.spawn(cancel(), name="cancel-upload")

    # -- the viewer ----------------------------------------------------------------------------

    @Slot(str, result=list)
    def gallery(self, event_id: str) -> list[dict[str, Any]]:
        """The pictures of the loaded conversation (or of the thread, for a picture in the
        thread panel), oldest first, for the viewer's previous and next (each {eventId, full,
        placeholder, name, width, height, sender, time})."""
        pictures = []
        for row in self._lists.in_order(event_id):
            media = row.get("media") or {}
            if media.get("kind") in ("image", "sticker") and row["eventId"] and media.get("full"):
                pictures.append(
                    {
                        "eventId": row["eventId"],
                        "full": media["full"],
                        "placeholder": media["placeholder"],
                        "name": media["name"],
                        "width": media["width"],
                        "height": media["height"],
                        "sender": row["senderName"],
                        "time": row["timeText"],
                    }
                )
        return pictures

    # -- files people sent ---------------------------------------------------------------------

    @Slot(str)
    def save(self, event_id: str) -> None:
        """Download the message's file into the downloads folder (a new name if one is taken)."""
        self._tasks.spawn(self._save(event_id, open_after=False), name="save-file")

    @Slot(str)
    def open(self, event_id: str) -> None:
        """Download the file (once) and open it with the system's application for it."""
        self._tasks.spawn(self._save(event_id, open_after=True), name="open-file")

    async def _save(self, event_id: str, *, open_after: bool) -> None:
        media = self._lists.media(event_id)
        shown = self._lists.item_content(event_id)
        mxc = parse_mxc(shown[1].get("url")) if shown else None
        loader = self._session.media
        if not media or mxc is None or loader is None:
            self._notify(tr("This file is not available."))
            return
        data = await loader.data(MediaRequest(mxc))
        loop = asyncio.get_running_loop()
        target = await loop.run_in_executor(None, _write_new, self.downloads, media["name"], data)
        self.saved.emit(event_id, str(target))
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        else:
            self._notify(tr("Saved to %1").replace("%1", str(target)))

    async def close(self) -> None:
        self._recorder.close()
        await self._animations.close()
        await self._downloads.close()
        await self._playback.close()
        await self._tasks.cancel_all()


def _looks_like_image(path: Path) -> bool:
    """For the preview's layout only (the real check reads the content when it is sent)."""
    return path.suffix.lower() in (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp")


def _save_png(image: QImage, folder: Path, name: str) -> Path | None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / name
    return target if image.save(str(target)) else None  # PNG, from the name


def _write_new(folder: Path, name: str, data: bytes) -> Path:
    """Write into ``folder`` under a safe, unused name; never over an existing file."""
    folder.mkdir(parents=True, exist_ok=True)
    while True:
        target = path_in(folder, name)
        try:
            with open(target, "xb") as out:  # fails if someone made the file meanwhile
                out.write(data)
        except FileExistsError:
            continue
        return target
