"""Media endpoints of the api layer against the real Synapse: upload with progress, authenticated
download and thumbnails, and the size cap on answers."""

from __future__ import annotations

import asyncio
import io

import pytest
from PIL import Image

from messenger_desktop.api import MatrixApi, MatrixError
from messenger_desktop.api.errors import ResponseTooLarge
from messenger_desktop.api.mxc import parse_mxc
from messenger_desktop.api.transport import HttpxTransport
from messenger_desktop.localserver import LocalSynapse
from tests.support.synapse import UserFactory

pytestmark = pytest.mark.integration


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(out, "PNG")
    return out.getvalue()


def test_upload_download_thumbnail(synapse: LocalSynapse, new_user: UserFactory) -> None:
    async def scenario() -> None:
        transport = HttpxTransport()
        try:
            alice_id, alice_pw = new_user("alice")
            bob_id, bob_pw = new_user("bob")
            alice, bob = MatrixApi(synapse.base_url, transport), MatrixApi(synapse.base_url, transport)
            await alice.login_password(alice_id, alice_pw)
            await bob.login_password(bob_id, bob_pw)

            picture = _png(640, 480)
            reports: list[tuple[int, int]] = []
            uri = await alice.upload(
                picture,
                "image/png",
                "garden ☀.png",
                progress=lambda done, total: reports.append((done, total)),
            )
            mxc = parse_mxc(uri)
            assert mxc is not None
            assert reports[0] == (0, len(picture)) and reports[-1] == (len(picture), len(picture))
            assert [done for done, _ in reports] == sorted(done for done, _ in reports)

            media = await bob.download(mxc)  # anyone signed in may fetch it
            assert media.data == picture and media.content_type == "image/png"
            assert not bob.legacy_media

            thumb = await bob.thumbnail(mxc, 96, 96)
            with Image.open(io.BytesIO(thumb.data)) as image:
                assert image.size[0] < 640 and image.size[1] < 480  # a real thumbnail, not the original

            with pytest.raises(ResponseTooLarge):
                await bob.download(mxc, max_bytes=100)

            missing = parse_mxc(f"mxc://{mxc.server}/nothingHere")
            assert missing is not None
            with pytest.raises(MatrixError) as error:
                await bob.download(missing)
            assert error.value.status == 404 and not bob.legacy_media  # missing media is not "old server"

            assert (await alice.media_config() or 0) > len(picture)

        finally:
            await transport.aclose()

    asyncio.run(scenario())
