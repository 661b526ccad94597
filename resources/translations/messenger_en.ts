<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChatView</name>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="177"/>
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n subscriber</numerusform>
            <numerusform>%n subscribers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="518"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message numerus="yes">
        <location filename="../../resources/qml/FolderDialog.qml" line="197"/>
        <source>And %n chosen conversation(s)</source>
        <translation>
            <numerusform>And %n chosen conversation</numerusform>
            <numerusform>And %n chosen conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message numerus="yes">
        <location filename="../../resources/qml/MemberList.qml" line="504"/>
        <source>%n message(s) will be deleted for everyone.</source>
        <translation>
            <numerusform>%n message will be deleted for everyone.</numerusform>
            <numerusform>%n messages will be deleted for everyone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RightPanel</name>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="109"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="114"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message numerus="yes">
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../resources/qml/SearchPanel.qml" line="100"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendFilesDialog</name>
    <message numerus="yes">
        <location filename="../../resources/qml/SendFilesDialog.qml" line="69"/>
        <source>Send %n files</source>
        <translation>
            <numerusform>Send %n file</numerusform>
            <numerusform>Send %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageStatus</name>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="86"/>
        <source>%n unsent message(s) could not be recovered.</source>
        <translation>
            <numerusform>%n unsent message could not be recovered.</numerusform>
            <numerusform>%n unsent messages could not be recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="88"/>
        <source>%n unsent message(s) were kept; others may have been lost.</source>
        <translation>
            <numerusform>%n unsent message was kept; others may have been lost.</numerusform>
            <numerusform>%n unsent messages were kept; others may have been lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="92"/>
        <source>%n unsent message(s) were kept and will be sent.</source>
        <translation>
            <numerusform>%n unsent message was kept and will be sent.</numerusform>
            <numerusform>%n unsent messages were kept and will be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message numerus="yes">
        <location filename="../../resources/qml/ThreadPanel.qml" line="246"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="219"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/account_controller.py" line="278"/>
        <source>%n devices are signed out.</source>
        <translation>
            <numerusform>%n device is signed out.</numerusform>
            <numerusform>%n devices are signed out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="39"/>
        <source>%n new message(s) from %1</source>
        <translation>
            <numerusform>%n new message from %1</numerusform>
            <numerusform>%n new messages from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="52"/>
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/formatting.py" line="114"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/message_view.py" line="212"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/room_admin.py" line="450"/>
        <source>Deleting %n message(s)</source>
        <translation>
            <numerusform>Deleting %n message</numerusform>
            <numerusform>Deleting %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>%n sticker(s) added</source>
        <translation>
            <numerusform>%n sticker added</numerusform>
            <numerusform>%n stickers added</numerusform>
        </translation>
    </message>
</context>
</TS>
