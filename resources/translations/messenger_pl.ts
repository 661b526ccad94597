<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="47"/>
        <source>About Messenger</source>
        <translation>O aplikacji Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="67"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="75"/>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="85"/>
        <source>A fast, light and safe messenger for the Matrix network. Free software under the %1 licence.</source>
        <translation>Szybki, lekki i bezpieczny komunikator dla sieci Matrix. Wolne oprogramowanie na licencji %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="95"/>
        <location filename="../../resources/qml/AboutDialog.qml" line="98"/>
        <source>The project&apos;s home page</source>
        <translation>Strona projektu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="106"/>
        <source>Built with</source>
        <translation>Zbudowano z użyciem</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="129"/>
        <source>Components and their licences</source>
        <translation>Komponenty i ich licencje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="139"/>
        <source>%1 %2, licence %3</source>
        <translation>%1 %2, licencja %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="198"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="73"/>
        <location filename="../../resources/qml/AccountPage.qml" line="77"/>
        <source>Display name</source>
        <translation>Nazwa wyświetlana</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="94"/>
        <source>Save the display name</source>
        <translation>Zapisz nazwę wyświetlaną</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="116"/>
        <source>Your Matrix ID: %1</source>
        <translation>Twoje ID Matrix: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="124"/>
        <source>Uploading…</source>
        <translation>Przesyłanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Change picture…</source>
        <translation>Zmień zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Set a picture…</source>
        <translation>Ustaw zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="133"/>
        <source>Remove picture</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="146"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="153"/>
        <source>Working</source>
        <translation>Przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="157"/>
        <source>Everywhere you are signed in. Sign out a device you no longer use or do not know.</source>
        <translation>Wszystkie urządzenia z dostępem do twojego konta. Wyloguj urządzenie, którego już nie używasz lub którego nie znasz.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="218"/>
        <source>This device</source>
        <translation>To urządzenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="230"/>
        <location filename="../../resources/qml/AccountPage.qml" line="232"/>
        <source>Name of this device</source>
        <translation>Nazwa tego urządzenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="258"/>
        <source>Rename this device</source>
        <translation>Zmień nazwę tego urządzenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <source>Signing out…</source>
        <translation>Wylogowywanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <location filename="../../resources/qml/AccountPage.qml" line="381"/>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="273"/>
        <source>Sign out %1</source>
        <translation>Wyloguj %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="289"/>
        <source>Sign out all other devices</source>
        <translation>Wyloguj wszystkie inne urządzenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="296"/>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="302"/>
        <location filename="../../resources/qml/AccountPage.qml" line="304"/>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="311"/>
        <location filename="../../resources/qml/AccountPage.qml" line="313"/>
        <source>New password again</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="319"/>
        <source>The two passwords are not the same.</source>
        <translation>Hasła nie są takie same.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="327"/>
        <source>Sign out my other devices</source>
        <translation>Wyloguj moje pozostałe urządzenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="328"/>
        <source>Anyone who has your old password is signed out too.</source>
        <translation>Każdy, kto zna twoje stare hasło, również zostanie wylogowany.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Changing…</source>
        <translation>Zmienianie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="379"/>
        <source>Sign out all other devices?</source>
        <translation>Wylogować wszystkie inne urządzenia?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="380"/>
        <source>Only this device stays signed in. The others need your password to sign in again.</source>
        <translation>Zalogowane zostanie tylko to urządzenie. Na pozostałych trzeba będzie ponownie podać hasło, aby się zalogować.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="394"/>
        <source>Choose your picture</source>
        <translation>Wybierz swoje zdjęcie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="396"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="67"/>
        <source>Confirm it is you</source>
        <translation>Potwierdź, że to ty</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="76"/>
        <source>Your server asks for the password of %1 before it does this.</source>
        <translation>Zanim to zrobi, twój serwer prosi o hasło do konta %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="84"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="87"/>
        <source>Your password</source>
        <translation>Twoje hasło</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="109"/>
        <source>Checking</source>
        <translation>Sprawdzanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="114"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="121"/>
        <source>Confirm</source>
        <translation>Potwierdź</translation>
    </message>
</context>
<context>
    <name>AddToSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="42"/>
        <source>Add to %1</source>
        <translation>Dodaj do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="53"/>
        <source>Search conversations and spaces</source>
        <translation>Szukaj czatów i przestrzeni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="57"/>
        <source>Search rooms to add</source>
        <translation>Szukaj pokoi do dodania</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="90"/>
        <source>%1, space</source>
        <translation>%1, przestrzeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="118"/>
        <source>Space</source>
        <translation>Przestrzeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="145"/>
        <source>All your conversations are in this space already.</source>
        <translation>Wszystkie twoje czaty są już w tej przestrzeni.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="146"/>
        <source>Nothing matches “%1”</source>
        <translation>Brak wyników dla „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="169"/>
        <source>Adding</source>
        <translation>Dodawanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="173"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add (%1)</source>
        <translation>Dodaj (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="181"/>
        <source>Add the chosen rooms to the space</source>
        <translation>Dodaj wybrane pokoje do przestrzeni</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="24"/>
        <location filename="../../resources/qml/ArchivePanel.qml" line="48"/>
        <source>Archive</source>
        <translation>Archiwum</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="42"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Wróć do czatów (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="63"/>
        <source>Conversations you left. Their history stays here, read-only, until you forget them.</source>
        <translation>Opuszczone czaty. Ich historia zostaje tutaj, tylko do odczytu, dopóki ich nie zapomnisz.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="79"/>
        <source>Archived conversations</source>
        <translation>Zarchiwizowane czaty</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="105"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="176"/>
        <source>Loading the archive</source>
        <translation>Wczytywanie archiwum</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="197"/>
        <source>No archived conversations</source>
        <translation>Brak zarchiwizowanych czatów</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="206"/>
        <source>When you leave a conversation, its history is kept here until you forget it.</source>
        <translation>Gdy opuścisz czat, jego historia zostanie tutaj, dopóki go nie zapomnisz.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="229"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="234"/>
        <source>Rejoin</source>
        <translation>Dołącz ponownie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="239"/>
        <source>Forget…</source>
        <translation>Zapomnij…</translation>
    </message>
</context>
<context>
    <name>BlockedPeople</name>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="24"/>
        <source>Blocked people</source>
        <translation>Zablokowane osoby</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="33"/>
        <source>You have not blocked anyone. To block someone, open their profile from a conversation&apos;s members.</source>
        <translation>Nikogo nie blokujesz. Aby kogoś zablokować, otwórz jego profil z listy członków czatu.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="34"/>
        <source>You see no messages or invitations from them, on any of your devices.</source>
        <translation>Nie widzisz od nich żadnych wiadomości ani zaproszeń na żadnym ze swoich urządzeń.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblocking…</source>
        <translation>Odblokowywanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="80"/>
        <source>Unblock %1</source>
        <translation>Odblokuj %1</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="17"/>
        <source>Back to the call with %1, %2</source>
        <translation>Wróć do połączenia: %1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Wyłącz wyciszenie (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Wycisz (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Zakończ połączenie (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>CallDevicesPopup</name>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="50"/>
        <source>System default</source>
        <translation>Domyślne systemowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="101"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="108"/>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="114"/>
        <source>Speaker</source>
        <translation>Głośnik</translation>
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
        <translation>Połączenie: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="193"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Wróć do czatów (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="229"/>
        <source>Dismiss</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Unmute</source>
        <translation>Wyłącz wyciszenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Mute</source>
        <translation>Wycisz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Wyłącz wyciszenie (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Wycisz (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Stop video</source>
        <translation>Wyłącz wideo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Start video</source>
        <translation>Włącz wideo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="282"/>
        <source>(Ctrl+E)</source>
        <translation>(Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Stop sharing</source>
        <translation>Zakończ udostępnianie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Share screen</source>
        <translation>Udostępnij ekran</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="298"/>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="299"/>
        <source>Choose microphone, speaker and camera</source>
        <translation>Wybierz mikrofon, głośnik i kamerę</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <source>End call</source>
        <translation>Zakończ połączenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Zakończ połączenie (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="120"/>
        <source>Select a conversation</source>
        <translation>Wybierz czat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="175"/>
        <source>loading…</source>
        <translation>wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="177"/>
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n subskrybent</numerusform>
            <numerusform>%n subskrybentów</numerusform>
            <numerusform>%n subskrybentów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="198"/>
        <source>Voice call</source>
        <translation>Połączenie głosowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="208"/>
        <source>Video call</source>
        <translation>Połączenie wideo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="215"/>
        <source>Search in this conversation (Ctrl+F)</source>
        <translation>Szukaj w tym czacie (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="223"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="232"/>
        <source>More actions (Ctrl+Shift+M)</source>
        <translation>Więcej opcji (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="245"/>
        <source>Invite people…</source>
        <translation>Zaproś osoby…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="253"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="261"/>
        <source>Leave conversation</source>
        <translation>Opuść czat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="299"/>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="502"/>
        <source>Jump to the first unread message</source>
        <translation>Przejdź do pierwszej nieprzeczytanej wiadomości</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="518"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nowa wiadomość</numerusform>
            <numerusform>%n nowe wiadomości</numerusform>
            <numerusform>%n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="519"/>
        <source>Jump to the newest message</source>
        <translation>Przejdź do najnowszej wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="555"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="556"/>
        <source>Join the conversation</source>
        <translation>Dołącz do czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="562"/>
        <source>Decline</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="563"/>
        <source>Decline the invitation</source>
        <translation>Odrzuć zaproszenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="600"/>
        <source>This conversation has been replaced and is no longer active.</source>
        <translation>Ten czat został zastąpiony i nie jest już aktywny.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Joining…</source>
        <translation>Dołączanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Go to the new conversation</source>
        <translation>Przejdź do nowego czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="635"/>
        <source>Only admins can post in this channel</source>
        <translation>Tylko administratorzy mogą publikować w tym kanale</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="636"/>
        <source>Your role does not allow posting here</source>
        <translation>Twoja rola nie pozwala tu pisać</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="672"/>
        <source>Reply</source>
        <translation>Odpowiedz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="677"/>
        <source>Reply in thread</source>
        <translation>Odpowiedz w wątku</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="682"/>
        <source>React…</source>
        <translation>Zareaguj…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="690"/>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="697"/>
        <source>Add to My stickers</source>
        <translation>Dodaj do „Moich naklejek”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="705"/>
        <source>Copy text</source>
        <translation>Kopiuj tekst</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="710"/>
        <source>Copy link to message</source>
        <translation>Kopiuj link do wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="715"/>
        <source>Forward…</source>
        <translation>Przekaż dalej…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Unpin</source>
        <translation>Odepnij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Pin</source>
        <translation>Przypnij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="731"/>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="743"/>
        <source>Report…</source>
        <translation>Zgłoś…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="803"/>
        <source>Open this link?</source>
        <translation>Otworzyć ten link?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="804"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="833"/>
        <source>Send files</source>
        <translation>Wyślij pliki</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="862"/>
        <source>Drop files here to send them</source>
        <translation>Upuść tutaj pliki, aby je wysłać</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="167"/>
        <source>Looking for suggestions…</source>
        <translation>Szukanie podpowiedzi…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="170"/>
        <source>No suggestions</source>
        <translation>Brak podpowiedzi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="171"/>
        <source>Add to dictionary</source>
        <translation>Dodaj do słownika</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="203"/>
        <source>Cut</source>
        <translation>Wytnij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="209"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="215"/>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="223"/>
        <source>Select all</source>
        <translation>Zaznacz wszystko</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="295"/>
        <source>Edit message</source>
        <translation>Edycja wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="296"/>
        <source>Reply to %1</source>
        <translation>Odpowiadasz: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="318"/>
        <source>Cancel editing (Esc)</source>
        <translation>Anuluj edycję (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="319"/>
        <source>Cancel the reply (Esc)</source>
        <translation>Anuluj odpowiedź (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="335"/>
        <source>Attach files (Ctrl+O)</source>
        <translation>Załącz pliki (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="346"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="357"/>
        <source>Stickers</source>
        <translation>Naklejki</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="375"/>
        <source>Write a message…</source>
        <translation>Napisz wiadomość…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="387"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Save the edit</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="482"/>
        <source>Record a voice message (hold to talk)</source>
        <translation>Nagraj wiadomość głosową (przytrzymaj, aby mówić)</translation>
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
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="29"/>
        <source>Recently used</source>
        <translation>Ostatnio używane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="30"/>
        <source>Smileys &amp; emotion</source>
        <translation>Buźki i emocje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="31"/>
        <source>People &amp; body</source>
        <translation>Ludzie i ciało</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="32"/>
        <source>Animals &amp; nature</source>
        <translation>Zwierzęta i natura</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="33"/>
        <source>Food &amp; drink</source>
        <translation>Jedzenie i picie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="34"/>
        <source>Travel &amp; places</source>
        <translation>Podróże i miejsca</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="35"/>
        <source>Activities</source>
        <translation>Aktywności</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="36"/>
        <source>Objects</source>
        <translation>Przedmioty</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="37"/>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="38"/>
        <source>Flags</source>
        <translation>Flagi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="41"/>
        <source>Default skin tone</source>
        <translation>Domyślny odcień skóry</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="42"/>
        <source>Light skin tone</source>
        <translation>Jasny odcień skóry</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="43"/>
        <source>Medium-light skin tone</source>
        <translation>Średnio jasny odcień skóry</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="44"/>
        <source>Medium skin tone</source>
        <translation>Średni odcień skóry</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="45"/>
        <source>Medium-dark skin tone</source>
        <translation>Średnio ciemny odcień skóry</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="46"/>
        <source>Dark skin tone</source>
        <translation>Ciemny odcień skóry</translation>
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
        <translation>Szukaj emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="188"/>
        <source>Clear search</source>
        <translation>Wyczyść wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="209"/>
        <source>Emoji categories</source>
        <translation>Kategorie emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="265"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="374"/>
        <source>Loading emoji</source>
        <translation>Wczytywanie emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="385"/>
        <source>No emoji match “%1”</source>
        <translation>Brak emoji pasujących do „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="386"/>
        <source>Emoji you use will show up here</source>
        <translation>Tutaj pojawią się emoji, których używasz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="412"/>
        <source>Pick an emoji</source>
        <translation>Wybierz emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="459"/>
        <source>Skin tone: %1</source>
        <translation>Odcień skóry: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="461"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="492"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="497"/>
        <source>Skin tone</source>
        <translation>Odcień skóry</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="22"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="23"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="24"/>
        <source>Unread</source>
        <translation>Nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="25"/>
        <source>Pinned</source>
        <translation>Przypięte</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>Edit folder</source>
        <translation>Edytuj folder</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>New folder</source>
        <translation>Nowy folder</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="114"/>
        <source>Folder name, e.g. Work</source>
        <translation>Nazwa folderu, np. Praca</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="117"/>
        <source>Folder name</source>
        <translation>Nazwa folderu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="124"/>
        <source>Include every conversation that is</source>
        <translation>Uwzględnij wszystkie czaty:</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="169"/>
        <source>Leave out muted conversations</source>
        <translation>Pomiń wyciszone czaty</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="196"/>
        <source>And these conversations</source>
        <translation>Oraz te czaty</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/FolderDialog.qml" line="197"/>
        <source>And %n chosen conversation(s)</source>
        <translation>
            <numerusform>Oraz %n wybrany czat</numerusform>
            <numerusform>Oraz %n wybrane czaty</numerusform>
            <numerusform>Oraz %n wybranych czatów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="207"/>
        <source>Search conversations</source>
        <translation>Szukaj czatów</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="211"/>
        <source>Search conversations to add</source>
        <translation>Szukaj czatów do dodania</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="265"/>
        <source>No conversation matches</source>
        <translation>Brak pasujących czatów</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="274"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
</context>
<context>
    <name>ForgetRoomDialog</name>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="14"/>
        <source>Forget “%1”?</source>
        <translation>Zapomnieć „%1”?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="21"/>
        <source>Its messages will be deleted from this computer and you will not be able to read them again unless you rejoin.</source>
        <translation>Jego wiadomości zostaną usunięte z tego komputera. Przeczytasz je ponownie tylko wtedy, gdy znów dołączysz.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="22"/>
        <source>Forget</source>
        <translation>Zapomnij</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="44"/>
        <source>Forward to…</source>
        <translation>Przekaż do…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="53"/>
        <location filename="../../resources/qml/ForwardDialog.qml" line="56"/>
        <source>Search conversations</source>
        <translation>Szukaj czatów</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="118"/>
        <source>Incoming video call while you are in a call</source>
        <translation>Przychodzące połączenie wideo w trakcie innego połączenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="119"/>
        <source>Incoming voice call while you are in a call</source>
        <translation>Przychodzące połączenie głosowe w trakcie innego połączenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming video call</source>
        <translation>Przychodzące połączenie wideo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming voice call</source>
        <translation>Przychodzące połączenie głosowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="133"/>
        <source>Decline</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="135"/>
        <source>Decline (Ctrl+Shift+D)</source>
        <translation>Odrzuć (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="142"/>
        <source>Hang up and answer</source>
        <translation>Rozłącz i odbierz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer with video</source>
        <translation>Odbierz z wideo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer</source>
        <translation>Odbierz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="145"/>
        <source>(Ctrl+Shift+A)</source>
        <translation>(Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="155"/>
        <source>Answer with voice only</source>
        <translation>Odbierz bez wideo</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="47"/>
        <source>Invite to “%1”</source>
        <translation>Zaproś do „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="57"/>
        <source>User ID</source>
        <translation>ID użytkownika</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="58"/>
        <source>@bob:example.org</source>
        <translation>@bob:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="59"/>
        <source>User ID of the person to invite</source>
        <translation>ID użytkownika osoby do zaproszenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="82"/>
        <source>Invite with a link</source>
        <translation>Zaproś przez link</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="103"/>
        <source>Invite with a link or QR code</source>
        <translation>Zaproś przez link lub kod QR</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="116"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Inviting…</source>
        <translation>Zapraszanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Invite</source>
        <translation>Zaproś</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="124"/>
        <source>Send the invitation</source>
        <translation>Wyślij zaproszenie</translation>
    </message>
</context>
<context>
    <name>InviteLinkDialog</name>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="15"/>
        <source>Invite link to “%1”</source>
        <translation>Link z zaproszeniem do „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="22"/>
        <source>Link to %1</source>
        <translation>Link do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="64"/>
        <source>Whoever opens the link can start a chat with this person.</source>
        <translation>Każdy, kto otworzy ten link, może rozpocząć czat z tą osobą.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="65"/>
        <source>Anyone with the link can see the conversation&apos;s name and picture, and join if its settings allow.</source>
        <translation>Każdy, kto ma link, zobaczy nazwę i zdjęcie czatu oraz może do niego dołączyć, jeśli pozwalają na to ustawienia.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="85"/>
        <source>QR code of the link</source>
        <translation>Kod QR linku</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="91"/>
        <source>Making the link</source>
        <translation>Tworzenie linku</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="116"/>
        <source>The link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="137"/>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="144"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="152"/>
        <source>Copy link</source>
        <translation>Kopiuj link</translation>
    </message>
</context>
<context>
    <name>KeywordsEditor</name>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="32"/>
        <source>Keywords</source>
        <translation>Słowa kluczowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="43"/>
        <source>Saving keywords</source>
        <translation>Zapisywanie słów kluczowych</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="50"/>
        <source>Messages containing one of these words notify you as a mention does, in every conversation that is not muted.</source>
        <translation>Wiadomości zawierające jedno z tych słów powiadamiają cię tak jak wzmianki – w każdym czacie, który nie jest wyciszony.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="96"/>
        <source>Remove the keyword “%1”</source>
        <translation>Usuń słowo kluczowe „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="112"/>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="119"/>
        <source>Add a keyword</source>
        <translation>Dodaj słowo kluczowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="131"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
</context>
<context>
    <name>LeftRoomBar</name>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You were banned from this conversation</source>
        <translation>Zbanowano cię w tym czacie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You left this conversation</source>
        <translation>Nie należysz już do tego czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Rejoining</source>
        <translation>Ponowne dołączanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Forgetting</source>
        <translation>Zapominanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoining…</source>
        <translation>Ponowne dołączanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoin</source>
        <translation>Dołącz ponownie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="61"/>
        <source>Join this conversation again</source>
        <translation>Dołącz ponownie do tego czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="66"/>
        <source>Forget…</source>
        <translation>Zapomnij…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="69"/>
        <source>Forget this conversation</source>
        <translation>Zapomnij ten czat</translation>
    </message>
</context>
<context>
    <name>LevelField</name>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="15"/>
        <source>Custom level</source>
        <translation>Własny poziom</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="40"/>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="71"/>
        <source>of %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="78"/>
        <source>Set</source>
        <translation>Ustaw</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="81"/>
        <source>Set %1</source>
        <translation>Ustaw %1</translation>
    </message>
</context>
<context>
    <name>LinkPreviewDialog</name>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="69"/>
        <source>Space</source>
        <translation>Przestrzeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Loading the room</source>
        <translation>Wczytywanie pokoju</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Joining</source>
        <translation>Dołączanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="101"/>
        <source>This room can&apos;t be previewed. It may be private, or the link may be wrong.</source>
        <translation>Nie można wyświetlić podglądu tego pokoju. Może być prywatny albo link jest błędny.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="117"/>
        <source>Its admins let people in. They will see your request.</source>
        <translation>O wpuszczeniu decydują administratorzy. Zobaczą twoją prośbę.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="118"/>
        <source>Request sent. You will be let in when an admin approves it.</source>
        <translation>Prośba wysłana. Wejdziesz, gdy zatwierdzi ją administrator.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="119"/>
        <source>You are invited.</source>
        <translation>Masz zaproszenie.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="120"/>
        <source>You are banned from this room.</source>
        <translation>Zbanowano cię w tym pokoju.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="121"/>
        <source>This room is invite only. Ask a member to invite you.</source>
        <translation>Do tego pokoju można dołączyć tylko z zaproszeniem. Poproś któregoś z członków, aby cię zaprosił.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="130"/>
        <source>Message to the admins (optional)</source>
        <translation>Wiadomość do administratorów (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="131"/>
        <source>Hi, I&apos;d like to join</source>
        <translation>Cześć, czy mogę dołączyć?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="132"/>
        <source>Message to the admins</source>
        <translation>Wiadomość do administratorów</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="160"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="168"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="169"/>
        <source>Joining…</source>
        <translation>Dołączanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join space</source>
        <translation>Dołącz do przestrzeni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="171"/>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="172"/>
        <source>Join %1</source>
        <translation>Dołącz do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Ask to join</source>
        <translation>Poproś o dołączenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="181"/>
        <source>Ask to join %1</source>
        <translation>Poproś o dołączenie do %1</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="34"/>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <location filename="../../resources/qml/LoginPage.qml" line="102"/>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="42"/>
        <source>Use your Matrix account. Your password is sent only to your homeserver.</source>
        <translation>Użyj swojego konta Matrix. Hasło trafia tylko do twojego serwera domowego.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="52"/>
        <location filename="../../resources/qml/LoginPage.qml" line="54"/>
        <source>Homeserver</source>
        <translation>Serwer domowy</translation>
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
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="65"/>
        <source>alice or @alice:matrix.org</source>
        <translation>alice lub @alice:matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="75"/>
        <location filename="../../resources/qml/LoginPage.qml" line="77"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
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
        <translation>Uruchamianie</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="291"/>
        <source>Leave “%1”?</source>
        <translation>Opuścić „%1”?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="292"/>
        <source>You will stop receiving its messages. To come back, you may need a new invitation.</source>
        <translation>Przestaniesz otrzymywać z niego wiadomości. Aby wrócić, możesz potrzebować nowego zaproszenia.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="293"/>
        <source>Leave</source>
        <translation>Opuść</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="303"/>
        <source>Sign out?</source>
        <translation>Wylogować się?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="304"/>
        <source>Your conversations will be removed from this computer. Sign in as %1 to see them again.</source>
        <translation>Twoje czaty zostaną usunięte z tego komputera. Zaloguj się jako %1, aby znów je zobaczyć.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="306"/>
        <source>Sign out</source>
        <translation>Wyloguj się</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="318"/>
        <source>Start a chat with %1?</source>
        <translation>Rozpocząć czat z %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="319"/>
        <source>You have no conversation with them yet. Starting one sends them an invitation.</source>
        <translation>Nie masz jeszcze czatu z tą osobą. Rozpoczęcie czatu wyśle jej zaproszenie.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="320"/>
        <source>Start chat</source>
        <translation>Rozpocznij czat</translation>
    </message>
</context>
<context>
    <name>MediaCachePanel</name>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="31"/>
        <source>Media cache</source>
        <translation>Pamięć podręczna multimediów</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="39"/>
        <source>Clearing…</source>
        <translation>Czyszczenie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="49"/>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="75"/>
        <source>Clear cache</source>
        <translation>Wyczyść pamięć podręczną</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="73"/>
        <source>Clear the media cache?</source>
        <translation>Wyczyścić pamięć podręczną multimediów?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="74"/>
        <source>Pictures, videos and files are downloaded again when you look at them. Your messages stay.</source>
        <translation>Zdjęcia, filmy i pliki zostaną pobrane ponownie, gdy je otworzysz. Twoje wiadomości zostają.</translation>
    </message>
</context>
<context>
    <name>MediaContent</name>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="29"/>
        <source>Download failed. Try again</source>
        <translation>Pobieranie nie powiodło się. Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download (%1)</source>
        <translation>Pobierz (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="98"/>
        <source>Sticker: %1</source>
        <translation>Naklejka: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="99"/>
        <source>Photo: %1</source>
        <translation>Zdjęcie: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="147"/>
        <source>This picture cannot be shown.</source>
        <translation>Nie można wyświetlić tego obrazu.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="217"/>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="251"/>
        <source>Downloading… %1</source>
        <translation>Pobieranie… %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="292"/>
        <source>Save to Downloads</source>
        <translation>Zapisz w „Pobranych”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="309"/>
        <source>Uploading, %1%</source>
        <translation>Przesyłanie, %1%</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="338"/>
        <source>Cancel the upload</source>
        <translation>Anuluj przesyłanie</translation>
    </message>
</context>
<context>
    <name>MediaPlayerContent</name>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="121"/>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="204"/>
        <source>Save to Downloads</source>
        <translation>Zapisz w „Pobranych”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="293"/>
        <source>Pause %1</source>
        <translation>Wstrzymaj %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="294"/>
        <source>Play %1</source>
        <translation>Odtwórz %1</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="114"/>
        <source>Plus and minus zoom, 0 fits the picture, Left and Right go to the previous or next one, Esc closes</source>
        <translation>Plus i minus – powiększenie, 0 – dopasuj obraz, strzałki w lewo i w prawo – poprzedni lub następny, Esc – zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="152"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 z %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="167"/>
        <source>Save to Downloads (Ctrl+S)</source>
        <translation>Zapisz w „Pobranych” (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="174"/>
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="189"/>
        <source>Previous (Left)</source>
        <translation>Poprzednie (strzałka w lewo)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="202"/>
        <source>Next (Right)</source>
        <translation>Następne (strzałka w prawo)</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="23"/>
        <location filename="../../resources/qml/MemberList.qml" line="117"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="56"/>
        <location filename="../../resources/qml/MemberList.qml" line="64"/>
        <source>Find a member</source>
        <translation>Znajdź członka</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="98"/>
        <source>Roles and permissions</source>
        <translation>Role i uprawnienia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="99"/>
        <source>Roles and permissions of this conversation</source>
        <translation>Role i uprawnienia w tym czacie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="161"/>
        <source>invited</source>
        <translation>ma zaproszenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="164"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="165"/>
        <source>away</source>
        <translation>zaraz wracam</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="212"/>
        <source>(you)</source>
        <translation>(ty)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="281"/>
        <source>Asking to join</source>
        <translation>Prośby o dołączenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="297"/>
        <source>asks to join</source>
        <translation>prosi o dołączenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="339"/>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="340"/>
        <source>Let %1 in</source>
        <translation>Wpuść %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="349"/>
        <source>Deny</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="350"/>
        <source>Turn down %1</source>
        <translation>Odrzuć prośbę od %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="378"/>
        <source>Banned</source>
        <translation>Zbanowani</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="394"/>
        <source>banned</source>
        <translation>zbanowano</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="428"/>
        <source>Unban</source>
        <translation>Cofnij bana</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="429"/>
        <source>Unban %1</source>
        <translation>Cofnij bana dla %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="443"/>
        <source>Loading members</source>
        <translation>Wczytywanie członków</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="458"/>
        <source>No members to show</source>
        <translation>Brak członków do wyświetlenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="459"/>
        <source>No members match “%1”</source>
        <translation>Brak członków pasujących do „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="497"/>
        <source>Remove %1?</source>
        <translation>Usunąć %1 z czatu?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="498"/>
        <source>Ban %1?</source>
        <translation>Zbanować %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="499"/>
        <source>Delete the recent messages of %1?</source>
        <translation>Usunąć ostatnie wiadomości użytkownika %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="500"/>
        <source>They leave the conversation and can come back if invited again.</source>
        <translation>Ta osoba opuści czat i będzie mogła wrócić, jeśli znów zostanie zaproszona.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="501"/>
        <source>They leave the conversation and cannot come back until unbanned.</source>
        <translation>Ta osoba opuści czat i nie będzie mogła wrócić, dopóki ban nie zostanie cofnięty.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="502"/>
        <source>Counting their messages…</source>
        <translation>Liczenie wiadomości…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="503"/>
        <source>This device holds no messages of theirs.</source>
        <translation>Na tym urządzeniu nie ma żadnych wiadomości tej osoby.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/MemberList.qml" line="504"/>
        <source>%n message(s) will be deleted for everyone.</source>
        <translation>
            <numerusform>%n wiadomość zostanie usunięta dla wszystkich.</numerusform>
            <numerusform>%n wiadomości zostaną usunięte dla wszystkich.</numerusform>
            <numerusform>%n wiadomości zostanie usuniętych dla wszystkich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Ban</source>
        <translation>Zbanuj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>MessageActionBar</name>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="49"/>
        <source>React with %1</source>
        <translation>Zareaguj: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="68"/>
        <source>Add a reaction</source>
        <translation>Dodaj reakcję</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="74"/>
        <source>Reply (R)</source>
        <translation>Odpowiedz (R)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="80"/>
        <source>Reply in a thread (T)</source>
        <translation>Odpowiedz w wątku (T)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="87"/>
        <source>Edit (E)</source>
        <translation>Edytuj (E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="94"/>
        <source>Delete (Del)</source>
        <translation>Usuń (Del)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="102"/>
        <source>More actions (Menu)</source>
        <translation>Więcej opcji (Menu)</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="199"/>
        <source>New messages</source>
        <translation>Nowe wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="221"/>
        <source>%1, shown; collapse</source>
        <translation>%1, rozwinięte; zwiń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="222"/>
        <source>%1; show all</source>
        <translation>%1; pokaż wszystko</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="265"/>
        <source>%1 at %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="420"/>
        <source>Reply to %1: %2</source>
        <translation>Odpowiedź dla %1: %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="546"/>
        <source>Posted by %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="551"/>
        <source>edited</source>
        <translation>edytowano</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="572"/>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="573"/>
        <source>Not sent</source>
        <translation>Nie wysłano</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Read</source>
        <translation>Przeczytano</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="622"/>
        <source>%1 %2, by %3</source>
        <translation>%1 %2, od %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="625"/>
        <source>%1 reacted with %2</source>
        <translation>Reakcja %2 od %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="663"/>
        <source>Thread: %1</source>
        <translation>Wątek: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="713"/>
        <source>Read by %1</source>
        <translation>Przeczytane przez %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="738"/>
        <source>Not sent.</source>
        <translation>Nie wysłano.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="746"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="748"/>
        <source>Retry sending</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="753"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="755"/>
        <source>Delete the unsent message</source>
        <translation>Usuń niewysłaną wiadomość</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="767"/>
        <source>%1 at %2: %3</source>
        <translation>%1 o %2: %3</translation>
    </message>
</context>
<context>
    <name>ModerationDialog</name>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="72"/>
        <source>Reason (optional, everyone sees it)</source>
        <translation>Powód (opcjonalnie, widoczny dla wszystkich)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="73"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="82"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New channel</source>
        <translation>Nowy kanał</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New conversation</source>
        <translation>Nowy czat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="59"/>
        <source>Chat or group</source>
        <translation>Czat lub grupa</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="60"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="99"/>
        <location filename="../../resources/qml/NewChatDialog.qml" line="100"/>
        <source>Channel name</source>
        <translation>Nazwa kanału</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="108"/>
        <source>Description (optional)</source>
        <translation>Opis (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="109"/>
        <source>Channel description</source>
        <translation>Opis kanału</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="116"/>
        <source>Anyone with the link can join</source>
        <translation>Każdy, kto ma link, może dołączyć</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="152"/>
        <source>You and the moderators you choose post; everyone else reads and reacts.</source>
        <translation>Publikujesz ty i wybrani przez ciebie moderatorzy; wszyscy inni czytają i reagują.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="159"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="160"/>
        <source>@bob:example.org, @carol:example.org</source>
        <translation>@bob:example.org, @carol:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="161"/>
        <source>People to invite</source>
        <translation>Osoby do zaproszenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="169"/>
        <source>Group name (leave empty for a direct chat)</source>
        <translation>Nazwa grupy (zostaw puste dla czatu prywatnego)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="170"/>
        <source>Group name</source>
        <translation>Nazwa grupy</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="177"/>
        <source>Browse public rooms…</source>
        <translation>Przeglądaj publiczne pokoje…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="178"/>
        <source>Browse public rooms or join by address (Ctrl+Shift+J)</source>
        <translation>Przeglądaj publiczne pokoje lub dołącz przez adres (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="189"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Create channel</source>
        <translation>Utwórz kanał</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Start</source>
        <translation>Rozpocznij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Create the channel</source>
        <translation>Utwórz kanał</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Start the conversation</source>
        <translation>Rozpocznij czat</translation>
    </message>
</context>
<context>
    <name>NewSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="53"/>
        <source>New space</source>
        <translation>Nowa przestrzeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="64"/>
        <source>A space gathers rooms and groups for a community. Its admins choose its rooms.</source>
        <translation>Przestrzeń łączy pokoje i grupy jednej społeczności. Jej administratorzy wybierają, które pokoje do niej należą.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="70"/>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="71"/>
        <source>Space name</source>
        <translation>Nazwa przestrzeni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="79"/>
        <source>Description (optional)</source>
        <translation>Opis (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="80"/>
        <source>Space description</source>
        <translation>Opis przestrzeni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="89"/>
        <source>Anyone can find and join</source>
        <translation>Każdy może ją znaleźć i dołączyć</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="90"/>
        <source>Listed in the server&apos;s directory; anyone can join.</source>
        <translation>Widoczna w katalogu serwera; każdy może dołączyć.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="91"/>
        <source>Only people you invite can join.</source>
        <translation>Dołączyć mogą tylko osoby, które zaprosisz.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="98"/>
        <source>Start with an announcements channel</source>
        <translation>Zacznij od kanału z ogłoszeniami</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="99"/>
        <source>Where its admins post and every member reads.</source>
        <translation>Administratorzy publikują tam ogłoszenia, a wszyscy członkowie je czytają.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="119"/>
        <source>Creating the space</source>
        <translation>Tworzenie przestrzeni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="123"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Creating…</source>
        <translation>Tworzenie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Create space</source>
        <translation>Utwórz przestrzeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="131"/>
        <source>Create the space</source>
        <translation>Utwórz przestrzeń</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../resources/qml/Notice.qml" line="40"/>
        <source>Dismiss</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>PinnedBar</name>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="22"/>
        <source>Pinned messages</source>
        <translation>Przypięte wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="43"/>
        <source>Pinned message %1 of %2, from %3: %4. Show it</source>
        <translation>Przypięta wiadomość %1 z %2, od %3: %4. Pokaż ją</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="46"/>
        <source>Pinned message from %1: %2. Show it</source>
        <translation>Przypięta wiadomość od %1: %2. Pokaż ją</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <location filename="../../resources/qml/PinnedBar.qml" line="90"/>
        <source>Pinned message</source>
        <translation>Przypięta wiadomość</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="122"/>
        <source>Unpin this message</source>
        <translation>Odepnij tę wiadomość</translation>
    </message>
</context>
<context>
    <name>PlayPauseButton</name>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="20"/>
        <source>Stop loading %1</source>
        <translation>Przerwij wczytywanie %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Pause %1</source>
        <translation>Wstrzymaj %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Play %1</source>
        <translation>Odtwórz %1</translation>
    </message>
</context>
<context>
    <name>PowerLevelEditor</name>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="29"/>
        <source>Send messages</source>
        <translation>Wysyłanie wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="30"/>
        <source>React to messages</source>
        <translation>Reagowanie na wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="31"/>
        <source>Invite people</source>
        <translation>Zapraszanie osób</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="32"/>
        <source>Delete others&apos; messages</source>
        <translation>Usuwanie cudzych wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="33"/>
        <source>Pin messages</source>
        <translation>Przypinanie wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="34"/>
        <source>Start calls</source>
        <translation>Rozpoczynanie połączeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="35"/>
        <source>Notify everyone with @room</source>
        <translation>Powiadamianie wszystkich przez @room</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="36"/>
        <source>Remove people</source>
        <translation>Usuwanie osób</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="37"/>
        <source>Ban people</source>
        <translation>Banowanie osób</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="38"/>
        <source>Change name, topic and picture</source>
        <translation>Zmiana nazwy, tematu i zdjęcia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="39"/>
        <source>Change who can join and read history</source>
        <translation>Zmiana zasad dołączania i dostępu do historii</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="40"/>
        <source>Change roles and permissions</source>
        <translation>Zmiana ról i uprawnień</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="63"/>
        <source>Roles and permissions</source>
        <translation>Role i uprawnienia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="74"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="85"/>
        <source>Who may do what in this conversation. Admins have every right moderators have.</source>
        <translation>Kto co może w tym czacie. Administratorzy mają wszystkie uprawnienia moderatorów.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="86"/>
        <source>Your role does not allow changing these; this is who may do what here.</source>
        <translation>Twoja rola nie pozwala tego zmieniać; tak wygląda podział uprawnień w tym czacie.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="100"/>
        <source>Permissions</source>
        <translation>Uprawnienia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="155"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="156"/>
        <source>Moderators</source>
        <translation>Moderatorzy</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="157"/>
        <source>Admins</source>
        <translation>Administratorzy</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="159"/>
        <source>Level %1</source>
        <translation>Poziom %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="160"/>
        <source>Custom…</source>
        <translation>Własny…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="214"/>
        <source>Custom level for %1</source>
        <translation>Własny poziom: %1</translation>
    </message>
</context>
<context>
    <name>ProfilePopup</name>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="127"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="213"/>
        <source>invited</source>
        <translation>ma zaproszenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="214"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="215"/>
        <source>away</source>
        <translation>zaraz wracam</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Message</source>
        <translation>Napisz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="231"/>
        <source>Send a message to %1</source>
        <translation>Wyślij wiadomość do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="242"/>
        <source>Share link to profile</source>
        <translation>Udostępnij link do profilu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="243"/>
        <source>Share a link to %1</source>
        <translation>Udostępnij link do profilu %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="254"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="326"/>
        <source>Custom level for %1</source>
        <translation>Własny poziom: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="345"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="347"/>
        <source>Remove %1 from the conversation</source>
        <translation>Usuń %1 z czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="355"/>
        <source>Ban</source>
        <translation>Zbanuj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="357"/>
        <source>Ban %1</source>
        <translation>Zbanuj %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="367"/>
        <source>Delete recent messages</source>
        <translation>Usuń ostatnie wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="368"/>
        <source>Delete the recent messages of %1</source>
        <translation>Usuń ostatnie wiadomości użytkownika %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Unblocking…</source>
        <translation>Odblokowywanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Blocking…</source>
        <translation>Blokowanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <source>Unblock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <location filename="../../resources/qml/ProfilePopup.qml" line="440"/>
        <source>Block</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Unblock %1</source>
        <translation>Odblokuj %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Block %1</source>
        <translation>Zablokuj %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="403"/>
        <source>Block %1?</source>
        <translation>Zablokować %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="412"/>
        <source>Report…</source>
        <translation>Zgłoś…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="413"/>
        <source>Report %1 to the server&apos;s admins</source>
        <translation>Zgłoś %1 administratorom serwera</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="427"/>
        <source>This is you</source>
        <translation>To ty</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="439"/>
        <source>Their messages and invitations disappear, on all your devices. They are not told; you can unblock them in Settings.</source>
        <translation>Wiadomości i zaproszenia od tej osoby znikną na wszystkich twoich urządzeniach. Ta osoba się o tym nie dowie; możesz ją odblokować w Ustawieniach.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="50"/>
        <source>Go to a conversation or a person</source>
        <translation>Przejdź do czatu lub osoby</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="55"/>
        <source>Quick switcher</source>
        <translation>Szybkie przełączanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="80"/>
        <source>Recent</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="167"/>
        <source>Nothing matches “%1”</source>
        <translation>Brak wyników dla „%1”</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="41"/>
        <source>Delete this message?</source>
        <translation>Usunąć tę wiadomość?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="49"/>
        <source>It is deleted for everyone in the conversation.</source>
        <translation>Zostanie usunięta dla wszystkich w czacie.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="50"/>
        <source>It is deleted for everyone; as a moderator you may say why.</source>
        <translation>Zostanie usunięta dla wszystkich; jako moderator możesz podać powód.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="58"/>
        <source>Reason (optional)</source>
        <translation>Powód (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="59"/>
        <source>Reason for deleting</source>
        <translation>Powód usunięcia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="74"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report this message</source>
        <translation>Zgłoś tę wiadomość</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report %1</source>
        <translation>Zgłoś %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="77"/>
        <source>The admins of your server see the message and your reason. %1 is not told.</source>
        <translation>Administratorzy twojego serwera zobaczą wiadomość i podany powód. %1 nie dowie się o zgłoszeniu.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="78"/>
        <source>The admins of your server see who you report and your reason. %1 is not told.</source>
        <translation>Administratorzy twojego serwera zobaczą, kogo zgłaszasz, i podany powód. %1 nie dowie się o zgłoszeniu.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="88"/>
        <source>Reason (for the admins)</source>
        <translation>Powód (dla administratorów)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="90"/>
        <source>Reason for the report</source>
        <translation>Powód zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="107"/>
        <source>Reported. The server&apos;s admins will see it.</source>
        <translation>Zgłoszono. Administratorzy serwera to zobaczą.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Reporting…</source>
        <translation>Zgłaszanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Report</source>
        <translation>Zgłoś</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="130"/>
        <source>Send the report</source>
        <translation>Wyślij zgłoszenie</translation>
    </message>
</context>
<context>
    <name>RightPanel</name>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="100"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="101"/>
        <source>Thread</source>
        <translation>Wątek</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="102"/>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="109"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n członek</numerusform>
            <numerusform>%n członków</numerusform>
            <numerusform>%n członków</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="110"/>
        <source>%1, %2 invited</source>
        <translation>%1, zaproszeni: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="114"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="157"/>
        <source>Close %1 (Esc)</source>
        <translation>Zamknij: %1 (Esc)</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="49"/>
        <source>Invitation from %1, hidden because it looks like spam</source>
        <translation>Zaproszenie od %1, ukryte, bo wygląda na spam</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="52"/>
        <source>Invitation</source>
        <translation>Zaproszenie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n nieprzeczytana wiadomość</numerusform>
            <numerusform>%n nieprzeczytane wiadomości</numerusform>
            <numerusform>%n nieprzeczytanych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="272"/>
        <source>Marked as unread</source>
        <translation>Oznaczono jako nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="54"/>
        <source>Mentions you</source>
        <translation>Wzmianka o tobie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="55"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="230"/>
        <source>Muted</source>
        <translation>Wyciszony</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="56"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="281"/>
        <source>Pinned</source>
        <translation>Przypięty</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="102"/>
        <source>Invite from %1</source>
        <translation>Zaproszenie od %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="140"/>
        <source>Hidden: it looks like spam</source>
        <translation>Ukryte: wygląda na spam</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="160"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="165"/>
        <source>Join %1</source>
        <translation>Dołącz do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="170"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="200"/>
        <source>Decline</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="175"/>
        <source>Decline the invitation to %1</source>
        <translation>Odrzuć zaproszenie do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="191"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="195"/>
        <source>Show the invitation from %1</source>
        <translation>Pokaż zaproszenie od %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="205"/>
        <source>Decline the invitation from %1</source>
        <translation>Odrzuć zaproszenie od %1</translation>
    </message>
</context>
<context>
    <name>RoomDirectory</name>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="58"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="193"/>
        <source>Public rooms</source>
        <translation>Publiczne pokoje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="67"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="81"/>
        <source>Search, or an address: #room:server</source>
        <translation>Szukaj lub podaj adres: #pokoj:serwer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="89"/>
        <source>Search public rooms, or a room&apos;s address to join</source>
        <translation>Szukaj publicznych pokoi lub podaj adres pokoju, aby dołączyć</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="123"/>
        <source>Searching</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="132"/>
        <source>matrix.org</source>
        <translation>matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="140"/>
        <source>Server whose directory to show</source>
        <translation>Serwer, którego katalog ma być wyświetlony</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="153"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="160"/>
        <source>The server whose public rooms are listed</source>
        <translation>Serwer, którego publiczne pokoje są wyświetlane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="171"/>
        <source>The room at this address</source>
        <translation>Pokój pod tym adresem</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="223"/>
        <source>Loading more rooms</source>
        <translation>Wczytywanie kolejnych pokoi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="240"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="417"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="282"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="329"/>
        <source>Space</source>
        <translation>Przestrzeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="349"/>
        <source>Request sent: a moderator will let you in</source>
        <translation>Prośba wysłana: moderator cię wpuści</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Sending the request</source>
        <translation>Wysyłanie prośby</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Joining</source>
        <translation>Dołączanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Joining…</source>
        <translation>Dołączanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="376"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="377"/>
        <source>Request sent</source>
        <translation>Prośba wysłana</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Ask to join</source>
        <translation>Poproś o dołączenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="379"/>
        <source>Joining %1</source>
        <translation>Dołączanie do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="380"/>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="381"/>
        <source>Request to join %1 sent</source>
        <translation>Wysłano prośbę o dołączenie do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="382"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="477"/>
        <source>Ask to join %1</source>
        <translation>Poproś o dołączenie do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="383"/>
        <source>Join %1</source>
        <translation>Dołącz do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="395"/>
        <source>Loading the public rooms</source>
        <translation>Wczytywanie publicznych pokoi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="432"/>
        <source>No public rooms match “%1”.</source>
        <translation>Brak publicznych pokoi pasujących do „%1”.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="433"/>
        <source>%1 lists no public rooms yet.</source>
        <translation>Serwer %1 nie ma jeszcze publicznych pokoi.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="487"/>
        <source>The room&apos;s moderators see your request and can let you in.</source>
        <translation>Moderatorzy pokoju zobaczą twoją prośbę i mogą cię wpuścić.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="495"/>
        <source>Message (optional)</source>
        <translation>Wiadomość (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="497"/>
        <source>Message to the moderators</source>
        <translation>Wiadomość do moderatorów</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="506"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="512"/>
        <source>Send request</source>
        <translation>Wyślij prośbę</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="513"/>
        <source>Send the request to join %1</source>
        <translation>Wyślij prośbę o dołączenie do %1</translation>
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
        <translation>Zapisane wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="97"/>
        <source>Archive</source>
        <translation>Archiwum</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="102"/>
        <location filename="../../resources/qml/RoomList.qml" line="705"/>
        <source>New folder…</source>
        <translation>Nowy folder…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="107"/>
        <location filename="../../resources/qml/RoomList.qml" line="803"/>
        <source>New space…</source>
        <translation>Nowa przestrzeń…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="112"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="118"/>
        <source>Uploading avatar…</source>
        <translation>Przesyłanie zdjęcia profilowego…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="119"/>
        <source>Change my avatar…</source>
        <translation>Zmień zdjęcie profilowe…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="120"/>
        <source>Set my avatar…</source>
        <translation>Ustaw zdjęcie profilowe…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="128"/>
        <source>Remove my avatar</source>
        <translation>Usuń zdjęcie profilowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="133"/>
        <source>Sign out…</source>
        <translation>Wyloguj się…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="148"/>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="156"/>
        <source>Open log folder</source>
        <translation>Otwórz folder z logami</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="161"/>
        <source>Copy diagnostics</source>
        <translation>Kopiuj dane diagnostyczne</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="166"/>
        <source>About Messenger</source>
        <translation>O aplikacji Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="178"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="184"/>
        <source>Search conversations</source>
        <translation>Szukaj czatów</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="215"/>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nowy czat (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="234"/>
        <source>Folders</source>
        <translation>Foldery</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="302"/>
        <source>%1, %2 unread</source>
        <translation>%1, nieprzeczytane: %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="367"/>
        <source>Edit folder…</source>
        <translation>Edytuj folder…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="372"/>
        <source>Move left</source>
        <translation>Przesuń w lewo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="377"/>
        <source>Move right</source>
        <translation>Przesuń w prawo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="382"/>
        <source>Delete folder…</source>
        <translation>Usuń folder…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="405"/>
        <source>Spaces</source>
        <translation>Przestrzenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="443"/>
        <source>All conversations</source>
        <translation>Wszystkie czaty</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="448"/>
        <source>All</source>
        <translation>Czaty</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="513"/>
        <source>New space</source>
        <translation>Nowa przestrzeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="531"/>
        <source>Conversations</source>
        <translation>Czaty</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="563"/>
        <source>Browse</source>
        <translation>Przeglądaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="564"/>
        <source>Browse the rooms of %1</source>
        <translation>Przeglądaj pokoje przestrzeni %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="567"/>
        <source>All the rooms of this space, to join or open</source>
        <translation>Wszystkie pokoje tej przestrzeni – do dołączenia lub otwarcia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="618"/>
        <source>No conversations yet — start one with Ctrl+N</source>
        <translation>Nie masz jeszcze czatów – rozpocznij pierwszy skrótem Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="619"/>
        <source>No conversations match “%1”</source>
        <translation>Brak czatów pasujących do „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Unpin</source>
        <translation>Odepnij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Pin to top</source>
        <translation>Przypnij na górze</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as read</source>
        <translation>Oznacz jako przeczytane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as unread</source>
        <translation>Oznacz jako nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="666"/>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="670"/>
        <source>All messages</source>
        <translation>Wszystkie wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="675"/>
        <source>Mentions and keywords</source>
        <translation>Wzmianki i słowa kluczowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="680"/>
        <source>Mute</source>
        <translation>Wycisz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Move out of low priority</source>
        <translation>Zdejmij niski priorytet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Low priority</source>
        <translation>Niski priorytet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="692"/>
        <source>Add to folder</source>
        <translation>Dodaj do folderu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Change avatar…</source>
        <translation>Zmień zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Set avatar…</source>
        <translation>Ustaw zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="723"/>
        <source>Remove avatar</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose the conversation&apos;s avatar</source>
        <translation>Wybierz zdjęcie czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose your avatar</source>
        <translation>Wybierz zdjęcie profilowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="742"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="759"/>
        <source>Delete the folder “%1”?</source>
        <translation>Usunąć folder „%1”?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="764"/>
        <source>Its conversations stay in your list; only the tab goes, on your other devices too.</source>
        <translation>Czaty z tego folderu zostaną na liście; zniknie tylko karta, także na twoich pozostałych urządzeniach.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="765"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="793"/>
        <source>Browse rooms</source>
        <translation>Przeglądaj pokoje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="798"/>
        <source>Show its conversations</source>
        <translation>Pokaż czaty tej przestrzeni</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="94"/>
        <source>Conversation settings</source>
        <translation>Ustawienia czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="104"/>
        <source>Saving</source>
        <translation>Zapisywanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="111"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="143"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="149"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="150"/>
        <source>Conversation name</source>
        <translation>Nazwa czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="159"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="160"/>
        <source>Conversation topic</source>
        <translation>Temat czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="170"/>
        <source>Change picture…</source>
        <translation>Zmień zdjęcie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="179"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="180"/>
        <source>Save the name and topic</source>
        <translation>Zapisz nazwę i temat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="187"/>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="195"/>
        <source>Who can join</source>
        <translation>Kto może dołączyć</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="196"/>
        <source>Anyone with its address or link joins.</source>
        <translation>Każdy, kto zna adres lub ma link, może dołączyć.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="197"/>
        <source>Anyone may ask; a moderator lets them in.</source>
        <translation>Każdy może poprosić; moderator decyduje o wpuszczeniu.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="198"/>
        <source>Members of its space join; others need an invitation.</source>
        <translation>Członkowie przestrzeni mogą dołączyć; pozostali potrzebują zaproszenia.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="199"/>
        <source>Only people who are invited.</source>
        <translation>Tylko zaproszone osoby.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="201"/>
        <source>Invited</source>
        <translation>Na zaproszenie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="202"/>
        <source>Ask to join</source>
        <translation>Na prośbę</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="203"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="224"/>
        <source>Anyone</source>
        <translation>Każdy</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="204"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="245"/>
        <source>Space</source>
        <translation>Przestrzeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="215"/>
        <source>Who can read the history</source>
        <translation>Kto może czytać historię</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="216"/>
        <source>Anyone, without joining.</source>
        <translation>Każdy, nawet bez dołączania.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="217"/>
        <source>Members, from when they joined.</source>
        <translation>Członkowie, od momentu dołączenia.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="218"/>
        <source>Members, from when they were invited.</source>
        <translation>Członkowie, od momentu zaproszenia.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="219"/>
        <source>Members, all of it.</source>
        <translation>Członkowie, całą historię.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="221"/>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="222"/>
        <source>Since invited</source>
        <translation>Od zaproszenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="223"/>
        <source>Since joined</source>
        <translation>Od dołączenia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="235"/>
        <source>Let guests join</source>
        <translation>Pozwól dołączać gościom</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="236"/>
        <source>People without an account on any server.</source>
        <translation>Osoby bez konta na żadnym serwerze.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="258"/>
        <source>Not in a space</source>
        <translation>Poza przestrzenią</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="265"/>
        <source>Its space lists it, and the space&apos;s members find it there.</source>
        <translation>Przestrzeń wyświetla go na swojej liście i jej członkowie mogą go tam znaleźć.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="276"/>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="277"/>
        <source>Change the conversation&apos;s space</source>
        <translation>Zmień przestrzeń czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="285"/>
        <source>No space</source>
        <translation>Bez przestrzeni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="304"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="313"/>
        <source>Sign posts</source>
        <translation>Podpisuj wpisy</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="314"/>
        <source>Show the name of the admin who wrote each post. Otherwise posts show as the channel&apos;s.</source>
        <translation>Pokazuj nazwę administratora, który napisał dany wpis. W przeciwnym razie wpisy są publikowane w imieniu kanału.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="327"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="332"/>
        <source>No address yet</source>
        <translation>Brak adresu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="344"/>
        <source>New address, e.g. climbing-club</source>
        <translation>Nowy adres, np. klub-wspinaczkowy</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="345"/>
        <source>New address</source>
        <translation>Nowy adres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="352"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="353"/>
        <source>Add the address</source>
        <translation>Dodaj adres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="367"/>
        <source>List in the server&apos;s directory</source>
        <translation>Pokaż w katalogu serwera</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="368"/>
        <source>Anyone browsing the server&apos;s public conversations finds it.</source>
        <translation>Znajdzie go każdy, kto przegląda publiczne czaty serwera.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="391"/>
        <source>Leave conversation…</source>
        <translation>Opuść czat…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="399"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="408"/>
        <source>Choose the conversation&apos;s picture</source>
        <translation>Wybierz zdjęcie czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="410"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="17"/>
        <source>Search in this conversation</source>
        <translation>Szukaj w tym czacie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="53"/>
        <source>Search messages</source>
        <translation>Szukaj wiadomości</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="61"/>
        <source>Search messages in this conversation</source>
        <translation>Szukaj wiadomości w tym czacie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="62"/>
        <source>Press Enter to search</source>
        <translation>Naciśnij Enter, aby wyszukać</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SearchPanel.qml" line="100"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="119"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="144"/>
        <source>%1 at %2: %3</source>
        <translation>%1 o %2: %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="248"/>
        <source>Load more</source>
        <translation>Wczytaj więcej</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="249"/>
        <source>Load more results</source>
        <translation>Wczytaj więcej wyników</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="279"/>
        <source>Searching</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="299"/>
        <source>No messages match “%1”</source>
        <translation>Brak wiadomości pasujących do „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="300"/>
        <source>Find messages in this conversation: type a word and press Enter.</source>
        <translation>Znajdź wiadomości w tym czacie: wpisz słowo i naciśnij Enter.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="310"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <location filename="../../resources/qml/SeekBar.qml" line="22"/>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
</context>
<context>
    <name>SendFilesDialog</name>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="67"/>
        <source>Send a photo</source>
        <translation>Wyślij zdjęcie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="68"/>
        <source>Send a file</source>
        <translation>Wyślij plik</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SendFilesDialog.qml" line="69"/>
        <source>Send %n files</source>
        <translation>
            <numerusform>Wyślij %n plik</numerusform>
            <numerusform>Wyślij %n pliki</numerusform>
            <numerusform>Wyślij %n plików</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="80"/>
        <source>In the thread</source>
        <translation>W wątku</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="186"/>
        <source>Rotate</source>
        <translation>Obróć</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Done cropping</source>
        <translation>Zakończ kadrowanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Crop</source>
        <translation>Kadruj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="245"/>
        <source>Add a caption…</source>
        <translation>Dodaj podpis…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="249"/>
        <source>Caption</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="264"/>
        <source>Send as file (original quality, no preview)</source>
        <translation>Wyślij jako plik (oryginalna jakość, bez podglądu)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="288"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="293"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
</context>
<context>
    <name>SessionExpiredBar</name>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="48"/>
        <source>Your session expired — enter your password to continue.</source>
        <translation>Sesja wygasła — wpisz hasło, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="59"/>
        <source>Messages you write meanwhile are sent once you are signed in as %1.</source>
        <translation>Wiadomości napisane w tym czasie zostaną wysłane po zalogowaniu. Konto: %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="69"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="72"/>
        <source>Your password</source>
        <translation>Twoje hasło</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="80"/>
        <source>Signing in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="86"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <location filename="../../resources/qml/SettingRow.qml" line="210"/>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="81"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="100"/>
        <source>Settings sections</source>
        <translation>Sekcje ustawień</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="267"/>
        <source>Close settings</source>
        <translation>Zamknij ustawienia</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="47"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="60"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="91"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="68"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="108"/>
        <source> or </source>
        <translation> lub </translation>
    </message>
</context>
<context>
    <name>SpaceBrowser</name>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="69"/>
        <source>Back to %1</source>
        <translation>Wróć do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="75"/>
        <source>Rooms in %1</source>
        <translation>Pokoje w %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="89"/>
        <source>Add rooms</source>
        <translation>Dodaj pokoje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="90"/>
        <source>Add rooms to %1</source>
        <translation>Dodaj pokoje do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="100"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="110"/>
        <source>Search rooms</source>
        <translation>Szukaj pokoi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="116"/>
        <source>Search the rooms of this space</source>
        <translation>Szukaj pokoi w tej przestrzeni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="161"/>
        <source>Rooms</source>
        <translation>Pokoje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="202"/>
        <source>%1, space, %2</source>
        <translation>%1, przestrzeń, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="203"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="204"/>
        <source>suggested</source>
        <translation>polecany</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="253"/>
        <source>Suggested</source>
        <translation>Polecane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="270"/>
        <source>Space</source>
        <translation>Przestrzeń</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="303"/>
        <source>Joining</source>
        <translation>Dołączanie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="311"/>
        <source>More for %1</source>
        <translation>Więcej opcji: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="325"/>
        <source>Joining…</source>
        <translation>Dołączanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="326"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Browse</source>
        <translation>Przeglądaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="328"/>
        <source>Joining %1</source>
        <translation>Dołączanie do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="329"/>
        <source>Join %1</source>
        <translation>Dołącz do %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Browse %1</source>
        <translation>Przeglądaj %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="342"/>
        <source>Loading the rooms</source>
        <translation>Wczytywanie pokoi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="364"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="377"/>
        <source>This space has no rooms yet.</source>
        <translation>Ta przestrzeń nie ma jeszcze pokoi.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="378"/>
        <source>No rooms match “%1”</source>
        <translation>Brak pokoi pasujących do „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Don&apos;t suggest</source>
        <translation>Nie polecaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Suggest to members</source>
        <translation>Poleć członkom</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="401"/>
        <source>Remove from space</source>
        <translation>Usuń z przestrzeni</translation>
    </message>
</context>
<context>
    <name>StickerPicker</name>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="102"/>
        <source>Add stickers</source>
        <translation>Dodaj naklejki</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="104"/>
        <source>Pictures (*.png *.webp *.gif *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.webp *.gif *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="111"/>
        <source>Stickers</source>
        <translation>Naklejki</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="121"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="129"/>
        <source>Search stickers</source>
        <translation>Szukaj naklejek</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="172"/>
        <source>Sticker packs</source>
        <translation>Pakiety naklejek</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="181"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="183"/>
        <source>New sticker pack for this conversation</source>
        <translation>Nowy pakiet naklejek dla tego czatu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="283"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="336"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="338"/>
        <source>Add stickers from your computer</source>
        <translation>Dodaj naklejki z komputera</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="411"/>
        <source>Make your own stickers: add pictures from your computer, or right-click a sticker someone sent.</source>
        <translation>Stwórz własne naklejki: dodaj obrazy z komputera albo kliknij prawym przyciskiem naklejkę, którą ktoś wysłał.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="412"/>
        <source>Add pictures from your computer: everyone in this conversation can send them.</source>
        <translation>Dodaj obrazy z komputera: każdy w tym czacie będzie mógł je wysyłać.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="424"/>
        <source>No stickers found</source>
        <translation>Nie znaleziono naklejek</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="451"/>
        <source>A pack everyone in this conversation can use</source>
        <translation>Pakiet, z którego może korzystać każdy w tym czacie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="460"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="466"/>
        <source>Pack name</source>
        <translation>Nazwa pakietu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="480"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use only in its conversation</source>
        <translation>Używaj tylko w czacie, z którego pochodzi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use in every conversation</source>
        <translation>Używaj we wszystkich czatach</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="509"/>
        <source>Remove from My stickers</source>
        <translation>Usuń z „Moich naklejek”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="510"/>
        <source>Remove from this pack</source>
        <translation>Usuń z tego pakietu</translation>
    </message>
</context>
<context>
    <name>StorageStatus</name>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="67"/>
        <source>Messenger cannot save to disk: the disk is full. New messages wait until there is space.</source>
        <translation>Messenger nie może zapisywać na dysku: dysk jest pełny. Nowe wiadomości poczekają, aż zwolni się miejsce.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="69"/>
        <source>Messenger cannot save to disk: it is read-only. New messages wait until it can.</source>
        <translation>Messenger nie może zapisywać na dysku: jest tylko do odczytu. Nowe wiadomości poczekają, aż będzie to możliwe.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="71"/>
        <source>The saved conversations are damaged; restart Messenger to download them again.</source>
        <translation>Zapisane rozmowy są uszkodzone; uruchom Messengera ponownie, aby pobrać je od nowa.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="72"/>
        <source>Messenger cannot save to disk. New messages wait until it can.</source>
        <translation>Messenger nie może zapisywać na dysku. Nowe wiadomości poczekają, aż będzie to możliwe.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="79"/>
        <source>This cache was written by a newer version of Messenger: it was set aside, and your conversations are being downloaded again.</source>
        <translation>Tę pamięć podręczną zapisała nowsza wersja Messengera: odłożono ją na bok, a rozmowy są pobierane od nowa.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="84"/>
        <source>The saved conversations were damaged, so they are being downloaded again.</source>
        <translation>Zapisane rozmowy były uszkodzone, więc są pobierane od nowa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="86"/>
        <source>%n unsent message(s) could not be recovered.</source>
        <translation>
            <numerusform>Nie udało się odzyskać %n niewysłanej wiadomości.</numerusform>
            <numerusform>Nie udało się odzyskać %n niewysłanych wiadomości.</numerusform>
            <numerusform>Nie udało się odzyskać %n niewysłanych wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="88"/>
        <source>%n unsent message(s) were kept; others may have been lost.</source>
        <translation>
            <numerusform>Zachowano %n niewysłaną wiadomość; inne mogły zostać utracone.</numerusform>
            <numerusform>Zachowano %n niewysłane wiadomości; inne mogły zostać utracone.</numerusform>
            <numerusform>Zachowano %n niewysłanych wiadomości; inne mogły zostać utracone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="90"/>
        <source>Messages waiting to be sent, if there were any, could not be recovered.</source>
        <translation>Nie udało się odzyskać wiadomości czekających na wysłanie, jeśli jakieś były.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="92"/>
        <source>%n unsent message(s) were kept and will be sent.</source>
        <translation>
            <numerusform>Zachowano %n niewysłaną wiadomość; zostanie wysłana.</numerusform>
            <numerusform>Zachowano %n niewysłane wiadomości; zostaną wysłane.</numerusform>
            <numerusform>Zachowano %n niewysłanych wiadomości; zostaną wysłane.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="30"/>
        <source>Thread</source>
        <translation>Wątek</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="60"/>
        <source>Thread messages</source>
        <translation>Wiadomości w wątku</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="98"/>
        <source>%1 at %2: %3</source>
        <translation>%1 o %2: %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="191"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent</source>
        <translation>Nie wysłano</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="212"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="213"/>
        <source>Retry sending</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="245"/>
        <source>No replies yet</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ThreadPanel.qml" line="246"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="271"/>
        <source>Loading the thread</source>
        <translation>Wczytywanie wątku</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="296"/>
        <source>Report…</source>
        <translation>Zgłoś…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="313"/>
        <source>Send files to the thread</source>
        <translation>Wyślij pliki do wątku</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="344"/>
        <source>Drop files here to send them to the thread</source>
        <translation>Upuść tutaj pliki, aby wysłać je do wątku</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="387"/>
        <source>Attach files to the thread (Ctrl+O)</source>
        <translation>Załącz pliki do wątku (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="411"/>
        <source>Reply in thread…</source>
        <translation>Odpowiedz w wątku…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="422"/>
        <source>Reply in thread</source>
        <translation>Odpowiedz w wątku</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="457"/>
        <source>Send reply</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="80"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="176"/>
        <source>Open Messenger</source>
        <translation>Otwórz Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="81"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="221"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="256"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="254"/>
        <source>Do not disturb</source>
        <translation>Nie przeszkadzać</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="83"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="177"/>
        <source>For 1 hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="85"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="178"/>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="88"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="179"/>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="90"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="180"/>
        <source>Mark all as read</source>
        <translation>Oznacz wszystko jako przeczytane</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="94"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="181"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="219"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n nieprzeczytana</numerusform>
            <numerusform>%n nieprzeczytane</numerusform>
            <numerusform>%n nieprzeczytanych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="37"/>
        <source>Voice message, %1</source>
        <translation>Wiadomość głosowa, %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="48"/>
        <source>voice message</source>
        <translation>wiadomość głosowa</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="115"/>
        <source>Playback speed %1×</source>
        <translation>Prędkość odtwarzania %1×</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="34"/>
        <source>Recording a voice message</source>
        <translation>Nagrywanie wiadomości głosowej</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="44"/>
        <source>Cancel the recording (Esc)</source>
        <translation>Anuluj nagrywanie (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="119"/>
        <source>Paused for a call: Enter sends, Esc cancels</source>
        <translation>Wstrzymano z powodu połączenia: Enter – wyślij, Esc – anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="120"/>
        <source>Enter sends, Esc cancels</source>
        <translation>Enter – wyślij, Esc – anuluj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="121"/>
        <source>Let go to cancel</source>
        <translation>Puść, aby anulować</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="122"/>
        <source>Let go to send, slide away to cancel</source>
        <translation>Puść, aby wysłać; przesuń w bok, aby anulować</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="136"/>
        <source>Send the voice message (Enter)</source>
        <translation>Wyślij wiadomość głosową (Enter)</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="77"/>
        <source>%1 is calling</source>
        <translation>%1 dzwoni</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming video call</source>
        <translation>Przychodzące połączenie wideo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming voice call</source>
        <translation>Przychodzące połączenie głosowe</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Incoming call</source>
        <translation>Połączenie przychodzące</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="84"/>
        <source>The microphone is no longer connected.</source>
        <translation>Mikrofon został odłączony.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="87"/>
        <source>The microphone uses a sound format this app cannot read.</source>
        <translation>Mikrofon używa formatu dźwięku, którego ta aplikacja nie obsługuje.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="94"/>
        <source>The microphone stopped working.</source>
        <translation>Mikrofon przestał działać.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="115"/>
        <source>The speaker is no longer connected.</source>
        <translation>Głośnik został odłączony.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="118"/>
        <source>The speaker uses a sound format this app cannot play.</source>
        <translation>Głośnik używa formatu dźwięku, którego ta aplikacja nie potrafi odtworzyć.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="134"/>
        <source>The speaker stopped working.</source>
        <translation>Głośnik przestał działać.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="75"/>
        <source>%1 declined the call</source>
        <translation>%1 odrzuca połączenie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="77"/>
        <source>%1 is busy</source>
        <translation>%1 nie może teraz rozmawiać</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="79"/>
        <source>%1 did not answer</source>
        <translation>%1 nie odbiera</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="81"/>
        <source>The connection was lost</source>
        <translation>Połączenie zostało przerwane</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="83"/>
        <source>The call could not be set up</source>
        <translation>Nie udało się nawiązać połączenia</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="85"/>
        <source>%1 left the conversation</source>
        <translation>%1 opuszcza czat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="87"/>
        <source>Answered on another device</source>
        <translation>Odebrano na innym urządzeniu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="89"/>
        <source>Declined on another device</source>
        <translation>Odrzucono na innym urządzeniu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="91"/>
        <source>Call ended</source>
        <translation>Połączenie zakończone</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="398"/>
        <source>Calling…</source>
        <translation>Dzwonienie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="400"/>
        <source>Ringing…</source>
        <translation>Dzwoni…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="402"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="529"/>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="540"/>
        <source>You are already in a call.</source>
        <translation>Trwa już inne połączenie.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="537"/>
        <source>Calls are only possible in a conversation between two people.</source>
        <translation>Połączenia są możliwe tylko w czacie dwóch osób.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="245"/>
        <source>The app is closing: no devices can be used.</source>
        <translation>Aplikacja się zamyka: nie można używać żadnych urządzeń.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="249"/>
        <source>No microphone was found: the other person will not hear you.</source>
        <translation>Nie znaleziono mikrofonu: druga osoba cię nie usłyszy.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="254"/>
        <source>The chosen microphone is not connected; {name} is used.</source>
        <translation>Wybrany mikrofon nie jest podłączony; używane jest urządzenie {name}.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="260"/>
        <source>No speaker or headphones were found: you will not hear the other person.</source>
        <translation>Nie znaleziono głośników ani słuchawek: nie usłyszysz drugiej osoby.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="265"/>
        <source>The chosen speaker is not connected; {name} is used.</source>
        <translation>Wybrany głośnik nie jest podłączony; używane jest urządzenie {name}.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="272"/>
        <source>No camera was found: the other person will not see you.</source>
        <translation>Nie znaleziono kamery: druga osoba cię nie zobaczy.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="277"/>
        <source>The chosen camera is not connected; {name} is used.</source>
        <translation>Wybrana kamera nie jest podłączona; używane jest urządzenie {name}.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="165"/>
        <source>The camera is no longer connected.</source>
        <translation>Kamera została odłączona.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="173"/>
        <source>The camera stopped working.</source>
        <translation>Kamera przestała działać.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="179"/>
        <source>Your screen could not be captured.</source>
        <translation>Nie udało się przechwycić obrazu ekranu.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../messenger_desktop/app.py" line="132"/>
        <source>Starting the homeserver on this computer…</source>
        <translation>Uruchamianie serwera domowego na tym komputerze…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="42"/>
        <source>Your server wants this confirmed in a way Messenger cannot do here; do it on your server&apos;s web page or in another Matrix app.</source>
        <translation>Twój serwer wymaga potwierdzenia, którego Messenger nie może tu obsłużyć; zrób to na stronie swojego serwera lub w innej aplikacji Matrix.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="47"/>
        <source>The password was wrong too many times; try again later.</source>
        <translation>Zbyt wiele razy podano błędne hasło; spróbuj ponownie później.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="49"/>
        <source>The server finds the new password too weak: %1</source>
        <translation>Serwer uznał nowe hasło za zbyt słabe: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="62"/>
        <source>Last active: %1</source>
        <translation>Ostatnia aktywność: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="276"/>
        <source>The device is signed out.</source>
        <translation>Urządzenie zostało wylogowane.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/account_controller.py" line="278"/>
        <source>%n devices are signed out.</source>
        <translation>
            <numerusform>Wylogowano %n urządzenie.</numerusform>
            <numerusform>Wylogowano %n urządzenia.</numerusform>
            <numerusform>Wylogowano %n urządzeń.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="295"/>
        <source>Your password is changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="322"/>
        <source>That password is not right.</source>
        <translation>To hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="247"/>
        <source>Signing out…</source>
        <translation>Wylogowywanie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="298"/>
        <source>This link could not be opened: it is not a valid Matrix link.</source>
        <translation>Nie można otworzyć tego linku: to nie jest prawidłowy link Matrix.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="310"/>
        <source>Could not open your conversations: %1</source>
        <translation>Nie udało się otworzyć twoich czatów: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You were banned</source>
        <translation>Zbanowano cię</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You left</source>
        <translation>Czat opuszczony</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="39"/>
        <source>%n new message(s) from %1</source>
        <translation>
            <numerusform>%n nowa wiadomość od %1</numerusform>
            <numerusform>%n nowe wiadomości od %1</numerusform>
            <numerusform>%n nowych wiadomości od %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="52"/>
        <source>%n other(s)</source>
        <translation>
            <numerusform>jeszcze %n osoba</numerusform>
            <numerusform>jeszcze %n osoby</numerusform>
            <numerusform>jeszcze %n osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/avatar_controller.py" line="119"/>
        <source>Only a picture on this computer can be an avatar.</source>
        <translation>Zdjęciem może być tylko obraz z tego komputera.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="94"/>
        <source>Messenger is still running</source>
        <translation>Messenger nadal działa</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="95"/>
        <source>It keeps receiving messages in the tray. Quit from the tray icon&apos;s menu.</source>
        <translation>Nadal odbiera wiadomości w zasobniku systemowym. Aby go zamknąć, użyj menu ikony w zasobniku.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="57"/>
        <source>Until %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="59"/>
        <source>Until tomorrow %1</source>
        <translation>Do jutra, %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="63"/>
        <location filename="../../messenger_desktop/qt/formatting.py" line="107"/>
        <source>d MMMM</source>
        <extracomment>a Qt date format (d day, MMMM month name) for a date this year</extracomment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="63"/>
        <location filename="../../messenger_desktop/qt/formatting.py" line="109"/>
        <source>d MMMM yyyy</source>
        <extracomment>a Qt date format (d day, MMMM month name, yyyy year) for a date in another year</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="65"/>
        <source>Until %1 %2</source>
        <extracomment>%1 a weekday or a date, %2 a time: &quot;Until Friday 08:00&quot;, &quot;Until 3 March 08:00&quot;</extracomment>
        <translation>Do: %1, %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="34"/>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="35"/>
        <source>Video</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="36"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="37"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="69"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="155"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="105"/>
        <location filename="../../messenger_desktop/qt/thread_model.py" line="286"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="844"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="972"/>
        <source>Message deleted</source>
        <translation>Wiadomość usunięta</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="75"/>
        <source>Encrypted message — this app cannot decrypt it yet</source>
        <translation>Zaszyfrowana wiadomość – ta aplikacja nie potrafi jej jeszcze odszyfrować</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="86"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="1001"/>
        <source>This call could not be shown</source>
        <translation>Nie można wyświetlić tego połączenia</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="88"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="102"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="67"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="157"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="107"/>
        <source>This message could not be shown</source>
        <translation>Nie można wyświetlić tej wiadomości</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="93"/>
        <source>Sticker</source>
        <translation>Naklejka</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="131"/>
        <source>%1 joined</source>
        <translation>Do czatu dołącza %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="135"/>
        <source>%1 invited %2</source>
        <translation>%1 zaprasza %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="139"/>
        <source>%1 declined the invitation</source>
        <translation>%1 odrzuca zaproszenie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="141"/>
        <source>%1 withdrew their request to join</source>
        <translation>%1 wycofuje prośbę o dołączenie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="144"/>
        <source>%1 left</source>
        <translation>Czat opuszcza %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="146"/>
        <source>%1 was unbanned by %2</source>
        <translation>%2 cofa bana dla %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="148"/>
        <source>%2 withdrew the invitation for %1</source>
        <translation>%2 wycofuje zaproszenie dla %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="150"/>
        <source>%2 declined the request of %1 to join</source>
        <translation>%2 odrzuca prośbę o dołączenie od %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="153"/>
        <source>%1 was removed by %2</source>
        <translation>%2 usuwa %1 z czatu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="155"/>
        <source>%1 was banned by %2</source>
        <translation>%2 banuje %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="157"/>
        <source>%1 asked to join</source>
        <translation>%1 prosi o dołączenie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="167"/>
        <source>%1 removed their name</source>
        <translation>%1 usuwa swoją nazwę</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="169"/>
        <source>%1 set their name to %2</source>
        <translation>%1 nazywa się teraz %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="170"/>
        <source>%1 changed their name to %2</source>
        <translation>%1 zmienia nazwę na %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="173"/>
        <source>%1 removed their avatar</source>
        <translation>%1 usuwa zdjęcie profilowe</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="175"/>
        <source>%1 set an avatar</source>
        <translation>%1 ustawia zdjęcie profilowe</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="176"/>
        <source>%1 changed their avatar</source>
        <translation>%1 zmienia zdjęcie profilowe</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="186"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="234"/>
        <source>%1 created the conversation</source>
        <translation>%1 tworzy czat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="190"/>
        <source>%1 removed the conversation name</source>
        <translation>%1 usuwa nazwę czatu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="191"/>
        <source>%1 changed the name to “%2”</source>
        <translation>%1 zmienia nazwę czatu na „%2”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="195"/>
        <source>%1 removed the topic</source>
        <translation>%1 usuwa temat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="196"/>
        <source>%1 changed the topic to “%2”</source>
        <translation>%1 zmienia temat na „%2”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="198"/>
        <source>%1 changed the conversation picture</source>
        <translation>%1 zmienia zdjęcie czatu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="200"/>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 włącza szyfrowanie end-to-end</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="242"/>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="244"/>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 i %3</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="246"/>
        <source>%1, %2 and %3 others</source>
        <translation>%1, %2 i jeszcze %3</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="248"/>
        <source>%1 changes</source>
        <translation>Zmiany: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="91"/>
        <source>d MMM</source>
        <extracomment>a Qt date format (d day, MMM short month name) for a date this year</extracomment>
        <translation>d MMM</translation>
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
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="102"/>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/formatting.py" line="114"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n członek</numerusform>
            <numerusform>%n członków</numerusform>
            <numerusform>%n członków</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="49"/>
        <source>“%1” stickers</source>
        <translation>Naklejki „%1”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="118"/>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Nie udało się otworzyć folderu z logami. Jego ścieżka: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="128"/>
        <source>Diagnostics copied to the clipboard: paste them into your bug report.</source>
        <translation>Skopiowano dane diagnostyczne do schowka: wklej je do zgłoszenia błędu.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/keywords_controller.py" line="96"/>
        <source>A keyword cannot start with a dot or contain a slash.</source>
        <translation>Słowo kluczowe nie może zaczynać się od kropki ani zawierać ukośnika.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Unread</source>
        <translation>Nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="32"/>
        <source>Wrong user name or password.</source>
        <translation>Nieprawidłowa nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="34"/>
        <source>This account has been deactivated.</source>
        <translation>To konto zostało dezaktywowane.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="36"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zbyt wiele prób. Odczekaj minutę i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="37"/>
        <source>The server refused to sign in: %1</source>
        <translation>Serwer odmówił zalogowania: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="39"/>
        <source>The server&apos;s security certificate is not valid, so Messenger did not connect. Check the address, or ask the server&apos;s administrator.</source>
        <translation>Certyfikat bezpieczeństwa serwera jest nieprawidłowy, więc Messenger nie nawiązał połączenia. Sprawdź adres lub zapytaj administratora serwera.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="44"/>
        <source>Could not reach the server through the proxy. Check it in Settings, Network.</source>
        <translation>Nie można połączyć się z serwerem przez serwer proxy. Sprawdź go w Ustawieniach (Sieć).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="46"/>
        <source>Could not reach the server. Check the address and your connection.</source>
        <translation>Nie można połączyć się z serwerem. Sprawdź adres i połączenie z internetem.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="48"/>
        <source>The server&apos;s answer was not understood. Is this a Matrix server?</source>
        <translation>Nie udało się zrozumieć odpowiedzi serwera. Czy to na pewno serwer Matrix?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="49"/>
        <source>Could not sign in: %1</source>
        <translation>Nie udało się zalogować: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="105"/>
        <source>Enter your homeserver, for example matrix.org.</source>
        <translation>Podaj swój serwer domowy, na przykład matrix.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="108"/>
        <source>Enter your user name and password.</source>
        <translation>Podaj nazwę użytkownika i hasło.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="83"/>
        <source>Measuring…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="85"/>
        <source>Empty</source>
        <translation>Pusta</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="86"/>
        <source>%1 used</source>
        <translation>Zajęte: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="290"/>
        <source>Only the first %1 files are sent at once.</source>
        <translation>Naraz wysyłanych jest tylko pierwszych %1 plików.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="294"/>
        <source>Only files on this computer can be sent.</source>
        <translation>Można wysyłać tylko pliki z tego komputera.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="301"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="69"/>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="341"/>
        <source>The picture on the clipboard could not be read.</source>
        <translation>Nie udało się odczytać obrazu ze schowka.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="410"/>
        <source>It is already on its way and cannot be stopped.</source>
        <translation>Wysyłanie już trwa i nie można go przerwać.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="457"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="86"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="227"/>
        <source>This file is not available.</source>
        <translation>Ten plik jest niedostępny.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="466"/>
        <source>Saved to %1</source>
        <translation>Zapisano w %1</translation>
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
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="70"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="106"/>
        <source>Admin</source>
        <translation>Administrator</translation>
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
        <translation>Zaproszeni</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="77"/>
        <source>Joined</source>
        <translation>Dołączyli</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="129"/>
        <source>Message forwarded.</source>
        <translation>Wiadomość przekazana.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="181"/>
        <source>Open this link?</source>
        <translation>Otworzyć ten link?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="194"/>
        <source>This link was not opened: %1</source>
        <translation>Nie otwarto tego linku: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="301"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <source>Original message not found</source>
        <translation>Nie znaleziono oryginalnej wiadomości</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="173"/>
        <source>%1 and %2 others</source>
        <translation>%1 i jeszcze %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/message_view.py" line="212"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="215"/>
        <source>%1 · last from %2</source>
        <translation>%1 · ostatnia od %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="130"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nowa wiadomość</numerusform>
            <numerusform>%n nowe wiadomości</numerusform>
            <numerusform>%n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="135"/>
        <source>%1 (%2 new)</source>
        <translation>%1 (nowe: %2)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="187"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <source>Mark as read</source>
        <translation>Oznacz jako przeczytane</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="166"/>
        <source>Reply</source>
        <translation>Odpowiedz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="180"/>
        <source>Reply…</source>
        <translation>Odpowiedz…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Accept</source>
        <translation>Odbierz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Decline</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="253"/>
        <source>This file is too large to play here; save it instead.</source>
        <translation>Ten plik jest za duży, aby go tu odtworzyć; zapisz go na dysku.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="255"/>
        <source>This file is no longer on the server.</source>
        <translation>Tego pliku nie ma już na serwerze.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="259"/>
        <source>There is no room on this computer to keep this file.</source>
        <translation>Na tym komputerze brakuje miejsca na ten plik.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="313"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="308"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="262"/>
        <source>This recording cannot be played.</source>
        <translation>Nie można odtworzyć tego nagrania.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="131"/>
        <source>Invitation</source>
        <translation>Zaproszenie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Direct chat</source>
        <translation>Czat prywatny</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="89"/>
        <source>Your role in this conversation does not allow this.</source>
        <translation>Twoja rola w tym czacie na to nie pozwala.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="90"/>
        <source>Their role is the same as yours or higher.</source>
        <translation>Ta osoba ma taką samą lub wyższą rolę niż ty.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="91"/>
        <source>Nobody can give a role above their own.</source>
        <translation>Nikt nie może nadać roli wyższej niż własna.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="92"/>
        <source>The owner of this conversation outranks everyone, for good.</source>
        <translation>Właściciel tego czatu na stałe stoi ponad wszystkimi.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="98"/>
        <source>This needs a role above yours; only someone with it can change it.</source>
        <translation>To wymaga roli wyższej niż twoja; zmienić to może tylko ktoś, kto ją ma.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="108"/>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="109"/>
        <source>Custom (%1)</source>
        <translation>Własna (%1)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="340"/>
        <source>Custom…</source>
        <translation>Własna…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="446"/>
        <source>Nothing of theirs to delete</source>
        <translation>Brak wiadomości tej osoby do usunięcia</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="448"/>
        <source>Deleting 1 message</source>
        <translation>Usuwanie 1 wiadomości</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/room_admin.py" line="450"/>
        <source>Deleting %n message(s)</source>
        <translation>
            <numerusform>Usuwanie %n wiadomości</numerusform>
            <numerusform>Usuwanie %n wiadomości</numerusform>
            <numerusform>Usuwanie %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="107"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="425"/>
        <source>You are banned from this room.</source>
        <translation>Zbanowano cię w tym pokoju.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="252"/>
        <source>“%1” is not a server name.</source>
        <translation>„%1” nie jest nazwą serwera.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="423"/>
        <source>This room could not be found.</source>
        <translation>Nie znaleziono tego pokoju.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="427"/>
        <source>This room is invite only.</source>
        <translation>Do tego pokoju można dołączyć tylko z zaproszeniem.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="432"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="422"/>
        <source>No room has the address %1.</source>
        <translation>Żaden pokój nie ma adresu %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="102"/>
        <source>Message not available</source>
        <translation>Wiadomość niedostępna</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="109"/>
        <source>Encrypted message</source>
        <translation>Zaszyfrowana wiadomość</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="458"/>
        <source>This thread&apos;s first message could not be found.</source>
        <translation>Nie znaleziono pierwszej wiadomości tego wątku.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="606"/>
        <source>This server does not offer searching in conversations.</source>
        <translation>Ten serwer nie obsługuje wyszukiwania w czatach.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="124"/>
        <source>Saved messages</source>
        <translation>Zapisane wiadomości</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="130"/>
        <source>%1 invited you</source>
        <translation>%1 zaprasza cię</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="137"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="158"/>
        <source>Low priority</source>
        <translation>Niski priorytet</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/safety_controller.py" line="180"/>
        <source>Not reported: %1</source>
        <translation>Nie zgłoszono: %1</translation>
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
        <translation>Nie można połączyć się z serwerem przez serwer proxy. Sprawdź go w Ustawieniach (Sieć).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="68"/>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="71"/>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="89"/>
        <source>The server did not allow this: %1</source>
        <translation>Serwer na to nie pozwolił: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="74"/>
        <source>The server refused: %1</source>
        <translation>Serwer odmówił: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="76"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Nie udało się zrozumieć odpowiedzi serwera.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="77"/>
        <source>Something went wrong: %1</source>
        <translation>Coś poszło nie tak: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="87"/>
        <source>There is no user %1 on that server.</source>
        <translation>Na tym serwerze nie ma użytkownika %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="91"/>
        <source>Too many invitations at once; wait a moment and try again.</source>
        <translation>Za dużo zaproszeń naraz; odczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="402"/>
        <source>%1 is typing…</source>
        <translation>%1 pisze…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="404"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 i %2 piszą…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="405"/>
        <source>Several people are typing…</source>
        <translation>Kilka osób pisze…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="514"/>
        <source>invitation</source>
        <translation>zaproszenie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="519"/>
        <source>%1, %2 invited</source>
        <translation>%1, zaproszeni: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="593"/>
        <source>No connection through the proxy server. Check it in Settings, Network; retrying…</source>
        <translation>Brak połączenia przez serwer proxy. Sprawdź go w Ustawieniach (Sieć); ponawianie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="595"/>
        <source>The server&apos;s security certificate is not valid; Messenger does not connect. Retrying…</source>
        <translation>Certyfikat bezpieczeństwa serwera jest nieprawidłowy; Messenger się nie łączy. Ponawianie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="598"/>
        <source>No connection to the server. Retrying in %1 s…</source>
        <translation>Brak połączenia z serwerem. Ponowna próba za %1 s…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="599"/>
        <source>No connection to the server. Reconnecting…</source>
        <translation>Brak połączenia z serwerem. Ponowne łączenie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="683"/>
        <source>This device was signed out from another device or by the server, so its messages were removed from this computer.</source>
        <translation>To urządzenie zostało wylogowane z innego urządzenia lub przez serwer, więc jego wiadomości usunięto z tego komputera.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="845"/>
        <source>A user ID looks like @name:example.org.</source>
        <translation>ID użytkownika wygląda tak: @nazwa:example.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_expiry.py" line="65"/>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_adder.py" line="156"/>
        <source>Could not add %1: %2</source>
        <translation>Nie udało się dodać %1: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="224"/>
        <source>Could not join: %1</source>
        <translation>Nie udało się dołączyć: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="288"/>
        <source>Could not remove: %1</source>
        <translation>Nie udało się usunąć: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="297"/>
        <source>Could not change it: %1</source>
        <translation>Nie udało się tego zmienić: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="335"/>
        <source>Only the space&apos;s admins can add or remove rooms.</source>
        <translation>Tylko administratorzy przestrzeni mogą dodawać i usuwać pokoje.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="62"/>
        <source>Announcements</source>
        <translation>Ogłoszenia</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="67"/>
        <source>Could not create the space: %1</source>
        <translation>Nie udało się utworzyć przestrzeni: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="117"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="190"/>
        <source>My stickers</source>
        <translation>Moje naklejki</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <source>Room stickers</source>
        <translation>Naklejki czatu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>Sticker added</source>
        <translation>Dodano naklejkę</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>%n sticker(s) added</source>
        <translation>
            <numerusform>Dodano %n naklejkę</numerusform>
            <numerusform>Dodano %n naklejki</numerusform>
            <numerusform>Dodano %n naklejek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="256"/>
        <source>This sticker is not available.</source>
        <translation>Ta naklejka jest niedostępna.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="266"/>
        <source>Added to My stickers</source>
        <translation>Dodano do „Moich naklejek”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="333"/>
        <source>%1 is too large for a sticker.</source>
        <translation>Plik %1 jest za duży na naklejkę.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="336"/>
        <source>%1 could not be read.</source>
        <translation>Nie udało się odczytać pliku %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="485"/>
        <source>That message is too far back to show here.</source>
        <translation>Ta wiadomość jest zbyt dawna, aby ją tu wyświetlić.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="690"/>
        <source>That change could not be sent.</source>
        <translation>Nie udało się wysłać tej zmiany.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="125"/>
        <source>No microphone was found: connect one to record a voice message.</source>
        <translation>Nie znaleziono mikrofonu: podłącz go, aby nagrać wiadomość głosową.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="191"/>
        <source>The microphone gave no sound: check that it is connected and not in use.</source>
        <translation>Mikrofon nie przekazuje dźwięku: sprawdź, czy jest podłączony i czy nie używa go inna aplikacja.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>&lt;action&gt;</source>
        <translation>&lt;czynność&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>Send an action: /me waves shows as “* You waves”</source>
        <translation>Wyślij opis czynności: /me macha wyświetli się jako „* Ty macha”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>[message]</source>
        <translation>[wiadomość]</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>Send ¯\_(ツ)_/¯, followed by the message if any</source>
        <translation>Wyślij ¯\_(ツ)_/¯ i ewentualnie dalszą wiadomość</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>&lt;message&gt;</source>
        <translation>&lt;wiadomość&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>Send the message as typed, without formatting</source>
        <translation>Wyślij wiadomość dokładnie tak, jak wpisano, bez formatowania</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>&lt;topic&gt;</source>
        <translation>&lt;temat&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>Set the topic of this conversation</source>
        <translation>Ustaw temat tego czatu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>&lt;name&gt;</source>
        <translation>&lt;nazwa&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>Change your name in this conversation only</source>
        <translation>Zmień swoją nazwę tylko w tym czacie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>&lt;@user:server&gt;</source>
        <translation>&lt;@użytkownik:serwer&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>Invite someone to this conversation</source>
        <translation>Zaproś kogoś do tego czatu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>&lt;#alias:server or !id:server&gt;</source>
        <translation>&lt;#alias:serwer lub !id:serwer&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>Join a room</source>
        <translation>Dołącz do pokoju</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="46"/>
        <source>Leave this conversation</source>
        <translation>Opuść ten czat</translation>
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
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="40"/>
        <source>Chats</source>
        <translation>Czaty</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="41"/>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="42"/>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="43"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="44"/>
        <source>Privacy and safety</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="45"/>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="88"/>
        <source>Colour theme: follow the system, or always light or dark.</source>
        <translation>Motyw kolorów: zgodny z systemem albo zawsze jasny lub ciemny.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="90"/>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="93"/>
        <location filename="../../messenger_desktop/qt/settings.py" line="378"/>
        <source>System</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="94"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="95"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="102"/>
        <source>The language of Messenger: the system&apos;s, or one chosen here.</source>
        <translation>Język aplikacji: systemowy lub wybrany tutaj.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="104"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="107"/>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="115"/>
        <source>Enter sends the message (Shift+Enter adds a line); when off, Ctrl+Enter sends.</source>
        <translation>Enter wysyła wiadomość (Shift+Enter dodaje nowy wiersz); po wyłączeniu wysyła Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="119"/>
        <source>Send with Enter</source>
        <translation>Wysyłaj klawiszem Enter</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="126"/>
        <source>Photos are sent without their location, camera and other metadata (turned upright first).</source>
        <translation>Zdjęcia są wysyłane bez lokalizacji, danych aparatu i innych metadanych (wcześniej zostają prawidłowo obrócone).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="130"/>
        <source>Remove location and camera details from photos</source>
        <translation>Usuwaj ze zdjęć lokalizację i dane aparatu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="137"/>
        <source>Pictures and files kept on this computer for viewing again, at most this many megabytes.</source>
        <translation>Zdjęcia i pliki przechowywane na tym komputerze do ponownego oglądania – najwyżej tyle megabajtów.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="142"/>
        <source>Media kept on this computer</source>
        <translation>Multimedia na tym komputerze</translation>
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
        <translation>Zaproszenia od osób, z którymi nie masz wspólnego czatu, są automatycznie odrzucane.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="160"/>
        <source>Only accept invites from people I share a conversation with</source>
        <translation>Przyjmuj zaproszenia tylko od osób ze wspólnych czatów</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="169"/>
        <source>Others see how far you have read. When off, only your own devices know (unread counts still clear everywhere).</source>
        <translation>Inni widzą, do którego miejsca czytasz. Po wyłączeniu wiedzą to tylko twoje urządzenia (liczniki nieprzeczytanych i tak zerują się wszędzie).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="174"/>
        <source>Send read receipts</source>
        <translation>Wysyłaj potwierdzenia odczytu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="181"/>
        <source>Others see “typing…” while you write to them.</source>
        <translation>Inni widzą „pisze…”, gdy do nich piszesz.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="182"/>
        <source>Send typing notices</source>
        <translation>Wysyłaj informację o pisaniu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="189"/>
        <source>Videos and files up to this size download as soon as they are on screen; larger ones wait for a click on Download.</source>
        <translation>Filmy i pliki do tego rozmiaru pobierają się od razu, gdy pojawią się na ekranie; większe czekają na kliknięcie „Pobierz”.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="195"/>
        <source>Download automatically</source>
        <translation>Pobieraj automatycznie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="198"/>
        <source>Never</source>
        <translation>Nigdy</translation>
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
        <translation>Pokazuj powiadomienie na pulpicie o nowych wiadomościach, które powinny cię powiadomić (o tym, które to są, decyduje poziom powiadomień każdego czatu).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="227"/>
        <source>Desktop notifications</source>
        <translation>Powiadomienia na pulpicie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="234"/>
        <source>Show who wrote and what in notifications; when off they only say there is a new message.</source>
        <translation>Pokazuj w powiadomieniach, kto i co napisał; po wyłączeniu informują tylko o nowej wiadomości.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="238"/>
        <source>Show message content in notifications</source>
        <translation>Pokazuj treść wiadomości w powiadomieniach</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="252"/>
        <source>Closing the window keeps Messenger running in the system tray.</source>
        <translation>Po zamknięciu okna Messenger działa dalej w zasobniku systemowym.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="253"/>
        <source>Keep running in the tray when closed</source>
        <translation>Po zamknięciu działaj w zasobniku</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="266"/>
        <source>Start in the system tray without showing the window.</source>
        <translation>Uruchamiaj w zasobniku systemowym bez pokazywania okna.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="267"/>
        <source>Start minimised</source>
        <translation>Uruchamiaj zminimalizowany</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="274"/>
        <source>Start Messenger when you log in to your computer.</source>
        <translation>Uruchamiaj aplikację po zalogowaniu się do komputera.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="275"/>
        <source>Start at login</source>
        <translation>Uruchamiaj przy logowaniu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="301"/>
        <source>The size of all text in Messenger, in percent of the usual size.</source>
        <translation>Rozmiar całego tekstu w aplikacji, w procentach zwykłego rozmiaru.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="303"/>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="306"/>
        <source>90%</source>
        <translation>90%</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="307"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="308"/>
        <source>115%</source>
        <translation>115%</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="309"/>
        <source>130%</source>
        <translation>130%</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="316"/>
        <source>Less space between messages and between conversations in the list.</source>
        <translation>Mniejsze odstępy między wiadomościami i między czatami na liście.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="317"/>
        <source>Compact mode</source>
        <translation>Tryb kompaktowy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="324"/>
        <source>Messages in bubbles, or one line each: time, name and text (as in IRC).</source>
        <translation>Wiadomości w dymkach albo po jednej w wierszu: godzina, nazwa i tekst (jak w IRC).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="328"/>
        <source>Message layout</source>
        <translation>Układ wiadomości</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="331"/>
        <source>Bubbles</source>
        <translation>Dymki</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="332"/>
        <source>One line (IRC)</source>
        <translation>Jeden wiersz (IRC)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="339"/>
        <source>Underline misspelled words while you write; right-click one for suggestions.</source>
        <translation>Podkreślaj błędnie napisane słowa podczas pisania; kliknij słowo prawym przyciskiem, aby zobaczyć podpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="342"/>
        <source>Check spelling</source>
        <translation>Sprawdzaj pisownię</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="349"/>
        <source>The dictionary spelling is checked with.</source>
        <translation>Słownik używany do sprawdzania pisowni.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="351"/>
        <source>Spelling language</source>
        <translation>Język sprawdzania pisowni</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="354"/>
        <source>Messenger&apos;s language</source>
        <translation>Język aplikacji</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="368"/>
        <source>How Messenger reaches your server. System uses the proxy of the environment (the HTTPS_PROXY, ALL_PROXY and NO_PROXY variables). A change applies to new connections.</source>
        <translation>Sposób, w jaki Messenger łączy się z twoim serwerem. „Systemowy” używa proxy ze środowiska (zmienne HTTPS_PROXY, ALL_PROXY i NO_PROXY). Zmiana dotyczy nowych połączeń.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="374"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="377"/>
        <source>None</source>
        <translation>Brak</translation>
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
        <translation>Nazwa hosta lub adres serwera proxy.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="388"/>
        <source>Proxy server</source>
        <translation>Serwer proxy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="396"/>
        <source>Empty for the usual port: 8080 for HTTP, 1080 for SOCKS5.</source>
        <translation>Zostaw puste, aby użyć zwykłego portu: 8080 dla HTTP, 1080 dla SOCKS5.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="397"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="406"/>
        <source>Only if the proxy asks for one.</source>
        <translation>Tylko jeśli proxy tego wymaga.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="407"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="415"/>
        <source>Kept in the system&apos;s password store, never in a file.</source>
        <translation>Przechowywane w systemowym magazynie haseł, nigdy w pliku.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="416"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="27"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="28"/>
        <source>Conversations</source>
        <translation>Czaty</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="29"/>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="30"/>
        <source>Writing</source>
        <translation>Pisanie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="31"/>
        <source>Picture viewer</source>
        <translation>Przeglądarka obrazów</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="32"/>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="51"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="52"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="56"/>
        <source>Close the panel, back to the message field</source>
        <translation>Zamknij panel i wróć do pola wiadomości</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="63"/>
        <source>Find a conversation or a person</source>
        <translation>Znajdź czat lub osobę</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="67"/>
        <source>Previous conversation</source>
        <translation>Poprzedni czat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="70"/>
        <source>Next conversation</source>
        <translation>Następny czat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="75"/>
        <source>Previous unread conversation</source>
        <translation>Poprzedni nieprzeczytany czat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="81"/>
        <source>Next unread conversation</source>
        <translation>Następny nieprzeczytany czat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="84"/>
        <source>New conversation</source>
        <translation>Nowy czat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="88"/>
        <source>Join a room by its name or address</source>
        <translation>Dołącz do pokoju po nazwie lub adresie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="94"/>
        <source>Search in this conversation</source>
        <translation>Szukaj w tym czacie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="98"/>
        <source>Conversation menu</source>
        <translation>Menu czatu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="104"/>
        <source>Select messages (from the message field)</source>
        <translation>Zaznacz wiadomości (z pola wiadomości)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="109"/>
        <source>Older message</source>
        <translation>Starsza wiadomość</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="114"/>
        <source>Newer message</source>
        <translation>Nowsza wiadomość</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="121"/>
        <source>Scroll a page</source>
        <translation>Przewiń o stronę</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="125"/>
        <source>Reply</source>
        <translation>Odpowiedz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="127"/>
        <source>Edit your message</source>
        <translation>Edytuj swoją wiadomość</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="130"/>
        <source>Reply in a thread</source>
        <translation>Odpowiedz w wątku</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="135"/>
        <source>React</source>
        <translation>Zareaguj</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="142"/>
        <source>Copy the text</source>
        <translation>Kopiuj tekst</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="147"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="152"/>
        <source>More actions</source>
        <translation>Więcej opcji</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="159"/>
        <source>Open the picture</source>
        <translation>Otwórz obraz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="166"/>
        <source>Back to the message field</source>
        <translation>Wróć do pola wiadomości</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="174"/>
        <source>Send (or a new line, as set in Settings)</source>
        <translation>Wyślij (lub nowy wiersz – zależnie od ustawień)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="181"/>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="188"/>
        <source>New line</source>
        <translation>Nowy wiersz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="195"/>
        <source>Edit your last message (in an empty field)</source>
        <translation>Edytuj swoją ostatnią wiadomość (w pustym polu)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="202"/>
        <source>Complete a name, emoji or command</source>
        <translation>Uzupełnij nazwę, emoji lub polecenie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="209"/>
        <source>Cancel the reply or the edit; in an empty field, back to the list</source>
        <translation>Anuluj odpowiedź lub edycję; w pustym polu wróć do listy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="213"/>
        <source>Send files</source>
        <translation>Wyślij pliki</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="217"/>
        <source>Paste a picture or files</source>
        <translation>Wklej obraz lub pliki</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="224"/>
        <source>Send the voice message being recorded</source>
        <translation>Wyślij nagrywaną wiadomość głosową</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="231"/>
        <source>Throw away the voice message being recorded</source>
        <translation>Odrzuć nagrywaną wiadomość głosową</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="239"/>
        <source>Previous or next picture</source>
        <translation>Poprzedni lub następny obraz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="246"/>
        <source>Zoom in or out</source>
        <translation>Powiększ lub pomniejsz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="251"/>
        <source>Actual size</source>
        <translation>Rzeczywisty rozmiar</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="256"/>
        <source>Save the picture</source>
        <translation>Zapisz obraz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="262"/>
        <source>Answer a call</source>
        <translation>Odbierz połączenie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="265"/>
        <source>Decline a call</source>
        <translation>Odrzuć połączenie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="268"/>
        <source>Mute or unmute the microphone</source>
        <translation>Wycisz lub włącz mikrofon</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="271"/>
        <source>Turn the camera on or off</source>
        <translation>Włącz lub wyłącz kamerę</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="273"/>
        <source>Hang up</source>
        <translation>Rozłącz</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="277"/>
        <source>Leave the call screen (the call goes on)</source>
        <translation>Opuść ekran połączenia (połączenie trwa dalej)</translation>
    </message>
</context>
</TS>
