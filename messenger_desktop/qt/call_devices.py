"""The devices a call uses, from QtMultimedia: what :mod:`messenger_desktop.calls.devices` asks for.

:class:`QtDeviceProvider` opens the user's chosen microphone, speaker and camera (the system's
default when none is chosen or the chosen one is unplugged) and says in plain words what is missing
— a call still connects without a microphone. :class:`CallDeviceList` lists the devices for the
settings and remembers the choice. The microphone and speaker run on one audio thread, owned here;
:meth:`QtDeviceProvider.close` ends it — the app calls it when it shuts down (not on
``aboutToQuit``: qasync emits that whenever a ``run_until_complete`` returns).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QAudioDevice, QCameraDevice, QMediaDevices

from ..calls.devices import AudioInput, AudioOutput, CallDevices, VideoInput
from .call_audio import QtMicrophone, QtSpeaker, device_id
from .call_video import QtCamera, QtScreen, VideoView
from .device_streams import StreamHost
from .settings import Settings

log = logging.getLogger(__name__)

D = TypeVar("D", QAudioDevice, QCameraDevice)
AUDIO_THREAD_STOP_MS = 3_000
SETTING_KEYS = {"microphone": "callMicrophone", "speaker": "callSpeaker", "camera": "callCamera"}
"""Where each kind of device's choice is kept."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("calls", text)


def camera_id(device: QCameraDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


def _pick(devices: Sequence[D], default: D, chosen: str, id_of: Callable[[D], str]) -> tuple[D | None, bool]:
    """The chosen device, else the default, else the first; and whether the chosen one was
    missing (the user is told a different one is used)."""
    if chosen:
        for device in devices:
            if id_of(device) == chosen:
                return device, False
    if not default.isNull():
        return default, bool(chosen)
    return (devices[0] if devices else None), bool(chosen)


class CallDeviceList(QObject):
    """The microphones, speakers and cameras there are (each ``{"id", "name", "isDefault"}``,
    updated as devices come and go) and the chosen ones' ids ("" for the system's default),
    kept in the settings (``callMicrophone``, ``callSpeaker``, ``callCamera``)."""

    microphonesChanged = Signal()
    speakersChanged = Signal()
    camerasChanged = Signal()
    chosenMicrophoneChanged = Signal()
    chosenSpeakerChanged = Signal()
    chosenCameraChanged = Signal()

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._chosen = {kind: "" for kind in SETTING_KEYS}
        self._media = QMediaDevices(self)
        self._media.audioInputsChanged.connect(self.microphonesChanged)
        self._media.audioOutputsChanged.connect(self.speakersChanged)
        self._media.videoInputsChanged.connect(self.camerasChanged)
        if settings is not None:
            settings.changed.connect(self._setting_changed)

    @Slot(str)
    def _setting_changed(self, key: str) -> None:
        for kind, kind_key in SETTING_KEYS.items():
            if key == kind_key:
                self._changed(kind)

    def chosen(self, kind: str) -> str:
        if self._settings is not None:
            return str(self._settings.value(SETTING_KEYS[kind]))
        return self._chosen[kind]

    def choose(self, kind: str, device: str) -> None:
        if self._settings is not None:
            self._settings.set_value(SETTING_KEYS[kind], device)  # announced by settings.changed
        elif self._chosen[kind] != device:
            self._chosen[kind] = device
            self._changed(kind)

    def _changed(self, kind: str) -> None:
        getattr(self, f"chosen{kind.capitalize()}Changed").emit()

    def microphone(self) -> tuple[QAudioDevice | None, bool]:
        """The microphone to use, and whether the chosen one was missing."""
        return _pick(
            QMediaDevices.audioInputs(),
            QMediaDevices.defaultAudioInput(),
            self.chosen("microphone"),
            device_id,
        )

    def speaker(self) -> tuple[QAudioDevice | None, bool]:
        return _pick(
            QMediaDevices.audioOutputs(),
            QMediaDevices.defaultAudioOutput(),
            self.chosen("speaker"),
            device_id,
        )

    def camera(self) -> tuple[QCameraDevice | None, bool]:
        return _pick(
            QMediaDevices.videoInputs(), QMediaDevices.defaultVideoInput(), self.chosen("camera"), camera_id
        )

    @staticmethod
    def _rows(
        devices: Sequence[QAudioDevice] | Sequence[QCameraDevice], id_of: Callable[[Any], str]
    ) -> list[dict[str, Any]]:
        return [{"id": id_of(d), "name": d.description(), "isDefault": d.isDefault()} for d in devices]

    def _get_microphones(self) -> list[dict[str, Any]]:
        return self._rows(QMediaDevices.audioInputs(), device_id)

    def _get_speakers(self) -> list[dict[str, Any]]:
        return self._rows(QMediaDevices.audioOutputs(), device_id)

    def _get_cameras(self) -> list[dict[str, Any]]:
        return self._rows(QMediaDevices.videoInputs(), camera_id)

    microphones = QtProperty(list, _get_microphones, notify=microphonesChanged)
    speakers = QtProperty(list, _get_speakers, notify=speakersChanged)
    cameras = QtProperty(list, _get_cameras, notify=camerasChanged)
    chosenMicrophone = QtProperty(
        str,
        lambda self: self.chosen("microphone"),
        lambda self, v: self.choose("microphone", v),
        notify=chosenMicrophoneChanged,
    )
    chosenSpeaker = QtProperty(
        str,
        lambda self: self.chosen("speaker"),
        lambda self, v: self.choose("speaker", v),
        notify=chosenSpeakerChanged,
    )
    chosenCamera = QtProperty(
        str,
        lambda self: self.chosen("camera"),
        lambda self, v: self.choose("camera", v),
        notify=chosenCameraChanged,
    )


class _AudioThread:
    """The thread the microphone and speaker run on, started when first needed. Stopped by the
    provider's :meth:`~QtDeviceProvider.close`, or when the provider is collected or the
    interpreter exits: a QThread destroyed while running aborts the process."""

    def __init__(self) -> None:
        self.host: StreamHost | None = None
        self._thread: QThread | None = None

    def start(self) -> StreamHost:
        if self.host is None:
            thread = QThread()
            thread.setObjectName("call-audio")
            thread.start(QThread.Priority.TimeCriticalPriority)
            self._thread = thread
            self.host = StreamHost(thread)
        return self.host

    def stop(self) -> None:
        host, thread = self.host, self._thread
        if host is None or thread is None:
            return
        host.close_all(then_quit=True)
        if not thread.wait(AUDIO_THREAD_STOP_MS):
            log.warning("the call audio thread did not stop")


class QtDeviceProvider(QObject):
    """A ``DeviceProvider``. Call :meth:`open` on the UI thread; the devices it returns may then
    be started, fed and stopped from any thread. The two views stay the same from call to call,
    so QML binds them once."""

    problem = Signal(str)
    """A device failed during a call (one sentence for the user, e.g. for ``show_notice``)."""

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._devices = CallDeviceList(settings, self)
        self._remote = VideoView(self)
        self._local = VideoView(self)
        self._video_host = StreamHost()
        self._video_host.problem.connect(self.problem)
        self._audio_thread = _AudioThread()
        weakref.finalize(self, self._audio_thread.stop)
        self._closed = False

    def _get_devices(self) -> CallDeviceList:
        return self._devices

    def _get_remote(self) -> VideoView:
        return self._remote

    def _get_local(self) -> VideoView:
        return self._local

    devices = QtProperty(QObject, _get_devices, constant=True)
    remoteView = QtProperty(QObject, _get_remote, constant=True)
    """The other person's picture: ``remoteView.attach(remoteVideo)`` in QML."""
    localView = QtProperty(QObject, _get_local, constant=True)
    """Our own picture (the preview)."""

    @property
    def device_list(self) -> CallDeviceList:
        return self._devices

    @property
    def remote_view(self) -> VideoView:
        return self._remote

    @property
    def local_view(self) -> VideoView:
        return self._local

    def _audio(self) -> StreamHost:
        if self._audio_thread.host is None:
            self._audio_thread.start().problem.connect(self.problem)
        host = self._audio_thread.host
        assert host is not None
        return host

    def open(self, *, video: bool) -> CallDevices:
        notes: list[str] = []
        devices = CallDevices(remote_view=self._remote, local_view=self._local, notes=notes)
        if self._closed:
            notes.append(_tr("The app is closing: no devices can be used."))
            return devices
        microphone, moved = self._devices.microphone()
        if microphone is None:
            notes.append(_tr("No microphone was found: the other person will not hear you."))
        else:
            devices.microphone = QtMicrophone(self._audio(), microphone)
            if moved:
                notes.append(
                    _tr("The chosen microphone is not connected; {name} is used.").format(
                        name=microphone.description()
                    )
                )
        speaker, moved = self._devices.speaker()
        if speaker is None:
            notes.append(_tr("No speaker or headphones were found: you will not hear the other person."))
        else:
            devices.speaker = QtSpeaker(self._audio(), speaker)
            if moved:
                notes.append(
                    _tr("The chosen speaker is not connected; {name} is used.").format(
                        name=speaker.description()
                    )
                )
        if video:
            camera, moved = self._devices.camera()
            if camera is None:
                notes.append(_tr("No camera was found: the other person will not see you."))
            else:
                devices.camera = QtCamera(self._video_host, camera)
                if moved:
                    notes.append(
                        _tr("The chosen camera is not connected; {name} is used.").format(
                            name=camera.description()
                        )
                    )
        return devices

    def open_microphone(self) -> AudioInput | None:
        microphone, _ = self._devices.microphone()
        if microphone is None or self._closed:
            return None
        return QtMicrophone(self._audio(), microphone)

    def open_speaker(self) -> AudioOutput | None:
        speaker, _ = self._devices.speaker()
        if speaker is None or self._closed:
            return None
        return QtSpeaker(self._audio(), speaker)

    def camera(self) -> VideoInput | None:
        camera, _ = self._devices.camera()
        if camera is None or self._closed:
            return None
        return QtCamera(self._video_host, camera)

    def screen(self) -> VideoInput | None:
        """The primary screen. Where the platform cannot capture it (Wayland without PipeWire)
        this is only known once started: :attr:`problem` then says so."""
        screen = (
            QGuiApplication.primaryScreen()
            if isinstance(QCoreApplication.instance(), QGuiApplication)
            else None
        )
        if screen is None or self._closed:
            return None
        return QtScreen(self._video_host, screen)

    def close(self) -> None:
        """Close every device and end the audio thread (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._video_host.close_all()
        self._audio_thread.stop()
        self._remote.release()
        self._local.release()
