"""The command line: ``messenger-desktop [--local] [command]``.

Commands that users and scripts rely on (their options and exit codes are a contract):

    login        sign in and keep the session (secrets in the OS keyring)
    logout       sign out and forget the session and its cache
    import-sync  ingest a recorded /sync response into a profile (bug reports, tests, benchmarks)
    run          headless: load the cache and sync (``--once`` for one round)
    send         queue a text message and deliver it (exactly once, even across restarts)

With no command the desktop app opens. Exit codes: 0 success, 1 failure the message explains,
2 bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .api.client import Credentials, MatrixApi
from .api.discovery import DiscoveryError, discover_homeserver
from .api.errors import ApiError, MatrixError
from .api.ids import RoomId, UserId
from .api.sync import parse_sync
from .api.transport import HttpxTransport
from .qt import pyside_import_hook
from .session import credentials as keychain
from .session.profile import Profile
from .session.session import AccountMismatch, Session
from .store.database import Database, StoreError, get_meta, set_meta
from .store.ingest import ingest_sync
from .tracing import tracer


class CliError(Exception):
    """A failure with a sentence for the user; exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="messenger-desktop", description="A Matrix messenger.")
    parser.add_argument("--profile", type=Path, help="profile directory (default: per-user data dir)")
    parser.add_argument(
        "--local", action="store_true", help="use a private homeserver on this computer with demo chats"
    )
    parser.add_argument("--as", dest="as_user", default="alice", help="with --local: which demo person")
    parser.add_argument("--trace-startup", action="store_true", help="print timestamped start-up milestones")
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works (a throwaway profile)"
    )
    parser.add_argument(
        "--minimised", action="store_true", help="start in the system tray without showing the window"
    )
    parser.epilog = LINK_HELP
    commands = parser.add_subparsers(dest="command")

    login = commands.add_parser("login", help="sign in and keep the session")
    login.add_argument("--profile", type=Path, required=True)
    login.add_argument("--homeserver", required=True, help="server name or URL (.well-known is followed)")
    login.add_argument("--user", required=True, help="user name or @user:server")
    login.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    logout = commands.add_parser("logout", help="sign out and delete the profile's cache")
    logout.add_argument("--profile", type=Path, required=True)

    imp = commands.add_parser("import-sync", help="ingest a recorded /sync response")
    imp.add_argument("file", type=Path)
    imp.add_argument("--profile", type=Path, required=True)
    imp.add_argument("--user", help="the account's user id (default: the profile's)")

    run = commands.add_parser("run", help="headless: load the cache and keep syncing")
    run.add_argument("--profile", type=Path, required=True)
    run.add_argument("--once", action="store_true", help="stop after the first successful sync")
    run.add_argument("--trace-startup", action="store_true", default=argparse.SUPPRESS)

    send = commands.add_parser("send", help="send a text message (waits until delivered)")
    send.add_argument("--profile", type=Path, required=True)
    send.add_argument("--room", required=True)
    send.add_argument("text")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    rest, link = take_link(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(rest)
    args.uri = link
    # -- packaging: the installation's self-test; what a packaged (frozen) app cannot do
    if args.self_test:
        pyside_import_hook.install()
        from .selftest import run_self_test

        return run_self_test()
    if args.local and getattr(sys, "frozen", False):
        print(
            "messenger-desktop: --local runs a homeserver on this computer (Synapse), which the "
            "packaged app does not include. Install from source with the 'local' extra to use it: "
            "pip install 'messenger-desktop[local]'.",
            file=sys.stderr,
        )
        return 1
    try:
        if args.command == "login":
            return asyncio.run(_login(args))
        if args.command == "logout":
            return asyncio.run(_logout(args))
        if args.command == "import-sync":
            return _import_sync(args)
        if args.command == "run":
            return asyncio.run(_run(args))
        if args.command == "send":
            return asyncio.run(_send(args))
    except CliError as exc:
        print(f"messenger-desktop: {exc}", file=sys.stderr)
        return 1
    except keychain.NoSecureKeyring as exc:
        print(f"messenger-desktop: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    pyside_import_hook.install()  # before the app's Qt modules are imported
    from .app import run_app

    return run_app(args)


async def _login(args: argparse.Namespace) -> int:
    profile = Profile.at(args.profile)
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass()
    transport = HttpxTransport()
    try:
        try:
            found = await discover_homeserver(args.homeserver, transport)
        except DiscoveryError as exc:
            raise CliError(str(exc)) from exc
        api = MatrixApi(found.base_url, transport)
        previous = await keychain.load_async(profile.key)
        device = previous.device_id if previous and previous.homeserver == found.base_url else None
        try:
            creds = await api.login_password(args.user, password, device_id=device, refresh=True)
        except MatrixError as exc:
            if exc.errcode == "M_FORBIDDEN":
                raise CliError("Wrong user name or password.") from exc
            raise CliError(f"The server refused to sign in: {exc.error or exc.errcode}") from exc
        except ApiError as exc:
            raise CliError(f"Could not sign in: {exc}") from exc
        await keychain.save_async(profile.key, creds)
        print(f"Signed in as {creds.user_id} (device {creds.device_id}) on {creds.homeserver}")
        return 0
    finally:
        await transport.aclose()


async def _logout(args: argparse.Namespace) -> int:
    profile = Profile.at(args.profile)
    creds = await keychain.load_async(profile.key)
    if creds is None:
        raise CliError(f"No one is signed in with the profile {profile.path}.")
    transport = HttpxTransport()
    try:
        api = MatrixApi(creds.homeserver, transport, access_token=creds.access_token)
        api.tokens.refresh_token = creds.refresh_token  # an expired token is renewed to sign out
        await api.logout()
    except ApiError as exc:
        print(
            f"messenger-desktop: the server did not confirm the sign-out ({exc}); "
            "forgetting the session here anyway",
            file=sys.stderr,
        )
    finally:
        await transport.aclose()
    await keychain.delete_async(profile.key)
    profile.remove_local_data()
    print(f"Signed out {creds.user_id}")
    return 0


def _import_sync(args: argparse.Namespace) -> int:
    profile = Profile.at(args.profile)
    try:
        body = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read {args.file}: {exc.strerror}") from exc
    started = time.perf_counter()
    db = Database(profile.database)
    try:
        db.open_blocking()
        owner = db.run_blocking(get_meta, "user_id")
        user = args.user or owner
        if user is None:
            creds = keychain.load(profile.key)
            user = creds.user_id if creds else None
        if user is None:
            raise CliError("Whose sync is this? Pass --user @you:server.")
        if owner is None:
            db.run_blocking(set_meta, "user_id", user)
        elif owner != user:
            raise CliError(f"This profile belongs to {owner}, not {user}.")
        try:
            sync = parse_sync(body)
        except ApiError as exc:
            raise CliError(f"{args.file} is not a /sync response: {exc}") from exc
        result = db.run_blocking(ingest_sync, sync, UserId(user))
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close_blocking()
    elapsed = time.perf_counter() - started
    print(
        f"Imported {result.event_count} events in {len(result.rooms)} rooms "
        f"({len(result.problems)} skipped parts) in {elapsed:.3f} s"
    )
    return 0


async def _open_session(args: argparse.Namespace, trace: Callable[[str], None]) -> Session:
    profile = Profile.at(args.profile)
    try:
        creds = await keychain.load_async(profile.key)
    except keychain.NoSecureKeyring as exc:
        raise CliError(str(exc)) from exc
    if creds is None:
        raise CliError(f"No one is signed in with the profile {profile.path}; run 'login' first.")
    session = Session(profile, creds, trace=trace)
    try:
        await session.open()
    except (AccountMismatch, StoreError) as exc:
        raise CliError(str(exc)) from exc
    return session


async def _run(args: argparse.Namespace) -> int:
    trace = tracer(args.trace_startup)
    session = await _open_session(args, trace)
    try:
        rooms = await session.rooms()
        trace(f"first rows ready ({len(rooms)} conversations)")
        await session.start()
        if args.once:
            await session.synced.wait()
            await session.outbox.wait_idle()
            rooms = await session.rooms()
            print(f"Synced: {len(rooms)} conversations")
        else:
            await asyncio.Event().wait()
    finally:
        await session.close()
    return 0


async def _send(args: argparse.Namespace) -> int:
    session = await _open_session(args, tracer(False))
    try:
        await session.start()
        item = await session.outbox.send(
            RoomId(args.room), "m.room.message", {"msgtype": "m.text", "body": args.text}
        )
        if item.state == "failed":  # not even saved
            raise CliError(item.error)
        await session.outbox.wait_idle()
        pending = {i.txn_id: i for i in await session.pending()}
        left = pending.get(item.txn_id)
        # Gone from the outbox means the server's copy came back; "sent" means the server took it.
        if left is not None and left.state != "sent":
            raise CliError(
                left.error or f"Not sent yet (it is {left.state}); it stays queued in the profile."
            )
        print(f"Sent (transaction {item.txn_id})")
    finally:
        await session.close()
    return 0


# -- a link to open (the desktop's handler for matrix: links runs "messenger-desktop %u") ------------

LINK_HELP = (
    "A matrix: link (or an https://matrix.to link) among the arguments is opened in the app: "
    "in the running window if this profile's app is running, else once signed in."
)
_LINK_PREFIXES = ("matrix:", "https://matrix.to/", "http://matrix.to/")


def take_link(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """The arguments without the link to open, and that link (None when there is none).

    argparse cannot have an optional positional beside subcommands (it would take "login" for a
    link), so the link is taken out first: the first argument that is a Matrix link, before any
    command (a link after ``send`` is the message's text)."""
    args = list(argv)
    names = {
        name
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    for index, arg in enumerate(args):
        if arg in names:
            break
        if arg.lower().startswith(_LINK_PREFIXES):
            return args[:index] + args[index + 1 :], arg
    return args, None


__all__ = ["Credentials", "main"]
