<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="47"/>
        <source>About Messenger</source>
        <translation>À propos de Messenger</translation>
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
        <translation>Une messagerie rapide, légère et sûre pour le réseau Matrix. Logiciel libre sous licence %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="95"/>
        <location filename="../../resources/qml/AboutDialog.qml" line="98"/>
        <source>The project&apos;s home page</source>
        <translation>Le site du projet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="106"/>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="129"/>
        <source>Components and their licences</source>
        <translation>Composants et leurs licences</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="139"/>
        <source>%1 %2, licence %3</source>
        <translation>%1 %2, licence %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="198"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="73"/>
        <location filename="../../resources/qml/AccountPage.qml" line="77"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="94"/>
        <source>Save the display name</source>
        <translation>Enregistrer le nom affiché</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="116"/>
        <source>Your Matrix ID: %1</source>
        <translation>Votre identifiant Matrix : %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="124"/>
        <source>Uploading…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Change picture…</source>
        <translation>Changer l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Set a picture…</source>
        <translation>Définir une image…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="133"/>
        <source>Remove picture</source>
        <translation>Supprimer l&apos;image</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="146"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="153"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="157"/>
        <source>Everywhere you are signed in. Sign out a device you no longer use or do not know.</source>
        <translation>Partout où vous êtes connecté. Déconnectez un appareil que vous n&apos;utilisez plus ou que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="218"/>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="230"/>
        <location filename="../../resources/qml/AccountPage.qml" line="232"/>
        <source>Name of this device</source>
        <translation>Nom de cet appareil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="258"/>
        <source>Rename this device</source>
        <translation>Renommer cet appareil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <location filename="../../resources/qml/AccountPage.qml" line="381"/>
        <source>Sign out</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="273"/>
        <source>Sign out %1</source>
        <translation>Déconnecter %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="289"/>
        <source>Sign out all other devices</source>
        <translation>Déconnecter tous les autres appareils</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="296"/>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="302"/>
        <location filename="../../resources/qml/AccountPage.qml" line="304"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="311"/>
        <location filename="../../resources/qml/AccountPage.qml" line="313"/>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="319"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="327"/>
        <source>Sign out my other devices</source>
        <translation>Déconnecter mes autres appareils</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="328"/>
        <source>Anyone who has your old password is signed out too.</source>
        <translation>Toute personne qui connaît votre ancien mot de passe est aussi déconnectée.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Changing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="379"/>
        <source>Sign out all other devices?</source>
        <translation>Déconnecter tous les autres appareils ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="380"/>
        <source>Only this device stays signed in. The others need your password to sign in again.</source>
        <translation>Seul cet appareil reste connecté. Les autres auront besoin de votre mot de passe pour se reconnecter.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="394"/>
        <source>Choose your picture</source>
        <translation>Choisir votre image</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="396"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="67"/>
        <source>Confirm it is you</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="76"/>
        <source>Your server asks for the password of %1 before it does this.</source>
        <translation>Votre serveur demande le mot de passe de %1 avant de le faire.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="84"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="87"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="109"/>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="114"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="121"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>AddToSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="42"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="53"/>
        <source>Search conversations and spaces</source>
        <translation>Rechercher des conversations et des espaces</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="57"/>
        <source>Search rooms to add</source>
        <translation>Rechercher des salons à ajouter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="90"/>
        <source>%1, space</source>
        <translation>%1, espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="118"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="145"/>
        <source>All your conversations are in this space already.</source>
        <translation>Toutes vos conversations sont déjà dans cet espace.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="146"/>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="169"/>
        <source>Adding</source>
        <translation>Ajout en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="173"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add (%1)</source>
        <translation>Ajouter (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="181"/>
        <source>Add the chosen rooms to the space</source>
        <translation>Ajouter les salons choisis à l&apos;espace</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="24"/>
        <location filename="../../resources/qml/ArchivePanel.qml" line="48"/>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="42"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Retour aux conversations (Échap)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="63"/>
        <source>Conversations you left. Their history stays here, read-only, until you forget them.</source>
        <translation>Les conversations que vous avez quittées. Leur historique reste ici, en lecture seule, jusqu&apos;à ce que vous les oubliiez.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="79"/>
        <source>Archived conversations</source>
        <translation>Conversations archivées</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="105"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="176"/>
        <source>Loading the archive</source>
        <translation>Chargement des archives</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="197"/>
        <source>No archived conversations</source>
        <translation>Aucune conversation archivée</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="206"/>
        <source>When you leave a conversation, its history is kept here until you forget it.</source>
        <translation>Quand vous quittez une conversation, son historique est conservé ici jusqu&apos;à ce que vous l&apos;oubliiez.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="229"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="234"/>
        <source>Rejoin</source>
        <translation>Rejoindre à nouveau</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="239"/>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
</context>
<context>
    <name>BlockedPeople</name>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="24"/>
        <source>Blocked people</source>
        <translation>Personnes bloquées</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="33"/>
        <source>You have not blocked anyone. To block someone, open their profile from a conversation&apos;s members.</source>
        <translation>Vous n&apos;avez bloqué personne. Pour bloquer quelqu&apos;un, ouvrez son profil depuis les membres d&apos;une conversation.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="34"/>
        <source>You see no messages or invitations from them, on any of your devices.</source>
        <translation>Vous ne voyez plus leurs messages ni leurs invitations, sur aucun de vos appareils.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblocking…</source>
        <translation>Déblocage…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="80"/>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="17"/>
        <source>Back to the call with %1, %2</source>
        <translation>Retour à l&apos;appel avec %1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Réactiver le micro (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Couper le micro (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Raccrocher (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CallDevicesPopup</name>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="50"/>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="101"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="108"/>
        <source>Microphone</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="114"/>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="120"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="32"/>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="193"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Retour aux conversations (Échap)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="229"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Unmute</source>
        <translation>Réactiver le micro</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Mute</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Réactiver le micro (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Couper le micro (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Stop video</source>
        <translation>Couper la vidéo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Start video</source>
        <translation>Activer la vidéo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="282"/>
        <source>(Ctrl+E)</source>
        <translation>(Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Share screen</source>
        <translation>Partager l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="298"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="299"/>
        <source>Choose microphone, speaker and camera</source>
        <translation>Choisir le micro, le haut-parleur et la caméra</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <source>End call</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Raccrocher (Ctrl+Maj+H)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="120"/>
        <source>Select a conversation</source>
        <translation>Sélectionnez une conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="175"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="177"/>
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n abonné</numerusform>
            <numerusform>%n abonnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="198"/>
        <source>Voice call</source>
        <translation>Appel vocal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="208"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="215"/>
        <source>Search in this conversation (Ctrl+F)</source>
        <translation>Rechercher dans cette conversation (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="223"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="232"/>
        <source>More actions (Ctrl+Shift+M)</source>
        <translation>Plus d&apos;actions (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="245"/>
        <source>Invite people…</source>
        <translation>Inviter des personnes…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="253"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="261"/>
        <source>Leave conversation</source>
        <translation>Quitter la conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="299"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="502"/>
        <source>Jump to the first unread message</source>
        <translation>Aller au premier message non lu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="518"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="519"/>
        <source>Jump to the newest message</source>
        <translation>Aller au message le plus récent</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="555"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="556"/>
        <source>Join the conversation</source>
        <translation>Rejoindre la conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="562"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="563"/>
        <source>Decline the invitation</source>
        <translation>Refuser l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="600"/>
        <source>This conversation has been replaced and is no longer active.</source>
        <translation>Cette conversation a été remplacée et n&apos;est plus active.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Joining…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Go to the new conversation</source>
        <translation>Aller à la nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="635"/>
        <source>Only admins can post in this channel</source>
        <translation>Seuls les administrateurs peuvent publier dans ce canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="636"/>
        <source>Your role does not allow posting here</source>
        <translation>Votre rôle ne permet pas de publier ici</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="672"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="677"/>
        <source>Reply in thread</source>
        <translation>Répondre dans un fil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="682"/>
        <source>React…</source>
        <translation>Réagir…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="690"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="697"/>
        <source>Add to My stickers</source>
        <translation>Ajouter à Mes autocollants</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="705"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="710"/>
        <source>Copy link to message</source>
        <translation>Copier le lien du message</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="715"/>
        <source>Forward…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="731"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="743"/>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="803"/>
        <source>Open this link?</source>
        <translation>Ouvrir ce lien ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="804"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="833"/>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="862"/>
        <source>Drop files here to send them</source>
        <translation>Déposez des fichiers ici pour les envoyer</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="167"/>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="170"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="171"/>
        <source>Add to dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="203"/>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="209"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="215"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="223"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="295"/>
        <source>Edit message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="296"/>
        <source>Reply to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="318"/>
        <source>Cancel editing (Esc)</source>
        <translation>Annuler la modification (Échap)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="319"/>
        <source>Cancel the reply (Esc)</source>
        <translation>Annuler la réponse (Échap)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="335"/>
        <source>Attach files (Ctrl+O)</source>
        <translation>Joindre des fichiers (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="346"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="357"/>
        <source>Stickers</source>
        <translation>Autocollants</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="375"/>
        <source>Write a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="387"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Save the edit</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="482"/>
        <source>Record a voice message (hold to talk)</source>
        <translation>Enregistrer un message vocal (maintenir pour parler)</translation>
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
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="29"/>
        <source>Recently used</source>
        <translation>Utilisés récemment</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="30"/>
        <source>Smileys &amp; emotion</source>
        <translation>Smileys et émotions</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="31"/>
        <source>People &amp; body</source>
        <translation>Personnes et corps</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="32"/>
        <source>Animals &amp; nature</source>
        <translation>Animaux et nature</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="33"/>
        <source>Food &amp; drink</source>
        <translation>Nourriture et boissons</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="34"/>
        <source>Travel &amp; places</source>
        <translation>Voyages et lieux</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="35"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="36"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="37"/>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="38"/>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="41"/>
        <source>Default skin tone</source>
        <translation>Teint par défaut</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="42"/>
        <source>Light skin tone</source>
        <translation>Teint clair</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="43"/>
        <source>Medium-light skin tone</source>
        <translation>Teint moyennement clair</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="44"/>
        <source>Medium skin tone</source>
        <translation>Teint moyen</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="45"/>
        <source>Medium-dark skin tone</source>
        <translation>Teint moyennement foncé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="46"/>
        <source>Dark skin tone</source>
        <translation>Teint foncé</translation>
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
        <translation>Rechercher un emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="188"/>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="209"/>
        <source>Emoji categories</source>
        <translation>Catégories d&apos;emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="265"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="374"/>
        <source>Loading emoji</source>
        <translation>Chargement des emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="385"/>
        <source>No emoji match “%1”</source>
        <translation>Aucun emoji ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="386"/>
        <source>Emoji you use will show up here</source>
        <translation>Les emoji que vous utilisez apparaîtront ici</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="412"/>
        <source>Pick an emoji</source>
        <translation>Choisir un emoji</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="459"/>
        <source>Skin tone: %1</source>
        <translation>Teint : %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="461"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="492"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="497"/>
        <source>Skin tone</source>
        <translation>Teint</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="22"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="23"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="24"/>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="25"/>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>Edit folder</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="114"/>
        <source>Folder name, e.g. Work</source>
        <translation>Nom du dossier, p. ex. Travail</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="117"/>
        <source>Folder name</source>
        <translation>Nom du dossier</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="124"/>
        <source>Include every conversation that is</source>
        <translation>Inclure toutes les conversations qui sont</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="169"/>
        <source>Leave out muted conversations</source>
        <translation>Exclure les conversations en sourdine</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="196"/>
        <source>And these conversations</source>
        <translation>Et ces conversations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/FolderDialog.qml" line="197"/>
        <source>And %n chosen conversation(s)</source>
        <translation>
            <numerusform>Et %n conversation choisie</numerusform>
            <numerusform>Et %n conversations choisies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="207"/>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="211"/>
        <source>Search conversations to add</source>
        <translation>Rechercher des conversations à ajouter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="265"/>
        <source>No conversation matches</source>
        <translation>Aucune conversation ne correspond</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="274"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>ForgetRoomDialog</name>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="14"/>
        <source>Forget “%1”?</source>
        <translation>Oublier « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="21"/>
        <source>Its messages will be deleted from this computer and you will not be able to read them again unless you rejoin.</source>
        <translation>Ses messages seront supprimés de cet ordinateur et vous ne pourrez plus les lire, sauf si vous la rejoignez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="22"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="44"/>
        <source>Forward to…</source>
        <translation>Transférer à…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="53"/>
        <location filename="../../resources/qml/ForwardDialog.qml" line="56"/>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="118"/>
        <source>Incoming video call while you are in a call</source>
        <translation>Appel vidéo entrant pendant un appel</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="119"/>
        <source>Incoming voice call while you are in a call</source>
        <translation>Appel vocal entrant pendant un appel</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming video call</source>
        <translation>Appel vidéo entrant</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming voice call</source>
        <translation>Appel vocal entrant</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="133"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="135"/>
        <source>Decline (Ctrl+Shift+D)</source>
        <translation>Refuser (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="142"/>
        <source>Hang up and answer</source>
        <translation>Raccrocher et répondre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer with video</source>
        <translation>Répondre en vidéo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="145"/>
        <source>(Ctrl+Shift+A)</source>
        <translation>(Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="155"/>
        <source>Answer with voice only</source>
        <translation>Répondre en audio uniquement</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="47"/>
        <source>Invite to “%1”</source>
        <translation>Inviter dans « %1 »</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="57"/>
        <source>User ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="58"/>
        <source>@bob:example.org</source>
        <translation>@bob:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="59"/>
        <source>User ID of the person to invite</source>
        <translation>Identifiant de la personne à inviter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="82"/>
        <source>Invite with a link</source>
        <translation>Inviter avec un lien</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="103"/>
        <source>Invite with a link or QR code</source>
        <translation>Inviter avec un lien ou un code QR</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="116"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Inviting…</source>
        <translation>Invitation…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="124"/>
        <source>Send the invitation</source>
        <translation>Envoyer l&apos;invitation</translation>
    </message>
</context>
<context>
    <name>InviteLinkDialog</name>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="15"/>
        <source>Invite link to “%1”</source>
        <translation>Lien d&apos;invitation vers « %1 »</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="22"/>
        <source>Link to %1</source>
        <translation>Lien vers %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="64"/>
        <source>Whoever opens the link can start a chat with this person.</source>
        <translation>Toute personne qui ouvre le lien peut discuter avec cette personne.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="65"/>
        <source>Anyone with the link can see the conversation&apos;s name and picture, and join if its settings allow.</source>
        <translation>Toute personne disposant du lien voit le nom et l&apos;image de la conversation, et peut la rejoindre si ses paramètres le permettent.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="85"/>
        <source>QR code of the link</source>
        <translation>Code QR du lien</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="91"/>
        <source>Making the link</source>
        <translation>Création du lien</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="116"/>
        <source>The link</source>
        <translation>Le lien</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="137"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="144"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="152"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
</context>
<context>
    <name>KeywordsEditor</name>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="32"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="43"/>
        <source>Saving keywords</source>
        <translation>Enregistrement des mots-clés</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="50"/>
        <source>Messages containing one of these words notify you as a mention does, in every conversation that is not muted.</source>
        <translation>Les messages contenant l&apos;un de ces mots vous notifient comme une mention, dans toutes les conversations qui ne sont pas en sourdine.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="96"/>
        <source>Remove the keyword “%1”</source>
        <translation>Supprimer le mot-clé « %1 »</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="112"/>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="119"/>
        <source>Add a keyword</source>
        <translation>Ajouter un mot-clé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="131"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>LeftRoomBar</name>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You were banned from this conversation</source>
        <translation>Vous avez été banni de cette conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You left this conversation</source>
        <translation>Vous avez quitté cette conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Rejoining</source>
        <translation>Retour en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Forgetting</source>
        <translation>Oubli en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoining…</source>
        <translation>Retour…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoin</source>
        <translation>Rejoindre à nouveau</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="61"/>
        <source>Join this conversation again</source>
        <translation>Rejoindre à nouveau cette conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="66"/>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="69"/>
        <source>Forget this conversation</source>
        <translation>Oublier cette conversation</translation>
    </message>
</context>
<context>
    <name>LevelField</name>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="15"/>
        <source>Custom level</source>
        <translation>Niveau personnalisé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="40"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="71"/>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="78"/>
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="81"/>
        <source>Set %1</source>
        <translation>Appliquer %1</translation>
    </message>
</context>
<context>
    <name>LinkPreviewDialog</name>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="69"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Loading the room</source>
        <translation>Chargement du salon</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Joining</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="101"/>
        <source>This room can&apos;t be previewed. It may be private, or the link may be wrong.</source>
        <translation>Impossible d&apos;afficher un aperçu de ce salon. Il est peut-être privé, ou le lien est erroné.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="117"/>
        <source>Its admins let people in. They will see your request.</source>
        <translation>Ses administrateurs font entrer les gens. Ils verront votre demande.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="118"/>
        <source>Request sent. You will be let in when an admin approves it.</source>
        <translation>Demande envoyée. Vous serez admis dès qu&apos;un administrateur l&apos;aura acceptée.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="119"/>
        <source>You are invited.</source>
        <translation>Vous êtes invité.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="120"/>
        <source>You are banned from this room.</source>
        <translation>Vous êtes banni de ce salon.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="121"/>
        <source>This room is invite only. Ask a member to invite you.</source>
        <translation>Ce salon est sur invitation uniquement. Demandez à un membre de vous inviter.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="130"/>
        <source>Message to the admins (optional)</source>
        <translation>Message aux administrateurs (facultatif)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="131"/>
        <source>Hi, I&apos;d like to join</source>
        <translation>Bonjour, j&apos;aimerais rejoindre le salon</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="132"/>
        <source>Message to the admins</source>
        <translation>Message aux administrateurs</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="160"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="168"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="169"/>
        <source>Joining…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join space</source>
        <translation>Rejoindre l&apos;espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="171"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="172"/>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Ask to join</source>
        <translation>Demander à rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="181"/>
        <source>Ask to join %1</source>
        <translation>Demander à rejoindre %1</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="34"/>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <location filename="../../resources/qml/LoginPage.qml" line="102"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="42"/>
        <source>Use your Matrix account. Your password is sent only to your homeserver.</source>
        <translation>Utilisez votre compte Matrix. Votre mot de passe n&apos;est envoyé qu&apos;à votre serveur d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="52"/>
        <location filename="../../resources/qml/LoginPage.qml" line="54"/>
        <source>Homeserver</source>
        <translation>Serveur d&apos;accueil</translation>
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
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="65"/>
        <source>alice or @alice:matrix.org</source>
        <translation>alice ou @alice:matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="75"/>
        <location filename="../../resources/qml/LoginPage.qml" line="77"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
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
        <translation>Démarrage</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="291"/>
        <source>Leave “%1”?</source>
        <translation>Quitter « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="292"/>
        <source>You will stop receiving its messages. To come back, you may need a new invitation.</source>
        <translation>Vous ne recevrez plus ses messages. Pour revenir, il vous faudra peut-être une nouvelle invitation.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="293"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="303"/>
        <source>Sign out?</source>
        <translation>Se déconnecter ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="304"/>
        <source>Your conversations will be removed from this computer. Sign in as %1 to see them again.</source>
        <translation>Vos conversations seront supprimées de cet ordinateur. Connectez-vous en tant que %1 pour les retrouver.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="306"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="318"/>
        <source>Start a chat with %1?</source>
        <translation>Démarrer une conversation avec %1 ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="319"/>
        <source>You have no conversation with them yet. Starting one sends them an invitation.</source>
        <translation>Vous n&apos;avez pas encore de conversation avec cette personne. En démarrer une lui envoie une invitation.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="320"/>
        <source>Start chat</source>
        <translation>Démarrer la conversation</translation>
    </message>
</context>
<context>
    <name>MediaCachePanel</name>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="31"/>
        <source>Media cache</source>
        <translation>Cache des médias</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="39"/>
        <source>Clearing…</source>
        <translation>Vidage…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="49"/>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="75"/>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="73"/>
        <source>Clear the media cache?</source>
        <translation>Vider le cache des médias ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="74"/>
        <source>Pictures, videos and files are downloaded again when you look at them. Your messages stay.</source>
        <translation>Les images, vidéos et fichiers seront téléchargés à nouveau quand vous les regarderez. Vos messages restent.</translation>
    </message>
</context>
<context>
    <name>MediaContent</name>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="29"/>
        <source>Download failed. Try again</source>
        <translation>Échec du téléchargement. Réessayer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download (%1)</source>
        <translation>Télécharger (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="98"/>
        <source>Sticker: %1</source>
        <translation>Autocollant : %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="99"/>
        <source>Photo: %1</source>
        <translation>Photo : %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="147"/>
        <source>This picture cannot be shown.</source>
        <translation>Impossible d&apos;afficher cette image.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="217"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="251"/>
        <source>Downloading… %1</source>
        <translation>Téléchargement… %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="292"/>
        <source>Save to Downloads</source>
        <translation>Enregistrer dans Téléchargements</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="309"/>
        <source>Uploading, %1%</source>
        <translation>Envoi en cours, %1 %</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="338"/>
        <source>Cancel the upload</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>MediaPlayerContent</name>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="121"/>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="204"/>
        <source>Save to Downloads</source>
        <translation>Enregistrer dans Téléchargements</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="293"/>
        <source>Pause %1</source>
        <translation>Mettre %1 en pause</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="294"/>
        <source>Play %1</source>
        <translation>Lire %1</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="114"/>
        <source>Plus and minus zoom, 0 fits the picture, Left and Right go to the previous or next one, Esc closes</source>
        <translation>Plus et moins zooment, 0 ajuste l&apos;image, les flèches gauche et droite passent à la précédente ou à la suivante, Échap ferme</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="152"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="167"/>
        <source>Save to Downloads (Ctrl+S)</source>
        <translation>Enregistrer dans Téléchargements (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="174"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="189"/>
        <source>Previous (Left)</source>
        <translation>Précédente (flèche gauche)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="202"/>
        <source>Next (Right)</source>
        <translation>Suivante (flèche droite)</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="23"/>
        <location filename="../../resources/qml/MemberList.qml" line="117"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="56"/>
        <location filename="../../resources/qml/MemberList.qml" line="64"/>
        <source>Find a member</source>
        <translation>Rechercher un membre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="98"/>
        <source>Roles and permissions</source>
        <translation>Rôles et autorisations</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="99"/>
        <source>Roles and permissions of this conversation</source>
        <translation>Rôles et autorisations de cette conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="161"/>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="164"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="165"/>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="212"/>
        <source>(you)</source>
        <translation>(vous)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="281"/>
        <source>Asking to join</source>
        <translation>Demandes d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="297"/>
        <source>asks to join</source>
        <translation>demande à rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="339"/>
        <source>Approve</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="340"/>
        <source>Let %1 in</source>
        <translation>Faire entrer %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="349"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="350"/>
        <source>Turn down %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="378"/>
        <source>Banned</source>
        <translation>Bannis</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="394"/>
        <source>banned</source>
        <translation>banni</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="428"/>
        <source>Unban</source>
        <translation>Lever le bannissement</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="429"/>
        <source>Unban %1</source>
        <translation>Lever le bannissement de %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="443"/>
        <source>Loading members</source>
        <translation>Chargement des membres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="458"/>
        <source>No members to show</source>
        <translation>Aucun membre à afficher</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="459"/>
        <source>No members match “%1”</source>
        <translation>Aucun membre ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="497"/>
        <source>Remove %1?</source>
        <translation>Retirer %1 ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="498"/>
        <source>Ban %1?</source>
        <translation>Bannir %1 ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="499"/>
        <source>Delete the recent messages of %1?</source>
        <translation>Supprimer les messages récents de %1 ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="500"/>
        <source>They leave the conversation and can come back if invited again.</source>
        <translation>Cette personne quitte la conversation et peut revenir si elle est de nouveau invitée.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="501"/>
        <source>They leave the conversation and cannot come back until unbanned.</source>
        <translation>Cette personne quitte la conversation et ne peut pas revenir tant qu&apos;elle est bannie.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="502"/>
        <source>Counting their messages…</source>
        <translation>Comptage de ses messages…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="503"/>
        <source>This device holds no messages of theirs.</source>
        <translation>Cet appareil ne contient aucun message de cette personne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/MemberList.qml" line="504"/>
        <source>%n message(s) will be deleted for everyone.</source>
        <translation>
            <numerusform>%n message sera supprimé pour tout le monde.</numerusform>
            <numerusform>%n messages seront supprimés pour tout le monde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>MessageActionBar</name>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="49"/>
        <source>React with %1</source>
        <translation>Réagir avec %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="68"/>
        <source>Add a reaction</source>
        <translation>Ajouter une réaction</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="74"/>
        <source>Reply (R)</source>
        <translation>Répondre (R)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="80"/>
        <source>Reply in a thread (T)</source>
        <translation>Répondre dans un fil (T)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="87"/>
        <source>Edit (E)</source>
        <translation>Modifier (E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="94"/>
        <source>Delete (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="102"/>
        <source>More actions (Menu)</source>
        <translation>Plus d&apos;actions (Menu)</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="199"/>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="221"/>
        <source>%1, shown; collapse</source>
        <translation>%1, affiché ; réduire</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="222"/>
        <source>%1; show all</source>
        <translation>%1 ; tout afficher</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="265"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="420"/>
        <source>Reply to %1: %2</source>
        <translation>Réponse à %1 : %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="546"/>
        <source>Posted by %1</source>
        <translation>Publié par %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="551"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="572"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="573"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="622"/>
        <source>%1 %2, by %3</source>
        <translation>%1 %2, par %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="625"/>
        <source>%1 reacted with %2</source>
        <translation>%1 a réagi avec %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="663"/>
        <source>Thread: %1</source>
        <translation>Fil : %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="713"/>
        <source>Read by %1</source>
        <translation>Lu par %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="738"/>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="746"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="748"/>
        <source>Retry sending</source>
        <translation>Réessayer l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="753"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="755"/>
        <source>Delete the unsent message</source>
        <translation>Supprimer le message non envoyé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="767"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>ModerationDialog</name>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="72"/>
        <source>Reason (optional, everyone sees it)</source>
        <translation>Motif (facultatif, visible par tous)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="73"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="82"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="59"/>
        <source>Chat or group</source>
        <translation>Discussion ou groupe</translation>
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
        <translation>Nom du canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="108"/>
        <source>Description (optional)</source>
        <translation>Description (facultative)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="109"/>
        <source>Channel description</source>
        <translation>Description du canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="116"/>
        <source>Anyone with the link can join</source>
        <translation>Toute personne disposant du lien peut rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="152"/>
        <source>You and the moderators you choose post; everyone else reads and reacts.</source>
        <translation>Vous et les modérateurs de votre choix publiez ; les autres lisent et réagissent.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="159"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="160"/>
        <source>@bob:example.org, @carol:example.org</source>
        <translation>@bob:example.org, @carol:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="161"/>
        <source>People to invite</source>
        <translation>Personnes à inviter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="169"/>
        <source>Group name (leave empty for a direct chat)</source>
        <translation>Nom du groupe (laisser vide pour une discussion privée)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="170"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="177"/>
        <source>Browse public rooms…</source>
        <translation>Parcourir les salons publics…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="178"/>
        <source>Browse public rooms or join by address (Ctrl+Shift+J)</source>
        <translation>Parcourir les salons publics ou rejoindre par adresse (Ctrl+Maj+J)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="189"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Create channel</source>
        <translation>Créer le canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Create the channel</source>
        <translation>Créer le canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Start the conversation</source>
        <translation>Démarrer la conversation</translation>
    </message>
</context>
<context>
    <name>NewSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="53"/>
        <source>New space</source>
        <translation>Nouvel espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="64"/>
        <source>A space gathers rooms and groups for a community. Its admins choose its rooms.</source>
        <translation>Un espace réunit des salons et des groupes pour une communauté. Ses administrateurs choisissent ses salons.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="70"/>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="71"/>
        <source>Space name</source>
        <translation>Nom de l&apos;espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="79"/>
        <source>Description (optional)</source>
        <translation>Description (facultative)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="80"/>
        <source>Space description</source>
        <translation>Description de l&apos;espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="89"/>
        <source>Anyone can find and join</source>
        <translation>Tout le monde peut le trouver et le rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="90"/>
        <source>Listed in the server&apos;s directory; anyone can join.</source>
        <translation>Listé dans l&apos;annuaire du serveur ; tout le monde peut le rejoindre.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="91"/>
        <source>Only people you invite can join.</source>
        <translation>Seules les personnes que vous invitez peuvent le rejoindre.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="98"/>
        <source>Start with an announcements channel</source>
        <translation>Commencer avec un canal d&apos;annonces</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="99"/>
        <source>Where its admins post and every member reads.</source>
        <translation>Les administrateurs y publient et tous les membres le lisent.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="119"/>
        <source>Creating the space</source>
        <translation>Création de l&apos;espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="123"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Create space</source>
        <translation>Créer l&apos;espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="131"/>
        <source>Create the space</source>
        <translation>Créer l&apos;espace</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../resources/qml/Notice.qml" line="40"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>PinnedBar</name>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="22"/>
        <source>Pinned messages</source>
        <translation>Messages épinglés</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="43"/>
        <source>Pinned message %1 of %2, from %3: %4. Show it</source>
        <translation>Message épinglé %1 sur %2, de %3 : %4. L&apos;afficher</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="46"/>
        <source>Pinned message from %1: %2. Show it</source>
        <translation>Message épinglé de %1 : %2. L&apos;afficher</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <location filename="../../resources/qml/PinnedBar.qml" line="90"/>
        <source>Pinned message</source>
        <translation>Message épinglé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="122"/>
        <source>Unpin this message</source>
        <translation>Désépingler ce message</translation>
    </message>
</context>
<context>
    <name>PlayPauseButton</name>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="20"/>
        <source>Stop loading %1</source>
        <translation>Arrêter le chargement de %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Pause %1</source>
        <translation>Mettre %1 en pause</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Play %1</source>
        <translation>Lire %1</translation>
    </message>
</context>
<context>
    <name>PowerLevelEditor</name>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="29"/>
        <source>Send messages</source>
        <translation>Envoyer des messages</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="30"/>
        <source>React to messages</source>
        <translation>Réagir aux messages</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="31"/>
        <source>Invite people</source>
        <translation>Inviter des personnes</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="32"/>
        <source>Delete others&apos; messages</source>
        <translation>Supprimer les messages des autres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="33"/>
        <source>Pin messages</source>
        <translation>Épingler des messages</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="34"/>
        <source>Start calls</source>
        <translation>Lancer des appels</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="35"/>
        <source>Notify everyone with @room</source>
        <translation>Notifier tout le monde avec @room</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="36"/>
        <source>Remove people</source>
        <translation>Retirer des personnes</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="37"/>
        <source>Ban people</source>
        <translation>Bannir des personnes</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="38"/>
        <source>Change name, topic and picture</source>
        <translation>Modifier le nom, le sujet et l&apos;image</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="39"/>
        <source>Change who can join and read history</source>
        <translation>Modifier qui peut rejoindre et lire l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="40"/>
        <source>Change roles and permissions</source>
        <translation>Modifier les rôles et autorisations</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="63"/>
        <source>Roles and permissions</source>
        <translation>Rôles et autorisations</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="74"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="85"/>
        <source>Who may do what in this conversation. Admins have every right moderators have.</source>
        <translation>Qui peut faire quoi dans cette conversation. Les administrateurs ont tous les droits des modérateurs.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="86"/>
        <source>Your role does not allow changing these; this is who may do what here.</source>
        <translation>Votre rôle ne permet pas de les modifier ; voici qui peut faire quoi ici.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="100"/>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="155"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="156"/>
        <source>Moderators</source>
        <translation>Modérateurs</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="157"/>
        <source>Admins</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="159"/>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="160"/>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="214"/>
        <source>Custom level for %1</source>
        <translation>Niveau personnalisé pour %1</translation>
    </message>
</context>
<context>
    <name>ProfilePopup</name>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="127"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="213"/>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="214"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="215"/>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="231"/>
        <source>Send a message to %1</source>
        <translation>Envoyer un message à %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="242"/>
        <source>Share link to profile</source>
        <translation>Partager le lien du profil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="243"/>
        <source>Share a link to %1</source>
        <translation>Partager un lien vers %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="254"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="326"/>
        <source>Custom level for %1</source>
        <translation>Niveau personnalisé pour %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="345"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="347"/>
        <source>Remove %1 from the conversation</source>
        <translation>Retirer %1 de la conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="355"/>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="357"/>
        <source>Ban %1</source>
        <translation>Bannir %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="367"/>
        <source>Delete recent messages</source>
        <translation>Supprimer les messages récents</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="368"/>
        <source>Delete the recent messages of %1</source>
        <translation>Supprimer les messages récents de %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Unblocking…</source>
        <translation>Déblocage…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Blocking…</source>
        <translation>Blocage…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <location filename="../../resources/qml/ProfilePopup.qml" line="440"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Unblock %1</source>
        <translation>Débloquer %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="403"/>
        <source>Block %1?</source>
        <translation>Bloquer %1 ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="412"/>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="413"/>
        <source>Report %1 to the server&apos;s admins</source>
        <translation>Signaler %1 aux administrateurs du serveur</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="427"/>
        <source>This is you</source>
        <translation>C&apos;est vous</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="439"/>
        <source>Their messages and invitations disappear, on all your devices. They are not told; you can unblock them in Settings.</source>
        <translation>Ses messages et invitations disparaissent, sur tous vos appareils. Cette personne n&apos;est pas prévenue ; vous pouvez la débloquer dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="50"/>
        <source>Go to a conversation or a person</source>
        <translation>Aller à une conversation ou une personne</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="55"/>
        <source>Quick switcher</source>
        <translation>Accès rapide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="80"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="167"/>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="41"/>
        <source>Delete this message?</source>
        <translation>Supprimer ce message ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="49"/>
        <source>It is deleted for everyone in the conversation.</source>
        <translation>Il sera supprimé pour tous les participants.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="50"/>
        <source>It is deleted for everyone; as a moderator you may say why.</source>
        <translation>Il sera supprimé pour tout le monde ; en tant que modérateur, vous pouvez indiquer pourquoi.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="58"/>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="59"/>
        <source>Reason for deleting</source>
        <translation>Motif de la suppression</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="74"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report this message</source>
        <translation>Signaler ce message</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report %1</source>
        <translation>Signaler %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="77"/>
        <source>The admins of your server see the message and your reason. %1 is not told.</source>
        <translation>Les administrateurs de votre serveur voient le message et votre motif. %1 n&apos;est pas prévenu.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="78"/>
        <source>The admins of your server see who you report and your reason. %1 is not told.</source>
        <translation>Les administrateurs de votre serveur voient qui vous signalez et votre motif. %1 n&apos;est pas prévenu.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="88"/>
        <source>Reason (for the admins)</source>
        <translation>Motif (pour les administrateurs)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="90"/>
        <source>Reason for the report</source>
        <translation>Motif du signalement</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="107"/>
        <source>Reported. The server&apos;s admins will see it.</source>
        <translation>Signalé. Les administrateurs du serveur le verront.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Reporting…</source>
        <translation>Signalement…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="130"/>
        <source>Send the report</source>
        <translation>Envoyer le signalement</translation>
    </message>
</context>
<context>
    <name>RightPanel</name>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="100"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="101"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="102"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="109"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="110"/>
        <source>%1, %2 invited</source>
        <translation>%1, %2 invités</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="114"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="157"/>
        <source>Close %1 (Esc)</source>
        <translation>Fermer %1 (Échap)</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="49"/>
        <source>Invitation from %1, hidden because it looks like spam</source>
        <translation>Invitation de %1, masquée car elle ressemble à du spam</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="52"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="272"/>
        <source>Marked as unread</source>
        <translation>Marquée comme non lue</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="54"/>
        <source>Mentions you</source>
        <translation>Vous mentionne</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="55"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="230"/>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="56"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="281"/>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="102"/>
        <source>Invite from %1</source>
        <translation>Invitation de %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="140"/>
        <source>Hidden: it looks like spam</source>
        <translation>Masquée : ressemble à du spam</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="160"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="165"/>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="170"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="200"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="175"/>
        <source>Decline the invitation to %1</source>
        <translation>Refuser l&apos;invitation à %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="191"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="195"/>
        <source>Show the invitation from %1</source>
        <translation>Afficher l&apos;invitation de %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="205"/>
        <source>Decline the invitation from %1</source>
        <translation>Refuser l&apos;invitation de %1</translation>
    </message>
</context>
<context>
    <name>RoomDirectory</name>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="58"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="193"/>
        <source>Public rooms</source>
        <translation>Salons publics</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="67"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="81"/>
        <source>Search, or an address: #room:server</source>
        <translation>Recherche, ou une adresse : #salon:serveur</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="89"/>
        <source>Search public rooms, or a room&apos;s address to join</source>
        <translation>Rechercher des salons publics, ou l&apos;adresse d&apos;un salon à rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="123"/>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="132"/>
        <source>matrix.org</source>
        <translation>matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="140"/>
        <source>Server whose directory to show</source>
        <translation>Serveur dont afficher l&apos;annuaire</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="153"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="160"/>
        <source>The server whose public rooms are listed</source>
        <translation>Le serveur dont les salons publics sont listés</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="171"/>
        <source>The room at this address</source>
        <translation>Le salon à cette adresse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="223"/>
        <source>Loading more rooms</source>
        <translation>Chargement d&apos;autres salons</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="240"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="417"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="282"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="329"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="349"/>
        <source>Request sent: a moderator will let you in</source>
        <translation>Demande envoyée : un modérateur vous fera entrer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Sending the request</source>
        <translation>Envoi de la demande</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Joining</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Joining…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="376"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="377"/>
        <source>Request sent</source>
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Ask to join</source>
        <translation>Demander à rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="379"/>
        <source>Joining %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="380"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="381"/>
        <source>Request to join %1 sent</source>
        <translation>Demande pour rejoindre %1 envoyée</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="382"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="477"/>
        <source>Ask to join %1</source>
        <translation>Demander à rejoindre %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="383"/>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="395"/>
        <source>Loading the public rooms</source>
        <translation>Chargement des salons publics</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="432"/>
        <source>No public rooms match “%1”.</source>
        <translation>Aucun salon public ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="433"/>
        <source>%1 lists no public rooms yet.</source>
        <translation>%1 ne liste encore aucun salon public.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="487"/>
        <source>The room&apos;s moderators see your request and can let you in.</source>
        <translation>Les modérateurs du salon voient votre demande et peuvent vous faire entrer.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="495"/>
        <source>Message (optional)</source>
        <translation>Message (facultatif)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="497"/>
        <source>Message to the moderators</source>
        <translation>Message aux modérateurs</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="506"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="512"/>
        <source>Send request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="513"/>
        <source>Send the request to join %1</source>
        <translation>Envoyer la demande pour rejoindre %1</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="56"/>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="92"/>
        <source>Saved messages</source>
        <translation>Messages enregistrés</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="97"/>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="102"/>
        <location filename="../../resources/qml/RoomList.qml" line="705"/>
        <source>New folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="107"/>
        <location filename="../../resources/qml/RoomList.qml" line="803"/>
        <source>New space…</source>
        <translation>Nouvel espace…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="112"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="118"/>
        <source>Uploading avatar…</source>
        <translation>Envoi de l&apos;avatar…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="119"/>
        <source>Change my avatar…</source>
        <translation>Changer mon avatar…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="120"/>
        <source>Set my avatar…</source>
        <translation>Définir mon avatar…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="128"/>
        <source>Remove my avatar</source>
        <translation>Supprimer mon avatar</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="133"/>
        <source>Sign out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="148"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="156"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="161"/>
        <source>Copy diagnostics</source>
        <translation>Copier les diagnostics</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="166"/>
        <source>About Messenger</source>
        <translation>À propos de Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="178"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="184"/>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="215"/>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="234"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="302"/>
        <source>%1, %2 unread</source>
        <translation>%1, %2 non lus</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="367"/>
        <source>Edit folder…</source>
        <translation>Modifier le dossier…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="372"/>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="377"/>
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="382"/>
        <source>Delete folder…</source>
        <translation>Supprimer le dossier…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="405"/>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="443"/>
        <source>All conversations</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="448"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="513"/>
        <source>New space</source>
        <translation>Nouvel espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="531"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="563"/>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="564"/>
        <source>Browse the rooms of %1</source>
        <translation>Parcourir les salons de %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="567"/>
        <source>All the rooms of this space, to join or open</source>
        <translation>Tous les salons de cet espace, à rejoindre ou ouvrir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="618"/>
        <source>No conversations yet — start one with Ctrl+N</source>
        <translation>Aucune conversation pour l&apos;instant — démarrez-en une avec Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="619"/>
        <source>No conversations match “%1”</source>
        <translation>Aucune conversation ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Pin to top</source>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="666"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="670"/>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="675"/>
        <source>Mentions and keywords</source>
        <translation>Mentions et mots-clés</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="680"/>
        <source>Mute</source>
        <translation>Mettre en sourdine</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Move out of low priority</source>
        <translation>Retirer de la priorité basse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Low priority</source>
        <translation>Priorité basse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="692"/>
        <source>Add to folder</source>
        <translation>Ajouter à un dossier</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Change avatar…</source>
        <translation>Changer l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Set avatar…</source>
        <translation>Définir une image…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="723"/>
        <source>Remove avatar</source>
        <translation>Supprimer l&apos;image</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose the conversation&apos;s avatar</source>
        <translation>Choisir l&apos;image de la conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose your avatar</source>
        <translation>Choisir votre avatar</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="742"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="759"/>
        <source>Delete the folder “%1”?</source>
        <translation>Supprimer le dossier « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="764"/>
        <source>Its conversations stay in your list; only the tab goes, on your other devices too.</source>
        <translation>Ses conversations restent dans votre liste ; seul l&apos;onglet disparaît, sur vos autres appareils aussi.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="765"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="793"/>
        <source>Browse rooms</source>
        <translation>Parcourir les salons</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="798"/>
        <source>Show its conversations</source>
        <translation>Afficher ses conversations</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="94"/>
        <source>Conversation settings</source>
        <translation>Paramètres de la conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="104"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="111"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="143"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="149"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="150"/>
        <source>Conversation name</source>
        <translation>Nom de la conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="159"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="160"/>
        <source>Conversation topic</source>
        <translation>Sujet de la conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="170"/>
        <source>Change picture…</source>
        <translation>Changer l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="179"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="180"/>
        <source>Save the name and topic</source>
        <translation>Enregistrer le nom et le sujet</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="187"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="195"/>
        <source>Who can join</source>
        <translation>Qui peut rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="196"/>
        <source>Anyone with its address or link joins.</source>
        <translation>Toute personne ayant son adresse ou son lien peut rejoindre.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="197"/>
        <source>Anyone may ask; a moderator lets them in.</source>
        <translation>Tout le monde peut demander ; un modérateur fait entrer.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="198"/>
        <source>Members of its space join; others need an invitation.</source>
        <translation>Les membres de son espace peuvent rejoindre ; les autres ont besoin d&apos;une invitation.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="199"/>
        <source>Only people who are invited.</source>
        <translation>Seulement les personnes invitées.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="201"/>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="202"/>
        <source>Ask to join</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="203"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="224"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="204"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="245"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="215"/>
        <source>Who can read the history</source>
        <translation>Qui peut lire l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="216"/>
        <source>Anyone, without joining.</source>
        <translation>Tout le monde, sans rejoindre.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="217"/>
        <source>Members, from when they joined.</source>
        <translation>Les membres, depuis leur arrivée.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="218"/>
        <source>Members, from when they were invited.</source>
        <translation>Les membres, depuis leur invitation.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="219"/>
        <source>Members, all of it.</source>
        <translation>Les membres, tout l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="221"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="222"/>
        <source>Since invited</source>
        <translation>Depuis l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="223"/>
        <source>Since joined</source>
        <translation>Depuis l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="235"/>
        <source>Let guests join</source>
        <translation>Autoriser les invités</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="236"/>
        <source>People without an account on any server.</source>
        <translation>Des personnes sans compte sur aucun serveur.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="258"/>
        <source>Not in a space</source>
        <translation>Dans aucun espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="265"/>
        <source>Its space lists it, and the space&apos;s members find it there.</source>
        <translation>Son espace la liste, et les membres de l&apos;espace l&apos;y trouvent.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="276"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="277"/>
        <source>Change the conversation&apos;s space</source>
        <translation>Changer l&apos;espace de la conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="285"/>
        <source>No space</source>
        <translation>Aucun espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="304"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="313"/>
        <source>Sign posts</source>
        <translation>Signer les publications</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="314"/>
        <source>Show the name of the admin who wrote each post. Otherwise posts show as the channel&apos;s.</source>
        <translation>Afficher le nom de l&apos;administrateur qui a écrit chaque publication. Sinon, les publications apparaissent au nom du canal.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="327"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="332"/>
        <source>No address yet</source>
        <translation>Pas encore d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="344"/>
        <source>New address, e.g. climbing-club</source>
        <translation>Nouvelle adresse, p. ex. club-escalade</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="345"/>
        <source>New address</source>
        <translation>Nouvelle adresse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="352"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="353"/>
        <source>Add the address</source>
        <translation>Ajouter l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="367"/>
        <source>List in the server&apos;s directory</source>
        <translation>Lister dans l&apos;annuaire du serveur</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="368"/>
        <source>Anyone browsing the server&apos;s public conversations finds it.</source>
        <translation>Quiconque parcourt les conversations publiques du serveur la trouve.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="391"/>
        <source>Leave conversation…</source>
        <translation>Quitter la conversation…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="399"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="408"/>
        <source>Choose the conversation&apos;s picture</source>
        <translation>Choisir l&apos;image de la conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="410"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="17"/>
        <source>Search in this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="53"/>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="61"/>
        <source>Search messages in this conversation</source>
        <translation>Rechercher des messages dans cette conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="62"/>
        <source>Press Enter to search</source>
        <translation>Appuyez sur Entrée pour rechercher</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SearchPanel.qml" line="100"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="119"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="144"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="248"/>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="249"/>
        <source>Load more results</source>
        <translation>Charger plus de résultats</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="279"/>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="299"/>
        <source>No messages match “%1”</source>
        <translation>Aucun message ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="300"/>
        <source>Find messages in this conversation: type a word and press Enter.</source>
        <translation>Trouvez des messages dans cette conversation : tapez un mot et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="310"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
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
        <translation>Envoyer une photo</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="68"/>
        <source>Send a file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SendFilesDialog.qml" line="69"/>
        <source>Send %n files</source>
        <translation>
            <numerusform>Envoyer %n fichier</numerusform>
            <numerusform>Envoyer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="80"/>
        <source>In the thread</source>
        <translation>Dans le fil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="186"/>
        <source>Rotate</source>
        <translation>Pivoter</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Done cropping</source>
        <translation>Terminer le recadrage</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Crop</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="245"/>
        <source>Add a caption…</source>
        <translation>Ajouter une légende…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="249"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="264"/>
        <source>Send as file (original quality, no preview)</source>
        <translation>Envoyer en tant que fichier (qualité d&apos;origine, sans aperçu)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="288"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="293"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>SessionExpiredBar</name>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="48"/>
        <source>Your session expired — enter your password to continue.</source>
        <translation>Votre session a expiré — saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="59"/>
        <source>Messages you write meanwhile are sent once you are signed in as %1.</source>
        <translation>Les messages écrits entre-temps seront envoyés dès que vous serez connecté en tant que %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="69"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="72"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="80"/>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="86"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <location filename="../../resources/qml/SettingRow.qml" line="210"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="81"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="100"/>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="267"/>
        <source>Close settings</source>
        <translation>Fermer les paramètres</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="47"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="60"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="91"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="68"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="108"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>SpaceBrowser</name>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="69"/>
        <source>Back to %1</source>
        <translation>Retour à %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="75"/>
        <source>Rooms in %1</source>
        <translation>Salons de %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="89"/>
        <source>Add rooms</source>
        <translation>Ajouter des salons</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="90"/>
        <source>Add rooms to %1</source>
        <translation>Ajouter des salons à %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="100"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="110"/>
        <source>Search rooms</source>
        <translation>Rechercher des salons</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="116"/>
        <source>Search the rooms of this space</source>
        <translation>Rechercher dans les salons de cet espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="161"/>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="202"/>
        <source>%1, space, %2</source>
        <translation>%1, espace, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="203"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="204"/>
        <source>suggested</source>
        <translation>suggéré</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="253"/>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="270"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="303"/>
        <source>Joining</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="311"/>
        <source>More for %1</source>
        <translation>Plus pour %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="325"/>
        <source>Joining…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="326"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="328"/>
        <source>Joining %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="329"/>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Browse %1</source>
        <translation>Parcourir %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="342"/>
        <source>Loading the rooms</source>
        <translation>Chargement des salons</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="364"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="377"/>
        <source>This space has no rooms yet.</source>
        <translation>Cet espace n&apos;a pas encore de salons.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="378"/>
        <source>No rooms match “%1”</source>
        <translation>Aucun salon ne correspond à « %1 »</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Don&apos;t suggest</source>
        <translation>Ne plus suggérer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Suggest to members</source>
        <translation>Suggérer aux membres</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="401"/>
        <source>Remove from space</source>
        <translation>Retirer de l&apos;espace</translation>
    </message>
</context>
<context>
    <name>StickerPicker</name>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="102"/>
        <source>Add stickers</source>
        <translation>Ajouter des autocollants</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="104"/>
        <source>Pictures (*.png *.webp *.gif *.jpg *.jpeg)</source>
        <translation>Images (*.png *.webp *.gif *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="111"/>
        <source>Stickers</source>
        <translation>Autocollants</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="121"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="129"/>
        <source>Search stickers</source>
        <translation>Rechercher des autocollants</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="172"/>
        <source>Sticker packs</source>
        <translation>Packs d&apos;autocollants</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="181"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="183"/>
        <source>New sticker pack for this conversation</source>
        <translation>Nouveau pack d&apos;autocollants pour cette conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="283"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="336"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="338"/>
        <source>Add stickers from your computer</source>
        <translation>Ajouter des autocollants depuis votre ordinateur</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="411"/>
        <source>Make your own stickers: add pictures from your computer, or right-click a sticker someone sent.</source>
        <translation>Créez vos propres autocollants : ajoutez des images depuis votre ordinateur, ou faites un clic droit sur un autocollant reçu.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="412"/>
        <source>Add pictures from your computer: everyone in this conversation can send them.</source>
        <translation>Ajoutez des images depuis votre ordinateur : tous les participants de cette conversation pourront les envoyer.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="424"/>
        <source>No stickers found</source>
        <translation>Aucun autocollant trouvé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="451"/>
        <source>A pack everyone in this conversation can use</source>
        <translation>Un pack utilisable par tous les participants de cette conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="460"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="466"/>
        <source>Pack name</source>
        <translation>Nom du pack</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="480"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use only in its conversation</source>
        <translation>Utiliser seulement dans sa conversation</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use in every conversation</source>
        <translation>Utiliser dans toutes les conversations</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="509"/>
        <source>Remove from My stickers</source>
        <translation>Retirer de Mes autocollants</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="510"/>
        <source>Remove from this pack</source>
        <translation>Retirer de ce pack</translation>
    </message>
</context>
<context>
    <name>StorageStatus</name>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="67"/>
        <source>Messenger cannot save to disk: the disk is full. New messages wait until there is space.</source>
        <translation>Messenger ne peut pas enregistrer sur le disque : il est plein. Les nouveaux messages attendent qu’il y ait de la place.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="69"/>
        <source>Messenger cannot save to disk: it is read-only. New messages wait until it can.</source>
        <translation>Messenger ne peut pas enregistrer sur le disque : il est en lecture seule. Les nouveaux messages attendent que ce soit possible.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="71"/>
        <source>The saved conversations are damaged; restart Messenger to download them again.</source>
        <translation>Les conversations enregistrées sont endommagées ; redémarrez Messenger pour les télécharger à nouveau.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="72"/>
        <source>Messenger cannot save to disk. New messages wait until it can.</source>
        <translation>Messenger ne peut pas enregistrer sur le disque. Les nouveaux messages attendent que ce soit possible.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="79"/>
        <source>This cache was written by a newer version of Messenger: it was set aside, and your conversations are being downloaded again.</source>
        <translation>Ce cache a été écrit par une version plus récente de Messenger : il a été mis de côté, et vos conversations sont à nouveau téléchargées.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="84"/>
        <source>The saved conversations were damaged, so they are being downloaded again.</source>
        <translation>Les conversations enregistrées étaient endommagées ; elles sont donc à nouveau téléchargées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="86"/>
        <source>%n unsent message(s) could not be recovered.</source>
        <translation>
            <numerusform>%n message non envoyé n’a pas pu être récupéré.</numerusform>
            <numerusform>%n messages non envoyés n’ont pas pu être récupérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="88"/>
        <source>%n unsent message(s) were kept; others may have been lost.</source>
        <translation>
            <numerusform>%n message non envoyé a été conservé ; d’autres ont peut-être été perdus.</numerusform>
            <numerusform>%n messages non envoyés ont été conservés ; d’autres ont peut-être été perdus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="90"/>
        <source>Messages waiting to be sent, if there were any, could not be recovered.</source>
        <translation>Les messages en attente d’envoi, s’il y en avait, n’ont pas pu être récupérés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="92"/>
        <source>%n unsent message(s) were kept and will be sent.</source>
        <translation>
            <numerusform>%n message non envoyé a été conservé et sera envoyé.</numerusform>
            <numerusform>%n messages non envoyés ont été conservés et seront envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="30"/>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="60"/>
        <source>Thread messages</source>
        <translation>Messages du fil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="98"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="191"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="212"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="213"/>
        <source>Retry sending</source>
        <translation>Réessayer l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="245"/>
        <source>No replies yet</source>
        <translation>Aucune réponse pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ThreadPanel.qml" line="246"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="271"/>
        <source>Loading the thread</source>
        <translation>Chargement du fil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="296"/>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="313"/>
        <source>Send files to the thread</source>
        <translation>Envoyer des fichiers dans le fil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="344"/>
        <source>Drop files here to send them to the thread</source>
        <translation>Déposez des fichiers ici pour les envoyer dans le fil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="387"/>
        <source>Attach files to the thread (Ctrl+O)</source>
        <translation>Joindre des fichiers au fil (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="411"/>
        <source>Reply in thread…</source>
        <translation>Répondre dans le fil…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="422"/>
        <source>Reply in thread</source>
        <translation>Répondre dans le fil</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="457"/>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="80"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="176"/>
        <source>Open Messenger</source>
        <translation>Ouvrir Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="81"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="221"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="256"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="254"/>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="83"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="177"/>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="85"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="178"/>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="88"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="179"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="90"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="180"/>
        <source>Mark all as read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="94"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="181"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="219"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="37"/>
        <source>Voice message, %1</source>
        <translation>Message vocal, %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="48"/>
        <source>voice message</source>
        <translation>message vocal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="115"/>
        <source>Playback speed %1×</source>
        <translation>Vitesse de lecture %1×</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="34"/>
        <source>Recording a voice message</source>
        <translation>Enregistrement d&apos;un message vocal</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="44"/>
        <source>Cancel the recording (Esc)</source>
        <translation>Annuler l&apos;enregistrement (Échap)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="119"/>
        <source>Paused for a call: Enter sends, Esc cancels</source>
        <translation>En pause pour un appel : Entrée envoie, Échap annule</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="120"/>
        <source>Enter sends, Esc cancels</source>
        <translation>Entrée envoie, Échap annule</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="121"/>
        <source>Let go to cancel</source>
        <translation>Relâchez pour annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="122"/>
        <source>Let go to send, slide away to cancel</source>
        <translation>Relâchez pour envoyer, glissez pour annuler</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="136"/>
        <source>Send the voice message (Enter)</source>
        <translation>Envoyer le message vocal (Entrée)</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="77"/>
        <source>%1 is calling</source>
        <translation>%1 vous appelle</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming video call</source>
        <translation>Appel vidéo entrant</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming voice call</source>
        <translation>Appel vocal entrant</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="84"/>
        <source>The microphone is no longer connected.</source>
        <translation>Le micro n&apos;est plus connecté.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="87"/>
        <source>The microphone uses a sound format this app cannot read.</source>
        <translation>Le micro utilise un format audio que cette application ne sait pas lire.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="94"/>
        <source>The microphone stopped working.</source>
        <translation>Le micro a cessé de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="115"/>
        <source>The speaker is no longer connected.</source>
        <translation>Le haut-parleur n&apos;est plus connecté.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="118"/>
        <source>The speaker uses a sound format this app cannot play.</source>
        <translation>Le haut-parleur utilise un format audio que cette application ne sait pas lire.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="134"/>
        <source>The speaker stopped working.</source>
        <translation>Le haut-parleur a cessé de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="75"/>
        <source>%1 declined the call</source>
        <translation>%1 a refusé l&apos;appel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="77"/>
        <source>%1 is busy</source>
        <translation>%1 est occupé</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="79"/>
        <source>%1 did not answer</source>
        <translation>%1 n&apos;a pas répondu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="81"/>
        <source>The connection was lost</source>
        <translation>La connexion a été perdue</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="83"/>
        <source>The call could not be set up</source>
        <translation>L&apos;appel n&apos;a pas pu être établi</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="85"/>
        <source>%1 left the conversation</source>
        <translation>%1 a quitté la conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="87"/>
        <source>Answered on another device</source>
        <translation>Répondu sur un autre appareil</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="89"/>
        <source>Declined on another device</source>
        <translation>Refusé sur un autre appareil</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="91"/>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="398"/>
        <source>Calling…</source>
        <translation>Appel…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="400"/>
        <source>Ringing…</source>
        <translation>Sonnerie…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="402"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="529"/>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="540"/>
        <source>You are already in a call.</source>
        <translation>Vous êtes déjà en communication.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="537"/>
        <source>Calls are only possible in a conversation between two people.</source>
        <translation>Les appels ne sont possibles que dans une conversation à deux.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="245"/>
        <source>The app is closing: no devices can be used.</source>
        <translation>L&apos;application se ferme : aucun appareil ne peut être utilisé.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="249"/>
        <source>No microphone was found: the other person will not hear you.</source>
        <translation>Aucun micro trouvé : l&apos;autre personne ne vous entendra pas.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="254"/>
        <source>The chosen microphone is not connected; {name} is used.</source>
        <translation>Le micro choisi n&apos;est pas connecté ; {name} est utilisé.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="260"/>
        <source>No speaker or headphones were found: you will not hear the other person.</source>
        <translation>Aucun haut-parleur ni casque trouvé : vous n&apos;entendrez pas l&apos;autre personne.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="265"/>
        <source>The chosen speaker is not connected; {name} is used.</source>
        <translation>Le haut-parleur choisi n&apos;est pas connecté ; {name} est utilisé.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="272"/>
        <source>No camera was found: the other person will not see you.</source>
        <translation>Aucune caméra trouvée : l&apos;autre personne ne vous verra pas.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="277"/>
        <source>The chosen camera is not connected; {name} is used.</source>
        <translation>La caméra choisie n&apos;est pas connectée ; {name} est utilisée.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="165"/>
        <source>The camera is no longer connected.</source>
        <translation>La caméra n&apos;est plus connectée.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="173"/>
        <source>The camera stopped working.</source>
        <translation>La caméra a cessé de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="179"/>
        <source>Your screen could not be captured.</source>
        <translation>Votre écran n&apos;a pas pu être capturé.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../messenger_desktop/app.py" line="132"/>
        <source>Starting the homeserver on this computer…</source>
        <translation>Démarrage du serveur d&apos;accueil sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="42"/>
        <source>Your server wants this confirmed in a way Messenger cannot do here; do it on your server&apos;s web page or in another Matrix app.</source>
        <translation>Votre serveur demande une confirmation que Messenger ne sait pas faire ici ; faites-la sur la page web de votre serveur ou dans une autre application Matrix.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="47"/>
        <source>The password was wrong too many times; try again later.</source>
        <translation>Le mot de passe a été erroné trop de fois ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="49"/>
        <source>The server finds the new password too weak: %1</source>
        <translation>Le serveur juge le nouveau mot de passe trop faible : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="62"/>
        <source>Last active: %1</source>
        <translation>Dernière activité : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="276"/>
        <source>The device is signed out.</source>
        <translation>L&apos;appareil est déconnecté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/account_controller.py" line="278"/>
        <source>%n devices are signed out.</source>
        <translation>
            <numerusform>%n appareil est déconnecté.</numerusform>
            <numerusform>%n appareils sont déconnectés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="295"/>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="322"/>
        <source>That password is not right.</source>
        <translation>Ce mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="247"/>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="298"/>
        <source>This link could not be opened: it is not a valid Matrix link.</source>
        <translation>Ce lien n&apos;a pas pu être ouvert : ce n&apos;est pas un lien Matrix valide.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="310"/>
        <source>Could not open your conversations: %1</source>
        <translation>Impossible d&apos;ouvrir vos conversations : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You were banned</source>
        <translation>Vous avez été banni</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You left</source>
        <translation>Vous êtes parti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="39"/>
        <source>%n new message(s) from %1</source>
        <translation>
            <numerusform>%n nouveau message de %1</numerusform>
            <numerusform>%n nouveaux messages de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="52"/>
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n autre personne</numerusform>
            <numerusform>%n autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/avatar_controller.py" line="119"/>
        <source>Only a picture on this computer can be an avatar.</source>
        <translation>Seule une image de cet ordinateur peut servir d&apos;avatar.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="94"/>
        <source>Messenger is still running</source>
        <translation>Messenger est toujours ouvert</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="95"/>
        <source>It keeps receiving messages in the tray. Quit from the tray icon&apos;s menu.</source>
        <translation>Il continue de recevoir des messages dans la zone de notification. Quittez-le depuis le menu de son icône.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="57"/>
        <source>Until %1</source>
        <translation>Jusqu&apos;à %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="59"/>
        <source>Until tomorrow %1</source>
        <translation>Jusqu&apos;à demain %1</translation>
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
        <translation>Jusqu&apos;à %1 %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="34"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="35"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="36"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="37"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="69"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="155"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="105"/>
        <location filename="../../messenger_desktop/qt/thread_model.py" line="286"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="844"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="972"/>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="75"/>
        <source>Encrypted message — this app cannot decrypt it yet</source>
        <translation>Message chiffré — cette application ne sait pas encore le déchiffrer</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="86"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="1001"/>
        <source>This call could not be shown</source>
        <translation>Impossible d&apos;afficher cet appel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="88"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="102"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="67"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="157"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="107"/>
        <source>This message could not be shown</source>
        <translation>Impossible d&apos;afficher ce message</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="93"/>
        <source>Sticker</source>
        <translation>Autocollant</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="131"/>
        <source>%1 joined</source>
        <translation>%1 a rejoint la conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="135"/>
        <source>%1 invited %2</source>
        <translation>%1 a invité %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="139"/>
        <source>%1 declined the invitation</source>
        <translation>%1 a refusé l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="141"/>
        <source>%1 withdrew their request to join</source>
        <translation>%1 a retiré sa demande d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="144"/>
        <source>%1 left</source>
        <translation>%1 est parti</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="146"/>
        <source>%1 was unbanned by %2</source>
        <translation>%2 a levé le bannissement de %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="148"/>
        <source>%2 withdrew the invitation for %1</source>
        <translation>%2 a retiré l&apos;invitation de %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="150"/>
        <source>%2 declined the request of %1 to join</source>
        <translation>%2 a refusé la demande d&apos;accès de %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="153"/>
        <source>%1 was removed by %2</source>
        <translation>%1 a été retiré par %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="155"/>
        <source>%1 was banned by %2</source>
        <translation>%1 a été banni par %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="157"/>
        <source>%1 asked to join</source>
        <translation>%1 demande à rejoindre</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="167"/>
        <source>%1 removed their name</source>
        <translation>%1 a supprimé son nom</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="169"/>
        <source>%1 set their name to %2</source>
        <translation>%1 a choisi le nom %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="170"/>
        <source>%1 changed their name to %2</source>
        <translation>%1 a changé son nom en %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="173"/>
        <source>%1 removed their avatar</source>
        <translation>%1 a supprimé son avatar</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="175"/>
        <source>%1 set an avatar</source>
        <translation>%1 a défini un avatar</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="176"/>
        <source>%1 changed their avatar</source>
        <translation>%1 a changé d&apos;avatar</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="186"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="234"/>
        <source>%1 created the conversation</source>
        <translation>%1 a créé la conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="190"/>
        <source>%1 removed the conversation name</source>
        <translation>%1 a supprimé le nom de la conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="191"/>
        <source>%1 changed the name to “%2”</source>
        <translation>%1 a renommé la conversation en « %2 »</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="195"/>
        <source>%1 removed the topic</source>
        <translation>%1 a supprimé le sujet</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="196"/>
        <source>%1 changed the topic to “%2”</source>
        <translation>%1 a changé le sujet en « %2 »</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="198"/>
        <source>%1 changed the conversation picture</source>
        <translation>%1 a changé l&apos;image de la conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="200"/>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 a activé le chiffrement de bout en bout</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="242"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="244"/>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 et %3</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="246"/>
        <source>%1, %2 and %3 others</source>
        <translation>%1, %2 et %3 autres</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="248"/>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
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
        <translation>dd/MM/yy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="100"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="102"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/formatting.py" line="114"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="49"/>
        <source>“%1” stickers</source>
        <translation>Autocollants de « %1 »</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="118"/>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Le dossier des journaux n&apos;a pas pu être ouvert. Il se trouve ici : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="128"/>
        <source>Diagnostics copied to the clipboard: paste them into your bug report.</source>
        <translation>Diagnostics copiés dans le presse-papiers : collez-les dans votre rapport de bug.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/keywords_controller.py" line="96"/>
        <source>A keyword cannot start with a dot or contain a slash.</source>
        <translation>Un mot-clé ne peut pas commencer par un point ni contenir de barre oblique.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="32"/>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="34"/>
        <source>This account has been deactivated.</source>
        <translation>Ce compte a été désactivé.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="36"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Trop de tentatives. Patientez une minute et réessayez.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="37"/>
        <source>The server refused to sign in: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="39"/>
        <source>The server&apos;s security certificate is not valid, so Messenger did not connect. Check the address, or ask the server&apos;s administrator.</source>
        <translation>Le certificat de sécurité du serveur n’est pas valide, Messenger ne s’est donc pas connecté. Vérifiez l’adresse ou contactez l’administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="44"/>
        <source>Could not reach the server through the proxy. Check it in Settings, Network.</source>
        <translation>Impossible de joindre le serveur via le proxy. Vérifiez-le dans Paramètres, Réseau.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="46"/>
        <source>Could not reach the server. Check the address and your connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="48"/>
        <source>The server&apos;s answer was not understood. Is this a Matrix server?</source>
        <translation>La réponse du serveur n&apos;a pas été comprise. Est-ce bien un serveur Matrix ?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="49"/>
        <source>Could not sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="105"/>
        <source>Enter your homeserver, for example matrix.org.</source>
        <translation>Saisissez votre serveur d&apos;accueil, par exemple matrix.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="108"/>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="83"/>
        <source>Measuring…</source>
        <translation>Mesure…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="85"/>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="86"/>
        <source>%1 used</source>
        <translation>%1 utilisés</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="290"/>
        <source>Only the first %1 files are sent at once.</source>
        <translation>Seuls les %1 premiers fichiers sont envoyés à la fois.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="294"/>
        <source>Only files on this computer can be sent.</source>
        <translation>Seuls les fichiers de cet ordinateur peuvent être envoyés.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="301"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="69"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="341"/>
        <source>The picture on the clipboard could not be read.</source>
        <translation>L&apos;image du presse-papiers n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="410"/>
        <source>It is already on its way and cannot be stopped.</source>
        <translation>Il est déjà en cours d&apos;envoi et ne peut plus être arrêté.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="457"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="86"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="227"/>
        <source>This file is not available.</source>
        <translation>Ce fichier n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="466"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="142"/>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="143"/>
        <source>%1 KB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="143"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="144"/>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="68"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="105"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="70"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="106"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="72"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="107"/>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="77"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="77"/>
        <source>Joined</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="129"/>
        <source>Message forwarded.</source>
        <translation>Message transféré.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="181"/>
        <source>Open this link?</source>
        <translation>Ouvrir ce lien ?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="194"/>
        <source>This link was not opened: %1</source>
        <translation>Ce lien n&apos;a pas été ouvert : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="301"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <source>Original message not found</source>
        <translation>Message d&apos;origine introuvable</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="173"/>
        <source>%1 and %2 others</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/message_view.py" line="212"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="215"/>
        <source>%1 · last from %2</source>
        <translation>%1 · dernière de %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="130"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="135"/>
        <source>%1 (%2 new)</source>
        <translation>%1 (%2 nouveaux)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="187"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="166"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="180"/>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Accept</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="253"/>
        <source>This file is too large to play here; save it instead.</source>
        <translation>Ce fichier est trop volumineux pour être lu ici ; enregistrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="255"/>
        <source>This file is no longer on the server.</source>
        <translation>Ce fichier n&apos;est plus sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="259"/>
        <source>There is no room on this computer to keep this file.</source>
        <translation>Il n&apos;y a plus de place sur cet ordinateur pour conserver ce fichier.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="313"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="308"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="262"/>
        <source>This recording cannot be played.</source>
        <translation>Cet enregistrement ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="131"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Direct chat</source>
        <translation>Discussion privée</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="89"/>
        <source>Your role in this conversation does not allow this.</source>
        <translation>Votre rôle dans cette conversation ne le permet pas.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="90"/>
        <source>Their role is the same as yours or higher.</source>
        <translation>Son rôle est égal ou supérieur au vôtre.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="91"/>
        <source>Nobody can give a role above their own.</source>
        <translation>Personne ne peut attribuer un rôle supérieur au sien.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="92"/>
        <source>The owner of this conversation outranks everyone, for good.</source>
        <translation>Le propriétaire de cette conversation est au-dessus de tous, définitivement.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="98"/>
        <source>This needs a role above yours; only someone with it can change it.</source>
        <translation>Il faut un rôle supérieur au vôtre ; seule une personne qui l&apos;a peut le modifier.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="108"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="109"/>
        <source>Custom (%1)</source>
        <translation>Personnalisé (%1)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="340"/>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="446"/>
        <source>Nothing of theirs to delete</source>
        <translation>Rien à supprimer de cette personne</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="448"/>
        <source>Deleting 1 message</source>
        <translation>Suppression d&apos;un message</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/room_admin.py" line="450"/>
        <source>Deleting %n message(s)</source>
        <translation>
            <numerusform>Suppression de %n message</numerusform>
            <numerusform>Suppression de %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="107"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="425"/>
        <source>You are banned from this room.</source>
        <translation>Vous êtes banni de ce salon.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="252"/>
        <source>“%1” is not a server name.</source>
        <translation>« %1 » n&apos;est pas un nom de serveur.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="423"/>
        <source>This room could not be found.</source>
        <translation>Ce salon est introuvable.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="427"/>
        <source>This room is invite only.</source>
        <translation>Ce salon est sur invitation uniquement.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="432"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="422"/>
        <source>No room has the address %1.</source>
        <translation>Aucun salon n&apos;a l&apos;adresse %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="102"/>
        <source>Message not available</source>
        <translation>Message indisponible</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="109"/>
        <source>Encrypted message</source>
        <translation>Message chiffré</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="458"/>
        <source>This thread&apos;s first message could not be found.</source>
        <translation>Le premier message de ce fil est introuvable.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="606"/>
        <source>This server does not offer searching in conversations.</source>
        <translation>Ce serveur ne permet pas de rechercher dans les conversations.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="124"/>
        <source>Saved messages</source>
        <translation>Messages enregistrés</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="130"/>
        <source>%1 invited you</source>
        <translation>%1 vous a invité</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="137"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="158"/>
        <source>Low priority</source>
        <translation>Priorité basse</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/safety_controller.py" line="180"/>
        <source>Not reported: %1</source>
        <translation>Non signalé : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/search_model.py" line="131"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/search_model.py" line="152"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="66"/>
        <source>The server could not be reached through the proxy. Check it in Settings, Network.</source>
        <translation>Impossible de joindre le serveur via le proxy. Vérifiez-le dans Paramètres, Réseau.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="68"/>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="71"/>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="89"/>
        <source>The server did not allow this: %1</source>
        <translation>Le serveur ne l&apos;a pas autorisé : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="74"/>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="76"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation>La réponse du serveur n&apos;a pas été comprise.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="77"/>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s&apos;est produite : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="87"/>
        <source>There is no user %1 on that server.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur %1 sur ce serveur.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="91"/>
        <source>Too many invitations at once; wait a moment and try again.</source>
        <translation>Trop d&apos;invitations à la fois ; patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="402"/>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="404"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 et %2 écrivent…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="405"/>
        <source>Several people are typing…</source>
        <translation>Plusieurs personnes écrivent…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="514"/>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="519"/>
        <source>%1, %2 invited</source>
        <translation>%1, %2 invités</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="593"/>
        <source>No connection through the proxy server. Check it in Settings, Network; retrying…</source>
        <translation>Pas de connexion via le serveur proxy. Vérifiez-le dans Paramètres, Réseau ; nouvelle tentative…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="595"/>
        <source>The server&apos;s security certificate is not valid; Messenger does not connect. Retrying…</source>
        <translation>Le certificat de sécurité du serveur n’est pas valide ; Messenger ne se connecte pas. Nouvel essai…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="598"/>
        <source>No connection to the server. Retrying in %1 s…</source>
        <translation>Pas de connexion au serveur. Nouvelle tentative dans %1 s…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="599"/>
        <source>No connection to the server. Reconnecting…</source>
        <translation>Pas de connexion au serveur. Reconnexion…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="683"/>
        <source>This device was signed out from another device or by the server, so its messages were removed from this computer.</source>
        <translation>Cet appareil a été déconnecté depuis un autre appareil ou par le serveur, ses messages ont donc été supprimés de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="845"/>
        <source>A user ID looks like @name:example.org.</source>
        <translation>Un identifiant ressemble à @nom:example.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_expiry.py" line="65"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_adder.py" line="156"/>
        <source>Could not add %1: %2</source>
        <translation>Impossible d&apos;ajouter %1 : %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="224"/>
        <source>Could not join: %1</source>
        <translation>Impossible de rejoindre : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="288"/>
        <source>Could not remove: %1</source>
        <translation>Impossible de retirer : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="297"/>
        <source>Could not change it: %1</source>
        <translation>Impossible de le modifier : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="335"/>
        <source>Only the space&apos;s admins can add or remove rooms.</source>
        <translation>Seuls les administrateurs de l&apos;espace peuvent ajouter ou retirer des salons.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="62"/>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="67"/>
        <source>Could not create the space: %1</source>
        <translation>Impossible de créer l&apos;espace : %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="117"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="190"/>
        <source>My stickers</source>
        <translation>Mes autocollants</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <source>Room stickers</source>
        <translation>Autocollants du salon</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>Sticker added</source>
        <translation>Autocollant ajouté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>%n sticker(s) added</source>
        <translation>
            <numerusform>%n autocollant ajouté</numerusform>
            <numerusform>%n autocollants ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="256"/>
        <source>This sticker is not available.</source>
        <translation>Cet autocollant n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="266"/>
        <source>Added to My stickers</source>
        <translation>Ajouté à Mes autocollants</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="333"/>
        <source>%1 is too large for a sticker.</source>
        <translation>%1 est trop grand pour un autocollant.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="336"/>
        <source>%1 could not be read.</source>
        <translation>%1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="485"/>
        <source>That message is too far back to show here.</source>
        <translation>Ce message est trop ancien pour être affiché ici.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="690"/>
        <source>That change could not be sent.</source>
        <translation>Cette modification n&apos;a pas pu être envoyée.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="125"/>
        <source>No microphone was found: connect one to record a voice message.</source>
        <translation>Aucun micro trouvé : branchez-en un pour enregistrer un message vocal.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="191"/>
        <source>The microphone gave no sound: check that it is connected and not in use.</source>
        <translation>Le micro ne capte aucun son : vérifiez qu&apos;il est branché et qu&apos;il n&apos;est pas déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>&lt;action&gt;</source>
        <translation>&lt;action&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>Send an action: /me waves shows as “* You waves”</source>
        <translation>Envoyer une action : /me salue s&apos;affiche « * Vous salue »</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>[message]</source>
        <translation>[message]</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>Send ¯\_(ツ)_/¯, followed by the message if any</source>
        <translation>Envoyer ¯\_(ツ)_/¯, suivi du message s&apos;il y en a un</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>&lt;message&gt;</source>
        <translation>&lt;message&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>Send the message as typed, without formatting</source>
        <translation>Envoyer le message tel quel, sans mise en forme</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>&lt;topic&gt;</source>
        <translation>&lt;sujet&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>Set the topic of this conversation</source>
        <translation>Définir le sujet de cette conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>&lt;name&gt;</source>
        <translation>&lt;nom&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>Change your name in this conversation only</source>
        <translation>Changer votre nom dans cette conversation uniquement</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>&lt;@user:server&gt;</source>
        <translation>&lt;@utilisateur:serveur&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>Invite someone to this conversation</source>
        <translation>Inviter quelqu&apos;un dans cette conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>&lt;#alias:server or !id:server&gt;</source>
        <translation>&lt;#alias:serveur ou !id:serveur&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>Join a room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="46"/>
        <source>Leave this conversation</source>
        <translation>Quitter cette conversation</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="38"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="39"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="40"/>
        <source>Chats</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="41"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="42"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="43"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="44"/>
        <source>Privacy and safety</source>
        <translation>Confidentialité et sécurité</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="45"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="88"/>
        <source>Colour theme: follow the system, or always light or dark.</source>
        <translation>Thème de couleurs : celui du système, ou toujours clair ou sombre.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="90"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="93"/>
        <location filename="../../messenger_desktop/qt/settings.py" line="378"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="94"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="95"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="102"/>
        <source>The language of Messenger: the system&apos;s, or one chosen here.</source>
        <translation>La langue de Messenger : celle du système, ou une langue choisie ici.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="104"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="107"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="115"/>
        <source>Enter sends the message (Shift+Enter adds a line); when off, Ctrl+Enter sends.</source>
        <translation>Entrée envoie le message (Maj+Entrée ajoute une ligne) ; sinon, Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="119"/>
        <source>Send with Enter</source>
        <translation>Envoyer avec Entrée</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="126"/>
        <source>Photos are sent without their location, camera and other metadata (turned upright first).</source>
        <translation>Les photos sont envoyées sans leur position, les infos de l&apos;appareil et autres métadonnées (remises à l&apos;endroit au préalable).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="130"/>
        <source>Remove location and camera details from photos</source>
        <translation>Retirer la position et les infos de l&apos;appareil des photos</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="137"/>
        <source>Pictures and files kept on this computer for viewing again, at most this many megabytes.</source>
        <translation>Images et fichiers conservés sur cet ordinateur pour les revoir, dans la limite de cette taille.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="142"/>
        <source>Media kept on this computer</source>
        <translation>Médias conservés sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="145"/>
        <source>256 MB</source>
        <translation>256 Mo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="146"/>
        <source>512 MB</source>
        <translation>512 Mo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="147"/>
        <source>1 GB</source>
        <translation>1 Go</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="148"/>
        <source>2 GB</source>
        <translation>2 Go</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="149"/>
        <source>5 GB</source>
        <translation>5 Go</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="156"/>
        <source>Invitations from people you share no conversation with are declined automatically.</source>
        <translation>Les invitations de personnes avec qui vous ne partagez aucune conversation sont refusées automatiquement.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="160"/>
        <source>Only accept invites from people I share a conversation with</source>
        <translation>N&apos;accepter que les invitations de personnes avec qui je partage une conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="169"/>
        <source>Others see how far you have read. When off, only your own devices know (unread counts still clear everywhere).</source>
        <translation>Les autres voient jusqu&apos;où vous avez lu. Sinon, seuls vos appareils le savent (les compteurs de non-lus se remettent quand même à zéro partout).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="174"/>
        <source>Send read receipts</source>
        <translation>Envoyer les confirmations de lecture</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="181"/>
        <source>Others see “typing…” while you write to them.</source>
        <translation>Les autres voient « écrit… » pendant que vous leur écrivez.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="182"/>
        <source>Send typing notices</source>
        <translation>Indiquer quand j&apos;écris</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="189"/>
        <source>Videos and files up to this size download as soon as they are on screen; larger ones wait for a click on Download.</source>
        <translation>Les vidéos et fichiers jusqu&apos;à cette taille sont téléchargés dès qu&apos;ils s&apos;affichent ; les plus gros attendent un clic sur Télécharger.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="195"/>
        <source>Download automatically</source>
        <translation>Téléchargement automatique</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="198"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="199"/>
        <source>5 MB</source>
        <translation>5 Mo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="200"/>
        <source>20 MB</source>
        <translation>20 Mo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="201"/>
        <source>50 MB</source>
        <translation>50 Mo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="202"/>
        <source>100 MB</source>
        <translation>100 Mo</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="222"/>
        <source>Show a desktop notification for new messages that should notify you (each conversation&apos;s notification level decides which).</source>
        <translation>Afficher une notification pour les nouveaux messages qui doivent vous avertir (le niveau de notification de chaque conversation décide lesquels).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="227"/>
        <source>Desktop notifications</source>
        <translation>Notifications sur le bureau</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="234"/>
        <source>Show who wrote and what in notifications; when off they only say there is a new message.</source>
        <translation>Afficher qui a écrit quoi dans les notifications ; sinon, elles indiquent seulement qu&apos;il y a un nouveau message.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="238"/>
        <source>Show message content in notifications</source>
        <translation>Afficher le contenu des messages dans les notifications</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="252"/>
        <source>Closing the window keeps Messenger running in the system tray.</source>
        <translation>Fermer la fenêtre laisse Messenger ouvert dans la zone de notification.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="253"/>
        <source>Keep running in the tray when closed</source>
        <translation>Rester dans la zone de notification à la fermeture</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="266"/>
        <source>Start in the system tray without showing the window.</source>
        <translation>Démarrer dans la zone de notification sans afficher la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="267"/>
        <source>Start minimised</source>
        <translation>Démarrer réduit</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="274"/>
        <source>Start Messenger when you log in to your computer.</source>
        <translation>Démarrer Messenger quand vous ouvrez une session sur votre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="275"/>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="301"/>
        <source>The size of all text in Messenger, in percent of the usual size.</source>
        <translation>La taille de tout le texte de Messenger, en pourcentage de la taille habituelle.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="303"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
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
        <translation>Moins d&apos;espace entre les messages et entre les conversations de la liste.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="317"/>
        <source>Compact mode</source>
        <translation>Mode compact</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="324"/>
        <source>Messages in bubbles, or one line each: time, name and text (as in IRC).</source>
        <translation>Messages en bulles, ou une ligne chacun : heure, nom et texte (comme sur IRC).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="328"/>
        <source>Message layout</source>
        <translation>Disposition des messages</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="331"/>
        <source>Bubbles</source>
        <translation>Bulles</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="332"/>
        <source>One line (IRC)</source>
        <translation>Une ligne (IRC)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="339"/>
        <source>Underline misspelled words while you write; right-click one for suggestions.</source>
        <translation>Souligner les mots mal orthographiés pendant la saisie ; un clic droit propose des corrections.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="342"/>
        <source>Check spelling</source>
        <translation>Vérifier l&apos;orthographe</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="349"/>
        <source>The dictionary spelling is checked with.</source>
        <translation>Le dictionnaire utilisé pour la vérification.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="351"/>
        <source>Spelling language</source>
        <translation>Langue de vérification</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="354"/>
        <source>Messenger&apos;s language</source>
        <translation>Langue de Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="368"/>
        <source>How Messenger reaches your server. System uses the proxy of the environment (the HTTPS_PROXY, ALL_PROXY and NO_PROXY variables). A change applies to new connections.</source>
        <translation>Comment Messenger joint votre serveur. Système utilise le proxy de l&apos;environnement (les variables HTTPS_PROXY, ALL_PROXY et NO_PROXY). Un changement s&apos;applique aux nouvelles connexions.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="374"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="377"/>
        <source>None</source>
        <translation>Aucun</translation>
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
        <translation>Le nom d&apos;hôte ou l&apos;adresse du proxy.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="388"/>
        <source>Proxy server</source>
        <translation>Serveur proxy</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="396"/>
        <source>Empty for the usual port: 8080 for HTTP, 1080 for SOCKS5.</source>
        <translation>Vide pour le port habituel : 8080 pour HTTP, 1080 pour SOCKS5.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="397"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="406"/>
        <source>Only if the proxy asks for one.</source>
        <translation>Seulement si le proxy en demande un.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="407"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="415"/>
        <source>Kept in the system&apos;s password store, never in a file.</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="416"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="27"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="28"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="29"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="30"/>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="31"/>
        <source>Picture viewer</source>
        <translation>Visionneuse d&apos;images</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="32"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="51"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="52"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="56"/>
        <source>Close the panel, back to the message field</source>
        <translation>Fermer le panneau, retour au champ de saisie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="63"/>
        <source>Find a conversation or a person</source>
        <translation>Trouver une conversation ou une personne</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="67"/>
        <source>Previous conversation</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="70"/>
        <source>Next conversation</source>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="75"/>
        <source>Previous unread conversation</source>
        <translation>Conversation non lue précédente</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="81"/>
        <source>Next unread conversation</source>
        <translation>Conversation non lue suivante</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="84"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="88"/>
        <source>Join a room by its name or address</source>
        <translation>Rejoindre un salon par son nom ou son adresse</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="94"/>
        <source>Search in this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="98"/>
        <source>Conversation menu</source>
        <translation>Menu de la conversation</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="104"/>
        <source>Select messages (from the message field)</source>
        <translation>Sélectionner des messages (depuis le champ de saisie)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="109"/>
        <source>Older message</source>
        <translation>Message plus ancien</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="114"/>
        <source>Newer message</source>
        <translation>Message plus récent</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="121"/>
        <source>Scroll a page</source>
        <translation>Faire défiler d&apos;une page</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="125"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="127"/>
        <source>Edit your message</source>
        <translation>Modifier votre message</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="130"/>
        <source>Reply in a thread</source>
        <translation>Répondre dans un fil</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="135"/>
        <source>React</source>
        <translation>Réagir</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="142"/>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="147"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="152"/>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="159"/>
        <source>Open the picture</source>
        <translation>Ouvrir l&apos;image</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="166"/>
        <source>Back to the message field</source>
        <translation>Retour au champ de saisie</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="174"/>
        <source>Send (or a new line, as set in Settings)</source>
        <translation>Envoyer (ou nouvelle ligne, selon les paramètres)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="181"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="188"/>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="195"/>
        <source>Edit your last message (in an empty field)</source>
        <translation>Modifier votre dernier message (dans un champ vide)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="202"/>
        <source>Complete a name, emoji or command</source>
        <translation>Compléter un nom, un emoji ou une commande</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="209"/>
        <source>Cancel the reply or the edit; in an empty field, back to the list</source>
        <translation>Annuler la réponse ou la modification ; dans un champ vide, retour à la liste</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="213"/>
        <source>Send files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="217"/>
        <source>Paste a picture or files</source>
        <translation>Coller une image ou des fichiers</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="224"/>
        <source>Send the voice message being recorded</source>
        <translation>Envoyer le message vocal en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="231"/>
        <source>Throw away the voice message being recorded</source>
        <translation>Abandonner le message vocal en cours d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="239"/>
        <source>Previous or next picture</source>
        <translation>Image précédente ou suivante</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="246"/>
        <source>Zoom in or out</source>
        <translation>Zoom avant ou arrière</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="251"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="256"/>
        <source>Save the picture</source>
        <translation>Enregistrer l&apos;image</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="262"/>
        <source>Answer a call</source>
        <translation>Répondre à un appel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="265"/>
        <source>Decline a call</source>
        <translation>Refuser un appel</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="268"/>
        <source>Mute or unmute the microphone</source>
        <translation>Couper ou réactiver le micro</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="271"/>
        <source>Turn the camera on or off</source>
        <translation>Activer ou désactiver la caméra</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="273"/>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="277"/>
        <source>Leave the call screen (the call goes on)</source>
        <translation>Quitter l&apos;écran d&apos;appel (l&apos;appel continue)</translation>
    </message>
</context>
</TS>
