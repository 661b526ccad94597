"""The cache schema and its forward-only migrations, versioned with ``PRAGMA user_version``.

Every migration is a list of statements applied in one transaction. Never edit a released step:
append a new one. A database whose version is newer than :data:`SCHEMA_VERSION` was written by a
newer release and is refused (see :class:`~messenger_desktop.store.database.NewerSchemaError`).
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the first schema
    (
        """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID""",
        """CREATE TABLE rooms (
            room_id TEXT PRIMARY KEY,
            membership TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            explicit_name INTEGER NOT NULL DEFAULT 0,
            topic TEXT NOT NULL DEFAULT '',
            avatar_url TEXT NOT NULL DEFAULT '',
            is_direct INTEGER NOT NULL DEFAULT 0,
            heroes TEXT NOT NULL DEFAULT '[]',
            joined_count INTEGER NOT NULL DEFAULT 0,
            invited_count INTEGER NOT NULL DEFAULT 0,
            notification_count INTEGER NOT NULL DEFAULT 0,
            highlight_count INTEGER NOT NULL DEFAULT 0,
            last_event_id TEXT NOT NULL DEFAULT '',
            last_sender TEXT NOT NULL DEFAULT '',
            last_sender_name TEXT NOT NULL DEFAULT '',
            last_body TEXT NOT NULL DEFAULT '',
            last_ts INTEGER NOT NULL DEFAULT 0,
            inviter TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID""",
        """CREATE INDEX rooms_by_activity ON rooms (last_ts DESC)""",
        """CREATE TABLE state (
            room_id TEXT NOT NULL,
            type TEXT NOT NULL,
            state_key TEXT NOT NULL,
            event_id TEXT NOT NULL,
            sender TEXT NOT NULL,
            content TEXT NOT NULL,
            PRIMARY KEY (room_id, type, state_key)
        ) WITHOUT ROWID""",
        """CREATE TABLE members (
            room_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            membership TEXT NOT NULL,
            displayname TEXT,
            avatar_url TEXT,
            PRIMARY KEY (room_id, user_id)
        ) WITHOUT ROWID""",
        """CREATE INDEX members_by_name ON members (room_id, displayname)""",
        """CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            room_id TEXT NOT NULL,
            chunk INTEGER NOT NULL,
            pos INTEGER NOT NULL,
            type TEXT NOT NULL,
            kind INTEGER NOT NULL,
            sender TEXT NOT NULL,
            ts INTEGER NOT NULL,
            state_key TEXT,
            txn_id TEXT,
            rel_type TEXT,
            rel_event TEXT,
            redacted INTEGER NOT NULL DEFAULT 0,
            problem TEXT NOT NULL DEFAULT '',
            json TEXT NOT NULL
        )""",
        """CREATE INDEX events_order ON events (room_id, chunk, pos)""",
        """CREATE INDEX events_relations ON events (rel_event) WHERE rel_event IS NOT NULL""",
        """CREATE TABLE chunks (
            room_id TEXT NOT NULL,
            chunk INTEGER NOT NULL,
            prev_batch TEXT,
            PRIMARY KEY (room_id, chunk)
        ) WITHOUT ROWID""",
        """CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            txn_id TEXT NOT NULL UNIQUE,
            room_id TEXT NOT NULL,
            event_type TEXT NOT NULL,
            content TEXT NOT NULL,
            created_ts INTEGER NOT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT '',
            event_id TEXT
        )""",
        """CREATE TABLE account_data (type TEXT PRIMARY KEY, content TEXT NOT NULL) WITHOUT ROWID""",
        """CREATE TABLE room_account_data (
            room_id TEXT NOT NULL,
            type TEXT NOT NULL,
            content TEXT NOT NULL,
            PRIMARY KEY (room_id, type)
        ) WITHOUT ROWID""",
    ),
    # 2: relations (the reply target of every event), read receipts, drafts, presence
    (
        """ALTER TABLE events ADD COLUMN reply_to TEXT""",
        # Plain replies already name their target in rel_event; a relation (a thread reply) may
        # carry a reply inside, unless it is only the fallback for clients without threads.
        """UPDATE events SET reply_to = rel_event WHERE rel_type = 'm.in_reply_to'""",
        """UPDATE events
            SET reply_to = json_extract(json, '$.content."m.relates_to"."m.in_reply_to".event_id')
            WHERE rel_type IS NOT NULL AND rel_type != 'm.in_reply_to' AND json_valid(json)
            AND json_type(json, '$.content."m.relates_to"."m.in_reply_to".event_id') = 'text'
            AND json_type(json, '$.content."m.relates_to".is_falling_back') IS NOT 'true'""",
        # Events the server handed out already redacted (back-filled after their redaction).
        """UPDATE events SET redacted = 1 WHERE redacted = 0 AND instr(json, 'redacted_because') > 0
            AND json_valid(json) AND json_type(json, '$.unsigned.redacted_because') IS NOT NULL""",
        """CREATE TABLE receipts (
            room_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            ts INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (room_id, user_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE drafts (
            room_id TEXT PRIMARY KEY,
            text TEXT NOT NULL DEFAULT '',
            reply_to TEXT,
            edit_of TEXT,
            thread_root TEXT,
            updated_ts INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID""",
        """CREATE TABLE presence (
            user_id TEXT PRIMARY KEY,
            presence TEXT NOT NULL,
            status_msg TEXT NOT NULL DEFAULT '',
            last_active_ts INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID""",
    ),
    # 3: how the user organises rooms (tags, marked unread, spaces, notification level, saved
    # messages), kept in the room's row; the timestamp of state events (spaces order children by
    # it). The values are worked out in Python once after this step (push rules are beyond SQL):
    # see the "refresh_organisation" mark and store.organise.refresh_all.
    (
        """ALTER TABLE rooms ADD COLUMN favourite INTEGER NOT NULL DEFAULT 0""",
        """ALTER TABLE rooms ADD COLUMN low_priority INTEGER NOT NULL DEFAULT 0""",
        """ALTER TABLE rooms ADD COLUMN tag_order REAL NOT NULL DEFAULT 1.0""",
        """ALTER TABLE rooms ADD COLUMN marked_unread INTEGER NOT NULL DEFAULT 0""",
        """ALTER TABLE rooms ADD COLUMN is_space INTEGER NOT NULL DEFAULT 0""",
        """ALTER TABLE rooms ADD COLUMN children TEXT NOT NULL DEFAULT '[]'""",
        """ALTER TABLE rooms ADD COLUMN notification_level TEXT NOT NULL DEFAULT 'all'""",
        """ALTER TABLE rooms ADD COLUMN saved_messages INTEGER NOT NULL DEFAULT 0""",
        """ALTER TABLE state ADD COLUMN ts INTEGER NOT NULL DEFAULT 0""",
        """UPDATE state SET ts = (SELECT e.ts FROM events e WHERE e.event_id = state.event_id)
            WHERE type = 'm.space.child'
            AND EXISTS (SELECT 1 FROM events e WHERE e.event_id = state.event_id)""",
        """INSERT OR REPLACE INTO meta (key, value) VALUES ('refresh_organisation', '1')""",
    ),
    # 4: the events of one call found together by its call_id (store.call_history); only
    # m.call.* rows are in the index, and json_valid keeps a broken row from failing an insert
    (
        """CREATE INDEX events_calls ON events (room_id,
            (CASE WHEN json_valid(json) THEN json_extract(json, '$.content.call_id') END))
            WHERE type GLOB 'm.call.*'""",
    ),
    # 5: a message with a file keeps it in the profile until the upload is done and the echo is
    # replaced (store.outbox.Attachment as JSON; NULL for text)
    ("""ALTER TABLE outbox ADD COLUMN attachment TEXT""",),
    # 6: the room that replaced a room (its m.room.tombstone), so the list can follow upgrades;
    # rooms already holding a tombstone get it from their stored state
    (
        """ALTER TABLE rooms ADD COLUMN replacement_room TEXT NOT NULL DEFAULT ''""",
        """UPDATE rooms SET replacement_room = COALESCE((
            SELECT CASE WHEN json_valid(s.content)
                AND json_type(s.content, '$.replacement_room') = 'text'
                AND json_extract(s.content, '$.replacement_room') GLOB '!?*'
                AND json_extract(s.content, '$.replacement_room') != rooms.room_id
                THEN json_extract(s.content, '$.replacement_room') END
            FROM state s
            WHERE s.room_id = rooms.room_id AND s.type = 'm.room.tombstone' AND s.state_key = ''
        ), '')""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
