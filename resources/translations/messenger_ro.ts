<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="47"/>
        <source>About Messenger</source>
        <translation>Despre Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="67"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="75"/>
        <source>Version %1</source>
        <translation>Versiunea %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="85"/>
        <source>A fast, light and safe messenger for the Matrix network. Free software under the %1 licence.</source>
        <translation>Un client de mesagerie rapid, ușor și sigur pentru rețeaua Matrix. Software liber sub licența %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="95"/>
        <location filename="../../resources/qml/AboutDialog.qml" line="98"/>
        <source>The project&apos;s home page</source>
        <translation>Pagina proiectului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="106"/>
        <source>Built with</source>
        <translation>Construit cu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="129"/>
        <source>Components and their licences</source>
        <translation>Componente și licențele lor</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="139"/>
        <source>%1 %2, licence %3</source>
        <translation>%1 %2, licență %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="198"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="73"/>
        <location filename="../../resources/qml/AccountPage.qml" line="77"/>
        <source>Display name</source>
        <translation>Nume afișat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="94"/>
        <source>Save the display name</source>
        <translation>Salvează numele afișat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="116"/>
        <source>Your Matrix ID: %1</source>
        <translation>ID-ul tău Matrix: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="124"/>
        <source>Uploading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Change picture…</source>
        <translation>Schimbă imaginea…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Set a picture…</source>
        <translation>Alege o imagine…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="133"/>
        <source>Remove picture</source>
        <translation>Elimină imaginea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="146"/>
        <source>Devices</source>
        <translation>Dispozitive</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="153"/>
        <source>Working</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="157"/>
        <source>Everywhere you are signed in. Sign out a device you no longer use or do not know.</source>
        <translation>Toate locurile în care ești conectat. Deconectează un dispozitiv pe care nu îl mai folosești sau nu îl recunoști.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="218"/>
        <source>This device</source>
        <translation>Acest dispozitiv</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="230"/>
        <location filename="../../resources/qml/AccountPage.qml" line="232"/>
        <source>Name of this device</source>
        <translation>Numele acestui dispozitiv</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="258"/>
        <source>Rename this device</source>
        <translation>Redenumește acest dispozitiv</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <source>Signing out…</source>
        <translation>Se deconectează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <location filename="../../resources/qml/AccountPage.qml" line="381"/>
        <source>Sign out</source>
        <translation>Deconectează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="273"/>
        <source>Sign out %1</source>
        <translation>Deconectează %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="289"/>
        <source>Sign out all other devices</source>
        <translation>Deconectează toate celelalte dispozitive</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="296"/>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Change password</source>
        <translation>Schimbă parola</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="302"/>
        <location filename="../../resources/qml/AccountPage.qml" line="304"/>
        <source>New password</source>
        <translation>Parola nouă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="311"/>
        <location filename="../../resources/qml/AccountPage.qml" line="313"/>
        <source>New password again</source>
        <translation>Repetă parola nouă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="319"/>
        <source>The two passwords are not the same.</source>
        <translation>Cele două parole nu coincid.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="327"/>
        <source>Sign out my other devices</source>
        <translation>Deconectează-mi celelalte dispozitive</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="328"/>
        <source>Anyone who has your old password is signed out too.</source>
        <translation>Oricine are parola ta veche este deconectat și el.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Changing…</source>
        <translation>Se schimbă…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="379"/>
        <source>Sign out all other devices?</source>
        <translation>Deconectezi toate celelalte dispozitive?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="380"/>
        <source>Only this device stays signed in. The others need your password to sign in again.</source>
        <translation>Doar acest dispozitiv rămâne conectat. Celelalte vor avea nevoie de parola ta pentru a se conecta din nou.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="394"/>
        <source>Choose your picture</source>
        <translation>Alege imaginea ta</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="396"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imagini (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="67"/>
        <source>Confirm it is you</source>
        <translation>Confirmă că ești tu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="76"/>
        <source>Your server asks for the password of %1 before it does this.</source>
        <translation>Serverul tău cere parola pentru %1 înainte de a face asta.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="84"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="87"/>
        <source>Your password</source>
        <translation>Parola ta</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="109"/>
        <source>Checking</source>
        <translation>Se verifică</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="114"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="121"/>
        <source>Confirm</source>
        <translation>Confirmă</translation>
    </message>
</context>
<context>
    <name>AddToSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="42"/>
        <source>Add to %1</source>
        <translation>Adaugă în %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="53"/>
        <source>Search conversations and spaces</source>
        <translation>Caută conversații și spații</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="57"/>
        <source>Search rooms to add</source>
        <translation>Caută camere de adăugat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="90"/>
        <source>%1, space</source>
        <translation>%1, spațiu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="118"/>
        <source>Space</source>
        <translation>Spațiu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="145"/>
        <source>All your conversations are in this space already.</source>
        <translation>Toate conversațiile tale sunt deja în acest spațiu.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="146"/>
        <source>Nothing matches “%1”</source>
        <translation>Nimic nu se potrivește cu „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="169"/>
        <source>Adding</source>
        <translation>Se adaugă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="173"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add (%1)</source>
        <translation>Adaugă (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="181"/>
        <source>Add the chosen rooms to the space</source>
        <translation>Adaugă camerele alese în spațiu</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="24"/>
        <location filename="../../resources/qml/ArchivePanel.qml" line="48"/>
        <source>Archive</source>
        <translation>Arhivă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="42"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Înapoi la conversații (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="63"/>
        <source>Conversations you left. Their history stays here, read-only, until you forget them.</source>
        <translation>Conversațiile pe care le-ai părăsit. Istoricul lor rămâne aici, doar pentru citire, până când le uiți.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="79"/>
        <source>Archived conversations</source>
        <translation>Conversații arhivate</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="105"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="176"/>
        <source>Loading the archive</source>
        <translation>Se încarcă arhiva</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="197"/>
        <source>No archived conversations</source>
        <translation>Nicio conversație arhivată</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="206"/>
        <source>When you leave a conversation, its history is kept here until you forget it.</source>
        <translation>Când părăsești o conversație, istoricul ei este păstrat aici până când o uiți.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="229"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="234"/>
        <source>Rejoin</source>
        <translation>Revino</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="239"/>
        <source>Forget…</source>
        <translation>Uită…</translation>
    </message>
</context>
<context>
    <name>BlockedPeople</name>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="24"/>
        <source>Blocked people</source>
        <translation>Persoane blocate</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="33"/>
        <source>You have not blocked anyone. To block someone, open their profile from a conversation&apos;s members.</source>
        <translation>Nu ai blocat pe nimeni. Ca să blochezi pe cineva, deschide-i profilul din lista de membri a unei conversații.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="34"/>
        <source>You see no messages or invitations from them, on any of your devices.</source>
        <translation>Nu vezi mesajele sau invitațiile lor pe niciunul dintre dispozitivele tale.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblocking…</source>
        <translation>Se deblochează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblock</source>
        <translation>Deblochează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="80"/>
        <source>Unblock %1</source>
        <translation>Deblochează persoana %1</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="17"/>
        <source>Back to the call with %1, %2</source>
        <translation>Înapoi la apelul cu %1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Pornește microfonul (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Oprește microfonul (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Încheie apelul (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>CallDevicesPopup</name>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="50"/>
        <source>System default</source>
        <translation>Implicit din sistem</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="101"/>
        <source>Devices</source>
        <translation>Dispozitive</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="108"/>
        <source>Microphone</source>
        <translation>Microfon</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="114"/>
        <source>Speaker</source>
        <translation>Difuzor</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="120"/>
        <source>Camera</source>
        <translation>Cameră</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="32"/>
        <source>Call with %1</source>
        <translation>Apel cu %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="193"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Înapoi la conversații (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="229"/>
        <source>Dismiss</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Unmute</source>
        <translation>Pornește microfonul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Mute</source>
        <translation>Oprește microfonul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Pornește microfonul (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Oprește microfonul (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Stop video</source>
        <translation>Oprește video</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Start video</source>
        <translation>Pornește video</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="282"/>
        <source>(Ctrl+E)</source>
        <translation>(Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Stop sharing</source>
        <translation>Oprește partajarea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Share screen</source>
        <translation>Partajează ecranul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="298"/>
        <source>Devices</source>
        <translation>Dispozitive</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="299"/>
        <source>Choose microphone, speaker and camera</source>
        <translation>Alege microfonul, difuzorul și camera</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <source>End call</source>
        <translation>Încheie apelul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Încheie apelul (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="120"/>
        <source>Select a conversation</source>
        <translation>Alege o conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="175"/>
        <source>loading…</source>
        <translation>se încarcă…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="177"/>
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n abonat</numerusform>
            <numerusform>%n abonați</numerusform>
            <numerusform>%n de abonați</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="198"/>
        <source>Voice call</source>
        <translation>Apel vocal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="208"/>
        <source>Video call</source>
        <translation>Apel video</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="215"/>
        <source>Search in this conversation (Ctrl+F)</source>
        <translation>Caută în această conversație (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="223"/>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="232"/>
        <source>More actions (Ctrl+Shift+M)</source>
        <translation>Mai multe acțiuni (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="245"/>
        <source>Invite people…</source>
        <translation>Invită persoane…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="253"/>
        <source>Settings…</source>
        <translation>Setări…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="261"/>
        <source>Leave conversation</source>
        <translation>Părăsește conversația</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="299"/>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="502"/>
        <source>Jump to the first unread message</source>
        <translation>Salt la primul mesaj necitit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="518"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mesaj nou</numerusform>
            <numerusform>%n mesaje noi</numerusform>
            <numerusform>%n de mesaje noi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="519"/>
        <source>Jump to the newest message</source>
        <translation>Salt la cel mai nou mesaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="555"/>
        <source>Join</source>
        <translation>Alătură-te</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="556"/>
        <source>Join the conversation</source>
        <translation>Alătură-te conversației</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="562"/>
        <source>Decline</source>
        <translation>Refuză</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="563"/>
        <source>Decline the invitation</source>
        <translation>Refuză invitația</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="600"/>
        <source>This conversation has been replaced and is no longer active.</source>
        <translation>Această conversație a fost înlocuită și nu mai este activă.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Joining…</source>
        <translation>Alăturare…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Go to the new conversation</source>
        <translation>Mergi la noua conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="635"/>
        <source>Only admins can post in this channel</source>
        <translation>Doar administratorii pot posta în acest canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="636"/>
        <source>Your role does not allow posting here</source>
        <translation>Rolul tău nu permite postarea aici</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="672"/>
        <source>Reply</source>
        <translation>Răspunde</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="677"/>
        <source>Reply in thread</source>
        <translation>Răspunde în fir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="682"/>
        <source>React…</source>
        <translation>Reacționează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="690"/>
        <source>Edit</source>
        <translation>Editează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="697"/>
        <source>Add to My stickers</source>
        <translation>Adaugă la „Autocolantele mele”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="705"/>
        <source>Copy text</source>
        <translation>Copiază textul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="710"/>
        <source>Copy link to message</source>
        <translation>Copiază linkul mesajului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="715"/>
        <source>Forward…</source>
        <translation>Redirecționează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Unpin</source>
        <translation>Anulează fixarea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Pin</source>
        <translation>Fixează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="731"/>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="743"/>
        <source>Report…</source>
        <translation>Raportează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="803"/>
        <source>Open this link?</source>
        <translation>Deschizi acest link?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="804"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="833"/>
        <source>Send files</source>
        <translation>Trimite fișiere</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="862"/>
        <source>Drop files here to send them</source>
        <translation>Plasează fișierele aici pentru a le trimite</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="167"/>
        <source>Looking for suggestions…</source>
        <translation>Se caută sugestii…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="170"/>
        <source>No suggestions</source>
        <translation>Nicio sugestie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="171"/>
        <source>Add to dictionary</source>
        <translation>Adaugă în dicționar</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="203"/>
        <source>Cut</source>
        <translation>Decupează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="209"/>
        <source>Copy</source>
        <translation>Copiază</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="215"/>
        <source>Paste</source>
        <translation>Lipește</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="223"/>
        <source>Select all</source>
        <translation>Selectează tot</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="295"/>
        <source>Edit message</source>
        <translation>Editează mesajul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="296"/>
        <source>Reply to %1</source>
        <translation>Răspuns pentru %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="318"/>
        <source>Cancel editing (Esc)</source>
        <translation>Anulează editarea (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="319"/>
        <source>Cancel the reply (Esc)</source>
        <translation>Anulează răspunsul (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="335"/>
        <source>Attach files (Ctrl+O)</source>
        <translation>Atașează fișiere (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="346"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="357"/>
        <source>Stickers</source>
        <translation>Autocolante</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="375"/>
        <source>Write a message…</source>
        <translation>Scrie un mesaj…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="387"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Save the edit</source>
        <translation>Salvează modificarea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="482"/>
        <source>Record a voice message (hold to talk)</source>
        <translation>Înregistrează un mesaj vocal (ține apăsat ca să vorbești)</translation>
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
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="29"/>
        <source>Recently used</source>
        <translation>Folosite recent</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="30"/>
        <source>Smileys &amp; emotion</source>
        <translation>Fețe zâmbitoare și emoții</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="31"/>
        <source>People &amp; body</source>
        <translation>Oameni și corp</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="32"/>
        <source>Animals &amp; nature</source>
        <translation>Animale și natură</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="33"/>
        <source>Food &amp; drink</source>
        <translation>Mâncare și băutură</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="34"/>
        <source>Travel &amp; places</source>
        <translation>Călătorii și locuri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="35"/>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="36"/>
        <source>Objects</source>
        <translation>Obiecte</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="37"/>
        <source>Symbols</source>
        <translation>Simboluri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="38"/>
        <source>Flags</source>
        <translation>Steaguri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="41"/>
        <source>Default skin tone</source>
        <translation>Nuanță implicită a pielii</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="42"/>
        <source>Light skin tone</source>
        <translation>Nuanță deschisă a pielii</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="43"/>
        <source>Medium-light skin tone</source>
        <translation>Nuanță medie spre deschisă a pielii</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="44"/>
        <source>Medium skin tone</source>
        <translation>Nuanță medie a pielii</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="45"/>
        <source>Medium-dark skin tone</source>
        <translation>Nuanță medie spre închisă a pielii</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="46"/>
        <source>Dark skin tone</source>
        <translation>Nuanță închisă a pielii</translation>
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
        <translation>Caută emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="188"/>
        <source>Clear search</source>
        <translation>Șterge căutarea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="209"/>
        <source>Emoji categories</source>
        <translation>Categorii de emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="265"/>
        <source>Search results</source>
        <translation>Rezultatele căutării</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="374"/>
        <source>Loading emoji</source>
        <translation>Se încarcă emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="385"/>
        <source>No emoji match “%1”</source>
        <translation>Niciun emoji nu se potrivește cu „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="386"/>
        <source>Emoji you use will show up here</source>
        <translation>Emoji pe care le folosești vor apărea aici</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="412"/>
        <source>Pick an emoji</source>
        <translation>Alege un emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="459"/>
        <source>Skin tone: %1</source>
        <translation>Nuanța pielii: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="461"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="492"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="497"/>
        <source>Skin tone</source>
        <translation>Nuanța pielii</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="22"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="23"/>
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="24"/>
        <source>Unread</source>
        <translation>Necitite</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="25"/>
        <source>Pinned</source>
        <translation>Fixate</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>Edit folder</source>
        <translation>Editează folderul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>New folder</source>
        <translation>Folder nou</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="114"/>
        <source>Folder name, e.g. Work</source>
        <translation>Numele folderului, de ex. Serviciu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="117"/>
        <source>Folder name</source>
        <translation>Numele folderului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="124"/>
        <source>Include every conversation that is</source>
        <translation>Include toate conversațiile:</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="169"/>
        <source>Leave out muted conversations</source>
        <translation>Exclude conversațiile fără sunet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="196"/>
        <source>And these conversations</source>
        <translation>Și aceste conversații</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/FolderDialog.qml" line="197"/>
        <source>And %n chosen conversation(s)</source>
        <translation>
            <numerusform>Și %n conversație aleasă</numerusform>
            <numerusform>Și %n conversații alese</numerusform>
            <numerusform>Și %n de conversații alese</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="207"/>
        <source>Search conversations</source>
        <translation>Caută conversații</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="211"/>
        <source>Search conversations to add</source>
        <translation>Caută conversații de adăugat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="265"/>
        <source>No conversation matches</source>
        <translation>Nicio conversație nu se potrivește</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="274"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Create</source>
        <translation>Creează</translation>
    </message>
</context>
<context>
    <name>ForgetRoomDialog</name>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="14"/>
        <source>Forget “%1”?</source>
        <translation>Uiți „%1”?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="21"/>
        <source>Its messages will be deleted from this computer and you will not be able to read them again unless you rejoin.</source>
        <translation>Mesajele ei vor fi șterse de pe acest computer și nu le vei mai putea citi decât dacă revii în conversație.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="22"/>
        <source>Forget</source>
        <translation>Uită</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="44"/>
        <source>Forward to…</source>
        <translation>Redirecționează către…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="53"/>
        <location filename="../../resources/qml/ForwardDialog.qml" line="56"/>
        <source>Search conversations</source>
        <translation>Caută conversații</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="118"/>
        <source>Incoming video call while you are in a call</source>
        <translation>Apel video primit în timpul unui apel</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="119"/>
        <source>Incoming voice call while you are in a call</source>
        <translation>Apel vocal primit în timpul unui apel</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming video call</source>
        <translation>Apel video primit</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming voice call</source>
        <translation>Apel vocal primit</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="133"/>
        <source>Decline</source>
        <translation>Refuză</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="135"/>
        <source>Decline (Ctrl+Shift+D)</source>
        <translation>Refuză (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="142"/>
        <source>Hang up and answer</source>
        <translation>Închide și răspunde</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer with video</source>
        <translation>Răspunde cu video</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer</source>
        <translation>Răspunde</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="145"/>
        <source>(Ctrl+Shift+A)</source>
        <translation>(Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="155"/>
        <source>Answer with voice only</source>
        <translation>Răspunde doar cu voce</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="47"/>
        <source>Invite to “%1”</source>
        <translation>Invită în „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="57"/>
        <source>User ID</source>
        <translation>ID utilizator</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="58"/>
        <source>@bob:example.org</source>
        <translation>@bob:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="59"/>
        <source>User ID of the person to invite</source>
        <translation>ID-ul utilizatorului pe care îl inviți</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="82"/>
        <source>Invite with a link</source>
        <translation>Invită printr-un link</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="103"/>
        <source>Invite with a link or QR code</source>
        <translation>Invită printr-un link sau un cod QR</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="116"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Inviting…</source>
        <translation>Se trimite invitația…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Invite</source>
        <translation>Invită</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="124"/>
        <source>Send the invitation</source>
        <translation>Trimite invitația</translation>
    </message>
</context>
<context>
    <name>InviteLinkDialog</name>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="15"/>
        <source>Invite link to “%1”</source>
        <translation>Link de invitație pentru „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="22"/>
        <source>Link to %1</source>
        <translation>Link către %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="64"/>
        <source>Whoever opens the link can start a chat with this person.</source>
        <translation>Oricine deschide linkul poate începe o conversație cu această persoană.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="65"/>
        <source>Anyone with the link can see the conversation&apos;s name and picture, and join if its settings allow.</source>
        <translation>Oricine are linkul poate vedea numele și imaginea conversației și i se poate alătura, dacă setările ei permit.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="85"/>
        <source>QR code of the link</source>
        <translation>Codul QR al linkului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="91"/>
        <source>Making the link</source>
        <translation>Se creează linkul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="116"/>
        <source>The link</source>
        <translation>Linkul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="137"/>
        <source>Copied</source>
        <translation>Copiat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="144"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="152"/>
        <source>Copy link</source>
        <translation>Copiază linkul</translation>
    </message>
</context>
<context>
    <name>KeywordsEditor</name>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="32"/>
        <source>Keywords</source>
        <translation>Cuvinte-cheie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="43"/>
        <source>Saving keywords</source>
        <translation>Se salvează cuvintele-cheie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="50"/>
        <source>Messages containing one of these words notify you as a mention does, in every conversation that is not muted.</source>
        <translation>Mesajele care conțin unul dintre aceste cuvinte te notifică la fel ca o mențiune, în orice conversație care nu este fără sunet.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="96"/>
        <source>Remove the keyword “%1”</source>
        <translation>Elimină cuvântul-cheie „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="112"/>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="119"/>
        <source>Add a keyword</source>
        <translation>Adaugă un cuvânt-cheie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="131"/>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
</context>
<context>
    <name>LeftRoomBar</name>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You were banned from this conversation</source>
        <translation>Ți s-a interzis accesul în această conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You left this conversation</source>
        <translation>Ai părăsit această conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Rejoining</source>
        <translation>Revenire</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Forgetting</source>
        <translation>Se uită conversația</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoining…</source>
        <translation>Revenire…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoin</source>
        <translation>Revino</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="61"/>
        <source>Join this conversation again</source>
        <translation>Revino în această conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="66"/>
        <source>Forget…</source>
        <translation>Uită…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="69"/>
        <source>Forget this conversation</source>
        <translation>Uită această conversație</translation>
    </message>
</context>
<context>
    <name>LevelField</name>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="15"/>
        <source>Custom level</source>
        <translation>Nivel personalizat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="40"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="71"/>
        <source>of %1</source>
        <translation>din %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="78"/>
        <source>Set</source>
        <translation>Setează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="81"/>
        <source>Set %1</source>
        <translation>Setează %1</translation>
    </message>
</context>
<context>
    <name>LinkPreviewDialog</name>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="69"/>
        <source>Space</source>
        <translation>Spațiu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Loading the room</source>
        <translation>Se încarcă camera</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Joining</source>
        <translation>Alăturare</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="101"/>
        <source>This room can&apos;t be previewed. It may be private, or the link may be wrong.</source>
        <translation>Această cameră nu poate fi previzualizată. Poate fi privată sau linkul poate fi greșit.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="117"/>
        <source>Its admins let people in. They will see your request.</source>
        <translation>Administratorii ei aprobă cine intră. Vor vedea cererea ta.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="118"/>
        <source>Request sent. You will be let in when an admin approves it.</source>
        <translation>Cerere trimisă. Vei putea intra când un administrator o aprobă.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="119"/>
        <source>You are invited.</source>
        <translation>Ai primit o invitație.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="120"/>
        <source>You are banned from this room.</source>
        <translation>Ți s-a interzis accesul în această cameră.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="121"/>
        <source>This room is invite only. Ask a member to invite you.</source>
        <translation>În această cameră se intră doar cu invitație. Roagă un membru să te invite.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="130"/>
        <source>Message to the admins (optional)</source>
        <translation>Mesaj pentru administratori (opțional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="131"/>
        <source>Hi, I&apos;d like to join</source>
        <translation>Bună, aș vrea să mă alătur</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="132"/>
        <source>Message to the admins</source>
        <translation>Mesaj pentru administratori</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="160"/>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="168"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="169"/>
        <source>Joining…</source>
        <translation>Alăturare…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join space</source>
        <translation>Alătură-te spațiului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join</source>
        <translation>Alătură-te</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="171"/>
        <source>Open %1</source>
        <translation>Deschide %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="172"/>
        <source>Join %1</source>
        <translation>Alătură-te la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Ask to join</source>
        <translation>Cere acces</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="181"/>
        <source>Ask to join %1</source>
        <translation>Cere acces la %1</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="34"/>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <location filename="../../resources/qml/LoginPage.qml" line="102"/>
        <source>Sign in</source>
        <translation>Conectează-te</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="42"/>
        <source>Use your Matrix account. Your password is sent only to your homeserver.</source>
        <translation>Folosește contul tău Matrix. Parola ta este trimisă doar serverului tău.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="52"/>
        <location filename="../../resources/qml/LoginPage.qml" line="54"/>
        <source>Homeserver</source>
        <translation>Server</translation>
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
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="65"/>
        <source>alice or @alice:matrix.org</source>
        <translation>alice sau @alice:matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="75"/>
        <location filename="../../resources/qml/LoginPage.qml" line="77"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <source>Signing in…</source>
        <translation>Se conectează…</translation>
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
        <translation>Se pornește</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="291"/>
        <source>Leave “%1”?</source>
        <translation>Părăsești „%1”?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="292"/>
        <source>You will stop receiving its messages. To come back, you may need a new invitation.</source>
        <translation>Nu vei mai primi mesajele ei. Ca să revii, s-ar putea să ai nevoie de o nouă invitație.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="293"/>
        <source>Leave</source>
        <translation>Părăsește</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="303"/>
        <source>Sign out?</source>
        <translation>Te deconectezi?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="304"/>
        <source>Your conversations will be removed from this computer. Sign in as %1 to see them again.</source>
        <translation>Conversațiile tale vor fi șterse de pe acest computer. Conectează-te ca %1 ca să le vezi din nou.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="306"/>
        <source>Sign out</source>
        <translation>Deconectează-te</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="318"/>
        <source>Start a chat with %1?</source>
        <translation>Începi o conversație cu %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="319"/>
        <source>You have no conversation with them yet. Starting one sends them an invitation.</source>
        <translation>Nu ai încă o conversație cu această persoană. Dacă începi una, îi trimiți o invitație.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="320"/>
        <source>Start chat</source>
        <translation>Începe conversația</translation>
    </message>
</context>
<context>
    <name>MediaCachePanel</name>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="31"/>
        <source>Media cache</source>
        <translation>Cache media</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="39"/>
        <source>Clearing…</source>
        <translation>Se golește…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="49"/>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="75"/>
        <source>Clear cache</source>
        <translation>Golește cache-ul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="73"/>
        <source>Clear the media cache?</source>
        <translation>Golești cache-ul media?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="74"/>
        <source>Pictures, videos and files are downloaded again when you look at them. Your messages stay.</source>
        <translation>Imaginile, videoclipurile și fișierele se descarcă din nou când le deschizi. Mesajele tale rămân.</translation>
    </message>
</context>
<context>
    <name>MediaContent</name>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="29"/>
        <source>Download failed. Try again</source>
        <translation>Descărcarea a eșuat. Încearcă din nou</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download (%1)</source>
        <translation>Descarcă (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download</source>
        <translation>Descarcă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="98"/>
        <source>Sticker: %1</source>
        <translation>Autocolant: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="99"/>
        <source>Photo: %1</source>
        <translation>Fotografie: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="147"/>
        <source>This picture cannot be shown.</source>
        <translation>Această imagine nu poate fi afișată.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="217"/>
        <source>Open %1</source>
        <translation>Deschide %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="251"/>
        <source>Downloading… %1</source>
        <translation>Se descarcă… %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="292"/>
        <source>Save to Downloads</source>
        <translation>Salvează în Descărcări</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="309"/>
        <source>Uploading, %1%</source>
        <translation>Se încarcă, %1%</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="338"/>
        <source>Cancel the upload</source>
        <translation>Anulează încărcarea</translation>
    </message>
</context>
<context>
    <name>MediaPlayerContent</name>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="121"/>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="204"/>
        <source>Save to Downloads</source>
        <translation>Salvează în Descărcări</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="293"/>
        <source>Pause %1</source>
        <translation>Pune pe pauză %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="294"/>
        <source>Play %1</source>
        <translation>Redă %1</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="114"/>
        <source>Plus and minus zoom, 0 fits the picture, Left and Right go to the previous or next one, Esc closes</source>
        <translation>Plus și minus măresc sau micșorează, 0 potrivește imaginea, Stânga și Dreapta trec la cea anterioară sau următoare, Esc închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="152"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 din %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="167"/>
        <source>Save to Downloads (Ctrl+S)</source>
        <translation>Salvează în Descărcări (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="174"/>
        <source>Close (Esc)</source>
        <translation>Închide (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="189"/>
        <source>Previous (Left)</source>
        <translation>Anterioara (Stânga)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="202"/>
        <source>Next (Right)</source>
        <translation>Următoarea (Dreapta)</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="23"/>
        <location filename="../../resources/qml/MemberList.qml" line="117"/>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="56"/>
        <location filename="../../resources/qml/MemberList.qml" line="64"/>
        <source>Find a member</source>
        <translation>Caută un membru</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="98"/>
        <source>Roles and permissions</source>
        <translation>Roluri și permisiuni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="99"/>
        <source>Roles and permissions of this conversation</source>
        <translation>Rolurile și permisiunile acestei conversații</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="161"/>
        <source>invited</source>
        <translation>are invitație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="164"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="165"/>
        <source>away</source>
        <translation>revine curând</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="212"/>
        <source>(you)</source>
        <translation>(tu)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="281"/>
        <source>Asking to join</source>
        <translation>Cereri de acces</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="297"/>
        <source>asks to join</source>
        <translation>cere acces</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="339"/>
        <source>Approve</source>
        <translation>Aprobă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="340"/>
        <source>Let %1 in</source>
        <translation>Aprobă cererea de la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="349"/>
        <source>Deny</source>
        <translation>Respinge</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="350"/>
        <source>Turn down %1</source>
        <translation>Respinge cererea de la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="378"/>
        <source>Banned</source>
        <translation>Cu acces interzis</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="394"/>
        <source>banned</source>
        <translation>acces interzis</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="428"/>
        <source>Unban</source>
        <translation>Ridică interdicția</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="429"/>
        <source>Unban %1</source>
        <translation>Ridică interdicția pentru %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="443"/>
        <source>Loading members</source>
        <translation>Se încarcă membrii</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="458"/>
        <source>No members to show</source>
        <translation>Niciun membru de afișat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="459"/>
        <source>No members match “%1”</source>
        <translation>Niciun membru nu se potrivește cu „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="497"/>
        <source>Remove %1?</source>
        <translation>Elimini membrul %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="498"/>
        <source>Ban %1?</source>
        <translation>Interzici accesul pentru %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="499"/>
        <source>Delete the recent messages of %1?</source>
        <translation>Ștergi mesajele recente de la %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="500"/>
        <source>They leave the conversation and can come back if invited again.</source>
        <translation>Persoana părăsește conversația și poate reveni dacă este invitată din nou.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="501"/>
        <source>They leave the conversation and cannot come back until unbanned.</source>
        <translation>Persoana părăsește conversația și nu poate reveni până nu i se ridică interdicția.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="502"/>
        <source>Counting their messages…</source>
        <translation>Se numără mesajele…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="503"/>
        <source>This device holds no messages of theirs.</source>
        <translation>Pe acest dispozitiv nu există mesaje de la această persoană.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/MemberList.qml" line="504"/>
        <source>%n message(s) will be deleted for everyone.</source>
        <translation>
            <numerusform>%n mesaj va fi șters pentru toată lumea.</numerusform>
            <numerusform>%n mesaje vor fi șterse pentru toată lumea.</numerusform>
            <numerusform>%n de mesaje vor fi șterse pentru toată lumea.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Ban</source>
        <translation>Interzice accesul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>MessageActionBar</name>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="49"/>
        <source>React with %1</source>
        <translation>Reacționează cu %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="68"/>
        <source>Add a reaction</source>
        <translation>Adaugă o reacție</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="74"/>
        <source>Reply (R)</source>
        <translation>Răspunde (R)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="80"/>
        <source>Reply in a thread (T)</source>
        <translation>Răspunde într-un fir (T)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="87"/>
        <source>Edit (E)</source>
        <translation>Editează (E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="94"/>
        <source>Delete (Del)</source>
        <translation>Șterge (Del)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="102"/>
        <source>More actions (Menu)</source>
        <translation>Mai multe acțiuni (Menu)</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="199"/>
        <source>New messages</source>
        <translation>Mesaje noi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="221"/>
        <source>%1, shown; collapse</source>
        <translation>%1; restrânge lista</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="222"/>
        <source>%1; show all</source>
        <translation>%1; arată tot</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="265"/>
        <source>%1 at %2</source>
        <translation>%1 la %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="420"/>
        <source>Reply to %1: %2</source>
        <translation>Răspuns pentru %1: %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="546"/>
        <source>Posted by %1</source>
        <translation>Postat de %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="551"/>
        <source>edited</source>
        <translation>editat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="572"/>
        <source>Sending</source>
        <translation>Se trimite</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="573"/>
        <source>Not sent</source>
        <translation>Netrimis</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Read</source>
        <translation>Citit</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="622"/>
        <source>%1 %2, by %3</source>
        <translation>%1 %2, de la %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="625"/>
        <source>%1 reacted with %2</source>
        <translation>%1 a reacționat cu %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="663"/>
        <source>Thread: %1</source>
        <translation>Fir: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="713"/>
        <source>Read by %1</source>
        <translation>Citit de %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="738"/>
        <source>Not sent.</source>
        <translation>Netrimis.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="746"/>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="748"/>
        <source>Retry sending</source>
        <translation>Reîncearcă trimiterea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="753"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="755"/>
        <source>Delete the unsent message</source>
        <translation>Șterge mesajul netrimis</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="767"/>
        <source>%1 at %2: %3</source>
        <translation>%1 la %2: %3</translation>
    </message>
</context>
<context>
    <name>ModerationDialog</name>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="72"/>
        <source>Reason (optional, everyone sees it)</source>
        <translation>Motiv (opțional, toată lumea îl vede)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="73"/>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="82"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New channel</source>
        <translation>Canal nou</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New conversation</source>
        <translation>Conversație nouă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="59"/>
        <source>Chat or group</source>
        <translation>Conversație sau grup</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="60"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="99"/>
        <location filename="../../resources/qml/NewChatDialog.qml" line="100"/>
        <source>Channel name</source>
        <translation>Numele canalului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="108"/>
        <source>Description (optional)</source>
        <translation>Descriere (opțional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="109"/>
        <source>Channel description</source>
        <translation>Descrierea canalului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="116"/>
        <source>Anyone with the link can join</source>
        <translation>Oricine are linkul se poate alătura</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="152"/>
        <source>You and the moderators you choose post; everyone else reads and reacts.</source>
        <translation>Postezi tu și moderatorii pe care îi alegi; toți ceilalți citesc și reacționează.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="159"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="160"/>
        <source>@bob:example.org, @carol:example.org</source>
        <translation>@bob:example.org, @carol:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="161"/>
        <source>People to invite</source>
        <translation>Persoane de invitat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="169"/>
        <source>Group name (leave empty for a direct chat)</source>
        <translation>Numele grupului (lasă gol pentru o conversație directă)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="170"/>
        <source>Group name</source>
        <translation>Numele grupului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="177"/>
        <source>Browse public rooms…</source>
        <translation>Răsfoiește camerele publice…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="178"/>
        <source>Browse public rooms or join by address (Ctrl+Shift+J)</source>
        <translation>Răsfoiește camerele publice sau alătură-te după adresă (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="189"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Create channel</source>
        <translation>Creează canalul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Start</source>
        <translation>Începe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Create the channel</source>
        <translation>Creează canalul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Start the conversation</source>
        <translation>Începe conversația</translation>
    </message>
</context>
<context>
    <name>NewSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="53"/>
        <source>New space</source>
        <translation>Spațiu nou</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="64"/>
        <source>A space gathers rooms and groups for a community. Its admins choose its rooms.</source>
        <translation>Un spațiu reunește camere și grupuri pentru o comunitate. Administratorii lui îi aleg camerele.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="70"/>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="71"/>
        <source>Space name</source>
        <translation>Numele spațiului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="79"/>
        <source>Description (optional)</source>
        <translation>Descriere (opțional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="80"/>
        <source>Space description</source>
        <translation>Descrierea spațiului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="89"/>
        <source>Anyone can find and join</source>
        <translation>Oricine îl poate găsi și i se poate alătura</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="90"/>
        <source>Listed in the server&apos;s directory; anyone can join.</source>
        <translation>Listat în directorul serverului; oricine se poate alătura.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="91"/>
        <source>Only people you invite can join.</source>
        <translation>Doar persoanele pe care le inviți se pot alătura.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="98"/>
        <source>Start with an announcements channel</source>
        <translation>Începe cu un canal de anunțuri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="99"/>
        <source>Where its admins post and every member reads.</source>
        <translation>Unde postează administratorii și citesc toți membrii.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="119"/>
        <source>Creating the space</source>
        <translation>Se creează spațiul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="123"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Creating…</source>
        <translation>Se creează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Create space</source>
        <translation>Creează spațiul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="131"/>
        <source>Create the space</source>
        <translation>Creează spațiul</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../resources/qml/Notice.qml" line="40"/>
        <source>Dismiss</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>PinnedBar</name>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="22"/>
        <source>Pinned messages</source>
        <translation>Mesaje fixate</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="43"/>
        <source>Pinned message %1 of %2, from %3: %4. Show it</source>
        <translation>Mesajul fixat %1 din %2, de la %3: %4. Afișează-l</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="46"/>
        <source>Pinned message from %1: %2. Show it</source>
        <translation>Mesaj fixat de la %1: %2. Afișează-l</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <location filename="../../resources/qml/PinnedBar.qml" line="90"/>
        <source>Pinned message</source>
        <translation>Mesaj fixat</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 din %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="122"/>
        <source>Unpin this message</source>
        <translation>Anulează fixarea acestui mesaj</translation>
    </message>
</context>
<context>
    <name>PlayPauseButton</name>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="20"/>
        <source>Stop loading %1</source>
        <translation>Oprește încărcarea: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Pause %1</source>
        <translation>Pune pe pauză %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Play %1</source>
        <translation>Redă %1</translation>
    </message>
</context>
<context>
    <name>PowerLevelEditor</name>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="29"/>
        <source>Send messages</source>
        <translation>Trimite mesaje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="30"/>
        <source>React to messages</source>
        <translation>Reacționează la mesaje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="31"/>
        <source>Invite people</source>
        <translation>Invită persoane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="32"/>
        <source>Delete others&apos; messages</source>
        <translation>Șterge mesajele altora</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="33"/>
        <source>Pin messages</source>
        <translation>Fixează mesaje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="34"/>
        <source>Start calls</source>
        <translation>Inițiază apeluri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="35"/>
        <source>Notify everyone with @room</source>
        <translation>Notifică pe toată lumea cu @room</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="36"/>
        <source>Remove people</source>
        <translation>Elimină persoane</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="37"/>
        <source>Ban people</source>
        <translation>Interzice accesul persoanelor</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="38"/>
        <source>Change name, topic and picture</source>
        <translation>Schimbă numele, subiectul și imaginea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="39"/>
        <source>Change who can join and read history</source>
        <translation>Schimbă cine se poate alătura și cine poate citi istoricul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="40"/>
        <source>Change roles and permissions</source>
        <translation>Schimbă rolurile și permisiunile</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="63"/>
        <source>Roles and permissions</source>
        <translation>Roluri și permisiuni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="74"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="85"/>
        <source>Who may do what in this conversation. Admins have every right moderators have.</source>
        <translation>Cine ce poate face în această conversație. Administratorii au toate drepturile moderatorilor.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="86"/>
        <source>Your role does not allow changing these; this is who may do what here.</source>
        <translation>Rolul tău nu permite modificarea acestora; iată cine ce poate face aici.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="100"/>
        <source>Permissions</source>
        <translation>Permisiuni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="155"/>
        <source>Everyone</source>
        <translation>Toată lumea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="156"/>
        <source>Moderators</source>
        <translation>Moderatori</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="157"/>
        <source>Admins</source>
        <translation>Administratori</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="159"/>
        <source>Level %1</source>
        <translation>Nivelul %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="160"/>
        <source>Custom…</source>
        <translation>Personalizat…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="214"/>
        <source>Custom level for %1</source>
        <translation>Nivel personalizat pentru %1</translation>
    </message>
</context>
<context>
    <name>ProfilePopup</name>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="127"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="213"/>
        <source>invited</source>
        <translation>are invitație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="214"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="215"/>
        <source>away</source>
        <translation>revine curând</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Opening…</source>
        <translation>Se deschide…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="231"/>
        <source>Send a message to %1</source>
        <translation>Trimite un mesaj către %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="242"/>
        <source>Share link to profile</source>
        <translation>Partajează linkul profilului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="243"/>
        <source>Share a link to %1</source>
        <translation>Partajează un link către %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="254"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="326"/>
        <source>Custom level for %1</source>
        <translation>Nivel personalizat pentru %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="345"/>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="347"/>
        <source>Remove %1 from the conversation</source>
        <translation>Elimină membrul %1 din conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="355"/>
        <source>Ban</source>
        <translation>Interzice accesul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="357"/>
        <source>Ban %1</source>
        <translation>Interzice accesul pentru %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="367"/>
        <source>Delete recent messages</source>
        <translation>Șterge mesajele recente</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="368"/>
        <source>Delete the recent messages of %1</source>
        <translation>Șterge mesajele recente de la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Unblocking…</source>
        <translation>Se deblochează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Blocking…</source>
        <translation>Se blochează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <source>Unblock</source>
        <translation>Deblochează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <location filename="../../resources/qml/ProfilePopup.qml" line="440"/>
        <source>Block</source>
        <translation>Blochează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Unblock %1</source>
        <translation>Deblochează persoana %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Block %1</source>
        <translation>Blochează persoana %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="403"/>
        <source>Block %1?</source>
        <translation>Blochezi persoana %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="412"/>
        <source>Report…</source>
        <translation>Raportează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="413"/>
        <source>Report %1 to the server&apos;s admins</source>
        <translation>Raportează persoana %1 administratorilor serverului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="427"/>
        <source>This is you</source>
        <translation>Acesta ești tu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="439"/>
        <source>Their messages and invitations disappear, on all your devices. They are not told; you can unblock them in Settings.</source>
        <translation>Mesajele și invitațiile acestei persoane dispar, pe toate dispozitivele tale. Persoana nu află; o poți debloca din Setări.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="50"/>
        <source>Go to a conversation or a person</source>
        <translation>Mergi la o conversație sau la o persoană</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="55"/>
        <source>Quick switcher</source>
        <translation>Comutare rapidă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="80"/>
        <source>Recent</source>
        <translation>Recente</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="167"/>
        <source>Nothing matches “%1”</source>
        <translation>Nimic nu se potrivește cu „%1”</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="41"/>
        <source>Delete this message?</source>
        <translation>Ștergi acest mesaj?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="49"/>
        <source>It is deleted for everyone in the conversation.</source>
        <translation>Va fi șters pentru toată lumea din conversație.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="50"/>
        <source>It is deleted for everyone; as a moderator you may say why.</source>
        <translation>Va fi șters pentru toată lumea; ca moderator, poți spune de ce.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="58"/>
        <source>Reason (optional)</source>
        <translation>Motiv (opțional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="59"/>
        <source>Reason for deleting</source>
        <translation>Motivul ștergerii</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="74"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report this message</source>
        <translation>Raportează acest mesaj</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report %1</source>
        <translation>Raportează persoana %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="77"/>
        <source>The admins of your server see the message and your reason. %1 is not told.</source>
        <translation>Administratorii serverului tău văd mesajul și motivul tău. %1 nu va afla.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="78"/>
        <source>The admins of your server see who you report and your reason. %1 is not told.</source>
        <translation>Administratorii serverului tău văd pe cine raportezi și motivul tău. %1 nu va afla.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="88"/>
        <source>Reason (for the admins)</source>
        <translation>Motiv (pentru administratori)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="90"/>
        <source>Reason for the report</source>
        <translation>Motivul raportării</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="107"/>
        <source>Reported. The server&apos;s admins will see it.</source>
        <translation>Raport trimis. Administratorii serverului îl vor vedea.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Reporting…</source>
        <translation>Se trimite raportul…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Report</source>
        <translation>Raportează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="130"/>
        <source>Send the report</source>
        <translation>Trimite raportul</translation>
    </message>
</context>
<context>
    <name>RightPanel</name>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="100"/>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="101"/>
        <source>Thread</source>
        <translation>Fir de discuție</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="102"/>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="109"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membru</numerusform>
            <numerusform>%n membri</numerusform>
            <numerusform>%n de membri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="110"/>
        <source>%1, %2 invited</source>
        <translation>%1, %2 cu invitație</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="114"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n răspuns</numerusform>
            <numerusform>%n răspunsuri</numerusform>
            <numerusform>%n de răspunsuri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="157"/>
        <source>Close %1 (Esc)</source>
        <translation>Închide: %1 (Esc)</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="49"/>
        <source>Invitation from %1, hidden because it looks like spam</source>
        <translation>Invitație de la %1, ascunsă pentru că pare spam</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="52"/>
        <source>Invitation</source>
        <translation>Invitație</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n mesaj necitit</numerusform>
            <numerusform>%n mesaje necitite</numerusform>
            <numerusform>%n de mesaje necitite</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="272"/>
        <source>Marked as unread</source>
        <translation>Marcată ca necitită</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="54"/>
        <source>Mentions you</source>
        <translation>Te menționează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="55"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="230"/>
        <source>Muted</source>
        <translation>Fără sunet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="56"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="281"/>
        <source>Pinned</source>
        <translation>Fixată</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="102"/>
        <source>Invite from %1</source>
        <translation>Invitație de la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="140"/>
        <source>Hidden: it looks like spam</source>
        <translation>Ascunsă: pare spam</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="160"/>
        <source>Join</source>
        <translation>Alătură-te</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="165"/>
        <source>Join %1</source>
        <translation>Alătură-te la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="170"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="200"/>
        <source>Decline</source>
        <translation>Refuză</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="175"/>
        <source>Decline the invitation to %1</source>
        <translation>Refuză invitația în %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="191"/>
        <source>Show</source>
        <translation>Arată</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="195"/>
        <source>Show the invitation from %1</source>
        <translation>Arată invitația de la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="205"/>
        <source>Decline the invitation from %1</source>
        <translation>Refuză invitația de la %1</translation>
    </message>
</context>
<context>
    <name>RoomDirectory</name>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="58"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="193"/>
        <source>Public rooms</source>
        <translation>Camere publice</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="67"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="81"/>
        <source>Search, or an address: #room:server</source>
        <translation>Caută sau scrie o adresă: #cameră:server</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="89"/>
        <source>Search public rooms, or a room&apos;s address to join</source>
        <translation>Caută camere publice sau adresa unei camere la care vrei să te alături</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="123"/>
        <source>Searching</source>
        <translation>Se caută</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="132"/>
        <source>matrix.org</source>
        <translation>matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="140"/>
        <source>Server whose directory to show</source>
        <translation>Serverul al cărui director se afișează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="153"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="160"/>
        <source>The server whose public rooms are listed</source>
        <translation>Serverul ale cărui camere publice sunt listate</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="171"/>
        <source>The room at this address</source>
        <translation>Camera de la această adresă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="223"/>
        <source>Loading more rooms</source>
        <translation>Se încarcă mai multe camere</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="240"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="417"/>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="282"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="329"/>
        <source>Space</source>
        <translation>Spațiu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="349"/>
        <source>Request sent: a moderator will let you in</source>
        <translation>Cerere trimisă: un moderator te va primi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Sending the request</source>
        <translation>Se trimite cererea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Joining</source>
        <translation>Alăturare</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Joining…</source>
        <translation>Alăturare…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="376"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="377"/>
        <source>Request sent</source>
        <translation>Cerere trimisă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Ask to join</source>
        <translation>Cere acces</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Join</source>
        <translation>Alătură-te</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="379"/>
        <source>Joining %1</source>
        <translation>Alăturare la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="380"/>
        <source>Open %1</source>
        <translation>Deschide %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="381"/>
        <source>Request to join %1 sent</source>
        <translation>Cererea de acces la %1 a fost trimisă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="382"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="477"/>
        <source>Ask to join %1</source>
        <translation>Cere acces la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="383"/>
        <source>Join %1</source>
        <translation>Alătură-te la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="395"/>
        <source>Loading the public rooms</source>
        <translation>Se încarcă camerele publice</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="432"/>
        <source>No public rooms match “%1”.</source>
        <translation>Nicio cameră publică nu se potrivește cu „%1”.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="433"/>
        <source>%1 lists no public rooms yet.</source>
        <translation>%1 nu listează încă nicio cameră publică.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="487"/>
        <source>The room&apos;s moderators see your request and can let you in.</source>
        <translation>Moderatorii camerei îți văd cererea și te pot primi.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="495"/>
        <source>Message (optional)</source>
        <translation>Mesaj (opțional)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="497"/>
        <source>Message to the moderators</source>
        <translation>Mesaj pentru moderatori</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="506"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="512"/>
        <source>Send request</source>
        <translation>Trimite cererea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="513"/>
        <source>Send the request to join %1</source>
        <translation>Trimite cererea de acces la %1</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="56"/>
        <source>Account: %1</source>
        <translation>Cont: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="92"/>
        <source>Saved messages</source>
        <translation>Mesaje salvate</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="97"/>
        <source>Archive</source>
        <translation>Arhivă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="102"/>
        <location filename="../../resources/qml/RoomList.qml" line="705"/>
        <source>New folder…</source>
        <translation>Folder nou…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="107"/>
        <location filename="../../resources/qml/RoomList.qml" line="803"/>
        <source>New space…</source>
        <translation>Spațiu nou…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="112"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="118"/>
        <source>Uploading avatar…</source>
        <translation>Se încarcă imaginea de profil…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="119"/>
        <source>Change my avatar…</source>
        <translation>Schimbă imaginea de profil…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="120"/>
        <source>Set my avatar…</source>
        <translation>Alege o imagine de profil…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="128"/>
        <source>Remove my avatar</source>
        <translation>Elimină imaginea de profil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="133"/>
        <source>Sign out…</source>
        <translation>Deconectează-te…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="148"/>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="156"/>
        <source>Open log folder</source>
        <translation>Deschide folderul de jurnale</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="161"/>
        <source>Copy diagnostics</source>
        <translation>Copiază datele de diagnosticare</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="166"/>
        <source>About Messenger</source>
        <translation>Despre Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="178"/>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="184"/>
        <source>Search conversations</source>
        <translation>Caută conversații</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="215"/>
        <source>New conversation (Ctrl+N)</source>
        <translation>Conversație nouă (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="234"/>
        <source>Folders</source>
        <translation>Foldere</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="302"/>
        <source>%1, %2 unread</source>
        <translation>%1, necitite: %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="367"/>
        <source>Edit folder…</source>
        <translation>Editează folderul…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="372"/>
        <source>Move left</source>
        <translation>Mută la stânga</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="377"/>
        <source>Move right</source>
        <translation>Mută la dreapta</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="382"/>
        <source>Delete folder…</source>
        <translation>Șterge folderul…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="405"/>
        <source>Spaces</source>
        <translation>Spații</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="443"/>
        <source>All conversations</source>
        <translation>Toate conversațiile</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="448"/>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="513"/>
        <source>New space</source>
        <translation>Spațiu nou</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="531"/>
        <source>Conversations</source>
        <translation>Conversații</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="563"/>
        <source>Browse</source>
        <translation>Răsfoiește</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="564"/>
        <source>Browse the rooms of %1</source>
        <translation>Răsfoiește camerele din %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="567"/>
        <source>All the rooms of this space, to join or open</source>
        <translation>Toate camerele acestui spațiu, ca să te alături sau să le deschizi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="618"/>
        <source>No conversations yet — start one with Ctrl+N</source>
        <translation>Încă nu ai conversații — începe una cu Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="619"/>
        <source>No conversations match “%1”</source>
        <translation>Nicio conversație nu se potrivește cu „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Unpin</source>
        <translation>Anulează fixarea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Pin to top</source>
        <translation>Fixează sus</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as read</source>
        <translation>Marchează ca citită</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as unread</source>
        <translation>Marchează ca necitită</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="666"/>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="670"/>
        <source>All messages</source>
        <translation>Toate mesajele</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="675"/>
        <source>Mentions and keywords</source>
        <translation>Mențiuni și cuvinte-cheie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="680"/>
        <source>Mute</source>
        <translation>Fără sunet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Move out of low priority</source>
        <translation>Scoate din „Prioritate scăzută”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Low priority</source>
        <translation>Prioritate scăzută</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="692"/>
        <source>Add to folder</source>
        <translation>Adaugă în folder</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Change avatar…</source>
        <translation>Schimbă imaginea…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Set avatar…</source>
        <translation>Alege o imagine…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="723"/>
        <source>Remove avatar</source>
        <translation>Elimină imaginea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose the conversation&apos;s avatar</source>
        <translation>Alege imaginea conversației</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose your avatar</source>
        <translation>Alege-ți imaginea de profil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="742"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imagini (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="759"/>
        <source>Delete the folder “%1”?</source>
        <translation>Ștergi folderul „%1”?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="764"/>
        <source>Its conversations stay in your list; only the tab goes, on your other devices too.</source>
        <translation>Conversațiile lui rămân în listă; dispare doar fila, și pe celelalte dispozitive ale tale.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="765"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="793"/>
        <source>Browse rooms</source>
        <translation>Răsfoiește camerele</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="798"/>
        <source>Show its conversations</source>
        <translation>Arată-i conversațiile</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="94"/>
        <source>Conversation settings</source>
        <translation>Setările conversației</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="104"/>
        <source>Saving</source>
        <translation>Se salvează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="111"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="143"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="149"/>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="150"/>
        <source>Conversation name</source>
        <translation>Numele conversației</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="159"/>
        <source>Topic</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="160"/>
        <source>Conversation topic</source>
        <translation>Subiectul conversației</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="170"/>
        <source>Change picture…</source>
        <translation>Schimbă imaginea…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="179"/>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="180"/>
        <source>Save the name and topic</source>
        <translation>Salvează numele și subiectul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="187"/>
        <source>Access</source>
        <translation>Acces</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="195"/>
        <source>Who can join</source>
        <translation>Cine se poate alătura</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="196"/>
        <source>Anyone with its address or link joins.</source>
        <translation>Oricine are adresa sau linkul se alătură.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="197"/>
        <source>Anyone may ask; a moderator lets them in.</source>
        <translation>Oricine poate cere acces; un moderator aprobă.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="198"/>
        <source>Members of its space join; others need an invitation.</source>
        <translation>Membrii spațiului se alătură; ceilalți au nevoie de o invitație.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="199"/>
        <source>Only people who are invited.</source>
        <translation>Doar persoanele invitate.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="201"/>
        <source>Invited</source>
        <translation>Cu invitație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="202"/>
        <source>Ask to join</source>
        <translation>La cerere</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="203"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="224"/>
        <source>Anyone</source>
        <translation>Oricine</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="204"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="245"/>
        <source>Space</source>
        <translation>Spațiu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="215"/>
        <source>Who can read the history</source>
        <translation>Cine poate citi istoricul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="216"/>
        <source>Anyone, without joining.</source>
        <translation>Oricine, fără să se alăture.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="217"/>
        <source>Members, from when they joined.</source>
        <translation>Membrii, de când s-au alăturat.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="218"/>
        <source>Members, from when they were invited.</source>
        <translation>Membrii, de când au fost invitați.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="219"/>
        <source>Members, all of it.</source>
        <translation>Membrii, tot istoricul.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="221"/>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="222"/>
        <source>Since invited</source>
        <translation>De la invitație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="223"/>
        <source>Since joined</source>
        <translation>De la alăturare</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="235"/>
        <source>Let guests join</source>
        <translation>Permite accesul vizitatorilor</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="236"/>
        <source>People without an account on any server.</source>
        <translation>Persoane fără cont pe vreun server.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="258"/>
        <source>Not in a space</source>
        <translation>Nu este într-un spațiu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="265"/>
        <source>Its space lists it, and the space&apos;s members find it there.</source>
        <translation>Spațiul ei o listează, iar membrii spațiului o găsesc acolo.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="276"/>
        <source>Change…</source>
        <translation>Schimbă…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="277"/>
        <source>Change the conversation&apos;s space</source>
        <translation>Schimbă spațiul conversației</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="285"/>
        <source>No space</source>
        <translation>Niciun spațiu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="304"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="313"/>
        <source>Sign posts</source>
        <translation>Semnează postările</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="314"/>
        <source>Show the name of the admin who wrote each post. Otherwise posts show as the channel&apos;s.</source>
        <translation>Arată numele administratorului care a scris fiecare postare. Altfel, postările apar ca fiind ale canalului.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="327"/>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="332"/>
        <source>No address yet</source>
        <translation>Încă nu are adresă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="344"/>
        <source>New address, e.g. climbing-club</source>
        <translation>Adresă nouă, de ex. club-alpinism</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="345"/>
        <source>New address</source>
        <translation>Adresă nouă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="352"/>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="353"/>
        <source>Add the address</source>
        <translation>Adaugă adresa</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="367"/>
        <source>List in the server&apos;s directory</source>
        <translation>Listează în directorul serverului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="368"/>
        <source>Anyone browsing the server&apos;s public conversations finds it.</source>
        <translation>Oricine răsfoiește conversațiile publice ale serverului o găsește.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="391"/>
        <source>Leave conversation…</source>
        <translation>Părăsește conversația…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="399"/>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="408"/>
        <source>Choose the conversation&apos;s picture</source>
        <translation>Alege imaginea conversației</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="410"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imagini (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="17"/>
        <source>Search in this conversation</source>
        <translation>Caută în această conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="53"/>
        <source>Search messages</source>
        <translation>Caută mesaje</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="61"/>
        <source>Search messages in this conversation</source>
        <translation>Caută mesaje în această conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="62"/>
        <source>Press Enter to search</source>
        <translation>Apasă Enter ca să cauți</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SearchPanel.qml" line="100"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultate</numerusform>
            <numerusform>%n de rezultate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="119"/>
        <source>Search results</source>
        <translation>Rezultatele căutării</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="144"/>
        <source>%1 at %2: %3</source>
        <translation>%1 la %2: %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="248"/>
        <source>Load more</source>
        <translation>Încarcă mai multe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="249"/>
        <source>Load more results</source>
        <translation>Încarcă mai multe rezultate</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="279"/>
        <source>Searching</source>
        <translation>Se caută</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="299"/>
        <source>No messages match “%1”</source>
        <translation>Niciun mesaj nu se potrivește cu „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="300"/>
        <source>Find messages in this conversation: type a word and press Enter.</source>
        <translation>Găsește mesaje în această conversație: scrie un cuvânt și apasă Enter.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="310"/>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <location filename="../../resources/qml/SeekBar.qml" line="22"/>
        <source>Position</source>
        <translation>Poziție</translation>
    </message>
</context>
<context>
    <name>SendFilesDialog</name>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="67"/>
        <source>Send a photo</source>
        <translation>Trimite o fotografie</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="68"/>
        <source>Send a file</source>
        <translation>Trimite un fișier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SendFilesDialog.qml" line="69"/>
        <source>Send %n files</source>
        <translation>
            <numerusform>Trimite %n fișier</numerusform>
            <numerusform>Trimite %n fișiere</numerusform>
            <numerusform>Trimite %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="80"/>
        <source>In the thread</source>
        <translation>În fir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="186"/>
        <source>Rotate</source>
        <translation>Rotește</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Done cropping</source>
        <translation>Termină decuparea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Crop</source>
        <translation>Decupează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="245"/>
        <source>Add a caption…</source>
        <translation>Adaugă o legendă…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="249"/>
        <source>Caption</source>
        <translation>Legendă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="264"/>
        <source>Send as file (original quality, no preview)</source>
        <translation>Trimite ca fișier (calitate originală, fără previzualizare)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="288"/>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="293"/>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
</context>
<context>
    <name>SessionExpiredBar</name>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="48"/>
        <source>Your session expired — enter your password to continue.</source>
        <translation>Sesiunea ta a expirat — introdu parola pentru a continua.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="59"/>
        <source>Messages you write meanwhile are sent once you are signed in as %1.</source>
        <translation>Mesajele scrise între timp sunt trimise după ce te conectezi. Cont: %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="69"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="72"/>
        <source>Your password</source>
        <translation>Parola ta</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="80"/>
        <source>Signing in</source>
        <translation>Se conectează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="86"/>
        <source>Continue</source>
        <translation>Continuă</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <location filename="../../resources/qml/SettingRow.qml" line="210"/>
        <source>Not set</source>
        <translation>Nesetat</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="81"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="100"/>
        <source>Settings sections</source>
        <translation>Secțiunile setărilor</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="267"/>
        <source>Close settings</source>
        <translation>Închide setările</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="47"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="60"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="91"/>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="68"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="108"/>
        <source> or </source>
        <translation> sau </translation>
    </message>
</context>
<context>
    <name>SpaceBrowser</name>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="69"/>
        <source>Back to %1</source>
        <translation>Înapoi la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="75"/>
        <source>Rooms in %1</source>
        <translation>Camere în %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="89"/>
        <source>Add rooms</source>
        <translation>Adaugă camere</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="90"/>
        <source>Add rooms to %1</source>
        <translation>Adaugă camere în %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="100"/>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="110"/>
        <source>Search rooms</source>
        <translation>Caută camere</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="116"/>
        <source>Search the rooms of this space</source>
        <translation>Caută în camerele acestui spațiu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="161"/>
        <source>Rooms</source>
        <translation>Camere</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="202"/>
        <source>%1, space, %2</source>
        <translation>%1, spațiu, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="203"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="204"/>
        <source>suggested</source>
        <translation>recomandată</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="253"/>
        <source>Suggested</source>
        <translation>Recomandate</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="270"/>
        <source>Space</source>
        <translation>Spațiu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="303"/>
        <source>Joining</source>
        <translation>Alăturare</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="311"/>
        <source>More for %1</source>
        <translation>Mai multe pentru %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="325"/>
        <source>Joining…</source>
        <translation>Alăturare…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="326"/>
        <source>Join</source>
        <translation>Alătură-te</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Browse</source>
        <translation>Răsfoiește</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="328"/>
        <source>Joining %1</source>
        <translation>Alăturare la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="329"/>
        <source>Join %1</source>
        <translation>Alătură-te la %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Browse %1</source>
        <translation>Răsfoiește %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Open %1</source>
        <translation>Deschide %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="342"/>
        <source>Loading the rooms</source>
        <translation>Se încarcă camerele</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="364"/>
        <source>Try again</source>
        <translation>Încearcă din nou</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="377"/>
        <source>This space has no rooms yet.</source>
        <translation>Acest spațiu nu are încă nicio cameră.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="378"/>
        <source>No rooms match “%1”</source>
        <translation>Nicio cameră nu se potrivește cu „%1”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Don&apos;t suggest</source>
        <translation>Nu mai recomanda</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Suggest to members</source>
        <translation>Recomandă membrilor</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="401"/>
        <source>Remove from space</source>
        <translation>Elimină din spațiu</translation>
    </message>
</context>
<context>
    <name>StickerPicker</name>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="102"/>
        <source>Add stickers</source>
        <translation>Adaugă autocolante</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="104"/>
        <source>Pictures (*.png *.webp *.gif *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.webp *.gif *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="111"/>
        <source>Stickers</source>
        <translation>Autocolante</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="121"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="129"/>
        <source>Search stickers</source>
        <translation>Caută autocolante</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="172"/>
        <source>Sticker packs</source>
        <translation>Pachete de autocolante</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="181"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="183"/>
        <source>New sticker pack for this conversation</source>
        <translation>Pachet nou de autocolante pentru această conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="283"/>
        <source>Search results</source>
        <translation>Rezultatele căutării</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="336"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="338"/>
        <source>Add stickers from your computer</source>
        <translation>Adaugă autocolante de pe computer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="411"/>
        <source>Make your own stickers: add pictures from your computer, or right-click a sticker someone sent.</source>
        <translation>Fă-ți propriile autocolante: adaugă imagini de pe computer sau dă clic dreapta pe un autocolant trimis de cineva.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="412"/>
        <source>Add pictures from your computer: everyone in this conversation can send them.</source>
        <translation>Adaugă imagini de pe computer: toată lumea din această conversație le poate trimite.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="424"/>
        <source>No stickers found</source>
        <translation>Nu s-au găsit autocolante</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="451"/>
        <source>A pack everyone in this conversation can use</source>
        <translation>Un pachet pe care îl poate folosi toată lumea din această conversație</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="460"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="466"/>
        <source>Pack name</source>
        <translation>Numele pachetului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="480"/>
        <source>Create</source>
        <translation>Creează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use only in its conversation</source>
        <translation>Folosește doar în conversația lui</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use in every conversation</source>
        <translation>Folosește în toate conversațiile</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="509"/>
        <source>Remove from My stickers</source>
        <translation>Elimină din „Autocolantele mele”</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="510"/>
        <source>Remove from this pack</source>
        <translation>Elimină din acest pachet</translation>
    </message>
</context>
<context>
    <name>StorageStatus</name>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="67"/>
        <source>Messenger cannot save to disk: the disk is full. New messages wait until there is space.</source>
        <translation>Messenger nu poate salva pe disc: discul este plin. Mesajele noi așteaptă până se face loc.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="69"/>
        <source>Messenger cannot save to disk: it is read-only. New messages wait until it can.</source>
        <translation>Messenger nu poate salva pe disc: este doar pentru citire. Mesajele noi așteaptă până se poate.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="71"/>
        <source>The saved conversations are damaged; restart Messenger to download them again.</source>
        <translation>Conversațiile salvate sunt deteriorate; repornește Messenger pentru a le descărca din nou.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="72"/>
        <source>Messenger cannot save to disk. New messages wait until it can.</source>
        <translation>Messenger nu poate salva pe disc. Mesajele noi așteaptă până se poate.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="79"/>
        <source>This cache was written by a newer version of Messenger: it was set aside, and your conversations are being downloaded again.</source>
        <translation>Acest cache a fost scris de o versiune mai nouă de Messenger: a fost pus deoparte, iar conversațiile tale se descarcă din nou.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="84"/>
        <source>The saved conversations were damaged, so they are being downloaded again.</source>
        <translation>Conversațiile salvate erau deteriorate, așa că se descarcă din nou.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="86"/>
        <source>%n unsent message(s) could not be recovered.</source>
        <translation>
            <numerusform>%n mesaj netrimis nu a putut fi recuperat.</numerusform>
            <numerusform>%n mesaje netrimise nu au putut fi recuperate.</numerusform>
            <numerusform>%n de mesaje netrimise nu au putut fi recuperate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="88"/>
        <source>%n unsent message(s) were kept; others may have been lost.</source>
        <translation>
            <numerusform>%n mesaj netrimis a fost păstrat; altele s-ar putea să se fi pierdut.</numerusform>
            <numerusform>%n mesaje netrimise au fost păstrate; altele s-ar putea să se fi pierdut.</numerusform>
            <numerusform>%n de mesaje netrimise au fost păstrate; altele s-ar putea să se fi pierdut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="90"/>
        <source>Messages waiting to be sent, if there were any, could not be recovered.</source>
        <translation>Mesajele care așteptau să fie trimise, dacă existau, nu au putut fi recuperate.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="92"/>
        <source>%n unsent message(s) were kept and will be sent.</source>
        <translation>
            <numerusform>%n mesaj netrimis a fost păstrat și va fi trimis.</numerusform>
            <numerusform>%n mesaje netrimise au fost păstrate și vor fi trimise.</numerusform>
            <numerusform>%n de mesaje netrimise au fost păstrate și vor fi trimise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="30"/>
        <source>Thread</source>
        <translation>Fir de discuție</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="60"/>
        <source>Thread messages</source>
        <translation>Mesajele firului</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="98"/>
        <source>%1 at %2: %3</source>
        <translation>%1 la %2: %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="191"/>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent: %1</source>
        <translation>Netrimis: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent</source>
        <translation>Netrimis</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="212"/>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="213"/>
        <source>Retry sending</source>
        <translation>Reîncearcă trimiterea</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="245"/>
        <source>No replies yet</source>
        <translation>Încă niciun răspuns</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ThreadPanel.qml" line="246"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n răspuns</numerusform>
            <numerusform>%n răspunsuri</numerusform>
            <numerusform>%n de răspunsuri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="271"/>
        <source>Loading the thread</source>
        <translation>Se încarcă firul</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="296"/>
        <source>Report…</source>
        <translation>Raportează…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="313"/>
        <source>Send files to the thread</source>
        <translation>Trimite fișiere în fir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="344"/>
        <source>Drop files here to send them to the thread</source>
        <translation>Plasează fișierele aici pentru a le trimite în fir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="387"/>
        <source>Attach files to the thread (Ctrl+O)</source>
        <translation>Atașează fișiere în fir (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="411"/>
        <source>Reply in thread…</source>
        <translation>Răspunde în fir…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="422"/>
        <source>Reply in thread</source>
        <translation>Răspunde în fir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="457"/>
        <source>Send reply</source>
        <translation>Trimite răspunsul</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="80"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="176"/>
        <source>Open Messenger</source>
        <translation>Deschide Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="81"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="221"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="256"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="254"/>
        <source>Do not disturb</source>
        <translation>Nu deranja</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="83"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="177"/>
        <source>For 1 hour</source>
        <translation>Timp de o oră</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="85"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="178"/>
        <source>Until tomorrow</source>
        <translation>Până mâine</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="88"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="179"/>
        <source>Off</source>
        <translation>Dezactivat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="90"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="180"/>
        <source>Mark all as read</source>
        <translation>Marchează totul ca citit</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="94"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="181"/>
        <source>Quit</source>
        <translation>Ieși</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="219"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n necitit</numerusform>
            <numerusform>%n necitite</numerusform>
            <numerusform>%n de necitite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="37"/>
        <source>Voice message, %1</source>
        <translation>Mesaj vocal, %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="48"/>
        <source>voice message</source>
        <translation>mesaj vocal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="115"/>
        <source>Playback speed %1×</source>
        <translation>Viteza de redare %1×</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="34"/>
        <source>Recording a voice message</source>
        <translation>Se înregistrează un mesaj vocal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="44"/>
        <source>Cancel the recording (Esc)</source>
        <translation>Anulează înregistrarea (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="119"/>
        <source>Paused for a call: Enter sends, Esc cancels</source>
        <translation>Pauză din cauza unui apel: Enter trimite, Esc anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="120"/>
        <source>Enter sends, Esc cancels</source>
        <translation>Enter trimite, Esc anulează</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="121"/>
        <source>Let go to cancel</source>
        <translation>Eliberează ca să anulezi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="122"/>
        <source>Let go to send, slide away to cancel</source>
        <translation>Eliberează ca să trimiți, glisează în afară ca să anulezi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="136"/>
        <source>Send the voice message (Enter)</source>
        <translation>Trimite mesajul vocal (Enter)</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="77"/>
        <source>%1 is calling</source>
        <translation>%1 te sună</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming video call</source>
        <translation>Apel video primit</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming voice call</source>
        <translation>Apel vocal primit</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Incoming call</source>
        <translation>Apel primit</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="84"/>
        <source>The microphone is no longer connected.</source>
        <translation>Microfonul nu mai este conectat.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="87"/>
        <source>The microphone uses a sound format this app cannot read.</source>
        <translation>Microfonul folosește un format audio pe care această aplicație nu îl poate citi.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="94"/>
        <source>The microphone stopped working.</source>
        <translation>Microfonul nu mai funcționează.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="115"/>
        <source>The speaker is no longer connected.</source>
        <translation>Difuzorul nu mai este conectat.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="118"/>
        <source>The speaker uses a sound format this app cannot play.</source>
        <translation>Difuzorul folosește un format audio pe care această aplicație nu îl poate reda.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="134"/>
        <source>The speaker stopped working.</source>
        <translation>Difuzorul nu mai funcționează.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="75"/>
        <source>%1 declined the call</source>
        <translation>%1 a refuzat apelul</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="77"/>
        <source>%1 is busy</source>
        <translation>%1 este într-un alt apel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="79"/>
        <source>%1 did not answer</source>
        <translation>%1 nu a răspuns</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="81"/>
        <source>The connection was lost</source>
        <translation>Conexiunea s-a întrerupt</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="83"/>
        <source>The call could not be set up</source>
        <translation>Apelul nu a putut fi inițiat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="85"/>
        <source>%1 left the conversation</source>
        <translation>%1 a părăsit conversația</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="87"/>
        <source>Answered on another device</source>
        <translation>S-a răspuns pe alt dispozitiv</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="89"/>
        <source>Declined on another device</source>
        <translation>Refuzat pe alt dispozitiv</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="91"/>
        <source>Call ended</source>
        <translation>Apel încheiat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="398"/>
        <source>Calling…</source>
        <translation>Se apelează…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="400"/>
        <source>Ringing…</source>
        <translation>Sună…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="402"/>
        <source>Connecting…</source>
        <translation>Se conectează…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="529"/>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="540"/>
        <source>You are already in a call.</source>
        <translation>Ești deja într-un apel.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="537"/>
        <source>Calls are only possible in a conversation between two people.</source>
        <translation>Apelurile sunt posibile doar într-o conversație între două persoane.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="245"/>
        <source>The app is closing: no devices can be used.</source>
        <translation>Aplicația se închide: nu se mai pot folosi dispozitive.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="249"/>
        <source>No microphone was found: the other person will not hear you.</source>
        <translation>Nu s-a găsit niciun microfon: cealaltă persoană nu te va auzi.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="254"/>
        <source>The chosen microphone is not connected; {name} is used.</source>
        <translation>Microfonul ales nu este conectat; se folosește {name}.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="260"/>
        <source>No speaker or headphones were found: you will not hear the other person.</source>
        <translation>Nu s-au găsit difuzoare sau căști: nu o vei auzi pe cealaltă persoană.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="265"/>
        <source>The chosen speaker is not connected; {name} is used.</source>
        <translation>Difuzorul ales nu este conectat; se folosește {name}.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="272"/>
        <source>No camera was found: the other person will not see you.</source>
        <translation>Nu s-a găsit nicio cameră: cealaltă persoană nu te va vedea.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="277"/>
        <source>The chosen camera is not connected; {name} is used.</source>
        <translation>Camera aleasă nu este conectată; se folosește {name}.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="165"/>
        <source>The camera is no longer connected.</source>
        <translation>Camera nu mai este conectată.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="173"/>
        <source>The camera stopped working.</source>
        <translation>Camera nu mai funcționează.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="179"/>
        <source>Your screen could not be captured.</source>
        <translation>Ecranul tău nu a putut fi capturat.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../messenger_desktop/app.py" line="132"/>
        <source>Starting the homeserver on this computer…</source>
        <translation>Se pornește serverul pe acest computer…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="42"/>
        <source>Your server wants this confirmed in a way Messenger cannot do here; do it on your server&apos;s web page or in another Matrix app.</source>
        <translation>Serverul tău cere o confirmare pe care Messenger nu o poate face aici; confirmă pe pagina web a serverului tău sau într-o altă aplicație Matrix.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="47"/>
        <source>The password was wrong too many times; try again later.</source>
        <translation>Parola a fost greșită de prea multe ori; încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="49"/>
        <source>The server finds the new password too weak: %1</source>
        <translation>Serverul consideră noua parolă prea slabă: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="62"/>
        <source>Last active: %1</source>
        <translation>Ultima activitate: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="276"/>
        <source>The device is signed out.</source>
        <translation>Dispozitivul a fost deconectat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/account_controller.py" line="278"/>
        <source>%n devices are signed out.</source>
        <translation>
            <numerusform>%n dispozitiv a fost deconectat.</numerusform>
            <numerusform>%n dispozitive au fost deconectate.</numerusform>
            <numerusform>%n de dispozitive au fost deconectate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="295"/>
        <source>Your password is changed.</source>
        <translation>Parola ta a fost schimbată.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="322"/>
        <source>That password is not right.</source>
        <translation>Parola nu este corectă.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="247"/>
        <source>Signing out…</source>
        <translation>Se deconectează…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="298"/>
        <source>This link could not be opened: it is not a valid Matrix link.</source>
        <translation>Acest link nu a putut fi deschis: nu este un link Matrix valid.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="310"/>
        <source>Could not open your conversations: %1</source>
        <translation>Conversațiile tale nu au putut fi deschise: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You were banned</source>
        <translation>Ți s-a interzis accesul</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You left</source>
        <translation>Ai părăsit conversația</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="39"/>
        <source>%n new message(s) from %1</source>
        <translation>
            <numerusform>%n mesaj nou de la %1</numerusform>
            <numerusform>%n mesaje noi de la %1</numerusform>
            <numerusform>%n de mesaje noi de la %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="52"/>
        <source>%n other(s)</source>
        <translation>
            <numerusform>încă %n persoană</numerusform>
            <numerusform>încă %n persoane</numerusform>
            <numerusform>încă %n de persoane</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/avatar_controller.py" line="119"/>
        <source>Only a picture on this computer can be an avatar.</source>
        <translation>Doar o imagine de pe acest computer poate fi imagine de profil.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="94"/>
        <source>Messenger is still running</source>
        <translation>Messenger încă rulează</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="95"/>
        <source>It keeps receiving messages in the tray. Quit from the tray icon&apos;s menu.</source>
        <translation>Continuă să primească mesaje din zona de notificare. Pentru a ieși, folosește meniul pictogramei de acolo.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="57"/>
        <source>Until %1</source>
        <translation>Până la %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="59"/>
        <source>Until tomorrow %1</source>
        <translation>Până mâine la %1</translation>
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
        <translation>Până la %2, %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="34"/>
        <source>Photo</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="35"/>
        <source>Video</source>
        <translation>Videoclip</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="36"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="37"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="69"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="155"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="105"/>
        <location filename="../../messenger_desktop/qt/thread_model.py" line="286"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="844"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="972"/>
        <source>Message deleted</source>
        <translation>Mesaj șters</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="75"/>
        <source>Encrypted message — this app cannot decrypt it yet</source>
        <translation>Mesaj criptat — această aplicație nu îl poate decripta încă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="86"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="1001"/>
        <source>This call could not be shown</source>
        <translation>Acest apel nu poate fi afișat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="88"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="102"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="67"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="157"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="107"/>
        <source>This message could not be shown</source>
        <translation>Acest mesaj nu poate fi afișat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="93"/>
        <source>Sticker</source>
        <translation>Autocolant</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="131"/>
        <source>%1 joined</source>
        <translation>Intrare în conversație: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="135"/>
        <source>%1 invited %2</source>
        <translation>%1 a trimis o invitație către %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="139"/>
        <source>%1 declined the invitation</source>
        <translation>%1 a refuzat invitația</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="141"/>
        <source>%1 withdrew their request to join</source>
        <translation>%1 și-a retras cererea de acces</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="144"/>
        <source>%1 left</source>
        <translation>Ieșire din conversație: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="146"/>
        <source>%1 was unbanned by %2</source>
        <translation>%2 a ridicat interdicția pentru %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="148"/>
        <source>%2 withdrew the invitation for %1</source>
        <translation>%2 a retras invitația pentru %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="150"/>
        <source>%2 declined the request of %1 to join</source>
        <translation>%2 a respins cererea de acces de la %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="153"/>
        <source>%1 was removed by %2</source>
        <translation>%2 a eliminat din conversație: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="155"/>
        <source>%1 was banned by %2</source>
        <translation>%2 a interzis accesul pentru %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="157"/>
        <source>%1 asked to join</source>
        <translation>%1 a cerut acces</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="167"/>
        <source>%1 removed their name</source>
        <translation>%1 și-a eliminat numele</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="169"/>
        <source>%1 set their name to %2</source>
        <translation>%1 și-a setat numele: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="170"/>
        <source>%1 changed their name to %2</source>
        <translation>%1 și-a schimbat numele în %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="173"/>
        <source>%1 removed their avatar</source>
        <translation>%1 și-a eliminat imaginea de profil</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="175"/>
        <source>%1 set an avatar</source>
        <translation>%1 și-a pus o imagine de profil</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="176"/>
        <source>%1 changed their avatar</source>
        <translation>%1 și-a schimbat imaginea de profil</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="186"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="234"/>
        <source>%1 created the conversation</source>
        <translation>%1 a creat conversația</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="190"/>
        <source>%1 removed the conversation name</source>
        <translation>%1 a eliminat numele conversației</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="191"/>
        <source>%1 changed the name to “%2”</source>
        <translation>%1 a schimbat numele în „%2”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="195"/>
        <source>%1 removed the topic</source>
        <translation>%1 a eliminat subiectul</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="196"/>
        <source>%1 changed the topic to “%2”</source>
        <translation>%1 a schimbat subiectul în „%2”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="198"/>
        <source>%1 changed the conversation picture</source>
        <translation>%1 a schimbat imaginea conversației</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="200"/>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 a activat criptarea end-to-end</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="242"/>
        <source>%1 and %2</source>
        <translation>%1 și %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="244"/>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 și %3</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="246"/>
        <source>%1, %2 and %3 others</source>
        <translation>%1, %2 și încă %3</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="248"/>
        <source>%1 changes</source>
        <translation>Modificări: %1</translation>
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
        <translation>Astăzi</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="102"/>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/formatting.py" line="114"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membru</numerusform>
            <numerusform>%n membri</numerusform>
            <numerusform>%n de membri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="49"/>
        <source>“%1” stickers</source>
        <translation>Autocolante „%1”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="118"/>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Folderul de jurnale nu a putut fi deschis. Se află în %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="128"/>
        <source>Diagnostics copied to the clipboard: paste them into your bug report.</source>
        <translation>Datele de diagnosticare au fost copiate în clipboard: lipește-le în raportul de eroare.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/keywords_controller.py" line="96"/>
        <source>A keyword cannot start with a dot or contain a slash.</source>
        <translation>Un cuvânt-cheie nu poate începe cu punct și nu poate conține bară oblică.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Unread</source>
        <translation>Necitite</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="32"/>
        <source>Wrong user name or password.</source>
        <translation>Nume de utilizator sau parolă greșită.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="34"/>
        <source>This account has been deactivated.</source>
        <translation>Acest cont a fost dezactivat.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="36"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Prea multe încercări. Așteaptă un minut și încearcă din nou.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="37"/>
        <source>The server refused to sign in: %1</source>
        <translation>Serverul a refuzat conectarea: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="39"/>
        <source>The server&apos;s security certificate is not valid, so Messenger did not connect. Check the address, or ask the server&apos;s administrator.</source>
        <translation>Certificatul de securitate al serverului nu este valid, așa că Messenger nu s-a conectat. Verifică adresa sau întreabă administratorul serverului.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="44"/>
        <source>Could not reach the server through the proxy. Check it in Settings, Network.</source>
        <translation>Serverul nu poate fi contactat prin proxy. Verifică-l în Setări, Rețea.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="46"/>
        <source>Could not reach the server. Check the address and your connection.</source>
        <translation>Serverul nu poate fi contactat. Verifică adresa și conexiunea.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="48"/>
        <source>The server&apos;s answer was not understood. Is this a Matrix server?</source>
        <translation>Răspunsul serverului nu a putut fi înțeles. Este un server Matrix?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="49"/>
        <source>Could not sign in: %1</source>
        <translation>Conectarea nu a reușit: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="105"/>
        <source>Enter your homeserver, for example matrix.org.</source>
        <translation>Introdu serverul tău, de exemplu matrix.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="108"/>
        <source>Enter your user name and password.</source>
        <translation>Introdu numele de utilizator și parola.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="83"/>
        <source>Measuring…</source>
        <translation>Se calculează…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="85"/>
        <source>Empty</source>
        <translation>Gol</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="86"/>
        <source>%1 used</source>
        <translation>Ocupat: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="290"/>
        <source>Only the first %1 files are sent at once.</source>
        <translation>Numărul maxim de fișiere trimise deodată: %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="294"/>
        <source>Only files on this computer can be sent.</source>
        <translation>Se pot trimite doar fișiere de pe acest computer.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="301"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="69"/>
        <source>file</source>
        <translation>fișier</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="341"/>
        <source>The picture on the clipboard could not be read.</source>
        <translation>Imaginea din clipboard nu a putut fi citită.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="410"/>
        <source>It is already on its way and cannot be stopped.</source>
        <translation>Trimiterea a început deja și nu mai poate fi oprită.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="457"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="86"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="227"/>
        <source>This file is not available.</source>
        <translation>Acest fișier nu este disponibil.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="466"/>
        <source>Saved to %1</source>
        <translation>Salvat în %1</translation>
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
        <translation>Proprietar</translation>
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
        <translation>Cu invitație</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="77"/>
        <source>Joined</source>
        <translation>În conversație</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="129"/>
        <source>Message forwarded.</source>
        <translation>Mesaj redirecționat.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="181"/>
        <source>Open this link?</source>
        <translation>Deschizi acest link?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="194"/>
        <source>This link was not opened: %1</source>
        <translation>Linkul nu a fost deschis: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="301"/>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <source>Original message not found</source>
        <translation>Mesajul original nu a fost găsit</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="173"/>
        <source>%1 and %2 others</source>
        <translation>%1 și încă %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/message_view.py" line="212"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n răspuns</numerusform>
            <numerusform>%n răspunsuri</numerusform>
            <numerusform>%n de răspunsuri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="215"/>
        <source>%1 · last from %2</source>
        <translation>%1 · ultimul de la %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="130"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>New message</source>
        <translation>Mesaj nou</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mesaj nou</numerusform>
            <numerusform>%n mesaje noi</numerusform>
            <numerusform>%n de mesaje noi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="135"/>
        <source>%1 (%2 new)</source>
        <translation>%1 (noi: %2)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="187"/>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <source>Mark as read</source>
        <translation>Marchează ca citit</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="166"/>
        <source>Reply</source>
        <translation>Răspunde</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="180"/>
        <source>Reply…</source>
        <translation>Răspunde…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Accept</source>
        <translation>Acceptă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Decline</source>
        <translation>Refuză</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="253"/>
        <source>This file is too large to play here; save it instead.</source>
        <translation>Acest fișier este prea mare pentru a fi redat aici; salvează-l.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="255"/>
        <source>This file is no longer on the server.</source>
        <translation>Acest fișier nu mai este pe server.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="259"/>
        <source>There is no room on this computer to keep this file.</source>
        <translation>Nu există spațiu pe acest computer pentru acest fișier.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="313"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="308"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="262"/>
        <source>This recording cannot be played.</source>
        <translation>Această înregistrare nu poate fi redată.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="131"/>
        <source>Invitation</source>
        <translation>Invitație</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Direct chat</source>
        <translation>Conversație directă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="89"/>
        <source>Your role in this conversation does not allow this.</source>
        <translation>Rolul tău în această conversație nu permite acest lucru.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="90"/>
        <source>Their role is the same as yours or higher.</source>
        <translation>Rolul acestei persoane este egal cu al tău sau mai mare.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="91"/>
        <source>Nobody can give a role above their own.</source>
        <translation>Nimeni nu poate acorda un rol mai mare decât al său.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="92"/>
        <source>The owner of this conversation outranks everyone, for good.</source>
        <translation>Proprietarul acestei conversații are cel mai înalt rang, definitiv.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="98"/>
        <source>This needs a role above yours; only someone with it can change it.</source>
        <translation>E nevoie de un rol mai mare decât al tău; doar cineva care îl are poate face modificarea.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="108"/>
        <source>Member</source>
        <translation>Membru</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="109"/>
        <source>Custom (%1)</source>
        <translation>Personalizat (%1)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="340"/>
        <source>Custom…</source>
        <translation>Personalizat…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="446"/>
        <source>Nothing of theirs to delete</source>
        <translation>Nu există nimic de șters de la această persoană</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="448"/>
        <source>Deleting 1 message</source>
        <translation>Se șterge 1 mesaj</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/room_admin.py" line="450"/>
        <source>Deleting %n message(s)</source>
        <translation>
            <numerusform>Se șterge %n mesaj</numerusform>
            <numerusform>Se șterg %n mesaje</numerusform>
            <numerusform>Se șterg %n de mesaje</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="107"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="425"/>
        <source>You are banned from this room.</source>
        <translation>Ți s-a interzis accesul în această cameră.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="252"/>
        <source>“%1” is not a server name.</source>
        <translation>„%1” nu este un nume de server.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="423"/>
        <source>This room could not be found.</source>
        <translation>Camera nu a fost găsită.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="427"/>
        <source>This room is invite only.</source>
        <translation>În această cameră se intră doar cu invitație.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="432"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="422"/>
        <source>No room has the address %1.</source>
        <translation>Nicio cameră nu are adresa %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="102"/>
        <source>Message not available</source>
        <translation>Mesaj indisponibil</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="109"/>
        <source>Encrypted message</source>
        <translation>Mesaj criptat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="458"/>
        <source>This thread&apos;s first message could not be found.</source>
        <translation>Primul mesaj al acestui fir nu a fost găsit.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="606"/>
        <source>This server does not offer searching in conversations.</source>
        <translation>Acest server nu oferă căutare în conversații.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="124"/>
        <source>Saved messages</source>
        <translation>Mesaje salvate</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="130"/>
        <source>%1 invited you</source>
        <translation>%1 te-a invitat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="137"/>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="158"/>
        <source>Low priority</source>
        <translation>Prioritate scăzută</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/safety_controller.py" line="180"/>
        <source>Not reported: %1</source>
        <translation>Raportul nu a fost trimis: %1</translation>
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
        <translation>Serverul nu a putut fi contactat prin proxy. Verifică-l în Setări, Rețea.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="68"/>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Serverul nu poate fi contactat. Verifică-ți conexiunea și încearcă din nou.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="71"/>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="89"/>
        <source>The server did not allow this: %1</source>
        <translation>Serverul nu a permis acest lucru: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="74"/>
        <source>The server refused: %1</source>
        <translation>Serverul a refuzat: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="76"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Răspunsul serverului nu a putut fi înțeles.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="77"/>
        <source>Something went wrong: %1</source>
        <translation>Ceva nu a mers: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="87"/>
        <source>There is no user %1 on that server.</source>
        <translation>Pe acel server nu există utilizatorul %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="91"/>
        <source>Too many invitations at once; wait a moment and try again.</source>
        <translation>Prea multe invitații deodată; așteaptă puțin și încearcă din nou.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="402"/>
        <source>%1 is typing…</source>
        <translation>%1 scrie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="404"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 și %2 scriu…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="405"/>
        <source>Several people are typing…</source>
        <translation>Mai multe persoane scriu…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="514"/>
        <source>invitation</source>
        <translation>invitație</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="519"/>
        <source>%1, %2 invited</source>
        <translation>%1, %2 cu invitație</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="593"/>
        <source>No connection through the proxy server. Check it in Settings, Network; retrying…</source>
        <translation>Nicio conexiune prin serverul proxy. Verifică-l în Setări, Rețea; se reîncearcă…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="595"/>
        <source>The server&apos;s security certificate is not valid; Messenger does not connect. Retrying…</source>
        <translation>Certificatul de securitate al serverului nu este valid; Messenger nu se conectează. Se reîncearcă…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="598"/>
        <source>No connection to the server. Retrying in %1 s…</source>
        <translation>Nicio conexiune la server. Se reîncearcă în %1 s…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="599"/>
        <source>No connection to the server. Reconnecting…</source>
        <translation>Nicio conexiune la server. Se reconectează…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="683"/>
        <source>This device was signed out from another device or by the server, so its messages were removed from this computer.</source>
        <translation>Acest dispozitiv a fost deconectat de pe alt dispozitiv sau de server, așa că mesajele lui au fost șterse de pe acest computer.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="845"/>
        <source>A user ID looks like @name:example.org.</source>
        <translation>Un ID de utilizator arată așa: @nume:example.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_expiry.py" line="65"/>
        <source>Enter your password.</source>
        <translation>Introdu parola.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_adder.py" line="156"/>
        <source>Could not add %1: %2</source>
        <translation>Nu s-a putut adăuga %1: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="224"/>
        <source>Could not join: %1</source>
        <translation>Alăturarea nu a reușit: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="288"/>
        <source>Could not remove: %1</source>
        <translation>Eliminarea nu a reușit: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="297"/>
        <source>Could not change it: %1</source>
        <translation>Modificarea nu a reușit: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="335"/>
        <source>Only the space&apos;s admins can add or remove rooms.</source>
        <translation>Doar administratorii spațiului pot adăuga sau elimina camere.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="62"/>
        <source>Announcements</source>
        <translation>Anunțuri</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="67"/>
        <source>Could not create the space: %1</source>
        <translation>Spațiul nu a putut fi creat: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="117"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="190"/>
        <source>My stickers</source>
        <translation>Autocolantele mele</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <source>Room stickers</source>
        <translation>Autocolantele camerei</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>Sticker added</source>
        <translation>Autocolant adăugat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>%n sticker(s) added</source>
        <translation>
            <numerusform>%n autocolant adăugat</numerusform>
            <numerusform>%n autocolante adăugate</numerusform>
            <numerusform>%n de autocolante adăugate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="256"/>
        <source>This sticker is not available.</source>
        <translation>Acest autocolant nu este disponibil.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="266"/>
        <source>Added to My stickers</source>
        <translation>Adăugat la „Autocolantele mele”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="333"/>
        <source>%1 is too large for a sticker.</source>
        <translation>%1 este prea mare pentru un autocolant.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="336"/>
        <source>%1 could not be read.</source>
        <translation>Fișierul %1 nu a putut fi citit.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="485"/>
        <source>That message is too far back to show here.</source>
        <translation>Mesajul este prea vechi pentru a fi afișat aici.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="690"/>
        <source>That change could not be sent.</source>
        <translation>Modificarea nu a putut fi trimisă.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="125"/>
        <source>No microphone was found: connect one to record a voice message.</source>
        <translation>Nu s-a găsit niciun microfon: conectează unul ca să înregistrezi un mesaj vocal.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="191"/>
        <source>The microphone gave no sound: check that it is connected and not in use.</source>
        <translation>Microfonul nu transmite sunet: verifică dacă este conectat și nu e folosit de altă aplicație.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>&lt;action&gt;</source>
        <translation>&lt;acțiune&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>Send an action: /me waves shows as “* You waves”</source>
        <translation>Trimite o acțiune: /me salută apare ca „* Numele tău salută”</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>[message]</source>
        <translation>[mesaj]</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>Send ¯\_(ツ)_/¯, followed by the message if any</source>
        <translation>Trimite ¯\_(ツ)_/¯, urmat de mesaj, dacă există</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>&lt;message&gt;</source>
        <translation>&lt;mesaj&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>Send the message as typed, without formatting</source>
        <translation>Trimite mesajul exact cum e scris, fără formatare</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>&lt;topic&gt;</source>
        <translation>&lt;subiect&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>Set the topic of this conversation</source>
        <translation>Setează subiectul acestei conversații</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>&lt;name&gt;</source>
        <translation>&lt;nume&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>Change your name in this conversation only</source>
        <translation>Schimbă-ți numele doar în această conversație</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>&lt;@user:server&gt;</source>
        <translation>&lt;@utilizator:server&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>Invite someone to this conversation</source>
        <translation>Invită pe cineva în această conversație</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>&lt;#alias:server or !id:server&gt;</source>
        <translation>&lt;#alias:server sau !id:server&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>Join a room</source>
        <translation>Alătură-te unei camere</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="46"/>
        <source>Leave this conversation</source>
        <translation>Părăsește această conversație</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="38"/>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="39"/>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="40"/>
        <source>Chats</source>
        <translation>Conversații</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="41"/>
        <source>Appearance</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="42"/>
        <source>Window</source>
        <translation>Fereastră</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="43"/>
        <source>Network</source>
        <translation>Rețea</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="44"/>
        <source>Privacy and safety</source>
        <translation>Confidențialitate</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="45"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="88"/>
        <source>Colour theme: follow the system, or always light or dark.</source>
        <translation>Tema de culori: ca sistemul sau mereu luminoasă ori întunecată.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="90"/>
        <source>Theme</source>
        <translation>Temă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="93"/>
        <location filename="../../messenger_desktop/qt/settings.py" line="378"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="94"/>
        <source>Light</source>
        <translation>Luminoasă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="95"/>
        <source>Dark</source>
        <translation>Întunecată</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="102"/>
        <source>The language of Messenger: the system&apos;s, or one chosen here.</source>
        <translation>Limba aplicației Messenger: cea a sistemului sau una aleasă aici.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="104"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="107"/>
        <source>System language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="115"/>
        <source>Enter sends the message (Shift+Enter adds a line); when off, Ctrl+Enter sends.</source>
        <translation>Enter trimite mesajul (Shift+Enter adaugă un rând); când e dezactivat, trimite Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="119"/>
        <source>Send with Enter</source>
        <translation>Trimite cu Enter</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="126"/>
        <source>Photos are sent without their location, camera and other metadata (turned upright first).</source>
        <translation>Fotografiile se trimit fără locație, date despre cameră și alte metadate (după ce sunt rotite corect).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="130"/>
        <source>Remove location and camera details from photos</source>
        <translation>Elimină locația și datele camerei din fotografii</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="137"/>
        <source>Pictures and files kept on this computer for viewing again, at most this many megabytes.</source>
        <translation>Imagini și fișiere păstrate pe acest computer pentru a fi revăzute, cel mult atâția megaocteți.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="142"/>
        <source>Media kept on this computer</source>
        <translation>Fișiere media păstrate pe acest computer</translation>
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
        <translation>Invitațiile de la persoane cu care nu ai nicio conversație comună sunt refuzate automat.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="160"/>
        <source>Only accept invites from people I share a conversation with</source>
        <translation>Acceptă invitații doar de la persoane cu care am o conversație comună</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="169"/>
        <source>Others see how far you have read. When off, only your own devices know (unread counts still clear everywhere).</source>
        <translation>Ceilalți văd până unde ai citit. Când e dezactivat, doar dispozitivele tale știu (contoarele de necitite se resetează oricum peste tot).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="174"/>
        <source>Send read receipts</source>
        <translation>Trimite confirmări de citire</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="181"/>
        <source>Others see “typing…” while you write to them.</source>
        <translation>Ceilalți văd „scrie…” cât timp le scrii.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="182"/>
        <source>Send typing notices</source>
        <translation>Trimite indicatorul de scriere</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="189"/>
        <source>Videos and files up to this size download as soon as they are on screen; larger ones wait for a click on Download.</source>
        <translation>Videoclipurile și fișierele până la această dimensiune se descarcă imediat ce apar pe ecran; cele mai mari așteaptă un clic pe Descarcă.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="195"/>
        <source>Download automatically</source>
        <translation>Descarcă automat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="198"/>
        <source>Never</source>
        <translation>Niciodată</translation>
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
        <translation>Arată o notificare pe desktop pentru mesajele noi care trebuie să te notifice (nivelul de notificare al fiecărei conversații decide care).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="227"/>
        <source>Desktop notifications</source>
        <translation>Notificări pe desktop</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="234"/>
        <source>Show who wrote and what in notifications; when off they only say there is a new message.</source>
        <translation>Arată în notificări cine a scris și ce; când e dezactivat, notificările spun doar că ai un mesaj nou.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="238"/>
        <source>Show message content in notifications</source>
        <translation>Arată conținutul mesajelor în notificări</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="252"/>
        <source>Closing the window keeps Messenger running in the system tray.</source>
        <translation>La închiderea ferestrei, Messenger continuă să ruleze în zona de notificare.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="253"/>
        <source>Keep running in the tray when closed</source>
        <translation>Rulează în zona de notificare la închidere</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="266"/>
        <source>Start in the system tray without showing the window.</source>
        <translation>Pornește în zona de notificare, fără să afișeze fereastra.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="267"/>
        <source>Start minimised</source>
        <translation>Pornește minimizat</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="274"/>
        <source>Start Messenger when you log in to your computer.</source>
        <translation>Pornește Messenger când te conectezi la computer.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="275"/>
        <source>Start at login</source>
        <translation>Pornește la conectare</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="301"/>
        <source>The size of all text in Messenger, in percent of the usual size.</source>
        <translation>Dimensiunea întregului text din Messenger, în procente din dimensiunea obișnuită.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="303"/>
        <source>Text size</source>
        <translation>Dimensiunea textului</translation>
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
        <translation>Mai puțin spațiu între mesaje și între conversațiile din listă.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="317"/>
        <source>Compact mode</source>
        <translation>Mod compact</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="324"/>
        <source>Messages in bubbles, or one line each: time, name and text (as in IRC).</source>
        <translation>Mesaje în baloane sau câte un rând fiecare: ora, numele și textul (ca în IRC).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="328"/>
        <source>Message layout</source>
        <translation>Aspectul mesajelor</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="331"/>
        <source>Bubbles</source>
        <translation>Baloane</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="332"/>
        <source>One line (IRC)</source>
        <translation>Un rând (IRC)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="339"/>
        <source>Underline misspelled words while you write; right-click one for suggestions.</source>
        <translation>Subliniază cuvintele scrise greșit în timp ce scrii; clic dreapta pe unul pentru sugestii.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="342"/>
        <source>Check spelling</source>
        <translation>Verifică ortografia</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="349"/>
        <source>The dictionary spelling is checked with.</source>
        <translation>Dicționarul folosit pentru verificarea ortografiei.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="351"/>
        <source>Spelling language</source>
        <translation>Limba de verificare</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="354"/>
        <source>Messenger&apos;s language</source>
        <translation>Limba aplicației</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="368"/>
        <source>How Messenger reaches your server. System uses the proxy of the environment (the HTTPS_PROXY, ALL_PROXY and NO_PROXY variables). A change applies to new connections.</source>
        <translation>Cum ajunge Messenger la serverul tău. „Sistem” folosește proxy-ul din mediu (variabilele HTTPS_PROXY, ALL_PROXY și NO_PROXY). O modificare se aplică noilor conexiuni.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="374"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="377"/>
        <source>None</source>
        <translation>Fără</translation>
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
        <translation>Numele gazdei sau adresa proxy-ului.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="388"/>
        <source>Proxy server</source>
        <translation>Server proxy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="396"/>
        <source>Empty for the usual port: 8080 for HTTP, 1080 for SOCKS5.</source>
        <translation>Gol pentru portul obișnuit: 8080 pentru HTTP, 1080 pentru SOCKS5.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="397"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="406"/>
        <source>Only if the proxy asks for one.</source>
        <translation>Doar dacă proxy-ul cere unul.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="407"/>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="415"/>
        <source>Kept in the system&apos;s password store, never in a file.</source>
        <translation>Păstrată în depozitul de parole al sistemului, niciodată într-un fișier.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="416"/>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="27"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="28"/>
        <source>Conversations</source>
        <translation>Conversații</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="29"/>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="30"/>
        <source>Writing</source>
        <translation>Scriere</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="31"/>
        <source>Picture viewer</source>
        <translation>Vizualizator de imagini</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="32"/>
        <source>Calls</source>
        <translation>Apeluri</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="51"/>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="52"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="56"/>
        <source>Close the panel, back to the message field</source>
        <translation>Închide panoul, înapoi la câmpul de mesaj</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="63"/>
        <source>Find a conversation or a person</source>
        <translation>Găsește o conversație sau o persoană</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="67"/>
        <source>Previous conversation</source>
        <translation>Conversația anterioară</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="70"/>
        <source>Next conversation</source>
        <translation>Conversația următoare</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="75"/>
        <source>Previous unread conversation</source>
        <translation>Conversația necitită anterioară</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="81"/>
        <source>Next unread conversation</source>
        <translation>Conversația necitită următoare</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="84"/>
        <source>New conversation</source>
        <translation>Conversație nouă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="88"/>
        <source>Join a room by its name or address</source>
        <translation>Alătură-te unei camere după nume sau adresă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="94"/>
        <source>Search in this conversation</source>
        <translation>Caută în această conversație</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="98"/>
        <source>Conversation menu</source>
        <translation>Meniul conversației</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="104"/>
        <source>Select messages (from the message field)</source>
        <translation>Selectează mesaje (din câmpul de mesaj)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="109"/>
        <source>Older message</source>
        <translation>Mesajul mai vechi</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="114"/>
        <source>Newer message</source>
        <translation>Mesajul mai nou</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="121"/>
        <source>Scroll a page</source>
        <translation>Derulează o pagină</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="125"/>
        <source>Reply</source>
        <translation>Răspunde</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="127"/>
        <source>Edit your message</source>
        <translation>Editează-ți mesajul</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="130"/>
        <source>Reply in a thread</source>
        <translation>Răspunde într-un fir</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="135"/>
        <source>React</source>
        <translation>Reacționează</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="142"/>
        <source>Copy the text</source>
        <translation>Copiază textul</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="147"/>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="152"/>
        <source>More actions</source>
        <translation>Mai multe acțiuni</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="159"/>
        <source>Open the picture</source>
        <translation>Deschide imaginea</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="166"/>
        <source>Back to the message field</source>
        <translation>Înapoi la câmpul de mesaj</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="174"/>
        <source>Send (or a new line, as set in Settings)</source>
        <translation>Trimite (sau rând nou, după cum e setat în Setări)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="181"/>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="188"/>
        <source>New line</source>
        <translation>Rând nou</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="195"/>
        <source>Edit your last message (in an empty field)</source>
        <translation>Editează-ți ultimul mesaj (într-un câmp gol)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="202"/>
        <source>Complete a name, emoji or command</source>
        <translation>Completează un nume, un emoji sau o comandă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="209"/>
        <source>Cancel the reply or the edit; in an empty field, back to the list</source>
        <translation>Anulează răspunsul sau editarea; într-un câmp gol, înapoi la listă</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="213"/>
        <source>Send files</source>
        <translation>Trimite fișiere</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="217"/>
        <source>Paste a picture or files</source>
        <translation>Lipește o imagine sau fișiere</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="224"/>
        <source>Send the voice message being recorded</source>
        <translation>Trimite mesajul vocal în curs de înregistrare</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="231"/>
        <source>Throw away the voice message being recorded</source>
        <translation>Renunță la mesajul vocal în curs de înregistrare</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="239"/>
        <source>Previous or next picture</source>
        <translation>Imaginea anterioară sau următoare</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="246"/>
        <source>Zoom in or out</source>
        <translation>Mărește sau micșorează</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="251"/>
        <source>Actual size</source>
        <translation>Dimensiunea reală</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="256"/>
        <source>Save the picture</source>
        <translation>Salvează imaginea</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="262"/>
        <source>Answer a call</source>
        <translation>Răspunde la un apel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="265"/>
        <source>Decline a call</source>
        <translation>Refuză un apel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="268"/>
        <source>Mute or unmute the microphone</source>
        <translation>Oprește sau pornește microfonul</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="271"/>
        <source>Turn the camera on or off</source>
        <translation>Pornește sau oprește camera</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="273"/>
        <source>Hang up</source>
        <translation>Închide apelul</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="277"/>
        <source>Leave the call screen (the call goes on)</source>
        <translation>Părăsește ecranul apelului (apelul continuă)</translation>
    </message>
</context>
</TS>
