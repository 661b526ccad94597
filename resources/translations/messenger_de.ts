<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="47"/>
        <source>About Messenger</source>
        <translation>Über Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="67"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="75"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="85"/>
        <source>A fast, light and safe messenger for the Matrix network. Free software under the %1 licence.</source>
        <translation>Ein schneller, schlanker und sicherer Messenger für das Matrix-Netzwerk. Freie Software unter der Lizenz %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="95"/>
        <location filename="../../resources/qml/AboutDialog.qml" line="98"/>
        <source>The project&apos;s home page</source>
        <translation>Die Website des Projekts</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="106"/>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="129"/>
        <source>Components and their licences</source>
        <translation>Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="139"/>
        <source>%1 %2, licence %3</source>
        <translation>%1 %2, Lizenz %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="198"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="73"/>
        <location filename="../../resources/qml/AccountPage.qml" line="77"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="94"/>
        <source>Save the display name</source>
        <translation>Anzeigenamen speichern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="116"/>
        <source>Your Matrix ID: %1</source>
        <translation>Deine Matrix-ID: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="124"/>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Change picture…</source>
        <translation>Bild ändern…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Set a picture…</source>
        <translation>Bild festlegen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="133"/>
        <source>Remove picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="146"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="153"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="157"/>
        <source>Everywhere you are signed in. Sign out a device you no longer use or do not know.</source>
        <translation>Überall, wo du angemeldet bist. Melde ein Gerät ab, das du nicht mehr nutzt oder nicht kennst.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="218"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="230"/>
        <location filename="../../resources/qml/AccountPage.qml" line="232"/>
        <source>Name of this device</source>
        <translation>Name dieses Geräts</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="258"/>
        <source>Rename this device</source>
        <translation>Dieses Gerät umbenennen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <source>Signing out…</source>
        <translation>Wird abgemeldet…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <location filename="../../resources/qml/AccountPage.qml" line="381"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="273"/>
        <source>Sign out %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="289"/>
        <source>Sign out all other devices</source>
        <translation>Alle anderen Geräte abmelden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="296"/>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="302"/>
        <location filename="../../resources/qml/AccountPage.qml" line="304"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="311"/>
        <location filename="../../resources/qml/AccountPage.qml" line="313"/>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="319"/>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="327"/>
        <source>Sign out my other devices</source>
        <translation>Meine anderen Geräte abmelden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="328"/>
        <source>Anyone who has your old password is signed out too.</source>
        <translation>Wer dein altes Passwort kennt, wird ebenfalls abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="379"/>
        <source>Sign out all other devices?</source>
        <translation>Alle anderen Geräte abmelden?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="380"/>
        <source>Only this device stays signed in. The others need your password to sign in again.</source>
        <translation>Nur dieses Gerät bleibt angemeldet. Die anderen brauchen dein Passwort, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="394"/>
        <source>Choose your picture</source>
        <translation>Dein Bild auswählen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="396"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="67"/>
        <source>Confirm it is you</source>
        <translation>Bestätige, dass du es bist</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="76"/>
        <source>Your server asks for the password of %1 before it does this.</source>
        <translation>Dein Server möchte vorher das Passwort von %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="84"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="87"/>
        <source>Your password</source>
        <translation>Dein Passwort</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="109"/>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="114"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="121"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>AddToSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="42"/>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="53"/>
        <source>Search conversations and spaces</source>
        <translation>Chats und Spaces durchsuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="57"/>
        <source>Search rooms to add</source>
        <translation>Räume zum Hinzufügen suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="90"/>
        <source>%1, space</source>
        <translation>%1, Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="118"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="145"/>
        <source>All your conversations are in this space already.</source>
        <translation>Alle deine Chats sind schon in diesem Space.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="146"/>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="169"/>
        <source>Adding</source>
        <translation>Wird hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="173"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add (%1)</source>
        <translation>Hinzufügen (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="181"/>
        <source>Add the chosen rooms to the space</source>
        <translation>Die gewählten Räume zum Space hinzufügen</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="24"/>
        <location filename="../../resources/qml/ArchivePanel.qml" line="48"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="42"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Zurück zu den Chats (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="63"/>
        <source>Conversations you left. Their history stays here, read-only, until you forget them.</source>
        <translation>Chats, die du verlassen hast. Ihr Verlauf bleibt hier lesbar, bis du sie vergisst.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="79"/>
        <source>Archived conversations</source>
        <translation>Archivierte Chats</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="105"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="176"/>
        <source>Loading the archive</source>
        <translation>Archiv wird geladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="197"/>
        <source>No archived conversations</source>
        <translation>Keine archivierten Chats</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="206"/>
        <source>When you leave a conversation, its history is kept here until you forget it.</source>
        <translation>Wenn du einen Chat verlässt, bleibt sein Verlauf hier, bis du ihn vergisst.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="229"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="234"/>
        <source>Rejoin</source>
        <translation>Wieder beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="239"/>
        <source>Forget…</source>
        <translation>Vergessen…</translation>
    </message>
</context>
<context>
    <name>BlockedPeople</name>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="24"/>
        <source>Blocked people</source>
        <translation>Blockierte Personen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="33"/>
        <source>You have not blocked anyone. To block someone, open their profile from a conversation&apos;s members.</source>
        <translation>Du hast niemanden blockiert. Um jemanden zu blockieren, öffne sein Profil über die Mitglieder eines Chats.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="34"/>
        <source>You see no messages or invitations from them, on any of your devices.</source>
        <translation>Du siehst keine Nachrichten oder Einladungen mehr von ihnen, auf keinem deiner Geräte.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblocking…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblock</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="80"/>
        <source>Unblock %1</source>
        <translation>%1 freigeben</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="17"/>
        <source>Back to the call with %1, %2</source>
        <translation>Zurück zum Anruf mit %1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Stummschaltung aufheben (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Stummschalten (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Anruf beenden (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CallDevicesPopup</name>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="50"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="101"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="108"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="114"/>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="120"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="32"/>
        <source>Call with %1</source>
        <translation>Anruf mit %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="193"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Zurück zu den Chats (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="229"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Stummschaltung aufheben (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Stummschalten (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Stop video</source>
        <translation>Video beenden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Start video</source>
        <translation>Video starten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="282"/>
        <source>(Ctrl+E)</source>
        <translation>(Strg+E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Stop sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Share screen</source>
        <translation>Bildschirm teilen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="298"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="299"/>
        <source>Choose microphone, speaker and camera</source>
        <translation>Mikrofon, Lautsprecher und Kamera wählen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <source>End call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Anruf beenden (Strg+Umschalt+H)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="120"/>
        <source>Select a conversation</source>
        <translation>Wähle einen Chat aus</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="175"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="177"/>
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n Abonnent</numerusform>
            <numerusform>%n Abonnenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="198"/>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="208"/>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="215"/>
        <source>Search in this conversation (Ctrl+F)</source>
        <translation>In diesem Chat suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="223"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="232"/>
        <source>More actions (Ctrl+Shift+M)</source>
        <translation>Weitere Aktionen (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="245"/>
        <source>Invite people…</source>
        <translation>Personen einladen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="253"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="261"/>
        <source>Leave conversation</source>
        <translation>Chat verlassen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="299"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="502"/>
        <source>Jump to the first unread message</source>
        <translation>Zur ersten ungelesenen Nachricht springen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="518"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="519"/>
        <source>Jump to the newest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="555"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="556"/>
        <source>Join the conversation</source>
        <translation>Dem Chat beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="562"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="563"/>
        <source>Decline the invitation</source>
        <translation>Einladung ablehnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="600"/>
        <source>This conversation has been replaced and is no longer active.</source>
        <translation>Dieser Chat wurde ersetzt und ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Joining…</source>
        <translation>Wird beigetreten…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Go to the new conversation</source>
        <translation>Zum neuen Chat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="635"/>
        <source>Only admins can post in this channel</source>
        <translation>Nur Admins können in diesem Kanal posten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="636"/>
        <source>Your role does not allow posting here</source>
        <translation>Deine Rolle erlaubt hier keine Beiträge</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="672"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="677"/>
        <source>Reply in thread</source>
        <translation>Im Thread antworten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="682"/>
        <source>React…</source>
        <translation>Reagieren…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="690"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="697"/>
        <source>Add to My stickers</source>
        <translation>Zu „Meine Sticker“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="705"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="710"/>
        <source>Copy link to message</source>
        <translation>Link zur Nachricht kopieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="715"/>
        <source>Forward…</source>
        <translation>Weiterleiten…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Unpin</source>
        <translation>Loslösen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="731"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="743"/>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="803"/>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="804"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="833"/>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="862"/>
        <source>Drop files here to send them</source>
        <translation>Dateien hier ablegen, um sie zu senden</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="167"/>
        <source>Looking for suggestions…</source>
        <translation>Vorschläge werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="170"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="171"/>
        <source>Add to dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="203"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="209"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="215"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="223"/>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="295"/>
        <source>Edit message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="296"/>
        <source>Reply to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="318"/>
        <source>Cancel editing (Esc)</source>
        <translation>Bearbeiten abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="319"/>
        <source>Cancel the reply (Esc)</source>
        <translation>Antwort abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="335"/>
        <source>Attach files (Ctrl+O)</source>
        <translation>Dateien anhängen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="346"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="357"/>
        <source>Stickers</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="375"/>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="387"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Save the edit</source>
        <translation>Änderung speichern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="482"/>
        <source>Record a voice message (hold to talk)</source>
        <translation>Sprachnachricht aufnehmen (gedrückt halten)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../resources/qml/ConfirmDialog.qml" line="12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ConfirmDialog.qml" line="56"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="29"/>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="30"/>
        <source>Smileys &amp; emotion</source>
        <translation>Smileys &amp; Emotionen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="31"/>
        <source>People &amp; body</source>
        <translation>Menschen &amp; Körper</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="32"/>
        <source>Animals &amp; nature</source>
        <translation>Tiere &amp; Natur</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="33"/>
        <source>Food &amp; drink</source>
        <translation>Essen &amp; Trinken</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="34"/>
        <source>Travel &amp; places</source>
        <translation>Reisen &amp; Orte</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="35"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="36"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="37"/>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="38"/>
        <source>Flags</source>
        <translation>Flaggen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="41"/>
        <source>Default skin tone</source>
        <translation>Standard-Hautton</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="42"/>
        <source>Light skin tone</source>
        <translation>Heller Hautton</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="43"/>
        <source>Medium-light skin tone</source>
        <translation>Mittelheller Hautton</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="44"/>
        <source>Medium skin tone</source>
        <translation>Mittlerer Hautton</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="45"/>
        <source>Medium-dark skin tone</source>
        <translation>Mitteldunkler Hautton</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="46"/>
        <source>Dark skin tone</source>
        <translation>Dunkler Hautton</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="121"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="131"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="140"/>
        <source>Search emoji</source>
        <translation>Emoji suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="188"/>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="209"/>
        <source>Emoji categories</source>
        <translation>Emoji-Kategorien</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="265"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="374"/>
        <source>Loading emoji</source>
        <translation>Emoji werden geladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="385"/>
        <source>No emoji match “%1”</source>
        <translation>Kein Emoji passt zu „%1“</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="386"/>
        <source>Emoji you use will show up here</source>
        <translation>Deine verwendeten Emoji erscheinen hier</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="412"/>
        <source>Pick an emoji</source>
        <translation>Emoji auswählen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="459"/>
        <source>Skin tone: %1</source>
        <translation>Hautton: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="461"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="492"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="497"/>
        <source>Skin tone</source>
        <translation>Hautton</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="22"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="23"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="24"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="25"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>Edit folder</source>
        <translation>Ordner bearbeiten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="114"/>
        <source>Folder name, e.g. Work</source>
        <translation>Ordnername, z. B. Arbeit</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="117"/>
        <source>Folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="124"/>
        <source>Include every conversation that is</source>
        <translation>Alle Chats einbeziehen, die…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="169"/>
        <source>Leave out muted conversations</source>
        <translation>Stummgeschaltete Chats auslassen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="196"/>
        <source>And these conversations</source>
        <translation>Und diese Chats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/FolderDialog.qml" line="197"/>
        <source>And %n chosen conversation(s)</source>
        <translation>
            <numerusform>Und %n ausgewählter Chat</numerusform>
            <numerusform>Und %n ausgewählte Chats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="207"/>
        <source>Search conversations</source>
        <translation>Chats suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="211"/>
        <source>Search conversations to add</source>
        <translation>Chats zum Hinzufügen suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="265"/>
        <source>No conversation matches</source>
        <translation>Kein Chat passt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="274"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>ForgetRoomDialog</name>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="14"/>
        <source>Forget “%1”?</source>
        <translation>„%1“ vergessen?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="21"/>
        <source>Its messages will be deleted from this computer and you will not be able to read them again unless you rejoin.</source>
        <translation>Die Nachrichten werden von diesem Computer gelöscht und du kannst sie erst wieder lesen, wenn du erneut beitrittst.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="22"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="44"/>
        <source>Forward to…</source>
        <translation>Weiterleiten an…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="53"/>
        <location filename="../../resources/qml/ForwardDialog.qml" line="56"/>
        <source>Search conversations</source>
        <translation>Chats suchen</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="118"/>
        <source>Incoming video call while you are in a call</source>
        <translation>Eingehender Videoanruf während eines Anrufs</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="119"/>
        <source>Incoming voice call while you are in a call</source>
        <translation>Eingehender Sprachanruf während eines Anrufs</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming video call</source>
        <translation>Eingehender Videoanruf</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming voice call</source>
        <translation>Eingehender Sprachanruf</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="133"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="135"/>
        <source>Decline (Ctrl+Shift+D)</source>
        <translation>Ablehnen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="142"/>
        <source>Hang up and answer</source>
        <translation>Auflegen und annehmen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer with video</source>
        <translation>Mit Video annehmen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="145"/>
        <source>(Ctrl+Shift+A)</source>
        <translation>(Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="155"/>
        <source>Answer with voice only</source>
        <translation>Nur mit Audio annehmen</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="47"/>
        <source>Invite to “%1”</source>
        <translation>Zu „%1“ einladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="57"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="58"/>
        <source>@bob:example.org</source>
        <translation>@bob:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="59"/>
        <source>User ID of the person to invite</source>
        <translation>Benutzer-ID der einzuladenden Person</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="82"/>
        <source>Invite with a link</source>
        <translation>Per Link einladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="103"/>
        <source>Invite with a link or QR code</source>
        <translation>Per Link oder QR-Code einladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="116"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Inviting…</source>
        <translation>Wird eingeladen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="124"/>
        <source>Send the invitation</source>
        <translation>Einladung senden</translation>
    </message>
</context>
<context>
    <name>InviteLinkDialog</name>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="15"/>
        <source>Invite link to “%1”</source>
        <translation>Einladungslink zu „%1“</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="22"/>
        <source>Link to %1</source>
        <translation>Link zu %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="64"/>
        <source>Whoever opens the link can start a chat with this person.</source>
        <translation>Wer den Link öffnet, kann mit dieser Person chatten.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="65"/>
        <source>Anyone with the link can see the conversation&apos;s name and picture, and join if its settings allow.</source>
        <translation>Jeder mit dem Link sieht Name und Bild des Chats und kann beitreten, wenn die Einstellungen es erlauben.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="85"/>
        <source>QR code of the link</source>
        <translation>QR-Code des Links</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="91"/>
        <source>Making the link</source>
        <translation>Link wird erstellt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="116"/>
        <source>The link</source>
        <translation>Der Link</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="137"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="144"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="152"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
</context>
<context>
    <name>KeywordsEditor</name>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="32"/>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="43"/>
        <source>Saving keywords</source>
        <translation>Stichwörter werden gespeichert</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="50"/>
        <source>Messages containing one of these words notify you as a mention does, in every conversation that is not muted.</source>
        <translation>Nachrichten mit einem dieser Wörter benachrichtigen dich wie eine Erwähnung, in jedem Chat, der nicht stummgeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="96"/>
        <source>Remove the keyword “%1”</source>
        <translation>Stichwort „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="112"/>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="119"/>
        <source>Add a keyword</source>
        <translation>Stichwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="131"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>LeftRoomBar</name>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You were banned from this conversation</source>
        <translation>Du wurdest aus diesem Chat verbannt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You left this conversation</source>
        <translation>Du hast diesen Chat verlassen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Rejoining</source>
        <translation>Wird wieder beigetreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Forgetting</source>
        <translation>Wird vergessen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoining…</source>
        <translation>Wird wieder beigetreten…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoin</source>
        <translation>Wieder beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="61"/>
        <source>Join this conversation again</source>
        <translation>Diesem Chat wieder beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="66"/>
        <source>Forget…</source>
        <translation>Vergessen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="69"/>
        <source>Forget this conversation</source>
        <translation>Diesen Chat vergessen</translation>
    </message>
</context>
<context>
    <name>LevelField</name>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="15"/>
        <source>Custom level</source>
        <translation>Eigene Stufe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="40"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="71"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="78"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="81"/>
        <source>Set %1</source>
        <translation>%1 festlegen</translation>
    </message>
</context>
<context>
    <name>LinkPreviewDialog</name>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="69"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Loading the room</source>
        <translation>Raum wird geladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Joining</source>
        <translation>Wird beigetreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="101"/>
        <source>This room can&apos;t be previewed. It may be private, or the link may be wrong.</source>
        <translation>Für diesen Raum gibt es keine Vorschau. Er ist vielleicht privat oder der Link ist falsch.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="117"/>
        <source>Its admins let people in. They will see your request.</source>
        <translation>Die Admins lassen Leute herein. Sie sehen deine Anfrage.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="118"/>
        <source>Request sent. You will be let in when an admin approves it.</source>
        <translation>Anfrage gesendet. Du wirst eingelassen, sobald ein Admin zustimmt.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="119"/>
        <source>You are invited.</source>
        <translation>Du bist eingeladen.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="120"/>
        <source>You are banned from this room.</source>
        <translation>Du bist aus diesem Raum verbannt.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="121"/>
        <source>This room is invite only. Ask a member to invite you.</source>
        <translation>Dieser Raum ist nur auf Einladung zugänglich. Bitte ein Mitglied, dich einzuladen.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="130"/>
        <source>Message to the admins (optional)</source>
        <translation>Nachricht an die Admins (optional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="131"/>
        <source>Hi, I&apos;d like to join</source>
        <translation>Hallo, ich würde gern beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="132"/>
        <source>Message to the admins</source>
        <translation>Nachricht an die Admins</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="160"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="168"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="169"/>
        <source>Joining…</source>
        <translation>Wird beigetreten…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join space</source>
        <translation>Space beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="171"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="172"/>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Ask to join</source>
        <translation>Beitritt anfragen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="181"/>
        <source>Ask to join %1</source>
        <translation>Beitritt zu %1 anfragen</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="34"/>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <location filename="../../resources/qml/LoginPage.qml" line="102"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="42"/>
        <source>Use your Matrix account. Your password is sent only to your homeserver.</source>
        <translation>Nutze dein Matrix-Konto. Dein Passwort geht nur an deinen Homeserver.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="52"/>
        <location filename="../../resources/qml/LoginPage.qml" line="54"/>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="53"/>
        <source>matrix.org</source>
        <translation>matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="64"/>
        <location filename="../../resources/qml/LoginPage.qml" line="66"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="65"/>
        <source>alice or @alice:matrix.org</source>
        <translation>alice oder @alice:matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="75"/>
        <location filename="../../resources/qml/LoginPage.qml" line="77"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <source>Signing in…</source>
        <translation>Wird angemeldet…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../resources/qml/Main.qml" line="18"/>
        <source>Messenger (%1)</source>
        <translation>Messenger (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Main.qml" line="19"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Main.qml" line="146"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="291"/>
        <source>Leave “%1”?</source>
        <translation>„%1“ verlassen?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="292"/>
        <source>You will stop receiving its messages. To come back, you may need a new invitation.</source>
        <translation>Du erhältst keine Nachrichten mehr daraus. Um zurückzukehren, brauchst du eventuell eine neue Einladung.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="293"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="303"/>
        <source>Sign out?</source>
        <translation>Abmelden?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="304"/>
        <source>Your conversations will be removed from this computer. Sign in as %1 to see them again.</source>
        <translation>Deine Chats werden von diesem Computer entfernt. Melde dich als %1 an, um sie wieder zu sehen.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="306"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="318"/>
        <source>Start a chat with %1?</source>
        <translation>Einen Chat mit %1 beginnen?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="319"/>
        <source>You have no conversation with them yet. Starting one sends them an invitation.</source>
        <translation>Du hast noch keinen Chat mit dieser Person. Wenn du einen beginnst, erhält sie eine Einladung.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="320"/>
        <source>Start chat</source>
        <translation>Chat beginnen</translation>
    </message>
</context>
<context>
    <name>MediaCachePanel</name>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="31"/>
        <source>Media cache</source>
        <translation>Medien-Cache</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="39"/>
        <source>Clearing…</source>
        <translation>Wird geleert…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="49"/>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="75"/>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="73"/>
        <source>Clear the media cache?</source>
        <translation>Den Medien-Cache leeren?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="74"/>
        <source>Pictures, videos and files are downloaded again when you look at them. Your messages stay.</source>
        <translation>Bilder, Videos und Dateien werden beim Ansehen erneut geladen. Deine Nachrichten bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>MediaContent</name>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="29"/>
        <source>Download failed. Try again</source>
        <translation>Herunterladen fehlgeschlagen. Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download (%1)</source>
        <translation>Herunterladen (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="98"/>
        <source>Sticker: %1</source>
        <translation>Sticker: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="99"/>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="147"/>
        <source>This picture cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="217"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="251"/>
        <source>Downloading… %1</source>
        <translation>Wird heruntergeladen… %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="292"/>
        <source>Save to Downloads</source>
        <translation>In „Downloads“ speichern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="309"/>
        <source>Uploading, %1%</source>
        <translation>Wird hochgeladen, %1 %</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="338"/>
        <source>Cancel the upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
</context>
<context>
    <name>MediaPlayerContent</name>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="121"/>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="204"/>
        <source>Save to Downloads</source>
        <translation>In „Downloads“ speichern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="293"/>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="294"/>
        <source>Play %1</source>
        <translation>%1 abspielen</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="114"/>
        <source>Plus and minus zoom, 0 fits the picture, Left and Right go to the previous or next one, Esc closes</source>
        <translation>Plus und Minus zoomen, 0 passt das Bild ein, Pfeil links und rechts wechseln zum vorherigen oder nächsten, Esc schließt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="152"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="167"/>
        <source>Save to Downloads (Ctrl+S)</source>
        <translation>In „Downloads“ speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="174"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="189"/>
        <source>Previous (Left)</source>
        <translation>Zurück (Pfeil links)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="202"/>
        <source>Next (Right)</source>
        <translation>Weiter (Pfeil rechts)</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="23"/>
        <location filename="../../resources/qml/MemberList.qml" line="117"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="56"/>
        <location filename="../../resources/qml/MemberList.qml" line="64"/>
        <source>Find a member</source>
        <translation>Mitglied suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="98"/>
        <source>Roles and permissions</source>
        <translation>Rollen und Berechtigungen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="99"/>
        <source>Roles and permissions of this conversation</source>
        <translation>Rollen und Berechtigungen dieses Chats</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="161"/>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="164"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="165"/>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="212"/>
        <source>(you)</source>
        <translation>(du)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="281"/>
        <source>Asking to join</source>
        <translation>Möchten beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="297"/>
        <source>asks to join</source>
        <translation>möchte beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="339"/>
        <source>Approve</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="340"/>
        <source>Let %1 in</source>
        <translation>%1 hereinlassen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="349"/>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="350"/>
        <source>Turn down %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="378"/>
        <source>Banned</source>
        <translation>Verbannt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="394"/>
        <source>banned</source>
        <translation>verbannt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="428"/>
        <source>Unban</source>
        <translation>Verbannung aufheben</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="429"/>
        <source>Unban %1</source>
        <translation>Verbannung von %1 aufheben</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="443"/>
        <source>Loading members</source>
        <translation>Mitglieder werden geladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="458"/>
        <source>No members to show</source>
        <translation>Keine Mitglieder vorhanden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="459"/>
        <source>No members match “%1”</source>
        <translation>Kein Mitglied passt zu „%1“</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="497"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="498"/>
        <source>Ban %1?</source>
        <translation>%1 verbannen?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="499"/>
        <source>Delete the recent messages of %1?</source>
        <translation>Die letzten Nachrichten von %1 löschen?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="500"/>
        <source>They leave the conversation and can come back if invited again.</source>
        <translation>Die Person verlässt den Chat und kann mit einer neuen Einladung zurückkommen.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="501"/>
        <source>They leave the conversation and cannot come back until unbanned.</source>
        <translation>Die Person verlässt den Chat und kann nicht zurück, bis die Verbannung aufgehoben ist.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="502"/>
        <source>Counting their messages…</source>
        <translation>Nachrichten werden gezählt…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="503"/>
        <source>This device holds no messages of theirs.</source>
        <translation>Auf diesem Gerät gibt es keine Nachrichten dieser Person.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/MemberList.qml" line="504"/>
        <source>%n message(s) will be deleted for everyone.</source>
        <translation>
            <numerusform>%n Nachricht wird für alle gelöscht.</numerusform>
            <numerusform>%n Nachrichten werden für alle gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Ban</source>
        <translation>Verbannen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>MessageActionBar</name>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="49"/>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="68"/>
        <source>Add a reaction</source>
        <translation>Reaktion hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="74"/>
        <source>Reply (R)</source>
        <translation>Antworten (R)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="80"/>
        <source>Reply in a thread (T)</source>
        <translation>Im Thread antworten (T)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="87"/>
        <source>Edit (E)</source>
        <translation>Bearbeiten (E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="94"/>
        <source>Delete (Del)</source>
        <translation>Löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="102"/>
        <source>More actions (Menu)</source>
        <translation>Weitere Aktionen (Menü)</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="199"/>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="221"/>
        <source>%1, shown; collapse</source>
        <translation>%1, angezeigt; einklappen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="222"/>
        <source>%1; show all</source>
        <translation>%1; alle anzeigen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="265"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="420"/>
        <source>Reply to %1: %2</source>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="546"/>
        <source>Posted by %1</source>
        <translation>Gepostet von %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="551"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="572"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="573"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="622"/>
        <source>%1 %2, by %3</source>
        <translation>%1 %2, von %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="625"/>
        <source>%1 reacted with %2</source>
        <translation>%1 hat mit %2 reagiert</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="663"/>
        <source>Thread: %1</source>
        <translation>Thread: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="713"/>
        <source>Read by %1</source>
        <translation>Gelesen von %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="738"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="746"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="748"/>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="753"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="755"/>
        <source>Delete the unsent message</source>
        <translation>Nicht gesendete Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="767"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
</context>
<context>
    <name>ModerationDialog</name>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="72"/>
        <source>Reason (optional, everyone sees it)</source>
        <translation>Grund (optional, für alle sichtbar)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="73"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="82"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New channel</source>
        <translation>Neuer Kanal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New conversation</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="59"/>
        <source>Chat or group</source>
        <translation>Chat oder Gruppe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="60"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="99"/>
        <location filename="../../resources/qml/NewChatDialog.qml" line="100"/>
        <source>Channel name</source>
        <translation>Name des Kanals</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="108"/>
        <source>Description (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="109"/>
        <source>Channel description</source>
        <translation>Beschreibung des Kanals</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="116"/>
        <source>Anyone with the link can join</source>
        <translation>Jeder mit dem Link kann beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="152"/>
        <source>You and the moderators you choose post; everyone else reads and reacts.</source>
        <translation>Du und die Moderatoren deiner Wahl posten; alle anderen lesen und reagieren.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="159"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="160"/>
        <source>@bob:example.org, @carol:example.org</source>
        <translation>@bob:example.org, @carol:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="161"/>
        <source>People to invite</source>
        <translation>Einzuladende Personen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="169"/>
        <source>Group name (leave empty for a direct chat)</source>
        <translation>Gruppenname (leer lassen für einen Direktchat)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="170"/>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="177"/>
        <source>Browse public rooms…</source>
        <translation>Öffentliche Räume durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="178"/>
        <source>Browse public rooms or join by address (Ctrl+Shift+J)</source>
        <translation>Öffentliche Räume durchsuchen oder per Adresse beitreten (Strg+Umschalt+J)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="189"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Create channel</source>
        <translation>Kanal erstellen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Create the channel</source>
        <translation>Den Kanal erstellen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Start the conversation</source>
        <translation>Den Chat beginnen</translation>
    </message>
</context>
<context>
    <name>NewSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="53"/>
        <source>New space</source>
        <translation>Neuer Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="64"/>
        <source>A space gathers rooms and groups for a community. Its admins choose its rooms.</source>
        <translation>Ein Space bündelt Räume und Gruppen für eine Community. Seine Admins wählen die Räume aus.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="70"/>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="71"/>
        <source>Space name</source>
        <translation>Name des Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="79"/>
        <source>Description (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="80"/>
        <source>Space description</source>
        <translation>Beschreibung des Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="89"/>
        <source>Anyone can find and join</source>
        <translation>Jeder kann ihn finden und beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="90"/>
        <source>Listed in the server&apos;s directory; anyone can join.</source>
        <translation>Im Verzeichnis des Servers gelistet; jeder kann beitreten.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="91"/>
        <source>Only people you invite can join.</source>
        <translation>Nur von dir eingeladene Personen können beitreten.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="98"/>
        <source>Start with an announcements channel</source>
        <translation>Mit einem Ankündigungskanal beginnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="99"/>
        <source>Where its admins post and every member reads.</source>
        <translation>Hier posten die Admins und alle Mitglieder lesen mit.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="119"/>
        <source>Creating the space</source>
        <translation>Space wird erstellt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="123"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Create space</source>
        <translation>Space erstellen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="131"/>
        <source>Create the space</source>
        <translation>Den Space erstellen</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../resources/qml/Notice.qml" line="40"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>PinnedBar</name>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="22"/>
        <source>Pinned messages</source>
        <translation>Angeheftete Nachrichten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="43"/>
        <source>Pinned message %1 of %2, from %3: %4. Show it</source>
        <translation>Angeheftete Nachricht %1 von %2, von %3: %4. Anzeigen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="46"/>
        <source>Pinned message from %1: %2. Show it</source>
        <translation>Angeheftete Nachricht von %1: %2. Anzeigen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <location filename="../../resources/qml/PinnedBar.qml" line="90"/>
        <source>Pinned message</source>
        <translation>Angeheftete Nachricht</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="122"/>
        <source>Unpin this message</source>
        <translation>Diese Nachricht loslösen</translation>
    </message>
</context>
<context>
    <name>PlayPauseButton</name>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="20"/>
        <source>Stop loading %1</source>
        <translation>Laden von %1 abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Play %1</source>
        <translation>%1 abspielen</translation>
    </message>
</context>
<context>
    <name>PowerLevelEditor</name>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="29"/>
        <source>Send messages</source>
        <translation>Nachrichten senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="30"/>
        <source>React to messages</source>
        <translation>Auf Nachrichten reagieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="31"/>
        <source>Invite people</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="32"/>
        <source>Delete others&apos; messages</source>
        <translation>Nachrichten anderer löschen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="33"/>
        <source>Pin messages</source>
        <translation>Nachrichten anheften</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="34"/>
        <source>Start calls</source>
        <translation>Anrufe starten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="35"/>
        <source>Notify everyone with @room</source>
        <translation>Alle mit @room benachrichtigen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="36"/>
        <source>Remove people</source>
        <translation>Personen entfernen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="37"/>
        <source>Ban people</source>
        <translation>Personen verbannen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="38"/>
        <source>Change name, topic and picture</source>
        <translation>Name, Thema und Bild ändern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="39"/>
        <source>Change who can join and read history</source>
        <translation>Ändern, wer beitreten und den Verlauf lesen darf</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="40"/>
        <source>Change roles and permissions</source>
        <translation>Rollen und Berechtigungen ändern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="63"/>
        <source>Roles and permissions</source>
        <translation>Rollen und Berechtigungen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="74"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="85"/>
        <source>Who may do what in this conversation. Admins have every right moderators have.</source>
        <translation>Wer in diesem Chat was darf. Admins haben alle Rechte der Moderatoren.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="86"/>
        <source>Your role does not allow changing these; this is who may do what here.</source>
        <translation>Deine Rolle erlaubt keine Änderungen; so ist hier geregelt, wer was darf.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="100"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="155"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="156"/>
        <source>Moderators</source>
        <translation>Moderatoren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="157"/>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="159"/>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="160"/>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="214"/>
        <source>Custom level for %1</source>
        <translation>Eigene Stufe für %1</translation>
    </message>
</context>
<context>
    <name>ProfilePopup</name>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="127"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="213"/>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="214"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="215"/>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="231"/>
        <source>Send a message to %1</source>
        <translation>%1 eine Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="242"/>
        <source>Share link to profile</source>
        <translation>Link zum Profil teilen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="243"/>
        <source>Share a link to %1</source>
        <translation>Einen Link zu %1 teilen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="254"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="326"/>
        <source>Custom level for %1</source>
        <translation>Eigene Stufe für %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="345"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="347"/>
        <source>Remove %1 from the conversation</source>
        <translation>%1 aus dem Chat entfernen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="355"/>
        <source>Ban</source>
        <translation>Verbannen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="357"/>
        <source>Ban %1</source>
        <translation>%1 verbannen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="367"/>
        <source>Delete recent messages</source>
        <translation>Letzte Nachrichten löschen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="368"/>
        <source>Delete the recent messages of %1</source>
        <translation>Die letzten Nachrichten von %1 löschen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Unblocking…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Blocking…</source>
        <translation>Wird blockiert…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <source>Unblock</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <location filename="../../resources/qml/ProfilePopup.qml" line="440"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Unblock %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Block %1</source>
        <translation>%1 blockieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="403"/>
        <source>Block %1?</source>
        <translation>%1 blockieren?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="412"/>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="413"/>
        <source>Report %1 to the server&apos;s admins</source>
        <translation>%1 den Admins des Servers melden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="427"/>
        <source>This is you</source>
        <translation>Das bist du</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="439"/>
        <source>Their messages and invitations disappear, on all your devices. They are not told; you can unblock them in Settings.</source>
        <translation>Ihre Nachrichten und Einladungen verschwinden, auf all deinen Geräten. Die Person erfährt davon nichts; in den Einstellungen kannst du sie wieder freigeben.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="50"/>
        <source>Go to a conversation or a person</source>
        <translation>Zu einem Chat oder einer Person wechseln</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="55"/>
        <source>Quick switcher</source>
        <translation>Schnellwechsel</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="80"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="167"/>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="41"/>
        <source>Delete this message?</source>
        <translation>Diese Nachricht löschen?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="49"/>
        <source>It is deleted for everyone in the conversation.</source>
        <translation>Sie wird für alle im Chat gelöscht.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="50"/>
        <source>It is deleted for everyone; as a moderator you may say why.</source>
        <translation>Sie wird für alle gelöscht; als Moderator kannst du einen Grund angeben.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="58"/>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="59"/>
        <source>Reason for deleting</source>
        <translation>Grund für das Löschen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="74"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report this message</source>
        <translation>Diese Nachricht melden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report %1</source>
        <translation>%1 melden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="77"/>
        <source>The admins of your server see the message and your reason. %1 is not told.</source>
        <translation>Die Admins deines Servers sehen die Nachricht und deinen Grund. %1 erfährt nichts davon.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="78"/>
        <source>The admins of your server see who you report and your reason. %1 is not told.</source>
        <translation>Die Admins deines Servers sehen, wen du meldest, und deinen Grund. %1 erfährt nichts davon.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="88"/>
        <source>Reason (for the admins)</source>
        <translation>Grund (für die Admins)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="90"/>
        <source>Reason for the report</source>
        <translation>Grund für die Meldung</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="107"/>
        <source>Reported. The server&apos;s admins will see it.</source>
        <translation>Gemeldet. Die Admins des Servers sehen es.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Reporting…</source>
        <translation>Wird gemeldet…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Report</source>
        <translation>Melden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="130"/>
        <source>Send the report</source>
        <translation>Meldung senden</translation>
    </message>
</context>
<context>
    <name>RightPanel</name>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="100"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="101"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="102"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="109"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="110"/>
        <source>%1, %2 invited</source>
        <translation>%1, %2 eingeladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="114"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="157"/>
        <source>Close %1 (Esc)</source>
        <translation>%1 schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="49"/>
        <source>Invitation from %1, hidden because it looks like spam</source>
        <translation>Einladung von %1, ausgeblendet, weil sie wie Spam aussieht</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="52"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="272"/>
        <source>Marked as unread</source>
        <translation>Als ungelesen markiert</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="54"/>
        <source>Mentions you</source>
        <translation>Erwähnt dich</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="55"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="230"/>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="56"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="281"/>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="102"/>
        <source>Invite from %1</source>
        <translation>Einladung von %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="140"/>
        <source>Hidden: it looks like spam</source>
        <translation>Ausgeblendet: sieht wie Spam aus</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="160"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="165"/>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="170"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="200"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="175"/>
        <source>Decline the invitation to %1</source>
        <translation>Einladung zu %1 ablehnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="191"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="195"/>
        <source>Show the invitation from %1</source>
        <translation>Einladung von %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="205"/>
        <source>Decline the invitation from %1</source>
        <translation>Einladung von %1 ablehnen</translation>
    </message>
</context>
<context>
    <name>RoomDirectory</name>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="58"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="193"/>
        <source>Public rooms</source>
        <translation>Öffentliche Räume</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="67"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="81"/>
        <source>Search, or an address: #room:server</source>
        <translation>Suche oder Adresse: #raum:server</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="89"/>
        <source>Search public rooms, or a room&apos;s address to join</source>
        <translation>Öffentliche Räume suchen oder Adresse eines Raums zum Beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="123"/>
        <source>Searching</source>
        <translation>Wird gesucht</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="132"/>
        <source>matrix.org</source>
        <translation>matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="140"/>
        <source>Server whose directory to show</source>
        <translation>Server, dessen Verzeichnis angezeigt wird</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="153"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="160"/>
        <source>The server whose public rooms are listed</source>
        <translation>Der Server, dessen öffentliche Räume gelistet werden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="171"/>
        <source>The room at this address</source>
        <translation>Der Raum unter dieser Adresse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="223"/>
        <source>Loading more rooms</source>
        <translation>Weitere Räume werden geladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="240"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="417"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="282"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="329"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="349"/>
        <source>Request sent: a moderator will let you in</source>
        <translation>Anfrage gesendet: Ein Moderator lässt dich herein</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Sending the request</source>
        <translation>Anfrage wird gesendet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Joining</source>
        <translation>Wird beigetreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Joining…</source>
        <translation>Wird beigetreten…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="376"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="377"/>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Ask to join</source>
        <translation>Beitritt anfragen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="379"/>
        <source>Joining %1</source>
        <translation>%1 wird beigetreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="380"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="381"/>
        <source>Request to join %1 sent</source>
        <translation>Beitrittsanfrage an %1 gesendet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="382"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="477"/>
        <source>Ask to join %1</source>
        <translation>Beitritt zu %1 anfragen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="383"/>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="395"/>
        <source>Loading the public rooms</source>
        <translation>Öffentliche Räume werden geladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="432"/>
        <source>No public rooms match “%1”.</source>
        <translation>Keine öffentlichen Räume passen zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="433"/>
        <source>%1 lists no public rooms yet.</source>
        <translation>%1 listet noch keine öffentlichen Räume.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="487"/>
        <source>The room&apos;s moderators see your request and can let you in.</source>
        <translation>Die Moderatoren des Raums sehen deine Anfrage und können dich hereinlassen.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="495"/>
        <source>Message (optional)</source>
        <translation>Nachricht (optional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="497"/>
        <source>Message to the moderators</source>
        <translation>Nachricht an die Moderatoren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="506"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="512"/>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="513"/>
        <source>Send the request to join %1</source>
        <translation>Beitrittsanfrage an %1 senden</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="56"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="92"/>
        <source>Saved messages</source>
        <translation>Gespeicherte Nachrichten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="97"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="102"/>
        <location filename="../../resources/qml/RoomList.qml" line="705"/>
        <source>New folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="107"/>
        <location filename="../../resources/qml/RoomList.qml" line="803"/>
        <source>New space…</source>
        <translation>Neuer Space…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="112"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="118"/>
        <source>Uploading avatar…</source>
        <translation>Profilbild wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="119"/>
        <source>Change my avatar…</source>
        <translation>Mein Profilbild ändern…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="120"/>
        <source>Set my avatar…</source>
        <translation>Mein Profilbild festlegen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="128"/>
        <source>Remove my avatar</source>
        <translation>Mein Profilbild entfernen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="133"/>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="148"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="156"/>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="161"/>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="166"/>
        <source>About Messenger</source>
        <translation>Über Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="178"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="184"/>
        <source>Search conversations</source>
        <translation>Chats suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="215"/>
        <source>New conversation (Ctrl+N)</source>
        <translation>Neuer Chat (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="234"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="302"/>
        <source>%1, %2 unread</source>
        <translation>%1, %2 ungelesen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="367"/>
        <source>Edit folder…</source>
        <translation>Ordner bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="372"/>
        <source>Move left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="377"/>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="382"/>
        <source>Delete folder…</source>
        <translation>Ordner löschen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="405"/>
        <source>Spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="443"/>
        <source>All conversations</source>
        <translation>Alle Chats</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="448"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="513"/>
        <source>New space</source>
        <translation>Neuer Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="531"/>
        <source>Conversations</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="563"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="564"/>
        <source>Browse the rooms of %1</source>
        <translation>Räume von %1 durchsuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="567"/>
        <source>All the rooms of this space, to join or open</source>
        <translation>Alle Räume dieses Space, zum Beitreten oder Öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="618"/>
        <source>No conversations yet — start one with Ctrl+N</source>
        <translation>Noch keine Chats – beginne einen mit Strg+N</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="619"/>
        <source>No conversations match “%1”</source>
        <translation>Keine Chats passen zu „%1“</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Unpin</source>
        <translation>Loslösen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Pin to top</source>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="666"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="670"/>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="675"/>
        <source>Mentions and keywords</source>
        <translation>Erwähnungen und Stichwörter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="680"/>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Move out of low priority</source>
        <translation>Aus „Niedrige Priorität“ holen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="692"/>
        <source>Add to folder</source>
        <translation>Zu Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Change avatar…</source>
        <translation>Bild ändern…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Set avatar…</source>
        <translation>Bild festlegen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="723"/>
        <source>Remove avatar</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose the conversation&apos;s avatar</source>
        <translation>Bild des Chats auswählen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose your avatar</source>
        <translation>Dein Profilbild auswählen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="742"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="759"/>
        <source>Delete the folder “%1”?</source>
        <translation>Den Ordner „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="764"/>
        <source>Its conversations stay in your list; only the tab goes, on your other devices too.</source>
        <translation>Seine Chats bleiben in deiner Liste; nur der Tab verschwindet, auch auf deinen anderen Geräten.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="765"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="793"/>
        <source>Browse rooms</source>
        <translation>Räume durchsuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="798"/>
        <source>Show its conversations</source>
        <translation>Seine Chats anzeigen</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="94"/>
        <source>Conversation settings</source>
        <translation>Chat-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="104"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="111"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="143"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="149"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="150"/>
        <source>Conversation name</source>
        <translation>Name des Chats</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="159"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="160"/>
        <source>Conversation topic</source>
        <translation>Thema des Chats</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="170"/>
        <source>Change picture…</source>
        <translation>Bild ändern…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="179"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="180"/>
        <source>Save the name and topic</source>
        <translation>Name und Thema speichern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="187"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="195"/>
        <source>Who can join</source>
        <translation>Wer beitreten kann</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="196"/>
        <source>Anyone with its address or link joins.</source>
        <translation>Jeder mit der Adresse oder dem Link tritt bei.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="197"/>
        <source>Anyone may ask; a moderator lets them in.</source>
        <translation>Jeder kann anfragen; ein Moderator lässt die Person herein.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="198"/>
        <source>Members of its space join; others need an invitation.</source>
        <translation>Mitglieder des Space treten bei; andere brauchen eine Einladung.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="199"/>
        <source>Only people who are invited.</source>
        <translation>Nur eingeladene Personen.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="201"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="202"/>
        <source>Ask to join</source>
        <translation>Auf Anfrage</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="203"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="224"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="204"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="245"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="215"/>
        <source>Who can read the history</source>
        <translation>Wer den Verlauf lesen kann</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="216"/>
        <source>Anyone, without joining.</source>
        <translation>Jeder, auch ohne Beitritt.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="217"/>
        <source>Members, from when they joined.</source>
        <translation>Mitglieder, ab ihrem Beitritt.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="218"/>
        <source>Members, from when they were invited.</source>
        <translation>Mitglieder, ab ihrer Einladung.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="219"/>
        <source>Members, all of it.</source>
        <translation>Mitglieder, den gesamten Verlauf.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="221"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="222"/>
        <source>Since invited</source>
        <translation>Ab Einladung</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="223"/>
        <source>Since joined</source>
        <translation>Ab Beitritt</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="235"/>
        <source>Let guests join</source>
        <translation>Gäste zulassen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="236"/>
        <source>People without an account on any server.</source>
        <translation>Personen ohne Konto auf irgendeinem Server.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="258"/>
        <source>Not in a space</source>
        <translation>In keinem Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="265"/>
        <source>Its space lists it, and the space&apos;s members find it there.</source>
        <translation>Sein Space listet ihn, und die Mitglieder des Space finden ihn dort.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="276"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="277"/>
        <source>Change the conversation&apos;s space</source>
        <translation>Den Space des Chats ändern</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="285"/>
        <source>No space</source>
        <translation>Kein Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="304"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="313"/>
        <source>Sign posts</source>
        <translation>Beiträge signieren</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="314"/>
        <source>Show the name of the admin who wrote each post. Otherwise posts show as the channel&apos;s.</source>
        <translation>Den Namen des Admins anzeigen, der einen Beitrag geschrieben hat. Sonst erscheinen Beiträge im Namen des Kanals.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="327"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="332"/>
        <source>No address yet</source>
        <translation>Noch keine Adresse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="344"/>
        <source>New address, e.g. climbing-club</source>
        <translation>Neue Adresse, z. B. kletterclub</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="345"/>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="352"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="353"/>
        <source>Add the address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="367"/>
        <source>List in the server&apos;s directory</source>
        <translation>Im Verzeichnis des Servers listen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="368"/>
        <source>Anyone browsing the server&apos;s public conversations finds it.</source>
        <translation>Wer die öffentlichen Chats des Servers durchsucht, findet ihn.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="391"/>
        <source>Leave conversation…</source>
        <translation>Chat verlassen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="399"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="408"/>
        <source>Choose the conversation&apos;s picture</source>
        <translation>Bild des Chats auswählen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="410"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="17"/>
        <source>Search in this conversation</source>
        <translation>In diesem Chat suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="53"/>
        <source>Search messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="61"/>
        <source>Search messages in this conversation</source>
        <translation>Nachrichten in diesem Chat suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="62"/>
        <source>Press Enter to search</source>
        <translation>Zum Suchen Enter drücken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SearchPanel.qml" line="100"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="119"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="144"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="248"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="249"/>
        <source>Load more results</source>
        <translation>Weitere Ergebnisse laden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="279"/>
        <source>Searching</source>
        <translation>Wird gesucht</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="299"/>
        <source>No messages match “%1”</source>
        <translation>Keine Nachrichten passen zu „%1“</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="300"/>
        <source>Find messages in this conversation: type a word and press Enter.</source>
        <translation>Nachrichten in diesem Chat finden: Gib ein Wort ein und drücke Enter.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="310"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <location filename="../../resources/qml/SeekBar.qml" line="22"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>SendFilesDialog</name>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="67"/>
        <source>Send a photo</source>
        <translation>Ein Foto senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="68"/>
        <source>Send a file</source>
        <translation>Eine Datei senden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SendFilesDialog.qml" line="69"/>
        <source>Send %n files</source>
        <translation>
            <numerusform>%n Datei senden</numerusform>
            <numerusform>%n Dateien senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="80"/>
        <source>In the thread</source>
        <translation>Im Thread</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="186"/>
        <source>Rotate</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Done cropping</source>
        <translation>Zuschneiden beenden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Crop</source>
        <translation>Zuschneiden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="245"/>
        <source>Add a caption…</source>
        <translation>Bildunterschrift hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="249"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="264"/>
        <source>Send as file (original quality, no preview)</source>
        <translation>Als Datei senden (Originalqualität, ohne Vorschau)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="288"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="293"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>SessionExpiredBar</name>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="48"/>
        <source>Your session expired — enter your password to continue.</source>
        <translation>Deine Sitzung ist abgelaufen – gib dein Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="59"/>
        <source>Messages you write meanwhile are sent once you are signed in as %1.</source>
        <translation>Nachrichten, die du bis dahin schreibst, werden gesendet, sobald du als %1 angemeldet bist.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="69"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="72"/>
        <source>Your password</source>
        <translation>Dein Passwort</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="80"/>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="86"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <location filename="../../resources/qml/SettingRow.qml" line="210"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="81"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="100"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="267"/>
        <source>Close settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="47"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="60"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="91"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="68"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="108"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>SpaceBrowser</name>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="69"/>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="75"/>
        <source>Rooms in %1</source>
        <translation>Räume in %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="89"/>
        <source>Add rooms</source>
        <translation>Räume hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="90"/>
        <source>Add rooms to %1</source>
        <translation>Räume zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="100"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="110"/>
        <source>Search rooms</source>
        <translation>Räume suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="116"/>
        <source>Search the rooms of this space</source>
        <translation>Die Räume dieses Space durchsuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="161"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="202"/>
        <source>%1, space, %2</source>
        <translation>%1, Space, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="203"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="204"/>
        <source>suggested</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="253"/>
        <source>Suggested</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="270"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="303"/>
        <source>Joining</source>
        <translation>Wird beigetreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="311"/>
        <source>More for %1</source>
        <translation>Mehr zu %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="325"/>
        <source>Joining…</source>
        <translation>Wird beigetreten…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="326"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="328"/>
        <source>Joining %1</source>
        <translation>%1 wird beigetreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="329"/>
        <source>Join %1</source>
        <translation>%1 beitreten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Browse %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="342"/>
        <source>Loading the rooms</source>
        <translation>Räume werden geladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="364"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="377"/>
        <source>This space has no rooms yet.</source>
        <translation>Dieser Space hat noch keine Räume.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="378"/>
        <source>No rooms match “%1”</source>
        <translation>Keine Räume passen zu „%1“</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Don&apos;t suggest</source>
        <translation>Nicht empfehlen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Suggest to members</source>
        <translation>Den Mitgliedern empfehlen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="401"/>
        <source>Remove from space</source>
        <translation>Aus dem Space entfernen</translation>
    </message>
</context>
<context>
    <name>StickerPicker</name>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="102"/>
        <source>Add stickers</source>
        <translation>Sticker hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="104"/>
        <source>Pictures (*.png *.webp *.gif *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.webp *.gif *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="111"/>
        <source>Stickers</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="121"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="129"/>
        <source>Search stickers</source>
        <translation>Sticker suchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="172"/>
        <source>Sticker packs</source>
        <translation>Stickerpakete</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="181"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="183"/>
        <source>New sticker pack for this conversation</source>
        <translation>Neues Stickerpaket für diesen Chat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="283"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="336"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="338"/>
        <source>Add stickers from your computer</source>
        <translation>Sticker von deinem Computer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="411"/>
        <source>Make your own stickers: add pictures from your computer, or right-click a sticker someone sent.</source>
        <translation>Mach deine eigenen Sticker: Füge Bilder von deinem Computer hinzu oder klicke mit rechts auf einen Sticker, den dir jemand geschickt hat.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="412"/>
        <source>Add pictures from your computer: everyone in this conversation can send them.</source>
        <translation>Füge Bilder von deinem Computer hinzu: Alle in diesem Chat können sie senden.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="424"/>
        <source>No stickers found</source>
        <translation>Keine Sticker gefunden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="451"/>
        <source>A pack everyone in this conversation can use</source>
        <translation>Ein Paket, das alle in diesem Chat nutzen können</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="460"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="466"/>
        <source>Pack name</source>
        <translation>Name des Pakets</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="480"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use only in its conversation</source>
        <translation>Nur in seinem Chat verwenden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use in every conversation</source>
        <translation>In jedem Chat verwenden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="509"/>
        <source>Remove from My stickers</source>
        <translation>Aus „Meine Sticker“ entfernen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="510"/>
        <source>Remove from this pack</source>
        <translation>Aus diesem Paket entfernen</translation>
    </message>
</context>
<context>
    <name>StorageStatus</name>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="67"/>
        <source>Messenger cannot save to disk: the disk is full. New messages wait until there is space.</source>
        <translation>Messenger kann nichts auf dem Datenträger speichern: Er ist voll. Neue Nachrichten warten, bis wieder Platz ist.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="69"/>
        <source>Messenger cannot save to disk: it is read-only. New messages wait until it can.</source>
        <translation>Messenger kann nichts auf dem Datenträger speichern: Er ist schreibgeschützt. Neue Nachrichten warten, bis es wieder geht.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="71"/>
        <source>The saved conversations are damaged; restart Messenger to download them again.</source>
        <translation>Die gespeicherten Chats sind beschädigt. Starte Messenger neu, um sie erneut herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="72"/>
        <source>Messenger cannot save to disk. New messages wait until it can.</source>
        <translation>Messenger kann nichts auf dem Datenträger speichern. Neue Nachrichten warten, bis es wieder geht.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="79"/>
        <source>This cache was written by a newer version of Messenger: it was set aside, and your conversations are being downloaded again.</source>
        <translation>Dieser Zwischenspeicher stammt von einer neueren Messenger-Version: Er wurde beiseitegelegt, und deine Chats werden neu heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="84"/>
        <source>The saved conversations were damaged, so they are being downloaded again.</source>
        <translation>Die gespeicherten Chats waren beschädigt und werden deshalb neu heruntergeladen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="86"/>
        <source>%n unsent message(s) could not be recovered.</source>
        <translation>
            <numerusform>%n nicht gesendete Nachricht konnte nicht wiederhergestellt werden.</numerusform>
            <numerusform>%n nicht gesendete Nachrichten konnten nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="88"/>
        <source>%n unsent message(s) were kept; others may have been lost.</source>
        <translation>
            <numerusform>%n nicht gesendete Nachricht wurde behalten; andere sind eventuell verloren.</numerusform>
            <numerusform>%n nicht gesendete Nachrichten wurden behalten; andere sind eventuell verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="90"/>
        <source>Messages waiting to be sent, if there were any, could not be recovered.</source>
        <translation>Wartende Nachrichten, falls es welche gab, konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="92"/>
        <source>%n unsent message(s) were kept and will be sent.</source>
        <translation>
            <numerusform>%n nicht gesendete Nachricht wurde behalten und wird gesendet.</numerusform>
            <numerusform>%n nicht gesendete Nachrichten wurden behalten und werden gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="30"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="60"/>
        <source>Thread messages</source>
        <translation>Nachrichten im Thread</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="98"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="191"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="212"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="213"/>
        <source>Retry sending</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="245"/>
        <source>No replies yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ThreadPanel.qml" line="246"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="271"/>
        <source>Loading the thread</source>
        <translation>Thread wird geladen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="296"/>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="313"/>
        <source>Send files to the thread</source>
        <translation>Dateien in den Thread senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="344"/>
        <source>Drop files here to send them to the thread</source>
        <translation>Dateien hier ablegen, um sie in den Thread zu senden</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="387"/>
        <source>Attach files to the thread (Ctrl+O)</source>
        <translation>Dateien an den Thread anhängen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="411"/>
        <source>Reply in thread…</source>
        <translation>Im Thread antworten…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="422"/>
        <source>Reply in thread</source>
        <translation>Im Thread antworten</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="457"/>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="80"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="176"/>
        <source>Open Messenger</source>
        <translation>Messenger öffnen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="81"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="221"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="256"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="254"/>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="83"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="177"/>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="85"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="178"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="88"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="179"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="90"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="180"/>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="94"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="181"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="219"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="37"/>
        <source>Voice message, %1</source>
        <translation>Sprachnachricht, %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="48"/>
        <source>voice message</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="115"/>
        <source>Playback speed %1×</source>
        <translation>Wiedergabegeschwindigkeit %1×</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="34"/>
        <source>Recording a voice message</source>
        <translation>Sprachnachricht wird aufgenommen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="44"/>
        <source>Cancel the recording (Esc)</source>
        <translation>Aufnahme abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="119"/>
        <source>Paused for a call: Enter sends, Esc cancels</source>
        <translation>Wegen eines Anrufs pausiert: Enter sendet, Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="120"/>
        <source>Enter sends, Esc cancels</source>
        <translation>Enter sendet, Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="121"/>
        <source>Let go to cancel</source>
        <translation>Zum Abbrechen loslassen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="122"/>
        <source>Let go to send, slide away to cancel</source>
        <translation>Zum Senden loslassen, zum Abbrechen wegziehen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="136"/>
        <source>Send the voice message (Enter)</source>
        <translation>Sprachnachricht senden (Enter)</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="77"/>
        <source>%1 is calling</source>
        <translation>%1 ruft an</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming video call</source>
        <translation>Eingehender Videoanruf</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming voice call</source>
        <translation>Eingehender Sprachanruf</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="84"/>
        <source>The microphone is no longer connected.</source>
        <translation>Das Mikrofon ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="87"/>
        <source>The microphone uses a sound format this app cannot read.</source>
        <translation>Das Mikrofon nutzt ein Tonformat, das diese App nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="94"/>
        <source>The microphone stopped working.</source>
        <translation>Das Mikrofon funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="115"/>
        <source>The speaker is no longer connected.</source>
        <translation>Der Lautsprecher ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="118"/>
        <source>The speaker uses a sound format this app cannot play.</source>
        <translation>Der Lautsprecher nutzt ein Tonformat, das diese App nicht abspielen kann.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="134"/>
        <source>The speaker stopped working.</source>
        <translation>Der Lautsprecher funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="75"/>
        <source>%1 declined the call</source>
        <translation>%1 hat den Anruf abgelehnt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="77"/>
        <source>%1 is busy</source>
        <translation>%1 ist besetzt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="79"/>
        <source>%1 did not answer</source>
        <translation>%1 hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="81"/>
        <source>The connection was lost</source>
        <translation>Die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="83"/>
        <source>The call could not be set up</source>
        <translation>Der Anruf konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="85"/>
        <source>%1 left the conversation</source>
        <translation>%1 hat den Chat verlassen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="87"/>
        <source>Answered on another device</source>
        <translation>Auf einem anderen Gerät angenommen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="89"/>
        <source>Declined on another device</source>
        <translation>Auf einem anderen Gerät abgelehnt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="91"/>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="398"/>
        <source>Calling…</source>
        <translation>Ruft an…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="400"/>
        <source>Ringing…</source>
        <translation>Klingelt…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="402"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="529"/>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="540"/>
        <source>You are already in a call.</source>
        <translation>Du bist bereits in einem Anruf.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="537"/>
        <source>Calls are only possible in a conversation between two people.</source>
        <translation>Anrufe sind nur in einem Chat zwischen zwei Personen möglich.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="245"/>
        <source>The app is closing: no devices can be used.</source>
        <translation>Die App wird beendet: Es können keine Geräte genutzt werden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="249"/>
        <source>No microphone was found: the other person will not hear you.</source>
        <translation>Kein Mikrofon gefunden: Die andere Person hört dich nicht.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="254"/>
        <source>The chosen microphone is not connected; {name} is used.</source>
        <translation>Das gewählte Mikrofon ist nicht verbunden; {name} wird verwendet.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="260"/>
        <source>No speaker or headphones were found: you will not hear the other person.</source>
        <translation>Keine Lautsprecher oder Kopfhörer gefunden: Du hörst die andere Person nicht.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="265"/>
        <source>The chosen speaker is not connected; {name} is used.</source>
        <translation>Der gewählte Lautsprecher ist nicht verbunden; {name} wird verwendet.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="272"/>
        <source>No camera was found: the other person will not see you.</source>
        <translation>Keine Kamera gefunden: Die andere Person sieht dich nicht.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="277"/>
        <source>The chosen camera is not connected; {name} is used.</source>
        <translation>Die gewählte Kamera ist nicht verbunden; {name} wird verwendet.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="165"/>
        <source>The camera is no longer connected.</source>
        <translation>Die Kamera ist nicht mehr verbunden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="173"/>
        <source>The camera stopped working.</source>
        <translation>Die Kamera funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="179"/>
        <source>Your screen could not be captured.</source>
        <translation>Dein Bildschirm konnte nicht aufgenommen werden.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../messenger_desktop/app.py" line="132"/>
        <source>Starting the homeserver on this computer…</source>
        <translation>Homeserver wird auf diesem Computer gestartet…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="42"/>
        <source>Your server wants this confirmed in a way Messenger cannot do here; do it on your server&apos;s web page or in another Matrix app.</source>
        <translation>Dein Server möchte eine Bestätigung, die Messenger hier nicht leisten kann; erledige das auf der Website deines Servers oder in einer anderen Matrix-App.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="47"/>
        <source>The password was wrong too many times; try again later.</source>
        <translation>Das Passwort war zu oft falsch; versuche es später erneut.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="49"/>
        <source>The server finds the new password too weak: %1</source>
        <translation>Dem Server ist das neue Passwort zu schwach: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="62"/>
        <source>Last active: %1</source>
        <translation>Zuletzt aktiv: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="276"/>
        <source>The device is signed out.</source>
        <translation>Das Gerät wurde abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/account_controller.py" line="278"/>
        <source>%n devices are signed out.</source>
        <translation>
            <numerusform>%n Gerät wurde abgemeldet.</numerusform>
            <numerusform>%n Geräte wurden abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="295"/>
        <source>Your password is changed.</source>
        <translation>Dein Passwort wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="322"/>
        <source>That password is not right.</source>
        <translation>Dieses Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="247"/>
        <source>Signing out…</source>
        <translation>Wird abgemeldet…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="298"/>
        <source>This link could not be opened: it is not a valid Matrix link.</source>
        <translation>Dieser Link konnte nicht geöffnet werden: Er ist kein gültiger Matrix-Link.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="310"/>
        <source>Could not open your conversations: %1</source>
        <translation>Deine Chats konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You were banned</source>
        <translation>Du wurdest verbannt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You left</source>
        <translation>Du hast den Chat verlassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="39"/>
        <source>%n new message(s) from %1</source>
        <translation>
            <numerusform>%n neue Nachricht von %1</numerusform>
            <numerusform>%n neue Nachrichten von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="52"/>
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n weitere Person</numerusform>
            <numerusform>%n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/avatar_controller.py" line="119"/>
        <source>Only a picture on this computer can be an avatar.</source>
        <translation>Nur ein Bild auf diesem Computer kann ein Profilbild sein.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="94"/>
        <source>Messenger is still running</source>
        <translation>Messenger läuft weiter</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="95"/>
        <source>It keeps receiving messages in the tray. Quit from the tray icon&apos;s menu.</source>
        <translation>Er empfängt im Infobereich weiter Nachrichten. Beenden kannst du ihn über das Menü des Symbols.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="57"/>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="59"/>
        <source>Until tomorrow %1</source>
        <translation>Bis morgen %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="63"/>
        <location filename="../../messenger_desktop/qt/formatting.py" line="107"/>
        <source>d MMMM</source>
        <extracomment>a Qt date format (d day, MMMM month name) for a date this year</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="63"/>
        <location filename="../../messenger_desktop/qt/formatting.py" line="109"/>
        <source>d MMMM yyyy</source>
        <extracomment>a Qt date format (d day, MMMM month name, yyyy year) for a date in another year</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="65"/>
        <source>Until %1 %2</source>
        <extracomment>%1 a weekday or a date, %2 a time: &quot;Until Friday 08:00&quot;, &quot;Until 3 March 08:00&quot;</extracomment>
        <translation>Bis %1 %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="34"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="35"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="36"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="37"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="69"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="155"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="105"/>
        <location filename="../../messenger_desktop/qt/thread_model.py" line="286"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="844"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="972"/>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="75"/>
        <source>Encrypted message — this app cannot decrypt it yet</source>
        <translation>Verschlüsselte Nachricht – diese App kann sie noch nicht entschlüsseln</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="86"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="1001"/>
        <source>This call could not be shown</source>
        <translation>Dieser Anruf kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="88"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="102"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="67"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="157"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="107"/>
        <source>This message could not be shown</source>
        <translation>Diese Nachricht kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="93"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="131"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="135"/>
        <source>%1 invited %2</source>
        <translation>%1 hat %2 eingeladen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="139"/>
        <source>%1 declined the invitation</source>
        <translation>%1 hat die Einladung abgelehnt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="141"/>
        <source>%1 withdrew their request to join</source>
        <translation>%1 hat die Beitrittsanfrage zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="144"/>
        <source>%1 left</source>
        <translation>%1 hat den Chat verlassen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="146"/>
        <source>%1 was unbanned by %2</source>
        <translation>%2 hat die Verbannung von %1 aufgehoben</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="148"/>
        <source>%2 withdrew the invitation for %1</source>
        <translation>%2 hat die Einladung für %1 zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="150"/>
        <source>%2 declined the request of %1 to join</source>
        <translation>%2 hat die Beitrittsanfrage von %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="153"/>
        <source>%1 was removed by %2</source>
        <translation>%1 wurde von %2 entfernt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="155"/>
        <source>%1 was banned by %2</source>
        <translation>%1 wurde von %2 verbannt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="157"/>
        <source>%1 asked to join</source>
        <translation>%1 möchte beitreten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="167"/>
        <source>%1 removed their name</source>
        <translation>%1 hat den Namen entfernt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="169"/>
        <source>%1 set their name to %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="170"/>
        <source>%1 changed their name to %2</source>
        <translation>%1 hat den Namen in %2 geändert</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="173"/>
        <source>%1 removed their avatar</source>
        <translation>%1 hat das Profilbild entfernt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="175"/>
        <source>%1 set an avatar</source>
        <translation>%1 hat ein Profilbild festgelegt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="176"/>
        <source>%1 changed their avatar</source>
        <translation>%1 hat das Profilbild geändert</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="186"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="234"/>
        <source>%1 created the conversation</source>
        <translation>%1 hat den Chat erstellt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="190"/>
        <source>%1 removed the conversation name</source>
        <translation>%1 hat den Namen des Chats entfernt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="191"/>
        <source>%1 changed the name to “%2”</source>
        <translation>%1 hat den Namen in „%2“ geändert</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="195"/>
        <source>%1 removed the topic</source>
        <translation>%1 hat das Thema entfernt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="196"/>
        <source>%1 changed the topic to “%2”</source>
        <translation>%1 hat das Thema in „%2“ geändert</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="198"/>
        <source>%1 changed the conversation picture</source>
        <translation>%1 hat das Bild des Chats geändert</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="200"/>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 hat die Ende-zu-Ende-Verschlüsselung aktiviert</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="242"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="244"/>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="246"/>
        <source>%1, %2 and %3 others</source>
        <translation>%1, %2 und %3 weitere</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="248"/>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="91"/>
        <source>d MMM</source>
        <extracomment>a Qt date format (d day, MMM short month name) for a date this year</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="93"/>
        <source>dd.MM.yy</source>
        <extracomment>a Qt date format (dd day, MM month, yy year) for a date in another year</extracomment>
        <translation>dd.MM.yy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="100"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="102"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/formatting.py" line="114"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="49"/>
        <source>“%1” stickers</source>
        <translation>Sticker von „%1“</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="118"/>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Der Protokollordner konnte nicht geöffnet werden. Er liegt unter %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="128"/>
        <source>Diagnostics copied to the clipboard: paste them into your bug report.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert: Füge sie in deinen Fehlerbericht ein.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/keywords_controller.py" line="96"/>
        <source>A keyword cannot start with a dot or contain a slash.</source>
        <translation>Ein Stichwort darf nicht mit einem Punkt beginnen und keinen Schrägstrich enthalten.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="32"/>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="34"/>
        <source>This account has been deactivated.</source>
        <translation>Dieses Konto wurde deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="36"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zu viele Versuche. Warte eine Minute und versuche es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="37"/>
        <source>The server refused to sign in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="39"/>
        <source>The server&apos;s security certificate is not valid, so Messenger did not connect. Check the address, or ask the server&apos;s administrator.</source>
        <translation>Das Sicherheitszertifikat des Servers ist ungültig, deshalb hat Messenger keine Verbindung aufgebaut. Prüfe die Adresse oder frag die Administration des Servers.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="44"/>
        <source>Could not reach the server through the proxy. Check it in Settings, Network.</source>
        <translation>Der Server ist über den Proxy nicht erreichbar. Prüfe ihn unter Einstellungen, Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="46"/>
        <source>Could not reach the server. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfe die Adresse und deine Verbindung.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="48"/>
        <source>The server&apos;s answer was not understood. Is this a Matrix server?</source>
        <translation>Die Antwort des Servers wurde nicht verstanden. Ist das ein Matrix-Server?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="49"/>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="105"/>
        <source>Enter your homeserver, for example matrix.org.</source>
        <translation>Gib deinen Homeserver ein, zum Beispiel matrix.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="108"/>
        <source>Enter your user name and password.</source>
        <translation>Gib deinen Benutzernamen und dein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="83"/>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="85"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="86"/>
        <source>%1 used</source>
        <translation>%1 belegt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="290"/>
        <source>Only the first %1 files are sent at once.</source>
        <translation>Es werden nur die ersten %1 Dateien auf einmal gesendet.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="294"/>
        <source>Only files on this computer can be sent.</source>
        <translation>Nur Dateien auf diesem Computer können gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="301"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="69"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="341"/>
        <source>The picture on the clipboard could not be read.</source>
        <translation>Das Bild in der Zwischenablage konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="410"/>
        <source>It is already on its way and cannot be stopped.</source>
        <translation>Sie ist bereits unterwegs und kann nicht mehr gestoppt werden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="457"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="86"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="227"/>
        <source>This file is not available.</source>
        <translation>Diese Datei ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="466"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="142"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="143"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="143"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="144"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="68"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="105"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="70"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="106"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="72"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="107"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="77"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="77"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="129"/>
        <source>Message forwarded.</source>
        <translation>Nachricht weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="181"/>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="194"/>
        <source>This link was not opened: %1</source>
        <translation>Dieser Link wurde nicht geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="301"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <source>Original message not found</source>
        <translation>Ursprüngliche Nachricht nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="173"/>
        <source>%1 and %2 others</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/message_view.py" line="212"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="215"/>
        <source>%1 · last from %2</source>
        <translation>%1 · zuletzt von %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="130"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="135"/>
        <source>%1 (%2 new)</source>
        <translation>%1 (%2 neu)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="187"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="166"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="180"/>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="253"/>
        <source>This file is too large to play here; save it instead.</source>
        <translation>Diese Datei ist zu groß, um sie hier abzuspielen; speichere sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="255"/>
        <source>This file is no longer on the server.</source>
        <translation>Diese Datei ist nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="259"/>
        <source>There is no room on this computer to keep this file.</source>
        <translation>Auf diesem Computer ist kein Platz, um diese Datei zu speichern.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="313"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="308"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="262"/>
        <source>This recording cannot be played.</source>
        <translation>Diese Aufnahme kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="131"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Direct chat</source>
        <translation>Direktchat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="89"/>
        <source>Your role in this conversation does not allow this.</source>
        <translation>Deine Rolle in diesem Chat erlaubt das nicht.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="90"/>
        <source>Their role is the same as yours or higher.</source>
        <translation>Die Rolle dieser Person ist gleich hoch oder höher als deine.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="91"/>
        <source>Nobody can give a role above their own.</source>
        <translation>Niemand kann eine höhere Rolle als die eigene vergeben.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="92"/>
        <source>The owner of this conversation outranks everyone, for good.</source>
        <translation>Der Eigentümer dieses Chats steht dauerhaft über allen.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="98"/>
        <source>This needs a role above yours; only someone with it can change it.</source>
        <translation>Dafür ist eine höhere Rolle als deine nötig; nur wer sie hat, kann das ändern.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="108"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="109"/>
        <source>Custom (%1)</source>
        <translation>Eigene (%1)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="340"/>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="446"/>
        <source>Nothing of theirs to delete</source>
        <translation>Nichts von dieser Person zu löschen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="448"/>
        <source>Deleting 1 message</source>
        <translation>1 Nachricht wird gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/room_admin.py" line="450"/>
        <source>Deleting %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht wird gelöscht</numerusform>
            <numerusform>%n Nachrichten werden gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="107"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="425"/>
        <source>You are banned from this room.</source>
        <translation>Du bist aus diesem Raum verbannt.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="252"/>
        <source>“%1” is not a server name.</source>
        <translation>„%1“ ist kein Servername.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="423"/>
        <source>This room could not be found.</source>
        <translation>Dieser Raum wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="427"/>
        <source>This room is invite only.</source>
        <translation>Dieser Raum ist nur auf Einladung zugänglich.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="432"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="422"/>
        <source>No room has the address %1.</source>
        <translation>Kein Raum hat die Adresse %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="102"/>
        <source>Message not available</source>
        <translation>Nachricht nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="109"/>
        <source>Encrypted message</source>
        <translation>Verschlüsselte Nachricht</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="458"/>
        <source>This thread&apos;s first message could not be found.</source>
        <translation>Die erste Nachricht dieses Threads wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="606"/>
        <source>This server does not offer searching in conversations.</source>
        <translation>Dieser Server bietet keine Suche in Chats an.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="124"/>
        <source>Saved messages</source>
        <translation>Gespeicherte Nachrichten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="130"/>
        <source>%1 invited you</source>
        <translation>%1 hat dich eingeladen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="137"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="158"/>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/safety_controller.py" line="180"/>
        <source>Not reported: %1</source>
        <translation>Nicht gemeldet: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/search_model.py" line="131"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/search_model.py" line="152"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="66"/>
        <source>The server could not be reached through the proxy. Check it in Settings, Network.</source>
        <translation>Der Server war über den Proxy nicht erreichbar. Prüfe ihn unter Einstellungen, Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="68"/>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="71"/>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="89"/>
        <source>The server did not allow this: %1</source>
        <translation>Der Server hat das nicht erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="74"/>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="76"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="77"/>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgelaufen: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="87"/>
        <source>There is no user %1 on that server.</source>
        <translation>Auf diesem Server gibt es keinen Benutzer %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="91"/>
        <source>Too many invitations at once; wait a moment and try again.</source>
        <translation>Zu viele Einladungen auf einmal; warte kurz und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="402"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="404"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 und %2 schreiben…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="405"/>
        <source>Several people are typing…</source>
        <translation>Mehrere Personen schreiben…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="514"/>
        <source>invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="519"/>
        <source>%1, %2 invited</source>
        <translation>%1, %2 eingeladen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="593"/>
        <source>No connection through the proxy server. Check it in Settings, Network; retrying…</source>
        <translation>Keine Verbindung über den Proxyserver. Prüfe ihn unter Einstellungen, Netzwerk; neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="595"/>
        <source>The server&apos;s security certificate is not valid; Messenger does not connect. Retrying…</source>
        <translation>Das Sicherheitszertifikat des Servers ist ungültig; Messenger verbindet sich nicht. Neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="598"/>
        <source>No connection to the server. Retrying in %1 s…</source>
        <translation>Keine Verbindung zum Server. Neuer Versuch in %1 s…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="599"/>
        <source>No connection to the server. Reconnecting…</source>
        <translation>Keine Verbindung zum Server. Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="683"/>
        <source>This device was signed out from another device or by the server, so its messages were removed from this computer.</source>
        <translation>Dieses Gerät wurde von einem anderen Gerät oder vom Server abgemeldet, daher wurden seine Nachrichten von diesem Computer entfernt.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="845"/>
        <source>A user ID looks like @name:example.org.</source>
        <translation>Eine Benutzer-ID sieht so aus: @name:example.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_expiry.py" line="65"/>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_adder.py" line="156"/>
        <source>Could not add %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="224"/>
        <source>Could not join: %1</source>
        <translation>Beitritt nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="288"/>
        <source>Could not remove: %1</source>
        <translation>Entfernen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="297"/>
        <source>Could not change it: %1</source>
        <translation>Änderung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="335"/>
        <source>Only the space&apos;s admins can add or remove rooms.</source>
        <translation>Nur die Admins des Space können Räume hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="62"/>
        <source>Announcements</source>
        <translation>Ankündigungen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="67"/>
        <source>Could not create the space: %1</source>
        <translation>Der Space konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="117"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="190"/>
        <source>My stickers</source>
        <translation>Meine Sticker</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <source>Room stickers</source>
        <translation>Sticker des Raums</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>Sticker added</source>
        <translation>Sticker hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>%n sticker(s) added</source>
        <translation>
            <numerusform>%n Sticker hinzugefügt</numerusform>
            <numerusform>%n Sticker hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="256"/>
        <source>This sticker is not available.</source>
        <translation>Dieser Sticker ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="266"/>
        <source>Added to My stickers</source>
        <translation>Zu „Meine Sticker“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="333"/>
        <source>%1 is too large for a sticker.</source>
        <translation>%1 ist zu groß für einen Sticker.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="336"/>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="485"/>
        <source>That message is too far back to show here.</source>
        <translation>Diese Nachricht liegt zu weit zurück, um sie hier anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="690"/>
        <source>That change could not be sent.</source>
        <translation>Diese Änderung konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="125"/>
        <source>No microphone was found: connect one to record a voice message.</source>
        <translation>Kein Mikrofon gefunden: Schließe eines an, um eine Sprachnachricht aufzunehmen.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="191"/>
        <source>The microphone gave no sound: check that it is connected and not in use.</source>
        <translation>Das Mikrofon liefert keinen Ton: Prüfe, ob es angeschlossen und nicht belegt ist.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>&lt;action&gt;</source>
        <translation>&lt;Aktion&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>Send an action: /me waves shows as “* You waves”</source>
        <translation>Eine Aktion senden: /me winkt erscheint als „* Du winkst“</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>[message]</source>
        <translation>[Nachricht]</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>Send ¯\_(ツ)_/¯, followed by the message if any</source>
        <translation>¯\_(ツ)_/¯ senden, gefolgt von der Nachricht, falls vorhanden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>&lt;message&gt;</source>
        <translation>&lt;Nachricht&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>Send the message as typed, without formatting</source>
        <translation>Die Nachricht wie eingegeben senden, ohne Formatierung</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>&lt;topic&gt;</source>
        <translation>&lt;Thema&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>Set the topic of this conversation</source>
        <translation>Das Thema dieses Chats festlegen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>&lt;name&gt;</source>
        <translation>&lt;Name&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>Change your name in this conversation only</source>
        <translation>Deinen Namen nur in diesem Chat ändern</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>&lt;@user:server&gt;</source>
        <translation>&lt;@benutzer:server&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>Invite someone to this conversation</source>
        <translation>Jemanden in diesen Chat einladen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>&lt;#alias:server or !id:server&gt;</source>
        <translation>&lt;#alias:server oder !id:server&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>Join a room</source>
        <translation>Einem Raum beitreten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="46"/>
        <source>Leave this conversation</source>
        <translation>Diesen Chat verlassen</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="38"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="39"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="40"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="41"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="42"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="43"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="44"/>
        <source>Privacy and safety</source>
        <translation>Privatsphäre und Sicherheit</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="45"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="88"/>
        <source>Colour theme: follow the system, or always light or dark.</source>
        <translation>Farbschema: wie das System oder immer hell oder dunkel.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="90"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="93"/>
        <location filename="../../messenger_desktop/qt/settings.py" line="378"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="94"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="95"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="102"/>
        <source>The language of Messenger: the system&apos;s, or one chosen here.</source>
        <translation>Die Sprache von Messenger: die des Systems oder eine hier gewählte.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="104"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="107"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="115"/>
        <source>Enter sends the message (Shift+Enter adds a line); when off, Ctrl+Enter sends.</source>
        <translation>Enter sendet die Nachricht (Umschalt+Enter fügt eine Zeile ein); wenn aus, sendet Strg+Enter.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="119"/>
        <source>Send with Enter</source>
        <translation>Mit Enter senden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="126"/>
        <source>Photos are sent without their location, camera and other metadata (turned upright first).</source>
        <translation>Fotos werden ohne Standort, Kameradaten und andere Metadaten gesendet (vorher richtig gedreht).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="130"/>
        <source>Remove location and camera details from photos</source>
        <translation>Standort- und Kameradaten aus Fotos entfernen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="137"/>
        <source>Pictures and files kept on this computer for viewing again, at most this many megabytes.</source>
        <translation>Bilder und Dateien, die auf diesem Computer zum erneuten Ansehen bleiben, höchstens so viele Megabyte.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="142"/>
        <source>Media kept on this computer</source>
        <translation>Medien auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="145"/>
        <source>256 MB</source>
        <translation>256 MB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="146"/>
        <source>512 MB</source>
        <translation>512 MB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="147"/>
        <source>1 GB</source>
        <translation>1 GB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="148"/>
        <source>2 GB</source>
        <translation>2 GB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="149"/>
        <source>5 GB</source>
        <translation>5 GB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="156"/>
        <source>Invitations from people you share no conversation with are declined automatically.</source>
        <translation>Einladungen von Personen, mit denen du keinen Chat teilst, werden automatisch abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="160"/>
        <source>Only accept invites from people I share a conversation with</source>
        <translation>Nur Einladungen von Personen annehmen, mit denen ich einen Chat teile</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="169"/>
        <source>Others see how far you have read. When off, only your own devices know (unread counts still clear everywhere).</source>
        <translation>Andere sehen, wie weit du gelesen hast. Wenn aus, wissen es nur deine eigenen Geräte (ungelesene Zähler werden trotzdem überall zurückgesetzt).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="174"/>
        <source>Send read receipts</source>
        <translation>Lesebestätigungen senden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="181"/>
        <source>Others see “typing…” while you write to them.</source>
        <translation>Andere sehen „schreibt…“, während du ihnen schreibst.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="182"/>
        <source>Send typing notices</source>
        <translation>Tippanzeige senden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="189"/>
        <source>Videos and files up to this size download as soon as they are on screen; larger ones wait for a click on Download.</source>
        <translation>Videos und Dateien bis zu dieser Größe werden geladen, sobald sie zu sehen sind; größere warten auf einen Klick auf „Herunterladen“.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="195"/>
        <source>Download automatically</source>
        <translation>Automatisch herunterladen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="198"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="199"/>
        <source>5 MB</source>
        <translation>5 MB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="200"/>
        <source>20 MB</source>
        <translation>20 MB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="201"/>
        <source>50 MB</source>
        <translation>50 MB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="202"/>
        <source>100 MB</source>
        <translation>100 MB</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="222"/>
        <source>Show a desktop notification for new messages that should notify you (each conversation&apos;s notification level decides which).</source>
        <translation>Eine Desktop-Benachrichtigung für neue Nachrichten zeigen, die dich benachrichtigen sollen (die Benachrichtigungsstufe jedes Chats entscheidet, welche).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="227"/>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="234"/>
        <source>Show who wrote and what in notifications; when off they only say there is a new message.</source>
        <translation>Zeigt in Benachrichtigungen, wer was geschrieben hat; wenn aus, melden sie nur eine neue Nachricht.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="238"/>
        <source>Show message content in notifications</source>
        <translation>Nachrichteninhalt in Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="252"/>
        <source>Closing the window keeps Messenger running in the system tray.</source>
        <translation>Beim Schließen des Fensters läuft Messenger im Infobereich weiter.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="253"/>
        <source>Keep running in the tray when closed</source>
        <translation>Beim Schließen im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="266"/>
        <source>Start in the system tray without showing the window.</source>
        <translation>Im Infobereich starten, ohne das Fenster zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="267"/>
        <source>Start minimised</source>
        <translation>Minimiert starten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="274"/>
        <source>Start Messenger when you log in to your computer.</source>
        <translation>Messenger starten, wenn du dich an deinem Computer anmeldest.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="275"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="301"/>
        <source>The size of all text in Messenger, in percent of the usual size.</source>
        <translation>Die Größe aller Texte in Messenger, in Prozent der üblichen Größe.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="303"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="306"/>
        <source>90%</source>
        <translation>90 %</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="307"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="308"/>
        <source>115%</source>
        <translation>115 %</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="309"/>
        <source>130%</source>
        <translation>130 %</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="316"/>
        <source>Less space between messages and between conversations in the list.</source>
        <translation>Weniger Abstand zwischen Nachrichten und zwischen Chats in der Liste.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="317"/>
        <source>Compact mode</source>
        <translation>Kompakte Ansicht</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="324"/>
        <source>Messages in bubbles, or one line each: time, name and text (as in IRC).</source>
        <translation>Nachrichten in Sprechblasen oder je eine Zeile: Uhrzeit, Name und Text (wie im IRC).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="328"/>
        <source>Message layout</source>
        <translation>Nachrichtenlayout</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="331"/>
        <source>Bubbles</source>
        <translation>Sprechblasen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="332"/>
        <source>One line (IRC)</source>
        <translation>Eine Zeile (IRC)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="339"/>
        <source>Underline misspelled words while you write; right-click one for suggestions.</source>
        <translation>Falsch geschriebene Wörter beim Schreiben unterstreichen; Rechtsklick zeigt Vorschläge.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="342"/>
        <source>Check spelling</source>
        <translation>Rechtschreibprüfung</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="349"/>
        <source>The dictionary spelling is checked with.</source>
        <translation>Das Wörterbuch, mit dem geprüft wird.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="351"/>
        <source>Spelling language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="354"/>
        <source>Messenger&apos;s language</source>
        <translation>Sprache von Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="368"/>
        <source>How Messenger reaches your server. System uses the proxy of the environment (the HTTPS_PROXY, ALL_PROXY and NO_PROXY variables). A change applies to new connections.</source>
        <translation>Wie Messenger deinen Server erreicht. „System“ nutzt den Proxy der Umgebung (die Variablen HTTPS_PROXY, ALL_PROXY und NO_PROXY). Eine Änderung gilt für neue Verbindungen.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="374"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="377"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="379"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="380"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="387"/>
        <source>The proxy&apos;s host name or address.</source>
        <translation>Hostname oder Adresse des Proxys.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="388"/>
        <source>Proxy server</source>
        <translation>Proxyserver</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="396"/>
        <source>Empty for the usual port: 8080 for HTTP, 1080 for SOCKS5.</source>
        <translation>Leer für den üblichen Port: 8080 für HTTP, 1080 für SOCKS5.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="397"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="406"/>
        <source>Only if the proxy asks for one.</source>
        <translation>Nur wenn der Proxy einen verlangt.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="407"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="415"/>
        <source>Kept in the system&apos;s password store, never in a file.</source>
        <translation>Wird im Passwortspeicher des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="416"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="27"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="28"/>
        <source>Conversations</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="29"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="30"/>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="31"/>
        <source>Picture viewer</source>
        <translation>Bildbetrachter</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="32"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="51"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="52"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="56"/>
        <source>Close the panel, back to the message field</source>
        <translation>Bereich schließen, zurück zum Eingabefeld</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="63"/>
        <source>Find a conversation or a person</source>
        <translation>Einen Chat oder eine Person finden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="67"/>
        <source>Previous conversation</source>
        <translation>Vorheriger Chat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="70"/>
        <source>Next conversation</source>
        <translation>Nächster Chat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="75"/>
        <source>Previous unread conversation</source>
        <translation>Vorheriger ungelesener Chat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="81"/>
        <source>Next unread conversation</source>
        <translation>Nächster ungelesener Chat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="84"/>
        <source>New conversation</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="88"/>
        <source>Join a room by its name or address</source>
        <translation>Einem Raum per Name oder Adresse beitreten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="94"/>
        <source>Search in this conversation</source>
        <translation>In diesem Chat suchen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="98"/>
        <source>Conversation menu</source>
        <translation>Chat-Menü</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="104"/>
        <source>Select messages (from the message field)</source>
        <translation>Nachrichten auswählen (aus dem Eingabefeld)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="109"/>
        <source>Older message</source>
        <translation>Ältere Nachricht</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="114"/>
        <source>Newer message</source>
        <translation>Neuere Nachricht</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="121"/>
        <source>Scroll a page</source>
        <translation>Seitenweise blättern</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="125"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="127"/>
        <source>Edit your message</source>
        <translation>Eigene Nachricht bearbeiten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="130"/>
        <source>Reply in a thread</source>
        <translation>Im Thread antworten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="135"/>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="142"/>
        <source>Copy the text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="147"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="152"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="159"/>
        <source>Open the picture</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="166"/>
        <source>Back to the message field</source>
        <translation>Zurück zum Eingabefeld</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="174"/>
        <source>Send (or a new line, as set in Settings)</source>
        <translation>Senden (oder neue Zeile, je nach Einstellung)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="181"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="188"/>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="195"/>
        <source>Edit your last message (in an empty field)</source>
        <translation>Letzte eigene Nachricht bearbeiten (im leeren Feld)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="202"/>
        <source>Complete a name, emoji or command</source>
        <translation>Namen, Emoji oder Befehl vervollständigen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="209"/>
        <source>Cancel the reply or the edit; in an empty field, back to the list</source>
        <translation>Antwort oder Bearbeitung abbrechen; im leeren Feld zurück zur Liste</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="213"/>
        <source>Send files</source>
        <translation>Dateien senden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="217"/>
        <source>Paste a picture or files</source>
        <translation>Bild oder Dateien einfügen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="224"/>
        <source>Send the voice message being recorded</source>
        <translation>Die laufende Sprachaufnahme senden</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="231"/>
        <source>Throw away the voice message being recorded</source>
        <translation>Die laufende Sprachaufnahme verwerfen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="239"/>
        <source>Previous or next picture</source>
        <translation>Vorheriges oder nächstes Bild</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="246"/>
        <source>Zoom in or out</source>
        <translation>Vergrößern oder verkleinern</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="251"/>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="256"/>
        <source>Save the picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="262"/>
        <source>Answer a call</source>
        <translation>Anruf annehmen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="265"/>
        <source>Decline a call</source>
        <translation>Anruf ablehnen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="268"/>
        <source>Mute or unmute the microphone</source>
        <translation>Mikrofon stumm- oder lautschalten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="271"/>
        <source>Turn the camera on or off</source>
        <translation>Kamera ein- oder ausschalten</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="273"/>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="277"/>
        <source>Leave the call screen (the call goes on)</source>
        <translation>Anrufbildschirm verlassen (der Anruf geht weiter)</translation>
    </message>
</context>
</TS>
