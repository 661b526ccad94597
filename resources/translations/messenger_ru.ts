<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="47"/>
        <source>About Messenger</source>
        <translation>О программе Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="67"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="75"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="85"/>
        <source>A fast, light and safe messenger for the Matrix network. Free software under the %1 licence.</source>
        <translation>Быстрый, лёгкий и безопасный мессенджер для сети Matrix. Свободное ПО под лицензией %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="95"/>
        <location filename="../../resources/qml/AboutDialog.qml" line="98"/>
        <source>The project&apos;s home page</source>
        <translation>Сайт проекта</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="106"/>
        <source>Built with</source>
        <translation>Создано с помощью</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="129"/>
        <source>Components and their licences</source>
        <translation>Компоненты и их лицензии</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="139"/>
        <source>%1 %2, licence %3</source>
        <translation>%1 %2, лицензия %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AboutDialog.qml" line="198"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="73"/>
        <location filename="../../resources/qml/AccountPage.qml" line="77"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="93"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="94"/>
        <source>Save the display name</source>
        <translation>Сохранить отображаемое имя</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="116"/>
        <source>Your Matrix ID: %1</source>
        <translation>Ваш Matrix ID: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="124"/>
        <source>Uploading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Change picture…</source>
        <translation>Изменить фото…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="125"/>
        <source>Set a picture…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="133"/>
        <source>Remove picture</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="146"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="153"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="157"/>
        <source>Everywhere you are signed in. Sign out a device you no longer use or do not know.</source>
        <translation>Все устройства, на которых выполнен вход. Завершите сеанс на устройстве, которым вы больше не пользуетесь или которое не узнаёте.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="218"/>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="230"/>
        <location filename="../../resources/qml/AccountPage.qml" line="232"/>
        <source>Name of this device</source>
        <translation>Название этого устройства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="258"/>
        <source>Rename this device</source>
        <translation>Переименовать это устройство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <source>Signing out…</source>
        <translation>Завершение…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="272"/>
        <location filename="../../resources/qml/AccountPage.qml" line="381"/>
        <source>Sign out</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="273"/>
        <source>Sign out %1</source>
        <translation>Завершить сеанс на устройстве %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="289"/>
        <source>Sign out all other devices</source>
        <translation>Завершить все другие сеансы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="296"/>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="302"/>
        <location filename="../../resources/qml/AccountPage.qml" line="304"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="311"/>
        <location filename="../../resources/qml/AccountPage.qml" line="313"/>
        <source>New password again</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="319"/>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="327"/>
        <source>Sign out my other devices</source>
        <translation>Завершить сеансы на других устройствах</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="328"/>
        <source>Anyone who has your old password is signed out too.</source>
        <translation>Все, кто знает ваш старый пароль, тоже потеряют доступ.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="336"/>
        <source>Changing…</source>
        <translation>Смена…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="379"/>
        <source>Sign out all other devices?</source>
        <translation>Завершить все другие сеансы?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="380"/>
        <source>Only this device stays signed in. The others need your password to sign in again.</source>
        <translation>Вход останется только на этом устройстве. На остальных для входа понадобится ваш пароль.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="394"/>
        <source>Choose your picture</source>
        <translation>Выберите фото</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPage.qml" line="396"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>AccountPasswordDialog</name>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="67"/>
        <source>Confirm it is you</source>
        <translation>Подтвердите, что это вы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="76"/>
        <source>Your server asks for the password of %1 before it does this.</source>
        <translation>Для этого действия сервер запрашивает пароль %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="84"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="87"/>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="109"/>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="114"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AccountPasswordDialog.qml" line="121"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
</context>
<context>
    <name>AddToSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="42"/>
        <source>Add to %1</source>
        <translation>Добавить в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="53"/>
        <source>Search conversations and spaces</source>
        <translation>Поиск чатов и пространств</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="57"/>
        <source>Search rooms to add</source>
        <translation>Найти комнаты для добавления</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="90"/>
        <source>%1, space</source>
        <translation>%1, пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="118"/>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="145"/>
        <source>All your conversations are in this space already.</source>
        <translation>Все ваши чаты уже в этом пространстве.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="146"/>
        <source>Nothing matches “%1”</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="169"/>
        <source>Adding</source>
        <translation>Добавление</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="173"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add (%1)</source>
        <translation>Добавить (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="180"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/AddToSpaceDialog.qml" line="181"/>
        <source>Add the chosen rooms to the space</source>
        <translation>Добавить выбранные комнаты в пространство</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="24"/>
        <location filename="../../resources/qml/ArchivePanel.qml" line="48"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="42"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Назад к чатам (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="63"/>
        <source>Conversations you left. Their history stays here, read-only, until you forget them.</source>
        <translation>Чаты, которые вы покинули. Их история хранится здесь, только для чтения, пока вы их не забудете.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="79"/>
        <source>Archived conversations</source>
        <translation>Чаты в архиве</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="105"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="176"/>
        <source>Loading the archive</source>
        <translation>Загрузка архива</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="197"/>
        <source>No archived conversations</source>
        <translation>В архиве нет чатов</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="206"/>
        <source>When you leave a conversation, its history is kept here until you forget it.</source>
        <translation>Когда вы покидаете чат, его история хранится здесь, пока вы его не забудете.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="229"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="234"/>
        <source>Rejoin</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ArchivePanel.qml" line="239"/>
        <source>Forget…</source>
        <translation>Забыть…</translation>
    </message>
</context>
<context>
    <name>BlockedPeople</name>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="24"/>
        <source>Blocked people</source>
        <translation>Заблокированные</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="33"/>
        <source>You have not blocked anyone. To block someone, open their profile from a conversation&apos;s members.</source>
        <translation>Вы никого не заблокировали. Чтобы заблокировать человека, откройте его профиль в списке участников чата.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="34"/>
        <source>You see no messages or invitations from them, on any of your devices.</source>
        <translation>Их сообщения и приглашения скрыты на всех ваших устройствах.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="78"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/BlockedPeople.qml" line="80"/>
        <source>Unblock %1</source>
        <translation>Разблокировать %1</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="17"/>
        <source>Back to the call with %1, %2</source>
        <translation>Вернуться к звонку с %1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Включить микрофон (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="90"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Выключить микрофон (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Завершить звонок (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallBar.qml" line="100"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CallDevicesPopup</name>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="50"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="101"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="108"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="114"/>
        <source>Speaker</source>
        <translation>Динамик</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallDevicesPopup.qml" line="120"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="32"/>
        <source>Call with %1</source>
        <translation>Звонок с %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="193"/>
        <source>Back to the conversations (Esc)</source>
        <translation>Назад к чатам (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="229"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Unmute</source>
        <translation>Включить микрофон</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="272"/>
        <source>Mute</source>
        <translation>Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Unmute (Ctrl+D)</source>
        <translation>Включить микрофон (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="273"/>
        <source>Mute (Ctrl+D)</source>
        <translation>Выключить микрофон (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Stop video</source>
        <translation>Выключить видео</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="281"/>
        <source>Start video</source>
        <translation>Включить видео</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="282"/>
        <source>(Ctrl+E)</source>
        <translation>(Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Stop sharing</source>
        <translation>Остановить демонстрацию</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="290"/>
        <source>Share screen</source>
        <translation>Демонстрация экрана</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="298"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="299"/>
        <source>Choose microphone, speaker and camera</source>
        <translation>Выбрать микрофон, динамик и камеру</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <source>End call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="306"/>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/CallView.qml" line="307"/>
        <source>End call (Ctrl+Shift+H)</source>
        <translation>Завершить звонок (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="120"/>
        <source>Select a conversation</source>
        <translation>Выберите чат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="175"/>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="177"/>
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n подписчик</numerusform>
            <numerusform>%n подписчика</numerusform>
            <numerusform>%n подписчиков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="198"/>
        <source>Voice call</source>
        <translation>Аудиозвонок</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="208"/>
        <source>Video call</source>
        <translation>Видеозвонок</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="215"/>
        <source>Search in this conversation (Ctrl+F)</source>
        <translation>Поиск в этом чате (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="223"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="232"/>
        <source>More actions (Ctrl+Shift+M)</source>
        <translation>Другие действия (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="245"/>
        <source>Invite people…</source>
        <translation>Пригласить…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="253"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="261"/>
        <source>Leave conversation</source>
        <translation>Покинуть чат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="299"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="502"/>
        <source>Jump to the first unread message</source>
        <translation>К первому непрочитанному сообщению</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ChatView.qml" line="518"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n новое сообщение</numerusform>
            <numerusform>%n новых сообщения</numerusform>
            <numerusform>%n новых сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="519"/>
        <source>Jump to the newest message</source>
        <translation>К последнему сообщению</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="555"/>
        <source>Join</source>
        <translation>Вступить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="556"/>
        <source>Join the conversation</source>
        <translation>Вступить в чат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="562"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="563"/>
        <source>Decline the invitation</source>
        <translation>Отклонить приглашение</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="600"/>
        <source>This conversation has been replaced and is no longer active.</source>
        <translation>Этот чат заменён новым и больше не активен.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Joining…</source>
        <translation>Вступление…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="607"/>
        <source>Go to the new conversation</source>
        <translation>Перейти в новый чат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="635"/>
        <source>Only admins can post in this channel</source>
        <translation>Публиковать в этом канале могут только администраторы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="636"/>
        <source>Your role does not allow posting here</source>
        <translation>Ваша роль не позволяет писать здесь</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="672"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="677"/>
        <source>Reply in thread</source>
        <translation>Ответить в ветке</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="682"/>
        <source>React…</source>
        <translation>Реакция…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="690"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="697"/>
        <source>Add to My stickers</source>
        <translation>Добавить в «Мои стикеры»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="705"/>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="710"/>
        <source>Copy link to message</source>
        <translation>Копировать ссылку на сообщение</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="715"/>
        <source>Forward…</source>
        <translation>Переслать…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="726"/>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="731"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="743"/>
        <source>Report…</source>
        <translation>Пожаловаться…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="803"/>
        <source>Open this link?</source>
        <translation>Открыть эту ссылку?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="804"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="833"/>
        <source>Send files</source>
        <translation>Отправить файлы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ChatView.qml" line="862"/>
        <source>Drop files here to send them</source>
        <translation>Перетащите файлы сюда, чтобы отправить их</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="167"/>
        <source>Looking for suggestions…</source>
        <translation>Поиск вариантов…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="170"/>
        <source>No suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="171"/>
        <source>Add to dictionary</source>
        <translation>Добавить в словарь</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="203"/>
        <source>Cut</source>
        <translation>Вырезать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="209"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="215"/>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="223"/>
        <source>Select all</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="295"/>
        <source>Edit message</source>
        <translation>Редактирование сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="296"/>
        <source>Reply to %1</source>
        <translation>Ответ для %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="318"/>
        <source>Cancel editing (Esc)</source>
        <translation>Отменить редактирование (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="319"/>
        <source>Cancel the reply (Esc)</source>
        <translation>Отменить ответ (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="335"/>
        <source>Attach files (Ctrl+O)</source>
        <translation>Прикрепить файлы (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="346"/>
        <source>Emoji</source>
        <translation>Эмодзи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="357"/>
        <source>Stickers</source>
        <translation>Стикеры</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="375"/>
        <source>Write a message…</source>
        <translation>Написать сообщение…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="387"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Save the edit</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="466"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/Composer.qml" line="482"/>
        <source>Record a voice message (hold to talk)</source>
        <translation>Записать голосовое сообщение (удерживайте)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../resources/qml/ConfirmDialog.qml" line="12"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ConfirmDialog.qml" line="56"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="29"/>
        <source>Recently used</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="30"/>
        <source>Smileys &amp; emotion</source>
        <translation>Смайлики и эмоции</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="31"/>
        <source>People &amp; body</source>
        <translation>Люди и тело</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="32"/>
        <source>Animals &amp; nature</source>
        <translation>Животные и природа</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="33"/>
        <source>Food &amp; drink</source>
        <translation>Еда и напитки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="34"/>
        <source>Travel &amp; places</source>
        <translation>Путешествия и места</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="35"/>
        <source>Activities</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="36"/>
        <source>Objects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="37"/>
        <source>Symbols</source>
        <translation>Символы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="38"/>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="41"/>
        <source>Default skin tone</source>
        <translation>Тон кожи по умолчанию</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="42"/>
        <source>Light skin tone</source>
        <translation>Светлый тон кожи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="43"/>
        <source>Medium-light skin tone</source>
        <translation>Умеренно светлый тон кожи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="44"/>
        <source>Medium skin tone</source>
        <translation>Средний тон кожи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="45"/>
        <source>Medium-dark skin tone</source>
        <translation>Умеренно тёмный тон кожи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="46"/>
        <source>Dark skin tone</source>
        <translation>Тёмный тон кожи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="121"/>
        <source>Emoji</source>
        <translation>Эмодзи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="131"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="140"/>
        <source>Search emoji</source>
        <translation>Поиск эмодзи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="188"/>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="209"/>
        <source>Emoji categories</source>
        <translation>Категории эмодзи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="265"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="374"/>
        <source>Loading emoji</source>
        <translation>Загрузка эмодзи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="385"/>
        <source>No emoji match “%1”</source>
        <translation>Нет эмодзи по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="386"/>
        <source>Emoji you use will show up here</source>
        <translation>Здесь появятся эмодзи, которые вы используете</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="412"/>
        <source>Pick an emoji</source>
        <translation>Выберите эмодзи</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="459"/>
        <source>Skin tone: %1</source>
        <translation>Тон кожи: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/EmojiPicker.qml" line="461"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="492"/>
        <location filename="../../resources/qml/EmojiPicker.qml" line="497"/>
        <source>Skin tone</source>
        <translation>Тон кожи</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="22"/>
        <source>People</source>
        <translation>Личные</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="23"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="24"/>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="25"/>
        <source>Pinned</source>
        <translation>Закреплённые</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>Edit folder</source>
        <translation>Изменить папку</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="104"/>
        <source>New folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="114"/>
        <source>Folder name, e.g. Work</source>
        <translation>Название папки, например «Работа»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="117"/>
        <source>Folder name</source>
        <translation>Название папки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="124"/>
        <source>Include every conversation that is</source>
        <translation>Все чаты этих типов</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="169"/>
        <source>Leave out muted conversations</source>
        <translation>Кроме чатов без звука</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="196"/>
        <source>And these conversations</source>
        <translation>И эти чаты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/FolderDialog.qml" line="197"/>
        <source>And %n chosen conversation(s)</source>
        <translation>
            <numerusform>И %n выбранный чат</numerusform>
            <numerusform>И %n выбранных чата</numerusform>
            <numerusform>И %n выбранных чатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="207"/>
        <source>Search conversations</source>
        <translation>Поиск чатов</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="211"/>
        <source>Search conversations to add</source>
        <translation>Найти чаты для добавления</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="265"/>
        <source>No conversation matches</source>
        <translation>Чаты не найдены</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="274"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/FolderDialog.qml" line="279"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>ForgetRoomDialog</name>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="14"/>
        <source>Forget “%1”?</source>
        <translation>Забыть «%1»?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="21"/>
        <source>Its messages will be deleted from this computer and you will not be able to read them again unless you rejoin.</source>
        <translation>Сообщения этого чата будут удалены с этого компьютера, и прочитать их снова можно будет, только если вы вернётесь в чат.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForgetRoomDialog.qml" line="22"/>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="44"/>
        <source>Forward to…</source>
        <translation>Переслать в…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ForwardDialog.qml" line="53"/>
        <location filename="../../resources/qml/ForwardDialog.qml" line="56"/>
        <source>Search conversations</source>
        <translation>Поиск чатов</translation>
    </message>
</context>
<context>
    <name>IncomingCallDialog</name>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="118"/>
        <source>Incoming video call while you are in a call</source>
        <translation>Входящий видеозвонок во время разговора</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="119"/>
        <source>Incoming voice call while you are in a call</source>
        <translation>Входящий аудиозвонок во время разговора</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming video call</source>
        <translation>Входящий видеозвонок</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="120"/>
        <source>Incoming voice call</source>
        <translation>Входящий аудиозвонок</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="133"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="135"/>
        <source>Decline (Ctrl+Shift+D)</source>
        <translation>Отклонить (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="142"/>
        <source>Hang up and answer</source>
        <translation>Завершить и ответить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer with video</source>
        <translation>Ответить с видео</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="143"/>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="145"/>
        <source>(Ctrl+Shift+A)</source>
        <translation>(Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/IncomingCallDialog.qml" line="155"/>
        <source>Answer with voice only</source>
        <translation>Ответить только голосом</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="47"/>
        <source>Invite to “%1”</source>
        <translation>Пригласить в «%1»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="57"/>
        <source>User ID</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="58"/>
        <source>@bob:example.org</source>
        <translation>@bob:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="59"/>
        <source>User ID of the person to invite</source>
        <translation>ID приглашаемого пользователя</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="82"/>
        <source>Invite with a link</source>
        <translation>Пригласить по ссылке</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="103"/>
        <source>Invite with a link or QR code</source>
        <translation>Пригласить по ссылке или QR-коду</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="116"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Inviting…</source>
        <translation>Приглашение…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="121"/>
        <source>Invite</source>
        <translation>Пригласить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteDialog.qml" line="124"/>
        <source>Send the invitation</source>
        <translation>Отправить приглашение</translation>
    </message>
</context>
<context>
    <name>InviteLinkDialog</name>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="15"/>
        <source>Invite link to “%1”</source>
        <translation>Пригласительная ссылка в «%1»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="22"/>
        <source>Link to %1</source>
        <translation>Ссылка на %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="64"/>
        <source>Whoever opens the link can start a chat with this person.</source>
        <translation>Кто откроет ссылку, сможет начать чат с этим человеком.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="65"/>
        <source>Anyone with the link can see the conversation&apos;s name and picture, and join if its settings allow.</source>
        <translation>Любой, у кого есть ссылка, увидит название и фото чата и сможет вступить, если это разрешают настройки.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="85"/>
        <source>QR code of the link</source>
        <translation>QR-код ссылки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="91"/>
        <source>Making the link</source>
        <translation>Создание ссылки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="116"/>
        <source>The link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="137"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="144"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/InviteLinkDialog.qml" line="152"/>
        <source>Copy link</source>
        <translation>Копировать ссылку</translation>
    </message>
</context>
<context>
    <name>KeywordsEditor</name>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="32"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="43"/>
        <source>Saving keywords</source>
        <translation>Сохранение ключевых слов</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="50"/>
        <source>Messages containing one of these words notify you as a mention does, in every conversation that is not muted.</source>
        <translation>Сообщения с одним из этих слов уведомляют вас так же, как упоминания, во всех чатах, где не выключен звук.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="96"/>
        <source>Remove the keyword “%1”</source>
        <translation>Удалить ключевое слово «%1»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="112"/>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="119"/>
        <source>Add a keyword</source>
        <translation>Добавить ключевое слово</translation>
    </message>
    <message>
        <location filename="../../resources/qml/KeywordsEditor.qml" line="131"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>LeftRoomBar</name>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You were banned from this conversation</source>
        <translation>Вас забанили в этом чате</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="45"/>
        <source>You left this conversation</source>
        <translation>Вы покинули этот чат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Rejoining</source>
        <translation>Возвращение</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="54"/>
        <source>Forgetting</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoining…</source>
        <translation>Возвращение…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="58"/>
        <source>Rejoin</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="61"/>
        <source>Join this conversation again</source>
        <translation>Снова вступить в этот чат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="66"/>
        <source>Forget…</source>
        <translation>Забыть…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LeftRoomBar.qml" line="69"/>
        <source>Forget this conversation</source>
        <translation>Забыть этот чат</translation>
    </message>
</context>
<context>
    <name>LevelField</name>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="15"/>
        <source>Custom level</source>
        <translation>Свой уровень</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="40"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="71"/>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="78"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LevelField.qml" line="81"/>
        <source>Set %1</source>
        <translation>Задать %1</translation>
    </message>
</context>
<context>
    <name>LinkPreviewDialog</name>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="69"/>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Loading the room</source>
        <translation>Загрузка комнаты</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="92"/>
        <source>Joining</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="101"/>
        <source>This room can&apos;t be previewed. It may be private, or the link may be wrong.</source>
        <translation>Предпросмотр этой комнаты недоступен. Возможно, она закрытая или ссылка неверна.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="117"/>
        <source>Its admins let people in. They will see your request.</source>
        <translation>Участников принимают администраторы. Они увидят вашу заявку.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="118"/>
        <source>Request sent. You will be let in when an admin approves it.</source>
        <translation>Заявка отправлена. Вас впустят, когда администратор её одобрит.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="119"/>
        <source>You are invited.</source>
        <translation>Вас пригласили.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="120"/>
        <source>You are banned from this room.</source>
        <translation>Вас забанили в этой комнате.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="121"/>
        <source>This room is invite only. Ask a member to invite you.</source>
        <translation>В эту комнату можно вступить только по приглашению. Попросите кого-нибудь из участников пригласить вас.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="130"/>
        <source>Message to the admins (optional)</source>
        <translation>Сообщение администраторам (необязательно)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="131"/>
        <source>Hi, I&apos;d like to join</source>
        <translation>Здравствуйте! Хочу вступить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="132"/>
        <source>Message to the admins</source>
        <translation>Сообщение администраторам</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="154"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="160"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="168"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="169"/>
        <source>Joining…</source>
        <translation>Вступление…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join space</source>
        <translation>Вступить в пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="170"/>
        <source>Join</source>
        <translation>Вступить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="171"/>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="172"/>
        <source>Join %1</source>
        <translation>Вступить в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="180"/>
        <source>Ask to join</source>
        <translation>Подать заявку</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LinkPreviewDialog.qml" line="181"/>
        <source>Ask to join %1</source>
        <translation>Подать заявку в %1</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="34"/>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <location filename="../../resources/qml/LoginPage.qml" line="102"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="42"/>
        <source>Use your Matrix account. Your password is sent only to your homeserver.</source>
        <translation>Используйте аккаунт Matrix. Пароль передаётся только вашему домашнему серверу.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="52"/>
        <location filename="../../resources/qml/LoginPage.qml" line="54"/>
        <source>Homeserver</source>
        <translation>Домашний сервер</translation>
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
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="65"/>
        <source>alice or @alice:matrix.org</source>
        <translation>alice или @alice:matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="75"/>
        <location filename="../../resources/qml/LoginPage.qml" line="77"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/LoginPage.qml" line="100"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
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
        <translation>Запуск</translation>
    </message>
</context>
<context>
    <name>MainPage</name>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="291"/>
        <source>Leave “%1”?</source>
        <translation>Покинуть «%1»?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="292"/>
        <source>You will stop receiving its messages. To come back, you may need a new invitation.</source>
        <translation>Вы перестанете получать сообщения из этого чата. Чтобы вернуться, может понадобиться новое приглашение.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="293"/>
        <source>Leave</source>
        <translation>Покинуть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="303"/>
        <source>Sign out?</source>
        <translation>Выйти из аккаунта?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="304"/>
        <source>Your conversations will be removed from this computer. Sign in as %1 to see them again.</source>
        <translation>Ваши чаты будут удалены с этого компьютера. Чтобы снова их увидеть, войдите как %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="306"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="318"/>
        <source>Start a chat with %1?</source>
        <translation>Начать чат с %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="319"/>
        <source>You have no conversation with them yet. Starting one sends them an invitation.</source>
        <translation>У вас ещё нет чата с этим человеком. Если начать его, собеседник получит приглашение.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MainPage.qml" line="320"/>
        <source>Start chat</source>
        <translation>Начать чат</translation>
    </message>
</context>
<context>
    <name>MediaCachePanel</name>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="31"/>
        <source>Media cache</source>
        <translation>Кэш медиафайлов</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="39"/>
        <source>Clearing…</source>
        <translation>Очистка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="49"/>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="75"/>
        <source>Clear cache</source>
        <translation>Очистить кэш</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="73"/>
        <source>Clear the media cache?</source>
        <translation>Очистить кэш медиафайлов?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaCachePanel.qml" line="74"/>
        <source>Pictures, videos and files are downloaded again when you look at them. Your messages stay.</source>
        <translation>Изображения, видео и файлы будут снова скачаны, когда вы их откроете. Ваши сообщения останутся.</translation>
    </message>
</context>
<context>
    <name>MediaContent</name>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="29"/>
        <source>Download failed. Try again</source>
        <translation>Не удалось скачать. Повторить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download (%1)</source>
        <translation>Скачать (%1)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="30"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="98"/>
        <source>Sticker: %1</source>
        <translation>Стикер: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="99"/>
        <source>Photo: %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="147"/>
        <source>This picture cannot be shown.</source>
        <translation>Не удаётся показать это изображение.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="217"/>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="251"/>
        <source>Downloading… %1</source>
        <translation>Скачивание… %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="292"/>
        <source>Save to Downloads</source>
        <translation>Сохранить в «Загрузки»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="309"/>
        <source>Uploading, %1%</source>
        <translation>Отправка: %1%</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaContent.qml" line="338"/>
        <source>Cancel the upload</source>
        <translation>Отменить отправку</translation>
    </message>
</context>
<context>
    <name>MediaPlayerContent</name>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="121"/>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="204"/>
        <source>Save to Downloads</source>
        <translation>Сохранить в «Загрузки»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="293"/>
        <source>Pause %1</source>
        <translation>Пауза: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaPlayerContent.qml" line="294"/>
        <source>Play %1</source>
        <translation>Воспроизвести %1</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="114"/>
        <source>Plus and minus zoom, 0 fits the picture, Left and Right go to the previous or next one, Esc closes</source>
        <translation>Плюс и минус — масштаб, 0 — вписать изображение, стрелки влево и вправо — предыдущее или следующее, Esc — закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="152"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 из %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="167"/>
        <source>Save to Downloads (Ctrl+S)</source>
        <translation>Сохранить в «Загрузки» (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="174"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="189"/>
        <source>Previous (Left)</source>
        <translation>Предыдущее (←)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MediaViewer.qml" line="202"/>
        <source>Next (Right)</source>
        <translation>Следующее (→)</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="23"/>
        <location filename="../../resources/qml/MemberList.qml" line="117"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="56"/>
        <location filename="../../resources/qml/MemberList.qml" line="64"/>
        <source>Find a member</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="98"/>
        <source>Roles and permissions</source>
        <translation>Роли и права</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="99"/>
        <source>Roles and permissions of this conversation</source>
        <translation>Роли и права в этом чате</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="161"/>
        <source>invited</source>
        <translation>приглашён(а)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="164"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="165"/>
        <source>away</source>
        <translation>нет на месте</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="212"/>
        <source>(you)</source>
        <translation>(вы)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="281"/>
        <source>Asking to join</source>
        <translation>Заявки на вступление</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="297"/>
        <source>asks to join</source>
        <translation>хочет вступить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="339"/>
        <source>Approve</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="340"/>
        <source>Let %1 in</source>
        <translation>Принять %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="349"/>
        <source>Deny</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="350"/>
        <source>Turn down %1</source>
        <translation>Отклонить заявку %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="378"/>
        <source>Banned</source>
        <translation>Забаненные</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="394"/>
        <source>banned</source>
        <translation>забанен(а)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="428"/>
        <source>Unban</source>
        <translation>Разбанить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="429"/>
        <source>Unban %1</source>
        <translation>Разбанить %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="443"/>
        <source>Loading members</source>
        <translation>Загрузка участников</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="458"/>
        <source>No members to show</source>
        <translation>Нет участников</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="459"/>
        <source>No members match “%1”</source>
        <translation>Нет участников по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="497"/>
        <source>Remove %1?</source>
        <translation>Исключить %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="498"/>
        <source>Ban %1?</source>
        <translation>Забанить %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="499"/>
        <source>Delete the recent messages of %1?</source>
        <translation>Удалить последние сообщения %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="500"/>
        <source>They leave the conversation and can come back if invited again.</source>
        <translation>Участник покинет чат и сможет вернуться, если его снова пригласят.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="501"/>
        <source>They leave the conversation and cannot come back until unbanned.</source>
        <translation>Участник покинет чат и не сможет вернуться, пока его не разбанят.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="502"/>
        <source>Counting their messages…</source>
        <translation>Подсчёт сообщений…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="503"/>
        <source>This device holds no messages of theirs.</source>
        <translation>На этом устройстве нет сообщений этого участника.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/MemberList.qml" line="504"/>
        <source>%n message(s) will be deleted for everyone.</source>
        <translation>
            <numerusform>%n сообщение будет удалено у всех.</numerusform>
            <numerusform>%n сообщения будут удалены у всех.</numerusform>
            <numerusform>%n сообщений будет удалено у всех.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Remove</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Ban</source>
        <translation>Забанить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MemberList.qml" line="505"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>MessageActionBar</name>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="49"/>
        <source>React with %1</source>
        <translation>Реакция %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="68"/>
        <source>Add a reaction</source>
        <translation>Добавить реакцию</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="74"/>
        <source>Reply (R)</source>
        <translation>Ответить (R)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="80"/>
        <source>Reply in a thread (T)</source>
        <translation>Ответить в ветке (T)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="87"/>
        <source>Edit (E)</source>
        <translation>Изменить (E)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="94"/>
        <source>Delete (Del)</source>
        <translation>Удалить (Del)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageActionBar.qml" line="102"/>
        <source>More actions (Menu)</source>
        <translation>Другие действия (клавиша меню)</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="199"/>
        <source>New messages</source>
        <translation>Новые сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="221"/>
        <source>%1, shown; collapse</source>
        <translation>%1, развёрнуто; свернуть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="222"/>
        <source>%1; show all</source>
        <translation>%1; показать все</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="265"/>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="420"/>
        <source>Reply to %1: %2</source>
        <translation>Ответ для %1: %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="546"/>
        <source>Posted by %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="551"/>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="572"/>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="573"/>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="574"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="622"/>
        <source>%1 %2, by %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="625"/>
        <source>%1 reacted with %2</source>
        <translation>%1: реакция %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="663"/>
        <source>Thread: %1</source>
        <translation>Ветка: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="713"/>
        <source>Read by %1</source>
        <translation>Прочитали: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="738"/>
        <source>Not sent.</source>
        <translation>Не отправлено.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="746"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="748"/>
        <source>Retry sending</source>
        <translation>Отправить ещё раз</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="753"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="755"/>
        <source>Delete the unsent message</source>
        <translation>Удалить неотправленное сообщение</translation>
    </message>
    <message>
        <location filename="../../resources/qml/MessageDelegate.qml" line="767"/>
        <source>%1 at %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
</context>
<context>
    <name>ModerationDialog</name>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="72"/>
        <source>Reason (optional, everyone sees it)</source>
        <translation>Причина (необязательно, видна всем)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="73"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ModerationDialog.qml" line="82"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New channel</source>
        <translation>Новый канал</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="42"/>
        <source>New conversation</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="59"/>
        <source>Chat or group</source>
        <translation>Чат или группа</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="60"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="99"/>
        <location filename="../../resources/qml/NewChatDialog.qml" line="100"/>
        <source>Channel name</source>
        <translation>Название канала</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="108"/>
        <source>Description (optional)</source>
        <translation>Описание (необязательно)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="109"/>
        <source>Channel description</source>
        <translation>Описание канала</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="116"/>
        <source>Anyone with the link can join</source>
        <translation>Вступить может любой, у кого есть ссылка</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="152"/>
        <source>You and the moderators you choose post; everyone else reads and reacts.</source>
        <translation>Публикуете вы и выбранные вами модераторы; остальные читают и ставят реакции.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="159"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="160"/>
        <source>@bob:example.org, @carol:example.org</source>
        <translation>@bob:example.org, @carol:example.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="161"/>
        <source>People to invite</source>
        <translation>Кого пригласить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="169"/>
        <source>Group name (leave empty for a direct chat)</source>
        <translation>Название группы (оставьте пустым для личного чата)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="170"/>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="177"/>
        <source>Browse public rooms…</source>
        <translation>Публичные комнаты…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="178"/>
        <source>Browse public rooms or join by address (Ctrl+Shift+J)</source>
        <translation>Публичные комнаты или вступление по адресу (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="189"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Create channel</source>
        <translation>Создать канал</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="195"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Create the channel</source>
        <translation>Создать канал</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewChatDialog.qml" line="198"/>
        <source>Start the conversation</source>
        <translation>Начать чат</translation>
    </message>
</context>
<context>
    <name>NewSpaceDialog</name>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="53"/>
        <source>New space</source>
        <translation>Новое пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="64"/>
        <source>A space gathers rooms and groups for a community. Its admins choose its rooms.</source>
        <translation>Пространство объединяет комнаты и группы сообщества. Его комнаты выбирают администраторы.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="70"/>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="71"/>
        <source>Space name</source>
        <translation>Название пространства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="79"/>
        <source>Description (optional)</source>
        <translation>Описание (необязательно)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="80"/>
        <source>Space description</source>
        <translation>Описание пространства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="89"/>
        <source>Anyone can find and join</source>
        <translation>Любой может найти и вступить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="90"/>
        <source>Listed in the server&apos;s directory; anyone can join.</source>
        <translation>Есть в каталоге сервера; вступить может любой.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="91"/>
        <source>Only people you invite can join.</source>
        <translation>Вступить могут только приглашённые вами.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="98"/>
        <source>Start with an announcements channel</source>
        <translation>Создать канал объявлений</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="99"/>
        <source>Where its admins post and every member reads.</source>
        <translation>В нём публикуют администраторы, а читают все участники.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="119"/>
        <source>Creating the space</source>
        <translation>Создание пространства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="123"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="129"/>
        <source>Create space</source>
        <translation>Создать пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/NewSpaceDialog.qml" line="131"/>
        <source>Create the space</source>
        <translation>Создать пространство</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../resources/qml/Notice.qml" line="40"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>PinnedBar</name>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="22"/>
        <source>Pinned messages</source>
        <translation>Закреплённые сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="43"/>
        <source>Pinned message %1 of %2, from %3: %4. Show it</source>
        <translation>Закреплённое сообщение %1 из %2, автор %3: %4. Показать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="46"/>
        <source>Pinned message from %1: %2. Show it</source>
        <translation>Закреплённое сообщение, автор %1: %2. Показать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <location filename="../../resources/qml/PinnedBar.qml" line="90"/>
        <source>Pinned message</source>
        <translation>Закреплённое сообщение</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PinnedBar.qml" line="122"/>
        <source>Unpin this message</source>
        <translation>Открепить это сообщение</translation>
    </message>
</context>
<context>
    <name>PlayPauseButton</name>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="20"/>
        <source>Stop loading %1</source>
        <translation>Остановить загрузку: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Pause %1</source>
        <translation>Пауза: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PlayPauseButton.qml" line="21"/>
        <source>Play %1</source>
        <translation>Воспроизвести %1</translation>
    </message>
</context>
<context>
    <name>PowerLevelEditor</name>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="29"/>
        <source>Send messages</source>
        <translation>Отправлять сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="30"/>
        <source>React to messages</source>
        <translation>Ставить реакции</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="31"/>
        <source>Invite people</source>
        <translation>Приглашать участников</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="32"/>
        <source>Delete others&apos; messages</source>
        <translation>Удалять чужие сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="33"/>
        <source>Pin messages</source>
        <translation>Закреплять сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="34"/>
        <source>Start calls</source>
        <translation>Начинать звонки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="35"/>
        <source>Notify everyone with @room</source>
        <translation>Уведомлять всех через @room</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="36"/>
        <source>Remove people</source>
        <translation>Исключать участников</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="37"/>
        <source>Ban people</source>
        <translation>Банить участников</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="38"/>
        <source>Change name, topic and picture</source>
        <translation>Менять название, описание и фото</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="39"/>
        <source>Change who can join and read history</source>
        <translation>Менять, кто может вступать и читать историю</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="40"/>
        <source>Change roles and permissions</source>
        <translation>Менять роли и права</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="63"/>
        <source>Roles and permissions</source>
        <translation>Роли и права</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="74"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="85"/>
        <source>Who may do what in this conversation. Admins have every right moderators have.</source>
        <translation>Кто и что может делать в этом чате. У администраторов есть все права модераторов.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="86"/>
        <source>Your role does not allow changing these; this is who may do what here.</source>
        <translation>Ваша роль не позволяет это менять; здесь показано, кто что может делать.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="100"/>
        <source>Permissions</source>
        <translation>Права</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="155"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="156"/>
        <source>Moderators</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="157"/>
        <source>Admins</source>
        <translation>Админы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="159"/>
        <source>Level %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="160"/>
        <source>Custom…</source>
        <translation>Свой…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/PowerLevelEditor.qml" line="214"/>
        <source>Custom level for %1</source>
        <translation>Свой уровень: %1</translation>
    </message>
</context>
<context>
    <name>ProfilePopup</name>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="127"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="213"/>
        <source>invited</source>
        <translation>приглашён(а)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="214"/>
        <source>online</source>
        <translation>в сети</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="215"/>
        <source>away</source>
        <translation>нет на месте</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="230"/>
        <source>Message</source>
        <translation>Написать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="231"/>
        <source>Send a message to %1</source>
        <translation>Написать %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="242"/>
        <source>Share link to profile</source>
        <translation>Поделиться ссылкой на профиль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="243"/>
        <source>Share a link to %1</source>
        <translation>Поделиться ссылкой на %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="254"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="326"/>
        <source>Custom level for %1</source>
        <translation>Свой уровень: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="345"/>
        <source>Remove</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="347"/>
        <source>Remove %1 from the conversation</source>
        <translation>Исключить %1 из чата</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="355"/>
        <source>Ban</source>
        <translation>Забанить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="357"/>
        <source>Ban %1</source>
        <translation>Забанить %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="367"/>
        <source>Delete recent messages</source>
        <translation>Удалить последние сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="368"/>
        <source>Delete the recent messages of %1</source>
        <translation>Удалить последние сообщения %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Unblocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="394"/>
        <source>Blocking…</source>
        <translation>Блокировка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="395"/>
        <location filename="../../resources/qml/ProfilePopup.qml" line="440"/>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Unblock %1</source>
        <translation>Разблокировать %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="396"/>
        <source>Block %1</source>
        <translation>Заблокировать %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="403"/>
        <source>Block %1?</source>
        <translation>Заблокировать %1?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="412"/>
        <source>Report…</source>
        <translation>Пожаловаться…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="413"/>
        <source>Report %1 to the server&apos;s admins</source>
        <translation>Пожаловаться на %1 администраторам сервера</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="427"/>
        <source>This is you</source>
        <translation>Это вы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ProfilePopup.qml" line="439"/>
        <source>Their messages and invitations disappear, on all your devices. They are not told; you can unblock them in Settings.</source>
        <translation>Сообщения и приглашения этого человека исчезнут на всех ваших устройствах. Он об этом не узнает; разблокировать можно в настройках.</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="50"/>
        <source>Go to a conversation or a person</source>
        <translation>Перейти к чату или человеку</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="55"/>
        <source>Quick switcher</source>
        <translation>Быстрый переход</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="80"/>
        <source>Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <location filename="../../resources/qml/QuickSwitcher.qml" line="167"/>
        <source>Nothing matches “%1”</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="41"/>
        <source>Delete this message?</source>
        <translation>Удалить это сообщение?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="49"/>
        <source>It is deleted for everyone in the conversation.</source>
        <translation>Оно будет удалено у всех участников чата.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="50"/>
        <source>It is deleted for everyone; as a moderator you may say why.</source>
        <translation>Оно будет удалено у всех; как модератор вы можете указать причину.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="58"/>
        <source>Reason (optional)</source>
        <translation>Причина (необязательно)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="59"/>
        <source>Reason for deleting</source>
        <translation>Причина удаления</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="68"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RedactDialog.qml" line="74"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report this message</source>
        <translation>Пожаловаться на сообщение</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="66"/>
        <source>Report %1</source>
        <translation>Пожаловаться на %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="77"/>
        <source>The admins of your server see the message and your reason. %1 is not told.</source>
        <translation>Администраторы вашего сервера увидят сообщение и причину жалобы. %1 об этом не узнает.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="78"/>
        <source>The admins of your server see who you report and your reason. %1 is not told.</source>
        <translation>Администраторы вашего сервера увидят, на кого вы пожаловались, и причину. %1 об этом не узнает.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="88"/>
        <source>Reason (for the admins)</source>
        <translation>Причина (для администраторов)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="90"/>
        <source>Reason for the report</source>
        <translation>Причина жалобы</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="107"/>
        <source>Reported. The server&apos;s admins will see it.</source>
        <translation>Жалоба отправлена. Администраторы сервера её увидят.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="119"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Reporting…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="126"/>
        <source>Report</source>
        <translation>Пожаловаться</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ReportDialog.qml" line="130"/>
        <source>Send the report</source>
        <translation>Отправить жалобу</translation>
    </message>
</context>
<context>
    <name>RightPanel</name>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="100"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="101"/>
        <source>Thread</source>
        <translation>Ветка</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="102"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="109"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="110"/>
        <source>%1, %2 invited</source>
        <translation>%1, приглашено: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RightPanel.qml" line="114"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RightPanel.qml" line="157"/>
        <source>Close %1 (Esc)</source>
        <translation>Закрыть «%1» (Esc)</translation>
    </message>
</context>
<context>
    <name>RoomDelegate</name>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="49"/>
        <source>Invitation from %1, hidden because it looks like spam</source>
        <translation>Приглашение от %1 скрыто: похоже на спам</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="52"/>
        <source>Invitation</source>
        <translation>Приглашение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n непрочитанное сообщение</numerusform>
            <numerusform>%n непрочитанных сообщения</numerusform>
            <numerusform>%n непрочитанных сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="53"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="272"/>
        <source>Marked as unread</source>
        <translation>Помечен как непрочитанный</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="54"/>
        <source>Mentions you</source>
        <translation>Вас упомянули</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="55"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="230"/>
        <source>Muted</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="56"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="281"/>
        <source>Pinned</source>
        <translation>Закреплён</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="102"/>
        <source>Invite from %1</source>
        <translation>Приглашение от %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="140"/>
        <source>Hidden: it looks like spam</source>
        <translation>Скрыто: похоже на спам</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="160"/>
        <source>Join</source>
        <translation>Вступить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="165"/>
        <source>Join %1</source>
        <translation>Вступить в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="170"/>
        <location filename="../../resources/qml/RoomDelegate.qml" line="200"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="175"/>
        <source>Decline the invitation to %1</source>
        <translation>Отклонить приглашение в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="191"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="195"/>
        <source>Show the invitation from %1</source>
        <translation>Показать приглашение от %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDelegate.qml" line="205"/>
        <source>Decline the invitation from %1</source>
        <translation>Отклонить приглашение от %1</translation>
    </message>
</context>
<context>
    <name>RoomDirectory</name>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="58"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="193"/>
        <source>Public rooms</source>
        <translation>Публичные комнаты</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="67"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="81"/>
        <source>Search, or an address: #room:server</source>
        <translation>Поиск или адрес: #комната:сервер</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="89"/>
        <source>Search public rooms, or a room&apos;s address to join</source>
        <translation>Поиск публичных комнат или адрес комнаты для вступления</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="123"/>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="132"/>
        <source>matrix.org</source>
        <translation>matrix.org</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="140"/>
        <source>Server whose directory to show</source>
        <translation>Сервер, каталог которого показать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="153"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="160"/>
        <source>The server whose public rooms are listed</source>
        <translation>Сервер, публичные комнаты которого показаны</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="171"/>
        <source>The room at this address</source>
        <translation>Комната по этому адресу</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="223"/>
        <source>Loading more rooms</source>
        <translation>Загрузка других комнат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="240"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="417"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="282"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="329"/>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="349"/>
        <source>Request sent: a moderator will let you in</source>
        <translation>Заявка отправлена: модератор вас впустит</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Sending the request</source>
        <translation>Отправка заявки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="363"/>
        <source>Joining</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="375"/>
        <source>Joining…</source>
        <translation>Вступление…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="376"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="377"/>
        <source>Request sent</source>
        <translation>Заявка отправлена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Ask to join</source>
        <translation>Подать заявку</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="378"/>
        <source>Join</source>
        <translation>Вступить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="379"/>
        <source>Joining %1</source>
        <translation>Вступление в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="380"/>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="381"/>
        <source>Request to join %1 sent</source>
        <translation>Заявка на вступление в %1 отправлена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="382"/>
        <location filename="../../resources/qml/RoomDirectory.qml" line="477"/>
        <source>Ask to join %1</source>
        <translation>Подать заявку в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="383"/>
        <source>Join %1</source>
        <translation>Вступить в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="395"/>
        <source>Loading the public rooms</source>
        <translation>Загрузка публичных комнат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="432"/>
        <source>No public rooms match “%1”.</source>
        <translation>Нет публичных комнат по запросу «%1».</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="433"/>
        <source>%1 lists no public rooms yet.</source>
        <translation>На %1 пока нет публичных комнат.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="487"/>
        <source>The room&apos;s moderators see your request and can let you in.</source>
        <translation>Модераторы комнаты увидят вашу заявку и смогут вас впустить.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="495"/>
        <source>Message (optional)</source>
        <translation>Сообщение (необязательно)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="497"/>
        <source>Message to the moderators</source>
        <translation>Сообщение модераторам</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="506"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="512"/>
        <source>Send request</source>
        <translation>Отправить заявку</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomDirectory.qml" line="513"/>
        <source>Send the request to join %1</source>
        <translation>Отправить заявку на вступление в %1</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="56"/>
        <source>Account: %1</source>
        <translation>Аккаунт: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="92"/>
        <source>Saved messages</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="97"/>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="102"/>
        <location filename="../../resources/qml/RoomList.qml" line="705"/>
        <source>New folder…</source>
        <translation>Новая папка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="107"/>
        <location filename="../../resources/qml/RoomList.qml" line="803"/>
        <source>New space…</source>
        <translation>Новое пространство…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="112"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="118"/>
        <source>Uploading avatar…</source>
        <translation>Загрузка аватара…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="119"/>
        <source>Change my avatar…</source>
        <translation>Изменить аватар…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="120"/>
        <source>Set my avatar…</source>
        <translation>Выбрать аватар…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="128"/>
        <source>Remove my avatar</source>
        <translation>Удалить аватар</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="133"/>
        <source>Sign out…</source>
        <translation>Выйти…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="148"/>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="151"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="156"/>
        <source>Open log folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="161"/>
        <source>Copy diagnostics</source>
        <translation>Скопировать диагностику</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="166"/>
        <source>About Messenger</source>
        <translation>О программе Messenger</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="178"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="184"/>
        <source>Search conversations</source>
        <translation>Поиск чатов</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="215"/>
        <source>New conversation (Ctrl+N)</source>
        <translation>Новый чат (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="234"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="302"/>
        <source>%1, %2 unread</source>
        <translation>%1, непрочитанных: %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="367"/>
        <source>Edit folder…</source>
        <translation>Изменить папку…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="372"/>
        <source>Move left</source>
        <translation>Сдвинуть влево</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="377"/>
        <source>Move right</source>
        <translation>Сдвинуть вправо</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="382"/>
        <source>Delete folder…</source>
        <translation>Удалить папку…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="405"/>
        <source>Spaces</source>
        <translation>Пространства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="443"/>
        <source>All conversations</source>
        <translation>Все чаты</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="448"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="513"/>
        <source>New space</source>
        <translation>Новое пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="531"/>
        <source>Conversations</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="563"/>
        <source>Browse</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="564"/>
        <source>Browse the rooms of %1</source>
        <translation>Комнаты пространства %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="567"/>
        <source>All the rooms of this space, to join or open</source>
        <translation>Все комнаты этого пространства — чтобы вступить или открыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="618"/>
        <source>No conversations yet — start one with Ctrl+N</source>
        <translation>Чатов пока нет — начните новый: Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="619"/>
        <source>No conversations match “%1”</source>
        <translation>Нет чатов по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="655"/>
        <source>Pin to top</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as read</source>
        <translation>Пометить как прочитанное</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="661"/>
        <source>Mark as unread</source>
        <translation>Пометить как непрочитанное</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="666"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="670"/>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="675"/>
        <source>Mentions and keywords</source>
        <translation>Упоминания и ключевые слова</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="680"/>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Move out of low priority</source>
        <translation>Убрать из низкого приоритета</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="687"/>
        <source>Low priority</source>
        <translation>Низкий приоритет</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="692"/>
        <source>Add to folder</source>
        <translation>Добавить в папку</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Change avatar…</source>
        <translation>Изменить фото…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="715"/>
        <source>Set avatar…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="723"/>
        <source>Remove avatar</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose the conversation&apos;s avatar</source>
        <translation>Выберите фото чата</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="737"/>
        <source>Choose your avatar</source>
        <translation>Выберите аватар</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="742"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="759"/>
        <source>Delete the folder “%1”?</source>
        <translation>Удалить папку «%1»?</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="764"/>
        <source>Its conversations stay in your list; only the tab goes, on your other devices too.</source>
        <translation>Её чаты останутся в списке; исчезнет только вкладка, в том числе на других ваших устройствах.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="765"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="793"/>
        <source>Browse rooms</source>
        <translation>Обзор комнат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomList.qml" line="798"/>
        <source>Show its conversations</source>
        <translation>Показать чаты пространства</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="94"/>
        <source>Conversation settings</source>
        <translation>Настройки чата</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="104"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="111"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="143"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="149"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="150"/>
        <source>Conversation name</source>
        <translation>Название чата</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="159"/>
        <source>Topic</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="160"/>
        <source>Conversation topic</source>
        <translation>Описание чата</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="170"/>
        <source>Change picture…</source>
        <translation>Изменить фото…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="179"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="180"/>
        <source>Save the name and topic</source>
        <translation>Сохранить название и описание</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="187"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="195"/>
        <source>Who can join</source>
        <translation>Кто может вступить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="196"/>
        <source>Anyone with its address or link joins.</source>
        <translation>Вступить может любой, у кого есть адрес или ссылка.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="197"/>
        <source>Anyone may ask; a moderator lets them in.</source>
        <translation>Заявку может подать любой; принимает модератор.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="198"/>
        <source>Members of its space join; others need an invitation.</source>
        <translation>Участники пространства вступают свободно; остальным нужно приглашение.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="199"/>
        <source>Only people who are invited.</source>
        <translation>Только приглашённые.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="201"/>
        <source>Invited</source>
        <translation>По приглашению</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="202"/>
        <source>Ask to join</source>
        <translation>По заявке</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="203"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="224"/>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="204"/>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="245"/>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="215"/>
        <source>Who can read the history</source>
        <translation>Кто может читать историю</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="216"/>
        <source>Anyone, without joining.</source>
        <translation>Все, даже без вступления.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="217"/>
        <source>Members, from when they joined.</source>
        <translation>Участники, с момента вступления.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="218"/>
        <source>Members, from when they were invited.</source>
        <translation>Участники, с момента приглашения.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="219"/>
        <source>Members, all of it.</source>
        <translation>Участники, всю историю.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="221"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="222"/>
        <source>Since invited</source>
        <translation>С приглашения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="223"/>
        <source>Since joined</source>
        <translation>Со вступления</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="235"/>
        <source>Let guests join</source>
        <translation>Пускать гостей</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="236"/>
        <source>People without an account on any server.</source>
        <translation>Люди без аккаунта на каком-либо сервере.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="258"/>
        <source>Not in a space</source>
        <translation>Не в пространстве</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="265"/>
        <source>Its space lists it, and the space&apos;s members find it there.</source>
        <translation>Чат есть в списке пространства, и его участники найдут чат там.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="276"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="277"/>
        <source>Change the conversation&apos;s space</source>
        <translation>Изменить пространство чата</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="285"/>
        <source>No space</source>
        <translation>Без пространства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="304"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="313"/>
        <source>Sign posts</source>
        <translation>Подписывать публикации</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="314"/>
        <source>Show the name of the admin who wrote each post. Otherwise posts show as the channel&apos;s.</source>
        <translation>Показывать имя администратора, написавшего публикацию. Иначе публикации выходят от имени канала.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="327"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="332"/>
        <source>No address yet</source>
        <translation>Адреса пока нет</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="344"/>
        <source>New address, e.g. climbing-club</source>
        <translation>Новый адрес, например klub-alpinistov</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="345"/>
        <source>New address</source>
        <translation>Новый адрес</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="352"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="353"/>
        <source>Add the address</source>
        <translation>Добавить адрес</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="367"/>
        <source>List in the server&apos;s directory</source>
        <translation>Показывать в каталоге сервера</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="368"/>
        <source>Anyone browsing the server&apos;s public conversations finds it.</source>
        <translation>Его найдёт любой, кто просматривает публичные чаты сервера.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="391"/>
        <source>Leave conversation…</source>
        <translation>Покинуть чат…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="399"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="408"/>
        <source>Choose the conversation&apos;s picture</source>
        <translation>Выберите фото чата</translation>
    </message>
    <message>
        <location filename="../../resources/qml/RoomSettingsDialog.qml" line="410"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="17"/>
        <source>Search in this conversation</source>
        <translation>Поиск в этом чате</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="53"/>
        <source>Search messages</source>
        <translation>Поиск сообщений</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="61"/>
        <source>Search messages in this conversation</source>
        <translation>Поиск сообщений в этом чате</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="62"/>
        <source>Press Enter to search</source>
        <translation>Нажмите Enter для поиска</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SearchPanel.qml" line="100"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="119"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="144"/>
        <source>%1 at %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="248"/>
        <source>Load more</source>
        <translation>Загрузить ещё</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="249"/>
        <source>Load more results</source>
        <translation>Загрузить ещё результаты</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="279"/>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="299"/>
        <source>No messages match “%1”</source>
        <translation>Нет сообщений по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="300"/>
        <source>Find messages in this conversation: type a word and press Enter.</source>
        <translation>Поиск сообщений в этом чате: введите слово и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SearchPanel.qml" line="310"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <location filename="../../resources/qml/SeekBar.qml" line="22"/>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
</context>
<context>
    <name>SendFilesDialog</name>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="67"/>
        <source>Send a photo</source>
        <translation>Отправить фото</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="68"/>
        <source>Send a file</source>
        <translation>Отправить файл</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/SendFilesDialog.qml" line="69"/>
        <source>Send %n files</source>
        <translation>
            <numerusform>Отправить %n файл</numerusform>
            <numerusform>Отправить %n файла</numerusform>
            <numerusform>Отправить %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="80"/>
        <source>In the thread</source>
        <translation>В ветке</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="186"/>
        <source>Rotate</source>
        <translation>Повернуть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Done cropping</source>
        <translation>Завершить обрезку</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="195"/>
        <source>Crop</source>
        <translation>Обрезать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="245"/>
        <source>Add a caption…</source>
        <translation>Добавить подпись…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="249"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="264"/>
        <source>Send as file (original quality, no preview)</source>
        <translation>Отправить как файл (исходное качество, без превью)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="288"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SendFilesDialog.qml" line="293"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
</context>
<context>
    <name>SessionExpiredBar</name>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="48"/>
        <source>Your session expired — enter your password to continue.</source>
        <translation>Сеанс истёк — введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="59"/>
        <source>Messages you write meanwhile are sent once you are signed in as %1.</source>
        <translation>Сообщения, написанные за это время, будут отправлены после входа. Аккаунт: %1.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="69"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="72"/>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="80"/>
        <source>Signing in</source>
        <translation>Выполняется вход</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SessionExpiredBar.qml" line="86"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>SettingRow</name>
    <message>
        <location filename="../../resources/qml/SettingRow.qml" line="210"/>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="81"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="100"/>
        <source>Settings sections</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SettingsDialog.qml" line="267"/>
        <source>Close settings</source>
        <translation>Закрыть настройки</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="47"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="60"/>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="91"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="68"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ShortcutsDialog.qml" line="108"/>
        <source> or </source>
        <translation> или </translation>
    </message>
</context>
<context>
    <name>SpaceBrowser</name>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="69"/>
        <source>Back to %1</source>
        <translation>Назад в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="75"/>
        <source>Rooms in %1</source>
        <translation>Комнаты в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="89"/>
        <source>Add rooms</source>
        <translation>Добавить комнаты</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="90"/>
        <source>Add rooms to %1</source>
        <translation>Добавить комнаты в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="100"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="110"/>
        <source>Search rooms</source>
        <translation>Поиск комнат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="116"/>
        <source>Search the rooms of this space</source>
        <translation>Поиск комнат этого пространства</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="161"/>
        <source>Rooms</source>
        <translation>Комнаты</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="202"/>
        <source>%1, space, %2</source>
        <translation>%1, пространство, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="203"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="204"/>
        <source>suggested</source>
        <translation>рекомендуется</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="253"/>
        <source>Suggested</source>
        <translation>Рекомендуемые</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="270"/>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="303"/>
        <source>Joining</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="311"/>
        <source>More for %1</source>
        <translation>Другие действия: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="325"/>
        <source>Joining…</source>
        <translation>Вступление…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="326"/>
        <source>Join</source>
        <translation>Вступить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Browse</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="327"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="328"/>
        <source>Joining %1</source>
        <translation>Вступление в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="329"/>
        <source>Join %1</source>
        <translation>Вступить в %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Browse %1</source>
        <translation>Обзор пространства %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="330"/>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="342"/>
        <source>Loading the rooms</source>
        <translation>Загрузка комнат</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="364"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="377"/>
        <source>This space has no rooms yet.</source>
        <translation>В этом пространстве пока нет комнат.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="378"/>
        <source>No rooms match “%1”</source>
        <translation>Нет комнат по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Don&apos;t suggest</source>
        <translation>Не рекомендовать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="396"/>
        <source>Suggest to members</source>
        <translation>Рекомендовать участникам</translation>
    </message>
    <message>
        <location filename="../../resources/qml/SpaceBrowser.qml" line="401"/>
        <source>Remove from space</source>
        <translation>Убрать из пространства</translation>
    </message>
</context>
<context>
    <name>StickerPicker</name>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="102"/>
        <source>Add stickers</source>
        <translation>Добавить стикеры</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="104"/>
        <source>Pictures (*.png *.webp *.gif *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.webp *.gif *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="111"/>
        <source>Stickers</source>
        <translation>Стикеры</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="121"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="129"/>
        <source>Search stickers</source>
        <translation>Поиск стикеров</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="172"/>
        <source>Sticker packs</source>
        <translation>Наборы стикеров</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="181"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="183"/>
        <source>New sticker pack for this conversation</source>
        <translation>Новый набор стикеров для этого чата</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="283"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="336"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="338"/>
        <source>Add stickers from your computer</source>
        <translation>Добавить стикеры с компьютера</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="411"/>
        <source>Make your own stickers: add pictures from your computer, or right-click a sticker someone sent.</source>
        <translation>Создавайте свои стикеры: добавьте изображения с компьютера или щёлкните правой кнопкой по стикеру, который вам прислали.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="412"/>
        <source>Add pictures from your computer: everyone in this conversation can send them.</source>
        <translation>Добавьте изображения с компьютера: их смогут отправлять все участники этого чата.</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="424"/>
        <source>No stickers found</source>
        <translation>Стикеры не найдены</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="451"/>
        <source>A pack everyone in this conversation can use</source>
        <translation>Набор, доступный всем участникам этого чата</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="460"/>
        <location filename="../../resources/qml/StickerPicker.qml" line="466"/>
        <source>Pack name</source>
        <translation>Название набора</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="480"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use only in its conversation</source>
        <translation>Только в своём чате</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="499"/>
        <source>Use in every conversation</source>
        <translation>Во всех чатах</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="509"/>
        <source>Remove from My stickers</source>
        <translation>Удалить из «Моих стикеров»</translation>
    </message>
    <message>
        <location filename="../../resources/qml/StickerPicker.qml" line="510"/>
        <source>Remove from this pack</source>
        <translation>Удалить из этого набора</translation>
    </message>
</context>
<context>
    <name>StorageStatus</name>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="67"/>
        <source>Messenger cannot save to disk: the disk is full. New messages wait until there is space.</source>
        <translation>Messenger не может сохранять данные на диск: диск заполнен. Новые сообщения подождут, пока не освободится место.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="69"/>
        <source>Messenger cannot save to disk: it is read-only. New messages wait until it can.</source>
        <translation>Messenger не может сохранять данные на диск: он доступен только для чтения. Новые сообщения подождут, пока это не станет возможно.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="71"/>
        <source>The saved conversations are damaged; restart Messenger to download them again.</source>
        <translation>Сохранённые чаты повреждены; перезапустите Messenger, чтобы загрузить их заново.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="72"/>
        <source>Messenger cannot save to disk. New messages wait until it can.</source>
        <translation>Messenger не может сохранять данные на диск. Новые сообщения подождут, пока это не станет возможно.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="79"/>
        <source>This cache was written by a newer version of Messenger: it was set aside, and your conversations are being downloaded again.</source>
        <translation>Этот кэш записан более новой версией Messenger: он отложен в сторону, а ваши чаты загружаются заново.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="84"/>
        <source>The saved conversations were damaged, so they are being downloaded again.</source>
        <translation>Сохранённые чаты были повреждены, поэтому они загружаются заново.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="86"/>
        <source>%n unsent message(s) could not be recovered.</source>
        <translation>
            <numerusform>%n неотправленное сообщение не удалось восстановить.</numerusform>
            <numerusform>%n неотправленных сообщения не удалось восстановить.</numerusform>
            <numerusform>%n неотправленных сообщений не удалось восстановить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="88"/>
        <source>%n unsent message(s) were kept; others may have been lost.</source>
        <translation>
            <numerusform>%n неотправленное сообщение сохранено; другие могли потеряться.</numerusform>
            <numerusform>%n неотправленных сообщения сохранены; другие могли потеряться.</numerusform>
            <numerusform>%n неотправленных сообщений сохранены; другие могли потеряться.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/storage_status.py" line="90"/>
        <source>Messages waiting to be sent, if there were any, could not be recovered.</source>
        <translation>Сообщения, ожидавшие отправки, если они были, восстановить не удалось.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/storage_status.py" line="92"/>
        <source>%n unsent message(s) were kept and will be sent.</source>
        <translation>
            <numerusform>%n неотправленное сообщение сохранено и будет отправлено.</numerusform>
            <numerusform>%n неотправленных сообщения сохранены и будут отправлены.</numerusform>
            <numerusform>%n неотправленных сообщений сохранены и будут отправлены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="30"/>
        <source>Thread</source>
        <translation>Ветка</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="60"/>
        <source>Thread messages</source>
        <translation>Сообщения ветки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="98"/>
        <source>%1 at %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="191"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="203"/>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="212"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="213"/>
        <source>Retry sending</source>
        <translation>Отправить ещё раз</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="245"/>
        <source>No replies yet</source>
        <translation>Ответов пока нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resources/qml/ThreadPanel.qml" line="246"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="271"/>
        <source>Loading the thread</source>
        <translation>Загрузка ветки</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="296"/>
        <source>Report…</source>
        <translation>Пожаловаться…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="313"/>
        <source>Send files to the thread</source>
        <translation>Отправить файлы в ветку</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="344"/>
        <source>Drop files here to send them to the thread</source>
        <translation>Перетащите файлы сюда, чтобы отправить их в ветку</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="387"/>
        <source>Attach files to the thread (Ctrl+O)</source>
        <translation>Прикрепить файлы в ветку (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="411"/>
        <source>Reply in thread…</source>
        <translation>Ответить в ветке…</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="422"/>
        <source>Reply in thread</source>
        <translation>Ответить в ветке</translation>
    </message>
    <message>
        <location filename="../../resources/qml/ThreadPanel.qml" line="457"/>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="80"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="176"/>
        <source>Open Messenger</source>
        <translation>Открыть Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="81"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="221"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="256"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="254"/>
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="83"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="177"/>
        <source>For 1 hour</source>
        <translation>На 1 час</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="85"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="178"/>
        <source>Until tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="88"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="179"/>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="90"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="180"/>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="94"/>
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="181"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/platform/tray.py" line="219"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="37"/>
        <source>Voice message, %1</source>
        <translation>Голосовое сообщение, %1</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="48"/>
        <source>voice message</source>
        <translation>голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoicePlayer.qml" line="115"/>
        <source>Playback speed %1×</source>
        <translation>Скорость воспроизведения %1×</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="34"/>
        <source>Recording a voice message</source>
        <translation>Запись голосового сообщения</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="44"/>
        <source>Cancel the recording (Esc)</source>
        <translation>Отменить запись (Esc)</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="119"/>
        <source>Paused for a call: Enter sends, Esc cancels</source>
        <translation>Пауза из-за звонка: Enter — отправить, Esc — отменить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="120"/>
        <source>Enter sends, Esc cancels</source>
        <translation>Enter — отправить, Esc — отменить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="121"/>
        <source>Let go to cancel</source>
        <translation>Отпустите, чтобы отменить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="122"/>
        <source>Let go to send, slide away to cancel</source>
        <translation>Отпустите, чтобы отправить; отведите в сторону, чтобы отменить</translation>
    </message>
    <message>
        <location filename="../../resources/qml/VoiceRecorder.qml" line="136"/>
        <source>Send the voice message (Enter)</source>
        <translation>Отправить голосовое сообщение (Enter)</translation>
    </message>
</context>
<context>
    <name>calls</name>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="77"/>
        <source>%1 is calling</source>
        <translation>%1 звонит</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming video call</source>
        <translation>Входящий видеозвонок</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="78"/>
        <source>Incoming voice call</source>
        <translation>Входящий аудиозвонок</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_alerts.py" line="81"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="84"/>
        <source>The microphone is no longer connected.</source>
        <translation>Микрофон отключён.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="87"/>
        <source>The microphone uses a sound format this app cannot read.</source>
        <translation>Микрофон использует аудиоформат, который это приложение не может прочитать.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="94"/>
        <source>The microphone stopped working.</source>
        <translation>Микрофон перестал работать.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="115"/>
        <source>The speaker is no longer connected.</source>
        <translation>Динамик отключён.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="118"/>
        <source>The speaker uses a sound format this app cannot play.</source>
        <translation>Динамик использует аудиоформат, который это приложение не может воспроизвести.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_audio.py" line="134"/>
        <source>The speaker stopped working.</source>
        <translation>Динамик перестал работать.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="75"/>
        <source>%1 declined the call</source>
        <translation>%1 отклонил(а) звонок</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="77"/>
        <source>%1 is busy</source>
        <translation>%1 занят(а)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="79"/>
        <source>%1 did not answer</source>
        <translation>%1 не отвечает</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="81"/>
        <source>The connection was lost</source>
        <translation>Соединение потеряно</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="83"/>
        <source>The call could not be set up</source>
        <translation>Не удалось начать звонок</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="85"/>
        <source>%1 left the conversation</source>
        <translation>%1 покинул(а) чат</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="87"/>
        <source>Answered on another device</source>
        <translation>Принят на другом устройстве</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="89"/>
        <source>Declined on another device</source>
        <translation>Отклонён на другом устройстве</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="91"/>
        <source>Call ended</source>
        <translation>Звонок завершён</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="398"/>
        <source>Calling…</source>
        <translation>Вызов…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="400"/>
        <source>Ringing…</source>
        <translation>Ожидание ответа…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="402"/>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="529"/>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="540"/>
        <source>You are already in a call.</source>
        <translation>У вас уже идёт звонок.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_controller.py" line="537"/>
        <source>Calls are only possible in a conversation between two people.</source>
        <translation>Звонки возможны только в чате двух человек.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="245"/>
        <source>The app is closing: no devices can be used.</source>
        <translation>Приложение закрывается: устройства недоступны.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="249"/>
        <source>No microphone was found: the other person will not hear you.</source>
        <translation>Микрофон не найден: собеседник вас не услышит.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="254"/>
        <source>The chosen microphone is not connected; {name} is used.</source>
        <translation>Выбранный микрофон не подключён; используется {name}.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="260"/>
        <source>No speaker or headphones were found: you will not hear the other person.</source>
        <translation>Динамики или наушники не найдены: вы не услышите собеседника.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="265"/>
        <source>The chosen speaker is not connected; {name} is used.</source>
        <translation>Выбранный динамик не подключён; используется {name}.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="272"/>
        <source>No camera was found: the other person will not see you.</source>
        <translation>Камера не найдена: собеседник вас не увидит.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_devices.py" line="277"/>
        <source>The chosen camera is not connected; {name} is used.</source>
        <translation>Выбранная камера не подключена; используется {name}.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="165"/>
        <source>The camera is no longer connected.</source>
        <translation>Камера отключена.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="173"/>
        <source>The camera stopped working.</source>
        <translation>Камера перестала работать.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/call_video.py" line="179"/>
        <source>Your screen could not be captured.</source>
        <translation>Не удалось захватить экран.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../messenger_desktop/app.py" line="132"/>
        <source>Starting the homeserver on this computer…</source>
        <translation>Запуск домашнего сервера на этом компьютере…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="42"/>
        <source>Your server wants this confirmed in a way Messenger cannot do here; do it on your server&apos;s web page or in another Matrix app.</source>
        <translation>Сервер требует подтверждения, которое Messenger здесь выполнить не может; сделайте это на сайте сервера или в другом приложении Matrix.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="47"/>
        <source>The password was wrong too many times; try again later.</source>
        <translation>Слишком много попыток ввода неверного пароля; повторите позже.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="49"/>
        <source>The server finds the new password too weak: %1</source>
        <translation>Сервер считает новый пароль слишком простым: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="62"/>
        <source>Last active: %1</source>
        <translation>Последняя активность: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="276"/>
        <source>The device is signed out.</source>
        <translation>Сеанс на устройстве завершён.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/account_controller.py" line="278"/>
        <source>%n devices are signed out.</source>
        <translation>
            <numerusform>Сеансы завершены на %n устройстве.</numerusform>
            <numerusform>Сеансы завершены на %n устройствах.</numerusform>
            <numerusform>Сеансы завершены на %n устройствах.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="295"/>
        <source>Your password is changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/account_controller.py" line="322"/>
        <source>That password is not right.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="247"/>
        <source>Signing out…</source>
        <translation>Выход…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="298"/>
        <source>This link could not be opened: it is not a valid Matrix link.</source>
        <translation>Не удалось открыть ссылку: это недействительная ссылка Matrix.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/app_controller.py" line="310"/>
        <source>Could not open your conversations: %1</source>
        <translation>Не удалось открыть ваши чаты: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You were banned</source>
        <translation>Вас забанили</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/archive.py" line="60"/>
        <source>You left</source>
        <translation>Вы покинули чат</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="39"/>
        <source>%n new message(s) from %1</source>
        <translation>
            <numerusform>%n новое сообщение от %1</numerusform>
            <numerusform>%n новых сообщения от %1</numerusform>
            <numerusform>%n новых сообщений от %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/arrival_announcer.py" line="52"/>
        <source>%n other(s)</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/avatar_controller.py" line="119"/>
        <source>Only a picture on this computer can be an avatar.</source>
        <translation>Аватаром может быть только изображение с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="94"/>
        <source>Messenger is still running</source>
        <translation>Messenger продолжает работать</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/desktop_controller.py" line="95"/>
        <source>It keeps receiving messages in the tray. Quit from the tray icon&apos;s menu.</source>
        <translation>Приложение продолжает получать сообщения в трее. Выйти можно через меню значка в трее.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="57"/>
        <source>Until %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/dnd.py" line="59"/>
        <source>Until tomorrow %1</source>
        <translation>До завтра, %1</translation>
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
        <translation>До: %1, %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="34"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="35"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="36"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="37"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="69"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="155"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="105"/>
        <location filename="../../messenger_desktop/qt/thread_model.py" line="286"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="844"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="972"/>
        <source>Message deleted</source>
        <translation>Сообщение удалено</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="75"/>
        <source>Encrypted message — this app cannot decrypt it yet</source>
        <translation>Зашифрованное сообщение — это приложение пока не может его расшифровать</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="86"/>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="1001"/>
        <source>This call could not be shown</source>
        <translation>Не удаётся показать этот звонок</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="88"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="102"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="67"/>
        <location filename="../../messenger_desktop/qt/message_view.py" line="157"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="107"/>
        <source>This message could not be shown</source>
        <translation>Не удаётся показать это сообщение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="93"/>
        <source>Sticker</source>
        <translation>Стикер</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="131"/>
        <source>%1 joined</source>
        <translation>%1 теперь в чате</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="135"/>
        <source>%1 invited %2</source>
        <translation>%1 пригласил(а) %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="139"/>
        <source>%1 declined the invitation</source>
        <translation>%1 отклонил(а) приглашение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="141"/>
        <source>%1 withdrew their request to join</source>
        <translation>%1 отозвал(а) заявку на вступление</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="144"/>
        <source>%1 left</source>
        <translation>%1 больше не в чате</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="146"/>
        <source>%1 was unbanned by %2</source>
        <translation>%2 разбанил(а) %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="148"/>
        <source>%2 withdrew the invitation for %1</source>
        <translation>%2 отозвал(а) приглашение для %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="150"/>
        <source>%2 declined the request of %1 to join</source>
        <translation>%2 отклонил(а) заявку %1 на вступление</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="153"/>
        <source>%1 was removed by %2</source>
        <translation>%2 исключил(а) %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="155"/>
        <source>%1 was banned by %2</source>
        <translation>%2 забанил(а) %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="157"/>
        <source>%1 asked to join</source>
        <translation>%1 подал(а) заявку на вступление</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="167"/>
        <source>%1 removed their name</source>
        <translation>%1 удалил(а) своё имя</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="169"/>
        <source>%1 set their name to %2</source>
        <translation>%1 указал(а) имя: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="170"/>
        <source>%1 changed their name to %2</source>
        <translation>%1 сменил(а) имя на %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="173"/>
        <source>%1 removed their avatar</source>
        <translation>%1 удалил(а) аватар</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="175"/>
        <source>%1 set an avatar</source>
        <translation>%1 установил(а) аватар</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="176"/>
        <source>%1 changed their avatar</source>
        <translation>%1 сменил(а) аватар</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="186"/>
        <location filename="../../messenger_desktop/qt/event_text.py" line="234"/>
        <source>%1 created the conversation</source>
        <translation>%1 создал(а) чат</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="190"/>
        <source>%1 removed the conversation name</source>
        <translation>%1 удалил(а) название чата</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="191"/>
        <source>%1 changed the name to “%2”</source>
        <translation>%1 изменил(а) название на «%2»</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="195"/>
        <source>%1 removed the topic</source>
        <translation>%1 удалил(а) описание</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="196"/>
        <source>%1 changed the topic to “%2”</source>
        <translation>%1 изменил(а) описание на «%2»</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="198"/>
        <source>%1 changed the conversation picture</source>
        <translation>%1 изменил(а) фото чата</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="200"/>
        <source>%1 turned on end-to-end encryption</source>
        <translation>%1 включил(а) сквозное шифрование</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="242"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="244"/>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 и %3</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="246"/>
        <source>%1, %2 and %3 others</source>
        <translation>%1, %2 и ещё %3</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/event_text.py" line="248"/>
        <source>%1 changes</source>
        <translation>Изменений: %1</translation>
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
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/formatting.py" line="102"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/formatting.py" line="114"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="49"/>
        <source>“%1” stickers</source>
        <translation>Стикеры «%1»</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="118"/>
        <source>The log folder could not be opened. It is %1</source>
        <translation>Не удалось открыть папку журналов. Она находится здесь: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/help_controller.py" line="128"/>
        <source>Diagnostics copied to the clipboard: paste them into your bug report.</source>
        <translation>Диагностика скопирована в буфер обмена: вставьте её в отчёт об ошибке.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/keywords_controller.py" line="96"/>
        <source>A keyword cannot start with a dot or contain a slash.</source>
        <translation>Ключевое слово не может начинаться с точки или содержать косую черту.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Unread</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>People</source>
        <translation>Личные</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/list_filters.py" line="23"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="32"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="34"/>
        <source>This account has been deactivated.</source>
        <translation>Этот аккаунт деактивирован.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="36"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Слишком много попыток. Подождите минуту и повторите.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="37"/>
        <source>The server refused to sign in: %1</source>
        <translation>Сервер отказал во входе: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="39"/>
        <source>The server&apos;s security certificate is not valid, so Messenger did not connect. Check the address, or ask the server&apos;s administrator.</source>
        <translation>Сертификат безопасности сервера недействителен, поэтому Messenger не подключился. Проверьте адрес или обратитесь к администратору сервера.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="44"/>
        <source>Could not reach the server through the proxy. Check it in Settings, Network.</source>
        <translation>Не удалось связаться с сервером через прокси-сервер. Проверьте его в разделе «Настройки › Сеть».</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="46"/>
        <source>Could not reach the server. Check the address and your connection.</source>
        <translation>Не удалось связаться с сервером. Проверьте адрес и подключение.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="48"/>
        <source>The server&apos;s answer was not understood. Is this a Matrix server?</source>
        <translation>Не удалось разобрать ответ сервера. Это точно сервер Matrix?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="49"/>
        <source>Could not sign in: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="105"/>
        <source>Enter your homeserver, for example matrix.org.</source>
        <translation>Укажите домашний сервер, например matrix.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/login_controller.py" line="108"/>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="83"/>
        <source>Measuring…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="85"/>
        <source>Empty</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_cache.py" line="86"/>
        <source>%1 used</source>
        <translation>Занято: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="290"/>
        <source>Only the first %1 files are sent at once.</source>
        <translation>Отправлены только первые файлы: не больше %1 за раз.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="294"/>
        <source>Only files on this computer can be sent.</source>
        <translation>Отправить можно только файлы с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="301"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="69"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="341"/>
        <source>The picture on the clipboard could not be read.</source>
        <translation>Не удалось прочитать изображение из буфера обмена.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="410"/>
        <source>It is already on its way and cannot be stopped.</source>
        <translation>Сообщение уже отправляется, остановить его нельзя.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="457"/>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="86"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="227"/>
        <source>This file is not available.</source>
        <translation>Этот файл недоступен.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_controller.py" line="466"/>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="142"/>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="143"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="143"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/media_rows.py" line="144"/>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="68"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="105"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="70"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="106"/>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="72"/>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="107"/>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="77"/>
        <source>Invited</source>
        <translation>Приглашённые</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/members_model.py" line="77"/>
        <source>Joined</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="129"/>
        <source>Message forwarded.</source>
        <translation>Сообщение переслано.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="181"/>
        <source>Open this link?</source>
        <translation>Открыть эту ссылку?</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_actions.py" line="194"/>
        <source>This link was not opened: %1</source>
        <translation>Ссылка не открыта: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="301"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="152"/>
        <source>Original message not found</source>
        <translation>Исходное сообщение не найдено</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="173"/>
        <source>%1 and %2 others</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/message_view.py" line="212"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/message_view.py" line="215"/>
        <source>%1 · last from %2</source>
        <translation>%1 · последний: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="130"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>New message</source>
        <translation>Новое сообщение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="131"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n новое сообщение</numerusform>
            <numerusform>%n новых сообщения</numerusform>
            <numerusform>%n новых сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/notification_controller.py" line="135"/>
        <source>%1 (%2 new)</source>
        <translation>%1 (новых: %2)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="187"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="164"/>
        <source>Mark as read</source>
        <translation>Пометить как прочитанное</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="166"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="180"/>
        <source>Reply…</source>
        <translation>Ответить…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/platform/freedesktop.py" line="186"/>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="253"/>
        <source>This file is too large to play here; save it instead.</source>
        <translation>Файл слишком большой, чтобы воспроизвести его здесь; сохраните его.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="255"/>
        <source>This file is no longer on the server.</source>
        <translation>Этого файла больше нет на сервере.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="259"/>
        <source>There is no room on this computer to keep this file.</source>
        <translation>На этом компьютере не хватает места для этого файла.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/playback.py" line="313"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="308"/>
        <location filename="../../messenger_desktop/qt/playback.py" line="262"/>
        <source>This recording cannot be played.</source>
        <translation>Не удаётся воспроизвести эту запись.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="131"/>
        <source>Invitation</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/quick_switcher.py" line="65"/>
        <source>Direct chat</source>
        <translation>Личный чат</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="89"/>
        <source>Your role in this conversation does not allow this.</source>
        <translation>Ваша роль в этом чате не позволяет это сделать.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="90"/>
        <source>Their role is the same as yours or higher.</source>
        <translation>Роль этого участника такая же, как у вас, или выше.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="91"/>
        <source>Nobody can give a role above their own.</source>
        <translation>Никто не может назначить роль выше своей.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="92"/>
        <source>The owner of this conversation outranks everyone, for good.</source>
        <translation>Владелец этого чата всегда стоит выше всех.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="98"/>
        <source>This needs a role above yours; only someone with it can change it.</source>
        <translation>Для этого нужна роль выше вашей; изменить это может только тот, у кого она есть.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="108"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="109"/>
        <source>Custom (%1)</source>
        <translation>Своя (%1)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="340"/>
        <source>Custom…</source>
        <translation>Своя…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="446"/>
        <source>Nothing of theirs to delete</source>
        <translation>Удалять нечего</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_admin.py" line="448"/>
        <source>Deleting 1 message</source>
        <translation>Удаление 1 сообщения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/room_admin.py" line="450"/>
        <source>Deleting %n message(s)</source>
        <translation>
            <numerusform>Удаление %n сообщения</numerusform>
            <numerusform>Удаление %n сообщений</numerusform>
            <numerusform>Удаление %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="107"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="425"/>
        <source>You are banned from this room.</source>
        <translation>Вас забанили в этой комнате.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="252"/>
        <source>“%1” is not a server name.</source>
        <translation>«%1» — не имя сервера.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="423"/>
        <source>This room could not be found.</source>
        <translation>Комната не найдена.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="427"/>
        <source>This room is invite only.</source>
        <translation>В эту комнату можно вступить только по приглашению.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="432"/>
        <location filename="../../messenger_desktop/qt/room_directory.py" line="422"/>
        <source>No room has the address %1.</source>
        <translation>Комнаты с адресом %1 нет.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="102"/>
        <source>Message not available</source>
        <translation>Сообщение недоступно</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="109"/>
        <source>Encrypted message</source>
        <translation>Зашифрованное сообщение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="458"/>
        <source>This thread&apos;s first message could not be found.</source>
        <translation>Первое сообщение этой ветки не найдено.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/room_panels.py" line="606"/>
        <source>This server does not offer searching in conversations.</source>
        <translation>Этот сервер не поддерживает поиск по чатам.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="124"/>
        <source>Saved messages</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="130"/>
        <source>%1 invited you</source>
        <translation>%1 приглашает вас</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="137"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/rooms_model.py" line="158"/>
        <source>Low priority</source>
        <translation>Низкий приоритет</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/safety_controller.py" line="180"/>
        <source>Not reported: %1</source>
        <translation>Жалоба не отправлена: %1</translation>
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
        <translation>Не удалось связаться с сервером через прокси-сервер. Проверьте его в разделе «Настройки › Сеть».</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="68"/>
        <source>The server could not be reached. Check your connection and try again.</source>
        <translation>Не удалось связаться с сервером. Проверьте подключение и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="71"/>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="89"/>
        <source>The server did not allow this: %1</source>
        <translation>Сервер не разрешил это действие: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="74"/>
        <source>The server refused: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="76"/>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Не удалось разобрать ответ сервера.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="77"/>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="87"/>
        <source>There is no user %1 on that server.</source>
        <translation>На этом сервере нет пользователя %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="91"/>
        <source>Too many invitations at once; wait a moment and try again.</source>
        <translation>Слишком много приглашений сразу; подождите немного и повторите.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="402"/>
        <source>%1 is typing…</source>
        <translation>%1 печатает…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="404"/>
        <source>%1 and %2 are typing…</source>
        <translation>%1 и %2 печатают…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="405"/>
        <source>Several people are typing…</source>
        <translation>Несколько человек печатают…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="514"/>
        <source>invitation</source>
        <translation>приглашение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="519"/>
        <source>%1, %2 invited</source>
        <translation>%1, приглашено: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="593"/>
        <source>No connection through the proxy server. Check it in Settings, Network; retrying…</source>
        <translation>Нет соединения через прокси-сервер. Проверьте его в разделе «Настройки › Сеть»; повторная попытка…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="595"/>
        <source>The server&apos;s security certificate is not valid; Messenger does not connect. Retrying…</source>
        <translation>Сертификат безопасности сервера недействителен; Messenger не подключается. Повторная попытка…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="598"/>
        <source>No connection to the server. Retrying in %1 s…</source>
        <translation>Нет соединения с сервером. Повтор через %1 с…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="599"/>
        <source>No connection to the server. Reconnecting…</source>
        <translation>Нет соединения с сервером. Переподключение…</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="683"/>
        <source>This device was signed out from another device or by the server, so its messages were removed from this computer.</source>
        <translation>Это устройство было отключено с другого устройства или сервером, поэтому его сообщения удалены с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_controller.py" line="845"/>
        <source>A user ID looks like @name:example.org.</source>
        <translation>ID пользователя выглядит так: @name:example.org.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/session_expiry.py" line="65"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_adder.py" line="156"/>
        <source>Could not add %1: %2</source>
        <translation>Не удалось добавить %1: %2</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="224"/>
        <source>Could not join: %1</source>
        <translation>Не удалось вступить: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="288"/>
        <source>Could not remove: %1</source>
        <translation>Не удалось убрать: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="297"/>
        <source>Could not change it: %1</source>
        <translation>Не удалось изменить: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_browser.py" line="335"/>
        <source>Only the space&apos;s admins can add or remove rooms.</source>
        <translation>Добавлять и убирать комнаты могут только администраторы пространства.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="62"/>
        <source>Announcements</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/space_creator.py" line="67"/>
        <source>Could not create the space: %1</source>
        <translation>Не удалось создать пространство: %1</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="117"/>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="190"/>
        <source>My stickers</source>
        <translation>Мои стикеры</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="153"/>
        <source>Room stickers</source>
        <translation>Стикеры чата</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>Sticker added</source>
        <translation>Стикер добавлен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="246"/>
        <source>%n sticker(s) added</source>
        <translation>
            <numerusform>Добавлен %n стикер</numerusform>
            <numerusform>Добавлено %n стикера</numerusform>
            <numerusform>Добавлено %n стикеров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="256"/>
        <source>This sticker is not available.</source>
        <translation>Этот стикер недоступен.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="266"/>
        <source>Added to My stickers</source>
        <translation>Добавлено в «Мои стикеры»</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="333"/>
        <source>%1 is too large for a sticker.</source>
        <translation>%1: файл слишком большой для стикера.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/sticker_controller.py" line="336"/>
        <source>%1 could not be read.</source>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="485"/>
        <source>That message is too far back to show here.</source>
        <translation>Это сообщение слишком старое, чтобы показать его здесь.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/timeline_model.py" line="690"/>
        <source>That change could not be sent.</source>
        <translation>Не удалось отправить это изменение.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="125"/>
        <source>No microphone was found: connect one to record a voice message.</source>
        <translation>Микрофон не найден: подключите его, чтобы записать голосовое сообщение.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/voice_recorder.py" line="191"/>
        <source>The microphone gave no sound: check that it is connected and not in use.</source>
        <translation>Микрофон не передаёт звук: проверьте, что он подключён и не занят другой программой.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>&lt;action&gt;</source>
        <translation>&lt;действие&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="39"/>
        <source>Send an action: /me waves shows as “* You waves”</source>
        <translation>Отправить действие: «/me машет» будет показано как «* Имя машет»</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>[message]</source>
        <translation>[сообщение]</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="40"/>
        <source>Send ¯\_(ツ)_/¯, followed by the message if any</source>
        <translation>Отправить ¯\_(ツ)_/¯ и сообщение, если оно есть</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>&lt;message&gt;</source>
        <translation>&lt;сообщение&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="41"/>
        <source>Send the message as typed, without formatting</source>
        <translation>Отправить сообщение как есть, без форматирования</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>&lt;topic&gt;</source>
        <translation>&lt;описание&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="42"/>
        <source>Set the topic of this conversation</source>
        <translation>Задать описание этого чата</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>&lt;name&gt;</source>
        <translation>&lt;имя&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="43"/>
        <source>Change your name in this conversation only</source>
        <translation>Изменить ваше имя только в этом чате</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>&lt;@user:server&gt;</source>
        <translation>&lt;@пользователь:сервер&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="44"/>
        <source>Invite someone to this conversation</source>
        <translation>Пригласить кого-нибудь в этот чат</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>&lt;#alias:server or !id:server&gt;</source>
        <translation>&lt;#адрес:сервер или !id:сервер&gt;</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="45"/>
        <source>Join a room</source>
        <translation>Вступить в комнату</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/session/commands.py" line="46"/>
        <source>Leave this conversation</source>
        <translation>Покинуть этот чат</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="38"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="39"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="40"/>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="41"/>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="42"/>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="43"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="44"/>
        <source>Privacy and safety</source>
        <translation>Приватность</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="45"/>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="88"/>
        <source>Colour theme: follow the system, or always light or dark.</source>
        <translation>Цветовая тема: как в системе, всегда светлая или всегда тёмная.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="90"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="93"/>
        <location filename="../../messenger_desktop/qt/settings.py" line="378"/>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="94"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="95"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="102"/>
        <source>The language of Messenger: the system&apos;s, or one chosen here.</source>
        <translation>Язык Messenger: системный или выбранный здесь.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="104"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="107"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="115"/>
        <source>Enter sends the message (Shift+Enter adds a line); when off, Ctrl+Enter sends.</source>
        <translation>Enter отправляет сообщение (Shift+Enter — новая строка); если выключено, отправляет Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="119"/>
        <source>Send with Enter</source>
        <translation>Отправка по Enter</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="126"/>
        <source>Photos are sent without their location, camera and other metadata (turned upright first).</source>
        <translation>Фото отправляются без геоданных, сведений о камере и других метаданных (ориентация исправляется заранее).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="130"/>
        <source>Remove location and camera details from photos</source>
        <translation>Удалять из фото геоданные и сведения о камере</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="137"/>
        <source>Pictures and files kept on this computer for viewing again, at most this many megabytes.</source>
        <translation>Изображения и файлы, которые хранятся на этом компьютере для повторного просмотра, — не больше указанного объёма.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="142"/>
        <source>Media kept on this computer</source>
        <translation>Медиафайлы на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="145"/>
        <source>256 MB</source>
        <translation>256 МБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="146"/>
        <source>512 MB</source>
        <translation>512 МБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="147"/>
        <source>1 GB</source>
        <translation>1 ГБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="148"/>
        <source>2 GB</source>
        <translation>2 ГБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="149"/>
        <source>5 GB</source>
        <translation>5 ГБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="156"/>
        <source>Invitations from people you share no conversation with are declined automatically.</source>
        <translation>Приглашения от людей, с которыми у вас нет общих чатов, отклоняются автоматически.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="160"/>
        <source>Only accept invites from people I share a conversation with</source>
        <translation>Принимать приглашения только от тех, с кем есть общие чаты</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="169"/>
        <source>Others see how far you have read. When off, only your own devices know (unread counts still clear everywhere).</source>
        <translation>Другие видят, до какого места вы прочитали. Если выключено, это знают только ваши устройства (счётчики непрочитанных всё равно сбрасываются везде).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="174"/>
        <source>Send read receipts</source>
        <translation>Отправлять отметки о прочтении</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="181"/>
        <source>Others see “typing…” while you write to them.</source>
        <translation>Собеседники видят «печатает…», пока вы пишете.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="182"/>
        <source>Send typing notices</source>
        <translation>Сообщать о наборе текста</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="189"/>
        <source>Videos and files up to this size download as soon as they are on screen; larger ones wait for a click on Download.</source>
        <translation>Видео и файлы до этого размера скачиваются, как только появляются на экране; более крупные ждут нажатия на «Скачать».</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="195"/>
        <source>Download automatically</source>
        <translation>Скачивать автоматически</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="198"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="199"/>
        <source>5 MB</source>
        <translation>5 МБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="200"/>
        <source>20 MB</source>
        <translation>20 МБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="201"/>
        <source>50 MB</source>
        <translation>50 МБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="202"/>
        <source>100 MB</source>
        <translation>100 МБ</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="222"/>
        <source>Show a desktop notification for new messages that should notify you (each conversation&apos;s notification level decides which).</source>
        <translation>Показывать уведомления на рабочем столе о новых сообщениях (о каких именно — решает уровень уведомлений каждого чата).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="227"/>
        <source>Desktop notifications</source>
        <translation>Уведомления на рабочем столе</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="234"/>
        <source>Show who wrote and what in notifications; when off they only say there is a new message.</source>
        <translation>Показывать в уведомлениях автора и текст; если выключено, уведомление лишь сообщает о новом сообщении.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="238"/>
        <source>Show message content in notifications</source>
        <translation>Показывать текст сообщений в уведомлениях</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="252"/>
        <source>Closing the window keeps Messenger running in the system tray.</source>
        <translation>При закрытии окна Messenger продолжает работать в системном трее.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="253"/>
        <source>Keep running in the tray when closed</source>
        <translation>Сворачивать в трей при закрытии</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="266"/>
        <source>Start in the system tray without showing the window.</source>
        <translation>Запускаться в системном трее, не показывая окно.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="267"/>
        <source>Start minimised</source>
        <translation>Запускать свёрнутым</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="274"/>
        <source>Start Messenger when you log in to your computer.</source>
        <translation>Запускать Messenger при входе в систему.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="275"/>
        <source>Start at login</source>
        <translation>Запускать при входе в систему</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="301"/>
        <source>The size of all text in Messenger, in percent of the usual size.</source>
        <translation>Размер всего текста в Messenger в процентах от обычного.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="303"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
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
        <translation>Меньше отступов между сообщениями и между чатами в списке.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="317"/>
        <source>Compact mode</source>
        <translation>Компактный режим</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="324"/>
        <source>Messages in bubbles, or one line each: time, name and text (as in IRC).</source>
        <translation>Сообщения в «пузырях» или по одному в строке: время, имя и текст (как в IRC).</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="328"/>
        <source>Message layout</source>
        <translation>Вид сообщений</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="331"/>
        <source>Bubbles</source>
        <translation>Пузыри</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="332"/>
        <source>One line (IRC)</source>
        <translation>Одна строка (IRC)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="339"/>
        <source>Underline misspelled words while you write; right-click one for suggestions.</source>
        <translation>Подчёркивать слова с ошибками при наборе; щёлкните по слову правой кнопкой, чтобы увидеть варианты.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="342"/>
        <source>Check spelling</source>
        <translation>Проверять орфографию</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="349"/>
        <source>The dictionary spelling is checked with.</source>
        <translation>Словарь для проверки орфографии.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="351"/>
        <source>Spelling language</source>
        <translation>Язык проверки орфографии</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="354"/>
        <source>Messenger&apos;s language</source>
        <translation>Язык Messenger</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="368"/>
        <source>How Messenger reaches your server. System uses the proxy of the environment (the HTTPS_PROXY, ALL_PROXY and NO_PROXY variables). A change applies to new connections.</source>
        <translation>Как Messenger подключается к вашему серверу. «Как в системе» — прокси из окружения (переменные HTTPS_PROXY, ALL_PROXY и NO_PROXY). Изменение применяется к новым подключениям.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="374"/>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="377"/>
        <source>None</source>
        <translation>Нет</translation>
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
        <translation>Имя хоста или адрес прокси.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="388"/>
        <source>Proxy server</source>
        <translation>Прокси-сервер</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="396"/>
        <source>Empty for the usual port: 8080 for HTTP, 1080 for SOCKS5.</source>
        <translation>Оставьте пустым для стандартного порта: 8080 для HTTP, 1080 для SOCKS5.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="397"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="406"/>
        <source>Only if the proxy asks for one.</source>
        <translation>Только если прокси его требует.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="407"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="415"/>
        <source>Kept in the system&apos;s password store, never in a file.</source>
        <translation>Хранится в системном хранилище паролей, а не в файле.</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/settings.py" line="416"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="27"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="28"/>
        <source>Conversations</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="29"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="30"/>
        <source>Writing</source>
        <translation>Набор текста</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="31"/>
        <source>Picture viewer</source>
        <translation>Просмотр изображений</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="32"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="51"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="52"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="56"/>
        <source>Close the panel, back to the message field</source>
        <translation>Закрыть панель и вернуться к полю ввода</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="63"/>
        <source>Find a conversation or a person</source>
        <translation>Найти чат или человека</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="67"/>
        <source>Previous conversation</source>
        <translation>Предыдущий чат</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="70"/>
        <source>Next conversation</source>
        <translation>Следующий чат</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="75"/>
        <source>Previous unread conversation</source>
        <translation>Предыдущий непрочитанный чат</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="81"/>
        <source>Next unread conversation</source>
        <translation>Следующий непрочитанный чат</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="84"/>
        <source>New conversation</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="88"/>
        <source>Join a room by its name or address</source>
        <translation>Вступить в комнату по названию или адресу</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="94"/>
        <source>Search in this conversation</source>
        <translation>Поиск в этом чате</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="98"/>
        <source>Conversation menu</source>
        <translation>Меню чата</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="104"/>
        <source>Select messages (from the message field)</source>
        <translation>Выбор сообщений (из поля ввода)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="109"/>
        <source>Older message</source>
        <translation>Более старое сообщение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="114"/>
        <source>Newer message</source>
        <translation>Более новое сообщение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="121"/>
        <source>Scroll a page</source>
        <translation>Прокрутить на страницу</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="125"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="127"/>
        <source>Edit your message</source>
        <translation>Изменить своё сообщение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="130"/>
        <source>Reply in a thread</source>
        <translation>Ответить в ветке</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="135"/>
        <source>React</source>
        <translation>Поставить реакцию</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="142"/>
        <source>Copy the text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="147"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="152"/>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="159"/>
        <source>Open the picture</source>
        <translation>Открыть изображение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="166"/>
        <source>Back to the message field</source>
        <translation>Вернуться к полю ввода</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="174"/>
        <source>Send (or a new line, as set in Settings)</source>
        <translation>Отправить (или новая строка — зависит от настроек)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="181"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="188"/>
        <source>New line</source>
        <translation>Новая строка</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="195"/>
        <source>Edit your last message (in an empty field)</source>
        <translation>Изменить своё последнее сообщение (в пустом поле)</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="202"/>
        <source>Complete a name, emoji or command</source>
        <translation>Дополнить имя, эмодзи или команду</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="209"/>
        <source>Cancel the reply or the edit; in an empty field, back to the list</source>
        <translation>Отменить ответ или редактирование; в пустом поле — вернуться к списку</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="213"/>
        <source>Send files</source>
        <translation>Отправить файлы</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="217"/>
        <source>Paste a picture or files</source>
        <translation>Вставить изображение или файлы</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="224"/>
        <source>Send the voice message being recorded</source>
        <translation>Отправить записываемое голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="231"/>
        <source>Throw away the voice message being recorded</source>
        <translation>Отменить запись голосового сообщения</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="239"/>
        <source>Previous or next picture</source>
        <translation>Предыдущее или следующее изображение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="246"/>
        <source>Zoom in or out</source>
        <translation>Увеличить или уменьшить</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="251"/>
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="256"/>
        <source>Save the picture</source>
        <translation>Сохранить изображение</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="262"/>
        <source>Answer a call</source>
        <translation>Ответить на звонок</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="265"/>
        <source>Decline a call</source>
        <translation>Отклонить звонок</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="268"/>
        <source>Mute or unmute the microphone</source>
        <translation>Выключить или включить микрофон</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="271"/>
        <source>Turn the camera on or off</source>
        <translation>Включить или выключить камеру</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="273"/>
        <source>Hang up</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../messenger_desktop/qt/shortcut_table.py" line="277"/>
        <source>Leave the call screen (the call goes on)</source>
        <translation>Выйти с экрана звонка (звонок продолжится)</translation>
    </message>
</context>
</TS>
